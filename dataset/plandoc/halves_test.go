package plandoc

import (
	"slices"
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

// TestPartCuts checks where the runs of lines inParts cuts a text into
// start and end: each line in the run its middle byte falls in, every
// line in one run.
func TestPartCuts(t *testing.T) {
	tests := []struct {
		lines []string
		n     int
		want  []int
	}{
		{nil, 2, []int{0, 0, 0}},
		{[]string{"abcd"}, 2, []int{0, 0, 1}},
		{[]string{"ab", "cd"}, 2, []int{0, 1, 2}},
		{[]string{"abcdef", "a", "b"}, 2, []int{0, 1, 3}},
		{[]string{"a", "b", "cdefgh"}, 2, []int{0, 2, 3}},
		{[]string{"", "", ""}, 2, []int{0, 0, 3}},
		{[]string{"ab", "cd", "ef"}, 3, []int{0, 1, 2, 3}},
		{[]string{"ab", "cd", "ef", "gh"}, 1, []int{0, 4}},
		{[]string{"abcdefghijkl", "a", "b", "c"}, 4, []int{0, 0, 1, 1, 4}},
	}
	for _, tt := range tests {
		got := partCuts(tt.lines, tt.n)
		if !slices.Equal(got, tt.want) {
			t.Errorf("partCuts(%q, %d) = %v, want %v", tt.lines, tt.n, got, tt.want)
		}
	}
}

// TestInPartsCoversLines checks that the parts inParts runs cover every
// line once, in order, however many parts there are.
func TestInPartsCoversLines(t *testing.T) {
	lines := strings.Split("a bb ccc dddd eeeee ffffff g hh iii jjjj", " ")
	for n := 1; n <= 12; n++ {
		seen := make([][]int, n)
		inParts(lines, n, func(part, from, to int) {
			for i := from; i < to; i++ {
				seen[part] = append(seen[part], i)
			}
		})
		var all []int
		for _, s := range seen {
			all = append(all, s...)
		}
		for i := range lines {
			if i >= len(all) || all[i] != i {
				t.Fatalf("%d parts: lines covered %v, want each of 0-%d once in order", n, all, len(lines)-1)
			}
		}
		if len(all) != len(lines) {
			t.Fatalf("%d parts: lines covered %v", n, all)
		}
	}
}
