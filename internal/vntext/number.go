package vntext

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// ErrSyntax is wrapped by every NumberError caused by text that is not a
// number of the requested kind ("abc", "2O24", "1,5" as a count).
var ErrSyntax = i18n.New("not a valid number")

// ErrRange is wrapped by every NumberError caused by a well-formed number
// outside the range of its kind (a year before 1900, a negative count, a
// count beyond int64, a decimal beyond float64).
var ErrRange = i18n.New("number out of range")

// NumberError reports text that ParseNumber, ParseCount or ParseYear could
// not read. Its message quotes the text and says what is wrong with it;
// errors.Is(err, ErrSyntax) or errors.Is(err, ErrRange) tells the two
// families apart.
type NumberError struct {
	// Kind is what was asked for: "number", "count" or "year".
	Kind string
	// Text is the input as given (before trimming).
	Text string
	// Reason says what is wrong, in words ("contains the letter \"O\" where a digit is expected").
	Reason string
	// Err is ErrSyntax or ErrRange.
	Err error
	// reason is Reason with its format and arguments, to be written in
	// another language; nil when Reason came from elsewhere.
	reason i18n.Text
}

// Error implements error.
func (e *NumberError) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l.
func (e *NumberError) In(l i18n.Lang) string {
	reason := e.Reason
	if e.reason != nil && english(e.reason) == e.Reason {
		reason = e.reason.In(l)
	}
	return i18n.Textf("cannot read %q as a %s: %s", e.Text, kindWord(l, e.Kind), reason).In(l)
}

// kindWord returns the word for a NumberError's Kind in the language l.
func kindWord(l i18n.Lang, kind string) string {
	switch kind {
	case "number":
		return i18n.Textf("number").In(l)
	case "count":
		return i18n.Textf("count").In(l)
	case "year":
		return i18n.Textf("year").In(l)
	}
	return kind
}

// Unwrap returns ErrSyntax or ErrRange.
func (e *NumberError) Unwrap() error { return e.Err }

// english returns a reason in English.
func english(t i18n.Text) string { return t.In(i18n.EN) }

// syntaxErr returns a NumberError for text that is not a number of the
// kind; reason says why.
func syntaxErr(kind, text string, reason i18n.Text) error {
	return &NumberError{Kind: kind, Text: text, Reason: english(reason), Err: ErrSyntax, reason: reason}
}

// rangeErr returns a NumberError for a number out of the range of the
// kind; reason says why.
func rangeErr(kind, text string, reason i18n.Text) error {
	return &NumberError{Kind: kind, Text: text, Reason: english(reason), Err: ErrRange, reason: reason}
}

// isBlank reports the white space trimmed around numbers: Unicode spaces
// (including no-break and thin spaces that spreadsheets put between digit
// groups), the zero-width space and a stray byte-order mark.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' || r == '\u2009' || r == '\u200b' || r == '\ufeff'
}

// isGroupSpace reports the spaces accepted between digit groups ("3 000").
func isGroupSpace(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009'
}

// numText is a number split into its parts, all digits ASCII.
type numText struct {
	neg     bool
	percent bool
	intPart string // digits before the decimal separator, groups joined
	frac    string // digits after the decimal separator
	exp     string // exponent with sign, "" when none
}

// describeRune names a rune for an error message, pointing out the
// look-alikes that turn up in typed numbers.
func describeRune(r rune) i18n.Text {
	switch r {
	case 'O', 'o':
		return i18n.Textf("the letter %q where a digit is expected (letter O, not zero)", r)
	case 'l', 'I':
		return i18n.Textf("the letter %q where a digit is expected (letter, not one)", r)
	case utf8.RuneError:
		return i18n.Textf("a byte that is not valid UTF-8")
	}
	if unicode.IsLetter(r) {
		return i18n.Textf("the letter %q, which is not part of a number", r)
	}
	if unicode.IsDigit(r) {
		return i18n.Textf("the digit %q, which is not an ASCII digit 0-9", r)
	}
	return i18n.Textf("the character %q, which is not part of a number", r)
}

