package dataset

import (
	"math"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// renderRow is one row of the test table built by renderRecord.
type renderRow struct {
	index    string
	province string
	year     int32
	value    *float64
	rank     int64
	status   string
	sources  []string
}

func rf(v float64) *float64 { return &v }

// renderRecord builds a record of rows with a dictionary-encoded index
// and province, int32 year, nullable float64 value, int64 rank, string
// status and list<string> sources.
func renderRecord(mem memory.Allocator, rows []renderRow) arrow.Record {
	dictType := &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "index", Type: dictType},
		{Name: "province", Type: dictType},
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		{Name: "rank", Type: arrow.PrimitiveTypes.Int64},
		{Name: "status", Type: arrow.BinaryTypes.String},
		{Name: "sources", Type: arrow.ListOf(arrow.BinaryTypes.String)},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	for _, r := range rows {
		if err := b.Field(0).(*array.BinaryDictionaryBuilder).AppendString(r.index); err != nil {
			panic(err)
		}
		if err := b.Field(1).(*array.BinaryDictionaryBuilder).AppendString(r.province); err != nil {
			panic(err)
		}
		b.Field(2).(*array.Int32Builder).Append(r.year)
		if r.value == nil {
			b.Field(3).AppendNull()
		} else {
			b.Field(3).(*array.Float64Builder).Append(*r.value)
		}
		b.Field(4).(*array.Int64Builder).Append(r.rank)
		b.Field(5).(*array.StringBuilder).Append(r.status)
		lb := b.Field(6).(*array.ListBuilder)
		lb.Append(true)
		for _, s := range r.sources {
			lb.ValueBuilder().(*array.StringBuilder).Append(s)
		}
	}
	return b.NewRecord()
}

func sampleRenderRows() []renderRow {
	return []renderRow{
		{"PCI", "Hà Tĩnh", 2011, rf(65.97), 7, "met", []string{"VCCI"}},
		{"PCI", "Bà Rịa - Vũng Tàu", 2011, rf(60), 24, "near", nil},
		{"PAR INDEX", "Thành phố Hồ Chí Minh", 2020, nil, 1, "no_data", []string{"Bộ Nội vụ", "VnExpress"}},
		{"SIPAS", "Quảng Trị", 2021, rf(85.5), 40, "off_track", []string{"<b>&</b>"}},
	}
}

func TestText(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := renderRecord(mem, sampleRenderRows())
	defer rec.Release()

	got := Text(rec, RenderOptions{})
	want := `   index      province               year  value  rank  status     sources
0  PCI        Hà Tĩnh                2011  65.97     7  met        VCCI
1  PCI        Bà Rịa - Vũng Tàu      2011  60.00    24  near
2  PAR INDEX  Thành phố Hồ Chí Minh  2020   null     1  no_data    Bộ Nội vụ; VnExpress
3  SIPAS      Quảng Trị              2021  85.50    40  off_track  <b>&</b>
[4 rows x 7 columns]
`
	if got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
	checkAligned(t, got)
}

// checkAligned checks that every column of a Text table starts at the same
// rune offset on every line: a header word's first rune starts a column.
func checkAligned(t *testing.T, text string) {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	lines = lines[:len(lines)-1] // footer
	width := 0
	for _, l := range lines {
		width = max(width, utf8.RuneCountInString(l))
	}
	// A column boundary is a rune offset where every line has a space
	// before it (or is shorter); the header's gaps must be such offsets.
	header := []rune(lines[0])
	for i := 1; i < len(header); i++ {
		if header[i] != ' ' && header[i-1] == ' ' && i >= 2 && header[i-2] == ' ' {
			for _, l := range lines[1:] {
				r := []rune(l)
				if i-1 < len(r) && r[i-1] != ' ' {
					t.Errorf("line %q: no gap before rune column %d", l, i)
				}
			}
		}
	}
}

