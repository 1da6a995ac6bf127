package score

import (
	"fmt"
	"math"
	"sort"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// Progress classes, after the Statistics Canada method used by Open SDG
// (its labels in brackets).
const (
	// ProgressAchieved: the latest value meets the target (score 5).
	ProgressAchieved = "target_achieved"
	// ProgressSubstantial: R ≥ 0.95 ("on track").
	ProgressSubstantial = "substantial"
	// ProgressModerate: 0.6 ≤ R < 0.95 ("progress made but acceleration needed").
	ProgressModerate = "moderate"
	// ProgressLimited: 0 ≤ R < 0.6 ("limited progress").
	ProgressLimited = "limited"
	// ProgressDeterioration: R < 0 ("deterioration").
	ProgressDeterioration = "deterioration"
	// ProgressUnable: too few data, or values of both signs ("unable to assess").
	ProgressUnable = "unable_to_assess"
)

// Progress methods (ProgressResult.Method), as sdg-build names them.
const (
	// ProgressMethodTarget is sdg-build's methodology 2: the ratio of the
	// observed growth to the growth the target needs.
	ProgressMethodTarget = "opensdg_target_ratio"
	// ProgressMethodTrend is sdg-build's methodology 1: the observed growth
	// alone, with the thresholds reduced near a natural limit.
	ProgressMethodTrend = "opensdg_trend_cagr"
)

// Point is one value of a series.
type Point struct {
	Year  int
	Value float64
}

// ProgressInput is a series to assess.
type ProgressInput struct {
	// Series are the observed values, in any order; one per year.
	Series []Point
	// BaseYear is the base year t0; 0 means the first year of the series.
	// (sdg-build's default is 2015; a plan states its own base year, so
	// the zero value here takes the first year with data.)
	BaseYear int
	// Target is the target value y_T; nil assesses the trend alone.
	Target *float64
	// TargetYear is the year t_T the target is for (required with Target).
	TargetYear int
	// LowerIsBetter says that the desired direction is down (d = −1).
	LowerIsBetter bool
	// NaturalLimit is the value a trend-only series cannot pass (100 for
	// a share in percent that should rise, 0 for a rate that should fall):
	// near it the growth thresholds shrink, as sdg-build's `limit` does
	// (sdg/ProgressMeasure.py L396-413, get_progress_thresholds). Ignored
	// when a Target is given, as there.
	NaturalLimit *float64
	// Conventions select the behaviour on edge cases where conventions
	// differ; the zero value is sdg-build's.
	Conventions ProgressConventions
}

// ProgressConventions select how Progress treats the edge cases on which
// conventions differ. The zero value follows sdg-build 2.4.0
// (sdg/ProgressMeasure.py, the copy at open-sdg/sdg-build commit
// 139fede74ba5; line numbers below refer to it).
type ProgressConventions struct {
	// StrictBaseYear makes a series without a value in BaseYear unable to
	// assess. By default the base moves forward to the next year with
	// data, as sdg-build does (L160-162, SeriesProgress.__init__).
	StrictBaseYear bool
	// ReplaceZeroLatest replaces a zero latest value by 0.001 too. By
	// default only a zero base value (L285-287, calculate_progress_value)
	// and a zero target (L130-132, SeriesProgress.__init__) are replaced,
	// so that a latest value of 0 is a growth of −100%.
	ReplaceZeroLatest bool
	// StrictSigns makes a series whose values change sign anywhere
	// between the base and the latest year unable to assess. By default
	// only the base and latest values are compared (L288-290,
	// calculate_progress_value), as sdg-build does.
	StrictSigns bool
}

// ProgressResult is the assessment of one series.
type ProgressResult struct {
	// Class is one of the Progress* constants.
	Class string
	// Score is the progress score in [−5, 5] (5 when the target is achieved;
	// 0 with ProgressUnable).
	Score float64
	// Ratio is sdg-build's progress value: R, the ratio of observed to
	// required growth (target method), or s·d·CAGR (trend method); NaN when
	// not computed.
	Ratio float64
	// ObservedCAGR is the observed compound annual growth rate; NaN when not computed.
	ObservedCAGR float64
	// RequiredCAGR is the growth rate needed to reach the target on time; NaN without a target.
	RequiredCAGR float64
	// LimitCoefficient is the factor the trend thresholds were multiplied
	// by near NaturalLimit (1 without a limit).
	LimitCoefficient float64
	// Method is ProgressMethodTarget or ProgressMethodTrend.
	Method string
	// BaseYear and LatestYear are t0 and t_i.
	BaseYear, LatestYear int
	// BaseValue and LatestValue are y0 and y_i.
	BaseValue, LatestValue float64
	// Note says why, in words.
	Note string
}

// zeroReplacement stands for zero in the growth formulas, as the method
// does (sdg/ProgressMeasure.py L130-132 and L285-287).
const zeroReplacement = 0.001

// limitExponent is the exponent a of the natural-limit coefficient
// (sdg/ProgressMeasure.py L403).
const limitExponent = 4.44

// Progress assesses progress towards a target over years with the method of
// Statistics Canada adopted by Open SDG ("Progress Measurement Methodology",
// open-sdg.readthedocs.io; sdg-build 2.4.0 sdg/ProgressMeasure.py):
//
//	CAGR_i = (y_i / y_0)^(1/(t_i − t_0)) − 1      observed growth
//	CAGR_T = (y_T / y_0)^(1/(t_T − t_0)) − 1      growth required for the target
//	R      = s · d · CAGR_i / |CAGR_T|            d = +1 (higher is better) or −1,
//	                                              s = −1 when y_0 < 0
//
// Classes: target achieved (the latest value meets the target); R ≥ 0.95
// substantial; 0.6 ≤ R < 0.95 moderate; 0 ≤ R < 0.6 limited; R < 0
// deterioration. The score is sdg-build's (L371-379, get_score):
// 7.1429·R − 4.2857 from R = 0.6 up, 4.1667·R − 2.5 below, clamped to
// [−5, 5]; an achieved target scores 5.
//
// Without a target the trend alone is assessed from c = s·d·CAGR_i against
// thresholds 1.5% (substantial), 0.5% (moderate) and 0, each multiplied by
// the natural-limit coefficient k (1 without NaturalLimit; with base value
// b and limit L, k = 1 − (|b|/|L|)^4.44 when |b| ≤ |L|,
// 1 − ((2|L| − |b|)/|L|)^4.44 when |L| < |b| < 2|L|, else 1; L401-409).
// The score is 125·c − 2.5 (≥ −5) below 0; 500·c/k − 2.5 up to the moderate
// threshold, 250·c/k − 1.25 up to the substantial one, 500·c/k − 5 (≤ 5)
// above; 5 when k = 0 and c ≥ 0 (L358-370).
//
// Edge cases follow sdg-build unless in.Conventions says otherwise: a
// zero base value and a zero target stand as 0.001; the base and latest
// values must have one sign; at least two years are needed. Otherwise the
// class is ProgressUnable.
func Progress(in ProgressInput) ProgressResult {
	res := ProgressResult{Ratio: math.NaN(), ObservedCAGR: math.NaN(), RequiredCAGR: math.NaN(),
		LimitCoefficient: 1, Method: ProgressMethodTrend}
	target, hasTarget := progressTarget(in)
	if hasTarget {
		res.Method = ProgressMethodTarget
	}
	pts := finitePointsByYear(in.Series)
	base, why := baseIndex(pts, in.BaseYear, in.Conventions.StrictBaseYear)
	if why != "" {
		return unableProgress(res, why)
	}
	latest := len(pts) - 1
	res.BaseYear, res.BaseValue = pts[base].Year, pts[base].Value
	res.LatestYear, res.LatestValue = pts[latest].Year, pts[latest].Value
	d := 1.0
	if in.LowerIsBetter {
		d = -1
	}
	sign := 1.0
	if res.BaseValue < 0 {
		sign = -1
	}
	if !hasTarget && in.NaturalLimit != nil && !math.IsNaN(*in.NaturalLimit) {
		res.LimitCoefficient = limitCoefficient(res.BaseValue, *in.NaturalLimit)
	}
	achieved := hasTarget && ((d > 0 && res.LatestValue >= target) || (d < 0 && res.LatestValue <= target))
	why = growthProblem(pts[base:], in.Conventions.StrictSigns)
	if why == "" && hasTarget && in.TargetYear <= res.BaseYear {
		why = fmt.Sprintf("năm chỉ tiêu %d không sau năm gốc %d", in.TargetYear, res.BaseYear)
	}
	if why == "" {
		why = progressValue(&res, in, target, hasTarget, sign*d)
	}
	switch {
	case achieved:
		res.Class, res.Score = ProgressAchieved, 5
		res.Note = fmt.Sprintf("năm %d đạt %s, chỉ tiêu %s", res.LatestYear, vntext.FormatNumber(res.LatestValue), vntext.FormatNumber(target))
		return res
	case why != "":
		return unableProgress(res, why)
	case math.IsNaN(res.Ratio):
		return unableProgress(res, "không tính được tốc độ tăng trưởng")
	case hasTarget:
		res.Score = targetScore(res.Ratio)
		res.Class = classOf(res.Ratio, 0.95, 0.6, 0)
	default:
		k := res.LimitCoefficient
		res.Score = trendScore(res.Ratio, k)
		res.Class = classOf(res.Ratio, 0.015*k, 0.005*k, 0)
	}
	res.Note = progressNote(&res, in, target, hasTarget)
	return res
}

// progressTarget returns the target, a zero target standing as 0.001 as
// sdg-build does (L130-132), and whether there is one.
func progressTarget(in ProgressInput) (float64, bool) {
	if in.Target == nil || math.IsNaN(*in.Target) {
		return 0, false
	}
	if *in.Target == 0 {
		return zeroReplacement, true
	}
	return *in.Target, true
}

// finitePointsByYear drops NaN and infinite values and sorts by year.
func finitePointsByYear(series []Point) []Point {
	pts := make([]Point, 0, len(series))
	for _, p := range series {
		if !math.IsNaN(p.Value) && !math.IsInf(p.Value, 0) {
			pts = append(pts, p)
		}
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Year < pts[j].Year })
	return pts
}

