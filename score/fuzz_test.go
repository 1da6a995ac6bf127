package score

import (
	"math"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// FuzzScoreTarget: no input panics; attainment is nil (with status
// no_data) or in [0, 1]; a met target has attainment 1; every row has a note.
func FuzzScoreTarget(f *testing.F) {
	f.Add(">=", 90.0, 91.3, 0.0, "", "percent", false)
	f.Add(">=", 28.0, 2980.0, 3000.0, dataset.ChangeDecrease, "staff", true)
	f.Add(">=", 2.5, 97000.0, 100000.0, dataset.ChangeDecrease, "percent", true)
	f.Add("approx", 2.0, 1.9, 0.0, "", "percent", false)
	f.Add("<=", 0.0, 0.0, 0.0, "", "count", false)
	f.Add("<", -1.0, math.Inf(1), math.NaN(), dataset.ChangeIncrease, "percent", true)
	f.Fuzz(func(t *testing.T, cmp string, value, actual, baseline float64, change, unit string, hasBaseline bool) {
		tg := dataset.Target{Comparator: cmp, Value: value, Unit: unit, Change: change, Year: 2025}
		var b *float64
		if hasBaseline {
			b = &baseline
		}
		s := ScoreTarget(tg, &actual, b, DefaultRules())
		if s.Attainment != nil {
			a := *s.Attainment
			if !(a >= 0 && a <= 1) {
				t.Fatalf("attainment %v", a)
			}
			if s.Met && a != 1 {
				t.Fatalf("met with attainment %v", a)
			}
		} else if s.Status != dataset.StatusNoData || s.Met {
			t.Fatalf("nil attainment with status %s, met %v", s.Status, s.Met)
		}
		if s.Note == "" {
			t.Fatal("empty note")
		}
	})
}

// FuzzProgress: no series panics; the score lies in [−5, 5] within its
// class's band; the method is named.
func FuzzProgress(f *testing.F) {
	f.Add(2015, 90.0, 2021, 93.2, 0.0, false, 100.0, true, uint8(0))
	f.Add(2015, 14.5, 2023, 10.2, 7.25, true, 0.0, false, uint8(1))
	f.Add(2020, 0.0, 2024, 0.0, 0.0, true, 0.0, true, uint8(7))
	f.Add(2020, -3.0, 2024, 2.0, 5.0, false, -1.0, false, uint8(2))
	f.Fuzz(func(t *testing.T, y0 int, v0 float64, y1 int, v1, target float64, hasTarget bool, limit float64, hasLimit bool, conv uint8) {
		in := ProgressInput{Series: []Point{{y0, v0}, {y1, v1}, {(y0 + y1) / 2, (v0 + v1) / 2}}, BaseYear: y0,
			LowerIsBetter: conv&8 != 0,
			Conventions:   ProgressConventions{StrictBaseYear: conv&1 != 0, ReplaceZeroLatest: conv&2 != 0, StrictSigns: conv&4 != 0}}
		if hasTarget {
			in.Target, in.TargetYear = &target, y1+5
		}
		if hasLimit {
			in.NaturalLimit = &limit
		}
		r := Progress(in)
		band := map[string][2]float64{
			ProgressAchieved: {5, 5}, ProgressSubstantial: {2.5, 5}, ProgressModerate: {-0.0001, 2.5},
			ProgressLimited: {-2.5, 0.0001}, ProgressDeterioration: {-5, -2.5}, ProgressUnable: {0, 0},
		}
		b, ok := band[r.Class]
		if !ok || !(r.Score >= b[0]-1e-6 && r.Score <= b[1]+1e-6) {
			t.Fatalf("%+v: class %q score %v", in, r.Class, r.Score)
		}
		if r.Method == "" || r.Note == "" {
			t.Fatalf("%+v: method %q note %q", in, r.Method, r.Note)
		}
	})
}
