package plots

import (
	"fmt"
	"sort"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"

	"github.com/cchc-lab/cchc/indicators"
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
func (s Selection) yearRange() string {
	switch {
	case s.YearFrom > 0 && s.YearTo > 0:
		return fmt.Sprintf(", years %d–%d", s.YearFrom, s.YearTo)
	case s.YearFrom > 0:
		return fmt.Sprintf(", years from %d", s.YearFrom)
	case s.YearTo > 0:
		return fmt.Sprintf(", years to %d", s.YearTo)
	}
	return ""
}

// selectSeries applies s to rec. maxSeries limits how many series may be
// drawn when no entities are named (0: no limit).
func selectSeries(rec arrow.Record, s Selection, maxSeries int) (*selected, error) {
	if rec == nil {
		return nil, fmt.Errorf("plots: %w: no record", ErrEmpty)
	}
	s = s.withDefaults(rec)
	year, err := yearColumn(rec, s.X)
	if err != nil {
		return nil, fmt.Errorf("plots: x: %w", err)
	}
	value, err := floatColumn(rec, s.Y)
	if err != nil {
		return nil, fmt.Errorf("plots: y: %w", err)
	}
	var series stringGetter
	if s.Series != "" {
		if series, err = stringColumn(rec, s.Series); err != nil {
			return nil, fmt.Errorf("plots: series: %w", err)
		}
	}
	var index, unit stringGetter
	if s.IndexColumn != "" {
		if index, err = stringColumn(rec, s.IndexColumn); err != nil {
			return nil, fmt.Errorf("plots: index: %w", err)
		}
	}
	if s.UnitColumn != "" {
		if unit, err = stringColumn(rec, s.UnitColumn); err != nil {
			unit = nil
		}
	}
	var period stringGetter
	if s.PeriodColumn != "" {
		if period, err = stringColumn(rec, s.PeriodColumn); err != nil {
			return nil, fmt.Errorf("plots: period: %w", err)
		}
	}
	out := &selected{byYear: map[int][]yearValue{}, nullYears: map[string][]int{}}
	n := int(rec.NumRows())
	where, err := whereFilter(rec, s.Where)
	if err != nil {
		return nil, err
	}
	// Index filter.
	keep := make([]bool, n)
	var indices []string
	seenIdx := map[string]bool{}
	want := vntext.Fold(s.Index)
	for i := 0; i < n; i++ {
		keep[i] = where(i)
		if !keep[i] {
			continue
		}
		if index == nil {
			continue
		}
		name, _ := index(i)
		k := vntext.Fold(name)
		if !seenIdx[k] {
			seenIdx[k] = true
			indices = append(indices, name)
		}
		if want != "" && k != want {
			keep[i] = false
		}
	}
	switch {
	case index != nil && want != "" && !seenIdx[want]:
		return nil, fmt.Errorf("plots: %w: no rows for index %q (the record has: %s)", ErrEmpty, s.Index, strings.Join(indices, ", "))
	case index != nil && want == "" && len(indices) > 1:
		what := "indices"
		if !strings.EqualFold(s.IndexColumn, "index") {
			what = "values of " + s.IndexColumn
		}
		e := optionsError(fmt.Sprintf("the record holds %d %s (%s); choose one", len(indices), what, strings.Join(indices, ", ")), "Index")
		e.Column = s.IndexColumn
		return nil, e
	case index != nil && want == "" && len(indices) == 1:
		out.index = indices[0]
	case want != "":
		for _, name := range indices {
			if vntext.Fold(name) == want {
				out.index = name
				break
			}
		}
	}
	// Year filter; collect every series.
	type acc struct {
		name   string
		unit   string
		points []point
	}
	byKey := map[string]*acc{}
	var order []string
	// Rows a year axis cannot place, by series, so that only the drawn
	// series' rows are reported.
	periodByKey, noYearByKey := map[string]int{}, map[string]int{}
	yearsSeen := map[int]bool{}
	for i := 0; i < n; i++ {
		if !keep[i] {
			continue
		}
		name := ""
		if series != nil {
			name, _ = series(i)
		}
		if name == "" && series == nil {
			name = out.index
		}
		if period != nil {
			if p, _ := period(i); strings.TrimSpace(p) != "" {
				periodByKey[entityKey(name)]++
				continue
			}
		}
		y, ok := year(i)
		if !ok {
			noYearByKey[entityKey(name)]++
			continue
		}
		if (s.YearFrom > 0 && y < s.YearFrom) || (s.YearTo > 0 && y > s.YearTo) {
			continue
		}
		key := entityKey(name)
		a := byKey[key]
		if a == nil {
			a = &acc{name: displayName(name)}
			byKey[key] = a
			order = append(order, key)
		}
		yearsSeen[y] = true
		v, ok := value(i)
		if !ok {
			out.nullYears[key] = append(out.nullYears[key], y)
			continue
		}
		a.points = append(a.points, point{year: y, value: v, row: i})
		out.byYear[y] = append(out.byYear[y], yearValue{key: key, value: v})
		if unit != nil && a.unit == "" {
			a.unit, _ = unit(i)
		}
	}
	for y := range yearsSeen {
		out.allYears = append(out.allYears, y)
	}
	sort.Ints(out.allYears)
	what := "the record"
	if out.index != "" {
		what = "index " + out.index
	}
	if len(order) == 0 {
		for _, n := range periodByKey {
			out.periodRows += n
		}
		for _, n := range noYearByKey {
			out.noYear += n
		}
		why := ""
		if out.periodRows > 0 {
			why += fmt.Sprintf("; %d rows are for a period (month, quarter or span of years) and charts are by year", out.periodRows)
		}
		if out.noYear > 0 {
			why += fmt.Sprintf("; %d rows have no year", out.noYear)
		}
		return nil, fmt.Errorf("plots: %w: no rows for %s%s%s", ErrEmpty, what, s.yearRange(), why)
	}
	// Entity selection.
	var chosen []string
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
			if byKey[k] == nil {
				missing = append(missing, e)
				continue
			}
			chosen = append(chosen, k)
		}
		if len(missing) > 0 {
			return nil, fmt.Errorf("plots: %w: no rows for %s in %s%s", ErrEmpty, strings.Join(quoteAll(missing), ", "), what, s.yearRange())
		}
	} else {
		chosen = order
		if maxSeries > 0 && len(chosen) > maxSeries {
			return nil, optionsError(fmt.Sprintf("%s has %d series; name at most %d with Entities", what, len(chosen), maxSeries), "Entities", "MaxSeries")
		}
	}
	for _, k := range chosen {
		out.periodRows += periodByKey[k]
		out.noYear += noYearByKey[k]
		a := byKey[k]
		sort.SliceStable(a.points, func(i, j int) bool { return a.points[i].year < a.points[j].year })
		out.series = append(out.series, seriesData{name: a.name, unit: a.unit, points: a.points})
		if out.unit == "" {
			out.unit = a.unit
		}
		if len(out.nullYears[k]) > 0 {
			out.nullRows += len(out.nullYears[k])
		}
	}
	// The chart's years: those of the selected series, with or without a
	// value (a year no selected series mentions is not a gap).
	chosenYears := map[int]bool{}
	for _, k := range chosen {
		for _, p := range byKey[k].points {
			chosenYears[p.year] = true
		}
		for _, y := range out.nullYears[k] {
			chosenYears[y] = true
		}
	}
	// Gaps: a year any entity has (for the same index) and a series lacks.
	// When the series are themselves indices, only the drawn ones count.
	out.gapYears = append([]int(nil), out.allYears...)
	if index != nil && out.index == "" {
		out.gapYears = nil
		for y := range chosenYears {
			out.gapYears = append(out.gapYears, y)
		}
		sort.Ints(out.gapYears)
	}
	out.allYears = out.allYears[:0]
	for y := range chosenYears {
		out.allYears = append(out.allYears, y)
	}
	sort.Ints(out.allYears)
	total := 0
	for _, sd := range out.series {
		total += len(sd.points)
	}
	if total == 0 {
		return nil, fmt.Errorf("plots: %w: the selected rows of %s%s have no values", ErrEmpty, what, s.yearRange())
	}
	return out, nil
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
			return nil, fmt.Errorf("plots: where: %w", err)
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
