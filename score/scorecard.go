package score

import (
	"errors"
	"fmt"
	"math"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
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
var ErrMissingField = errors.New("missing field")

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
	// given as fractions (0,913) instead of percent (91,3).
	Warnings []string
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
		"events", "persons", "so luong", "nguoi", "bien che", "lan", "cuoc", "don vi", "co quan", "van ban", "sang kien":
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
	r := opts.Rules.orDefault()
	cat := opts.Catalogue
	if cat == nil {
		cat = indicators.Default()
	}
	switch opts.Dedupe {
	case DedupeError, DedupeLast, DedupeFirst:
	default:
		return nil, fmt.Errorf("score: unknown dedupe policy %q (want \"\", %q or %q)", opts.Dedupe, DedupeLast, DedupeFirst)
	}
	if opts.Lines != nil && len(opts.Lines) != len(obs) {
		return nil, fmt.Errorf("score: Options.Lines has %d entries for %d observations", len(opts.Lines), len(obs))
	}
	line := func(i int) int {
		if opts.Lines != nil {
			return opts.Lines[i]
		}
		return 0
	}

	// Targets in scope.
	ts := make([]dataset.Target, 0, len(targets))
	for _, t := range targets {
		if opts.Year != 0 && t.Year != 0 && t.Year != opts.Year {
			continue
		}
		ts = append(ts, t)
	}

	// Metric keys: a target's metric id, or its code when it has none.
	mkeys := newInterner()
	tKey := make([]int, len(ts))
	for i := range ts {
		k := ts[i].Metric
		if k == "" {
			k = ts[i].Code
		}
		tKey[i] = mkeys.id(k)
	}
	nTargetKeys := len(mkeys.names)
	levels := newInterner()
	levels.id("")
	levels.id("province")
	for i := range ts {
		levels.id(ts[i].Level)
	}

	// Pass 1: intern entities, metrics, levels and years; check each row.
	var errs InputErrors
	add := func(i int, field, value, msg string, cause error) {
		errs = append(errs, &InputError{File: opts.File, Row: i + 1, Line: line(i), Field: field, Value: value, Msg: msg, Err: cause})
	}
	type metricInfo struct {
		checked bool
		known   bool
		unit    string // the catalogue unit class, or the target unit class
		rate    bool   // percent: values must lie in [0, 100]
		// the last unit seen for the metric and its class
		lastUnit, lastClass string
		haveUnit            bool
		// rows of a rate, and whether any is above 1 (else: fractions?)
		rateRows   int
		rateAbove1 bool
	}
	var minfo []metricInfo
	unknownSeen := map[string]int{}
	entRaw := map[string]int32{}
	entFold := map[string]int32{}
	var entNames []string
	wantEnt := ""
	if opts.Entity != "" {
		wantEnt = vntext.Fold(vntext.NFC(opts.Entity))
	}
	yearIDs := map[int]int{}
	var years []int
	obsEnt := make([]int32, len(obs))
	obsMK := make([]int32, len(obs))
	obsYr := make([]int32, len(obs))
	var mkLevel []int32 // metric-level key → level id
	var mkMetric []int32
	mkID := map[[2]int32]int32{}
	unitCache := map[string]string{}
	classOf := func(u string) string {
		c, ok := unitCache[u]
		if !ok {
			c = unitClass(u)
			unitCache[u] = c
		}
		return c
	}
	// target unit classes per metric key (non-change targets only)
	tUnit := make([]string, nTargetKeys)
	for i := range ts {
		if !isChange(&ts[i]) && tUnit[tKey[i]] == "" {
			tUnit[tKey[i]] = unitClass(ts[i].Unit)
		}
	}
	// Caches of the previous row's entity, level and year, and a table of
	// metric × level ids, spare most map lookups on large inputs.
	var (
		haveLast                 bool
		lastEntStr, lastLevelStr string
		lastEnt, lastLevel       int32
		lastYear, lastYearID     int
		mkTable                  [][]int32
	)
	for i := range obs {
		o := &obs[i]
		obsEnt[i] = -1
		if o.Entity == "" {
			add(i, "entity", "", "entity is empty", ErrMissingField)
			continue
		}
		if o.Metric == "" {
			add(i, "metric", "", "metric is empty", ErrMissingField)
			continue
		}
		if o.Year == 0 {
			add(i, "year", "", "year is empty", ErrMissingField)
			continue
		}
		m := mkeys.id(o.Metric)
		for len(minfo) <= m {
			minfo = append(minfo, metricInfo{})
		}
		mi := &minfo[m]
		if !mi.checked {
			mi.checked = true
			if cm, ok := cat.Lookup(o.Metric); ok {
				mi.known = true
				mi.unit = unitClass(cm.Unit)
			} else if m < nTargetKeys {
				// A target names it: a metric outside the catalogue, or a code.
				mi.known = true
			}
			if mi.unit == "" && m < nTargetKeys {
				mi.unit = tUnit[m]
			}
			mi.rate = mi.unit == "percent"
		}
		if !mi.known {
			if n, seen := unknownSeen[o.Metric]; seen {
				unknownSeen[o.Metric] = n + 1
				continue
			}
			unknownSeen[o.Metric] = 1
			msg := "unknown metric id"
			if sug := cat.Suggest(o.Metric); len(sug) > 0 {
				msg += " (did you mean " + strings.Join(sug, ", ") + "?)"
			} else {
				msg += " (see \"cchc indicators list\")"
			}
			add(i, "metric", o.Metric, msg, ErrUnknownMetric)
			continue
		}
		// The unit class, cached per metric (rows of a metric share a unit).
		if mi.lastUnit != o.Unit || !mi.haveUnit {
			mi.lastUnit, mi.lastClass, mi.haveUnit = o.Unit, classOf(o.Unit), true
		}
		uc := mi.lastClass
		if uc != "" && mi.unit != "" && uc != mi.unit {
			add(i, "unit", o.Unit, fmt.Sprintf("metric %s is measured in %s, not %s", o.Metric, mi.unit, uc), ErrUnitMismatch)
			continue
		}
		v := o.Value
		rate := mi.rate || (mi.unit == "" && uc == "percent")
		count := mi.unit == "count" || (mi.unit == "" && uc == "count")
		switch {
		case math.IsNaN(v) || math.IsInf(v, 0):
			add(i, "value", strconv.FormatFloat(v, 'g', -1, 64), "value is not a finite number", ErrOutOfRange)
			continue
		case rate && (v > 100 || v < 0):
			add(i, "value", FormatNumberVN(v), fmt.Sprintf("rate %s must lie between 0 and 100 percent", o.Metric), ErrOutOfRange)
			continue
		case count && v < 0:
			add(i, "value", FormatNumberVN(v), fmt.Sprintf("count %s cannot be negative", o.Metric), ErrOutOfRange)
			continue
		}
		if rate {
			mi.rateRows++
			if v > 1 {
				mi.rateAbove1 = true
			}
		}
		// entity (consecutive rows mostly share one: check the last first)
		var e int32
		ok := haveLast && o.Entity == lastEntStr
		if ok {
			e = lastEnt
		} else {
			e, ok = entRaw[o.Entity]
		}
		if !ok {
			f := vntext.Fold(vntext.NFC(o.Entity))
			if wantEnt != "" && f != wantEnt {
				e = -2
			} else if fe, ok := entFold[f]; ok {
				e = fe
			} else {
				e = int32(len(entNames))
				entFold[f] = e
				entNames = append(entNames, vntext.NFC(o.Entity))
			}
			entRaw[o.Entity] = e
		}
		lastEntStr, lastEnt = o.Entity, e
		obsEnt[i] = e
		var lv int32
		if haveLast && o.Level == lastLevelStr {
			lv = lastLevel
		} else {
			lv = int32(levels.id(o.Level))
		}
		lastLevelStr, lastLevel = o.Level, lv
		for len(mkTable) <= m {
			mkTable = append(mkTable, nil)
		}
		for len(mkTable[m]) <= int(lv) {
			mkTable[m] = append(mkTable[m], -1)
		}
		id := mkTable[m][lv]
		if id < 0 {
			id = int32(len(mkMetric))
			mkTable[m][lv] = id
			mkID[[2]int32{int32(m), lv}] = id
			mkMetric = append(mkMetric, int32(m))
			mkLevel = append(mkLevel, lv)
		}
		obsMK[i] = id
		var y int
		if haveLast && o.Year == lastYear {
			y = lastYearID
		} else {
			var ok bool
			y, ok = yearIDs[o.Year]
			if !ok {
				y = len(years)
				yearIDs[o.Year] = y
				years = append(years, o.Year)
			}
		}
		lastYear, lastYearID = o.Year, y
		haveLast = true
		obsYr[i] = int32(y)
	}
	for _, e := range errs {
		if e.Err == ErrUnknownMetric {
			if n := unknownSeen[e.Value]; n > 1 {
				e.Msg += fmt.Sprintf("; %d more row(s) name it", n-1)
			}
		}
	}
	if opts.Entity != "" && len(entNames) == 0 {
		entNames = append(entNames, vntext.NFC(opts.Entity))
	}

	// Pass 2: index annual observations; find duplicates.
	idx := newSlotIndex(len(entNames), len(mkMetric), len(years), len(obs))
	used := make([]bool, len(obs))
	superseded := make([]bool, len(obs))
	for i := range obs {
		if obsEnt[i] < 0 || obs[i].Period != "" {
			continue
		}
		e, mk, y := int(obsEnt[i]), int(obsMK[i]), int(obsYr[i])
		prev := idx.get(e, mk, y)
		if prev == 0 {
			idx.set(e, mk, y, int32(i+1))
			continue
		}
		j := int(prev - 1)
		if obs[j].Value == obs[i].Value {
			superseded[i] = true
			continue
		}
		switch opts.Dedupe {
		case DedupeLast:
			superseded[j] = true
			idx.set(e, mk, y, int32(i+1))
		case DedupeFirst:
			superseded[i] = true
		default:
			errs = append(errs, &InputError{File: opts.File, Row: i + 1, Line: line(i), Field: "value",
				Value: FormatNumberVN(obs[i].Value),
				Msg: fmt.Sprintf("duplicate of %s with a different value (%s) for %s, %s, %d%s; keep one or use --dedupe=last",
					rowName(opts.File, j, line(j)), FormatNumberVN(obs[j].Value), obs[i].Metric, obs[i].Entity, obs[i].Year, levelSuffix(obs[i].Level)),
				OtherRow: j + 1, OtherLine: line(j), Err: ErrDuplicate})
		}
	}
	if len(errs) > 0 {
		sort.SliceStable(errs, func(a, b int) bool { return errs[a].Row < errs[b].Row })
		return nil, errs
	}
	var warnings []string
	for m := range minfo {
		if mi := &minfo[m]; mi.rateRows >= 3 && !mi.rateAbove1 {
			warnings = append(warnings, fmt.Sprintf("all %d values of %s are at most 1: rates are in percent (0-100, write 91,3 for 91,3%%), not fractions",
				mi.rateRows, mkeys.names[m]))
		}
	}

	// Years scored per target.
	sortedYears := append([]int(nil), years...)
	sort.Ints(sortedYears)
	tYears := make([][]int, len(ts))
	for i := range ts {
		switch {
		case ts[i].Year != 0:
			tYears[i] = []int{ts[i].Year}
		case opts.Year != 0:
			tYears[i] = []int{opts.Year}
		default:
			tYears[i] = sortedYears
		}
	}
	// metric key × level → mk id, for lookups; -1 when never observed.
	lookupMK := func(m, lv int) int {
		if id, ok := mkID[[2]int32{int32(m), int32(lv)}]; ok {
			return int(id)
		}
		return -1
	}
	tCand := make([][2]int, len(ts)) // candidate mk ids in order of preference
	for i := range ts {
		lv := levels.id(ts[i].Level)
		if lv == 0 {
			tCand[i] = [2]int{lookupMK(tKey[i], 0), lookupMK(tKey[i], 1)}
		} else {
			tCand[i] = [2]int{lookupMK(tKey[i], lv), lookupMK(tKey[i], 0)}
		}
	}
	// Year ids of each target-year and of its baseline year (−1: never observed).
	yearID := func(year int) int {
		if y, ok := yearIDs[year]; ok {
			return y
		}
		return -1
	}
	tYearID := make([][]int, len(ts))
	tBaseID := make([][]int, len(ts))
	for ti := range ts {
		for _, year := range tYears[ti] {
			tYearID[ti] = append(tYearID[ti], yearID(year))
			b := -1
			if isChange(&ts[ti]) {
				b = yearID(baselineYear(&ts[ti], year))
			}
			tBaseID[ti] = append(tBaseID[ti], b)
		}
	}
	find := func(ti, e, y int) int {
		if y < 0 {
			return -1
		}
		for _, mk := range tCand[ti] {
			if mk < 0 {
				continue
			}
			if v := idx.get(e, mk, y); v != 0 {
				return int(v - 1)
			}
		}
		return -1
	}

	rowsPerEntity := 0
	for i := range ts {
		rowsPerEntity += len(tYears[i])
	}
	nRows := rowsPerEntity * len(entNames)
	res := &Result{Scores: make([]dataset.Score, 0, nRows), Entities: entNames, Warnings: warnings}
	slab := make([]float64, 3*nRows)
	// Aggregation groups (plan, year, area) per target-year, in order of
	// first appearance; one accumulator per entity and group.
	type groupKey struct {
		plan string
		year int
		area string
	}
	groupIDs := map[groupKey]int{}
	var groupList []groupKey
	tGroups := make([][]int, len(ts))
	for ti := range ts {
		for _, year := range tYears[ti] {
			k := groupKey{ts[ti].PlanID, year, ts[ti].Area}
			g, ok := groupIDs[k]
			if !ok {
				g = len(groupList)
				groupIDs[k] = g
				groupList = append(groupList, k)
			}
			tGroups[ti] = append(tGroups[ti], g)
		}
	}
	// Lay the groups out in report order (plan as first seen, year, area
	// in dataset.Areas order), so that each entity's accumulators form
	// contiguous runs per plan and year.
	planOrder := map[string]int{}
	for _, k := range groupList {
		if _, ok := planOrder[k.plan]; !ok {
			planOrder[k.plan] = len(planOrder)
		}
	}
	slot := make([]int, len(groupList)) // group id → position
	perm := make([]int, len(groupList))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool {
		ka, kb := groupList[perm[a]], groupList[perm[b]]
		if pa, pb := planOrder[ka.plan], planOrder[kb.plan]; pa != pb {
			return pa < pb
		}
		if ka.year != kb.year {
			return ka.year < kb.year
		}
		if oa, ob := areaOrder(ka.area), areaOrder(kb.area); oa != ob {
			return oa < ob
		}
		return ka.area < kb.area
	})
	for pos, g := range perm {
		slot[g] = pos
	}
	for ti := range tGroups {
		for yi, g := range tGroups[ti] {
			tGroups[ti][yi] = slot[g]
		}
	}
	agg := newAggregator(r.MinCoverage, opts.AreaWeights)
	agg.accs = make([]acc, len(entNames)*len(groupList))
	for e := range entNames {
		for pos, g := range perm {
			k := groupList[g]
			agg.accs[e*len(groupList)+pos] = acc{entity: entNames[e], plan: k.plan, year: k.year, area: k.area}
		}
	}
	res.Scores = res.Scores[:nRows]
	// Entities are scored in parallel: each writes its own rows, its own
	// accumulators and the used flags of its own observations.
	scoreEntities := func(from, to int) {
		nb := noteBuf{bulk: true}
		for e := from; e < to; e++ {
			name := entNames[e]
			base := e * len(groupList)
			row := e * rowsPerEntity
			for ti := range ts {
				t := &ts[ti]
				for yi, year := range tYears[ti] {
					var actual, baseline *float64
					if j := find(ti, e, tYearID[ti][yi]); j >= 0 {
						actual = &obs[j].Value
						used[j] = true
					}
					if isChange(t) {
						if j := find(ti, e, tBaseID[ti][yi]); j >= 0 {
							baseline = &obs[j].Value
							used[j] = true
						}
					}
					s := &res.Scores[row]
					scoreInto(s, t, year, actual, baseline, &r, slab[3*row:3*row+3:3*row+3], &nb)
					s.Entity = name
					agg.addAt(base+tGroups[ti][yi], s)
					row++
				}
			}
		}
	}
	workers := runtime.GOMAXPROCS(0)
	if nRows < 20000 || workers < 2 {
		scoreEntities(0, len(entNames))
	} else {
		var wg sync.WaitGroup
		chunk := (len(entNames) + workers - 1) / workers
		for from := 0; from < len(entNames); from += chunk {
			to := min(from+chunk, len(entNames))
			wg.Add(1)
			go func() {
				defer wg.Done()
				scoreEntities(from, to)
			}()
		}
		wg.Wait()
	}
	nUnmatched, nSuperseded := 0, 0
	for i := range obs {
		switch {
		case obsEnt[i] == -2:
		case superseded[i]:
			nSuperseded++
		case !used[i]:
			nUnmatched++
		}
	}
	res.Unmatched = make([]dataset.Observation, nUnmatched)
	res.Superseded = make([]dataset.Observation, 0, nSuperseded)
	// Copy the unmatched rows in two halves at once: count the first half's,
	// then each half writes its own range of res.Unmatched.
	half := len(obs) / 2
	firstHalf := 0
	for i := 0; i < half; i++ {
		if obsEnt[i] == -2 {
			res.OtherEntities++
			continue
		}
		if superseded[i] {
			res.Superseded = append(res.Superseded, obs[i])
		} else if !used[i] {
			firstHalf++
		}
	}
	for i := half; i < len(obs); i++ {
		if obsEnt[i] == -2 {
			res.OtherEntities++
		} else if superseded[i] {
			res.Superseded = append(res.Superseded, obs[i])
		}
	}
	copyUnmatched := func(from, to, at int) {
		for i := from; i < to; i++ {
			if obsEnt[i] != -2 && !superseded[i] && !used[i] {
				res.Unmatched[at] = obs[i]
				at++
			}
		}
	}
	if len(obs) < 100000 {
		copyUnmatched(0, len(obs), 0)
	} else {
		var wg sync.WaitGroup
		wg.Add(1)
		go func() {
			defer wg.Done()
			copyUnmatched(half, len(obs), firstHalf)
		}()
		copyUnmatched(0, half, 0)
		wg.Wait()
	}
	res.Areas, res.Plans = agg.results()
	return res, nil
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

func rowName(file string, i, line int) string {
	if line > 0 {
		if file != "" {
			return fmt.Sprintf("%s:%d", file, line)
		}
		return fmt.Sprintf("line %d", line)
	}
	return fmt.Sprintf("row %d", i+1)
}

func levelSuffix(l string) string {
	if l == "" {
		return ""
	}
	return " (" + l + ")"
}
