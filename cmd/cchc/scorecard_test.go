package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
)

func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var o, e bytes.Buffer
	code = run(args, &o, &e)
	return code, o.String(), e.String()
}

// onlyFiles lists the names in dir.
func onlyFiles(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func readScorecardCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestScorecardDefault(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := runCmd(t, "scorecard")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"ILLUSTRATIVE", "not published figures", "3098/QĐ-UBND", "digital_government",
		"plan                      39    21     8         4       6   95.9", "procedure_publication_rate",
		"Wrote 39 rows to " + filepath.Join(dir, "scorecard.csv"), "UTF-8 with BOM"} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	data, err := os.ReadFile("scorecard.csv")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("scorecard.csv has no BOM")
	}
	rows := readScorecardCSV(t, "scorecard.csv")
	if len(rows) != 40 {
		t.Fatalf("%d lines, want header + 39 targets", len(rows))
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	byCode := map[string][]string{}
	for _, r := range rows[1:] {
		byCode[r[col["code"]]+"/"+r[col["level"]]] = r
	}
	if _, ok := col["change"]; !ok {
		t.Fatalf("no change column in %q", rows[0])
	}
	checks := []struct{ key, change, status, note string }{
		{"II.3.2b/", "", "near", "đạt 86,4%, chưa đạt chỉ tiêu ≥ 90%"},
		{"II.3.4a/", "", "near", "đạt 94%, chưa đạt chỉ tiêu ≥ 95%"},
		{"II.4.3/", "decrease", "off_track", "giảm 20 so với 2024 (3.000 → 2.980), cần 28"},
		{"II.6.1/", "decrease", "met", "giảm 3% so với 2024 (100.000 → 97.000), cần 2,5%"},
		{"II.5.3/", "", "met", "đạt 1,9%, chỉ tiêu khoảng 2% (sai số cho phép ±0,2%)"},
		{"II.3.1/commune", "", "near", "đạt 91,2%, chưa đạt chỉ tiêu ≥ 95%"},
		{"II.7.6/", "", "no_data", "chưa có số liệu năm 2025"},
	}
	for _, c := range checks {
		r, ok := byCode[c.key]
		if !ok {
			t.Errorf("no row %s", c.key)
			continue
		}
		if r[col["status"]] != c.status || r[col["note"]] != c.note || r[col["entity"]] != "Hà Tĩnh" || r[col["change"]] != c.change {
			t.Errorf("%s: %s %q (%s, change %q), want %s %q (change %q)", c.key, r[col["status"]], r[col["note"]], r[col["entity"]], r[col["change"]],
				c.status, c.note, c.change)
		}
	}
	changes := 0
	for _, r := range rows[1:] {
		if r[col["change"]] != "" {
			changes++
		}
	}
	if changes != 2 {
		t.Errorf("%d rows with a change, want 2 (II.4.3 and II.6.1)", changes)
	}
	if got := onlyFiles(t, dir); len(got) != 1 {
		t.Errorf("files left in the folder: %v", got)
	}
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestScorecardBadInput(t *testing.T) {
	const header = "# comment lines at the top are allowed\nentity,level,year,metric,value,unit\n"
	tests := []struct {
		name, csv string
		has       []string
		file      string // the observations file's name, obs.csv when empty
	}{
		{"unknown metric", header + "Hà Tĩnh,,2025,online_submision_rate,90,percent\n",
			[]string{"obs.csv:3: metric \"online_submision_rate\"", "did you mean online_submission_rate"}, ""},
		{"unit mismatch", header + "Hà Tĩnh,,2025,civil_servant_headcount,2,percent\n",
			[]string{"obs.csv:3: unit \"percent\"", "count"}, ""},
		{"rate above 100", header + "Hà Tĩnh,,2025,satisfaction_rate,120,percent\n",
			[]string{"obs.csv:3: value \"120\"", "between 0 and 100"}, ""},
		{"duplicate", header + "Hà Tĩnh,,2025,satisfaction_rate,90,percent\nHà Tĩnh,,2025,satisfaction_rate,93,percent\n",
			[]string{"obs.csv:4:", "duplicate of obs.csv:3", "--dedupe=last"}, ""},
		{"rejected row", header + "Hà Tĩnh,,20x5,satisfaction_rate,90,percent\n", []string{"obs.csv:3", "could not be read"}, ""},
		{"semicolons after comments", "\uFEFF# one\n\n# two\nentity;year;metric;value\nHà Tĩnh;2025;satisfaction_rate;190\n",
			[]string{"obs.csv:5: value \"190\""}, ""},
		{"comments holding commas before a semicolon table", "# a, b, c, d, e\n# f, g\nentity;year;metric;value\nHà Tĩnh;2025;satisfaction_rate;190\n",
			[]string{"obs.csv:4: value \"190\""}, ""},
		{"crlf comments", "\uFEFF# one\r\n\r\n# two\r\nentity,year,metric,value\r\nHà Tĩnh,2025,satisfaction_rate,96\r\nHà Tĩnh,2025,satisfaction_rate,93\r\n",
			[]string{"obs.csv:6:", "duplicate of obs.csv:5"}, ""},
		{"quoted field spanning lines", "# c\nentity,year,metric,value,source\nHà Tĩnh,2025,online_submission_rate,90,\"báo cáo\nsố 12\"\nHà Tĩnh,2025,satisfaction_rate,120,x\n",
			[]string{"obs.csv:5: value \"120\""}, ""},
		{"rejected row after comments", "# a\n# b\nentity,year,metric,value\nHà Tĩnh,2025,satisfaction_rate,90\nHà Tĩnh,2025,satisfaction_rate,9O\n",
			[]string{"obs.csv: 1 row(s) could not be read", "obs.csv:5: column \"value\""}, ""},
		{"comments only", "# a\n# b\n", []string{"obs.csv", "2 comment line(s)"}, ""},
		{"json", "[\n{\"entity\": \"Hà Tĩnh\", \"year\": 2025, \"metric\": \"satisfaction_rate\", \"value\": 90},\n\n" +
			"{\"entity\": \"Hà Tĩnh\", \"year\": 2025,\n \"metric\": \"online_submission_rate\", \"value\": 190}\n]\n",
			[]string{"obs.json:4: value \"190\""}, "obs.json"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			file := tc.file
			if file == "" {
				file = "obs.csv"
			}
			writeFile(t, dir, file, tc.csv)
			code, _, errOut := runCmd(t, "scorecard", "--actuals", file)
			if code != 1 {
				t.Fatalf("exit %d, want 1 (stderr %s)", code, errOut)
			}
			for _, w := range append(tc.has, "nothing written") {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			if got := onlyFiles(t, dir); len(got) != 1 || got[0] != file {
				t.Errorf("files in the folder after a failed run: %v", got)
			}
		})
	}
}

func TestScorecardDedupeAndFlags(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "obs.csv", "entity,year,metric,value\nHà Tĩnh,2025,satisfaction_rate,90\nHà Tĩnh,2025,satisfaction_rate,96\n")
	code, out, errOut := runCmd(t, "scorecard", "--actuals", "obs.csv", "--dedupe=last", "--bom=false", "-o", "sc.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "1 repeated observation(s) set aside") || !strings.Contains(out, "(CSV, UTF-8)") {
		t.Errorf("stdout:\n%s", out)
	}
	data, _ := os.ReadFile("sc.csv")
	if bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("--bom=false wrote a BOM")
	}
	if !strings.Contains(string(data), ",96,") || !strings.Contains(string(data), "đạt 96%, chỉ tiêu ≥ 95%") {
		t.Error("--dedupe=last did not keep the later value")
	}
	// Only one of 39 targets has data: the plan gets no score ("—").
	if !strings.Contains(out, "plan                      39     1     0         0      38      —") {
		t.Errorf("low-coverage plan should have no score:\n%s", out)
	}

	// The aggregates, to a second file.
	code, out, errOut = runCmd(t, "scorecard", "--summary", "summary.csv", "-o", "s2.csv")
	if code != 0 || !strings.Contains(out, "Wrote the aggregates (1 plan and 7 area rows) to summary.csv") {
		t.Fatalf("--summary: exit %d: %s\n%s", code, errOut, out)
	}
	sum := readScorecardCSV(t, "summary.csv")
	if len(sum) != 9 || sum[1][0] != "Hà Tĩnh" || sum[1][3] != "" || !strings.HasPrefix(sum[1][10], "95.9") {
		t.Errorf("summary.csv: %v", sum[:2])
	}

	// Parquet, read back.
	code, _, errOut = runCmd(t, "scorecard", "--actuals", "obs.csv", "--dedupe=first", "--format", "parquet")
	if code != 0 {
		t.Fatalf("parquet: exit %d: %s", code, errOut)
	}
	scores, rejected, err := dataset.ReadScores("scorecard.parquet")
	if err != nil || len(rejected) > 0 || len(scores) != 39 {
		t.Fatalf("parquet read back: %d rows, %v, %v", len(scores), rejected, err)
	}

	// JSON to standard output; the summary goes to stderr.
	code, out, errOut = runCmd(t, "scorecard", "--format", "json", "-o", "-")
	if code != 0 || !strings.HasPrefix(strings.TrimSpace(out), "[") || !strings.Contains(errOut, "Scorecard:") {
		t.Errorf("json to stdout: exit %d, stdout %.80q, stderr %.80q", code, out, errOut)
	}
}

