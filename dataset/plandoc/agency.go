package plandoc

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// Agency names.
//
// Plans name the same agency in several ways: "Sở TT&TT", "Sở TTTT",
// "Sở Thông tin - Truyền thông" and "Sở Thông tin và Truyền thông" are one
// department. NormaliseAgency maps such variants to one canonical name:
// departments (Sở) get their full official name, "Ủy ban nhân dân" is
// written "UBND" as analysts and the plans themselves do ("UBND tỉnh",
// "UBND cấp huyện", "Văn phòng UBND tỉnh"), role remarks are dropped
// ("Sở Nội vụ chủ trì đối với ..." → "Sở Nội vụ", "UBND tỉnh (qua Sở Nội vụ
// thẩm định)" → "UBND tỉnh"). Collective names stay as written
// ("Sở, ban, ngành có liên quan", "UBND các huyện, thị xã, thành phố").
//
// Tasks keep the lead and partner cells as written in Task.Source.Text (the
// annex row or duty as printed), so a reader can always compare the
// normalised list with the document.

// agencyDept lists the departments (Sở) by full name with the
// abbreviations plans use for them (letters only, folded).
var agencyDept = []struct {
	name  string
	abbrs []string
}{
	{"Nội vụ", []string{"nv"}},
	{"Tư pháp", []string{"tp"}},
	{"Tài chính", []string{"tc"}},
	{"Kế hoạch và Đầu tư", []string{"khdt", "khvadt"}},
	{"Thông tin và Truyền thông", []string{"tttt", "ttvatt", "ttt"}},
	{"Khoa học và Công nghệ", []string{"khcn", "khvacn"}},
	{"Giao thông vận tải", []string{"gtvt"}},
	{"Xây dựng", []string{"xd"}},
	{"Công Thương", []string{"ct"}},
	{"Y tế", []string{"yt"}},
	{"Giáo dục và Đào tạo", []string{"gddt", "gdvadt"}},
	{"Lao động - Thương binh và Xã hội", []string{"ldtbxh", "ldtbvaxh"}},
	{"Văn hóa, Thể thao và Du lịch", []string{"vhttdl", "vhttvadl"}},
	{"Văn hóa và Thể thao", []string{"vhtt"}},
	{"Tài nguyên và Môi trường", []string{"tnmt", "tnvamt"}},
	{"Nông nghiệp và Phát triển nông thôn", []string{"nnptnt", "nnvaptnt"}},
	{"Nông nghiệp và Môi trường", []string{"nnmt", "nnvamt"}},
	{"Dân tộc và Tôn giáo", []string{"dtvatg", "dttg"}},
	{"Ngoại vụ", []string{"ngv"}},
	{"Du lịch", []string{"dl"}},
}

// agencyDeptWords holds the folded words of each agencyDept name; built
// once, read only.
var agencyDeptWords = func() [][]string {
	out := make([][]string, len(agencyDept))
	for i, d := range agencyDept {
		out[i] = agWord.FindAllString(tkFold(d.name), -1)
	}
	return out
}()

// agencyHeads are the words an agency name starts with; a comma, "và" or
// dash followed by one of them starts a new agency.
var agencyHeads = []string{
	"Sở ", "Bộ ", "Cục ", "Chi cục ", "Văn phòng", "VP ", "Phòng ", "Ban ", "UBND", "Ủy ban", "Uỷ ban",
	"Trung tâm", "Đài ", "Báo ", "Thanh tra", "Hội đồng", "Đoàn ", "Tổ ", "Công an", "Kho bạc",
	"Bảo hiểm", "Tỉnh ủy", "Tỉnh uỷ", "Tỉnh đoàn", "Hội ", "Liên đoàn", "Thành viên", "Trường",
	"Viện ", "Tòa án", "Toà án", "Chủ tịch", "Giám đốc", "Thủ trưởng", "Chánh Văn phòng", "Chánh Thanh tra", "Cơ quan", "Các ", "các ",
	"Đơn vị", "Ngân hàng", "Bưu điện", "Hiệp hội", "Mặt trận", "Huyện ủy", "Thành ủy", "BHXH", "HĐND", "MTTQ",
	"Thuế tỉnh", "Thuế thành phố", "Thuế cơ sở", // the tax offices since 2025 ("Thuế tỉnh Đồng Nai")
	"Tập đoàn", "Tổng công ty", "Tổng Công ty", "Tổng cục", "Tổng Liên đoàn", "Học viện", "Đại học", "Bệnh viện",
	"Kiểm toán", "Quỹ ", "Phó Thủ tướng", "Tiểu ban", "Tổng giám đốc", "Tổng Giám đốc", "Trung ương ", "Bí thư",
	"Người đứng đầu", "Công ty ", "Trưởng ban ", "Trưởng Ban ",
}

