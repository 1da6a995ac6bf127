package dataset

import (
	"fmt"
	"html"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"golang.org/x/text/width"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// Defaults of RenderOptions.
const (
	// DefaultRenderRows is how many rows Text and HTML show before they
	// cut the middle of a longer table.
	DefaultRenderRows = 20
	// DefaultRenderCellWidth is the widest cell, in characters, before it
	// is shortened with "…".
	DefaultRenderCellWidth = 40
	// DefaultRenderDecimals is the most digits shown after the decimal point.
	DefaultRenderDecimals = 2
)

// RenderOptions controls how Text, HTML, TableText and TableHTML show a
// table. The zero value gives sensible defaults.
type RenderOptions struct {
	// MaxRows is how many rows are shown; a longer table shows its first
	// and last rows with a "..." row between them (the first half rounded
	// up). 0 means DefaultRenderRows; a negative value shows every row.
	MaxRows int
	// MaxCellWidth is the widest cell in characters (runes; Vietnamese
	// letters count one each, East Asian wide characters two); longer
	// text is cut and ends with "…". 0 means DefaultRenderCellWidth; a
	// negative value never cuts.
	MaxCellWidth int
	// Decimals is the most digits shown after the decimal point of a
	// floating-point number. A column shows every value with the same
	// number of decimals: the fewest that show each value to this
	// precision (65.97 and 90 show as "65.97" and "90.00"; 90 and 85.5 as
	// "90.0" and "85.5"; whole numbers with none). 0 means
	// DefaultRenderDecimals; a negative value shows whole numbers only.
	Decimals int
	// BlankNulls shows nulls as empty cells instead of "null".
	BlankNulls bool
	// MaxWidth is the widest line of Text, in characters: when the columns
	// do not fit, the middle ones are replaced by a "..." column (the row
	// numbers and at least one column stay). 0 means no limit. HTML
	// ignores it: a browser scrolls.
	MaxWidth int
	// HideRowNumbers leaves out the row numbers shown on the left.
	HideRowNumbers bool
	// ListSeparator joins the items of a list cell; "" means "; ".
	ListSeparator string
	// Caption is a title: the HTML table's <caption>, a first line of text.
	Caption string
	// StatusColumn names the column whose values met, near, off_track and
	// no_data HTML colours green, amber, red and grey; "" means "status".
	// The name is matched case- and diacritic-insensitively.
	StatusColumn string
	// Columns shows only these columns, in this order (names matched case-
	// and diacritic-insensitively); nil shows every column. A name the
	// table lacks is shown as a column of nulls headed "name?", so that a
	// misspelt name is seen rather than silently dropped.
	Columns []string
}

func (o RenderOptions) maxRows() int {
	if o.MaxRows == 0 {
		return DefaultRenderRows
	}
	return o.MaxRows
}

func (o RenderOptions) decimals() int {
	switch {
	case o.Decimals == 0:
		return DefaultRenderDecimals
	case o.Decimals < 0:
		return 0
	}
	return o.Decimals
}

func (o RenderOptions) listSep() string {
	if o.ListSeparator == "" {
		return "; "
	}
	return o.ListSeparator
}

func (o RenderOptions) null() string {
	if o.BlankNulls {
		return ""
	}
	return "null"
}

// Text renders rec as aligned plain text, like a pandas DataFrame's repr:
// a header of column names, numbers right-aligned, text left-aligned, row
// numbers on the left, the middle rows of a long table replaced by a
// "..." row, and a last line "[N rows x M columns]". Columns are aligned
// by characters, so Vietnamese text lines up in a monospaced font. A nil
// record renders as an empty table.
func Text(rec arrow.Record, opts RenderOptions) string {
	return renderText(rndRecordGrid(rec).only(opts.Columns), opts)
}

// TableText is Text for an arrow.Table; its chunks are read in place.
func TableText(tbl arrow.Table, opts RenderOptions) string {
	return renderText(rndTableGrid(tbl).only(opts.Columns), opts)
}

// HTML renders rec as an HTML <table> for notebooks: text escaped,
// numbers right-aligned with at most opts.Decimals decimals, the status
// column coloured (met green, near amber, off_track red, no_data grey)
// with inline styles, shortened cells carrying their whole text as a
// tooltip (title attribute), the middle rows of a long table replaced by
// a "…" row, and a note with the row and column counts. The result is a
// fragment with no <style> or scripts, safe to pass to a notebook's
// HTML display call. A nil record renders as an empty table.
func HTML(rec arrow.Record, opts RenderOptions) string {
	return renderHTML(rndRecordGrid(rec).only(opts.Columns), opts)
}

// TableHTML is HTML for an arrow.Table; its chunks are read in place.
func TableHTML(tbl arrow.Table, opts RenderOptions) string {
	return renderHTML(rndTableGrid(tbl).only(opts.Columns), opts)
}

// renderGrid is the table being rendered: names and chunked columns.
type renderGrid struct {
	names []string
	cols  []renderCol
	rows  int
}

// renderCol is one column as chunks with their starting rows.
type renderCol struct {
	typ    arrow.DataType
	chunks []arrow.Array
	starts []int // starts[k] is the first row of chunks[k]
}

// at finds the chunk and offset of row i.
func (c renderCol) at(i int) (arrow.Array, int) {
	k := sort.Search(len(c.starts), func(k int) bool { return c.starts[k] > i }) - 1
	return c.chunks[k], i - c.starts[k]
}

// only returns the grid with the named columns in that order (all when
// names is nil); a name the grid lacks becomes a column of nulls headed
// "name?".
func (g renderGrid) only(names []string) renderGrid {
	if names == nil {
		return g
	}
	out := renderGrid{rows: g.rows}
	for _, name := range names {
		j := -1
		for k, n := range g.names {
			if strings.EqualFold(n, name) || vntext.Fold(n) == vntext.Fold(name) {
				j = k
				break
			}
		}
		if j < 0 {
			nulls := array.MakeArrayOfNull(memory.DefaultAllocator, arrow.Null, g.rows)
			out.names = append(out.names, name+"?")
			out.cols = append(out.cols, renderCol{typ: arrow.Null, chunks: []arrow.Array{nulls}, starts: []int{0}})
			continue
		}
		out.names = append(out.names, g.names[j])
		out.cols = append(out.cols, g.cols[j])
	}
	return out
}

func rndRecordGrid(rec arrow.Record) renderGrid {
	var g renderGrid
	if rec == nil {
		return g
	}
	g.rows = int(rec.NumRows())
	for j, f := range rec.Schema().Fields() {
		g.names = append(g.names, f.Name)
		g.cols = append(g.cols, renderCol{typ: f.Type, chunks: []arrow.Array{rec.Column(j)}, starts: []int{0}})
	}
	return g
}

func rndTableGrid(tbl arrow.Table) renderGrid {
	var g renderGrid
	if tbl == nil {
		return g
	}
	g.rows = int(tbl.NumRows())
	for j, f := range tbl.Schema().Fields() {
		c := renderCol{typ: f.Type}
		row := 0
		for _, ch := range tbl.Column(j).Data().Chunks() {
			if ch.Len() == 0 {
				continue
			}
			c.chunks = append(c.chunks, ch)
			c.starts = append(c.starts, row)
			row += ch.Len()
		}
		g.names = append(g.names, f.Name)
		g.cols = append(g.cols, c)
	}
	return g
}

// rndShownRows returns the rows to show and where the cut goes: rows[:cut]
// come before the "..." row and rows[cut:] after it; cut < 0 when nothing
// is cut.
func rndShownRows(n int, opts RenderOptions) (rows []int, cut int) {
	limit := opts.maxRows()
	if limit < 0 || n <= limit {
		rows = make([]int, n)
		for i := range rows {
			rows[i] = i
		}
		return rows, -1
	}
	head := (limit + 1) / 2
	tail := limit - head
	for i := 0; i < head; i++ {
		rows = append(rows, i)
	}
	for i := n - tail; i < n; i++ {
		rows = append(rows, i)
	}
	return rows, head
}

// rndCell is one formatted cell.
type rndCell struct {
	text string
	full string // the whole text when text was shortened, else ""
	null bool
}

// rndFormatted is the grid's shown cells, column by column.
type rndFormatted struct {
	cells [][]rndCell // [column][shown row]
	right []bool      // column is right-aligned (numeric)
}

// rndFormat formats the shown rows of every column.
func rndFormat(g renderGrid, rows []int, opts RenderOptions) rndFormatted {
	f := rndFormatted{cells: make([][]rndCell, len(g.cols)), right: make([]bool, len(g.cols))}
	for j, c := range g.cols {
		f.right[j] = rndIsNumericType(c.typ)
		cf := rndNewColFormatter(c, rows, opts)
		cells := make([]rndCell, len(rows))
		for k, i := range rows {
			a, off := c.at(i)
			if a.IsNull(off) || a.DataType().ID() == arrow.NULL {
				cells[k] = rndCell{text: opts.null(), null: true}
				continue
			}
			full := rndCleanCell(cf.value(a, off))
			cells[k] = rndCell{text: rndShorten(full, opts.MaxCellWidth)}
			if cells[k].text != full {
				cells[k].full = full
			}
		}
		f.cells[j] = cells
	}
	return f
}

func rndIsNumericType(t arrow.DataType) bool {
	switch t.ID() {
	case arrow.INT8, arrow.INT16, arrow.INT32, arrow.INT64,
		arrow.UINT8, arrow.UINT16, arrow.UINT32, arrow.UINT64,
		arrow.FLOAT16, arrow.FLOAT32, arrow.FLOAT64,
		arrow.DECIMAL128, arrow.DECIMAL256:
		return true
	case arrow.DICTIONARY:
		return rndIsNumericType(t.(*arrow.DictionaryType).ValueType)
	}
	return false
}

// rndColFormatter formats the values of one column with settings chosen
// from the rows shown: the decimals of floats, the layout of times.
type rndColFormatter struct {
	opts     RenderOptions
	decimals int    // for float columns
	layout   string // for timestamp columns
}

func rndNewColFormatter(c renderCol, rows []int, opts RenderOptions) rndColFormatter {
	cf := rndColFormatter{opts: opts, decimals: -1}
	vt := c.typ
	if d, ok := vt.(*arrow.DictionaryType); ok {
		vt = d.ValueType
	}
	switch vt.ID() {
	case arrow.FLOAT32, arrow.FLOAT64:
		max := opts.decimals()
		cf.decimals = 0
		for _, i := range rows {
			a, off := c.at(i)
			if a.IsNull(off) {
				continue
			}
			if v, ok := rndFloatValue(a, off); ok {
				cf.decimals = rndMaxInt(cf.decimals, rndDecimalsNeeded(v, max))
			}
		}
	case arrow.TIMESTAMP:
		cf.layout = "2006-01-02"
		for _, i := range rows {
			a, off := c.at(i)
			if a.IsNull(off) {
				continue
			}
			if t, ok := rndTimeValue(a, off); ok {
				if t.Nanosecond() != 0 {
					cf.layout = "2006-01-02 15:04:05.999999999"
					break
				}
				if t.Hour() != 0 || t.Minute() != 0 || t.Second() != 0 {
					cf.layout = "2006-01-02 15:04:05"
				}
			}
		}
		if tz := vt.(*arrow.TimestampType).TimeZone; tz != "" && tz != "UTC" {
			cf.layout += " -07:00"
		}
	}
	return cf
}

func rndMaxInt(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// rndFloatValue reads a float cell, looking through a dictionary.
func rndFloatValue(a arrow.Array, i int) (float64, bool) {
	switch a := a.(type) {
	case *array.Float64:
		return a.Value(i), true
	case *array.Float32:
		return float64(a.Value(i)), true
	case *array.Dictionary:
		d := a.Dictionary()
		j := a.GetValueIndex(i)
		if d.IsNull(j) {
			return 0, false
		}
		return rndFloatValue(d, j)
	}
	return 0, false
}

// rndTimeValue reads a timestamp cell in its column's time zone.
func rndTimeValue(a arrow.Array, i int) (time.Time, bool) {
	ts, ok := a.(*array.Timestamp)
	if !ok {
		return time.Time{}, false
	}
	toTime, err := ts.DataType().(*arrow.TimestampType).GetToTimeFunc()
	if err != nil {
		return time.Time{}, false
	}
	return toTime(ts.Value(i)), true
}

// rndDecimalsNeeded is the fewest decimals, at most max, that show v as it
// shows with max decimals: 90 → 0, 85.5 → 1, 65.97 → 2, 0.1+0.2 → 1.
func rndDecimalsNeeded(v float64, max int) int {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return 0
	}
	s := strconv.FormatFloat(v, 'f', max, 64)
	i := strings.IndexByte(s, '.')
	if i < 0 {
		return 0
	}
	return len(strings.TrimRight(s[i+1:], "0"))
}

// rndFormatFloat writes v with exactly dec decimals; NaN and infinities by name.
func rndFormatFloat(v float64, dec int) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 1):
		return "Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	}
	s := strconv.FormatFloat(v, 'f', dec, 64)
	if strings.HasPrefix(s, "-") && strings.Trim(s[1:], "0.") == "" {
		s = s[1:] // -0.00 → 0.00
	}
	return s
}

