package plandoc

import (
	"slices"
	"testing"
)

// TestLevelAfterFirstValue covers a lettered target that states a second
// value for one level after a semicolon ("b) Tối thiểu 80% hồ sơ …; cấp
// xã đạt tối thiểu 70%"): the first value is of every level, the second
// of the level it names with the first's subject; the line is no heading
// that gives its level to itself. Negative: a heading that names a level
// before any value ("2. Cấp xã:") still gives it to the values under it.
func TestLevelAfterFirstValue(t *testing.T) {
	head := "Số: 215/KH-UBND\nPhú Thọ, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nII. MỤC TIÊU, CHỈ TIÊU\n"
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
		subjects   []string
	}{
		{"a level after the first value",
			head + "a) Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 60%.\nb) Tối thiểu 80% hồ sơ được số hóa kết quả giải quyết TTHC; cấp xã đạt tối thiểu 70%.\n",
			[]string{"7|>=|60||2026", "8|>=|80||2026", "8|>=|70|commune|2026"},
			[]string{"Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "hồ sơ được số hóa kết quả giải quyết TTHC", "hồ sơ được số hóa kết quả giải quyết TTHC cấp xã"}},
		// negatives
		{"a heading's level before its values",
			head + "1. Cấp xã:\na) Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 60%.\n",
			[]string{"8|>=|60|commune|2026"},
			[]string{"Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			if got := targetSummaries(d); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
			var subjects []string
			for _, tg := range d.Targets {
				subjects = append(subjects, tg.Subject)
			}
			if !slices.Equal(subjects, tc.subjects) {
				t.Errorf("subjects = %q, want %q", subjects, tc.subjects)
			}
		})
	}
}