var (
	agUBND      = regexp.MustCompile(`(?i)(ủy|uỷ) ban nhân dân`)
	agVPUBND    = regexp.MustCompile(`^VP\s*UBND`)
	agDaiPTTH   = regexp.MustCompile(`(?i)^đài (phát thanh\s*-\s*truyền hình|pt\s*-?\s*th|ptth)\b`)
	agLeadNoise = regexp.MustCompile(`^(?:[-+•*·]\s*|\d+(?:\.\d+)*[.)]\s*|[a-zđ]\)\s*|(?i:đề nghị)\s+)+`)
	agRole      = regexp.MustCompile(`\s+(chủ trì|phối hợp|tham mưu|cho ý kiến|thẩm định|thực hiện|là cơ quan|- (?i:cơ quan (?:thường trực|chủ trì|đầu mối)))([\s,;.:/]|$).*$`)
	agAllCaps   = regexp.MustCompile(`^[A-ZĐ&]{2,}([\s,;.:/)-]|$)`)
	agEnum      = regexp.MustCompile(`(?:^|\s)\d+\.\d+\.\s`)
	agWord      = regexp.MustCompile(`[\p{L}\p{N}]+`)
	agBare      = regexp.MustCompile(`^(cac )?(phong|ban|so|nganh|don vi|co quan|to chuc|dia phuong|truong|trung tam|phong ban|phong chuyen mon)(, (cac )?(phong|ban|so|nganh|don vi|co quan|to chuc|dia phuong|truong|trung tam))*$`)
	// agBareItem is one collective noun of such a list.
	agBareItem = regexp.MustCompile(`^(cac )?(phong|ban|so|nganh|don vi|co quan|to chuc|dia phuong|truong|trung tam)$`)
	// agCollectiveStart is a collective noun opening the next item of a list.
	agCollectiveStart = regexp.MustCompile(`^(cac )?(phong|ban|so|nganh|don vi|co quan|to chuc|dia phuong|truong|trung tam)( (thuoc|truc thuoc|lien quan|co lien quan|cap|chuyen mon|va)\b.*)?$`)
)

// agComradeRe matches the form of address before the title of a head
// ("Các đồng chí Bộ trưởng", "Đồng chí Chủ tịch UBND tỉnh"); its group is
// where the title starts.
var agComradeRe = regexp.MustCompile(`^(?:[Cc]ác )?[Đđ]ồng chí\s+((?:Bộ trưởng|Thủ trưởng|Chủ tịch|Phó Chủ tịch|Giám đốc|Bí thư|Trưởng)\b)`)

// NormaliseAgency returns the canonical form of one agency name: white
// space collapsed, bullets, numbering, "Đề nghị" and a trailing remark in
// brackets removed, department abbreviations expanded ("Sở TT&TT" →
// "Sở Thông tin và Truyền thông"), "Ủy ban nhân dân" written "UBND", the
// first letter in upper case. A name it does not know is returned cleaned
// but otherwise as written.
func NormaliseAgency(name string) string {
	s := joinFields(vntext.NFC(cellStripTags(name)))
	s = plainDashes(s)
	for {
		t := s
		if r, _ := utf8.DecodeRuneInString(s); !unicode.IsUpper(r) || strings.HasPrefix(s, "Đề nghị") || strings.HasPrefix(s, "ĐỀ NGHỊ") {
			t = strings.TrimSpace(trimLeadingMatch(agLeadNoise, s))
		}
		t = strings.TrimRight(t, " .;,:")
		t = strings.TrimSpace(agTrailingParen(t))
		if t == s {
			break
		}
		s = t
	}
	if s == "" {
		return ""
	}
	if m := agComradeRe.FindStringSubmatchIndex(s); m != nil {
		s = s[m[2]:] // "Các đồng chí Bộ trưởng": the title, not the form of address
	}
	f := tkFold(s)
	if strings.Contains(f, "ban nhan dan") {
		s = agUBND.ReplaceAllString(s, "UBND")
	}
	if strings.Contains(s, "UBND UBND") {
		// "UBND UBND các huyện": a word printed twice.
		s = strings.ReplaceAll(s, "UBND UBND", "UBND")
	}
	if strings.HasPrefix(s, "VP") {
		s = agVPUBND.ReplaceAllString(s, "Văn phòng UBND")
	}
	if strings.HasPrefix(f, "dai ") {
		if m := agDaiPTTH.FindStringIndex(s); m != nil {
			s = "Đài Phát thanh và Truyền hình" + s[m[1]:]
		}
	}
	s = agUpperFirst(s)
	// A proper name followed by its role in the task: "Sở Nội vụ chủ trì
	// đối với ...". Collective names ("Các cơ quan chủ trì CCHC") keep it.
	if !strings.HasPrefix(s, "Các ") && agHasRole(f) {
		if m := agRole.FindStringIndex(s); m != nil && m[0] > 0 && agStartsHead(s) {
			s = strings.TrimRight(s[:m[0]], " ,;:")
		}
	}
	s = agDepartment(s)
	s = agCollective(s)
	if !agHasVietnamese(s) {
		s = agRestoreOCR(s)
	}
	return s
}

