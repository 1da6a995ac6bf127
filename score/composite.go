package score

import (
	"cmp"
	"math"
	"slices"

	"github.com/cchc-lab/cchc/internal/i18n"
	"gonum.org/v1/gonum/stat"
)

// Normalisation methods of a composite index, as in COINr's Normalise()
// (COINr v1.1.14, R/normalise.R at bluefoxr/COINr b9682034635d; line
// numbers below refer to it). Direction is applied first: a
// lower-is-better indicator is multiplied by −1, as COINr does.
const (
	// NormMinMax maps each indicator linearly so that its minimum over the
	// units goes to Scale[0] and its maximum to Scale[1] (n_minmax, L533-546).
	NormMinMax = "minmax"
	// NormZScore centres and scales each indicator: (x − mean)/sd, with the
	// sample standard deviation (n_zscore, L603-612); the result can be
	// negative.
	NormZScore = "zscore"
	// NormGoalposts maps [Goalposts[0], Goalposts[1]] linearly to the Scale
	// and clamps outside it (n_goalposts with trunc2posts, L915).
	NormGoalposts = "goalposts"
	// NormDistToTarget gives (x − min)/(target − min) on the Scale: how far
	// each unit has come from the worst unit to the target (n_dist2targ,
	// L731-770). By default a unit at or beyond the target gets the top of
	// the Scale whatever the others do; DistToTargetUncapped gives COINr's
	// default instead (cap_max = FALSE: no cap, negative when every unit is
	// beyond the target).
	NormDistToTarget = "dist2target"
	// NormRank gives each unit its rank on the indicator, 1 for the lowest
	// (directed) value, ties sharing the lowest rank (n_rank, L840-847);
	// the Scale is not used.
	NormRank = "rank"
	// NormPercentRank gives (rank − 1)/(n − 1) on the Scale, n the number
	// of units with a value (n_prank, L814-823).
	NormPercentRank = "prank"
	// NormBorda gives the Borda score rank − 1 (n_borda, L863-870); the
	// Scale is not used.
	NormBorda = "borda"
)

// Aggregation methods of a composite index (COINr R/aggregate.R).
const (
	// AggArithmetic is the weighted arithmetic mean (a_amean, L566).
	AggArithmetic = "arithmetic"
	// AggGeometric is the weighted geometric mean (a_gmean, L615); it needs
	// positive normalised values (use a Scale such as [1, 100] with min-max).
	AggGeometric = "geometric"
	// AggHarmonic is the weighted harmonic mean Σw / Σ(w/x) (a_hmean,
	// L664); it needs positive normalised values.
	AggHarmonic = "harmonic"
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
	// Aggregation is AggArithmetic (default), AggGeometric or AggHarmonic,
	// used at both levels (indicators → groups → index).
	Aggregation string
	// MinCoverage is the share of all indicators a unit needs for an index
	// value (default 0: any data). Units below get NaN, not a low value.
	MinCoverage float64
	// GroupDataThreshold is COINr's dat_thresh at the group level: a unit
	// with less than this share of a group's indicators gets NaN for the
	// group (R/aggregate.R L489, Aggregate.data.frame). 0: any data.
	GroupDataThreshold float64
	// IndexDataThreshold is dat_thresh at the index level: a unit with
	// less than this share of the groups gets NaN for the index. 0: any data.
	IndexDataThreshold float64
	// DistToTargetUncapped gives COINr's default distance-to-target
	// (cap_max = FALSE, R/normalise.R L731 and L765-767): units beyond the
	// target score above the top of the Scale, and every unit scores at or
	// below the bottom when all are beyond it. By default a unit at or beyond
	// the target gets the top of the Scale: a plan's target met is met, and
	// passing it does not make up for another indicator.
	DistToTargetUncapped bool
	// ConstantMidScale normalises an indicator whose values are all equal
	// to the middle of the Scale (0 with z-scores; with ranks every unit
	// ties). By default such an indicator is NaN for every unit, with a
	// warning, as COINr does (n_minmax L542-544; n_zscore divides by a zero
	// sd): it then drops out of every unit's mean.
	ConstantMidScale bool
	// RankTolerance makes index values within it share a rank. The default
	// 0 ranks exact values, as COINr does (R/results.R L104, rank with
	// ties.method "min").
	RankTolerance float64
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
	// Warnings name the indicators normalised to NaN for every unit
	// (constant columns) and other things the reader should know, in
	// English.
	Warnings []string
	// WarningTexts are the same warnings, in the same order, to be
	// written in the reader's language (WarningTexts[i].In(lang)).
	WarningTexts []i18n.Msg
}

