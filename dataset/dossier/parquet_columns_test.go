package dossier_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/dataset/dossier/gen"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// recast returns rec with its timestamp columns in type ts (values
// converted from seconds) and its rating column of type rating (nil:
// unchanged).
func recast(t *testing.T, rec arrow.Record, ts *arrow.TimestampType, rating arrow.DataType) arrow.Record {
	t.Helper()
	mem := memory.NewGoAllocator()
	fields := append([]arrow.Field(nil), rec.Schema().Fields()...)
	cols := make([]arrow.Array, rec.NumCols())
	for i, c := range rec.Columns() {
		switch {
		case ts != nil && c.DataType().ID() == arrow.TIMESTAMP:
			mul := map[arrow.TimeUnit]int64{arrow.Second: 1, arrow.Millisecond: 1e3, arrow.Microsecond: 1e6, arrow.Nanosecond: 1e9}[ts.Unit]
			b := array.NewTimestampBuilder(mem, ts)
			src := c.(*array.Timestamp)
			for j := 0; j < src.Len(); j++ {
				if src.IsNull(j) {
					b.AppendNull()
				} else {
					b.Append(arrow.Timestamp(int64(src.Value(j)) * mul))
				}
			}
			cols[i] = b.NewArray()
			fields[i].Type = ts
		case rating != nil && fields[i].Name == dossier.ColRating:
			src := c.(*array.Int8)
			b := array.NewBuilder(mem, rating)
			for j := 0; j < src.Len(); j++ {
				if src.IsNull(j) {
					b.AppendNull()
					continue
				}
				switch b := b.(type) {
				case *array.Int16Builder:
					b.Append(int16(src.Value(j)))
				case *array.Int32Builder:
					b.Append(int32(src.Value(j)))
				case *array.Int64Builder:
					b.Append(int64(src.Value(j)))
				case *array.Uint8Builder:
					b.Append(uint8(src.Value(j)))
				}
			}
			cols[i] = b.NewArray()
			fields[i].Type = rating
		default:
			c.Retain()
			cols[i] = c
		}
	}
	out := array.NewRecord(arrow.NewSchema(fields, nil), cols, rec.NumRows())
	for _, c := range cols {
		c.Release()
	}
	return out
}

