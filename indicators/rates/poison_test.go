package rates

import (
	"context"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset/dossier/gen"
)

// poisonAllocator fills every freed buffer with 0xFF and hands it out
// again to a later allocation of the same size, so a buffer read after it
// was freed shows up as wrong values.
type poisonAllocator struct {
	mu   sync.Mutex
	free map[int][][]byte
}

func (a *poisonAllocator) Allocate(n int) []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	if l := a.free[n]; len(l) > 0 {
		b := l[len(l)-1]
		a.free[n] = l[:len(l)-1]
		for i := range b {
			b[i] = 0
		}
		return b
	}
	return make([]byte, n)
}

func (a *poisonAllocator) Reallocate(n int, b []byte) []byte {
	nb := a.Allocate(n)
	copy(nb, b)
	a.Free(b)
	return nb
}

func (a *poisonAllocator) Free(b []byte) {
	for i := range b {
		b[i] = 0xFF
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.free == nil {
		a.free = map[int][][]byte{}
	}
	a.free[len(b)] = append(a.free[len(b)], b)
}

// TestComputeFileReusedBuffers computes rates from files in every format
// with an allocator that poisons and reuses freed buffers: the counts
// must equal those read with Go's allocator, with one or two workers,
// and every buffer must be freed once.
func TestComputeFileReusedBuffers(t *testing.T) {
	dir := t.TempDir()
	by, err := ParseGroupBy("province,level,month")
	if err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, 12, 20, 17, 0, 0, 0, time.UTC)
	for _, ext := range []string{".parquet", ".arrow", ".csv"} {
		p := filepath.Join(dir, "d"+ext)
		if _, err := gen.Generate(context.Background(), p, gen.Options{Rows: 15000, Seed: 42, BadPerMillion: 2000, BatchSize: 4000}, nil); err != nil {
			t.Fatal(err)
		}
		want, err := ComputeFile(context.Background(), p, Options{By: by, AsOf: asOf, Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range []int{1, 2} {
			mem := memory.NewCheckedAllocator(&poisonAllocator{})
			got, err := ComputeFile(context.Background(), p, Options{By: by, AsOf: asOf, Workers: w, Mem: mem, BatchSize: 3000})
			if err != nil {
				t.Fatalf("%s, %d workers: %v", ext, w, err)
			}
			mem.AssertSize(t, 0)
			if !reflect.DeepEqual(got.Groups, want.Groups) || got.Rows != want.Rows || !reflect.DeepEqual(got.Bad.ByReason, want.Bad.ByReason) {
				t.Errorf("%s, %d workers: counts differ from Go's allocator", ext, w)
			}
		}
	}
}
