package score

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// coinrFile is testdata/peers/composite_coinr.json, written by gen_coinr.R.
type coinrFile struct {
	Cases   []coinrCase                 `json:"cases"`
	Literal map[string]*json.RawMessage `json:"literal"`
}

type coinrCase struct {
	Name       string `json:"name"`
	Source     string `json:"source"`
	Units      []string
	Indicators []struct {
		ID            string      `json:"id"`
		Group         string      `json:"group"`
		Weight        float64     `json:"weight"`
		LowerIsBetter bool        `json:"lower_is_better"`
		Goalposts     *[2]float64 `json:"goalposts"`
		Target        *float64    `json:"target"`
	} `json:"indicators"`
	GroupWeights  map[string]float64 `json:"group_weights"`
	Normalisation string             `json:"normalisation"`
	Scale         [2]float64         `json:"scale"`
	Aggregation   string             `json:"aggregation"`
	MinCoverage   float64            `json:"min_coverage"`
	Values        [][]*float64       `json:"values"`
	Expected      struct {
		Normalised  [][]*float64 `json:"normalised"`
		Groups      []string     `json:"groups"`
		GroupScores [][]*float64 `json:"group_scores"`
		Index       []*float64   `json:"index"`
		Rank        []*float64   `json:"rank"`
	} `json:"expected"`
}

func loadCOINr(t *testing.T) coinrFile {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "testdata", "peers", "composite_coinr.json"))
	if err != nil {
		t.Fatal(err)
	}
	var f coinrFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// spec builds the CompositeSpec of a case. COINr's options map to ours:
// dat_thresh to the group and index data thresholds, cap_max FALSE to
// DistToTargetUncapped.
func (c *coinrCase) spec() CompositeSpec {
	s := CompositeSpec{GroupWeights: c.GroupWeights, Normalisation: c.Normalisation, Scale: c.Scale,
		Aggregation: c.Aggregation, MinCoverage: c.MinCoverage}
	if strings.Contains(c.Name, "dat_thresh") {
		s.GroupDataThreshold, s.IndexDataThreshold, s.MinCoverage = c.MinCoverage, c.MinCoverage, 0
	}
	s.DistToTargetUncapped = strings.Contains(c.Name, "cap_max FALSE")
	for _, ind := range c.Indicators {
		ci := CompositeIndicator{ID: ind.ID, Group: ind.Group, Weight: ind.Weight, LowerIsBetter: ind.LowerIsBetter, Target: ind.Target}
		if ind.Goalposts != nil {
			ci.Goalposts = *ind.Goalposts
		}
		s.Indicators = append(s.Indicators, ci)
	}
	return s
}

// tally counts the values compared with COINr's and the largest
// difference.
type tally struct {
	compared, differ int
	maxDiff          float64
}

// check compares got with COINr's want (nil: NA); values match when both
// are missing or they agree to 1e-9 relative.
func (tl *tally) check(t *testing.T, what string, got float64, want *float64) {
	t.Helper()
	tl.compared++
	if want == nil || math.IsNaN(got) {
		if want != nil || !math.IsNaN(got) {
			tl.differ++
			t.Errorf("%s: got %v, COINr %v", what, got, deref(want))
		}
		return
	}
	d := math.Abs(got - *want)
	tl.maxDiff = math.Max(tl.maxDiff, d)
	if d > 1e-9*math.Max(1, math.Abs(*want)) {
		tl.differ++
		t.Errorf("%s: got %v, COINr %v", what, got, *want)
	}
}

// TestCOINrConformance runs every COINr case (full pipelines on the ASEM
// data and small data) through Composite and compares every normalised
// value, group score, index value and rank.
func TestCOINrConformance(t *testing.T) {
	f := loadCOINr(t)
	var all tally
	for _, c := range f.Cases {
		t.Run(c.Name, func(t *testing.T) {
			values := make([][]float64, len(c.Values))
			for u, row := range c.Values {
				values[u] = make([]float64, len(row))
				for i, v := range row {
					values[u][i] = deref(v)
				}
			}
			r, err := Composite(c.Units, values, c.spec())
			if err != nil {
				t.Fatal(err)
			}
			var tl tally
			gid := map[string]int{}
			for g, name := range r.Groups {
				gid[name] = g
			}
			for u, unit := range c.Units {
				for i, ind := range c.Indicators {
					tl.check(t, unit+" "+ind.ID, r.Normalised[u][i], c.Expected.Normalised[u][i])
				}
				for g, name := range c.Expected.Groups {
					tl.check(t, unit+" group "+name, r.GroupScores[u][gid[name]], c.Expected.GroupScores[u][g])
				}
				tl.check(t, unit+" index", r.Index[u], c.Expected.Index[u])
				rank := float64(r.Rank[u])
				if r.Rank[u] == 0 {
					rank = math.NaN()
				}
				tl.check(t, unit+" rank", rank, c.Expected.Rank[u])
			}
			t.Logf("%d values, %d differ, max abs diff %.3g", tl.compared, tl.differ, tl.maxDiff)
			all.compared += tl.compared
			all.differ += tl.differ
			all.maxDiff = math.Max(all.maxDiff, tl.maxDiff)
		})
	}
	t.Logf("COINr cases: %d values compared, %d differ, max abs diff %.3g", all.compared, all.differ, all.maxDiff)
}

