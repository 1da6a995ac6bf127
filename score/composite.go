package score

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat"
)

// Normalisation methods of a composite index, as in COINr's Normalise().
const (
	// NormMinMax maps each indicator linearly so that its minimum over the
	// units goes to Scale[0] and its maximum to Scale[1] (COINr n_minx).
	NormMinMax = "minmax"
	// NormZScore centres and scales each indicator: (x − mean)/sd, with the
	// sample standard deviation (COINr n_zscore); the result can be negative.
	NormZScore = "zscore"
	// NormGoalposts maps [Goalposts[0], Goalposts[1]] linearly to the Scale
	// and clamps outside it (COINr n_goalposts).
	NormGoalposts = "goalposts"
	// NormDistToTarget gives (x − min)/(target − min), capped at 1, on the
	// Scale: how far each unit has come from the worst unit to the target
	// (COINr n_dist2targ).
	NormDistToTarget = "dist2target"
)

// Aggregation methods of a composite index.
const (
	// AggArithmetic is the weighted arithmetic mean.
	AggArithmetic = "arithmetic"
	// AggGeometric is the weighted geometric mean; it needs positive
	// normalised values (use a Scale such as [1, 100] with min-max).
	AggGeometric = "geometric"
)

// CompositeIndicator is one indicator of a composite index.
type CompositeIndicator struct {
	// ID names the indicator.
	ID string
	// Group is the dimension (pillar) the indicator belongs to; indicators
	// with an empty Group form one group.
	Group string
	// Weight is the indicator's weight within its group (0 means 1).
	Weight float64
	// LowerIsBetter reverses the indicator (COINr's direction −1).
	LowerIsBetter bool
	// Goalposts are the lower and upper goalposts of NormGoalposts.
	Goalposts [2]float64
	// Target is the target of NormDistToTarget.
	Target *float64
}

// CompositeSpec describes a composite index.
type CompositeSpec struct {
	// Indicators are the index's indicators, in the column order of the data.
	Indicators []CompositeIndicator
	// GroupWeights weight the groups in the index (missing groups weigh 1).
	GroupWeights map[string]float64
	// Normalisation is one of the Norm* methods (default NormMinMax).
	Normalisation string
	// Scale is the output range of min-max, goalposts and distance-to-target
	// normalisation (default [0, 100]).
	Scale [2]float64
	// Aggregation is AggArithmetic (default) or AggGeometric, used at both
	// levels (indicators → groups → index).
	Aggregation string
	// MinCoverage is the share of indicators a unit needs for an index
	// value (default 0: any data). Units below get NaN, not a low value.
	MinCoverage float64
}

// CompositeResult is a computed composite index.
type CompositeResult struct {
	// Units are the units (entities), in input order.
	Units []string
	// Normalised[u][i] is unit u's normalised value of indicator i (NaN when missing).
	Normalised [][]float64
	// Groups are the group names, in order of first appearance.
	Groups []string
	// GroupScores[u][g] is unit u's score in group g (NaN when it has no data there).
	GroupScores [][]float64
	// Index[u] is unit u's index value (NaN when under MinCoverage or no data).
	Index []float64
	// Rank[u] is unit u's rank, 1 best, ties sharing the better rank; 0 when Index is NaN.
	Rank []int
}

// ErrComposite is wrapped by every error of Composite and CompositeUncertainty.
var ErrComposite = errors.New("composite index")

func (s *CompositeSpec) defaults() {
	if s.Normalisation == "" {
		s.Normalisation = NormMinMax
	}
	if s.Scale == [2]float64{} {
		s.Scale = [2]float64{0, 100}
	}
	if s.Aggregation == "" {
		s.Aggregation = AggArithmetic
	}
}

// Composite computes a composite index in the manner of COINr (the JRC's
// composite indicator package): each indicator is normalised over the units
// (direction handled first: a lower-is-better indicator is reversed), then
// aggregated into group scores with the indicator weights, then into the
// index with the group weights. When a unit lacks an indicator, the weights
// of the indicators it has are renormalised within the group (and group
// weights across the groups it has), as COINr does by default.
//
// values[u][i] is unit u's raw value of indicator i, NaN when missing.
func Composite(units []string, values [][]float64, spec CompositeSpec) (*CompositeResult, error) {
	spec.defaults()
	if len(values) != len(units) {
		return nil, fmt.Errorf("%w: %d units but %d rows of values", ErrComposite, len(units), len(values))
	}
	nInd := len(spec.Indicators)
	for u, row := range values {
		if len(row) != nInd {
			return nil, fmt.Errorf("%w: unit %q has %d values for %d indicators", ErrComposite, units[u], len(row), nInd)
		}
	}
	weights := make([]float64, nInd)
	for i, ind := range spec.Indicators {
		weights[i] = ind.Weight
		if weights[i] == 0 {
			weights[i] = 1
		}
		if weights[i] < 0 || math.IsNaN(weights[i]) {
			return nil, fmt.Errorf("%w: indicator %s has weight %v", ErrComposite, ind.ID, ind.Weight)
		}
	}
	groupWeights := func(g string) float64 {
		if w, ok := spec.GroupWeights[g]; ok {
			return w
		}
		return 1
	}
	return composite(units, values, &spec, weights, groupWeights)
}

