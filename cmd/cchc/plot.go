package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/plots"
)

const plotUsage = `usage: cchc plot trend|bars|heatmap|attainment|workload --data FILE [flags]

Draws a chart from one of cchc's tables (index values, observations,
scorecards, tasks; CSV, JSON, Parquet or Arrow) or from any CSV with a
year, a value and a series column named by --x, --y and --series.
The chart is written to -o (.svg or .png), or as SVG to standard output.

  trend       values over the years, one line per province or agency
  bars        yearly comparison: a group per province (or metric), a bar per year
  heatmap     scorecard: targets by area × entities (or years), coloured by attainment
  attainment  one plan's targets: actual against target, coloured by status
  workload    tasks per lead agency, from a tasks table

flags:
`

// plotFlags holds the flags of "cchc plot".
type plotFlags struct {
	data, index, metric, entities, years, x, y, series string
	title, note, out, band, breaks, lang, by, plan     string
	entity, lead                                       string
	target                                             float64
	width, height                                      float64
	year, max                                          int
	labels, hideValues                                 bool
	embedFonts, invertY                                bool
	xlabel, ylabel                                     string
	where                                              whereFlag
	set                                                map[string]bool
}

// whereFlag collects --where COLUMN=VALUE[,VALUE...] conditions.
type whereFlag map[string][]string

// String prints the conditions.
func (w *whereFlag) String() string {
	if w == nil || *w == nil {
		return ""
	}
	var parts []string
	for k, v := range *w {
		parts = append(parts, k+"="+strings.Join(v, ","))
	}
	return strings.Join(parts, " ")
}

// Set adds one condition.
func (w *whereFlag) Set(s string) error {
	col, vals, ok := strings.Cut(s, "=")
	col = strings.TrimSpace(col)
	if !ok || col == "" || strings.TrimSpace(vals) == "" {
		return fmt.Errorf("want COLUMN=VALUE[,VALUE...], got %q", s)
	}
	if *w == nil {
		*w = whereFlag{}
	}
	(*w)[col] = append((*w)[col], splitList(vals)...)
	return nil
}

func runPlot(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		w := stderr
		if len(args) > 0 {
			w = stdout
		}
		fs := plotFlagSet(&plotFlags{}, w)
		fs.SetOutput(w)
		fmt.Fprint(w, plotUsage)
		fs.PrintDefaults()
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	kind := args[0]
	switch kind {
	case "trend", "bars", "heatmap", "attainment", "workload":
	default:
		fmt.Fprintf(stderr, "cchc plot: unknown chart %q (want trend, bars, heatmap, attainment or workload)\n", kind)
		return 2
	}
	var f plotFlags
	fs := plotFlagSet(&f, stderr)
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "cchc plot %s: unexpected argument %q\n", kind, fs.Arg(0))
		return 2
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	if f.data == "" {
		fmt.Fprintf(stderr, "cchc plot %s: --data FILE is required\n", kind)
		return 2
	}
	format := "svg"
	if f.out != "" && f.out != "-" {
		format = strings.ToLower(strings.TrimPrefix(filepath.Ext(f.out), "."))
		if format != "svg" && format != "png" {
			fmt.Fprintf(stderr, "cchc plot %s: -o %s: the chart file must end in .svg or .png\n", kind, f.out)
			return 2
		}
	}
	from, to, err := parseYears(f.years)
	if err != nil {
		fmt.Fprintf(stderr, "cchc plot %s: --years: %v\n", kind, err)
		return 2
	}
	mem := memory.NewGoAllocator()
	rec, err := loadPlotTable(f.data, &f, stderr, mem)
	if err != nil {
		fmt.Fprintf(stderr, "cchc plot %s: %v\n", kind, err)
		return 1
	}
	defer rec.Release()
	chart, err := buildChart(kind, rec, &f, from, to)
	if err != nil {
		fmt.Fprintf(stderr, "cchc plot %s: %s: %v%s\n", kind, f.data, err, plotHint(err))
		return 1
	}
	if f.out == "" || f.out == "-" {
		if err := chart.Save(stdout, format); err != nil {
			fmt.Fprintf(stderr, "cchc plot %s: %v\n", kind, err)
			return 1
		}
		return 0
	}
	if err := chart.WriteFile(f.out); err != nil {
		fmt.Fprintf(stderr, "cchc plot %s: %v\n", kind, err)
		return 1
	}
	fmt.Fprintf(stderr, "wrote %s\n", f.out)
	return 0
}

