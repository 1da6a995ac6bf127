package rates

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// Period granularities of a rate group.
const (
	PeriodYear    = "year"
	PeriodQuarter = "quarter"
	PeriodMonth   = "month"
)

// GroupBy says which dimensions the rates are broken down by. Rates are
// always by year of receipt; Period refines that to quarters or months.
type GroupBy struct {
	Province  bool
	Agency    bool
	Level     bool
	Procedure bool
	// Period is PeriodYear (or empty), PeriodQuarter or PeriodMonth.
	Period string
}

// ParseGroupBy reads a comma-separated list of dimensions: province,
// agency, level, procedure, and at most one of year, quarter, month.
func ParseGroupBy(s string) (GroupBy, error) {
	var g GroupBy
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		switch f {
		case "":
		case "province":
			g.Province = true
		case "agency":
			g.Agency = true
		case "level":
			g.Level = true
		case "procedure", "procedure_code":
			g.Procedure = true
		case PeriodYear, PeriodQuarter, PeriodMonth:
			if g.Period != "" && g.Period != f {
				return GroupBy{}, i18n.Errorf("group by: both %q and %q: choose one period", g.Period, f)
			}
			g.Period = f
		default:
			return GroupBy{}, i18n.Errorf("group by: unknown dimension %q (want province, agency, level, procedure, year, quarter or month)", f)
		}
	}
	return g, nil
}

// String returns the dimensions as ParseGroupBy reads them.
func (g GroupBy) String() string {
	var out []string
	for _, d := range []struct {
		on   bool
		name string
	}{{g.Province, "province"}, {g.Agency, "agency"}, {g.Level, "level"}, {g.Procedure, "procedure"}} {
		if d.on {
			out = append(out, d.name)
		}
	}
	p := g.Period
	if p == "" {
		p = PeriodYear
	}
	return strings.Join(append(out, p), ",")
}

// columns returns the dossier columns the computation reads.
func (g GroupBy) columns() []string {
	cols := []string{}
	if g.Province {
		cols = append(cols, dossier.ColProvince)
	}
	if g.Agency {
		cols = append(cols, dossier.ColAgency)
	}
	if g.Level {
		cols = append(cols, dossier.ColLevel)
	}
	if g.Procedure {
		cols = append(cols, dossier.ColProcedure)
	}
	return append(cols, dossier.ColReceivedAt, dossier.ColDueAt, dossier.ColFinishedAt,
		dossier.ColChannel, dossier.ColFeeRequired, dossier.ColPaidOnline,
		dossier.ColDigitised, dossier.ColResultDigitised, dossier.ColRating)
}

// Reasons a dossier record is kept out of the rates.
const (
	// ReasonMissingValue: received_at, due_at, channel or a grouping column is null.
	ReasonMissingValue = "missing_value"
	// ReasonFinishedBeforeReceived: finished_at is before received_at.
	ReasonFinishedBeforeReceived = "finished_before_received"
	// ReasonDueBeforeReceived: due_at is before received_at.
	ReasonDueBeforeReceived = "due_before_received"
	// ReasonUnknownChannel: channel is not one of dossier.Channels.
	ReasonUnknownChannel = "unknown_channel"
	// ReasonRatingOutOfRange: rating is not null and not in 1..5.
	ReasonRatingOutOfRange = "rating_out_of_range"
	// ReasonUnreadable: a CSV row that could not be parsed.
	ReasonUnreadable = "unreadable_row"
)

// BadReasons returns the reasons in the order they are checked and reported.
// A record with several faults is counted once, under the first.
func BadReasons() []string {
	return []string{ReasonUnreadable, ReasonMissingValue, ReasonFinishedBeforeReceived,
		ReasonDueBeforeReceived, ReasonUnknownChannel, ReasonRatingOutOfRange}
}

const (
	reasonIdxUnreadable = iota
	reasonIdxMissing
	reasonIdxFinished
	reasonIdxDue
	reasonIdxChannel
	reasonIdxRating
	numReasons
)

// Counts are the dossier counts of one group, from which every rate is a
// ratio. Bad records are not counted.
type Counts struct {
	// Received is the number of dossiers received.
	Received int64
	// OnlineFull is the number submitted full-process online.
	OnlineFull int64
	// OnlineAny is the number submitted online, fully or partly.
	OnlineAny int64
	// Finished is the number with a finish time.
	Finished int64
	// OnTime is the number finished no later than due.
	OnTime int64
	// FeeRequired is the number whose procedure charges a fee.
	FeeRequired int64
	// PaidOnline is the number of fee-charging dossiers paid online.
	PaidOnline int64
	// Digitised is the number of dossiers digitised.
	Digitised int64
	// ResultDigitised is the number of finished dossiers whose result was digitised.
	ResultDigitised int64
	// Rated is the number rated.
	Rated int64
	// Satisfied is the number rated dossier.RatingSatisfied or more.
	Satisfied int64
	// OpenAsOf is the number received by the as-of time and not finished by then.
	OpenAsOf int64
	// OverdueAsOf is the number of those whose due time is before the as-of time.
	OverdueAsOf int64
}