// split reads the sign, percent sign and digit groups of s. count selects
// the reading of a lone separator followed by exactly three digits
// ("1.234", "1,234"): thousands for a count, decimal for a number.
func split(kind, s string, count bool) (numText, error) {
	var n numText
	t := strings.TrimFunc(NFC(s), isBlank)
	if t == "" {
		return n, syntaxErr(kind, s, i18n.Textf("the text is empty"))
	}
	if !utf8.ValidString(t) {
		return n, syntaxErr(kind, s, i18n.Textf("the text is not valid UTF-8"))
	}
	if strings.HasSuffix(t, "%") || strings.HasSuffix(t, "％") {
		n.percent = true
		_, size := utf8.DecodeLastRuneInString(t)
		t = strings.TrimRightFunc(t[:len(t)-size], isBlank)
		if t == "" {
			return n, syntaxErr(kind, s, i18n.Textf("there is a percent sign but no number"))
		}
	}
	switch r, size := utf8.DecodeRuneInString(t); r {
	case '-', '\u2212': // hyphen-minus, minus sign
		n.neg = true
		t = t[size:]
	case '+':
		t = t[size:]
	}
	if t == "" {
		return n, syntaxErr(kind, s, i18n.Textf("there is a sign but no digits"))
	}
	// Exponent form, as programs write very large or small values: 1.5e+21.
	if i := strings.IndexAny(t, "eE"); i >= 0 {
		mant, exp := t[:i], t[i+1:]
		if err := n.readExponent(kind, s, mant, exp); err != nil {
			return n, err
		}
		return n, nil
	}
	var dots, commas, spaces int
	lastDot, lastComma := -1, -1
	for i, r := range t {
		switch {
		case r >= '0' && r <= '9':
		case r == '.':
			dots++
			lastDot = i
		case r == ',':
			commas++
			lastComma = i
		case isGroupSpace(r):
			spaces++
		default:
			return n, syntaxErr(kind, s, i18n.Textf("it contains %s", describeRune(r)))
		}
	}
	// Decide which separator, if any, is the decimal one; the others
	// (and spaces) separate thousands.
	dec := rune(0)
	switch {
	case dots > 0 && commas > 0:
		if lastDot > lastComma {
			dec = '.'
		} else {
			dec = ','
		}
		if (dec == '.' && dots > 1) || (dec == ',' && commas > 1) {
			return n, syntaxErr(kind, s, i18n.Textf("it has more than one decimal separator %q", dec))
		}
	case dots == 1 || commas == 1:
		dec = '.'
		if commas == 1 {
			dec = ','
		}
		if count && spaces == 0 && groupLike(t, dec) {
			dec = 0 // "1.234" people: a thousands separator
		}
	}
	intText, fracText := t, ""
	if dec != 0 {
		i := strings.LastIndexByte(t, byte(dec))
		intText, fracText = t[:i], t[i+1:]
		if fracText == "" {
			return n, syntaxErr(kind, s, i18n.Textf("it ends with the decimal separator %q", dec))
		}
		if strings.IndexFunc(fracText, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
			return n, syntaxErr(kind, s, i18n.Textf("the digits after the decimal separator %q contain a separator", dec))
		}
	}
	ip, err := joinGroups(kind, s, intText)
	if err != nil {
		return n, err
	}
	if ip == "" && fracText == "" {
		return n, syntaxErr(kind, s, i18n.Textf("there are no digits"))
	}
	n.intPart, n.frac = ip, fracText
	return n, nil
}

// groupLike reports whether t, with one separator sep, reads as a digit
// group of a whole number: 1-3 digits, not starting with 0, then sep and
// exactly three digits ("1.234", "12,500").
func groupLike(t string, sep rune) bool {
	i := strings.IndexRune(t, sep)
	head, tail := t[:i], t[i+1:]
	return len(head) >= 1 && len(head) <= 3 && head[0] != '0' && len(tail) == 3
}