// agRoleWords are the folded words of a role after an agency's name
// ("Sở Nội vụ chủ trì", "Sở Nội vụ là cơ quan thường trực", "Sở Kế hoạch
// và Đầu tư - cơ quan thường trực Ban …"), each after the space that ends
// the name.
var agRoleWords = []string{" chu tri", " phoi hop", " tham muu", " cho y kien", " tham dinh", " thuc hien", " la co quan",
	" - co quan thuong truc"}

// agHasRole reports whether the folded name f (white space written as
// single spaces) holds a role word after a space.
func agHasRole(f string) bool {
	for _, w := range agRoleWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// agCollectiveFix writes the collective names of agencies one way:
// "Các Sở, ban ngành" → "Các sở, ban, ngành", "UBND các huyện, thành phố,
// thị xã" → "UBND các huyện, thị xã, thành phố".
var agCollectiveFix = strings.NewReplacer(
	"các Sở,", "các sở,", "Các Sở,", "Các sở,",
	"ban ngành", "ban, ngành",
	"huyện, thành phố, thị xã", "huyện, thị xã, thành phố",
)

// agCollective applies agCollectiveFix.
func agCollective(s string) string {
	if !strings.Contains(s, ",") && !strings.Contains(s, "ban ngành") {
		return s
	}
	return agCollectiveFix.Replace(s)
}

// agHasVietnamese reports whether s holds a letter only Vietnamese
// spelling uses (ă, â, ê, ô, ơ, ư, đ or a tone on them, or a dot below or
// hook above); names without one have lost their diacritics (OCR, plain
// ASCII) and may be restored.
func agHasVietnamese(s string) bool {
	for _, r := range s {
		switch {
		case r >= 0x1EA0 && r <= 0x1EF9:
			return true
		case strings.ContainsRune("ăâêôơưđĂÂÊÔƠƯĐ", r):
			return true
		}
	}
	return false
}

// agOCRNames are the agency names restored when a scan has damaged them
// ("Vin phong" → "Văn phòng", "Chi cuc Tiéu chuan - Po luong - Chat luong"
// → "Chi cục Tiêu chuẩn - Đo lường - Chất lượng").
var agOCRNames = func() [][]string {
	names := []string{
		"Văn phòng", "Văn phòng Sở", "Văn phòng UBND tỉnh", "Thanh tra Sở", "Thanh tra tỉnh",
		"Các phòng chuyên môn, đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở", "Các phòng, đơn vị",
		"Các phòng chuyên môn", "Các phòng, ban, đơn vị", "Chi cục Tiêu chuẩn - Đo lường - Chất lượng",
		"Phòng Thông tin - Thống kê", "Phòng Kế hoạch - Tài chính", "Phòng Quản lý khoa học",
		"Trung tâm Phục vụ hành chính công tỉnh", "Ban Giám đốc Sở", "UBND tỉnh", "UBND cấp huyện",
		"UBND cấp xã", "Ban Chỉ đạo CCHC tỉnh",
	}
	for _, d := range agencyDept {
		names = append(names, "Sở "+d.name)
	}
	out := make([][]string, len(names))
	for i, n := range names {
		out[i] = append([]string{n}, agWord.FindAllString(tkFold(n), -1)...)
	}
	return out
}()

// agRestoreOCR replaces a damaged name at the start of s by the known name
// it is closest to, word by word (each word at most one letter off, and at
// most a third of the letters in all); the rest of s is kept as written.
func agRestoreOCR(s string) string {
	words := agWord.FindAllStringIndex(s, -1)
	if len(words) == 0 {
		return s
	}
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = tkFold(s[w[0]:w[1]])
	}
	best, bestEnd, bestLen := "", -1, 0
	for _, n := range agOCRNames {
		toks := n[1:]
		if len(toks) > len(folded) || len(toks) <= bestLen {
			continue
		}
		dist, letters, ok := 0, 0, true
		for j, tok := range toks {
			d := agEditDistance(folded[j], tok)
			if d > 1 {
				ok = false
				break
			}
			dist += d
			letters += len(tok)
		}
		if ok && dist*3 <= letters {
			best, bestEnd, bestLen = n[0], words[len(toks)-1][1], len(toks)
		}
	}
	if best == "" {
		return s
	}
	rest := strings.TrimLeft(s[bestEnd:], "&¢€©®")
	return best + rest
}

