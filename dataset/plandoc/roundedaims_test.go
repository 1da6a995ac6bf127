package plandoc

import (
	"slices"
	"testing"
)

// TestRoundedAlike: two values differ only by rounding when the one with
// more decimals, rounded to the other's, is the other.
func TestRoundedAlike(t *testing.T) {
	for _, tc := range []struct {
		a, b float64
		want bool
	}{
		{10.7, 10.71, true},
		{10.71, 10.7, true},
		{11, 10.71, true},
		{95, 95, true},
		{10.7, 10.8, false},
		{10, 12, false},
		{10.71, 10.72, false},
	} {
		if got := roundedAlike(tc.a, tc.b); got != tc.want {
			t.Errorf("roundedAlike(%g, %g) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestAimsToTheHundredth: a figure stated to the hundredth is read as an
// aim when the sentence sets it as one ("đề ra mục tiêu tăng trưởng từ
// 10,71%", "phấn đấu khu vực II tăng 21,52%"), not when it reports one
// ("tỷ lệ … đạt 88,37%"); the same aim stated again with its figure
// rounded ("10,7%" / "10,71%") is kept once, with a finding.
func TestAimsToTheHundredth(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"aims to the hundredth", "Năm 2026, An Giang đề ra mục tiêu tăng trưởng từ 10,71% và phấn đấu trên 11%. Cụ thể, tỉnh phấn đấu khu vực II tăng 21,52% và khu vực III tăng 11,25%.\n",
			[]string{"1|>=|10.71||2026", "1|>|11||2026", "1|>=|21.52||2026", "1|>=|11.25||2026"}},
		{"a result to the hundredth", "Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn của tỉnh đạt 88,37%.\n", nil},
		{"an aim restated rounded otherwise", "Năm 2026, Ban Chấp hành Đảng bộ tỉnh An Giang phấn đấu tốc độ tăng trưởng kinh tế đạt từ 10,7% trở lên.\n\nBan Chấp hành Đảng bộ tỉnh phấn đấu thực hiện đạt một số chỉ tiêu chủ yếu: tổng thu ngân sách đạt 32.362 tỷ đồng; tăng trưởng kinh tế đạt 10,71% trở lên.\n",
			[]string{"1|>=|10.7||2026", "3|>=|3.2362e+13||2026"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			if got := targetSummaries(d); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
			if tc.name == "an aim restated rounded otherwise" && !hasKind(d.Findings, "conflict") {
				t.Errorf("no conflict finding: %v", d.Findings)
			}
		})
	}
}
