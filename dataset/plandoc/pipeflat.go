package plandoc

import (
	"regexp"
	"strings"
)

// Simple pipe tables.
//
// A table converted with its cells one a line ("|" opening each row, each
// cell closed by " |", a cell broken over lines closed on its last line)
// whose rows are all full — every cell printed, as a table without merged
// cells is — or section rows ("I |", "CẢI CÁCH THỂ CHẾ |"), reads as the
// tab-separated table it is. flattenPipeTables rewrites such tables into
// tab rows, so that they share the tab reader's handling of sections,
// numbering, continuation rows and repeated headers. Tables with cells
// covered by a merged cell ("||" lines, rows shorter than the header) are
// left to parsePipeTables.

// pipeRow is one row of a pipe table: its cells and the line of its first
// cell.
type pipeRow struct {
	cells []string
	line  int
}

// flattenPipeTables returns lines and folded with every simple pipe task
// table rewritten as tab rows: a row's cells joined by tabs on the line
// of its first cell, its other lines blank. Line numbers are kept. The
// inputs are returned as they are when there is none.
func flattenPipeTables(lines, folded []string) ([]string, []string) {
	t := tabRewrite{lines: lines, folded: folded}
	for i := 0; i < len(lines); i++ {
		if p, _, _ := pipeLine(lines[i]); p != 1 {
			continue
		}
		rows, end, merged := readPipeRows(lines, i)
		if len(rows) < 2 || merged {
			i = max(i, end-1)
			continue
		}
		cols, _, ok := annexHeader(rows[0].cells)
		if !ok || !simplePipeTable(rows, len(cols)) {
			continue
		}
		for k := range rows {
			for len(rows[k].cells) < len(cols) {
				rows[k].cells = append(rows[k].cells, "")
			}
		}
		t.put(i, end, rows)
		i = end - 1
	}
	return t.result()
}

// tabRewrite is a copy of a text's lines and folded lines, made on the
// first table rewritten, in which tables are replaced by tab rows.
type tabRewrite struct {
	lines, folded []string
	outL, outF    []string
}

// put blanks lines [first, end) and writes each row's cells joined by tabs
// on the line of its first cell.
func (t *tabRewrite) put(first, end int, rows []pipeRow) {
	if t.outL == nil {
		t.outL = append([]string(nil), t.lines...)
		t.outF = append([]string(nil), t.folded...)
	}
	for k := first; k < end; k++ {
		t.outL[k], t.outF[k] = "", ""
	}
	for _, r := range rows {
		row := strings.Join(r.cells, "\t")
		t.outL[r.line] = row
		t.outF[r.line] = tkFold(row)
	}
}

// result returns the rewritten lines and folded lines, or the inputs as
// they are when no table was rewritten.
func (t *tabRewrite) result() ([]string, []string) {
	if t.outL == nil {
		return t.lines, t.folded
	}
	return t.outL, t.outF
}

// readPipeRows reads the rows of a pipe table from the "|" at lines[start]:
// each row its cells, a cell broken over lines joined; it returns the
// rows, the index of the first line after the table and whether it has
// merged cells (a line of several pipes counts the cells a merged cell
// covers).
func readPipeRows(lines []string, start int) (rows []pipeRow, end int, merged bool) {
	i := start
	w := 0 // the header's width, once read
	for i < len(lines) {
		if t := strings.TrimSpace(lines[i]); w > 0 && pageNumber.MatchString(t) && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) == "|" {
			i++ // a page number between two rows
			continue
		}
		p, _, _ := pipeLine(lines[i])
		if p > 1 {
			return rows, i, true
		}
		if p != 1 {
			break
		}
		i++
		row := pipeRow{line: -1}
		var pending []string // the lines of a cell broken over lines, so far
		for i < len(lines) {
			if w > 0 && len(row.cells) >= w {
				break // a full row: what follows is the next row or after the table
			}
			p, c, isCell := pipeLine(lines[i])
			if p == 1 && len(pending) == 0 && emptyPipeCell(row.cells, w, lines, i) {
				// An empty cell of a row not yet full.
				if row.line < 0 {
					row.line = i
				}
				row.cells = append(row.cells, "")
				i++
				continue
			}
			if p > 0 {
				break // the next row, or covered cells
			}
			t := strings.TrimSpace(lines[i])
			if !isCell && t == "" {
				break
			}
			if row.line < 0 {
				row.line = i
			}
			if !isCell {
				pending = append(pending, t) // a cell broken over lines
				i++
				continue
			}
			row.cells = append(row.cells, mdUnemphasis(annexJoin(strings.Join(pending, " "), c, " ")))
			pending = pending[:0]
			i++
		}
		if len(pending) > 0 || row.line < 0 {
			break // text after the last cell: the table has ended
		}
		if w == 0 {
			w = len(row.cells)
		}
		rows = append(rows, row)
	}
	return rows, i, false
}