// agEditDistance is the Levenshtein distance between two short words,
// stopping early above 1.
func agEditDistance(a, b string) int {
	if a == b {
		return 0
	}
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > 1 || d < -1 {
		return 2
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := prev[j-1]
			if ra[i-1] != rb[j-1] {
				c++
			}
			cur[j] = min(c, prev[j]+1, cur[j-1]+1)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// agDepartment expands and re-cases a department name at the start of s:
// "Sở TT&TT tỉnh" → "Sở Thông tin và Truyền thông tỉnh", "So Noi vu" → "Sở
// Nội vụ". Other names are returned unchanged.
func agDepartment(s string) string {
	if !strings.HasPrefix(tkFold(s[:min(len(s), 6)]), "so ") {
		return s
	}
	words := agWord.FindAllStringIndex(s, -1)
	if len(words) < 2 || tkFold(s[words[0][0]:words[0][1]]) != "so" {
		return s
	}
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = tkFold(s[w[0]:w[1]])
	}
	// Full names, any case, with or without diacritics, "và" or "-".
	best, bestEnd := "", -1
	for k, d := range agencyDept {
		toks := agencyDeptWords[k]
		i, j := 1, 0
		for i < len(folded) && j < len(toks) {
			if toks[j] == "va" && folded[i] != "va" {
				j++
				continue
			}
			if folded[i] == "va" && toks[j] != "va" {
				i++
				continue
			}
			if folded[i] != toks[j] {
				break
			}
			i++
			j++
		}
		if j == len(toks) && words[i-1][1] > bestEnd {
			best, bestEnd = d.name, words[i-1][1]
		}
	}
	// Abbreviations: upper-case words after "Sở" read together.
	key := ""
	for i := 1; i < len(words) && i < 6; i++ {
		w := s[words[i][0]:words[i][1]]
		if strings.ToUpper(w) != w {
			break
		}
		key += folded[i]
		for _, d := range agencyDept {
			for _, a := range d.abbrs {
				if a == key && words[i][1] > bestEnd {
					best, bestEnd = d.name, words[i][1]
				}
			}
		}
	}
	if best == "" {
		return s
	}
	return "Sở " + best + s[bestEnd:]
}

// agTrailingParen removes a remark in brackets at the end of s.
func agTrailingParen(s string) string {
	if !strings.HasSuffix(s, ")") {
		return s
	}
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch s[i] {
		case ')':
			depth++
		case '(':
			depth--
			if depth == 0 {
				if i == 0 {
					return s
				}
				return strings.TrimSpace(s[:i])
			}
		}
	}
	return s
}

// agUpperFirst upper-cases the first letter of s.
func agUpperFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// opensWithAny reports whether s opens with one of the runes of firsts:
// a check before running a pattern anchored at the start whose every
// match opens with one of them.
func opensWithAny(s, firsts string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r != utf8.RuneError && strings.ContainsRune(firsts, r)
}

// trimLeadingMatch returns re.ReplaceAllString(s, "") for a pattern re
// that matches at the start of the text only and never matches empty
// text (agLeadNoise, annexHdrNum, agIntro, tkDeNghi): s after the match,
// without a copy.
func trimLeadingMatch(re *regexp.Regexp, s string) string {
	if m := re.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

// agStartsHead reports whether s starts with a word agency names start
// with, or with an upper-case abbreviation ("UBND", "HĐTĐ").
func agStartsHead(s string) bool {
	if strings.HasPrefix(s, "Báo cáo") || strings.HasPrefix(s, "báo cáo") {
		return false
	}
	if rest, ok := strings.CutPrefix(s, "Các "); ok && agThingsAfterCac(rest) ||
		strings.HasPrefix(s, "các ") && agThingsAfterCac(s[len("các "):]) {
		return false // "Các hệ thống thông tin …", "Các trang thiết bị …": things, not bodies
	}
	for _, h := range agencyHeads {
		if strings.HasPrefix(s, h) {
			return true
		}
	}
	if rest, ok := strings.CutPrefix(s, "Lãnh đạo "); ok && rest != "" && !strings.HasPrefix(rest, "Lãnh đạo ") {
		return agStartsHead(rest) // "Lãnh đạo Ban Dân nguyện": the leaders of a body
	}
	if rest, ok := strings.CutPrefix(s, "Vụ "); ok && rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		return unicode.IsUpper(r) // "Vụ Tổ chức cán bộ", a ministry's department; not "Vụ việc"
	}
	return agAllCaps.MatchString(s) && !topicAcronym(s) || agPartyHead(s)
}

// agTopicAcronyms are capitalised abbreviations a cell or sentence may
// open with that name a topic, not a body ("M&A doanh nghiệp …", "PCT/
// Madrid/Hague", "TTHC", "GRDP").
var agTopicAcronyms = []string{"M&A", "PCT", "GDP", "GRDP", "FDI", "ODA", "PPP", "ICT", "AI", "KPI", "CNTT", "TTHC", "CCHC",
	"DVC", "DVCTT", "VBQPPL", "PAR", "SIPAS", "PCI", "PAPI", "DTI", "ICOR", "TFP", "OCOP", "CĐS", "IOT", "IoT", "ESG", "NQI"}

