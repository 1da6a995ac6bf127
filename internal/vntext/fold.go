package vntext

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// NFC returns s in Unicode normalisation form C, the form cchc keeps all
// text in (decomposed Vietnamese compares unequal and draws badly).
func NFC(s string) string {
	if plainNFC(s) || norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// plainNFC reports whether s holds only runes that are in NFC whatever
// stands next to them: ASCII, the Latin letters below U+0300, the
// precomposed Vietnamese letters (U+1E00..U+1EFF) and the punctuation and
// currency signs of U+2010..U+20CF (dashes, quotes, "…", "€"). Each is a
// starter that nothing composes with, so a string of them is NFC. It is a
// quick test for the text cchc reads, which is nearly always such;
// norm.NFC.IsNormalString decides the rest.
func plainNFC(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		// The common letters without decoding them: U+0080..U+02FF (lead
		// bytes C2..CB) and U+1E00..U+1EFF (E1 B8..BB).
		if i+1 < len(s) && s[i+1]&0xc0 == 0x80 {
			if c >= 0xc2 && c <= 0xcb {
				i += 2
				continue
			}
			if c == 0xe1 && s[i+1] >= 0xb8 && s[i+1] <= 0xbb && i+2 < len(s) && s[i+2]&0xc0 == 0x80 {
				i += 3
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !NFCStable(r) {
			return false
		}
		i += n
	}
	return true
}

// NFCStable reports whether r is one of the runes plainNFC accepts: a
// rune that is in NFC whatever stands next to it.
func NFCStable(r rune) bool {
	return r < 0x300 || (r >= 0x1e00 && r <= 0x1eff) || (r >= 0x2010 && r <= 0x20cf)
}

// Fold returns s lower-cased with Vietnamese diacritics removed and runs of
// white space collapsed to one space: "Hà Tĩnh" → "ha tinh", "Đà Nẵng" →
// "da nang". It is the key cchc matches names and phrases on.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
	}
	if plainNFC(s) {
		return foldStable(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case r == 'đ' || r == 'Đ':
			r = 'd'
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldASCII is Fold for ASCII text, which has no marks to remove: lower
// case, white space collapsed and trimmed.
func foldASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case ' ', '\t', '\n', '\v', '\f', '\r':
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}

// foldStable is Fold for text of the runes NFCStable accepts, through a
// table of their folded forms: each such rune decomposes into one base
// rune and combining marks (Mn), so folding it alone gives what folding
// the decomposed text gives.
func foldStable(s string) string {
	tab := stableFolds()
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		var r rune
		if c := s[i]; c < utf8.RuneSelf {
			i++
			if c > ' ' {
				// Printable ASCII, no white space: its fold is its lower
				// case, as the table has it.
				if 'A' <= c && c <= 'Z' {
					c += 'a' - 'A'
				}
				if space {
					b.WriteByte(' ')
					space = false
				}
				b.WriteByte(c)
				continue
			}
			r = rune(c)
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(s[i:])
			i += n
		}
		r = tab[stableIndex(r)]
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// stableIndex maps a rune NFCStable accepts to its entry in stableFolds.
func stableIndex(r rune) int {
	switch {
	case r < 0x300:
		return int(r)
	case r < 0x2010:
		return 0x300 + int(r-0x1e00)
	}
	return 0x400 + int(r-0x2010)
}

// stableFolds is the table foldStable reads: for each rune NFCStable
// accepts, its base rune (the decomposition without combining marks) in
// lower case, with 'đ' and 'Đ' as 'd'. It is built on first use and only
// read.
var stableFolds = sync.OnceValue(func() []rune {
	tab := make([]rune, 0x400+0x20d0-0x2010)
	add := func(from, to rune) {
		for r := from; r < to; r++ {
			f := r
			for _, x := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, x) {
					f = x
					break
				}
			}
			if f == 'đ' || f == 'Đ' {
				f = 'd'
			}
			tab[stableIndex(r)] = unicode.ToLower(f)
		}
	}
	add(0, 0x300)
	add(0x1e00, 0x1f00)
	add(0x2010, 0x20d0)
	return tab
})
