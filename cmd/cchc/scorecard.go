package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
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
                      [--dedupe=last|first] [--summary FILE]

Scores a plan's targets against observed values and writes a scorecard with
one row per (target, entity, year), then prints a summary per CCHC area.

With no flags it scores the embedded Hà Tĩnh 2025 plan (Quyết định
3098/QĐ-UBND) against a bundled file of ILLUSTRATIVE observations (made-up
values, not published figures), so that a full scorecard appears at once.

  --plan FILE      a plan document (.txt) to parse for its targets
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

Exit status: 0 scorecard written, 1 bad input (nothing written), 2 usage error.
`

// runScorecard implements "cchc scorecard".
func runScorecard(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("scorecard", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), scorecardUsage) }
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
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
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

	res, err := score.Scorecard(targets, obs, score.Options{Catalogue: cat, Entity: ent, Year: *year,
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
	printSummary(info, plan, label, res)
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
// line per entity instead.
func printSummary(w io.Writer, plan *dataset.Plan, label string, res *score.Result) {
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
		fmt.Fprintln(tw, "rank\tentity\tyear\ttargets\tmet\tnear\toff_track\tno_data\tscore\t")
		const head, tail = 25, 5
		for i, p := range plans {
			if len(plans) > head+tail+1 && i >= head && i < len(plans)-tail {
				if i == head {
					fmt.Fprintf(tw, "…\t%d more\t\t\t\t\t\t\t\t\n", len(plans)-head-tail)
				}
				continue
			}
			rank := "—"
			if p.Rank != nil {
				rank = fmt.Sprint(*p.Rank)
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", rank, p.Entity, p.Year, p.Targets, p.Met, p.Near, p.OffTrack, p.NoData, scoreText(p.Score))
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
				fmt.Fprintf(w, "  %-20s %7d %5d %5d %9d %7d %6s\n", name, a.Targets, a.Met, a.Near, a.OffTrack, a.NoData, scoreText(a.Score))
			}
			fmt.Fprintf(w, "  %-20s %7s %5s %5s %9s %7s %6s\n", "area", "targets", "met", "near", "off_track", "no_data", "score")
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
			fmt.Fprintf(w, "  %s\n", strings.Repeat("-", 66))
			row("plan", p)
		}
	}
	fmt.Fprintln(w, "\nscore = weighted mean attainment × 100 (areas equally weighted in the plan);")
	fmt.Fprintln(w, "no_data rows never count as zero; \"—\" = under 2/3 of targets with data.")
}
