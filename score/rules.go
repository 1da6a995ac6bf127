package score

import (
	"math"

	"github.com/cchc-lab/cchc/dataset"
)

// Rules are the scoring rules. DefaultRules gives the project defaults; every
// field can be changed by the caller.
type Rules struct {
	// NearThreshold is the attainment from which a target that is not met is
	// "near" rather than "off_track" (default 0.9).
	NearThreshold float64
	// ApproxTolerance is the tolerance of "approx" targets, relative to the
	// target value (default 0.10: "khoảng 2%" is met from 1,8% to 2,2%).
	ApproxTolerance float64
	// MinCoverage is the share of a unit's targets that must have data for
	// the unit to get an aggregate score (default 2/3). Below it the
	// aggregate is nil, never a low number.
	MinCoverage float64
	// EqualTolerance is the relative tolerance of "=" comparisons when
	// ExactEquals is set (default 1e-9).
	EqualTolerance float64
	// ExactEquals scores "= v" as an exact figure: met only when the actual
	// value equals v. By default (false) "= v" is a plan's bare planned
	// figure ("90% hồ sơ công việc tại UBND cấp huyện"), a level to reach:
	// it is scored as "at least v", and "= 0" ("0 hồ sơ quá hạn") as "at
	// most 0". This default is our reading of how plans word their aims.
	ExactEquals bool
	// Points are the point rules; the first rule that applies to a target
	// (by code, then by metric, then a rule with neither) gives its points.
	// No rule: Score.Points and Score.MaxPoints stay nil.
	Points []PointRule
}

// DefaultRules returns the project's default rules.
func DefaultRules() Rules {
	return Rules{NearThreshold: 0.9, ApproxTolerance: 0.10, MinCoverage: 2.0 / 3.0, EqualTolerance: 1e-9}
}

// Point rule kinds.
const (
	// PointsProportional gives attainment × Max.
	PointsProportional = "proportional"
	// PointsThreshold is the threshold-capped rule of Decision 766/QĐ-TTg:
	// an actual value ≥ Threshold earns Max; below it, actual × Max / Threshold.
	PointsThreshold = "threshold"
	// PointsAllOrNothing gives Max when the target is met and 0 otherwise.
	PointsAllOrNothing = "all_or_nothing"
)

// PointRule says how many points a target earns.
type PointRule struct {
	// Code selects the target with this code; empty matches any code.
	Code string
	// Metric selects targets of this metric; empty matches any metric.
	Metric string
	// Kind is PointsProportional (the default when empty), PointsThreshold
	// or PointsAllOrNothing.
	Kind string
	// Max is the maximum number of points.
	Max float64
	// Threshold is X of a PointsThreshold rule ("≥ X% → full points"); when 0
	// the target value is used.
	Threshold float64
}

// Points returns the points earned under the rule for an actual value and
// an attainment, and whether the rule could be applied.
//
// For PointsThreshold with a threshold X > 0: actual ≥ X earns Max; below,
// max(actual, 0) × Max / X (Decision 766/QĐ-TTg); for a change target the
// "actual" is the observed change. The other kinds use the attainment.
func (p PointRule) Points(actual, attainment float64, met bool) (float64, bool) {
	if math.IsNaN(p.Max) || math.IsInf(p.Max, 0) {
		return 0, false
	}
	switch p.Kind {
	case PointsThreshold:
		if !(p.Threshold > 0) || math.IsNaN(actual) {
			return 0, false
		}
		if actual >= p.Threshold {
			return p.Max, true
		}
		return math.Max(actual, 0) * p.Max / p.Threshold, true
	case PointsAllOrNothing:
		if met {
			return p.Max, true
		}
		return 0, true
	case PointsProportional, "":
		return clamp01(attainment) * p.Max, true
	}
	return 0, false
}

// PointRuleFor returns the point rule that applies to the target with the
// given code and metric (as Scorecard picks it: a rule naming the code
// first, then one naming the metric, then a rule naming neither), and
// whether there is one.
func (r *Rules) PointRuleFor(code, metric string) (PointRule, bool) {
	return r.pointRule(&dataset.Target{Code: code, Metric: metric})
}

