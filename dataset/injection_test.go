package dataset

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
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
// skipped, and keeps the line numbers of the rows kept.
func TestReadFiltered(t *testing.T) {
	data := "entity,year,metric,value\nA,2024,keep,1\nB,2024,drop,2\nC,2024,keep,x\nD,2024, keep ,4\n"
	keep := func(cell func(string) string) bool { return cell("metric") == "keep" }
	l, err := ReadFiltered(bytes.NewReader([]byte(data)), "f.csv", FormatCSV, KindObservations, memory.NewGoAllocator(), keep)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if l.Record.NumRows() != 2 || l.Skipped != 1 || l.RowsRead != 4 || len(l.Rejected) != 1 {
		t.Fatalf("rows %d, skipped %d, read %d, rejected %v", l.Record.NumRows(), l.Skipped, l.RowsRead, l.Rejected)
	}
	if l.Lines[0] != 2 || l.Lines[1] != 5 || l.Rejected[0].Line != 4 {
		t.Fatalf("lines %v, rejected at %d", l.Lines, l.Rejected[0].Line)
	}
}
