package vntext

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    float64
		percent bool
	}{
		{"2,5", 2.5, false},
		{"90.5", 90.5, false},
		{"95 %", 95, true},
		{"95,0%", 95, true},
		{"95%", 95, true},
		{"95\u00a0%", 95, true},
		{"95 ％", 95, true},
		{"02", 2, false},
		{"03", 3, false},
		{"  7  ", 7, false},
		{"\ufeff12", 12, false},
		{"\t0,75\r\n", 0.75, false},
		{"-2,5", -2.5, false},
		{"\u22122,5%", -2.5, true},
		{"+4", 4, false},
		{"-0", 0, false},
		{"0", 0, false},
		{",5", 0.5, false},
		{".5", 0.5, false},
		{"1,234", 1.234, false}, // lone separator: decimal
		{"1.234", 1.234, false},
		{"1.234,5", 1234.5, false},
		{"1,234.5", 1234.5, false},
		{"3.000.000", 3000000, false},
		{"3,000,000", 3000000, false},
		{"3 000", 3000, false},
		{"3\u00a0000", 3000, false},
		{"3 000,5", 3000.5, false},
		{"1.234.567,89", 1234567.89, false},
		{"65.97", 65.97, false},
		{"1.5e+21", 1.5e21, false},
		{"2E-3", 0.002, false},
		{"00000000000000000000000001", 1, false},
		{"100", 100, false},
	}
	for _, tt := range tests {
		got, pct, err := ParseNumber(tt.in)
		if err != nil {
			t.Errorf("ParseNumber(%q): unexpected error %v", tt.in, err)
			continue
		}
		if got != tt.want || pct != tt.percent {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, pct, tt.want, tt.percent)
		}
		if math.Signbit(got) && got == 0 {
			t.Errorf("ParseNumber(%q) returned negative zero", tt.in)
		}
	}
}

func TestParseNumberDecomposed(t *testing.T) {
	// NFC first: a decomposed combining mark after a digit is not a digit.
	if _, _, err := ParseNumber("5\u0301"); err == nil {
		t.Fatal("ParseNumber accepted a digit with a combining accent")
	}
}

