package dataset

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Sheet is one sheet of a workbook: a table (Record) or lines of text
// (Text, for notes and the sources and method of a result).
type Sheet struct {
	// Name is the sheet's name (cut to Excel's 31 characters; characters
	// Excel refuses, []:*?/\, are replaced).
	Name string
	// Record is the table, a header row then one row per record row. It
	// is not released.
	Record arrow.Record
	// Text is written when Record is nil: one row of text cells per item.
	Text [][]string
	// ReadOnly names columns that are helpers a reader ignores: they are
	// shown grey, with "(read-only)" in the header comment line of Notes.
	ReadOnly []string
	// Editable names columns to fill in, shown pale yellow.
	Editable []string
	// Labels overrides the header label of columns, by column name.
	Labels map[string]string
}

// WriteWorkbook writes sheets as an .xlsx workbook to w. Tables look like
// an analyst made them: a bold header row, frozen, with an autofilter;
// column widths from the content; text cells for text (codes such as
// "2.10" stay text, and text is never a formula); numbers as numbers with
// a format (attainments as percents, scores with one decimal, values with
// two, years without a thousands separator), rounded as in a CSV file
// (unless opts.FullPrecision); booleans as TRUE/FALSE; status cells
// coloured (met green, near yellow, off track red, no data grey). With
// opts.Lang "vi" the headers are Vietnamese labels and statuses, areas,
// levels and changes Vietnamese words; both read back as the ids.
func WriteWorkbook(w io.Writer, sheets []Sheet, opts WriteOptions) error {
	f := excelize.NewFile()
	defer f.Close()
	st := &xlsxStyles{f: f, ids: map[styleKey]int{}}
	used := map[string]bool{}
	for i, sh := range sheets {
		name := uniqueSheetName(sh.Name, used)
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				return err
			}
		} else if _, err := f.NewSheet(name); err != nil {
			return err
		}
		var err error
		if sh.Record != nil {
			err = writeTableSheet(f, st, name, sh, opts)
		} else {
			err = writeTextSheet(f, st, name, sh.Text)
		}
		if err != nil {
			return i18n.Errorf("sheet %s: %w", name, err)
		}
	}
	if len(sheets) == 0 {
		return i18n.Errorf("%w: a workbook needs a sheet", ErrFormat)
	}
	if err := f.SetDocProps(&excelize.DocProperties{Creator: "cchc", Title: sheets[0].Name}); err != nil {
		return err
	}
	_, err := f.WriteTo(w)
	return err
}

// WorkbookFiller returns a function that writes the workbook of sheets, for
// the atomic writer's Write and Set.
func WorkbookFiller(sheets []Sheet, opts WriteOptions) func(io.Writer) error {
	return func(w io.Writer) error { return WriteWorkbook(w, sheets, opts) }
}

// writeXLSX writes one table as a workbook of one sheet, named after its
// kind.
func writeXLSX(w io.Writer, rec arrow.Record, opts WriteOptions) error {
	name := "table"
	if k := recordKind(rec); k != "" {
		name = SheetName(k, opts.Lang)
	}
	return WriteWorkbook(w, []Sheet{{Name: name, Record: rec}}, opts)
}

// sheetNames are the sheet names of the table kinds, English and Vietnamese.
var sheetNames = map[Kind][2]string{
	KindPlans: {"plans", "Kế hoạch"}, KindTargets: {"targets", "Chỉ tiêu"}, KindTasks: {"tasks", "Nhiệm vụ"},
	KindFindings: {"findings", "Phát hiện"}, KindObservations: {"observations", "Số liệu"},
	KindIndexValues: {"index values", "Chỉ số"}, KindScores: {"scorecard", "Bảng điểm"},
}

// SheetName returns the name of the sheet a table of kind k is written
// to, in language lang ("vi" or English).
func SheetName(k Kind, lang string) string {
	n, ok := sheetNames[k]
	if !ok {
		return string(k)
	}
	if lang == string(i18n.VI) {
		return n[1]
	}
	return n[0]
}

