package score

import (
	"sort"

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

// ProgressTargets assesses, for every target with a metric and every entity
// observed for it, the progress of the entity's annual series towards the
// target value by the target's year (see Progress). baseYear fixes t0 (0:
// each series' first year). Targets stated as a change against a baseline,
// and "=" or "approx" targets, have no level to grow towards and are
// skipped; "<=" and "<" targets are assessed with lower values better.
// Observations match as in Scorecard: metric, level when both give one,
// and entity (without diacritics or case); rows with a Period are skipped.
func ProgressTargets(targets []dataset.Target, obs []dataset.Observation, baseYear int) []TargetProgress {
	type key struct{ metric, level, entity string }
	series := map[key][]Point{}
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
		k := key{o.Metric, o.Level, f}
		series[k] = append(series[k], Point{o.Year, o.Value})
	}
	var out []TargetProgress
	for _, t := range targets {
		if t.Metric == "" || isChange(&t) {
			continue
		}
		lower := false
		switch effectiveComparator(&t) {
		case dataset.CmpGE, dataset.CmpGT:
		case dataset.CmpLE, dataset.CmpLT:
			lower = true
		default:
			continue
		}
		for _, f := range order {
			var s []Point
			for _, lv := range levelCandidates(t.Level) {
				if s = series[key{t.Metric, lv, f}]; len(s) > 0 {
					break
				}
			}
			if len(s) == 0 {
				continue
			}
			var upTo []Point
			for _, p := range s {
				if t.Year == 0 || p.Year <= t.Year {
					upTo = append(upTo, p)
				}
			}
			sort.SliceStable(upTo, func(i, j int) bool { return upTo[i].Year < upTo[j].Year })
			v := t.Value
			res := Progress(ProgressInput{Series: upTo, BaseYear: baseYear, Target: &v, TargetYear: t.Year, LowerIsBetter: lower})
			out = append(out, TargetProgress{PlanID: t.PlanID, Code: t.Code, Metric: t.Metric, Level: t.Level,
				Entity: names[f], ProgressResult: res})
		}
	}
	return out
}

// levelCandidates lists the observation levels a target's level accepts,
// in order of preference (as Scorecard matches them).
func levelCandidates(level string) []string {
	if level == "" {
		return []string{"", dataset.LevelProvince}
	}
	return []string{level, ""}
}
