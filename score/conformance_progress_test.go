package score

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// peerProgressRow is one series the peer assessed, as extract_progress.py
// writes it (testdata/peers/progress_*.json).
type peerProgressRow struct {
	File          string   `json:"file"`
	Line          int      `json:"line"`
	Indicator     string   `json:"indicator"`
	Series        string   `json:"series"`
	BaseYear      int      `json:"base_year"`
	BaseValue     float64  `json:"base_value"`
	CurrentYear   int      `json:"current_year"`
	CurrentValue  float64  `json:"current_value"`
	Target        *float64 `json:"target"`
	TargetYear    int      `json:"target_year"`
	Direction     int      `json:"direction"`
	Limit         *float64 `json:"limit"`
	ProgressValue *float64 `json:"progress_value"`
	Score         *float64 `json:"score"`
	Status        string   `json:"status"`
}

// peerStatus maps sdg-build's status labels to the Progress classes.
var peerStatus = map[string]string{
	"target_achieved":      ProgressAchieved,
	"substantial_progress": ProgressSubstantial,
	"moderate_progress":    ProgressModerate,
	"limited_progress":     ProgressLimited,
	"deterioration":        ProgressDeterioration,
	"not_available":        ProgressUnable,
}

// peerInput is the ProgressInput of a published row: its base and current
// points, target and limit, with the default (sdg-build) conventions.
func peerInput(r peerProgressRow) ProgressInput {
	in := ProgressInput{
		Series:        []Point{{r.BaseYear, r.BaseValue}, {r.CurrentYear, r.CurrentValue}},
		BaseYear:      r.BaseYear,
		Target:        r.Target,
		TargetYear:    r.TargetYear,
		LowerIsBetter: r.Direction == -1,
		NaturalLimit:  r.Limit,
	}
	if r.CurrentYear == r.BaseYear {
		in.Series = in.Series[:1]
	}
	return in
}

// closeTo says whether got reproduces the published value want: both
// absent, or equal to 1e-9 relative (the YAML keeps 16 digits).
func closeTo(got float64, want *float64) bool {
	if want == nil {
		return math.IsNaN(got)
	}
	return math.Abs(got-*want) <= 1e-9*math.Max(1, math.Abs(*want))
}

// reproduces says how Progress's result differs from the published row
// ("" when it reproduces class, progress value and score).
func reproduces(res ProgressResult, r peerProgressRow) string {
	want, ok := peerStatus[r.Status]
	switch {
	case !ok:
		return "unknown status " + r.Status
	case res.Class != want:
		return "class " + res.Class + ", published " + want
	case !closeTo(res.Ratio, r.ProgressValue):
		return "progress value differs"
	case r.Score == nil && res.Class != ProgressUnable:
		return "score published as none"
	case r.Score != nil && !closeTo(res.Score, r.Score):
		return "score differs"
	}
	return ""
}

// TestProgressConformance runs every series of every published peer file
// in testdata/peers/progress_*.json through Progress with the default
// conventions and requires the peer's class, progress value and score.
func TestProgressConformance(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "testdata", "peers", "progress_*.json"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no peer progress files: %v", err)
	}
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err != nil {
			t.Fatal(err)
		}
		var rows []peerProgressRow
		if err := json.Unmarshal(b, &rows); err != nil {
			t.Fatalf("%s: %v", fn, err)
		}
		exact, limited := 0, 0
		for _, r := range rows {
			res := Progress(peerInput(r))
			if why := reproduces(res, r); why != "" {
				t.Errorf("%s line %d (%s): %s; got class %s R %v score %v, published %s R %v score %v",
					filepath.Base(fn), r.Line, r.Series, why, res.Class, res.Ratio, res.Score, r.Status, deref(r.ProgressValue), deref(r.Score))
				continue
			}
			exact++
			if r.Limit != nil && r.Target == nil && r.ProgressValue != nil {
				limited++
			}
		}
		t.Logf("%s: %d of %d series reproduced (%d trend-only with a natural limit)", filepath.Base(fn), exact, len(rows), limited)
	}
}

func deref(p *float64) float64 {
	if p == nil {
		return math.NaN()
	}
	return *p
}