func (c *Counts) add(o *Counts) {
	c.Received += o.Received
	c.OnlineFull += o.OnlineFull
	c.OnlineAny += o.OnlineAny
	c.Finished += o.Finished
	c.OnTime += o.OnTime
	c.FeeRequired += o.FeeRequired
	c.PaidOnline += o.PaidOnline
	c.Digitised += o.Digitised
	c.ResultDigitised += o.ResultDigitised
	c.Rated += o.Rated
	c.Satisfied += o.Satisfied
	c.OpenAsOf += o.OpenAsOf
	c.OverdueAsOf += o.OverdueAsOf
}

// Rate is one rate of one group: a percentage with the counts it comes from.
type Rate struct {
	// Metric is the catalogue id.
	Metric string
	// Numerator and Denominator are dossier counts.
	Numerator, Denominator int64
	// Value is 100 × Numerator / Denominator; meaningful only when Valid.
	Value float64
	// Valid is false when the denominator is 0; Reason then says why.
	Valid bool
	// Reason says why the rate is null, empty when Valid.
	Reason string
	// Unit is the unit of Value: empty for a percentage, else a catalogue
	// unit such as indicators.UnitPoints20.
	Unit string
}

// unit returns the rate's unit as observations carry it.
func (r Rate) unit() string {
	if r.Unit == "" {
		return "percent"
	}
	return r.Unit
}

// Rates returns the rates of c, in indicators.RateMetricIDs order. The overdue rate is
// left out when withOverdue is false (no as-of time).
func (c Counts) Rates(withOverdue bool) []Rate {
	return c.appendRates(nil, withOverdue)
}

func (c Counts) appendRates(out []Rate, withOverdue bool) []Rate {
	mk := func(id string, num, den int64, why string) Rate {
		r := Rate{Metric: id, Numerator: num, Denominator: den}
		if den == 0 {
			r.Reason = why
		} else {
			r.Valid = true
			r.Value = 100 * float64(num) / float64(den)
		}
		return r
	}
	out = append(out,
		mk(indicators.MetricOnlineSubmission, c.OnlineFull, c.Received, "no dossiers received"),
		mk(indicators.MetricOnlineAnySubmission, c.OnlineAny, c.Received, "no dossiers received"),
		mk(indicators.MetricOntimeCompletion, c.OnTime, c.Finished, "no finished dossiers"),
	)
	if withOverdue {
		out = append(out, mk(indicators.MetricOverdueOpen, c.OverdueAsOf, c.OpenAsOf, "no open dossiers at the as-of time"))
	}
	return append(out,
		mk(indicators.MetricOnlinePayment, c.PaidOnline, c.FeeRequired, "no dossiers of fee-charging procedures"),
		mk(indicators.MetricDossierDigitisation, c.Digitised, c.Received, "no dossiers received"),
		mk(indicators.MetricResultDigitisation, c.ResultDigitised, c.Finished, "no finished dossiers"),
		mk(indicators.MetricSatisfaction, c.Satisfied, c.Rated, "no rated dossiers"),
	)
}

// GroupKey identifies a group. Dimensions not grouped by are empty.
type GroupKey struct {
	Province  string
	Agency    string
	Level     string
	Procedure string
	// Year is the year of receipt.
	Year int
	// Period is "2025-06" (month), "2025-Q2" (quarter) or "" (whole year).
	Period string
}

// GroupRates are the counts and rates of one group.
type GroupRates struct {
	Key GroupKey
	// Counts are the counts of a file in this package's schema.
	Counts Counts
	// National are the counts of a national-schema file (nil otherwise).
	National *NationalCounts
	Rates    []Rate
}

// BadRecord is one example of a record kept out of the rates.
type BadRecord struct {
	// Reason is one of BadReasons.
	Reason string
	// Position is the 1-based row (or CSV line) in the input.
	Position int64
	// PositionKind is "row" or "line".
	PositionKind string
	// Detail says what is wrong, in words.
	Detail string
	// why is Detail to be written in any language (nil: Detail is all
	// there is).
	why i18n.Text
}

