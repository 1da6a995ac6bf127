package dataset

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// writeLargeCSV writes an index-series CSV of about size bytes, with a
// quoted source column, every 1000th row bad.
func writeLargeCSV(tb testing.TB, path string, size int64) (rows, bad int) {
	tb.Helper()
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "index,province,year,value,rank_if_any,unit,source")
	provinces := []string{"Ha Tinh", "Hà Nội", "Thừa Thiên Huế", "Ba Ria - Vung Tau", "TP.HCM", "Nghe An", "Quang Tri"}
	var n int64
	for i := 0; n < size; i++ {
		var line string
		if i%1000 == 999 {
			line = fmt.Sprintf("PCI,%s,2O%02d,%d,%d,points,\"row %d\"\n", provinces[i%7], i%25, i%100, i%63+1, i)
			bad++
		} else {
			line = fmt.Sprintf("PCI,%s,%d,\"%d,%02d\",%d,points (0-100),\"https://example.org/pci/%d, table 1\"\n",
				provinces[i%7], 2005+i%20, 40+i%50, i%100, i%63+1, i)
		}
		rows++
		k, _ := w.WriteString(line)
		n += int64(k)
	}
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return rows, bad
}

// peakHeap samples the Go heap in use while fn runs.
func peakHeap(fn func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		var ms runtime.MemStats
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	fn()
	close(done)
	wg.Wait()
	return peak.Load()
}

// TestLargeFile reads a generated 50 MB CSV: every row is accounted for,
// the Arrow table is smaller than the file, and the Go heap at its peak
// stays within a small multiple of the file size (no whole-file copies
// per row, no quadratic growth). The file is a worst case for memory: its
// source column, dictionary-encoded, holds a different URL on every row,
// and the heap peak counts the garbage of the builders' doubling buffers
// before the collector runs. Skipped with -short.
func TestLargeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("large file test skipped in -short mode")
	}
	const size = 50 << 20
	path := filepath.Join(t.TempDir(), "large.csv")
	rows, bad := writeLargeCSV(t, path, size)
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	var l *Loaded
	var err error
	start := time.Now()
	peak := peakHeap(func() { l, err = ReadFile(path, "", mem) })
	elapsed := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if l.RowsRead != rows || len(l.Rejected) != bad || int(l.Record.NumRows()) != rows-bad {
		t.Fatalf("read %d rows (%d in record, %d rejected), wrote %d rows with %d bad", l.RowsRead, l.Record.NumRows(), len(l.Rejected), rows, bad)
	}
	arrowBytes := mem.CurrentAlloc()
	t.Logf("50 MB CSV, %d rows: %v (%.1f MB/s), Go heap peak %.1f MB, Arrow table %.1f MB",
		rows, elapsed.Round(time.Millisecond), float64(size)/(1<<20)/elapsed.Seconds(), float64(peak)/(1<<20), float64(arrowBytes)/(1<<20))
	if arrowBytes > size {
		t.Errorf("Arrow table %d bytes for a %d-byte file", arrowBytes, size)
	}
	if peak > 6*size {
		t.Errorf("Go heap peaked at %d bytes reading a %d-byte file", peak, size)
	}
}

// BenchmarkReadCSV reads generated CSV files of 5, 20 and 50 MB and
// reports throughput and the Go heap's peak per input byte, which stays
// flat as the file grows (memory proportional to the input, no quadratic
// work). Run with: go test ./dataset -run XXX -bench ReadCSV -benchtime 1x
func BenchmarkReadCSV(b *testing.B) {
	for _, mb := range []int64{5, 20, 50} {
		b.Run(fmt.Sprintf("%dMB", mb), func(b *testing.B) {
			size := mb << 20
			path := filepath.Join(b.TempDir(), "bench.csv")
			writeLargeCSV(b, path, size)
			b.SetBytes(size)
			b.ResetTimer()
			var peak uint64
			for i := 0; i < b.N; i++ {
				p := peakHeap(func() {
					l, err := ReadFile(path, KindIndexValues, memory.NewGoAllocator())
					if err != nil {
						b.Fatal(err)
					}
					l.Release()
				})
				peak = max(peak, p)
			}
			b.ReportMetric(float64(peak)/float64(size), "peak-heap/input-byte")
		})
	}
}
