package plandoc

import "testing"

// TestProseYearOthersPlan covers the year of a plan the opening lines name
// as the plans of several bodies ("Kế hoạch kiểm tra công tác CCHC năm
// 2026 của các đơn vị thuộc Bộ"): it is not the text's year. Positives: a
// plan of one body keeps its year.
func TestProseYearOthersPlan(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "inspection plans of the units",
			text: "Kế hoạch nêu rõ những nhiệm vụ trọng tâm CCHC, cụ thể:\nBan hành và tổ chức thực hiện có hiệu quả Kế hoạch kiểm tra công tác CCHC năm 2026 của các đơn vị thuộc Bộ Tư pháp.\n",
			typ:  "KH", year: 0},
		{name: "plans of the departments, other year",
			text: "Kế hoạch xác định các nhiệm vụ, cụ thể:\nXây dựng kế hoạch tuyên truyền năm 2025 của các sở, ngành và địa phương.\n",
			typ:  "KH", year: 0},
		// positives: one body's plan keeps its year
		{name: "plan of the provincial committee",
			text: "UBND tỉnh Nghệ An vừa ban hành Kế hoạch cải cách hành chính năm 2026 của tỉnh với nhiều nhiệm vụ trọng tâm.\n",
			typ:  "KH", issuer: "UBND tỉnh Nghệ An", province: "Nghệ An", year: 2026},
		{name: "plan for a year of one body",
			text: "UBND tỉnh Sơn La ban hành Kế hoạch chuyển đổi số năm 2025 của UBND tỉnh, đặt mục tiêu 100% hồ sơ được số hoá.\n",
			typ:  "KH", issuer: "UBND tỉnh Sơn La", province: "Sơn La", year: 2025},
	})
}
