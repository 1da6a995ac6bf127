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
	series, order, names := annualSeries(obs)
	var out []TargetProgress
	for _, t := range targets {
		lower, ok := progressDirection(&t)
		if !ok {
			continue
		}
		for _, f := range order {
			var s []Point
			for _, lv := range levelCandidates(t.Level) {
				if s = series[seriesKey{t.Metric, lv, f}]; len(s) > 0 {
					break
				}
			}
			if len(s) == 0 {
				continue
			}
			var upTo []Point
			for _, p := range s {
				if t.Year == 0 || opts.UseDataAfterTargetYear || p.Year <= t.Year {
					upTo = append(upTo, p)
				}
			}
			v := t.Value
			res := Progress(ProgressInput{Series: upTo, BaseYear: opts.BaseYear, Target: &v, TargetYear: t.Year,
				LowerIsBetter: lower, Conventions: opts.Conventions})
			out = append(out, TargetProgress{PlanID: t.PlanID, Code: t.Code, Metric: t.Metric, Level: t.Level,
				Entity: names[f], ProgressResult: res})
		}
	}
	return out
}

type seriesKey struct{ metric, level, entity string }

// annualSeries groups the annual observations (no Period) by metric,
// level and folded entity; order lists the folded entities as first
// seen and names their NFC spelling.
func annualSeries(obs []dataset.Observation) (map[seriesKey][]Point, []string, map[string]string) {
	series := map[seriesKey][]Point{}
	names := map[string]string{}
	var order []string
	for _, o := range obs {
		if o.Period != "" || o.Metric == "" {
			continue
		}
		f := vntext.Fold(o.Entity)
		if _, ok := names[f]; !ok {
			names[f] = vntext.NFC(o.Entity)
			order = append(order, f)
		}
		k := seriesKey{o.Metric, o.Level, f}
		series[k] = append(series[k], Point{o.Year, o.Value})
	}
	return series, order, names
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
