package main

import (
	"context"
	"encoding/csv"
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
	"github.com/cchc-lab/cchc/internal/i18n"
)

// maxWorkers is the most goroutines --workers may ask for.
const maxWorkers = 1024

// indicatorsFlags are the flags of "cchc indicators --dossiers FILE".
type indicatorsFlags struct {
	dossiers, by, asOf, out, ratesOut, rejected string
	year, workers                               int
	quiet                                       bool
}

// indicatorsRun is one run of "cchc indicators --dossiers FILE": its
// flags, the options of the rates and what it computed.
type indicatorsRun struct {
	flags  indicatorsFlags
	l      i18n.Lang
	stdout io.Writer
	stderr io.Writer
	opts   rates.Options
	schema string
	rej    *rejectedWriter
	res    *rates.Result
}

// runIndicatorsCompute runs "cchc indicators --dossiers FILE ...": rates
// from dossier records, as observations for the scorer.
func runIndicatorsCompute(args []string, stdout, stderr io.Writer) int {
	l, lerr := runLang(args)
	f, code, ok := parseIndicatorsFlags(args, l, lerr, stdout, stderr)
	if !ok {
		return code
	}
	r := &indicatorsRun{flags: f, l: l, stdout: stdout, stderr: stderr}
	if err := r.options(); err != nil {
		return usageProblem(stderr, l, "indicators", errorText(err, l))
	}
	if err := r.detectSchema(); err != nil {
		sayError(stderr, l, "indicators", err)
		return 2
	}
	if err := r.checkOutputs(); err != nil {
		say(stderr, "indicators", l.T("%s; nothing written", errorText(err, l)))
		return 2
	}
	for _, step := range []func() error{r.openRejected, r.compute, r.report, r.writeOutputs} {
		if err := step(); err != nil {
			sayError(stderr, l, "indicators", err)
			return 1
		}
	}
	return 0
}

// parseIndicatorsFlags reads the flags; ok is false when the run ends
// here with exit status code (help, or a usage error).
func parseIndicatorsFlags(args []string, l i18n.Lang, lerr error, stdout, stderr io.Writer) (f indicatorsFlags, code int, ok bool) {
	const cmd = "indicators"
	fs := newFlagSet(cmd)
	fs.StringVar(&f.dossiers, "dossiers", "", "")
	fs.IntVar(&f.year, "year", 0, "")
	fs.StringVar(&f.by, "by", "province", "")
	fs.StringVar(&f.asOf, "as-of", "", "")
	fs.StringVar(&f.out, "o", "", "")
	fs.StringVar(&f.ratesOut, "rates", "", "")
	fs.StringVar(&f.rejected, "rejected", "", "")
	fs.IntVar(&f.workers, "workers", 0, "")
	fs.BoolVar(&f.quiet, "q", false, "")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, rest, l, cmd, l.T(i18n.IndicatorsUsage), stdout, stderr); done {
		return f, code, false
	}
	switch {
	case f.dossiers == "":
		return f, usageProblem(stderr, l, cmd, l.T("--dossiers FILE is required (or use \"cchc indicators list\")")), false
	case f.workers < 0 || f.workers > maxWorkers:
		return f, usageProblem(stderr, l, cmd, l.T("--workers %d: must lie between 0 (one per CPU) and %d", f.workers, maxWorkers)), false
	}
	return f, 0, true
}

// options builds the options of the rates from the flags: the grouping,
// the schema of the file, the time open dossiers are checked at.
func (r *indicatorsRun) options() error {
	f := r.flags
	groupBy, err := rates.ParseGroupBy(f.by)
	if err != nil {
		return newError(i18n.Msgf("--by: %v", err))
	}
	r.opts = rates.Options{By: groupBy, Workers: f.workers, Year: f.year}
	if f.asOf != "" {
		secs, err := dossier.ParseTime(strings.TrimSpace(f.asOf), true)
		if err != nil {
			return newError(i18n.Msgf("--as-of %q: %v", f.asOf, err))
		}
		r.opts.AsOf = dossier.FromWallSeconds(secs)
	}
	for _, p := range []string{f.out, f.ratesOut} {
		if p == "" {
			continue
		}
		if _, err := dataset.FormatFromPath(p); err != nil {
			return err
		}
	}
	return nil
}

// detectSchema tells the schema of the dossier file from its name and
// first bytes.
func (r *indicatorsRun) detectSchema() error {
	var err error
	r.schema, err = dossier.SchemaOf(r.flags.dossiers)
	return err
}

// checkOutputs refuses an output that is the input.
func (r *indicatorsRun) checkOutputs() error {
	f := r.flags
	return atomicfile.CheckDistinct([]string{f.dossiers}, []string{f.out, f.ratesOut, f.rejected})
}

// openRejected starts the --rejected file, when asked for.
func (r *indicatorsRun) openRejected() error {
	if r.flags.rejected == "" {
		return nil
	}
	rej, err := newRejectedWriter(r.flags.rejected)
	if err != nil {
		return err
	}
	r.rej = rej
	r.opts.OnBad = rej.add
	return nil
}

// compute reads the dossiers and computes the rates, with a progress bar
// on a terminal.
func (r *indicatorsRun) compute() error {
	bar := newProgressBar(r.stderr, r.l)
	r.opts.Progress = bar.update
	compute := rates.ComputeFile
	if r.schema == dossier.SchemaNational {
		compute = rates.ComputeNationalFile
	}
	restoreGC := lowerGCPercent(r.flags.dossiers)
	res, err := compute(context.Background(), r.flags.dossiers, r.opts)
	restoreGC()
	bar.done()
	if err != nil {
		r.rej.abort()
		return err
	}
	r.res = res
	return nil
}

// report prints the report of bad records, unless -q.
func (r *indicatorsRun) report() error {
	if r.flags.quiet {
		return nil
	}
	if err := r.res.WriteReportIn(r.stderr, r.l); err != nil {
		r.rej.abort()
		return err
	}
	return nil
}

// writeOutputs writes the outputs all together, or prints the rates
// table when there is no -o.
func (r *indicatorsRun) writeOutputs() error {
	f := r.flags
	if f.out == "" && f.ratesOut == "" {
		if err := r.rej.commit(); err != nil {
			return err
		}
		printRatesTable(r.stdout, r.res)
		return nil
	}
	if err := writeIndicatorOutputs(r.res, f.out, f.ratesOut, r.rej); err != nil {
		return newError(i18n.Msgf("%v; nothing written", err))
	}
	if f.out != "" {
		say(r.stderr, "indicators", r.l.T("wrote %d observations to %s", len(r.res.Observations()), f.out))
	} else {
		printRatesTable(r.stdout, r.res)
	}
	return nil
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
		return newError(i18n.Msgf("writing %s: %v", r.path, err))
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
	l       i18n.Lang
	tty     bool
	start   time.Time
	drawn   bool
	lastLen int
}

func newProgressBar(w io.Writer, l i18n.Lang) *progressBar {
	return &progressBar{w: w, l: l, tty: isTerminal(w), start: time.Now()}
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
		line = fmt.Sprintf("\r[%s%s] %5.1f%% ", strings.Repeat("#", fill), strings.Repeat(" ", width-fill), 100*frac) +
			p.l.T("%s s", decimal(el.Seconds(), p.l))
	} else {
		line = "\r" + p.l.T("%d read, %s s", done, decimal(el.Seconds(), p.l))
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
