package plandoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"golang.org/x/text/unicode/norm"
)

// update rewrites the golden JSON files of the seed plans:
// go test ./dataset/plandoc -run TestSeedsGolden -update
var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the seed plans")

const seedDir = "../../testdata/plans"

// seeds lists the seed plans by their file name without ".txt".
var seeds = []string{
	"000_eb1ba96978540e19",
	"001_8de410233b0400c1",
	"002_6535e04d6be0b559",
	"003_a5b74ff242722c67",
	"004_252965e07a3718f5",
}

func seedPath(name string) string { return filepath.Join(seedDir, name+".txt") }

func parseSeed(t testing.TB, name string) *Document {
	t.Helper()
	d, err := ParseFile(seedPath(name), indicators.Default())
	if err != nil {
		t.Fatalf("ParseFile(%s): %v", name, err)
	}
	return d
}

func TestSeedsGolden(t *testing.T) {
	for _, name := range seeds {
		t.Run(name, func(t *testing.T) {
			got, err := parseSeed(t, name).JSON()
			if err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
				for i := 0; i < len(gl) || i < len(wl); i++ {
					var g, w string
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					if g != w {
						t.Fatalf("%s differs from the parse at line %d:\n got: %s\nwant: %s", golden, i+1, g, w)
					}
				}
			}
		})
	}
}