// baseIndex finds the base point: the base year's, else (unless strict)
// the next year's with data; 0 takes the first point. why says what is
// missing when there is none.
func baseIndex(pts []Point, baseYear int, strict bool) (int, string) {
	if len(pts) == 0 {
		return -1, "không có số liệu"
	}
	if baseYear == 0 {
		return 0, ""
	}
	for i, p := range pts {
		if p.Year == baseYear || (!strict && p.Year > baseYear) {
			return i, ""
		}
	}
	if strict {
		return -1, fmt.Sprintf("thiếu số liệu năm gốc %d", baseYear)
	}
	return -1, fmt.Sprintf("không có số liệu từ năm gốc %d trở đi", baseYear)
}

// growthProblem says why the points from the base on cannot give a growth
// rate ("" when they can): fewer than two years, or base and latest values
// of opposite signs (strict: any two values of opposite signs).
func growthProblem(pts []Point, strictSigns bool) string {
	if len(pts) < 2 {
		return "cần số liệu của ít nhất hai năm"
	}
	checked := []Point{pts[0], pts[len(pts)-1]}
	if strictSigns {
		checked = pts
	}
	base := pts[0].Value
	if base == 0 {
		base = zeroReplacement
	}
	for _, p := range checked {
		if (base > 0 && p.Value < 0) || (base < 0 && p.Value > 0) {
			return "chuỗi số liệu có cả giá trị âm và dương"
		}
	}
	return ""
}

