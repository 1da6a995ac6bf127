package plandoc

import (
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// Annex tables.
//
// Plans list their tasks in an annex (phụ lục) table. Three layouts occur
// in text exports:
//
//   - tab-separated rows, one row a line, the header repeated at each page
//     break; a row whose key cell (TT, or the task number) is empty or not a
//     number continues the previous row's cells across the page break; a row
//     holding only a Roman numeral and a title is a section heading, one
//     holding only a numbered content (1.x) heads the tasks below it; a
//     sub-row printed without its merged cells, shifted left (an agency name
//     in the task column), is added to its task cell by cell;
//   - Markdown rows ("| 1 | Việc | Sở Nội vụ |"), read as tab-separated;
//   - pipe tables, one cell a line ending in " |", a row opened by a line
//     holding a single "|"; cells covered by a cell of the row above
//     (rowspan) are left out of the row and counted by a trailing line of
//     pipes ("||" = two cells left out), and the row's numbered cells (1.x
//     objective, 2.x task, 3.x activity) tell which columns it starts at;
//     covered cells repeat the row above.
//
// Other layouts are rewritten as tab-separated rows before reading: pipe
// tables whose rows are all full (pipeflat.go), pandoc grid tables (rows
// between "+---+" rules, cells wrapped over lines; pipeflat.go) and pipe
// streams, cells one a line between lone "|" lines (pipestream.go).
//
// All are read into annexRow values: one row per task, the cells by column
// kind, the line where the row starts and its lines as written. The column
// of each cell comes from the header (TT, nội dung/mục tiêu, nhiệm vụ, hoạt
// động, sản phẩm/kết quả, chủ trì, phối hợp, thời gian, kinh phí, ghi chú);
// a remarks column that speaks of money (kinh phí) is read as the budget.

// Column kinds of an annex table.
const (
	colNone = iota
	colCode
	colObjective
	colTask
	colActivity
	colProduct
	colLead
	colPartners
	colDeadline
	colBudget
	colNote
	colKinds
)

// annexRow is one task row of an annex table, cells joined across page
// breaks, before normalisation.
type annexRow struct {
	line      int
	raw       []string
	continued []int // 1-based lines without a number of their own read as this row's continuation
	// inherits is the 1-based line of the row above whose merged cells
	// this row, a new task without a number of its own, takes (0: none);
	// inherited lists the kinds of the cells it took.
	inherits   int
	inherited  []int
	cells      [colKinds]string
	section    string
	budgetUnit string
	more       *[colKinds][]string // text still to add to cells, separators included; nil when none (most rows)
}

// add queues text for the cell of a kind, after sep when the cell is not
// empty; seal joins what was queued. Queuing keeps a row continued over
// thousands of lines linear in time.
func (r *annexRow) add(kind int, text, sep string) {
	if text == "" {
		return
	}
	if r.more == nil {
		r.more = new([colKinds][]string)
	}
	if r.cells[kind] == "" && len(r.more[kind]) == 0 {
		r.more[kind] = append(r.more[kind], text)
		return
	}
	r.more[kind] = append(r.more[kind], sep, text)
}

// queued returns the text queued for the cell of a kind.
func (r *annexRow) queued(kind int) []string {
	if r.more == nil {
		return nil
	}
	return r.more[kind]
}

// seal joins the queued text into the cells.
func (r *annexRow) seal() {
	if r.more == nil {
		return
	}
	for k, parts := range r.more {
		if len(parts) > 0 {
			r.cells[k] += strings.Join(parts, "")
		}
	}
	r.more = nil
}

var (
	cellTag      = regexp.MustCompile(`<[^>]*>`)
	cellLI       = regexp.MustCompile(`(?i)<\s*li\b[^>]*>`)
	cellInline   = regexp.MustCompile(`(?i)^<\s*/?\s*(i|b|em|strong|u|span|sup|sub|font|a)\b`)
	cellBullet   = regexp.MustCompile(`(?:^|\s)[-•+]\s*`)
	annexCode    = regexp.MustCompile(`^(\d+(?:\.\d+)*\.?|[IVX]+\.?)(\s|$)`)
	annexSubCode = regexp.MustCompile(`^(\d+)\.(\d+)(?:[.:]\s*|\s+)\S`)
	annexLead    = regexp.MustCompile(`^(\d+(?:\.\d+)*)`)
	annexRoman   = regexp.MustCompile(`^[IVX]+\.?$`)
	// annexRomanTitle is a section row printed as one merged cell, its
	// number and title together: "I. NÂNG CAO NHẬN THỨC", "II - Cải cách
	// thể chế".
	annexRomanTitle = regexp.MustCompile(`^([IVX]+)\s*[.:)-]\s*(\S.*)$`)
	annexItemKey    = regexp.MustCompile(`^(?:[a-zđ][.)]|[-+•])$`) // a lettered or dashed row: "a)", "b.", "-"
	annexHdrNum     = regexp.MustCompile(`^\s*\d+\s*[-.)]\s*`)
	annexUnit       = regexp.MustCompile(`\(([^)]*(đồng|đ|VNĐ|vnđ)[^)]*)\)`)
	annexTimeish    = regexp.MustCompile(`(truoc|quy\s|thang|nam \d|thuong xuyen|dinh ky|hang nam|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4})`)
)

// cellStripTags removes HTML tags and decodes entities. Block tags (lists,
// paragraphs, line breaks) become a space, inline tags (<i>, <b>) nothing.
func cellStripTags(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		s = cellTag.ReplaceAllStringFunc(s, func(t string) string {
			if cellInline.MatchString(t) {
				return ""
			}
			return " "
		})
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// cellClean returns a cell as text: tags removed, white space collapsed.
func cellClean(s string) string {
	if cellIsClean(s) {
		return s
	}
	return joinFields(cellStripTags(s))
}

// cellIsClean reports whether s has no tag, entity, or white space other
// than single inner spaces.
func cellIsClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case cellPlain[c]:
		case c == ' ' && s[i-1] != ' ':
		default:
			return false // a tag, an entity, other white space or two spaces
		}
	}
	return true
}

