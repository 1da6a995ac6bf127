package plots

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"

	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Selection says which rows of an index-series or observation record a
// chart draws. Columns are read by name; dictionary-encoded and plain
// strings, 32- and 64-bit integers are all accepted.
type Selection struct {
	// X is the year column (default "year").
	X string
	// Y is the value column (default "value").
	Y string
	// Series is the column naming each line or group (default: the first
	// of "province", "entity", "series", "metric" that the record has).
	Series string
	// IndexColumn is the column naming the index or metric (default
	// "index" when present, else "metric" when present and not the series).
	IndexColumn string
	// Index keeps only rows of this index or metric (matched without
	// accents or case). When the record holds several, Index must be given.
	Index string
	// PeriodColumn names the sub-year period column (default "period" when
	// present). Charts are by year: rows with a period ("2025-Q2",
	// "2015-2023") are not drawn, and the chart's note counts them.
	PeriodColumn string
	// Entities keeps only these series, in this order. Province names are
	// matched through the province register, accents and case optional
	// ("Ha Tinh", "HÀ TĨNH", "tỉnh Hà Tĩnh" all select "Hà Tĩnh").
	Entities []string
	// YearFrom and YearTo keep only years in [YearFrom, YearTo] (0: open).
	YearFrom, YearTo int
	// UnitColumn is the column giving the unit (default "unit", when present).
	UnitColumn string
	// Where keeps only rows whose column (the key) holds one of the values,
	// matched without accents or case, province names through the register
	// (e.g. {"province": {"Hà Tĩnh"}} with Series "index" draws one line
	// per index for one province).
	Where map[string][]string
}

// point is one value of one series in one year.
type point struct {
	year  int
	value float64
	row   int
}

// seriesData is one selected series.
type seriesData struct {
	name   string
	unit   string  // the first unit given for the series
	points []point // sorted by year, then row order
}

// selected is the outcome of applying a Selection to a record.
type selected struct {
	index      string              // the index drawn, "" when the record has none
	unit       string              // the first unit seen in the selected rows
	series     []seriesData        // selected series, in display order
	allYears   []int               // the x range: every year of the selected series, with or without a value
	gapYears   []int               // the years a series is expected to have; lacking one is a gap
	byYear     map[int][]yearValue // every filtered row by year (all entities), for bands
	nullRows   int                 // selected rows without a value
	noYear     int                 // rows (after the index filter) without a year
	periodRows int                 // rows (after the index filter) for a sub-year period
	nullYears  map[string][]int
}

type yearValue struct {
	key   string
	value float64
}

func (s Selection) withDefaults(rec arrow.Record) Selection {
	if s.X == "" {
		s.X = "year"
	}
	if s.Y == "" {
		s.Y = "value"
	}
	if s.Series == "" {
		s.Series = firstColumn(rec, "province", "entity", "series", "metric")
	}
	if s.IndexColumn == "" {
		switch {
		case hasColumn(rec, "index") && !strings.EqualFold(s.Series, "index"):
			s.IndexColumn = "index"
		case !hasColumn(rec, "index") && hasColumn(rec, "metric") && !strings.EqualFold(s.Series, "metric"):
			s.IndexColumn = "metric"
		}
	}
	if s.PeriodColumn == "" && hasColumn(rec, "period") {
		s.PeriodColumn = "period"
	}
	if s.UnitColumn == "" && hasColumn(rec, "unit") {
		s.UnitColumn = "unit"
	}
	return s
}

// yearRange describes the selected years for messages.
func (s Selection) yearRange() i18n.Text {
	switch {
	case s.YearFrom > 0 && s.YearTo > 0:
		return i18n.Textf(", years %d–%d", s.YearFrom, s.YearTo)
	case s.YearFrom > 0:
		return i18n.Textf(", years from %d", s.YearFrom)
	case s.YearTo > 0:
		return i18n.Textf(", years to %d", s.YearTo)
	}
	return i18n.Msg{}
}

