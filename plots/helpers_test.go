package plots

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// realPath returns the path of a file under the repository's testdata/real.
func realPath(name string) string {
	return filepath.Join("..", "testdata", "real", name)
}

// indexSchema is the index-series schema of the dataset package.
var indexSchema = arrow.NewSchema([]arrow.Field{
	{Name: "index", Type: &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}},
	{Name: "province", Type: &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}},
	{Name: "year", Type: arrow.PrimitiveTypes.Int64},
	{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	{Name: "rank", Type: arrow.PrimitiveTypes.Int64, Nullable: true},
	{Name: "unit", Type: arrow.BinaryTypes.String},
	{Name: "source", Type: arrow.BinaryTypes.String},
}, nil)

// canonical maps a raw province name to its canonical name through the
// register.
func canonical(t testing.TB, name string) string {
	if c, ok := vntext.CanonicalProvince(name); ok {
		return c
	}
	return vntext.NFC(name)
}

// readIndexCSV reads one of the testdata/real CSV files into an
// index-series record (rows whose year is not a single year are skipped).
func readIndexCSV(t testing.TB, mem memory.Allocator, name string) arrow.Record {
	t.Helper()
	f, err := os.Open(realPath(name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	b := array.NewRecordBuilder(mem, indexSchema)
	defer b.Release()
	for _, r := range rows[1:] {
		y, err := strconv.Atoi(r[2])
		if err != nil {
			continue
		}
		b.Field(0).(*array.BinaryDictionaryBuilder).AppendString(vntext.NFC(r[0]))
		b.Field(1).(*array.BinaryDictionaryBuilder).AppendString(canonical(t, r[1]))
		b.Field(2).(*array.Int64Builder).Append(int64(y))
		if v, err := strconv.ParseFloat(strings.TrimSpace(r[3]), 64); err == nil {
			b.Field(3).(*array.Float64Builder).Append(v)
		} else {
			b.Field(3).AppendNull()
		}
		if k, err := strconv.Atoi(r[4]); err == nil {
			b.Field(4).(*array.Int64Builder).Append(int64(k))
		} else {
			b.Field(4).AppendNull()
		}
		b.Field(5).(*array.StringBuilder).Append(r[5])
		src := ""
		if len(r) > 6 {
			src = r[6]
		}
		b.Field(6).(*array.StringBuilder).Append(src)
	}
	return b.NewRecord()
}