func composite(units []string, values [][]float64, spec *CompositeSpec, weights []float64, groupWeight func(string) float64) (*CompositeResult, error) {
	nU, nInd := len(units), len(spec.Indicators)
	res := &CompositeResult{Units: units}
	norm, err := normalise(values, spec)
	if err != nil {
		return nil, err
	}
	res.Normalised = norm
	gid := map[string]int{}
	indGroup := make([]int, nInd)
	for i, ind := range spec.Indicators {
		g, ok := gid[ind.Group]
		if !ok {
			g = len(res.Groups)
			gid[ind.Group] = g
			res.Groups = append(res.Groups, ind.Group)
		}
		indGroup[i] = g
	}
	geo := spec.Aggregation == AggGeometric
	if !geo && spec.Aggregation != AggArithmetic {
		return nil, fmt.Errorf("%w: unknown aggregation %q", ErrComposite, spec.Aggregation)
	}
	nG := len(res.Groups)
	res.GroupScores = make([][]float64, nU)
	res.Index = make([]float64, nU)
	gw := make([]float64, nG)
	for g, name := range res.Groups {
		gw[g] = groupWeight(name)
	}
	sum := make([]float64, nG)
	wsum := make([]float64, nG)
	for u := 0; u < nU; u++ {
		clear(sum)
		clear(wsum)
		have := 0
		for i := 0; i < nInd; i++ {
			x := norm[u][i]
			if math.IsNaN(x) {
				continue
			}
			have++
			if geo {
				if x <= 0 {
					return nil, fmt.Errorf("%w: geometric aggregation needs positive values; unit %q has %v for %s after %s normalisation (use a scale such as [1, 100])",
						ErrComposite, units[u], x, spec.Indicators[i].ID, spec.Normalisation)
				}
				x = math.Log(x)
			}
			g := indGroup[i]
			sum[g] += weights[i] * x
			wsum[g] += weights[i]
		}
		gs := make([]float64, nG)
		var isum, iw float64
		for g := 0; g < nG; g++ {
			if wsum[g] == 0 {
				gs[g] = math.NaN()
				continue
			}
			m := sum[g] / wsum[g]
			if geo {
				gs[g] = math.Exp(m)
				m = math.Log(gs[g])
			} else {
				gs[g] = m
			}
			if gw[g] > 0 {
				isum += gw[g] * m
				iw += gw[g]
			}
		}
		res.GroupScores[u] = gs
		switch {
		case iw == 0 || nInd == 0 || float64(have)/float64(nInd) < spec.MinCoverage-1e-12:
			res.Index[u] = math.NaN()
		case geo:
			res.Index[u] = math.Exp(isum / iw)
		default:
			res.Index[u] = isum / iw
		}
	}
	res.Rank = rankDesc(res.Index)
	return res, nil
}

// normalise returns the normalised values, NaN where missing.
func normalise(values [][]float64, spec *CompositeSpec) ([][]float64, error) {
	nU, nInd := len(values), len(spec.Indicators)
	out := make([][]float64, nU)
	for u := range out {
		out[u] = make([]float64, nInd)
	}
	lo, hi := spec.Scale[0], spec.Scale[1]
	col := make([]float64, 0, nU)
	for i, ind := range spec.Indicators {
		d := 1.0
		if ind.LowerIsBetter {
			d = -1
		}
		col = col[:0]
		for u := 0; u < nU; u++ {
			if x := values[u][i]; !math.IsNaN(x) && !math.IsInf(x, 0) {
				col = append(col, d*x)
			}
		}
		var mn, mx, mean, sd float64
		if len(col) > 0 {
			mn, mx = slices.Min(col), slices.Max(col)
			mean, sd = stat.MeanStdDev(col, nil)
		}
		for u := 0; u < nU; u++ {
			x := values[u][i]
			if math.IsNaN(x) || math.IsInf(x, 0) {
				out[u][i] = math.NaN()
				continue
			}
			var y float64
			switch spec.Normalisation {
			case NormMinMax:
				if mx == mn {
					y = (lo + hi) / 2
				} else {
					y = lo + (d*x-mn)/(mx-mn)*(hi-lo)
				}
			case NormZScore:
				if sd == 0 || math.IsNaN(sd) {
					y = 0
				} else {
					y = (d*x - mean) / sd
				}
			case NormGoalposts:
				l, h := ind.Goalposts[0], ind.Goalposts[1]
				if h == l {
					return nil, fmt.Errorf("%w: indicator %s has equal goalposts %v", ErrComposite, ind.ID, l)
				}
				t := (x - l) / (h - l)
				if ind.LowerIsBetter {
					t = (h - x) / (h - l)
				}
				y = lo + clamp01(t)*(hi-lo)
			case NormDistToTarget:
				if ind.Target == nil {
					return nil, fmt.Errorf("%w: indicator %s has no target for distance-to-target normalisation", ErrComposite, ind.ID)
				}
				tg := d * *ind.Target
				if tg == mn {
					y = hi
				} else {
					y = lo + clamp01((d*x-mn)/(tg-mn))*(hi-lo)
				}
			default:
				return nil, fmt.Errorf("%w: unknown normalisation %q", ErrComposite, spec.Normalisation)
			}
			out[u][i] = y
		}
	}
	return out, nil
}

// rankDesc ranks values from the highest (1); ties within 1e-9 share the
// better rank; NaN gets 0.
func rankDesc(v []float64) []int {
	idx := make([]int, 0, len(v))
	for i, x := range v {
		if !math.IsNaN(x) {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := cmp.Compare(v[b], v[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	rank := make([]int, len(v))
	for j, i := range idx {
		if j > 0 && math.Abs(v[idx[j-1]]-v[i]) <= 1e-9 {
			rank[i] = rank[idx[j-1]]
		} else {
			rank[i] = j + 1
		}
	}
	return rank
}
