package score

import (
	"math"
	"math/rand/v2"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

func TestProgress(t *testing.T) {
	tests := []struct {
		name  string
		in    ProgressInput
		class string
		ratio float64 // NaN: not checked
		score float64 // NaN: not checked
	}{
		// (70/50)^(1/3) − 1 = 11,869%; (90/50)^(1/5) − 1 = 12,475%; R = 0,9514.
		{"substantial", ProgressInput{Series: []Point{{2020, 50}, {2021, 58}, {2023, 70}}, Target: f(90), TargetYear: 2025},
			ProgressSubstantial, 0.95143, 7.1429*0.95143 - 4.2857},
		// Lower is better: (2950/3000)^(1/3) − 1 = −0,5587%; (2800/3000)^(1/5) − 1 = −1,3704%; R = 0,4077.
		{"limited, lower is better", ProgressInput{Series: []Point{{2023, 2950}, {2020, 3000}}, Target: f(2800), TargetYear: 2025, LowerIsBetter: true},
			ProgressLimited, 0.40768, 4.1667*0.40768 - 2.5},
		{"moderate", ProgressInput{Series: []Point{{2020, 50}, {2023, 63}}, Target: f(90), TargetYear: 2025},
			ProgressModerate, math.NaN(), math.NaN()},
		{"deterioration", ProgressInput{Series: []Point{{2020, 80}, {2024, 75}}, Target: f(90), TargetYear: 2025},
			ProgressDeterioration, math.NaN(), math.NaN()},
		{"achieved", ProgressInput{Series: []Point{{2020, 80}, {2024, 92}}, Target: f(90), TargetYear: 2025},
			ProgressAchieved, math.NaN(), 5},
		{"achieved with one point", ProgressInput{Series: []Point{{2025, 96}}, Target: f(95), TargetYear: 2025},
			ProgressAchieved, math.NaN(), 5},
		// No target: (103/100)^(1/2) − 1 = 1,489% → moderate, score 2,47.
		{"trend only", ProgressInput{Series: []Point{{2022, 100}, {2024, 103}}},
			ProgressModerate, 0.014889, (0.014889 - 0.005) / 0.01 * 2.5},
		{"trend falling", ProgressInput{Series: []Point{{2022, 100}, {2024, 90}}},
			ProgressDeterioration, math.NaN(), -5},
		{"base year given", ProgressInput{Series: []Point{{2019, 10}, {2020, 50}, {2023, 70}}, BaseYear: 2020, Target: f(90), TargetYear: 2025},
			ProgressSubstantial, 0.95143, math.NaN()},
		{"one year", ProgressInput{Series: []Point{{2024, 50}}, Target: f(90), TargetYear: 2025}, ProgressUnable, math.NaN(), 0},
		{"mixed signs", ProgressInput{Series: []Point{{2020, -5}, {2024, 5}}}, ProgressUnable, math.NaN(), 0},
		// sdg-build moves a missing base year forward to the next year with data.
		{"missing base year moves forward", ProgressInput{Series: []Point{{2019, 1}, {2021, 5}, {2024, 6}}, BaseYear: 2020},
			ProgressSubstantial, math.Pow(1.2, 1.0/3) - 1, 5},
		{"missing base year, strict", ProgressInput{Series: []Point{{2021, 5}, {2024, 6}}, BaseYear: 2020,
			Conventions: ProgressConventions{StrictBaseYear: true}}, ProgressUnable, math.NaN(), 0},
		{"no data from the base year on", ProgressInput{Series: []Point{{2018, 5}, {2019, 6}}, BaseYear: 2020}, ProgressUnable, math.NaN(), 0},
		// A zero latest value is growth of −100% (only base and target are replaced) ...
		{"zero latest value", ProgressInput{Series: []Point{{2020, 4}, {2024, 0}}, Target: f(8), TargetYear: 2030},
			ProgressDeterioration, -1 / (math.Pow(2, 0.1) - 1), -5},
		// ... unless ReplaceZeroLatest: (0,001/4)^(1/4) − 1 = −87,4%.
		{"zero latest value replaced", ProgressInput{Series: []Point{{2020, 4}, {2024, 0}}, Target: f(8), TargetYear: 2030,
			Conventions: ProgressConventions{ReplaceZeroLatest: true}},
			ProgressDeterioration, (math.Pow(0.001/4, 0.25) - 1) / (math.Pow(2, 0.1) - 1), -5},
		// A lower-is-better zero target is replaced by 0.001 before the achievement test.
		{"zero target met by a small value", ProgressInput{Series: []Point{{2020, 4}, {2024, 0.0005}}, Target: f(0), TargetYear: 2030, LowerIsBetter: true},
			ProgressAchieved, math.NaN(), 5},
		// Only the base and latest values are checked for a sign change ...
		{"sign change in the middle", ProgressInput{Series: []Point{{2020, 5}, {2022, -1}, {2024, 6}}},
			ProgressSubstantial, math.NaN(), 5},
		// ... unless StrictSigns.
		{"sign change in the middle, strict", ProgressInput{Series: []Point{{2020, 5}, {2022, -1}, {2024, 6}},
			Conventions: ProgressConventions{StrictSigns: true}}, ProgressUnable, math.NaN(), 0},
		// All negative, higher is better: −10 → −5 is a rise (s = −1).
		{"negative series", ProgressInput{Series: []Point{{2020, -10}, {2024, -5}}}, ProgressSubstantial, 1 - math.Pow(0.5, 0.25), 5},
		{"target equals base", ProgressInput{Series: []Point{{2020, 5}, {2024, 4}}, Target: f(5), TargetYear: 2030}, ProgressUnable, math.NaN(), 0},
		// Natural limit 100, base 90: k = 1 − 0,9^4,44 = 0,3736; c = (93,2/90)^(1/6) − 1 = 0,5840% ≥ 1,5%·k = 0,5604%.
		{"near the natural limit", ProgressInput{Series: []Point{{2015, 90}, {2021, 93.2}}, NaturalLimit: f(100)},
			ProgressSubstantial, math.Pow(93.2/90, 1.0/6) - 1, math.Min(500*(math.Pow(93.2/90, 1.0/6)-1)/(1-math.Pow(0.9, 4.44))-5, 5)},
		{"the same growth without a limit", ProgressInput{Series: []Point{{2015, 90}, {2021, 93.2}}},
			ProgressModerate, math.Pow(93.2/90, 1.0/6) - 1, 250*(math.Pow(93.2/90, 1.0/6)-1) - 1.25},
		// At the limit (k = 0) any non-negative growth is substantial.
		{"at the natural limit", ProgressInput{Series: []Point{{2015, 100}, {2021, 100}}, NaturalLimit: f(100)}, ProgressSubstantial, 0, 5},
		// A limit is ignored when there is a target.
		{"limit with a target", ProgressInput{Series: []Point{{2020, 50}, {2021, 58}, {2023, 70}}, Target: f(90), TargetYear: 2025, NaturalLimit: f(100)},
			ProgressSubstantial, 0.95143, 7.1429*0.95143 - 4.2857},
		{"target year before base", ProgressInput{Series: []Point{{2021, 5}, {2024, 6}}, Target: f(9), TargetYear: 2020}, ProgressUnable, math.NaN(), 0},
		// Zero base replaced by 0.001: any rise is huge growth.
		{"zero base", ProgressInput{Series: []Point{{2020, 0}, {2024, 5}}, Target: f(10), TargetYear: 2025}, ProgressSubstantial, math.NaN(), 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Progress(tc.in)
			if r.Class != tc.class {
				t.Errorf("class %s, want %s (R %v, note %q)", r.Class, tc.class, r.Ratio, r.Note)
			}
			if !math.IsNaN(tc.ratio) && !approxEq(r.Ratio, tc.ratio, 1e-4) {
				t.Errorf("ratio %.5f, want %.5f", r.Ratio, tc.ratio)
			}
			if !math.IsNaN(tc.score) && !approxEq(r.Score, tc.score, 1e-3) {
				t.Errorf("score %.4f, want %.4f", r.Score, tc.score)
			}
			if r.Note == "" {
				t.Error("empty note")
			}
		})
	}
}

