package dataset

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// TestCSVFormulaInjection writes text cells that a spreadsheet would
// evaluate: each gets a leading single quote; numbers cchc formats (a
// negative value) stay numbers.
func TestCSVFormulaInjection(t *testing.T) {
	mem := memory.NewGoAllocator()
	obs := []Observation{
		{Entity: "=HYPERLINK(\"http://evil\",\"x\")", Year: 2024, Metric: "+cmd", Value: -5, Unit: "-5%", Source: "@SUM(A1:A9)"},
		{Entity: "\t=1+1", Year: 2024, Metric: "\r=2", Value: 1.5, Unit: "percent", Source: "Sở Nội vụ"},
	}
	rec := ObservationsToRecord(mem, obs)
	defer rec.Release()
	var buf bytes.Buffer
	if err := Write(&buf, FormatCSV, rec, WriteOptions{BOM: true}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, tc := range []struct {
		row  int
		name string
		want string
	}{
		{1, "entity", "'=HYPERLINK(\"http://evil\",\"x\")"},
		{1, "metric", "'+cmd"},
		{1, "value", "-5"},
		{1, "unit", "'-5%"},
		{1, "source", "'@SUM(A1:A9)"},
		{1, "year", "2024"},
		{2, "entity", "'\t=1+1"},
		{2, "metric", "'\r=2"},
		{2, "source", "Sở Nội vụ"},
	} {
		if got := rows[tc.row][col[tc.name]]; got != tc.want {
			t.Errorf("row %d %s = %q, want %q", tc.row, tc.name, got, tc.want)
		}
	}
	for _, row := range rows[1:] {
		for i, cell := range row {
			if i != col["value"] && cell != "" && bytes.ContainsRune([]byte("=+-@\t\r"), rune(cell[0])) {
				t.Errorf("cell %q written as a formula", cell)
			}
		}
	}
}

// TestCSVFormulaRoundTrip: what the CSV writer guards reads back as it
// was, so cchc's own tables (a comparator "=", a subject "-5%") survive a
// write and a read.
func TestCSVFormulaRoundTrip(t *testing.T) {
	mem := memory.NewGoAllocator()
	in := []Observation{{Entity: "=cmd|' /C calc'!A0", Year: 2024, Metric: "-m", Value: -2.5, Unit: "+x", Source: "@a; b"}}
	rec := ObservationsToRecord(mem, in)
	defer rec.Release()
	var buf bytes.Buffer
	if err := Write(&buf, FormatCSV, rec, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	l, err := Read(&buf, "back.csv", FormatCSV, KindObservations, mem)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	out, err := ObservationsFromRecord(l.Record)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) != 1 || out[0] != in[0] {
		t.Fatalf("read back %+v, wrote %+v", out, in)
	}
}

// TestReadFiltered keeps the rows a filter accepts, counts the others as
// skipped, and keeps the line numbers of the rows kept, in every format
// (CSV and JSON as text, Parquet and Arrow with all-text columns, and
// Parquet split in row groups of one row, read one group at a time).
func TestReadFiltered(t *testing.T) {
	rows := [][]string{{"A", "2024", "keep", "1"}, {"B", "2024", "drop", "2"}, {"C", "2024", "keep", "x"}, {"D", "2024", " keep ", "4"}}
	header := []string{"entity", "year", "metric", "value"}
	csvText := strings.Join(header, ",") + "\n"
	var jsonRecs []string
	for _, r := range rows {
		csvText += strings.Join(r, ",") + "\n"
		jsonRecs = append(jsonRecs, fmt.Sprintf(`{"entity": %q, "year": %s, "metric": %q, "value": %q}`, r[0], r[1], r[2], r[3]))
	}
	textRecord := func() arrow.Record {
		fields := make([]arrow.Field, len(header))
		for j, h := range header {
			fields[j] = arrow.Field{Name: h, Type: arrow.BinaryTypes.String}
		}
		b := array.NewRecordBuilder(memory.NewGoAllocator(), arrow.NewSchema(fields, nil))
		defer b.Release()
		for _, r := range rows {
			for j, c := range r {
				b.Field(j).(*array.StringBuilder).Append(c)
			}
		}
		return b.NewRecord()
	}
	encode := func(format Format) []byte {
		rec := textRecord()
		defer rec.Release()
		var buf bytes.Buffer
		if err := Write(&buf, format, rec, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	tests := []struct {
		name   string
		format Format
		data   []byte
		// rejectedLine is the line of the "x" value: the JSON record's
		// line, the others' row (header = line 1).
		rejectedLine int
	}{
		{"csv", FormatCSV, []byte(csvText), 4},
		{"json", FormatJSON, []byte("[\n" + strings.Join(jsonRecs, ",\n") + "\n]\n"), 4},
		{"parquet", FormatParquet, encode(FormatParquet), 4},
		{"parquet row groups", FormatParquet, oneRowGroups(t, textRecord()), 4},
		{"arrow", FormatArrow, encode(FormatArrow), 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var asked []string
			keep := func(cell func(string) string) bool {
				asked = append(asked, cell("metric"))
				return cell("metric") == "keep"
			}
			l, err := ReadFiltered(bytes.NewReader(tc.data), "f."+string(tc.format), tc.format, KindObservations, memory.NewGoAllocator(), keep)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Release()
			if l.Record.NumRows() != 2 || l.Skipped != 1 || l.RowsRead != 4 || len(l.Rejected) != 1 {
				t.Fatalf("rows %d, skipped %d, read %d, rejected %v", l.Record.NumRows(), l.Skipped, l.RowsRead, l.Rejected)
			}
			if len(l.Lines) != 2 || l.Lines[0] != 2 || l.Lines[1] != 5 || l.Rejected[0].Line != tc.rejectedLine {
				t.Fatalf("lines %v, rejected at %d", l.Lines, l.Rejected[0].Line)
			}
			if want := []string{"keep", "drop", "keep", "keep"}; !reflect.DeepEqual(asked, want) {
				t.Errorf("filter asked about %q, want %q", asked, want)
			}
			// CheckOnly checks every row and keeps only the first good one.
			c, err := ReadWith(bytes.NewReader(tc.data), "f."+string(tc.format), ReadOptions{Format: tc.format, Kind: KindObservations, CheckOnly: true, KeepFirst: 1}, memory.NewGoAllocator())
			if err != nil {
				t.Fatal(err)
			}
			defer c.Release()
			if c.Record.NumRows() != 1 || c.Checked != 2 || c.RowsRead != 4 || len(c.Rejected) != 1 || !reflect.DeepEqual(c.Lines, []int{2}) {
				t.Fatalf("CheckOnly: rows %d, checked %d, read %d, rejected %v, lines %v", c.Record.NumRows(), c.Checked, c.RowsRead, c.Rejected, c.Lines)
			}
		})
	}
}

// oneRowGroups writes rec (released here) as Parquet with one row per row
// group.
func oneRowGroups(t *testing.T, rec arrow.Record) []byte {
	t.Helper()
	defer rec.Release()
	data := damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(1)), pqarrow.DefaultWriterProps())
	pf, err := file.NewParquetReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer pf.Close()
	if pf.NumRowGroups() != int(rec.NumRows()) {
		t.Fatalf("%d row groups for %d rows", pf.NumRowGroups(), rec.NumRows())
	}
	return data
}
