package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/plots"
)

func TestPlotCommand(t *testing.T) {
	dir := t.TempDir()
	own := filepath.Join(dir, "own.csv")
	// An analyst's export: Vietnamese headers, ';' delimiter, decimal commas.
	os.WriteFile(own, []byte("\ufeffNăm;Đơn vị;Tỷ lệ (%)\n2023;Sở Nội vụ;81,5\n2024;Sở Nội vụ;90,2\n2023;Sở Tư pháp;77\n2024;Sở Tư pháp;\n"), 0o644)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("year,agency,rate\n2023,A,81.5\n2024,A,n/a\n"), 0o644)
	pci := filepath.Join("..", "..", "testdata", "real", "pci_2005_2019.csv")
	news := filepath.Join("..", "..", "testdata", "real", "news_values.csv")
	scores := filepath.Join("..", "..", "plots", "testdata", "scorecard_3098_illustrative.csv")
	leads := filepath.Join(dir, "tasks.csv")
	// A tasks table as cchc parse writes it: lead agencies joined by "; ".
	os.WriteFile(leads, []byte("plan_id,code,task,lead\n3098/QĐ-UBND,1,Ban hành kế hoạch,Sở Nội vụ\n3098/QĐ-UBND,2,Rà soát văn bản,Sở Tư pháp; Sở Nội vụ\n"), 0o644)
	tests := []struct {
		name   string
		args   []string
		out    string // output file expected to exist ("" none)
		code   int
		stderr string
		stdout string
	}{
		{name: "usage", args: []string{}, code: 2, stderr: "usage: cchc plot"},
		{name: "help", args: []string{"--help"}, code: 0, stdout: "usage: cchc plot"},
		{name: "unknown chart", args: []string{"pie", "--data", pci}, code: 2, stderr: `unknown chart "pie"`},
		{name: "no data flag", args: []string{"trend"}, code: 2, stderr: "--data FILE is required"},
		{name: "bad years", args: []string{"trend", "--data", pci, "--years", "2019-2010"}, code: 2, stderr: "first year is after the last"},
		{name: "bad extension", args: []string{"trend", "--data", pci, "-o", filepath.Join(dir, "x.jpg")}, code: 2, stderr: ".svg, .png or .pdf"},
		{name: "trend png", args: []string{"trend", "--data", pci, "--entities", "Ha Tinh,Hưng Yên,QUẢNG TRỊ", "--band", "median-iqr", "-o", filepath.Join(dir, "t.png")}, out: "t.png", code: 0},
		{name: "bars svg", args: []string{"bars", "--data", pci, "--years", "2017-2019", "--entities", "Thanh Hoa,Nghe An", "--labels", "-o", filepath.Join(dir, "b.svg")}, out: "b.svg", code: 0},
		{name: "svg to stdout", args: []string{"trend", "--data", news, "--index", "SIPAS", "--entities", "Ha Tinh", "--target", "90"}, code: 0, stdout: "<svg"},
		{name: "empty selection", args: []string{"trend", "--data", pci, "--entities", "Atlantis", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: `no rows for "Atlantis"`},
		{name: "empty years", args: []string{"bars", "--data", pci, "--years", "1990-1991", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: "no rows for index PCI, years 1990–1991"},
		{name: "several indices", args: []string{"trend", "--data", news, "--entities", "Ha Tinh", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: "choose one"},
		// The hint on its own line must not keep the error in English.
		{name: "several indices vi", args: []string{"trend", "--lang", "vi", "--data", news, "--entities", "Ha Tinh", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: "; hãy chọn một\n(chọn một chỉ số bằng --index TÊN"},
		{name: "unknown column", args: []string{"trend", "--data", pci, "--y", "score", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: `unknown column "score"`},
		{name: "own csv", args: []string{"trend", "--data", own, "--x", "năm", "--y", "Tỷ lệ (%)", "--series", "Đơn vị", "--target", "90", "-o", filepath.Join(dir, "own.png")}, out: "own.png", code: 0},
		{name: "non-numeric", args: []string{"trend", "--data", bad, "--x", "year", "--y", "rate", "--series", "agency", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: `bad.csv:3: column "rate": "n/a" is not a number`},
		{name: "missing file", args: []string{"trend", "--data", filepath.Join(dir, "none.csv")}, code: 1, stderr: "none.csv"},
		{name: "indices as series", args: []string{"trend", "--data", news, "--series", "index", "--entities", "PAR INDEX,SIPAS", "--where", "province=Ha Tinh", "--years", "2020-2024", "--labels", "-o", filepath.Join(dir, "w.png")}, out: "w.png", code: 0},
		{name: "bad where", args: []string{"trend", "--data", news, "--where", "province"}, code: 2, stderr: "COLUMN=VALUE"},
		{name: "heatmap", args: []string{"heatmap", "--data", scores, "-o", filepath.Join(dir, "h.png")}, out: "h.png", code: 0},
		{name: "attainment", args: []string{"attainment", "--data", scores, "--entity", "Ha Tinh", "--year", "2025", "-o", filepath.Join(dir, "a.svg")}, out: "a.svg", code: 0},
		{name: "attainment empty", args: []string{"attainment", "--data", scores, "--entity", "Quảng Trị", "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: "no scorecard rows match"},
		{name: "workload", args: []string{"workload", "--data", leads, "-o", filepath.Join(dir, "wl.png")}, out: "wl.png", code: 0},
		{name: "heatmap on index table", args: []string{"heatmap", "--data", pci, "-o", filepath.Join(dir, "e.png")}, code: 1, stderr: `unknown column "code"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := runPlot(tt.args, &stdout, &stderr)
			if code != tt.code {
				t.Fatalf("exit %d, want %d; stderr:\n%s", code, tt.code, stderr.String())
			}
			if tt.stderr != "" && !strings.Contains(stderr.String(), tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr.String(), tt.stderr)
			}
			if tt.stdout != "" && !strings.Contains(stdout.String(), tt.stdout) {
				t.Errorf("stdout does not contain %q", tt.stdout)
			}
			if tt.out != "" {
				b, err := os.ReadFile(filepath.Join(dir, tt.out))
				if err != nil {
					t.Fatal(err)
				}
				if strings.HasSuffix(tt.out, ".png") && !bytes.HasPrefix(b, []byte("\x89PNG")) {
					t.Errorf("%s is not a PNG", tt.out)
				}
				if strings.HasSuffix(tt.out, ".svg") && !bytes.Contains(b, []byte("<svg")) {
					t.Errorf("%s is not an SVG", tt.out)
				}
			}
		})
	}
	// Failed runs leave nothing behind.
	if _, err := os.Stat(filepath.Join(dir, "e.png")); err == nil {
		t.Error("a failed run wrote e.png")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("temporary file left: %s", e.Name())
		}
	}
}

// TestPlotHint checks that the flag hints come from the typed options
// error's fields, whatever its message says.
func TestPlotHint(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want string
	}{
		{"index", &plots.OptionsError{Fields: []string{"Index"}, Column: "index", Msg: "x"}, "--index NAME"},
		{"metric", &plots.OptionsError{Fields: []string{"Index"}, Column: "metric", Msg: "x"}, "--metric ID"},
		{"too many series", &plots.OptionsError{Fields: []string{"Entities", "MaxSeries"}, Msg: "x"}, "raise --max"},
		{"one entity", &plots.OptionsError{Fields: []string{"Entities"}, Msg: "x"}, "--entities NAME"},
		{"combinations", &plots.OptionsError{Fields: []string{"PlanID", "Entity", "Year"}, Msg: "x"}, "--plan, --entity and --year"},
		{"wrapped", fmt.Errorf("file.csv: %w", &plots.OptionsError{Fields: []string{"Year", "By"}, Msg: "x"}), "--by year"},
		{"other error", errors.New("the record holds 3 indices"), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := plotHint(tc.err, i18n.EN)
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("plotHint = %q, want it to hold %q", got, tc.want)
			}
		})
	}
}
