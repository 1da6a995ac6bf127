package vntext

import (
	"sort"
	"strings"
)

// Suggest returns the candidates that name is probably a misspelling of,
// closest first, at most max of them: those whose folded form (Fold: no
// diacritics, lower case) is within an edit distance of about a third of
// its length from name's ("Nghe Anh" → "Nghệ An"). A province name or
// alias that the register knows is first compared as its canonical name.
func Suggest(name string, candidates []string, max int) []string {
	want := Fold(NFC(strings.TrimSpace(name)))
	if c, ok := CanonicalProvince(name); ok {
		want = Fold(c)
	}
	type scored struct {
		s    string
		dist int
	}
	var found []scored
	seen := map[string]bool{}
	for _, c := range candidates {
		if seen[c] {
			continue
		}
		seen[c] = true
		f := Fold(NFC(c))
		limit := max3(len([]rune(f))/3, 2)
		if d := editDistance(want, f); d <= limit {
			found = append(found, scored{c, d})
		} else if want != "" && (strings.Contains(f, want) || strings.Contains(want, f)) {
			found = append(found, scored{c, limit + 1})
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].dist < found[j].dist })
	var out []string
	for i := 0; i < len(found) && i < max; i++ {
		out = append(out, found[i].s)
	}
	return out
}

// SuggestProvince returns the provinces (names valid in any year) that
// name is probably a misspelling of, closest first, at most max.
func SuggestProvince(name string, max int) []string {
	all := append(OldProvinces(), NewProvinces()...)
	return Suggest(name, all, max)
}

func max3(a, b int) int {
	if a > b {
		return a
	}
	return b
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
