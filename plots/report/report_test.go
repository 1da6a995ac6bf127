package report

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/score"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

const (
	planFile = "../../testdata/plans/003_a5b74ff242722c67.txt"
	obsFile  = "../../testdata/observations/illustrative_observations_ha_tinh_2025.csv"
)

// madeAt is the fixed "date made" of the test reports.
var madeAt = time.Date(2026, 1, 5, 2, 30, 0, 0, time.UTC)

// haTinhInput is the report of the Hà Tĩnh 2025 plan (3098/QĐ-UBND)
// against the illustrative observations, as "cchc report" makes it with
// no files given.
func haTinhInput(t testing.TB, lang i18n.Lang) Input {
	t.Helper()
	doc, err := plandoc.ParseFile(planFile, indicators.Default())
	if err != nil {
		t.Fatal(err)
	}
	for i := range doc.Targets {
		doc.Targets[i].PlanID = doc.Plan.ID
	}
	l, err := dataset.ReadFile(obsFile, dataset.KindObservations, memory.NewGoAllocator())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	obs, err := dataset.ObservationsFromRecord(l.Record)
	if err != nil {
		t.Fatal(err)
	}
	rules := score.DefaultRules()
	res, err := score.Scorecard(doc.Targets, obs, score.Options{Rules: rules, Catalogue: indicators.Default(),
		File: obsFile, Lines: l.Lines})
	if err != nil {
		t.Fatal(err)
	}
	src := func(role, path string) Source {
		s, err := FileSource(role, path)
		if err != nil {
			t.Fatal(err)
		}
		s.Name = filepath.Base(path)
		s.Embedded = true
		return s
	}
	return Input{Plan: &doc.Plan, Targets: doc.Targets, Findings: doc.Findings, Result: res, Rules: rules,
		Sources:      []Source{src(RolePlan, planFile), src(RoleObservations, obsFile)},
		Illustrative: true, Lang: lang, Version: "0.1.0 (test)", Made: madeAt}
}

// fontData matches the base64 payload of the embedded fonts, which the
// golden file leaves out.
var fontData = regexp.MustCompile(`base64,[A-Za-z0-9+/=]{1000,}`)

// TestHTMLGolden compares the report of the embedded plan with the golden
// file, checked by hand (fonts left out, date made and version fixed).
func TestHTMLGolden(t *testing.T) {
	for _, lang := range []i18n.Lang{i18n.VI, i18n.EN} {
		t.Run(string(lang), func(t *testing.T) {
			page, err := HTML(haTinhInput(t, lang))
			if err != nil {
				t.Fatal(err)
			}
			got := fontData.ReplaceAll(page, []byte("base64,FONT"))
			path := filepath.Join("testdata", "report_ha_tinh_2025_"+string(lang)+".golden.html")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				out := filepath.Join(t.TempDir(), filepath.Base(path))
				os.WriteFile(out, got, 0o644)
				t.Errorf("the report differs from %s; got written to %s", path, out)
			}
		})
	}
}

