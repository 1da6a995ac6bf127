package main

import (
	"fmt"
	"io"
	"math"
	"os"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

// progressFlags are the flags of "cchc progress".
type progressFlags struct {
	dataPath, planPath, targetsPath string
	target                          float64
	hasTarget                       bool
	targetYear, baseYear            int
	lowerIsBetter                   bool
	limit                           float64
	hasLimit                        bool
	metric, entity                  string
	out                             string
	bom                             bool
	conventions                     score.ProgressConventions
	useDataAfterTargetYear          bool
	lang                            i18n.Lang
}

// progressRun is one run of "cchc progress".
type progressRun struct {
	flags   progressFlags
	stdout  io.Writer
	info    io.Writer
	series  []score.ProgressSeries
	skipped []score.SkippedRow
	targets []dataset.Target
	rows    []score.TargetProgress
	// unmatched are the series no target of the plan is for.
	unmatched []string
}

// runProgress implements "cchc progress".
func runProgress(args []string, stdout, stderr io.Writer) int {
	flags, code, ok := parseProgressFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	r := &progressRun{flags: flags, stdout: stdout, info: stdout}
	if flags.out == "-" {
		r.info = stderr
	}
	for _, step := range []func() error{r.checkPaths, r.readData, r.readTargets, r.assess, r.write} {
		if err := step(); err != nil {
			sayError(stderr, flags.lang, "progress", err)
			fmt.Fprintln(stderr, flags.lang.T("nothing written"))
			return 1
		}
	}
	r.report()
	return 0
}

// parseProgressFlags reads the flags; ok is false when the run ends here
// with exit status code (help, or a usage error).
func parseProgressFlags(args []string, stdout, stderr io.Writer) (f progressFlags, code int, ok bool) {
	const cmd = "progress"
	l, lerr := runLang(args)
	f.lang = l
	fs := newFlagSet(cmd)
	fs.StringVar(&f.dataPath, "data", "", "")
	fs.StringVar(&f.planPath, "plan", "", "")
	fs.StringVar(&f.targetsPath, "targets", "", "")
	target := fs.String("target", "", "")
	fs.IntVar(&f.targetYear, "target-year", 0, "")
	fs.IntVar(&f.baseYear, "base-year", 0, "")
	fs.BoolVar(&f.lowerIsBetter, "lower-is-better", false, "")
	limit := fs.String("limit", "", "")
	fs.StringVar(&f.metric, "metric", "", "")
	fs.StringVar(&f.entity, "entity", "", "")
	fs.StringVar(&f.out, "o", "progress.csv", "")
	fs.BoolVar(&f.bom, "bom", true, "")
	fs.BoolVar(&f.conventions.StrictBaseYear, "strict-base-year", false, "")
	fs.BoolVar(&f.conventions.StrictSigns, "strict-signs", false, "")
	fs.BoolVar(&f.conventions.ReplaceZeroLatest, "replace-zero-latest", false, "")
	fs.BoolVar(&f.useDataAfterTargetYear, "use-data-after-target-year", false, "")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, rest, l, cmd, l.T(i18n.ProgressUsage), stdout, stderr); done {
		return f, code, false
	}
	problem := func(text string) (progressFlags, int, bool) {
		return f, usageProblem(stderr, l, cmd, text), false
	}
	if f.dataPath == "" {
		return problem(l.T("--data is required"))
	}
	if *target != "" {
		if f.target, err = parseNumberFlag(*target); err != nil {
			return problem(l.T("--target %q: not a number", *target))
		}
		f.hasTarget = true
	}
	if *limit != "" {
		if f.limit, err = parseNumberFlag(*limit); err != nil {
			return problem(l.T("--limit %q: not a number", *limit))
		}
		f.hasLimit = true
	}
	sources := 0
	for _, s := range []bool{f.planPath != "", f.targetsPath != "", f.hasTarget} {
		if s {
			sources++
		}
	}
	switch {
	case sources > 1:
		return problem(l.T("give one of --plan, --targets and --target"))
	case f.hasTarget && f.targetYear == 0:
		return problem(l.T("--target needs --target-year"))
	case !f.hasTarget && f.targetYear != 0:
		return problem(l.T("--target-year needs --target"))
	}
	return f, 0, true
}

// parseNumberFlag reads a number with a decimal point or comma.
func parseNumberFlag(s string) (float64, error) {
	v, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSpace(s), ",", "."), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, strconv.ErrSyntax
	}
	return v, nil
}

func (r *progressRun) checkPaths() error {
	f := r.flags
	if f.out == "-" {
		return nil
	}
	return atomicfile.CheckDistinct([]string{f.dataPath, f.planPath, f.targetsPath}, []string{f.out})
}

