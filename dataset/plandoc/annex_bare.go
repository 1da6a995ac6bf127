package plandoc

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bare tables.
//
// A table copied out of a PDF often loses its rules and pipes: each cell
// stands on lines of its own, the header's cells first ("STT", "Nhiệm
// vụ", "Cơ quan chủ trì", …), then each row from its number ("1") to the
// next number. A cell broken over lines goes on with a small letter or
// after a word that cannot end it ("của", ","). A PDF's text may put two
// cells on one line apart by spaces, or a row's number before its task
// ("7  Đề án …"), and runs the table over pages: the running header, the
// page number, the header repeated and the footnotes of the page before
// stand between two lines of a row. flattenBareTables rewrites such
// tables into tab rows, as flattenPipeStreams does for pipe streams, so
// that the tab reader handles their sections, numbering and merged
// cells.

// bareMaxRowLines is the most lines a row of a bare table may take; a
// longer run is text after the table.
const bareMaxRowLines = 60

// bareOpenEnds are the folded words (and marks) a line of a cell broken
// over lines may end with: the cell goes on on the next line.
var bareOpenEnds = []string{",", ";", "-", "va", "cua", "cac", "voi", "theo", "trong", "cho", "de", "ve", "tai", "tren",
	"nhung", "doi voi", "thuoc", "tu", "den", "o", "la", "va cac", "hoac", "thang", "quy"}

// flattenBareTables returns lines and folded with every bare task table
// rewritten as tab rows, a row's cells joined by tabs on the line of its
// number and its other lines blank; line numbers are kept. The inputs are
// returned as they are when there is none.
func flattenBareTables(lines, folded []string) ([]string, []string) {
	out := tabRewrite{lines: lines, folded: folded}
	for i := 0; i < len(lines); i++ {
		if f := folded[i]; f != "stt" && f != "tt" && f != "so tt" {
			continue
		}
		rows, end := readBareTable(lines, i)
		if rows == nil {
			continue
		}
		out.put(i, end, rows)
		i = end - 1
	}
	return out.result()
}

// targetsHeader reports whether a table's header cells are those of a
// table of targets: a column names the targets ("CHỈ TIÊU", "Tên chỉ
// tiêu") and none names tasks or their contents.
func targetsHeader(cells []string) bool {
	names, tasks := false, false
	for _, c := range cells {
		f := tkFold(c)
		names = names || strings.HasPrefix(f, "chi tieu") || strings.HasPrefix(f, "ten chi tieu")
		tasks = tasks || containsAny(f, []string{"nhiem vu", "noi dung", "hoat dong", "cong viec", "giai phap"})
	}
	return names && !tasks
}

// bareText returns line i trimmed of spaces and bold or italic marks, ""
// for a line that holds a pipe or a tab (no bare table's line does).
func bareText(lines []string, i int) string {
	t := strings.TrimSpace(lines[i])
	if strings.ContainsAny(t, "|\t") {
		return ""
	}
	return strings.TrimSpace(mdUnemphasis(t))
}

// readBareTable reads the bare table whose header starts at lines[start]
// ("STT"): its rows, the header first, and the index of the line after
// it; nil when the lines there are no task table. A page's furniture
// inside the table (withoutPageFurniture) is passed over.
func readBareTable(lines []string, start int) ([]pipeRow, int) {
	hdr, i := bareHeader(lines, start)
	if hdr == nil || targetsHeader(hdr) {
		return nil, start // no table, or a table of targets (bareTargetRows)
	}
	lines = withoutPageFurniture(lines, i, bareTextLines(lines, start, i))
	w := len(hdr)
	cols, _, _ := annexHeader(hdr)
	rows := []pipeRow{{cells: hdr, line: start}}
	read, i := bareRows(lines, i, len(lines), bareMaxRowLines)
	for _, r := range read {
		var body []string
		for _, t := range r.body {
			if t != "" {
				body = append(body, bareCellLines(t)...)
			}
		}
		cells := bareCells(body)
		var row []string
		if annexRoman.MatchString(r.key) || annexRomanTitle.MatchString(r.key) {
			row = append([]string{r.key}, strings.Join(cells, " "))
		} else {
			row = append([]string{r.key}, placeBareCells(cells, cols[1:])...)
		}
		for len(row) < w {
			row = append(row, "")
		}
		rows = append(rows, pipeRow{cells: row[:w], line: r.line})
	}
	if len(rows) < 2 {
		return nil, start
	}
	return rows, i
}