// topicAcronym reports whether s opens with one of agTopicAcronyms as a
// word of its own.
func topicAcronym(s string) bool {
	for _, a := range agTopicAcronyms {
		if rest, ok := strings.CutPrefix(s, a); ok && (rest == "" || strings.ContainsRune(" ,;.:/)-", []rune(rest)[0])) {
			return true
		}
	}
	return false
}

// agPartyHeads are the folded words the names of Party bodies open with,
// written in lower case inside a sentence as often as capitalised:
// "thành ủy", "đảng ủy trực thuộc", "ban cán sự đảng", "đảng đoàn", "tổ đảng".
var agPartyHeads = []string{"thanh uy", "huyen uy", "tinh uy", "thi uy", "quan uy", "dang uy", "dang doan", "to dang",
	"ban can su", "cap uy", "cac cap uy", "ban thuong vu"}

// agPartyHead reports whether s opens with the name of a Party body
// (agPartyHeads), in either case.
func agPartyHead(s string) bool {
	rs := []rune(s)
	return hasAnyPrefix(asciiFold(rs[:min(len(rs), 16)]), agPartyHeads)
}

// agSharedCommitteeRe matches the folded places of a list whose
// committee word is written once, after the last of them: "các huyện,
// thành ủy" is "các huyện ủy, thành ủy".
var agSharedCommitteeRe = regexp.MustCompile(`^(?:cac )?(?:huyen|thi|thanh|quan|tinh)(?:, (?:huyen|thi|thanh|quan|tinh))*$`)

// agSharedCommittee reports whether a comma between left and right
// stands inside one list of Party committees that share the word "ủy"
// (agSharedCommitteeRe): the committee right names closes that list.
func agSharedCommittee(left, right string) bool {
	return agSharedCommitteeRe.MatchString(tkFold(strings.TrimSpace(left))) && agPartyHead(right)
}

// agThings are the folded nouns that, after "Các", name things a rule is
// about rather than the bodies that act.
var agThings = []string{"he thong", "trang thiet bi", "thiet bi", "thong tin", "du lieu", "co so du lieu", "thu tuc",
	"ho so", "van ban", "noi dung", "nhiem vu", "chi tieu", "giai phap", "chuong trinh", "du an", "truong hop",
	"quy dinh", "tai khoan", "dich vu", "phan mem", "nen tang", "ung dung", "cong trinh", "khoan", "muc", "bieu mau",
	"tai lieu", "ket qua", "san pham", "hoat dong", "chinh sach", "ke hoach", "buoc", "phuong phap", "tieu chi", "chi so",
	"mau bieu", "bao cao", "linh vuc", "van de", "yeu cau"}

// agThingsAfterCac reports whether the words after "Các " name things
// (agThings), not bodies.
func agThingsAfterCac(rest string) bool {
	n := min(len(rest), 40)
	f := asciiFold([]rune(rest[:n]))
	for _, w := range agThings {
		if strings.HasPrefix(f, w) && (len(f) == len(w) || f[len(w)] == ' ' || f[len(w)] == ',') {
			return true
		}
	}
	return false
}

// agBreaks turns line breaks and tabs inside a cell into item separators.
var agBreaks = strings.NewReplacer("\r", ";", "\n", ";", "\t", ";")

// SplitAgencies splits a lead or partner cell into normalised agency
// names. It splits on semicolons, line breaks, list items and numbered
// items ("5.1. ... 5.2. ..."), and on a comma, "và" or dash only when the
// next words start a new agency ("Sở Tư pháp, Sở Tài chính", "Sở Nội vụ và
// các đơn vị liên quan", "Văn phòng Sở - Các phòng thực hiện TTHC"). Names
// that contain commas or "và" stay whole: "Sở Khoa học và Công nghệ",
// "Sở Văn hóa, Thể thao và Du lịch", "Sở, ban, ngành có liên quan",
// "UBND các huyện, thị xã, thành phố". Nothing inside brackets is split.
// Duplicates are dropped; the order of the cell is kept.
func SplitAgencies(cell string) []string {
	return splitAgencies(cell, NormaliseAgency)
}

// agAskJoints joins bodies asked apart, a request's verb between them
// ("… giao giám đốc các sở; … chủ tịch UBND quận, huyện và đề nghị Giám
// đốc Ngân hàng Nhà nước …"): no body's name holds the verb.
var agAskJoints = strings.NewReplacer(" và đề nghị ", "; ", " và yêu cầu ", "; ", " và giao ", "; ")

