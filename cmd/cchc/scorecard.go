package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/cmd/cchc/defaultdata"
	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

const scorecardUsage = `usage: cchc scorecard [--plan FILE | --targets FILE] [--actuals FILE] [--entity NAME]
                      [--year N] [-o scorecard.csv] [--format csv|parquet|json|arrow] [--bom=false]
                      [--dedupe=last|first] [--summary FILE] [--points FILE]

Scores a plan's targets against observed values and writes a scorecard with
one row per (target, entity, year), then prints a summary per CCHC area.

With no flags it scores the embedded Hà Tĩnh 2025 plan (Quyết định
3098/QĐ-UBND) against a bundled file of ILLUSTRATIVE observations (made-up
values, not published figures), so that a full scorecard appears at once.

  --plan FILE      a plan document to parse for its targets: text, DOCX, DOC,
                   PDF (scans through OCR) or a saved web page
  --targets FILE   a targets table (CSV, JSON, Parquet or Arrow) instead of a plan
  --actuals FILE   observations: entity, level, year, metric, value, unit, source
                   (CSV, JSON, Parquet or Arrow; CSV lines starting with # at the
                   top are comments)
  --entity NAME    score only this entity (province or agency)
  --year N         score only the targets for year N
  -o FILE          output file (default scorecard.<format> in the current
                   directory; "-" writes to standard output)
  --format F       csv (default), parquet, json or arrow; default from -o's extension
  --bom            start a CSV with a UTF-8 byte-order mark for Excel (default true)
  --summary FILE   also write the aggregates (a row per entity, year and plan,
                   area empty, then per area) to FILE (.csv, .parquet, .json, .arrow)
  --dedupe P       for repeated observations with different values: "last" or
                   "first" keeps one; by default they are an error naming both rows
  --points FILE    point rules (CSV): columns code and/or metric, max_points,
                   kind (proportional, threshold or all_or_nothing; default
                   proportional) and threshold (X of "≥ X% → full points, below:
                   rate × max / X"; blank: the target's value). A row with a code
                   applies to that target, one with only a metric to the targets
                   of that metric, one with both blank to every other target

Exit status: 0 scorecard written, 1 bad input (nothing written), 2 usage error.
`

// scorecardFlags are the flags of "cchc scorecard".
type scorecardFlags struct {
	planPath, targetsPath, actualsPath string
	entity                             string
	year                               int
	out, format                        string
	bom                                bool
	dedupe                             string
	summaryPath, pointsPath            string
}

// scorecardRun is one run of "cchc scorecard": its flags, where it writes,
// and what each step has read or computed so far.
type scorecardRun struct {
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
}

// runScorecard implements "cchc scorecard": read the targets, the point
// rules and the observations, score, write the outputs, report.
func runScorecard(args []string, stdout, stderr io.Writer) int {
	flags, code, ok := parseScorecardFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	outPath, outFormat, err := scorecardOutput(flags.out, flags.format)
	if err != nil {
		return scorecardUsageError(stderr, "%v", err)
	}
	r := &scorecardRun{flags: flags, outPath: outPath, outFormat: outFormat,
		stdout: stdout, stderr: stderr, info: stdout, cat: indicators.Default()}
	if outPath == "-" {
		r.info = stderr
	}
	steps := []func() error{r.checkPaths, r.readTargets, r.checkYear, r.readPointRules, r.readObservations, r.score, r.write}
	for _, step := range steps {
		if err := step(); err != nil {
			fmt.Fprintf(stderr, "cchc scorecard: %v\n", err)
			fmt.Fprintln(stderr, "nothing written")
			return 1
		}
	}
	r.report()
	return 0
}

