package main

import (
	"context"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/indicators/rates"
	"github.com/cchc-lab/cchc/internal/atomicfile"
)

// maxWorkers is the most goroutines --workers may ask for.
const maxWorkers = 1024

// runIndicatorsCompute runs "cchc indicators --dossiers FILE ...": rates
// from dossier records, as observations for the scorer.
func runIndicatorsCompute(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indicators", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dossiers := fs.String("dossiers", "", "dossier records: .parquet, .csv or .arrow in cchc's schema, or .csv, .xlsx or .json in the national sync schema (required)")
	year := fs.Int("year", 0, "national-schema files: the period, 1 January to 31 December of this year (default: every year of receipt)")
	by := fs.String("by", "province", "group by: any of province,agency,level,procedure and one of year,quarter,month")
	asOf := fs.String("as-of", "", "check open dossiers for being overdue at this time: 2025-12-31 (end of that day) or \"2025-12-31 17:00:00\"")
	out := fs.String("o", "", "write the observations here: .csv, .parquet, .arrow or .json (default: print a table)")
	ratesOut := fs.String("rates", "", "also write the rates table with numerators, denominators and reasons: .csv, .parquet, .arrow or .json")
	rejected := fs.String("rejected", "", "write every record kept out of the rates to this CSV file (position, reason, detail)")
	workers := fs.Int("workers", 0, "goroutines (default: number of CPUs)")
	quiet := fs.Bool("q", false, "do not print the bad-record report")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: cchc indicators --dossiers FILE [--by province,agency,level,month] [--as-of DATE] [-o observations.csv|.xlsx|.parquet] [--rates rates.csv] [--rejected bad.csv]")
		fmt.Fprintln(stderr, "       cchc indicators list")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "cchc indicators: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *dossiers == "" {
		fmt.Fprintln(stderr, "cchc indicators: --dossiers FILE is required (or use \"cchc indicators list\")")
		fs.Usage()
		return 2
	}
	if *workers < 0 || *workers > maxWorkers {
		fmt.Fprintf(stderr, "cchc indicators: --workers %d: must lie between 0 (one per CPU) and %d\n", *workers, maxWorkers)
		return 2
	}
	groupBy, err := rates.ParseGroupBy(*by)
	if err != nil {
		fmt.Fprintf(stderr, "cchc indicators: --by: %v\n", err)
		return 2
	}
	opts := rates.Options{By: groupBy, Workers: *workers, Year: *year}
	schema, err := dossier.SchemaOf(*dossiers)
	if err != nil {
		fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
		return 2
	}
	if *asOf != "" {
		secs, err := dossier.ParseTime(strings.TrimSpace(*asOf), true)
		if err != nil {
			fmt.Fprintf(stderr, "cchc indicators: --as-of %q: %v\n", *asOf, err)
			return 2
		}
		opts.AsOf = dossier.FromWallSeconds(secs)
	}
	for _, p := range []string{*out, *ratesOut} {
		if p == "" {
			continue
		}
		if _, err := dataset.FormatFromPath(p); err != nil {
			fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
			return 2
		}
	}
	if err := atomicfile.CheckDistinct([]string{*dossiers}, []string{*out, *ratesOut, *rejected}); err != nil {
		fmt.Fprintf(stderr, "cchc indicators: %v; nothing written\n", err)
		return 2
	}
	var rej *rejectedWriter
	if *rejected != "" {
		rej, err = newRejectedWriter(*rejected)
		if err != nil {
			fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
			return 1
		}
		opts.OnBad = rej.add
	}
	bar := newProgressBar(stderr)
	opts.Progress = bar.update
	compute := rates.ComputeFile
	if schema == dossier.SchemaNational {
		compute = rates.ComputeNationalFile
	}
	res, err := compute(context.Background(), *dossiers, opts)
	bar.done()
	if err != nil {
		if rej != nil {
			rej.abort()
		}
		fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
		return 1
	}
	if !*quiet {
		if err := res.WriteReport(stderr); err != nil {
			rej.abort()
			return 1
		}
	}
	if *out == "" && *ratesOut == "" {
		if err := rej.commit(); err != nil {
			fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
			return 1
		}
		printRatesTable(stdout, res)
		return 0
	}
	if err := writeIndicatorOutputs(res, *out, *ratesOut, rej); err != nil {
		fmt.Fprintf(stderr, "cchc indicators: %v; nothing written\n", err)
		return 1
	}
	if *out != "" {
		fmt.Fprintf(stderr, "wrote %d observations to %s\n", len(res.Observations()), *out)
	} else {
		printRatesTable(stdout, res)
	}
	return 0
}

