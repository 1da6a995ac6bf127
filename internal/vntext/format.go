package vntext

import (
	"math"
	"strconv"
	"strings"
)

// FormatNumber formats v the Vietnamese way: decimal comma, a dot between
// thousands, at most two decimals, no trailing zeros ("91,3", "3.000",
// "2,5"). It is the one number formatter of notes, messages and terminal
// summaries.
func FormatNumber(v float64) string { return string(AppendNumber(nil, v)) }

// AppendNumber appends FormatNumber(v) to b.
func AppendNumber(b []byte, v float64) []byte {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.AppendFloat(b, v, 'f', -1, 64)
	}
	c := math.Round(v * 100)
	if math.Abs(c) >= 1<<62 {
		// Too large for integer cents: plain digits, no grouping.
		return strconv.AppendFloat(b, math.Round(v), 'f', 0, 64)
	}
	n := int64(c)
	if n < 0 {
		b = append(b, '-')
		n = -n
	}
	whole, cents := n/100, n%100
	var tmp [24]byte
	b = appendGrouped(b, strconv.AppendInt(tmp[:0], whole, 10), '.', 4)
	if cents != 0 {
		b = append(b, ',', byte('0'+cents/10))
		if cents%10 != 0 {
			b = append(b, byte('0'+cents%10))
		}
	}
	return b
}

// FormatNumberLabel formats v for a chart label: at most prec decimals
// (trailing zeros dropped), a decimal comma when comma is true (else a
// point), and a space between groups of three digits in numbers of five or
// more integer digits ("97 000"), a separator that reads the same in
// Vietnamese and English.
func FormatNumberLabel(v float64, prec int, comma bool) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	neg := strings.HasPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(strings.TrimPrefix(s, "-"), ".")
	var b []byte
	if neg {
		b = append(b, '-')
	}
	b = appendGrouped(b, []byte(intPart), ' ', 5)
	if hasFrac {
		point := byte('.')
		if comma {
			point = ','
		}
		b = append(append(b, point), frac...)
	}
	return string(b)
}

// appendGrouped appends the digits with sep between groups of three when
// there are at least from of them.
func appendGrouped(b, digits []byte, sep byte, from int) []byte {
	if len(digits) < from {
		return append(b, digits...)
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, d)
	}
	return b
}