// progressValue computes the growth rates and the progress value (Ratio)
// into res; sd is s·d. It returns why the value cannot be computed, or "".
func progressValue(res *ProgressResult, in ProgressInput, target float64, hasTarget bool, sd float64) string {
	y0, yi := res.BaseValue, res.LatestValue
	if y0 == 0 {
		y0 = zeroReplacement
	}
	if yi == 0 && in.Conventions.ReplaceZeroLatest {
		yi = math.Copysign(zeroReplacement, y0)
	}
	res.ObservedCAGR = cagr(yi, y0, res.LatestYear-res.BaseYear)
	if !hasTarget {
		res.Ratio = sd * res.ObservedCAGR
		return ""
	}
	if target/y0 <= 0 {
		return "chỉ tiêu và năm gốc khác dấu"
	}
	res.RequiredCAGR = cagr(target, y0, in.TargetYear-res.BaseYear)
	if res.RequiredCAGR == 0 {
		// sdg-build publishes no progress value when the target equals
		// the base value (9 of the 243 published series).
		return "chỉ tiêu bằng giá trị năm gốc: không cần tăng trưởng"
	}
	res.Ratio = sd * res.ObservedCAGR / math.Abs(res.RequiredCAGR)
	return ""
}

// cagr is the compound annual growth rate from y0 to y over years years
// (sdg-build's growth_calculation).
func cagr(y, y0 float64, years int) float64 {
	return math.Pow(y/y0, 1/float64(years)) - 1
}

