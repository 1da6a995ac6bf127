// Package damagetest holds what the tests of cchc's binary readers share:
// damaging a file's bytes reproducibly, writing Parquet as other tools do
// (without cchc's checksum), and failing a test whose reader hangs.
//
// It also holds ReuseAllocator, an allocator that poisons and reuses freed
// buffers. It is imported only by tests (dataset, dataset/dossier,
// indicators/rates); it sits beside
// internal/binread, the guarded read path those tests exercise.
package damagetest

import (
	"bytes"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
)

// Bytes returns a copy of good with between 1 and most bytes changed,
// chosen by the two seeds: each change either sets a random byte or
// flips one bit. The first 4 and last 8 bytes (Parquet's magic and
// footer length) are left alone so that the damage reaches the decoder.
func Bytes(good []byte, seed1, seed2 uint64, most int) []byte {
	bad := append([]byte(nil), good...)
	if len(bad) <= 12 {
		return bad
	}
	rng := rand.New(rand.NewPCG(seed1, seed2))
	for range 1 + rng.IntN(most) {
		pos := 4 + rng.IntN(len(bad)-12)
		if rng.IntN(2) == 0 {
			bad[pos] = byte(rng.IntN(256))
		} else {
			bad[pos] ^= 1 << rng.IntN(8)
		}
	}
	return bad
}

// PlainParquet writes rec as a Parquet file without cchc's checksum, as
// pandas or DuckDB would, with the given writer properties.
func PlainParquet(t testing.TB, rec arrow.Record, props *parquet.WriterProperties, arrowProps pqarrow.ArrowWriterProperties) []byte {
	t.Helper()
	var buf bytes.Buffer
	fw, err := pqarrow.NewFileWriter(rec.Schema(), &buf, props, arrowProps)
	if err != nil {
		t.Fatal(err)
	}
	if err := fw.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// Within runs read and returns what it returns, failing the test if it
// takes longer than limit: a hang is a failure whatever the file holds.
// The damaged data, when given, is saved under the test's temp folder as
// name for a rerun.
func Within[T any](t testing.TB, limit time.Duration, name string, data []byte, read func() (T, error)) (T, error) {
	t.Helper()
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() { done <- r }()
		r.v, r.err = read()
	}()
	select {
	case r := <-done:
		return r.v, r.err
	case <-time.After(limit):
		saved := ""
		if data != nil {
			saved = filepath.Join(t.TempDir(), name)
			os.WriteFile(saved, data, 0o644)
			saved = " (saved as " + saved + ")"
		}
		t.Fatalf("reading %s did not end within %v%s", name, limit, saved)
		var zero T
		return zero, nil
	}
}
