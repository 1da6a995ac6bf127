package score

import (
	"fmt"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Causes wrapped by InputError, for errors.Is.
var (
	// ErrUnknownMetric: an observation names a metric id that is neither in
	// the catalogue nor the code of a target.
	ErrUnknownMetric = i18n.New("unknown metric id")
	// ErrUnitMismatch: an observation's unit does not fit its metric or target
	// (percent against a count, ...).
	ErrUnitMismatch = i18n.New("unit mismatch")
	// ErrDuplicate: two observations for one metric, level, entity and year
	// disagree.
	ErrDuplicate = i18n.New("conflicting duplicate observations")
	// ErrOutOfRange: a rate above 100 or below 0 percent, a negative count, or
	// a value that is not a finite number.
	ErrOutOfRange = i18n.New("value out of range")
)

// InputError is one bad input row: an observation given to Scorecard, or a
// row of a point-rules file (ReadPointRules, CheckPointRules). Row is the
// 1-based position of the row in its input; Line is its line in the input
// file when known (Options.Lines for observations), else 0.
type InputError struct {
	// File is the input file name (Options.File), may be empty.
	File string
	// Row is the 1-based position of the observation in the input slice.
	Row int
	// Line is the input file line of the observation, 0 when unknown.
	Line int
	// Field is the column at fault: "metric", "unit", "value", ...; empty
	// when the fault is the row's shape (a wrong number of fields).
	Field string
	// Value is the offending value as text.
	Value string
	// Msg says what is wrong, in words.
	Msg string
	// OtherRow and OtherLine name the other row of a duplicate (0 otherwise).
	OtherRow, OtherLine int
	// Suggestions are the closest catalogue ids of an unknown metric.
	Suggestions []string
	// Hint is what the caller adds for its own user (what to do about
	// the error), written after the message in the language of the
	// message; nil for none.
	Hint i18n.Text
	// Err is the cause: ErrUnknownMetric, ErrUnitMismatch, ErrDuplicate,
	// ErrOutOfRange, ErrMissingField, or ErrBadPointRule for point rules.
	Err error
	// reason is Msg with its format and arguments, to be written in
	// another language; nil when Msg came from elsewhere.
	reason error
}

// Error implements error, in the manner of encoding/csv's ParseError:
// "file:line: field "value": message" ("file:line: message" when the fault
// is the row's shape rather than one field).
func (e *InputError) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l (column names stay as they
// are).
func (e *InputError) In(l i18n.Lang) string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		b.WriteString(":")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "%d: ", e.Line)
	} else {
		b.WriteString(i18n.Textf("row %d: ", e.Row).In(l))
	}
	if e.Field != "" {
		fmt.Fprintf(&b, "%s %q: ", e.Field, e.Value)
	}
	if e.reason != nil && e.reason.Error() == e.Msg {
		b.WriteString(i18n.ErrorIn(e.reason, l))
	} else {
		b.WriteString(e.Msg)
	}
	if e.Hint != nil {
		b.WriteString(e.Hint.In(l))
	}
	return b.String()
}

// newInputError returns an *InputError whose Msg is the text of reason.
func newInputError(file string, row, line int, field, value string, reason, cause error) *InputError {
	return &InputError{File: file, Row: row, Line: line, Field: field, Value: value, Msg: reason.Error(), reason: reason, Err: cause}
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// InputErrors is the list of bad observations found by Scorecard; it is
// returned whole so that every problem can be fixed in one pass.
type InputErrors []*InputError

// maxListed is how many errors InputErrors.Error lists before summarising.
const maxListed = 20

// Error lists the errors, one a line (at most 20, then a count).
func (es InputErrors) Error() string { return es.In(i18n.EN) }

// In returns the errors in the language l.
func (es InputErrors) In(l i18n.Lang) string {
	return listInputErrors(l, i18n.Textf("%d bad observation(s):", len(es)).In(l), es)
}

// Unwrap returns the errors, so errors.Is and errors.As see each of them.
func (es InputErrors) Unwrap() []error { return unwrapInputErrors(es) }

// listInputErrors writes the heading ("N bad <noun>(s):") and the errors
// one a line (at most maxListed, then a count) in the language l.
func listInputErrors(l i18n.Lang, heading string, es []*InputError) string {
	var b strings.Builder
	b.WriteString(heading)
	for i, e := range es {
		if i == maxListed {
			b.WriteString(i18n.Textf("\n  ... and %d more", len(es)-maxListed).In(l))
			break
		}
		b.WriteString("\n  ")
		b.WriteString(e.In(l))
	}
	return b.String()
}

func unwrapInputErrors(es []*InputError) []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// OptionError reports an Options field that Scorecard cannot use. It names
// the field, so that a command can say which of its flags set it.
type OptionError struct {
	// Field is the Options field, e.g. "Dedupe".
	Field string
	// Value is the field's value as text.
	Value string
	// Msg says what is wrong.
	Msg string
	// reason is Msg with its format and arguments; nil when Msg came
	// from elsewhere.
	reason error
}

// Error implements error.
func (e *OptionError) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l.
func (e *OptionError) In(l i18n.Lang) string {
	msg := e.Msg
	if e.reason != nil && e.reason.Error() == e.Msg {
		msg = i18n.ErrorIn(e.reason, l)
	}
	return fmt.Sprintf("score: Options.%s %q: %s", e.Field, e.Value, msg)
}

// newOptionError returns an *OptionError whose Msg is the text of reason.
func newOptionError(field, value string, reason error) *OptionError {
	return &OptionError{Field: field, Value: value, Msg: reason.Error(), reason: reason}
}
