package vntext

import (
	"strings"
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
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !nfcStable(r) {
			return false
		}
		i += n
	}
	return true
}

// nfcStable reports whether r is one of the runes plainNFC accepts.
func nfcStable(r rune) bool {
	return r < 0x300 || (r >= 0x1e00 && r <= 0x1eff) || (r >= 0x2010 && r <= 0x20cf)
}

// Fold returns s lower-cased with Vietnamese diacritics removed and runs of
// white space collapsed to one space: "Hà Tĩnh" → "ha tinh", "Đà Nẵng" →
// "da nang". It is the key cchc matches names and phrases on.
func Fold(s string) string {
	if isASCII(s) {
		return foldASCII(s)
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