// ErrComposite is wrapped by every error of Composite and CompositeUncertainty.
var ErrComposite = i18n.New("composite index")

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
		return nil, i18n.Errorf("%w: %d units but %d rows of values", ErrComposite, len(units), len(values))
	}
	nInd := len(spec.Indicators)
	for u, row := range values {
		if len(row) != nInd {
			return nil, i18n.Errorf("%w: unit %q has %d values for %d indicators", ErrComposite, units[u], len(row), nInd)
		}
	}
	weights := make([]float64, nInd)
	for i, ind := range spec.Indicators {
		weights[i] = ind.Weight
		if weights[i] == 0 {
			weights[i] = 1
		}
		if weights[i] < 0 || math.IsNaN(weights[i]) {
			return nil, i18n.Errorf("%w: indicator %s has weight %v", ErrComposite, ind.ID, ind.Weight)
		}
	}
	for _, th := range []struct {
		field string
		v     float64
	}{{"MinCoverage", spec.MinCoverage}, {"GroupDataThreshold", spec.GroupDataThreshold}, {"IndexDataThreshold", spec.IndexDataThreshold}} {
		if !(th.v >= 0 && th.v <= 1) {
			return nil, i18n.Errorf("%w: CompositeSpec.%s %v: want a share between 0 and 1", ErrComposite, th.field, th.v)
		}
	}
	if !(spec.RankTolerance >= 0) {
		return nil, i18n.Errorf("%w: CompositeSpec.RankTolerance %v: want 0 or more", ErrComposite, spec.RankTolerance)
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
	res := &CompositeResult{Units: units}
	agg, err := meanOf(spec.Aggregation)
	if err != nil {
		return nil, err
	}
	norm, warnings, err := normalise(values, spec)
	if err != nil {
		return nil, err
	}
	res.Normalised, res.WarningTexts, res.Warnings = norm, warnings, englishWarnings(warnings)
	indGroup := res.groupIndicators(spec.Indicators)
	gw := make([]float64, len(res.Groups))
	for g, name := range res.Groups {
		gw[g] = groupWeight(name)
	}
	res.GroupScores = make([][]float64, len(units))
	res.Index = make([]float64, len(units))
	for u := range units {
		if err := res.scoreUnit(u, spec, agg, weights, indGroup, gw); err != nil {
			return nil, err
		}
	}
	res.Rank = rankDesc(res.Index, spec.RankTolerance)
	return res, nil
}

// groupIndicators fills res.Groups in order of first appearance and
// returns each indicator's group number.
func (res *CompositeResult) groupIndicators(inds []CompositeIndicator) []int {
	gid := map[string]int{}
	indGroup := make([]int, len(inds))
	for i, ind := range inds {
		g, ok := gid[ind.Group]
		if !ok {
			g = len(res.Groups)
			gid[ind.Group] = g
			res.Groups = append(res.Groups, ind.Group)
		}
		indGroup[i] = g
	}
	return indGroup
}

// scoreUnit aggregates unit u's normalised values into its group scores
// and index value, applying the data thresholds.
func (res *CompositeResult) scoreUnit(u int, spec *CompositeSpec, agg aggregation, weights []float64, indGroup []int, gw []float64) error {
	nG, nInd := len(res.Groups), len(spec.Indicators)
	xs := make([][]float64, nG)
	ws := make([][]float64, nG)
	size := make([]int, nG)
	have := 0
	for i := 0; i < nInd; i++ {
		g := indGroup[i]
		size[g]++
		x := res.Normalised[u][i]
		if math.IsNaN(x) {
			continue
		}
		if !agg.accepts(x) {
			return i18n.Errorf("%w: %s aggregation needs positive values; unit %q has %v for %s after %s normalisation (use a scale such as [1, 100])",
				ErrComposite, spec.Aggregation, res.Units[u], x, spec.Indicators[i].ID, spec.Normalisation)
		}
		have++
		xs[g] = append(xs[g], x)
		ws[g] = append(ws[g], weights[i])
	}
	gs := make([]float64, nG)
	var gx, gwx []float64
	haveGroups := 0
	for g := 0; g < nG; g++ {
		gs[g] = math.NaN()
		if len(xs[g]) == 0 || float64(len(xs[g]))/float64(size[g]) < spec.GroupDataThreshold {
			continue
		}
		gs[g] = agg.mean(xs[g], ws[g])
		haveGroups++
		if gw[g] > 0 && !math.IsNaN(gs[g]) {
			gx = append(gx, gs[g])
			gwx = append(gwx, gw[g])
		}
	}
	res.GroupScores[u] = gs
	switch {
	case len(gx) == 0 || nInd == 0 || float64(have)/float64(nInd) < spec.MinCoverage-1e-12,
		float64(haveGroups)/float64(nG) < spec.IndexDataThreshold:
		res.Index[u] = math.NaN()
	default:
		res.Index[u] = agg.mean(gx, gwx)
	}
	return nil
}

