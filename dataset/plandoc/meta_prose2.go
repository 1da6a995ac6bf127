package plandoc

import (
	"regexp"
	"strings"
)

// partyNumber reports whether a folded document number is a party
// committee's ("05-nq/tu", "01-kh/bcdtw"): its number and type are joined
// by a hyphen before the slash.
func partyNumber(f string) bool {
	k := strings.IndexByte(f, '-')
	s := strings.IndexByte(f, '/')
	if k <= 0 || s < k {
		return false
	}
	for _, c := range []byte(f[:k]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// headlineLine reports whether a line is a headline above a press text's
// prose: a markdown heading ("# …") or a line wholly in bold ("**Bình dân
// học vụ số là gì?**"), as legal-news pages repeat their title before
// the first sentence.
func headlineLine(line string) bool {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, "#") {
		return true
	}
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**")
}

// mpPrimeMinisterSignsRe matches the Prime Minister, or a deputy signing
// for him, named with his name as signing or issuing a document: "Thủ
// tướng Phạm Minh Chính vừa ký Chỉ thị số 06", "Phó Thủ tướng Trần Hồng
// Hà đã ký ban hành Quyết định …".
var mpPrimeMinisterSignsRe = regexp.MustCompile(`(?:^|[^\p{L}])(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?(?:\s+\p{Lu}\p{Ll}*){1,4}\s+(?:(?:vừa|đã|mới)\s+)*(?:ký|ban\s+hành)(?:[^\p{L}]|$)`)

// mpMinisterSignsRe matches a minister named with his name as signing or
// issuing a document: "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà vừa ký
// Quyết định …"; the ministry is the first group.
var mpMinisterSignsRe = regexp.MustCompile(`(?:^|[^\p{L}])Bộ\s+trưởng\s+(Bộ\s+[^,.;]{2,50}?)(?:\s+\p{Lu}\p{Ll}*){2,4}\s+(?:(?:vừa|đã|mới)\s+)*(?:ký|ban\s+hành)(?:[^\p{L}]|$)`)

// ministerSigns returns the ministry whose minister a line names as
// signing or issuing a document, "" when none or when the ministry is not
// one of the known central bodies.
func ministerSigns(line string) string {
	if !strings.Contains(line, "Bộ trưởng") {
		return ""
	}
	sm := mpMinisterSignsRe.FindStringSubmatch(line)
	if sm == nil {
		return ""
	}
	for _, n := range centralNames {
		if strings.HasPrefix(n, "Bộ ") && strings.HasPrefix(sm[1]+" ", n+" ") {
			return n
		}
	}
	return ""
}

// partyBodies are the central bodies of the Party whose documents a press
// item may report ("Nghị quyết số 57-NQ/TW … của Bộ Chính trị").
var partyBodies = []string{"Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Bí thư"}

// mpOfBodyLeadRe matches what may stand between a document named in prose
// and the "của" that names its issuer: its date, its year.
var mpOfBodyLeadRe = regexp.MustCompile(`^\s*(?:,\s*)?(?:ngay\s+[0-9]{1,2}(?:[/.-]|\s+thang\s+)[0-9]{1,2}(?:[/.-]|\s+nam\s+)(?:19|20)[0-9]{2}\s*)?(?:nam\s+(?:19|20)[0-9]{2}\s*)?cua\s`)

// ofBodyAfter returns the central body of the State or the Party named
// by "của" right after a document the text names as its own, from the
// folded text after the mention and the same text as printed (the fold
// keeps one byte a rune): "… ngày 22/12/2024 của Bộ Chính trị", "… của
// Chính phủ"; "" when none.
func ofBodyAfter(f, text string) string {
	rest := afterOfBodyLead(f, text)
	for _, names := range [][]string{centralNames, partyBodies} {
		for _, n := range names {
			if strings.HasPrefix(rest, n) {
				return n
			}
		}
	}
	return ""
}

// afterOfBodyLead returns the printed text after the "của" that follows a
// document the text names as its own (f folded, text as printed, one rune
// a byte of f; mpOfBodyLeadRe), "" when there is none.
func afterOfBodyLead(f, text string) string {
	loc := mpOfBodyLeadRe.FindStringIndex(f)
	if loc == nil {
		return ""
	}
	rs := []rune(text)
	if loc[1] > len(rs) {
		return ""
	}
	return string(rs[loc[1]:])
}
