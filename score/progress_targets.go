package score

import (
	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// TargetProgress is the progress assessment of one target for one entity.
type TargetProgress struct {
	// PlanID, Code, Metric and Level identify the target.
	PlanID, Code, Metric, Level string
	// Entity is the entity assessed.
	Entity string
	// Target and TargetYear are the target's value and year (Target nil:
	// the trend alone was assessed).
	Target     *float64
	TargetYear int
	// LowerIsBetter is true for "<=" and "<" targets.
	LowerIsBetter bool
	// NaturalLimit is the natural limit of a trend-only series, or nil.
	NaturalLimit *float64
	// ProgressResult is the assessment.
	ProgressResult
}

// ProgressOptions set how ProgressTargetsWith builds each series.
type ProgressOptions struct {
	// BaseYear fixes t0 (0: each series' first year); see ProgressInput.
	BaseYear int
	// Conventions are passed to every Progress call.
	Conventions ProgressConventions
	// UseDataAfterTargetYear keeps the values observed after a target's
	// year, as sdg-build does (its current year is the latest year with
	// data, sdg/ProgressMeasure.py L156-158). By default they are dropped:
	// a plan's target is for its year, and a value reached two years late
	// does not meet it.
	UseDataAfterTargetYear bool
}

// ProgressTargets assesses, for every target with a metric and every entity
// observed for it, the progress of the entity's annual series towards the
// target value by the target's year (see Progress). baseYear fixes t0 (0:
// each series' first year). It is ProgressTargetsWith with the default
// options.
func ProgressTargets(targets []dataset.Target, obs []dataset.Observation, baseYear int) []TargetProgress {
	return ProgressTargetsWith(targets, obs, ProgressOptions{BaseYear: baseYear})
}

// ProgressTargetsWith assesses every target with a metric against each
// entity's annual series, as ProgressTargets, with the given options.
// Targets stated as a change against a baseline, and "=" or "approx"
// targets, have no level to grow towards and are skipped; "<=" and "<"
// targets are assessed with lower values better. Observations match as in
// Scorecard: metric, level when both give one, and entity (without
// diacritics or case); rows with a Period are skipped.
func ProgressTargetsWith(targets []dataset.Target, obs []dataset.Observation, opts ProgressOptions) []TargetProgress {
	series, _ := SeriesFromObservations(obs, nil)
	return ProgressOfSeries(targets, series, opts)
}

// ProgressOfSeries assesses every target with a metric against each
// entity's series of that metric (matching levels as Scorecard does: the
// target's level, else no level; a province target takes province
// series too), as ProgressTargetsWith. A series with a Conflict is
// unable to assess. An entity is named as first spelled in series.
func ProgressOfSeries(targets []dataset.Target, series []ProgressSeries, opts ProgressOptions) []TargetProgress {
	type key struct{ metric, level, entity string }
	byKey := map[key]int{}
	var order []string
	names := map[string]string{} // the first spelling of each entity
	for i, s := range series {
		f := vntext.Fold(s.Entity)
		byKey[key{s.Metric, s.Level, f}] = i
		if _, ok := names[f]; !ok {
			names[f] = s.Entity
			order = append(order, f)
		}
	}
	var out []TargetProgress
	for _, t := range targets {
		lower, ok := progressDirection(&t)
		if !ok {
			continue
		}
		for _, f := range order {
			i, found := -1, false
			for _, lv := range levelCandidates(t.Level) {
				if i, found = byKey[key{t.Metric, lv, f}]; found {
					break
				}
			}
			if !found {
				continue
			}
			s := series[i]
			s.Points = pointsUpTo(s.Points, t.Year, opts.UseDataAfterTargetYear)
			v := t.Value
			res := AssessSeries(s, ProgressInput{BaseYear: opts.BaseYear, Target: &v, TargetYear: t.Year,
				LowerIsBetter: lower, Conventions: opts.Conventions})
			out = append(out, TargetProgress{PlanID: t.PlanID, Code: t.Code, Metric: t.Metric, Level: t.Level,
				Entity: names[f], Target: &v, TargetYear: t.Year, LowerIsBetter: lower, ProgressResult: res})
		}
	}
	return out
}

// pointsUpTo keeps the points up to year (all when year is 0 or all is set).
func pointsUpTo(pts []Point, year int, all bool) []Point {
	if year == 0 || all {
		return pts
	}
	var out []Point
	for _, p := range pts {
		if p.Year <= year {
			out = append(out, p)
		}
	}
	return out
}

// progressDirection says whether a target is assessed with lower values
// better, and whether it can be assessed at all (a level to grow towards).
func progressDirection(t *dataset.Target) (lower, ok bool) {
	if t.Metric == "" || isChange(t) {
		return false, false
	}
	switch effectiveComparator(t) {
	case dataset.CmpGE, dataset.CmpGT:
		return false, true
	case dataset.CmpLE, dataset.CmpLT:
		return true, true
	}
	return false, false
}

// levelCandidates lists the observation levels a target's level accepts,
// in order of preference (as Scorecard matches them).
func levelCandidates(level string) []string {
	if level == "" {
		return []string{"", dataset.LevelProvince}
	}
	return []string{level, ""}
}