// badRecord returns the BadRecord of a record kept out for reason, its
// detail why in words of any language (nil: no detail).
func badRecord(reason string, pos int64, kind string, why i18n.Text) BadRecord {
	b := BadRecord{Reason: reason, Position: pos, PositionKind: kind, why: why}
	if why != nil {
		b.Detail = why.In(i18n.EN)
	}
	return b
}

// DetailIn returns the detail in the language l.
func (b BadRecord) DetailIn(l i18n.Lang) string {
	if b.why == nil {
		return b.Detail
	}
	return b.why.In(l)
}

// String returns "line 12: finished_before_received: ...".
func (b BadRecord) String() string { return b.In(i18n.EN) }

// In returns the record as String does, with the position's word in the
// language l (the reason id and the detail stay as they are).
func (b BadRecord) In(l i18n.Lang) string {
	if l == i18n.EN || (b.PositionKind != "line" && b.PositionKind != "row") {
		return fmt.Sprintf("%s %d: %s: %s", b.PositionKind, b.Position, b.Reason, b.Detail)
	}
	where := i18n.Textf("row %d", b.Position)
	if b.PositionKind == "line" {
		where = i18n.Textf("line %d", b.Position)
	}
	return where.In(l) + ": " + b.Reason + ": " + b.DetailIn(l)
}

// BadReport counts the records kept out of the rates.
type BadReport struct {
	// Excluded is the number of records kept out.
	Excluded int64
	// ByReason counts them per reason (every reason of BadReasons is present).
	ByReason map[string]int64
	// Examples are the first records of each reason in input order (at
	// most Options.Examples per reason).
	Examples []BadRecord
}

// Options controls Compute.
type Options struct {
	// By says how to group.
	By GroupBy
	// AsOf is the time at which open dossiers are checked for being
	// overdue (wall-clock, as dossier times); the zero time leaves
	// overdue_open_rate out.
	AsOf time.Time
	// Year is the period of a national-schema file: dossiers received from
	// 1 January to 31 December of Year (0: every year of receipt, each its
	// own period). Files in this package's schema are grouped by year of
	// receipt whatever Year is.
	Year int
	// Workers is the number of goroutines; 0 means GOMAXPROCS.
	Workers int
	// Source is written into each observation's Source.
	Source string
	// Examples is the number of example bad records kept per reason; 0 means 3.
	Examples int
	// Mem allocates the records read from files; nil means memory.DefaultAllocator.
	Mem memory.Allocator
	// BatchSize is the number of rows per record read from files; 0 means
	// dossier.DefaultBatchSize.
	BatchSize int
	// OnBad, when set, is called with every record kept out of the rates,
	// from the goroutines that read them (several at a time).
	OnBad func(BadRecord)
	// CountsOnly leaves each group's Rates nil, for callers that need only
	// the counts: it saves the memory of eight rates per group (a group's
	// rates are then Counts.Rates or NationalCounts.Rates; Observations,
	// Table and WriteReport work them out as they need them).
	CountsOnly bool
	// Progress, when set, is called about every 100 ms from a separate
	// goroutine with the amount read and the total (rows, or bytes for
	// CSV; total -1 when unknown), and once at the end.
	Progress func(done, total int64)
}

// Result is the outcome of Compute.
type Result struct {
	// By is the grouping used. When it includes the level, Groups also
	// hold totals over all levels, with an empty Level.
	By GroupBy
	// AsOf is the as-of time used (zero when none).
	AsOf time.Time
	// Source is the source written into observations.
	Source string
	// Rows is the number of input records, bad ones included.
	Rows int64
	// Used is the number of records counted in the rates.
	Used int64
	// Groups are the groups in order of their keys.
	Groups []GroupRates
	// Bad reports the records kept out.
	Bad BadReport
	// Schema is the input's schema: SchemaCCHC (empty) or SchemaNational.
	Schema string
	// Year is the period of a national file (0: every year of receipt).
	Year int
	// NotCounted counts the national records that are outside every rate
	// by the rules (not received, withdrawn, outside the period).
	NotCounted NationalNotCounted
}

