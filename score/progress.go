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
	BaseYear int
	// Target is the target value y_T; nil assesses the trend alone.
	Target *float64
	// TargetYear is the year t_T the target is for (required with Target).
	TargetYear int
	// LowerIsBetter says that the desired direction is down (d = −1).
	LowerIsBetter bool
}

// ProgressResult is the assessment of one series.
type ProgressResult struct {
	// Class is one of the Progress* constants.
	Class string
	// Score is the progress score in [−5, 5] (5 when the target is achieved;
	// 0 with ProgressUnable).
	Score float64
	// Ratio is R, the ratio of observed to required growth (target
	// method), or d·CAGR (trend method); NaN when not computed.
	Ratio float64
	// ObservedCAGR is the observed compound annual growth rate; NaN when not computed.
	ObservedCAGR float64
	// RequiredCAGR is the growth rate needed to reach the target on time; NaN without a target.
	RequiredCAGR float64
	// BaseYear and LatestYear are t0 and t_i.
	BaseYear, LatestYear int
	// BaseValue and LatestValue are y0 and y_i.
	BaseValue, LatestValue float64
	// Note says why, in words.
	Note string
}

// zeroReplacement stands for zero in the growth formulas, as the method does.
const zeroReplacement = 0.001

// Progress assesses progress towards a target over years with the method of
// Statistics Canada adopted by Open SDG ("Progress Measurement Methodology",
// open-sdg.readthedocs.io / sdg-data-canada-odd-donnees):
//
//	CAGR_i = (y_i / y_0)^(1/(t_i − t_0)) − 1      observed growth
//	CAGR_T = (y_T / y_0)^(1/(t_T − t_0)) − 1      growth required for the target
//	R      = d · CAGR_i / |CAGR_T|                d = +1 (higher is better) or −1
//
// Classes: target achieved (the latest value meets the target); R ≥ 0.95
// substantial; 0.6 ≤ R < 0.95 moderate; 0 ≤ R < 0.6 limited; R < 0
// deterioration. The score maps R linearly to [−5, 5]: −5 at R ≤ −0.6,
// 0 at R = 0.6, 5 at R ≥ 1.3 (so −2.5 at R = 0 and 2.5 at R = 0.95); an
// achieved target scores 5.
//
// Without a target the trend alone is assessed from c = d·CAGR_i:
// c ≥ 1.5% substantial, 0.5% ≤ c < 1.5% moderate, 0 ≤ c < 0.5% limited,
// c < 0 deterioration; the score is −5 at c ≤ −2%, −2.5 at 0, 0 at 0.5%,
// 2.5 at 1.5% and 5 at c ≥ 2%, linear in between. The method's scaling
// factor for series near a natural limit is not applied.
//
// As in the method, zero values (and a zero target) are replaced by 0.001;
// at least two years are needed, and all values must have one sign (when
// all are negative, the direction is flipped). Otherwise the class is
// ProgressUnable.
func Progress(in ProgressInput) ProgressResult {
	res := ProgressResult{Ratio: math.NaN(), ObservedCAGR: math.NaN(), RequiredCAGR: math.NaN()}
	pts := make([]Point, 0, len(in.Series))
	for _, p := range in.Series {
		if !math.IsNaN(p.Value) && !math.IsInf(p.Value, 0) {
			pts = append(pts, p)
		}
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].Year < pts[j].Year })
	unable := func(why string) ProgressResult {
		res.Class, res.Note = ProgressUnable, why
		return res
	}
	if len(pts) == 0 {
		return unable("không có số liệu")
	}
	base := -1
	for i, p := range pts {
		if in.BaseYear == 0 || p.Year == in.BaseYear {
			base = i
			break
		}
	}
	if base < 0 {
		return unable(fmt.Sprintf("thiếu số liệu năm gốc %d", in.BaseYear))
	}
	latest := len(pts) - 1
	res.BaseYear, res.BaseValue = pts[base].Year, pts[base].Value
	res.LatestYear, res.LatestValue = pts[latest].Year, pts[latest].Value
	d := 1.0
	if in.LowerIsBetter {
		d = -1
	}
	// Target achieved needs only the latest value.
	if in.Target != nil && !math.IsNaN(*in.Target) {
		y := res.LatestValue
		if (d > 0 && y >= *in.Target) || (d < 0 && y <= *in.Target) {
			res.Class, res.Score = ProgressAchieved, 5
			res.Note = fmt.Sprintf("năm %d đạt %s, chỉ tiêu %s", res.LatestYear, vntext.FormatNumber(y), vntext.FormatNumber(*in.Target))
			return res
		}
	}
	if res.LatestYear <= res.BaseYear {
		return unable("cần số liệu của ít nhất hai năm")
	}
	pos, neg := 0, 0
	for _, p := range pts[base:] {
		switch {
		case p.Value > 0:
			pos++
		case p.Value < 0:
			neg++
		}
	}
	if pos > 0 && neg > 0 {
		return unable("chuỗi số liệu có cả giá trị âm và dương")
	}
	if neg > 0 {
		d = -d
	}
	nz := func(v float64) float64 {
		if v == 0 {
			if neg > 0 {
				return -zeroReplacement
			}
			return zeroReplacement
		}
		return v
	}
	y0, yi := nz(res.BaseValue), nz(res.LatestValue)
	res.ObservedCAGR = math.Pow(yi/y0, 1/float64(res.LatestYear-res.BaseYear)) - 1
	if in.Target == nil || math.IsNaN(*in.Target) {
		c := d * res.ObservedCAGR
		res.Ratio = c
		res.Score = piecewise(c, []float64{-0.02, 0, 0.005, 0.015, 0.02}, []float64{-5, -2.5, 0, 2.5, 5})
		res.Class = classOf(c, 0.015, 0.005)
		res.Note = fmt.Sprintf("tăng trưởng bình quân %s%%/năm từ %d đến %d", vntext.FormatNumber(res.ObservedCAGR*100), res.BaseYear, res.LatestYear)
		return res
	}
	if in.TargetYear <= res.BaseYear {
		return unable(fmt.Sprintf("năm chỉ tiêu %d không sau năm gốc %d", in.TargetYear, res.BaseYear))
	}
	yT := *in.Target
	if yT == 0 {
		yT = zeroReplacement
		if neg > 0 {
			yT = -zeroReplacement
		}
	}
	if yT/y0 <= 0 {
		return unable("chỉ tiêu và năm gốc khác dấu")
	}
	res.RequiredCAGR = math.Pow(yT/y0, 1/float64(in.TargetYear-res.BaseYear)) - 1
	switch {
	case res.RequiredCAGR != 0:
		res.Ratio = d * res.ObservedCAGR / math.Abs(res.RequiredCAGR)
	case d*res.ObservedCAGR < 0:
		res.Ratio = math.Inf(-1)
	default:
		res.Ratio = 0
	}
	res.Score = piecewise(res.Ratio, []float64{-0.6, 0.6, 1.3}, []float64{-5, 0, 5})
	res.Class = classOf(res.Ratio, 0.95, 0.6)
	res.Note = fmt.Sprintf("tăng trưởng thực tế %s%%/năm, cần %s%%/năm để đạt %s năm %d (R = %s)",
		vntext.FormatNumber(res.ObservedCAGR*100), vntext.FormatNumber(res.RequiredCAGR*100), vntext.FormatNumber(*in.Target), in.TargetYear, vntext.FormatNumber(res.Ratio))
	return res
}

func classOf(x, substantial, moderate float64) string {
	switch {
	case x >= substantial:
		return ProgressSubstantial
	case x >= moderate:
		return ProgressModerate
	case x >= 0:
		return ProgressLimited
	default:
		return ProgressDeterioration
	}
}

// piecewise interpolates linearly through the knots (xs ascending) and
// holds the end values outside them.
func piecewise(x float64, xs, ys []float64) float64 {
	if x <= xs[0] {
		return ys[0]
	}
	for i := 1; i < len(xs); i++ {
		if x <= xs[i] {
			return ys[i-1] + (x-xs[i-1])/(xs[i]-xs[i-1])*(ys[i]-ys[i-1])
		}
	}
	return ys[len(ys)-1]
}
