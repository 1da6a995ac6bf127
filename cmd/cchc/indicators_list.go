package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/textfile"
)

const indicatorsListUsage = `usage: cchc indicators list [--format text|csv] [--bom]

Prints the metric catalogue (the ids that observations and targets use,
with unit, direction, CCHC area, levels and names) and the national indices
(PAR INDEX, SIPAS, PAPI, PCI, DTI, DDCI) with their publisher, scale, first
year and caveats.

  --format text|csv   text tables (default) or one CSV table, a row per
                      metric (kind "metric") and per index (kind "index")
  --bom               start the CSV with a UTF-8 byte-order mark (for Excel)
`

// runIndicatorsList implements "cchc indicators list".
func runIndicatorsList(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("indicators list", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(fs.Output(), indicatorsListUsage) }
	format := fs.String("format", "text", "text or csv")
	bom := fs.Bool("bom", false, "UTF-8 byte-order mark on CSV")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "cchc indicators list: unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	metrics := indicators.Default().Metrics()
	indices := indicators.Indices()
	switch strings.ToLower(*format) {
	case "text":
		printCatalogueText(stdout, metrics, indices)
	case "csv":
		if *bom {
			io.WriteString(stdout, "\uFEFF") //nolint:errcheck // reported by the csv writer below
		}
		if err := writeCatalogueCSV(stdout, metrics, indices); err != nil {
			fmt.Fprintf(stderr, "cchc indicators list: %v\n", err)
			return 1
		}
	default:
		fmt.Fprintf(stderr, "cchc indicators list: --format %q: want text or csv\n", *format)
		return 2
	}
	return 0
}

func printCatalogueText(w io.Writer, metrics []indicators.Metric, indices []indicators.Index) {
	fmt.Fprintf(w, "Metrics (%d): ids used by targets and observations\n\n", len(metrics))
	idW := len("id")
	for _, m := range metrics {
		idW = max(idW, len(m.ID))
	}
	fmt.Fprintf(w, "%-*s  %-11s  %-6s  %-18s  %-25s  %s\n", idW, "id", "unit", "better", "area", "levels", "name")
	for _, m := range metrics {
		levels := strings.Join(m.Levels, ",")
		if levels == "" {
			levels = "any"
		}
		fmt.Fprintf(w, "%-*s  %-11s  %-6s  %-18s  %-25s  %s\n", idW, m.ID, m.Unit, m.Direction, m.Area, levels, m.NameVI)
	}
	fmt.Fprintf(w, "\nNational indices (%d)\n", len(indices))
	for _, x := range indices {
		first := "varies"
		if x.FirstYear != 0 {
			first = fmt.Sprint(x.FirstYear)
		}
		fmt.Fprintf(w, "\n%s — %s (%s)\n", x.Name, x.NameVI, x.NameEN)
		fmt.Fprintf(w, "  publisher: %s\n  scale:     %s\n  since:     %s\n", x.Publisher, x.Scale, first)
		for _, c := range x.Caveats {
			fmt.Fprintf(w, "  caveat:    %s\n", c)
		}
	}
}

// safeTextCells passes the cells of a CSV row through textfile.SafeCell,
// but for those at the numeric positions, numbers cchc formatted.
func safeTextCells(row []string, numeric ...int) []string {
	for i := range row {
		if !slices.Contains(numeric, i) {
			row[i] = textfile.SafeCell(row[i])
		}
	}
	return row
}

func writeCatalogueCSV(w io.Writer, metrics []indicators.Metric, indices []indicators.Index) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"kind", "id", "name_vi", "name_en", "unit", "direction", "area", "levels", //nolint:errcheck // checked by Flush
		"publisher", "scale", "min", "max", "first_year", "scale_breaks", "caveats"})
	for _, m := range metrics {
		cw.Write(safeTextCells([]string{"metric", m.ID, m.NameVI, m.NameEN, m.Unit, m.Direction.String(), m.Area, //nolint:errcheck // checked by Flush
			strings.Join(m.Levels, "; "), "", "", "", "", "", "", ""}))
	}
	for _, x := range indices {
		first := ""
		if x.FirstYear != 0 {
			first = fmt.Sprint(x.FirstYear)
		}
		var breaks []string
		for _, y := range x.ScaleBreaks {
			breaks = append(breaks, fmt.Sprint(y))
		}
		cw.Write(safeTextCells([]string{"index", x.Name, x.NameVI, x.NameEN, x.Unit, "higher", "", x.Level, //nolint:errcheck // checked by Flush
			x.Publisher, x.Scale, fmt.Sprint(x.Min), fmt.Sprint(x.Max), first, strings.Join(breaks, "; "), strings.Join(x.Caveats, " ")}, 10, 11, 12))
	}
	cw.Flush()
	return cw.Error()
}
