package dossier

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestDossierDamagedParquet reads Parquet files whose data pages had bytes
// flipped. Arrow v15's page reader panics on some of them (a corrupt snappy
// block); every damage must come back as an error naming the file, or as
// rows, never as a panic.
func TestDossierDamagedParquet(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.parquet")
	var rows []Dossier
	for i := 0; i < 3000; i++ {
		d := sampleDossiers()[i%3]
		d.ID = strings.Repeat("H", i%17) + d.ID
		d.Agency = d.Agency + strings.Repeat(" x", i%13)
		rows = append(rows, d)
	}
	rec := ToRecord(memory.DefaultAllocator, rows)
	w, err := Create(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	rec.Release()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	damaged := 0
	for seed := uint64(1); seed <= 30; seed++ {
		b := append([]byte(nil), good...)
		rng := rand.New(rand.NewPCG(seed, seed))
		for range 20 {
			b[4+rng.IntN(len(b)/2)] ^= 0xFF
		}
		bad := filepath.Join(dir, "bad.parquet")
		if err := os.WriteFile(bad, b, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := Open(bad, ReadOptions{})
		if err != nil {
			if !strings.Contains(err.Error(), bad) {
				t.Fatalf("seed %d: error %v does not name the file", seed, err)
			}
			continue
		}
		ps, err := f.Parts(2)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range ps {
			for p.Next() {
			}
			if err := p.Err(); err != nil {
				if !strings.Contains(err.Error(), bad) {
					t.Errorf("seed %d: error %v does not name the file", seed, err)
				}
				if strings.Contains(err.Error(), "damaged file") {
					damaged++
				}
			}
			p.Release()
		}
	}
	if damaged == 0 {
		t.Error("no damage reached the page reader's panic; the test no longer covers it")
	}
	t.Logf("%d parts stopped by a recovered panic", damaged)
}
