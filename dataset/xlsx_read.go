package dataset

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// headerSearchRows is how many rows from the top of a sheet are searched
// for the header (title rows, a date line and blank rows stand above it).
const headerSearchRows = 50

// maxMergeWidth bounds how many columns one merged range fills.
const maxMergeWidth = 1024

// readXLSX reads a table from one sheet of an .xlsx workbook (see Read).
func readXLSX(data []byte, name string, opts ReadOptions, mem memory.Allocator) (l *Loaded, err error) {
	defer func() {
		// A damaged workbook is an error, never a crash.
		if r := recover(); r != nil {
			l, err = nil, &ParseError{File: name, Err: i18n.Errorf("%w: damaged workbook: %v", ErrFormat, r)}
		}
	}()
	if len(data) == 0 {
		return nil, &ParseError{File: name, Err: ErrEmptyFile}
	}
	wb, err := openWorkbook(data)
	if err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: %v", ErrFormat, err)}
	}
	sh, err := wb.sheet(opts.Sheet)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	merges, err := wb.mergedRanges(sh)
	if err != nil {
		return nil, &ParseError{File: name, Sheet: sh.name, Err: i18n.Errorf("%w: %v", ErrFormat, err)}
	}
	sr, err := wb.rows(sh)
	if err != nil {
		return nil, &ParseError{File: name, Sheet: sh.name, Err: i18n.Errorf("%w: %v", ErrFormat, err)}
	}
	defer sr.Close()
	g := &sheetGrid{wb: wb, sr: sr, merges: merges, anchors: map[int]xlsxCell{}}
	sheetErr := func(err error) error {
		return &ParseError{File: name, Sheet: sh.name, Err: i18n.Errorf("%w: %v", ErrFormat, err)}
	}
	h, err := findSheetHeader(g, name, sh.name, opts)
	if err != nil {
		return nil, err
	}
	t := newTableBuilder(name, h.m, mem, opts.keepRule())
	defer t.release()
	t.loaded.Sheet = sh.name
	sf := &sheetFiller{wb: wb, t: t, h: h, sheet: sh.name, ins: make([]input, len(h.m.cs))}
	for {
		row, cells, err := g.next()
		if err != nil {
			return nil, sheetErr(err)
		}
		if row == 0 {
			break
		}
		if len(cells) == 0 {
			continue
		}
		sf.addRow(row, cells)
	}
	return t.finish(), nil
}

// sheetGrid gives the rows of a sheet with merged cells filled in.
type sheetGrid struct {
	wb      *workbook
	sr      *sheetRows
	merges  []mergedRange
	anchors map[int]xlsxCell // by index in merges: the top-left cell's value
	cells   []xlsxCell
}

// next returns the next row with cells (row 0 at the end): the cells in
// column order, those covered by a merged range holding its value.
func (g *sheetGrid) next() (int, []xlsxCell, error) {
	row, cells, err := g.sr.next(g.cells[:0])
	g.cells = cells
	if err != nil || row == 0 || len(g.merges) == 0 {
		return row, cells, err
	}
	for k, m := range g.merges {
		if row < m.r0 || row > m.r1 {
			continue
		}
		if row == m.r0 {
			for _, c := range cells {
				if c.col == m.c0 {
					g.anchors[k] = c
				}
			}
		}
		anchor, ok := g.anchors[k]
		if !ok {
			continue
		}
		for col := m.c0; col <= min(m.c1, m.c0+maxMergeWidth); col++ {
			if row == m.r0 && col == m.c0 {
				continue
			}
			c := anchor
			c.col = col
			cells = setCell(cells, c)
		}
	}
	g.cells = cells
	return row, cells, nil
}

// setCell puts c into cells (kept in column order), replacing a blank one.
func setCell(cells []xlsxCell, c xlsxCell) []xlsxCell {
	i := sort.Search(len(cells), func(i int) bool { return cells[i].col >= c.col })
	if i < len(cells) && cells[i].col == c.col {
		if strings.TrimSpace(cells[i].v) == "" {
			cells[i] = c
		}
		return cells
	}
	cells = append(cells, xlsxCell{})
	copy(cells[i+1:], cells[i:])
	cells[i] = c
	return cells
}

// cellAt returns the cell of column col, if the row has one.
func cellAt(cells []xlsxCell, col int) (xlsxCell, bool) {
	i := sort.Search(len(cells), func(i int) bool { return cells[i].col >= col })
	if i < len(cells) && cells[i].col == col {
		return cells[i], true
	}
	return xlsxCell{}, false
}