func TestScorecardPlanAndTargets(t *testing.T) {
	root := filepath.Join("..", "..")
	plan, _ := filepath.Abs(filepath.Join(root, "testdata", "plans", "003_a5b74ff242722c67.txt"))
	obs, _ := filepath.Abs(filepath.Join(root, "testdata", "observations", "illustrative_observations_ha_tinh_2025.csv"))
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := runCmd(t, "scorecard", "--plan", plan, "--actuals", obs, "-o", "a.csv")
	if code != 0 || !strings.Contains(out, "95.9") {
		t.Fatalf("--plan: exit %d: %s\n%s", code, errOut, out)
	}
	// A plan with no observations: rows for the plan's province, all no_data.
	code, out, errOut = runCmd(t, "scorecard", "--plan", plan, "-o", "b.csv")
	if code != 0 || !strings.Contains(errOut, "no --actuals") || len(readScorecardCSV(t, "b.csv")) != 40 {
		t.Fatalf("--plan alone: exit %d: %s\n%s", code, errOut, out)
	}

	// A targets table instead of a plan.
	bl := 2024
	targets := []dataset.Target{
		{PlanID: "KH-1", Code: "1", Area: "procedures", Metric: "online_submission_rate", Comparator: ">=", Value: 80, Unit: "percent", Year: 2025},
		{PlanID: "KH-1", Code: "2", Area: "organisation", Metric: "civil_servant_headcount", Comparator: ">=", Value: 10, Unit: "staff",
			Change: "decrease", BaselineYear: &bl, Year: 2025},
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := dataset.TargetsToRecord(mem, targets)
	if err := dataset.WriteFile("targets.csv", rec, dataset.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	rec.Release()
	writeFile(t, dir, "o.csv", "entity,year,metric,value\nQuảng Trị,2025,online_submission_rate,82\nQuảng Trị,2024,civil_servant_headcount,1500\nQuảng Trị,2025,civil_servant_headcount,1488\nHà Tĩnh,2025,online_submission_rate,70\n")
	code, out, errOut = runCmd(t, "scorecard", "--targets", "targets.csv", "--actuals", "o.csv", "--entity", "quang tri", "-o", "t.csv")
	if code != 0 {
		t.Fatalf("--targets: exit %d: %s", code, errOut)
	}
	rows := readScorecardCSV(t, "t.csv")
	if len(rows) != 3 || !strings.Contains(out, "1 observation(s) of other entities left out") {
		t.Fatalf("--targets: %d rows\n%s", len(rows), out)
	}
	if !strings.Contains(rows[2][len(rows[2])-1], "giảm 12 so với 2024") {
		t.Errorf("headcount note %q", rows[2][len(rows[2])-1])
	}
}

func TestScorecardUsage(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{
		{"scorecard", "--plan", "a.txt", "--targets", "b.csv"},
		{"scorecard", "--format", "ods"},
		{"scorecard", "extra.csv"},
		{"scorecard", "--dedupe", "middle"},
		{"scorecard", "-o", "out.ods"},
		{"scorecard", "--no-such-flag"},
	} {
		if code, _, _ := runCmd(t, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, out, errOut := runCmd(t, "scorecard", "--help"); code != 0 || !strings.Contains(out, "ILLUSTRATIVE") ||
		!strings.Contains(out, "--points FILE") || strings.Count(out, "usage:") != 1 || errOut != "" {
		t.Errorf("--help: exit %d, the usage once on stdout, nothing on stderr; got stdout %q, stderr %q", code, out, errOut)
	}
	if code, out, errOut := runCmd(t, "scorecard", "--lang", "en", "--no-such-flag"); code != 2 || out != "" ||
		errOut != "cchc scorecard: unknown flag -no-such-flag\nrun \"cchc scorecard --help\" for the flags\n" {
		t.Errorf("bad flag: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if code, _, errOut := runCmd(t, "scorecard", "--year", "2024"); code != 1 || !strings.Contains(errOut, "no targets for year 2024 (its targets are for 2025)") {
		t.Errorf("--year 2024: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runCmd(t, "scorecard", "--actuals", "missing.csv"); code != 1 || !strings.Contains(errOut, "missing.csv") {
		t.Errorf("missing file: exit %d, %s", code, errOut)
	}
	if got := onlyFiles(t, dir); len(got) != 0 {
		t.Errorf("files written by failed runs: %v", got)
	}
}

// Many entities: the summary is one ranked line per entity.
func TestScorecardManyEntities(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var b strings.Builder
	b.WriteString("entity,year,metric,value\n")
	for i := 0; i < 14; i++ {
		for _, m := range []string{"online_submission_rate", "satisfaction_rate", "online_payment_rate"} {
			b.WriteString("Sở " + string(rune('A'+i)) + ",2025," + m + "," + []string{"95", "80", "60"}[i%3] + "\n")
		}
	}
	writeFile(t, dir, "o.csv", b.String())
	code, out, errOut := runCmd(t, "scorecard", "--actuals", "o.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, "rank") || strings.Count(out, "Sở ") != 14 {
		t.Errorf("summary:\n%s", out)
	}
	if got := len(readScorecardCSV(t, "scorecard.csv")); got != 1+14*39 {
		t.Errorf("%d lines, want %d", got, 1+14*39)
	}
}

// --points with the illustrative rules file: points per row in the CSV,
// points per area and plan in the summary and in --summary's file.
func TestScorecardPoints(t *testing.T) {
	rulesFile, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "points", "illustrative_points_ha_tinh_2025.csv"))
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := runCmd(t, "scorecard", "--points", rulesFile, "--summary", "summary.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{
		"  area                 targets   met  near off_track no_data  score      points",
		"  procedures                 9     4     4         1       0   97.3    8.17/8.5",
		"  organisation               3     1     0         1       1   85.7     0.5/1.5",
		"  plan                      39    21     8         4       6   95.9    19.43/21",
		"points = earned / maximum under the 5 rule(s) of " + rulesFile,
		"39 of 39 rows have a rule, and the 6 of them with no data earn nothing",
	} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	rows := readScorecardCSV(t, "scorecard.csv")
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	byCode := map[string][]string{}
	for _, r := range rows[1:] {
		byCode[r[col["code"]]+"/"+r[col["level"]]] = r
	}
	tests := []struct {
		key, points, max string // "" for null
	}{
		{"II.3.2b/", "1.92", "2"},  // threshold = target 90: 86,4 × 2 / 90
		{"II.3.2c/", "1.3", "1.5"}, // threshold 60: 52 × 1,5 / 60
		{"II.3.4a/", "1.98", "2"},  // proportional by metric: 94/95 × 2
		{"II.4.3/", "0", "1"},      // all or nothing, off track
		{"II.5.3/", "0.5", "0.5"},  // the rule for every other target
		{"II.3.1/commune", "0.48", "0.5"},
		{"II.7.6/", "", ""}, // no data: no points, no maximum
	}
	for _, tc := range tests {
		r, ok := byCode[tc.key]
		if !ok {
			t.Errorf("no row %s", tc.key)
			continue
		}
		if r[col["points"]] != tc.points || r[col["max_points"]] != tc.max {
			t.Errorf("%s: points %q of %q, want %q of %q", tc.key, r[col["points"]], r[col["max_points"]], tc.points, tc.max)
		}
	}
	sum := readScorecardCSV(t, "summary.csv")
	if sum[0][12] != "points" || sum[0][13] != "max_points" || sum[1][12] != "19.43" || sum[1][13] != "21" {
		t.Errorf("summary.csv: %v\n%v", sum[0], sum[1])
	}
	// Without --points the output has no points column.
	code, out, _ = runCmd(t, "scorecard", "-o", "plain.csv")
	if code != 0 || strings.Contains(out, "points") {
		t.Errorf("without --points: exit %d\n%s", code, out)
	}
}

// Bad point-rule files: exit 1, the file, line and column named, nothing written.
func TestScorecardPointsErrors(t *testing.T) {
	const h = "code,metric,max_points,kind,threshold\n"
	tests := []struct {
		name, csv string
		has       []string
	}{
		{"bad cells", h + "II.3.2b,,2,threshold,\nII.3.2c,,hai,,\nII.4.3,,1,capped,\n,satisfaction_rate,2,proportional,95\n",
			[]string{"3 bad point rule(s)", `points.csv:3: max_points "hai": not a number`,
				`points.csv:4: kind "capped": unknown kind (want proportional, threshold or all_or_nothing)`,
				`points.csv:5: threshold "95": a threshold is used by kind threshold only, not proportional`}},
		{"rules that never apply", "# comment\n" + h + "II.3.2,,2,,\n,online_submision_rate,1,,\n,procedure_publication_rate,1,,\nII.3.2b,satisfaction_rate,1,,\n",
			[]string{"4 bad point rule(s)", `points.csv:3: code "II.3.2": no target has this code`,
				`points.csv:4: metric "online_submision_rate": unknown metric id (did you mean online_submission_rate`,
				`points.csv:5: metric "procedure_publication_rate": no target measures this metric`,
				`points.csv:6: metric "satisfaction_rate": target II.3.2b does not measure this metric`}},
		{"repeated rule", h + "II.3.2b,,2,,\nII.3.2b,,1,,\n", []string{`points.csv:3: code "II.3.2b": repeats the rule of line 2`}},
		{"unreadable rows and rules that never apply, in line order", h + "II.3.2,,2,,\nII.4.3,,1,capped,\n,online_submision_rate,1,,\n",
			[]string{"3 bad point rule(s):\n", `points.csv:2: code "II.3.2": no target has this code` + "\n",
				`points.csv:3: kind "capped": unknown kind` + " (want proportional, threshold or all_or_nothing)\n",
				`points.csv:4: metric "online_submision_rate": unknown metric id`}},
		{"wrong number of fields", h + "II.3.2b,,2\n", []string{"points.csv:2: 3 fields, the header has 5"}},
		{"no max_points column", "code,kind\nII.3.2b,threshold\n", []string{"points.csv:1: bad point rule: no max_points column"}},
		{"unknown column", "code,max_points,weight\nII.3.2b,2,1\n", []string{`points.csv:1: bad point rule: unknown column "weight"`}},
		{"header only", h, []string{"points.csv: bad point rule: no rules"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			writeFile(t, dir, "points.csv", tc.csv)
			code, out, errOut := runCmd(t, "scorecard", "--points", "points.csv")
			if code != 1 {
				t.Fatalf("exit %d, want 1 (stdout %s, stderr %s)", code, out, errOut)
			}
			at := 0 // the messages come in this order
			for _, w := range append(tc.has, "nothing written") {
				i := strings.Index(errOut[at:], w)
				if i < 0 {
					t.Errorf("stderr lacks %q after offset %d:\n%s", w, at, errOut)
					continue
				}
				at += i + len(w)
			}
			if got := onlyFiles(t, dir); len(got) != 1 || got[0] != "points.csv" {
				t.Errorf("files in the folder after a failed run: %v", got)
			}
		})
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if code, _, errOut := runCmd(t, "scorecard", "--points", "missing.csv"); code != 1 || !strings.Contains(errOut, "missing.csv") {
		t.Errorf("missing file: exit %d, %s", code, errOut)
	}
	if code, _, _ := runCmd(t, "scorecard", "--points"); code != 2 {
		t.Errorf("--points without a file: exit %d, want 2", code)
	}
}

// TestScorecardOutputIsAnInput checks that an output naming an input (by
// another name too) or the other output is refused before anything is
// read, and the input survives.
func TestScorecardOutputIsAnInput(t *testing.T) {
	dir := t.TempDir()
	obs := writeFile(t, dir, "obs.csv", "entity,year,metric,value\nHà Tĩnh,2025,satisfaction_rate,96\n")
	link := filepath.Join(dir, "link.csv")
	if err := os.Link(obs, link); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		args []string
	}{
		{"-o is --actuals", []string{"--actuals", obs, "-o", obs}},
		{"-o is a hard link of --actuals", []string{"--actuals", obs, "-o", link}},
		{"--summary is -o", []string{"--actuals", obs, "-o", filepath.Join(dir, "s.csv"), "--summary", filepath.Join(dir, "s.csv")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, _, stderr := runCmd(t, append([]string{"scorecard"}, tc.args...)...)
			if code != 1 || !strings.Contains(stderr, "same file") {
				t.Errorf("exit %d, stderr %q", code, stderr)
			}
			b, err := os.ReadFile(obs)
			if err != nil || !strings.Contains(string(b), "satisfaction_rate,96") {
				t.Errorf("the input was changed: %q %v", b, err)
			}
		})
	}
}
