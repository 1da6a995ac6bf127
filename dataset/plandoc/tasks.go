package plandoc

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// Tasks.
//
// extractTasks reads a plan's tasks from its annex tables (see annex.go).
// A plan whose annex is not in the file still lists duties under "TỔ CHỨC
// THỰC HIỆN", numbered per agency ("2. Sở Nội vụ: a) ... b) ..."); then each
// duty is a task led by that agency. When an annex table is present the
// duties section is not read as tasks: it restates who answers for the
// annex rows.

var (
	tkAnnexHead  = regexp.MustCompile(`^phu luc(\s+(so\s+)?[0-9ivx]+)?\s*[:.]?\s*$`)
	tkAnnexRef   = regexp.MustCompile(`phu luc\s*(\(|kem|dinh kem|kem theo|cua)|(theo|tai|co|trong) phu luc|phu luc\s*$`)
	tkDutyHead   = regexp.MustCompile(`^[ivxl1]{1,5}\s*[.)]\s*to chuc thuc hien\b`)
	tkRomanHead  = regexp.MustCompile(`^[IVXL]{1,5}\s*[.)–-]\s+\S`)
	tkDutyEnd    = regexp.MustCompile(`^\**\s*(noi nhan|tren day|yeu cau|chu tich ubnd tinh yeu cau|chu tich uy ban nhan dan tinh yeu cau|phu luc\b|tm\.|kt\.|giam doc\b)`)
	tkItem       = regexp.MustCompile(`^(\d{1,2})\s*[.)]\s+(\S.*)$`)
	tkSubLetter  = regexp.MustCompile(`^([a-zđ])\)\s*(.*)$`)
	tkSubRoman   = regexp.MustCompile(`^\((i{1,3}|iv|vi{0,3}|ix|x)\)\s*(\S.*)$`)
	tkSubNum     = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$`)
	tkSubDash    = regexp.MustCompile(`^[-+•]\s*(.*)$`)
	tkDeNghi     = regexp.MustCompile(`^(?i:đề nghị|de nghi|đối với|doi voi)\s+`)
	tkVerb       = regexp.MustCompile(`(^|[\s,;])(chu tri|lanh dao, chi\s+dao|ph\S{0,2}i h\S{0,2}p|can c\S{1,2}|tham m\S{1,3}|co trach nhiem|chiu trach nhiem|to ch\S{1,3}\s|trien khai|thuc hien|theo doi|huong dan|bo tri|chu dong|xay dung|la co quan|tang cuong|kip thoi|hoan thanh|hoan thien|theo chuc nang|ra soat|tap trung|khan truong|khac phuc|giai quyet|cong bo|nang cap|tong hop|de xuat|ban hanh|day manh|nang cao|cap nhat|dam bao|bao dam|don doc|chi dao|kiem tra|truc tiep|tiep tuc|thuong xuyen|cu ngay|chan chinh|giam sat|tien hanh|tren co so)\b`)
	tkCountState = regexp.MustCompile(`(\d+)\s+noi dung(?:\s+chinh)?\s+va\s+(\d+)\s+nhiem vu`)
	tkTaskState  = regexp.MustCompile(`(?:gom|co|tong so|tong cong)\s+(\d+)\s+nhiem vu`)
)

// extractTasks returns the plan's tasks, in the order of the document, and
// the findings about them: an annex referenced but not in the file
// (missing_annex), an annex whose table could not be read
// (annex_unreadable), counts that disagree with the document's own
// statement of them (count_mismatch), annex rows without a lead agency
// (task_without_lead) or a deadline (task_without_deadline), and rows
// printed twice (duplicate_task). lines[i] is line i+1 of the input;
// year is the plan year (0 when unknown), used to date deadlines such as
// "Quý I" or "Thường xuyên". A gazette's page furniture is read as page
// breaks (withoutRunningHeaders), as Parse reads it.
func extractTasks(lines []string, year int) ([]dataset.Task, []dataset.Finding) {
	lines = withoutRunningHeaders(lines)
	if tkHasCR(lines) {
		clean := make([]string, len(lines))
		for i, l := range lines {
			clean[i] = strings.TrimRight(l, "\r")
		}
		lines = clean
	}
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = tkFold(strings.Trim(l, tkTrim))
	}
	return extractTasksFolded(lines, folded, func() int { return year })
}

// spaceItemNumbers puts a space after an item's number written against
// its first word ("1.Sở Công Thương chủ trì …" → "1. Sở Công Thương
// chủ trì …"), as the item readers expect it; the slices are copied only
// when a line changes.
func spaceItemNumbers(lines, folded []string) ([]string, []string) {
	copied := false
	for i, l := range lines {
		at := itemNumberAgainstWord(l)
		fat := afterItemNumber(folded[i])
		if at == 0 || fat == 0 {
			continue
		}
		if !copied {
			lines, folded = append([]string(nil), lines...), append([]string(nil), folded...)
			copied = true
		}
		lines[i] = l[:at] + " " + l[at:]
		folded[i] = folded[i][:fat] + " " + folded[i][fat:]
	}
	return lines, folded
}

// itemNumberAgainstWord returns where the first word starts in a line
// that opens, after any bold or heading marks, with an item's number
// written right against a capital letter ("1.Sở", "2)Ủy ban"); 0 for
// any other line ("1.000", "1.a", "1. Sở").
func itemNumberAgainstWord(l string) int {
	k := 0
	for k < len(l) && strings.IndexByte(tkTrim, l[k]) >= 0 {
		k++
	}
	at := afterItemNumber(l[k:])
	if at == 0 {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(l[k+at:]); !unicode.IsUpper(r) {
		return 0
	}
	return k + at
}

// afterItemNumber returns the end of the one- or two-digit number and its
// dot or bracket that open s ("12." → 3); 0 when s does not open so.
func afterItemNumber(s string) int {
	k := 0
	for k < len(s) && k < 3 && isDigit(s[k]) {
		k++
	}
	if k == 0 || k > 2 || k >= len(s) || s[k] != '.' && s[k] != ')' {
		return 0
	}
	return k + 1
}

// tkTrim are the marks trimmed from a line before it is folded for the
// task extractor: bold, italics and heading marks of converted text.
const tkTrim = "*_# \t"

// extractTasksFolded is extractTasks with the lines already folded:
// folded[i] is tkFold(strings.Trim(lines[i], tkTrim)), lines without a
// carriage return at the end. It asks for the year once it has read the
// tables, so that the caller may work it out meanwhile.
func extractTasksFolded(lines, folded []string, year func() int) ([]dataset.Task, []dataset.Finding) {
	var findings []dataset.Finding

	lines, folded = spaceItemNumbers(lines, folded)
	lines, folded = flattenGridTables(lines, folded)
	lines, folded = flattenPipeStreams(lines, folded)
	lines, folded = flattenPipeTables(lines, folded)
	lines, folded = flattenBareTables(lines, folded)
	rows := parsePipeTables(parseTabTables(lines, folded), lines)
	rows = append(rows, headerlessRows(lines, rows)...)
	sort.SliceStable(rows, func(a, b int) bool { return rows[a].line < rows[b].line })
	tasks := make([]dataset.Task, 0, len(rows))
	memo := newTaskMemo(year())
	for _, r := range rows {
		tasks = append(tasks, r.task(memo))
	}
	tasks = withoutGroupRows(tasks)
	findings = append(findings, continuedRowFindings(rows)...)
	findings = append(findings, inheritedRowFindings(rows)...)
	tasks, dups := dedupeTasks(tasks)
	if len(dups) > 0 {
		findings = append(findings, finding(dataset.Finding{
			Kind:  "duplicate_task",
			Text:  i18n.Msgf("%d annex row(s) repeat an earlier row word for word and were counted once", len(dups)),
			Lines: dups,
		}))
	}

	annexLine := 0
	var refs []int
	for i, f := range folded {
		if annexLine == 0 && taskAnnexAt(folded, i) {
			annexLine = i + 1
		}
		if strings.Contains(f, "phu luc") && !tkAnnexHead.MatchString(f) && tkAnnexRef.MatchString(f) {
			if annexLine == 0 || i+1 < annexLine {
				refs = append(refs, i+1)
			}
		}
	}

	if len(tasks) == 0 {
		tasks = extractDuties(lines, folded, memo)
		if len(tasks) == 0 {
			tasks = agencyDuties(lines, folded, memo)
		}
		instead := i18n.Msgf("no duties section (tổ chức thực hiện) was found either")
		if len(tasks) > 0 {
			instead = i18n.Msgf("the %d tasks were read from the duties section (tổ chức thực hiện) instead", len(tasks))
		}
		switch {
		case annexLine > 0:
			findings = append(findings, finding(dataset.Finding{
				Kind:  "annex_unreadable",
				Text:  i18n.Msgf("an annex starts at line %d but no task table could be read from it; %s", annexLine, instead),
				Lines: []int{annexLine},
			}))
		case len(refs) > 0:
			findings = append(findings, finding(dataset.Finding{
				Kind:  "missing_annex",
				Text:  i18n.Msgf("the plan refers to an annex (phụ lục) of tasks that is not in the document; %s", instead),
				Lines: refs,
			}))
		}
	} else {
		findings = append(findings, taskCountFindings(tasks, folded, firstTaskLine(tasks))...)
		var noLead, noDeadline []int
		for _, t := range tasks {
			if len(t.Lead) == 0 {
				noLead = append(noLead, t.Source.Line)
			}
			if t.Deadline.Text == "" {
				noDeadline = append(noDeadline, t.Source.Line)
			}
		}
		if len(noLead) > 0 {
			findings = append(findings, finding(dataset.Finding{
				Kind:  "task_without_lead",
				Text:  i18n.Msgf("%d annex row(s) name no lead agency (cơ quan chủ trì)", len(noLead)),
				Lines: noLead,
			}))
		}
		if len(noDeadline) > 0 {
			findings = append(findings, finding(dataset.Finding{
				Kind:  "task_without_deadline",
				Text:  i18n.Msgf("%d annex row(s) give no time for completion (thời gian)", len(noDeadline)),
				Lines: noDeadline,
			}))
		}
	}
	return tasks, findings
}

// withoutGroupRows returns the tasks without the rows that only head a
// group of the rows below them ("1 | Công tác chỉ đạo, điều hành" with
// empty cells over "1.1", "1.2"): such a row, numbered with a whole
// number and naming nothing but its title, is the section of the rows
// numbered under it.
func withoutGroupRows(tasks []dataset.Task) []dataset.Task {
	out := tasks[:0]
	for k, t := range tasks {
		if k+1 < len(tasks) && headsGroup(t, tasks[k+1]) {
			group := t.Code + ". " + t.Task
			if t.Section != "" {
				group = t.Section + " / " + group
			}
			for j := k + 1; j < len(tasks) && (tasks[j].Code == "" || strings.HasPrefix(tasks[j].Code, t.Code+".")); j++ {
				tasks[j].Section = group // a row without a number goes on in the group
			}
			continue
		}
		out = append(out, t)
	}
	return out
}

// headsGroup reports whether task t, the row above next, only heads the
// rows numbered under it: a whole number, a title, and no other cell.
func headsGroup(t, next dataset.Task) bool {
	if t.Code == "" || strings.TrimLeft(t.Code, "0123456789") != "" || !strings.HasPrefix(next.Code, t.Code+".") || t.Task == "" {
		return false
	}
	return len(t.Lead) == 0 && len(t.Partners) == 0 && t.Deadline.Text == "" && t.Product == "" &&
		t.Budget.Text == "" && t.Activity == ""
}

// taskAnnexAt reports whether folded line i heads an annex of tasks: a
// "PHỤ LỤC" heading (tkAnnexHead) whose title names no targets.
func taskAnnexAt(folded []string, i int) bool {
	return tkAnnexHead.MatchString(folded[i]) && !targetsAnnexAt(folded, i)
}

// targetsAnnexAt reports whether the annex whose heading is folded line i
// is an annex of targets alone ("PHỤ LỤC" / "CHỈ TIÊU CẢI CÁCH HÀNH CHÍNH
// NĂM 2026", "MỤC TIÊU TĂNG TRƯỞNG …"), which holds no tasks: its title
// names targets (targetsTitle) and no tasks before them ("NHIỆM VỤ VÀ
// CHỈ TIÊU …" holds both).
func targetsAnnexAt(folded []string, i int) bool {
	title := titleBeforeKemTheo(strings.Join(folded[i:min(len(folded), i+annexTitleLines+1)], " "))
	if t := strings.Index(title, "nhiem vu"); t >= 0 && !strings.Contains(title[:t], "chi tieu") {
		return false
	}
	return targetsTitle(title)
}

// continuedRowFindings says which annex rows without a number of their
// own were read as the continuation of the task above them (a merged
// cell, a row broken across a page), so that a user can check the join.
func continuedRowFindings(rows []annexRow) []dataset.Finding {
	var fs []dataset.Finding
	for _, r := range rows {
		if len(r.continued) == 0 {
			continue
		}
		msg := i18n.Msgf("line(s) %s have no number of their own and continue the task of line %d: their cells are joined to it",
			joinInts(r.continued), r.line)
		if c := strings.TrimSuffix(strings.TrimSpace(r.cells[colCode]), "."); c != "" {
			msg = i18n.Msgf("line(s) %s have no number of their own and continue task %s of line %d: their cells are joined to it",
				joinInts(r.continued), c, r.line)
		}
		fs = append(fs, finding(dataset.Finding{Kind: "continued_row", Text: msg,
			Lines: append([]int{r.line}, r.continued...)}))
	}
	return fs
}

// tkHasCR reports whether a line ends in a carriage return (CRLF input
// split on LF).
func tkHasCR(lines []string) bool {
	for _, l := range lines {
		if strings.HasSuffix(l, "\r") {
			return true
		}
	}
	return false
}

// firstTaskLine is the line of the first task, 0 when none.
func firstTaskLine(tasks []dataset.Task) int {
	if len(tasks) == 0 {
		return 0
	}
	return tasks[0].Source.Line
}

// task turns an annex row into a Task.
func (r annexRow) task(memo *taskMemo) dataset.Task {
	t := dataset.Task{
		Section:   r.section,
		Objective: memo.clean(r.cells[colObjective]),
		Task:      memo.clean(r.cells[colTask]),
		Activity:  cellClean(r.cells[colActivity]),
		Product:   cellProducts(r.cells[colProduct]),
		Lead:      memo.agencies(r.cells[colLead]),
		Partners:  memo.agencies(r.cells[colPartners]),
		Deadline:  memo.deadline(cellClean(r.cells[colDeadline])),
		Source:    dataset.Source{Line: r.line, Text: strings.Join(r.raw, "\n")},
	}
	if r.inherits > 0 && len(t.Partners) > 0 {
		// A row that took the partners of the row above does not partner
		// with its own lead.
		t.Partners = slices.DeleteFunc(slices.Clone(t.Partners), func(p string) bool { return slices.Contains(t.Lead, p) })
	}
	t.Code = strings.TrimSuffix(cellClean(r.cells[colCode]), ".")
	if annexItemKey.MatchString(t.Code) {
		t.Code = strings.TrimRight(t.Code, ".)-+•") // "a)" → "a"; a dash numbers nothing
	}
	if t.Code == "" {
		for _, s := range []string{t.Activity, t.Task, t.Objective} {
			if m := annexLead.FindString(s); m != "" {
				t.Code = m
				break
			}
		}
	}
	switch {
	case r.cells[colBudget] != "":
		t.Budget = ParseBudget(r.cells[colBudget], r.budgetUnit)
	case r.cells[colNote] != "" && strings.Contains(tkFold(r.cells[colNote]), "kinh phi"):
		// A remarks column that says where the money comes from.
		t.Budget = ParseBudget(r.cells[colNote], "")
	}
	return t
}

// taskMemo remembers the agency lists and deadlines already read in one
// document: annex cells repeat ("Sở Nội vụ", "Năm 2025") row after row.
type taskMemo struct {
	year      int
	concludes bool // the text records a leader's conclusions (concludesMeeting): its "đề nghị" are tasks
	agencyMap map[string][]string
	nameMap   map[string]string
	dlMap     map[string]dataset.Deadline
	cleanMap  map[string]string
}

func newTaskMemo(year int) *taskMemo {
	return &taskMemo{year: year, agencyMap: map[string][]string{}, nameMap: map[string]string{},
		dlMap: map[string]dataset.Deadline{}, cleanMap: map[string]string{}}
}

// clean returns cellClean(cell): the objective and task cells of an annex
// are repeated on every row of the activities under them.
func (m *taskMemo) clean(cell string) string {
	c, ok := m.cleanMap[cell]
	if !ok {
		c = cellClean(cell)
		m.cleanMap[cell] = c
	}
	return c
}

// agencies returns SplitAgencies(cell) as a list of its own (never nil),
// so that tasks do not share a backing array.
func (m *taskMemo) agencies(cell string) []string {
	l, ok := m.agencyMap[cell]
	if !ok {
		l = splitAgencies(cell, m.agency)
		m.agencyMap[cell] = l
	}
	return append(make([]string, 0, len(l)), l...)
}

// agency returns NormaliseAgency(name): cells that differ name the same
// agencies ("Sở Nội vụ", "Sở Tư pháp") again and again.
func (m *taskMemo) agency(name string) string {
	n, ok := m.nameMap[name]
	if !ok {
		n = NormaliseAgency(name)
		m.nameMap[name] = n
	}
	return n
}

// deadline returns ParseDeadline(text, year).
func (m *taskMemo) deadline(text string) dataset.Deadline {
	d, ok := m.dlMap[text]
	if !ok {
		d = ParseDeadline(text, m.year)
		m.dlMap[text] = d
	}
	return d
}

// nonNil returns s, or an empty list for nil, so lists encode as [].
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// blankRepeats returns lines with the lines of the repeated blocks
// (skip) blanked, except in blocks that are rows of a table printed with
// pipes: sibling rows there share whole runs of cells ("Sở Nội vụ",
// "Các sở, ngành", "Quý II/2026", a long product), which blanking would
// cut out of their rows; the task reader reads such blocks and drops only
// the rows that repeat whole (dedupeTasks).
func blankRepeats(lines []string, skip []bool, dups []dupBlock) []string {
	out := append([]string(nil), lines...)
	for _, d := range dups {
		if pipedBlock(lines[d.first : d.last+1]) {
			continue
		}
		for i := d.first; i <= d.last; i++ {
			if skip[i] {
				out[i] = ""
			}
		}
	}
	return out
}

// pipedBlock reports whether a block of lines holds table pipes.
func pipedBlock(lines []string) bool {
	for _, l := range lines {
		if strings.Contains(l, "|") {
			return true
		}
	}
	return false
}

// dedupeTasks drops rows that repeat an earlier row word for word under
// the same section and objective (a page printed twice) and returns the
// lines dropped. A page printed twice repeats its rows in a run: a lone
// repeated row between rows that do not repeat is a sibling that happens
// to read the same (a dashed "Báo cáo kết quả" row under two tasks) and
// is kept, as are rows that differ in any character, such as a second
// product row under the same activity.
func dedupeTasks(tasks []dataset.Task) ([]dataset.Task, []int) {
	if len(tasks) == 0 {
		return nil, nil
	}
	type key struct{ section, objective, code, text string }
	seen := make(map[key]bool, len(tasks))
	repeat := make([]bool, len(tasks))
	for i, t := range tasks {
		k := key{t.Section, t.Objective, t.Code, t.Source.Text}
		repeat[i] = seen[k]
		seen[k] = true
	}
	out := make([]dataset.Task, 0, len(tasks))
	var dups []int
	for i, t := range tasks {
		inRun := i > 0 && repeat[i-1] || i+1 < len(tasks) && repeat[i+1]
		if repeat[i] && (inRun || len(tasks) == 2) {
			dups = append(dups, t.Source.Line)
			continue
		}
		out = append(out, t)
	}
	return out, dups
}

// taskCountFindings compares the annex with the document's own statement of
// its size ("Danh sách này có 03 nội dung chính và 15 nhiệm vụ cụ thể")
// and reports a count_mismatch when they differ. Statements before the
// annex (about other documents) are not read.
func taskCountFindings(tasks []dataset.Task, folded []string, from int) []dataset.Finding {
	var out []dataset.Finding
	contents := map[string]bool{}
	for _, t := range tasks {
		if t.Objective != "" {
			contents[t.Objective] = true
		}
	}
	for i := max(from-1, 0); i < len(folded); i++ {
		f := folded[i]
		if !countBefore(f, "nhiem vu") {
			continue // what neither statement can match, without the regexps
		}
		if m := tkCountState.FindStringSubmatch(f); m != nil {
			nc, _ := strconv.Atoi(m[1])
			nt, _ := strconv.Atoi(m[2])
			if nc != len(contents) {
				out = append(out, finding(dataset.Finding{
					Kind:  "count_mismatch",
					Text:  i18n.Msgf("the document states %d main contents, the annex has %d", nc, len(contents)),
					Lines: []int{i + 1},
				}))
			}
			if nt != len(tasks) {
				out = append(out, finding(dataset.Finding{
					Kind:  "count_mismatch",
					Text:  i18n.Msgf("the document states %d tasks, the annex has %d", nt, len(tasks)),
					Lines: []int{i + 1},
				}))
			}
			continue
		}
		if m := tkTaskState.FindStringSubmatch(f); m != nil {
			nt, _ := strconv.Atoi(m[1])
			if nt != len(tasks) {
				out = append(out, finding(dataset.Finding{
					Kind:  "count_mismatch",
					Text:  i18n.Msgf("the document states %d tasks, the annex has %d", nt, len(tasks)),
					Lines: []int{i + 1},
				}))
			}
		}
	}
	return out
}

// countBefore reports whether some occurrence of noun in the folded text
// f follows a number and one space ("15 nhiem vu"), as a statement of a
// count must.
func countBefore(f, noun string) bool {
	for from := 0; ; {
		i := strings.Index(f[from:], noun)
		if i < 0 {
			return false
		}
		j := from + i
		if j >= 2 && f[j-1] == ' ' && isDigit(f[j-2]) {
			return true
		}
		from = j + 1
	}
}

// duty is one duty being read: where it starts and its lines.
type duty struct {
	line  int
	code  string
	lines []string // the text, markers removed
	raw   []string // the lines as written
	named bool     // a bracketed duty, or a lettered one listing ministries, that names its own agencies
	lead  string   // the bodies of the lettered sub-heading the duty stands under ("a) Sở Nội vụ"), if any
	// heading says the duty goes on from the item's heading broken over
	// lines ("1. Các đồng chí Bộ trưởng," / "Thủ trưởng cơ quan ngang Bộ
	// … đề cao trách nhiệm …"), as a duty on the heading's line does.
	heading bool
	more    []int // the lines lines[1:] stand on
}

// lineAt returns the line of the text at rune offset at of the duty's
// lines joined by spaces.
func (d duty) lineAt(at int) int {
	for k, l := range d.lines {
		at -= utf8.RuneCountInString(l) + len(" ")
		if at < 0 || k == len(d.more) {
			if k == 0 {
				return d.line
			}
			return d.more[k-1]
		}
	}
	return d.line
}

// tkSubParen matches a duty numbered in brackets under a lettered one
// ("(1) Bộ Tài chính giải quyết …").
var tkSubParen = regexp.MustCompile(`^\((\d{1,2})\)\s*(\S.*)$`)

// tkHeadOfBody matches the title of the head of a department or office
// before its body's name ("Giám đốc Sở Y tế", "Chánh Văn phòng UBND
// tỉnh", "Chánh Thanh tra tỉnh"). A minister ("Bộ trưởng Bộ Công
// Thương") is not matched: a directive asks the ministers themselves, and
// the lead names them as the text does.
var tkHeadOfBody = regexp.MustCompile(`^(?:(?:Giám đốc|Thủ trưởng)\s+((?:Bộ|Sở)\s+\p{Lu})|Chánh\s+((?:Văn phòng|Thanh tra)\s+\p{L}))`)

// headOfBody names the body a lead of one head names ("Giám đốc Sở Y tế"
// → "Sở Y tế"); other leads, a minister among them, are kept.
func headOfBody(lead string) string {
	if !strings.Contains(lead, ",") && !strings.Contains(lead, ";") {
		if m := tkHeadOfBody.FindStringSubmatchIndex(lead); m != nil {
			if m[2] < 0 {
				return lead[m[4]:]
			}
			return lead[m[2]:]
		}
	}
	return lead
}

// namedLead reads the agencies a duty opens with and acts ("Bộ Tài chính
// giải quyết …" → "Bộ Tài chính"; "Các Bộ: Tài chính, Y tế, Tư pháp khẩn
// trương …" → "Bộ Tài chính; Bộ Y tế; Bộ Tư pháp"); ok is false when it
// opens with none.
func namedLead(s string) (lead string, ok bool) {
	if m := tkBodiesList.FindStringSubmatch(s); m != nil {
		names, _ := dutyLead(m[2])
		if l2, t2 := dutyLead(names); l2 != "" && t2 != "" {
			names = l2 // "… Nội vụ khẩn trương …, cụ thể:"
		}
		var out []string
		for _, n := range strings.Split(names, ",") {
			n = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(n), "và "))
			if n == "" || runesOver(n, 40) {
				return "", false
			}
			out = append(out, m[1]+" "+n)
		}
		return strings.Join(out, "; "), len(out) > 0
	}
	l, text := dutyLead(s)
	if l2, t2 := dutyLead(l); l2 != "" && t2 != "" {
		l, text = l2, t2 // "Bộ Tài chính giải quyết 03 vấn đề: (i) …"
	}
	if l == "" || text == "" || runesOver(l, 120) || !agStartsHead(agUpperFirst(l)) || strings.HasPrefix(l, "Các ") {
		return "", false
	}
	return headOfBody(l), true
}

// tkBodiesList matches the ministries or departments a duty names after
// their common word ("Các Bộ: Tài chính, Y tế, …").
var tkBodiesList = regexp.MustCompile(`^Các (Bộ|Sở):\s*(\p{Lu}.*)$`)

// extractDuties reads the "TỔ CHỨC THỰC HIỆN" section: numbered items, one
// per agency (or group of agencies), each holding one duty or several
// ("a)", "b)", "- ", "2.1"). Every duty becomes a task whose lead is the
// item's agency and whose Source.Text is the item heading followed by the
// duty as written. memo holds the plan year and the agency names read.
func extractDuties(lines, folded []string, memo *taskMemo) []dataset.Task {
	start := -1
	var shares []int // the sections that share out duties before it
	for i, f := range folded {
		switch {
		case tkDutyHead.MatchString(f):
			start = i
		case tkShareHead.MatchString(f):
			shares = append(shares, i)
		}
	}
	var tasks []dataset.Task
	for _, s := range shares {
		if start < 0 || s < start {
			tasks = append(tasks, readDutySection(lines, folded, s, memo)...)
		}
	}
	if start >= 0 {
		tasks = append(tasks, readDutySection(lines, folded, start, memo)...)
	}
	return tasks
}

// boldBrokenItem joins a numbered item in bold or italics that is broken
// over lines ("**2. Ban Quản lý Khu kinh tế" / "Đông Nam**", "*2.1. Sở" /
// "Tài chính:*"): it returns the line that closes the emphasis, at most
// two lines on, and the lines joined; i and "" when line i is not such an
// item.
func boldBrokenItem(lines []string, i int) (int, string) {
	t := strings.TrimSpace(lines[i])
	mark := "*"
	if strings.HasPrefix(t, "**") {
		mark = "**"
	}
	inner := strings.TrimSpace(strings.TrimPrefix(t, mark))
	if !strings.HasPrefix(t, mark) || strings.Contains(inner, mark) || !tkItem.MatchString(inner) && !tkSubNum.MatchString(inner) {
		return i, ""
	}
	parts := []string{t}
	for j := i + 1; j < len(lines) && j <= i+2; j++ {
		next := strings.TrimSpace(lines[j])
		if next == "" || startsItem(next) {
			return i, ""
		}
		parts = append(parts, next)
		if strings.Contains(next, mark) {
			return j, strings.Join(parts, " ")
		}
	}
	return i, ""
}

// bodyHeadingAt reports whether a line is a sub-numbered heading that
// names only bodies ("2.1. Sở Tài chính:").
func bodyHeadingAt(line string) bool {
	m := tkSubNum.FindStringSubmatch(line)
	return m != nil && headingBodiesOf(m[3]) != ""
}

// headingBodiesOf returns the bodies the text of a sub-numbered heading
// names when it names nothing else, a role after a dash left out ("Sở
// Tài chính - Cơ quan thường trực Ban Chỉ đạo"); "" otherwise. The duties
// reader and the prose reader (headingBodies) both read headings so.
func headingBodiesOf(text string) string {
	name, _, _ := strings.Cut(text, " - ")
	return onlyBodies(name)
}

// withoutMarks returns a line of a duties section without its bold marks
// and, when it opens in italics ("*2.1. Sở Tài chính:*"), without its
// italic marks; italics inside a line ("(*lồng ghép …*)") are kept.
func withoutMarks(line string) string {
	plain := strings.TrimSpace(strings.ReplaceAll(line, "**", ""))
	if strings.HasPrefix(plain, "*") {
		plain = withoutEmphasis(plain)
	}
	return plain
}

// brokenBodyHeading joins a sub-numbered heading that names a body and
// is broken inside the name ("2.1. Sở" / "Tài chính:"): it returns the
// next line, which closes the heading with a colon, and the two joined;
// i and "" when line i is not such a heading.
func brokenBodyHeading(lines []string, i int) (int, string) {
	t := strings.TrimSpace(lines[i])
	m := tkSubNum.FindStringSubmatch(t)
	if m == nil || strings.HasSuffix(t, ":") || runesOver(t, 60) || i+1 >= len(lines) {
		return i, ""
	}
	next := strings.TrimSpace(lines[i+1])
	if !strings.HasSuffix(next, ":") || runesOver(next, 60) || startsItem(next) || onlyBodies(m[3]+" "+next) == "" {
		return i, ""
	}
	return i + 1, t + " " + next
}

// tkShareHead matches the Roman-numbered heading of a section that shares
// out the plan's duties among agencies before the section on carrying it
// out: "III. PHÂN CÔNG NHIỆM VỤ", "IV. PHÂN CÔNG TRÁCH NHIỆM", "III.
// TRÁCH NHIỆM THỰC HIỆN".
var tkShareHead = regexp.MustCompile(`^[ivxl]{1,5}\s*[.)]\s*(?:phan cong (?:nhiem vu|trach nhiem|thuc hien)|trach nhiem thuc hien)\s*$`)

// readDutySection reads the duties of the section whose heading is line
// start, up to the next Roman-numbered heading or the end of the duties.
// A heading or an item in bold or italics ("**1. Công an tỉnh**",
// "**1.** Căn cứ …", "*2.1. Sở Tài chính:*") is read without its marks.
func readDutySection(lines, folded []string, start int, memo *taskMemo) []dataset.Task {
	dr := dutyReader{memo: memo, section: cellClean(strings.Trim(lines[start], tkTrim))}
	for i := start + 1; i < len(lines); i++ {
		raw := strings.TrimSpace(lines[i])
		if raw == "" {
			continue
		}
		if tkRomanHead.MatchString(raw) || tkDutyEnd.MatchString(folded[i]) || endsDutyList(folded[i]) {
			break
		}
		if j, joined := boldBrokenItem(lines, i); j > i {
			i, raw = j, joined // "**2. Ban Quản lý Khu kinh tế" / "Đông Nam**"
		} else if j, joined := brokenBodyHeading(lines, i); j > i {
			i, raw = j, joined // "2.1. Sở" / "Tài chính:"
		}
		if plain := withoutMarks(raw); plain != raw {
			if tkRomanHead.MatchString(plain) {
				break
			}
			if _, _, sub := subDutyAt(plain); tkItem.MatchString(plain) || bodyHeadingAt(plain) || sub {
				raw = plain // "**1. Công an tỉnh**", "**a) Tổ đảng ở …**", "*2.1. Sở Tài chính:*"
			}
		}
		dr.line(i, raw)
	}
	dr.flush()
	return dr.tasks
}

// dutyReader is the state of reading a duties section: the tasks read,
// and the numbered item being read with its lead agencies and duties.
type dutyReader struct {
	memo        *taskMemo
	section     string
	tasks       []dataset.Task
	itemNo      string
	itemLine    int
	itemHeading string
	lead        string
	duties      []duty
	subLead     string // the bodies of the lettered or numbered sub-heading being read ("a) Tổ đảng ở …"), if any
	subOpen     bool   // the line read last is the sub-heading naming subLead
	subHeading  subHeading
}

// subHeading is a lettered or numbered line under an item that names
// only bodies: its line, marker, text after the marker and raw line.
type subHeading struct {
	line            int
	code, text, raw string
}

// subDutyAt reads a duty marked under an item by a letter ("a) …") or by
// a small Roman numeral in brackets ("(i) …", "(ii) …"): its marker and
// text; ok is false for any other line.
func subDutyAt(raw string) (code, text string, ok bool) {
	if m := tkSubLetter.FindStringSubmatch(raw); m != nil {
		return m[1], m[2], true
	}
	if m := tkSubRoman.FindStringSubmatch(raw); m != nil {
		return m[1], m[2], true
	}
	return "", "", false
}

// line reads line i (raw, trimmed) of the section: an item heading
// naming its agencies, a lettered, numbered or dashed duty of the item,
// or the continuation of the duty above.
func (dr *dutyReader) line(i int, raw string) {
	underSubHeading := dr.subOpen
	dr.subOpen = false
	if m := tkItem.FindStringSubmatch(raw); m != nil && !tkSubNum.MatchString(raw) {
		dr.flush()
		dr.itemNo, dr.itemLine, dr.itemHeading = m[1], i+1, raw
		l, text := dutyLead(m[2])
		if bm := tkBodiesList.FindStringSubmatch(m[2]); bm != nil {
			// "5. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo …"
			if names, ok := namedLead(m[2]); ok {
				_, text = dutyLead(bm[2])
				l = names
			}
		}
		dr.lead = l
		if text != "" {
			dr.duties = append(dr.duties, duty{line: i + 1, lines: []string{text}, raw: []string{raw}})
		}
		return
	}
	if dr.itemNo == "" {
		return
	}
	if underSubHeading && opensLower(raw) {
		// "b) Ủy ban nhân dân các địa phương có nông sản xuất" / "khẩu qua
		// biên giới thường xuyên cập nhật …": the heading goes on with the
		// body's name and its duty.
		sub := dr.subHeading
		if l, text := dutyLead(sub.text + " " + raw); l != "" && text != "" {
			dr.subLead = ""
			dr.duties = append(dr.duties, duty{line: sub.line, code: sub.code, lines: []string{text}, raw: []string{sub.raw, raw}, lead: l})
			return
		}
	}
	if len(dr.duties) == 0 && hasAnySuffix(tkFold(dr.lead), []string{"va", "cua"}) && !startsItem(raw) {
		// "1. Giao Sở Khoa học và" / "Công nghệ triển khai …": the body's
		// name goes on at the next line, and so may its duty.
		l, text := dutyLead(dr.lead + " " + raw)
		dr.lead, dr.itemHeading = l, dr.itemHeading+" "+raw
		if text != "" {
			dr.duties = append(dr.duties, duty{line: i + 1, lines: []string{text}, raw: []string{raw}})
		}
		return
	}
	if len(dr.duties) == 0 && dr.lead != "" && !endsSentence(dr.itemHeading) && !startsItem(raw) {
		// A heading broken inside its bodies' names: the next line
		// completes them up to their verb ("3. Bộ Tư lệnh" / "Thành phố
		// chủ trì, phối hợp …"; not "Nghiên cứu, ban hành …", a duty of
		// its own), or goes on with the list of bodies ("1. Bộ trưởng,
		// Thủ trưởng các cơ quan ngang Bộ," / "cơ quan thuộc Chính phủ,
		// Chủ tịch Ủy ban nhân dân …"), its verb on a line below.
		plain := withoutEmphasis(raw)
		l, text := dutyLead(plain)
		if l != "" && text != "" && strings.HasPrefix(plain, l+" ") {
			dr.lead, dr.itemHeading = dr.lead+bodiesJoint(dr.itemHeading)+l, dr.itemHeading+" "+raw
			dr.duties = append(dr.duties, duty{line: i + 1, lines: []string{text}, raw: []string{raw}, heading: true})
			return
		}
		if l == plain && text == "" && bodiesRunOn(dr.lead, plain) {
			dr.lead, dr.itemHeading = dr.lead+bodiesJoint(dr.itemHeading)+l, dr.itemHeading+" "+raw
			return
		}
	}
	if len(dr.duties) == 0 && dr.lead != "" && headingRunsOn(raw) {
		// "1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ" / "Hà
		// Tĩnh đến Khánh Hòa:": the heading goes on to its colon; after
		// one ("…, trong đó trọng tâm là các tỉnh:" / "Đắk Lắk, Khánh
		// Hòa:"), the places it singles out.
		if !strings.HasSuffix(strings.TrimSpace(dr.itemHeading), ":") {
			dr.lead = strings.TrimSpace(dr.lead + " " + strings.TrimSuffix(strings.TrimSpace(raw), ":"))
		}
		dr.itemHeading += " " + raw
		return
	}
	if code, text, ok := subDutyAt(raw); ok {
		if bodies := onlyBodies(text); bodies != "" {
			dr.subLead, dr.subOpen = bodies, true // "a) Tổ đảng ở Thường trực Ủy ban …" over dashed duties: who carries them out
			dr.subHeading = subHeading{line: i + 1, code: code, text: text, raw: raw}
			return
		}
		dr.subLead = ""
		dr.duties = append(dr.duties, duty{line: i + 1, code: code, lines: []string{text}, raw: []string{raw}, named: tkBodiesList.MatchString(text)})
		return
	}
	if m := tkSubParen.FindStringSubmatch(raw); m != nil && len(dr.duties) > 0 {
		if _, ok := namedLead(m[2]); ok {
			dr.duties = append(dr.duties, duty{line: i + 1, code: m[1], lines: []string{m[2]}, raw: []string{raw}, named: true})
			return
		}
	}
	if m := tkSubParen.FindStringSubmatch(raw); m != nil && (introducesDuties(dr.lastText()) || dr.inParenList()) {
		// "5. Bộ trưởng Bộ Tài chính chủ trì:" / "(1) Phối hợp với …": the
		// duties the heading introduces, numbered in brackets.
		dr.duties = append(dr.duties, duty{line: i + 1, code: m[1], lines: []string{m[2]}, raw: []string{raw}})
		return
	}
	if m := tkSubNum.FindStringSubmatch(raw); m != nil && m[1] == dr.itemNo {
		if bodies := headingBodiesOf(m[3]); bodies != "" {
			// "1.1. Sở Tài chính:" under "1. Trách nhiệm của các đơn vị":
			// the body leads the duties below it.
			dr.subLead, dr.subOpen = bodies, true
			dr.subHeading = subHeading{line: i + 1, code: m[2], text: m[3], raw: raw}
			return
		}
		dr.subLead = ""
		dr.duties = append(dr.duties, duty{line: i + 1, code: m[2], lines: []string{m[3]}, raw: []string{raw}})
		return
	}
	if m := tkSubDash.FindStringSubmatch(raw); m != nil {
		// "- Văn phòng BHXH Việt Nam công bố …" under "(2) Đối với các đơn
		// vị thuộc BHXH Việt Nam": a body of the item's that names itself
		// leads its own duty.
		_, named := namedLead(m[1])
		dr.duties = append(dr.duties, duty{line: i + 1, lines: []string{m[1]}, raw: []string{raw}, named: named, lead: dr.subLead})
		return
	}
	// A line without a marker continues the current duty (a paragraph
	// broken by the export), or, after a heading that named only the
	// agency, is the duty itself.
	if underSubHeading {
		dr.duties = append(dr.duties, duty{line: i + 1, lines: []string{raw}, raw: []string{raw}, lead: dr.subLead})
		return
	}
	if len(dr.duties) == 0 {
		dr.duties = append(dr.duties, duty{line: i + 1, lines: []string{raw}, raw: []string{raw}})
		return
	}
	last := &dr.duties[len(dr.duties)-1]
	last.lines = append(last.lines, raw)
	last.more = append(last.more, i+1)
	last.raw = append(last.raw, raw)
}

// flush turns the duties of the item being read into tasks, each led by
// the item's agencies.
func (dr *dutyReader) flush() {
	if dr.itemNo == "" {
		return
	}
	leadList := nonNil(splitAgencies(headOfBody(namedInBrackets(dr.lead)), dr.memo.agency))
	for k, l := range leadList {
		leadList[k] = headOfBody(l) // "Chánh Văn phòng UBND tỉnh; Chủ tịch …": each body
	}
	var itemPartners []string // the partners the item's heading names for all its duties
	for k, d := range dr.duties {
		text := cellClean(strings.Join(d.lines, " "))
		if text == "" {
			continue
		}
		lead := leadList
		if d.lead != "" {
			lead = nonNil(splitAgencies(d.lead, dr.memo.agency))
		}
		if d.named {
			if l, ok := namedLead(text); ok {
				lead = nonNil(splitAgencies(l, dr.memo.agency))
			}
		}
		if k == 0 && (d.line == dr.itemLine || d.heading) && len(dr.duties) > 1 && (strings.HasSuffix(text, ":") || roleOfItem(text, dr.duties[1])) {
			// "1. Sở Nội vụ: chủ trì các nhiệm vụ sau:" introduces a), b);
			// "1.Sở Công Thương chủ trì, phối hợp với các sở, ngành …" says
			// how the agency works on the lettered duties below it.
			itemPartners = rolePartners(text, dr.memo)
			continue
		}
		if closingClause(dr.lead+" "+text) || catchAllDuty(text) || passesOn(text, dr.duties[k+1:]) {
			continue
		}
		text, apart := sentencesApart(text, dr.memo, assignedSentence)
		dr.tasks = append(dr.tasks, dataset.Task{
			Code:     dr.dutyCode(k, d),
			Section:  dr.section,
			Task:     text,
			Lead:     append([]string{}, lead...),
			Partners: nonNil(orPartners(dutyPartners(text, dr.memo), itemPartners)),
			Deadline: dutyDeadline(text, dr.memo.year),
			Source:   dataset.Source{Line: d.line, Text: dr.dutySource(d)},
		})
		for _, t := range apart {
			t.Code, t.Section, t.Source.Text = dr.dutyCode(k, d), dr.section, dr.dutySource(d)
			t.Source.Line = d.lineAt(t.Source.Line)
			dr.tasks = append(dr.tasks, t)
		}
	}
	dr.itemNo, dr.duties, dr.lead, dr.subLead, dr.subOpen = "", nil, "", "", false
}

// sentencesApart splits text at the sentences after its first that
// state a duty of their own as read reads them: "Giao các sở … tham gia
// ý kiến … trước ngày 20/02/2025. Giao Văn phòng UBND tỉnh phối hợp …
// tiếp thu …" (assignedSentence), "Về Thể chế số: Sở Tài chính chủ trì,
// … . Sở Thông tin và Truyền thông chủ trì, …" (ownDuty). It returns the
// text before the first of them and the task each states, with the
// sentences after it up to the next, its Source.Line the rune offset in
// text where it starts; text as it is when none does.
func sentencesApart(text string, memo *taskMemo, read func(string, *taskMemo) (dataset.Task, bool)) (string, []dataset.Task) {
	if !strings.Contains(text, ". ") {
		return text, nil
	}
	rs := []rune(text)
	var starts []int // where the sentences that state a duty start
	for _, sc := range sentencesOf(rs)[1:] {
		if _, ok := read(strings.TrimSpace(string(rs[sc.from:sc.to])), memo); ok {
			starts = append(starts, sc.from)
		}
	}
	if len(starts) == 0 {
		return text, nil
	}
	var out []dataset.Task
	for k, from := range starts {
		to := len(rs)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		t, _ := read(strings.TrimSpace(string(rs[from:to])), memo)
		t.Source.Line = from // the offset, for the caller to turn into a line
		out = append(out, t)
	}
	return strings.TrimSpace(string(rs[:starts[0]])), out
}

// assignedSentence reads a sentence that assigns a duty to the bodies it
// names, with a capital: "Giao Văn phòng UBND tỉnh phối hợp …".
func assignedSentence(sentence string, memo *taskMemo) (dataset.Task, bool) {
	if !strings.HasPrefix(sentence, "Giao ") {
		return dataset.Task{}, false
	}
	t, ok := assignment(sentence, memo, memo.year)
	return t, ok && len(t.Lead) > 0
}

// ownDuty reads a sentence that names the bodies of its duty, as a new
// duty in a paragraph does: one that assigns it (assignedSentence) or
// one that opens with the bodies ("Sở Thông tin và Truyền thông chủ trì,
// …"); not the closing article's bodies ("… chịu trách nhiệm thi hành
// Quyết định này"), nor who answers for the whole ("Chủ tịch UBND cấp
// tỉnh chịu trách nhiệm toàn diện trước …").
func ownDuty(sentence string, memo *taskMemo) (dataset.Task, bool) {
	if t, ok := assignedSentence(sentence, memo); ok {
		return t, true
	}
	rs := []rune(sentence)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) || executesDocument(sentence) {
		return dataset.Task{}, false
	}
	t, ok := agencyDutySentence(sentence, memo, memo.year)
	if !ok || len(t.Lead) == 0 || catchAllDuty(t.Task) || strings.HasPrefix(tkFold(t.Task), "chiu trach nhiem ") {
		return dataset.Task{}, false
	}
	return t, true
}

// lastText returns the text read last in the item: the last line of its
// last duty, else its heading.
func (dr *dutyReader) lastText() string {
	if n := len(dr.duties); n > 0 {
		d := dr.duties[n-1]
		return d.raw[len(d.raw)-1]
	}
	return dr.itemHeading
}

// inParenList reports whether the last duty read is numbered in brackets
// ("(1) …"): the next such number goes on with its list.
func (dr *dutyReader) inParenList() bool {
	n := len(dr.duties)
	return n > 0 && tkSubParen.MatchString(dr.duties[n-1].raw[0])
}

// introducesDuties reports whether a line ends by introducing a list
// ("… chủ trì:", "… tập trung một số nhiệm vụ sau:").
func introducesDuties(line string) bool {
	return strings.HasSuffix(strings.TrimRight(line, " *_"), ":")
}

// bodiesRunOn reports whether a line with no duty verb goes on with the
// bodies a heading names: the heading ends with a comma or a word no
// name ends with ("và", "của", "các", "trực thuộc"), or the line opens
// with a small letter or a body.
func bodiesRunOn(lead, line string) bool {
	if strings.HasSuffix(lead, ",") || hasAnySuffix(tkFold(lead), []string{"va", "cua", "cac", "thuoc", "truc thuoc"}) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(r) || agStartsHead(line)
}

// headingRunsOn reports whether a line without a marker only ends the
// agency heading above it: short, closed by a colon, with no duty verb.
func headingRunsOn(raw string) bool {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(raw), "*_"))
	if !strings.HasSuffix(t, ":") || runesOver(t, 80) || startsItem(t) {
		return false
	}
	lead, text := dutyLead(strings.TrimSuffix(t, ":"))
	return text == "" && lead != ""
}

// onlyBodies returns the bodies a lettered line names when it names
// nothing else ("Tổ đảng ở Thường trực Ủy ban Pháp luật", "Sở Nội vụ:"),
// "" when it states a duty.
func onlyBodies(text string) string {
	t := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.Trim(text, "*_ ")), ":"))
	t = strings.TrimSpace(trimLeadingMatch(tkDeNghi, t)) // "Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam"
	if t == "" || runesOver(t, 120) || strings.ContainsAny(t, ".;:") || !agStartsHead(agUpperFirst(t)) {
		return ""
	}
	if lead, rest := dutyLead(t); lead != t || rest != "" {
		return ""
	}
	return t
}

// passesOn reports whether a duty only passes the duties below it on to
// a body under the agency ("- Chỉ đạo Tổng công ty Cảng hàng không Việt
// Nam:" over "+ Khẩn trương hoàn tất …"): those duties are the tasks, led
// by the agency, and the line that introduces them is none. after are
// the duties that follow it.
func passesOn(text string, after []duty) bool {
	if len(after) == 0 || !strings.HasSuffix(text, ":") || !strings.HasPrefix(tkFold(text), "chi dao ") {
		return false
	}
	next := strings.TrimLeft(after[0].raw[0], " *")
	return strings.HasPrefix(next, "+")
}

// roleOfItem reports whether text, the rest of an item's heading after
// its agency, only says the agency's role in the lettered duties that
// follow it (next): it leads them ("chủ trì"), alone or with partners
// ("chủ trì, phối hợp với các sở, ngành, địa phương, đơn vị liên quan").
func roleOfItem(text string, next duty) bool {
	if next.code == "" || next.named {
		return false
	}
	f := tkFold(text)
	return strings.HasPrefix(f, "chu tri") && !strings.Contains(f, ":") && tkPartnerOnlyRe.MatchString(f)
}

// tkPartnerOnlyRe matches a folded role clause with no duty of its own:
// "chủ trì", then at most a list of partners of one to twelve words each
// between commas and "và".
var tkPartnerOnlyRe = regexp.MustCompile(`^chu tri(?:,? (?:va )?phoi hop(?: voi)?(?: [a-z0-9&]+){1,12}(?:(?:,| va) [a-z0-9&]+(?: [a-z0-9&]+){0,11})*)?[.;]?$`)

// rolePartners returns the partners an item's heading names for all its
// duties: those dutyPartners reads, or else every body after "phối hợp
// với" to the end of the heading ("chủ trì, phối hợp với các sở, ngành,
// địa phương, đơn vị liên quan").
func rolePartners(text string, memo *taskMemo) []string {
	if ps := dutyPartners(text, memo); len(ps) > 0 {
		return ps
	}
	fr := tkFoldRunes(text)
	m := tkPartner.FindStringIndex(fr.s)
	if m == nil {
		return nil
	}
	return splitAgencies(strings.TrimRight(text[fr.orig(m[1]):], " .;:"), memo.agency)
}

// orPartners returns the partners a duty names, or else those of its
// item.
func orPartners(own, item []string) []string {
	if len(own) > 0 {
		return own
	}
	return item
}

// tkClosingRe matches the clauses of a plan's closing section that give
// no duty: who is answerable for carrying the plan out ("… chịu trách
// nhiệm thực hiện Kế hoạch này") and where to report difficulties ("…
// nếu có khó khăn, vướng mắc, … kịp thời phản ánh về …").
var tkClosingRe = regexp.MustCompile(`chiu trach nhiem (?:to chuc )?(?:trien khai )?thuc hien (?:ke hoach|quyet dinh|chi thi) nay\W*$|neu co (?:kho khan|vuong mac|phat sinh)[^.;]*(?:phan anh|bao cao|de xuat|gui)`)

// tkCatchAllRe matches, folded, the duty that closes a body's list with
// whatever else it may be given: "Thực hiện một số nội dung khác … theo sự
// phân công (nếu có)", "Hoàn thành các nhiệm vụ khác được giao".
var tkCatchAllRe = regexp.MustCompile(`^(?:thuc hien|hoan thanh|lam|trien khai)(?: mot so| cac| nhung)? (?:noi dung|nhiem vu|cong viec|viec) khac\b`)

// catchAllDuty reports whether a duty only leaves room for others not
// named (tkCatchAllRe): it names no duty of its own.
func catchAllDuty(text string) bool {
	return tkCatchAllRe.MatchString(tkFold(strings.TrimLeft(text, "-+•* ")))
}

// closingClause reports whether a duty, with its item's lead, is a
// closing clause that gives no duty (tkClosingRe).
func closingClause(text string) bool {
	f := tkFold(text)
	// Each match holds one of the two literals its branches open with.
	return (strings.Contains(f, "chiu trach nhiem ") || strings.Contains(f, "neu co ")) && tkClosingRe.MatchString(f)
}

// namedInBrackets returns the agencies a collective lead names in its
// brackets ("Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu
// kinh tế …)" → "Sở Tài chính, Ban quản lý Khu kinh tế …") when each of
// them is an agency's name; the lead as it is otherwise.
func namedInBrackets(lead string) string {
	open := strings.IndexByte(lead, '(')
	if open <= 0 || !strings.HasSuffix(strings.TrimSpace(lead), ")") || !strings.HasPrefix(lead, "Các ") && !strings.HasPrefix(lead, "các ") {
		return lead
	}
	inner := strings.TrimSuffix(strings.TrimSpace(lead[open+1:]), ")")
	names := strings.Split(inner, ",")
	if len(names) < 2 {
		return lead
	}
	for _, n := range names {
		if n = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(n), "và ")); n == "" || !agStartsHead(n) {
			return lead
		}
	}
	return inner
}

// dutyCode is the number of the k-th duty d of the item: the item's
// number, with the duty's letter or place when the item has several.
func (dr *dutyReader) dutyCode(k int, d duty) string {
	if len(dr.duties) == 1 && d.code == "" {
		return dr.itemNo
	}
	c := d.code
	if c == "" {
		c = strconv.Itoa(k + 1)
	}
	return dr.itemNo + "." + c
}

// dutySource is the source text of duty d: the item's heading and the
// duty's lines.
func (dr *dutyReader) dutySource(d duty) string {
	src := dr.itemHeading
	if d.line != dr.itemLine {
		src += "\n" + strings.Join(d.raw, "\n")
	} else if len(d.raw) > 1 {
		src += "\n" + strings.Join(d.raw[1:], "\n")
	}
	return src
}

// bodiesJoint returns what joins the bodies a heading broken over lines
// names on its next line to those before: the comma the heading's line
// ended with ("1. Các đồng chí Bộ trưởng," / "Thủ trưởng cơ quan ngang Bộ
// …": two bodies), else a space (one name broken).
func bodiesJoint(heading string) string {
	if strings.HasSuffix(strings.TrimSpace(withoutEmphasis(heading)), ",") {
		return ", "
	}
	return " "
}

// tkRolePhraseRe matches, folded, the words after a body's name in a
// heading over its duties that only say its role and its partners: "chủ
// trì, phối hợp với các bộ, cơ quan liên quan", "chủ trì phối hợp các sở
// có liên quan thực hiện các nhiệm vụ sau" (not "chủ trì thực hiện",
// which a lettered duty may open with).
var tkRolePhraseRe = regexp.MustCompile(`^chu tri,? (?:va )?phoi hop(?: voi)? [^:;.]{1,160}?(?: (?:thuc hien|trien khai)(?: (?:cac|mot so) (?:nhiem vu|noi dung)(?: sau)?)?)?$`)

// rolePhrase reports whether the words after a body's name only say its
// role and partners (tkRolePhraseRe).
func rolePhrase(text string) bool {
	return tkRolePhraseRe.MatchString(strings.TrimSpace(strings.Trim(tkFold(text), " ,;")))
}

// dutyLead splits the heading of a duties item into its agencies and the
// duty text that follows them: "Sở Nội vụ:" → ("Sở Nội vụ", ""),
// "Sở Tư pháp: Lồng ghép ..." → ("Sở Tư pháp", "Lồng ghép ..."),
// "Văn phòng Sở tham mưu giúp ..." → ("Văn phòng Sở", "tham mưu giúp ...").
func dutyLead(h string) (lead, text string) {
	h = withoutEmphasis(h) // "**2. Đảng ủy, UBND xã Chi Lăng **khẩn trương chỉ đạo …"
	h = strings.TrimSpace(h)
	if opensWithAny(h, "đĐdD") { // as every match of tkDeNghi
		h = strings.TrimSpace(trimLeadingMatch(tkDeNghi, h))
	}
	if opensWithAny(h, "đĐgGtTnNyY") { // as every match of agIntro
		h = trimLeadingMatch(agIntro, h) // "Giao Sở Nội vụ:"
	}
	if semi, i := fieldAfterSemicolon(h); semi > 0 {
		// "Tổ chức tập huấn …; thời gian: quý II/2026": the colon ends a
		// field's label after the duty, not the agency before its duty.
		l, text := dutyLead(h[:semi])
		if l == "" {
			return "", h
		}
		return l, strings.TrimSpace(text+h[semi:i]) + h[i:]
	}
	if i := strings.Index(h, ":"); i > 0 && i < 300 {
		before, after := strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+1:])
		if hasAnySuffix(tkFold(before), []string{"cac tinh", "cac tinh, thanh pho", "cac thanh pho", "cac dia phuong"}) {
			// "Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và
			// Lâm Đồng tiếp tục …": the places the colon lists belong to
			// the bodies, and their verb follows them.
			head := after
			if k := strings.Index(head, ":"); k >= 0 {
				head = head[:k] // "…, trong đó tập trung một số nhiệm vụ sau:"
			}
			if places, text := dutyLead(head); places != "" && text != "" && strings.HasPrefix(after, places) {
				return withoutFocus(before + " " + places), strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(after, places), ","))
			}
		}
		if l, verb := dutyLead(before); l != "" && verb != "" && (!runesOver(verb, 30) || introPhrase(verb)) && !ptFieldRe.MatchString(tkFold(before)+":") {
			// "5. Bộ trưởng Bộ Tài chính chủ trì:" over its duties: the
			// verb that introduces them is no part of the body's name
			// (a field's label, "Đơn vị chủ trì:", is none).
			return withoutFocus(l), after
		}
		return withoutFocus(before), after
	}
	// The agency ends where its first duty verb starts.
	fr := tkFoldRunes(h)
	for _, m := range tkVerb.FindAllStringSubmatchIndex(fr.s, -1) {
		if m[4] == 0 {
			return "", h // "Chủ trì, phối hợp Sở …": a duty without its agency
		}
		if agFieldVerb(fr.s[:m[4]], fr.s[m[4]:]) {
			continue // "Sở Xây dựng chủ trì": the verb is the agency's field
		}
		if (strings.HasPrefix(fr.s[m[4]:], "chi dao") || strings.HasPrefix(fr.s[m[4]:], "kiem tra")) &&
			hasAnySuffix(strings.TrimSpace(fr.s[:m[4]]), []string{"ban", "doan", "uy ban"}) {
			continue // "Ban Chỉ đạo …", "Ủy ban Kiểm tra …", "Đoàn kiểm tra": a body's name, not its verb
		}
		if strings.HasSuffix(strings.TrimSpace(fr.s[:m[4]]), "cac") {
			continue // "các tổ chức đoàn thể" names agencies
		}
		if unitNamedAfter(fr.s[:m[4]], h[fr.orig(m[4]):]) {
			continue // "Phòng Tổ chức cán bộ", "Trung tâm Phục vụ hành chính công": the unit's name
		}
		if strings.HasPrefix(fr.s[m[4]:], "to chuc ") && hasAnyPrefix(fr.s[m[4]+len("to chuc "):], tkOrgKinds) {
			continue // "Các đoàn thể, tổ chức xã hội": organisations, not the verb
		}
		cut := fr.orig(m[4])
		lead = strings.TrimRight(strings.TrimSpace(h[:cut]), ",; ")
		lead = withoutFocus(lead)
		if verbsOnly(lead) {
			return "", h // "Tuyên truyền, quán triệt, nâng cao nhận thức …": a topic, no agency
		}
		if lead != "" && len(lead) < 300 {
			return lead, strings.TrimSpace(h[cut:])
		}
		break
	}
	if !runesOver(h, 200) {
		return withoutFocus(h), ""
	}
	return "", h
}

// fieldAfterSemicolon returns where the semicolon before a field's label
// ends a duty's text and where the label's colon is ("…; thời gian: quý
// II/2026"), or 0, 0 when the first colon of h ends no such label.
func fieldAfterSemicolon(h string) (semi, colon int) {
	colon = strings.Index(h, ":")
	if colon <= 0 || colon >= 300 {
		return 0, 0
	}
	semi = strings.LastIndex(h[:colon], ";")
	if semi <= 0 || !ptFieldRe.MatchString(tkFold(strings.TrimSpace(h[semi+1:colon+1]))) {
		return 0, 0
	}
	return semi, colon
}

// tkUnitKinds are the folded words a unit's name opens with that the
// unit's own name may follow with a capital on a duty verb's word:
// "Phòng Tổ chức cán bộ", "Ban Tổ chức Tỉnh ủy", "Trung tâm Phục vụ hành
// chính công", "Văn phòng Đăng ký đất đai".
var tkUnitKinds = []string{"phong", "ban", "vu", "cuc", "chi cuc", "trung tam", "van phong", "to", "hoi dong"}

// unitNamedAfter reports whether a duty verb found in a heading opens the
// name of the unit before it: the verb's word is written with a capital
// (rest opens with it) right after a unit's kind (before, folded).
func unitNamedAfter(before, rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) && hasAnySuffix(strings.TrimSpace(before), tkUnitKinds)
}

// tkOrgKinds are the folded words after "tổ chức" that make it a noun,
// organisations of a kind, not the verb "to organise": "tổ chức xã hội",
// "tổ chức chính trị - xã hội", "tổ chức đoàn thể".
var tkOrgKinds = []string{"xa hoi", "chinh tri", "doan the", "tin dung", "quoc te", "phi chinh phu", "thanh vien", "hoi,", "hoi "}

// tkFocusRe matches, folded, the words that single out some of the bodies
// a heading names: ", trong đó trọng tâm là …", ", nhất là …", ", đặc
// biệt là …".
var tkFocusRe = regexp.MustCompile(`,\s*(?:trong do|nhat la|dac biet la)\b`)

// withoutFocus returns the bodies a heading names without the words that
// single out some of them ("Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh
// đến Lâm Đồng, trong đó trọng tâm là các tỉnh: …").
func withoutFocus(lead string) string {
	if !strings.Contains(lead, ",") {
		return lead // the words need a comma before them
	}
	fr := tkFoldRunes(lead)
	if m := tkFocusRe.FindStringIndex(fr.s); m != nil && m[0] > 0 {
		return strings.TrimSpace(lead[:fr.orig(m[0])])
	}
	return lead
}

// tkTopicVerbs are the folded verbs a topic of work opens with: those of
// a duty, and "lãnh đạo" (to lead).
var tkTopicVerbs = append([]string{"lanh dao "}, ptDutyOpeners...)

// verbsOnly reports whether the words before a duty verb are themselves
// duty verbs listed with commas ("Tuyên truyền, quán triệt", "Lãnh đạo,
// chỉ đạo"): the heading names a topic of work, not who does it.
func verbsOnly(lead string) bool {
	if !strings.Contains(lead, ",") {
		return false
	}
	parts := strings.Split(asciiFold([]rune(lead)), ",")
	if len(parts) < 2 {
		return false
	}
	for _, part := range parts {
		part = strings.TrimSpace(part)
		if len(strings.Fields(part)) > 3 || !hasAnyPrefix(part+" ", tkTopicVerbs) {
			return false
		}
	}
	return true
}

var (
	tkPartner = regexp.MustCompile(`ph\S{0,2}i h\S{0,2}p (voi|v\S{1,2}i) `)
	// tkPartnerEnd finds where the partners end: the verb of the duty.
	// Letters OCR often confuses are matched loosely ("thuyc hién").
	tkPartnerEnd = regexp.MustCompile(`\s(de|trong|th\S{0,2}c hi\S{0,2}n|tri\S{0,2}n khai|t\S{0,2} ch\S{1,3}c|xay dung|kiem soat|huong dan|tuyen truyen|theo doi|kiem tra|d\S{0,2}ng t\S{0,2}i|tham m\S{1,3}|lam|nham|ve|day manh|nang cao|tang cuong|giam sat|cung cap|ra soat|cap nhat|bao cao|tong hop|chi dao|van dong|phan anh|chu dong|khan truong|kip thoi|nang cap|ban hanh|hoan thien|hoan thanh|de xuat|xu ly|so hoa|danh gia|giai quyet|cong bo|dam bao|bao dam|van hanh|ket noi|thiet lap|rut ngan|don gian hoa|sua doi|tiep nhan|nghien cuu|xem xet|tap trung|cau hinh)([\s,;.]|$)`)
	tkDutyDate   = regexp.MustCompile(`(?:truoc|cham nhat(?: la| vao)?) (?:ngay\s*)?(?:\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2} thang \d{1,2} nam \d{4})`)
	tkDutyRecur  = regexp.MustCompile(`(dinh ky\s+(theo\s+|hang\s+)?|hang\s+)(quy|thang|nam|6 thang)([\s,;.]|$)`)
)

// dutyPartners reads the partners a duty names ("Chủ trì, phối hợp với các
// Sở, ban, ngành, UBND cấp huyện và các đơn vị liên quan kiểm soát ..."),
// normalising names through memo.
func dutyPartners(text string, memo *taskMemo) []string {
	fr := tkFoldRunes(text)
	m := tkPartner.FindStringIndex(fr.s)
	if m == nil {
		return nil
	}
	rest := fr.s[m[1]:]
	// The verbs are looked for one after another, not all at once: the
	// first one that ends the partners is enough.
	for at := 0; ; {
		e := tkPartnerEnd.FindStringIndex(rest[at:])
		if e == nil || at+e[0] > 300 {
			break
		}
		e[0], e[1], at = at+e[0], at+e[1], at+e[1]
		// "các tổ chức đoàn thể" names partners; "tổ chức" is no verb here,
		// nor is "xây dựng" in "Bộ Xây dựng", "Sở Xây dựng".
		if strings.HasSuffix(rest[:e[0]], "cac") || strings.HasSuffix(rest[:e[0]], " va") ||
			agFieldVerb(rest[:e[0]], rest[e[0]+1:]) ||
			unitNamedAfter(rest[:e[0]], text[fr.orig(m[1]+e[0]+1):]) {
			continue // "Trung tâm Phục vụ hành chính công", "Văn phòng Đăng ký đất đai": a unit's name
		}
		if e[0] == 0 {
			return nil
		}
		return splitAgencies(text[fr.orig(m[1]):fr.orig(m[1]+e[0])], memo.agency)
	}
	return nil
}

// dutyDeadline reads a deadline a duty states ("trước ngày 15/01/2025",
// "Định kỳ theo quý"); an empty deadline (text "") when it states none.
func dutyDeadline(text string, year int) dataset.Deadline {
	text = withoutEmphasis(text) // "trước *ngày 13 tháng 12 năm 2025*"
	f := tkFold(text)
	// tkDutyDate cannot match without its first words: most duties are
	// not run through it.
	if strings.Contains(f, "truoc ") || strings.Contains(f, "cham nhat ") {
		if m := tkDutyDate.FindAllStringIndex(f, -1); len(m) > 0 {
			// Only the dates: the rest of the sentence is the duty.
			var parts []string
			for _, x := range m {
				parts = append(parts, f[x[0]:x[1]])
			}
			d := ParseDeadline(strings.Join(parts, "; "), year)
			d.Text = strings.Join(dutyOriginals(text, parts), "; ")
			return d
		}
	}
	if strings.Contains(f, "sau khi ") {
		if m := tkDutyAfterRe.FindStringSubmatchIndex(f); m != nil {
			// "…, ngay sau khi UBND tỉnh ban hành Kế hoạch": the event the
			// duty follows, moved to its end (frontedTimesMoved).
			if event := dutyOriginals(text, []string{f[m[2]:m[3]]}); len(event) == 1 {
				return ParseDeadline(event[0], year)
			}
		}
	}
	period, recur := mayStatePeriod(f), mayRecur(f)
	if !period && !recur {
		return dataset.Deadline{} // what tkDutyPeriod and tkDutyRecur cannot match, without running them
	}
	fr := tkFoldRunes(text)
	if period {
		if d, ok := dutyPeriod(text, fr, year); ok {
			return d
		}
	}
	if !recur {
		return dataset.Deadline{}
	}
	if m := tkDutyRecur.FindStringSubmatchIndex(fr.s); m != nil {
		end := m[7]
		phrase := strings.TrimSpace(text[fr.orig(m[0]):fr.orig(end)])
		return ParseDeadline(phrase, year)
	}
	return dataset.Deadline{}
}

// tkDutyAfterRe matches, folded, the event a duty follows at its end
// ("…, ngay sau khi UBND tỉnh ban hành Kế hoạch."): group 1.
var tkDutyAfterRe = regexp.MustCompile(`, ((?:ngay )?sau khi [^,;.]{4,80})\.?$`)

// tkDutyPeriod matches, folded, the period a duty is to be done in, after
// the words that make it its time ("thời gian thực hiện: quý II/2026",
// "thời gian: quý II/2026", "thời hạn: tháng 6/2026",
// "hoàn thành trong tháng 8/2026", "trong quý III năm 2026"): group 1 is
// those words (or the boundary before "trong", "vào"), group 2 "trong" or
// "vào", group 3 the period.
var tkDutyPeriod = regexp.MustCompile(`(thoi gian (?:thuc hien|hoan thanh|du kien(?: hoan thanh)?)\s*:?\s*|(?:thoi gian|thoi han(?: hoan thanh)?)\s*:\s*|hoan thanh |^|[\s,;(])((?:trong |vao )?)` +
	`((?:quy [ivx]+(?:\s*[-,]\s*[ivx]+)?|thang \d{1,2}(?:\s*[-,]\s*\d{1,2})?)\s*(?:/|nam |-)\s*\d{4}|6 thang (?:dau|cuoi) nam \d{4}|nam \d{4})`)

// dutyPeriod reads the period a duty states it is to be done in
// (tkDutyPeriod), as written with its "trong" or "vào"; not ok when it
// states none. A period needs "trong" or "vào" before it, or "thời gian
// …" or "hoàn thành"; "trong năm 2026" counts only after the latter (it
// is the plan's year). fr is text folded (tkFoldRunes).
func dutyPeriod(text string, fr tkFolded, year int) (dataset.Deadline, bool) {
	for _, m := range tkDutyPeriod.FindAllStringSubmatchIndex(fr.s, -1) {
		stated := hasAnyPrefix(fr.s[m[2]:m[3]], []string{"thoi gian", "thoi han", "hoan thanh"})
		if !stated && (m[5] == m[4] || strings.HasPrefix(fr.s[m[6]:m[7]], "nam ")) {
			continue // "Báo cáo kết quả quý II/2026", "… trong năm 2026": no time of the duty
		}
		d := ParseDeadline(strings.TrimSpace(text[fr.orig(m[4]):fr.orig(m[7])]), year)
		if d.Kind != "" {
			return d, true
		}
	}
	return dataset.Deadline{}, false
}

// mayStatePeriod reports whether the folded text f holds the words
// without which tkDutyPeriod cannot match.
func mayStatePeriod(f string) bool {
	return strings.Contains(f, "quy ") || strings.Contains(f, "thang ") || strings.Contains(f, "thoi gian") || strings.Contains(f, "thoi han") || strings.Contains(f, "hoan thanh ")
}

// mayRecur reports whether the folded text f holds the words without
// which tkDutyRecur cannot match: "dinh ky " or "hang" and a period.
func mayRecur(f string) bool {
	return strings.Contains(f, "dinh ky ") || strings.Contains(f, "hang quy") || strings.Contains(f, "hang thang") ||
		strings.Contains(f, "hang nam") || strings.Contains(f, "hang 6 thang")
}

// dutyOriginals finds the original spelling of folded phrases in text.
func dutyOriginals(text string, folded []string) []string {
	fr := tkFoldRunes(text)
	var out []string
	for _, p := range folded {
		if i := strings.Index(fr.s, p); i >= 0 {
			out = append(out, text[fr.orig(i):fr.orig(i+len(p))])
		}
	}
	return out
}

// tkFolded is a rune-by-rune folding of a string (lower case, no
// diacritics) that can tell where each folded byte came from.
type tkFolded struct {
	s   string
	src string // the string folded
}

// orig maps a byte offset in the folded text to the original: the offset
// of the rune whose fold holds folded byte i, len(src) from the end of
// the folded text on. It folds src again up to i, which costs less than
// keeping an offset per byte: a text has a few offsets mapped.
func (f tkFolded) orig(i int) int {
	if i < 0 {
		return 0
	}
	n := 0 // folded bytes up to the rune at j
	for j, r := range f.src {
		fr := tkFoldRune(r)
		if fr < 0 {
			continue
		}
		w := utf8.RuneLen(fr)
		if w < 0 {
			w = len(string(utf8.RuneError)) // what WriteRune writes for it
		}
		if n += w; i < n {
			return j
		}
	}
	return len(f.src)
}

// tkFoldRunes folds s rune by rune; combining marks (of decomposed text)
// fold to nothing. Lower-case ASCII text is its own fold.
func tkFoldRunes(s string) tkFolded {
	k := asciiFoldedPrefix(s)
	if k == len(s) {
		return tkFolded{s: s, src: s}
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k])
	for _, r := range s[k:] {
		if fr := tkFoldRune(r); fr >= 0 {
			b.WriteRune(fr)
		}
	}
	return tkFolded{s: b.String(), src: s}
}

// tkFold folds s for matching like vntext.Fold (lower case, no
// diacritics, đ → d, runs of white space to one space, trimmed), through a
// lookup table instead of Unicode decomposition.
func tkFold(s string) string {
	k := foldedPrefix(s)
	if k == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:k]) // ends before any space, so what follows is read as at a word's end
	space := false
	for i := k; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				space = b.Len() > 0
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				b.WriteByte(' ')
				space = false
			}
			b.WriteByte(c)
			continue
		}
		r, n := decodeRune(s[i:])
		i += n
		if isSpace(r) {
			space = b.Len() > 0
			continue
		}
		fr := tkFoldRune(r)
		if fr < 0 {
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if fr < utf8.RuneSelf {
			b.WriteByte(byte(fr))
		} else {
			b.WriteRune(fr)
		}
	}
	return b.String()
}

// foldedPrefix returns how long a start of s tkFold leaves as it is:
// ASCII without capitals, with single spaces between words, not ending
// in a space; len(s) when tkFold(s) is s.
func foldedPrefix(s string) int {
	for i := 0; i < len(s); i++ {
		if c := s[i]; tkKept[c] || c == ' ' && i > 0 && s[i-1] != ' ' {
			continue
		}
		if i > 0 && s[i-1] == ' ' {
			return i - 1
		}
		return i
	}
	if s != "" && s[len(s)-1] == ' ' {
		return len(s) - 1
	}
	return len(s)
}

// tkKept marks the bytes tkFold keeps as they are wherever they stand:
// printable ASCII but capitals and the space.
var tkKept = func() (t [256]bool) {
	for c := '!'; c < utf8.RuneSelf; c++ {
		t[c] = c < 'A' || c > 'Z'
	}
	return t
}()

// isSpace is unicode.IsSpace without its table search for the runes
// between Latin-1 and U+2000, where the Vietnamese letters stand and the
// only white space is U+1680.
func isSpace(r rune) bool {
	if r > 0xff && r < 0x2000 {
		return r == 0x1680
	}
	return unicode.IsSpace(r)
}

// tkFoldTable maps the runes below U+1F00 to their folded form, -1 for
// combining marks; built once, read only.
var tkFoldTable = func() []rune {
	t := make([]rune, 0x1f00)
	for r := range t {
		t[r] = tkFoldSlow(rune(r))
	}
	return t
}()

// tkFoldRune folds one rune: base letter, lower case, đ → d; -1 for a
// combining mark.
func tkFoldRune(r rune) rune {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	if r >= 0 && int(r) < len(tkFoldTable) {
		return tkFoldTable[r]
	}
	return unicode.ToLower(r)
}

// tkFoldSlow folds one rune through Unicode decomposition.
func tkFoldSlow(r rune) rune {
	if unicode.Is(unicode.Mn, r) {
		return -1
	}
	if r == 'đ' || r == 'Đ' || r == 'Ð' || r == 'ð' {
		return 'd' // Ð (U+00D0) stands for Đ in older Vietnamese texts
	}
	for _, x := range norm.NFD.String(string(r)) {
		return unicode.ToLower(x)
	}
	return unicode.ToLower(r)
}
