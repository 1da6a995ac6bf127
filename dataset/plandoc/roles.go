package plandoc

import (
	"slices"
	"strings"
	"unicode"
)

// Roles of a target: where in the document it was found, so that a user
// can judge it (DESIGN.md, "role").
const (
	roleSection    = "targets_section"
	roleObjectives = "objectives"
	roleTask       = "task"
	roleAnnex      = "annex"
	roleProse      = "prose"
	// roleNone marks lines no target is read from: results and
	// assessments of past years, legal bases, the recipients list.
	roleNone = "-"
)

// roleHeads map the folded words a section heading starts with to the
// role of the lines under it; the first that matches wins.
var roleHeads = []struct {
	words []string
	role  string
}{
	{[]string{"phu luc"}, roleAnnex},
	{[]string{"ket qua dat duoc", "ket qua thuc hien", "ket qua", "danh gia", "tinh hinh", "thuc trang",
		"kiem diem", "nhung ton tai", "ton tai", "han che", "nguyen nhan", "bai hoc", "noi nhan", "can cu"}, roleNone},
	// The parts of a published administrative procedure and of a plan to
	// simplify one: their figures are conditions, fees, time limits and
	// worked-out savings, not aims.
	{[]string{"yeu cau, dieu kien", "yeu cau dieu kien", "dieu kien thuc hien", "trinh tu thuc hien", "cach thuc thuc hien",
		"thanh phan, so luong ho so", "thanh phan ho so", "thoi han giai quyet", "doi tuong thuc hien", "co quan thuc hien",
		"phi, le phi", "le phi", "ten mau don", "noi dung don gian hoa", "loi ich", "kien nghi thuc thi"}, roleNone},
	// The parts of a notice of a training course or a meeting: what it
	// teaches, who attends, when and where.
	{[]string{"noi dung tap huan", "noi dung boi duong", "noi dung dao tao", "noi dung hoi nghi", "thanh phan",
		"thoi gian, dia diem", "thoi gian va dia diem", "dia diem"}, roleNone},
	// A legal-news page's table of contents ("### Nội dung chính") heads
	// the whole item, not a section of tasks.
	{[]string{"noi dung chinh"}, roleProse},
	{[]string{"chi tieu", "cac chi tieu", "du bao cac chi tieu", "du bao chi tieu", "muc tieu", "cac muc tieu", "muc dich", "yeu cau", "phan dau",
		"quan diem", "dinh huong"}, roleObjectives},
	{[]string{"nhiem vu", "cac nhiem vu", "giai phap", "cac giai phap", "noi dung", "to chuc thuc hien",
		"trach nhiem", "phan cong", "ke hoach thuc hien", "lo trinh", "trien khai thuc hien", "to chuc trien khai"}, roleTask},
}

// roleOfHeading returns the role a heading gives the lines under it, ""
// when its words name none; a heading opened by "Về" is read without it.
func roleOfHeading(k string) string {
	k = strings.TrimPrefix(k, "ve ") // "(2) Về triển khai thực hiện", "3. Về nhiệm vụ thời gian tới"
	for _, h := range roleHeads {
		if hasAnyPrefix(k, h.words) {
			return h.role
		}
	}
	return ""
}

// lineRoles gives each line the role of the section it stands in. A
// Roman-numbered or all-capital heading opens a section; an arabic-numbered
// heading ("2. Mục tiêu cụ thể") opens a subsection that falls back on its
// section's role when its words name none. Lines after an annex title
// ("PHỤ LỤC") stay in the annex. The targets section keeps its own role.
func lineRoles(p *page, tr targetResult) []string {
	roles := make([]string, len(p.lines))
	top, sub := roleProse, ""
	subDepth := 0 // how many numbers the heading of sub has ("2." one, "2.1." two)
	annex := false
	annexNone := false // under a heading of an annex whose lines give no targets ("1.3. Lợi ích phương án đơn giản hóa")
	leadIn := false    // after a sentence that introduces tasks in a section that gives none, to its end
	for i := range p.lines {
		if level, k := p.headingAt(i); level > 0 && !capsWrapOfHeading(p, i) {
			leadIn = leadIn && level > 1 // "1. Cấp ủy, chính quyền …": an item of the list
			r := roleOfHeading(p.wrappedHeading(i, k, p.key))
			switch {
			case annex:
				annexNone = r == roleNone
			case r == roleAnnex:
				annex = true
			case level == 1:
				top, sub, subDepth = r, "", 0
				if top == "" {
					top = roleProse
				}
			default:
				d := numberDepth(p.lines[i])
				if r == "" && sub != "" && d > subDepth {
					break // "*2.1. Đến năm 2030*" under "2. Mục tiêu cụ thể": the stage of its objectives
				}
				sub, subDepth = r, d
			}
		}
		switch {
		case tr.from >= 0 && i >= tr.from && i < tr.to:
			roles[i] = roleSection
		case annex && annexNone:
			roles[i] = roleNone
		case annex:
			roles[i] = roleAnnex
		case sub != "":
			roles[i] = sub
		default:
			roles[i] = top
		}
		if strings.HasPrefix(p.key[i], "can cu ") && roles[i] != roleAnnex && roles[i] != roleSection && !basisThenAsks(p.fold[i]) {
			roles[i] = roleNone // a legal basis cites other documents
		}
		switch {
		case roles[i] != roleNone || annex:
		case leadIn:
			roles[i] = roleTask
		case namesTasksAhead(p, i):
			// "… thành phố Đà Nẵng cần tập trung thực hiện tốt một số
			// nhiệm vụ, giải pháp sau đây:" closing an assessment: what
			// follows, to the next heading, is what is to be done.
			leadIn = true
		}
	}
	return roles
}

