package score

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"
)

var nan = math.NaN()

func compositeFixture() ([]string, [][]float64, CompositeSpec) {
	units := []string{"A", "B", "C"}
	values := [][]float64{
		{10, 5, 50},
		{20, 10, nan},
		{30, 15, 100},
	}
	spec := CompositeSpec{Indicators: []CompositeIndicator{
		{ID: "x1", Group: "g1", Goalposts: [2]float64{0, 40}, Target: f(25)},
		{ID: "x2", Group: "g1", LowerIsBetter: true, Goalposts: [2]float64{0, 20}},
		{ID: "x3", Group: "g2", Goalposts: [2]float64{0, 200}},
	}}
	return units, values, spec
}

func TestCompositeMinMax(t *testing.T) {
	units, values, spec := compositeFixture()
	r, err := Composite(units, values, spec)
	if err != nil {
		t.Fatal(err)
	}
	// x1 → 0, 50, 100; x2 reversed → 100, 50, 0; x3 → 0, NaN, 100.
	// g1 = 50 for all; g2 = 0, NaN, 100. B's index renormalises to g1 alone.
	wantIndex := []float64{25, 50, 75}
	for u, w := range wantIndex {
		if !approxEq(r.Index[u], w, 1e-9) {
			t.Errorf("index[%s] = %v, want %v", units[u], r.Index[u], w)
		}
	}
	if !reflect.DeepEqual(r.Rank, []int{3, 2, 1}) {
		t.Errorf("ranks %v", r.Rank)
	}
	if !math.IsNaN(r.GroupScores[1][1]) || r.GroupScores[0][0] != 50 {
		t.Errorf("group scores %v", r.GroupScores)
	}
	spec.MinCoverage = 1
	r, _ = Composite(units, values, spec)
	if !math.IsNaN(r.Index[1]) || r.Rank[1] != 0 || r.Rank[2] != 1 || r.Rank[0] != 2 {
		t.Errorf("with full coverage required: index %v rank %v", r.Index, r.Rank)
	}
}

func TestCompositeNormalisations(t *testing.T) {
	units, values, spec := compositeFixture()
	tests := []struct {
		method string
		col    int
		want   []float64
	}{
		{NormGoalposts, 0, []float64{25, 50, 75}},
		{NormGoalposts, 1, []float64{75, 50, 25}}, // lower is better: (20 − x)/20
		{NormDistToTarget, 0, []float64{0, 200.0 / 3, 100}},
		{NormZScore, 0, []float64{-1, 0, 1}},
		{NormZScore, 1, []float64{1, 0, -1}},
	}
	for _, tc := range tests {
		s := spec
		s.Normalisation = tc.method
		if tc.method == NormDistToTarget {
			s.Indicators = s.Indicators[:1]
			values = [][]float64{{10}, {20}, {30}}
		} else {
			_, values, _ = compositeFixture()
		}
		r, err := Composite(units, values, s)
		if err != nil {
			t.Fatalf("%s: %v", tc.method, err)
		}
		for u, w := range tc.want {
			if !approxEq(r.Normalised[u][tc.col], w, 1e-9) {
				t.Errorf("%s col %d unit %s: %v, want %v", tc.method, tc.col, units[u], r.Normalised[u][tc.col], w)
			}
		}
	}
}

func TestCompositeGeometric(t *testing.T) {
	units, values, spec := compositeFixture()
	spec.Aggregation = AggGeometric
	if _, err := Composite(units, values, spec); err == nil || !errors.Is(err, ErrComposite) {
		t.Fatalf("geometric on a 0–100 scale (zeros): err %v", err)
	}
	spec.Scale = [2]float64{1, 100}
	r, err := Composite(units, values, spec)
	if err != nil {
		t.Fatal(err)
	}
	// Unit C: x1 = 100, x2 = 1, x3 = 100 → g1 = 10, g2 = 100 → index √1000.
	if !approxEq(r.Index[2], math.Sqrt(1000), 1e-9) {
		t.Errorf("geometric index of C = %v, want %v", r.Index[2], math.Sqrt(1000))
	}
}

