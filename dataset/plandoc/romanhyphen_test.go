package plandoc

import "testing"

// TestRomanHeadingWithHyphen: a Roman numeral closed by a hyphen ("III-
// NHIỆM VỤ, GIẢI PHÁP", as a Party resolution prints its sections) opens
// a section as "III." does; a hyphenated word is no numeral.
func TestRomanHeadingWithHyphen(t *testing.T) {
	for _, tc := range []struct {
		line  string
		level int
	}{
		{"III- NHIỆM VỤ, GIẢI PHÁP", 1},
		{"IV – TỔ CHỨC THỰC HIỆN", 1},
		{"III. NHIỆM VỤ, GIẢI PHÁP", 1},
		{"IT-Cán bộ", 0},
	} {
		if level, _ := headingAt(tc.line, ocrKey(tc.line)); level != tc.level {
			t.Errorf("headingAt(%q) level %d, want %d", tc.line, level, tc.level)
		}
		if got := tkRomanHead.MatchString(tc.line); got != (tc.level == 1) {
			t.Errorf("tkRomanHead(%q) = %v", tc.line, got)
		}
	}
}
