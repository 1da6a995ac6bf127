package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/cmd/cchc/defaultdata"
	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

// scorecardFlags are the flags of "cchc scorecard".
type scorecardFlags struct {
	planPath, targetsPath, actualsPath string
	entity                             string
	year                               int
	out, format                        string
	bom                                bool
	dedupe                             string
	summaryPath, pointsPath            string
	sheet, csvDialect                  string
	force                              bool

	// lang is the language of messages (--lang, CCHC_LANG, the locale).
	lang i18n.Lang
}

// scorecardRun is one run of "cchc scorecard": its flags, where it writes,
// and what each step has read or computed so far.
type scorecardRun struct {
	// cmd names the command in messages: "scorecard" or "report".
	cmd       string
	flags     scorecardFlags
	outPath   string
	outFormat dataset.Format
	stdout    io.Writer
	stderr    io.Writer
	info      io.Writer // the summary and notices: stdout, or stderr when the table goes to stdout
	cat       *indicators.Catalogue

	plan    *dataset.Plan
	label   string
	targets []dataset.Target
	rules   score.Rules
	obs     []dataset.Observation
	lines   []int
	obsName string
	res     *score.Result

	doc      *plandoc.Document // the parsed plan, when there is one
	lang     i18n.Lang         // of workbook labels
	noValue  int               // rows of --actuals whose value was left blank (no_data)
	defaults map[string]string // columns --actuals lacked, and the values taken
	obsSheet string            // the sheet of a workbook --actuals
	// findings are the plan document's findings (for the report).
	findings []dataset.Finding
	// tasks are the plan document's tasks (for the report).
	tasks []dataset.Task
	// allowNoTargets lets a plan without numeric targets through (the
	// report shows its header, tasks and findings).
	allowNoTargets bool
}

// obsRows names the observations' rows in messages: the file, or for a
// workbook the file and sheet as Excel writes them ("ketqua.xlsx[Số liệu]",
// then ":6" for row 6).
func (r *scorecardRun) obsRows() string {
	if r.obsSheet != "" {
		return r.obsName + "[" + r.obsSheet + "]"
	}
	return r.obsName
}

// runScorecard implements "cchc scorecard": read the targets, the point
// rules and the observations, score, write the outputs, report.
func runScorecard(args []string, stdout, stderr io.Writer) int {
	flags, code, ok := parseScorecardFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	l := flags.lang
	outPath, outFormat, err := scorecardOutput(flags.out, flags.format)
	if err != nil {
		return usageProblem(stderr, l, "scorecard", errorText(err, l))
	}
	r := &scorecardRun{cmd: "scorecard", flags: flags, outPath: outPath, outFormat: outFormat,
		stdout: stdout, stderr: stderr, info: stdout, cat: indicators.Default(), lang: l}
	if outPath == "-" {
		r.info = stderr
	}
	steps := []func() error{r.pickOutput, r.checkPaths, r.readTargets, r.checkYear, r.readPointRules, r.readObservations, r.checkEntityYear, r.score, r.write}
	if err := runSteps(steps...); err != nil {
		sayError(stderr, l, r.cmd, err)
		fmt.Fprintln(stderr, l.T("nothing written"))
		return 1
	}
	r.report()
	return 0
}

// parseScorecardFlags reads the flags; ok is false when the run ends here
// with exit status code (help, or a usage error).
func parseScorecardFlags(args []string, stdout, stderr io.Writer) (f scorecardFlags, code int, ok bool) {
	const cmd = "scorecard"
	l, lerr := runLang(args)
	f.lang = l
	fs := newFlagSet(cmd)
	scoringFlagVars(fs, &f)
	fs.StringVar(&f.out, "o", "", "")
	fs.StringVar(&f.format, "format", "", "")
	fs.BoolVar(&f.bom, "bom", true, "")
	fs.StringVar(&f.summaryPath, "summary", "", "")
	fs.StringVar(&f.sheet, "sheet", "", "")
	fs.StringVar(&f.csvDialect, "csv", "", "")
	fs.BoolVar(&f.force, "force", false, "")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, nil, l, cmd, l.T(i18n.ScorecardUsage), stdout, stderr); done {
		return f, code, false
	}
	if text := checkScoringFlags(f, rest, l); text != "" {
		return f, usageProblem(stderr, l, cmd, text), false
	}
	d, err := dataset.ParseCSVDialect(f.csvDialect)
	if err != nil {
		return f, usageProblem(stderr, l, cmd, l.T("--csv: %s", errorText(err, l))), false
	}
	f.csvDialect = d
	return f, 0, true
}

