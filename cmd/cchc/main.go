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
)

// command is one subcommand of cchc.
type command struct {
	name    string
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"scorecard", "score a plan's targets against observations and write a scorecard (the main job)", runScorecard},
		{"parse", "parse plan documents into plans, targets, tasks and findings", runParse},
		{"validate", "load data files, report rows read and rejected", runValidate},
		{"indicators", "list the metric catalogue, or compute rates from dossier records", runIndicators},
		{"progress", "assess progress of series towards targets (Statistics Canada / Open SDG method)", runProgress},
		{"plot", "draw trend, bars, heatmap, attainment or workload charts", runPlot},
		{"gen", "generate synthetic data (dossier records)", runGen},
		{"version", "print the version of cchc", runVersion},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches to a subcommand and returns the exit status:
// 0 success, 1 bad data or failure, 2 usage error.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		args = []string{"scorecard"}
	}
	name := args[0]
	if name == "help" || name == "-h" || name == "--help" {
		if len(args) > 1 {
			for _, c := range commands() {
				if c.name == args[1] {
					return c.run([]string{"--help"}, stdout, stderr)
				}
			}
		}
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(args[1:], stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "cchc: unknown command %q\n", name)
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: cchc <command> [flags]   (no command runs \"scorecard\" on the embedded default plan)")
	fmt.Fprintln(w, "\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\nRun \"cchc help <command>\" or \"cchc <command> --help\" for a command's flags.")
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