// Property: the score lies in [−5, 5] and agrees with the class.
func TestProgressScoreRange(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	band := map[string][2]float64{
		ProgressAchieved: {5, 5}, ProgressSubstantial: {2.5, 5}, ProgressModerate: {0, 2.5},
		ProgressLimited: {-2.5, 0}, ProgressDeterioration: {-5, -2.5}, ProgressUnable: {0, 0},
	}
	for i := 0; i < 5000; i++ {
		n := 1 + rng.IntN(5)
		var s []Point
		for j := 0; j < n; j++ {
			s = append(s, Point{2015 + rng.IntN(10), (rng.Float64() - 0.2) * 100})
		}
		in := ProgressInput{Series: s, LowerIsBetter: rng.IntN(2) == 0}
		if rng.IntN(3) > 0 {
			in.Target, in.TargetYear = f(rng.Float64()*120), 2020+rng.IntN(12)
		}
		r := Progress(in)
		b := band[r.Class]
		if r.Score < -5 || r.Score > 5 || r.Score < b[0]-1e-9 || r.Score > b[1]+1e-9 {
			t.Fatalf("%+v: class %s score %v", in, r.Class, r.Score)
		}
	}
}

func TestProgressTargets(t *testing.T) {
	ts := []dataset.Target{
		{Code: "a", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
		{Code: "b", Metric: "civil_servant_headcount", Comparator: ">=", Value: 28, Change: dataset.ChangeDecrease, Year: 2025}, // skipped
		{Code: "c", Metric: "overdue_rate", Comparator: "<=", Value: 2, Unit: "percent", Year: 2025},
		{Code: "d", Metric: "e_records_rate", Comparator: ">=", Value: 70, Unit: "percent", Level: "commune", Year: 2025},
	}
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2021, Metric: "online_submission_rate", Value: 42},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "online_submission_rate", Value: 71.5},
		{Entity: "Hà Tĩnh", Year: 2026, Metric: "online_submission_rate", Value: 99}, // after the target year: ignored
		{Entity: "Ha Tinh", Year: 2022, Metric: "overdue_rate", Value: 5},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "overdue_rate", Value: 3},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "e_records_rate", Level: "commune", Value: 75},
		{Entity: "Hà Tĩnh", Year: 2024, Period: "2024-06", Metric: "e_records_rate", Level: "commune", Value: 10},
	}
	got := ProgressTargets(ts, obs, 0)
	// c: (3/5)^(1/2) − 1 = −22,5% a year where (2/5)^(1/3) − 1 = −26,3% is needed: R = 0,86.
	want := map[string]string{"a": ProgressModerate, "c": ProgressModerate, "d": ProgressAchieved}
	if len(got) != len(want) {
		t.Fatalf("%d assessments: %+v", len(got), got)
	}
	for _, g := range got {
		if g.Class != want[g.Code] || g.Entity != "Hà Tĩnh" {
			t.Errorf("%s: %s for %s (%s), want %s", g.Code, g.Class, g.Entity, g.Note, want[g.Code])
		}
	}
}

func TestProgressTargetsAfterTargetYear(t *testing.T) {
	ts := []dataset.Target{{Code: "a", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Year: 2025}}
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2021, Metric: "online_submission_rate", Value: 42},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "online_submission_rate", Value: 71.5},
		{Entity: "Hà Tĩnh", Year: 2026, Metric: "online_submission_rate", Value: 99},
	}
	tests := []struct {
		name   string
		opts   ProgressOptions
		class  string
		latest int
	}{
		{"target year's data only", ProgressOptions{}, ProgressModerate, 2024},
		{"peer: latest data", ProgressOptions{UseDataAfterTargetYear: true}, ProgressAchieved, 2026},
		// Base 2022 has no data: moves to 2024, one year only.
		{"base year moved forward", ProgressOptions{BaseYear: 2022}, ProgressUnable, 2024},
		{"base year strict", ProgressOptions{BaseYear: 2022, Conventions: ProgressConventions{StrictBaseYear: true}}, ProgressUnable, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ProgressTargetsWith(ts, obs, tc.opts)
			if len(got) != 1 || got[0].Class != tc.class || got[0].LatestYear != tc.latest {
				t.Fatalf("%+v", got)
			}
		})
	}
}
