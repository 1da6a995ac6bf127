package score_test

import (
	"fmt"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/score"
)

// A change target of the Hà Tĩnh 2025 plan: "giảm 28 biên chế công chức so
// với năm 2024".
func ExampleScoreTarget() {
	y2024 := 2024
	t := dataset.Target{Code: "II.4.3", Metric: "civil_servant_headcount", Comparator: ">=", Value: 28,
		Unit: "staff", Change: dataset.ChangeDecrease, BaselineYear: &y2024, Year: 2025}
	actual, baseline := 2980.0, 3000.0
	s := score.ScoreTarget(t, &actual, &baseline, score.DefaultRules())
	fmt.Printf("%s %.3f\n%s\n", s.Status, *s.Attainment, s.Note)

	s = score.ScoreTarget(t, &actual, nil, score.DefaultRules())
	fmt.Println(s.Status, "-", s.Note)
	// Output:
	// off_track 0.714
	// giảm 20 so với 2024 (3.000 → 2.980), cần 28
	// no_data - thiếu số liệu năm 2024 để tính mức thay đổi
}

// Threshold-capped points in the style of Decision 766/QĐ-TTg: 60% or more
// earns the full 2 points, below that rate × 2 / 60.
func ExamplePointRule() {
	r := score.DefaultRules()
	r.Points = []score.PointRule{{Metric: "online_payment_rate", Kind: score.PointsThreshold, Max: 2, Threshold: 60}}
	t := dataset.Target{Metric: "online_payment_rate", Comparator: ">=", Value: 60, Unit: "percent", Year: 2025}
	for _, v := range []float64{72, 45} {
		s := score.ScoreTarget(t, &v, nil, r)
		fmt.Printf("%v%% → %.2f of %.0f points (%s)\n", v, *s.Points, *s.MaxPoints, s.Status)
	}
	// Output:
	// 72% → 2.00 of 2 points (met)
	// 45% → 1.50 of 2 points (off_track)
}

func ExampleScorecard() {
	targets := []dataset.Target{
		{PlanID: "3098/QĐ-UBND", Code: "II.3.2b", Area: "procedures", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
		{PlanID: "3098/QĐ-UBND", Code: "II.3.4a", Area: "procedures", Metric: "satisfaction_rate", Comparator: ">=", Value: 95, Unit: "percent", Year: 2025},
		{PlanID: "3098/QĐ-UBND", Code: "II.5.3", Area: "civil_service", Metric: "talent_attraction_rate", Comparator: "approx", Value: 2, Unit: "percent", Year: 2025},
	}
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 91.3, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "satisfaction_rate", Value: 94, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "satisfaction_rate", Value: 92, Unit: "percent"},
	}
	res, err := score.Scorecard(targets, obs, score.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range res.Scores {
		fmt.Printf("%-8s %-9s %s\n", s.Code, s.Status, s.Note)
	}
	for _, a := range res.Areas {
		sc := "none (too little data)"
		if a.Score != nil {
			sc = fmt.Sprintf("%.1f", *a.Score)
		}
		fmt.Printf("%s: %d met, %d near, %d no data, score %s\n", a.Area, a.Met, a.Near, a.NoData, sc)
	}
	fmt.Println("unmatched:", len(res.Unmatched))
	// Output:
	// II.3.2b  met       đạt 91,3%, chỉ tiêu ≥ 90%
	// II.3.4a  near      đạt 94%, chưa đạt chỉ tiêu ≥ 95%
	// II.5.3   no_data   chưa có số liệu năm 2025
	// procedures: 1 met, 1 near, 0 no data, score 99.5
	// civil_service: 0 met, 0 near, 1 no data, score none (too little data)
	// unmatched: 1
}

// Online submission rose from 42% (2021) to 71,5% (2024): 19,4% a year,
// where 20,99% a year was needed to reach 90% by 2025, so R = 0,92.
func ExampleProgress() {
	target := 90.0
	r := score.Progress(score.ProgressInput{
		Series:     []score.Point{{Year: 2021, Value: 42}, {Year: 2023, Value: 60}, {Year: 2024, Value: 71.5}},
		Target:     &target,
		TargetYear: 2025,
	})
	fmt.Printf("%s, R = %.2f, score %.1f\n%s\n", r.Class, r.Ratio, r.Score, r.Note)
	// Output:
	// moderate, R = 0.92, score 2.3
	// tăng trưởng thực tế 19,4%/năm, cần 20,99%/năm để đạt 90 năm 2025 (R = 0,92)
}

