package dataset

import (
	"math"
	"strings"
)

// roundingFor returns how a CSV or XLSX file rounds the numbers of a
// column: the decimals kept, or -1 to keep every digit. Attainments and
// shares (0..1) keep 4 decimals, scores (0–100) 1, points 2, values and
// rates 2 (4 below 1, so that 0.985 stays 0.985). Parquet, Arrow and JSON
// keep full precision. Published index values keep 4 decimals (PAPI is
// published as 42.7705).
func roundingFor(kind Kind, column string) int {
	if kind == KindIndexValues && column == "value" {
		return 4
	}
	switch column {
	case "attainment", "coverage", "weight", "share":
		return 4
	case "score":
		return 1
	case "points", "max_points", "budget_amount":
		return 2
	case "value", "value_max", "actual", "baseline", "target", "rate", "threshold":
		return 2
	}
	if strings.HasPrefix(column, "score_") {
		return 1
	}
	return -1
}

// roundValue rounds v to the decimals of its column (see roundingFor); a
// value of a 2-decimal column below 1 in size keeps 4.
func roundValue(v float64, decimals int) float64 {
	if decimals < 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	if decimals == 2 && math.Abs(v) < 1 {
		decimals = 4
	}
	p := math.Pow(10, float64(decimals))
	r := math.Round(v*p) / p
	if math.IsInf(r, 0) || math.IsNaN(r) {
		return v
	}
	// Print-and-parse drops the binary noise of the division (0.30000000000000004).
	return roundSignificant(r, 15)
}
