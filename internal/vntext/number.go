package vntext

import "errors"

// errNotImplemented marks helpers whose implementation is in progress.
var errNotImplemented = errors.New("vntext: not implemented yet")

// ParseNumber parses a decimal number as Vietnamese documents and
// spreadsheets write it: decimal comma or point ("2,5", "90.5"), optional
// percent sign with or without a space ("95 %", "95,0%"), leading zeros
// ("02"), surrounding spaces. percent reports whether a % sign was present.
func ParseNumber(s string) (v float64, percent bool, err error) {
	return 0, false, errNotImplemented
}

// ParseCount parses a whole count, accepting thousands dots or commas
// ("1.234", "1,234", "3 000") and leading zeros ("02").
func ParseCount(s string) (int64, error) {
	return 0, errNotImplemented
}

// ParseYear parses a four-digit year between 1900 and 2200; "2O24" (letter O) is an error.
func ParseYear(s string) (int, error) {
	return 0, errNotImplemented
}
