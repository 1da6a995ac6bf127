package dataset

import (
	"strings"
	"testing"
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