// coinrLiteral is one single call of a COINr function in gen_coinr.R,
// restated with Composite (or the mean it uses).
type coinrLiteral struct {
	name string
	// got computes our values for COINr's call.
	got func() []float64
	// differs, when set, says why the default differs from COINr; got
	// must then reproduce COINr through the option named there.
	differs string
}

// column normalises one indicator over the units with the given spec.
func column(t *testing.T, x []float64, ind CompositeIndicator, spec CompositeSpec) []float64 {
	t.Helper()
	units := make([]string, len(x))
	values := make([][]float64, len(x))
	for u := range x {
		units[u] = string(rune('A' + u))
		values[u] = []float64{x[u]}
	}
	spec.Indicators = []CompositeIndicator{ind}
	r, err := Composite(units, values, spec)
	if err != nil {
		t.Fatal(err)
	}
	out := make([]float64, len(x))
	for u := range x {
		out[u] = r.Normalised[u][0]
	}
	return out
}

func seq(n int) []float64 {
	x := make([]float64, n)
	for i := range x {
		x[i] = float64(i + 1)
	}
	return x
}

func coinrLiterals(t *testing.T, x5 [][]float64) []coinrLiteral {
	unit := [2]float64{0, 1}
	mm := CompositeSpec{Normalisation: NormMinMax, Scale: unit}
	d2t := func(x []float64, tg float64, lower, uncapped bool) func() []float64 {
		return func() []float64 {
			return column(t, x, CompositeIndicator{ID: "x", Target: &tg, LowerIsBetter: lower},
				CompositeSpec{Normalisation: NormDistToTarget, Scale: unit, DistToTargetUncapped: uncapped})
		}
	}
	gp := func(x []float64, lower bool) func() []float64 {
		return func() []float64 {
			return column(t, x, CompositeIndicator{ID: "x", Goalposts: [2]float64{0, 10}, LowerIsBetter: lower},
				CompositeSpec{Normalisation: NormGoalposts, Scale: unit})
		}
	}
	rows := func(w []float64, thresh float64) func() []float64 {
		return func() []float64 { return aggregateRows(t, x5, w, thresh) }
	}
	return []coinrLiteral{
		{name: "minmax_2_7", got: func() []float64 {
			return column(t, seq(10), CompositeIndicator{ID: "x"}, CompositeSpec{Normalisation: NormMinMax, Scale: [2]float64{2, 7}})
		}},
		{name: "zscore", got: func() []float64 {
			return column(t, seq(10), CompositeIndicator{ID: "x"}, CompositeSpec{Normalisation: NormZScore})
		}},
		{name: "dist2targ8", got: d2t(seq(10), 8, false, false)},
		{name: "gp", got: gp([]float64{1, 11, -1}, false)},
		{name: "gp_rev", got: gp([]float64{1, -1, 11}, true)},
		{name: "d2t_cap", got: d2t([]float64{0, 5, 11}, 10, false, false)},
		{name: "d2t_nocap", got: d2t([]float64{0, 5, 11}, 10, false, true)},
		{name: "d2t_rev_cap", got: d2t([]float64{-1, 1, 10}, 0, true, false)},
		{name: "d2t_rev_nocap", got: d2t([]float64{-1, 1, 10}, 0, true, true)},
		{name: "gmean", got: func() []float64 { return []float64{geometricMean([]float64{1, 2, 3}, []float64{1, 1, 1})} }},
		{name: "gmean_w", got: func() []float64 { return []float64{geometricMean([]float64{1, 2, 3}, []float64{1, 1, 2})} }},
		{name: "hmean_w", got: func() []float64 { return []float64{harmonicMean([]float64{1, 2, 3}, []float64{2, 1, 1})} }},
		{name: "agg_rowmeans", got: rows([]float64{1, 1, 1, 1, 1}, 0)},
		{name: "agg_w15", got: rows([]float64{1, 2, 3, 4, 5}, 0)},
		{name: "agg_w15_thresh", got: rows([]float64{1, 2, 3, 4, 5}, 0.5)},
		// COINr caps only values above 1, so a target below every unit
		// gives 0, −1, −3 even with cap_max; capped here, every unit is at
		// or beyond the target and gets 1. DistToTargetUncapped gives COINr's.
		{name: "d2t_below_min", got: d2t([]float64{5, 6, 8}, 4, false, true),
			differs: "capped by default: a unit beyond the target scores 1 (DistToTargetUncapped reproduces COINr)"},
		{name: "minmax_const", got: func() []float64 { return column(t, []float64{3, 3, 3}, CompositeIndicator{ID: "x"}, mm) }},
		{name: "zscore_const", got: func() []float64 {
			return column(t, []float64{3, 3, 3}, CompositeIndicator{ID: "x"}, CompositeSpec{Normalisation: NormZScore})
		}},
		{name: "prank", got: func() []float64 {
			return column(t, []float64{1, 5, 3, 3}, CompositeIndicator{ID: "x"}, CompositeSpec{Normalisation: NormPercentRank, Scale: unit})
		}},
	}
}