// cellPlain marks the bytes cellIsClean passes over: any but the space,
// '<', '&', the other ASCII white space and the bytes that may start a
// non-ASCII space (C2 for U+00A0, E2 for U+2000.., E3 for U+3000).
var cellPlain = func() (t [256]bool) {
	for c := range t {
		switch c {
		case ' ', '<', '&', '\t', '\n', '\r', '\v', '\f', 0xc2, 0xe2, 0xe3:
		default:
			t[c] = true
		}
	}
	return t
}()

// cellProducts returns a product cell as text. A list (HTML <ul>/<li>, or
// items opened by "- ") becomes its items joined by "; ", each without its
// bullet and final punctuation; other text is only cleaned.
func cellProducts(s string) string {
	isList := false
	if strings.IndexByte(s, '<') >= 0 { // a tag, maybe of a list
		isList = strings.Contains(strings.ToLower(s), "<ul") || cellLI.MatchString(s)
		s = cellLI.ReplaceAllString(s, " - ")
	}
	s = cellClean(s)
	if strings.HasPrefix(s, "-") || strings.HasPrefix(s, "•") || strings.HasPrefix(s, "+") {
		isList = true
	}
	if !isList {
		return s
	}
	var items []string
	last := 0
	for _, m := range cellBullet.FindAllStringIndex(s, -1) {
		r, _ := utf8.DecodeRuneInString(s[m[1]:])
		if m[0] != 0 && !(unicode.IsUpper(r) || unicode.IsDigit(r) || r == '(') {
			continue
		}
		items = append(items, s[last:m[0]])
		last = m[1]
	}
	items = append(items, s[last:])
	var out []string
	for _, it := range items {
		it = strings.TrimSpace(it)
		if !strings.HasSuffix(it, "..") {
			it = strings.TrimRight(it, ";,. ")
		}
		if it != "" && it != "-" {
			out = append(out, it)
		}
	}
	return strings.Join(out, "; ")
}

// annexColumn maps a header cell to a column kind.
func annexColumn(h string) int {
	c := cellClean(h)
	if t := strings.TrimLeft(c, " \t\n\f\r"); t != "" && isDigit(t[0]) {
		c = trimLeadingMatch(annexHdrNum, c) // only a digit after \s* can open annexHdrNum
	}
	f := tkFold(c)
	if len(f) <= 5 {
		f = strings.ReplaceAll(f, " ", "") // "T T", "ST T": a narrow column wrapped its label
	}
	switch {
	case f == "tt" || f == "stt" || f == "sott" || f == "so thu tu":
		return colCode
	case strings.HasPrefix(f, "van ban") || strings.HasPrefix(f, "can cu") || strings.HasPrefix(f, "nguon giao"):
		return colNone // the document that assigned the task ("Văn bản giao nhiệm vụ"), not the task
	case strings.Contains(f, "phoi hop") && !strings.Contains(f, "chu tri"):
		return colPartners // "Cơ quan phối hợp thực hiện"
	case strings.Contains(f, "chu tri"),
		strings.Contains(f, "thuc hien") && (strings.Contains(f, "co quan") || strings.Contains(f, "don vi") ||
			strings.Contains(f, "trach nhiem") || strings.Contains(f, "phan cong")) && !strings.Contains(f, "thoi gian"):
		return colLead
	case strings.Contains(f, "muc tieu") || strings.Contains(f, "chi tieu") || strings.HasPrefix(f, "noi dung"):
		return colObjective
	case strings.Contains(f, "nhiem vu"):
		return colTask
	case strings.Contains(f, "hoat dong"):
		return colActivity
	case strings.Contains(f, "san pham") || strings.Contains(f, "ket qua"):
		return colProduct
	case strings.Contains(f, "thoi gian") || strings.Contains(f, "thoi han") || strings.Contains(f, "tien do") ||
		strings.Contains(f, "lo trinh") || strings.HasPrefix(f, "moc ") || strings.HasPrefix(f, "hoan thanh"):
		return colDeadline
	case strings.Contains(f, "kinh phi") || strings.Contains(f, "du toan"):
		return colBudget
	case strings.Contains(f, "ghi chu"):
		return colNote
	}
	return colNone
}

