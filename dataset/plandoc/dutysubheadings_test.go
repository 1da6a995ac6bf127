package plandoc

import "testing"

// TestLetteredBodyHeadings covers a duties section whose numbered items
// are topics or groups and whose lettered or sub-numbered lines only name
// a body ("a) Tổ đảng ở Thường trực Ủy ban KH,CN&MT", in bold or not, "a)
// Sở Nội vụ:", "1.1. Sở Tài chính", "*2.1. Sở" / "Tài chính:*"):
// the body leads the dashed duties under it, a comma inside an
// abbreviation does not split it, and a topic made of duty verbs
// ("1. Tuyên truyền, quán triệt, nâng cao nhận thức …") names no agency.
// The dashes may be Markdown bullets ("*   …").
func TestLetteredBodyHeadings(t *testing.T) {
	const head = "KẾ HOẠCH\nTriển khai năm 2025\n\nII. PHÂN CÔNG NHIỆM VỤ\n\n"
	tests := []struct {
		name, body string
		want       []taskSummary
	}{
		{"plain lettered bodies",
			"1. Các cơ quan của Quốc hội\n\na) Tổ đảng ở Thường trực Ủy ban KH,CN&MT\n\n- Chủ trì thẩm tra các dự án luật.\n- Chủ trì giám sát việc thực hiện Chiến lược.\n\nb) Tổ đảng ở Thường trực Ủy ban Pháp luật\n\n- Tham gia thẩm tra chính sách.\n",
			[]taskSummary{{10, "", []string{"Tổ đảng ở Thường trực Ủy ban KH,CN&MT"}}, {11, "", []string{"Tổ đảng ở Thường trực Ủy ban KH,CN&MT"}},
				{15, "", []string{"Tổ đảng ở Thường trực Ủy ban Pháp luật"}}}},
		{"bold lettered bodies with a colon, Markdown bullets",
			"1. Các sở, ngành\n\n**a) Sở Nội vụ:**\n\n*   Chủ trì thẩm định đề án vị trí việc làm.\n*   Tổng hợp báo cáo kết quả.\n\n**b) Sở Tư pháp:**\n\n*   Rà soát văn bản quy phạm pháp luật.\n",
			[]taskSummary{{10, "", []string{"Sở Nội vụ"}}, {11, "", []string{"Sở Nội vụ"}}, {15, "", []string{"Sở Tư pháp"}}}},
		{"sub-numbered bodies under the units' duties",
			"1. Trách nhiệm của các đơn vị\n\n1.1. Sở Tài chính\n\n- Chủ trì tổ chức đào tạo về đấu thầu.\n\n- Tăng cường kiểm tra hoạt động đấu thầu.\n\n1.2. Sở Nội vụ\n\n- Theo dõi, đôn đốc việc thực hiện kế hoạch.\n",
			[]taskSummary{{10, "", []string{"Sở Tài chính"}}, {12, "", []string{"Sở Tài chính"}}, {16, "", []string{"Sở Nội vụ"}}}},
		{"sub-numbered bodies in italics broken over lines, a duty in a paragraph",
			"**2. Trách nhiệm của các đơn vị:**\n\n*2.1. Sở\nTài chính:*\n\nChủ trì tổ chức đào tạo về đấu thầu.\n\n*2.2. Sở Nội vụ:*\n\n- Theo dõi, đôn đốc việc thực hiện kế hoạch.\n",
			[]taskSummary{{11, "", []string{"Sở Tài chính"}}, {15, "", []string{"Sở Nội vụ"}}}},
		{"a lettered body whose name and duty go on at the next line",
			"1. Các địa phương\n\na) Ủy ban nhân dân các địa phương có nông sản xuất\nkhẩu qua biên giới thường xuyên cập nhật thông tin từ các tỉnh biên giới.\n",
			[]taskSummary{{8, "", []string{"UBND các địa phương có nông sản xuất khẩu qua biên giới"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, head+tc.body), tc.want)
		})
	}
	t.Run("a topic made of duty verbs names no agency", func(t *testing.T) {
		d := parseText(t, head+"1. Tuyên truyền, quán triệt, nâng cao nhận thức về chuyển đổi số\n\n- Tổ chức hội nghị quán triệt Nghị quyết.\n")
		if len(d.Tasks) == 0 {
			t.Fatal("no task")
		}
		for _, k := range d.Tasks {
			if len(k.Lead) > 0 {
				t.Errorf("task at line %d led by %q", k.Source.Line, k.Lead)
			}
		}
	})
}
