package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// TestPlainNFCHalves checks that checking the two halves of a text at
// once gives what checking the whole text gives, wherever the character
// that fails a check stands.
func TestPlainNFCHalves(t *testing.T) {
	body := strings.Repeat("Kế hoạch cải cách hành chính năm 2026\n", 20)
	decomposed := "Ke\u0302\u0301 hoa\u0323ch" // "Kế hoạch" not in NFC
	tests := []struct {
		name string
		text string
	}{
		{"plain NFC", body},
		{"no line feed", "Kế hoạch"},
		{"decomposed first half", decomposed + "\n" + body},
		{"decomposed second half", body + decomposed + "\n"},
		{"control first half", "a\x01b\n" + body},
		{"control second half", body + "a\x01b\n"},
		{"C1 second half", body + "a\u0085b"},
		{"bad UTF-8 second half", body + "a\xffb"},
		{"NFC runes outside the stable ones", body + "Ω ≥ 中 \U0001F600\n"},
		{"line feed at the end only", strings.Repeat("x", 100) + "\n"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantPlain := plainText(tt.text)
			wantNFC := wantPlain && vntext.NFC(tt.text) == tt.text
			plain, isNFC := plainNFC(tt.text)
			if plain != wantPlain || isNFC != wantNFC {
				t.Errorf("plainNFC = %v, %v; want %v, %v", plain, isNFC, wantPlain, wantNFC)
			}
		})
	}
}

// TestFoldLinesHalves checks that folding the halves of a page at once
// gives each line the fold and key of the line alone.
func TestFoldLinesHalves(t *testing.T) {
	lines := []string{"KẾ HOẠCH", "", "Cải cách hành chính", "plain ascii", "Tỷ lệ 95%", "x", "Đạt từ 95% trở lên"}
	for n := 0; n <= len(lines); n++ {
		p := newPage(lines[:n])
		for i, l := range lines[:n] {
			if p.fold[i] != foldKeep(l) {
				t.Errorf("%d lines: fold of %q = %q, want %q", n, l, p.fold[i], foldKeep(l))
			}
			if want := string(appendOCRKey(nil, foldKeep(l))); p.key[i] != want {
				t.Errorf("%d lines: key of %q = %q, want %q", n, l, p.key[i], want)
			}
		}
	}
}

// TestHalfBytes checks where a text's second half starts.
func TestHalfBytes(t *testing.T) {
	tests := []struct {
		lines []string
		want  int
	}{
		{nil, 0},
		{[]string{"abcd"}, 0},
		{[]string{"ab", "cd"}, 1},
		{[]string{"abcdef", "a", "b"}, 1},
		{[]string{"a", "b", "cdefgh"}, 2},
		{[]string{"", "", ""}, 0},
	}
	for _, tt := range tests {
		if got := halfBytes(tt.lines); got != tt.want {
			t.Errorf("halfBytes(%q) = %d, want %d", tt.lines, got, tt.want)
		}
	}
}