// splitAgencies is SplitAgencies with the function that normalises each
// name, which may remember the names it has seen.
func splitAgencies(cell string, normalise func(string) string) []string {
	s := vntext.NFC(cell)
	if strings.IndexByte(s, '<') >= 0 { // a tag, maybe a list item
		s = cellLI.ReplaceAllString(s, ";")
	}
	s = cellStripTags(s)
	s = plainDashes(s)
	if strings.ContainsAny(s, "\r\n\t") {
		s = agBreaks.Replace(s)
	}
	if strings.Contains(s, ". ") {
		s = agEnum.ReplaceAllStringFunc(s, func(m string) string { return ";" + m })
	}
	if strings.Contains(s, " và ") {
		s = agAskJoints.Replace(s) // "chủ tịch UBND quận, huyện và đề nghị Giám đốc Ngân hàng …": two bodies asked
	}
	var parts []string
	for _, p := range agSplitTop(s, ';') {
		if list, ok := agDeptList(p); ok {
			parts = append(parts, list...)
			continue
		}
		if list, ok := agPlaceList(p); ok {
			// "Chủ tịch UBND các huyện Phù Mỹ, Vân Canh, TX.An Nhơn và TP.Quy Nhơn"
			parts = append(parts, list...)
			continue
		}
		if list, rest, ok := agKindList(p); ok {
			// "Các Cục: Di sản văn hóa, Bản quyền tác giả"
			parts = append(parts, list...)
			if rest == "" {
				continue
			}
			p = rest
		}
		for _, q := range agSplitDash(p) {
			for _, r := range agSplitComma(q) {
				parts = append(parts, agSplitVa(r)...)
			}
		}
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range parts {
		n := normalise(p)
		if n == "" || seen[n] {
			continue
		}
		seen[n] = true
		out = append(out, n)
	}
	return out
}

var agDeptListRe = regexp.MustCompile(`^\s*(?:[Cc]ác\s+)?(?:[Ss]ở|SỞ)(?:,\s*(?:ban,\s*)?ngành)?\s*:\s*(.+)$`)

// agDeptList reads a list of departments by their short names: "Các Sở:
// Tài chính, Tư pháp, Thông tin và Truyền thông" → "Sở Tài chính", "Sở Tư
// pháp", "Sở Thông tin và Truyền thông". ok is false unless every item is a
// department name.
func agDeptList(s string) ([]string, bool) {
	m := agDeptListRe.FindStringSubmatch(s)
	if m == nil {
		return nil, false
	}
	items := agSplitTop(strings.TrimRight(strings.TrimSpace(m[1]), ".;"), ',')
	// "... Khoa học và Công nghệ" may end the list with "và".
	if last := items[len(items)-1]; strings.Contains(last, " và ") {
		if i := strings.LastIndex(last, " và "); i > 0 && agIsDept(last[i+len(" và "):]) && agIsDept(last[:i]) {
			items = append(items[:len(items)-1], last[:i], last[i+len(" và "):])
		}
	}
	var out []string
	for _, it := range items {
		if !agIsDept(it) {
			return nil, false
		}
		out = append(out, "Sở "+strings.TrimSpace(it))
	}
	return out, true
}

// agKindListRe matches a list of bodies of one kind named once before a
// colon ("Các Cục: Di sản văn hóa, Bản quyền tác giả", "Các Vụ: Pháp chế,
// Kế hoạch, Tài chính").
var agKindListRe = regexp.MustCompile(`^\s*[Cc]ác\s+(Cục|Vụ|Viện|Tổng cục|Bộ)\s*:\s*(\p{Lu}.+)$`)

// agKindList reads a list of bodies of one kind named once (agKindListRe)
// into their names, the kind before each ("Cục Di sản văn hóa", "Cục Bản
// quyền tác giả"); the list ends at a full stop, and rest is what follows
// it ("… Du lịch Quốc gia Việt Nam. Vụ Kế hoạch, Tài chính"). ok is false
// unless every item opens with a capital and is short enough to be a name.
func agKindList(s string) (list []string, rest string, ok bool) {
	m := agKindListRe.FindStringSubmatch(s)
	if m == nil {
		return nil, "", false
	}
	items := m[2]
	if k := strings.Index(items, ". "); k > 0 {
		items, rest = items[:k], strings.TrimSpace(items[k+2:])
	}
	for _, it := range agSplitTop(strings.TrimRight(strings.TrimSpace(items), ".;"), ',') {
		it = strings.TrimSpace(it)
		r, _ := utf8.DecodeRuneInString(it)
		if it == "" || !unicode.IsUpper(r) || runesOver(it, 60) {
			return nil, "", false
		}
		list = append(list, m[1]+" "+it)
	}
	return list, rest, true
}

// agPlaceListRe matches the committees (or their chairmen) of places of
// one kind named once before their names: "Chủ tịch UBND các huyện Phù
// Mỹ, Vân Canh, TX.An Nhơn và TP.Quy Nhơn", "UBND các xã Tân An, Tân
// Phú".
var agPlaceListRe = regexp.MustCompile(`^\s*((?:Chủ tịch\s+)?(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân))\s+các\s+(huyện|xã|phường|quận|thị xã)\s+(\p{Lu}.+)$`)

// agPlaceList reads a list of places of one kind named once
// (agPlaceListRe) into one body a place, the kind before each name unless
// the name gives its own ("TX.An Nhơn", "TP.Quy Nhơn"). ok is false unless
// there are two places or more, each opening with a capital and short
// enough to be a name.
func agPlaceList(s string) ([]string, bool) {
	m := agPlaceListRe.FindStringSubmatch(strings.TrimRight(strings.TrimSpace(s), ".;"))
	if m == nil {
		return nil, false
	}
	var names []string
	for _, it := range agSplitTop(m[3], ',') {
		for _, n := range strings.Split(it, " và ") {
			names = append(names, strings.TrimSpace(n))
		}
	}
	if len(names) < 2 {
		return nil, false
	}
	list := make([]string, 0, len(names))
	for _, n := range names {
		r, _ := utf8.DecodeRuneInString(n)
		if n == "" || !unicode.IsUpper(r) || runesOver(n, 40) {
			return nil, false
		}
		if f := tkFold(n); strings.HasPrefix(f, "tx") || strings.HasPrefix(f, "tp") || strings.HasPrefix(f, "thi xa ") || strings.HasPrefix(f, "thanh pho ") {
			list = append(list, m[1]+" "+n)
		} else {
			list = append(list, m[1]+" "+m[2]+" "+n)
		}
	}
	return list, true
}

// agIsDept reports whether s is the short name of a department ("Tư
// pháp", "Thông tin và Truyền thông").
func agIsDept(s string) bool {
	f := agWord.FindAllString(tkFold(s), -1)
	for _, w := range agencyDeptWords {
		if strings.Join(f, " ") == strings.Join(w, " ") {
			return true
		}
	}
	return false
}

// agSplitTop splits s on sep outside brackets.
func agSplitTop(s string, sep byte) []string {
	var out []string
	depth, last := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case sep:
			if depth == 0 {
				out = append(out, s[last:i])
				last = i + 1
			}
		}
	}
	return append(out, s[last:])
}

