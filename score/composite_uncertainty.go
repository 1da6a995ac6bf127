package score

import (
	"math"
	"math/rand/v2"
	"slices"

	"github.com/cchc-lab/cchc/internal/i18n"
	"gonum.org/v1/gonum/stat"
)

// UncertaintySpec describes an uncertainty run of a composite index, in
// the manner of COINr's get_sensitivity(): every run draws new weights and
// a normalisation (and aggregation) method, recomputes the index and ranks
// the units.
type UncertaintySpec struct {
	// Runs is the number of runs (default 500).
	Runs int
	// Seed seeds the random draws: the same seed gives the same result.
	Seed uint64
	// WeightNoise perturbs every indicator and group weight by a factor
	// drawn uniformly from [1 − WeightNoise, 1 + WeightNoise] (default 0.25;
	// negative: no weight noise).
	WeightNoise float64
	// Normalisations are the methods drawn from, uniformly, one per run
	// (default: the spec's own method alone).
	Normalisations []string
	// Aggregations are the aggregation methods drawn from (default: the spec's own).
	Aggregations []string
}

// UncertaintyResult summarises the ranks of each unit over the runs.
type UncertaintyResult struct {
	// Units are the units, in input order.
	Units []string
	// NominalRank is the rank under the spec as given (0 when unranked).
	NominalRank []int
	// MedianRank is the median rank over the runs (NaN when never ranked).
	MedianRank []float64
	// Q05 and Q95 bound the 5–95% interval of the ranks.
	Q05, Q95 []float64
	// Runs is the number of runs made.
	Runs int
}

// CompositeUncertainty runs the uncertainty analysis of a composite index:
// spec.Runs runs, each with weights multiplied by independent uniform
// factors in [1 − WeightNoise, 1 + WeightNoise] and a normalisation and
// aggregation drawn from the given alternatives. It reports each unit's
// nominal rank, median rank and 5–95% interval (gonum's stat.Quantile,
// linear interpolation). Deterministic for a given Seed.
func CompositeUncertainty(units []string, values [][]float64, spec CompositeSpec, u UncertaintySpec) (*UncertaintyResult, error) {
	spec.defaults()
	nominal, err := Composite(units, values, spec)
	if err != nil {
		return nil, err
	}
	if u.Runs == 0 {
		u.Runs = 500
	}
	if u.Runs < 0 {
		return nil, i18n.Errorf("%w: %d runs", ErrComposite, u.Runs)
	}
	if u.WeightNoise == 0 {
		u.WeightNoise = 0.25
	}
	if u.WeightNoise < 0 {
		u.WeightNoise = 0
	}
	if u.WeightNoise > 1 {
		return nil, i18n.Errorf("%w: weight noise %v above 1 would make weights negative", ErrComposite, u.WeightNoise)
	}
	if len(u.Normalisations) == 0 {
		u.Normalisations = []string{spec.Normalisation}
	}
	if len(u.Aggregations) == 0 {
		u.Aggregations = []string{spec.Aggregation}
	}
	rng := rand.New(rand.NewPCG(u.Seed, 0x9e3779b97f4a7c15))
	nU, nInd := len(units), len(spec.Indicators)
	base := make([]float64, nInd)
	for i, ind := range spec.Indicators {
		base[i] = ind.Weight
		if base[i] == 0 {
			base[i] = 1
		}
	}
	ranks := make([][]float64, nU)
	w := make([]float64, nInd)
	groupNoise := map[string]float64{}
	for run := 0; run < u.Runs; run++ {
		factor := func() float64 { return 1 + u.WeightNoise*(2*rng.Float64()-1) }
		for i := range w {
			w[i] = base[i] * factor()
		}
		clear(groupNoise)
		for _, g := range nominal.Groups {
			groupNoise[g] = factor()
		}
		s := spec
		s.Normalisation = u.Normalisations[rng.IntN(len(u.Normalisations))]
		s.Aggregation = u.Aggregations[rng.IntN(len(u.Aggregations))]
		gw := func(g string) float64 {
			x := 1.0
			if v, ok := spec.GroupWeights[g]; ok {
				x = v
			}
			return x * groupNoise[g]
		}
		r, err := composite(units, values, &s, w, gw)
		if err != nil {
			return nil, i18n.Errorf("run %d (%s, %s): %w", run+1, s.Normalisation, s.Aggregation, err)
		}
		for i, rk := range r.Rank {
			if rk > 0 {
				ranks[i] = append(ranks[i], float64(rk))
			}
		}
	}
	res := &UncertaintyResult{Units: units, NominalRank: nominal.Rank, Runs: u.Runs,
		MedianRank: make([]float64, nU), Q05: make([]float64, nU), Q95: make([]float64, nU)}
	for i, rs := range ranks {
		if len(rs) == 0 {
			res.MedianRank[i], res.Q05[i], res.Q95[i] = math.NaN(), math.NaN(), math.NaN()
			continue
		}
		slices.Sort(rs)
		res.MedianRank[i] = stat.Quantile(0.5, stat.LinInterp, rs, nil)
		res.Q05[i] = stat.Quantile(0.05, stat.LinInterp, rs, nil)
		res.Q95[i] = stat.Quantile(0.95, stat.LinInterp, rs, nil)
	}
	return res, nil
}
