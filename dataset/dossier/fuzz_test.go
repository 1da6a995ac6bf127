package dossier

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// fuzzRead writes data to a file named name and reads it whole: an error
// naming the file, or rows (every row a Parquet file declares), never a
// panic, a hang or a fatal out-of-memory.
func fuzzRead(t *testing.T, name string, data []byte) {
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path, ReadOptions{BatchSize: 500, OnReject: func(*RowError) {}})
	if err != nil {
		if !strings.Contains(err.Error(), path) {
			t.Fatalf("error %v does not name the file", err)
		}
		return
	}
	ps, err := f.Parts(2)
	if err != nil {
		return
	}
	var rows int64
	var readErr error
	for _, p := range ps {
		for p.Next() {
			rows += p.Record().NumRows()
		}
		if err := p.Err(); err != nil && readErr == nil {
			readErr = err
		}
		p.Release()
	}
	if readErr != nil {
		if !strings.Contains(readErr.Error(), path) {
			t.Fatalf("error %v does not name the file", readErr)
		}
		return
	}
	if n := f.NumRows(); n >= 0 && rows != n {
		t.Fatalf("%d rows read without an error from a file declaring %d", rows, n)
	}
}

// fuzzSeed returns the sample dossiers written in format to a file.
func fuzzSeed(f testing.TB, ext string) []byte {
	path := filepath.Join(f.TempDir(), "seed"+ext)
	w, err := Create(path, map[string]string{"source": "fuzz"})
	if err != nil {
		f.Fatal(err)
	}
	rec := damagedRows(50)
	defer rec.Release()
	if err := w.Write(rec); err != nil {
		f.Fatal(err)
	}
	if err := w.Close(); err != nil {
		f.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	return b
}

// FuzzOpenParquet fuzzes the dossier Parquet reader, from a file cchc
// wrote and others without cchc's checksum (dictionary and plain pages,
// page versions 1 and 2).
func FuzzOpenParquet(f *testing.F) {
	f.Add(fuzzSeed(f, ".parquet"))
	path := filepath.Join(f.TempDir(), "plain.parquet")
	rec := damagedRows(50)
	defer rec.Release()
	writeParquetPlain(f, path, rec)
	if b, err := os.ReadFile(path); err == nil {
		f.Add(b)
	}
	f.Add(damagetest.PlainParquet(f, rec, parquet.NewWriterProperties(parquet.WithDataPageVersion(parquet.DataPageV2), parquet.WithMaxRowGroupLength(20)), pqarrow.DefaultWriterProps()))
	f.Add(damagetest.PlainParquet(f, rec, parquet.NewWriterProperties(parquet.WithDictionaryDefault(false), parquet.WithDataPageSize(512)), pqarrow.DefaultWriterProps()))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.parquet", data) })
}

// FuzzOpenArrow fuzzes the dossier Arrow IPC reader.
func FuzzOpenArrow(f *testing.F) {
	f.Add(fuzzSeed(f, ".arrow"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.arrow", data) })
}

// FuzzOpenCSV fuzzes the dossier CSV reader.
func FuzzOpenCSV(f *testing.F) {
	f.Add(fuzzSeed(f, ".csv"))
	f.Add([]byte("# a: b\nid,province\n\"x\n"))
	f.Add(bytes.Repeat([]byte{0xff, ',', '\n'}, 10))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzRead(t, "fuzz.csv", data) })
}