func TestTextCut(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	var rows []renderRow
	for i := range 25 {
		rows = append(rows, renderRow{"PCI", "Hà Tĩnh", int32(2000 + i), rf(float64(i) + 0.25), int64(i), "met", nil})
	}
	rec := renderRecord(mem, rows)
	defer rec.Release()

	got := Text(rec, RenderOptions{MaxRows: 5, HideRowNumbers: false})
	want := `     index  province  year  value  rank  status  sources
0    PCI    Hà Tĩnh   2000   0.25     0  met
1    PCI    Hà Tĩnh   2001   1.25     1  met
2    PCI    Hà Tĩnh   2002   2.25     2  met
...  ...    ...        ...    ...   ...  ...     ...
23   PCI    Hà Tĩnh   2023  23.25    23  met
24   PCI    Hà Tĩnh   2024  24.25    24  met
[25 rows x 7 columns]
`
	if got != want {
		t.Errorf("Text cut:\n%s\nwant:\n%s", got, want)
	}
	// Default limit: 20 rows shown of 25.
	def := Text(rec, RenderOptions{})
	if n := strings.Count(def, "\n"); n != 1+20+1+1 {
		t.Errorf("default limit: %d lines, want 23:\n%s", n, def)
	}
	if !strings.Contains(def, "\n9 ") || strings.Contains(def, "\n10 ") || !strings.Contains(def, "\n15 ") {
		t.Errorf("default limit should show rows 0-9 and 15-24:\n%s", def)
	}
	all := Text(rec, RenderOptions{MaxRows: -1})
	if strings.Contains(all, "...") || strings.Count(all, "\n") != 27 {
		t.Errorf("MaxRows -1 should show all rows:\n%s", all)
	}
}

func TestHTML(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := renderRecord(mem, sampleRenderRows())
	defer rec.Release()

	got := HTML(rec, RenderOptions{Caption: "PCI <2011> & PAR"})
	for _, want := range []string{
		`<table class="cchc-table">`,
		"<caption>PCI &lt;2011&gt; &amp; PAR</caption>",
		`<th style="text-align:left">province</th>`,
		`<th style="text-align:right">value</th>`,
		`<th>0</th><td>PCI</td><td>Hà Tĩnh</td><td style="text-align:right">2011</td><td style="text-align:right">65.97</td>`,
		`<td style="text-align:right">60.00</td>`,
		`<td style="text-align:right;color:#999">null</td>`,
		`<td style="background-color:#d4edda;color:#155724">met</td>`,
		`<td style="background-color:#fff3cd;color:#856404">near</td>`,
		`<td style="background-color:#f8d7da;color:#721c24">off_track</td>`,
		`<td style="background-color:#e2e3e5;color:#41464b">no_data</td>`,
		"<td>Bộ Nội vụ; VnExpress</td>",
		"<td>&lt;b&gt;&amp;&lt;/b&gt;</td>",
		"<p>4 rows × 7 columns</p>",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("HTML lacks %s\n%s", want, got)
		}
	}
	short := HTML(rec, RenderOptions{MaxCellWidth: 8})
	if want := `<td title="Thành phố Hồ Chí Minh">Thành p…</td>`; !strings.Contains(short, want) {
		t.Errorf("shortened HTML lacks %s\n%s", want, short)
	}
	if want := `<td style="background-color:#f8d7da;color:#721c24" title="off_track">off_tra…</td>`; !strings.Contains(short, want) {
		t.Errorf("shortened HTML lacks %s\n%s", want, short)
	}
	if strings.Contains(got, "<b>") {
		t.Errorf("HTML has unescaped text:\n%s", got)
	}
	if n := strings.Count(got, "<tr>"); n != 5 {
		t.Errorf("HTML has %d <tr>, want 5", n)
	}

	cut := HTML(rec, RenderOptions{MaxRows: 3, HideRowNumbers: true})
	for _, want := range []string{
		`<td style="text-align:left">…</td><td style="text-align:left">…</td><td style="text-align:right">…</td>`,
		"<p>4 rows × 7 columns (showing the first 2 and last 1)</p>",
		"<td>SIPAS</td>",
	} {
		if !strings.Contains(cut, want) {
			t.Errorf("cut HTML lacks %s\n%s", want, cut)
		}
	}
	if strings.Contains(cut, "<td>PAR INDEX</td>") || strings.Contains(cut, "<th>0</th>") {
		t.Errorf("cut HTML shows a hidden row or row numbers:\n%s", cut)
	}
}

