package score

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

func f(v float64) *float64 { return &v }
func iy(y int) *int        { return &y }

func approxEq(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

// The worked examples of the scoring issue.
func TestWorkedExamples(t *testing.T) {
	r := DefaultRules()
	headcount := dataset.Target{Code: "II.4.3", Metric: "civil_servant_headcount", Comparator: ">=", Value: 28,
		Unit: "staff", Change: dataset.ChangeDecrease, BaselineYear: iy(2024), Year: 2025}
	spending := dataset.Target{Code: "II.6.1", Metric: "support_spending", Comparator: ">=", Value: 2.5,
		Unit: "percent", Change: dataset.ChangeDecrease, Year: 2025} // "năm trước liền kề"
	tests := []struct {
		name       string
		t          dataset.Target
		actual     *float64
		baseline   *float64
		status     string
		attainment float64 // NaN: nil
		change     string  // Score.Change
		noteHas    []string
	}{
		{"online submission 91,3% ≥ 90%", dataset.Target{Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
			f(91.3), nil, "met", 1, "", []string{"91,3%", "90%"}},
		{"satisfaction 94% vs ≥ 95%", dataset.Target{Comparator: ">=", Value: 95, Unit: "percent", Year: 2025},
			f(94), nil, "near", 94.0 / 95, "", []string{"94%", "95%"}},
		{"headcount 3000 → 2980", headcount, f(2980), f(3000), "off_track", 20.0 / 28, dataset.ChangeDecrease, []string{"giảm 20 so với 2024", "cần 28"}},
		{"headcount, 2024 missing", headcount, f(2980), nil, "no_data", math.NaN(), dataset.ChangeDecrease, []string{"thiếu số liệu năm 2024"}},
		{"headcount, no observation", headcount, nil, nil, "no_data", math.NaN(), dataset.ChangeDecrease, []string{"chưa có số liệu năm 2025"}},
		{"support spending 100000 → 97000", spending, f(97000), f(100000), "met", 1, dataset.ChangeDecrease, []string{"giảm 3%", "2024", "2,5%"}},
		{"talent khoảng 02% with 1,9%", dataset.Target{Comparator: "approx", Value: 2, Unit: "percent", Year: 2025},
			f(1.9), nil, "met", 1, "", []string{"1,9%", "khoảng 2%"}},
		{"no observation", dataset.Target{Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
			nil, nil, "no_data", math.NaN(), "", []string{"chưa có số liệu năm 2025"}},
		{"increase 100 → 130", dataset.Target{Comparator: ">=", Value: 25, Unit: "count", Change: dataset.ChangeIncrease, Year: 2025},
			f(130), f(100), "met", 1, dataset.ChangeIncrease, []string{"tăng 30", "cần 25"}},
		{"unknown change word is not a change", dataset.Target{Comparator: ">=", Value: 25, Unit: "count", Change: "down", Year: 2025},
			f(30), f(100), "met", 1, "", []string{"30"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreTarget(tc.t, tc.actual, tc.baseline, r)
			if s.Status != tc.status {
				t.Errorf("status = %s, want %s (note %q)", s.Status, tc.status, s.Note)
			}
			if math.IsNaN(tc.attainment) {
				if s.Attainment != nil {
					t.Errorf("attainment = %v, want nil", *s.Attainment)
				}
			} else if s.Attainment == nil || !approxEq(*s.Attainment, tc.attainment, 1e-4) {
				t.Errorf("attainment = %v, want %.4f", s.Attainment, tc.attainment)
			}
			if s.Change != tc.change {
				t.Errorf("change = %q, want %q", s.Change, tc.change)
			}
			if s.Met != (tc.status == "met") {
				t.Errorf("met = %v with status %s", s.Met, s.Status)
			}
			for _, w := range tc.noteHas {
				if !strings.Contains(s.Note, w) {
					t.Errorf("note %q lacks %q", s.Note, w)
				}
			}
		})
	}
	// The exact numbers of the issue.
	s := ScoreTarget(dataset.Target{Comparator: ">=", Value: 95, Unit: "percent"}, f(94), nil, r)
	if !approxEq(*s.Attainment, 0.9895, 5e-5) {
		t.Errorf("satisfaction attainment %.5f, want ≈ 0.9895", *s.Attainment)
	}
	s = ScoreTarget(headcount, f(2980), f(3000), r)
	if !approxEq(*s.Attainment, 0.714, 5e-4) {
		t.Errorf("headcount attainment %.4f, want ≈ 0.714", *s.Attainment)
	}
	if s.Note != "giảm 20 so với 2024 (3.000 → 2.980), cần 28" {
		t.Errorf("headcount note %q", s.Note)
	}
	s = ScoreTarget(spending, f(97000), f(100000), r)
	if s.Note != "giảm 3% so với 2024 (100.000 → 97.000), cần 2,5%" {
		t.Errorf("spending note %q", s.Note)
	}
}

func TestComparatorRules(t *testing.T) {
	r := DefaultRules()
	tests := []struct {
		cmp    string
		v, a   float64
		max    *float64
		met    bool
		att    float64
		status string
	}{
		{">=", 90, 90, nil, true, 1, "met"},
		{">=", 90, 100, nil, true, 1, "met"},
		{">=", 90, 45, nil, false, 0.5, "off_track"},
		{">=", 90, 0, nil, false, 0, "off_track"},
		{">=", 0, 0, nil, true, 1, "met"},
		{">=", 0, -1, nil, false, 0, "off_track"},
		{">", 85, 85, nil, false, 1, "near"},
		{">", 85, 86, nil, true, 1, "met"},
		{">", 85, 70, nil, false, 70.0 / 85, "off_track"},
		{"<=", 10, 10, nil, true, 1, "met"},
		{"<=", 10, 20, nil, false, 0.5, "off_track"},
		{"<=", 10, 0, nil, true, 1, "met"},
		{"<=", 0, 0, nil, true, 1, "met"},
		{"<=", 0, 5, nil, false, 0, "off_track"},
		{"<", 10, 10, nil, false, 1, "near"},
		{"<", 10, 9, nil, true, 1, "met"},
		{"<", 10, 11, nil, false, 10.0 / 11, "near"},
		{"=", 100, 100, nil, true, 1, "met"}, // a bare planned figure reads as ">="
		{"=", 100, 95, nil, false, 0.95, "near"},
		{"=", 100, 105, nil, true, 1, "met"},    // above the planned figure is met
		{"=", 0, 1, nil, false, 0, "off_track"}, // "= 0" reads as "<= 0"
		{"=", 0, 0, nil, true, 1, "met"},
		{"approx", 2, 1.9, nil, true, 1, "met"},
		{"approx", 2, 2.2, nil, true, 1, "met"},
		{"approx", 2, 2.21, nil, false, 0.895, "off_track"},
		{"approx", 2, 1.5, nil, false, 0.75, "off_track"},
		{"approx", 0, 0, nil, true, 1, "met"},
		{">=", 2, 2, f(3), true, 1, "met"}, // range: lower bound counts
		{">=", 2, 1, f(3), false, 0.5, "off_track"},
		{"=", 2, 4, f(3), true, 1, "met"}, // a range stated with "=" still counts its lower bound
		{"", 90, 95, nil, true, 1, "met"}, // empty comparator reads as ">="
	}
	for _, tc := range tests {
		tg := dataset.Target{Comparator: tc.cmp, Value: tc.v, ValueMax: tc.max, Unit: "count", Year: 2025}
		s := ScoreTarget(tg, f(tc.a), nil, r)
		if s.Met != tc.met || s.Status != tc.status || s.Attainment == nil || !approxEq(*s.Attainment, tc.att, 1e-9) {
			got := math.NaN()
			if s.Attainment != nil {
				got = *s.Attainment
			}
			t.Errorf("%s %v (max %v) actual %v: met=%v status=%s att=%.4f; want %v %s %.4f (note %q)",
				tc.cmp, tc.v, tc.max, tc.a, s.Met, s.Status, got, tc.met, tc.status, tc.att, s.Note)
		}
	}
}

// TestExactEquals checks "=" under Rules.ExactEquals: an exact figure,
// met only by an equal actual, while ranges and changes keep their reading.
func TestExactEquals(t *testing.T) {
	r := DefaultRules()
	r.ExactEquals = true
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		name   string
		tg     dataset.Target
		a      float64
		met    bool
		att    float64
		status string
	}{
		{"equal", dataset.Target{Comparator: "=", Value: 100}, 100, true, 1, "met"},
		{"above", dataset.Target{Comparator: "=", Value: 100}, 105, false, 0.95, "near"},
		{"below", dataset.Target{Comparator: "=", Value: 100}, 80, false, 0.8, "off_track"},
		{"range", dataset.Target{Comparator: "=", Value: 2, ValueMax: f(3)}, 4, true, 1, "met"},
	}
	for _, tc := range tests {
		tc.tg.Unit, tc.tg.Year = "count", 2025
		s := ScoreTarget(tc.tg, f(tc.a), nil, r)
		if s.Met != tc.met || s.Status != tc.status || s.Attainment == nil || !approxEq(*s.Attainment, tc.att, 1e-9) {
			t.Errorf("%s: met=%v status=%s att=%v; want %v %s %.4f (note %q)", tc.name, s.Met, s.Status, s.Attainment, tc.met, tc.status, tc.att, s.Note)
		}
	}
}

func TestChangeTargets(t *testing.T) {
	r := DefaultRules()
	dec := dataset.Target{Comparator: "=", Value: 28, Unit: "staff", Change: dataset.ChangeDecrease, BaselineYear: iy(2024), Year: 2025}
	inc := dataset.Target{Comparator: ">=", Value: 2, Unit: "count", Change: dataset.ChangeIncrease, Year: 2025}
	tests := []struct {
		t          dataset.Target
		actual, bl float64
		status     string
		att        float64
		note       string
	}{
		{dec, 2970, 3000, "met", 1, "giảm 30 so với 2024 (3.000 → 2.970), cần 28"},
		{dec, 3010, 3000, "off_track", 0, "tăng 10 so với 2024 (3.000 → 3.010), cần giảm 28"},
		{inc, 12, 10, "met", 1, "tăng 2 so với 2024 (10 → 12), cần 2"},
		{inc, 11, 10, "off_track", 0.5, "tăng 1 so với 2024 (10 → 11), cần 2"},
	}
	for _, tc := range tests {
		s := ScoreTarget(tc.t, f(tc.actual), f(tc.bl), r)
		if s.Status != tc.status || !approxEq(*s.Attainment, tc.att, 1e-9) || s.Note != tc.note {
			t.Errorf("%+v %v→%v: %s %.3f %q; want %s %.3f %q", tc.t.Change, tc.bl, tc.actual, s.Status, *s.Attainment, s.Note, tc.status, tc.att, tc.note)
		}
	}
	// Relative change against a zero baseline cannot be computed.
	pct := dataset.Target{Comparator: ">=", Value: 2.5, Unit: "percent", Change: dataset.ChangeDecrease, Year: 2025}
	s := ScoreTarget(pct, f(10), f(0), r)
	if s.Status != "no_data" || !strings.Contains(s.Note, "bằng 0") {
		t.Errorf("zero baseline: %s %q", s.Status, s.Note)
	}
}

func TestPointRules(t *testing.T) {
	r := DefaultRules()
	r.Points = []PointRule{
		{Metric: "online_payment_rate", Kind: PointsThreshold, Max: 2, Threshold: 60},
		{Code: "X", Kind: PointsAllOrNothing, Max: 1},
		{Max: 10},
	}
	tests := []struct {
		t      dataset.Target
		a      float64
		points float64
	}{
		{dataset.Target{Metric: "online_payment_rate", Comparator: ">=", Value: 60, Unit: "percent"}, 72, 2},
		{dataset.Target{Metric: "online_payment_rate", Comparator: ">=", Value: 60, Unit: "percent"}, 45, 1.5},
		{dataset.Target{Code: "X", Comparator: ">=", Value: 10}, 9, 0},
		{dataset.Target{Code: "X", Comparator: ">=", Value: 10}, 10, 1},
		{dataset.Target{Code: "Y", Comparator: ">=", Value: 10}, 8, 8},
	}
	for _, tc := range tests {
		s := ScoreTarget(tc.t, f(tc.a), nil, r)
		if s.Points == nil || !approxEq(*s.Points, tc.points, 1e-9) {
			t.Errorf("%s/%s actual %v: points %v, want %v", tc.t.Metric, tc.t.Code, tc.a, s.Points, tc.points)
		}
	}
	// A change target's threshold rule looks at the change: a 2% decrease
	// against X = 2,5% earns 2 × 4 / 2,5 = 3,2 of 4 points.
	r.Points = append(r.Points, PointRule{Metric: "support_spending", Kind: PointsThreshold, Max: 4, Threshold: 2.5})
	spend := dataset.Target{Metric: "support_spending", Comparator: ">=", Value: 2.5, Unit: "percent", Change: dataset.ChangeDecrease, Year: 2025}
	if s := ScoreTarget(spend, f(98000), f(100000), r); s.Points == nil || !approxEq(*s.Points, 3.2, 1e-9) {
		t.Errorf("change target points %v, want 3.2", s.Points)
	}
	if s := ScoreTarget(dataset.Target{Code: "Y", Value: 10}, nil, nil, r); s.Points != nil {
		t.Errorf("no_data row has points %v", *s.Points)
	}
	if s := ScoreTarget(dataset.Target{Code: "Y", Value: 10}, f(10), nil, DefaultRules()); s.Points != nil {
		t.Errorf("row without a point rule has points %v", *s.Points)
	}
}

// Property: attainment always lies in [0, 1] (or is nil), whatever the input.
func TestAttainmentInUnitInterval(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	cmps := []string{">=", ">", "<=", "<", "=", "approx", "", "??"}
	specials := []float64{0, -0, 1, -1, math.NaN(), math.Inf(1), math.Inf(-1), 1e308, -1e308, 5e-324}
	pick := func() float64 {
		if rng.IntN(5) == 0 {
			return specials[rng.IntN(len(specials))]
		}
		return (rng.Float64() - 0.3) * math.Pow(10, float64(rng.IntN(8)))
	}
	r := DefaultRules()
	for i := 0; i < 20000; i++ {
		tg := dataset.Target{Comparator: cmps[rng.IntN(len(cmps))], Value: pick(), Unit: []string{"percent", "count"}[rng.IntN(2)], Year: 2025}
		if rng.IntN(3) == 0 {
			tg.Change = []string{dataset.ChangeDecrease, dataset.ChangeIncrease}[rng.IntN(2)]
		}
		a, b := pick(), pick()
		s := ScoreTarget(tg, &a, &b, r)
		if s.Attainment != nil && !(*s.Attainment >= 0 && *s.Attainment <= 1) {
			t.Fatalf("target %+v actual %v baseline %v: attainment %v", tg, a, b, *s.Attainment)
		}
		if s.Attainment == nil && s.Status != dataset.StatusNoData {
			t.Fatalf("nil attainment with status %s", s.Status)
		}
	}
}

// Property: for ">=" targets, raising the actual never lowers attainment.
func TestMonotoneGE(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	r := DefaultRules()
	for i := 0; i < 20000; i++ {
		v := (rng.Float64() - 0.1) * 200
		a := (rng.Float64() - 0.1) * 300
		d := rng.Float64() * 50
		tg := dataset.Target{Comparator: ">=", Value: v, Unit: "percent"}
		s1 := ScoreTarget(tg, f(a), nil, r)
		s2 := ScoreTarget(tg, f(a+d), nil, r)
		if *s2.Attainment < *s1.Attainment {
			t.Fatalf(">= %v: actual %v → %.4f, actual %v → %.4f", v, a, *s1.Attainment, a+d, *s2.Attainment)
		}
		// Same for change targets stated as an increase.
		tg.Change, tg.Unit = dataset.ChangeIncrease, "count"
		b := 100.0
		s1 = ScoreTarget(tg, f(a), &b, r)
		s2 = ScoreTarget(tg, f(a+d), &b, r)
		if *s2.Attainment < *s1.Attainment {
			t.Fatalf("increase ≥ %v: actual %v → %.4f, actual %v → %.4f", v, a, *s1.Attainment, a+d, *s2.Attainment)
		}
	}
}
