package plandoc

import "strings"

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