func TestHTMLStatusColumnOption(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	schema := arrow.NewSchema([]arrow.Field{{Name: "Trạng thái", Type: arrow.BinaryTypes.String}, {Name: "status", Type: arrow.BinaryTypes.String}}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	b.Field(0).(*array.StringBuilder).AppendValues([]string{"met", "unknown"}, nil)
	b.Field(1).(*array.StringBuilder).AppendValues([]string{"met", "met"}, nil)
	rec := b.NewRecord()
	defer rec.Release()
	got := HTML(rec, RenderOptions{StatusColumn: "TRANG THAI"})
	want := "<th>0</th><td style=\"background-color:#d4edda;color:#155724\">met</td><td>met</td></tr>\n" +
		"<tr><th>1</th><td>unknown</td><td>met</td>"
	if !strings.Contains(got, want) {
		t.Errorf("HTML with StatusColumn:\n%s\nwant it to contain\n%s", got, want)
	}
}

// typesRecord holds one column of each type the renderer knows.
func typesRecord(mem memory.Allocator) arrow.Record {
	hcm := "Asia/Ho_Chi_Minh"
	dictType := &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int8, ValueType: arrow.BinaryTypes.String}
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "i8", Type: arrow.PrimitiveTypes.Int8},
		{Name: "i16", Type: arrow.PrimitiveTypes.Int16},
		{Name: "u32", Type: arrow.PrimitiveTypes.Uint32},
		{Name: "u64", Type: arrow.PrimitiveTypes.Uint64},
		{Name: "f32", Type: arrow.PrimitiveTypes.Float32},
		{Name: "f64", Type: arrow.PrimitiveTypes.Float64},
		{Name: "ok", Type: arrow.FixedWidthTypes.Boolean},
		{Name: "day", Type: arrow.FixedWidthTypes.Date32},
		{Name: "day64", Type: arrow.FixedWidthTypes.Date64},
		{Name: "opened", Type: &arrow.TimestampType{Unit: arrow.Second}},
		{Name: "at", Type: &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: hcm}},
		{Name: "note", Type: arrow.BinaryTypes.LargeString},
		{Name: "raw", Type: arrow.BinaryTypes.Binary},
		{Name: "values", Type: arrow.ListOf(arrow.PrimitiveTypes.Float64)},
		{Name: "area", Type: dictType},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	b.Field(0).(*array.Int8Builder).AppendValues([]int8{-8, 0}, nil)
	b.Field(1).(*array.Int16Builder).AppendValues([]int16{1600, -1}, nil)
	b.Field(2).(*array.Uint32Builder).AppendValues([]uint32{32, 0}, []bool{true, false})
	b.Field(3).(*array.Uint64Builder).AppendValues([]uint64{math.MaxUint64, 1}, nil)
	b.Field(4).(*array.Float32Builder).AppendValues([]float32{0.1, 2}, nil)
	b.Field(5).(*array.Float64Builder).AppendValues([]float64{math.NaN(), math.Inf(-1)}, nil)
	b.Field(6).(*array.BooleanBuilder).AppendValues([]bool{true, false}, nil)
	d := time.Date(2024, 12, 31, 0, 0, 0, 0, time.UTC)
	b.Field(7).(*array.Date32Builder).AppendValues([]arrow.Date32{arrow.Date32FromTime(d), 0}, nil)
	b.Field(8).(*array.Date64Builder).AppendValues([]arrow.Date64{arrow.Date64FromTime(d), 0}, []bool{true, false})
	b.Field(9).(*array.TimestampBuilder).AppendValues([]arrow.Timestamp{arrow.Timestamp(d.Unix()), arrow.Timestamp(d.AddDate(0, 0, 1).Unix())}, nil)
	at := time.Date(2025, 7, 1, 8, 30, 0, 0, time.UTC)
	b.Field(10).(*array.TimestampBuilder).AppendValues([]arrow.Timestamp{arrow.Timestamp(at.UnixMilli()), arrow.Timestamp(at.UnixMilli() + 1500)}, nil)
	b.Field(11).(*array.LargeStringBuilder).AppendValues([]string{"dòng 1\ndòng\t2", "ok"}, nil)
	b.Field(12).(*array.BinaryBuilder).AppendValues([][]byte{{1, 2, 3}, nil}, nil)
	lb := b.Field(13).(*array.ListBuilder)
	lb.Append(true)
	lb.ValueBuilder().(*array.Float64Builder).AppendValues([]float64{1.5, 2, 0.125}, []bool{true, true, true})
	lb.ValueBuilder().AppendNull()
	lb.AppendNull()
	db := b.Field(14).(*array.BinaryDictionaryBuilder)
	if err := db.AppendString("thủ tục hành chính"); err != nil {
		panic(err)
	}
	db.AppendNull()
	return b.NewRecord()
}

