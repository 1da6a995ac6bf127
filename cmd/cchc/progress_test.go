package main

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// runProgressCmd runs "cchc progress" with args and returns the exit
// status, standard output and standard error.
func runProgressCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(append([]string{"progress"}, args...), &out, &errb)
	return code, out.String(), errb.String()
}

// readProgressCSV reads an output file into rows keyed by entity/metric/code.
func readProgressCSV(t *testing.T, path string) (map[string]map[string]string, []byte) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]map[string]string{}
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[h] = rec[i]
		}
		rows[row["entity"]+"/"+row["metric"]+"/"+row["code"]] = row
	}
	return rows, data
}

func TestProgressCommandRealIndices(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "progress.csv")
	data := filepath.Join("..", "..", "testdata", "real", "news_values.csv")
	tests := []struct {
		name   string
		args   []string
		key    string
		class  string
		method string
		ratio  float64
	}{
		// PAR INDEX Hà Tĩnh 85,31 (2020) → 89,72 (2024): 1,27% a year.
		{"trend", []string{"--metric", "PAR INDEX"}, "Hà Tĩnh/PAR INDEX/", "moderate", "opensdg_trend_cagr",
			math.Pow(89.72/85.31, 0.25) - 1},
		// Near the natural limit 100 the thresholds shrink: substantial.
		{"trend near the limit", []string{"--metric", "PAR INDEX", "--limit", "100"}, "Hà Tĩnh/PAR INDEX/", "substantial", "opensdg_trend_cagr",
			math.Pow(89.72/85.31, 0.25) - 1},
		// SIPAS 89,13 → 85,17 against 95 by 2030.
		{"target flag", []string{"--metric", "sipas", "--target", "95", "--target-year", "2030"}, "Hà Tĩnh/SIPAS/", "deterioration", "opensdg_target_ratio",
			(math.Pow(85.17/89.13, 0.25) - 1) / (math.Pow(95/89.13, 0.1) - 1)},
		// Base year 2022 (85,95) to 2024 (89,72).
		{"base year", []string{"--metric", "PAR INDEX", "--base-year", "2022"}, "Hà Tĩnh/PAR INDEX/", "substantial", "opensdg_trend_cagr",
			math.Pow(89.72/85.95, 0.5) - 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := runProgressCmd(t, append([]string{"--data", data, "-o", out}, tc.args...)...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			rows, raw := readProgressCSV(t, out)
			if bytes.Contains(raw, []byte("\n#")) || !bytes.HasPrefix(raw, []byte("\uFEFFentity,")) {
				t.Errorf("output starts %q", raw[:40])
			}
			row, ok := rows[tc.key]
			if !ok {
				t.Fatalf("no row %s in %v", tc.key, rows)
			}
			ratio, _ := strconv.ParseFloat(row["progress_value"], 64)
			if row["class"] != tc.class || row["method"] != tc.method || math.Abs(ratio-tc.ratio) > 1e-12 {
				t.Errorf("%s: class %s method %s R %v; want %s %s %v", tc.key, row["class"], row["method"], ratio, tc.class, tc.method, tc.ratio)
			}
			// Hải Phòng 2023 has two published values: not assessed, both lines named.
			if hp, ok := rows["Hải Phòng/PAR INDEX/"]; ok && (hp["class"] != "unable_to_assess" || !strings.Contains(hp["note"], "dòng 37") || !strings.Contains(hp["note"], "dòng 59")) {
				t.Errorf("Hải Phòng: %v", hp)
			}
			if strings.Contains(tc.key, "PAR INDEX") && !strings.Contains(stdout, "news_values.csv:17: no value (only a rank is published)") {
				t.Errorf("stdout:\n%s", stdout)
			}
		})
	}
}

