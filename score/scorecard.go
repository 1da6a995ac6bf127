package score

import (
	"fmt"
	"sort"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Dedupe policies for observations that repeat one metric, level, entity and year.
const (
	// DedupeError (the default, "") reports conflicting duplicates as errors
	// naming both rows; identical duplicates are merged.
	DedupeError = ""
	// DedupeLast keeps the later row; the earlier one goes to Result.Superseded.
	DedupeLast = "last"
	// DedupeFirst keeps the earlier row; the later one goes to Result.Superseded.
	DedupeFirst = "first"
)

// ErrMissingField: an observation lacks its entity, metric or year.
var ErrMissingField = i18n.New("missing field")

// Options control Scorecard. The zero value is usable: default rules,
// default catalogue, every entity and year, errors on conflicting duplicates.
type Options struct {
	// Rules are the scoring rules; the zero value means DefaultRules().
	Rules Rules
	// Catalogue checks metric ids and units; nil means indicators.Default().
	Catalogue *indicators.Catalogue
	// Entity scores only this entity (matched without diacritics or case);
	// empty scores every observed entity. An entity with no observation
	// still gets its rows, all no_data.
	Entity string
	// Year scores only targets for this year (0: every target). Targets
	// with no year are scored for Year, or for every observed year when
	// Year is 0.
	Year int
	// Dedupe is DedupeError (""), DedupeLast or DedupeFirst.
	Dedupe string
	// AreaWeights weight the areas in a plan's score (missing areas weigh 1).
	AreaWeights map[string]float64
	// File names the observations' input file in error messages.
	File string
	// Lines gives the input line of each observation (same length as the
	// observations) for error messages; nil numbers the rows from 1.
	Lines []int
	// ReuseObservations lets Scorecard build Result.Unmatched in the
	// memory of the observations it is given, moving the unmatched rows to
	// the front of the slice instead of copying them: the caller must not
	// use the observations (nor Lines' pairing with them) afterwards. For
	// a large input most rows of which match no target, it saves a copy of
	// nearly the whole input.
	ReuseObservations bool
}

// Result is a scorecard: one Score per (target, entity, year), the
// observations that matched no target, and the aggregates.
type Result struct {
	// Scores has one row per (entity, target, year), entities in order of
	// first appearance, targets in input order.
	Scores []dataset.Score
	// Unmatched lists the observations that no target used (neither as
	// actual nor as baseline), in input order: listed, not dropped.
	Unmatched []dataset.Observation
	// Superseded lists duplicates set aside: identical repeats, and the
	// losing rows under DedupeLast/DedupeFirst.
	Superseded []dataset.Observation
	// Areas are the aggregates per entity, plan, year and area.
	Areas []Aggregate
	// Plans are the aggregates per entity, plan and year (Area is empty),
	// ranked across entities.
	Plans []Aggregate
	// Warnings note likely mistakes that are not errors, such as a rate
	// given as fractions (0,913) instead of percent (91,3), in English.
	Warnings []string
	// WarningTexts are the same warnings, in the same order, to be
	// written in the reader's language (WarningTexts[i].In(lang)).
	WarningTexts []i18n.Msg
	// OtherEntities counts the observations left out because they are for
	// another entity than Options.Entity.
	OtherEntities int
	// Entities are the entities scored, in row order.
	Entities []string
}

// unitClass groups units that can be compared: "percent", "count", "money",
// or the folded unit itself; "" when no unit is given.
func unitClass(u string) string {
	f := strings.TrimSpace(vntext.Fold(u))
	switch f {
	case "":
		return ""
	case "percent", "%", "pct", "phan tram", "ty le":
		return "percent"
	case "count", "staff", "people", "times", "units", "agencies", "initiatives", "documents",
		"events", "persons", "so luong", "nguoi", "bien che", "lan", "luot", "cuoc", "don vi", "co quan", "van ban", "sang kien":
		return "count"
	case "vnd", "dong", "million_vnd", "billion_vnd", "thousand_vnd", "trieu dong", "ty dong", "nghin dong", "ngan dong":
		return "money"
	}
	return f
}

// obsKey identifies the slot of an annual observation.
type slotIndex struct {
	nEnt, nMK, nYear int
	dense            []int32 // obs index + 1, 0 when empty
	sparse           map[int64]int32
}

func newSlotIndex(nEnt, nMK, nYear, nObs int) *slotIndex {
	s := &slotIndex{nEnt: nEnt, nMK: nMK, nYear: nYear}
	total := int64(nEnt) * int64(nMK) * int64(nYear)
	if total <= int64(4*nObs)+1<<20 {
		s.dense = make([]int32, total)
	} else {
		s.sparse = make(map[int64]int32, nObs)
	}
	return s
}

func (s *slotIndex) key(ent, mk, yr int) int64 {
	return (int64(ent)*int64(s.nMK)+int64(mk))*int64(s.nYear) + int64(yr)
}

func (s *slotIndex) get(ent, mk, yr int) int32 {
	k := s.key(ent, mk, yr)
	if s.dense != nil {
		return s.dense[k]
	}
	return s.sparse[k]
}

func (s *slotIndex) set(ent, mk, yr int, v int32) {
	k := s.key(ent, mk, yr)
	if s.dense != nil {
		s.dense[k] = v
		return
	}
	s.sparse[k] = v
}

// interner maps strings to dense ids.
type interner struct {
	ids   map[string]int
	names []string
}

func newInterner() *interner { return &interner{ids: map[string]int{}} }

func (in *interner) id(s string) int {
	if i, ok := in.ids[s]; ok {
		return i
	}
	i := len(in.names)
	in.ids[s] = i
	in.names = append(in.names, s)
	return i
}

// Scorecard scores targets against observations: one Score row per
// (target, entity, year), plus aggregates. Observations match a target by
// metric id (or by the target's code when the target has no metric), by
// level when both have one, by entity and by year; a change target takes its
// baseline from the observation of its baseline year. Observations with a
// Period (monthly, quarterly) are not annual values and are listed in
// Unmatched.
//
// Bad observations (unknown metric ids, unit mismatches, rates above 100%,
// negative counts, conflicting duplicates, missing fields) are all
// reported together as InputErrors, and no result is returned.
func Scorecard(targets []dataset.Target, obs []dataset.Observation, opts Options) (*Result, error) {
	sc, err := newScoring(targets, obs, opts)
	if err != nil {
		return nil, err
	}
	sc.internTargets()
	sc.checkAndInternRows()
	sc.indexAnnualRows()
	if len(sc.errs) > 0 {
		sort.SliceStable(sc.errs, func(a, b int) bool { return sc.errs[a].Row < sc.errs[b].Row })
		return nil, sc.errs
	}
	sc.chooseYears()
	sc.layOutRows()
	sc.scoreEntities()
	sc.collectLeftovers()
	sc.res.Areas, sc.res.Plans = sc.agg.results()
	return sc.res, nil
}

// orDefault returns DefaultRules (keeping r.Points) when every threshold of
// r is zero, so that a zero Rules, or one that sets only Points, scores by
// the defaults. To change one threshold, start from DefaultRules().
func (r Rules) orDefault() Rules {
	if r.NearThreshold == 0 && r.ApproxTolerance == 0 && r.MinCoverage == 0 && r.EqualTolerance == 0 {
		d := DefaultRules()
		d.Points = r.Points
		return d
	}
	return r
}

// rowName names the input row i (0-based) in a message: "file:line",
// "line N" or "row N"; a Text, written in the message's language.
type rowName struct {
	file    string
	i, line int
}

// String returns the name in English.
func (r rowName) String() string { return r.In(i18n.EN) }

// In returns the name in the language l.
func (r rowName) In(l i18n.Lang) string {
	if r.line > 0 {
		if r.file != "" {
			return fmt.Sprintf("%s:%d", r.file, r.line)
		}
		return i18n.Textf("line %d", r.line).In(l)
	}
	return i18n.Textf("row %d", r.i+1).In(l)
}

func levelSuffix(l string) string {
	if l == "" {
		return ""
	}
	return " (" + l + ")"
}