func TestCompositeErrors(t *testing.T) {
	units, values, spec := compositeFixture()
	bad := []CompositeSpec{
		{Indicators: spec.Indicators, Normalisation: "ranks"},
		{Indicators: spec.Indicators, Aggregation: "median"},
		{Indicators: []CompositeIndicator{{ID: "a"}, {ID: "b", Weight: -1}, {ID: "c"}}},
		{Indicators: []CompositeIndicator{{ID: "a"}, {ID: "b"}, {ID: "c"}}, Normalisation: NormDistToTarget},
		{Indicators: []CompositeIndicator{{ID: "a"}, {ID: "b"}, {ID: "c"}}, Normalisation: NormGoalposts},
		{Indicators: spec.Indicators, GroupDataThreshold: 1.5},
		{Indicators: spec.Indicators, IndexDataThreshold: -0.1},
		{Indicators: spec.Indicators, MinCoverage: math.NaN()},
		{Indicators: spec.Indicators, RankTolerance: -1},
	}
	for i, s := range bad {
		if _, err := Composite(units, values, s); !errors.Is(err, ErrComposite) {
			t.Errorf("spec %d: err %v", i, err)
		}
	}
	if _, err := Composite(units, values[:2], spec); err == nil {
		t.Error("row count mismatch accepted")
	}
}

