package plandoc

import "testing"

// TestConclusionsRequests: a notice of a leader's conclusions, or a
// report of one, sets its tasks with "đề nghị": each request is a task
// led by the body asked ('Thường trực Tỉnh ủy Lào Cai', the province kept
// with the party committee it names). A body's proposal to another in a
// text that records no conclusions is no task.
func TestConclusionsRequests(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"a report of a notice of conclusions",
			"Văn phòng Chính phủ có Thông báo số 608/TB-VPCP ngày 11/11/2025 kết luận của Phó Thủ tướng tại buổi làm việc với tỉnh Lào Cai.\n\n" +
				"Phó Thủ tướng đề nghị Thường trực Tỉnh ủy Lào Cai tập trung lãnh đạo, chỉ đạo thực hiện quyết liệt các nhiệm vụ năm 2025.\n",
			[]taskSummary{{3, "", []string{"Thường trực Tỉnh ủy Lào Cai"}}}},
		{"a proposal outside conclusions",
			"Tại hội nghị, Sở Nội vụ đề nghị UBND tỉnh xem xét, phê duyệt kế hoạch tuyển dụng năm 2026.\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestCarriedSentences: the sentences of a paragraph of duties that names
// no body, under a request to all units: each that opens with a duty's
// verb is a task of its own, the others go on with the one before; all
// units asked ('các cấp, ngành, địa phương') lead them. A sentence that
// opens with 'Theo đó,' still gives the body named after it its duty.
func TestCarriedSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"sentences of duties under a request",
			"Ủy ban nhân dân tỉnh yêu cầu các cấp, ngành, địa phương thực hiện nghiêm các kết luận hằng tháng.\n" +
				"Triển khai thực hiện Kết luận số 121-KL/TW của Ban Chấp hành Trung ương. Tiếp tục thực hiện tinh gọn tổ chức, bộ máy. Trong năm, việc này được theo dõi hằng quý.\n" +
				"Đẩy nhanh thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
			[]taskSummary{{1, "", []string{"Các cấp, ngành, địa phương"}}, {2, "", []string{"Các cấp, ngành, địa phương"}},
				{2, "", []string{"Các cấp, ngành, địa phương"}}, {3, "", []string{"Các cấp, ngành, địa phương"}}}},
		{"'Theo đó,' before the body given its duty",
			"Chính phủ yêu cầu các bộ, ngành tập trung điều hành kinh tế vĩ mô.\n\n" +
				"Theo đó, các tỉnh, thành phố được giao rà soát, xây dựng kịch bản tăng trưởng GRDP theo từng quý.\n",
			[]taskSummary{{1, "", []string{"Các bộ, ngành"}}, {3, "", []string{"Các tỉnh, thành phố"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}