// targetsColumn reports whether a header cell names a column of targets
// only ("Chỉ tiêu", "Các chỉ tiêu cụ thể", "Tên chỉ tiêu"), not contents
// that may be tasks ("Nội dung, chỉ tiêu", "Mục tiêu, nhiệm vụ").
func targetsColumn(h string) bool {
	c := cellClean(h)
	if t := strings.TrimLeft(c, " \t\n\f\r"); t != "" && isDigit(t[0]) {
		c = trimLeadingMatch(annexHdrNum, c) // only a digit after \s* can open annexHdrNum
	}
	f := tkFold(c)
	return strings.Contains(f, "chi tieu") && !strings.Contains(f, "noi dung") && !strings.Contains(f, "nhiem vu") &&
		!strings.Contains(f, "cong viec") && !strings.Contains(f, "muc tieu") && !strings.Contains(f, "giai phap")
}

// annexHeader maps header cells to column kinds; ok when the cells look
// like a task table header (a lead column and at least three other known
// columns).
func annexHeader(cells []string) (cols []int, unit string, ok bool) {
	cols = make([]int, len(cells))
	known, lead := 0, false
	for i, c := range cells {
		if utf8.RuneCountInString(cellClean(c)) > 60 {
			return nil, "", false // header cells are short
		}
		cols[i] = annexColumn(c)
		if cols[i] != colNone {
			known++
		}
		if cols[i] == colLead {
			lead = true
		}
		if cols[i] == colBudget {
			if m := annexUnit.FindStringSubmatch(cellClean(c)); m != nil {
				unit = strings.TrimSpace(m[1])
			}
		}
	}
	// A table without a task column lists its tasks as contents ("Nội
	// dung", "Nội dung công việc"), unless its contents are targets
	// ("Chỉ tiêu" with its unit and result, the lead only monitoring
	// them): a table of targets holds no tasks.
	if colIndex(cols, colTask) < 0 && colIndex(cols, colActivity) < 0 {
		if j := colIndex(cols, colObjective); j >= 0 {
			if targetsColumn(cells[j]) {
				return cols, unit, false
			}
			cols[j] = colTask
		}
	}
	return cols, unit, lead && known >= 4
}

// colIndex returns the position of kind in cols, -1 when absent.
func colIndex(cols []int, kind int) int {
	for i, c := range cols {
		if c == kind {
			return i
		}
	}
	return -1
}

// parseTabTables reads every tab-separated task table in lines; folded
// holds the lines folded by tkFold. Rows of Markdown tables ("| 1 | Việc
// A | Sở Nội vụ |") are read as tab-separated rows.
func parseTabTables(orig, folded []string) []annexRow {
	tt := tabTable{orig: orig}
	for i, line := range markdownLines(orig) {
		if !strings.Contains(line, "\t") {
			if t := strings.TrimSpace(line); t == "" || tt.cols != nil && pageNumber.MatchString(t) {
				continue // blank lines and page numbers between pages
			}
			tt.pause()
			continue
		}
		cells := strings.Split(line, "\t")
		if tt.cols == nil && tt.resumes(cells) {
			tt.cols, tt.gap = tt.paused, 0
		}
		// Every header names the lead column ("chủ trì", "đơn vị thực hiện").
		if (strings.Contains(folded[i], "chu tri") || strings.Contains(folded[i], "thuc hien")) && tt.header(cells) {
			continue
		}
		if tt.afterHeader && tt.subHeader(cells) {
			continue
		}
		if tt.cols != nil && columnNumbers(cells) {
			continue // the row numbering the columns under a header: (1) (2) (3) …
		}
		if tt.cols != nil {
			tt.afterHeader = false
			tt.row(i, cells)
		}
	}
	tt.flush()
	return tt.rows
}

// columnNumbers reports whether a row numbers the columns of its table:
// its filled cells are 1, 2, 3, … in order, bare or in brackets ("(1)"),
// three at least.
func columnNumbers(cells []string) bool {
	n := 0
	for _, c := range cells {
		c = strings.TrimSpace(mdUnemphasis(c))
		if c == "" {
			continue
		}
		c = strings.TrimSuffix(strings.TrimPrefix(c, "("), ")")
		n++
		if c != strconv.Itoa(n) {
			return false
		}
	}
	return n >= 3
}

// markdownLines returns the lines with Markdown table rows turned into
// tab-separated cells; the lines themselves when none is one.
func markdownLines(orig []string) []string {
	lines, copied := orig, false
	for i, l := range orig {
		if t, ok := markdownRow(l); ok {
			if !copied {
				lines, copied = append([]string(nil), orig...), true
			}
			lines[i] = t
		}
	}
	return lines
}

// tabTable is the state of reading tab-separated annex tables: the rows
// read, the columns of the current table, the row being read and the
// section and objective headings it falls under.
type tabTable struct {
	orig           []string
	rows           []annexRow
	cols           []int
	unit           string
	cur            *annexRow
	codedObjective bool // the table numbers its objectives (1.x)
	section        string
	objective      string
	objMore        []string // continuation of an objective heading
	objFromRow     bool     // the current row holds the objective of the rows below
	afterHeader    bool     // the last row read was a header
	paused         []int    // the columns of the table that the lines since it (gap of them) interrupt
	gap            int
}

