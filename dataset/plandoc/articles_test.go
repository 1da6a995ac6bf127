package plandoc

import "testing"

// TestArticleDuties covers the articles of a decision that give bodies
// their duties: after a bracketed line ("(Có kế hoạch … kèm theo)"), with
// a basis before the bodies ("Căn cứ các chỉ tiêu kế hoạch giao, …"), and
// the closing article, which gives none.
func TestArticleDuties(t *testing.T) {
	const head = "ỦY BAN NHÂN DÂN TỈNH LAI CHÂU\nSố: 3068/QĐ-UBND\nLai Châu, ngày 09 tháng 12 năm 2025\nQUYẾT ĐỊNH\nGiao kế hoạch phát triển kinh tế - xã hội 5 năm\nQUYẾT ĐỊNH:\nĐiều 1. Giao kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026- 2030, cụ thể như sau:\n"
	const closing = "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết định này.\n"
	bodies := []string{"Các sở, ban, ngành, đoàn thể tỉnh", "UBND các xã, phường"}
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"an article after a bracketed line",
			head + "(Có kế hoạch và các biểu chi tiết kèm theo)\nĐiều 2. Các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các xã, phường triển khai giao chỉ tiêu kế hoạch cho các đơn vị; báo cáo về Ủy ban nhân dân tỉnh trước ngày 31/01/2026.\n" + closing,
			[]taskSummary{{9, "", bodies}}},
		{"a basis before the bodies",
			head + "Điều 2. Căn cứ các chỉ tiêu kế hoạch giao, các sở, ban, ngành, đoàn thể tỉnh, Ủy ban nhân dân các xã, phường triển khai giao chỉ tiêu kế hoạch cho các đơn vị; báo cáo về Ủy ban nhân dân tỉnh trước ngày 31/01/2026.\n" + closing,
			[]taskSummary{{8, "", bodies}}},
		{"the closing article alone", head + closing, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}