// basisThenAsks reports whether a folded line that opens with "Căn cứ"
// goes on, after one of its commas, to a body (startsAgency) that asks or
// assigns (asAssignWords) within rlActReach bytes ("Căn cứ kết quả đánh
// giá …, UBND tỉnh yêu cầu …"): a sentence of a report, not a legal basis.
func basisThenAsks(f string) bool {
	for at := strings.Index(f, ", "); at >= 0; {
		rest := f[at+2:]
		head := rest[:min(len(rest), rlActReach)]
		if startsAgency(rest) && slices.ContainsFunc(asAssignWords, func(w string) bool {
			k := assignWordAt(head, w)
			return k > 0 && head[k-1] == ' '
		}) {
			return true
		}
		k := strings.Index(rest, ", ")
		if k < 0 {
			return false
		}
		at += 2 + k
	}
	return false
}

// rlActReach is how far, in bytes, the verb of a body that acts may stand
// after the start of the body's name (basisThenAsks).
const rlActReach = 80

// namesTasksAhead reports whether line i ends a sentence that introduces
// the tasks or solutions listed after it ("… cần tập trung thực hiện tốt
// một số nhiệm vụ, giải pháp sau đây:"), not requirements, objectives or
// results.
func namesTasksAhead(p *page, i int) bool {
	line := strings.TrimRight(strings.TrimSpace(p.lines[i]), "*_ ")
	if !strings.HasSuffix(line, ":") || runesOver(line, 400) {
		return false
	}
	f := strings.TrimRight(p.fold[i], "*_ ")
	return namesTasks(f) && !strings.Contains(f, "yeu cau")
}

// capsWrapOfHeading reports whether line i, in capitals, goes on with a
// heading hard-wrapped inside its bold marks on the lines above ("**II.
// NỘI" / "DUNG**", "**IV. TỔ CHỨC" / "THỰC HIỆN**"): the heading's words
// are read on its first line (wrappedHeading), and this line opens no
// section of its own.
func capsWrapOfHeading(p *page, i int) bool {
	t := strings.TrimSpace(p.lines[i])
	if !isAllCaps(strings.Trim(t, "*:. ")) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		u := strings.TrimSpace(p.lines[j])
		if u == "" {
			return false
		}
		if strings.Contains(u, "**") {
			if !strings.HasPrefix(u, "**") || strings.Count(u, "**") != 1 || romanAt(strings.TrimLeft(u, "* ")) == "" {
				return false
			}
			return p.wrappedHeading(j, p.key[j], p.key) != p.key[j]
		}
	}
	return false
}

// numberDepth returns how many numbers the arabic numbering a line opens
// with has, after any bold or italic marks: "2. Mục tiêu" 1, "*2.1. Đến
// năm 2030*" 2, "1.2.3." 3; 0 when it opens with none.
func numberDepth(line string) int {
	t := strings.TrimLeft(line, " *_#")
	n := 0
	for {
		k := 0
		for k < len(t) && isDigit(t[k]) {
			k++
		}
		if k == 0 {
			return n
		}
		n++
		if k >= len(t) || t[k] != '.' {
			return n
		}
		t = t[k+1:]
	}
}

// headingAt reports whether a line is a heading and at which level: 1 for
// a Roman numeral or a short line in capitals, 2 for an arabic number
// ("2. Mục tiêu cụ thể", "2.1."), 0 for none. k is the line's key; the
// key of the heading's words, its number dropped, is returned.
func headingAt(line, k string) (level int, words string) {
	if line == "" {
		return 0, ""
	}
	// What each kind of heading starts or is made of is checked first:
	// most lines are none, and are not counted (a line of over 90 runes
	// is no heading).
	roman := romanAt(line) != ""
	numbered := !roman && numberedAt(line) != ""
	caps := !roman && !numbered && isAllCaps(line) && !fieldsOver(line, 14) && !capsFragment(line)
	if !roman && !numbered && !caps || runesOver(line, 90) {
		return 0, ""
	}
	rest := k
	dropFirst := func() {
		if w := firstField(k); w != "" {
			rest = strings.TrimSpace(strings.TrimPrefix(k, w))
		}
	}
	switch {
	case roman:
		dropFirst()
		return 1, rest
	case numbered:
		dropFirst()
		for rest != "" && isDigit(rest[0]) { // "2 1 muc tieu" from "2.1. Mục tiêu"
			rest = strings.TrimSpace(strings.TrimPrefix(rest, firstField(rest)))
		}
		return 2, rest
	}
	return 1, k
}

