package dataset

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// peakAllocator is a Go allocator that records the most bytes it had
// out at once.
type peakAllocator struct {
	mu        sync.Mutex
	mem       memory.Allocator
	cur, peak int
}

func (p *peakAllocator) add(n int) {
	p.mu.Lock()
	p.cur += n
	p.peak = max(p.peak, p.cur)
	p.mu.Unlock()
}

func (p *peakAllocator) Allocate(n int) []byte {
	p.add(n)
	return p.mem.Allocate(n)
}

func (p *peakAllocator) Reallocate(n int, b []byte) []byte {
	p.add(n - len(b))
	return p.mem.Reallocate(n, b)
}

func (p *peakAllocator) Free(b []byte) {
	p.add(-len(b))
	p.mem.Free(b)
}

// A Parquet file whose rows the filter refuses is read one row group at
// a time: the Arrow memory it takes does not grow with the number of row
// groups. (The names repeat, as entities do: with a new name on every row,
// the decoder's dictionary of a text column grows with the names read.)
func TestParquetFilteredMemoryFlat(t *testing.T) {
	peakOf := func(groups int) int {
		var obs []Observation
		for i := 0; i < groups*4096; i++ {
			obs = append(obs, Observation{Entity: fmt.Sprintf("Đơn vị %d", i%500), Year: 2000 + i%26, Metric: "other_metric", Value: float64(i % 100), Unit: "percent", Source: "sinh tự động"})
		}
		rec := ObservationsToRecord(memory.NewGoAllocator(), obs)
		defer rec.Release()
		data := damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(4096)), pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
		mem := &peakAllocator{mem: memory.NewGoAllocator()}
		none := func(func(string) string) bool { return false }
		l, err := ReadFiltered(bytes.NewReader(data), "o.parquet", FormatParquet, KindObservations, mem, none)
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		if l.Skipped != groups*4096 || l.Record.NumRows() != 0 {
			t.Fatalf("%d skipped, %d kept", l.Skipped, l.Record.NumRows())
		}
		if mem.cur > 1024 {
			t.Errorf("%d bytes still out after the read", mem.cur)
		}
		return mem.peak
	}
	few, many := peakOf(4), peakOf(32)
	t.Logf("peak Arrow memory: %d bytes for 4 row groups, %d for 32", few, many)
	if many > few*3/2 {
		t.Errorf("peak Arrow memory grows with the row groups: %d bytes for 4, %d for 32", few, many)
	}
}