// selectSeries applies s to rec. maxSeries limits how many series may be
// drawn when no entities are named (0: no limit). The steps: read the
// columns; keep the rows of the Where conditions and of one index; group
// the rows by series and year; choose the series; set the chart's years.
func selectSeries(rec arrow.Record, s Selection, maxSeries int) (*selected, error) {
	if rec == nil {
		return nil, i18n.Errorf("plots: %w: no record", ErrEmpty)
	}
	s = s.withDefaults(rec)
	sel := &seriesSelector{s: s, n: int(rec.NumRows()),
		out: &selected{byYear: map[int][]yearValue{}, nullYears: map[string][]int{}}}
	if err := sel.readColumns(rec); err != nil {
		return nil, err
	}
	if err := sel.filterIndex(rec); err != nil {
		return nil, err
	}
	sel.groupRows()
	if len(sel.order) == 0 {
		return nil, sel.nothingLeft()
	}
	if err := sel.chooseSeries(maxSeries); err != nil {
		return nil, err
	}
	sel.setYears()
	return sel.out, sel.checkValues()
}

// seriesSelector is the state of one selectSeries call.
type seriesSelector struct {
	s   Selection
	n   int
	out *selected

	year                        func(int) (int, bool)
	value                       func(int) (float64, bool)
	series, index, unit, period stringGetter

	keep []bool // rows past the Where and index filters

	byKey       map[string]*seriesAcc // series by entity key
	order       []string              // series keys in order of first row
	periodByKey map[string]int        // rows for a sub-year period, by series
	noYearByKey map[string]int        // rows without a year, by series
	chosen      []string              // the series drawn, in display order
}

// seriesAcc collects one series' points.
type seriesAcc struct {
	name   string
	unit   string
	points []point
}

// readColumns finds the columns the selection names.
func (sel *seriesSelector) readColumns(rec arrow.Record) error {
	s := sel.s
	var err error
	if sel.year, err = yearColumn(rec, s.X); err != nil {
		return i18n.Errorf("plots: x: %w", err)
	}
	if sel.value, err = floatColumn(rec, s.Y); err != nil {
		return i18n.Errorf("plots: y: %w", err)
	}
	if s.Series != "" {
		if sel.series, err = stringColumn(rec, s.Series); err != nil {
			return i18n.Errorf("plots: series: %w", err)
		}
	}
	if s.IndexColumn != "" {
		if sel.index, err = stringColumn(rec, s.IndexColumn); err != nil {
			return i18n.Errorf("plots: index: %w", err)
		}
	}
	if s.UnitColumn != "" {
		if sel.unit, err = stringColumn(rec, s.UnitColumn); err != nil {
			sel.unit = nil
		}
	}
	if s.PeriodColumn != "" {
		if sel.period, err = stringColumn(rec, s.PeriodColumn); err != nil {
			return i18n.Errorf("plots: period: %w", err)
		}
	}
	return nil
}

// filterIndex keeps the rows of the Where conditions and of the index
// asked for; when none is asked for, the record must hold only one.
func (sel *seriesSelector) filterIndex(rec arrow.Record) error {
	where, err := whereFilter(rec, sel.s.Where)
	if err != nil {
		return err
	}
	sel.keep = make([]bool, sel.n)
	var indices []string
	seenIdx := map[string]bool{}
	want := vntext.Fold(sel.s.Index)
	for i := 0; i < sel.n; i++ {
		sel.keep[i] = where(i)
		if !sel.keep[i] || sel.index == nil {
			continue
		}
		name, _ := sel.index(i)
		k := vntext.Fold(name)
		if !seenIdx[k] {
			seenIdx[k] = true
			indices = append(indices, name)
		}
		if want != "" && k != want {
			sel.keep[i] = false
		}
	}
	return sel.chooseIndex(indices, seenIdx, want)
}

