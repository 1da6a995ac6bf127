package plandoc

import (
	"slices"
	"testing"
)

// TestFigureOfAimInParens: parentheses that hold only a value right after
// an aim noun give the aim's figure ("vượt mục tiêu Chính phủ giao
// (10%)": more than 10%, "đạt chỉ tiêu được giao (95%)": 95%, a bare planned figure); other
// parentheses stay asides.
func TestFigureOfAimInParens(t *testing.T) {
	tests := []struct {
		name string
		item string // an item of the targets section
		want []string
	}{
		{"exceed the aim",
			"3. Tập trung lãnh đạo, chỉ đạo để hoàn thành cao nhất\ncác chỉ tiêu, nhiệm vụ phát triển kinh tế - xã hội năm 2025, trong đó phấn đấu\ntăng trưởng kinh tế vượt mục tiêu Chính phủ giao (10%); tăng thu ngân sách nhà\nnước (phấn đấu đạt và vượt dự toán trung ương giao và dự toán tỉnh giao).",
			[]string{"> 10 percent 2025"}},
		{"reach the aim",
			"1.1. Tỷ lệ hồ sơ giải quyết đúng hạn đạt chỉ tiêu được giao (95%).",
			[]string{"= 95 percent 2025"}},
		// Asides.
		{"a share in parentheses",
			"1.1. Phấn đấu 28 trạm 5G trên nền hạ tầng 3G/4G (chiếm 32,2%).",
			[]string{">= 28 count 2025"}},
		{"a value in parentheses after another noun",
			"1.1. Tỷ lệ hồ sơ trực tuyến đạt 80% (năm 2024 là 65%).",
			[]string{">= 80 percent 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, planWith(tc.item)).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
