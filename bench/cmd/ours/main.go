// Command ours is cchc's entry in the dossier-rate benchmark: it computes
// the grouped counts of bench/README.md with rates.ComputeFile
// (streaming, all cores; the counts only, as every peer computes them,
// without the rates cchc works out from them) and writes them as a
// counts file.
//
//	ours --query plm|palm|nat --input FILE.parquet|FILE.csv --out counts.csv
//
// Query nat reads a national-schema CSV file with rates.ComputeNationalFile.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"

	"github.com/cchc-lab/cchc/bench/internal/counts"
	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/indicators/rates"
)

func main() {
	query := flag.String("query", "", "plm or palm")
	input := flag.String("input", "", "dossier file: .parquet, .csv or .arrow")
	out := flag.String("out", "", "counts file to write")
	workers := flag.Int("workers", 0, "goroutines (0: all cores)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile here")
	memProfile := flag.String("memprofile", "", "write a heap profile here when half the rows are read")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ours:", err)
			os.Exit(1)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "ours:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	// The garbage collector's target of "cchc indicators"
	// (cmd/cchc/indicators_gc.go) for Parquet and Arrow files, unless
	// GOGC sets one.
	if _, set := os.LookupEnv("GOGC"); !set {
		if f, err := dossier.FormatOf(*input); err == nil && (f == dossier.FormatParquet || f == dossier.FormatArrow) {
			debug.SetGCPercent(indicatorsGCPercent)
		}
	}
	if err := run(*query, *input, *out, *workers, *memProfile); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "ours:", err)
		os.Exit(1)
	}
}

// indicatorsGCPercent is the garbage collector's target that "cchc
// indicators" sets while it computes the rates of a Parquet or Arrow file.
const indicatorsGCPercent = 50

func run(query, input, out string, workers int, memProfile string) error {
	by, ok := counts.Queries[query]
	if !ok || input == "" || out == "" {
		return fmt.Errorf("usage: ours --query plm|palm|nat --input FILE --out counts.csv")
	}
	groupBy, err := rates.ParseGroupBy(by)
	if err != nil {
		return err
	}
	if query == "nat" {
		return runNational(input, out, groupBy)
	}
	opts := rates.Options{By: groupBy, AsOf: counts.AsOf, Workers: workers, CountsOnly: true}
	if memProfile != "" {
		opts.Progress = heapProfileAtHalf(memProfile)
	}
	res, err := rates.ComputeFile(context.Background(), input, opts)
	if err != nil {
		return err
	}
	groups := 0
	for _, g := range res.Groups {
		if g.Key.Level != "" {
			groups++ // totals over levels (empty level): cchc's extra, not compared
		}
	}
	fmt.Fprintf(os.Stderr, "ours: %d rows, %d used, %d bad, %d groups\n", res.Rows, res.Used, res.Bad.Excluded, groups)
	// The rows are written as they are made from the groups, not gathered
	// in a second copy of every group.
	var rowErr error
	err = counts.WriteFileSeq(out, "", func(yield func(counts.Row) bool) {
		for _, g := range res.Groups {
			if g.Key.Level == "" {
				continue
			}
			month := 0
			if i := strings.LastIndexByte(g.Key.Period, '-'); i >= 0 {
				m, err := strconv.Atoi(g.Key.Period[i+1:])
				if err != nil {
					rowErr = fmt.Errorf("group %+v: period %q: %w", g.Key, g.Key.Period, err)
					return
				}
				month = m
			}
			c := g.Counts
			row := counts.Row{
				Key: counts.Key{Province: g.Key.Province, Agency: g.Key.Agency, Level: g.Key.Level, Year: g.Key.Year, Month: month},
				Counts: [counts.NumCounts]int64{c.Received, c.OnlineFull, c.OnlineAny, c.Finished, c.OnTime,
					c.FeeRequired, c.PaidOnline, c.Digitised, c.ResultDigitised, c.Rated, c.Satisfied,
					c.OpenAsOf, c.OverdueAsOf},
			}
			if !yield(row) {
				return
			}
		}
	})
	if rowErr != nil {
		return rowErr
	}
	return err
}

// runNational counts a national-schema file by agency and month of 2025
// (query nat).
func runNational(input, out string, by rates.GroupBy) error {
	res, err := rates.ComputeNationalFile(context.Background(), input,
		rates.Options{By: by, Year: counts.NationalYear, CountsOnly: true})
	if err != nil {
		return err
	}
	rows := make([]counts.Row, 0, len(res.Groups))
	for _, g := range res.Groups {
		month, err := strconv.Atoi(g.Key.Period[strings.LastIndexByte(g.Key.Period, '-')+1:])
		if err != nil {
			return fmt.Errorf("group %+v: period %q: %w", g.Key, g.Key.Period, err)
		}
		c := g.National
		rows = append(rows, counts.Row{
			Key: counts.Key{Agency: g.Key.Agency, Year: g.Key.Year, Month: month},
			Counts: [counts.NumCounts]int64{c.Received, c.OnlineAny, c.OnlineFull, c.FullProcessReceived,
				c.Finished, c.OnTime, c.FeeCharged, c.PaidOnline, c.Digitised},
		})
	}
	fmt.Fprintf(os.Stderr, "ours: %d rows, %d bad, %d groups\n", res.Rows, res.Bad.Excluded, len(rows))
	return counts.WriteFileQuery(out, "nat", rows)
}

// heapProfileAtHalf returns a progress callback that writes a heap profile
// to path once, when half the input is read.
func heapProfileAtHalf(path string) func(done, total int64) {
	var once sync.Once
	return func(done, total int64) {
		if total <= 0 || done < total/2 {
			return
		}
		once.Do(func() {
			f, err := os.Create(path)
			if err != nil {
				fmt.Fprintln(os.Stderr, "ours:", err)
				return
			}
			defer f.Close()
			if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
				fmt.Fprintln(os.Stderr, "ours:", err)
			}
		})
	}
}
