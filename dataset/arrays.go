package dataset

import (
	"fmt"
	"math"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// appendString appends s to a utf8 or dictionary<_, utf8> builder.
func appendString(b array.Builder, s string) {
	switch b := b.(type) {
	case *array.StringBuilder:
		b.Append(s)
	case *array.BinaryDictionaryBuilder:
		// Appending to a string dictionary builder fails only on a type
		// mismatch, which the schemas rule out.
		if err := b.AppendString(s); err != nil {
			panic(fmt.Sprintf("dataset: dictionary append: %v", err))
		}
	case *array.LargeStringBuilder:
		b.Append(s)
	default:
		panic(fmt.Sprintf("dataset: appendString on %T", b))
	}
}

// appendStrings appends a list of strings to a list<utf8> builder.
func appendStrings(b array.Builder, v []string) {
	lb := b.(*array.ListBuilder)
	lb.Append(true)
	vb := lb.ValueBuilder()
	for _, s := range v {
		appendString(vb, s)
	}
}

// isNull reports whether element i of a is null; a nil array is all nulls.
func isNull(a arrow.Array, i int) bool {
	return a == nil || a.IsNull(i)
}

// stringAt returns element i of a string-like array ("" when null).
func stringAt(a arrow.Array, i int) (string, error) {
	if isNull(a, i) {
		return "", nil
	}
	switch a := a.(type) {
	case *array.String:
		return a.Value(i), nil
	case *array.LargeString:
		return a.Value(i), nil
	case *array.Binary:
		return string(a.Value(i)), nil
	case *array.Dictionary:
		return stringAt(a.Dictionary(), a.GetValueIndex(i))
	}
	return a.ValueStr(i), nil
}

// intAt returns element i of an integer (or whole float) array; ok is
// false when the element is null.
func intAt(a arrow.Array, i int) (v int64, ok bool, err error) {
	if isNull(a, i) {
		return 0, false, nil
	}
	switch a := a.(type) {
	case *array.Int8:
		return int64(a.Value(i)), true, nil
	case *array.Int16:
		return int64(a.Value(i)), true, nil
	case *array.Int32:
		return int64(a.Value(i)), true, nil
	case *array.Int64:
		return a.Value(i), true, nil
	case *array.Uint8:
		return int64(a.Value(i)), true, nil
	case *array.Uint16:
		return int64(a.Value(i)), true, nil
	case *array.Uint32:
		return int64(a.Value(i)), true, nil
	case *array.Uint64:
		if a.Value(i) > math.MaxInt64 {
			return 0, false, i18n.Errorf("%d is too large", a.Value(i))
		}
		return int64(a.Value(i)), true, nil
	case *array.Float32, *array.Float64:
		f, _, _ := floatAt(a, i)
		if f != math.Trunc(f) || math.Abs(f) > 1<<53 {
			return 0, false, i18n.Errorf("%v is not a whole number", f)
		}
		return int64(f), true, nil
	}
	return 0, false, i18n.Errorf("column of type %s holds no whole numbers", a.DataType())
}

// floatAt returns element i of a numeric array; ok is false when null.
func floatAt(a arrow.Array, i int) (v float64, ok bool, err error) {
	if isNull(a, i) {
		return 0, false, nil
	}
	switch a := a.(type) {
	case *array.Float64:
		return a.Value(i), true, nil
	case *array.Float32:
		return float64(a.Value(i)), true, nil
	}
	n, ok, err := intAt(a, i)
	if err != nil {
		return 0, false, i18n.Errorf("column of type %s holds no numbers", a.DataType())
	}
	return float64(n), ok, nil
}

// boolAt returns element i of a boolean array; ok is false when null.
func boolAt(a arrow.Array, i int) (v bool, ok bool, err error) {
	if isNull(a, i) {
		return false, false, nil
	}
	if b, is := a.(*array.Boolean); is {
		return b.Value(i), true, nil
	}
	return false, false, i18n.Errorf("column of type %s holds no booleans", a.DataType())
}

// listAt returns the values array and the [start,end) range of element i
// of a list array.
func listAt(a arrow.Array, i int) (arrow.Array, int, int, error) {
	switch l := a.(type) {
	case *array.List:
		s, e := l.ValueOffsets(i)
		return l.ListValues(), int(s), int(e), nil
	case *array.LargeList:
		s, e := l.ValueOffsets(i)
		return l.ListValues(), int(s), int(e), nil
	}
	return nil, 0, 0, i18n.Errorf("column of type %s is not a list", a.DataType())
}

// stringsAt returns element i of a list<utf8> array; nil when null or empty.
// A plain string column is read as a "; "-joined list.
func stringsAt(a arrow.Array, i int) ([]string, error) {
	if isNull(a, i) {
		return nil, nil
	}
	switch a.(type) {
	case *array.String, *array.LargeString, *array.Dictionary:
		s, err := stringAt(a, i)
		return splitList(s), err
	}
	vals, s, e, err := listAt(a, i)
	if err != nil || s == e {
		return nil, err
	}
	out := make([]string, 0, e-s)
	for j := s; j < e; j++ {
		v, err := stringAt(vals, j)
		if err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, nil
}

// intsAt returns element i of a list<int> array; nil when null or empty.
func intsAt(a arrow.Array, i int) ([]int, error) {
	if isNull(a, i) {
		return nil, nil
	}
	vals, s, e, err := listAt(a, i)
	if err != nil || s == e {
		return nil, err
	}
	out := make([]int, 0, e-s)
	for j := s; j < e; j++ {
		v, _, err := intAt(vals, j)
		if err != nil {
			return nil, err
		}
		out = append(out, int(v))
	}
	return out, nil
}