// limitCoefficient is sdg-build's factor on the trend thresholds for a
// series with base value b near its natural limit (L401-409).
func limitCoefficient(b, limit float64) float64 {
	b, limit = math.Abs(b), math.Abs(limit)
	switch {
	case b >= 2*limit:
		return 1
	case b <= limit:
		return 1 - math.Pow(b/limit, limitExponent)
	default:
		return 1 - math.Pow((2*limit-b)/limit, limitExponent)
	}
}

// targetScore is sdg-build's score of a growth ratio (L371-379), with its
// rounded coefficients.
func targetScore(r float64) float64 {
	if r >= 0.6 {
		return math.Min(7.1429*r-4.2857, 5)
	}
	return math.Max(4.1667*r-2.5, -5)
}

// trendScore is sdg-build's score of a trend c with limit coefficient k
// (L358-370).
func trendScore(c, k float64) float64 {
	switch {
	case c < 0:
		return math.Max(125*c-2.5, -5)
	case k == 0:
		return 5
	case c >= 0.015*k:
		return math.Min(500*c/k-5, 5)
	case c >= 0.005*k:
		return 250*c/k - 1.25
	default:
		return 500*c/k - 2.5
	}
}

func unableProgress(res ProgressResult, why string) ProgressResult {
	res.Class, res.Score, res.Note = ProgressUnable, 0, why
	return res
}

func progressNote(res *ProgressResult, in ProgressInput, target float64, hasTarget bool) string {
	if !hasTarget {
		note := fmt.Sprintf("tăng trưởng bình quân %s%%/năm từ %d đến %d", vntext.FormatNumber(res.ObservedCAGR*100), res.BaseYear, res.LatestYear)
		if res.LimitCoefficient != 1 {
			note += fmt.Sprintf("; gần giới hạn %s, ngưỡng nhân %s", vntext.FormatNumber(*in.NaturalLimit), vntext.FormatNumber(res.LimitCoefficient))
		}
		return note
	}
	return fmt.Sprintf("tăng trưởng thực tế %s%%/năm, cần %s%%/năm để đạt %s năm %d (R = %s)",
		vntext.FormatNumber(res.ObservedCAGR*100), vntext.FormatNumber(res.RequiredCAGR*100), vntext.FormatNumber(target), in.TargetYear, vntext.FormatNumber(res.Ratio))
}

// classOf maps a progress value to a class by sdg-build's thresholds
// (get_progress_status).
func classOf(x, substantial, moderate, low float64) string {
	switch {
	case x >= substantial:
		return ProgressSubstantial
	case x >= moderate:
		return ProgressModerate
	case x >= low:
		return ProgressLimited
	default:
		return ProgressDeterioration
	}
}
