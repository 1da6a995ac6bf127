package plandoc

import (
	"slices"
	"testing"
)

// TestHeadingLevelAndFirstYear covers a decision that assigns counts per
// level and per year: the heading that names a level ("2. Chuyển đổi số
// cấp xã") gives it to the counts under it, and the stage of the year the
// decision was issued in is an aim of the period its title opens with.
// Negatives: a heading naming two levels gives none; a plan for one year
// issued the year before still reports that year's stage as a result.
func TestHeadingLevelAndFirstYear(t *testing.T) {
	decision := "Ngày 18/3/2022, Chủ tịch UBND tỉnh Thanh Hóa ban hành Quyết định số 969/QĐ-UBND về việc giao chỉ tiêu thực hiện chuyển đổi số cấp huyện, cấp xã trên địa bàn tỉnh Thanh Hóa giai đoạn 2022-2025. Cụ thể như sau\n\n"
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
	}{
		{"levels from the headings, the first year of the period kept",
			decision + "1. Chuyển đổi số cấp huyện\n\nĐến năm 2025, hoàn thành chuyển đổi số tại 12 huyện, thị xã, thành phố.\n\n2. Chuyển đổi số cấp xã\n\nSố xã hoàn thành chuyển đổi số theo từng năm, cụ thể như sau:\n\n- Năm 2022: 94 xã, phường, thị trấn.\n\n- Năm 2023: 132 xã, phường, thị trấn.\n",
			[]string{"11|=|94|commune|2022", "13|=|132|commune|2023"}},
		// negatives
		{"a heading of two levels gives none",
			decision + "1. Chuyển đổi số cấp huyện, cấp xã\n\nSố xã hoàn thành chuyển đổi số theo từng năm, cụ thể như sau:\n\n- Năm 2022: 94 xã, phường, thị trấn.\n",
			[]string{"7|=|94||2022"}},
		{"a plan for the next year reports the year of issue as done",
			"Số: 12/KH-UBND\nGia Lai, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC TIÊU\n\n1. Cải cách thủ tục hành chính cấp xã\n\n- Năm 2025: tỷ lệ hồ sơ trực tuyến đạt 60%.\n\n- Năm 2026: tỷ lệ hồ sơ trực tuyến đạt 80%.\n",
			[]string{"12|>=|80|commune|2026"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetSummaries(parseText(t, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
		})
	}
}
