package plandoc

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// Annex tables of targets.
//
// A plan may give its targets in an annex ("PHỤ LỤC … CHỈ TIÊU CẢI CÁCH
// HÀNH CHÍNH NĂM 2026") whose table a web page or a PDF export prints one
// cell per line: a line holding a single "|" opens a row, each cell ends
// with " |", and a cell may run over several lines ("≥" on one line, "30 |"
// on the next). The year stands only in the annex title. Each annex of
// targets is read into tab-separated rows and through the reader of tables
// of targets; the targets keep the line their row starts on and the role
// annex.

// annexTitleLines is how many lines after "PHỤ LỤC" may hold its title.
const annexTitleLines = 4

// annexTargets reads the targets of every annex of targets in p, year
// being the plan's year (the annex title's year wins), and the lines
// [from, to) each annex's table takes: their rows are no tasks.
func annexTargets(p *page, year int, cat MetricMatcher) ([]dataset.Target, []dataset.Finding, []lineSpan) {
	var ts []dataset.Target
	var fs []dataset.Finding
	var spans []lineSpan
	n := 0
	var flat []string // the page with its pipe streams flattened, once needed
	for i := 0; i < len(p.lines); i++ {
		if p.skip[i] || !strings.HasPrefix(p.key[i], "phu luc") {
			continue
		}
		title, body := annexTitle(p, i)
		if !targetsTitle(title) {
			continue
		}
		n++
		y := annexTitleYear(title, year)
		end := nextAnnex(p, body)
		if flat == nil {
			flat, _ = flattenPipeStreams(p.lines, p.fold)
		}
		rows := streamedRows(p, flat, body, end)
		if rows == nil {
			rows, _ = bareTargetRows(p, i, end) // from the annex line: its title may take the header's first line
		}
		if rows == nil {
			rows = cellRows(p, body, end)
		}
		t, f := rowTargets(p, rows, "PL"+strconv.Itoa(n), y, cat)
		ts, fs = append(ts, t...), append(fs, f...)
		if len(t) > 0 {
			spans = append(spans, lineSpan{i, end})
		}
		i = end - 1
	}
	if n == 0 {
		if flat == nil {
			flat, _ = flattenPipeStreams(p.lines, p.fold)
		}
		if rows := untitledTargetRows(p, flat); rows != nil {
			ts, fs := rowTargets(p, rows, "PL1", year, cat)
			return ts, fs, nil
		}
		if rows, header := bareTargetRows(p, 0, len(p.lines)); rows != nil {
			// A page of an annex that goes on from an earlier page, its
			// title left behind: the period its value column names
			// ("MỤC TIÊU 2026 - 2030") gives the year.
			ts, fs := rowTargets(p, rows, "PL1", headerYear(header, year), cat)
			if len(ts) > 0 {
				spans = append(spans, lineSpan{rows[0].line, len(p.lines)})
			}
			return ts, fs, spans
		}
		if rows, y := bareAimRows(p, year); rows != nil {
			// "Chỉ số / Xếp hạng / Năm 2017 / Năm 2018 / Mục tiêu năm 2019"
			// over its rows: an index's parts and their aims.
			ts, fs := rowTargets(p, rows, "PL1", y, cat)
			return ts, fs, nil
		}
	}
	return ts, fs, spans
}

// lineSpan is the 0-based lines [from, to) of a part of a text.
type lineSpan struct{ from, to int }

// inSpans reports whether 1-based line n stands in one of spans.
func inSpans(n int, spans []lineSpan) bool {
	return slices.ContainsFunc(spans, func(s lineSpan) bool { return n-1 >= s.from && n-1 < s.to })
}

// targetsTitle reports whether an annex's folded title (up to its "Kèm
// theo …" line) names targets: "chỉ tiêu" ("CHỈ TIÊU CẢI CÁCH HÀNH
// CHÍNH", "NHIỆM VỤ VÀ CHỈ TIÊU …"), or aims that are no tasks' ("MỤC TIÊU
// TĂNG TRƯỞNG GDP, GRDP GIAI ĐOẠN 2026 - 2030"; not "NHIỆM VỤ, GIẢI PHÁP
// THỰC HIỆN MỤC TIÊU"). The task reader asks it too (targetsAnnexAt).
func targetsTitle(title string) bool {
	title = titleBeforeKemTheo(title)
	return strings.Contains(title, "chi tieu") ||
		strings.Contains(title, "muc tieu") && !containsAny(title, []string{"nhiem vu", "giai phap", "ke hoach", "hoat dong"})
}