// uniqueSheetName makes name a valid sheet name not yet in used.
func uniqueSheetName(name string, used map[string]bool) string {
	name = strings.Map(func(r rune) rune {
		if strings.ContainsRune(`[]:*?/\`, r) {
			return '-'
		}
		return r
	}, strings.TrimSpace(name))
	name = strings.Trim(name, "'")
	if name == "" {
		name = "Sheet"
	}
	base := cutRunes(name, 31)
	name = base
	for n := 2; used[strings.ToLower(name)]; n++ {
		suffix := fmt.Sprintf(" (%d)", n)
		name = cutRunes(base, 31-len(suffix)) + suffix
	}
	used[strings.ToLower(name)] = true
	return name
}

func cutRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// styleKey identifies a cell style of a written workbook.
type styleKey struct {
	numFmt string // custom number format, "" for General
	fill   string // background colour, "" for none
	font   string // font colour, "" for the default
	bold   bool
	wrap   bool
}

// xlsxStyles creates each cell style of a workbook once.
type xlsxStyles struct {
	f   *excelize.File
	ids map[styleKey]int
	err error
}

func (s *xlsxStyles) get(k styleKey) int {
	if id, ok := s.ids[k]; ok {
		return id
	}
	style := &excelize.Style{Font: &excelize.Font{Bold: k.bold, Color: k.font}}
	if k.numFmt != "" {
		nf := k.numFmt
		style.CustomNumFmt = &nf
	}
	if k.fill != "" {
		style.Fill = excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{k.fill}}
	}
	if k.wrap {
		style.Alignment = &excelize.Alignment{WrapText: true, Vertical: "top"}
	}
	if k.bold {
		style.Border = []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}
	}
	id, err := s.f.NewStyle(style)
	if err != nil && s.err == nil {
		s.err = err
	}
	s.ids[k] = id
	return id
}

// statusColours are the fill and font colours of status cells (Excel's
// Good, Neutral and Bad styles, and grey for no data).
var statusColours = map[string][2]string{
	StatusMet:      {"C6EFCE", "006100"},
	StatusNear:     {"FFEB9C", "9C5700"},
	StatusOffTrack: {"FFC7CE", "9C0006"},
	StatusNoData:   {"EDEDED", "595959"},
}

// xlsxColumn is how one column of a table is written.
type xlsxColumn struct {
	name     string
	label    string
	arr      arrow.Array
	decimals int // rounding (roundingFor), -1 none
	readOnly bool
	editable bool
	width    int // widest text seen, in characters
}

// writeTableSheet writes a table with a header row.
func writeTableSheet(f *excelize.File, st *xlsxStyles, sheet string, sh Sheet, opts WriteOptions) error {
	rec := sh.Record
	lang := i18n.EN
	if opts.Lang == string(i18n.VI) {
		lang = i18n.VI
	}
	readOnly, editable := map[string]bool{}, map[string]bool{}
	for _, c := range sh.ReadOnly {
		readOnly[c] = true
	}
	for _, c := range sh.Editable {
		editable[c] = true
	}
	cols := make([]*xlsxColumn, rec.NumCols())
	for j := range cols {
		name := rec.ColumnName(j)
		label := lang.ColumnLabel(name)
		if l, ok := sh.Labels[name]; ok {
			label = l
		}
		dec := roundingFor(recordKind(rec), name)
		if opts.FullPrecision {
			dec = -1
		}
		cols[j] = &xlsxColumn{name: name, label: label, arr: rec.Column(j), decimals: dec, readOnly: readOnly[name], editable: editable[name], width: utf8.RuneCountInString(label)}
	}
	nrows := int(rec.NumRows())
	for i := 0; i < min(nrows, 2000); i++ {
		for _, c := range cols {
			if s, ok := cellText(c.arr, i); ok {
				c.width = max(c.width, utf8.RuneCountInString(translateCell(lang, c.name, s)))
			}
		}
	}
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	for j, c := range cols {
		if err := sw.SetColWidth(j+1, j+1, float64(min(max(c.width+2, 8), 60))); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	header := make([]any, len(cols))
	for j, c := range cols {
		k := styleKey{bold: true, fill: "DDEBF7", wrap: true}
		switch {
		case c.readOnly:
			k.fill = "E7E6E6"
		case c.editable:
			k.fill = "FFE699"
		}
		header[j] = excelize.Cell{StyleID: st.get(k), Value: c.label}
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	row := make([]any, len(cols))
	for i := 0; i < nrows; i++ {
		for j, c := range cols {
			row[j] = xlsxCellValue(st, lang, c, i)
		}
		if err := sw.SetRow(cellName(0, i+2), row); err != nil {
			return err
		}
	}
	if st.err != nil {
		return st.err
	}
	if len(cols) > 0 {
		// A table without a table style: filter buttons on the header,
		// the cells keep their own styles.
		noStripes := false
		last := cellName(len(cols)-1, max(nrows+1, 2))
		if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, ShowRowStripes: &noStripes}); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// translateCell gives the Vietnamese word for an id in the columns that
// hold ids (status, area, level, change); other text is as it is.
func translateCell(lang i18n.Lang, column, s string) string {
	if lang != i18n.VI {
		return s
	}
	switch column {
	case "status":
		return lang.StatusName(s)
	case "area":
		if s == "" {
			return s
		}
		return lang.AreaName(s)
	case "level":
		return lang.LevelLabel(s)
	case "change":
		return lang.ChangeName(s)
	}
	return s
}

// xlsxCellValue returns element i of column c as a cell to write.
func xlsxCellValue(st *xlsxStyles, lang i18n.Lang, c *xlsxColumn, i int) any {
	var k styleKey
	switch {
	case c.readOnly:
		k.fill, k.font = "F2F2F2", "595959"
	case c.editable:
		k.fill = "FFF2CC"
	}
	if c.arr.IsNull(i) {
		if k.fill != "" {
			return excelize.Cell{StyleID: st.get(k)}
		}
		return nil
	}
	a := c.arr
	if d, ok := a.(*array.Dictionary); ok {
		a, i = d.Dictionary(), d.GetValueIndex(i)
	}
	switch a := a.(type) {
	case *array.Float64, *array.Float32:
		v, _, _ := floatAt(a, i)
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil
		}
		v = roundValue(v, c.decimals)
		k.numFmt = numberFormat(c.name, v)
		return excelize.Cell{StyleID: st.get(k), Value: v}
	case *array.Boolean:
		return excelize.Cell{StyleID: st.get(k), Value: a.Value(i)}
	case *array.String, *array.LargeString:
		s, _ := stringAt(a, i)
		s = translateCell(lang, c.name, s)
		k.numFmt = "@"
		if c.name == "status" {
			if col, ok := statusColours[a.ValueStr(i)]; ok {
				k.fill, k.font = col[0], col[1]
			}
		}
		return excelize.Cell{StyleID: st.get(k), Value: s}
	}
	if v, ok, err := intAt(a, i); ok && err == nil {
		k.numFmt = "0"
		if c.name != "year" && c.name != "baseline_year" && c.name != "rank" && c.name != "source_line" {
			k.numFmt = "#,##0"
		}
		return excelize.Cell{StyleID: st.get(k), Value: v}
	}
	s, _ := cellText(a, i)
	k.numFmt = "@"
	return excelize.Cell{StyleID: st.get(k), Value: s}
}

// numberFormat is the number format of a value of a column.
func numberFormat(column string, v float64) string {
	switch column {
	case "attainment", "coverage", "share":
		return "0.00%"
	case "score":
		return "0.0"
	}
	if strings.HasPrefix(column, "score_") {
		return "0.0"
	}
	switch {
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		return "#,##0"
	case math.Abs(v) < 1:
		return "#,##0.00##"
	}
	return "#,##0.00"
}

// writeTextSheet writes rows of text cells: the first column wide, the
// first row bold.
func writeTextSheet(f *excelize.File, st *xlsxStyles, sheet string, text [][]string) error {
	sw, err := f.NewStreamWriter(sheet)
	if err != nil {
		return err
	}
	widths := []int{}
	for _, r := range text {
		for j, s := range r {
			for len(widths) <= j {
				widths = append(widths, 8)
			}
			widths[j] = max(widths[j], utf8.RuneCountInString(s)+2)
		}
	}
	for j, w := range widths {
		if err := sw.SetColWidth(j+1, j+1, float64(min(w, 100))); err != nil {
			return err
		}
	}
	for i, r := range text {
		cells := make([]any, len(r))
		for j, s := range r {
			k := styleKey{numFmt: "@", wrap: true}
			if i == 0 {
				k.bold = true
			}
			cells[j] = excelize.Cell{StyleID: st.get(k), Value: s}
		}
		if err := sw.SetRow(cellName(0, i+1), cells); err != nil {
			return err
		}
	}
	if st.err != nil {
		return st.err
	}
	return sw.Flush()
}