// genRecord returns rows generated rows (with bad records) as one record.
func genRecord(t *testing.T, rows int64) arrow.Record {
	t.Helper()
	g, err := gen.New(gen.Options{Rows: rows, Seed: 5, BadPerMillion: 5000, BatchSize: int(rows)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Release()
	var out arrow.Record
	err = g.Each(context.Background(), func(rec arrow.Record) error {
		if out == nil {
			rec.Retain()
			out = rec
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// cellTexts returns the cells of a column as text, dictionaries resolved.
func cellTexts(a arrow.Array) []string {
	out := make([]string, a.Len())
	for i := range out {
		switch {
		case a.IsNull(i):
			out[i] = "<null>"
		default:
			if d, ok := a.(*array.Dictionary); ok {
				out[i] = d.Dictionary().ValueStr(d.GetValueIndex(i))
			} else {
				out[i] = a.ValueStr(i)
			}
		}
	}
	return out
}

// valueType is a column type with a dictionary taken as its values.
func valueType(t arrow.DataType) arrow.DataType {
	if d, ok := t.(*arrow.DictionaryType); ok {
		return d.ValueType
	}
	return t
}

// readReference reads the columns cols of path with Arrow's pqarrow
// reader, as texts by column name, and their types.
func readReference(t *testing.T, path string, cols []string) (map[string][]string, map[string]arrow.DataType) {
	t.Helper()
	r, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	fr, err := pqarrow.NewFileReader(r, pqarrow.ArrowReadProperties{BatchSize: 1 << 20}, memory.NewGoAllocator())
	if err != nil {
		t.Fatal(err)
	}
	tbl, err := fr.ReadTable(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer tbl.Release()
	texts, types := map[string][]string{}, map[string]arrow.DataType{}
	for _, c := range cols {
		ix := tbl.Schema().FieldIndices(c)
		col := tbl.Column(ix[0])
		for _, ch := range col.Data().Chunks() {
			texts[c] = append(texts[c], cellTexts(ch)...)
		}
		types[c] = col.DataType()
	}
	return texts, types
}

// TestParquetColumnsMatchArrowReader writes dossier rows in layouts
// other tools make (dictionary or plain pages, page versions 1 and 2,
// codecs, several row groups, small pages, nulls, timestamps in every
// unit with or without a zone, INT96 timestamps, ratings of other
// integer widths, with and without a stored Arrow schema) and reads
// projections of them: every cell and every column's value type must be
// what Arrow's own Parquet reader gives, and every buffer must be freed.
func TestParquetColumnsMatchArrowReader(t *testing.T) {
	dir := t.TempDir()
	base := genRecord(t, 7000)
	defer base.Release()
	vn := "Asia/Ho_Chi_Minh"
	cases := []struct {
		name   string
		ts     *arrow.TimestampType
		rating arrow.DataType
		props  *parquet.WriterProperties
		ap     pqarrow.ArrowWriterProperties
	}{
		{"dict-v1-groups", nil, nil, parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(1500)), pqarrow.DefaultWriterProps()},
		{"plain-v2-zstd-stored", nil, nil, parquet.NewWriterProperties(parquet.WithDictionaryDefault(false), parquet.WithDataPageVersion(parquet.DataPageV2), parquet.WithCompression(compress.Codecs.Zstd)), pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())},
		{"dict-v2-small-pages", nil, nil, parquet.NewWriterProperties(parquet.WithDataPageVersion(parquet.DataPageV2), parquet.WithDataPageSize(1024), parquet.WithMaxRowGroupLength(2500)), pqarrow.DefaultWriterProps()},
		{"ms-zone-stored", &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: vn}, nil, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy)), pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())},
		{"us-utc", &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "UTC"}, arrow.PrimitiveTypes.Int32, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Gzip)), pqarrow.DefaultWriterProps()},
		{"ns-naive-v2", &arrow.TimestampType{Unit: arrow.Nanosecond}, arrow.PrimitiveTypes.Int64, parquet.NewWriterProperties(parquet.WithVersion(parquet.V2_LATEST)), pqarrow.DefaultWriterProps()},
		{"int96", &arrow.TimestampType{Unit: arrow.Nanosecond}, arrow.PrimitiveTypes.Int16, parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(3000)), pqarrow.NewArrowWriterProperties(pqarrow.WithDeprecatedInt96Timestamps(true))},
		{"uint8-rating", &arrow.TimestampType{Unit: arrow.Millisecond}, arrow.PrimitiveTypes.Uint8, parquet.NewWriterProperties(parquet.WithDictionaryDefault(false)), pqarrow.DefaultWriterProps()},
	}
	projections := [][]string{
		nil,
		{dossier.ColRating, dossier.ColProvince, dossier.ColReceivedAt},
		{dossier.ColFinishedAt, dossier.ColChannel, dossier.ColFeeRequired},
	}
	for _, c := range cases {
		rec := recast(t, base, c.ts, c.rating)
		path := filepath.Join(dir, c.name+".parquet")
		if err := os.WriteFile(path, damagetest.PlainParquet(t, rec, c.props, c.ap), 0o644); err != nil {
			t.Fatal(err)
		}
		rec.Release()
		for pi, cols := range projections {
			t.Run(fmt.Sprintf("%s/%d", c.name, pi), func(t *testing.T) {
				if cols == nil {
					cols = dossier.Columns()
				}
				want, wantTypes := readReference(t, path, cols)
				mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
				defer mem.AssertSize(t, 0)
				f, err := dossier.Open(path, dossier.ReadOptions{Mem: mem, Columns: cols, BatchSize: 1000})
				if err != nil {
					t.Fatal(err)
				}
				parts, err := f.Parts(2)
				if err != nil {
					t.Fatal(err)
				}
				got := map[string][]string{}
				for _, p := range parts {
					for p.Next() {
						rec := p.Record()
						for i, fl := range rec.Schema().Fields() {
							if w := valueType(wantTypes[fl.Name]); !arrow.TypeEqual(valueType(fl.Type), w) {
								t.Fatalf("column %s: type %s, Arrow's reader %s", fl.Name, fl.Type, w)
							}
							got[fl.Name] = append(got[fl.Name], cellTexts(rec.Column(i))...)
						}
					}
					if err := p.Err(); err != nil {
						t.Fatal(err)
					}
					p.Release()
				}
				// Two parts may read the row groups in any order: compare
				// whole rows keyed by position within their group is not
				// possible, so compare each column's multiset of cells
				// and the row count.
				for _, col := range cols {
					if len(got[col]) != len(want[col]) {
						t.Fatalf("column %s: %d cells, want %d", col, len(got[col]), len(want[col]))
					}
					if g, w := counts(got[col]), counts(want[col]); fmt.Sprint(g) != fmt.Sprint(w) {
						t.Fatalf("column %s: cells differ", col)
					}
				}
			})
		}
	}
}

