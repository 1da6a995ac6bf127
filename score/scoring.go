package score

import (
	"math"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// scoring is the state of one Scorecard call, filled in step by step:
// the targets in scope and their metric keys; the observations checked and
// interned (entity, metric × level, year ids); the annual observations
// indexed by slot; the years and candidate slots of each target; the row
// layout and the aggregation groups; then the scores and leftovers.
type scoring struct {
	obs   []dataset.Observation
	opts  Options
	rules Rules
	cat   *indicators.Catalogue
	errs  InputErrors

	// targets in scope, their metric key ids and unit classes
	ts          []dataset.Target
	mkeys       *interner // metric ids (or target codes)
	tKey        []int
	nTargetKeys int
	levels      *interner // "" and "province" first
	tUnit       []string  // unit class per metric key, from non-change targets

	// per-row ids: entity (-1 bad row, -2 another entity), metric × level, year
	obsEnt, obsMK, obsYr []int32
	entNames             []string
	years                []int
	yearIDs              map[int]int
	mkID                 map[[2]int32]int32 // (metric key, level) → metric×level id
	nMK                  int
	unknownSeen          map[string]int // unknown metric → rows naming it
	minfo                []metricInfo

	// the annual observations by slot, and the fate of each row
	idx        *slotIndex
	used       []bool
	superseded []bool

	// per target: years scored, candidate metric×level ids, year ids
	tYears  [][]int
	tCand   [][2]int
	tYearID [][]int
	tBaseID [][]int

	// rows and aggregation groups
	rowsPerEntity int
	nGroups       int
	tGroups       [][]int // per target and year: the group's position
	agg           *aggregator
	slab          []float64
	res           *Result
}

// metricInfo is what the row checks know of a metric key.
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

// newScoring checks the options and keeps the targets in scope.
func newScoring(targets []dataset.Target, obs []dataset.Observation, opts Options) (*scoring, error) {
	switch opts.Dedupe {
	case DedupeError, DedupeLast, DedupeFirst:
	default:
		return nil, newOptionError("Dedupe", opts.Dedupe,
			i18n.Errorf("unknown dedupe policy (want \"\", %q or %q)", DedupeLast, DedupeFirst))
	}
	if opts.Lines != nil && len(opts.Lines) != len(obs) {
		return nil, newOptionError("Lines", strconv.Itoa(len(opts.Lines)),
			i18n.Errorf("%d entries for %d observations", len(opts.Lines), len(obs)))
	}
	sc := &scoring{obs: obs, opts: opts, rules: opts.Rules.orDefault(), cat: opts.Catalogue}
	if sc.cat == nil {
		sc.cat = indicators.Default()
	}
	sc.ts = make([]dataset.Target, 0, len(targets))
	for _, t := range targets {
		if opts.Year != 0 && t.Year != 0 && t.Year != opts.Year {
			continue
		}
		sc.ts = append(sc.ts, t)
	}
	return sc, nil
}

// line returns the input line of observation i, 0 when unknown.
func (sc *scoring) line(i int) int {
	if sc.opts.Lines != nil {
		return sc.opts.Lines[i]
	}
	return 0
}

// reject records a bad observation.
func (sc *scoring) reject(i int, field, value string, msg, cause error) *InputError {
	e := newInputError(sc.opts.File, i+1, sc.line(i), field, value, msg, cause)
	sc.errs = append(sc.errs, e)
	return e
}

// internTargets gives every target its metric key (its metric id, or its
// code when it has none) and interns the targets' levels.
func (sc *scoring) internTargets() {
	sc.mkeys = newInterner()
	sc.tKey = make([]int, len(sc.ts))
	for i := range sc.ts {
		k := sc.ts[i].Metric
		if k == "" {
			k = sc.ts[i].Code
		}
		sc.tKey[i] = sc.mkeys.id(k)
	}
	sc.nTargetKeys = len(sc.mkeys.names)
	sc.levels = newInterner()
	sc.levels.id("")
	sc.levels.id("province")
	for i := range sc.ts {
		sc.levels.id(sc.ts[i].Level)
	}
	sc.tUnit = make([]string, sc.nTargetKeys)
	for i := range sc.ts {
		if !isChange(&sc.ts[i]) && sc.tUnit[sc.tKey[i]] == "" {
			sc.tUnit[sc.tKey[i]] = unitClass(sc.ts[i].Unit)
		}
	}
}

// rowInterner interns the entity, level and year of consecutive rows,
// which mostly repeat those of the row before: it checks the last values
// first and keeps a metric × level table, sparing most map lookups.
type rowInterner struct {
	sc                       *scoring
	wantEnt                  string
	entRaw, entFold          map[string]int32
	unitCache                map[string]string
	haveLast                 bool
	lastEntStr, lastLevelStr string
	lastEnt, lastLevel       int32
	lastYear, lastYearID     int
	mkTable                  [][]int32
}

// checkAndInternRows checks every observation (fields present, metric
// known, unit and value fitting the metric) and interns its entity,
// metric × level and year.
func (sc *scoring) checkAndInternRows() {
	n := len(sc.obs)
	sc.obsEnt, sc.obsMK, sc.obsYr = make([]int32, n), make([]int32, n), make([]int32, n)
	sc.yearIDs = map[int]int{}
	sc.mkID = map[[2]int32]int32{}
	sc.unknownSeen = map[string]int{}
	ri := &rowInterner{sc: sc, entRaw: map[string]int32{}, entFold: map[string]int32{}, unitCache: map[string]string{}}
	if sc.opts.Entity != "" {
		ri.wantEnt = vntext.Fold(vntext.NFC(sc.opts.Entity))
	}
	for i := range sc.obs {
		sc.obsEnt[i] = -1
		m, ok := sc.checkRow(i, ri)
		if !ok {
			continue
		}
		ri.intern(i, m)
	}
	sc.countUnknownRepeats()
	if sc.opts.Entity != "" && len(sc.entNames) == 0 {
		sc.entNames = append(sc.entNames, vntext.NFC(sc.opts.Entity))
	}
	sc.res = &Result{Entities: sc.entNames}
	sc.res.WarningTexts = sc.fractionWarnings()
	sc.res.Warnings = englishWarnings(sc.res.WarningTexts)
}

// checkRow checks observation i and returns its metric key, false when
// the row is rejected (or is a repeat of an unknown metric, counted).
func (sc *scoring) checkRow(i int, ri *rowInterner) (int, bool) {
	o := &sc.obs[i]
	switch {
	case o.Entity == "":
		sc.reject(i, "entity", "", i18n.New("entity is empty"), ErrMissingField)
		return 0, false
	case o.Metric == "":
		sc.reject(i, "metric", "", i18n.New("metric is empty"), ErrMissingField)
		return 0, false
	case o.Year == 0:
		sc.reject(i, "year", "", i18n.New("year is empty"), ErrMissingField)
		return 0, false
	}
	m := sc.mkeys.id(o.Metric)
	mi := sc.metricInfo(m, o.Metric)
	if !mi.known {
		sc.rejectUnknownMetric(i)
		return 0, false
	}
	// The unit class, cached per metric (rows of a metric share a unit).
	if mi.lastUnit != o.Unit || !mi.haveUnit {
		mi.lastUnit, mi.lastClass, mi.haveUnit = o.Unit, ri.unitClass(o.Unit), true
	}
	uc := mi.lastClass
	if uc != "" && mi.unit != "" && uc != mi.unit {
		sc.reject(i, "unit", o.Unit, i18n.Errorf("metric %s is measured in %s, not %s", o.Metric, mi.unit, uc), ErrUnitMismatch)
		return 0, false
	}
	v := o.Value
	rate := mi.rate || (mi.unit == "" && uc == "percent")
	count := mi.unit == "count" || (mi.unit == "" && uc == "count")
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		sc.reject(i, "value", strconv.FormatFloat(v, 'g', -1, 64), i18n.New("value is not a finite number"), ErrOutOfRange)
		return 0, false
	case rate && (v > 100 || v < 0):
		sc.reject(i, "value", vntext.FormatNumber(v), i18n.Errorf("rate %s must lie between 0 and 100 percent", o.Metric), ErrOutOfRange)
		return 0, false
	case count && v < 0:
		sc.reject(i, "value", vntext.FormatNumber(v), i18n.Errorf("count %s cannot be negative", o.Metric), ErrOutOfRange)
		return 0, false
	}
	if rate {
		mi.rateRows++
		if v > 1 {
			mi.rateAbove1 = true
		}
	}
	return m, true
}