func plotFlagSet(f *plotFlags, w io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("cchc plot", flag.ContinueOnError)
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), plotUsage)
		fs.PrintDefaults()
	}
	fs.StringVar(&f.data, "data", "", "input table: CSV, JSON, Parquet or Arrow `FILE`")
	fs.StringVar(&f.index, "index", "", "index to draw when the table holds several (PCI, PAR INDEX, SIPAS, PAPI...)")
	fs.StringVar(&f.metric, "metric", "", "metric id to draw from an observations table")
	fs.StringVar(&f.entities, "entities", "", "comma-separated provinces or agencies, in drawing order (accents optional)")
	fs.StringVar(&f.years, "years", "", "year range: 2010-2019, 2019, 2010- or -2019")
	fs.StringVar(&f.x, "x", "", "year `COLUMN` (default year)")
	fs.StringVar(&f.y, "y", "", "value `COLUMN` (default value)")
	fs.StringVar(&f.series, "series", "", "series `COLUMN` (default province, entity or metric)")
	fs.Float64Var(&f.target, "target", 0, "draw a target line at this value (trend, bars)")
	fs.StringVar(&f.band, "band", "", "trend: median-iqr shades the national median and interquartile range")
	fs.StringVar(&f.breaks, "breaks", "", "trend: comma-separated years where the index changed scale (default: from the index catalogue, e.g. PAPI 2018)")
	fs.BoolVar(&f.labels, "labels", false, "trend, bars: print each value")
	fs.Var(&f.where, "where", "keep rows where `COLUMN=VALUE[,VALUE...]` (repeatable; e.g. province=Hà Tĩnh with --series index)")
	fs.StringVar(&f.xlabel, "xlabel", "", "x-axis label (\"-\" hides it)")
	fs.StringVar(&f.ylabel, "ylabel", "", "y-axis label (\"-\" hides it)")
	fs.StringVar(&f.by, "by", "entity", "heatmap: columns are each entity or each year")
	fs.StringVar(&f.plan, "plan", "", "heatmap, attainment, workload: keep only this plan id")
	fs.StringVar(&f.entity, "entity", "", "attainment: the entity scored")
	fs.IntVar(&f.year, "year", 0, "heatmap, attainment: the year scored")
	fs.BoolVar(&f.hideValues, "hide-values", false, "heatmap: leave percentages out of the cells")
	fs.StringVar(&f.lead, "lead", "lead", "workload: lead-agency `COLUMN`")
	fs.IntVar(&f.max, "max", 0, "the most lines (trend, default 10), groups (bars, 12) or agencies (workload, 20) drawn without --entities")
	fs.StringVar(&f.title, "title", "", "chart title")
	fs.StringVar(&f.note, "note", "", "note under the chart (source, caveats)")
	fs.StringVar(&f.lang, "lang", "vi", "language of the chart's own labels: vi or en")
	fs.Float64Var(&f.width, "width", 20, "width in cm")
	fs.Float64Var(&f.height, "height", 0, "height in cm (default 12 for trend and bars, from the rows otherwise)")
	fs.BoolVar(&f.invertY, "invert-y", false, "trend: smallest value on top (automatic for --y rank)")
	fs.BoolVar(&f.embedFonts, "embed-fonts", false, "embed the font in SVG output (larger file, same look everywhere)")
	fs.StringVar(&f.out, "o", "", "output `FILE` (.svg or .png); SVG to standard output when empty")
	return fs
}

// parseYears parses "2010-2019", "2019", "2010-", "-2019" (en dash too).
func parseYears(s string) (from, to int, err error) {
	s = strings.TrimSpace(strings.ReplaceAll(s, "–", "-"))
	if s == "" {
		return 0, 0, nil
	}
	lo, hi, found := strings.Cut(s, "-")
	if !found {
		hi = lo
	}
	conv := func(p string) (int, error) {
		p = strings.TrimSpace(p)
		if p == "" {
			return 0, nil
		}
		return vntext.ParseYear(p)
	}
	if from, err = conv(lo); err != nil {
		return 0, 0, fmt.Errorf("%q: %w", s, err)
	}
	if to, err = conv(hi); err != nil {
		return 0, 0, fmt.Errorf("%q: %w", s, err)
	}
	if from > 0 && to > 0 && from > to {
		return 0, 0, fmt.Errorf("%q: the first year is after the last", s)
	}
	return from, to, nil
}

