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
