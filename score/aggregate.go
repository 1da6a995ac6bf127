package score

import (
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/cchc-lab/cchc/dataset"
)

// Aggregate summarises the scorecard rows of one entity, plan and year,
// for one area (Area set) or for the whole plan (Area empty).
type Aggregate struct {
	// Entity is the entity scored.
	Entity string `json:"entity"`
	// PlanID is the plan the targets belong to.
	PlanID string `json:"plan_id"`
	// Year is the year scored.
	Year int `json:"year"`
	// Area is the CCHC area, empty for a plan aggregate.
	Area string `json:"area"`
	// Targets is the number of targets (rows).
	Targets int `json:"targets"`
	// Met, Near, OffTrack and NoData count the rows by status.
	Met      int `json:"met"`
	Near     int `json:"near"`
	OffTrack int `json:"off_track"`
	NoData   int `json:"no_data"`
	// Coverage is the share of targets with data, in [0, 1].
	Coverage float64 `json:"coverage"`
	// Score is the weighted mean attainment × 100 (for a plan: the weighted
	// mean of its area scores); nil when Coverage is under the minimum.
	Score *float64 `json:"score"`
	// Points and MaxPoints sum the points of the scored rows that have a
	// point rule (no_data rows add neither); nil when no row has points.
	Points    *float64 `json:"points"`
	MaxPoints *float64 `json:"max_points"`
	// Rank is the rank of Score among the entities with a score for the same
	// plan, year and area: 1 is best; tied scores share the better rank and
	// the next rank is skipped (1, 2, 2, 4). Nil when Score is nil.
	Rank *int `json:"rank"`
}

// AggregateOptions control AggregateScores.
type AggregateOptions struct {
	// MinCoverage is the share of targets that must have data (default 2/3
	// when 0; set a negative value to require none).
	MinCoverage float64
	// AreaWeights weight the areas in a plan's score (missing areas weigh 1).
	AreaWeights map[string]float64
}

// AggregateScores summarises scorecard rows per entity, plan, year and area, and
// per entity, plan and year. An area's score is the weighted mean of its
// observed rows' attainment × 100 (weights Score.Weight, 0 read as 1); a
// plan's score is the weighted mean of its area scores (AreaWeights, equal
// by default) over the areas that have one. A unit whose share of rows with
// data is under MinCoverage gets a nil score, never a low one; no_data rows
// never count as zero. Plan and area scores are ranked across entities.
func AggregateScores(scores []dataset.Score, opts AggregateOptions) (areas, plans []Aggregate) {
	mc := opts.MinCoverage
	if mc == 0 {
		mc = DefaultRules().MinCoverage
	}
	a := newAggregator(mc, opts.AreaWeights)
	type key struct {
		entity, plan string
		year         int
		area         string
	}
	ids := map[key]int{}
	for i := range scores {
		s := &scores[i]
		k := key{s.Entity, s.PlanID, s.Year, s.Area}
		id, ok := ids[k]
		if !ok {
			id = len(a.accs)
			ids[k] = id
			a.accs = append(a.accs, acc{entity: s.Entity, plan: s.PlanID, year: s.Year, area: s.Area})
		}
		a.addAt(id, s)
	}
	// Order the accumulators in runs of (entity, plan, year) as first
	// seen, areas in report order within a run.
	type pk struct {
		entity, plan string
		year         int
	}
	run := map[pk]int{}
	runOf := make([]int, len(a.accs))
	for i := range a.accs {
		k := pk{a.accs[i].entity, a.accs[i].plan, a.accs[i].year}
		r, ok := run[k]
		if !ok {
			r = len(run)
			run[k] = r
		}
		runOf[i] = r
	}
	perm := make([]int, len(a.accs))
	for i := range perm {
		perm[i] = i
	}
	sort.SliceStable(perm, func(x, y int) bool {
		i, j := perm[x], perm[y]
		if runOf[i] != runOf[j] {
			return runOf[i] < runOf[j]
		}
		return a.areaLess(i, j)
	})
	sorted := make([]acc, len(a.accs))
	for k, i := range perm {
		sorted[k] = a.accs[i]
	}
	a.accs = sorted
	return a.results()
}

type acc struct {
	entity, plan, area      string
	year                    int
	targets, met, near, off int
	nodata                  int
	wsum, wattsum           float64
	points, maxPoints       float64
	hasPoints               bool
}

type aggregator struct {
	minCov float64
	areaW  map[string]float64
	accs   []acc
}

func newAggregator(minCov float64, areaW map[string]float64) *aggregator {
	return &aggregator{minCov: minCov, areaW: areaW}
}

func (a *aggregator) addAt(id int, s *dataset.Score) {
	c := &a.accs[id]
	c.targets++
	if s.MaxPoints != nil {
		c.hasPoints = true
		c.maxPoints += *s.MaxPoints
		if s.Points != nil {
			c.points += *s.Points
		}
	}
	w := s.Weight
	if !(w > 0) {
		w = 1
	}
	switch s.Status {
	case dataset.StatusMet:
		c.met++
	case dataset.StatusNear:
		c.near++
	case dataset.StatusOffTrack:
		c.off++
	default:
		c.nodata++
		return
	}
	if s.Attainment == nil {
		return
	}
	c.wsum += w
	c.wattsum += w * *s.Attainment
}

func (a *aggregator) areaLess(i, j int) bool {
	ai, aj := &a.accs[i], &a.accs[j]
	if ai.area == aj.area {
		return false
	}
	if oi, oj := areaOrder(ai.area), areaOrder(aj.area); oi != oj {
		return oi < oj
	}
	return ai.area < aj.area
}