func TestRenderTypes(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := typesRecord(mem)
	defer rec.Release()

	got := Text(rec, RenderOptions{HideRowNumbers: true})
	want := `i8   i16   u32                   u64  f32   f64  ok     day         day64       opened      at                            note             raw        values              area
-8  1600    32  18446744073709551615  0.1   NaN  true   2024-12-31  2024-12-31  2024-12-31  2025-07-01 15:30:00 +07:00    dòng 1\ndòng\t2  <3 bytes>  1.5; 2; 0.12; null  thủ tục hành chính
 0    -1  null                     1  2.0  -Inf  false  1970-01-01  null        2025-01-01  2025-07-01 15:30:01.5 +07:00  ok               <0 bytes>  null                null
[2 rows x 15 columns]
`
	if got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
}

func TestTableRendering(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rows := sampleRenderRows()
	whole := renderRecord(mem, rows)
	defer whole.Release()
	// Three chunks, one of them empty, with rows split 2 + 0 + 2.
	parts := []arrow.Record{renderRecord(mem, rows[:2]), renderRecord(mem, nil), renderRecord(mem, rows[2:])}
	tbl := array.NewTableFromRecords(whole.Schema(), parts)
	for _, p := range parts {
		p.Release()
	}
	defer tbl.Release()

	for _, opts := range []RenderOptions{{}, {MaxRows: 3}, {MaxRows: 2, HideRowNumbers: true, BlankNulls: true}} {
		if got, want := TableText(tbl, opts), Text(whole, opts); got != want {
			t.Errorf("TableText(%+v):\n%s\nText:\n%s", opts, got, want)
		}
		if got, want := TableHTML(tbl, opts), HTML(whole, opts); got != want {
			t.Errorf("TableHTML(%+v):\n%s\nHTML:\n%s", opts, got, want)
		}
	}
}