// capsFragment reports whether a line without small letters is the end
// of a wrapped sentence rather than a heading: it opens with a digit or a
// bracket ("214/NQ-CP*).", "(TTHC)") or ends a sentence or a clause.
func capsFragment(line string) bool {
	t := strings.Trim(line, "*_ ")
	if t == "" {
		return false
	}
	if isDigit(t[0]) || t[0] == '(' {
		return true
	}
	switch t[len(t)-1] {
	case '.', ';', ',', ')':
		return true
	}
	return false
}

// runesOver reports whether s holds more than n runes, counting no
// further than n+1 (a long line is not counted to its end).
func runesOver(s string, n int) bool {
	if len(s) <= n {
		return false
	}
	if len(s) > 4*n {
		return true // no rune takes more than 4 bytes
	}
	count := 0
	for range s {
		if count++; count > n {
			return true
		}
	}
	return false
}

// firstField returns the first of strings.Fields(s), "" when s has none,
// without splitting the rest of s.
func firstField(s string) string {
	start := -1
	for i, r := range s {
		switch {
		case !unicode.IsSpace(r):
			if start < 0 {
				start = i
			}
		case start >= 0:
			return s[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return s[start:]
}

// fieldsOver reports whether len(strings.Fields(s)) > n, counting no
// further than n+1 fields.
func fieldsOver(s string, n int) bool {
	count, in := 0, false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			in = false
		case !in:
			in = true
			if count++; count > n {
				return true
			}
		}
	}
	return false
}

// headingAt is headingAt of line i of the page, its table decorations
// trimmed; a Markdown heading ("## Nhiệm vụ", a short line wholly in
// bold: "**Nhiệm vụ của … như thế nào?**") is a heading of level 1; its
// number is read as headingAt reads it ("**II. MỤC TIÊU**": level 1, the
// words "muc tieu"; "**2. Mục tiêu cụ thể**": level 2), and a letter
// opens a subheading of level 2 ("**a) Mục tiêu chung**").
func (p *page) headingAt(i int) (level int, words string) {
	return p.heads[i].level, p.heads[i].words
}

// lineHeading is what headingAt says of a line: its level (0 for none)
// and the words of the heading.
type lineHeading struct {
	level int
	words string
}

// headingOf works out headingAt of line i from the line and its key,
// once, when the page is made (foldRange): the extractors ask it of the
// same lines again and again.
func (p *page) headingOf(i int) (level int, words string) {
	if brokenBoldAt(p.lines, i-1) {
		return 0, "" // "DUNG, HÌNH THỨC**" under "**III. NỘI": the heading's end
	}
	level, words = p.lineHeadingOf(i)
	if level > 0 && brokenBoldAt(p.lines, i) {
		words = strings.TrimSpace(words + " " + ocrKey(p.lines[i+1])) // "**III. NỘI" / "DUNG, HÌNH THỨC**"
	}
	return level, words
}

// brokenBoldAt reports whether line i opens a bold heading that line i+1
// closes ("**III. NỘI" / "DUNG, HÌNH THỨC**", "**IV. KINH" / "PHÍ THỰC
// HIỆN**"): a text hard-wrapped inside its bold marks.
func brokenBoldAt(lines []string, i int) bool {
	if i < 0 || i+1 >= len(lines) {
		return false
	}
	t, next := strings.TrimSpace(lines[i]), strings.TrimSpace(lines[i+1])
	return strings.HasPrefix(t, "**") && strings.Count(t, "**") == 1 && len(t) > 2 &&
		strings.HasSuffix(next, "**") && strings.Count(next, "**") == 1 && len(next) > 2 && !runesOver(next, 80)
}

// lineHeadingOf is headingOf of line i on its own.
func (p *page) lineHeadingOf(i int) (level int, words string) {
	if level, k := headingAt(trimCell(p.lines[i]), p.key[i]); level > 0 {
		return level, k
	}
	if mdHeading(p.lines[i]) {
		inner := strings.Trim(strings.TrimSpace(p.lines[i]), "*# ")
		if level, k := headingAt(inner, p.key[i]); level > 0 {
			return level, k // "**II. MỤC TIÊU**": the words without their number
		}
		if letterAt(inner) || bracketNumberAt(inner) {
			// "**a) Mục tiêu chung (6 mục tiêu)**": a lettered subheading;
			// "**(1) Mục tiêu đến năm 2025**": one numbered in brackets.
			return 2, strings.TrimSpace(strings.TrimPrefix(p.key[i], firstField(p.key[i])))
		}
		return 1, p.key[i]
	}
	return 0, ""
}

// bracketNumberAt reports whether a line opens with a number in brackets
// ("(1) Mục tiêu …", "(12) …").
func bracketNumberAt(line string) bool {
	if len(line) < 3 || line[0] != '(' || !isDigit(line[1]) {
		return false
	}
	k := 2
	if isDigit(line[k]) {
		k++
	}
	return k < len(line) && line[k] == ')'
}

// boldLine reports whether a line is set in bold as a whole: it opens and
// closes with "**" and holds no other (bold words inside a line are no
// bold line).
func boldLine(line string) bool {
	t := strings.TrimSpace(line)
	return len(t) > 4 && strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") && !strings.Contains(t[2:len(t)-2], "**")
}

// mdHeading reports whether a line is a Markdown heading: "#" marks, or
// a short line wholly in bold that ends no sentence ("**Nhiệm vụ**",
// "**Mục tiêu … ra sao?**"; not "**(4) Rà soát … giảm tiền kiểm.**" nor a
// bullet item in bold).
func mdHeading(line string) bool {
	t := strings.TrimSpace(line)
	switch {
	case strings.HasPrefix(t, "#"):
		t = strings.TrimSpace(strings.TrimLeft(t, "#"))
	case boldLine(t):
		t = strings.TrimSpace(t[2 : len(t)-2])
	default:
		return false
	}
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "+ ") || strings.HasPrefix(t, "• ") {
		return false // "**- Chỉ đạo Tổng công ty …:**": a bullet item in bold
	}
	return t != "" && !runesOver(t, 120) && !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, ";")
}