// bareRow is a row of a bare table as bareRows reads it: its number
// (key), the line that opens it, and its lines after the number ("" for
// blank lines between two of them) with the line of each.
type bareRow struct {
	key  string
	line int
	body []string
	at   []int
}

// bareRows reads the rows of a bare table from line i up to line to: each
// from the line that opens it (bareRowOpening) to the next row's, the end
// of the table (bareEnds, a line with a pipe or a tab) or limit lines. It
// returns the rows and the index of the line after the last; a row
// without lines ends the table unless it is a section's title.
func bareRows(lines []string, i, to, limit int) ([]bareRow, int) {
	var rows []bareRow
	last, sections := 0, 0 // the last row number, the sections read
	for i < to {
		t := bareText(lines, i)
		if t == "" {
			if strings.TrimSpace(lines[i]) != "" {
				break // a pipe or a tab: another table
			}
			i++
			continue
		}
		key, first, ok := bareRowOpening(t, last, sections)
		if !ok {
			key, first, ok = bareGroupRow(lines, i, to, last)
		}
		if !ok && len(rows) == 0 {
			key, first, ok = bareFirstRow(t) // "17" on a page that goes on with the table
		}
		if !ok {
			break
		}
		r, texts := bareRow{key: key, line: i}, 0
		if first != "" {
			r.body, r.at, texts = append(r.body, first), append(r.at, i), 1
		}
		j := i + 1
		for ; j < to && len(r.body) < limit; j++ {
			u := bareText(lines, j)
			if u == "" {
				if strings.TrimSpace(lines[j]) != "" {
					break
				}
				if n := len(r.body); n > 0 && r.body[n-1] != "" {
					r.body, r.at = append(r.body, ""), append(r.at, j)
				}
				continue
			}
			if _, _, next := bareRowOpening(u, bareNumber(key, last), sections+bareSection(key)); next || bareEnds(u) {
				break
			}
			if _, _, group := bareGroupRow(lines, j, to, bareNumber(key, last)); group {
				break
			}
			r.body, r.at, texts = append(r.body, u), append(r.at, j), texts+1
		}
		if texts == 0 && annexRomanTitle.FindString(key) == "" {
			break
		}
		rows = append(rows, r)
		last = bareNumber(key, last)
		sections += bareSection(key)
		i = j
	}
	return rows, i
}

// bareGroupRow reports whether line i opens a numbered group of rows
// with its title on the same line ("2. Đẩy mạnh nghiên cứu, phát triển
// sản phẩm …" after rows 1.1 to 1.7): the next number after last, a dot
// and the title, and the group's first sub-row ("2.1") within the next
// lines. key is the number, first the title.
func bareGroupRow(lines []string, i, to, last int) (key, first string, ok bool) {
	m := bareGroupRe.FindStringSubmatch(bareText(lines, i))
	if m == nil {
		return "", "", false
	}
	if n, _ := strconv.Atoi(m[1]); n != last+1 {
		return "", "", false
	}
	for j := i + 1; j < to && j <= i+bareGroupReach; j++ {
		if t := strings.TrimSuffix(bareText(lines, j), "."); t == m[1]+".1" {
			return m[1], m[2], true
		}
	}
	return "", "", false
}

// bareGroupRe matches a group's number and title on one line: "2. Đẩy
// mạnh …".
var bareGroupRe = regexp.MustCompile(`^(\d{1,2})\.\s+(\p{Lu}.*)$`)

// bareGroupReach is how many lines after a group's title its first
// sub-row may stand (the title may run over some).
const bareGroupReach = 4

// bareFirstRow reports whether line t opens the first row a page shows
// of a table that began on an earlier page: a row number alone, of up
// to three digits, whatever it is.
func bareFirstRow(t string) (key, first string, ok bool) {
	k := strings.TrimSuffix(t, ".")
	if n, err := strconv.Atoi(k); err == nil && n > 0 && len(k) <= 3 {
		return k, "", true
	}
	return "", "", false
}

