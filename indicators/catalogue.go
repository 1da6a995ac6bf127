package indicators

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
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
	// Punctuation is ignored ("duy tri, cai tien" matches "duy tri cai
	// tien"), and a "*" stands for up to ten words
	// ("pho bien * nguoi dan va doanh nghiep").
	Phrases []string
}

// Catalogue is a read-only set of metrics, looked up by id or matched by wording.
type Catalogue struct {
	metrics []Metric
	byID    map[string]int
	phrases [][]phrase // compiled Phrases, per metric
	// byFirst lists the phrases by their first word; fuzzyFirst lists the
	// phrases whose first word is long enough to match with an OCR error.
	byFirst    map[string][]phraseRef
	fuzzyFirst []phraseRef
	fuzzyWords []string // fuzzyWords[k] is the first word of phrase fuzzyFirst[k]
}

// phraseRef names phrase k of metric m.
type phraseRef struct{ m, k int }

// phrase is a compiled phrase: runs of words separated by gaps.
type phrase struct {
	parts [][]string
	words int // number of words, the phrase's weight in Match
	size  int // number of letters, the tie-breaker
}

// maxGap is how many words a "*" in a phrase may stand for.
const maxGap = 10

// NewCatalogue builds a catalogue from metrics. Phrases are folded on the way in.
func NewCatalogue(metrics []Metric) *Catalogue {
	c := &Catalogue{byID: make(map[string]int, len(metrics)), byFirst: map[string][]phraseRef{}}
	for _, m := range metrics {
		m.Phrases = append([]string(nil), m.Phrases...)
		for i, p := range m.Phrases {
			m.Phrases[i] = vntext.Fold(p)
		}
		var ps []phrase
		for _, p := range m.Phrases {
			if cp := compilePhrase(p); cp.words > 0 {
				ps = append(ps, cp)
			}
		}
		mi := len(c.metrics)
		for k, p := range ps {
			first := p.parts[0][0]
			c.byFirst[first] = append(c.byFirst[first], phraseRef{mi, k})
			if len(first) >= 5 {
				c.fuzzyFirst = append(c.fuzzyFirst, phraseRef{mi, k})
				c.fuzzyWords = append(c.fuzzyWords, first)
			}
		}
		c.byID[m.ID] = mi
		c.metrics = append(c.metrics, m)
		c.phrases = append(c.phrases, ps)
	}
	return c
}

// compilePhrase splits a folded phrase into words, at "*" into parts.
func compilePhrase(p string) phrase {
	var cp phrase
	for _, part := range strings.Split(p, "*") {
		ws := matchWords(part)
		if len(ws) == 0 {
			continue
		}
		cp.parts = append(cp.parts, ws)
		cp.words += len(ws)
		for _, w := range ws {
			cp.size += len(w)
		}
	}
	return cp
}

// matchWords folds s and splits it into words of letters and digits; in a
// word that mixes letters and digits, the digits OCR reads for letters are
// mapped back ("s6" → "so", "1y" → "ly", "c6" → "co").
func matchWords(s string) []string {
	ws := wordsOf(vntext.Fold(s))
	for i, w := range ws {
		letters, digits := false, false
		for _, r := range w {
			if unicode.IsDigit(r) {
				digits = true
			} else {
				letters = true
			}
		}
		if letters && digits {
			ws[i] = strings.Map(func(r rune) rune {
				switch r {
				case '0', '6':
					return 'o'
				case '1':
					return 'l'
				case '5':
					return 's'
				}
				return r
			}, w)
		}
	}
	return ws
}

// wordsOf splits f into its runs of letters and digits, as
// strings.FieldsFunc does with a test of unicode.IsLetter and
// unicode.IsDigit, reading ASCII through a table. A first pass counts
// the words, so that the result is allocated once.
func wordsOf(f string) []string {
	n := 0
	scanWords(f, func(int, int) { n++ })
	if n == 0 {
		return nil
	}
	ws := make([]string, 0, n)
	scanWords(f, func(from, to int) { ws = append(ws, f[from:to]) })
	return ws
}