// titleBeforeKemTheo returns a folded annex title without its "Kèm theo
// …" line and what follows it.
func titleBeforeKemTheo(title string) string {
	if k := strings.Index(title, "kem theo"); k >= 0 {
		return title[:k]
	}
	return title
}

// annexTitleYear returns the year an annex of targets is for, its title
// folded: the end of the period it names ("giai đoạn 2026 - 2030"), else
// the year it names ("năm 2026"), else year; the date in "(Kèm theo Nghị
// quyết … ngày … năm 2026 …)" is the document's, left out.
func annexTitleYear(title string, year int) int {
	if k := strings.Index(title, "kem theo"); k >= 0 {
		title = title[:k]
	}
	if sm := annexPeriodRe.FindStringSubmatch(title); sm != nil {
		y, _ := strconv.Atoi(sm[1])
		return y
	}
	if sm := mdYearRe.FindStringSubmatch(title); sm != nil {
		y, _ := strconv.Atoi(sm[1])
		return y
	}
	return year
}

// headerYear returns the end year of the period a table's header names
// ("MỤC TIÊU 2026 - 2030": 2030), else year.
func headerYear(header []string, year int) int {
	if sm := headerPeriodRe.FindStringSubmatch(strings.Join(header, " ")); sm != nil {
		y, _ := strconv.Atoi(sm[1])
		return y
	}
	return year
}

// headerPeriodRe matches a period in a table's header; its end year is
// group 1.
var headerPeriodRe = regexp.MustCompile(`(?:19|20)[0-9]{2}\s*[-–]\s*((?:19|20)[0-9]{2})`)

// annexPeriodRe matches, folded, the period an annex's title names; its
// end year is group 1.
var annexPeriodRe = regexp.MustCompile(`giai doan\s+(?:19|20)[0-9]{2}\s*[-–]?\s*((?:19|20)[0-9]{2})`)

// untitledTargetRows returns the rows of a table of targets printed one
// cell per line whose annex title is not in the text (a page that starts
// at the table: "STT", "|", "Tên chỉ tiêu", "|", …, "Đơn vị tính", "|",
// "Chỉ tiêu cụ thể"): the rows from a header row whose subject column
// names the targets ("Tên chỉ tiêu", "Chỉ tiêu") and whose value column
// is not a result's; nil when the page holds no such table.
func untitledTargetRows(p *page, flat []string) []cellRow {
	rows := streamedRows(p, flat, 0, len(flat))
	for k, r := range rows {
		subject, value, _, _, ok := tableHeader(r.cells)
		if !ok || !strings.Contains(ocrKey(r.cells[subject]), "chi tieu") || strings.HasPrefix(ocrKey(r.cells[value]), "ket qua") {
			continue
		}
		return rows[k:]
	}
	return nil
}

// annexTitle returns the folded title of the annex that opens at line i
// (the "PHỤ LỤC" line and the lines after it up to the table) and the
// line its body starts on.
func annexTitle(p *page, i int) (title string, body int) {
	var b strings.Builder
	b.WriteString(p.key[i])
	j := i + 1
	for ; j < len(p.lines) && j <= i+annexTitleLines; j++ {
		if strings.TrimSpace(p.lines[j]) == "|" || tableCells(p.lines[j]) != nil {
			break
		}
		b.WriteString(" ")
		b.WriteString(p.key[j])
	}
	return b.String(), j
}

// nextAnnex returns the line of the next "PHỤ LỤC" at or after from, or
// the number of lines.
func nextAnnex(p *page, from int) int {
	for j := from; j < len(p.lines); j++ {
		if strings.HasPrefix(p.key[j], "phu luc") && j > from {
			return j
		}
	}
	return len(p.lines)
}

// streamedRows returns the rows of lines [from, to) that flattening the
// page's pipe streams (flat, flattenPipeStreams) wrote as tab rows: a
// table whose cells and pipes stand on lines of their own ("|", "1", "|",
// "Tỉ lệ …", "|", "%", "|", "100%"); nil when the range holds none.
func streamedRows(p *page, flat []string, from, to int) []cellRow {
	var rows []cellRow
	for j := from; j < min(to, len(flat)); j++ {
		if p.skip[j] || flat[j] == p.lines[j] || !strings.Contains(flat[j], "\t") {
			continue
		}
		if cells := tableCells(flat[j]); cells != nil {
			rows = append(rows, cellRow{cells: cells, line: j})
		}
	}
	return rows
}

// cellRow is one table row read from cell lines: its cells and the
// 0-based line it starts on.
type cellRow struct {
	cells []string
	line  int
}

