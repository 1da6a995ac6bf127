package gotaconv

import (
	"errors"
	"fmt"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// ToDataFrame converts rec to a gota DataFrame, one series per column,
// nulls as NA. rec is not released.
func ToDataFrame(rec arrow.Record) dataframe.DataFrame {
	cols := make([]series.Series, rec.NumCols())
	n := int(rec.NumRows())
	for j, a := range rec.Columns() {
		name := rec.ColumnName(j)
		vals := make([]interface{}, n)
		typ := series.String
		switch a.DataType().ID() {
		case arrow.INT8, arrow.INT16, arrow.INT32, arrow.INT64, arrow.UINT8, arrow.UINT16, arrow.UINT32:
			typ = series.Int
		case arrow.FLOAT32, arrow.FLOAT64:
			typ = series.Float
		case arrow.BOOL:
			typ = series.Bool
		}
		for i := 0; i < n; i++ {
			if a.IsNull(i) {
				continue // nil: NA
			}
			vals[i] = value(a, i)
		}
		cols[j] = series.New(vals, typ, name)
	}
	return dataframe.New(cols...)
}

// value returns element i of a (not null) as a Go value gota takes.
func value(a arrow.Array, i int) interface{} {
	switch a := a.(type) {
	case *array.String:
		return a.Value(i)
	case *array.LargeString:
		return a.Value(i)
	case *array.Dictionary:
		return value(a.Dictionary(), a.GetValueIndex(i))
	case *array.Int8:
		return int(a.Value(i))
	case *array.Int16:
		return int(a.Value(i))
	case *array.Int32:
		return int(a.Value(i))
	case *array.Int64:
		return int(a.Value(i))
	case *array.Uint8:
		return int(a.Value(i))
	case *array.Uint16:
		return int(a.Value(i))
	case *array.Uint32:
		return int(a.Value(i))
	case *array.Float32:
		return float64(a.Value(i))
	case *array.Float64:
		return a.Value(i)
	case *array.Boolean:
		return a.Value(i)
	case *array.List:
		s, e := a.ValueOffsets(i)
		vals := a.ListValues()
		items := make([]string, 0, e-s)
		for k := int(s); k < int(e); k++ {
			if !vals.IsNull(k) {
				items = append(items, fmt.Sprint(value(vals, k)))
			}
		}
		return strings.Join(items, "; ")
	}
	return a.ValueStr(i)
}

// FromDataFrame converts df to a record of the given kind (detected from
// the column names when ""), reading its cells with the dataset rules. It
// fails when df has an error, lacks a required column, or holds a row that
// cannot be read; the error names every such row (its number counting the
// header as 1) and column. The caller releases the record.
func FromDataFrame(df dataframe.DataFrame, kind dataset.Kind, mem memory.Allocator) (arrow.Record, error) {
	if df.Err != nil {
		return nil, i18n.Errorf("gotaconv: the DataFrame holds an error: %w", df.Err)
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	raw, err := rawRecord(df, mem)
	if err != nil {
		return nil, err
	}
	defer raw.Release()
	l, err := dataset.FromArrow(raw, "DataFrame", kind, mem)
	if err != nil {
		return nil, i18n.Errorf("gotaconv: %w", err)
	}
	if len(l.Rejected) > 0 {
		errs := make([]error, len(l.Rejected))
		for i, r := range l.Rejected {
			errs[i] = errors.New(r.String())
		}
		l.Release()
		return nil, i18n.Errorf("gotaconv: %d of %d rows cannot be read: %w", len(errs), df.Nrow(), errors.Join(errs...))
	}
	return l.Record, nil
}

// rawRecord copies the DataFrame's columns as they are typed in gota
// (int64, float64, bool, text; NA as null) into an Arrow record.
func rawRecord(df dataframe.DataFrame, mem memory.Allocator) (arrow.Record, error) {
	names, types := df.Names(), df.Types()
	fields := make([]arrow.Field, len(names))
	cols := make([]arrow.Array, len(names))
	defer func() {
		for _, c := range cols {
			if c != nil {
				c.Release()
			}
		}
	}()
	for j, name := range names {
		col, row, err := seriesArray(df.Col(name), types[j], mem)
		if err != nil {
			return nil, i18n.Errorf("gotaconv: row %d, column %q: %w", row+2, name, err)
		}
		cols[j] = col
		fields[j] = arrow.Field{Name: name, Type: col.DataType(), Nullable: true}
	}
	return array.NewRecord(arrow.NewSchema(fields, nil), cols, int64(df.Nrow())), nil
}

// seriesArray copies one gota series into an Arrow array of its type; on
// failure it returns the index of the element that cannot be read.
func seriesArray(s series.Series, t series.Type, mem memory.Allocator) (arrow.Array, int, error) {
	var b array.Builder
	var add func(e series.Element) error
	switch t {
	case series.Int:
		ib := array.NewInt64Builder(mem)
		b, add = ib, func(e series.Element) error {
			v, err := e.Int()
			ib.Append(int64(v))
			return err
		}
	case series.Float:
		fb := array.NewFloat64Builder(mem)
		b, add = fb, func(e series.Element) error { fb.Append(e.Float()); return nil }
	case series.Bool:
		bb := array.NewBooleanBuilder(mem)
		b, add = bb, func(e series.Element) error {
			v, err := e.Bool()
			bb.Append(v)
			return err
		}
	default:
		sb := array.NewStringBuilder(mem)
		b, add = sb, func(e series.Element) error { sb.Append(e.String()); return nil }
	}
	defer b.Release()
	for i := 0; i < s.Len(); i++ {
		e := s.Elem(i)
		if e.IsNA() {
			b.AppendNull()
			continue
		}
		if err := add(e); err != nil {
			return nil, i, err
		}
	}
	return b.NewArray(), 0, nil
}
