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
