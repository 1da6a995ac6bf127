//go:build unix

package rates

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/cchc-lab/cchc/dataset/dossier/gen"
)

// BenchmarkRates computes grouped rates from a generated file of
// CCHC_BENCH_ROWS rows (default 1,000,000) in each format. Run it with
//
//	go test ./indicators -run '^$' -bench Rates -benchtime 3x
//
// The rows/s metric counts input rows per second of wall time; cpu-s/op is
// the process's CPU time (user and system) per run, which a busy machine
// does not inflate the way it inflates wall time.
func BenchmarkRates(b *testing.B) {
	rows := benchRows(b)
	dir := b.TempDir()
	formats := []string{".parquet", ".arrow", ".csv"}
	for _, ext := range formats {
		p := filepath.Join(dir, "dossiers"+ext)
		if _, err := gen.Generate(context.Background(), p, gen.Options{Rows: rows, Seed: 1, BadPerMillion: 100}, nil); err != nil {
			b.Fatal(err)
		}
	}
	asOf := time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC)
	for _, ext := range formats {
		for _, bys := range []string{"province", "province,agency,level,month"} {
			by, err := ParseGroupBy(bys)
			if err != nil {
				b.Fatal(err)
			}
			p := filepath.Join(dir, "dossiers"+ext)
			b.Run(fmt.Sprintf("%s/%s", ext[1:], bys), func(b *testing.B) {
				cpu0 := cpuSeconds()
				for i := 0; i < b.N; i++ {
					res, err := ComputeFile(context.Background(), p, Options{By: by, AsOf: asOf})
					if err != nil {
						b.Fatal(err)
					}
					if res.Rows != rows {
						b.Fatalf("rows %d, want %d", res.Rows, rows)
					}
				}
				cpu := cpuSeconds() - cpu0
				b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
				b.ReportMetric(cpu/float64(b.N), "cpu-s/op")
			})
		}
	}
}

// BenchmarkNationalCSV computes the rates of a national-schema CSV file
// of CCHC_BENCH_ROWS rows (default 1,000,000) by agency and by month: the
// reader of the national schema and the 766 rules.
//
//	go test ./indicators/rates -run '^$' -bench NationalCSV -benchtime 3x
func BenchmarkNationalCSV(b *testing.B) {
	rows := benchRows(b)
	p := filepath.Join(b.TempDir(), "national.csv")
	if _, err := gen.GenerateNational(context.Background(), p, gen.Options{Rows: rows, Seed: 1, BadPerMillion: 100}, nil); err != nil {
		b.Fatal(err)
	}
	for _, bys := range []string{"agency", "month"} {
		by, err := ParseGroupBy(bys)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(bys, func(b *testing.B) {
			cpu0 := cpuSeconds()
			for i := 0; i < b.N; i++ {
				res, err := ComputeNationalFile(context.Background(), p, Options{By: by, Year: 2025})
				if err != nil {
					b.Fatal(err)
				}
				if res.Rows != rows {
					b.Fatalf("rows %d, want %d", res.Rows, rows)
				}
			}
			b.ReportMetric(float64(rows)*float64(b.N)/b.Elapsed().Seconds(), "rows/s")
			b.ReportMetric((cpuSeconds()-cpu0)/float64(b.N), "cpu-s/op")
		})
	}
}

// benchRows returns CCHC_BENCH_ROWS, or 1,000,000.
func benchRows(b *testing.B) int64 {
	rows := int64(1_000_000)
	if s := os.Getenv("CCHC_BENCH_ROWS"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			b.Fatal(err)
		}
		rows = n
	}
	return rows
}

// cpuSeconds returns the CPU time the process has used.
func cpuSeconds() float64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime) + tv(ru.Stime)
}
