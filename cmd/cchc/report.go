package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/cmd/cchc/defaultdata"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/plots/report"
	"github.com/cchc-lab/cchc/score"
)

// reportFlags are the flags of "cchc report": those of "cchc scorecard"
// that choose what is scored, -o and --lang.
type reportFlags struct {
	scorecardFlags
}

// runReport implements "cchc report": the scorecard command's reading and
// scoring steps, then the page, written as HTML or printed to PDF.
func runReport(args []string, stdout, stderr io.Writer) int {
	f, code, ok := parseReportFlags(args, stdout, stderr)
	if !ok {
		return code
	}
	l := f.lang
	r := &scorecardRun{cmd: "report", flags: f.scorecardFlags, outPath: f.out, stdout: stdout, stderr: stderr,
		info: stdout, cat: indicators.Default(), allowNoTargets: true}
	if err := runSteps(r.checkPaths, r.readTargets); err != nil {
		return reportFailed(stderr, l, err)
	}
	if len(r.targets) > 0 {
		if err := runSteps(r.checkYear, r.readPointRules, r.readObservations, r.score); err != nil {
			return reportFailed(stderr, l, err)
		}
	} else {
		r.rules = score.DefaultRules() // for the method section
		say(stderr, "report", l.T("%s states no numeric targets: the report shows its header, tasks and findings, with nothing to score", r.label))
	}
	start := time.Now()
	in, err := reportInput(r, l)
	if err != nil {
		return reportFailed(stderr, l, err)
	}
	if err := writeReport(in, f.out); err != nil {
		return reportFailed(stderr, l, err)
	}
	abs, err := filepath.Abs(f.out)
	if err != nil {
		abs = f.out
	}
	secs := decimal(time.Since(start).Seconds(), l)
	if r.res == nil || len(r.res.Scores) == 0 {
		fmt.Fprintln(stdout, l.T("Wrote the report to %s (%s s): the plan states no numeric targets, so nothing was scored.", abs, secs))
		return 0
	}
	fmt.Fprintln(stdout, l.T("Wrote the report of %d rows to %s (%s s).", len(r.res.Scores), abs, secs))
	return 0
}

// runSteps runs the steps in order and returns the first error.
func runSteps(steps ...func() error) error {
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

// reportFailed prints a failure and returns exit status 1.
func reportFailed(stderr io.Writer, l i18n.Lang, err error) int {
	sayError(stderr, l, "report", err)
	fmt.Fprintln(stderr, l.T("nothing written"))
	return 1
}

// parseReportFlags reads the flags; ok is false when the run ends here
// with exit status code (help, or a usage error).
func parseReportFlags(args []string, stdout, stderr io.Writer) (f reportFlags, code int, ok bool) {
	const cmd = "report"
	l, lerr := runLang(args)
	f.lang = l
	fs := newFlagSet(cmd)
	scoringFlagVars(fs, &f.scorecardFlags)
	fs.StringVar(&f.out, "o", "report.html", "")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, nil, l, cmd, l.T(i18n.ReportUsage), stdout, stderr); done {
		return f, code, false
	}
	text := checkScoringFlags(f.scorecardFlags, rest, l)
	if ext := strings.ToLower(filepath.Ext(f.out)); text == "" && ext != ".html" && ext != ".htm" && ext != ".pdf" {
		text = l.T("-o %s: the report file must end in .html or .pdf", f.out)
	}
	if text != "" {
		return f, usageProblem(stderr, l, cmd, text), false
	}
	return f, 0, true
}

// reportInput gathers what the page shows from a scored run.
func reportInput(r *scorecardRun, lang i18n.Lang) (report.Input, error) {
	in := report.Input{Plan: r.plan, Label: r.label, Targets: r.targets, Findings: r.findings, Tasks: r.tasks,
		Result: r.res, Rules: r.rules, Lang: lang, Version: versionString(), Made: madeTime()}
	f := r.flags
	in.Illustrative = f.planPath == "" && f.targetsPath == "" && f.actualsPath == ""
	add := func(role, path string) error {
		if path == "" {
			return nil
		}
		s, err := report.FileSource(role, path)
		if err != nil {
			return err
		}
		in.Sources = append(in.Sources, s)
		return nil
	}
	switch {
	case f.planPath != "":
		if err := add(report.RolePlan, f.planPath); err != nil {
			return in, err
		}
	case f.targetsPath != "":
		if err := add(report.RoleTargets, f.targetsPath); err != nil {
			return in, err
		}
	default:
		s := report.NewSource(report.RolePlan, defaultdata.PlanName, defaultdata.Plan)
		s.Embedded = true
		in.Sources = append(in.Sources, s)
	}
	if in.Illustrative {
		s := report.NewSource(report.RoleObservations, defaultdata.ObservationsName, defaultdata.Observations)
		s.Embedded = true
		in.Sources = append(in.Sources, s)
	}
	if err := add(report.RoleObservations, f.actualsPath); err != nil {
		return in, err
	}
	return in, add(report.RolePoints, f.pointsPath)
}

// madeTime is now, or the time SOURCE_DATE_EPOCH names (seconds since
// 1970), for reports that must come out byte for byte the same.
func madeTime() time.Time {
	if s := os.Getenv("SOURCE_DATE_EPOCH"); s != "" {
		if n, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now()
}

// writeReport writes the page to path, as HTML or printed to PDF.
func writeReport(in report.Input, path string) error {
	page, err := report.HTML(in)
	if err != nil {
		return err
	}
	out := page
	if strings.EqualFold(filepath.Ext(path), ".pdf") {
		if out, err = report.PDF(context.Background(), page); err != nil {
			return err
		}
	}
	return atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(out)
		return err
	})
}
