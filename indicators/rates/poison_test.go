package rates

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset/dossier/gen"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

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
			mem := memory.NewCheckedAllocator(&damagetest.ReuseAllocator{})
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
