package dataset

import (
	"bytes"
	"encoding/csv"
	"io"
	"os"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// ReadColumns reads an analyst's own CSV, whatever its columns: the
// columns named in yearCols become int64 years and those in numCols
// float64 numbers (a decimal comma, "%" and blanks allowed; anything else
// is an error naming the line and column), every other column is text.
// Column names match without accents or case; the delimiter (',', ';',
// tab, '|') is sniffed. The caller releases the record.
func ReadColumns(path string, yearCols, numCols []string, mem memory.Allocator) (arrow.Record, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.FieldsPerRecord = -1
	r.Comma = textfile.Delimiter(data)
	header, kinds, err := readColumnsHeader(r, path, yearCols, numCols)
	if err != nil {
		return nil, err
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	b := array.NewRecordBuilder(mem, columnsSchema(header, kinds))
	defer b.Release()
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, i18n.Errorf("%s: %w", path, err)
		}
		line, _ := r.FieldPos(0)
		if len(rec) != len(header) {
			return nil, i18n.Errorf("%s:%d: %d fields, the header has %d", path, line, len(rec), len(header))
		}
		for i, cell := range rec {
			if err := appendColumnCell(b.Field(i), kinds[i], vntext.NFC(strings.TrimSpace(cell))); err != nil {
				return nil, i18n.Errorf("%s:%d: column %q: %w", path, line, header[i], err)
			}
		}
		rows++
	}
	if rows == 0 {
		return nil, i18n.Errorf("%s: no data rows", path)
	}
	return b.NewRecord(), nil
}

// columnKind is how ReadColumns reads a column.
type columnKind int

const (
	columnText columnKind = iota
	columnYear
	columnNumber
)

// readColumnsHeader reads the header and the kind of each column.
func readColumnsHeader(r *csv.Reader, path string, yearCols, numCols []string) ([]string, []columnKind, error) {
	header, err := r.Read()
	if err != nil {
		return nil, nil, i18n.Errorf("%s: reading the header: %w", path, err)
	}
	for i, h := range header {
		header[i] = vntext.NFC(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	}
	kinds := make([]columnKind, len(header))
	for _, set := range []struct {
		names []string
		kind  columnKind
	}{{yearCols, columnYear}, {numCols, columnNumber}} {
		for _, c := range set.names {
			i := headerIndex(header, c)
			if i < 0 {
				return nil, nil, i18n.Errorf("%s: unknown column %q (the file has: %s)", path, c, strings.Join(header, ", "))
			}
			kinds[i] = set.kind
		}
	}
	return header, kinds, nil
}

// headerIndex returns the column called name, without accents or case; -1
// when there is none.
func headerIndex(header []string, name string) int {
	for i, h := range header {
		if strings.EqualFold(h, name) || vntext.Fold(h) == vntext.Fold(name) {
			return i
		}
	}
	return -1
}

// columnsSchema returns the schema of the columns: int64 years, float64
// numbers, text.
func columnsSchema(header []string, kinds []columnKind) *arrow.Schema {
	fields := make([]arrow.Field, len(header))
	for i, h := range header {
		t := arrow.DataType(arrow.BinaryTypes.String)
		switch kinds[i] {
		case columnYear:
			t = arrow.PrimitiveTypes.Int64
		case columnNumber:
			t = arrow.PrimitiveTypes.Float64
		}
		fields[i] = arrow.Field{Name: h, Type: t, Nullable: true}
	}
	return arrow.NewSchema(fields, nil)
}

// appendColumnCell appends one cell, blank as null.
func appendColumnCell(b array.Builder, kind columnKind, cell string) error {
	if kind != columnText && cell == "" {
		b.AppendNull()
		return nil
	}
	switch kind {
	case columnYear:
		y, err := vntext.ParseYear(cell)
		if err != nil {
			return i18n.Errorf("%q is not a year: %w", cell, err)
		}
		b.(*array.Int64Builder).Append(int64(y))
	case columnNumber:
		v, _, err := vntext.ParseNumber(cell)
		if err != nil {
			return i18n.Errorf("%q is not a number: %w", cell, err)
		}
		b.(*array.Float64Builder).Append(v)
	default:
		b.(*array.StringBuilder).Append(cell)
	}
	return nil
}