func TestCompositeUncertainty(t *testing.T) {
	units := []string{"A", "B", "C", "D", "E"}
	values := [][]float64{{90, 10, 70}, {80, 30, 75}, {60, 20, 90}, {50, 50, 40}, {85, 12, 72}}
	spec := CompositeSpec{Indicators: []CompositeIndicator{{ID: "a", Group: "p"}, {ID: "b", Group: "p", LowerIsBetter: true}, {ID: "c", Group: "q"}}}
	u := UncertaintySpec{Runs: 300, Seed: 42, Normalisations: []string{NormMinMax, NormZScore}}
	r1, err := CompositeUncertainty(units, values, spec, u)
	if err != nil {
		t.Fatal(err)
	}
	r2, _ := CompositeUncertainty(units, values, spec, u)
	if !reflect.DeepEqual(r1, r2) {
		t.Error("same seed, different results")
	}
	for i := range units {
		if !(r1.Q05[i] <= r1.MedianRank[i] && r1.MedianRank[i] <= r1.Q95[i]) || r1.Q05[i] < 1 || r1.Q95[i] > 5 {
			t.Errorf("%s: rank %v, interval [%v, %v]", units[i], r1.MedianRank[i], r1.Q05[i], r1.Q95[i])
		}
	}
	// Unit D is last on every indicator: last in every run.
	if r1.MedianRank[3] != 5 || r1.Q05[3] != 5 {
		t.Errorf("D: median %v, q05 %v", r1.MedianRank[3], r1.Q05[3])
	}
	// No noise and one method: every run is the nominal ranking.
	r3, err := CompositeUncertainty(units, values, spec, UncertaintySpec{Runs: 20, WeightNoise: -1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range units {
		if r3.MedianRank[i] != float64(r3.NominalRank[i]) || r3.Q05[i] != r3.Q95[i] {
			t.Errorf("%s: nominal %d, median %v [%v, %v]", units[i], r3.NominalRank[i], r3.MedianRank[i], r3.Q05[i], r3.Q95[i])
		}
	}
}

// ExampleComposite builds a two-pillar index of three provinces.
func ExampleComposite() {
	units := []string{"Hà Tĩnh", "Quảng Trị", "Hưng Yên"}
	values := [][]float64{
		// online submission %, overdue dossiers % (lower is better), satisfaction %
		{91.3, 2.1, 94},
		{84.0, 3.5, 96},
		{88.5, 1.2, math.NaN()},
	}
	spec := CompositeSpec{Indicators: []CompositeIndicator{
		{ID: "online_submission_rate", Group: "services"},
		{ID: "overdue_rate", Group: "services", LowerIsBetter: true},
		{ID: "satisfaction_rate", Group: "satisfaction"},
	}}
	r, err := Composite(units, values, spec)
	if err != nil {
		fmt.Println(err)
		return
	}
	for u := range units {
		fmt.Printf("%-10s %6.2f  rank %d\n", units[u], r.Index[u], r.Rank[u])
	}
	// Output:
	// Hà Tĩnh     40.22  rank 3
	// Quảng Trị   50.00  rank 2
	// Hưng Yên    80.82  rank 1
}

// A unit at or beyond the target gets the top score whatever the others
// do. Before the fix, a target equal to the worst unit gave every unit the
// top score but a target a hair beyond it gave every unit 0, so that C,
// which lacks the indicator, came first with the others' other scores.
func TestCompositeDistToTargetBeyondEveryUnit(t *testing.T) {
	units := []string{"A", "B", "C"}
	values := [][]float64{{60, 80}, {55, 90}, {nan, 70}}
	for _, tc := range []struct {
		name   string
		target float64
		lower  bool
		x      []float64
	}{
		{"target equal to the worst unit", 55, false, []float64{60, 55, nan}},
		{"target a hair beyond the worst unit", 54.999, false, []float64{60, 55, nan}},
		{"target far beyond every unit", 10, false, []float64{60, 55, nan}},
		{"lower is better, every unit below the target", 70, true, []float64{60, 55, nan}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			vals := make([][]float64, len(values))
			for u := range values {
				vals[u] = []float64{tc.x[u], values[u][1]}
			}
			spec := CompositeSpec{Normalisation: NormDistToTarget, Indicators: []CompositeIndicator{
				{ID: "x", Group: "g", Target: f(tc.target), LowerIsBetter: tc.lower},
				{ID: "y", Group: "g", Target: f(90)},
			}}
			r, err := Composite(units, vals, spec)
			if err != nil {
				t.Fatal(err)
			}
			if r.Normalised[0][0] != 100 || r.Normalised[1][0] != 100 || !math.IsNaN(r.Normalised[2][0]) {
				t.Errorf("x normalised %v, %v, %v; want 100, 100, NaN", r.Normalised[0][0], r.Normalised[1][0], r.Normalised[2][0])
			}
			// y: A (80 − 70)/(90 − 70) = 50, B 100, C 0; index A 75, B 100, C 0.
			if !reflect.DeepEqual(r.Rank, []int{2, 1, 3}) {
				t.Errorf("index %v, ranks %v; want B, A, C", r.Index, r.Rank)
			}
		})
	}
	// COINr's uncapped formula, on request: negative when every unit is beyond.
	spec := CompositeSpec{Normalisation: NormDistToTarget, Scale: [2]float64{0, 1}, DistToTargetUncapped: true,
		Indicators: []CompositeIndicator{{ID: "x", Target: f(4)}}}
	r, err := Composite([]string{"A", "B", "C"}, [][]float64{{5}, {6}, {8}}, spec)
	if err != nil {
		t.Fatal(err)
	}
	if got := []float64{r.Normalised[0][0], r.Normalised[1][0], r.Normalised[2][0]}; !reflect.DeepEqual(got, []float64{0, -1, -3}) {
		t.Errorf("uncapped: %v, want COINr's 0, −1, −3", got)
	}
}

func TestCompositeOptions(t *testing.T) {
	units := []string{"A", "B", "C", "D"}
	values := [][]float64{{1, 3, 10}, {5, 3, nan}, {3, 3, 30}, {3, 3, 20}}
	inds := []CompositeIndicator{{ID: "x", Group: "g"}, {ID: "c", Group: "g"}, {ID: "z", Group: "h"}}
	run := func(s CompositeSpec) *CompositeResult {
		t.Helper()
		s.Indicators = inds
		r, err := Composite(units, values, s)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	col := func(r *CompositeResult, i int) []float64 {
		out := make([]float64, len(units))
		for u := range units {
			out[u] = r.Normalised[u][i]
		}
		return out
	}
	eqNaN := func(a, b []float64) bool {
		for i := range a {
			if !approxEq(a[i], b[i], 1e-12) && !(math.IsNaN(a[i]) && math.IsNaN(b[i])) {
				return false
			}
		}
		return len(a) == len(b)
	}
	tests := []struct {
		name string
		spec CompositeSpec
		i    int
		want []float64
	}{
		{"rank, ties share the lowest", CompositeSpec{Normalisation: NormRank}, 0, []float64{1, 4, 2, 2}},
		{"borda", CompositeSpec{Normalisation: NormBorda}, 0, []float64{0, 3, 1, 1}},
		{"percentile rank on the scale", CompositeSpec{Normalisation: NormPercentRank}, 0, []float64{0, 100, 1.0 / 3 * 100, 1.0 / 3 * 100}},
		{"rank with a missing value", CompositeSpec{Normalisation: NormRank}, 2, []float64{1, nan, 3, 2}},
		{"constant column: NaN (COINr)", CompositeSpec{}, 1, []float64{nan, nan, nan, nan}},
		{"constant column: mid-scale on request", CompositeSpec{ConstantMidScale: true}, 1, []float64{50, 50, 50, 50}},
		{"constant column, z-score: NaN", CompositeSpec{Normalisation: NormZScore}, 1, []float64{nan, nan, nan, nan}},
		{"constant column, ranks: all tie", CompositeSpec{Normalisation: NormRank}, 1, []float64{1, 1, 1, 1}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := col(run(tc.spec), tc.i); !eqNaN(got, tc.want) {
				t.Errorf("%v, want %v", got, tc.want)
			}
		})
	}
	if r := run(CompositeSpec{}); len(r.Warnings) != 1 || !strings.Contains(r.Warnings[0], "indicator c") {
		t.Errorf("warnings %q", r.Warnings)
	}
	// B has 1 of 2 indicators of g (c is NaN for all): with a group
	// threshold of 0.6 every unit loses g; index from h alone, B none.
	r := run(CompositeSpec{GroupDataThreshold: 0.6})
	if !math.IsNaN(r.GroupScores[0][0]) || !math.IsNaN(r.Index[1]) || r.Index[2] != 100 {
		t.Errorf("group threshold: groups %v index %v", r.GroupScores, r.Index)
	}
	r = run(CompositeSpec{IndexDataThreshold: 1})
	if !math.IsNaN(r.Index[1]) || math.IsNaN(r.Index[0]) {
		t.Errorf("index threshold: index %v", r.Index)
	}
	// Harmonic mean of 1 and 100 (scale [1, 100]) with equal weights: 200/101.
	r = run(CompositeSpec{Aggregation: AggHarmonic, Scale: [2]float64{1, 100}})
	if !approxEq(r.GroupScores[1][0], 100, 1e-12) || !approxEq(r.Index[0], 2/(1+1.0/1), 1e-12) {
		t.Errorf("harmonic: groups %v index %v", r.GroupScores, r.Index)
	}
	if _, err := Composite(units, values, CompositeSpec{Indicators: inds, Aggregation: AggHarmonic}); !errors.Is(err, ErrComposite) {
		t.Errorf("harmonic with zeros: err %v", err)
	}
}

func TestRankDescTolerance(t *testing.T) {
	v := []float64{50.000000000000007, 50, 75, nan, 75}
	if got := rankDesc(v, 0); !reflect.DeepEqual(got, []int{3, 4, 1, 0, 1}) {
		t.Errorf("exact: %v", got)
	}
	if got := rankDesc(v, 1e-9); !reflect.DeepEqual(got, []int{3, 3, 1, 0, 1}) {
		t.Errorf("tolerance 1e-9: %v", got)
	}
}
