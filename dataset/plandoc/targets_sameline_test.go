package plandoc

import (
	"slices"
	"testing"
)

// TestSameLineOtherSubjects: two values of one line with the same metric
// and value but other subjects ("mức độ hài lòng của người dân … về thủ
// tục hành chính đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối
// với sự phục vụ … đạt trên 80%") are two aims: a line does not restate
// its own aims in other words. The same aim on two lines is listed once.
func TestSameLineOtherSubjects(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two satisfaction aims on one line",
			"Mục tiêu cụ thể:\n- 100% thủ tục hành chính từ cấp xã đến cấp tỉnh được quy trình hóa theo tiêu chuẩn chất lượng ISO 9001:2015; đảm bảo mức độ hài lòng của người dân và doanh nghiệp về thủ tục hành chính đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt trên 80%;\n",
			[]string{"= 100 percent 0", "> 80 percent 0", "> 80 percent 0"}},
		{"one aim on two lines",
			"Chính phủ đặt mục tiêu, năm 2025 mức độ hài lòng của người dân và doanh nghiệp về thủ tục hành chính đạt trên 80%.\n" +
				"Chính phủ đặt mục tiêu, năm 2025 mức độ hài lòng của người dân và doanh nghiệp về thủ tục hành chính đạt trên 80%.\n",
			[]string{"> 80 percent 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, tc.text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}

// TestNumberedItemsNotRestated: two numbered items of one list that open
// with the same words ("1. 100% đội ngũ cán bộ, công chức xây dựng chính
// sách, pháp luật … có trình độ …", "5. 100% đội ngũ cán bộ, công chức xây
// dựng chính sách, pháp luật được tập huấn …") are two aims; a headline
// without a number that opens with the words of an item restates it.
func TestNumberedItemsNotRestated(t *testing.T) {
	const items = "**1. **100% đội ngũ cán bộ, công\nchức xây dựng chính sách, pháp luật trên địa bàn tỉnh có trình độ đại học Luật\nhoặc chuyên ngành luật trở lên.\n\n" +
		"**5. **100% đội ngũ cán bộ,\ncông chức xây dựng chính sách, pháp luật được tập huấn, bồi dưỡng và cung cấp\ntài liệu để nâng cao trình độ, kỹ năng xây dựng chính sách, pháp luật.\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two items, same opening words",
			"Nâng cao năng lực cho đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật\ntrên địa bàn tỉnh giai đoạn 2026 - 2030 như sau:\n\n**II. MỤC TIÊU\nCHỦ YẾU**\n\n" + items,
			[]string{"= 100 percent 0", "= 100 percent 0"}},
		{"a headline restates an item",
			"Năm 2026: 100% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh có trình độ đại học\n\n" +
				"Mục tiêu năm 2026:\n1. 100% đội ngũ cán bộ, công chức xây dựng chính sách, pháp luật trên địa bàn tỉnh có trình độ đại học Luật hoặc chuyên ngành luật trở lên.\n",
			[]string{"= 100 percent 2026"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, tc.text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