func TestParseNumberErrors(t *testing.T) {
	tests := []struct {
		in      string
		reason  string // substring of the message
		isRange bool
	}{
		{"", "empty", false},
		{"   ", "empty", false},
		{"abc", `letter 'a'`, false},
		{"12abc", `letter 'a'`, false},
		{"2O24", "letter O, not zero", false},
		{"%", "percent sign but no number", false},
		{"-", "sign but no digits", false},
		{"--5", `character '-'`, false},
		{"5-", `character '-'`, false},
		{"1,2,3", "thousands groups", false},
		{"1.23.4", "thousands groups", false},
		{"1.234.5", "thousands groups", false},
		{"1 5", "thousands groups", false},
		{"1.2,3.4", "more than one decimal separator", false},
		{"5,", "ends with the decimal separator", false},
		{"5.", "ends with the decimal separator", false},
		{".", "ends with the decimal separator", false},
		{"1,,5", "broken", false},
		{"0.500.000", "thousands groups", false},
		{"1 000.000,5", "mixes thousands separators", false},
		{"NaN", "letter 'N'", false},
		{"Inf", "letter 'I'", false},
		{"0x10", "letter 'x'", false},
		{"1_000", "character '_'", false},
		{"1e", "exponent", false},
		{"e5", "no digits", false},
		{"1e99999", "exponent", false},
		{"1e400", "too large", true},
		{"５", "not an ASCII digit", false},
		{"5 % %", "character '%'", false},
		{"\xff5", "not valid UTF-8", false},
		{"95 %%", "character '%'", false},
	}
	for _, tt := range tests {
		v, _, err := ParseNumber(tt.in)
		if err == nil {
			t.Errorf("ParseNumber(%q) = %v, want error", tt.in, v)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, strconv.Quote(tt.in)) {
			t.Errorf("ParseNumber(%q): message %q does not quote the text", tt.in, msg)
		}
		if !strings.Contains(msg, tt.reason) {
			t.Errorf("ParseNumber(%q): message %q does not say %q", tt.in, msg, tt.reason)
		}
		var ne *NumberError
		if !errors.As(err, &ne) || ne.Kind != "number" {
			t.Errorf("ParseNumber(%q): error %T is not a *NumberError of kind number", tt.in, err)
		}
		if got := errors.Is(err, ErrRange); got != tt.isRange {
			t.Errorf("ParseNumber(%q): errors.Is(ErrRange) = %v, want %v", tt.in, got, tt.isRange)
		}
		if got := errors.Is(err, ErrSyntax); got == tt.isRange {
			t.Errorf("ParseNumber(%q): errors.Is(ErrSyntax) = %v, want %v", tt.in, got, !tt.isRange)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		in   string
		want int64
	}{
		{"0", 0},
		{"02", 2},
		{"1.234", 1234},
		{"1,234", 1234},
		{"3 000", 3000},
		{"3\u202f000", 3000},
		{"3.000.000", 3000000},
		{"3,000,000", 3000000},
		{"12,500", 12500},
		{"12,0", 12},
		{"12.00", 12},
		{"1.234,00", 1234},
		{"  45 ", 45},
		{"+7", 7},
		{"-0", 0},
		{"9223372036854775807", math.MaxInt64},
		{"9.223.372.036.854.775.807", math.MaxInt64},
		{"000000000000000000000000123", 123},
	}
	for _, tt := range tests {
		got, err := ParseCount(tt.in)
		if err != nil {
			t.Errorf("ParseCount(%q): unexpected error %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseCount(%q) = %d, want %d", tt.in, got, tt.want)
		}
	}
}

func TestParseCountErrors(t *testing.T) {
	tests := []struct {
		in      string
		reason  string
		isRange bool
	}{
		{"", "empty", false},
		{"1,5", "fractional part", false},
		{"1.5", "fractional part", false},
		{"2.25", "fractional part", false},
		{"0,500", "fractional part", false},
		{"1.2345", "fractional part", false},
		{"3 000,5", "fractional part", false},
		{"1.234,5", "fractional part", false},
		{"95%", "percent sign", false},
		{"1e3", "exponent", false},
		{"-5", "negative", true},
		{"\u22121.234", "negative", true},
		{"9223372036854775808", "too large", true},
		{"abc", "letter 'a'", false},
		{"1.23.456", "thousands groups", false},
		{"1.234 567", "after the decimal separator", false},
	}
	for _, tt := range tests {
		v, err := ParseCount(tt.in)
		if err == nil {
			t.Errorf("ParseCount(%q) = %d, want error", tt.in, v)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, strconv.Quote(tt.in)) || !strings.Contains(msg, "as a count") {
			t.Errorf("ParseCount(%q): message %q does not quote the text as a count", tt.in, msg)
		}
		if !strings.Contains(msg, tt.reason) {
			t.Errorf("ParseCount(%q): message %q does not say %q", tt.in, msg, tt.reason)
		}
		if got := errors.Is(err, ErrRange); got != tt.isRange {
			t.Errorf("ParseCount(%q): errors.Is(ErrRange) = %v, want %v", tt.in, got, tt.isRange)
		}
	}
}

func TestParseYear(t *testing.T) {
	good := map[string]int{"2024": 2024, " 2005 ": 2005, "1900": 1900, "2200": 2200, "\ufeff2019": 2019, "2019.0": 2019, "2019,00": 2019}
	for in, want := range good {
		got, err := ParseYear(in)
		if err != nil || got != want {
			t.Errorf("ParseYear(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	bad := []struct {
		in, reason string
		isRange    bool
	}{
		{"", "empty", false},
		{"2O24", "letter O, not zero", false},
		{"2o24", "letter O, not zero", false},
		{"24", "four digits", false},
		{"02024", "four digits", false},
		{"2024.5", "character '.'", false},
		{"2024,5", "character ','", false},
		{"2024.", "character '.'", false},
		{"2O24.0", "letter O, not zero", false},
		{"202.0", "character '.'", false},
		{"-2024", "character '-'", false},
		{"1850", "outside 1900-2200", true},
		{"2201", "outside 1900-2200", true},
		{"năm 2024", "letter 'n'", false},
		{"２０２４", "not an ASCII digit", false},
	}
	for _, tt := range bad {
		v, err := ParseYear(tt.in)
		if err == nil {
			t.Errorf("ParseYear(%q) = %d, want error", tt.in, v)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, strconv.Quote(tt.in)) || !strings.Contains(msg, tt.reason) {
			t.Errorf("ParseYear(%q): message %q should quote the text and say %q", tt.in, msg, tt.reason)
		}
		if errors.Is(err, ErrRange) != tt.isRange {
			t.Errorf("ParseYear(%q): errors.Is(ErrRange) = %v", tt.in, !tt.isRange)
		}
	}
}

// FuzzParseNumber checks that ParseNumber never panics, returns only
// finite values, and reads back what strconv writes for any value it returns.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"2,5", "95 %", "95,0%", "1.234,5", "3 000", "-0,75", "\u22122", "1e5", "2O24", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, pct, err := ParseNumber(s)
		if err != nil {
			var ne *NumberError
			if !errors.As(err, &ne) || !(errors.Is(err, ErrSyntax) || errors.Is(err, ErrRange)) {
				t.Fatalf("ParseNumber(%q): error %v is not a NumberError", s, err)
			}
			if v != 0 || pct {
				t.Fatalf("ParseNumber(%q) returned %v, %v with an error", s, v, pct)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("ParseNumber(%q) = %v", s, v)
		}
		for _, text := range []string{
			strconv.FormatFloat(v, 'f', -1, 64),
			strconv.FormatFloat(v, 'g', -1, 64),
			strings.Replace(strconv.FormatFloat(v, 'f', -1, 64), ".", ",", 1),
		} {
			back, _, err := ParseNumber(text)
			if err != nil || back != v {
				t.Fatalf("ParseNumber(%q) = %v, but %q reads back as %v, %v", s, v, text, back, err)
			}
		}
		if pct {
			back, p2, err := ParseNumber(strconv.FormatFloat(v, 'f', -1, 64) + " %")
			if err != nil || back != v || !p2 {
				t.Fatalf("percent %v does not read back: %v, %v, %v", v, back, p2, err)
			}
		}
	})
}

// FuzzParseCount checks that ParseCount never panics, returns only
// non-negative counts, and reads back counts written with or without
// thousands dots.
func FuzzParseCount(f *testing.F) {
	for _, s := range []string{"1.234", "1,234", "3 000", "3.000.000", "02", "1,5", "-5", "12,0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseCount(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrRange) {
				t.Fatalf("ParseCount(%q): error %v wraps neither ErrSyntax nor ErrRange", s, err)
			}
			return
		}
		if v < 0 {
			t.Fatalf("ParseCount(%q) = %d < 0", s, v)
		}
		plain := strconv.FormatInt(v, 10)
		for _, text := range []string{plain, groupThousands(plain, '.'), groupThousands(plain, ','), groupThousands(plain, ' ')} {
			back, err := ParseCount(text)
			if err != nil || back != v {
				t.Fatalf("ParseCount(%q) = %d, but %q reads back as %d, %v", s, v, text, back, err)
			}
		}
	})
}

// groupThousands writes digits with sep every three digits from the right.
func groupThousands(digits string, sep byte) string {
	var b []byte
	for i := range len(digits) {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b = append(b, sep)
		}
		b = append(b, digits[i])
	}
	return string(b)
}

func TestGroupThousands(t *testing.T) {
	for in, want := range map[string]string{"1": "1", "123": "123", "1234": "1.234", "1234567": "1.234.567"} {
		if got := groupThousands(in, '.'); got != want {
			t.Errorf("groupThousands(%q) = %q, want %q", in, got, want)
		}
	}
}

func BenchmarkParseNumber(b *testing.B) {
	inputs := []string{"65,97", "95 %", "1.234,5", "02", "90.5"}
	for i := 0; b.Loop(); i++ {
		_, _, _ = ParseNumber(inputs[i%len(inputs)])
	}
}

func BenchmarkParseCount(b *testing.B) {
	inputs := []string{"1.234", "3 000", "02", "12500"}
	for i := 0; b.Loop(); i++ {
		_, _ = ParseCount(inputs[i%len(inputs)])
	}
}