// ComputeFile reads a dossier file (Parquet, CSV or Arrow IPC) and
// computes its rates, reading only the columns it needs with
// opts.Workers goroutines. Unreadable CSV rows are counted as bad records.
func ComputeFile(ctx context.Context, path string, opts Options) (*Result, error) {
	var mu sync.Mutex
	var unreadable []*dossier.RowError
	var nUnreadable int64
	limit := opts.examples()
	f, err := dossier.Open(path, dossier.ReadOptions{
		Columns:   opts.By.columns(),
		BatchSize: opts.BatchSize,
		Mem:       opts.Mem,
		// Every part is read to its end (or the result is an error): the
		// checksum of a Parquet file is checked while the workers count.
		VerifyWhileReading: true,
		OnReject: func(e *dossier.RowError) {
			if opts.OnBad != nil {
				opts.OnBad(badRecord(ReasonUnreadable, int64(e.Line), "line", i18n.Textf("%v", e)))
			}
			mu.Lock()
			nUnreadable++
			// Keep the first lines of the file, whichever part read them.
			unreadable = append(unreadable, e)
			if len(unreadable) > limit {
				sort.Slice(unreadable, func(i, j int) bool { return unreadable[i].Line < unreadable[j].Line })
				unreadable = unreadable[:limit]
			}
			mu.Unlock()
		},
	})
	if err != nil {
		return nil, err
	}
	parts, err := f.Parts(opts.workers())
	if err != nil {
		return nil, err
	}
	if opts.Source == "" {
		opts.Source = "dossiers " + path
	}
	stop := make(chan struct{})
	var pwg sync.WaitGroup
	if opts.Progress != nil {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-stop:
					opts.Progress(f.Progress())
					return
				case <-t.C:
					opts.Progress(f.Progress())
				}
			}
		}()
	}
	srcs := make([]source, len(parts))
	for i, p := range parts {
		srcs[i] = source{rr: p, pos: p}
	}
	res, err := computeRates(ctx, srcs, opts)
	for _, p := range parts {
		p.Release()
	}
	close(stop)
	pwg.Wait()
	if err != nil {
		if !strings.Contains(err.Error(), path) {
			err = i18n.Errorf("%s: %w", path, err)
		}
		return nil, err
	}
	res.Rows += nUnreadable
	res.Bad.Excluded += nUnreadable
	res.Bad.ByReason[ReasonUnreadable] += nUnreadable
	sort.Slice(unreadable, func(i, j int) bool { return unreadable[i].Line < unreadable[j].Line })
	var ex []BadRecord
	for _, e := range unreadable {
		ex = append(ex, badRecord(ReasonUnreadable, int64(e.Line), "line", i18n.Textf("%v", e)))
	}
	res.Bad.Examples = append(ex, res.Bad.Examples...)
	return res, nil
}

// Compute computes the rates of the records of rr (any of the dossier
// schema's accepted column types; extra columns are ignored). Positions of
// bad records are row numbers counted from 1 across rr's records.
func Compute(ctx context.Context, rr array.RecordReader, opts Options) (*Result, error) {
	return computeRates(ctx, []source{{rr: rr}}, opts)
}

// ComputeRecords computes the rates of records held in memory.
func ComputeRecords(recs []arrow.Record, opts Options) (*Result, error) {
	if len(recs) == 0 {
		return computeRates(context.Background(), nil, opts)
	}
	rr, err := array.NewRecordReader(recs[0].Schema(), recs)
	if err != nil {
		return nil, i18n.Errorf("rates: %w", err)
	}
	defer rr.Release()
	return Compute(context.Background(), rr, opts)
}

func (o Options) workers() int {
	if o.Workers > 0 {
		return o.Workers
	}
	return runtime.GOMAXPROCS(0)
}

func (o Options) examples() int {
	if o.Examples > 0 {
		return o.Examples
	}
	return 3
}

// positioner locates rows of the current record of a source.
type positioner interface {
	Position(i int) int64
	PositionKind() string
}

// source is one stream of records; pos is nil for plain readers (rows are
// then counted).
type source struct {
	rr  array.RecordReader
	pos positioner
}

// batch is a record with what locates its rows.
type batch struct {
	rec   arrow.Record
	first int64 // first row, when positions are counted
	pos   []int64
	kind  string
}

