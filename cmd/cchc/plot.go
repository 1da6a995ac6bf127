package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/plots"
	"github.com/cchc-lab/cchc/plots/report"
)

// plotFlags holds the flags of "cchc plot".
type plotFlags struct {
	data, index, metric, entities, years, x, y, series string
	title, note, out, band, breaks, lang, by, plan     string
	entity, lead, period, highlight, kind              string
	is766                                              bool
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
		return newError(i18n.Msg{Format: whereMsg.Format, Args: []any{strconv.Quote(s)}})
	}
	if *w == nil {
		*w = whereFlag{}
	}
	(*w)[col] = append((*w)[col], splitList(vals)...)
	return nil
}

// runPlot implements "cchc plot KIND".
func runPlot(args []string, stdout, stderr io.Writer) int {
	l, lerr := runLang(args)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			fmt.Fprint(stderr, l.T(i18n.PlotUsage))
			return 2
		}
		fmt.Fprint(stdout, l.T(i18n.PlotUsage))
		return 0
	}
	kind := args[0]
	switch kind {
	case "trend", "bars", "heatmap", "attainment", "workload", "stacked":
	default:
		return usageProblem(stderr, l, "plot", l.T("unknown chart %q (want trend, bars, heatmap, attainment, workload or stacked)", kind))
	}
	cmd := "plot " + kind
	f := plotFlags{kind: kind}
	fs := plotFlagSet(&f)
	rest, err := parseFlags(fs, args[1:])
	if code, done := flagsDone(err, lerr, rest, l, cmd, l.T(i18n.PlotUsage), stdout, stderr); done {
		return code
	}
	f.set = map[string]bool{}
	fs.Visit(func(fl *flag.Flag) { f.set[fl.Name] = true })
	format, from, to, err := checkPlotFlags(&f)
	if err != nil {
		return usageProblem(stderr, l, cmd, errorText(err, l))
	}
	if err := drawPlot(&f, format, from, to, l, stdout, stderr); err != nil {
		sayError(stderr, l, cmd, err)
		return 1
	}
	if f.out != "" && f.out != "-" {
		say(stderr, cmd, l.T("wrote %s", f.out))
	}
	return 0
}

// checkPlotFlags checks the flags before anything is read and returns
// the format of the chart file and the years asked for.
func checkPlotFlags(f *plotFlags) (format string, from, to int, err error) {
	if f.data == "" {
		return "", 0, 0, newError(i18n.Msgf("--data FILE is required"))
	}
	if err := checkChartSize(f.width, f.height); err != nil {
		return "", 0, 0, err
	}
	if err := atomicfile.CheckDistinct([]string{f.data}, []string{f.out}); err != nil {
		return "", 0, 0, err
	}
	format = "svg"
	if f.out != "" && f.out != "-" {
		format = strings.ToLower(strings.TrimPrefix(filepath.Ext(f.out), "."))
		if format != "svg" && format != "png" && format != "pdf" {
			return "", 0, 0, newError(i18n.Msgf("-o %s: the chart file must end in .svg, .png or .pdf", f.out))
		}
	}
	if from, to, err = parseYears(f.years); err != nil {
		return "", 0, 0, newError(i18n.Msgf("--years: %v", err))
	}
	return format, from, to, nil
}

// drawPlot reads the table, builds the chart and writes it to -o or to
// stdout.
func drawPlot(f *plotFlags, format string, from, to int, l i18n.Lang, stdout, stderr io.Writer) error {
	mem := memory.NewGoAllocator()
	rec, err := loadPlotTable(f.data, f, l, stderr, mem)
	if err != nil {
		return err
	}
	defer rec.Release()
	chart, err := buildChart(f.kind, rec, f, from, to)
	if err != nil {
		if hint := plotHint(err, l); hint != "" {
			return &hintedError{fmt.Errorf("%s: %w", f.data, err), hint}
		}
		return fmt.Errorf("%s: %w", f.data, err)
	}
	if f.out == "" || f.out == "-" {
		return chart.Save(stdout, format)
	}
	return writeChart(chart, f.out, format)
}