// value formats a non-null cell.
func (cf rndColFormatter) value(a arrow.Array, i int) string {
	switch a := a.(type) {
	case *array.String:
		return a.Value(i)
	case *array.LargeString:
		return a.Value(i)
	case *array.Dictionary:
		d := a.Dictionary()
		j := a.GetValueIndex(i)
		if d.IsNull(j) {
			return cf.opts.null()
		}
		return cf.value(d, j)
	case *array.Int64:
		return strconv.FormatInt(a.Value(i), 10)
	case *array.Int32:
		return strconv.FormatInt(int64(a.Value(i)), 10)
	case *array.Int16:
		return strconv.FormatInt(int64(a.Value(i)), 10)
	case *array.Int8:
		return strconv.FormatInt(int64(a.Value(i)), 10)
	case *array.Uint64:
		return strconv.FormatUint(a.Value(i), 10)
	case *array.Uint32:
		return strconv.FormatUint(uint64(a.Value(i)), 10)
	case *array.Uint16:
		return strconv.FormatUint(uint64(a.Value(i)), 10)
	case *array.Uint8:
		return strconv.FormatUint(uint64(a.Value(i)), 10)
	case *array.Float64, *array.Float32:
		v, _ := rndFloatValue(a, i)
		dec := cf.decimals
		if dec < 0 { // a float inside a list: decimals of its own
			dec = rndDecimalsNeeded(v, cf.opts.decimals())
		}
		return rndFormatFloat(v, dec)
	case *array.Boolean:
		return strconv.FormatBool(a.Value(i))
	case *array.Date32:
		return a.Value(i).ToTime().Format("2006-01-02")
	case *array.Date64:
		return a.Value(i).ToTime().Format("2006-01-02")
	case *array.Timestamp:
		t, ok := rndTimeValue(a, i)
		if !ok {
			return a.ValueStr(i)
		}
		layout := cf.layout
		if layout == "" {
			layout = "2006-01-02 15:04:05.999999999"
		}
		return t.Format(layout)
	case array.ListLike:
		start, end := a.ValueOffsets(i)
		items := a.ListValues()
		inner := rndColFormatter{opts: cf.opts, decimals: -1, layout: cf.layout}
		parts := make([]string, 0, end-start)
		for k := int(start); k < int(end); k++ {
			if items.IsNull(k) {
				parts = append(parts, "null")
				continue
			}
			parts = append(parts, inner.value(items, k))
		}
		return strings.Join(parts, cf.opts.listSep())
	case *array.Binary:
		return fmt.Sprintf("<%d bytes>", len(a.Value(i)))
	case *array.LargeBinary:
		return fmt.Sprintf("<%d bytes>", len(a.Value(i)))
	}
	return a.ValueStr(i)
}