// joinGroups checks the thousands grouping of the whole part and returns
// its digits. Groups are separated by one kind of separator (dot, comma or
// space); the first has 1-3 digits, every other exactly 3.
func joinGroups(kind, orig, t string) (string, error) {
	var sep rune
	for _, r := range t {
		if r >= '0' && r <= '9' {
			continue
		}
		if isGroupSpace(r) {
			r = ' '
		}
		if sep == 0 {
			sep = r
		} else if sep != r {
			return "", syntaxErr(kind, orig, i18n.Textf("it mixes thousands separators %q and %q", sep, r))
		}
	}
	if sep == 0 {
		return t, nil
	}
	var b strings.Builder
	groups := strings.FieldsFunc(t, func(r rune) bool { return r < '0' || r > '9' })
	// FieldsFunc drops empty groups; count the separators to notice them.
	seps := 0
	for _, r := range t {
		if r < '0' || r > '9' {
			seps++
		}
	}
	if len(groups) != seps+1 {
		return "", syntaxErr(kind, orig, i18n.Textf("its digit groups are broken (a separator at the start or end, or two in a row)"))
	}
	for i, g := range groups {
		if (i == 0 && (len(g) > 3 || g[0] == '0')) || (i > 0 && len(g) != 3) {
			return "", syntaxErr(kind, orig, i18n.Textf("its thousands groups are not of three digits (read %q as a thousands separator)", sep))
		}
		b.WriteString(g)
	}
	return b.String(), nil
}

func (n *numText) readExponent(kind, orig, mant, exp string) error {
	if exp != "" && (exp[0] == '+' || exp[0] == '-') {
		n.exp = exp[:1]
		exp = exp[1:]
	}
	if exp == "" || len(exp) > 4 || strings.IndexFunc(exp, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return syntaxErr(kind, orig, i18n.Textf("it contains the letter \"e\" without a valid exponent after it"))
	}
	n.exp += exp
	ip, fr := mant, ""
	if i := strings.IndexAny(mant, ".,"); i >= 0 {
		ip, fr = mant[:i], mant[i+1:]
	}
	for _, part := range []string{ip, fr} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return syntaxErr(kind, orig, i18n.Textf("it contains %s", describeRune(r)))
			}
		}
	}
	if ip == "" && fr == "" {
		return syntaxErr(kind, orig, i18n.Textf("there are no digits before the exponent"))
	}
	n.intPart, n.frac = ip, fr
	return nil
}

// isDigits reports whether s is one or more ASCII digits and nothing else.
func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// plainDecimal reads the common case quickly: ASCII digits with at most
// one decimal point or comma between them ("65.97", "2,5", "02").
func plainDecimal(s string) (float64, bool) {
	if len(s) == 0 || len(s) > 30 {
		return 0, false
	}
	sep := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= '0' && c <= '9' {
			continue
		}
		if (c == '.' || c == ',') && sep < 0 && i > 0 && i < len(s)-1 {
			sep = i
			continue
		}
		return 0, false
	}
	var buf [32]byte
	b := append(buf[:0], s...)
	if sep >= 0 {
		b[sep] = '.'
	}
	v, err := strconv.ParseFloat(string(b), 64)
	return v, err == nil
}

