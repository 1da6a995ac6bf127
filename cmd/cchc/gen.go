package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cchc-lab/cchc/dataset/dossier/gen"
)

// runGen runs "cchc gen dossiers": synthetic dossier records.
func runGen(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		genUsage(stderr)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	if args[0] != "dossiers" {
		fmt.Fprintf(stderr, "cchc gen: unknown kind %q (only \"dossiers\")\n", args[0])
		genUsage(stderr)
		return 2
	}
	fs := flag.NewFlagSet("gen dossiers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	rows := fs.Int64("rows", 100000, "number of dossiers")
	seed := fs.Uint64("seed", 1, "random seed (same seed, same file)")
	out := fs.String("o", "", "output file: .parquet, .csv or .arrow (required)")
	province := fs.String("province", "", "one province (default: every province of the year)")
	year := fs.Int("year", gen.DefaultYear, "year of receipt")
	bad := fs.Int("bad-per-million", 100, "rows per million with a fault the rates code rejects")
	batch := fs.Int("batch", gen.DefaultBatchSize, "rows per record batch (part of what the output depends on)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: cchc gen dossiers --rows N --seed S -o FILE.parquet|.csv|.arrow [--province NAME] [--year Y]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args[1:]); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "cchc gen dossiers: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *out == "" {
		fmt.Fprintln(stderr, "cchc gen dossiers: -o FILE is required")
		fs.Usage()
		return 2
	}
	if *rows < 0 {
		fmt.Fprintln(stderr, "cchc gen dossiers: --rows must be 0 or more")
		return 2
	}
	start := time.Now()
	n, err := gen.Generate(context.Background(), *out, gen.Options{
		Rows: *rows, Seed: *seed, Province: *province, Year: *year,
		BadPerMillion: *bad, BatchSize: *batch,
	}, nil)
	if err != nil {
		fmt.Fprintf(stderr, "cchc gen dossiers: %v\n", err)
		return 1
	}
	size := int64(-1)
	if st, err := os.Stat(*out); err == nil {
		size = st.Size()
	}
	fmt.Fprintf(stderr, "wrote %d SYNTHETIC dossiers to %s (%.1f MB) in %.1f s\n",
		n, *out, float64(size)/1e6, time.Since(start).Seconds())
	return 0
}

func genUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: cchc gen dossiers --rows N --seed S -o FILE.parquet|.csv|.arrow [--province NAME] [--year Y]")
	fmt.Fprintln(w, "Generates synthetic dossier records (labelled SYNTHETIC in the file's metadata).")
	fmt.Fprintln(w, "Run \"cchc gen dossiers --help\" for every flag.")
}