// emptyPipeCell reports whether lines[i], a single pipe read after the
// cells of a row of a table w cells wide (0: the header, not yet known),
// is an empty cell of that row rather than the opening of the next: the
// row has room left and is not a section row ("I |", "CẢI CÁCH THỂ CHẾ
// |"), whose cells end after its title — unless the pipes that follow
// are just enough to fill the row and open the next, as a Word table's
// section row that keeps its empty cells renders.
func emptyPipeCell(cells []string, w int, lines []string, i int) bool {
	if w == 0 || len(cells) >= w {
		return false
	}
	if len(cells) == 2 && (annexRoman.MatchString(cells[0]) || isNumberCell(cells[0])) {
		return w > 3 && singlePipesFrom(lines, i) == w-len(cells)+1
	}
	return true
}

// singlePipesFrom counts the lines holding a single pipe from lines[i] on.
func singlePipesFrom(lines []string, i int) int {
	n := 0
	for ; i < len(lines); i++ {
		if p, _, _ := pipeLine(lines[i]); p != 1 {
			break
		}
		n++
	}
	return n
}

// simplePipeTable reports whether the rows after the header are all full
// (w cells) or section rows (a Roman or arabic number and a title).
func simplePipeTable(rows []pipeRow, w int) bool {
	for _, r := range rows[1:] {
		switch {
		case len(r.cells) == w:
		case len(r.cells) == 2 && (annexRoman.MatchString(r.cells[0]) || isNumberCell(r.cells[0])):
		default:
			return false
		}
	}
	return true
}

// isNumberCell reports whether a cell holds only a number ("1", "2.", "1.2").
func isNumberCell(c string) bool {
	c = strings.TrimSuffix(c, ".")
	if c == "" {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !isDigit(c[i]) && c[i] != '.' {
			return false
		}
	}
	return true
}

// mdUnemphasis removes the Markdown emphasis around a cell ("**Nhiệm
// vụ**", "*I*", "__STT__").
func mdUnemphasis(c string) string {
	for {
		t := strings.TrimSpace(c)
		switch {
		case len(t) >= 4 && (strings.HasPrefix(t, "**") && strings.HasSuffix(t, "**") || strings.HasPrefix(t, "__") && strings.HasSuffix(t, "__")):
			c = t[2 : len(t)-2]
		case len(t) >= 2 && t[0] == '*' && t[len(t)-1] == '*':
			c = t[1 : len(t)-1]
		default:
			return t
		}
	}
}

// Grid tables.
//
// Pandoc prints a table whose cells hold long text as a grid: rows between
// "+----+----+" lines (the header closed by "+====+"), each cell wrapped
// over the lines of its row between "|" columns. flattenGridTables joins
// every row's lines column by column into one tab row on the row's first
// line, so that the tab reader reads the table.

var gridRule = regexp.MustCompile(`^\+(?:[-=:]+\+)+$`)

// flattenGridTables returns lines and folded with every grid table
// rewritten as tab rows; line numbers are kept. The inputs are returned
// as they are when there is none.
func flattenGridTables(lines, folded []string) ([]string, []string) {
	var outL, outF []string
	for i := 0; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t == "" || t[0] != '+' || !gridRule.MatchString(t) {
			continue
		}
		if outL == nil {
			outL = append([]string(nil), lines...)
			outF = append([]string(nil), folded...)
		}
		outL[i], outF[i] = "", ""
		next := i + 1
		for {
			n := flattenGridRow(lines, outL, outF, next)
			if n == next && next+1 < len(lines) && pageNumber.MatchString(strings.TrimSpace(lines[next])) {
				n = flattenGridRow(lines, outL, outF, next+1) // a page number between two rows
			}
			if n <= next {
				break
			}
			next = n
		}
		i = next - 1
	}
	if outL == nil {
		return lines, folded
	}
	return outL, outF
}

// flattenGridRow joins the row of a grid table starting at lines[start]
// (the line after a rule) into out and outF, blanks the rule that closes
// it and returns the index of the line after that rule; start itself
// when no row starts there.
func flattenGridRow(lines, out, outF []string, start int) int {
	var cols []string
	i := start
	for ; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if len(t) < 2 || t[0] != '|' || t[len(t)-1] != '|' {
			break
		}
		for j, c := range strings.Split(t[1:len(t)-1], "|") {
			if j == len(cols) {
				cols = append(cols, "")
			}
			cols[j] = annexJoin(cols[j], strings.TrimSpace(c), " ")
		}
		if i > start {
			out[i], outF[i] = "", ""
		}
	}
	if i == start {
		return start
	}
	for j := range cols {
		cols[j] = mdUnemphasis(cols[j])
	}
	row := strings.Join(cols, "\t")
	if strings.TrimSpace(row) == "" {
		row = ""
	}
	out[start], outF[start] = row, tkFold(row)
	if i < len(lines) && gridRule.MatchString(strings.TrimSpace(lines[i])) {
		out[i], outF[i] = "", ""
		return i + 1
	}
	return i
}