// rndCleanCell puts a cell's text in NFC and writes line breaks, tabs and
// other control characters visibly, so one cell stays on one line.
func rndCleanCell(s string) string {
	s = vntext.NFC(s)
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r) // invalid UTF-8 is written as U+FFFD
		}
	}
	return b.String()
}

// rndRuneWidth is the columns a rune takes in a monospaced font: 0 for
// combining marks, 2 for East Asian wide and full-width characters, else 1.
func rndRuneWidth(r rune) int {
	if unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf) {
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// rndTextWidth is the columns s takes in a monospaced font.
func rndTextWidth(s string) int {
	w := 0
	for _, r := range s {
		w += rndRuneWidth(r)
	}
	return w
}

// rndShorten cuts s to at most max columns, ending it with "…".
func rndShorten(s string, max int) string {
	if max == 0 {
		max = DefaultRenderCellWidth
	}
	if max < 0 || rndTextWidth(s) <= max {
		return s
	}
	if max < 2 {
		max = 2
	}
	w := 0
	for i, r := range s {
		rw := rndRuneWidth(r)
		if w+rw > max-1 {
			return s[:i] + "…"
		}
		w += rw
	}
	return s
}

// rndPad aligns s in a field of w columns.
func rndPad(s string, w int, right bool) string {
	n := w - rndTextWidth(s)
	if n <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", n) + s
	}
	return s + strings.Repeat(" ", n)
}

