package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestGenIndicatorsEndToEnd generates a year of dossiers for one province,
// computes its rates and reads the observations back as the scorer does.
func TestGenIndicatorsEndToEnd(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "ht.parquet")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gen", "dossiers", "--rows", "50000", "--seed", "3", "--province", "Hà Tĩnh", "--year", "2025", "-o", data}, &stdout, &stderr); code != 0 {
		t.Fatalf("gen: exit %d: %s", code, stderr.String())
	}
	if !strings.Contains(stderr.String(), "wrote 50000 SYNTHETIC dossiers") {
		t.Errorf("gen stderr = %q", stderr.String())
	}
	for _, ext := range []string{".csv", ".parquet"} {
		obsPath := filepath.Join(dir, "obs"+ext)
		ratesPath := filepath.Join(dir, "rates"+ext)
		stdout.Reset()
		stderr.Reset()
		badPath := filepath.Join(dir, "bad"+ext+".csv")
		code := run([]string{"indicators", "--dossiers", data, "--by", "province,level", "--as-of", "2025-12-31", "-o", obsPath, "--rates", ratesPath, "--rejected", badPath}, &stdout, &stderr)
		if code != 0 {
			t.Fatalf("indicators: exit %d: %s", code, stderr.String())
		}
		report := stderr.String()
		for _, s := range []string{"dossiers read: 50000;", "overdue_open_rate as of 2025-12-31 23:59:59", "wrote 32 observations to " + obsPath} {
			if !strings.Contains(report, s) {
				t.Errorf("report lacks %q:\n%s", s, report)
			}
		}
		obs, rejected, err := dataset.ReadObservations(obsPath)
		if err != nil {
			t.Fatal(err)
		}
		if len(rejected) > 0 {
			t.Errorf("rejected rows: %v", rejected)
		}
		// 4 groups (all levels, province, district, commune) × 8 rates.
		if len(obs) != 32 {
			t.Fatalf("%d observations, want 32", len(obs))
		}
		metrics := map[string]bool{}
		for _, o := range obs {
			if o.Entity != "Hà Tĩnh" || o.Year != 2025 || o.Unit != "percent" || o.Value < 0 || o.Value > 100 {
				t.Errorf("observation %+v", o)
			}
			if o.Level == "" {
				metrics[o.Metric] = true
			}
		}
		for _, m := range []string{"online_submission_rate", "online_payment_rate", "dossier_digitisation_rate", "satisfaction_rate", "overdue_open_rate"} {
			if !metrics[m] {
				t.Errorf("no province-wide observation of %s", m)
			}
		}
		if st, err := os.Stat(ratesPath); err != nil || st.Size() == 0 {
			t.Errorf("rates table not written: %v", err)
		}
		bad, err := os.ReadFile(badPath)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(string(bad)), "\n")
		if lines[0] != "position_kind,position,reason,detail" || !strings.Contains(report, fmt.Sprintf("kept out: %d\n", len(lines)-1)) {
			t.Errorf("rejected file has %d rows; report:\n%s", len(lines)-1, report)
		}
	}
	// The observations score the Hà Tĩnh 2025 plan's online, payment,
	// digitisation and satisfaction targets.
	stdout.Reset()
	stderr.Reset()
	card := filepath.Join(dir, "scorecard.csv")
	plan := filepath.Join("..", "..", "testdata", "plans", "003_a5b74ff242722c67.txt")
	if code := run([]string{"scorecard", "--plan", plan, "--actuals", filepath.Join(dir, "obs.csv"), "-o", card}, &stdout, &stderr); code != 0 {
		t.Fatalf("scorecard: exit %d: %s", code, stderr.String())
	}
	f, err := os.Open(card)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimPrefix(h, "\ufeff")] = i
	}
	scored := map[string]int{}
	for _, r := range rows[1:] {
		if r[col["entity"]] == "Hà Tĩnh" && r[col["status"]] != "no_data" {
			scored[r[col["metric"]]]++
		}
	}
	for _, m := range []string{"online_submission_rate", "online_payment_rate", "dossier_digitisation_rate", "satisfaction_rate"} {
		if scored[m] == 0 {
			t.Errorf("target on %s not scored (scored: %v)", m, scored)
		}
	}
	if scored["dossier_digitisation_rate"] != 3 {
		t.Errorf("digitisation targets scored at %d levels, want 3", scored["dossier_digitisation_rate"])
	}
}

