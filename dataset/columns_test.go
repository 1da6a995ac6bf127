package dataset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

func TestReadColumns(t *testing.T) {
	tests := []struct {
		name, csv string
		wantRows  int
		wantErr   string
	}{
		{"semicolons and decimal commas", "Năm;Đơn vị;Tỷ lệ (%)\n2023;Sở Nội vụ;81,5\n2024;Sở Nội vụ;90,2%\n2024;Sở Tư pháp;\n", 3, ""},
		{"column named without accents", "Nam,Don vi,Ty le (%)\n2023,A,1\n", 1, ""},
		{"not a number", "Năm;Đơn vị;Tỷ lệ (%)\n2023;A;81,5\n2024;A;n/a\n", 0, `x.csv:3: column "Tỷ lệ (%)": "n/a" is not a number`},
		{"not a year", "Năm;Đơn vị;Tỷ lệ (%)\nhai;A;1\n", 0, `x.csv:2: column "Năm": "hai" is not a year`},
		{"short row", "Năm;Đơn vị;Tỷ lệ (%)\n2023;A\n", 0, "x.csv:2: 2 fields, the header has 3"},
		{"unknown column", "Year;Unit;Rate\n2023;A;1\n", 0, `unknown column "năm"`},
		{"header only", "Năm;Đơn vị;Tỷ lệ (%)\n", 0, "no data rows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, "x.csv")
			if err := os.WriteFile(p, []byte(tc.csv), 0o644); err != nil {
				t.Fatal(err)
			}
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			rec, err := ReadColumns(p, []string{"năm"}, []string{"Tỷ lệ (%)"}, mem)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer rec.Release()
			if int(rec.NumRows()) != tc.wantRows {
				t.Errorf("rows %d, want %d", rec.NumRows(), tc.wantRows)
			}
			if _, ok := rec.Column(0).(*array.Int64); !ok {
				t.Errorf("year column is %T", rec.Column(0))
			}
			if v, ok := rec.Column(2).(*array.Float64); !ok || v.Value(0) == 0 {
				t.Errorf("number column is %T", rec.Column(2))
			}
		})
	}
}