// plotFlagSet declares the flags of "cchc plot" (their help is
// i18n.PlotUsage).
func plotFlagSet(f *plotFlags) *flag.FlagSet {
	fs := flag.NewFlagSet("plot", flag.ContinueOnError)
	fs.StringVar(&f.data, "data", "", "")
	fs.StringVar(&f.index, "index", "", "")
	fs.StringVar(&f.metric, "metric", "", "")
	fs.StringVar(&f.entities, "entities", "", "")
	fs.StringVar(&f.years, "years", "", "")
	fs.StringVar(&f.x, "x", "", "")
	fs.StringVar(&f.y, "y", "", "")
	fs.StringVar(&f.series, "series", "", "")
	fs.Float64Var(&f.target, "target", 0, "")
	fs.StringVar(&f.band, "band", "", "")
	fs.StringVar(&f.breaks, "breaks", "", "")
	fs.BoolVar(&f.labels, "labels", false, "")
	fs.Var(&f.where, "where", "")
	fs.StringVar(&f.xlabel, "xlabel", "", "")
	fs.StringVar(&f.ylabel, "ylabel", "", "")
	fs.StringVar(&f.by, "by", "entity", "")
	fs.StringVar(&f.plan, "plan", "", "")
	fs.StringVar(&f.entity, "entity", "", "")
	fs.IntVar(&f.year, "year", 0, "")
	fs.BoolVar(&f.hideValues, "hide-values", false, "")
	fs.StringVar(&f.lead, "lead", "lead", "")
	fs.IntVar(&f.max, "max", 0, "")
	fs.StringVar(&f.period, "period", "", "")
	fs.StringVar(&f.highlight, "highlight", "", "")
	fs.StringVar(&f.title, "title", "", "")
	fs.StringVar(&f.note, "note", "", "")
	fs.StringVar(&f.lang, "lang", "vi", "")
	fs.Float64Var(&f.width, "width", 20, "")
	fs.Float64Var(&f.height, "height", 0, "")
	fs.BoolVar(&f.invertY, "invert-y", false, "")
	fs.BoolVar(&f.embedFonts, "embed-fonts", false, "")
	fs.StringVar(&f.out, "o", "", "")
	return fs
}

// maxChartCM is the largest width or height of a chart, in centimetres.
const maxChartCM = 500

// checkChartSize checks --width (more than 0) and --height (0 for the
// default, else more than 0), each at most maxChartCM; plots refuses a
// PNG of more pixels than it can draw.
func checkChartSize(width, height float64) error {
	if !(width > 0 && width <= maxChartCM) {
		return newError(i18n.Msgf("--width %g: must be more than 0 and at most %d cm", width, maxChartCM))
	}
	if !(height >= 0 && height <= maxChartCM) {
		return newError(i18n.Msgf("--height %g: must be 0 (default) or up to %d cm", height, maxChartCM))
	}
	return nil
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
		return 0, 0, newError(i18n.Msgf("%q: the first year is after the last", s))
	}
	return from, to, nil
}

// loadPlotTable reads path as one of cchc's tables; a CSV that is none of
// them is read as an analyst's own export, with the --x and --y columns
// (default year and value) as numbers.
func loadPlotTable(path string, f *plotFlags, lang i18n.Lang, stderr io.Writer, mem memory.Allocator) (arrow.Record, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, err
	}
	if f.kind == "stacked" && isIndex766File(path) {
		return load766(path, f, mem)
	}
	t, err := dataset.ReadFile(path, "", mem)
	if err == nil && hasColumns(t.Record, f) {
		reportRejected(stderr, lang, "plot "+f.kind, path, t)
		rec := t.Record
		rec.Retain()
		t.Release()
		return rec, nil
	}
	if t != nil {
		t.Release()
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
func plotHint(err error, l i18n.Lang) string {
	var oe *plots.OptionsError
	if !errors.As(err, &oe) || len(oe.Fields) == 0 {
		return ""
	}
	switch oe.Fields[0] {
	case "Index":
		if strings.EqualFold(oe.Column, "metric") {
			return l.T("pick one with --metric ID")
		}
		return l.T("pick one with --index NAME, or draw indices as lines with --series index --where province=NAME")
	case "Entities":
		if len(oe.Fields) > 1 {
			return l.T("name them with --entities, or raise --max")
		}
		return l.T("pick one with --entities NAME")
	case "PlanID":
		return l.T("pick one with --plan, --entity and --year")
	case "Year":
		return l.T("pick one with --year, or use --by year")
	case "By":
		return l.T("--by entity or --by year")
	case "Band":
		return l.T("--band median-iqr")
	}
	return ""
}

// reportRejected says which rows of a table read for cmd were rejected:
// the count and the first five, with their reasons.
func reportRejected(w io.Writer, l i18n.Lang, cmd, path string, t *dataset.Loaded) {
	if len(t.Rejected) == 0 {
		return
	}
	say(w, cmd, l.T("%s: %d of %d rows rejected and not drawn:", path, len(t.Rejected), t.RowsRead))
	for i, r := range t.Rejected {
		if i == 5 {
			fmt.Fprintln(w, l.T("  ... and %d more (run cchc validate for all)", len(t.Rejected)-5))
			break
		}
		fmt.Fprintf(w, "  %s\n", r.In(l))
	}
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
					return nil, newError(i18n.Msgf("--breaks %q: %v", p, err))
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
	case "stacked":
		return plots.Stacked(rec, stackedOptions(common, rec, f))
	}
	return nil, newError(i18n.Msgf("unknown chart %q", kind))
}

// writeChart writes the chart to path: SVG or PNG by plots, PDF printed
// by headless Chromium with the fonts embedded (report.ChartPDF).
func writeChart(chart *plots.Chart, path, format string) error {
	if format != "pdf" {
		return chart.WriteFile(path)
	}
	pdf, err := report.ChartPDF(context.Background(), chart)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(pdf)
		return err
	})
}