// agSplitDash splits "A - B" when B starts a new agency; "Sở Lao động -
// Thương binh và Xã hội" stays whole.
func agSplitDash(s string) []string {
	return agSplitAt(s, " - ", func(left, right string) bool {
		r := strings.TrimSpace(right)
		return strings.TrimSpace(left) != "" && agStartsHead(r) && !agRoleAfterDash.MatchString(r)
	})
}

// agRoleAfterDash matches the role a body's name may be followed by after
// a dash ("Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo", "… - cơ quan
// chủ trì"): no other body.
var agRoleAfterDash = regexp.MustCompile(`^(?i:cơ quan (?:thường trực|chủ trì|đầu mối)|thường trực)\b`)

// agSplitComma splits on commas that start a new agency. A list of
// collective nouns sharing what follows stays whole: "Các phòng, các đơn
// vị thuộc Sở", "các Phòng, Ban, Đơn vị".
func agSplitComma(s string) []string {
	bare := true // the pieces of the current item are all collective nouns
	first := true
	central := false // the current item opens with the ministries ("Các bộ", "Bộ, ngành")
	return agSplitAt(s, ",", func(left, right string) bool {
		if first {
			fl := tkFold(strings.TrimSpace(trimLeadingMatch(agLeadNoise, strings.TrimSpace(left))))
			bare, central = agBare.MatchString(fl), agCentralRe.MatchString(fl)
			first = false
		}
		r := strings.TrimSpace(right)
		if i := agIndexTop(r, ","); i >= 0 {
			r = strings.TrimSpace(r[:i])
		}
		fr := tkFold(r)
		if central && agLocalRe.MatchString(fr) {
			// "Các bộ, cơ quan, địa phương": the list passes from the
			// ministries to the places; each part is a lead of its own.
			central = false
			return true
		}
		shared := bare && agCollectiveStart.MatchString(fr)
		split := (agStartsHead(r) || hasAnyPrefix(fr, agPostHeads)) && strings.TrimSpace(left) != "" && !shared && !agSharedCommittee(left, r) && !gluedAbbrev(left, right)
		if split {
			bare = agBare.MatchString(tkFold(strings.TrimSpace(trimLeadingMatch(agLeadNoise, r))))
			central = agCentralRe.MatchString(tkFold(strings.TrimSpace(trimLeadingMatch(agLeadNoise, r))))
		} else {
			bare = bare && agBareItem.MatchString(fr)
		}
		return split
	})
}

