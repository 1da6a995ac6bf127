package score

import (
	"cmp"
	"math"
	"slices"

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
	return a.results()
}

type acc struct {
	entity, plan, area       string
	year                     int
	targets, met, near, off  int
	nodata                   int
	wsum, wattsum, observedW float64
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

// results returns the area and plan aggregates, ranked. Accumulators are
// grouped by entity, plan and year in order of first appearance, areas in
// the order of dataset.Areas.
func (a *aggregator) results() (areas, plans []Aggregate) {
	type pk struct {
		entity, plan string
		year         int
	}
	order := map[pk]int{}
	var groups [][]int
	for i := range a.accs {
		c := &a.accs[i]
		if c.targets == 0 {
			continue
		}
		k := pk{c.entity, c.plan, c.year}
		g, ok := order[k]
		if !ok {
			g = len(groups)
			order[k] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	for _, g := range groups {
		// Insertion sort: a group holds at most a few areas.
		for x := 1; x < len(g); x++ {
			for y := x; y > 0 && a.areaLess(g[y], g[y-1]); y-- {
				g[y], g[y-1] = g[y-1], g[y]
			}
		}
		first := &a.accs[g[0]]
		p := Aggregate{Entity: first.entity, PlanID: first.plan, Year: first.year}
		var aw, aws float64
		for _, id := range g {
			c := &a.accs[id]
			ag := Aggregate{Entity: c.entity, PlanID: c.plan, Year: c.year, Area: c.area,
				Targets: c.targets, Met: c.met, Near: c.near, OffTrack: c.off, NoData: c.nodata}
			ag.Coverage = float64(c.targets-c.nodata) / float64(c.targets)
			if ag.Coverage >= a.minCov-1e-12 && c.wsum > 0 {
				v := c.wattsum / c.wsum * 100
				ag.Score = &v
				w := 1.0
				if x, ok := a.areaW[c.area]; ok {
					w = x
				}
				if w > 0 {
					aw += w
					aws += w * v
				}
			}
			areas = append(areas, ag)
			p.Targets += c.targets
			p.Met += c.met
			p.Near += c.near
			p.OffTrack += c.off
			p.NoData += c.nodata
		}
		p.Coverage = float64(p.Targets-p.NoData) / float64(p.Targets)
		if p.Coverage >= a.minCov-1e-12 && aw > 0 {
			v := aws / aw
			p.Score = &v
		}
		plans = append(plans, p)
	}
	rankAggregates(areas)
	rankAggregates(plans)
	return areas, plans
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
	groups := map[gk][]int{}
	var keys []gk
	for i := range ags {
		if ags[i].Score == nil {
			continue
		}
		k := gk{ags[i].PlanID, ags[i].Year, ags[i].Area}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], i)
	}
	ranks := make([]int, len(ags))
	for _, k := range keys {
		g := groups[k]
		slices.SortFunc(g, func(x, y int) int {
			if c := cmp.Compare(*ags[y].Score, *ags[x].Score); c != 0 {
				return c
			}
			return cmp.Compare(x, y)
		})
		for j, id := range g {
			if j > 0 && math.Abs(*ags[g[j-1]].Score-*ags[id].Score) <= 1e-9 {
				ranks[id] = ranks[g[j-1]]
			} else {
				ranks[id] = j + 1
			}
			ags[id].Rank = &ranks[id]
		}
	}
}