// tabPageGap is the most lines of other text (a page's running title or
// footer) between two rows of one table.
const tabPageGap = 3

// pause ends the current table at a line of other text; the table may
// go on after a page's running lines (see resumes).
func (tt *tabTable) pause() {
	if tt.cols != nil {
		tt.paused, tt.gap = tt.cols, 0
	}
	tt.cols = nil
	tt.gap++
	if tt.gap > tabPageGap {
		tt.flush()
		tt.paused = nil
	}
}

// resumes reports whether a row after a few lines of other text goes on
// with the paused table: it is the table's header repeated on the next
// page. A row without the header after other text ("Nơi nhận:") is not
// the table's.
func (tt *tabTable) resumes(cells []string) bool {
	if tt.paused == nil || tt.gap > tabPageGap {
		return false
	}
	c, _, ok := annexHeader(cells)
	return ok && slices.Equal(c, tt.paused)
}

// flush ends the row being read and the objective heading being joined.
func (tt *tabTable) flush() {
	if tt.cur != nil {
		tt.cur.seal()
		if tt.objFromRow {
			tt.objective = tt.cur.cells[colObjective]
		}
		tt.rows = append(tt.rows, *tt.cur)
		tt.cur = nil
	}
	tt.objFromRow = false
	if len(tt.objMore) > 0 {
		tt.objective = annexJoin(tt.objective, strings.Join(tt.objMore, " "), " ")
		tt.objMore = nil
	}
}

// header reads a header row, repeated at a page break or opening a new
// table, and reports whether cells were one.
func (tt *tabTable) header(cells []string) bool {
	c, u, ok := annexHeader(cells)
	if !ok {
		return false
	}
	if tt.cols == nil {
		tt.flush()
		tt.codedObjective = false
		tt.section, tt.objective = "", ""
	}
	tt.cols, tt.unit = c, u
	tt.afterHeader = true
	return true
}

// subHeader reads the second row of a header that spans two ("Trách
// nhiệm thực hiện" over "Chủ trì" and "Phối hợp"): every filled cell names
// a column, which it gives its kind. It reports whether cells were one.
func (tt *tabTable) subHeader(cells []string) bool {
	kinds := make([]int, len(cells))
	named := 0
	for j, c := range cells {
		c = mdUnemphasis(cellClean(c))
		if c == "" {
			continue
		}
		if j >= len(tt.cols) || utf8.RuneCountInString(c) > 40 {
			return false
		}
		if kinds[j] = annexColumn(c); kinds[j] == colNone || kinds[j] == colCode {
			return false
		}
		named++
	}
	if named == 0 {
		return false
	}
	for j, k := range kinds {
		if k != colNone {
			tt.cols[j] = k
		}
	}
	return true
}

// cellOf returns the cleaned cell of a column kind, "" when the table has
// none or the row is shorter.
func (tt *tabTable) cellOf(cells []string, kind int) string {
	j := colIndex(tt.cols, kind)
	if j < 0 || j >= len(cells) {
		return ""
	}
	return cellClean(cells[j])
}

// row reads the table row on line i: a section heading, an objective
// heading, a numbered task row, or the continuation of the row above.
func (tt *tabTable) row(i int, cells []string) {
	var filled []string
	for j, c := range cells {
		if j < len(tt.cols) && strings.TrimSpace(c) != "" {
			filled = append(filled, cellClean(c))
		}
	}
	keyKind := colCode
	if colIndex(tt.cols, colCode) < 0 {
		keyKind = colTask
	}
	key := tt.cellOf(cells, keyKind)
	obj := tt.cellOf(cells, colObjective)
	objCoded := obj != "" && annexCode.MatchString(obj)
	if objCoded {
		tt.codedObjective = true
	}
	switch {
	case len(filled) == 0:
	case keyKind == colCode && annexRoman.MatchString(key) && len(filled) <= 2:
		// A section heading: "I\tCÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH".
		tt.flush()
		tt.section = strings.TrimSuffix(key, ".") + "."
		if len(filled) == 2 {
			tt.section += " " + filled[1]
		}
		tt.objective = ""
	case keyKind == colCode && len(filled) == 1 && annexRomanTitle.MatchString(key):
		// A section heading in one merged cell: "I. CẢI CÁCH THỂ CHẾ".
		m := annexRomanTitle.FindStringSubmatch(key)
		tt.flush()
		tt.section = m[1] + ". " + m[2]
		tt.objective = ""
	case objCoded && key == "" && len(filled) == 1:
		// An objective (content) heading; its tasks follow.
		tt.flush()
		tt.objective, tt.objMore = strings.TrimSpace(cells[colIndex(tt.cols, colObjective)]), nil
	case annexCode.MatchString(key) || annexItemKey.MatchString(key) || (tt.cur == nil && key != ""):
		tt.newRow(i, cells, objCoded)
	case tt.cur == nil && obj != "" && len(filled) == 1:
		// The objective heading continues across a page break.
		tt.objMore = append(tt.objMore, strings.TrimSpace(cells[colIndex(tt.cols, colObjective)]))
	case tt.cur == nil:
	case tt.codedObjective && obj != "" && !objCoded && annexShifted(cells, tt.cols):
		// A sub-row printed without its merged cells, shifted left:
		// place its cells by what they hold.
		tt.cur.raw = append(tt.cur.raw, tt.orig[i])
		annexMergeShifted(tt.cur, cells)
	case keyKind == colCode && tt.startsOwnTask(cells):
		// A new task without a number whose lead, partners or time cell
		// is merged with the row above's: it takes them.
		tt.inheritRow(i, cells)
	default:
		// The row continues the previous one across a page break.
		tt.cur.raw = append(tt.cur.raw, tt.orig[i])
		tt.cur.continued = append(tt.cur.continued, i+1)
		tt.addCells(tt.cur, cells)
		if obj != "" {
			tt.objFromRow = true
		}
	}
}

