package vntext

import (
	"math"
	"testing"
)

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{
		{91.3, "91,3"}, {3000, "3.000"}, {2.5, "2,5"}, {0, "0"}, {-1234.567, "-1.234,57"},
		{100, "100"}, {1234, "1.234"}, {0.004, "0"}, {2980, "2.980"}, {1e6, "1.000.000"},
		{math.NaN(), "NaN"}, {math.Inf(1), "+Inf"}, {100000, "100.000"}, {0.9895, "0,99"}, {-1234567.5, "-1.234.567,5"}, {12, "12"}, {-0.001, "0"},
	}
	for _, tc := range tests {
		if got := FormatNumber(tc.v); got != tc.want {
			t.Errorf("FormatNumber(%v) = %q, want %q", tc.v, got, tc.want)
		}
	}
}

func TestFormatNumberLabel(t *testing.T) {
	tests := []struct {
		v     float64
		prec  int
		comma bool
		want  string
	}{
		{97000, 0, true, "97 000"}, {1234.5, 1, true, "1234,5"}, {1234.5, 1, false, "1234.5"},
		{65.97, 2, true, "65,97"}, {90, 2, true, "90"}, {-0.001, 1, true, "0"}, {-12345.25, 1, false, "-12 345.2"},
	}
	for _, tc := range tests {
		if got := FormatNumberLabel(tc.v, tc.prec, tc.comma); got != tc.want {
			t.Errorf("FormatNumberLabel(%v, %d, %v) = %q, want %q", tc.v, tc.prec, tc.comma, got, tc.want)
		}
	}
}
