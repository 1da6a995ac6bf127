package plandoc

import (
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
// after a word that cannot end it ("của", ","). flattenBareTables
// rewrites such tables into tab rows, as flattenPipeStreams does for
// pipe streams, so that the tab reader handles their sections, numbering
// and merged cells.

// bareMaxRowLines is the most lines a row of a bare table may take; a
// longer run is text after the table.
const bareMaxRowLines = 30

// bareOpenEnds are the folded words (and marks) a line of a cell broken
// over lines may end with: the cell goes on on the next line.
var bareOpenEnds = []string{",", ";", "-", "va", "cua", "cac", "voi", "theo", "trong", "cho", "de", "ve", "tai", "tren",
	"nhung", "doi voi", "thuoc", "tu", "den", "o", "la", "va cac", "hoac"}

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
// it; nil when the lines there are no task table.
func readBareTable(lines []string, start int) ([]pipeRow, int) {
	hdr, i := bareHeader(lines, start)
	if hdr == nil {
		return nil, start
	}
	w := len(hdr)
	cols, _, _ := annexHeader(hdr)
	rows := []pipeRow{{cells: hdr, line: start}}
	last := 0
	for i < len(lines) {
		t := bareText(lines, i)
		if t == "" {
			if strings.TrimSpace(lines[i]) != "" {
				break // a pipe or a tab: another table
			}
			i++
			continue
		}
		key, ok := bareRowKey(t, last)
		if !ok {
			break
		}
		// The row's lines: up to the next row's number.
		var body []int
		j := i + 1
		for ; j < len(lines) && len(body) < bareMaxRowLines; j++ {
			u := bareText(lines, j)
			if u == "" {
				if strings.TrimSpace(lines[j]) != "" {
					break
				}
				continue
			}
			if _, next := bareRowKey(u, bareNumber(key, last)); next || bareEnds(u) {
				break
			}
			body = append(body, j)
		}
		if len(body) == 0 && annexRomanTitle.FindString(key) == "" {
			break
		}
		cells := bareCells(lines, body)
		var row []string
		if annexRoman.MatchString(key) || annexRomanTitle.MatchString(key) {
			row = append([]string{key}, strings.Join(cells, " "))
		} else {
			row = append([]string{key}, placeBareCells(cells, cols[1:])...)
		}
		for len(row) < w {
			row = append(row, "")
		}
		rows = append(rows, pipeRow{cells: row[:w], line: i})
		last = bareNumber(key, last)
		i = j
	}
	if len(rows) < 2 {
		return nil, start
	}
	return rows, i
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
			if _, ok := bareRowKey(t, 0); ok {
				break
			}
		}
		if utf8.RuneCountInString(t) > 60 {
			return nil, start
		}
		if n := len(cells); n > 0 && annexColumn(t) == colNone && !startsUpper(t) {
			cells[n-1] += " " + t // "Thời gian hoàn" / "thành"
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
// 1, a section restarting the numbering, or a sub-number "1.1"); key is
// the number without its dot.
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
	if annexSubCode.MatchString(t+" x") && !strings.Contains(t, " ") && len(t) <= 8 {
		return k, true
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

// bareCells joins the lines of a row (indexes into lines) into cells: a
// line that opens with a small letter, or follows a line left open
// (bareOpenEnds), goes on with the cell above.
func bareCells(lines []string, body []int) []string {
	var cells []string
	prev := ""
	for _, j := range body {
		t := bareText(lines, j)
		if n := len(cells); n > 0 && (!startsUpper(t) || bareEndsOpen(prev)) {
			cells[n-1] += " " + t
		} else {
			cells = append(cells, t)
		}
		prev = t
	}
	return cells
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
// the first cell in the task's column and the cells before it that its
// text took more lines than the columns allow joined to it; a later cell
// in the next column its text fits (an agency for a lead or partners, a
// time for a deadline), the columns it does not fit left empty (a merged
// cell).
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
	if extra := len(cells) - (len(kinds) - task); extra > 0 {
		// More cells than columns: the task's text began some with a
		// capital letter.
		cells = append([]string{strings.Join(cells[:extra+1], " ")}, cells[extra+1:]...)
	}
	k := task
	for n, c := range cells {
		if n == 0 {
			out[k] = c
			k++
			continue
		}
		for k < len(kinds) && !bareFits(c, kinds[k]) {
			k++
		}
		if k >= len(kinds) {
			break
		}
		out[k] = c
		k++
	}
	return out
}

// bareFits reports whether a cell's text fits a column kind: an agency
// for a lead or partners, a time for a deadline; any text another column.
func bareFits(c string, kind int) bool {
	f := tkFold(c)
	switch kind {
	case colLead, colPartners:
		return agStartsHead(agUpperFirst(c)) && !annexTimeish.MatchString(f)
	case colDeadline:
		return annexTimeish.MatchString(f) || strings.Contains(f, "quy ") || strings.HasPrefix(f, "nam ")
	}
	return !agStartsHead(agUpperFirst(c)) || kind == colNote
}