// metricInfo returns what is known of metric key m (named metric),
// looking it up in the catalogue and the targets the first time.
func (sc *scoring) metricInfo(m int, metric string) *metricInfo {
	for len(sc.minfo) <= m {
		sc.minfo = append(sc.minfo, metricInfo{})
	}
	mi := &sc.minfo[m]
	if mi.checked {
		return mi
	}
	mi.checked = true
	if cm, ok := sc.cat.Lookup(metric); ok {
		mi.known = true
		mi.unit = unitClass(cm.Unit)
	} else if m < sc.nTargetKeys {
		// A target names it: a metric outside the catalogue, or a code.
		mi.known = true
	}
	if mi.unit == "" && m < sc.nTargetKeys {
		mi.unit = sc.tUnit[m]
	}
	mi.rate = mi.unit == "percent"
	return mi
}

// rejectUnknownMetric reports the first row naming an unknown metric,
// with the closest catalogue ids; later rows naming it are counted.
func (sc *scoring) rejectUnknownMetric(i int) {
	metric := sc.obs[i].Metric
	if n, seen := sc.unknownSeen[metric]; seen {
		sc.unknownSeen[metric] = n + 1
		return
	}
	sc.unknownSeen[metric] = 1
	sug := sc.cat.Suggest(metric)
	sc.reject(i, "metric", metric, unknownMetric(sug), ErrUnknownMetric).Suggestions = sug
}