// sheetHeader is the header row of a sheet and how it maps onto a kind.
type sheetHeader struct {
	row      int
	m        *headerMap
	colOf    map[string]int // header name as written → 0-based column
	yearCols []yearColumn   // for a wide sheet: the columns that are years
	yearJ    int            // spec index of the year column (wide sheets)
	valueJ   int            // spec index of the value column (wide sheets)
}

// yearColumn is a column of a wide sheet whose header is a year.
type yearColumn struct {
	col  int
	year int
}

// findSheetHeader reads rows until one names the columns of the table.
// Its error is that of the likeliest header row (the one with most cells).
func findSheetHeader(g *sheetGrid, name, sheet string, opts ReadOptions) (*sheetHeader, error) {
	var best error
	bestCells := 0
	seen := 0
	for seen < headerSearchRows {
		row, cells, err := g.next()
		if err != nil {
			return nil, &ParseError{File: name, Sheet: sheet, Err: i18n.Errorf("%w: %v", ErrFormat, err)}
		}
		if row == 0 {
			break
		}
		texts, filled := headerTexts(g.wb, cells)
		if filled == 0 {
			continue
		}
		seen++
		h, err := mapSheetHeader(name, texts, opts)
		if err == nil {
			h.row = row
			return h, nil
		}
		var pe *ParseError
		if errors.As(err, &pe) {
			pe.Sheet, pe.Line = sheet, row
			if pe.Column > 0 {
				pe.Cell = cellName(pe.Column-1, row)
			}
		}
		if filled > bestCells {
			best, bestCells = err, filled
		}
	}
	if best == nil {
		return nil, &ParseError{File: name, Sheet: sheet, Err: i18n.Errorf("%w (the sheet has no cells)", ErrEmptyFile)}
	}
	if bestCells == 1 {
		return nil, &ParseError{File: name, Sheet: sheet, Err: i18n.Errorf("%w: no header row in the first %d rows (every row holds one cell): %v", ErrMissingColumn, headerSearchRows, best)}
	}
	return nil, best
}

// headerTexts returns the texts of a row's cells by column (blank where
// none) and the count of non-blank ones.
func headerTexts(wb *workbook, cells []xlsxCell) ([]string, int) {
	if len(cells) == 0 {
		return nil, 0
	}
	width := min(cells[len(cells)-1].col+1, maxColumns)
	texts := make([]string, width)
	filled := 0
	for _, c := range cells {
		if c.col >= width {
			continue
		}
		texts[c.col] = strings.TrimSpace(wb.cellDisplay(c))
		if texts[c.col] != "" {
			filled++
		}
	}
	return texts, filled
}

// mapSheetHeader maps a row's texts onto a table kind: as a plain header,
// or as a wide one whose year columns hold the values.
func mapSheetHeader(name string, texts []string, opts ReadOptions) (*sheetHeader, error) {
	m, err := mapHeaderDefaults(name, append([]string(nil), texts...), opts.Kind, opts.Defaults)
	if err == nil {
		return newSheetHeader(m, texts, nil), nil
	}
	var years []yearColumn
	wide := append([]string(nil), texts...)
	for i, s := range texts {
		if y, ok := yearHeader(s); ok {
			years = append(years, yearColumn{col: i, year: y})
			wide[i] = ""
		}
	}
	if len(years) == 0 {
		return nil, err
	}
	wide = append(wide, "year", "value")
	wm, werr := mapHeaderDefaults(name, wide, opts.Kind, opts.Defaults)
	if werr != nil {
		return nil, err
	}
	h := newSheetHeader(wm, texts, years)
	for j, c := range wm.cs {
		switch {
		case c.name == "year" && wm.src[j] == len(texts):
			h.yearJ = j
		case c.name == "value" && wm.src[j] == len(texts)+1:
			h.valueJ = j
		}
	}
	if h.yearJ < 0 || h.valueJ < 0 {
		return nil, err
	}
	// The year columns are read, not ignored.
	var ignored []string
	for _, s := range wm.ignored {
		if !strings.HasPrefix(s, "(column ") {
			ignored = append(ignored, s)
		}
	}
	wm.ignored = ignored
	return h, nil
}