// newRow starts the task row of line i; objCoded tells that the row
// states the objective of the rows below.
func (tt *tabTable) newRow(i int, cells []string, objCoded bool) {
	tt.flush()
	if objCoded {
		tt.objective = ""
	}
	r := annexRow{line: i + 1, raw: []string{tt.orig[i]}, budgetUnit: tt.unit, section: tt.section}
	r.cells[colObjective] = tt.objective
	tt.addCells(&r, cells)
	tt.objFromRow = objCoded
	tt.cur = &r
}

// mergedKinds are the cells a row without a number takes from the row
// above when it is a task of its own: those a merged cell spans.
var mergedKinds = []int{colLead, colPartners, colDeadline}

// startsOwnTask reports whether a row without a number, under a table
// that numbers its rows, is a task of its own rather than the rest of the
// row above broken across a page (see ownTaskText).
func (tt *tabTable) startsOwnTask(cells []string) bool {
	kind := colTask
	if colIndex(tt.cols, colTask) < 0 {
		kind = colActivity
		if colIndex(tt.cols, colActivity) < 0 {
			return false
		}
	}
	text := tt.cellOf(cells, kind)
	if text == "" {
		return false
	}
	above := tt.cur.cells[kind]
	if q := tt.cur.queued(kind); len(q) > 0 {
		above = q[len(q)-1]
	}
	return ownTaskText(above, text)
}

// ownTaskText reports whether the task text below, in a row without a
// number, opens a task of its own after the text above. A capital letter
// alone is no evidence: a row broken across a page often goes on with an
// acronym or a name ("TTHC được …", "UBND tỉnh và …", "Cổng Dịch vụ công
// …"). The row is a new task when it opens as an item does (a bullet, a
// number, a task verb: "Kiểm tra …", "Tổ chức …") where the text above
// did not stop mid-phrase, or when the text above ended its sentence and
// the row starts with a capitalised word that is not an acronym.
func ownTaskText(above, below string) bool {
	if endsOpen(above) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(below)
	switch {
	case unicode.IsDigit(r) || r == '-' || r == '+' || r == '•':
		return true
	case !unicode.IsUpper(r):
		return false
	case startsTaskVerb(below):
		return true
	}
	first, _, _ := strings.Cut(below, " ")
	return endsSentence(above) && strings.TrimSpace(above) != "" && !isAllCaps(first)
}

// startsItemText reports whether a cell's text opens an item: a capital
// letter, a bullet or a number.
func startsItemText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || r == '-' || r == '+' || r == '•'
}

// annexTaskVerbs are the folded verbs a task of an annex opens with.
var annexTaskVerbs = []string{"ra soat", "to chuc", "xay dung", "kiem tra", "trien khai", "thuc hien", "duy tri",
	"tuyen truyen", "danh gia", "khao sat", "cong bo", "ban hanh", "hoan thien", "nang cap", "nang cao",
	"tap huan", "boi duong", "dao tao", "sap xep", "theo doi", "cap nhat", "day manh", "tang cuong", "kien toan",
	"tham muu", "huong dan", "tiep tuc", "chi dao", "don doc", "tong ket", "so ket", "de xuat", "cai thien",
	"nghien cuu", "van hanh", "so hoa", "ung dung", "ket noi", "tich hop", "cat giam", "don gian hoa",
	"chuan hoa", "thong ke", "lap ", "hoan thanh", "phoi hop", "giam sat", "doi moi", "phat dong", "quan ly"}