// unknownMetric is the message of an unknown metric id, with the closest
// catalogue ids when there are any.
func unknownMetric(suggestions []string) error {
	if len(suggestions) == 0 {
		return i18n.New("unknown metric id")
	}
	return i18n.Errorf("unknown metric id (did you mean %s?)", strings.Join(suggestions, ", "))
}

// countUnknownRepeats adds to each unknown-metric error how many more rows
// name that metric.
func (sc *scoring) countUnknownRepeats() {
	for _, e := range sc.errs {
		if e.Err == ErrUnknownMetric {
			if n := sc.unknownSeen[e.Value]; n > 1 {
				e.reason = i18n.Errorf("%v; %d more row(s) name it", e.reason, n-1)
				e.Msg = e.reason.Error()
			}
		}
	}
}

// fractionWarnings warns of rates whose values all lie at most 1.
func (sc *scoring) fractionWarnings() []i18n.Msg {
	var warnings []i18n.Msg
	for m := range sc.minfo {
		if mi := &sc.minfo[m]; mi.rateRows >= 3 && !mi.rateAbove1 {
			warnings = append(warnings, i18n.Msgf("all %d values of %s are at most 1: rates are in percent (0-100, write 91,3 for 91,3%%), not fractions",
				mi.rateRows, sc.mkeys.names[m]))
		}
	}
	return warnings
}

// englishWarnings returns the warnings in English, nil for none.
func englishWarnings(msgs []i18n.Msg) []string {
	if len(msgs) == 0 {
		return nil
	}
	out := make([]string, len(msgs))
	for i, m := range msgs {
		out[i] = m.String()
	}
	return out
}

// unitClass returns unitClass(u), cached.
func (ri *rowInterner) unitClass(u string) string {
	c, ok := ri.unitCache[u]
	if !ok {
		c = unitClass(u)
		ri.unitCache[u] = c
	}
	return c
}

// intern records the entity, metric × level and year ids of row i, whose
// metric key is m.
func (ri *rowInterner) intern(i, m int) {
	o := &ri.sc.obs[i]
	ri.sc.obsEnt[i] = ri.entity(o.Entity)
	ri.sc.obsMK[i] = ri.metricLevel(m, o.Level)
	ri.sc.obsYr[i] = int32(ri.year(o.Year))
	ri.haveLast = true
}

// entity returns the id of an entity name (matched without diacritics or
// case), -2 for an entity other than Options.Entity.
func (ri *rowInterner) entity(name string) int32 {
	sc := ri.sc
	var e int32
	ok := ri.haveLast && name == ri.lastEntStr
	if ok {
		e = ri.lastEnt
	} else {
		e, ok = ri.entRaw[name]
	}
	if !ok {
		f := vntext.Fold(vntext.NFC(name))
		if ri.wantEnt != "" && f != ri.wantEnt {
			e = -2
		} else if fe, ok := ri.entFold[f]; ok {
			e = fe
		} else {
			e = int32(len(sc.entNames))
			ri.entFold[f] = e
			sc.entNames = append(sc.entNames, vntext.NFC(name))
		}
		ri.entRaw[name] = e
	}
	ri.lastEntStr, ri.lastEnt = name, e
	return e
}