// bareRowOpening reports whether line t opens a row (bareRowKey; a
// Roman number alone only when it numbers the section after the
// sections read before), or opens it with its number and the first line
// of its task after spaces ("7  Đề án về chỉ số …", the next number
// only): key is the number, first the rest of the line ("" when the
// number stands alone).
func bareRowOpening(t string, last, sections int) (key, first string, ok bool) {
	if key, ok := bareRowKey(t, last); ok {
		if annexRoman.MatchString(t) && romanValue(key) != sections+1 {
			return "", "", false // "XVI" ending "Quốc hội khóa" in a cell, not the next section
		}
		return key, "", true
	}
	if m := bareInlineRowRe.FindStringSubmatch(t); m != nil && startsUpper(m[2]) {
		if n, _ := strconv.Atoi(m[1]); n == last+1 {
			return m[1], m[2], true
		}
	}
	return "", "", false
}

// bareSection is 1 when a row key numbers a section (a Roman number), 0
// otherwise.
func bareSection(key string) int {
	if annexRoman.MatchString(key) || annexRomanTitle.MatchString(key) {
		return 1
	}
	return 0
}

// romanValue returns the value of a Roman number of I, V and X ("XVI":
// 16), its dot left out.
func romanValue(s string) int {
	s = strings.TrimSuffix(s, ".")
	n := 0
	for i := 0; i < len(s); i++ {
		v := romanDigit(s[i])
		if i+1 < len(s) && romanDigit(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
	}
	return n
}

// romanDigit is the value of a Roman digit I, V or X, 0 for another byte.
func romanDigit(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	}
	return 0
}

// bareInlineRowRe matches a row's number and the text after it on one
// line, apart by a run of spaces as a PDF's columns leave them: the
// number (group 1), the text (group 2). A number with a dot ("2. Các bộ,
// …") numbers the bodies of a cell, not a row.
var bareInlineRowRe = regexp.MustCompile(`^(\d{1,3})\s{2,}(\S.*)$`)

// bareCellLines cuts a line where two cells stand on it apart by a run
// of spaces and the second names a body ("cơ quan ngang bộ  Bộ Tư pháp"),
// as a PDF's text puts cells that share a line; other lines are one.
func bareCellLines(t string) []string {
	var out []string
	from := 0 // where the cell being read starts
	for at := 0; ; {
		k := strings.Index(t[at:], "  ")
		if k < 0 {
			break
		}
		k += at
		next := k
		for next < len(t) && t[next] == ' ' {
			next++
		}
		if next < len(t) && agStartsHead(t[next:]) {
			out = append(out, strings.TrimSpace(t[from:k]))
			from = next
		}
		at = next
	}
	return append(out, strings.TrimSpace(t[from:]))
}

// Page furniture inside a table a PDF's text runs over pages: the running
// header of the gazette and the page number beside it, with the
// footnotes above them, are page breaks by now (withoutRunningHeaders, as
// the lines are read); the table's header repeated on the new page, with
// the page number and footnotes above it, is left.

// withoutPageFurniture returns lines with each repeat of the table's
// header from line from on (header: the text of its lines) blanked, with
// the page number and the footnotes above it (line numbers kept). lines
// itself is not changed.
func withoutPageFurniture(lines []string, from int, header []string) []string {
	out := lines
	blank := func(i int) {
		if len(out) > 0 && &out[0] == &lines[0] {
			out = slices.Clone(lines)
		}
		out[i] = ""
	}
	for i := from; i < len(lines); i++ {
		if len(header) == 0 || bareText(lines, i) != header[0] {
			continue
		}
		end := repeatedHeaderEnd(lines, i, header)
		if end < 0 {
			continue
		}
		brk := i
		if k := prevTextLine(lines, i); k >= 0 && k >= i-3 && pageNumber.MatchString(bareText(lines, k)) {
			brk = k
		}
		for k := footnotesAbove(lines, brk); k <= end; k++ {
			blank(k)
		}
		i = end
	}
	return out
}

