package rates

import (
	"context"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/cchc-lab/cchc/dataset/dossier/gen"
)

// TestSpill checks that workers which spill their 32-bit counts into
// 64-bit ones (after every few rows, in and across records, once, or
// never) give the same result as workers that never spill.
func TestSpill(t *testing.T) {
	dir := t.TempDir()
	const rows = 12000
	p := filepath.Join(dir, "d.parquet")
	if _, err := gen.Generate(context.Background(), p, gen.Options{Rows: rows, Seed: 7, BadPerMillion: 3000, BatchSize: 6000}, nil); err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, 6, 30, 12, 0, 0, 0, time.UTC)
	for _, bys := range []string{"province,agency,level,month", "level,procedure,quarter", "year"} {
		by, err := ParseGroupBy(bys)
		if err != nil {
			t.Fatal(err)
		}
		for _, workers := range []int{1, 2} {
			opts := Options{By: by, AsOf: asOf, Workers: workers, BatchSize: 4000}
			want, err := ComputeFile(context.Background(), p, opts)
			if err != nil {
				t.Fatal(err)
			}
			if want.Used == 0 || len(want.Groups) == 0 {
				t.Fatalf("%s: nothing counted", bys)
			}
			for _, every := range []int64{7, 3999, 4000, 4001, rows / 2, 2 * rows} {
				t.Run(bys, func(t *testing.T) {
					defer func(old int64) { spillEvery = old }(spillEvery)
					spillEvery = every
					got, err := ComputeFile(context.Background(), p, opts)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("workers %d, spill every %d rows: result differs from never spilling", workers, every)
					}
				})
			}
		}
	}
}

// TestSpillWorker checks one worker's counts in 32 and 64 bits around a
// spill, and that a count that would pass 32 bits without spills is kept
// whole.
func TestSpillWorker(t *testing.T) {
	w := newRateWorker(GroupBy{}, false, 0, 0, nil)
	w.table.get(1, 2)
	w.counts.add()
	c := w.counts.at(0)
	c.received, c.onTime, c.overdueAsOf = 1<<32-1, 5, 1
	w.spill()
	if *w.counts.at(0) != (narrowCounts{}) {
		t.Errorf("32-bit counts after a spill = %+v, want zero", *w.counts.at(0))
	}
	w.counts.at(0).received = 1<<32 - 1
	var got Counts
	w.groupCounts(0, &got)
	want := Counts{Received: 2 * (1<<32 - 1), OnTime: 5, OverdueAsOf: 1}
	if got != want {
		t.Errorf("counts = %+v, want %+v", got, want)
	}
}