// printRatesTable prints the rates table as text.
func printRatesTable(stdout io.Writer, res *rates.Result) {
	table := res.Table(memory.DefaultAllocator)
	defer table.Release()
	text := dataset.Text(table, dataset.RenderOptions{})
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	fmt.Fprint(stdout, text)
}

// writeIndicatorOutputs writes the observations (-o), the rates table
// (--rates) and the rejected records (--rejected) all together or none:
// the first two as an atomicfile.Set, the third committed after them and
// dropped when they fail.
func writeIndicatorOutputs(res *rates.Result, out, ratesOut string, rej *rejectedWriter) error {
	mem := memory.DefaultAllocator
	var outs atomicfile.Set
	if ratesOut != "" {
		rec := res.Table(mem)
		defer rec.Release()
		format, _ := dataset.FormatFromPath(ratesOut)
		outs.Add(ratesOut, dataset.Filler(format, rec, dataset.WriteOptions{}))
	}
	if out != "" {
		rec := dataset.ObservationsToRecord(mem, res.Observations())
		defer rec.Release()
		format, _ := dataset.FormatFromPath(out)
		outs.Add(out, dataset.Filler(format, rec, dataset.WriteOptions{}))
	}
	if err := rej.finish(); err != nil {
		rej.abort()
		return err
	}
	if err := outs.Commit(); err != nil {
		rej.abort()
		return err
	}
	return rej.commit()
}

// rejectedWriter writes the records kept out of the rates as CSV, as the
// workers report them (in no particular order), to a temporary file that
// commit puts in place with the run's other outputs. A nil writer does
// nothing.
type rejectedWriter struct {
	mu   sync.Mutex
	f    *atomicfile.Pending
	path string
	w    *csv.Writer
	err  error
}

func newRejectedWriter(path string) (*rejectedWriter, error) {
	f, err := atomicfile.Create(path)
	if err != nil {
		return nil, err
	}
	w := csv.NewWriter(f)
	err = w.Write([]string{"position_kind", "position", "reason", "detail"})
	return &rejectedWriter{f: f, path: path, w: w, err: err}, nil
}

func (r *rejectedWriter) add(b rates.BadRecord) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err == nil {
		r.err = r.w.Write(safeTextCells([]string{b.PositionKind, strconv.FormatInt(b.Position, 10), b.Reason, b.Detail}, 1))
	}
}

// finish flushes what was written and reports the first error.
func (r *rejectedWriter) finish() error {
	if r == nil {
		return nil
	}
	r.w.Flush()
	err := r.err
	if err == nil {
		err = r.w.Error()
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", r.path, err)
	}
	return nil
}

// commit puts the file in place.
func (r *rejectedWriter) commit() error {
	if r == nil {
		return nil
	}
	if err := r.finish(); err != nil {
		r.f.Abort()
		return err
	}
	return r.f.Commit()
}

// abort drops the file; the path keeps its old content.
func (r *rejectedWriter) abort() {
	if r != nil {
		r.f.Abort()
	}
}

// progressBar draws a progress bar on a terminal once a run has taken more
// than a second; on anything else it draws nothing.
type progressBar struct {
	w       io.Writer
	tty     bool
	start   time.Time
	drawn   bool
	lastLen int
}

func newProgressBar(w io.Writer) *progressBar {
	return &progressBar{w: w, tty: isTerminal(w), start: time.Now()}
}

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func (p *progressBar) update(done, total int64) {
	if !p.tty {
		return
	}
	el := time.Since(p.start)
	if el < time.Second {
		return
	}
	const width = 30
	var line string
	if total > 0 {
		frac := float64(done) / float64(total)
		if frac > 1 {
			frac = 1
		}
		fill := int(frac * width)
		line = fmt.Sprintf("\r[%s%s] %5.1f%% %.1f s", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), 100*frac, el.Seconds())
	} else {
		line = fmt.Sprintf("\r%d read, %.1f s", done, el.Seconds())
	}
	p.lastLen = len(line)
	p.drawn = true
	fmt.Fprint(p.w, line)
}

func (p *progressBar) done() {
	if p.drawn {
		fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.lastLen)+"\r")
	}
}
