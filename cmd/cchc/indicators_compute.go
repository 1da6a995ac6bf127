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
)

// runIndicatorsCompute runs "cchc indicators --dossiers FILE ...": rates
// from dossier records, as observations for the scorer.
func runIndicatorsCompute(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indicators", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dossiers := fs.String("dossiers", "", "dossier records: .parquet, .csv or .arrow (required)")
	by := fs.String("by", "province", "group by: any of province,agency,level,procedure and one of year,quarter,month")
	asOf := fs.String("as-of", "", "check open dossiers for being overdue at this time: 2025-12-31 (end of that day) or \"2025-12-31 17:00:00\"")
	out := fs.String("o", "", "write the observations here: .csv, .parquet, .arrow or .json (default: print a table)")
	ratesOut := fs.String("rates", "", "also write the rates table with numerators, denominators and reasons: .csv, .parquet, .arrow or .json")
	rejected := fs.String("rejected", "", "write every record kept out of the rates to this CSV file (position, reason, detail)")
	workers := fs.Int("workers", 0, "goroutines (default: number of CPUs)")
	quiet := fs.Bool("q", false, "do not print the bad-record report")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: cchc indicators --dossiers FILE [--by province,agency,level,month] [--as-of DATE] [-o observations.csv|.parquet] [--rates rates.csv] [--rejected bad.csv]")
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
	groupBy, err := rates.ParseGroupBy(*by)
	if err != nil {
		fmt.Fprintf(stderr, "cchc indicators: --by: %v\n", err)
		return 2
	}
	opts := rates.Options{By: groupBy, Workers: *workers}
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
	res, err := rates.ComputeFile(context.Background(), *dossiers, opts)
	bar.done()
	if rej != nil {
		if cerr := rej.close(); err == nil && cerr != nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
		return 1
	}
	if !*quiet {
		if err := res.WriteReport(stderr); err != nil {
			return 1
		}
	}
	mem := memory.DefaultAllocator
	if *ratesOut != "" {
		rec := res.Table(mem)
		err := dataset.WriteFile(*ratesOut, rec, dataset.WriteOptions{})
		rec.Release()
		if err != nil {
			fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
			return 1
		}
	}
	obs := res.Observations()
	rec := dataset.ObservationsToRecord(mem, obs)
	defer rec.Release()
	if *out == "" {
		table := res.Table(mem)
		defer table.Release()
		text := dataset.Text(table, dataset.RenderOptions{})
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
		fmt.Fprint(stdout, text)
		return 0
	}
	if err := dataset.WriteFile(*out, rec, dataset.WriteOptions{}); err != nil {
		fmt.Fprintf(stderr, "cchc indicators: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "wrote %d observations to %s\n", len(obs), *out)
	return 0
}

// rejectedWriter writes the records kept out of the rates as CSV, as the
// workers report them (in no particular order).
type rejectedWriter struct {
	mu  sync.Mutex
	f   *os.File
	w   *csv.Writer
	err error
}

func newRejectedWriter(path string) (*rejectedWriter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	w := csv.NewWriter(f)
	err = w.Write([]string{"position_kind", "position", "reason", "detail"})
	return &rejectedWriter{f: f, w: w, err: err}, nil
}

func (r *rejectedWriter) add(b rates.BadRecord) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.err == nil {
		r.err = r.w.Write([]string{b.PositionKind, strconv.FormatInt(b.Position, 10), b.Reason, b.Detail})
	}
}

func (r *rejectedWriter) close() error {
	r.w.Flush()
	err := r.err
	if err == nil {
		err = r.w.Error()
	}
	if cerr := r.f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", r.f.Name(), err)
	}
	return nil
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