func newSheetHeader(m *headerMap, texts []string, years []yearColumn) *sheetHeader {
	h := &sheetHeader{m: m, colOf: map[string]int{}, yearCols: years, yearJ: -1, valueJ: -1}
	for j, i := range m.src {
		if i >= 0 && i < len(texts) {
			h.colOf[m.names[j]] = i
		}
	}
	return h
}

// yearHeader reads a header that is a year: "2024", "Năm 2024", "2024 (%)".
func yearHeader(s string) (int, bool) {
	k := vntext.Key(s)
	k = strings.TrimPrefix(k, "nam_")
	if i := strings.IndexByte(k, '_'); i >= 0 {
		k = k[:i]
	}
	if len(k) != 4 {
		return 0, false
	}
	y, err := vntext.ParseYear(k)
	return y, err == nil
}

// sheetFiller adds the data rows of a sheet to a table builder.
type sheetFiller struct {
	wb    *workbook
	t     *tableBuilder
	h     *sheetHeader
	sheet string
	ins   []input
}

// addRow reads one data row (in a wide sheet, one row per year cell).
func (sf *sheetFiller) addRow(row int, cells []xlsxCell) {
	m := sf.h.m
	raw := func() string {
		texts, _ := headerTexts(sf.wb, cells)
		return strings.Join(texts, ",")
	}
	for j, i := range m.src {
		if sf.h.yearCols != nil && (j == sf.h.yearJ || j == sf.h.valueJ) {
			continue
		}
		if i < 0 {
			sf.ins[j] = m.absent(j)
			continue
		}
		c, ok := cellAt(cells, i)
		if !ok {
			sf.ins[j] = input{null: true}
			continue
		}
		in, reason := sf.wb.cellInput(c, &m.cs[j])
		if reason != nil {
			sf.rejectCell(row, m.names[j], i, reason, raw())
			return
		}
		sf.ins[j] = in
	}
	if sf.h.yearCols == nil {
		sf.add(row, raw)
		return
	}
	sf.addWide(row, cells, raw)
}

// addWide adds one long row per filled year cell of a wide sheet's row.
func (sf *sheetFiller) addWide(row int, cells []xlsxCell, raw func() string) {
	m := sf.h.m
	added := false
	for _, yc := range sf.h.yearCols {
		c, ok := cellAt(cells, yc.col)
		if !ok || (strings.TrimSpace(c.v) == "" && c.t != "e") {
			continue
		}
		in, reason := sf.wb.cellInput(c, &m.cs[sf.h.valueJ])
		if reason != nil {
			sf.rejectCell(row, fmt.Sprint(yc.year), yc.col, reason, raw())
			continue
		}
		sf.ins[sf.h.yearJ] = input{typed: 'n', num: float64(yc.year)}
		sf.ins[sf.h.valueJ] = in
		before := len(sf.t.loaded.Rejected)
		sf.t.add(row, sf.ins, raw)
		sf.locate(before, row, yc.col)
		added = true
	}
	if !added {
		sf.ins[sf.h.yearJ] = input{null: true}
		sf.ins[sf.h.valueJ] = input{null: true}
		sf.add(row, raw)
	}
}

// add adds the row in sf.ins and places any rejection on its sheet cell.
func (sf *sheetFiller) add(row int, raw func() string) {
	before := len(sf.t.loaded.Rejected)
	sf.t.add(row, sf.ins, raw)
	sf.locate(before, row, -1)
}

// locate names the sheet and cell of the rejections from index before on;
// col is the cell's column when known, else told from the column name.
func (sf *sheetFiller) locate(before, row, col int) {
	for k := before; k < len(sf.t.loaded.Rejected); k++ {
		r := &sf.t.loaded.Rejected[k]
		r.Sheet = sf.sheet
		c := col
		if i, ok := sf.h.colOf[r.Column]; ok && r.Column != "" {
			c = i
		}
		if c >= 0 && r.Column != "" {
			r.Cell = cellName(c, row)
		}
	}
}

// rejectCell rejects a row for a cell that cannot be read.
func (sf *sheetFiller) rejectCell(row int, column string, col int, reason i18n.Text, raw string) {
	sf.t.loaded.RowsRead++
	sf.t.reject(row, column, reason, raw)
	r := &sf.t.loaded.Rejected[len(sf.t.loaded.Rejected)-1]
	r.Sheet, r.Cell = sf.sheet, cellName(col, row)
}