// readData reads the observations or index values into series; a rejected
// row fails the run (assessing part of a file would hide the rest).
func (r *progressRun) readData() error {
	file, err := os.Open(r.flags.dataPath)
	if err != nil {
		return err
	}
	defer file.Close()
	name := r.flags.dataPath
	l, err := dataset.Read(file, name, "", "", memory.NewGoAllocator())
	if err != nil {
		return err
	}
	defer l.Release()
	if len(l.Rejected) > 0 {
		return &dataset.RejectedRowsError{File: name, Rows: l.Rejected}
	}
	switch l.Kind {
	case dataset.KindObservations:
		obs, err := dataset.ObservationsFromRecord(l.Record)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r.series, r.skipped = score.SeriesFromObservations(obs, l.Lines)
	case dataset.KindIndexValues:
		vals, err := dataset.IndexValuesFromRecord(l.Record)
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
		r.series, r.skipped = score.SeriesFromIndexValues(vals, l.Lines)
	default:
		return newError(i18n.Msgf("%s: a %s table; want observations (entity, year, metric, value) or index values (index, province, year, value)", name, string(l.Kind)))
	}
	return r.filterSeries()
}

// filterSeries keeps the series (and the rows not used) of --metric and
// --entity and fails when no series is left.
func (r *progressRun) filterSeries() error {
	f := r.flags
	var kept []score.ProgressSeries
	for _, s := range r.series {
		if f.metric != "" && !sameName(s.Metric, f.metric) {
			continue
		}
		if f.entity != "" && !sameName(s.Entity, f.entity) {
			continue
		}
		kept = append(kept, s)
	}
	var skipped []score.SkippedRow
	for _, s := range r.skipped {
		if (f.metric == "" || sameName(s.Metric, f.metric)) && (f.entity == "" || sameName(s.Entity, f.entity)) {
			skipped = append(skipped, s)
		}
	}
	r.skipped = skipped
	if len(kept) == 0 {
		return newError(i18n.Msgf("%s: no series to assess (%d read; --metric %q, --entity %q)", f.dataPath, len(r.series), f.metric, f.entity))
	}
	r.series = kept
	return nil
}

// sameName compares names without case, diacritics or extra spaces.
func sameName(a, b string) bool {
	fold := func(s string) string { return strings.Join(strings.Fields(vntext.Fold(s)), " ") }
	return fold(a) == fold(b)
}

// readTargets reads the targets of --plan or --targets.
func (r *progressRun) readTargets() error {
	f := r.flags
	switch {
	case f.targetsPath != "":
		ts, rejected, err := dataset.ReadTargets(f.targetsPath)
		if err != nil {
			return err
		}
		if len(rejected) > 0 {
			return &dataset.RejectedRowsError{File: f.targetsPath, Rows: rejected}
		}
		r.targets = ts
	case f.planPath != "":
		doc, err := plandoc.ParseFile(f.planPath, indicators.Default())
		if err != nil {
			return err
		}
		r.targets = doc.Targets
		for i := range r.targets {
			if r.targets[i].PlanID == "" {
				r.targets[i].PlanID = doc.Plan.ID
			}
		}
	}
	return nil
}

// assess assesses every series against the plan's targets, the --target
// flag, or its trend alone.
func (r *progressRun) assess() error {
	f := r.flags
	if f.planPath != "" || f.targetsPath != "" {
		return r.assessTargets()
	}
	in := score.ProgressInput{BaseYear: f.baseYear, LowerIsBetter: f.lowerIsBetter, Conventions: f.conventions}
	if f.hasTarget {
		in.Target, in.TargetYear = &f.target, f.targetYear
	}
	if f.hasLimit {
		in.NaturalLimit = &f.limit
	}
	for _, s := range r.series {
		r.rows = append(r.rows, score.TargetProgress{Entity: s.Entity, Metric: s.Metric, Level: s.Level,
			Target: in.Target, TargetYear: in.TargetYear, LowerIsBetter: in.LowerIsBetter, NaturalLimit: in.NaturalLimit,
			ProgressResult: score.AssessSeries(s, in)})
	}
	return nil
}

