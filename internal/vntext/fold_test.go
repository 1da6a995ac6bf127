package vntext

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestFold(t *testing.T) {
	tests := map[string]string{
		"Hà Tĩnh":              "ha tinh",
		"Đà Nẵng":              "da nang",
		"  HÀ   TĨNH  ":        "ha tinh",
		"Thừa Thiên\tHuế":      "thua thien hue",
		"Ha\u0300 Ti\u0303nh":  "ha tinh",
		"ĐẮK LẮK":              "dak lak",
		"Ư Ơ Ă Â Ê Ô":          "u o a a e o",
		"Sở Nội vụ\r\n":        "so noi vu",
		"TP.HCM":               "tp.hcm",
		"  Ha\t\nTinh ":        "ha tinh",
		"":                     "",
		"   ":                  "",
		"Bà Rịa\u00a0Vũng Tàu": "ba ria vung tau",
	}
	for in, want := range tests {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestNFC(t *testing.T) {
	if got := NFC("Ha\u0300 Ti\u0303nh"); got != "Hà Tĩnh" {
		t.Errorf("NFC = %q", got)
	}
	if s := "Hà Tĩnh"; NFC(s) != s {
		t.Errorf("NFC changed an NFC string")
	}
}

// TestNFCStable checks the runes NFC's quick test accepts: each is in NFC
// on its own and is a starter that no rune before it composes with, so any
// string of them is in NFC.
func TestNFCStable(t *testing.T) {
	for r := rune(0); r <= 0x20cf; r++ {
		if !NFCStable(r) || (r >= 0xd800 && r <= 0xdfff) {
			continue
		}
		s := string(r)
		p := norm.NFC.PropertiesString(s)
		if !norm.NFC.IsNormalString(s) || p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("%U is accepted by the quick NFC test but is not a stable starter", r)
		}
	}
}

// TestNFCQuick compares NFC with the norm package on strings of the runes
// the quick test accepts and of those it does not.
func TestNFCQuick(t *testing.T) {
	for _, s := range []string{
		"Hà Tĩnh", "“Ủy ban” – 100% …", "\u20ac 5", "A\u0300", "Ha\u0300 Ti\u0303nh",
		"e\u0301\u0323", "\u2000x", "\u1f71", "\xff\xfe", "ạ\u0302", "\u1100\u1161",
		"Ð ð đ Đ ơ ư", "\u00a0\u2011\u20cf\u20d0", "\xe1\xbb", "a\xc3", "\xe1\xb8A", "\xc3\xc3\xa0", "\xcb\xbf\xcc\x80",
	} {
		if got, want := NFC(s), norm.NFC.String(s); got != want {
			t.Errorf("NFC(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestFoldStable checks Fold's table against the reference for every rune
// the table holds, alone and between letters.
func TestFoldStable(t *testing.T) {
	for r := rune(0); r <= 0x20cf; r++ {
		if !NFCStable(r) {
			continue
		}
		for _, s := range []string{string(r), "A" + string(r) + "b", "ạ " + string(r) + "\u00a0ễ"} {
			if got, want := Fold(s), foldReference(s); got != want {
				t.Errorf("Fold(%q) = %q, reference %q", s, got, want)
			}
		}
	}
}

// foldReference is Fold without its shortcuts (ASCII, table of stable runes).
func foldReference(s string) string {
	var b strings.Builder
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

// FuzzFold checks that the ASCII shortcut gives what the general path gives.
func FuzzFold(f *testing.F) {
	for _, s := range []string{"Ha Tinh", "  A\tB\v\fC ", "Hà Tĩnh", "TP.HCM", "\x85x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldReference(s); got != want {
			t.Fatalf("Fold(%q) = %q, reference %q", s, got, want)
		}
	})
}

// FuzzNFC checks that the quick test gives what the norm package gives.
func FuzzNFC(f *testing.F) {
	for _, s := range []string{"Hà Tĩnh", "Ha\u0300", "“x” – €", "\u2000", "\xffa"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := s
		if !norm.NFC.IsNormalString(s) {
			want = norm.NFC.String(s)
		}
		if got := NFC(s); got != want {
			t.Fatalf("NFC(%q) = %q, reference %q", s, got, want)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			Fold("Ba Ria - Vung Tau")
		} else {
			Fold("Bà Rịa - Vũng Tàu")
		}
	}
}