// startsTaskVerb reports whether s opens with a verb of annexTaskVerbs
// followed by a word boundary.
func startsTaskVerb(s string) bool {
	if n := 40; len(s) > n {
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	f := tkFold(s) + " "
	for _, v := range annexTaskVerbs {
		if strings.HasPrefix(f, v) && (strings.HasSuffix(v, " ") || f[len(v)] == ' ' || f[len(v)] == ',') {
			return true
		}
	}
	return false
}

// openEnds are the folded words after which a phrase goes on: a cell
// that ends with one is broken, not finished.
var openEnds = map[string]bool{"cua": true, "cho": true, "va": true, "voi": true, "tren": true, "tai": true,
	"ve": true, "cac": true, "nhung": true, "theo": true, "thuoc": true, "de": true, "den": true, "tu": true,
	"trong": true, "la": true, "o": true, "hoac": true, "nham": true, "dat": true, "duoc": true, "bang": true}

// endsOpen reports whether a cell's text stops mid-phrase: after a comma,
// a dash or an opening bracket, after a word that needs more ("của",
// "trên"), or in a name that such a word opened ("trên Cổng").
func endsOpen(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if strings.HasSuffix(s, ",") || strings.HasSuffix(s, "-") || strings.HasSuffix(s, "(") {
		return true
	}
	ws := strings.Fields(tkFold(s))
	last := ws[len(ws)-1]
	if openEnds[last] {
		return true
	}
	if len(ws) >= 2 && openEnds[ws[len(ws)-2]] {
		r, _ := utf8.DecodeRuneInString(strings.Fields(s)[len(ws)-1])
		return unicode.IsUpper(r)
	}
	return false
}

// inheritRow starts the task of line i, a row without a number that is a
// task of its own, with the merged cells of the row above where its own
// are empty.
func (tt *tabTable) inheritRow(i int, cells []string) {
	above := tt.cur
	above.seal()
	tt.newRow(i, cells, false)
	r := tt.cur
	r.inherits = above.line
	for _, k := range mergedKinds {
		if r.cells[k] == "" && len(r.queued(k)) == 0 && above.cells[k] != "" {
			r.cells[k] = above.cells[k]
			r.inherited = append(r.inherited, k)
		}
	}
}

// addCells adds the cells of a line to a row, column by column.
func (tt *tabTable) addCells(r *annexRow, cells []string) {
	for j, c := range cells {
		if j < len(tt.cols) && tt.cols[j] != colNone {
			r.add(tt.cols[j], strings.TrimSpace(c), " ")
		}
	}
}

// markdownRow turns a Markdown table row into tab-separated cells: "| a |
// b | c |" → "a\tb\tc"; a separator row ("|---|:--|") becomes blank. ok is
// false for other lines, including the one-cell lines of pipe tables.
func markdownRow(l string) (string, bool) {
	t := strings.TrimSpace(l)
	if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' || strings.Count(t, "|") < 4 || strings.Trim(t, "|") == "" {
		return "", false
	}
	cells := strings.Split(t[1:len(t)-1], "|")
	sep := true
	for i, c := range cells {
		c = mdUnemphasis(c)
		cells[i] = c
		if strings.Trim(c, "-: ") != "" || c == "" {
			sep = false
		}
	}
	if sep {
		return "", true
	}
	return strings.Join(cells, "\t"), true
}

// annexShifted reports whether a row's cells sit left of their columns: an
// agency name stands in a column that is not the lead's, the partners' or
// the objective's (whose text may start with "Sở ...").
func annexShifted(cells []string, cols []int) bool {
	for j, c := range cells {
		if j >= len(cols) || cols[j] == colLead || cols[j] == colPartners || cols[j] == colObjective {
			continue
		}
		c = cellClean(c)
		if c != "" && len(c) < 160 && agStartsHead(agUpperFirst(c)) {
			return true
		}
	}
	return false
}

// annexMergeShifted adds the cells of a shifted sub-row to its task: a cell
// that reads as a time goes to the deadline, the first agency name to the
// lead, a second to the partners, anything else to the products; each is
// added as a new item ("; ").
func annexMergeShifted(r *annexRow, cells []string) {
	agencies := 0
	for _, c := range cells {
		c = cellClean(c)
		if c == "" {
			continue
		}
		switch {
		case annexTimeish.MatchString(tkFold(c)):
			r.add(colDeadline, c, "; ")
		case agStartsHead(agUpperFirst(c)) && len(c) < 160:
			if agencies == 0 {
				r.add(colLead, c, "; ")
			} else {
				r.add(colPartners, c, "; ")
			}
			agencies++
		default:
			r.add(colProduct, c, "; ")
		}
	}
}

// annexJoin appends b to a with sep, skipping empty parts.
func annexJoin(a, b, sep string) string {
	switch {
	case b == "":
		return a
	case a == "":
		return b
	}
	return a + sep + b
}

// pipeLine classifies a line of a pipe table: a run of pipes alone
// (pipes > 0), a cell ending in "|" (cell, true), or neither.
func pipeLine(line string) (pipes int, cell string, isCell bool) {
	t := strings.TrimSpace(line)
	if t == "" {
		return 0, "", false
	}
	if strings.Trim(t, "|") == "" {
		return len(t), "", false
	}
	if strings.HasSuffix(t, "|") && !strings.HasPrefix(t, "|") {
		return 0, strings.TrimSpace(strings.TrimSuffix(t, "|")), true
	}
	return 0, "", false
}

// parsePipeTables reads every pipe task table in lines and appends its
// rows to rows.
func parsePipeTables(rows []annexRow, lines []string) []annexRow {
	for i := 0; i < len(lines); i++ {
		// A table starts with a header row: "|", then "TT |" and the
		// other header cells, then the "|" opening the first row.
		if p, _, _ := pipeLine(lines[i]); p != 1 || i+1 >= len(lines) {
			continue
		}
		_, first, ok := pipeLine(lines[i+1])
		if !ok {
			continue
		}
		if c := annexColumn(first); c != colCode && c != colObjective {
			continue
		}
		var hdr []string
		j := i + 1
		for ; j < len(lines); j++ {
			_, c, ok := pipeLine(lines[j])
			if !ok {
				break
			}
			hdr = append(hdr, c)
		}
		cols, unit, ok := annexHeader(hdr)
		if !ok {
			continue
		}
		rows, i = pipeRows(rows, lines, j, cols, unit)
	}
	return rows
}