// pointRule finds the rule that applies to t: a rule naming its code first,
// then one naming its metric, then a rule naming neither.
func (r *Rules) pointRule(t *dataset.Target) (PointRule, bool) {
	best, rank := -1, 0
	for i := range r.Points {
		p := &r.Points[i]
		if p.Code != "" && p.Code != t.Code {
			continue
		}
		if p.Metric != "" && p.Metric != t.Metric {
			continue
		}
		k := 1
		if p.Code != "" {
			k = 3
		} else if p.Metric != "" {
			k = 2
		}
		if k > rank {
			best, rank = i, k
		}
	}
	if best < 0 {
		return PointRule{}, false
	}
	return r.Points[best], true
}

// clamp01 clamps x to [0, 1]; NaN gives 0.
func clamp01(x float64) float64 {
	if !(x > 0) {
		return 0
	}
	if x > 1 {
		return 1
	}
	return x
}

// isChange reports whether t is stated as a change against a baseline.
func isChange(t *dataset.Target) bool {
	return t.Change == dataset.ChangeDecrease || t.Change == dataset.ChangeIncrease
}

// baselineYear returns the baseline year of a change target: its
// BaselineYear, or Year−1 ("năm trước liền kề") when none is given.
func baselineYear(t *dataset.Target, year int) int {
	if t.BaselineYear != nil {
		return *t.BaselineYear
	}
	return year - 1
}

// evaluation is the outcome of one comparison.
type evaluation struct {
	attainment float64
	met        bool
}

// compare applies comparator cmp with target value v to the measured value a.
func (r *Rules) compare(cmp string, v, a float64) evaluation {
	switch cmp {
	case dataset.CmpGE, dataset.CmpGT:
		met := a >= v
		if cmp == dataset.CmpGT {
			met = a > v
		}
		var att float64
		switch {
		case v > 0:
			att = a / v
		case met:
			att = 1
		case v == 0:
			att = 0
		default: // v < 0 and not met: no natural ratio
			att = 0
		}
		return evaluation{clamp01(att), met}
	case dataset.CmpLE, dataset.CmpLT:
		met := a <= v
		if cmp == dataset.CmpLT {
			met = a < v
		}
		var att float64
		switch {
		case a <= 0 && v >= 0:
			att = 1
		case v > 0 && a > 0:
			att = v / a
		case met:
			att = 1
		}
		return evaluation{clamp01(att), met}
	case dataset.CmpEQ:
		d := math.Abs(a - v)
		tol := r.EqualTolerance * math.Abs(v)
		if d <= tol || d == 0 {
			return evaluation{1, true}
		}
		if v == 0 {
			return evaluation{0, false}
		}
		return evaluation{clamp01(1 - d/math.Abs(v)), false}
	case dataset.CmpApprox:
		d := math.Abs(a - v)
		if d <= r.ApproxTolerance*math.Abs(v)*(1+1e-9) || d == 0 { // slack for binary rounding (2,2 − 2)
			return evaluation{1, true}
		}
		if v == 0 {
			return evaluation{0, false}
		}
		return evaluation{clamp01(1 - d/math.Abs(v)), false}
	}
	return evaluation{math.NaN(), false}
}

// status returns the status of an evaluated target.
func (r *Rules) status(e evaluation) string {
	switch {
	case e.met:
		return dataset.StatusMet
	case e.attainment >= r.NearThreshold:
		return dataset.StatusNear
	default:
		return dataset.StatusOffTrack
	}
}

// effectiveComparator returns the comparator a target is scored with: a
// range's lower bound is an "at least" target, as is "=" on a change and
// a bare planned figure ("= v", see Rules.ExactEquals); "= 0" is an "at
// most" target.
func effectiveComparator(t *dataset.Target) string {
	c := t.Comparator
	if c == "" {
		c = dataset.CmpGE
	}
	if t.ValueMax != nil && (c == dataset.CmpEQ || c == dataset.CmpApprox) {
		return dataset.CmpGE
	}
	if c == dataset.CmpEQ {
		return plannedFigure(t)
	}
	return c
}

// plannedFigure returns the comparator a "=" target is read with: at
// least its value, and at most 0 for a figure of 0 that is no change.
func plannedFigure(t *dataset.Target) string {
	if t.Value == 0 && !isChange(t) {
		return dataset.CmpLE
	}
	return dataset.CmpGE
}

// scoredComparator is effectiveComparator under the rules r: with
// r.ExactEquals a "=" target that is neither a range nor a change stays
// exact.
func (r *Rules) scoredComparator(t *dataset.Target) string {
	if r.ExactEquals && t.Comparator == dataset.CmpEQ && t.ValueMax == nil && !isChange(t) {
		return dataset.CmpEQ
	}
	return effectiveComparator(t)
}

