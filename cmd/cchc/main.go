// Command cchc parses CCHC plans, validates data files, scores plans against
// observations, computes rates from dossier records and draws charts.
// Run "cchc help" for the list of subcommands. Every behaviour it shows is
// a library call (see docs/design.md); this package holds flags and wording.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	// Parquet tables for every command that reads or writes them.
	_ "github.com/cchc-lab/cchc/dataset/parquetio"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// command is one subcommand of cchc.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands(l i18n.Lang) []command {
	return []command{
		{"scorecard", l.T("score a plan's targets against observations and write a scorecard (the main job)"), runScorecard},
		{"template", l.T("write the actuals to fill for a plan (.xlsx or .csv), to score with scorecard --actuals"), runTemplate},
		{"report", l.T("write the year-end report of a scorecard as one HTML page or a PDF"), runReport},
		{"parse", l.T("parse plan documents into plans, targets, tasks and findings"), runParse},
		{"validate", l.T("load data files, report rows read and rejected"), runValidate},
		{"indicators", l.T("list the metric catalogue, or compute rates from dossier records"), runIndicators},
		{"progress", l.T("assess progress of series towards targets (Statistics Canada / Open SDG method)"), runProgress},
		{"plot", l.T("draw trend, bars, heatmap, attainment or workload charts"), runPlot},
		{"gen", l.T("generate synthetic data (dossier records)"), runGen},
		{"version", l.T("print the version of cchc"), runVersion},
	}
}

func main() {
	// An interrupted run removes the temporary files of its outputs.
	atomicfile.CleanUpOnSignal()
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit status:
// 0 success, 1 bad data or failure, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		args = []string{"scorecard"}
	}
	l, err := runLang(args)
	if err != nil {
		l = i18n.FromEnv()
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 1 {
			for _, c := range commands(l) {
				if c.name == args[1] {
					return c.run([]string{"--help"}, stdout, stderr)
				}
			}
		}
		usage(stdout, l)
		return 0
	}
	for _, c := range commands(l) {
		if c.name == name {
			return c.run(args[1:], stdout, stderr)
		}
	}
	say(stderr, "", l.T("unknown command %q", name))
	usage(stderr, l)
	return 2
}

// usage prints the list of commands in the language l.
func usage(w io.Writer, l i18n.Lang) {
	fmt.Fprintln(w, l.T("usage: cchc <command> [flags]   (no command runs \"scorecard\" on the embedded default plan)"))
	fmt.Fprintln(w, "\n"+l.T("commands:"))
	for _, c := range commands(l) {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\n"+l.T("Run \"cchc help <command>\" or \"cchc <command> --help\" for a command's flags; --lang vi|en (or CCHC_LANG) sets the language of messages."))
}

// parseInterspersed parses fs over args where flags may come before,
// between or after the positional arguments, and returns the positional
// arguments in order. Its error is the flag package's (flag.ErrHelp for -h).
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}