func renderText(g renderGrid, opts RenderOptions) string {
	rows, cut := rndShownRows(g.rows, opts)
	f := rndFormat(g, rows, opts)
	const gap = "  "

	// Column 0 is the row numbers when shown.
	var headers []string
	var cols [][]string
	var right []bool
	if !opts.HideRowNumbers && len(g.names) > 0 && len(rows) > 0 {
		nums := make([]string, len(rows))
		for k, i := range rows {
			nums[k] = strconv.Itoa(i)
		}
		headers = append(headers, "")
		cols = append(cols, nums)
		right = append(right, false)
	}
	for j, name := range g.names {
		headers = append(headers, rndShorten(rndCleanCell(name), opts.MaxCellWidth))
		texts := make([]string, len(rows))
		for k, c := range f.cells[j] {
			texts[k] = c.text
		}
		cols = append(cols, texts)
		right = append(right, f.right[j])
	}
	widths := make([]int, len(cols))
	for j := range cols {
		widths[j] = rndTextWidth(headers[j])
		if cut >= 0 {
			widths[j] = rndMaxInt(widths[j], 3)
		}
		for _, s := range cols[j] {
			widths[j] = rndMaxInt(widths[j], rndTextWidth(s))
		}
	}
	if opts.MaxWidth > 0 {
		first := len(cols) - len(g.names) // 1 when row numbers are shown
		keep := rndFitColumns(widths, first, len(gap), opts.MaxWidth)
		if keep != nil {
			var h2 []string
			var c2 [][]string
			var r2 []bool
			var w2 []int
			dots := make([]string, len(rows))
			for k := range dots {
				dots[k] = "..."
			}
			for _, j := range keep {
				if j < 0 {
					h2, c2, r2, w2 = append(h2, "..."), append(c2, dots), append(r2, false), append(w2, 3)
					continue
				}
				h2, c2, r2, w2 = append(h2, headers[j]), append(c2, cols[j]), append(r2, right[j]), append(w2, widths[j])
			}
			headers, cols, right, widths = h2, c2, r2, w2
		}
	}

	var b strings.Builder
	if opts.Caption != "" {
		b.WriteString(rndCleanCell(opts.Caption))
		b.WriteByte('\n')
	}
	line := func(cell func(j int) string) {
		var l strings.Builder
		for j := range cols {
			if j > 0 {
				l.WriteString(gap)
			}
			l.WriteString(rndPad(cell(j), widths[j], right[j]))
		}
		b.WriteString(strings.TrimRight(l.String(), " "))
		b.WriteByte('\n')
	}
	if len(cols) > 0 {
		line(func(j int) string { return headers[j] })
		for k := range rows {
			if k == cut {
				line(func(j int) string { return "..." })
			}
			line(func(j int) string { return cols[j][k] })
		}
		if cut == len(rows) {
			line(func(j int) string { return "..." })
		}
	}
	fmt.Fprintf(&b, "[%d rows x %d columns]\n", g.rows, len(g.names))
	return b.String()
}