// TestHTMLContents checks what the page must hold, whatever its layout:
// every target with its status word, the header, the sources' checksums,
// NFC text and no reference to anything outside the page.
func TestHTMLContents(t *testing.T) {
	in := haTinhInput(t, i18n.VI)
	page, err := HTML(in)
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	if !norm.NFC.IsNormalString(s) {
		t.Error("the page is not NFC")
	}
	for _, want := range []string{
		"Kết quả thực hiện kế hoạch cải cách hành chính năm 2025", "3098/QĐ-UBND", "UBND tỉnh Hà Tĩnh",
		"31/12/2024", "Nguyễn Hồng Lĩnh", "số liệu MINH HỌA", "Cải cách thủ tục hành chính",
		"Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", "Số liệu không khớp chỉ tiêu nào",
		"Quy tắc chấm điểm được áp dụng", in.Sources[0].SHA256, in.Sources[1].SHA256, "0.1.0 (test)",
		"2026-01-05 09:30 (giờ Việt Nam, UTC", "@font-face", "@page { size: A4",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// Every scorecard row: its code, its wording and its status word, in one table row.
	rows := regexp.MustCompile(`(?s)<tr><td>([^<]*)</td><td>([^<]*)<div class="src">[^<]*</div></td><td class="num">[^<]*</td><td class="num">[^<]*</td><td class="num">[^<]*</td><td class="num">[^<]*</td><td><span class="st st-([a-z_]+)">([^<]*)</span>`).FindAllStringSubmatch(s, -1)
	if len(rows) != len(in.Result.Scores) {
		t.Fatalf("%d target rows on the page, want %d", len(rows), len(in.Result.Scores))
	}
	for i, sc := range in.Result.Scores {
		r := rows[i]
		if r[1] != sc.Code || r[3] != sc.Status || r[4] != i18n.VI.StatusName(sc.Status) {
			t.Errorf("row %d: %q %q %q, want %q %q %q", i, r[1], r[3], r[4], sc.Code, sc.Status, i18n.VI.StatusName(sc.Status))
		}
	}
	// Nothing outside the page: no src, no href, every url() a data: URL.
	if m := regexp.MustCompile(`(?i)\s(src|href)\s*=`).FindString(s); m != "" {
		t.Errorf("the page refers to a file: %q", m)
	}
	for _, m := range regexp.MustCompile(`url\(([^)]{0,20})`).FindAllStringSubmatch(s, -1) {
		if !strings.HasPrefix(m[1], "data:") && !strings.HasPrefix(m[1], "#") {
			t.Errorf("the page loads %q", m[0])
		}
	}
	// One chart per area and the heatmap.
	areas := map[string]bool{}
	for _, sc := range in.Result.Scores {
		areas[sc.Area] = true
	}
	if n := strings.Count(s, `<svg class="chart"`); n != len(areas)+1 {
		t.Errorf("%d charts, want %d (one per area and the heatmap)", n, len(areas)+1)
	}
}

// TestHTMLEntities checks the ranking and small multiples of a scorecard
// of several entities.
func TestHTMLEntities(t *testing.T) {
	targets := []dataset.Target{
		{PlanID: "P", Code: "1", Area: dataset.AreaProcedures, Metric: "online_submission_rate", Subject: "Tỷ lệ hồ sơ trực tuyến", Comparator: ">=", Value: 80, Unit: "percent", Year: 2025},
		{PlanID: "P", Code: "2", Area: dataset.AreaDigitalGovernment, Metric: "online_payment_rate", Subject: "Tỷ lệ thanh toán trực tuyến", Comparator: ">=", Value: 50, Unit: "percent", Year: 2025},
	}
	var obs []dataset.Observation
	for i, e := range []string{"Hà Tĩnh", "Nghệ An", "Quảng Bình"} {
		obs = append(obs,
			dataset.Observation{Entity: e, Year: 2025, Metric: "online_submission_rate", Value: float64(60 + 10*i), Unit: "percent"},
			dataset.Observation{Entity: e, Year: 2025, Metric: "online_payment_rate", Value: float64(30 + 15*i), Unit: "percent"})
	}
	res, err := score.Scorecard(targets, obs, score.Options{Rules: score.DefaultRules()})
	if err != nil {
		t.Fatal(err)
	}
	page, err := HTML(Input{Label: "targets.csv", Targets: targets, Result: res, Rules: score.DefaultRules(), Lang: i18n.EN, Made: madeAt})
	if err != nil {
		t.Fatal(err)
	}
	s := string(page)
	for _, want := range []string{`id="ranking"`, "Quảng Bình", "Score per area, by entity", "targets.csv"} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
	// The ranking lists Quảng Bình (highest values) first.
	rank := s[strings.Index(s, `id="ranking"`):]
	if qb, ht := strings.Index(rank, "Quảng Bình"), strings.Index(rank, "Hà Tĩnh"); qb > ht {
		t.Error("the ranking does not start with the best entity")
	}
	// One small multiple per entity, one chart per area, the heatmap.
	if n := strings.Count(s, `<svg class="chart"`); n != 3+2+1 {
		t.Errorf("%d charts, want 6", n)
	}
}

func TestHTMLNoResult(t *testing.T) {
	if _, err := HTML(Input{}); !errors.Is(err, ErrNoResult) {
		t.Errorf("HTML of nothing: %v, want ErrNoResult", err)
	}
}

// A task's text is shown without a leading copy of its own number.
func TestWithoutOwnNumber(t *testing.T) {
	tests := []struct{ text, code, want string }{
		{"2.1. Xây dựng kế hoạch", "2.1", "Xây dựng kế hoạch"},
		{"2.1 Xây dựng kế hoạch", "2.1", "Xây dựng kế hoạch"},
		{"3) Tuyên truyền", "3", "Tuyên truyền"},
		{"2.10. Tuyên truyền", "2.1", "2.10. Tuyên truyền"},
		{"2.1.3 Rà soát", "2.1", "2.1.3 Rà soát"},
		{"Rà soát thủ tục", "2.1", "Rà soát thủ tục"},
		{"2.1.", "2.1", "2.1."},
		{"Xây dựng", "", "Xây dựng"},
	}
	for _, tc := range tests {
		if got := withoutOwnNumber(tc.text, tc.code); got != tc.want {
			t.Errorf("withoutOwnNumber(%q, %q) = %q, want %q", tc.text, tc.code, got, tc.want)
		}
	}
}