func TestProgressCommandTargets(t *testing.T) {
	dir := t.TempDir()
	obs := filepath.Join(dir, "obs.csv")
	targets := filepath.Join(dir, "targets.csv")
	out := filepath.Join(dir, "out.csv")
	os.WriteFile(obs, []byte("# observations\nentity,year,metric,value\nHà Tĩnh,2021,online_submission_rate,42\nHa Tinh,2024,online_submission_rate,71.5\n"+
		"Hà Tĩnh,2026,online_submission_rate,99\nHà Tĩnh,2022,overdue_rate,5\nHà Tĩnh,2024,overdue_rate,3\nHà Tĩnh,2024,support_spending,7\n"), 0o644)
	os.WriteFile(targets, []byte("plan_id,code,metric,comparator,value,year\np1,a,online_submission_rate,>=,90,2025\np1,c,overdue_rate,<=,2,2025\n"), 0o644)
	code, stdout, stderr := runProgressCmd(t, "--data", obs, "--targets", targets, "-o", out, "--bom=false")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "1 series match no target") || !strings.Contains(stdout, "Hà Tĩnh / support_spending") {
		t.Errorf("stdout:\n%s", stdout)
	}
	rows, _ := readProgressCSV(t, out)
	a, c := rows["Hà Tĩnh/online_submission_rate/a"], rows["Hà Tĩnh/overdue_rate/c"]
	if a["class"] != "moderate" || a["latest_year"] != "2024" || a["target"] != "90" || a["target_year"] != "2025" || a["plan_id"] != "p1" {
		t.Errorf("a: %v", a)
	}
	if c["class"] != "moderate" || c["direction"] != "lower_is_better" {
		t.Errorf("c: %v", c)
	}
	code, _, _ = runProgressCmd(t, "--data", obs, "--targets", targets, "-o", out, "--use-data-after-target-year")
	if rows, _ = readProgressCSV(t, out); code != 0 || rows["Hà Tĩnh/online_submission_rate/a"]["class"] != "target_achieved" {
		t.Errorf("with data after the target year: %v", rows["Hà Tĩnh/online_submission_rate/a"])
	}
}

func TestProgressCommandErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("entity,year,metric,value\nHà Tĩnh,2021,x,abc\n"), 0o644)
	plans := filepath.Join(dir, "plans.csv")
	os.WriteFile(plans, []byte("plan_id,title\np1,Kế hoạch\n"), 0o644)
	out := filepath.Join(dir, "out.csv")
	os.WriteFile(out, []byte("keep"), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no data", nil, 2, "--data is required"},
		{"target without year", []string{"--data", bad, "--target", "9"}, 2, "--target needs --target-year"},
		{"target not a number", []string{"--data", bad, "--target", "x", "--target-year", "2025"}, 2, "not a number"},
		{"two target sources", []string{"--data", bad, "--target", "9", "--target-year", "2025", "--targets", bad}, 2, "give one of"},
		{"bad row", []string{"--data", bad, "-o", out}, 1, "bad.csv:2"},
		{"wrong kind", []string{"--data", plans, "-o", out}, 1, "want observations"},
		{"missing file", []string{"--data", filepath.Join(dir, "none.csv"), "-o", out}, 1, "none.csv"},
		{"output is the input", []string{"--data", bad, "-o", bad}, 1, "bad.csv"},
		{"no series left", []string{"--data", filepath.Join("..", "..", "testdata", "real", "news_values.csv"), "--metric", "nothing", "-o", out}, 1, "no series"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runProgressCmd(t, tc.args...)
			if code != tc.code || !strings.Contains(stderr, tc.msg) {
				t.Errorf("exit %d, stderr %q; want %d with %q", code, stderr, tc.code, tc.msg)
			}
		})
	}
	if b, _ := os.ReadFile(out); string(b) != "keep" {
		t.Errorf("output overwritten on error: %q", b)
	}
	if b, _ := os.ReadFile(bad); !strings.HasPrefix(string(b), "entity,") {
		t.Errorf("input destroyed: %q", b)
	}
}

// FuzzProgressCommand: no data file makes the command panic or hang; it
// exits 0 with a CSV of a header and rows, or 1 with a message.
func FuzzProgressCommand(f *testing.F) {
	f.Add([]byte("entity,year,metric,value\nHà Tĩnh,2021,x,42\nHà Tĩnh,2024,x,71.5\n"), "")
	f.Add([]byte("index,province,year,value,rank_if_any\nPAR INDEX,Ha Tinh,2020,85.31,16\nPAR INDEX,Ha Tinh,2024,,15\nPAR INDEX,Ha Tinh,2024,89.72,15\n"), "95")
	f.Add([]byte("index,province,year,value\nPAPI,Quang Tri,2016,35\nPAPI,Quang Tri,2023,42.7\nPAPI,Quang Tri,2023,0\n"), "0")
	f.Add([]byte("entity,year,metric,value\nA,2021,x,-1\nA,2022,x,0\nA,2024,x,5\n"), "-3")
	f.Fuzz(func(t *testing.T, data []byte, target string) {
		dir := t.TempDir()
		in := filepath.Join(dir, "in.csv")
		if err := os.WriteFile(in, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"--data", in, "-o", filepath.Join(dir, "out.csv"), "--limit", "100"}
		if target != "" {
			args = append(args, "--target", target, "--target-year", "2030")
		}
		code, _, stderr := runProgressCmd(t, args...)
		if code != 0 && !strings.Contains(stderr, "cchc progress:") {
			t.Fatalf("exit %d without a message: %q", code, stderr)
		}
	})
}