// assessTargets assesses the series against the targets of a plan.
func (r *progressRun) assessTargets() error {
	f := r.flags
	tps := score.ProgressOfSeries(r.targets, r.series, score.ProgressOptions{BaseYear: f.baseYear,
		Conventions: f.conventions, UseDataAfterTargetYear: f.useDataAfterTargetYear})
	if len(tps) == 0 {
		return newError(i18n.Msgf("no target of %s matches a series of %s (targets' metrics: %s; series' metrics: %s)",
			f.planPath+f.targetsPath, f.dataPath, targetMetrics(r.targets, f.lang), seriesMetrics(r.series, f.lang)))
	}
	assessed := map[string]bool{}
	for _, tp := range tps {
		assessed[tp.Metric+"\x00"+vntext.Fold(tp.Entity)] = true
	}
	for _, s := range r.series {
		if !assessed[s.Metric+"\x00"+vntext.Fold(s.Entity)] {
			r.unmatched = append(r.unmatched, s.Entity+" / "+s.Metric)
		}
	}
	r.rows = tps
	return nil
}

// targetMetrics lists the distinct metrics of the targets.
func targetMetrics(ts []dataset.Target, l i18n.Lang) string {
	var ms []string
	for _, t := range ts {
		ms = append(ms, t.Metric)
	}
	return distinctList(ms, l)
}

// seriesMetrics lists the distinct metrics of the series.
func seriesMetrics(ss []score.ProgressSeries, l i18n.Lang) string {
	var ms []string
	for _, s := range ss {
		ms = append(ms, s.Metric)
	}
	return distinctList(ms, l)
}

func distinctList(xs []string, l i18n.Lang) string {
	seen := map[string]bool{}
	var out []string
	for _, x := range xs {
		if x != "" && !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	sort.Strings(out)
	if len(out) == 0 {
		return l.T("none")
	}
	return strings.Join(out, ", ")
}

// write writes the table (a CSV has no comment lines) to -o, in the
// format its extension names, or as CSV to standard output.
func (r *progressRun) write() error {
	rec := score.ProgressToRecord(memory.NewGoAllocator(), r.rows)
	defer rec.Release()
	opts := dataset.WriteOptions{BOM: r.flags.bom}
	if r.flags.out == "-" {
		return dataset.Write(r.stdout, dataset.FormatCSV, rec, opts)
	}
	format, err := dataset.FormatFromPath(r.flags.out)
	if err != nil {
		return err
	}
	return dataset.WriteFileFormat(r.flags.out, format, rec, opts)
}

// report prints the count per class, the rows not used and where the
// output went.
func (r *progressRun) report() {
	l := r.flags.lang
	counts := map[string]int{}
	for _, row := range r.rows {
		counts[row.Class]++
	}
	fmt.Fprintln(r.info, l.T("%d assessment(s) of %d series from %s (Statistics Canada / Open SDG progress measure, sdg-build 2.4.0):",
		len(r.rows), len(r.series), r.flags.dataPath))
	classes := []string{score.ProgressAchieved, score.ProgressSubstantial, score.ProgressModerate,
		score.ProgressLimited, score.ProgressDeterioration, score.ProgressUnable}
	width := 18
	for _, c := range classes {
		width = max(width, utf8.RuneCountInString(progressClassName(c, l)))
	}
	for _, c := range classes {
		if counts[c] > 0 {
			fmt.Fprintf(r.info, "  %s %d\n", padRight(progressClassName(c, l), width), counts[c])
		}
	}
	sort.SliceStable(r.skipped, func(i, j int) bool { return r.skipped[i].Line < r.skipped[j].Line })
	if len(r.skipped) > 0 {
		fmt.Fprintln(r.info, l.T("%d row(s) of %s not used:", len(r.skipped), r.flags.dataPath))
		for i, s := range r.skipped {
			if i == 20 {
				fmt.Fprintln(r.info, l.T("  ... and %d more", len(r.skipped)-20))
				break
			}
			fmt.Fprintf(r.info, "  %s:%d: %s\n", r.flags.dataPath, s.Line, s.ReasonIn(l))
		}
	}
	if len(r.unmatched) > 0 {
		fmt.Fprintln(r.info, l.T("%d series match no target of %s (not in the output): %s",
			len(r.unmatched), r.flags.planPath+r.flags.targetsPath, strings.Join(r.unmatched, "; ")))
	}
	if r.flags.out != "-" {
		fmt.Fprintln(r.info, l.T("wrote %s", r.flags.out))
	}
}

// progressClassName names a progress class in the summary: its id (as
// the output file has it) in English, in words in Vietnamese.
func progressClassName(c string, l i18n.Lang) string {
	switch c {
	case score.ProgressAchieved:
		return l.T("target_achieved")
	case score.ProgressSubstantial:
		return l.T("substantial")
	case score.ProgressModerate:
		return l.T("moderate")
	case score.ProgressLimited:
		return l.T("limited")
	case score.ProgressDeterioration:
		return l.T("deterioration")
	case score.ProgressUnable:
		return l.T("unable_to_assess")
	}
	return c
}