// parseScorecardFlags reads the flags; ok is false when the run ends here
// with exit status code (help, or a usage error).
func parseScorecardFlags(args []string, stdout, stderr io.Writer) (f scorecardFlags, code int, ok bool) {
	fs := flag.NewFlagSet("scorecard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	// The usage is printed below, once: on stdout for --help, on stderr
	// after the flag package's message for a bad flag.
	fs.Usage = func() {}
	fs.StringVar(&f.planPath, "plan", "", "plan document to parse")
	fs.StringVar(&f.targetsPath, "targets", "", "targets table")
	fs.StringVar(&f.actualsPath, "actuals", "", "observations table")
	fs.StringVar(&f.entity, "entity", "", "entity to score")
	fs.IntVar(&f.year, "year", 0, "year to score")
	fs.StringVar(&f.out, "o", "", "output file")
	fs.StringVar(&f.format, "format", "", "csv, parquet, json or arrow")
	fs.BoolVar(&f.bom, "bom", true, "UTF-8 byte-order mark on CSV")
	fs.StringVar(&f.dedupe, "dedupe", "", "last or first")
	fs.StringVar(&f.summaryPath, "summary", "", "also write the aggregates per area and plan to this file")
	fs.StringVar(&f.pointsPath, "points", "", "point rules (CSV)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, scorecardUsage)
			return f, 0, false
		}
		fmt.Fprint(stderr, scorecardUsage)
		return f, 2, false
	}
	switch {
	case fs.NArg() > 0:
		return f, scorecardUsageError(stderr, "unexpected argument %q (files are given with --plan, --targets or --actuals)", fs.Arg(0)), false
	case f.planPath != "" && f.targetsPath != "":
		return f, scorecardUsageError(stderr, "give --plan or --targets, not both"), false
	case f.year < 0:
		return f, scorecardUsageError(stderr, "--year %d is not a year", f.year), false
	}
	switch f.dedupe {
	case "", score.DedupeLast, score.DedupeFirst:
	default:
		return f, scorecardUsageError(stderr, "--dedupe=%q: want last or first", f.dedupe), false
	}
	return f, 0, true
}

// scorecardUsageError prints a usage error and returns exit status 2.
func scorecardUsageError(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "cchc scorecard: "+format+"\n", a...)
	fmt.Fprintln(stderr, `run "cchc scorecard --help" for the flags`)
	return 2
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
		ts, rejected, err := dataset.ReadTargets(f.targetsPath)
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
		r.label = "embedded plan " + defaultdata.PlanName
	}
	if err != nil {
		return err
	}
	r.plan, r.targets = &doc.Plan, doc.Targets
	for i := range r.targets {
		if r.targets[i].PlanID == "" {
			r.targets[i].PlanID = doc.Plan.ID
		}
	}
	return r.checkSomeTargets()
}

// checkSomeTargets fails when there is nothing to score.
func (r *scorecardRun) checkSomeTargets() error {
	if len(r.targets) == 0 {
		return fmt.Errorf("%s: no quantitative targets to score", r.label)
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
	return fmt.Errorf("%s: no targets for year %d (its targets are for %s)", r.label, r.flags.year, strings.Join(ys, ", "))
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
	var err error
	switch {
	case f.actualsPath != "":
		file, err := os.Open(f.actualsPath)
		if err != nil {
			return err
		}
		defer file.Close()
		r.obs, r.lines, err = readObservations(file, f.actualsPath)
		if err != nil {
			return err
		}
		r.obsName = f.actualsPath
	case f.planPath == "" && f.targetsPath == "":
		r.obs, r.lines, err = readObservations(bytes.NewReader(defaultdata.Observations), defaultdata.ObservationsName)
		if err != nil {
			return err
		}
		r.obsName = defaultdata.ObservationsName
		fmt.Fprintf(r.info, "No files given: scoring the embedded Hà Tĩnh 2025 plan (3098/QĐ-UBND) against\n%s — ILLUSTRATIVE values, not published figures.\n\n", r.obsName)
	default:
		fmt.Fprintln(r.stderr, "cchc scorecard: no --actuals given: every target is scored no_data")
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
		Year: r.flags.year, Dedupe: r.flags.dedupe, File: r.obsName, Lines: r.lines})
	if err != nil {
		addFlagHints(err)
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(r.stderr, "cchc scorecard: warning: %s\n", w)
	}
	if len(res.Scores) == 0 {
		return fmt.Errorf("no rows to score: no entity observed for the targets (year %s)", yearText(r.flags.year))
	}
	r.res = res
	return nil
}

// write writes the scorecard and the summary together, or neither.
func (r *scorecardRun) write() error {
	mem := memory.NewGoAllocator()
	rec := dataset.ScoresToRecord(mem, r.res.Scores)
	defer rec.Release()
	wopts := dataset.WriteOptions{BOM: r.flags.bom}
	var outs atomicfile.Set
	if r.outPath == "-" {
		if err := dataset.Write(r.stdout, r.outFormat, rec, wopts); err != nil {
			return err
		}
	} else {
		outs.Add(r.outPath, dataset.Filler(r.outFormat, rec, wopts))
	}
	if r.flags.summaryPath != "" {
		sf, err := dataset.FormatFromPath(r.flags.summaryPath)
		if err != nil {
			return err
		}
		all := append(append([]score.Aggregate(nil), r.res.Plans...), r.res.Areas...)
		srec := score.AggregatesToRecord(mem, all)
		defer srec.Release()
		outs.Add(r.flags.summaryPath, dataset.Filler(sf, srec, wopts))
	}
	return outs.Commit()
}