func TestSeedMetadata(t *testing.T) {
	tests := []struct {
		seed string
		want dataset.Plan
	}{
		{"000_eb1ba96978540e19", dataset.Plan{ID: "265/KH-STC", DocNumber: "265/KH-STC", DocType: "KH",
			Issuer: "Sở Tài chính tỉnh Hà Tĩnh", Province: "Hà Tĩnh", Date: "2024-01-16", Year: 2024,
			Title:  "Tuyên truyền cải cách hành chính, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), Chỉ số đánh giá năng lực cạnh tranh các đơn vị, địa phương (DDCI) năm 2024",
			Signer: "Phạm Chí Hiếu"}},
		{"001_8de410233b0400c1", dataset.Plan{ID: "001_8de410233b0400c1", DocNumber: "", DocType: "KH",
			Issuer: "UBND tỉnh Hưng Yên", Province: "Hưng Yên", Date: "2023-12", Year: 2024,
			Title: "Tuyên truyền cải cách hành chính tỉnh Hưng Yên năm 2024", Signer: "Nguyễn Duy Hưng"}},
		{"002_6535e04d6be0b559", dataset.Plan{ID: "103/KH-SKHCN", DocNumber: "103/KH-SKHCN", DocType: "KH",
			Issuer: "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", Province: "Hà Tĩnh", Date: "2023-02-02", Year: 2023,
			Title:  "Tuyén truyér} cai cach hanh chinh, Chi s6 ning lwc canh tranh cép tinh, Chi so0 danh gia nang luc canh tranh tai don vi nam 2023",
			Signer: "Phan Trọng Bình"}},
		{"003_a5b74ff242722c67", dataset.Plan{ID: "3098/QĐ-UBND", DocNumber: "3098/QĐ-UBND", DocType: "QĐ",
			Issuer: "UBND tỉnh Hà Tĩnh", Province: "Hà Tĩnh", Date: "2024-12-31", Year: 2025,
			Title: "Về việc ban hành kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2025", Signer: "Nguyễn Hồng Lĩnh"}},
		{"004_252965e07a3718f5", dataset.Plan{ID: "004_252965e07a3718f5", DocNumber: "", DocType: "KH",
			Issuer: "Sở Giao thông vận tải tỉnh Quảng Trị", Province: "Quảng Trị", Date: "2024-01", Year: 2024,
			Title: "Thực hiện công tác tuyên truyền cải cách hành chính năm 2024", Signer: "Trần Hữu Hùng"}},
	}
	for _, tc := range tests {
		t.Run(tc.seed, func(t *testing.T) {
			if got := parseSeed(t, tc.seed).Plan; got != tc.want {
				t.Errorf("plan:\n got %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestSeedCounts(t *testing.T) {
	want := map[string]int{
		"000_eb1ba96978540e19": 3,
		"001_8de410233b0400c1": 0,
		"002_6535e04d6be0b559": 5,
		"003_a5b74ff242722c67": 39,
		"004_252965e07a3718f5": 0,
	}
	for _, name := range seeds {
		d := parseSeed(t, name)
		d.Targets = sectionTargets(d)
		if len(d.Targets) != want[name] {
			t.Errorf("%s: %d targets, want %d", name, len(d.Targets), want[name])
		}
		for _, tg := range d.Targets {
			if tg.PlanID != d.Plan.ID || tg.Year != d.Plan.Year {
				t.Errorf("%s %s: plan %q year %d, want %q %d", name, tg.Code, tg.PlanID, tg.Year, d.Plan.ID, d.Plan.Year)
			}
		}
		for _, tk := range d.Tasks {
			if tk.PlanID != d.Plan.ID {
				t.Errorf("%s task %s: plan %q, want %q", name, tk.Code, tk.PlanID, d.Plan.ID)
			}
		}
	}
}

// findTarget returns the targets whose metric and level are given.
func findTarget(d *Document, metric, level string) []dataset.Target {
	var out []dataset.Target
	for _, t := range d.Targets {
		if t.Metric == metric && t.Level == level {
			out = append(out, t)
		}
	}
	return out
}

func TestSeed003Targets(t *testing.T) {
	d := parseSeed(t, "003_a5b74ff242722c67")
	f := func(v float64) *float64 { return &v }
	y := func(v int) *int { return &v }
	tests := []struct {
		metric, level string
		want          dataset.Target
	}{
		{"online_submission_rate", "", dataset.Target{Code: "II.3.2b", Comparator: ">=", Value: 90, Unit: "percent", Area: "procedures",
			Source: dataset.Source{Line: 96}}},
		{"satisfaction_rate", "", dataset.Target{Code: "II.3.4a", Comparator: ">=", Value: 95, Unit: "percent", Area: "procedures",
			Source: dataset.Source{Line: 98}}},
		{"civil_servant_headcount", "", dataset.Target{Code: "II.4.3", Comparator: ">=", Value: 28, Unit: "staff", Area: "organisation",
			Change: "decrease", BaselineYear: y(2024), Source: dataset.Source{Line: 102}}},
		{"online_payment_rate", "", dataset.Target{Code: "II.3.2c", Comparator: ">=", Value: 60, Unit: "percent", Area: "procedures",
			Source: dataset.Source{Line: 96}}},
		{"inspection_coverage", "", dataset.Target{Code: "II.1.2a", Comparator: ">=", Value: 35, Unit: "percent", Area: "direction",
			Source: dataset.Source{Line: 88}}},
		{"initiatives_count", "", dataset.Target{Code: "II.1.3", Comparator: ">=", Value: 3, Unit: "count", Area: "direction",
			Source: dataset.Source{Line: 89}}},
		{"dossier_digitisation_rate", "commune", dataset.Target{Code: "II.3.1", Comparator: ">=", Value: 95, Unit: "percent",
			Area: "procedures", Level: "commune", Source: dataset.Source{Line: 95}}},
		{"dossier_digitisation_rate", "district", dataset.Target{Code: "II.3.1", Comparator: ">=", Value: 100, Unit: "percent",
			Area: "procedures", Level: "district", Source: dataset.Source{Line: 95}}},
		{"land_housing_rearrangement_rate", "", dataset.Target{Code: "II.6.5", Comparator: ">", Value: 85, Unit: "percent",
			Area: "public_finance", Source: dataset.Source{Line: 112}}},
		{"talent_attraction_rate", "", dataset.Target{Code: "II.5.3", Comparator: "approx", Value: 2, Unit: "percent",
			Area: "civil_service", Source: dataset.Source{Line: 106}}},
		{"support_spending", "", dataset.Target{Code: "II.6.1", Comparator: ">=", Value: 2.5, Unit: "percent", Area: "public_finance",
			Change: "decrease", BaselineYear: y(2024), Source: dataset.Source{Line: 108}}},
		{"e_records_rate", "province", dataset.Target{Code: "II.7.5", Comparator: "=", Value: 100, Unit: "percent",
			Area: "digital_government", Level: "province", Source: dataset.Source{Line: 118}}},
		{"e_records_rate", "district", dataset.Target{Code: "II.7.5", Comparator: "=", Value: 90, Unit: "percent",
			Area: "digital_government", Level: "district", Source: dataset.Source{Line: 118}}},
		{"e_records_rate", "commune", dataset.Target{Code: "II.7.5", Comparator: "=", Value: 70, Unit: "percent",
			Area: "digital_government", Level: "commune", Source: dataset.Source{Line: 118}}},
		{"dialogue_count", "", dataset.Target{Code: "II.3.4b", Comparator: ">=", Value: 2, ValueMax: f(3), Unit: "count",
			Area: "procedures", Source: dataset.Source{Line: 98}}},
		{"autonomy_upgrade_units", "", dataset.Target{Code: "II.6.4", Comparator: ">=", Value: 2, Unit: "count",
			Area: "public_finance", Source: dataset.Source{Line: 111}}},
		{"open_data_connection_rate", "", dataset.Target{Code: "II.7.3b", Comparator: ">", Value: 80, Unit: "percent",
			Area: "digital_government", Source: dataset.Source{Line: 116}}},
	}
	for _, tc := range tests {
		t.Run(tc.metric+"/"+tc.level, func(t *testing.T) {
			got := findTarget(d, tc.metric, tc.level)
			if len(got) != 1 {
				t.Fatalf("%d targets with metric %s level %q, want 1", len(got), tc.metric, tc.level)
			}
			g, w := got[0], tc.want
			if g.Code != w.Code || g.Comparator != w.Comparator || g.Value != w.Value || g.Unit != w.Unit ||
				g.Area != w.Area || g.Level != w.Level || g.Change != w.Change || g.Year != 2025 ||
				g.Source.Line != w.Source.Line || !eqPtr(g.BaselineYear, w.BaselineYear) || !eqPtr(g.ValueMax, w.ValueMax) {
				t.Errorf("got  %s\nwant %s", show(g), show(w))
			}
		})
	}
}

func eqPtr[T comparable](a, b *T) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

func show(t dataset.Target) string {
	b, _ := json.Marshal(t)
	return string(b)
}

// TestSeed003NotTargets checks the numbers of section II that are not targets.
func TestSeed003NotTargets(t *testing.T) {
	d := parseSeed(t, "003_a5b74ff242722c67")
	for _, tg := range d.Targets {
		switch {
		case tg.Value == 40:
			t.Errorf("%s: \"dưới 40 tuổi\" is a qualifier, not a target", tg.Code)
		case tg.Source.Line == 108 && tg.Value == 5:
			t.Errorf("%s: \"tiết kiệm 5%%\" is an exclusion, not a target", tg.Code)
		case tg.Value == 2021 || tg.Value == 2005 || tg.Value == 2013 || tg.Value == 130 || tg.Value == 117 || tg.Value == 9001:
			t.Errorf("%s: document number or standard read as a target: %v", tg.Code, tg.Value)
		case tg.Source.Line == 108 && tg.Value == 3:
			t.Errorf("%s: \"nhóm 3\" read as a target", tg.Code)
		case tg.Source.Line >= 48 && tg.Source.Line <= 84:
			t.Errorf("%s: target from the doubled page at line %d", tg.Code, tg.Source.Line)
		}
	}
}

func findingsOf(d *Document, kind string) []dataset.Finding {
	var out []dataset.Finding
	for _, f := range d.Findings {
		if f.Kind == kind {
			out = append(out, f)
		}
	}
	return out
}

func TestSeed003Findings(t *testing.T) {
	d := parseSeed(t, "003_a5b74ff242722c67")
	c := findingsOf(d, "conflict")
	if len(c) != 1 || len(c[0].Lines) != 2 || c[0].Lines[0] != 96 || c[0].Lines[1] != 557 {
		t.Fatalf("conflicts = %+v, want one between lines 96 and 557 (online payment 60%% vs 70%%)", c)
	}
	if !strings.Contains(c[0].Message, "60") || !strings.Contains(c[0].Message, "70") || !strings.Contains(c[0].Message, "online_payment_rate") {
		t.Errorf("conflict message %q should name the metric and both values", c[0].Message)
	}
	dup := findingsOf(d, "duplicate_pages")
	if len(dup) != 1 || dup[0].Lines[0] != 48 || dup[0].Lines[1] != 84 {
		t.Errorf("duplicate pages = %+v, want lines 48-84", dup)
	}
	if n := len(findingsOf(d, "target_without_number")); n != 0 {
		t.Errorf("%d targets without number in 003, want 0", n)
	}
}

func TestSeed002OCR(t *testing.T) {
	d := parseSeed(t, "002_6535e04d6be0b559")
	var hundred, people int
	for _, tg := range d.Targets {
		switch {
		case tg.Value == 100 && tg.Unit == "percent" && tg.Comparator == "=":
			hundred++
		case tg.Value == 3000 && tg.Unit == "people" && tg.Comparator == ">" && tg.Source.Line == 107:
			people++
		default:
			t.Errorf("unexpected target %s", show(tg))
		}
		if tg.Metric == "" {
			t.Errorf("%s: no metric for %q", tg.Code, tg.Subject)
		}
	}
	if hundred != 4 || people != 1 {
		t.Errorf("got %d targets of 100%% and %d of > 3000 people, want 4 and 1", hundred, people)
	}
	if n := len(findingsOf(d, "ocr_restored")); n != 1 {
		t.Errorf("%d ocr_restored findings, want 1 (the signer's name)", n)
	}
	// "mức độ 3, 4" (online service levels) are not targets.
	for _, tg := range d.Targets {
		if tg.Value == 3 || tg.Value == 4 {
			t.Errorf("service level read as a target: %s", show(tg))
		}
	}
}

func TestSeed000(t *testing.T) {
	d := parseSeed(t, "000_eb1ba96978540e19")
	for _, tg := range d.Targets {
		if tg.Value != 100 || tg.Unit != "percent" || tg.Metric == "" {
			t.Errorf("target %s, want 100%% with a metric", show(tg))
		}
	}
	if n := len(findingsOf(d, "target_without_number")); n != 2 {
		t.Errorf("%d targets without number, want 2 (lines 39 and 43)", n)
	}
}

func TestSeed001(t *testing.T) {
	d := parseSeed(t, "001_8de410233b0400c1")
	if len(d.Targets) != 0 {
		t.Errorf("%d targets, want 0", len(d.Targets))
	}
	if n := len(findingsOf(d, "missing_annex")); n != 1 {
		t.Errorf("%d missing_annex findings, want 1: %+v", n, d.Findings)
	}
	if n := len(findingsOf(d, "no_targets_section")); n != 1 {
		t.Errorf("%d no_targets_section findings, want 1", n)
	}
}

// TestCountStatement checks seed 004's own total ("03 nội dung chính và 15
// nhiệm vụ cụ thể") against the tasks found, on the seed (they agree) and on
// a copy with one task row removed (they differ).
func TestCountStatement(t *testing.T) {
	d := parseSeed(t, "004_252965e07a3718f5")
	if n := len(findingsOf(d, "count_mismatch")); n != 0 {
		t.Fatalf("seed 004: %d count_mismatch findings, want 0 (%d tasks): %+v", n, len(d.Tasks), d.Findings)
	}
	raw, err := os.ReadFile(seedPath("004_252965e07a3718f5"))
	if err != nil {
		t.Fatal(err)
	}
	var kept []string
	for _, l := range strings.Split(string(raw), "\n") {
		if strings.Contains(l, "2.13. Tuyên truyền các nhiệm vụ") {
			continue
		}
		kept = append(kept, l)
	}
	d2, err := Parse(strings.NewReader(strings.Join(kept, "\n")), "004-cut.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	cm := findingsOf(d2, "count_mismatch")
	if len(d2.Tasks) != 14 || len(cm) != 1 || !strings.Contains(cm[0].Message, "15") || !strings.Contains(cm[0].Message, "14") {
		t.Errorf("with a task removed: %d tasks, findings %+v; want 14 tasks and one count_mismatch naming 15 and 14", len(d2.Tasks), cm)
	}
}

func TestDeterministic(t *testing.T) {
	for _, name := range seeds {
		raw, err := os.ReadFile(seedPath(name))
		if err != nil {
			t.Fatal(err)
		}
		var outs [][]byte
		for _, in := range [][]byte{raw, raw, crlf(raw), append([]byte("\xef\xbb\xbf"), raw...)} {
			d, err := Parse(bytes.NewReader(in), seedPath(name), nil)
			if err != nil {
				t.Fatal(err)
			}
			b, err := d.JSON()
			if err != nil {
				t.Fatal(err)
			}
			outs = append(outs, b)
		}
		for i := 1; i < len(outs); i++ {
			if !bytes.Equal(outs[0], outs[i]) {
				t.Errorf("%s: parse %d differs from the first (same text, LF/CRLF/BOM)", name, i)
			}
		}
	}
}

func crlf(b []byte) []byte { return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")) }

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		err       error
		line, col int
	}{
		{"empty", "", ErrEmpty, 0, 0},
		{"blank", " \n\t\r\n", ErrEmpty, 0, 0},
		{"bom only", "\xef\xbb\xbf", ErrEmpty, 0, 0},
		{"nul", "Số: 1/KH-UBND\nabc\x00def\n", ErrBinary, 2, 4},
		{"controls", "KẾ HOẠCH\n\x01\x02\x03\x04\x05ab\x06\x07", ErrBinary, 2, 1},
		{"latin1", "KẾ HOẠCH\nH\xe0 T\xecnh\n", ErrInvalidUTF8, 2, 2},
		{"truncated", "KẾ HOẠCH\n\xe1\xba", ErrInvalidUTF8, 2, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.in), "plan.txt", indicators.Default())
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, tc.err) {
				t.Fatalf("err = %v, want a *ParseError wrapping %v", err, tc.err)
			}
			if pe.File != "plan.txt" || pe.Line != tc.line || pe.Column != tc.col {
				t.Errorf("error at %s:%d:%d, want plan.txt:%d:%d", pe.File, pe.Line, pe.Column, tc.line, tc.col)
			}
			if !strings.HasPrefix(err.Error(), "plan.txt") {
				t.Errorf("message %q does not start with the file name", err)
			}
		})
	}
	if _, err := ParseFile("testdata/no-such-plan.txt", indicators.Default()); err == nil || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ParseFile of a missing file: %v, want an error wrapping os.ErrNotExist", err)
	}
}