// chooseIndex sets the index drawn, or says why none can be.
func (sel *seriesSelector) chooseIndex(indices []string, seenIdx map[string]bool, want string) error {
	s, out := sel.s, sel.out
	switch {
	case sel.index != nil && want != "" && !seenIdx[want]:
		return i18n.Errorf("plots: %w: no rows for index %q (the record has: %s)", ErrEmpty, s.Index, strings.Join(indices, ", "))
	case sel.index != nil && want == "" && len(indices) > 1:
		what := i18n.Textf("indices")
		if !strings.EqualFold(s.IndexColumn, "index") {
			what = i18n.Textf("values of %s", s.IndexColumn)
		}
		e := optionsError(i18n.Errorf("the record holds %d %s (%s); choose one", len(indices), what, strings.Join(indices, ", ")), "Index")
		e.Column = s.IndexColumn
		return e
	case sel.index != nil && want == "" && len(indices) == 1:
		out.index = indices[0]
	case want != "":
		for _, name := range indices {
			if vntext.Fold(name) == want {
				out.index = name
				break
			}
		}
	}
	return nil
}

// groupRows groups the kept rows of the selected years by series, and
// counts by series the rows a year axis cannot place (so that only the
// drawn series' rows are reported).
func (sel *seriesSelector) groupRows() {
	s, out := sel.s, sel.out
	sel.byKey = map[string]*seriesAcc{}
	sel.periodByKey, sel.noYearByKey = map[string]int{}, map[string]int{}
	yearsSeen := map[int]bool{}
	for i := 0; i < sel.n; i++ {
		if !sel.keep[i] {
			continue
		}
		name := ""
		if sel.series != nil {
			name, _ = sel.series(i)
		} else {
			name = out.index
		}
		key := entityKey(name)
		if sel.period != nil {
			if p, _ := sel.period(i); strings.TrimSpace(p) != "" {
				sel.periodByKey[key]++
				continue
			}
		}
		y, ok := sel.year(i)
		if !ok {
			sel.noYearByKey[key]++
			continue
		}
		if (s.YearFrom > 0 && y < s.YearFrom) || (s.YearTo > 0 && y > s.YearTo) {
			continue
		}
		a := sel.byKey[key]
		if a == nil {
			a = &seriesAcc{name: displayName(name)}
			sel.byKey[key] = a
			sel.order = append(sel.order, key)
		}
		yearsSeen[y] = true
		sel.addPoint(a, key, i, y)
	}
	for y := range yearsSeen {
		out.allYears = append(out.allYears, y)
	}
	sort.Ints(out.allYears)
}

// addPoint adds row i of year y to series a (key), or notes its missing value.
func (sel *seriesSelector) addPoint(a *seriesAcc, key string, i, y int) {
	out := sel.out
	v, ok := sel.value(i)
	if !ok {
		out.nullYears[key] = append(out.nullYears[key], y)
		return
	}
	a.points = append(a.points, point{year: y, value: v, row: i})
	out.byYear[y] = append(out.byYear[y], yearValue{key: key, value: v})
	if sel.unit != nil && a.unit == "" {
		a.unit, _ = sel.unit(i)
	}
}

// what names the drawn index, or the record, in messages.
func (sel *seriesSelector) what() i18n.Text {
	if sel.out.index != "" {
		return i18n.Textf("index %s", sel.out.index)
	}
	return i18n.Textf("the record")
}

// nothingLeft explains a selection that kept no row.
func (sel *seriesSelector) nothingLeft() error {
	out := sel.out
	for _, n := range sel.periodByKey {
		out.periodRows += n
	}
	for _, n := range sel.noYearByKey {
		out.noYear += n
	}
	var periods, noYear i18n.Text = i18n.Msg{}, i18n.Msg{}
	if out.periodRows > 0 {
		periods = i18n.Textf("; %d rows are for a period (month, quarter or span of years) and charts are by year", out.periodRows)
	}
	if out.noYear > 0 {
		noYear = i18n.Textf("; %d rows have no year", out.noYear)
	}
	return i18n.Errorf("plots: %w: no rows for %s%s%s%s", ErrEmpty, sel.what(), sel.s.yearRange(), periods, noYear)
}