// TestParquetColumnsInOrder reads one part: the rows come in the file's
// order, so each cell equals Arrow's reader's at the same position.
func TestParquetColumnsInOrder(t *testing.T) {
	dir := t.TempDir()
	base := genRecord(t, 4000)
	defer base.Release()
	rec := recast(t, base, &arrow.TimestampType{Unit: arrow.Microsecond}, arrow.PrimitiveTypes.Int32)
	defer rec.Release()
	path := filepath.Join(dir, "o.parquet")
	props := parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(900), parquet.WithDataPageSize(700), parquet.WithDataPageVersion(parquet.DataPageV2))
	if err := os.WriteFile(path, damagetest.PlainParquet(t, rec, props, pqarrow.DefaultWriterProps()), 0o644); err != nil {
		t.Fatal(err)
	}
	cols := dossier.Columns()
	want, _ := readReference(t, path, cols)
	f, err := dossier.Open(path, dossier.ReadOptions{BatchSize: 333})
	if err != nil {
		t.Fatal(err)
	}
	parts, err := f.Parts(1)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for parts[0].Next() {
		r := parts[0].Record()
		for i, fl := range r.Schema().Fields() {
			got[fl.Name] = append(got[fl.Name], cellTexts(r.Column(i))...)
		}
	}
	if err := parts[0].Err(); err != nil {
		t.Fatal(err)
	}
	parts[0].Release()
	for _, c := range cols {
		if strings.Join(got[c], "\x00") != strings.Join(want[c], "\x00") {
			t.Errorf("column %s differs from Arrow's reader", c)
		}
	}
}

// TestParquetColumnsRefused checks the files whose dossier columns are
// missing, nested or repeated: an error naming the file and the column,
// no rows.
func TestParquetColumnsRefused(t *testing.T) {
	dir := t.TempDir()
	base := genRecord(t, 50)
	defer base.Release()
	mem := memory.NewGoAllocator()
	replace := func(name string, col arrow.Array, typ arrow.DataType) arrow.Record {
		fields := append([]arrow.Field(nil), base.Schema().Fields()...)
		cols := append([]arrow.Array(nil), base.Columns()...)
		i := base.Schema().FieldIndices(name)[0]
		fields[i] = arrow.Field{Name: name, Type: typ, Nullable: true}
		cols[i] = col
		return array.NewRecord(arrow.NewSchema(fields, nil), cols, base.NumRows())
	}
	drop := func(name string) arrow.Record {
		var fields []arrow.Field
		var cols []arrow.Array
		for i, f := range base.Schema().Fields() {
			if f.Name != name {
				fields = append(fields, f)
				cols = append(cols, base.Column(i))
			}
		}
		return array.NewRecord(arrow.NewSchema(fields, nil), cols, base.NumRows())
	}
	listType := arrow.ListOf(arrow.BinaryTypes.String)
	lb := array.NewListBuilder(mem, arrow.BinaryTypes.String)
	structType := arrow.StructOf(arrow.Field{Name: "name", Type: arrow.BinaryTypes.String})
	sb := array.NewStructBuilder(mem, structType)
	for i := 0; i < int(base.NumRows()); i++ {
		lb.Append(true)
		lb.ValueBuilder().(*array.StringBuilder).Append("Hà Tĩnh")
		sb.Append(true)
		sb.FieldBuilder(0).(*array.StringBuilder).Append("Nghệ An")
	}
	list, strct := lb.NewArray(), sb.NewArray()
	defer list.Release()
	defer strct.Release()
	cases := []struct {
		name, column string
		rec          arrow.Record
		want         string
	}{
		{"missing-channel", dossier.ColChannel, drop(dossier.ColChannel), "missing dossier column"},
		{"missing-due", dossier.ColDueAt, drop(dossier.ColDueAt), "missing dossier column"},
		{"list-province", dossier.ColProvince, replace(dossier.ColProvince, list, listType), "missing dossier column"},
		{"struct-agency", dossier.ColAgency, replace(dossier.ColAgency, strct, structType), "missing dossier column"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			defer c.rec.Release()
			path := filepath.Join(dir, c.name+".parquet")
			if err := os.WriteFile(path, damagetest.PlainParquet(t, c.rec, nil, pqarrow.DefaultWriterProps()), 0o644); err != nil {
				t.Fatal(err)
			}
			f, err := dossier.Open(path, dossier.ReadOptions{})
			if err == nil {
				var parts []dossier.Part
				if parts, err = f.Parts(1); err == nil {
					for parts[0].Next() {
						t.Fatal("rows read from a file with a column refused")
					}
					err = parts[0].Err()
					parts[0].Release()
				}
			}
			if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), c.column) || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one naming %s, %q and %q", err, path, c.column, c.want)
			}
		})
	}
}

// counts is the number of times each text occurs.
func counts(xs []string) map[string]int {
	m := make(map[string]int, len(xs))
	for _, x := range xs {
		m[x]++
	}
	return m
}
