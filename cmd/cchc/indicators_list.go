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
// tables in the language l: headings, metric names, directions, areas,
// levels and the indices' names, publishers, scales and caveats (ids and
// units stay as the files write them).
func printCatalogueText(w io.Writer, metrics []indicators.Metric, indices []indicators.Index, l i18n.Lang) {
	fmt.Fprintln(w, l.T("Metrics (%d): ids used by targets and observations", len(metrics)))
	fmt.Fprintln(w)
	rows := [][]string{{l.T("id"), l.T("unit"), l.T("better"), l.T("area"), l.T("levels"), l.T("name")}}
	for _, m := range metrics {
		rows = append(rows, metricCells(m, l))
	}
	widths := make([]int, len(rows[0])-1)
	for _, r := range rows {
		for i := range widths {
			widths[i] = max(widths[i], utf8.RuneCountInString(r[i]))
		}
	}
	for _, r := range rows {
		for i, c := range r[:len(r)-1] {
			fmt.Fprint(w, padRight(c, widths[i])+"  ")
		}
		fmt.Fprintln(w, r[len(r)-1])
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, l.T("National indices (%d)", len(indices)))
	for _, x := range indices {
		printIndex(w, x, l)
	}
}

// metricCells are a metric's cells in the text table, in the language l.
func metricCells(m indicators.Metric, l i18n.Lang) []string {
	levels := make([]string, len(m.Levels))
	for i, lv := range m.Levels {
		levels[i] = l.LevelName(lv)
	}
	lv := strings.Join(levels, ",")
	if lv == "" {
		lv = l.T("any level")
	}
	better := l.T("higher")
	if m.Direction == indicators.LowerIsBetter {
		better = l.T("lower")
	}
	return []string{m.ID, m.Unit, better, l.AreaShortName(m.Area), lv, l.Pick(m.NameVI, m.NameEN)}
}

// printIndex prints a national index: its name as the sources of the
// language l write it, publisher, scale, first year and caveats.
func printIndex(w io.Writer, x indicators.Index, l i18n.Lang) {
	first := l.T("varies")
	if x.FirstYear != 0 {
		first = strconv.Itoa(x.FirstYear)
	}
	caveats := x.Caveats
	if l == i18n.VI {
		fmt.Fprintf(w, "\n%s (%s)\n", x.NameVI, x.Name)
		caveats = x.CaveatsVI
	} else {
		fmt.Fprintf(w, "\n%s — %s (%s)\n", x.Name, x.NameEN, x.NameVI)
	}
	fmt.Fprintln(w, l.T("  publisher: %s", l.Pick(x.PublisherVI, x.Publisher)))
	fmt.Fprintln(w, l.T("  scale:     %s", l.Pick(x.ScaleVI, x.Scale)))
	fmt.Fprintln(w, l.T("  since:     %s", first))
	for _, c := range caveats {
		fmt.Fprintln(w, l.T("  caveat:    %s", c))
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
