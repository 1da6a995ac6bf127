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

// foldReference is Fold without its ASCII shortcut.
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

func BenchmarkFold(b *testing.B) {
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			Fold("Ba Ria - Vung Tau")
		} else {
			Fold("Bà Rịa - Vũng Tàu")
		}
	}
}
