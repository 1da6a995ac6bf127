package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/index766"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/plots"
)

// isIndex766File reports whether path is a CSV of the 766 index as
// testdata/real/index_766.csv holds it (header index,unit,level,period,…).
func isIndex766File(path string) bool {
	return strings.HasPrefix(firstLine(path), "index,unit,level,period,")
}

// isCounts766File reports whether path is a CSV of the counts behind 766
// scores (header province,period,metric,numerator,denominator,…).
func isCounts766File(path string) bool {
	return strings.HasPrefix(firstLine(path), "province,period,metric,numerator,denominator,")
}

// firstLine returns the first line of a file without a byte-order mark.
func firstLine(path string) string {
	fh, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer fh.Close()
	line, _ := bufio.NewReader(fh).ReadString('\n')
	return strings.TrimPrefix(line, "\ufeff")
}

// validate766 checks a 766 index or counts file; handled is false for
// other files.
func validate766(path string, l i18n.Lang, stdout, stderr io.Writer) (ok, handled bool) {
	var n int
	var err error
	var what string
	switch {
	case isIndex766File(path):
		var rows []index766.Row
		rows, err = index766.Read(path)
		n, what = len(rows), l.T("766 index (Decision 766/QĐ-TTg)")
	case isCounts766File(path):
		var cs []index766.Count
		cs, err = index766.ReadCounts(path)
		n, what = len(cs), l.T("766 counts")
	default:
		return false, false
	}
	if err != nil {
		sayError(stderr, l, "validate", err)
		fmt.Fprintln(stdout, l.T("%s: not loaded", path))
		return false, true
	}
	fmt.Fprintln(stdout, l.T("%s: %s, %d rows read, %d loaded, %d rejected", path, what, n, n, 0))
	return true, true
}

// load766 reads a 766 index file as the index values of one period: the
// --period given, or the latest year to date.
func load766(path string, f *plotFlags, mem memory.Allocator) (arrow.Record, error) {
	rows, err := index766.Read(path)
	if err != nil {
		return nil, err
	}
	if f.period == "" {
		for _, r := range rows {
			if r.Level == index766.LevelProvince && strings.HasSuffix(r.Period, "(year to date)") && r.Period > f.period {
				f.period = r.Period
			}
		}
	}
	vals := index766.Series(rows, f.period)
	if len(vals) == 0 {
		return nil, newError(i18n.Msgf("%s: no province values for period %q", path, f.period))
	}
	f.is766 = true
	return dataset.IndexValuesToRecord(mem, vals), nil
}

// stackedOptions returns the options of a stacked chart: for a 766 file,
// its six groups in the portal's order on a 0–100 axis.
func stackedOptions(common plots.Common, rec arrow.Record, f *plotFlags) plots.StackedOptions {
	o := plots.StackedOptions{Common: common, Highlight: splitList(f.highlight)}
	if f.series != "" {
		o.Part = f.series
	}
	if f.is766 {
		for _, g := range index766.Groups() {
			o.Parts = append(o.Parts, "766 "+g.Name)
			label := fmt.Sprintf("%s (%g)", g.Name, g.MaxPoints)
			if f.lang != "en" {
				r := []rune(label)
				label = strings.ToUpper(string(r[:1])) + string(r[1:])
			}
			o.PartLabels = append(o.PartLabels, label)
		}
		o.Max = 100
	}
	return o
}
