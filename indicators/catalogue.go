package indicators

import (
	"sort"
	"strings"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// Direction says whether a higher or a lower value of a metric is better.
type Direction int

// Directions of a metric.
const (
	HigherIsBetter Direction = iota
	LowerIsBetter
)

// String returns "higher" or "lower".
func (d Direction) String() string {
	if d == LowerIsBetter {
		return "lower"
	}
	return "higher"
}

// Metric is one entry of the catalogue.
type Metric struct {
	// ID is the canonical id, e.g. "online_submission_rate".
	ID string
	// NameVI is the Vietnamese name.
	NameVI string
	// NameEN is the English name.
	NameEN string
	// Unit is the metric's unit: "percent", "count", "staff", "people", ...
	Unit string
	// Direction says whether higher or lower is better.
	Direction Direction
	// Area is the CCHC area id (dataset.Area*).
	Area string
	// Levels are the levels the metric applies to ("province", "district", "commune").
	Levels []string
	// Phrases identify the metric in plan text; matched on folded text
	// (vntext.Fold), so they are written folded: "nop ho so truc tuyen toan trinh".
	Phrases []string
}

// Catalogue is a read-only set of metrics, looked up by id or matched by wording.
type Catalogue struct {
	metrics []Metric
	byID    map[string]int
}

// NewCatalogue builds a catalogue from metrics. Phrases are folded on the way in.
func NewCatalogue(metrics []Metric) *Catalogue {
	c := &Catalogue{byID: make(map[string]int, len(metrics))}
	for _, m := range metrics {
		m.Phrases = append([]string(nil), m.Phrases...)
		for i, p := range m.Phrases {
			m.Phrases[i] = vntext.Fold(p)
		}
		c.byID[m.ID] = len(c.metrics)
		c.metrics = append(c.metrics, m)
	}
	return c
}

// Default returns the built-in catalogue: a metric for every quantitative
// target of the seed plans, and the common CCHC metrics besides.
func Default() *Catalogue { return NewCatalogue(defaultMetrics()) }

// Metrics returns the metrics in catalogue order.
func (c *Catalogue) Metrics() []Metric { return append([]Metric(nil), c.metrics...) }

// Lookup returns the metric with the given id.
func (c *Catalogue) Lookup(id string) (Metric, bool) {
	i, ok := c.byID[id]
	if !ok {
		return Metric{}, false
	}
	return c.metrics[i], true
}

// Match returns the metric whose phrase best matches text (the longest
// phrase found in the folded text wins), and false when none does.
func (c *Catalogue) Match(text string) (Metric, bool) {
	f := vntext.Fold(text)
	best, bestLen := -1, 0
	for i, m := range c.metrics {
		for _, p := range m.Phrases {
			if len(p) > bestLen && strings.Contains(f, p) {
				best, bestLen = i, len(p)
			}
		}
	}
	if best < 0 {
		return Metric{}, false
	}
	return c.metrics[best], true
}

// Suggest returns the ids closest to an unknown id, nearest first (at most three),
// for "did you mean" messages.
func (c *Catalogue) Suggest(id string) []string {
	type cand struct {
		id string
		d  int
	}
	var cs []cand
	for _, m := range c.metrics {
		cs = append(cs, cand{m.ID, editDistance(id, m.ID)})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].d < cs[j].d })
	var out []string
	for _, x := range cs {
		if len(out) == 3 || x.d > len(id)/2+2 {
			break
		}
		out = append(out, x.id)
	}
	return out
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
