package vntext

import (
	"strings"
	"unicode"
)

// Key is the form header names and code words are matched on: folded
// (lower case, no diacritics) with every run of characters other than
// letters and digits turned into one "_", none at either end:
// "Rank (if any)" → "rank_if_any", "Tỉnh/TP" → "tinh_tp", "Năm" → "nam".
func Key(s string) string {
	f := Fold(NFC(s))
	var b strings.Builder
	b.Grow(len(f))
	under := false
	for _, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if under && b.Len() > 0 {
				b.WriteByte('_')
			}
			under = false
			b.WriteRune(r)
			continue
		}
		under = true
	}
	return b.String()
}