// TestStrayControls checks that a few control characters in a long text
// (an escape, a C1 quote from a mis-converted file) do not make it binary.
func TestStrayControls(t *testing.T) {
	raw, err := os.ReadFile(seedPath("000_eb1ba96978540e19"))
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(raw), "KẾ HOẠCH", "KẾ HOẠCH\x1b", 1)
	text = strings.Replace(text, "“Cải cách", "\u0093Cải cách", 1)
	d, err := Parse(strings.NewReader(text), "x.txt", indicators.Default())
	if err != nil || len(d.Targets) != len(parseSeed(t, "000_eb1ba96978540e19").Targets) {
		t.Fatalf("err %v, %d targets", err, len(d.Targets))
	}
}

// TestNotAPlan checks that a text that is not a plan parses and that its
// findings say what was not found.
func TestNotAPlan(t *testing.T) {
	d, err := Parse(strings.NewReader("Hôm nay trời đẹp.\nChúng tôi đi chơi 3 ngày.\n"), "notes.txt", indicators.Default())
	if err != nil {
		t.Fatal(err)
	}
	if d.Plan.ID != "notes" || len(d.Targets) != 0 || len(d.Tasks) != 0 {
		t.Errorf("plan %+v, %d targets, %d tasks", d.Plan, len(d.Targets), len(d.Tasks))
	}
	kinds := map[string]bool{}
	for _, f := range d.Findings {
		kinds[f.Kind] = true
	}
	for _, k := range []string{"missing_metadata", "no_targets_section", "no_tasks"} {
		if !kinds[k] {
			t.Errorf("no %s finding: %+v", k, d.Findings)
		}
	}
	b, err := d.JSON()
	if err != nil || !json.Valid(b) {
		t.Fatalf("JSON: %v", err)
	}
}