// The uncertainty run: 200 runs with weights perturbed by ±25% and the
// normalisation drawn from min-max and z-score, seeded.
func ExampleCompositeUncertainty() {
	units := []string{"Hà Tĩnh", "Quảng Trị", "Hưng Yên", "Nghệ An"}
	values := [][]float64{{91.3, 2.1, 94}, {84.0, 3.5, 96}, {88.5, 1.2, 90}, {80.2, 4.0, 89}}
	spec := score.CompositeSpec{Indicators: []score.CompositeIndicator{
		{ID: "online_submission_rate", Group: "services"},
		{ID: "overdue_rate", Group: "services", LowerIsBetter: true},
		{ID: "satisfaction_rate", Group: "satisfaction"},
	}}
	u, err := score.CompositeUncertainty(units, values, spec, score.UncertaintySpec{
		Runs: 200, Seed: 1, Normalisations: []string{score.NormMinMax, score.NormZScore}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, name := range units {
		fmt.Printf("%-10s nominal %d, median %.1f, 5–95%% [%.1f, %.1f]\n", name, u.NominalRank[i], u.MedianRank[i], u.Q05[i], u.Q95[i])
	}
	// Output:
	// Hà Tĩnh    nominal 1, median 1.0, 5–95% [1.0, 1.0]
	// Quảng Trị  nominal 2, median 2.0, 5–95% [2.0, 3.0]
	// Hưng Yên   nominal 3, median 3.0, 5–95% [2.0, 3.0]
	// Nghệ An    nominal 4, median 4.0, 5–95% [4.0, 4.0]
}

// Point rules from a CSV file (as "cchc scorecard --points" reads them),
// checked against the targets and used to score.
func ExampleReadPointRules() {
	const file = "code,metric,max_points,kind,threshold\n" +
		"II.3.2c,,1.5,threshold,60\n" +
		",,0.5,,\n"
	rules, lines, err := score.ReadPointRules(strings.NewReader(file), "points.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	targets := []dataset.Target{
		{Code: "II.3.2c", Metric: "online_payment_rate", Comparator: ">=", Value: 60, Unit: "percent", Year: 2025},
		{Code: "II.5.3", Metric: "talent_attraction_rate", Comparator: "approx", Value: 2, Unit: "percent", Year: 2025},
	}
	if err := score.CheckPointRules(rules, lines, "points.csv", targets, nil); err != nil {
		fmt.Println(err)
		return
	}
	r := score.DefaultRules()
	r.Points = rules
	for i, v := range []float64{52, 1.9} {
		s := score.ScoreTarget(targets[i], &v, nil, r)
		fmt.Printf("%s: %.2f of %.1f points\n", s.Code, *s.Points, *s.MaxPoints)
	}

	// A rule that would never apply is an error naming file, line and column.
	bad := "code,max_points\nII.3.2,2\n"
	rules, lines, _ = score.ReadPointRules(strings.NewReader(bad), "bad.csv")
	fmt.Println(score.CheckPointRules(rules, lines, "bad.csv", targets, nil))
	// Output:
	// II.3.2c: 1.30 of 1.5 points
	// II.5.3: 0.50 of 0.5 points
	// 1 bad point rule(s):
	//   bad.csv:2: code "II.3.2": no target has this code
}

// A trend-only series near its natural limit: Statistics Canada's
// "proportion of children covered by social protection benefits", 90%
// (2015) → 93,2% (2021), limit 100. Near the limit the growth thresholds
// shrink, so 0,58% a year is substantial progress, as published.
func ExampleProgress_naturalLimit() {
	limit := 100.0
	r := score.Progress(score.ProgressInput{
		Series:       []score.Point{{Year: 2015, Value: 90}, {Year: 2021, Value: 93.2}},
		NaturalLimit: &limit,
	})
	fmt.Printf("%s (%s), progress value %.6f, thresholds × %.4f, score %.4f\n", r.Class, r.Method, r.Ratio, r.LimitCoefficient, r.Score)
	// Output:
	// substantial (opensdg_trend_cagr), progress value 0.005840, thresholds × 0.3736, score 2.8154
}

// Series from national index values: a year with two different published
// values is named, not silently resolved.
func ExampleSeriesFromIndexValues() {
	vals := []dataset.IndexValue{
		{Index: "PAR INDEX", Province: "Hà Tĩnh", Year: 2020, Value: 85.31},
		{Index: "PAR INDEX", Province: "Hà Tĩnh", Year: 2024, Value: 89.72},
		{Index: "PAR INDEX", Province: "Hải Phòng", Year: 2023, Value: 91.81},
		{Index: "PAR INDEX", Province: "Hải Phòng", Year: 2023, Value: 91.87},
	}
	series, _ := score.SeriesFromIndexValues(vals, []int{2, 3, 37, 59})
	limit := 100.0
	for _, s := range series {
		r := score.AssessSeries(s, score.ProgressInput{NaturalLimit: &limit})
		fmt.Printf("%s: %s — %s\n", s.Entity, r.Class, r.Note)
	}
	// Output:
	// Hà Tĩnh: substantial — tăng trưởng bình quân 1,27%/năm từ 2020 đến 2024; gần giới hạn 100, ngưỡng nhân 0,51
	// Hải Phòng: unable_to_assess — năm 2023 có hai giá trị khác nhau: 91,81 (dòng 37) và 91,87 (dòng 59)
}