func TestIndicatorsUsage(t *testing.T) {
	cases := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"indicators"}, 2, "--dossiers FILE is required"},
		{[]string{"indicators", "--dossiers", "x.parquet", "--by", "district"}, 2, `unknown dimension "district"`},
		{[]string{"indicators", "--dossiers", "x.parquet", "--as-of", "31.12.2025"}, 2, "--as-of"},
		{[]string{"indicators", "--dossiers", "x.parquet", "-o", "out.ods"}, 2, ".ods"},
		{[]string{"indicators", "--dossiers", filepath.Join(t.TempDir(), "missing.parquet")}, 1, "missing.parquet"},
		{[]string{"gen"}, 2, "usage: cchc gen dossiers"},
		{[]string{"gen", "plans"}, 2, `unknown kind "plans"`},
		{[]string{"gen", "dossiers", "--rows", "10"}, 2, "-o FILE is required"},
		{[]string{"gen", "dossiers", "-o", filepath.Join(t.TempDir(), "x.parquet"), "--province", "Atlantis"}, 1, "Atlantis"},
		{[]string{"gen", "dossiers", "-o", filepath.Join(t.TempDir(), "x.docx")}, 1, ".docx"},
		{[]string{"gen", "dossiers", "--schema", "national", "-o", filepath.Join(t.TempDir(), "x.parquet")}, 1, ".csv or .xlsx"},
		{[]string{"gen", "dossiers", "--schema", "provincial", "-o", filepath.Join(t.TempDir(), "x.csv")}, 2, "want cchc or national"},
	}
	for _, c := range cases {
		var stdout, stderr bytes.Buffer
		code := run(c.args, &stdout, &stderr)
		if code != c.code || !strings.Contains(stderr.String(), c.msg) {
			t.Errorf("%v: exit %d, stderr %q; want exit %d and %q", c.args, code, stderr.String(), c.code, c.msg)
		}
	}
}

func TestIndicatorsPrintsTable(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "d.csv")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"gen", "dossiers", "--rows", "2000", "--province", "Hà Tĩnh", "-o", data}, &stdout, &stderr); code != 0 {
		t.Fatalf("gen: %s", stderr.String())
	}
	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"indicators", "--dossiers", data, "-q"}, &stdout, &stderr); code != 0 {
		t.Fatalf("indicators: %s", stderr.String())
	}
	out := stdout.String()
	for _, s := range []string{"province", "online_submission_rate", "Hà Tĩnh", "numerator", "denominator"} {
		if !strings.Contains(out, s) {
			t.Errorf("table lacks %q:\n%s", s, out)
		}
	}
	if stderr.Len() != 0 {
		t.Errorf("stderr with -q: %q", stderr.String())
	}
}

func TestProgressBar(t *testing.T) {
	var b bytes.Buffer
	p := &progressBar{w: &b, l: i18n.EN, tty: true, start: time.Now()}
	p.update(10, 100) // under a second: nothing
	if b.Len() != 0 {
		t.Errorf("drawn before a second: %q", b.String())
	}
	p.start = time.Now().Add(-2 * time.Second)
	p.update(50, 100)
	if !strings.Contains(b.String(), "[###############               ]  50.0%") {
		t.Errorf("bar = %q", b.String())
	}
	p.update(7, -1)
	if !strings.Contains(b.String(), "\r7 read") {
		t.Errorf("bar without a total = %q", b.String())
	}
	p.done()
	if !strings.HasSuffix(b.String(), "\r") {
		t.Errorf("not cleared: %q", b.String())
	}
	var q bytes.Buffer
	np := newProgressBar(&q, i18n.EN) // not a terminal
	np.start = time.Now().Add(-2 * time.Second)
	np.update(1, 2)
	np.done()
	if q.Len() != 0 {
		t.Errorf("drawn on a non-terminal: %q", q.String())
	}
}