// TestNFC checks that decomposed (NFD) input parses like the NFC text.
func TestNFC(t *testing.T) {
	raw, err := os.ReadFile(seedPath("003_a5b74ff242722c67"))
	if err != nil {
		t.Fatal(err)
	}
	a, _ := Parse(bytes.NewReader(raw), "x.txt", indicators.Default())
	b, _ := Parse(strings.NewReader(nfd(string(raw))), "x.txt", indicators.Default())
	ja, _ := a.JSON()
	jb, _ := b.JSON()
	if !bytes.Equal(ja, jb) {
		t.Error("NFD input parses differently from NFC input")
	}
}

func nfd(s string) string { return norm.NFD.String(s) }

func TestCatalogueArgument(t *testing.T) {
	cat := indicators.NewCatalogue([]indicators.Metric{{ID: "x_rate", Unit: "percent", Area: "procedures",
		Phrases: []string{"truc tuyen toan trinh"}}})
	d, err := ParseFile(seedPath("003_a5b74ff242722c67"), cat)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, tg := range d.Targets {
		if tg.Metric == "x_rate" {
			n++
		} else if tg.Metric != "" {
			t.Errorf("%s: metric %s is not in the given catalogue", tg.Code, tg.Metric)
		}
	}
	if n != 2 {
		t.Errorf("%d targets matched x_rate, want 2 (II.3.2a and II.3.2b)", n)
	}
}

