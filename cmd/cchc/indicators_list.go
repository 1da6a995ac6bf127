package main

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
)

// runIndicatorsList implements "cchc indicators list".
func runIndicatorsList(args []string, stdout, stderr io.Writer) int {
	const cmd = "indicators list"
	l, lerr := runLang(args)
	fs := newFlagSet(cmd)
	format := fs.String("format", "text", "")
	bom := fs.Bool("bom", false, "")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, rest, l, cmd, l.T(i18n.IndicatorsListUsage), stdout, stderr); done {
		return code
	}
	metrics := indicators.Default().Metrics()
	indices := indicators.Indices()
	switch strings.ToLower(*format) {
	case "text":
		printCatalogueText(stdout, metrics, indices, l)
	case "csv":
		if *bom {
			io.WriteString(stdout, "\uFEFF") //nolint:errcheck // reported by the csv writer below
		}
		if err := writeCatalogueCSV(stdout, metrics, indices); err != nil {
			sayError(stderr, l, cmd, err)
			return 1
		}
	default:
		return usageProblem(stderr, l, cmd, l.T("--format %q: want text or csv", *format))
	}
	return 0
}

// printCatalogueText prints the metrics and the national indices as text
// tables, headings in the language l (ids, units and names as the
// catalogue has them).
func printCatalogueText(w io.Writer, metrics []indicators.Metric, indices []indicators.Index, l i18n.Lang) {
	fmt.Fprintln(w, l.T("Metrics (%d): ids used by targets and observations", len(metrics)))
	fmt.Fprintln(w)
	heads := []string{l.T("id"), l.T("unit"), l.T("better"), l.T("area"), l.T("levels"), l.T("name")}
	widths := []int{0, 11, 6, 18, 25}
	for _, m := range metrics {
		widths[0] = max(widths[0], utf8.RuneCountInString(m.ID))
	}
	for i := range widths {
		widths[i] = max(widths[i], utf8.RuneCountInString(heads[i]))
	}
	line := func(cells ...string) {
		for i, c := range cells[:len(cells)-1] {
			fmt.Fprint(w, padRight(c, widths[i])+"  ")
		}
		fmt.Fprintln(w, cells[len(cells)-1])
	}
	line(heads...)
	for _, m := range metrics {
		levels := strings.Join(m.Levels, ",")
		if levels == "" {
			levels = l.T("any")
		}
		line(m.ID, m.Unit, m.Direction.String(), m.Area, levels, m.NameVI)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, l.T("National indices (%d)", len(indices)))
	for _, x := range indices {
		first := l.T("varies")
		if x.FirstYear != 0 {
			first = strconv.Itoa(x.FirstYear)
		}
		fmt.Fprintf(w, "\n%s — %s (%s)\n", x.Name, x.NameVI, x.NameEN)
		fmt.Fprintln(w, l.T("  publisher: %s", x.Publisher))
		fmt.Fprintln(w, l.T("  scale:     %s", x.Scale))
		fmt.Fprintln(w, l.T("  since:     %s", first))
		for _, c := range x.Caveats {
			fmt.Fprintln(w, l.T("  caveat:    %s", c))
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
