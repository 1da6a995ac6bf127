package score

import (
	"fmt"
	"math"
	"sort"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// ProgressSeries is one annual series of an entity and metric (or
// index), ready for Progress.
type ProgressSeries struct {
	// Entity is the entity (province or agency), NFC as first written.
	Entity string
	// Metric is the metric id, or the index name for index values.
	Metric string
	// Level is the observations' level ("" for index values).
	Level string
	// Points are the values by year, ascending, one per year.
	Points []Point
	// Lines are the input lines of the points (0 when not known).
	Lines []int
	// Conflict, when not empty, says which year has two different values
	// (with their lines): such a series is not assessed, since picking
	// one value would hide the other.
	Conflict string
}

// SkippedRow is an input row that no series uses, with the reason.
type SkippedRow struct {
	// Entity and Metric are the row's (the index name for index values).
	Entity, Metric string
	// Line is the row's input line (0 when not known).
	Line int
	// Reason says why the row is not used, in Vietnamese words.
	Reason string
	// Why is Reason to be written in any language (nil for a row made
	// elsewhere: Reason is then all there is).
	Why i18n.Text
}

// skip returns the SkippedRow of a row not used for the reason why.
func skip(entity, metric string, line int, why i18n.Text) SkippedRow {
	return SkippedRow{Entity: entity, Metric: metric, Line: line, Reason: why.In(i18n.VI), Why: why}
}

// ReasonIn returns the reason in the language l.
func (r SkippedRow) ReasonIn(l i18n.Lang) string {
	if r.Why == nil {
		return r.Reason
	}
	return r.Why.In(l)
}

// seriesRow is one value on its way into a series.
type seriesRow struct {
	entity, metric, level string
	year                  int
	value                 float64
	line                  int
}

// SeriesFromObservations groups annual observations into series by
// metric, level and entity (without diacritics or case). lines gives the
// input line of each observation (nil: unknown). Observations with a
// sub-year Period or no metric are skipped with the reason; a repeated
// year with the same value is used once, with different values it marks
// the series' Conflict.
func SeriesFromObservations(obs []dataset.Observation, lines []int) ([]ProgressSeries, []SkippedRow) {
	var rows []seriesRow
	var skipped []SkippedRow
	for i, o := range obs {
		line := lineOf(lines, i)
		switch {
		case o.Period != "":
			skipped = append(skipped, skip(o.Entity, o.Metric, line, i18n.Textf("a value for the period %s, not the whole year", o.Period)))
		case o.Metric == "":
			skipped = append(skipped, skip(o.Entity, o.Metric, line, i18n.Textf("no metric id")))
		default:
			rows = append(rows, seriesRow{o.Entity, o.Metric, o.Level, o.Year, o.Value, line})
		}
	}
	series, dups := groupSeries(rows)
	return series, append(skipped, dups...)
}

// SeriesFromIndexValues groups national index values into series by
// index and province. Values without a number (only a rank published),
// cumulative values over a Period, and values from before the last scale
// break of the index that falls within the province's years (never one
// series across a break) are skipped with the reason.
func SeriesFromIndexValues(vals []dataset.IndexValue, lines []int) ([]ProgressSeries, []SkippedRow) {
	var rows []seriesRow
	var skipped []SkippedRow
	for i, v := range vals {
		line := lineOf(lines, i)
		switch {
		case math.IsNaN(v.Value) || math.IsInf(v.Value, 0):
			skipped = append(skipped, skip(v.Province, v.Index, line, i18n.Textf("no value (only a rank is published)")))
		case v.Period != "":
			skipped = append(skipped, skip(v.Province, v.Index, line, i18n.Textf("a value summed over the period %s", v.Period)))
		default:
			rows = append(rows, seriesRow{v.Province, v.Index, "", v.Year, v.Value, line})
		}
	}
	rows, broken := dropBeforeScaleBreaks(rows)
	series, dups := groupSeries(rows)
	return series, append(append(skipped, broken...), dups...)
}

func lineOf(lines []int, i int) int {
	if i < len(lines) {
		return lines[i]
	}
	return 0
}

// dropBeforeScaleBreaks drops, for each index and province, the rows from
// before the last scale break of the index that its years straddle.
func dropBeforeScaleBreaks(rows []seriesRow) ([]seriesRow, []SkippedRow) {
	type key struct{ metric, entity string }
	last := map[key]int{}
	for _, r := range rows {
		k := key{r.metric, vntext.Fold(r.entity)}
		last[k] = max(last[k], r.year)
	}
	var kept []seriesRow
	var skipped []SkippedRow
	for _, r := range rows {
		x, ok := indicators.LookupIndex(r.metric)
		if ok && !x.Comparable(r.year, last[key{r.metric, vntext.Fold(r.entity)}]) {
			skipped = append(skipped, skip(r.entity, r.metric, r.line, i18n.Textf("%s changed its scale after %d: the series is not joined across the break", x.Name, r.year)))
			continue
		}
		kept = append(kept, r)
	}
	return kept, skipped
}

// groupSeries groups rows into series in order of first appearance, sorts
// each by year and settles repeated years.
func groupSeries(rows []seriesRow) ([]ProgressSeries, []SkippedRow) {
	type key struct{ metric, level, entity string }
	index := map[key]int{}
	var out []ProgressSeries
	for _, r := range rows {
		k := key{r.metric, r.level, vntext.Fold(r.entity)}
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, ProgressSeries{Entity: vntext.NFC(r.entity), Metric: r.metric, Level: r.level})
		}
		out[i].Points = append(out[i].Points, Point{r.year, r.value})
		out[i].Lines = append(out[i].Lines, r.line)
	}
	var skipped []SkippedRow
	for i := range out {
		skipped = append(skipped, out[i].settleYears()...)
	}
	return out, skipped
}

// settleYears sorts the points by year and keeps one point per year: a
// repeated equal value is skipped, different values set Conflict.
func (s *ProgressSeries) settleYears() []SkippedRow {
	idx := make([]int, len(s.Points))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return s.Points[idx[a]].Year < s.Points[idx[b]].Year })
	var pts []Point
	var lines []int
	var skipped []SkippedRow
	for _, i := range idx {
		p, line := s.Points[i], s.Lines[i]
		if n := len(pts); n > 0 && pts[n-1].Year == p.Year {
			if pts[n-1].Value == p.Value {
				skipped = append(skipped, skip(s.Entity, s.Metric, line, i18n.Textf("same as line %d (same value)", lines[n-1])))
				continue
			}
			if s.Conflict == "" {
				s.Conflict = fmt.Sprintf("năm %d có hai giá trị khác nhau: %s%s và %s%s",
					p.Year, vntext.FormatNumber(pts[n-1].Value), lineNote(lines[n-1]), vntext.FormatNumber(p.Value), lineNote(line))
			}
			continue
		}
		pts = append(pts, p)
		lines = append(lines, line)
	}
	s.Points, s.Lines = pts, lines
	return skipped
}

// lineNote is " (dòng N)", or "" when the line is not known.
func lineNote(line int) string {
	if line <= 0 {
		return ""
	}
	return fmt.Sprintf(" (dòng %d)", line)
}

// AssessSeries assesses one series with in's target, direction, limit
// and conventions (in.Series is replaced by s.Points). A series with a
// Conflict is unable to assess, with the conflict as its note.
func AssessSeries(s ProgressSeries, in ProgressInput) ProgressResult {
	in.Series = s.Points
	if s.Conflict != "" {
		res := Progress(ProgressInput{})
		res.Note = s.Conflict
		if in.Target != nil {
			res.Method = ProgressMethodTarget
		}
		return res
	}
	return Progress(in)
}