func TestFileSlug(t *testing.T) {
	for in, want := range map[string]string{
		"testdata/plans/001_8de410233b0400c1.txt": "001_8de410233b0400c1",
		"Kế hoạch CCHC 2024.md":                   "ke-hoach-cchc-2024",
		"-":                                       "plan",
		"/tmp/.hidden":                            "hidden",
	} {
		if got := fileSlug(in); got != want {
			t.Errorf("fileSlug(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkParseSeeds(b *testing.B) {
	var texts [][]byte
	total := 0
	for _, name := range seeds {
		raw, err := os.ReadFile(seedPath(name))
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, raw)
		total += len(raw)
	}
	cat := indicators.Default()
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, raw := range texts {
			if _, err := Parse(bytes.NewReader(raw), seeds[k], cat); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestSplitTextPaths checks that plain text (the fast path) and text with
// a stray control character (the checked path) split into the same lines.
func TestSplitTextPaths(t *testing.T) {
	pad := strings.Repeat("x", 200)
	for _, in := range []string{"a\r\nb\n\nc\n", "a\nb\n", "a\n\n", "\xef\xbb\xbfKẾ\r\nHOẠCH\r\n"} {
		fast, err := splitText(in+pad, "f")
		if err != nil {
			t.Fatal(err)
		}
		slow, err := splitText(in+pad+"\x1b", "f")
		if err != nil {
			t.Fatal(err)
		}
		slow[len(slow)-1] = strings.TrimSuffix(slow[len(slow)-1], "\x1b")
		if strings.Join(fast, "|") != strings.Join(slow, "|") {
			t.Errorf("%q: fast %q, checked %q", in, fast, slow)
		}
		// A control character at the start takes the checked path too,
		// with the final line feeds as they are.
		fast, err = splitText("x"+pad+in, "f")
		if err != nil {
			t.Fatal(err)
		}
		slow, err = splitText("\x1b"+pad+in, "f")
		if err != nil {
			t.Fatal(err)
		}
		slow[0] = "x" + strings.TrimPrefix(slow[0], "\x1b")
		if strings.Join(fast, "|") != strings.Join(slow, "|") {
			t.Errorf("%q at the end: fast %q, checked %q", in, fast, slow)
		}
	}
}

// TestJoinFields compares joinFields with strings.Fields joined by spaces.
func TestJoinFields(t *testing.T) {
	parts := []string{"", " ", "  ", "a", "Sở", "\t", "\n", "\u00a0", "\u2003", "\u1680", "ễ", "\xff", "\u0085", "x y", "\r"}
	for _, a := range parts {
		for _, b := range parts {
			for _, c := range parts {
				s := a + b + c
				if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
					t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// plainTextReference is plainText as first written: a control scan, then
// a UTF-8 check.
func plainTextReference(text string) bool {
	for i := 0; i < len(text); i++ {
		b := text[i]
		switch {
		case b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v', b == 0x7f:
			return false
		case b == 0xc2 && i+1 < len(text) && text[i+1] >= 0x80 && text[i+1] < 0xa0:
			return false
		}
	}
	return utf8.ValidString(text)
}

// TestPlainText compares plainText with its reference on every string of
// up to four bytes drawn from the bytes where UTF-8 and the control
// ranges have their edges, and on the seeds.
func TestPlainText(t *testing.T) {
	edges := []byte{0x00, 0x09, 0x0a, 0x1f, 0x20, 'a', 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2,
		0xc3, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf4, 0xf5, 0xff}
	var walk func(s []byte, n int)
	walk = func(s []byte, n int) {
		if got, want := plainText(string(s)), plainTextReference(string(s)); got != want {
			t.Errorf("plainText(%q) = %v, want %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, b := range edges {
			walk(append(s, b), n-1)
		}
	}
	walk(nil, 4)
	for _, name := range seeds {
		raw, err := os.ReadFile(seedPath(name))
		if err != nil {
			t.Fatal(err)
		}
		if !plainText(string(raw)) || !plainTextReference(string(raw)) {
			t.Errorf("%s: not plain text", name)
		}
	}
}

// findDuplicatesReference is page.findDuplicates as first written, with a
// map from each text to the lines holding it.
func findDuplicatesReference(p *page) {
	var nb []int
	var keys []string
	for i, f := range p.fold {
		if t := trimCell(f); t != "" {
			nb = append(nb, i)
			keys = append(keys, t)
		}
	}
	key := func(k int) string { return keys[k] }
	seen := make(map[string][]int, len(nb))
	for a := 0; a < len(nb); {
		best, bestLen := -1, 0
		cands := seen[key(a)]
		if len(cands) > 8 {
			cands = cands[len(cands)-8:]
		}
		for _, b := range cands {
			n := 0
			for b+n < a && a+n < len(nb) && key(a+n) == key(b+n) {
				n++
			}
			if n > bestLen {
				best, bestLen = b, n
			}
		}
		if best >= 0 && bestLen >= 4 && p.substantial(nb[a:a+bestLen]) {
			for k := a; k < a+bestLen; k++ {
				p.skip[nb[k]] = true
			}
			p.dups = append(p.dups, dupBlock{first: nb[a], last: nb[a+bestLen-1],
				origFirst: nb[best], origLast: nb[best+bestLen-1]})
			for k := a; k < a+bestLen; k++ {
				seen[key(k)] = append(seen[key(k)], k)
			}
			a += bestLen
			continue
		}
		seen[key(a)] = append(seen[key(a)], a)
		a++
	}
}

// TestFindDuplicatesReference compares the doubled pages found with the
// reference on the seeds, on seeds doubled and tripled, and on lines that
// repeat more often than the candidates kept.
func TestFindDuplicatesReference(t *testing.T) {
	long := strings.Repeat("Sở Nội vụ chủ trì, phối hợp với các sở, ban, ngành thực hiện ", 2)
	var docs [][]string
	var rep []string
	for k := 0; k < 30; k++ {
		rep = append(rep, long, "", "| 1 |", long+"x", "Năm 2025", long, long, long+"y", long+"z")
	}
	docs = append(docs, rep)
	for _, name := range seeds {
		l := seedLines(t, name[:3])
		docs = append(docs, l, append(append(append([]string{}, l...), l...), l[:len(l)/2]...))
	}
	for k, lines := range docs {
		got := newPage(lines)
		want := &page{lines: got.lines, fold: got.fold, key: got.key, skip: make([]bool, len(lines))}
		findDuplicatesReference(want)
		if !reflect.DeepEqual(got.skip, want.skip) || !reflect.DeepEqual(got.dups, want.dups) {
			t.Errorf("document %d: doubled pages %v, reference %v", k, got.dups, want.dups)
		}
	}
}