// ValidComparator reports whether c is one of the comparators the scorer knows.
func ValidComparator(c string) bool {
	switch c {
	case dataset.CmpGE, dataset.CmpGT, dataset.CmpLE, dataset.CmpLT, dataset.CmpEQ, dataset.CmpApprox:
		return true
	}
	return false
}

// ScoreTarget scores one target for one entity and year. actual is the
// observed value in the target's year (nil when none); baseline is the
// value in the baseline year, used by change targets only (nil when none).
// A change target's Score carries its direction in Change (decrease or
// increase), whether or not it could be scored; other targets leave Change
// empty. The returned Score has Entity and Year left for the caller to fill
// (Year is set to the target's year).
func ScoreTarget(t dataset.Target, actual *float64, baseline *float64, r Rules) dataset.Score {
	var slab [3]float64
	var nb noteBuf
	var s dataset.Score
	scoreInto(&s, &t, t.Year, actual, baseline, &r, slab[:], &nb)
	return s
}

// scoreInto scores t for the given year into s, which must be the zero
// Score. The three pointers of the result
// (Actual, Baseline, Attainment) point into slab, which must have room for
// three values and must not be reused by the caller; nb is a scratch buffer
// for the note.
func scoreInto(s *dataset.Score, t *dataset.Target, year int, actual, baseline *float64, r *Rules, slab []float64, nb *noteBuf) {
	// s is zero (a fresh row): set the fields one by one rather than copy
	// a whole struct, which on millions of rows costs a bulk write barrier
	// and a second pass over the memory.
	s.PlanID = t.PlanID
	s.Code = t.Code
	s.Area = t.Area
	s.Metric = t.Metric
	s.Subject = t.Subject
	s.Comparator = t.Comparator
	s.Target = t.Value
	s.Unit = t.Unit
	s.Level = t.Level
	s.Year = year
	s.Weight = t.Weight
	s.Status = dataset.StatusNoData
	if s.Weight == 0 {
		s.Weight = 1
	}
	if actual != nil && !math.IsNaN(*actual) && !math.IsInf(*actual, 0) {
		slab[0] = *actual
		s.Actual = &slab[0]
	}
	change := isChange(t)
	if change {
		s.Change = t.Change
	}
	if change && baseline != nil && !math.IsNaN(*baseline) && !math.IsInf(*baseline, 0) {
		slab[1] = *baseline
		s.Baseline = &slab[1]
	}
	nb.reset()
	w := nb.words()
	cmp := r.scoredComparator(t)
	switch {
	case !ValidComparator(cmp):
		nb.str(w.badComparator)
		nb.str(t.Comparator)
		s.Note = nb.string()
		return
	case math.IsNaN(t.Value) || math.IsInf(t.Value, 0):
		nb.str(w.noValue)
		s.Note = nb.string()
		return
	case s.Actual == nil:
		nb.str(w.noData)
		nb.int(year)
		s.Note = nb.string()
		return
	}
	a := *s.Actual
	measured := a
	if change {
		by := baselineYear(t, year)
		if s.Baseline == nil {
			nb.str(w.noBaseline)
			nb.int(by)
			nb.str(w.noBaselineTail)
			s.Note = nb.string()
			return
		}
		b := *s.Baseline
		d := a - b
		if t.Change == dataset.ChangeDecrease {
			d = b - a
		}
		if t.Unit == "percent" {
			if b == 0 {
				nb.str(w.zeroBaseline)
				nb.int(by)
				nb.str(w.zeroBaselineTail)
				s.Note = nb.string()
				return
			}
			d = d / math.Abs(b) * 100
		}
		measured = d
	}
	e := r.compare(cmp, t.Value, measured)
	slab[2] = clamp01(e.attainment)
	s.Attainment = &slab[2]
	s.Met = e.met
	s.Status = r.status(evaluation{slab[2], e.met})
	if p, ok := r.pointRule(t); ok {
		if p.Kind == PointsThreshold && p.Threshold == 0 {
			p.Threshold = t.Value // "when 0 the target value is used"
		}
		if pts, ok := p.Points(measured, slab[2], e.met); ok { // the change, for a change target
			mx := p.Max
			s.Points, s.MaxPoints = &pts, &mx
		}
	}
	writeNote(nb, t, cmp, year, a, measured, s.Baseline, e, r.ApproxTolerance)
	s.Note = nb.string()
}