// rndFitColumns chooses the columns of a text table that fit in max
// characters when all of them do not: columns before first (the row
// numbers) always, then data columns taken alternately from the left and
// the right edge while they fit, with -1 marking the "..." column put in
// place of the others. It returns nil when every column fits.
func rndFitColumns(widths []int, first, gap, max int) []int {
	total := 0
	for j, w := range widths {
		if j > 0 {
			total += gap
		}
		total += w
	}
	if total <= max || len(widths)-first < 2 {
		return nil
	}
	used := 3 // the "..." column
	for j := 0; j < first; j++ {
		used += widths[j] + gap
	}
	var left, right []int
	l, r := first, len(widths)-1
	for fromLeft := true; l <= r; fromLeft = !fromLeft {
		j := r
		if fromLeft {
			j = l
		}
		if used+gap+widths[j] > max {
			break
		}
		used += gap + widths[j]
		if fromLeft {
			left = append(left, j)
			l++
		} else {
			right = append(right, j)
			r--
		}
	}
	if len(left) == 0 { // show at least the first data column
		left = append(left, first)
		if len(right) > 0 && right[len(right)-1] == first {
			right = right[:len(right)-1]
		}
	}
	keep := make([]int, 0, first+len(left)+1+len(right))
	for j := 0; j < first; j++ {
		keep = append(keep, j)
	}
	keep = append(keep, left...)
	keep = append(keep, -1)
	for k := len(right) - 1; k >= 0; k-- {
		keep = append(keep, right[k])
	}
	return keep
}

