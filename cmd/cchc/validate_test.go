package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidate runs "cchc validate" on real and bad files.
func TestValidate(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	bad := write("bad.csv", "Tỉnh;Năm;Chỉ số;Giá trị;Hạng;Ghi chú\nHa Tinh;2011;PCI;65,97;7;\nNghe An;2O11;PCI;60;-1;\nQuang Tri;2011;PCI;abc;3;x;y\n")
	empty := write("empty.csv", "")
	obs := write("obs.csv", "entity,year,metric,value,unit\nHà Tĩnh,2024,online_rate,\"95,0%\",\n")
	missing := write("missing.csv", "index,province,value\nPCI,Ha Tinh,1\n")

	tests := []struct {
		name   string
		args   []string
		status int
		out    []string // substrings of standard output
		errOut []string // substrings of standard error
	}{
		{"real pci", []string{"validate", "../../testdata/real/pci_2005_2019.csv"}, 0,
			[]string{"pci_2005_2019.csv: index_values, 927 rows read, 927 loaded, 0 rejected"}, nil},
		{"real news and kind flag after the file", []string{"validate", "../../testdata/real/news_values.csv", "--kind", "index_values"}, 0,
			[]string{"news_values.csv: index_values, 270 rows read, 270 loaded, 0 rejected",
				`not in the province register, kept as written: "Viet Nam (provincial average)"`}, nil},
		{"bad rows", []string{"validate", bad}, 1, []string{
			"bad.csv: index_values, 3 rows read, 1 loaded, 2 rejected",
			`ignored columns (not part of index_values): "Ghi chú"`,
			`rejected line 3, column "Năm": cannot read "2O11" as a year`,
			"Nghe An;2O11;PCI;60;-1;",
			"rejected line 4: 7 fields, the header has 6",
		}, nil},
		{"max", []string{"validate", "--max", "1", bad}, 1, []string{"... and 1 more rejected rows"}, nil},
		{"several files", []string{"validate", obs, empty, missing}, 1,
			[]string{"obs.csv: observations, 1 rows read, 1 loaded, 0 rejected", "empty.csv: not loaded", "missing.csv: not loaded", "some rows or files were rejected"},
			[]string{"empty.csv: the file is empty", `missing.csv:1: column "year": required column missing: the index_values table needs column "year"`}},
		{"all valid", []string{"validate", obs, "../../testdata/real/pci_2005_2019.csv"}, 0, []string{"all 2 files valid"}, nil},
		{"wrong kind", []string{"validate", "--kind", "observations", "../../testdata/real/pci_2005_2019.csv"}, 1, nil,
			[]string{`the observations table needs columns "entity", "metric"`}},
		{"unknown kind", []string{"validate", "--kind", "nope", obs}, 2, nil, []string{`unknown table kind "nope"`}},
		{"no files", []string{"validate"}, 2, nil, []string{"no files"}},
		{"bad flag", []string{"validate", "--nope", obs}, 2, nil, []string{"-nope"}},
		{"missing file", []string{"validate", filepath.Join(dir, "none.csv")}, 1, nil, []string{"none.csv"}},
		{"unknown extension", []string{"validate", filepath.Join(dir, "x.ods")}, 1, nil, []string{`extension ".ods"`}},
		{"show", []string{"validate", "--show", "4", "../../testdata/real/pci_2005_2019.csv"}, 0,
			[]string{"An Giang", "Bà Rịa - Vũng Tàu", "...", "Yên Bái", "[927 rows x 8 columns]"}, nil},
		{"negative max", []string{"validate", "--max", "-1", obs}, 2, nil, []string{"0 or more"}},
		{"directory", []string{"validate", "../../testdata/real"}, 0,
			[]string{"news_values.csv: index_values, 270 rows read", "pci_2005_2019.csv: index_values, 927 rows read",
				"index_766.csv: 766 index (Decision 766/QĐ-TTg), 599 rows read", "phu_tho_766_counts_2026.csv: 766 counts, 22 rows read", "all 4 files valid"}, nil},
		{"empty directory", []string{"validate", t.TempDir()}, 1, nil, []string{"no data files"}},
		{"help", []string{"validate", "--help"}, 0, []string{"usage: cchc validate", "Exit status"}, nil},
		{"help command", []string{"help", "validate"}, 0, []string{"usage: cchc validate"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			status := run(tc.args, &out, &errb)
			if status != tc.status {
				t.Errorf("status %d, want %d\nstdout:\n%s\nstderr:\n%s", status, tc.status, out.String(), errb.String())
			}
			for _, w := range tc.out {
				if !strings.Contains(out.String(), w) {
					t.Errorf("stdout lacks %q:\n%s", w, out.String())
				}
			}
			for _, w := range tc.errOut {
				if !strings.Contains(errb.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, errb.String())
				}
			}
		})
	}
}