// metricLevel returns the id of metric key m at a level.
func (ri *rowInterner) metricLevel(m int, level string) int32 {
	sc := ri.sc
	var lv int32
	if ri.haveLast && level == ri.lastLevelStr {
		lv = ri.lastLevel
	} else {
		lv = int32(sc.levels.id(level))
	}
	ri.lastLevelStr, ri.lastLevel = level, lv
	for len(ri.mkTable) <= m {
		ri.mkTable = append(ri.mkTable, nil)
	}
	for len(ri.mkTable[m]) <= int(lv) {
		ri.mkTable[m] = append(ri.mkTable[m], -1)
	}
	id := ri.mkTable[m][lv]
	if id < 0 {
		id = int32(sc.nMK)
		sc.nMK++
		ri.mkTable[m][lv] = id
		sc.mkID[[2]int32{int32(m), lv}] = id
	}
	return id
}

// year returns the id of a year.
func (ri *rowInterner) year(year int) int {
	sc := ri.sc
	if ri.haveLast && year == ri.lastYear {
		return ri.lastYearID
	}
	y, ok := sc.yearIDs[year]
	if !ok {
		y = len(sc.years)
		sc.yearIDs[year] = y
		sc.years = append(sc.years, year)
	}
	ri.lastYear, ri.lastYearID = year, y
	return y
}

// indexAnnualRows indexes the annual observations (no Period) by slot
// (entity, metric × level, year) and settles duplicates: an identical
// repeat is set aside; a different value is an error, or the policy of
// Options.Dedupe picks one.
func (sc *scoring) indexAnnualRows() {
	sc.idx = newSlotIndex(len(sc.entNames), sc.nMK, len(sc.years), len(sc.obs))
	sc.used = make([]bool, len(sc.obs))
	sc.superseded = make([]bool, len(sc.obs))
	for i := range sc.obs {
		if sc.obsEnt[i] < 0 || sc.obs[i].Period != "" {
			continue
		}
		e, mk, y := int(sc.obsEnt[i]), int(sc.obsMK[i]), int(sc.obsYr[i])
		prev := sc.idx.get(e, mk, y)
		if prev == 0 {
			sc.idx.set(e, mk, y, int32(i+1))
			continue
		}
		j := int(prev - 1)
		if sc.obs[j].Value == sc.obs[i].Value {
			sc.superseded[i] = true
			continue
		}
		switch sc.opts.Dedupe {
		case DedupeLast:
			sc.superseded[j] = true
			sc.idx.set(e, mk, y, int32(i+1))
		case DedupeFirst:
			sc.superseded[i] = true
		default:
			sc.rejectDuplicate(i, j)
		}
	}
}

// rejectDuplicate reports row i as a duplicate of row j with another value.
func (sc *scoring) rejectDuplicate(i, j int) {
	o, p := &sc.obs[i], &sc.obs[j]
	e := sc.reject(i, "value", vntext.FormatNumber(o.Value),
		i18n.Errorf("duplicate of %s with a different value (%s) for %s, %s, %d%s",
			rowName{sc.opts.File, j, sc.line(j)}, vntext.FormatNumber(p.Value), o.Metric, o.Entity, o.Year, levelSuffix(o.Level)),
		ErrDuplicate)
	e.OtherRow, e.OtherLine = j+1, sc.line(j)
}