// pipeRows reads the rows of a pipe table from lines[start] (the "|" that
// opens the first row), appends them to rows and returns rows with the
// index of the last line read.
func pipeRows(rows []annexRow, lines []string, start int, cols []int, unit string) ([]annexRow, int) {
	pt := pipeTable{lines: lines, cols: cols, unit: unit, w: len(cols), since: make([]int, len(cols))}
	i := start
	for i < len(lines) {
		if p, _, _ := pipeLine(lines[i]); p == 0 {
			break // not a row: the table has ended
		}
		// lines[i] opens a row.
		rowStart := i
		cells, cellLines, next := pt.rowCells(i + 1)
		i = next
		if len(cells) == 0 {
			continue
		}
		raw := lines[rowStart+1 : i : i] // shared, read only; an append copies
		if pt.headingRow(cells) {
			continue
		}
		if r, ok := pt.taskRow(cells, cellLines, raw); ok {
			rows = append(rows, r)
		}
	}
	return rows, i - 1
}

// pipeTable is the state of reading the rows of one pipe table: its lines
// and columns, the previous row (full width, for covered cells), the
// section and group headings read so far and, per column, the rows since
// its cell was last printed.
type pipeTable struct {
	lines        []string
	cols         []int
	unit         string
	w            int
	prev         []string
	section      string
	group        string
	sectionTitle string
	since        []int
}

// rowCells reads the cells of the row whose first cell line is i: each
// with the line it starts on, and the index of the line after the row.
// A cell broken over several lines has no closing pipe on its first
// lines; a run of pipes counts the covered cells and ends the row.
func (pt *pipeTable) rowCells(i int) (cells []string, cellLines []int, next int) {
	lines, w := pt.lines, pt.w
	pending, pendingLine, pendingN := "", 0, 0
	for i < len(lines) && len(cells) < w {
		p, c, isCell := pipeLine(lines[i])
		if !isCell && p == 0 {
			// More than a few lines without a pipe end the table.
			t := strings.TrimSpace(lines[i])
			if t == "" {
				i++
				continue
			}
			if pendingN >= 5 {
				break
			}
			if pending == "" {
				pendingLine = i
			}
			pending, pendingN = annexJoin(pending, t, " "), pendingN+1
			i++
			continue
		}
		if pending != "" && (isCell || p >= 1) {
			c = annexJoin(pending, c, " ")
			cells = append(cells, c)
			cellLines = append(cellLines, pendingLine)
			pending, pendingN = "", 0
			i++
			if p > 1 {
				break
			}
			continue
		}
		if isCell {
			cells = append(cells, c)
			cellLines = append(cellLines, i)
			i++
			continue
		}
		if p == 1 {
			// An empty cell, or one covered cell counted at the end.
			if len(cells) == w-1 && pipeStart(cells, pt.cols) == 1 {
				i++
				break
			}
			cells = append(cells, "")
			cellLines = append(cellLines, i)
			i++
			continue
		}
		// A run of pipes counts the covered cells and ends the row.
		i++
		break
	}
	return cells, cellLines, i
}

// headingRow reads a heading row: "I | CẢI CÁCH THỂ CHẾ" opens a section,
// "1 | Ứng dụng CNTT ..." a group within it. It reports whether the row
// was one.
func (pt *pipeTable) headingRow(cells []string) bool {
	head := strings.TrimSpace(cells[0])
	if annexRoman.MatchString(head) {
		// A section row of a Word table often keeps its empty cells
		// ("I | CẢI CÁCH THỂ CHẾ | | | |") where a web page merges them.
		cells = withoutEmptyTail(cells)
	}
	if len(cells) > 2 || len(cells) >= pt.w-2 {
		return false
	}
	title := ""
	if len(cells) == 2 {
		title = cellClean(cells[1])
	}
	if annexRoman.MatchString(head) {
		pt.sectionTitle = strings.TrimSuffix(head, ".") + ". " + title
		pt.section, pt.group = strings.TrimSuffix(head, "."), ""
		pt.prev = nil
		return true
	}
	if title != "" && !annexSubCode.MatchString(title) {
		if i := strings.Index(pt.sectionTitle, " / "); i >= 0 {
			pt.sectionTitle = pt.sectionTitle[:i]
		}
		pt.sectionTitle += " / " + head + ". " + title
		pt.group = strings.TrimSuffix(head, ".")
		pt.prev = nil
		return true
	}
	return false
}

// withoutEmptyTail returns cells without the empty cells that end them.
func withoutEmptyTail(cells []string) []string {
	n := len(cells)
	for n > 1 && cellClean(cells[n-1]) == "" {
		n--
	}
	return cells[:n]
}

