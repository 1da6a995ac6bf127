package document

import (
	"strings"
)

// Rendered is a document laid out as text lines, the layout plan parsers
// read: a paragraph is a line (a line break in it starts another), its
// list label first; a data table is one line a row, "| a | b | c |", with
// the text of a vertically merged cell repeated in each row it covers and
// a horizontally merged cell left empty after its first column; a layout
// table (one or two columns, as the header block of a Vietnamese
// administrative document) is its cells' text, one line each.
type Rendered struct {
	// Lines are the text lines, NFC as the blocks were.
	Lines []string
	// Sources holds the source of each line: Sources[i] is where Lines[i]
	// came from.
	Sources []Loc
}

// Render lays out the document's blocks as text lines.
func Render(d *Document) Rendered {
	var r Rendered
	for _, b := range d.Blocks {
		switch b.Kind {
		case Paragraph:
			r.addParagraph(b)
		case Table:
			r.addTable(b)
		}
	}
	return r
}

// Text returns the rendered lines joined by line feeds, with a final one.
func (r Rendered) Text() string {
	if len(r.Lines) == 0 {
		return ""
	}
	return strings.Join(r.Lines, "\n") + "\n"
}

func (r *Rendered) add(line string, src Loc) {
	r.Lines = append(r.Lines, line)
	r.Sources = append(r.Sources, src)
}

func (r *Rendered) addParagraph(b Block) {
	text := b.Text
	if b.Label != "" {
		text = b.Label + " " + text
	}
	src := b.Source
	for i, line := range strings.Split(text, "\n") {
		if i > 0 && src.Line > 0 {
			src.Line++
		}
		r.add(cleanLine(line), src)
	}
}

// isDataTable reports a table that holds data rather than lays out the
// page: three columns or more, or two columns over three rows or more.
func isDataTable(b Block) bool {
	cols := 0
	for _, row := range b.Rows {
		cols = max(cols, len(row))
	}
	return cols >= 3 || (cols == 2 && len(b.Rows) >= 3)
}

func (r *Rendered) addTable(b Block) {
	if !isDataTable(b) {
		for i, row := range b.Rows {
			for _, c := range row {
				if c.Covered || c.Spanned || strings.TrimSpace(c.Text) == "" {
					continue
				}
				for _, line := range strings.Split(c.Text, "\n") {
					r.add(cleanLine(line), b.rowSource(i))
				}
			}
		}
		return
	}
	cols := len(b.Rows[0])
	if cols == 2 {
		for i, row := range b.Rows {
			r.addMarkdownRow(row, b.rowSource(i))
		}
		return
	}
	for i, row := range b.Rows {
		r.addPipeRow(row, b.rowSource(i))
	}
}

// addMarkdownRow writes a row as "| a | b |".
func (r *Rendered) addMarkdownRow(row []Cell, src Loc) {
	cells := make([]string, len(row))
	empty := true
	for j, c := range row {
		if !c.Spanned {
			cells[j] = tableCellText(c.Text)
		}
		empty = empty && cells[j] == ""
	}
	if !empty {
		r.add("| "+strings.Join(cells, " | ")+" |", src)
	}
}

// addPipeRow writes a row as the pipe tables of converted web pages do:
// a line "|" opens the row, each cell is a line ending in " |" (an empty
// cell a line "|"), and the cells a merged cell covers at the row's left
// (a vertical merge from above) and at its right (a title spanning the
// row) are left out and counted by a final run of pipes ("||" = two cells
// left out). A covered cell between others keeps the merged cell's text.
func (r *Rendered) addPipeRow(row []Cell, src Loc) {
	lead := 0
	for lead < len(row) && row[lead].Covered {
		lead++
	}
	end := len(row)
	for end > lead && row[end-1].Spanned && !row[end-1].Covered {
		end--
	}
	if lead == len(row) {
		return // a row wholly covered adds nothing
	}
	empty := true
	for _, c := range row[lead:end] {
		if !c.Spanned && strings.TrimSpace(c.Text) != "" {
			empty = false
		}
	}
	if empty {
		return
	}
	r.add("|", src)
	for _, c := range row[lead:end] {
		t := ""
		if !c.Spanned {
			t = tableCellText(c.Text)
		}
		if t == "" {
			r.add("|", src)
		} else {
			r.add(t+" |", src)
		}
	}
	if n := lead + len(row) - end; n > 0 {
		r.add(strings.Repeat("|", n), src)
	}
}

func (b Block) rowSource(i int) Loc {
	if i < len(b.RowSource) {
		return b.RowSource[i]
	}
	return b.Source
}

// tableCellText puts a cell's text on one line: line breaks and tabs
// become spaces, a '|' (which would split the cell) becomes '/'.
func tableCellText(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\n', '\t', '\r', '\v', '\f':
			return ' '
		case '|':
			return '/'
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// cleanLine turns tabs and other control white space within a paragraph
// line into spaces (a tab would read as a table cell separator) and trims
// the line's end.
func cleanLine(s string) string {
	if strings.ContainsAny(s, "\t\r\v\f") {
		s = strings.Map(func(r rune) rune {
			if r == '\t' || r == '\r' || r == '\v' || r == '\f' {
				return ' '
			}
			return r
		}, s)
	}
	return strings.TrimRight(s, " ")
}