// aggregateRows is COINr's Aggregate(X5, a_amean, w, dat_thresh): the
// rows of x (values in [0, 1]) as units of one group, normalised by the
// identity (goalposts 0 and 1 on the scale [0, 1]).
func aggregateRows(t *testing.T, x [][]float64, w []float64, thresh float64) []float64 {
	t.Helper()
	spec := CompositeSpec{Normalisation: NormGoalposts, Scale: [2]float64{0, 1}, GroupDataThreshold: thresh}
	units := make([]string, len(x))
	for i := range w {
		spec.Indicators = append(spec.Indicators, CompositeIndicator{ID: string(rune('a' + i)), Weight: w[i], Goalposts: [2]float64{0, 1}})
	}
	for u := range x {
		units[u] = string(rune('A' + u))
	}
	r, err := Composite(units, x, spec)
	if err != nil {
		t.Fatal(err)
	}
	return r.Index
}

// TestCOINrLiterals restates every single call of a COINr function that
// gen_coinr.R recorded.
func TestCOINrLiterals(t *testing.T) {
	f := loadCOINr(t)
	var x5 [][]float64
	if err := json.Unmarshal(*f.Literal["X5"], &x5); err != nil {
		t.Fatal(err)
	}
	x5[0][0], x5[0][1], x5[0][2], x5[0][3] = math.NaN(), math.NaN(), math.NaN(), math.NaN()
	x5full := [][]float64{{0.11, 0.52, 0.93, 0.24, 0.65}, {0.36, 0.77, 0.18, 0.59, 0.90}, {0.42, 0.03, 0.84, 0.25, 0.66}}
	lits := coinrLiterals(t, x5full)
	for i := range lits {
		if lits[i].name == "agg_w15_thresh" {
			lits[i].got = func() []float64 { return aggregateRows(t, x5, []float64{1, 2, 3, 4, 5}, 0.5) }
		}
	}
	seen := 0
	for _, l := range lits {
		raw, ok := f.Literal[l.name]
		if !ok {
			t.Errorf("%s: not in the peer file", l.name)
			continue
		}
		seen++
		if l.differs != "" {
			t.Logf("%s: default differs from COINr: %s", l.name, l.differs)
		}
		var want []*float64
		if err := json.Unmarshal(*raw, &want); err != nil {
			var one float64
			if err := json.Unmarshal(*raw, &one); err != nil {
				t.Fatalf("%s: %v", l.name, err)
			}
			want = []*float64{&one}
		}
		got := l.got()
		if len(got) != len(want) {
			t.Fatalf("%s: %d values, COINr %d", l.name, len(got), len(want))
		}
		for i := range got {
			w := deref(want[i])
			// The literals are written with 15 significant digits.
			if !(math.IsNaN(w) && math.IsNaN(got[i])) && !(math.Abs(got[i]-w) <= 1e-13*math.Max(1, math.Abs(w))) {
				t.Errorf("%s[%d]: got %v, COINr %v", l.name, i, got[i], w)
			}
		}
	}
	// X5 is the data of the agg_* literals, not a call.
	if seen != len(f.Literal)-1 {
		t.Errorf("%d literals restated, the peer file has %d calls", seen, len(f.Literal)-1)
	}
}