// wrappedHeading returns the words k of the heading on line i joined with
// those of the lines its bold runs on to: a heading hard-wrapped inside
// its bold marks ("**1. Dự báo" / "các chỉ tiêu … đến năm 2026**") says
// what it is about only with its last lines. of gives the lines' text in
// the form wanted (p.key, p.fold). A line that opens no bold, or whose
// bold does not close within a few short lines, is returned as it is.
func (p *page) wrappedHeading(i int, k string, of []string) string {
	t := strings.TrimSpace(p.lines[i])
	if !strings.HasPrefix(t, "**") || strings.Count(t, "**") != 1 {
		return k
	}
	parts := []string{k}
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		line := strings.TrimSpace(p.lines[j])
		if line == "" || runesOver(line, 120) {
			return k
		}
		parts = append(parts, of[j])
		if strings.Contains(line, "**") {
			return strings.TrimSpace(strings.Join(parts, " ")) // "**III." has no words of its own
		}
	}
	return k
}

// tgRequestWords are the folded words of a request that a lead-in ending
// in "sau:" makes to the bodies it names: what follows are their duties.
var tgRequestWords = []string{"yeu cau", "de nghi", "chi thi", "chi dao"}

// requestLeadInReach is how many lines above a line ending in "sau:" its
// sentence may start (a sentence wrapped over lines).
const requestLeadInReach = 6

// requestLeadIn reports whether line i ends a request that introduces a
// list of duties ("Thủ tướng Chính phủ yêu cầu Bộ trưởng, … tập trung
// hoàn thành ngay một số nhiệm vụ cụ thể như sau:"): it ends in "sau:" and
// the sentence it ends (from the last line above that ends a sentence, up
// to requestLeadInReach lines) holds a word of request.
func requestLeadIn(p *page, i int) bool {
	if !strings.HasSuffix(strings.TrimRight(p.fold[i], " *_|"), "sau:") {
		return false
	}
	f := p.fold[i]
	if k := strings.LastIndexAny(strings.TrimRight(f, " *_|:"), ".;:!?"); k >= 0 {
		f = f[k+1:] // the sentence starts on this line
	} else if from := wrappedSentenceFrom(p, i); from < i {
		f = strings.Join(p.fold[from:i+1], " ")
	}
	return containsAny(f, tgRequestWords)
}

// requestedLines marks the prose lines that stand under a request lead-in
// (requestLeadIn), up to the next heading that names a role: the duties
// of the bodies it names, whose values are read as a task's are.
func requestedLines(p *page, roles []string) []bool {
	out := make([]bool, len(p.lines))
	on := false
	for i := range p.lines {
		if level, k := p.headingAt(i); level == 1 && roleOfHeading(p.wrappedHeading(i, k, p.key)) != "" {
			on = false
		}
		out[i] = on && roles[i] == roleProse
		if requestLeadIn(p, i) {
			on = true
		}
	}
	return out
}