// chooseSeries picks the series drawn: the Entities named, in their
// order, or every series up to maxSeries; then sorts their points by year.
func (sel *seriesSelector) chooseSeries(maxSeries int) error {
	s, out := sel.s, sel.out
	if len(s.Entities) > 0 {
		seen := map[string]bool{}
		var missing []string
		for _, e := range s.Entities {
			if strings.TrimSpace(e) == "" {
				continue
			}
			k := entityKey(e)
			if seen[k] {
				continue
			}
			seen[k] = true
			if sel.byKey[k] == nil {
				missing = append(missing, e)
				continue
			}
			sel.chosen = append(sel.chosen, k)
		}
		if len(missing) > 0 {
			return i18n.Errorf("plots: %w: no rows for %s in %s%s", ErrEmpty, strings.Join(quoteAll(missing), ", "), sel.what(), s.yearRange())
		}
	} else {
		sel.chosen = sel.order
		if maxSeries > 0 && len(sel.chosen) > maxSeries {
			return optionsError(i18n.Errorf("%s has %d series; name at most %d with Entities", sel.what(), len(sel.chosen), maxSeries), "Entities", "MaxSeries")
		}
	}
	for _, k := range sel.chosen {
		out.periodRows += sel.periodByKey[k]
		out.noYear += sel.noYearByKey[k]
		a := sel.byKey[k]
		sort.SliceStable(a.points, func(i, j int) bool { return a.points[i].year < a.points[j].year })
		out.series = append(out.series, seriesData{name: a.name, unit: a.unit, points: a.points})
		if out.unit == "" {
			out.unit = a.unit
		}
		out.nullRows += len(out.nullYears[k])
	}
	return nil
}

// setYears sets the chart's years — those of the selected series, with or
// without a value (a year no selected series mentions is not a gap) — and
// the gap years: a year any entity has (for the same index) and a series
// lacks; when the series are themselves indices, only the drawn ones count.
func (sel *seriesSelector) setYears() {
	out := sel.out
	chosenYears := map[int]bool{}
	for _, k := range sel.chosen {
		for _, p := range sel.byKey[k].points {
			chosenYears[p.year] = true
		}
		for _, y := range out.nullYears[k] {
			chosenYears[y] = true
		}
	}
	out.gapYears = append([]int(nil), out.allYears...)
	if sel.index != nil && out.index == "" {
		out.gapYears = sortedYears(chosenYears)
	}
	out.allYears = sortedYears(chosenYears)
}

// sortedYears returns the years of a set in order.
func sortedYears(set map[int]bool) []int {
	ys := make([]int, 0, len(set))
	for y := range set {
		ys = append(ys, y)
	}
	sort.Ints(ys)
	return ys
}

// checkValues fails when the selected rows hold no value at all.
func (sel *seriesSelector) checkValues() error {
	for _, sd := range sel.out.series {
		if len(sd.points) > 0 {
			return nil
		}
	}
	return i18n.Errorf("plots: %w: the selected rows of %s%s have no values", ErrEmpty, sel.what(), sel.s.yearRange())
}

// whereFilter returns a row predicate for the Where conditions.
func whereFilter(rec arrow.Record, where map[string][]string) (func(int) bool, error) {
	if len(where) == 0 {
		return func(int) bool { return true }, nil
	}
	cols := make([]string, 0, len(where))
	for c := range where {
		cols = append(cols, c)
	}
	sort.Strings(cols)
	type cond struct {
		get  stringGetter
		want map[string]bool
	}
	var conds []cond
	for _, c := range cols {
		g, err := stringColumn(rec, c)
		if err != nil {
			return nil, i18n.Errorf("plots: where: %w", err)
		}
		want := map[string]bool{}
		for _, v := range where[c] {
			want[entityKey(v)] = true
		}
		conds = append(conds, cond{get: g, want: want})
	}
	return func(i int) bool {
		for _, c := range conds {
			v, _ := c.get(i)
			if !c.want[entityKey(v)] {
				return false
			}
		}
		return true
	}, nil
}

