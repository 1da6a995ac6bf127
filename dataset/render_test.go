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