// loadPlotTable reads path as one of cchc's tables; a CSV that is none of
// them is read as an analyst's own export, with the --x and --y columns
// (default year and value) as numbers.
func loadPlotTable(path string, f *plotFlags, stderr io.Writer, mem memory.Allocator) (arrow.Record, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	l, err := dataset.ReadFile(path, "", mem)
	if err == nil && hasColumns(l.Record, f) {
		if len(l.Rejected) > 0 {
			fmt.Fprintf(stderr, "%s: %d of %d rows rejected and not drawn:\n", path, len(l.Rejected), l.RowsRead)
			for i, r := range l.Rejected {
				if i == 5 {
					fmt.Fprintf(stderr, "  ... and %d more (run cchc validate for all)\n", len(l.Rejected)-5)
					break
				}
				fmt.Fprintf(stderr, "  %s\n", r)
			}
		}
		rec := l.Record
		rec.Retain()
		l.Release()
		return rec, nil
	}
	if l != nil {
		l.Release()
	}
	if !strings.EqualFold(filepath.Ext(path), ".csv") {
		return nil, err
	}
	x, y := f.x, f.y
	if x == "" {
		x = "year"
	}
	if y == "" {
		y = "value"
	}
	return dataset.ReadColumns(path, []string{x}, []string{y}, mem)
}

// hasColumns reports whether rec has the columns --x, --y and --series name.
func hasColumns(rec arrow.Record, f *plotFlags) bool {
	for _, c := range []string{f.x, f.y, f.series} {
		if c == "" {
			continue
		}
		found := false
		for _, fl := range rec.Schema().Fields() {
			if strings.EqualFold(fl.Name, c) {
				found = true
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// plotHint names the flags that resolve an options error of plots, from
// the Options fields the typed error names.
func plotHint(err error) string {
	var oe *plots.OptionsError
	if !errors.As(err, &oe) || len(oe.Fields) == 0 {
		return ""
	}
	switch oe.Fields[0] {
	case "Index":
		if strings.EqualFold(oe.Column, "metric") {
			return "\n(pick one with --metric ID)"
		}
		return "\n(pick one with --index NAME, or draw indices as lines with --series index --where province=NAME)"
	case "Entities":
		if len(oe.Fields) > 1 {
			return "\n(name them with --entities, or raise --max)"
		}
		return "\n(pick one with --entities NAME)"
	case "PlanID":
		return "\n(pick one with --plan, --entity and --year)"
	case "Year":
		return "\n(pick one with --year, or use --by year)"
	case "By":
		return "\n(--by entity or --by year)"
	case "Band":
		return "\n(--band median-iqr)"
	}
	return ""
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func buildChart(kind string, rec arrow.Record, f *plotFlags, from, to int) (*plots.Chart, error) {
	common := plots.Common{Title: f.title, Note: f.note, Lang: f.lang, XLabel: f.xlabel, YLabel: f.ylabel, EmbedFonts: f.embedFonts,
		Width: vg.Length(f.width) * vg.Centimeter, Height: vg.Length(f.height) * vg.Centimeter}
	sel := plots.Selection{X: f.x, Y: f.y, Series: f.series, Index: f.index,
		Entities: splitList(f.entities), YearFrom: from, YearTo: to, Where: f.where}
	if f.metric != "" {
		// Observations: one metric, read from the metric column.
		sel.IndexColumn, sel.Index = "metric", f.metric
	}
	var target *float64
	if f.set["target"] {
		t := f.target
		target = &t
	}
	switch kind {
	case "trend":
		opts := plots.TrendOptions{Common: common, Selection: sel, Target: target, Band: f.band, ValueLabels: f.labels, InvertY: f.invertY, MaxSeries: f.max}
		if f.breaks != "" {
			opts.ScaleBreaks = []int{}
			for _, p := range splitList(f.breaks) {
				y, err := vntext.ParseYear(p)
				if err != nil {
					return nil, fmt.Errorf("--breaks %q: %w", p, err)
				}
				opts.ScaleBreaks = append(opts.ScaleBreaks, y)
			}
		}
		return plots.Trend(rec, opts)
	case "bars":
		return plots.Bars(rec, plots.BarsOptions{Common: common, Selection: sel, Target: target, ValueLabels: f.labels, MaxGroups: f.max})
	case "heatmap":
		return plots.Heatmap(rec, plots.HeatmapOptions{Common: common, By: f.by, PlanID: f.plan,
			Entities: splitList(f.entities), Year: f.year, YearFrom: from, YearTo: to, HideValues: f.hideValues})
	case "attainment":
		return plots.Attainment(rec, plots.AttainmentOptions{Common: common, PlanID: f.plan, Entity: f.entity, Year: f.year})
	case "workload":
		return plots.Workload(rec, plots.WorkloadOptions{Common: common, Lead: f.lead, PlanID: f.plan, Max: f.max})
	}
	return nil, fmt.Errorf("unknown chart %q", kind)
}