func TestRenderOptions(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := renderRecord(mem, sampleRenderRows())
	defer rec.Release()

	tests := []struct {
		name string
		opts RenderOptions
		want string
	}{
		{"blank nulls, no row numbers, 5-character cells, list separator, caption", RenderOptions{BlankNulls: true, HideRowNumbers: true, MaxCellWidth: 5, ListSeparator: " | ", Caption: "Chỉ số\n2011"},
			`Chỉ số\n2011
index  prov…  year  value  rank  stat…  sour…
PCI    Hà T…  2011  65.97     7  met    VCCI
PCI    Bà R…  2011  60.00    24  near
PAR …  Thàn…  2020            1  no_d…  Bộ N…
SIPAS  Quản…  2021  85.50    40  off_…  <b>&…
[4 rows x 7 columns]
`},
		{"three decimals at most, no cut of cells", RenderOptions{Decimals: 3, MaxCellWidth: -1, MaxRows: 2},
			`     index  province   year  value  rank  status     sources
0    PCI    Hà Tĩnh    2011  65.97     7  met        VCCI
...  ...    ...         ...    ...   ...  ...        ...
3    SIPAS  Quảng Trị  2021  85.50    40  off_track  <b>&</b>
[4 rows x 7 columns]
`},
		{"whole numbers only", RenderOptions{Decimals: -1, MaxRows: 1},
			`     index  province  year  value  rank  status  sources
0    PCI    Hà Tĩnh   2011     66     7  met     VCCI
...  ...    ...        ...    ...   ...  ...     ...
[4 rows x 7 columns]
`},
	}
	for _, tt := range tests {
		if got := Text(rec, tt.opts); got != tt.want {
			t.Errorf("%s:\n%s\nwant:\n%s", tt.name, got, tt.want)
		}
	}
}

func TestRenderEmpty(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	if got := Text(nil, RenderOptions{}); got != "[0 rows x 0 columns]\n" {
		t.Errorf("Text(nil) = %q", got)
	}
	if got := TableText(nil, RenderOptions{}); got != "[0 rows x 0 columns]\n" {
		t.Errorf("TableText(nil) = %q", got)
	}
	if got := HTML(nil, RenderOptions{}); !strings.Contains(got, "<p>0 rows × 0 columns</p>") {
		t.Errorf("HTML(nil) = %q", got)
	}
	rec := renderRecord(mem, nil)
	defer rec.Release()
	want := "index  province  year  value  rank  status  sources\n[0 rows x 7 columns]\n"
	if got := Text(rec, RenderOptions{}); got != want {
		t.Errorf("Text(empty):\n%q\nwant\n%q", got, want)
	}
	if got := HTML(rec, RenderOptions{}); !strings.Contains(got, "<tbody>\n</tbody>") || !strings.Contains(got, "0 rows × 7 columns") {
		t.Errorf("HTML(empty):\n%s", got)
	}
	// Rows but no columns.
	noCols := array.NewRecord(arrow.NewSchema(nil, nil), nil, 5)
	defer noCols.Release()
	if got := Text(noCols, RenderOptions{}); got != "[5 rows x 0 columns]\n" {
		t.Errorf("Text(no columns) = %q", got)
	}
}

