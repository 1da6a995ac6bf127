package plots

import (
	"image/color"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// ScoreColumns names the columns of a scorecard record. Empty fields take
// the names of dataset.Score's JSON tags ("plan_id", "code", "area", ...).
type ScoreColumns struct {
	// Target identity and wording: plan_id, code, area, subject,
	// comparator, target, unit, level.
	PlanID, Code, Area, Subject, Comparator, Target, Unit, Level string
	// Whom and when the row scores: entity, year.
	Entity, Year string
	// The outcome: actual, baseline, attainment, status.
	Actual, Baseline, Attainment, Status string
	// Change is "decrease"/"increase" for change targets (dataset.Score's
	// change column). A scorecard without it still draws: a row with a
	// baseline is then shown as a change of unknown direction.
	Change string
}

func (c ScoreColumns) withDefaults() ScoreColumns {
	def := func(s *string, d string) {
		if *s == "" {
			*s = d
		}
	}
	def(&c.PlanID, "plan_id")
	def(&c.Code, "code")
	def(&c.Area, "area")
	def(&c.Subject, "subject")
	def(&c.Comparator, "comparator")
	def(&c.Target, "target")
	def(&c.Unit, "unit")
	def(&c.Entity, "entity")
	def(&c.Year, "year")
	def(&c.Actual, "actual")
	def(&c.Baseline, "baseline")
	def(&c.Attainment, "attainment")
	def(&c.Status, "status")
	def(&c.Change, "change")
	def(&c.Level, "level")
	return c
}

// scoreRow is one scorecard row as the charts need it.
type scoreRow struct {
	planID, code, area, subject, comparator, unit, entity, status, change, level string
	year                                                                         int
	target, actual, baseline, attainment                                         float64
	hasTarget, hasActual, hasBaseline, hasAttainment                             bool
}

// key identifies a target across entities and years.
func (r scoreRow) key() string { return r.planID + "\x00" + r.code + "\x00" + r.subject }

// readScores reads a scorecard record. code and status are required; the
// other columns are used when present.
func readScores(rec arrow.Record, cols ScoreColumns) ([]scoreRow, error) {
	if rec == nil {
		return nil, i18n.Errorf("plots: %w: no record", ErrEmpty)
	}
	c := cols.withDefaults()
	code, err := stringColumn(rec, c.Code)
	if err != nil {
		return nil, i18n.Errorf("plots: scorecard: %w", err)
	}
	status, err := stringColumn(rec, c.Status)
	if err != nil {
		return nil, i18n.Errorf("plots: scorecard: %w", err)
	}
	optStr := func(name string) (stringGetter, error) {
		if !hasColumn(rec, name) {
			return func(int) (string, bool) { return "", false }, nil
		}
		return stringColumn(rec, name)
	}
	optNum := func(name string) (floatGetter, error) {
		if !hasColumn(rec, name) {
			return func(int) (float64, bool) { return 0, false }, nil
		}
		return floatColumn(rec, name)
	}
	var (
		planID, area, subject, cmp, unit, entity, change, level stringGetter
		target, actual, baseline, attain                        floatGetter
	)
	for _, s := range []struct {
		g    *stringGetter
		name string
	}{{&planID, c.PlanID}, {&area, c.Area}, {&subject, c.Subject}, {&cmp, c.Comparator}, {&unit, c.Unit}, {&entity, c.Entity}, {&change, c.Change}, {&level, c.Level}} {
		if *s.g, err = optStr(s.name); err != nil {
			return nil, i18n.Errorf("plots: scorecard: %w", err)
		}
	}
	for _, s := range []struct {
		g    *floatGetter
		name string
	}{{&target, c.Target}, {&actual, c.Actual}, {&baseline, c.Baseline}, {&attain, c.Attainment}} {
		if *s.g, err = optNum(s.name); err != nil {
			return nil, i18n.Errorf("plots: scorecard: %w", err)
		}
	}
	year := func(int) (int, bool) { return 0, false }
	if hasColumn(rec, c.Year) {
		if year, err = yearColumn(rec, c.Year); err != nil {
			return nil, i18n.Errorf("plots: scorecard: %w", err)
		}
	}
	n := int(rec.NumRows())
	out := make([]scoreRow, 0, n)
	for i := 0; i < n; i++ {
		var r scoreRow
		r.code, _ = code(i)
		r.status, _ = status(i)
		r.planID, _ = planID(i)
		r.area, _ = area(i)
		r.subject, _ = subject(i)
		r.comparator, _ = cmp(i)
		r.unit, _ = unit(i)
		r.entity, _ = entity(i)
		r.change = changeID(change(i))
		r.level, _ = level(i)
		r.year, _ = year(i)
		r.target, r.hasTarget = target(i)
		r.actual, r.hasActual = actual(i)
		r.baseline, r.hasBaseline = baseline(i)
		r.attainment, r.hasAttainment = attain(i)
		if r.status == dataset.StatusNoData {
			r.hasAttainment = false
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, i18n.Errorf("plots: %w: the scorecard has no rows", ErrEmpty)
	}
	return out, nil
}

// changeID reads a change cell: dataset.ChangeDecrease or ChangeIncrease,
// also written in Vietnamese ("giảm", "tăng") or in another case, as a
// record built outside dataset may hold it; anything else is "" (a change
// of unknown direction when the row has a baseline).
func changeID(s string, ok bool) string {
	if !ok {
		return ""
	}
	switch strings.TrimSpace(vntext.Fold(s)) {
	case dataset.ChangeDecrease, "giam":
		return dataset.ChangeDecrease
	case dataset.ChangeIncrease, "tang":
		return dataset.ChangeIncrease
	}
	return ""
}

// areaName returns the display name of a CCHC area id, as internal/i18n
// has it; an unknown id is shown as it is (NFC).
func areaName(id, lang string) string {
	return vntext.NFC(i18n.Lang(lang).AreaName(id))
}

// areaOrder returns the report order of an area id (unknown areas last).
func areaOrder(id string) int {
	for i, a := range dataset.Areas() {
		if a == id {
			return i
		}
	}
	return len(dataset.Areas())
}

// attainmentColour maps attainment in [0,1] to a red–yellow–green scale.
func attainmentColour(a float64) color.Color {
	stops := []struct {
		at      float64
		r, g, b float64
	}{
		{0, 0xb2, 0x18, 0x2b},
		{0.5, 0xf4, 0xa5, 0x82},
		{0.75, 0xfe, 0xe0, 0x8b},
		{0.9, 0xa6, 0xd9, 0x6a},
		{1, 0x1a, 0x98, 0x50},
	}
	a = math.Max(0, math.Min(1, a))
	for i := 1; i < len(stops); i++ {
		if a <= stops[i].at {
			s0, s1 := stops[i-1], stops[i]
			t := (a - s0.at) / (s1.at - s0.at)
			mix := func(x, y float64) uint8 { return uint8(x + (y-x)*t + 0.5) }
			return color.NRGBA{mix(s0.r, s1.r), mix(s0.g, s1.g), mix(s0.b, s1.b), 0xff}
		}
	}
	return color.NRGBA{0x1a, 0x98, 0x50, 0xff}
}

// statusColour is the colour of a status in the attainment chart.
func statusColour(status string) color.Color {
	switch status {
	case dataset.StatusMet:
		return color.NRGBA{0x1a, 0x98, 0x50, 0xff}
	case dataset.StatusNear:
		return color.NRGBA{0xE6, 0x9F, 0x00, 0xff}
	case dataset.StatusOffTrack:
		return color.NRGBA{0xb2, 0x18, 0x2b, 0xff}
	}
	return color.Gray{0xcc}
}

// statusName is the display name of a status in a legend: the status
// word of internal/i18n, capitalised, and for "near" the threshold.
func statusName(status, lang string) string {
	name := i18n.Lang(lang).StatusName(status)
	if r, size := utf8.DecodeRuneInString(name); size > 0 {
		name = string(unicode.ToUpper(r)) + name[size:]
	}
	if status == dataset.StatusNear {
		name += " (≥ 90%)"
	}
	return name
}

// comparatorText renders a comparator for a label.
func comparatorText(c, lang string) string { return i18n.Lang(lang).ComparatorText(c) }

// unitText is the short unit printed after a number.
func unitText(u, lang string) string { return i18n.Lang(lang).UnitSuffix(u) }

// levelName is the display name of a level.
func levelName(l, lang string) string { return i18n.Lang(lang).LevelName(l) }

// rowLabels labels target rows with their code and wording; rows sharing
// a code also show their level and target, so that no two rows look alike
// once long wordings are shortened.
func rowLabels(rows []scoreRow, lang string) []string {
	count := map[string]int{}
	for _, r := range rows {
		count[r.planID+"\x00"+r.code]++
	}
	out := make([]string, len(rows))
	for i, r := range rows {
		if r.code == "" || count[r.planID+"\x00"+r.code] < 2 {
			out[i] = rowLabel(r)
			continue
		}
		var tags []string
		if r.level != "" {
			tags = append(tags, levelName(r.level, lang))
		}
		if r.hasTarget {
			tags = append(tags, comparatorText(r.comparator, lang)+formatNumber(r.target, 2, lang)+unitText(r.unit, lang))
		}
		label := r.code
		if len(tags) > 0 {
			label += " (" + strings.Join(tags, ", ") + ")"
		}
		if r.subject != "" {
			label += " " + r.subject
		}
		out[i] = label
	}
	return out
}

// rowLabel is the label of a target row: its code and its wording.
func rowLabel(r scoreRow) string {
	switch {
	case r.code != "" && r.subject != "":
		return r.code + " " + r.subject
	case r.subject != "":
		return r.subject
	}
	return r.code
}