// rndStatusStyle is the inline style of a status cell.
func rndStatusStyle(v string) string {
	switch v {
	case StatusMet:
		return "background-color:#d4edda;color:#155724"
	case StatusNear:
		return "background-color:#fff3cd;color:#856404"
	case StatusOffTrack:
		return "background-color:#f8d7da;color:#721c24"
	case StatusNoData:
		return "background-color:#e2e3e5;color:#41464b"
	}
	return ""
}

func renderHTML(g renderGrid, opts RenderOptions) string {
	rows, cut := rndShownRows(g.rows, opts)
	f := rndFormat(g, rows, opts)
	statusName := opts.StatusColumn
	if statusName == "" {
		statusName = "status"
	}
	statusKey := vntext.Fold(statusName)
	isStatus := make([]bool, len(g.names))
	for j, name := range g.names {
		isStatus[j] = vntext.Fold(name) == statusKey
	}
	align := func(j int) string {
		if f.right[j] {
			return ` style="text-align:right"`
		}
		return ` style="text-align:left"`
	}

	var b strings.Builder
	b.WriteString(`<table class="cchc-table">` + "\n")
	if opts.Caption != "" {
		fmt.Fprintf(&b, "<caption>%s</caption>\n", html.EscapeString(rndCleanCell(opts.Caption)))
	}
	b.WriteString("<thead><tr>")
	if !opts.HideRowNumbers {
		b.WriteString("<th></th>")
	}
	for j, name := range g.names {
		fmt.Fprintf(&b, "<th%s>%s</th>", align(j), html.EscapeString(rndShorten(rndCleanCell(name), opts.MaxCellWidth)))
	}
	b.WriteString("</tr></thead>\n<tbody>\n")
	cutRow := func() {
		b.WriteString("<tr>")
		if !opts.HideRowNumbers {
			b.WriteString("<th>…</th>")
		}
		for j := range g.names {
			fmt.Fprintf(&b, "<td%s>…</td>", align(j))
		}
		b.WriteString("</tr>\n")
	}
	for k, i := range rows {
		if k == cut {
			cutRow()
		}
		b.WriteString("<tr>")
		if !opts.HideRowNumbers {
			fmt.Fprintf(&b, "<th>%d</th>", i)
		}
		for j := range g.names {
			c := f.cells[j][k]
			var style []string
			if f.right[j] {
				style = append(style, "text-align:right")
			}
			switch {
			case c.null:
				style = append(style, "color:#999")
			case isStatus[j]:
				v := c.text
				if c.full != "" {
					v = c.full
				}
				if s := rndStatusStyle(v); s != "" {
					style = append(style, s)
				}
			}
			b.WriteString("<td")
			if len(style) > 0 {
				fmt.Fprintf(&b, ` style="%s"`, strings.Join(style, ";"))
			}
			if c.full != "" {
				fmt.Fprintf(&b, ` title="%s"`, html.EscapeString(c.full))
			}
			fmt.Fprintf(&b, ">%s</td>", html.EscapeString(c.text))
		}
		b.WriteString("</tr>\n")
	}
	if cut == len(rows) {
		cutRow()
	}
	b.WriteString("</tbody>\n</table>\n")
	if cut >= 0 {
		fmt.Fprintf(&b, "<p>%d rows × %d columns (showing the first %d and last %d)</p>\n", g.rows, len(g.names), cut, len(rows)-cut)
	} else {
		fmt.Fprintf(&b, "<p>%d rows × %d columns</p>\n", g.rows, len(g.names))
	}
	return b.String()
}