func TestRenderWidth(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	schema := arrow.NewSchema([]arrow.Field{{Name: "tên", Type: arrow.BinaryTypes.String}, {Name: "n", Type: arrow.PrimitiveTypes.Int64}}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	// Decomposed Vietnamese (normalised to NFC on output), wide CJK,
	// invalid UTF-8 and a control character.
	b.Field(0).(*array.StringBuilder).AppendValues([]string{"Ha\u0300 Ti\u0303nh", "東京", "a\xffb", "x\x01y", "Đà Nẵng"}, nil)
	b.Field(1).(*array.Int64Builder).AppendValues([]int64{1, 22, 333, 4444, 5}, nil)
	rec := b.NewRecord()
	defer rec.Release()
	got := Text(rec, RenderOptions{})
	want := `   tên         n
0  Hà Tĩnh     1
1  東京       22
2  a�b       333
3  x\x01y   4444
4  Đà Nẵng     5
[5 rows x 2 columns]
`
	if got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
	// Cutting counts columns too: a wide character is never split.
	if got := rndShorten("東京都庁", 5); got != "東京…" {
		t.Errorf("rndShorten wide = %q", got)
	}
	if got := rndShorten("Hà Tĩnh", 1); got != "H…" {
		t.Errorf("rndShorten to 1 = %q", got)
	}
}

func TestDecimalsNeeded(t *testing.T) {
	tests := []struct {
		v    float64
		max  int
		want int
	}{
		{90, 2, 0}, {85.5, 2, 1}, {65.97, 2, 2}, {0.1 + 0.2, 2, 1}, {1.0 / 3, 2, 2}, {1.0 / 3, 4, 4},
		{0.001, 2, 0}, {-0.004, 2, 0}, {math.NaN(), 2, 0}, {math.Inf(1), 2, 0}, {1e21, 2, 0},
	}
	for _, tt := range tests {
		if got := rndDecimalsNeeded(tt.v, tt.max); got != tt.want {
			t.Errorf("rndDecimalsNeeded(%v, %d) = %d, want %d", tt.v, tt.max, got, tt.want)
		}
	}
	if got := rndFormatFloat(-0.004, 2); got != "0.00" {
		t.Errorf("rndFormatFloat(-0.004, 2) = %q, want 0.00 (no negative zero)", got)
	}
}

// TestRenderCostFollowsShownRows checks that rendering a long table only
// formats the rows it shows: allocations do not grow with the table.
func TestRenderCostFollowsShownRows(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	build := func(n int) arrow.Record {
		var rows []renderRow
		for i := range n {
			rows = append(rows, renderRow{"PCI", "Hà Tĩnh", int32(2000 + i%20), rf(float64(i) / 7), int64(i), "met", []string{"a"}})
		}
		return renderRecord(mem, rows)
	}
	small, large := build(100), build(50000)
	defer small.Release()
	defer large.Release()
	allocs := func(rec arrow.Record) float64 {
		return testing.AllocsPerRun(5, func() { _ = Text(rec, RenderOptions{}); _ = HTML(rec, RenderOptions{}) })
	}
	a, b := allocs(small), allocs(large)
	if b > a*1.1+10 {
		t.Errorf("rendering 50000 rows allocates %.0f times, 100 rows %.0f: cost should not grow with the table", b, a)
	}
}

func TestRenderCutAfterFirstRow(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := renderRecord(mem, sampleRenderRows())
	defer rec.Release()
	got := HTML(rec, RenderOptions{MaxRows: 1})
	if !strings.Contains(got, "<tr><th>0</th>") || !strings.Contains(got, "<tr><th>…</th>") || strings.Contains(got, "<th>3</th>") ||
		!strings.Contains(got, "(showing the first 1 and last 0)") {
		t.Errorf("HTML MaxRows 1:\n%s", got)
	}
	if strings.Index(got, "<th>…</th>") < strings.Index(got, "<th>0</th>") {
		t.Errorf("the cut row should follow row 0:\n%s", got)
	}
}

func TestTextMaxWidth(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := renderRecord(mem, sampleRenderRows())
	defer rec.Release()
	tests := []struct {
		opts RenderOptions
		want string
	}{
		{RenderOptions{MaxWidth: 50, MaxRows: 2}, `     index  province   ...  status     sources
0    PCI    Hà Tĩnh    ...  met        VCCI
...  ...    ...        ...  ...        ...
3    SIPAS  Quảng Trị  ...  off_track  <b>&</b>
[4 rows x 7 columns]
`},
		{RenderOptions{MaxWidth: 20, MaxRows: 2, HideRowNumbers: true}, `index  ...  sources
PCI    ...  VCCI
...    ...  ...
SIPAS  ...  <b>&</b>
[4 rows x 7 columns]
`},
		{RenderOptions{MaxWidth: 1, MaxRows: 2}, `     index  ...
0    PCI    ...
...  ...    ...
3    SIPAS  ...
[4 rows x 7 columns]
`},
		{RenderOptions{MaxWidth: 1000, MaxRows: 1, HideRowNumbers: true}, `index  province  year  value  rank  status  sources
PCI    Hà Tĩnh   2011  65.97     7  met     VCCI
...    ...        ...    ...   ...  ...     ...
[4 rows x 7 columns]
`},
	}
	for _, tt := range tests {
		got := Text(rec, tt.opts)
		if got != tt.want {
			t.Errorf("Text(%+v):\n%s\nwant:\n%s", tt.opts, got, tt.want)
		}
		for _, line := range strings.Split(got, "\n") {
			if tt.opts.MaxWidth >= 20 && rndTextWidth(line) > tt.opts.MaxWidth {
				t.Errorf("line %q is wider than %d", line, tt.opts.MaxWidth)
			}
		}
	}
}

// FuzzRender checks that any cell text and options render without
// panicking, that HTML escapes the text, and that text lines keep the
// columns aligned.
func FuzzRender(f *testing.F) {
	f.Add("Hà Tĩnh", 1.5, 3, 10)
	f.Add("<script>alert(1)</script>", math.NaN(), 0, -1)
	f.Add("a\nb\tc\x00\xff", -0.0, -1, 0)
	f.Add("東京 Ｔｏｋｙｏ", math.Inf(1), 1, 1)
	f.Fuzz(func(t *testing.T, s string, v float64, maxRows, cellWidth int) {
		mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
		defer mem.AssertSize(t, 0)
		build := func(s string) arrow.Record {
			schema := arrow.NewSchema([]arrow.Field{{Name: s, Type: arrow.BinaryTypes.String}, {Name: "v", Type: arrow.PrimitiveTypes.Float64}}, nil)
			b := array.NewRecordBuilder(mem, schema)
			defer b.Release()
			b.Field(0).(*array.StringBuilder).AppendValues([]string{s, "x", s}, nil)
			b.Field(1).(*array.Float64Builder).AppendValues([]float64{v, 1, -v}, nil)
			return b.NewRecord()
		}
		rec, plain := build(s), build("y")
		defer rec.Release()
		defer plain.Release()
		opts := RenderOptions{MaxRows: maxRows % 5, MaxCellWidth: cellWidth % 50}
		text := Text(rec, opts)
		lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
		if !strings.HasSuffix(text, "[3 rows x 2 columns]\n") {
			t.Fatalf("no footer:\n%s", text)
		}
		// Every cell is one line: header + shown rows (+ cut row) + footer.
		if n := len(lines); n < 3 || n > 6 {
			t.Fatalf("%d lines:\n%s", n, text)
		}
		// Escaped text adds no markup: as many tags as with a plain cell.
		h, hp := HTML(rec, opts), HTML(plain, opts)
		if strings.Count(h, "<") != strings.Count(hp, "<") || strings.Count(h, ">") != strings.Count(hp, ">") {
			t.Fatalf("HTML of %q has different markup:\n%s\nplain:\n%s", s, h, hp)
		}
	})
}

// TestRenderOtherTypes checks that types without a dedicated format
// (struct, map, null, float16, decimal, duration, fixed-size list) render
// through Arrow's own value strings without panicking.
func TestRenderOtherTypes(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "s", Type: arrow.StructOf(arrow.Field{Name: "a", Type: arrow.PrimitiveTypes.Int32})},
		{Name: "m", Type: arrow.MapOf(arrow.BinaryTypes.String, arrow.PrimitiveTypes.Int32)},
		{Name: "n", Type: arrow.Null, Nullable: true},
		{Name: "h", Type: arrow.FixedWidthTypes.Float16},
		{Name: "d", Type: &arrow.Decimal128Type{Precision: 5, Scale: 2}},
		{Name: "dur", Type: arrow.FixedWidthTypes.Duration_s},
		{Name: "fsl", Type: arrow.FixedSizeListOf(2, arrow.PrimitiveTypes.Int64)},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	sb := b.Field(0).(*array.StructBuilder)
	sb.Append(true)
	sb.FieldBuilder(0).(*array.Int32Builder).Append(7)
	mb := b.Field(1).(*array.MapBuilder)
	mb.Append(true)
	mb.KeyBuilder().(*array.StringBuilder).Append("k")
	mb.ItemBuilder().(*array.Int32Builder).Append(1)
	b.Field(2).AppendNull()
	b.Field(3).(*array.Float16Builder).AppendValues(nil, nil)
	b.Field(3).AppendNull()
	b.Field(4).AppendNull()
	b.Field(5).(*array.DurationBuilder).Append(90)
	fb := b.Field(6).(*array.FixedSizeListBuilder)
	fb.Append(true)
	fb.ValueBuilder().(*array.Int64Builder).AppendValues([]int64{1, 2}, nil)
	rec := b.NewRecord()
	defer rec.Release()
	got := Text(rec, RenderOptions{})
	want := `   s        m                      n        h     d  dur  fsl
0  {"a":7}  {"key":"k","value":1}  null  null  null  90s  1; 2
[1 rows x 7 columns]
`
	if got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
	for _, want := range []string{`{&#34;a&#34;:7}`, "(null)"} {
		if h := HTML(rec, RenderOptions{}); strings.Contains(h, want) != (want != "(null)") {
			t.Errorf("HTML and %q:\n%s", want, h)
		}
	}
}

