package plots

import (
	"errors"
	"math"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Errors a chart function may wrap; test for them with errors.Is.
var (
	// ErrUnknownColumn means an options field names a column the record lacks.
	ErrUnknownColumn = i18n.New("unknown column")
	// ErrColumnType means a column has a type the chart cannot read.
	ErrColumnType = i18n.New("unsupported column type")
	// ErrEmpty means the selection (entities, years, index) left nothing to draw.
	ErrEmpty = i18n.New("nothing to draw")
	// ErrOptions means the options contradict each other or the data.
	ErrOptions = i18n.New("invalid options")
)

// OptionsError reports options that contradict each other or the data. It
// names the Options fields that resolve it, so that a caller (the command,
// a notebook) can say which of its own settings to change. It wraps
// ErrOptions.
type OptionsError struct {
	// Fields are the Options fields that resolve the error, e.g. "Index";
	// "Entities" and "MaxSeries" for too many series.
	Fields []string
	// Column is the record column the error is about, when there is one
	// (the index column: "index", or "metric" for observations).
	Column string
	// Msg says what is wrong and what to choose.
	Msg string
	// reason is Msg with its format and arguments, to be written in
	// another language; nil when Msg came from elsewhere.
	reason error
}

// Error implements error.
func (e *OptionsError) Error() string { return "plots: " + ErrOptions.Error() + ": " + e.Msg }

// In returns the error in the language l.
func (e *OptionsError) In(l i18n.Lang) string {
	msg := e.Msg
	if e.reason != nil && e.reason.Error() == e.Msg {
		msg = i18n.ErrorIn(e.reason, l)
	}
	return "plots: " + i18n.ErrorIn(ErrOptions, l) + ": " + msg
}

// Unwrap returns ErrOptions.
func (e *OptionsError) Unwrap() error { return ErrOptions }

// optionsError returns an *OptionsError about fields, whose Msg is the
// text of reason.
func optionsError(reason error, fields ...string) *OptionsError {
	return &OptionsError{Fields: fields, Msg: reason.Error(), reason: reason}
}

// columnIndex returns the index of the column called name (case-insensitive).
func columnIndex(rec arrow.Record, name string) (int, error) {
	sc := rec.Schema()
	for i, f := range sc.Fields() {
		if f.Name == name {
			return i, nil
		}
	}
	for i, f := range sc.Fields() {
		if strings.EqualFold(f.Name, name) {
			return i, nil
		}
	}
	names := make([]string, 0, sc.NumFields())
	for _, f := range sc.Fields() {
		names = append(names, f.Name)
	}
	return -1, i18n.Errorf("%w %q (the record has: %s)", ErrUnknownColumn, name, strings.Join(names, ", "))
}

// hasColumn reports whether rec has a column called name.
func hasColumn(rec arrow.Record, name string) bool {
	_, err := columnIndex(rec, name)
	return err == nil
}

// firstColumn returns the first of names that rec has, or "".
func firstColumn(rec arrow.Record, names ...string) string {
	for _, n := range names {
		if hasColumn(rec, n) {
			return n
		}
	}
	return ""
}

// stringGetter returns the text of row i, false when null.
type stringGetter func(i int) (string, bool)

// floatGetter returns the number in row i, false when null or NaN.
type floatGetter func(i int) (float64, bool)

// listGetter returns the strings of row i.
type listGetter func(i int) []string

func stringsOf(arr arrow.Array) (stringGetter, bool) {
	switch a := arr.(type) {
	case *array.String:
		return func(i int) (string, bool) {
			if a.IsNull(i) {
				return "", false
			}
			return vntext.NFC(a.Value(i)), true
		}, true
	case *array.LargeString:
		return func(i int) (string, bool) {
			if a.IsNull(i) {
				return "", false
			}
			return vntext.NFC(a.Value(i)), true
		}, true
	case *array.Dictionary:
		dict, ok := stringsOf(a.Dictionary())
		if !ok {
			return nil, false
		}
		return func(i int) (string, bool) {
			if a.IsNull(i) {
				return "", false
			}
			return dict(a.GetValueIndex(i))
		}, true
	}
	return nil, false
}

// stringColumn reads column name as text.
func stringColumn(rec arrow.Record, name string) (stringGetter, error) {
	i, err := columnIndex(rec, name)
	if err != nil {
		return nil, err
	}
	g, ok := stringsOf(rec.Column(i))
	if !ok {
		return nil, i18n.Errorf("%w: column %q is %s, want utf8 or dictionary<utf8>", ErrColumnType, name, rec.Column(i).DataType())
	}
	return g, nil
}

// floatColumn reads column name as numbers; integer columns are converted.
func floatColumn(rec arrow.Record, name string) (floatGetter, error) {
	i, err := columnIndex(rec, name)
	if err != nil {
		return nil, err
	}
	arr := rec.Column(i)
	wrap := func(f func(int) float64) floatGetter {
		return func(i int) (float64, bool) {
			if arr.IsNull(i) {
				return 0, false
			}
			v := f(i)
			if math.IsNaN(v) || math.IsInf(v, 0) {
				return 0, false
			}
			return v, true
		}
	}
	switch a := arr.(type) {
	case *array.Float64:
		return wrap(func(i int) float64 { return a.Value(i) }), nil
	case *array.Float32:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Int64:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Int32:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Int16:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Int8:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Uint64:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Uint32:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	case *array.Uint16:
		return wrap(func(i int) float64 { return float64(a.Value(i)) }), nil
	}
	return nil, i18n.Errorf("%w: column %q is %s, want a number", ErrColumnType, name, arr.DataType())
}

// yearColumn reads column name as years: integers, integral floats, or text
// holding a four-digit year.
func yearColumn(rec arrow.Record, name string) (func(i int) (int, bool), error) {
	if f, err := floatColumn(rec, name); err == nil {
		return func(i int) (int, bool) {
			v, ok := f(i)
			if !ok || v != math.Trunc(v) {
				return 0, false
			}
			return int(v), true
		}, nil
	} else if !errors.Is(err, ErrColumnType) {
		return nil, err
	}
	s, err := stringColumn(rec, name)
	if err != nil {
		return nil, i18n.Errorf("%w: column %q holds neither numbers nor text", ErrColumnType, name)
	}
	return func(i int) (int, bool) {
		t, ok := s(i)
		if !ok {
			return 0, false
		}
		y, err := strconv.Atoi(strings.TrimSpace(t))
		if err != nil {
			return 0, false
		}
		return y, true
	}, nil
}

// listColumn reads column name as lists of text: list<utf8> (or of
// dictionary<utf8>), or text joined with "; " (also ";" or a line break).
func listColumn(rec arrow.Record, name string) (listGetter, error) {
	i, err := columnIndex(rec, name)
	if err != nil {
		return nil, err
	}
	arr := rec.Column(i)
	var (
		offsets func(i int) (int64, int64)
		values  arrow.Array
	)
	switch a := arr.(type) {
	case *array.List:
		offsets, values = a.ValueOffsets, a.ListValues()
	case *array.LargeList:
		offsets, values = a.ValueOffsets, a.ListValues()
	default:
		s, ok := stringsOf(arr)
		if !ok {
			return nil, i18n.Errorf("%w: column %q is %s, want list<utf8> or utf8", ErrColumnType, name, arr.DataType())
		}
		return func(i int) []string {
			t, ok := s(i)
			if !ok {
				return nil
			}
			return splitJoined(t)
		}, nil
	}
	vals, ok := stringsOf(values)
	if !ok {
		return nil, i18n.Errorf("%w: column %q is %s, want list<utf8>", ErrColumnType, name, arr.DataType())
	}
	return func(i int) []string {
		if arr.IsNull(i) {
			return nil
		}
		start, end := offsets(i)
		var out []string
		for j := start; j < end; j++ {
			if v, ok := vals(int(j)); ok && strings.TrimSpace(v) != "" {
				out = append(out, strings.TrimSpace(v))
			}
		}
		return out
	}, nil
}

// splitJoined splits "Sở Nội vụ; Sở Tư pháp" into its names.
func splitJoined(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' })
	out := f[:0]
	for _, p := range f {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// entityKey is the key entity names are matched on: the canonical province
// name when the register knows it, folded so accents and case do not matter.
func entityKey(name string) string {
	if c, ok := vntext.CanonicalProvince(name); ok {
		return vntext.Fold(c)
	}
	return vntext.Fold(name)
}

// displayName returns the canonical province name for name when the
// register knows it, else name itself (NFC).
func displayName(name string) string {
	if c, ok := vntext.CanonicalProvince(name); ok {
		return c
	}
	return vntext.NFC(strings.TrimSpace(name))
}
