package dossier_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/dataset/dossier/gen"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// writeForeignParquet writes the generator's rows with plain pqarrow, as
// another tool would: no stored Arrow schema unless store is set.
func writeForeignParquet(t *testing.T, path string, rows int64, props *parquet.WriterProperties, store bool) {
	t.Helper()
	g, err := gen.New(gen.Options{Rows: rows, Seed: 11, BatchSize: 2500}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Release()
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	ap := pqarrow.DefaultWriterProps()
	if store {
		ap = pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())
	}
	var fw *pqarrow.FileWriter
	err = g.Each(context.Background(), func(rec arrow.Record) error {
		if fw == nil {
			var err error
			if fw, err = pqarrow.NewFileWriter(rec.Schema(), fh, props, ap); err != nil {
				return err
			}
		}
		return fw.WriteBuffered(rec)
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
}

// readParts reads every row of path through n parts with mem.
func readParts(t *testing.T, path string, n int, mem memory.Allocator) []dossier.Dossier {
	t.Helper()
	f, err := dossier.Open(path, dossier.ReadOptions{Mem: mem, BatchSize: 3000})
	if err != nil {
		t.Fatal(err)
	}
	parts, err := f.Parts(n)
	if err != nil {
		t.Fatal(err)
	}
	var rows []dossier.Dossier
	for _, p := range parts {
		for p.Next() {
			r, err := dossier.FromRecord(p.Record())
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, r...)
		}
		if err := p.Err(); err != nil {
			t.Fatalf("%s: %v", filepath.Base(path), err)
		}
		p.Release()
	}
	return rows
}

// TestParquetPagesSurviveReuse reads Parquet files of several layouts
// (page versions, codecs, with and without dictionaries or a stored
// Arrow schema, one or several row groups) through an allocator that
// poisons and reuses freed buffers: every row must read as with Go's
// allocator, and every buffer must be freed once.
func TestParquetPagesSurviveReuse(t *testing.T) {
	dir := t.TempDir()
	ours := filepath.Join(dir, "ours.parquet")
	if _, err := gen.Generate(context.Background(), ours, gen.Options{Rows: 15000, Seed: 42, BadPerMillion: 2000, BatchSize: 4000}, nil); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		rows  int64
		props *parquet.WriterProperties
		store bool
	}{
		{"plain-v1-snappy", 12000, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy), parquet.WithMaxRowGroupLength(5000)), false},
		{"plain-v1-none", 9000, parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(4000)), false},
		{"plain-v2-zstd", 9000, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Zstd), parquet.WithDataPageVersion(parquet.DataPageV2)), false},
		{"nodict-v1-gzip", 7000, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Gzip), parquet.WithDictionaryDefault(false)), false},
		{"stored-v1-small-pages", 8000, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy), parquet.WithDataPageSize(4096)), true},
	}
	paths := map[string]string{"ours": ours}
	names := []string{"ours"}
	for _, c := range cases {
		p := filepath.Join(dir, c.name+".parquet")
		writeForeignParquet(t, p, c.rows, c.props, c.store)
		paths[c.name] = p
		names = append(names, c.name)
	}
	for _, name := range names {
		for _, n := range []int{1, 2} {
			t.Run(name, func(t *testing.T) {
				want := readParts(t, paths[name], n, nil)
				if len(want) == 0 {
					t.Fatal("no rows")
				}
				mem := memory.NewCheckedAllocator(&damagetest.ReuseAllocator{})
				got := readParts(t, paths[name], n, mem)
				mem.AssertSize(t, 0)
				if len(got) != len(want) {
					t.Fatalf("%d rows, want %d", len(got), len(want))
				}
				key := func(rows []dossier.Dossier) map[string]dossier.Dossier {
					m := make(map[string]dossier.Dossier, len(rows))
					for _, r := range rows {
						m[r.ID] = r
					}
					return m
				}
				if g, w := key(got), key(want); !reflect.DeepEqual(g, w) {
					for id, r := range w {
						if !reflect.DeepEqual(g[id], r) {
							t.Fatalf("row %s:\n got %+v\nwant %+v", id, g[id], r)
						}
					}
					t.Fatal("rows differ")
				}
			})
		}
	}
}

// TestFromRecordOwnsTexts checks that rows from FromRecord keep their
// texts after the record's buffers are freed and reused, for plain and
// dictionary string columns.
func TestFromRecordOwnsTexts(t *testing.T) {
	for _, seed := range []uint64{1, 7} {
		a := &damagetest.ReuseAllocator{}
		mem := memory.NewCheckedAllocator(a)
		g, err := gen.New(gen.Options{Rows: 3000, Seed: seed, BatchSize: 1000}, mem)
		if err != nil {
			t.Fatal(err)
		}
		rec := g.Batch(0)
		rows, err := dossier.FromRecord(rec)
		if err != nil {
			t.Fatal(err)
		}
		want := fmt.Sprint(rows)
		rec.Release()
		g.Release()
		mem.AssertSize(t, 0)
		// Hand every freed buffer out again, so that texts still pointing
		// into them would change.
		a.Overwrite('x')
		if got := fmt.Sprint(rows); got != want {
			t.Errorf("seed %d: rows changed after their record was freed", seed)
		}
	}
}