// TestRenderDictionaryNumbers checks a dictionary of floats (decimals and
// right alignment looked up through the dictionary) and a timestamp
// column whose time zone Go does not know (Arrow's own text is used).
func TestRenderDictionaryNumbers(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	dt := &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int16, ValueType: arrow.PrimitiveTypes.Float64}
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "weight", Type: dt, Nullable: true},
		{Name: "at", Type: &arrow.TimestampType{Unit: arrow.Second, TimeZone: "Not/AZone"}},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	wb := b.Field(0).(*array.Float64DictionaryBuilder)
	for _, v := range []float64{1.5, 2, 1.5} {
		if err := wb.Append(v); err != nil {
			t.Fatal(err)
		}
	}
	wb.AppendNull()
	b.Field(1).(*array.TimestampBuilder).AppendValues([]arrow.Timestamp{0, 60, 3600, 86400}, nil)
	rec := b.NewRecord()
	defer rec.Release()
	got := Text(rec, RenderOptions{})
	want := `   weight  at
0     1.5  1970-01-01 00:00:00Z
1     2.0  1970-01-01 00:01:00Z
2     1.5  1970-01-01 01:00:00Z
3    null  1970-01-02 00:00:00Z
[4 rows x 2 columns]
`
	if got != want {
		t.Errorf("Text:\n%s\nwant:\n%s", got, want)
	}
}