// scoringFlagVars declares the flags that "cchc scorecard" and "cchc
// report" share: what is scored and how.
func scoringFlagVars(fs *flag.FlagSet, f *scorecardFlags) {
	fs.StringVar(&f.planPath, "plan", "", "")
	fs.StringVar(&f.targetsPath, "targets", "", "")
	fs.StringVar(&f.actualsPath, "actuals", "", "")
	fs.StringVar(&f.entity, "entity", "", "")
	fs.IntVar(&f.year, "year", 0, "")
	fs.StringVar(&f.dedupe, "dedupe", "", "")
	fs.StringVar(&f.pointsPath, "points", "", "")
}

// checkScoringFlags checks the flags that "cchc scorecard" and "cchc
// report" share and the positional arguments (there must be none); it
// returns the problem in the language l, or "".
func checkScoringFlags(f scorecardFlags, rest []string, l i18n.Lang) string {
	switch {
	case len(rest) > 0:
		return l.T("unexpected argument %q (files are given with --plan, --targets or --actuals)", rest[0])
	case f.planPath != "" && f.targetsPath != "":
		return l.T("give --plan or --targets, not both")
	case f.year < 0:
		return l.T("--year %d is not a year", f.year)
	}
	switch f.dedupe {
	case "", score.DedupeLast, score.DedupeFirst:
	default:
		return l.T("--dedupe=%q: want last or first", f.dedupe)
	}
	return ""
}

// checkPaths refuses an output that is the same file as an input or as
// the other output, before anything is read.
func (r *scorecardRun) checkPaths() error {
	f := r.flags
	return atomicfile.CheckDistinct(
		[]string{f.planPath, f.targetsPath, f.actualsPath, f.pointsPath},
		[]string{r.outPath, f.summaryPath})
}

// readTargets reads the targets from a targets table, a plan document, or
// the embedded plan.
func (r *scorecardRun) readTargets() error {
	f := r.flags
	if f.targetsPath != "" {
		ts, rejected, err := readTargetsSheet(f.targetsPath, f.sheet)
		if err != nil {
			return err
		}
		if len(rejected) > 0 {
			return (&dataset.RejectedRowsError{File: f.targetsPath, Rows: rejected})
		}
		r.targets, r.label = ts, f.targetsPath
		return r.checkSomeTargets()
	}
	var doc *plandoc.Document
	var err error
	if f.planPath != "" {
		doc, err = plandoc.ParseFile(f.planPath, r.cat)
		r.label = f.planPath
	} else {
		doc, err = plandoc.Parse(bytes.NewReader(defaultdata.Plan), defaultdata.PlanName, r.cat)
		r.label = r.flags.lang.T("embedded plan %s", defaultdata.PlanName)
	}
	if err != nil {
		return err
	}
	r.plan, r.targets, r.doc, r.findings, r.tasks = &doc.Plan, doc.Targets, doc, doc.Findings, doc.Tasks
	for i := range r.targets {
		if r.targets[i].PlanID == "" {
			r.targets[i].PlanID = doc.Plan.ID
		}
	}
	return r.checkSomeTargets()
}

// checkSomeTargets fails when there is nothing to score.
func (r *scorecardRun) checkSomeTargets() error {
	if len(r.targets) == 0 && !(r.allowNoTargets && r.plan != nil) {
		return newError(i18n.Msgf("%s: no quantitative targets to score", r.label))
	}
	return nil
}

// checkYear fails when --year names a year no target is for, listing the
// years there are.
func (r *scorecardRun) checkYear() error {
	if r.flags.year == 0 {
		return nil
	}
	years := map[int]bool{}
	for _, t := range r.targets {
		if t.Year == 0 || t.Year == r.flags.year {
			return nil
		}
		years[t.Year] = true
	}
	var ys []string
	for y := range years {
		ys = append(ys, fmt.Sprint(y))
	}
	sort.Strings(ys)
	return newError(i18n.Msgf("%s: no targets for year %d (its targets are for %s)", r.label, r.flags.year, strings.Join(ys, ", ")))
}