func computeRates(ctx context.Context, srcs []source, opts Options) (*Result, error) {
	workers := opts.workers()
	var asOf int64
	hasAsOf := !opts.AsOf.IsZero()
	if hasAsOf {
		asOf = dossier.WallSeconds(opts.AsOf)
	}
	newWorker := func() *worker {
		return newRateWorker(opts.By, hasAsOf, asOf, opts.examples(), opts.OnBad)
	}
	var ws []*worker
	var firstErr error
	var mu sync.Mutex
	setErr := func(err error) {
		mu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		mu.Unlock()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	if len(srcs) == 1 && workers > 1 {
		// One stream: read and decode in one goroutine, count in another.
		ch := make(chan batch, 2)
		w := newWorker()
		ws = append(ws, w)
		wg.Add(1)
		go func() {
			defer wg.Done()
			failed := false
			for b := range ch {
				if !failed {
					if err := w.process(b); err != nil {
						failed = true
						setErr(err)
						cancel()
					}
				}
				b.rec.Release()
			}
		}()
		err := readSource(ctx, srcs[0], func(b batch) error {
			b.rec.Retain()
			select {
			case ch <- b:
				return nil
			case <-ctx.Done():
				b.rec.Release()
				return ctx.Err()
			}
		})
		close(ch)
		wg.Wait()
		if err != nil {
			setErr(err)
		}
	} else {
		for _, s := range srcs {
			w := newWorker()
			ws = append(ws, w)
			wg.Add(1)
			go func(s source, w *worker) {
				defer wg.Done()
				err := readSource(ctx, s, func(b batch) error { return w.process(b) })
				if err != nil {
					setErr(err)
					cancel()
				}
			}(s, w)
		}
		wg.Wait()
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return mergeWorkers(ws, opts), nil
}

// readSource calls fn with each record of s.
func readSource(ctx context.Context, s source, fn func(batch) error) error {
	var row int64
	for s.rr.Next() {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec := s.rr.Record()
		n := int(rec.NumRows())
		b := batch{rec: rec, first: row, kind: "row"}
		if s.pos != nil {
			b = batchWithPositions(b, s.pos, n)
		}
		row += int64(n)
		if err := fn(b); err != nil {
			return err
		}
	}
	return s.rr.Err()
}

// batchWithPositions records where the rows of b stand. For row-numbered
// inputs the first position is enough; CSV lines are copied.
func batchWithPositions(b batch, p positioner, n int) batch {
	if n == 0 {
		return b
	}
	b.kind = p.PositionKind()
	if b.kind == "row" {
		b.first = p.Position(0) - 1
		return b
	}
	b.pos = make([]int64, n)
	for i := range b.pos {
		b.pos[i] = p.Position(i)
	}
	return b
}

func (b *batch) position(i int) (int64, string) {
	if b.pos != nil {
		return b.pos[i], b.kind
	}
	return b.first + int64(i) + 1, "row"
}

// WriteReport writes a short text report in English: rows read, rows
// used, and the bad records per reason with examples.
func (r *Result) WriteReport(w io.Writer) error { return r.WriteReportIn(w, i18n.EN) }

// WriteReportIn writes the report of WriteReport in the language l.
// Reason ids, metric ids and the examples' details stay as they are.
func (r *Result) WriteReportIn(w io.Writer, l i18n.Lang) error {
	var b strings.Builder
	b.WriteString(i18n.Textf("dossiers read: %d; counted: %d; kept out: %d\n", r.Rows, r.Used, r.Bad.Excluded).In(l))
	reasons := BadReasons()
	if r.Schema == SchemaNational {
		reasons = dossier.NationalRejectReasons()
		r.writeNationalReport(&b, l)
	}
	if r.Bad.Excluded > 0 {
		for _, reason := range reasons {
			if n := r.Bad.ByReason[reason]; n > 0 {
				fmt.Fprintf(&b, "  %-26s %d\n", reason, n)
			}
		}
		if len(r.Bad.Examples) > 0 {
			b.WriteString(i18n.Textf("examples:\n").In(l))
			for _, e := range r.Bad.Examples {
				fmt.Fprintf(&b, "  %s\n", e.In(l))
			}
		}
	}
	nullRates := 0
	for i := range r.Groups {
		for _, x := range r.ratesOf(&r.Groups[i]) {
			if !x.Valid {
				nullRates++
			}
		}
	}
	b.WriteString(i18n.Textf("groups: %d (by %s); rates with no denominator (null): %d\n", len(r.Groups), r.By, nullRates).In(l))
	switch {
	case r.Schema == SchemaNational:
		write766Groups(&b, l)
	case r.AsOf.IsZero():
		b.WriteString(i18n.Textf("overdue_open_rate: not computed (no as-of time)\n").In(l))
	default:
		b.WriteString(i18n.Textf("overdue_open_rate as of %s\n", r.AsOf.Format("2006-01-02 15:04:05")).In(l))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// ratesOf returns the rates of a group: its Rates, or when they were
// left out (Options.CountsOnly) the rates of its counts.
func (r *Result) ratesOf(g *GroupRates) []Rate {
	switch {
	case g.Rates != nil:
		return g.Rates
	case g.National != nil:
		return g.National.Rates()
	}
	return g.Counts.Rates(!r.AsOf.IsZero())
}

// Observations returns one observation per valid rate and group, for the
// scorer: Entity is the agency when grouped by agency, else the province
// (empty when neither is grouped); Level is the group's level when grouped
// by level; Unit is "percent". Null rates have no observation (the scorer
// reports them as no data).
func (r *Result) Observations() []dataset.Observation {
	out := make([]dataset.Observation, 0, len(r.Groups)*len(indicators.RateMetricIDs()))
	var buf []byte
	for _, g := range r.Groups {
		entity := g.Key.Province
		if r.By.Agency {
			entity = g.Key.Agency
		}
		src := r.Source
		if r.By.Procedure {
			src += "; procedure " + g.Key.Procedure
		}
		if r.By.Agency && r.By.Province {
			src += "; province " + g.Key.Province
		}
		for _, x := range r.ratesOf(&g) {
			if !x.Valid {
				continue
			}
			buf = append(append(buf[:0], src...), "; "...)
			buf = strconv.AppendInt(buf, x.Numerator, 10)
			buf = strconv.AppendInt(append(buf, '/'), x.Denominator, 10)
			out = append(out, dataset.Observation{
				Entity: entity, Level: g.Key.Level, Year: g.Key.Year, Period: g.Key.Period,
				Metric: x.Metric, Value: x.Value, Unit: x.unit(),
				Source: string(buf),
			})
		}
	}
	return out
}

// Table returns the rates as an Arrow record with one row per group and
// metric: the grouped dimensions (province, agency, level, procedure_code
// as grouped), year, period (when by quarter or month), metric, numerator,
// denominator, value (null when the denominator is 0), unit and reason.
// The caller releases it.
func (r *Result) Table(mem memory.Allocator) arrow.Record {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	var fields []arrow.Field
	dims := []struct {
		on   bool
		name string
		get  func(GroupKey) string
	}{
		{r.By.Province, dossier.ColProvince, func(k GroupKey) string { return k.Province }},
		{r.By.Agency, dossier.ColAgency, func(k GroupKey) string { return k.Agency }},
		{r.By.Level, dossier.ColLevel, func(k GroupKey) string { return k.Level }},
		{r.By.Procedure, dossier.ColProcedure, func(k GroupKey) string { return k.Procedure }},
	}
	for _, d := range dims {
		if d.on {
			fields = append(fields, arrow.Field{Name: d.name, Type: arrow.BinaryTypes.String})
		}
	}
	fields = append(fields, arrow.Field{Name: "year", Type: arrow.PrimitiveTypes.Int32})
	withPeriod := r.By.Period == PeriodMonth || r.By.Period == PeriodQuarter
	if withPeriod {
		fields = append(fields, arrow.Field{Name: "period", Type: arrow.BinaryTypes.String})
	}
	fields = append(fields,
		arrow.Field{Name: "metric", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "numerator", Type: arrow.PrimitiveTypes.Int64},
		arrow.Field{Name: "denominator", Type: arrow.PrimitiveTypes.Int64},
		arrow.Field{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		arrow.Field{Name: "unit", Type: arrow.BinaryTypes.String},
		arrow.Field{Name: "reason", Type: arrow.BinaryTypes.String},
	)
	b := array.NewRecordBuilder(mem, arrow.NewSchema(fields, nil))
	defer b.Release()
	for _, g := range r.Groups {
		for _, x := range r.ratesOf(&g) {
			c := 0
			for _, d := range dims {
				if d.on {
					b.Field(c).(*array.StringBuilder).Append(d.get(g.Key))
					c++
				}
			}
			b.Field(c).(*array.Int32Builder).Append(int32(g.Key.Year))
			c++
			if withPeriod {
				b.Field(c).(*array.StringBuilder).Append(g.Key.Period)
				c++
			}
			b.Field(c).(*array.StringBuilder).Append(x.Metric)
			b.Field(c + 1).(*array.Int64Builder).Append(x.Numerator)
			b.Field(c + 2).(*array.Int64Builder).Append(x.Denominator)
			if x.Valid {
				b.Field(c + 3).(*array.Float64Builder).Append(x.Value)
			} else {
				b.Field(c + 3).AppendNull()
			}
			b.Field(c + 4).(*array.StringBuilder).Append(x.unit())
			b.Field(c + 5).(*array.StringBuilder).Append(x.Reason)
		}
	}
	return b.NewRecord()
}

// mergeWorkers adds up the workers' partial counts by group. Keys are
// merged in their packed form: each worker's ids are mapped to ids of a
// common interner, and the texts are looked up once per group at the end.
// The merged counts are added straight into the result's groups, which are
// made once, in output order, when every key is known: the counts of a
// group are not held twice.
func mergeWorkers(ws []*worker, opts Options) *Result {
	m := newMerger(opts)
	remaps := make([][numDims][]uint64, len(ws))
	for i, w := range ws {
		m.addTotals(w)
		remaps[i] = m.remap(w)
		for _, k := range w.table.keys {
			k0, k1 := remapKey(&remaps[i], k)
			m.table.get(k0, k1)
			if opts.By.Level {
				m.table.get(k0, levelTotalKey(k1))
			}
		}
	}
	m.res.Used = m.res.Rows - m.res.Bad.Excluded
	m.keepExamples()
	pos := m.outputOrder()
	groups := make([]GroupRates, len(m.table.keys))
	for i, w := range ws {
		for gi, k := range w.table.keys {
			k0, k1 := remapKey(&remaps[i], k)
			g, _ := m.table.get(k0, k1)
			c := &groups[pos[g]].Counts
			w.groupCounts(int32(gi), c)
			if opts.By.Level {
				t, _ := m.table.get(k0, levelTotalKey(k1))
				w.groupCounts(int32(gi), &groups[pos[t]].Counts)
			}
		}
		// The worker's counts are in groups now.
		w.counts, w.spilled, w.table = blocks[narrowCounts]{}, blocks[Counts]{}, groupTable{}
	}
	m.setKeysAndRates(groups, pos)
	m.res.Groups = groups
	return m.res
}

// merger is the state of mergeWorkers: the result so far, the common
// interners, and the merged groups' packed keys.
type merger struct {
	opts     Options
	res      *Result
	global   [numDims]*interner
	table    groupTable
	examples []BadRecord
}

// newMerger makes an empty merger.
func newMerger(opts Options) *merger {
	m := &merger{opts: opts, table: newGroupTable(),
		res: &Result{By: opts.By, AsOf: opts.AsOf, Source: opts.Source, Bad: BadReport{ByReason: map[string]int64{}}}}
	for _, r := range BadReasons() {
		m.res.Bad.ByReason[r] = 0
	}
	for d := range m.global {
		m.global[d] = newInterner()
	}
	return m
}

// addTotals adds one worker's rows, bad records and examples.
func (m *merger) addTotals(w *worker) {
	m.res.Rows += w.rows
	for i, n := range w.bad {
		m.res.Bad.ByReason[BadReasons()[i]] += n
		m.res.Bad.Excluded += n
	}
	m.examples = append(m.examples, w.examples...)
}

// remap returns, per dimension, the common id of each of w's ids.
func (m *merger) remap(w *worker) [numDims][]uint64 {
	var remap [numDims][]uint64
	for d := range remap {
		if w.dims[d] == nil {
			continue
		}
		remap[d] = make([]uint64, len(w.dims[d].names))
		for id, name := range w.dims[d].names {
			if id > 0 {
				remap[d][id] = uint64(m.global[d].id(name))
			}
		}
	}
	return remap
}

// remapKey returns a worker's packed key k in common ids.
func remapKey(remap *[numDims][]uint64, k [2]uint64) (uint64, uint64) {
	at := func(d int, id uint64) uint64 {
		if remap[d] == nil || id >= uint64(len(remap[d])) {
			return 0
		}
		return remap[d][id]
	}
	p, a := at(dimProvince, k[0]>>32), at(dimAgency, k[0]&0xFFFFFFFF)
	l, r := at(dimLevel, k[1]>>56), at(dimProcedure, k[1]>>24&0xFFFFFFFF)
	return p<<32 | a, l<<56 | r<<24 | k[1]&0xFFFFFF
}

// levelTotalKey returns the second word of the key of the totals over all
// levels (level id 0, the empty name) that a group's counts are added to,
// so that targets set for the province as a whole can be scored next to
// the per-level ones.
func levelTotalKey(k1 uint64) uint64 { return k1 &^ (0xFF << 56) }

// keepExamples keeps the first examples of each reason in input order,
// whichever worker saw them.
func (m *merger) keepExamples() {
	ex := m.examples
	sort.SliceStable(ex, func(i, j int) bool {
		if ex[i].Reason != ex[j].Reason {
			return reasonRank(ex[i].Reason) < reasonRank(ex[j].Reason)
		}
		return ex[i].Position < ex[j].Position
	})
	per := map[string]int{}
	for _, e := range ex {
		if per[e.Reason] < m.opts.examples() {
			m.res.Bad.Examples = append(m.res.Bad.Examples, e)
			per[e.Reason]++
		}
	}
}

// outputOrder returns the place of each group of the table in output
// order: texts in byte order (levels from province down), then period.
// Each key is sorted as the same packing of its texts' ranks, whose
// order as two words is that order.
func (m *merger) outputOrder() []int32 {
	var rank [numDims][]uint64
	for d := range m.global {
		for _, r := range nameRanks(m.global[d].names, d == dimLevel) {
			rank[d] = append(rank[d], uint64(r))
		}
	}
	type sortKey struct {
		k [2]uint64
		g int32
	}
	keys := make([]sortKey, len(m.table.keys))
	for g, k := range m.table.keys {
		keys[g] = sortKey{k: [2]uint64{rank[dimProvince][k[0]>>32]<<32 | rank[dimAgency][k[0]&0xFFFFFFFF],
			rank[dimLevel][k[1]>>56]<<56 | rank[dimProcedure][k[1]>>24&0xFFFFFFFF]<<24 | k[1]&0xFFFFFF}, g: int32(g)}
	}
	slices.SortFunc(keys, func(a, b sortKey) int {
		if c := cmp.Compare(a.k[0], b.k[0]); c != 0 {
			return c
		}
		return cmp.Compare(a.k[1], b.k[1])
	})
	pos := make([]int32, len(keys))
	for i, sk := range keys {
		pos[sk.g] = int32(i)
	}
	return pos
}

// nameRanks returns the rank of each id's name in byte order (levels by
// levelRank).
func nameRanks(names []string, levels bool) []int {
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.Slice(idx, func(i, j int) bool {
		a, b := names[idx[i]], names[idx[j]]
		if levels {
			a, b = levelRank(a), levelRank(b)
		}
		return a < b
	})
	rank := make([]int, len(names))
	for r, id := range idx {
		rank[id] = r
	}
	return rank
}

// setKeysAndRates sets the key of each group (the group of the table at
// place pos[g] of groups) and, unless Options.CountsOnly, its rates.
func (m *merger) setKeysAndRates(groups []GroupRates, pos []int32) {
	periods := map[uint64]string{}
	for g, k := range m.table.keys {
		groups[pos[g]].Key = m.groupKey(k, k[1]&0xFFFFFF, periods)
	}
	if m.opts.CountsOnly {
		return
	}
	withOverdue := !m.opts.AsOf.IsZero()
	nRates := len(indicators.RateMetricIDs())
	if !withOverdue {
		nRates--
	}
	rates := make([]Rate, 0, len(groups)*nRates)
	for i := range groups {
		start := len(rates)
		rates = groups[i].Counts.appendRates(rates, withOverdue)
		groups[i].Rates = rates[start:len(rates):len(rates)]
	}
}

// groupKey unpacks a group's key; per is its year × 20 + month (1..12) or
// 12 + quarter, periods the texts of the periods made so far.
func (m *merger) groupKey(k [2]uint64, per uint64, periods map[uint64]string) GroupKey {
	g := &m.global
	key := GroupKey{
		Province:  g[dimProvince].names[k[0]>>32],
		Agency:    g[dimAgency].names[k[0]&0xFFFFFFFF],
		Level:     g[dimLevel].names[k[1]>>56],
		Procedure: g[dimProcedure].names[k[1]>>24&0xFFFFFFFF],
		Year:      int(per / 20),
	}
	if sub := per % 20; sub != 0 {
		p, ok := periods[per]
		if !ok {
			if sub <= 12 {
				p = fmt.Sprintf("%04d-%02d", key.Year, sub)
			} else {
				p = fmt.Sprintf("%04d-Q%d", key.Year, sub-12)
			}
			periods[per] = p
		}
		key.Period = p
	}
	return key
}

func reasonRank(r string) int {
	for i, x := range BadReasons() {
		if x == r {
			return i
		}
	}
	return len(BadReasons())
}

func lessKey(a, b GroupKey) bool {
	if a.Province != b.Province {
		return a.Province < b.Province
	}
	if a.Agency != b.Agency {
		return a.Agency < b.Agency
	}
	if a.Level != b.Level {
		return levelRank(a.Level) < levelRank(b.Level)
	}
	if a.Procedure != b.Procedure {
		return a.Procedure < b.Procedure
	}
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	return a.Period < b.Period
}

func levelRank(l string) string {
	switch l {
	case "":
		return "/"
	case dataset.LevelProvince:
		return "0"
	case dataset.LevelDistrict:
		return "1"
	case dataset.LevelCommune:
		return "2"
	}
	return "3" + l
}