// aggregation is one of the means of COINr's R/aggregate.R.
type aggregation struct {
	mean    func(x, w []float64) float64
	accepts func(x float64) bool
}

func meanOf(method string) (aggregation, error) {
	positive := func(x float64) bool { return x > 0 }
	switch method {
	case AggArithmetic:
		return aggregation{arithmeticMean, func(float64) bool { return true }}, nil
	case AggGeometric:
		return aggregation{geometricMean, positive}, nil
	case AggHarmonic:
		return aggregation{harmonicMean, positive}, nil
	}
	return aggregation{}, i18n.Errorf("%w: unknown aggregation %q", ErrComposite, method)
}

// arithmeticMean is Σwx / Σw (a_amean).
func arithmeticMean(x, w []float64) float64 {
	var s, sw float64
	for i := range x {
		s += w[i] * x[i]
		sw += w[i]
	}
	return s / sw
}

// geometricMean is exp(Σw·ln x / Σw) (a_gmean).
func geometricMean(x, w []float64) float64 {
	var s, sw float64
	for i := range x {
		s += w[i] * math.Log(x[i])
		sw += w[i]
	}
	return math.Exp(s / sw)
}

// harmonicMean is Σw / Σ(w/x) (a_hmean).
func harmonicMean(x, w []float64) float64 {
	var s, sw float64
	for i := range x {
		s += w[i] / x[i]
		sw += w[i]
	}
	return sw / s
}

// normalise returns the normalised values, NaN where missing, and a
// warning for each indicator whose values are all equal.
func normalise(values [][]float64, spec *CompositeSpec) ([][]float64, []i18n.Msg, error) {
	nU, nInd := len(values), len(spec.Indicators)
	out := make([][]float64, nU)
	for u := range out {
		out[u] = make([]float64, nInd)
	}
	var warnings []i18n.Msg
	col := make([]float64, nU)
	for i, ind := range spec.Indicators {
		d := 1.0
		if ind.LowerIsBetter {
			d = -1
		}
		for u := 0; u < nU; u++ {
			col[u] = d * values[u][i]
			if math.IsInf(col[u], 0) {
				col[u] = math.NaN()
			}
		}
		norm, constant, err := normaliseColumn(col, ind, spec)
		if err != nil {
			return nil, nil, err
		}
		if constant && !spec.ConstantMidScale {
			warnings = append(warnings, i18n.Msgf("indicator %s has one value for every unit: normalised to NaN (no information)", ind.ID))
		}
		for u := 0; u < nU; u++ {
			out[u][i] = norm[u]
		}
	}
	return out, warnings, nil
}

// normaliseColumn normalises one directed column (NaN where missing);
// constant says whether its values are all equal (then NaN everywhere
// unless spec.ConstantMidScale, for the methods that measure spread).
func normaliseColumn(col []float64, ind CompositeIndicator, spec *CompositeSpec) (out []float64, constant bool, err error) {
	var present []float64
	for _, x := range col {
		if !math.IsNaN(x) {
			present = append(present, x)
		}
	}
	out = make([]float64, len(col))
	for u := range out {
		out[u] = math.NaN()
	}
	if len(present) == 0 {
		return out, false, checkColumnSpec(ind, spec)
	}
	mn, mx := slices.Min(present), slices.Max(present)
	constant = mn == mx && spreadMethod(spec.Normalisation)
	if constant && !spec.ConstantMidScale {
		return out, true, checkColumnSpec(ind, spec)
	}
	f, err := columnMap(present, mn, mx, ind, spec)
	if err != nil {
		return nil, false, err
	}
	for u, x := range col {
		if !math.IsNaN(x) {
			out[u] = f(x)
		}
	}
	return out, constant, nil
}

// spreadMethod says whether a normalisation divides by the column's
// spread (and so has nothing to say about a constant column).
func spreadMethod(method string) bool {
	return method == NormMinMax || method == NormZScore
}