// cellRows reads the rows of a table printed one cell per line in lines
// [from, to): a line of a single "|" opens a row, a line ending in "|"
// ends a cell, and lines before it belong to the same cell. Rows already
// on one line (tabs, "| a | b |") are kept as they are.
func cellRows(p *page, from, to int) []cellRow {
	var rows []cellRow
	var cur *cellRow
	var cell []string
	for i := from; i < to; i++ {
		if p.skip[i] {
			continue
		}
		line := strings.TrimSpace(p.lines[i])
		switch {
		case line == "|":
			rows = append(rows, cellRow{line: i})
			cur, cell = &rows[len(rows)-1], nil
		case tableCells(line) != nil:
			if ruleRow(tableCells(line)) {
				continue // "|---|---|": the rule under a markdown table's header
			}
			rows = append(rows, cellRow{cells: tableCells(line), line: i})
			cur, cell = nil, nil
		case cur == nil || line == "":
		case strings.HasSuffix(line, "|"):
			cell = append(cell, strings.TrimSpace(strings.TrimSuffix(line, "|")))
			cur.cells = append(cur.cells, strings.Join(cell, " "))
			cell = nil
		default:
			cell = append(cell, line)
		}
	}
	return rows
}

// rowTargets reads rows of a table of targets through targetTable: each
// row a tab-separated line of a page of its own, the targets then put
// back on the lines of their value cells (valueLine), with the role annex.
func rowTargets(p *page, rows []cellRow, base string, year int, cat MetricMatcher) ([]dataset.Target, []dataset.Finding) {
	if len(rows) < 2 {
		return nil, nil
	}
	lines := make([]string, len(rows))
	for k, r := range rows {
		lines[k] = strings.Join(r.cells, "\t")
	}
	ts, fs, _ := targetTable(newPage(lines), 0, len(lines), base, year, cat)
	value := -1
	for _, r := range rows {
		if _, v, _, _, ok := tableHeader(r.cells); ok {
			value = v
			break
		}
	}
	for k := range ts {
		ri := ts[k].Source.Line - 1
		r := rows[ri]
		ts[k].Source = dataset.Source{Line: valueLine(p, rows, ri, value) + 1, Text: strings.Join(r.cells, " | ")}
		if value >= 0 && value < len(r.cells) && bareFigure(r.cells[value]) && ts[k].ValueMax == nil &&
			ts[k].Change == "" && ts[k].Comparator == dataset.CmpGE {
			ts[k].Comparator = dataset.CmpEQ // "95%" in the value cell of an annex: the planned value itself
		}
		ts[k].Role = roleAnnex
	}
	for k := range fs {
		for j, l := range fs[k].Lines {
			if l >= 1 && l <= len(rows) {
				fs[k].Lines[j] = rows[l-1].line + 1
			}
		}
	}
	return ts, fs
}

// bareFigure reports whether a value cell holds a figure alone, with no
// comparator, range or rank word ("95%", "02"; not "≥ 98", "Tối thiểu
// 90%", "50 - 60", "Top 10").
func bareFigure(cell string) bool {
	if strings.ContainsAny(cell, "≥≤<>~") {
		return false
	}
	f := " " + asciiFold([]rune(cell)) + " "
	hasDigit := false
	for _, r := range f {
		switch {
		case r >= '0' && r <= '9':
			hasDigit = true
		case r == '%' || r == '.' || r == ',' || r == ' ' || r == '*':
		default:
			return false // a word or a sign beside the figure
		}
	}
	return hasDigit
}

// valueLine returns the 0-based line of the value cell (column value) of
// row ri: a row printed one cell per line spans many lines, and its value
// stands on one of them ("|", "1", "|", "Tỉ lệ …", "|", "%", "|", "100%");
// the row's first line when the cell is not found there.
func valueLine(p *page, rows []cellRow, ri, value int) int {
	r := rows[ri]
	if value < 0 || value >= len(r.cells) {
		return r.line
	}
	want := strings.Trim(r.cells[value], "*_ ")
	if want == "" {
		return r.line
	}
	end := len(p.lines)
	if ri+1 < len(rows) {
		end = rows[ri+1].line
	}
	for j := r.line; j < end && j < len(p.lines); j++ {
		l := strings.Trim(strings.TrimSpace(p.lines[j]), "|*_ ")
		if l != "" && (l == want || strings.HasPrefix(want, l+" ")) {
			return j
		}
	}
	return r.line
}

// ruleRow reports whether every cell of a row is a rule of dashes and
// colons ("---", ":--:"), as a markdown table writes under its header.
func ruleRow(cells []string) bool {
	for _, c := range cells {
		if c == "" || strings.Trim(c, "-:") != "" {
			return false
		}
	}
	return true
}