func areaOrder(area string) int {
	for i, a := range dataset.Areas() {
		if a == area {
			return i
		}
	}
	return len(dataset.Areas())
}

// results returns the area and plan aggregates, ranked. The accumulators
// must come in runs of one entity, plan and year, areas in report order
// (Scorecard lays them out so; AggregateScores sorts them so).
func (a *aggregator) results() (areas, plans []Aggregate) {
	nPlans := 0
	for i := range a.accs {
		if i == 0 || !a.sameRun(i-1, i) {
			nPlans++
		}
	}
	areas = make([]Aggregate, 0, len(a.accs))
	plans = make([]Aggregate, 0, nPlans)
	slab := make([]float64, 0, 3*len(a.accs)+3*nPlans) // backs the Score and Points pointers
	keep := func(v float64) *float64 {
		slab = append(slab, v)
		return &slab[len(slab)-1]
	}
	for start := 0; start < len(a.accs); {
		end := start + 1
		for end < len(a.accs) && a.sameRun(start, end) {
			end++
		}
		first := &a.accs[start]
		p := Aggregate{Entity: first.entity, PlanID: first.plan, Year: first.year}
		var aw, aws, pp, pm float64
		hasP := false
		for id := start; id < end; id++ {
			c := &a.accs[id]
			if c.targets == 0 {
				continue
			}
			ag := Aggregate{Entity: c.entity, PlanID: c.plan, Year: c.year, Area: c.area,
				Targets: c.targets, Met: c.met, Near: c.near, OffTrack: c.off, NoData: c.nodata}
			ag.Coverage = float64(c.targets-c.nodata) / float64(c.targets)
			if ag.Coverage >= a.minCov-1e-12 && c.wsum > 0 {
				v := c.wattsum / c.wsum * 100
				ag.Score = keep(v)
				w := 1.0
				if x, ok := a.areaW[c.area]; ok {
					w = x
				}
				if w > 0 {
					aw += w
					aws += w * v
				}
			}
			if c.hasPoints {
				ag.Points, ag.MaxPoints = keep(c.points), keep(c.maxPoints)
				pp += c.points
				pm += c.maxPoints
				hasP = true
			}
			areas = append(areas, ag)
			p.Targets += c.targets
			p.Met += c.met
			p.Near += c.near
			p.OffTrack += c.off
			p.NoData += c.nodata
		}
		start = end
		if p.Targets == 0 {
			continue
		}
		p.Coverage = float64(p.Targets-p.NoData) / float64(p.Targets)
		if p.Coverage >= a.minCov-1e-12 && aw > 0 {
			p.Score = keep(aws / aw)
		}
		if hasP {
			p.Points, p.MaxPoints = keep(pp), keep(pm)
		}
		plans = append(plans, p)
	}
	rankAggregates(areas)
	rankAggregates(plans)
	return areas, plans
}

// sameRun reports whether accumulators i and j share entity, plan and year.
func (a *aggregator) sameRun(i, j int) bool {
	x, y := &a.accs[i], &a.accs[j]
	return x.year == y.year && x.entity == y.entity && x.plan == y.plan
}

// ByRank returns a copy of ags ordered by rank, best first; aggregates
// without a rank come last, in their given order.
func ByRank(ags []Aggregate) []Aggregate {
	sorted := append([]Aggregate(nil), ags...)
	sort.SliceStable(sorted, func(i, j int) bool {
		ri, rj := sorted[i].Rank, sorted[j].Rank
		switch {
		case ri == nil:
			return false
		case rj == nil:
			return true
		}
		return *ri < *rj
	})
	return sorted
}

// rankAggregates ranks scores within each (plan, year, area) across
// entities: descending score, ties (within 1e-9) share the better rank
// (competition ranking 1, 2, 2, 4); nil scores get no rank.
func rankAggregates(ags []Aggregate) {
	type gk struct {
		plan string
		year int
		area string
	}
	type item struct {
		score float64
		idx   int
	}
	gid := map[gk]int{}
	var groups [][]item
	var last gk
	lastID := -1
	for i := range ags {
		if ags[i].Score == nil {
			continue
		}
		k := gk{ags[i].PlanID, ags[i].Year, ags[i].Area}
		if lastID < 0 || k != last {
			id, ok := gid[k]
			if !ok {
				id = len(groups)
				gid[k] = id
				groups = append(groups, nil)
			}
			last, lastID = k, id
		}
		groups[lastID] = append(groups[lastID], item{*ags[i].Score, i})
	}
	ranks := make([]int, len(ags))
	rankGroup := func(g []item) {
		// Scores are finite (means of attainments), so plain comparisons do.
		slices.SortFunc(g, func(x, y item) int {
			switch {
			case x.score > y.score:
				return -1
			case x.score < y.score:
				return 1
			}
			return x.idx - y.idx
		})
		for j, it := range g {
			if j > 0 && math.Abs(g[j-1].score-it.score) <= 1e-9 {
				ranks[it.idx] = ranks[g[j-1].idx]
			} else {
				ranks[it.idx] = j + 1
			}
			ags[it.idx].Rank = &ranks[it.idx]
		}
	}
	// Groups are independent (disjoint rows of ags and ranks): large ones
	// are ranked on two goroutines.
	var wg sync.WaitGroup
	for gi, g := range groups {
		if len(g) > 10000 && gi%2 == 1 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				rankGroup(g)
			}()
			continue
		}
		rankGroup(g)
	}
	wg.Wait()
}