// bareTextLines returns the text (bareText) of the lines [from, to) that
// hold any.
func bareTextLines(lines []string, from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		if t := bareText(lines, i); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// repeatedHeaderEnd returns the last line of the table's header repeated
// from line i (header: the text of its lines, in order, blank lines
// between them passed over), -1 when the lines there differ from it.
func repeatedHeaderEnd(lines []string, i int, header []string) int {
	k := 0
	for j := i; j < len(lines); j++ {
		t := bareText(lines, j)
		if t == "" {
			continue
		}
		if t != header[k] {
			return -1
		}
		if k++; k == len(header) {
			return j
		}
	}
	return -1
}

// bareHeader reads the header cells of a bare table from lines[start]
// ("STT") to the first row number: short lines, a column's name broken
// over two lines joined ("Thời gian hoàn" / "thành"). It returns nil when
// they name no task table, and the index of the first row's line.
func bareHeader(lines []string, start int) ([]string, int) {
	var cells []string
	i := start
	for ; i < len(lines) && i < start+20; i++ {
		t := bareText(lines, i)
		if t == "" {
			if strings.TrimSpace(lines[i]) != "" {
				return nil, start
			}
			continue
		}
		if i > start {
			if _, _, ok := bareFirstRow(t); ok || annexRoman.MatchString(t) {
				break
			}
		}
		if utf8.RuneCountInString(t) > 60 {
			return nil, start
		}
		if n := len(cells); n > 0 && !startsUpper(t) {
			cells[n-1] += " " + t // "Thời gian hoàn" / "thành", "Cơ quan" / "chủ trì"
			continue
		}
		cells = append(cells, t)
	}
	if len(cells) < 4 || annexColumn(cells[0]) != colCode {
		return nil, start
	}
	if _, _, ok := annexHeader(cells); !ok {
		return nil, start
	}
	return cells, i
}

// bareRowKey reports whether line t opens a row: a Roman section number
// ("I", "II.", or "I. TITLE"), or the row number that follows last (or
// 1, a section restarting the numbering, or a sub-number of last, "1.1"
// under 1); key is the number without its dot.
func bareRowKey(t string, last int) (key string, ok bool) {
	if annexRomanTitle.MatchString(t) && isAllCaps(t) {
		return t, true
	}
	k := strings.TrimSuffix(t, ".")
	if annexRoman.MatchString(t) {
		return k, true
	}
	if n, err := strconv.Atoi(k); err == nil && len(k) <= 3 {
		return k, n == last+1 || n == 1
	}
	if m := annexSubCode.FindStringSubmatch(t + " x"); m != nil && !strings.Contains(t, " ") && len(t) <= 8 {
		n, _ := strconv.Atoi(m[1])
		return k, n == last && len(m[2]) <= 2 // "2.1" under row 2; not "8.500" nor "2.400", figures
	}
	return "", false
}

// bareNumber is the number of a row key, last when it has none (a section
// or a sub-number).
func bareNumber(key string, last int) int {
	if n, err := strconv.Atoi(key); err == nil {
		return n
	}
	if annexRoman.MatchString(key) || annexRomanTitle.MatchString(key) {
		return 0 // a section restarts the numbering or goes on
	}
	return last
}

// bareEnds reports whether a line ends a bare table: the recipients, a
// signature, another annex.
func bareEnds(t string) bool {
	f := tkFold(strings.Trim(t, tkTrim))
	return endsDutyList(f) || annexHeadLine(t) || strings.HasPrefix(f, "tm.") || strings.HasPrefix(f, "kt.")
}

// bareCells joins the lines of a row into cells: a line that opens with
// a small letter, or follows a line left open (bareOpenEnds) or a body's
// kind without its name ("Văn phòng" / "Chính phủ"), goes on with the
// cell above.
func bareCells(body []string) []string {
	var cells []string
	prev := ""
	for _, t := range body {
		if n := len(cells); n > 0 && (!startsUpper(t) || bareEndsOpen(prev) || bareHeadOnly(prev)) {
			cells[n-1] += " " + t
		} else {
			cells = append(cells, t)
		}
		prev = t
	}
	return cells
}

// bareHeadWords are the folded kinds of body that a name goes on after:
// a line holding one alone is a name broken over lines.
var bareHeadWords = []string{"van phong", "bo", "so", "uy ban", "ban", "cuc", "tong cuc", "ngan hang", "trung tam", "vien", "hoi dong"}

// bareHeadOnly reports whether a line holds only a body's kind (bareHeadWords).
func bareHeadOnly(t string) bool {
	return slices.Contains(bareHeadWords, tkFold(strings.TrimSpace(t)))
}

// startsUpper reports whether t opens with a capital letter, a digit or
// an opening bracket or quote.
func startsUpper(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(' || r == '"' || r == '“'
}

// bareEndsOpen reports whether a line of a cell stops where the cell cannot
// end (bareOpenEnds).
func bareEndsOpen(t string) bool {
	f := " " + asciiFold([]rune(strings.TrimSpace(t)))
	for _, w := range bareOpenEnds {
		if strings.HasSuffix(f, w) && (w == "," || w == ";" || w == "-" || strings.HasSuffix(f, " "+w)) {
			return true
		}
	}
	return false
}

// placeBareCells places the cells of a row (its number left out) in the
// columns of kinds (the header's, its number column left out): in order,
// the first cell in the task's column; a later cell in the next column
// its text fits (an agency for a lead or partners, a time for a
// deadline), the columns it does not fit left empty (a merged cell). A
// text broken into cells that open with capitals ("Đề án trình" /
// "Thủ tướng" / "Chính phủ") goes on in its column up to the cell that
// fits the column after it, when that column tests its cells (bareTests);
// when it does not, the cells more than the columns go with the task.
func placeBareCells(cells []string, kinds []int) []string {
	out := make([]string, len(kinds))
	if len(cells) == 0 {
		return out
	}
	task := 0
	for k, c := range kinds {
		if c == colTask || c == colObjective || c == colActivity {
			task = k
			break
		}
	}
	if extra := len(cells) - (len(kinds) - task); extra > 0 && (task+1 >= len(kinds) || !bareTests(kinds[task+1])) {
		// More cells than columns: the task's text began some with a
		// capital letter.
		cells = append([]string{strings.Join(cells[:extra+1], " ")}, cells[extra+1:]...)
	}
	k := task
	for n := 0; n < len(cells); n++ {
		c := cells[n]
		if n > 0 {
			for k < len(kinds) && !bareFits(c, kinds[k]) {
				k++
			}
			if k >= len(kinds) {
				break
			}
		}
		out[k] = c
		for k+1 < len(kinds) && bareTests(kinds[k+1]) && n+1 < len(cells) && !bareFits(cells[n+1], kinds[k+1]) &&
			(kinds[k] == colTask || kinds[k] == colObjective || kinds[k] == colActivity || !bareTests(kinds[k])) {
			n++
			out[k] += " " + cells[n] // "Đề án trình" / "Thủ tướng" / "Chính phủ" before "Tháng 3/2026"
		}
		k++
	}
	return out
}

// bareYearRe matches, folded, a cell that opens with a year ("2026",
// "2026 và hằng năm").
var bareYearRe = regexp.MustCompile(`^(?:19|20)\d{2}\b`)

// bareTests reports whether a column kind tests the cells it takes
// (bareFits): a lead, partners or a deadline.
func bareTests(kind int) bool {
	return kind == colLead || kind == colPartners || kind == colDeadline
}

// bareFits reports whether a cell's text fits a column kind: an agency
// for a lead or partners, a time for a deadline; any text another column.
func bareFits(c string, kind int) bool {
	f := tkFold(c)
	switch kind {
	case colLead, colPartners:
		// "1. Bộ Tài chính tổng kết …" / "2. Bộ Tư pháp …": the bodies of
		// the cell numbered, each with its part.
		return agStartsHead(agUpperFirst(bareEnumRe.ReplaceAllString(c, ""))) && !annexTimeish.MatchString(f)
	case colDeadline:
		return annexTimeish.MatchString(f) || strings.Contains(f, "quy ") || strings.HasPrefix(f, "nam ") || bareYearRe.MatchString(f)
	}
	return !agStartsHead(agUpperFirst(c)) || kind == colNote
}

// bareEnumRe matches the number a cell opens its first body with: "1. ".
var bareEnumRe = regexp.MustCompile(`^\d{1,2}\.\s+`)

// Bare tables of targets.
//
// An annex of targets a PDF's text gives without rules stands as a bare
// task table does ("TT", "CHỈ TIÊU", "MỤC TIÊU 2026 - 2030", "CƠ QUAN CHỦ
// TRÌ", …; then each row from its number): a row's lines hold the
// target's name ("Tốc độ tăng trưởng GDP bình" / "quân/năm (%)"), its
// value ("Phấn đấu ≥" / "10,0", "11 - 12", "Thuộc nhóm" / "3 nước dẫn" /
// "đầu ASEAN") and the bodies that answer for it. bareTargetRows reads
// each row into its name and value.

// bareValueOpeners are the folded words a target's value cell may open
// with before its figure.
var bareValueOpeners = []string{"phan dau", "thuoc nhom", "nam trong", "top ", "tren ", "duoi ", "toi thieu", "it nhat",
	"khong duoi", "khong qua", "khoang ", "dat ", "tu ", "tang ", "giam "}

// bareTargetRows returns the rows of a bare table of targets whose header
// ("TT" or "STT", then a column naming the targets, "Chỉ tiêu") starts in
// lines [from, to) of p: a header row of code, name, unit and value,
// then one row a target, its name, the unit its name ends with in
// brackets ("(%)", "(USD)") and its value cells; nil when there is none.
// Section rows ("I" / "VỀ KINH TẾ") are left out.
func bareTargetRows(p *page, from, to int) (rows []cellRow, header []string) {
	start := -1
	for i := from; i < to; i++ {
		if len(p.lines[i]) > bareHeadCellBytes {
			continue // no "STT" cell
		}
		if f := tkFold(bareText(p.lines, i)); f == "tt" || f == "stt" || f == "so tt" {
			start = i
			break
		}
	}
	if start < 0 {
		return nil, nil
	}
	i := start + 1
	for ; i < to && i <= start+20; i++ {
		if _, _, ok := bareFirstRow(bareText(p.lines, i)); ok || annexRoman.MatchString(bareText(p.lines, i)) {
			break
		}
	}
	header = bareTextLines(p.lines, start, i)
	valueUnit := headerUnit(header)
	if !slices.ContainsFunc(header, func(h string) bool { return strings.Contains(tkFold(h), "chi tieu") }) && valueUnit == "" ||
		slices.ContainsFunc(p.lines[start:i], func(l string) bool { return strings.ContainsAny(l, "|\t") }) {
		return nil, nil // no table of targets, or one with pipes or tabs (cellRows, the tab reader)
	}
	lines := withoutPageFurniture(p.lines, i, header)
	rows = []cellRow{{cells: []string{"TT", "Chỉ tiêu", "Đơn vị tính", "Mục tiêu"}, line: start}}
	read, _ := bareRows(lines, i, to, bareMaxTargetLines)
	for _, r := range read {
		if bareSection(r.key) != 0 {
			continue
		}
		unit := ""
		for k, c := range bareTargetCells(r.body, r.at) {
			name, u := nameAndUnit(c.name)
			if k == 0 || u != "" {
				unit = u // a sub-row's unit is its row's unless it names its own
			}
			if unit == "" {
				unit = valueUnit
			}
			line := r.line
			if k > 0 {
				line = c.line
			}
			rows = append(rows, cellRow{cells: []string{r.key, name, unit, c.value}, line: line})
		}
	}
	if len(rows) < 2 {
		return nil, nil
	}
	return rows, header
}

// headerUnit returns the unit a bare table's header gives its values in
// brackets ("TỐC ĐỘ BÌNH QUÂN 2026 - 2030 (%/NĂM)": "%"), "" when none.
func headerUnit(header []string) string {
	if headerUnitRe.MatchString(strings.Join(header, " ")) {
		return "%"
	}
	return ""
}

// headerUnitRe matches a percentage unit in brackets in a table's header.
var headerUnitRe = regexp.MustCompile(`\(\s*%[^()]{0,8}\)`)

// bareMaxTargetLines is the most lines a row of a bare table of targets
// may take: its sub-rows ("Trong đó:" / "Nhóm nông, lâm, thuỷ sản" / "10 -
// 12" / the bodies …) make it long.
const bareMaxTargetLines = 150

// bareTargetCells splits the lines of a bare row of targets ("" for a
// blank line; at, the line of each) into the targets it states, each its name and its value:
// the name is the lines before the value, which opens at the first line
// that opens with a figure, a comparator or a word of bareValueOpeners
// (not one that goes on with a name left open, "đến năm" / "2030") and
// runs up to the first line that names a body. After "Trong đó:", each
// group of lines a blank line opens is a sub-row, named after the row
// ("… xuất khẩu hàng hóa, nhóm nông, lâm, thuỷ sản").
func bareTargetCells(body []string, at []int) []bareTarget {
	type part struct {
		lines []string
		line  int
	}
	parts := []part{{line: -1}}
	sub := false // after "Trong đó:"
	for k, t := range body {
		switch {
		case strings.HasPrefix(tkFold(t), "trong do"):
			sub = true
			parts = append(parts, part{line: -1})
			if _, rest, ok := strings.Cut(t, ":"); ok && strings.TrimSpace(rest) != "" {
				parts[len(parts)-1] = part{lines: []string{strings.TrimSpace(rest)}, line: at[k]} // "Trong đó: Công nghiệp chế biến, chế tạo"
			}
		case strings.HasPrefix(t, "- ") && k > 0:
			parts = append(parts, part{lines: []string{strings.TrimSpace(t[2:])}, line: at[k]}) // "- Công nghiệp": a sub-row
		case t == "":
			if sub {
				parts = append(parts, part{line: -1})
			}
		default:
			p := &parts[len(parts)-1]
			if p.line < 0 {
				p.line = at[k]
			}
			p.lines = append(p.lines, t)
		}
	}
	var out []bareTarget
	parent := ""
	for k, p := range parts {
		name, value := bareNameValue(p.lines)
		if name == "" || value == "" {
			continue
		}
		if k == 0 {
			parent, _ = nameAndUnit(name)
		} else if parent != "" {
			name = parent + ", " + lowerFirst(name)
		}
		out = append(out, bareTarget{name: name, value: value, line: p.line})
	}
	return out
}

// bareTarget is a target a bare row states: its name, its value and the
// line its name opens on.
type bareTarget struct {
	name, value string
	line        int
}

// lowerFirst returns s with its first letter in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// bareNameValue reads the name and value of one target from its lines
// (see bareTargetCells); "", "" when they hold no value.
func bareNameValue(lines []string) (name, value string) {
	at := -1
	for k, t := range lines {
		if k > 0 && bareValueLine(t) && !bareEndsOpen(lines[k-1]) && !hasAnySuffix(tkFold(lines[k-1]), []string{"den nam", "het nam", "trong nam"}) {
			at = k
			break
		}
	}
	if at < 0 {
		return "", ""
	}
	end := at + 1
	for end < len(lines) && !agStartsHead(agUpperFirst(strings.TrimLeft(lines[end], "0123456789. "))) {
		end++
	}
	return strings.Join(lines[:at], " "), strings.Join(lines[at:end], " ")
}

// bareUnitRe matches the unit a target's name ends with in brackets:
// "Tốc độ tăng trưởng GDP bình quân/năm (%)", "… đầu người (USD)".
var bareUnitRe = regexp.MustCompile(`\s*\(([^()]{1,15})\)$`)

// nameAndUnit returns a target's name without the unit in brackets it
// ends with, and that unit ("" when none).
func nameAndUnit(name string) (string, string) {
	m := bareUnitRe.FindStringSubmatchIndex(name)
	if m == nil {
		return name, ""
	}
	if u := name[m[2]:m[3]]; !strings.Contains(u, "%") && (strings.ContainsAny(u, "0123456789") || !strings.ContainsFunc(u, unicode.IsLetter)) {
		return name, "" // "(2025)", "Minh(*)": no unit
	}
	return name[:m[0]], name[m[2]:m[3]]
}

// bareValueLine reports whether a line opens a target's value: a figure,
// a comparator sign or a word of bareValueOpeners.
func bareValueLine(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsDigit(r) || strings.ContainsRune("≥≤><", r) || hasAnyPrefix(tkFold(t)+" ", bareValueOpeners)
}