// scanWords calls word with the bounds of each run of letters and digits
// of f, in order.
func scanWords(f string, word func(from, to int)) {
	start := -1 // where the current word starts, -1 between words
	for i := 0; i < len(f); {
		c := f[i]
		n := 1
		in := asciiWord[c]
		if c >= utf8.RuneSelf {
			var r rune
			r, n = utf8.DecodeRuneInString(f[i:])
			in = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			word(start, i)
			start = -1
		}
		i += n
	}
	if start >= 0 {
		word(start, len(f))
	}
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

// wordEq compares a word of the text with a word of a phrase, tolerating
// one OCR error (a changed, dropped or added letter) in words of five
// letters or more.
func wordEq(text, phr string) bool {
	if text == phr {
		return true
	}
	if len(phr) < 5 || len(text) < 4 {
		return false
	}
	return within1(text, phr)
}

// oneEditAway reports whether w differs from first by exactly one edit;
// the lengths, which rule out most words, are compared first, inline.
func oneEditAway(w, first string) bool {
	return len(w) <= len(first)+1 && len(first) <= len(w)+1 && first != w && within1(w, first)
}

// within1 reports whether a and b differ by at most one edit.
func within1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// runAt reports whether the words of run stand in ws at position i.
func runAt(ws []string, i int, run []string) bool {
	if i+len(run) > len(ws) {
		return false
	}
	for k, w := range run {
		if !wordEq(ws[i+k], w) {
			return false
		}
	}
	return true
}

// matches reports whether the phrase occurs in the words ws.
func (p phrase) matches(ws []string) bool {
	for i := range ws {
		if !runAt(ws, i, p.parts[0]) {
			continue
		}
		if p.rest(ws, i+len(p.parts[0]), 1) {
			return true
		}
	}
	return false
}

// rest matches parts[k:] starting within maxGap words of position from.
func (p phrase) rest(ws []string, from, k int) bool {
	if k == len(p.parts) {
		return true
	}
	for i := from; i <= from+maxGap && i < len(ws); i++ {
		if runAt(ws, i, p.parts[k]) && p.rest(ws, i+len(p.parts[k]), k+1) {
			return true
		}
	}
	return false
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

// Match returns the metric whose phrase best matches text, and false when
// none does. Text and phrases are compared word by word on folded text,
// ignoring punctuation and tolerating the errors OCR makes (digits read
// for letters, one wrong letter in a long word). The phrase with the most
// words wins; between phrases of as many words, the one with more
// letters; then the metric listed first.
func (c *Catalogue) Match(text string) (Metric, bool) {
	ranked := c.ranked(text)
	if len(ranked) == 0 {
		return Metric{}, false
	}
	return c.metrics[ranked[0]], true
}

// MetricRefs returns Matches(text) as the plan parser needs them; it makes
// a Catalogue a plandoc.MetricMatcher.
func (c *Catalogue) MetricRefs(text string) []dataset.MetricRef {
	ranked := c.ranked(text)
	if len(ranked) == 0 {
		return nil
	}
	refs := make([]dataset.MetricRef, len(ranked))
	for i, mi := range ranked {
		m := &c.metrics[mi]
		refs[i] = dataset.MetricRef{ID: m.ID, Area: m.Area, Unit: m.Unit, LowerIsBetter: m.Direction == LowerIsBetter}
	}
	return refs
}

// Matches returns every metric with a phrase in text, best match first
// (ranked as Match ranks them), so that a caller can pass over a metric
// whose unit does not fit the value it has read.
func (c *Catalogue) Matches(text string) []Metric {
	ranked := c.ranked(text)
	if len(ranked) == 0 {
		return nil
	}
	out := make([]Metric, len(ranked))
	for i, mi := range ranked {
		out[i] = c.metrics[mi]
	}
	return out
}

// ranked returns the indices of the metrics with a phrase in text, best
// match first; Match, Matches and MetricRefs read them.
func (c *Catalogue) ranked(text string) []int {
	ws := matchWords(text)
	// The best phrase found so far of each metric, in the order first
	// found: a text names few metrics, so a slice searched from the start
	// does what a map would, without one.
	type score struct{ m, words, size int }
	var best []score
	try := func(r phraseRef, i int) {
		p := c.phrases[r.m][r.k]
		at := -1
		for j := range best {
			if best[j].m == r.m {
				at = j
				break
			}
		}
		if at >= 0 && (best[at].words > p.words || (best[at].words == p.words && best[at].size >= p.size)) {
			return
		}
		if !runAt(ws, i, p.parts[0]) || !p.rest(ws, i+len(p.parts[0]), 1) {
			return
		}
		if at < 0 {
			best = append(best, score{m: r.m})
			at = len(best) - 1
		}
		best[at].words, best[at].size = p.words, p.size
	}
	c.eachCandidate(ws, try)
	if len(best) == 0 {
		return nil
	}
	// Most words first, then most letters, then catalogue order: a
	// total order, as each metric is in best once.
	slices.SortFunc(best, func(x, y score) int {
		if x.words != y.words {
			return y.words - x.words
		}
		if x.size != y.size {
			return y.size - x.size
		}
		return x.m - y.m
	})
	out := make([]int, len(best))
	for i, b := range best {
		out[i] = b.m
	}
	return out
}

// eachCandidate calls try with every phrase that may start at each word
// of ws: the phrases whose first word is the word, then, for a word of
// four letters or more, those whose first word is one OCR error away.
func (c *Catalogue) eachCandidate(ws []string, try func(r phraseRef, i int)) {
	for i, w := range ws {
		for _, r := range c.byFirst[w] {
			try(r, i)
		}
		if len(w) < 4 {
			continue
		}
		for k, first := range c.fuzzyWords {
			if oneEditAway(w, first) {
				try(c.fuzzyFirst[k], i)
			}
		}
	}
}

// NamesAny reports whether text names one of the metrics whose ids are
// set in ids: whether Matches(text) holds one of them. It stops at the
// first phrase of such a metric found, and ranks nothing.
func (c *Catalogue) NamesAny(text string, ids map[string]bool) bool {
	if len(ids) == 0 {
		return false
	}
	ws := matchWords(text)
	for i, w := range ws {
		for _, r := range c.byFirst[w] {
			if c.namesAt(ws, i, r, ids) {
				return true
			}
		}
		if len(w) < 4 {
			continue
		}
		for k, first := range c.fuzzyWords {
			if oneEditAway(w, first) && c.namesAt(ws, i, c.fuzzyFirst[k], ids) {
				return true
			}
		}
	}
	return false
}

// namesAt reports whether phrase r, of a metric set in ids, stands in ws
// from word i.
func (c *Catalogue) namesAt(ws []string, i int, r phraseRef, ids map[string]bool) bool {
	if !ids[c.metrics[r.m].ID] {
		return false
	}
	p := c.phrases[r.m][r.k]
	return runAt(ws, i, p.parts[0]) && p.rest(ws, i+len(p.parts[0]), 1)
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