func BenchmarkText(b *testing.B) {
	var rows []renderRow
	for i := range 100000 {
		rows = append(rows, renderRow{"PCI", "Hà Tĩnh", int32(2000 + i%20), rf(float64(i) / 7), int64(i), "met", []string{"VCCI"}})
	}
	rec := renderRecord(memory.NewGoAllocator(), rows)
	defer rec.Release()
	b.ResetTimer()
	for b.Loop() {
		_ = Text(rec, RenderOptions{})
	}
}

// TestRenderColumns checks that RenderOptions.Columns picks and orders the
// columns shown, and shows a misspelt name as an empty column.
func TestRenderColumns(t *testing.T) {
	rec := TargetsToRecord(memory.NewGoAllocator(), []Target{{Code: "II.3.2", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025}})
	defer rec.Release()
	tests := []struct {
		name    string
		columns []string
		want    []string // in order
		notWant []string
	}{
		{"picked and ordered", []string{"value", "CODE"}, []string{"value", "code", "90", "II.3.2"}, []string{"metric", "online_submission_rate"}},
		{"misspelt", []string{"code", "vlaue"}, []string{"code", "vlaue?"}, []string{"metric"}},
		{"all", nil, []string{"plan_id", "code", "metric"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, out := range []string{Text(rec, RenderOptions{Columns: tc.columns}), HTML(rec, RenderOptions{Columns: tc.columns})} {
				at := 0
				for _, w := range tc.want {
					i := strings.Index(out[at:], w)
					if i < 0 {
						t.Fatalf("%q not found in order in:\n%s", w, out)
					}
					at += i + len(w)
				}
				for _, w := range tc.notWant {
					if strings.Contains(out, w) {
						t.Errorf("%q shown in:\n%s", w, out)
					}
				}
			}
		})
	}
}