// report prints the summary per area, the observations that matched no
// target and where the outputs went.
func (r *scorecardRun) report() {
	printSummary(r.info, r.plan, r.label, r.res, r.pointsNote())
	r.reportUnmatched()
	if len(r.res.Superseded) > 0 {
		fmt.Fprintf(r.info, "\n%d repeated observation(s) set aside (identical repeats, or the losers of --dedupe).\n", len(r.res.Superseded))
	}
	if r.res.OtherEntities > 0 {
		fmt.Fprintf(r.info, "%d observation(s) of other entities left out (--entity %s).\n", r.res.OtherEntities, r.flags.entity)
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
	return fmt.Sprintf("points = earned / maximum under the %d rule(s) of %s;\n"+
		"%d of %d rows have a rule, and the %d of them with no data earn nothing and are left out of the maximum.",
		len(r.rules.Points), r.flags.pointsPath, withRule, len(r.res.Scores), noData)
}

// reportUnmatched lists the observations that matched no target.
func (r *scorecardRun) reportUnmatched() {
	if len(r.res.Unmatched) == 0 {
		return
	}
	fmt.Fprintf(r.info, "\n%d observation(s) match no target (kept out of the scores, not dropped):\n", len(r.res.Unmatched))
	tw := tabwriter.NewWriter(r.info, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  entity\tlevel\tyear\tperiod\tmetric\tvalue\tunit")
	for _, o := range r.res.Unmatched {
		fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\t%s\t%s\t%s\n", o.Entity, o.Level, o.Year, o.Period, o.Metric, vntext.FormatNumber(o.Value), o.Unit)
	}
	tw.Flush()
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
	kind := strings.ToUpper(string(r.outFormat))
	if r.outFormat == dataset.FormatCSV {
		if r.flags.bom {
			kind += ", UTF-8 with BOM"
		} else {
			kind += ", UTF-8"
		}
	}
	fmt.Fprintf(r.info, "\nWrote %d rows to %s (%s).\n", len(r.res.Scores), abs, kind)
	if r.flags.summaryPath != "" {
		fmt.Fprintf(r.info, "Wrote the aggregates (%d plan and %d area rows) to %s.\n", len(r.res.Plans), len(r.res.Areas), r.flags.summaryPath)
	}
}

// addFlagHints adds to the observation errors of err what the command's
// user can do about them: --dedupe for conflicting duplicates, the metric
// list for an unknown metric with no close id. It inspects the typed
// errors, never their text.
func addFlagHints(err error) {
	var es score.InputErrors
	if !errors.As(err, &es) {
		return
	}
	for _, e := range es {
		switch {
		case errors.Is(e, score.ErrDuplicate):
			e.Msg += "; keep one or use --dedupe=last"
		case errors.Is(e, score.ErrUnknownMetric) && len(e.Suggestions) == 0:
			e.Msg += ` (see "cchc indicators list")`
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

func yearText(y int) string {
	if y == 0 {
		return "any"
	}
	return fmt.Sprint(y)
}

// scorecardOutput resolves -o and --format: the format comes from --format,
// else from the extension of -o, else CSV; the default file is
// scorecard.<ext> in the current directory.
func scorecardOutput(out, format string) (string, dataset.Format, error) {
	exts := map[dataset.Format]string{dataset.FormatCSV: ".csv", dataset.FormatParquet: ".parquet",
		dataset.FormatJSON: ".json", dataset.FormatArrow: ".arrow"}
	var f dataset.Format
	if format != "" {
		f = dataset.Format(strings.ToLower(format))
		if _, ok := exts[f]; !ok {
			return "", "", fmt.Errorf("--format %q: want csv, parquet, json or arrow", format)
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
			return "", "", fmt.Errorf("-o %s: %w (or give --format)", out, err)
		}
		return out, ef, nil
	}
	return out, f, nil
}

// readObservations reads an observations table in the format name's
// extension says (a CSV file may start with "#" comment lines) and returns
// its rows with the input line of each, for the scorer's messages. A
// rejected row fails the whole read: scoring part of the observations
// would hide the rest.
func readObservations(r io.Reader, name string) ([]dataset.Observation, []int, error) {
	rows, err := dataset.ReadRows(r, name, dataset.KindObservations, dataset.ObservationsFromRecord)
	if err != nil {
		return nil, nil, err
	}
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	return rows.Values, rows.Lines, nil
}

// printSummary prints, for every entity and year, the counts by status and
// the score per area and for the plan. With many entities it prints one
// line per entity instead. With point rules (pointsNote not empty) it adds
// the points earned and their maximum, then the note explaining them.
func printSummary(w io.Writer, plan *dataset.Plan, label string, res *score.Result, pointsNote string) {
	title := label
	if plan != nil {
		title = plan.ID
		if plan.Issuer != "" {
			title += " — " + plan.Issuer
		}
		if plan.Year != 0 {
			title += fmt.Sprintf(", %d", plan.Year)
		}
	}
	fmt.Fprintf(w, "Scorecard: %s\n", title)
	scoreText := func(s *float64) string {
		if s == nil {
			return "—"
		}
		return fmt.Sprintf("%.1f", *s)
	}
	points := pointsNote != ""
	pointsText := func(a score.Aggregate) string {
		if a.Points == nil || a.MaxPoints == nil {
			return "—"
		}
		return strconv.FormatFloat(math.Round(*a.Points*100)/100, 'f', -1, 64) + "/" + strconv.FormatFloat(math.Round(*a.MaxPoints*100)/100, 'f', -1, 64)
	}
	if len(res.Plans) > 12 {
		plans := append([]score.Aggregate(nil), res.Plans...)
		sort.SliceStable(plans, func(i, j int) bool {
			ri, rj := plans[i].Rank, plans[j].Rank
			switch {
			case ri == nil:
				return false
			case rj == nil:
				return true
			}
			return *ri < *rj
		})
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		head := "rank\tentity\tyear\ttargets\tmet\tnear\toff_track\tno_data\tscore\t"
		if points {
			head += "points\t"
		}
		fmt.Fprintln(tw, head)
		const first, last = 25, 5
		for i, p := range plans {
			if len(plans) > first+last+1 && i >= first && i < len(plans)-last {
				if i == first {
					fmt.Fprintf(tw, "…\t%d more\t\t\t\t\t\t\t\t", len(plans)-first-last)
					if points {
						fmt.Fprint(tw, "\t")
					}
					fmt.Fprintln(tw)
				}
				continue
			}
			rank := "—"
			if p.Rank != nil {
				rank = fmt.Sprint(*p.Rank)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t", rank, p.Entity, p.Year, p.Targets, p.Met, p.Near, p.OffTrack, p.NoData, scoreText(p.Score))
			if points {
				fmt.Fprintf(tw, "%s\t", pointsText(p))
			}
			fmt.Fprintln(tw)
		}
		tw.Flush()
	} else {
		for _, p := range res.Plans {
			fmt.Fprintf(w, "\n%s, %d", p.Entity, p.Year)
			if p.PlanID != "" && plan == nil {
				fmt.Fprintf(w, " (plan %s)", p.PlanID)
			}
			fmt.Fprintln(w)
			row := func(name string, a score.Aggregate) {
				fmt.Fprintf(w, "  %-20s %7d %5d %5d %9d %7d %6s", name, a.Targets, a.Met, a.Near, a.OffTrack, a.NoData, scoreText(a.Score))
				if points {
					fmt.Fprintf(w, " %11s", pointsText(a))
				}
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "  %-20s %7s %5s %5s %9s %7s %6s", "area", "targets", "met", "near", "off_track", "no_data", "score")
			rule := 66
			if points {
				fmt.Fprintf(w, " %11s", "points")
				rule += 12
			}
			fmt.Fprintln(w)
			for _, a := range res.Areas {
				if a.Entity != p.Entity || a.Year != p.Year || a.PlanID != p.PlanID {
					continue
				}
				area := a.Area
				if area == "" {
					area = "(no area)"
				}
				row(area, a)
			}
			fmt.Fprintf(w, "  %s\n", strings.Repeat("-", rule))
			row("plan", p)
		}
	}
	fmt.Fprintln(w, "\nscore = weighted mean attainment × 100 (areas equally weighted in the plan);")
	fmt.Fprintln(w, "no_data rows never count as zero; \"—\" = under 2/3 of targets with data.")
	if points {
		fmt.Fprintln(w, pointsNote)
	}
}