// valueLabel is the default y-axis label: the index and its unit, or each
// series' unit when the series are indices on different units.
func valueLabel(sel *selected, column, lang string) string {
	if strings.EqualFold(column, "rank") {
		return strings.TrimSpace(tr(lang, "Thứ hạng "+sel.index, sel.index+" rank"))
	}
	if sel.index != "" {
		// A catalogue metric id reads better as its name.
		if m, ok := indicators.Default().Lookup(sel.index); ok {
			name := tr(lang, m.NameVI, m.NameEN)
			if u := strings.TrimSpace(unitText(sel.unit, lang)); u != "" {
				return name + " (" + u + ")"
			}
			return name
		}
		if sel.unit != "" {
			return sel.index + ", " + sel.unit
		}
		return sel.index
	}
	same := true
	for _, sd := range sel.series {
		if sd.unit != sel.series[0].unit {
			same = false
		}
	}
	if same {
		if u := sel.series[0].unit; u != "" {
			return column + ", " + u
		}
		return column
	}
	parts := make([]string, 0, len(sel.series))
	for _, sd := range sel.series {
		if sd.unit != "" {
			parts = append(parts, sd.name+": "+sd.unit)
		}
	}
	return strings.Join(parts, "; ")
}

// skippedNote says which rows a chart could not place on its year axis.
func skippedNote(lang string, sel *selected) string {
	var parts []string
	if sel.noYear > 0 {
		parts = append(parts, tr(lang, fmt.Sprintf("%d dòng không có năm", sel.noYear), fmt.Sprintf("%d rows without a year", sel.noYear)))
	}
	if sel.periodRows > 0 {
		parts = append(parts, tr(lang, fmt.Sprintf("%d dòng theo kỳ (tháng, quý, nhiều năm)", sel.periodRows), fmt.Sprintf("%d rows for a period (month, quarter, span of years)", sel.periodRows)))
	}
	if len(parts) == 0 {
		return ""
	}
	return tr(lang, "Không vẽ: ", "Not drawn: ") + strings.Join(parts, "; ") + "."
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

// duplicate is a year where one series has several different values.
type duplicate struct {
	series string
	year   int
	values []float64
}

// collapse returns one point per year (the first row's value) and the
// years where further rows gave different values. Equal repeats merge.
func collapse(sd seriesData) (primary []point, extra []point, dups []duplicate) {
	for i := 0; i < len(sd.points); {
		j := i
		for j < len(sd.points) && sd.points[j].year == sd.points[i].year {
			j++
		}
		primary = append(primary, sd.points[i])
		var vals []float64
		vals = append(vals, sd.points[i].value)
		for _, p := range sd.points[i+1 : j] {
			differs := true
			for _, v := range vals {
				if v == p.value {
					differs = false
				}
			}
			if differs {
				vals = append(vals, p.value)
				extra = append(extra, p)
			}
		}
		if len(vals) > 1 {
			dups = append(dups, duplicate{series: sd.name, year: sd.points[i].year, values: vals})
		}
		i = j
	}
	return primary, extra, dups
}

// duplicateNote says in words which values disagree.
func duplicateNote(lang string, dups []duplicate) string {
	if len(dups) == 0 {
		return ""
	}
	var parts []string
	for _, d := range dups {
		vals := make([]string, len(d.values))
		for i, v := range d.values {
			vals[i] = formatNumber(v, 2, lang)
		}
		parts = append(parts, fmt.Sprintf("%s %d: %s", d.series, d.year, strings.Join(vals, tr(lang, " và ", " and "))))
	}
	return tr(lang,
		"Nguồn khác nhau cho giá trị khác nhau (vẽ giá trị của dòng đầu tiên, giá trị còn lại là điểm rỗng): ",
		"Sources disagree (the first row's value is drawn, the others as hollow markers): ") + strings.Join(parts, "; ") + "."
}
