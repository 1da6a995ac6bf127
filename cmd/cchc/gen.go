package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/dataset/dossier/gen"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// genOptions are the flags of "cchc gen dossiers".
type genOptions struct {
	gen.Options
	out, schema string
}

// runGen runs "cchc gen dossiers": synthetic dossier records.
func runGen(args []string, stdout, stderr io.Writer) int {
	l, lerr := runLang(args)
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) == 0 {
			fmt.Fprint(stderr, l.T(i18n.GenUsage))
			return 2
		}
		fmt.Fprint(stdout, l.T(i18n.GenUsage))
		return 0
	}
	if args[0] != "dossiers" {
		return usageProblem(stderr, l, "gen", l.T("unknown kind %q (only \"dossiers\")", args[0]))
	}
	o, code, ok := parseGenFlags(args[1:], l, lerr, stdout, stderr)
	if !ok {
		return code
	}
	generate := gen.Generate
	if o.schema == "national" {
		generate = gen.GenerateNational
	}
	start := time.Now()
	n, err := generate(context.Background(), o.out, o.Options, nil)
	if err != nil {
		sayError(stderr, l, "gen dossiers", err)
		return 1
	}
	size := int64(-1)
	if st, err := os.Stat(o.out); err == nil {
		size = st.Size()
	}
	say(stderr, "gen dossiers", l.T("wrote %d SYNTHETIC dossiers to %s (%s MB) in %s s",
		n, o.out, decimal(float64(size)/1e6, l), decimal(time.Since(start).Seconds(), l)))
	return 0
}

// parseGenFlags reads and checks the flags of "cchc gen dossiers"; ok is
// false when the run ends here with exit status code.
func parseGenFlags(args []string, l i18n.Lang, lerr error, stdout, stderr io.Writer) (o genOptions, code int, ok bool) {
	const cmd = "gen dossiers"
	fs := newFlagSet(cmd)
	fs.Int64Var(&o.Rows, "rows", 100000, "")
	fs.Uint64Var(&o.Seed, "seed", 1, "")
	fs.StringVar(&o.out, "o", "", "")
	fs.StringVar(&o.schema, "schema", "cchc", "")
	fs.StringVar(&o.Province, "province", "", "")
	fs.IntVar(&o.Year, "year", gen.DefaultYear, "")
	fs.IntVar(&o.BadPerMillion, "bad-per-million", 100, "")
	fs.IntVar(&o.BatchSize, "batch", gen.DefaultBatchSize, "")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, rest, l, cmd, l.T(i18n.GenUsage), stdout, stderr); done {
		return o, code, false
	}
	problem := func(text string) (genOptions, int, bool) {
		return o, usageProblem(stderr, l, cmd, text), false
	}
	switch {
	case o.out == "":
		return problem(l.T("-o FILE is required"))
	case o.Rows < 0 || o.Rows > gen.MaxRows:
		return problem(l.T("--rows %d: must lie between 0 and %d", o.Rows, int64(gen.MaxRows)))
	case o.BatchSize < 1 || o.BatchSize > gen.MaxBatchSize:
		return problem(l.T("--batch %d: must lie between 1 and %d", o.BatchSize, gen.MaxBatchSize))
	case o.BadPerMillion < 0 || o.BadPerMillion > 1_000_000:
		return problem(l.T("--bad-per-million %d: must lie between 0 and 1000000", o.BadPerMillion))
	case o.schema != "cchc" && o.schema != "national":
		return problem(l.T("--schema %q: want cchc or national", o.schema))
	}
	if strings.EqualFold(filepath.Ext(o.out), ".xlsx") {
		o.schema = "national"
	}
	return o, 0, true
}