// taskRow makes the task row of a row's cells: the cells it does not
// print (covered by the row above) repeat the previous row's. ok is false
// for a header repeated at a page break and for an empty row.
func (pt *pipeTable) taskRow(cells []string, cellLines []int, raw []string) (annexRow, bool) {
	w, cols := pt.w, pt.cols
	st := pipeStart(cells, cols)
	if st < 0 || st+len(cells) > w {
		st = max(w-len(cells), 0)
	}
	full := make([]string, w)
	for c := 0; c < w; c++ {
		switch {
		case c < st:
			if pt.prev != nil {
				full[c] = pt.prev[c]
			}
		case c-st < len(cells):
			full[c] = cells[c-st]
		}
	}
	if annexColumn(full[0]) == colCode {
		if _, _, isHdr := annexHeader(full); isHdr {
			return annexRow{}, false // header repeated at a page break
		}
	}
	empty := true
	for c := st; c < w; c++ {
		if full[c] != "" {
			empty = false
		}
	}
	if empty {
		return annexRow{}, false
	}
	// How many rows each covered cell has been repeated on: the k-th row
	// under an activity cell listing "3.4. ... 3.5. ..." is activity k.
	for c := range pt.since {
		if c >= st || pt.prev == nil {
			pt.since[c] = 0
		} else {
			pt.since[c]++
		}
	}
	pt.prev = full
	r := annexRow{line: cellLines[0] + 1, raw: raw, section: pt.sectionTitle, budgetUnit: pt.unit}
	for c := 0; c < w; c++ {
		if cols[c] != colNone {
			r.cells[cols[c]] = annexJoin(r.cells[cols[c]], strings.TrimSpace(full[c]), " ")
		}
	}
	r.cells[colCode] = pt.rowCode(r)
	return r, true
}

// rowCode returns the number of a task row: the numbered activity, task
// or objective cell it holds (the k-th item of a covered cell on the k-th
// row under it), else its code cell, under its group and section.
func (pt *pipeTable) rowCode(r annexRow) string {
	code := ""
	for _, k := range []int{colActivity, colTask, colObjective} {
		if m := annexLead.FindString(r.cells[k]); m != "" && annexSubCode.MatchString(r.cells[k]) {
			code = m
			if ac := colIndex(pt.cols, k); ac >= 0 && pt.since[ac] > 0 {
				// This row's cell k is the one of a row above.
				if codes := annexCodesIn(r.cells[k]); pt.since[ac] < len(codes) {
					code = codes[pt.since[ac]]
				}
			}
			break
		}
	}
	if code == "" {
		code = strings.TrimSuffix(r.cells[colCode], ".")
	}
	if pt.group != "" && code != "" {
		code = pt.group + "." + code
	}
	if pt.section != "" && code != "" {
		code = pt.section + "." + code
	}
	return code
}

var annexCodeList = regexp.MustCompile(`(?:^|\s)(\d+\.\d+)(?:[.:]\s*|\s+)\S`)

// annexCodesIn lists the numbers of the items a cell holds: "3.4. Văn bản
// 3.5. Văn bản" → 3.4, 3.5. Items share the first number's prefix.
func annexCodesIn(cell string) []string {
	var out []string
	first := ""
	for _, m := range annexCodeList.FindAllStringSubmatch(cell, -1) {
		p := m[1][:strings.Index(m[1], ".")]
		if first == "" {
			first = p
		}
		if p == first {
			out = append(out, m[1])
		}
	}
	return out
}

// pipeStart returns the column of the first cell of a pipe row, read from
// the first cell numbered as an objective (1.x), task (2.x) or activity
// (3.x); -1 when no cell tells.
func pipeStart(cells []string, cols []int) int {
	for i, c := range cells {
		if c == "" || !isDigit(c[0]) {
			continue // what annexSubCode cannot match, without running it
		}
		m := annexSubCode.FindStringSubmatch(c)
		if m == nil {
			continue
		}
		var kind int
		switch m[1] {
		case "1":
			kind = colObjective
		case "2":
			kind = colTask
		case "3":
			kind = colActivity
		default:
			continue
		}
		col := colIndex(cols, kind)
		if col < 0 {
			return -1
		}
		if st := col - i; st >= 0 {
			return st
		}
		return -1
	}
	return -1
}

// inheritedRowFindings says which annex rows without a number of their
// own were read as new tasks that take the merged cells (lead agency,
// partners, time) of the row above, so that a user can tell them from
// the rows joined to the task above (continued_row).
func inheritedRowFindings(rows []annexRow) []dataset.Finding {
	var fs []dataset.Finding
	for _, r := range rows {
		if r.inherits == 0 {
			continue
		}
		msg := i18n.Msgf("line %d has no number of its own and is read as a new task after the task of line %d", r.line, r.inherits)
		if len(r.inherited) > 0 {
			msg = i18n.Msgf("line %d has no number of its own and is read as a new task; its empty lead, partner or time cells are merged with the row of line %d and taken from it",
				r.line, r.inherits)
		}
		fs = append(fs, finding(dataset.Finding{Kind: "inherited_row", Text: msg, Lines: []int{r.line, r.inherits}}))
	}
	return fs
}