// ParseNumber parses a decimal number as Vietnamese documents and
// spreadsheets write it: decimal comma or point ("2,5", "90.5"), optional
// percent sign with or without a space ("95 %", "95,0%"), leading zeros
// ("02"), surrounding spaces, a leading "+", "-" or Unicode minus "−", and
// thousands groups when they cannot be mistaken for decimals ("1.234,5",
// "1,234.5", "3.000.000", "3 000"). A lone separator is always the decimal
// one, so "1,234" is 1.234: use ParseCount for columns of whole counts.
// Exponent notation as programs write it ("1.5e+21") is accepted.
// percent reports whether a % sign was present; v is the number as
// written (95 for "95 %"). The text is NFC-normalised and trimmed first.
// A failure is a *NumberError wrapping ErrSyntax or ErrRange.
func ParseNumber(s string) (v float64, percent bool, err error) {
	if v, ok := plainDecimal(s); ok {
		return v, false, nil
	}
	n, err := split("number", s, false)
	if err != nil {
		return 0, false, err
	}
	num := n.intPart
	if num == "" {
		num = "0"
	}
	if n.frac != "" {
		num += "." + n.frac
	}
	if n.exp != "" {
		num += "e" + n.exp
	}
	v, perr := strconv.ParseFloat(num, 64)
	if perr != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false, rangeErr("number", s, i18n.Textf("it is too large for a 64-bit float"))
	}
	if n.neg && v != 0 {
		v = -v
	}
	return v, n.percent, nil
}

// ParseCount parses a whole count, accepting thousands dots, commas or
// spaces ("1.234", "1,234", "3 000", "3.000.000"), leading zeros ("02"),
// surrounding spaces and a decimal part of zeros ("12,0"). A lone separator
// followed by exactly three digits is a thousands separator; anything that
// reads as a fraction ("1,5", "2.25") is an error, as are a percent sign,
// a negative count and a count beyond int64. A failure is a *NumberError
// wrapping ErrSyntax or ErrRange.
func ParseCount(s string) (int64, error) {
	if isDigits(s) && len(s) < 19 {
		c, _ := strconv.ParseInt(s, 10, 64) // at most 18 digits: no overflow
		return c, nil
	}
	n, err := split("count", s, true)
	if err != nil {
		return 0, err
	}
	if n.percent {
		return 0, syntaxErr("count", s, i18n.Textf("it has a percent sign; a count is a whole number of things"))
	}
	if n.exp != "" {
		return 0, syntaxErr("count", s, i18n.Textf("it is written with an exponent; write the count in full"))
	}
	if strings.Trim(n.frac, "0") != "" {
		return 0, syntaxErr("count", s, i18n.Textf("it has a fractional part (%s,%s); a count must be whole", orZero(n.intPart), n.frac))
	}
	digits := strings.TrimLeft(n.intPart, "0")
	if digits == "" {
		return 0, nil
	}
	if n.neg {
		return 0, rangeErr("count", s, i18n.Textf("a count cannot be negative"))
	}
	c, perr := strconv.ParseInt(digits, 10, 64)
	if perr != nil {
		return 0, rangeErr("count", s, i18n.Textf("it is too large for a 64-bit integer"))
	}
	return c, nil
}

func orZero(s string) string {
	if s == "" {
		return "0"
	}
	return s
}

// ParseYear parses a four-digit year between 1900 and 2200 after
// NFC-normalising and trimming the text. A decimal part of zeros, as
// programs write a year held as a float ("2019.0"), is accepted. Anything
// else is an error that says why: "2O24" (letter O), "24", "2024.5",
// "-2024", "1850". A failure is a *NumberError wrapping ErrSyntax or
// ErrRange.
func ParseYear(s string) (int, error) {
	t := strings.TrimFunc(NFC(s), isBlank)
	if t == "" {
		return 0, syntaxErr("year", s, i18n.Textf("the text is empty"))
	}
	if i := strings.IndexAny(t, ".,"); i == 4 && len(t) > 5 && strings.Trim(t[5:], "0") == "" {
		t = t[:4]
	}
	for _, r := range t {
		if r < '0' || r > '9' {
			return 0, syntaxErr("year", s, i18n.Textf("it contains %s", describeRune(r)))
		}
	}
	if len(t) != 4 {
		return 0, syntaxErr("year", s, i18n.Textf("a year has four digits, this has %d", len(t)))
	}
	y, _ := strconv.Atoi(t) // four ASCII digits always parse
	if y < 1900 || y > 2200 {
		return 0, rangeErr("year", s, i18n.Textf("%d is outside 1900-2200", y))
	}
	return y, nil
}