// chooseYears sets the years each target is scored for, its candidate
// metric × level ids in order of preference (its own level, then a row
// without level; a target without level takes a row without level, then
// one at province level) and the year ids of its years and baselines.
func (sc *scoring) chooseYears() {
	sortedYears := append([]int(nil), sc.years...)
	sort.Ints(sortedYears)
	n := len(sc.ts)
	sc.tYears, sc.tCand = make([][]int, n), make([][2]int, n)
	sc.tYearID, sc.tBaseID = make([][]int, n), make([][]int, n)
	for i := range sc.ts {
		t := &sc.ts[i]
		switch {
		case t.Year != 0:
			sc.tYears[i] = []int{t.Year}
		case sc.opts.Year != 0:
			sc.tYears[i] = []int{sc.opts.Year}
		default:
			sc.tYears[i] = sortedYears
		}
		if lv := sc.levels.id(t.Level); lv == 0 {
			sc.tCand[i] = [2]int{sc.lookupMK(sc.tKey[i], 0), sc.lookupMK(sc.tKey[i], 1)}
		} else {
			sc.tCand[i] = [2]int{sc.lookupMK(sc.tKey[i], lv), sc.lookupMK(sc.tKey[i], 0)}
		}
		for _, year := range sc.tYears[i] {
			sc.tYearID[i] = append(sc.tYearID[i], sc.yearID(year))
			b := -1
			if isChange(t) {
				b = sc.yearID(baselineYear(t, year))
			}
			sc.tBaseID[i] = append(sc.tBaseID[i], b)
		}
	}
}

// lookupMK returns the metric × level id of metric key m at level lv, -1
// when never observed.
func (sc *scoring) lookupMK(m, lv int) int {
	if id, ok := sc.mkID[[2]int32{int32(m), int32(lv)}]; ok {
		return int(id)
	}
	return -1
}

// yearID returns the id of an observed year, -1 when never observed.
func (sc *scoring) yearID(year int) int {
	if y, ok := sc.yearIDs[year]; ok {
		return y
	}
	return -1
}

// find returns the observation of target ti for entity e in year id y, -1
// when there is none.
func (sc *scoring) find(ti, e, y int) int {
	if y < 0 {
		return -1
	}
	for _, mk := range sc.tCand[ti] {
		if mk < 0 {
			continue
		}
		if v := sc.idx.get(e, mk, y); v != 0 {
			return int(v - 1)
		}
	}
	return -1
}

// groupKey is an aggregation group: a plan, a year and an area.
type groupKey struct {
	plan string
	year int
	area string
}

// layOutRows sizes the result (one row per entity, target and year) and
// lays out the aggregation groups in report order — plan as first seen,
// year, area in dataset.Areas order — so that each entity's accumulators
// form contiguous runs per plan and year.
func (sc *scoring) layOutRows() {
	for i := range sc.ts {
		sc.rowsPerEntity += len(sc.tYears[i])
	}
	nRows := sc.rowsPerEntity * len(sc.entNames)
	sc.res.Scores = make([]dataset.Score, nRows)
	sc.slab = make([]float64, 3*nRows)
	groups, tGroups := sc.groupsInOrderSeen()
	perm := reportOrder(groups)
	slot := make([]int, len(groups)) // group id → position
	for pos, g := range perm {
		slot[g] = pos
	}
	for ti := range tGroups {
		for yi, g := range tGroups[ti] {
			tGroups[ti][yi] = slot[g]
		}
	}
	sc.tGroups, sc.nGroups = tGroups, len(groups)
	sc.agg = newAggregator(sc.rules.MinCoverage, sc.opts.AreaWeights)
	sc.agg.accs = make([]acc, len(sc.entNames)*len(groups))
	for e := range sc.entNames {
		for pos, g := range perm {
			k := groups[g]
			sc.agg.accs[e*len(groups)+pos] = acc{entity: sc.entNames[e], plan: k.plan, year: k.year, area: k.area}
		}
	}
}

// groupsInOrderSeen lists the aggregation groups in order of first
// appearance and the group id of each target and year.
func (sc *scoring) groupsInOrderSeen() ([]groupKey, [][]int) {
	ids := map[groupKey]int{}
	var groups []groupKey
	tGroups := make([][]int, len(sc.ts))
	for ti := range sc.ts {
		for _, year := range sc.tYears[ti] {
			k := groupKey{sc.ts[ti].PlanID, year, sc.ts[ti].Area}
			g, ok := ids[k]
			if !ok {
				g = len(groups)
				ids[k] = g
				groups = append(groups, k)
			}
			tGroups[ti] = append(tGroups[ti], g)
		}
	}
	return groups, tGroups
}