// agCentralRe matches, folded, the ministries as a collective that a
// list may go on from to the places: "các bộ", "bộ", "từng bộ".
var agCentralRe = regexp.MustCompile(`^(?:cac |tung )?bo$`)

// agLocalRe matches, folded, the places as a collective after the
// ministries in one list: "địa phương", "các địa phương liên quan".
var agLocalRe = regexp.MustCompile(`^(?:cac )?dia phuong(?: co lien quan| lien quan)?$`)

// agPostHeads are the folded posts that open the next head of bodies
// after a comma when written in lower case ("Bộ trưởng các bộ, thủ trưởng
// cơ quan ngang bộ").
var agPostHeads = []string{"thu truong ", "chu tich ", "giam doc ", "bo truong "}

// gluedAbbrev reports whether a comma joins the letters of one
// abbreviation ("Ủy ban KH,CN&MT", "KH,CN,ĐMST"): capitals on both sides
// and no space after it.
func gluedAbbrev(left, right string) bool {
	l, _ := utf8.DecodeLastRuneInString(left)
	r, _ := utf8.DecodeRuneInString(right)
	return unicode.IsUpper(l) && unicode.IsUpper(r)
}

// agSplitVa splits on " và " when the words after it start a new agency:
// "Sở Nội vụ và các đơn vị liên quan", but not "Sở Khoa học và Công nghệ".
func agSplitVa(s string) []string {
	parts := agSplitAt(s, " và ", func(left, right string) bool {
		return strings.TrimSpace(left) != "" && agStartsHead(strings.TrimSpace(right))
	})
	return withSharedPlace(parts)
}

// agBareLocalHeads are the names of a place's bodies that name no place of
// their own ("Đảng ủy", "HĐND"): before "và" and a body of a place, they
// are that place's.
var agBareLocalHeads = map[string]bool{"đảng ủy": true, "đảng uỷ": true, "hđnd": true, "hội đồng nhân dân": true,
	"thường trực hđnd": true, "thường trực đảng ủy": true, "ubnd": true, "ủy ban nhân dân": true, "ủy ban mttq": true}

// agPlaceRe matches the place a body's name ends with: "tỉnh Gia Lai",
// "đặc khu Phú Quốc", "các xã", "cấp xã".
var agPlaceRe = regexp.MustCompile(`\s((?:tỉnh|thành phố|đặc khu|xã|phường|huyện|thị xã|quận|các xã|các phường|các huyện|cấp xã|cấp huyện)(?:\s.+)?)$`)

// withSharedPlace gives the bodies joined by "và" that name no place
// ("Đảng ủy và UBND đặc khu Phú Quốc", "HĐND và UBND tỉnh Gia Lai") the
// place the last one names.
func withSharedPlace(parts []string) []string {
	if len(parts) < 2 {
		return parts
	}
	m := agPlaceRe.FindStringSubmatch(strings.TrimSpace(parts[len(parts)-1]))
	if m == nil {
		return parts
	}
	for i := range parts[:len(parts)-1] {
		if p := strings.TrimSpace(parts[i]); agBareLocalHeads[strings.ToLower(p)] {
			parts[i] = p + " " + m[1]
		}
	}
	return parts
}

// agSplitAt splits s at the occurrences of sep outside brackets where
// split(left, right) says so; left is the text since the last split, right
// the rest of s. Occurrences not split stay in the text.
func agSplitAt(s, sep string, split func(left, right string) bool) []string {
	var out []string
	start, from := 0, 0
	for {
		i := agIndexTop(s[from:], sep)
		if i < 0 {
			break
		}
		at := from + i
		if split(s[start:at], s[at+len(sep):]) {
			out = append(out, s[start:at])
			start = at + len(sep)
		}
		from = at + len(sep)
	}
	return append(out, s[start:])
}

// agIndexTop finds sub in s outside brackets, -1 when absent.
func agIndexTop(s, sub string) int {
	depth := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		}
		if depth == 0 && s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

// agFieldWords are the folded duty verbs that also name a department's
// field, and the words of the department they then follow: "Sở Xây dựng",
// "Bộ Xây dựng", "Ban Quản lý các dự án đầu tư xây dựng tỉnh".
var agFieldWords = map[string][]string{"xay dung": {"so", "bo", "du an dau tu", "cac du an dau tu"}}

// agFieldVerb reports whether the folded duty verb that opens rest names
// the field of the department before ends with ("Sở Xây dựng chủ trì …":
// "xây dựng" is part of the name, not the duty).
func agFieldVerb(before, rest string) bool {
	before = strings.TrimSpace(before)
	for verb, heads := range agFieldWords {
		if strings.HasPrefix(rest, verb) && hasAnySuffix(before, heads) {
			return true
		}
	}
	return false
}