// readPointRules reads the point rules, checked against the targets
// before the observations are read.
func (r *scorecardRun) readPointRules() error {
	r.rules = score.DefaultRules()
	if r.flags.pointsPath == "" {
		return nil
	}
	pr, err := readPointRules(r.flags.pointsPath, r.targets, r.cat)
	if err != nil {
		return err
	}
	r.rules.Points = pr
	return nil
}

// readObservations reads --actuals, or the bundled illustrative
// observations when no file at all is given.
func (r *scorecardRun) readObservations() error {
	f := r.flags
	switch {
	case f.actualsPath != "":
		file, err := os.Open(f.actualsPath)
		if err != nil {
			return err
		}
		defer file.Close()
		filter := newObservationFilter(r.targets, r.cat)
		var got obsRead
		got, err = readObservationsWith(file, f.actualsPath, dataset.ReadOptions{Sheet: f.sheet, Defaults: r.observationDefaults(), Keep: filter.keep})
		if err != nil {
			return err
		}
		r.obs, r.lines, r.noValue, r.defaults, r.obsSheet = got.obs, got.lines, got.noValue, got.defaults, got.sheet
		r.obsName = f.actualsPath
		filter.report(r.info, f.actualsPath, r.flags.lang)
		r.noteDefaults()
	case f.planPath == "" && f.targetsPath == "":
		got, err := readObservationsWith(bytes.NewReader(defaultdata.Observations), defaultdata.ObservationsName, dataset.ReadOptions{})
		if err != nil {
			return err
		}
		r.obs, r.lines = got.obs, got.lines
		r.obsName = defaultdata.ObservationsName
		fmt.Fprint(r.info, r.flags.lang.T("No files given: scoring the embedded Hà Tĩnh 2025 plan (3098/QĐ-UBND) against\n%s — ILLUSTRATIVE values, not published figures.\n\n", r.obsName))
	default:
		say(r.stderr, r.cmd, r.flags.lang.T("no --actuals given: every target is scored no_data"))
	}
	return nil
}

// score scores the targets against the observations.
func (r *scorecardRun) score() error {
	ent := r.flags.entity
	if ent == "" && len(r.obs) == 0 && r.plan != nil && r.plan.Province != "" {
		ent = r.plan.Province
	}
	res, err := score.Scorecard(r.targets, r.obs, score.Options{Rules: r.rules, Catalogue: r.cat, Entity: ent,
		Year: r.flags.year, Dedupe: r.flags.dedupe, File: r.obsRows(), Lines: r.lines, ReuseObservations: true})
	// The result keeps what it needs of the observations (the unmatched
	// rows, in the input's own memory, and the superseded ones): the other
	// input rows are let go before the outputs are built, so memory peaks
	// at the larger of the two, not their sum.
	read := len(r.obs)
	r.obs, r.lines = nil, nil
	if err != nil {
		addFlagHints(err)
		return err
	}
	returnGarbage(int64(read))
	for _, w := range res.WarningTexts {
		say(r.stderr, r.cmd, r.flags.lang.T("warning: %s", w))
	}
	if len(res.Scores) == 0 {
		return newError(i18n.Msgf("no rows to score: no entity observed for the targets (year %s)", yearText(r.flags.year, r.flags.lang)))
	}
	r.res = res
	return nil
}

// pickOutput keeps an existing default output: with no -o (and no
// --force), "scorecard.csv" becomes "scorecard-2.csv", "scorecard-3.csv"...
// the first name not taken.
func (r *scorecardRun) pickOutput() error {
	if r.flags.out != "" || r.flags.force {
		return nil
	}
	if _, err := os.Lstat(r.outPath); err != nil {
		return nil
	}
	ext := filepath.Ext(r.outPath)
	base := strings.TrimSuffix(r.outPath, ext)
	for n := 2; n < 10000; n++ {
		p := fmt.Sprintf("%s-%d%s", base, n, ext)
		if _, err := os.Lstat(p); errors.Is(err, os.ErrNotExist) {
			fmt.Fprint(r.info, r.flags.lang.T("%s exists: writing %s instead (name the output with -o, or pass --force, to replace it).\n\n", r.outPath, p))
			r.outPath = p
			return nil
		}
	}
	return newError(i18n.Msgf("%s and 9998 numbered names after it exist: name the output with -o", r.outPath))
}