// checkColumnSpec reports the spec errors of an indicator that
// columnMap would report, for columns it is not called on.
func checkColumnSpec(ind CompositeIndicator, spec *CompositeSpec) error {
	_, err := columnMap([]float64{0, 1}, 0, 1, ind, spec)
	return err
}

// columnMap returns the function that normalises a directed value of a
// column whose present values are present, with minimum mn and maximum mx.
func columnMap(present []float64, mn, mx float64, ind CompositeIndicator, spec *CompositeSpec) (func(float64) float64, error) {
	lo, hi := spec.Scale[0], spec.Scale[1]
	onScale := func(t float64) float64 { return lo + t*(hi-lo) }
	switch spec.Normalisation {
	case NormMinMax:
		if mx == mn {
			return func(float64) float64 { return (lo + hi) / 2 }, nil
		}
		return func(x float64) float64 { return onScale((x - mn) / (mx - mn)) }, nil
	case NormZScore:
		mean, sd := stat.MeanStdDev(present, nil)
		if sd == 0 || math.IsNaN(sd) {
			return func(float64) float64 { return 0 }, nil
		}
		return func(x float64) float64 { return (x - mean) / sd }, nil
	case NormGoalposts:
		return goalpostsMap(ind, onScale)
	case NormDistToTarget:
		return distToTargetMap(mn, ind, spec, onScale)
	case NormRank, NormBorda, NormPercentRank:
		return rankMap(present, spec.Normalisation, onScale), nil
	}
	return nil, i18n.Errorf("%w: unknown normalisation %q", ErrComposite, spec.Normalisation)
}

// goalpostsMap maps a directed value between the goalposts to the scale,
// clamped (COINr n_goalposts with trunc2posts).
func goalpostsMap(ind CompositeIndicator, onScale func(float64) float64) (func(float64) float64, error) {
	l, h := ind.Goalposts[0], ind.Goalposts[1]
	if h == l {
		return nil, i18n.Errorf("%w: indicator %s has equal goalposts %v", ErrComposite, ind.ID, l)
	}
	if ind.LowerIsBetter {
		return func(x float64) float64 { return onScale(clamp01((h + x) / (h - l))) }, nil
	}
	return func(x float64) float64 { return onScale(clamp01((x - l) / (h - l))) }, nil
}

// distToTargetMap maps a directed value to its distance from the worst
// unit (mn) to the target. Capped (the default), a value at or beyond the
// target gets the top of the scale whatever the others do; uncapped it is
// COINr's (x − min)/(target − min).
func distToTargetMap(mn float64, ind CompositeIndicator, spec *CompositeSpec, onScale func(float64) float64) (func(float64) float64, error) {
	if ind.Target == nil || math.IsNaN(*ind.Target) {
		return nil, i18n.Errorf("%w: indicator %s has no target for distance-to-target normalisation", ErrComposite, ind.ID)
	}
	tg := *ind.Target
	if ind.LowerIsBetter {
		tg = -tg
	}
	if spec.DistToTargetUncapped {
		return func(x float64) float64 { return onScale((x - mn) / (tg - mn)) }, nil
	}
	return func(x float64) float64 {
		if x >= tg {
			return onScale(1)
		}
		return onScale(clamp01((x - mn) / (tg - mn)))
	}, nil
}

// rankMap ranks a directed value among the present ones, ties taking the
// lowest rank (R's rank with ties.method "min"): the rank itself, the
// Borda score rank − 1, or the percentile rank (rank − 1)/(n − 1) on the
// scale.
func rankMap(present []float64, method string, onScale func(float64) float64) func(float64) float64 {
	sorted := slices.Clone(present)
	slices.Sort(sorted)
	n := float64(len(sorted))
	return func(x float64) float64 {
		below, _ := slices.BinarySearch(sorted, x)
		r := float64(below + 1)
		switch method {
		case NormBorda:
			return r - 1
		case NormPercentRank:
			return onScale((r - 1) / (n - 1))
		}
		return r
	}
}

// rankDesc ranks values from the highest (1); values within tol of the
// previous one share its rank (tol 0: exact ties only); NaN gets 0.
func rankDesc(v []float64, tol float64) []int {
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
		if j > 0 && math.Abs(v[idx[j-1]]-v[i]) <= tol {
			rank[i] = rank[idx[j-1]]
		} else {
			rank[i] = j + 1
		}
	}
	return rank
}
