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
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/cmd/cchc/defaultdata"
	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
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

// runScorecard implements "cchc scorecard".
func runScorecard(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scorecard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	// The usage is printed below, once: on stdout for --help, on stderr
	// after the flag package's message for a bad flag.
	fs.Usage = func() {}
	planPath := fs.String("plan", "", "plan document to parse")
	targetsPath := fs.String("targets", "", "targets table")
	actualsPath := fs.String("actuals", "", "observations table")
	entity := fs.String("entity", "", "entity to score")
	year := fs.Int("year", 0, "year to score")
	out := fs.String("o", "", "output file")
	format := fs.String("format", "", "csv, parquet, json or arrow")
	bom := fs.Bool("bom", true, "UTF-8 byte-order mark on CSV")
	dedupe := fs.String("dedupe", "", "last or first")
	summaryPath := fs.String("summary", "", "also write the aggregates per area and plan to this file")
	pointsPath := fs.String("points", "", "point rules (CSV)")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, scorecardUsage)
			return 0
		}
		fmt.Fprint(stderr, scorecardUsage)
		return 2
	}
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(stderr, "cchc scorecard: "+format+"\n", a...)
		fmt.Fprintln(stderr, `run "cchc scorecard --help" for the flags`)
		return 2
	}
	if fs.NArg() > 0 {
		return usageErr("unexpected argument %q (files are given with --plan, --targets or --actuals)", fs.Arg(0))
	}
	if *planPath != "" && *targetsPath != "" {
		return usageErr("give --plan or --targets, not both")
	}
	if *year < 0 {
		return usageErr("--year %d is not a year", *year)
	}
	switch *dedupe {
	case "", score.DedupeLast, score.DedupeFirst:
	default:
		return usageErr("--dedupe=%q: want last or first", *dedupe)
	}
	outPath, outFormat, err := scorecardOutput(*out, *format)
	if err != nil {
		return usageErr("%v", err)
	}

	// The summary and notices go to stdout, or to stderr when the table does.
	info := stdout
	if outPath == "-" {
		info = stderr
	}
	cat := indicators.Default()
	fail := func(err error) int {
		fmt.Fprintf(stderr, "cchc scorecard: %v\n", err)
		fmt.Fprintln(stderr, "nothing written")
		return 1
	}

	// Targets.
	var (
		targets []dataset.Target
		plan    *dataset.Plan
		label   string
	)
	switch {
	case *targetsPath != "":
		ts, rejected, err := dataset.ReadTargets(*targetsPath)
		if err != nil {
			return fail(err)
		}
		if len(rejected) > 0 {
			return fail(rejectedError(*targetsPath, rejected))
		}
		targets, label = ts, *targetsPath
	default:
		var doc *plandoc.Document
		if *planPath != "" {
			doc, err = plandoc.ParseFile(*planPath, cat)
			label = *planPath
		} else {
			doc, err = plandoc.Parse(bytes.NewReader(defaultdata.Plan), defaultdata.PlanName, cat)
			label = "embedded plan " + defaultdata.PlanName
		}
		if err != nil {
			return fail(err)
		}
		plan, targets = &doc.Plan, doc.Targets
		for i := range targets {
			if targets[i].PlanID == "" {
				targets[i].PlanID = doc.Plan.ID
			}
		}
	}
	if len(targets) == 0 {
		return fail(fmt.Errorf("%s: no quantitative targets to score", label))
	}
	if *year != 0 {
		n := 0
		years := map[int]bool{}
		for _, t := range targets {
			if t.Year == 0 || t.Year == *year {
				n++
			}
			years[t.Year] = true
		}
		if n == 0 {
			var ys []string
			for y := range years {
				ys = append(ys, fmt.Sprint(y))
			}
			sort.Strings(ys)
			return fail(fmt.Errorf("%s: no targets for year %d (its targets are for %s)", label, *year, strings.Join(ys, ", ")))
		}
	}

	// Point rules, checked against the targets before the observations are read.
	rules := score.DefaultRules()
	if *pointsPath != "" {
		pr, err := readPointRules(*pointsPath, targets, cat)
		if err != nil {
			return fail(err)
		}
		rules.Points = pr
	}

	// Observations.
	var (
		obs     []dataset.Observation
		lines   []int
		obsName string
	)
	switch {
	case *actualsPath != "":
		f, err := os.Open(*actualsPath)
		if err != nil {
			return fail(err)
		}
		obs, lines, err = readObservations(f, *actualsPath)
		f.Close()
		if err != nil {
			return fail(err)
		}
		obsName = *actualsPath
	case *planPath == "" && *targetsPath == "":
		obs, lines, err = readObservations(bytes.NewReader(defaultdata.Observations), defaultdata.ObservationsName)
		if err != nil {
			return fail(err)
		}
		obsName = defaultdata.ObservationsName
		fmt.Fprintf(info, "No files given: scoring the embedded Hà Tĩnh 2025 plan (3098/QĐ-UBND) against\n%s — ILLUSTRATIVE values, not published figures.\n\n", obsName)
	default:
		fmt.Fprintln(stderr, "cchc scorecard: no --actuals given: every target is scored no_data")
	}
	ent := *entity
	if ent == "" && len(obs) == 0 && plan != nil && plan.Province != "" {
		ent = plan.Province
	}

	res, err := score.Scorecard(targets, obs, score.Options{Rules: rules, Catalogue: cat, Entity: ent, Year: *year,
		Dedupe: *dedupe, File: obsName, Lines: lines})
	if err != nil {
		return fail(err)
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(stderr, "cchc scorecard: warning: %s\n", w)
	}
	if len(res.Scores) == 0 {
		return fail(fmt.Errorf("no rows to score: no entity observed for the targets (year %s)", yearText(*year)))
	}

	// Write the scorecard, then report.
	mem := memory.NewGoAllocator()
	rec := dataset.ScoresToRecord(mem, res.Scores)
	defer rec.Release()
	wopts := dataset.WriteOptions{BOM: *bom}
	if outPath == "-" {
		if err := dataset.Write(stdout, outFormat, rec, wopts); err != nil {
			return fail(err)
		}
	} else if err := writeAtomic(outPath, outFormat, rec, wopts); err != nil {
		return fail(err)
	}
	if *summaryPath != "" {
		sf, err := dataset.FormatFromPath(*summaryPath)
		if err != nil {
			return fail(err)
		}
		all := append(append([]score.Aggregate(nil), res.Plans...), res.Areas...)
		srec := score.AggregatesToRecord(mem, all)
		err = writeAtomic(*summaryPath, sf, srec, wopts)
		srec.Release()
		if err != nil {
			return fail(err)
		}
	}
	pointsNote := ""
	if *pointsPath != "" {
		withRule, noData := 0, 0
		for _, s := range res.Scores {
			if _, ok := rules.PointRuleFor(s.Code, s.Metric); ok {
				withRule++
				if s.Status == dataset.StatusNoData {
					noData++
				}
			}
		}
		pointsNote = fmt.Sprintf("points = earned / maximum under the %d rule(s) of %s;\n"+
			"%d of %d rows have a rule, and the %d of them with no data earn nothing and are left out of the maximum.",
			len(rules.Points), *pointsPath, withRule, len(res.Scores), noData)
	}
	printSummary(info, plan, label, res, pointsNote)
	if len(res.Unmatched) > 0 {
		fmt.Fprintf(info, "\n%d observation(s) match no target (kept out of the scores, not dropped):\n", len(res.Unmatched))
		tw := tabwriter.NewWriter(info, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  entity\tlevel\tyear\tperiod\tmetric\tvalue\tunit")
		for _, o := range res.Unmatched {
			fmt.Fprintf(tw, "  %s\t%s\t%d\t%s\t%s\t%s\t%s\n", o.Entity, o.Level, o.Year, o.Period, o.Metric, score.FormatNumberVN(o.Value), o.Unit)
		}
		tw.Flush()
	}
	if len(res.Superseded) > 0 {
		fmt.Fprintf(info, "\n%d repeated observation(s) set aside (identical repeats, or the losers of --dedupe).\n", len(res.Superseded))
	}
	if res.OtherEntities > 0 {
		fmt.Fprintf(info, "%d observation(s) of other entities left out (--entity %s).\n", res.OtherEntities, *entity)
	}
	if outPath != "-" {
		abs, err := filepath.Abs(outPath)
		if err != nil {
			abs = outPath
		}
		kind := strings.ToUpper(string(outFormat))
		if outFormat == dataset.FormatCSV {
			if *bom {
				kind += ", UTF-8 with BOM"
			} else {
				kind += ", UTF-8"
			}
		}
		fmt.Fprintf(info, "\nWrote %d rows to %s (%s).\n", len(res.Scores), abs, kind)
		if *summaryPath != "" {
			fmt.Fprintf(info, "Wrote the aggregates (%d plan and %d area rows) to %s.\n", len(res.Plans), len(res.Areas), *summaryPath)
		}
	}
	return 0
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

// writeAtomic writes rec to path through a temporary file in the same
// folder, renamed into place only when complete: a failed run leaves no
// partial file behind.
func writeAtomic(path string, format dataset.Format, rec arrow.Record, opts dataset.WriteOptions) (err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 1<<20)
	if err = dataset.Write(bw, format, rec, opts); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err = os.Chmod(tmp.Name(), 0o644); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// readObservations reads an observations table in the format name's
// extension says (a CSV file may start with "#" comment lines) and returns
// its rows with the input line of each, for the scorer's messages. A
// rejected row fails the whole read: scoring part of the observations
// would hide the rest.
func readObservations(r io.Reader, name string) ([]dataset.Observation, []int, error) {
	l, err := dataset.Read(r, name, "", dataset.KindObservations, memory.NewGoAllocator())
	if err != nil {
		return nil, nil, err
	}
	defer l.Release()
	if len(l.Rejected) > 0 {
		return nil, nil, rejectedError(name, l.Rejected)
	}
	obs, err := dataset.ObservationsFromRecord(l.Record)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return obs, l.Lines, nil
}

// rejectedError lists rejected input rows as one error.
func rejectedError(name string, rows []dataset.RejectedRow) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d row(s) could not be read:", name, len(rows))
	for i, r := range rows {
		if i == 20 {
			fmt.Fprintf(&b, "\n  ... and %d more", len(rows)-20)
			break
		}
		fmt.Fprintf(&b, "\n  %s:%d", name, r.Line)
		if r.Column != "" {
			fmt.Fprintf(&b, ": column %q", r.Column)
		}
		fmt.Fprintf(&b, ": %s", r.Reason)
	}
	return errors.New(b.String())
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