// observationDefaults are the values of the entity and year columns that
// an --actuals file may leave out: the --entity and --year asked for, else
// the plan's province and year (or the one year of the targets).
func (r *scorecardRun) observationDefaults() map[string]string {
	d := map[string]string{}
	switch {
	case r.flags.entity != "":
		d["entity"] = r.flags.entity
	case r.plan != nil && r.plan.Province != "":
		d["entity"] = r.plan.Province
	}
	year := r.flags.year
	if year == 0 && r.plan != nil {
		year = r.plan.Year
	}
	if year == 0 {
		year = onlyTargetYear(r.targets)
	}
	if year != 0 {
		d["year"] = strconv.Itoa(year)
	}
	return d
}

// onlyTargetYear returns the year of the targets when they all have one, else 0.
func onlyTargetYear(ts []dataset.Target) int {
	y := 0
	for _, t := range ts {
		if t.Year == 0 || (y != 0 && t.Year != y) {
			return 0
		}
		y = t.Year
	}
	return y
}

// noteDefaults says which columns the observations lacked and what they
// were taken to be.
func (r *scorecardRun) noteDefaults() {
	keys := make([]string, 0, len(r.defaults))
	for k := range r.defaults {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	l := r.flags.lang
	for _, k := range keys {
		fmt.Fprintln(r.info, l.T("%s has no %s column: every row is taken as %s %s (from %s).", r.obsName, k, k, r.defaults[k], r.defaultSource(k)))
	}
	if r.noValue > 0 {
		fmt.Fprintln(r.info, l.T("%s: %d row(s) with the value left blank are read as no data.", r.obsName, r.noValue))
	}
	if len(keys) > 0 || r.noValue > 0 {
		fmt.Fprintln(r.info)
	}
}

func (r *scorecardRun) defaultSource(column string) string {
	switch {
	case column == "entity" && r.flags.entity != "":
		return "--entity"
	case column == "year" && r.flags.year != 0:
		return "--year"
	case r.plan != nil:
		return r.flags.lang.T("the plan")
	}
	return r.flags.lang.T("the targets")
}

// report prints the summary per area, the observations that matched no
// target and where the outputs went.
func (r *scorecardRun) report() {
	l := r.flags.lang
	printSummary(r.info, r.plan, r.label, r.res, r.pointsNote(), l)
	r.reportUnmatched()
	if len(r.res.Superseded) > 0 {
		fmt.Fprint(r.info, l.T("\n%d repeated observation(s) set aside (identical repeats, or the losers of --dedupe).\n", len(r.res.Superseded)))
	}
	if r.res.OtherEntities > 0 {
		fmt.Fprint(r.info, l.T("%d observation(s) of other entities left out (--entity %s).\n", r.res.OtherEntities, r.flags.entity))
	}
	r.reportWritten()
}

// pointsNote explains the points column, when point rules were given.
func (r *scorecardRun) pointsNote() string {
	if r.flags.pointsPath == "" {
		return ""
	}
	withRule, noData := 0, 0
	for _, s := range r.res.Scores {
		if _, ok := r.rules.PointRuleFor(s.Code, s.Metric); ok {
			withRule++
			if s.Status == dataset.StatusNoData {
				noData++
			}
		}
	}
	return r.flags.lang.T("points = earned / maximum under the %d rule(s) of %s;\n"+
		"%d of %d rows have a rule, and the %d of them with no data earn nothing and are left out of the maximum.",
		len(r.rules.Points), r.flags.pointsPath, withRule, len(r.res.Scores), noData)
}

// reportUnmatched lists the observations that matched no target, in
// columns aligned as text/tabwriter aligns them (each column as wide as its
// widest cell plus two spaces). The widths are found in a first pass, so
// that the list is written as it goes rather than held whole in memory:
// it can be most of a large input.
func (r *scorecardRun) reportUnmatched() {
	if len(r.res.Unmatched) == 0 {
		return
	}
	l := r.flags.lang
	fmt.Fprint(r.info, l.T("\n%d observation(s) match no target (kept out of the scores, not dropped):\n", len(r.res.Unmatched)))
	head := strings.Split(l.T("  entity\tlevel\tyear\tperiod\tmetric\tvalue\tunit"), "\t")
	var cells []string
	row := func(o *dataset.Observation) []string {
		cells = append(cells[:0], "  "+o.Entity, o.Level, strconv.Itoa(o.Year), o.Period, o.Metric, vntext.FormatNumber(o.Value), o.Unit)
		for i, c := range cells {
			cells[i] = tableCell(c)
		}
		return cells
	}
	widths := make([]int, len(head))
	grow := func(cs []string) {
		for i, c := range cs[:min(len(cs), len(widths))-1] {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	grow(head)
	for i := range r.res.Unmatched {
		grow(row(&r.res.Unmatched[i]))
	}
	w := bufio.NewWriter(r.info)
	writeAligned(w, head, widths)
	for i := range r.res.Unmatched {
		writeAligned(w, row(&r.res.Unmatched[i]), widths)
	}
	w.Flush()
}

// tableCell keeps a cell of an aligned list on its line and in its
// column: tabs, line and page breaks become spaces.
func tableCell(s string) string {
	if !strings.ContainsAny(s, "\t\n\v\f\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\v', '\f', '\r':
			return ' '
		}
		return r
	}, s)
}

// writeAligned writes one line of an aligned list: every cell but the
// last padded with spaces to its column's width plus two.
func writeAligned(w *bufio.Writer, cells []string, widths []int) {
	for i, c := range cells {
		w.WriteString(c)
		if i == len(cells)-1 {
			break
		}
		for n := utf8.RuneCountInString(c); n < widths[i]+2; n++ {
			w.WriteByte(' ')
		}
	}
	w.WriteByte('\n')
}

// reportWritten says where the scorecard and the summary were written.
func (r *scorecardRun) reportWritten() {
	if r.outPath == "-" {
		return
	}
	abs, err := filepath.Abs(r.outPath)
	if err != nil {
		abs = r.outPath
	}
	l := r.flags.lang
	kind := strings.ToUpper(string(r.outFormat))
	switch {
	case r.outFormat == dataset.FormatXLSX:
		kind = l.T("Excel workbook: scorecard, summary by area, unmatched observations, findings, sources and method")
	case r.outFormat == dataset.FormatCSV && r.flags.csvDialect == dataset.CSVExcelVI:
		kind += l.T(`, for Excel with Vietnamese settings: ";" separators, decimal commas, BOM`)
	case r.outFormat == dataset.FormatCSV && r.flags.bom:
		kind += l.T(", UTF-8 with BOM")
	case r.outFormat == dataset.FormatCSV:
		kind += ", UTF-8"
	}
	fmt.Fprint(r.info, l.T("\nWrote %d rows to %s (%s).\n", len(r.res.Scores), abs, kind))
	if r.flags.summaryPath != "" {
		fmt.Fprint(r.info, l.T("Wrote the aggregates (%d plan and %d area rows) to %s.\n", len(r.res.Plans), len(r.res.Areas), r.flags.summaryPath))
	}
}

// addFlagHints adds to the observation errors of err what the command's
// user can do about them: --dedupe for conflicting duplicates, the metric
// list for an unknown metric with no close id. It inspects the typed
// errors, never their text. The hints are catalogue messages, written in
// the language the error is printed in.
func addFlagHints(err error) {
	var es score.InputErrors
	if !errors.As(err, &es) {
		return
	}
	for _, e := range es {
		switch {
		case errors.Is(e, score.ErrDuplicate):
			e.Hint = i18n.Msgf("; keep one or use --dedupe=last")
		case errors.Is(e, score.ErrUnknownMetric) && len(e.Suggestions) == 0:
			e.Hint = i18n.Msgf(` (see "cchc indicators list")`)
		}
	}
}

// readPointRules reads the point rules of path and checks them against the
// targets: a rule that could never apply is an error.
func readPointRules(path string, targets []dataset.Target, cat *indicators.Catalogue) ([]score.PointRule, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	rules, lines, err := score.ReadPointRules(f, path)
	var bad score.PointRuleErrors
	if err != nil && !errors.As(err, &bad) {
		return nil, err
	}
	// Rows that could not be read and rules that would never apply are
	// reported together, in line order.
	var never score.PointRuleErrors
	if cerr := score.CheckPointRules(rules, lines, path, targets, cat); cerr != nil && !errors.As(cerr, &never) {
		return nil, cerr
	}
	all := append(append(score.PointRuleErrors(nil), bad...), never...)
	if len(all) > 0 {
		sort.SliceStable(all, func(i, j int) bool { return all[i].Line < all[j].Line })
		return nil, all
	}
	return rules, nil
}

// yearText writes a year, or "any" for 0.
func yearText(y int, l i18n.Lang) string {
	if y == 0 {
		return l.T("any")
	}
	return fmt.Sprint(y)
}

// scorecardOutput resolves -o and --format: the format comes from --format,
// else from the extension of -o, else CSV; the default file is
// scorecard.<ext> in the current directory.
func scorecardOutput(out, format string) (string, dataset.Format, error) {
	exts := map[dataset.Format]string{dataset.FormatCSV: ".csv", dataset.FormatParquet: ".parquet",
		dataset.FormatJSON: ".json", dataset.FormatArrow: ".arrow", dataset.FormatXLSX: ".xlsx"}
	var f dataset.Format
	if format != "" {
		f = dataset.Format(strings.ToLower(format))
		if _, ok := exts[f]; !ok {
			return "", "", newError(i18n.Msgf("--format %q: want csv, xlsx, parquet, json or arrow", format))
		}
	}
	switch {
	case out == "":
		if f == "" {
			f = dataset.FormatCSV
		}
		return "scorecard" + exts[f], f, nil
	case out == "-":
		if f == "" {
			f = dataset.FormatCSV
		}
		return out, f, nil
	case f == "":
		ef, err := dataset.FormatFromPath(out)
		if err != nil {
			return "", "", newError(i18n.Msgf("-o %s: %v (or give --format)", out, err))
		}
		return out, ef, nil
	}
	return out, f, nil
}

// obsRead is what readObservationsWith read.
type obsRead struct {
	obs      []dataset.Observation
	lines    []int
	noValue  int               // rows whose value was left blank: no data
	defaults map[string]string // columns the file lacked, and the values taken
	sheet    string            // the sheet read, for a workbook
}

// readObservationsWith reads an observations table in the format name's
// extension says (a CSV file may start with "#" comment lines; a workbook
// is read from opts.Sheet) and returns its rows with the input line of
// each, for the scorer's messages. A row whose value is blank (a template
// row not filled in) is no data and is counted; any other rejected row
// fails the whole read: scoring part of the observations would hide the
// rest.
func readObservationsWith(r io.Reader, name string, opts dataset.ReadOptions) (obsRead, error) {
	var got obsRead
	opts.Kind = dataset.KindObservations
	l, err := dataset.ReadWith(r, name, opts, memory.NewGoAllocator())
	if err != nil {
		return got, err
	}
	defer l.Release()
	returnGarbage(l.Record.NumRows())
	var bad []dataset.RejectedRow
	for _, rr := range l.Rejected {
		if rr.Reason == dataset.ReasonBlank && isValueColumn(rr.Column) {
			got.noValue++
			continue
		}
		bad = append(bad, rr)
	}
	if len(bad) > 0 {
		return got, &dataset.RejectedRowsError{File: name, Rows: bad}
	}
	got.obs, err = dataset.ObservationsFromRecord(l.Record)
	if err != nil {
		return got, fmt.Errorf("%s: %w", name, err)
	}
	got.lines, got.defaults, got.sheet = l.Lines, l.Defaults, l.Sheet
	return got, nil
}

// bigInput is the number of observations (about 30 MB of CSV) from which
// scorecard returns the memory it no longer needs to the system between
// its steps.
const bigInput = 1 << 18

// returnGarbage collects the garbage of the step just done (the CSV
// reader's rows, the Arrow record once converted, the observations once
// scored) and gives its memory back to the system when the input is big
// (rows): the next step's large allocations then take the place of the
// last step's instead of adding to it. For 1 GB of observations the peak
// drops by about a fifth, at the cost of one collection per step.
func returnGarbage(rows int64) {
	if rows >= bigInput {
		debug.FreeOSMemory()
	}
}

// isValueColumn reports whether a header name names the value column of
// an observations table.
func isValueColumn(header string) bool {
	for _, c := range dataset.Columns(dataset.KindObservations) {
		if c.Name != "value" {
			continue
		}
		k := vntext.Key(header)
		if k == "value" {
			return true
		}
		for _, a := range c.Aliases {
			if a == k {
				return true
			}
		}
	}
	return false
}

// readTargetsSheet reads a targets table (a workbook from sheet).
func readTargetsSheet(path, sheet string) ([]dataset.Target, []dataset.RejectedRow, error) {
	l, err := dataset.ReadFileWith(path, dataset.ReadOptions{Kind: dataset.KindTargets, Sheet: sheet}, memory.NewGoAllocator())
	if err != nil {
		return nil, nil, err
	}
	defer l.Release()
	ts, err := dataset.TargetsFromRecord(l.Record)
	if err != nil {
		return nil, l.Rejected, fmt.Errorf("%s: %w", path, err)
	}
	return ts, l.Rejected, nil
}

// observationFilter keeps, while the observations are read, the rows that
// can matter to the scorer: those of a metric (or code) a target names,
// those whose metric the catalogue does not know or that have none (the
// scorer reports them as errors). Rows of catalogue metrics that no
// target uses could only be listed as unmatched: they are counted per
// metric and reported, so that memory follows the rows that can match,
// not the file.
type observationFilter struct {
	targetKeys map[string]bool
	cat        *indicators.Catalogue
	skipped    map[string]int
	order      []string
}

func newObservationFilter(targets []dataset.Target, cat *indicators.Catalogue) *observationFilter {
	f := &observationFilter{targetKeys: map[string]bool{}, cat: cat, skipped: map[string]int{}}
	for _, t := range targets {
		k := t.Metric
		if k == "" {
			k = t.Code
		}
		f.targetKeys[k] = true
	}
	return f
}

// keep is the dataset.RowFilter.
func (f *observationFilter) keep(cell func(string) string) bool {
	m := cell("metric")
	if m == "" || f.targetKeys[m] {
		return true
	}
	if _, known := f.cat.Lookup(m); !known {
		return true
	}
	if f.skipped[m] == 0 {
		f.order = append(f.order, m)
	}
	f.skipped[m]++
	return false
}

// report says how many rows were skipped, per metric.
func (f *observationFilter) report(w io.Writer, name string, l i18n.Lang) {
	if len(f.order) == 0 {
		return
	}
	total := 0
	parts := make([]string, len(f.order))
	for i, m := range f.order {
		total += f.skipped[m]
		parts[i] = fmt.Sprintf("%s (%d)", m, f.skipped[m])
	}
	fmt.Fprint(w, l.T("%s: %d observation(s) of metrics no target uses were read and set aside, not scored: %s\n\n", name, total, strings.Join(parts, ", ")))
}

// printSummary prints, for every entity and year, the counts by status and
// the score per area and for the plan. With many entities it prints one
// line per entity instead. With point rules (pointsNote not empty) it adds
// the points earned and their maximum, then the note explaining them.
func printSummary(w io.Writer, plan *dataset.Plan, label string, res *score.Result, pointsNote string, l i18n.Lang) {
	fmt.Fprintln(w, l.T("Scorecard: %s", summaryTitle(plan, label)))
	points := pointsNote != ""
	if len(res.Plans) > 12 {
		printRanking(w, res.Plans, points, l)
	} else {
		for _, p := range res.Plans {
			printPlanAreas(w, p, res.Areas, plan == nil, points, l)
		}
	}
	fmt.Fprintln(w, "\n"+l.T("score = weighted mean attainment × 100 (areas equally weighted in the plan);"))
	fmt.Fprintln(w, l.T("no_data rows never count as zero; \"—\" = under 2/3 of targets with data."))
	if points {
		fmt.Fprintln(w, pointsNote)
	}
}

// summaryTitle names what was scored: the plan's number, issuer and
// year, or the label of the targets.
func summaryTitle(plan *dataset.Plan, label string) string {
	if plan == nil {
		return label
	}
	title := plan.ID
	if plan.Issuer != "" {
		title += " — " + plan.Issuer
	}
	if plan.Year != 0 {
		title += ", " + strconv.Itoa(plan.Year)
	}
	return title
}

// summaryScore writes a score with one decimal, "—" for none.
func summaryScore(s *float64, l i18n.Lang) string {
	if s == nil {
		return "—"
	}
	return decimal(*s, l)
}

// summaryPoints writes the points earned and their maximum ("12.5/20"),
// "—" for none.
func summaryPoints(a score.Aggregate) string {
	if a.Points == nil || a.MaxPoints == nil {
		return "—"
	}
	return strconv.FormatFloat(math.Round(*a.Points*100)/100, 'f', -1, 64) + "/" + strconv.FormatFloat(math.Round(*a.MaxPoints*100)/100, 'f', -1, 64)
}

// printRanking prints one line per entity and year, by rank: the first
// 25 and the last 5 when there are many.
func printRanking(w io.Writer, plans []score.Aggregate, points bool, l i18n.Lang) {
	plans = score.ByRank(plans)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := l.T("rank\tentity\tyear\ttargets\tmet\tnear\toff_track\tno_data\tscore\t")
	if points {
		head += l.T("points") + "\t"
	}
	fmt.Fprintln(tw, head)
	const first, last = 25, 5
	for i, p := range plans {
		if len(plans) > first+last+1 && i >= first && i < len(plans)-last {
			if i == first {
				fmt.Fprint(tw, l.T("…\t%d more\t\t\t\t\t\t\t\t", len(plans)-first-last))
				if points {
					fmt.Fprint(tw, "\t")
				}
				fmt.Fprintln(tw)
			}
			continue
		}
		rank := "—"
		if p.Rank != nil {
			rank = strconv.Itoa(*p.Rank)
		}
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t", rank, p.Entity, p.Year, p.Targets, p.Met, p.Near, p.OffTrack, p.NoData, summaryScore(p.Score, l))
		if points {
			fmt.Fprintf(tw, "%s\t", summaryPoints(p))
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
}

// printPlanAreas prints the table of one entity and year: a line per
// area, a rule, then the plan's line. showPlanID adds the plan's id to
// the heading (when the targets came from a table of several plans).
func printPlanAreas(w io.Writer, p score.Aggregate, areas []score.Aggregate, showPlanID, points bool, l i18n.Lang) {
	fmt.Fprintf(w, "\n%s, %d", p.Entity, p.Year)
	if p.PlanID != "" && showPlanID {
		fmt.Fprint(w, l.T(" (plan %s)", p.PlanID))
	}
	fmt.Fprintln(w)
	heads := []string{l.T("area"), l.T("targets"), l.T("met"), l.T("near"), l.T("off_track"), l.T("no_data"), l.T("score"), l.T("points")}
	widths := []int{20, 7, 5, 5, 9, 7, 6, 11}
	cols := len(heads) - 1
	if points {
		cols++
	}
	rule := cols // the spaces between the columns, and one more
	for i := range widths[:cols] {
		widths[i] = max(widths[i], utf8.RuneCountInString(heads[i]))
		rule += widths[i]
	}
	line := func(cells []string) {
		fmt.Fprint(w, "  "+padRight(cells[0], widths[0]))
		for i := 1; i < cols; i++ {
			fmt.Fprint(w, " "+padLeft(cells[i], widths[i]))
		}
		fmt.Fprintln(w)
	}
	row := func(name string, a score.Aggregate) {
		line([]string{name, strconv.Itoa(a.Targets), strconv.Itoa(a.Met), strconv.Itoa(a.Near),
			strconv.Itoa(a.OffTrack), strconv.Itoa(a.NoData), summaryScore(a.Score, l), summaryPoints(a)})
	}
	line(heads)
	for _, a := range areas {
		if a.Entity == p.Entity && a.Year == p.Year && a.PlanID == p.PlanID {
			row(summaryAreaName(a.Area, l), a)
		}
	}
	fmt.Fprintf(w, "  %s\n", strings.Repeat("-", rule))
	row(l.T("plan"), p)
}

// summaryAreaName names an area in the summary: its id in English (as
// the CSV has it), its short name in Vietnamese.
func summaryAreaName(area string, l i18n.Lang) string {
	switch {
	case area == "":
		return l.T("(no area)")
	case l == i18n.VI:
		return l.AreaShortName(area)
	}
	return area
}

// padRight pads s with spaces to n runes, text left.
func padRight(s string, n int) string {
	return s + strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s)))
}

// padLeft pads s with spaces to n runes, text right.
func padLeft(s string, n int) string {
	return strings.Repeat(" ", max(0, n-utf8.RuneCountInString(s))) + s
}