// reportOrder returns the group ids sorted by plan (as first seen), year
// and area (in dataset.Areas order).
func reportOrder(groups []groupKey) []int {
	planOrder := map[string]int{}
	for _, k := range groups {
		if _, ok := planOrder[k.plan]; !ok {
			planOrder[k.plan] = len(planOrder)
		}
	}
	perm := make([]int, len(groups))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(a, b int) bool {
		ka, kb := groups[perm[a]], groups[perm[b]]
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
	return perm
}

// scoreEntities scores every entity's rows, in parallel for large
// scorecards: each entity writes its own rows, its own accumulators and
// the used flags of its own observations.
func (sc *scoring) scoreEntities() {
	workers := runtime.GOMAXPROCS(0)
	if len(sc.res.Scores) < 20000 || workers < 2 {
		sc.scoreEntityRange(0, len(sc.entNames))
		return
	}
	var wg sync.WaitGroup
	chunk := (len(sc.entNames) + workers - 1) / workers
	for from := 0; from < len(sc.entNames); from += chunk {
		to := min(from+chunk, len(sc.entNames))
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.scoreEntityRange(from, to)
		}()
	}
	wg.Wait()
}

// scoreEntityRange scores the rows of entities from..to-1.
func (sc *scoring) scoreEntityRange(from, to int) {
	nb := noteBuf{bulk: true}
	for e := from; e < to; e++ {
		name := sc.entNames[e]
		base := e * sc.nGroups
		row := e * sc.rowsPerEntity
		for ti := range sc.ts {
			t := &sc.ts[ti]
			for yi, year := range sc.tYears[ti] {
				var actual, baseline *float64
				if j := sc.find(ti, e, sc.tYearID[ti][yi]); j >= 0 {
					actual = &sc.obs[j].Value
					sc.used[j] = true
				}
				if isChange(t) {
					if j := sc.find(ti, e, sc.tBaseID[ti][yi]); j >= 0 {
						baseline = &sc.obs[j].Value
						sc.used[j] = true
					}
				}
				s := &sc.res.Scores[row]
				scoreInto(s, t, year, actual, baseline, &sc.rules, sc.slab[3*row:3*row+3:3*row+3], &nb)
				s.Entity = name
				sc.agg.addAt(base+sc.tGroups[ti][yi], s)
				row++
			}
		}
	}
}

// collectLeftovers lists the observations no target used (Unmatched), the
// duplicates set aside (Superseded) and counts those of other entities.
// With Options.ReuseObservations the unmatched rows are moved to the front
// of the observations, which become Unmatched; otherwise they are copied,
// in two halves at once for large inputs: the first half's are counted,
// then each half writes its own range.
func (sc *scoring) collectLeftovers() {
	obs, res := sc.obs, sc.res
	nUnmatched, nSuperseded, firstHalf := 0, 0, 0
	half := len(obs) / 2
	for i := range obs {
		switch {
		case sc.other(i):
			res.OtherEntities++
		case sc.superseded[i]:
			nSuperseded++
		case !sc.used[i]:
			nUnmatched++
			if i < half {
				firstHalf++
			}
		}
	}
	res.Superseded = make([]dataset.Observation, 0, nSuperseded)
	for i := range obs {
		if !sc.other(i) && sc.superseded[i] {
			res.Superseded = append(res.Superseded, obs[i])
		}
	}
	if sc.opts.ReuseObservations && len(obs) > 0 {
		// Row i moves to a position at most i, whose row is already done.
		at := 0
		for i := range obs {
			if sc.unmatched(i) {
				obs[at] = obs[i]
				at++
			}
		}
		clear(obs[at:]) // let the strings of the other rows go
		res.Unmatched = obs[:at:at]
		sc.obs = nil
		return
	}
	res.Unmatched = make([]dataset.Observation, nUnmatched)
	copyUnmatched := func(from, to, at int) {
		for i := from; i < to; i++ {
			if sc.unmatched(i) {
				res.Unmatched[at] = obs[i]
				at++
			}
		}
	}
	if len(obs) < 100000 {
		copyUnmatched(0, len(obs), 0)
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		copyUnmatched(half, len(obs), firstHalf)
	}()
	copyUnmatched(0, half, 0)
	wg.Wait()
}

// other reports whether observation i is of an entity other than
// Options.Entity.
func (sc *scoring) other(i int) bool { return sc.obsEnt[i] == -2 }

// unmatched reports whether observation i is left over: of the entity
// scored, not set aside as a duplicate, and used by no target.
func (sc *scoring) unmatched(i int) bool {
	return !sc.other(i) && !sc.superseded[i] && !sc.used[i]
}
