package plandoc

import (
	"slices"
	"testing"
)

// TestRequestedDutiesTargets: the items under a request that ends in
// "sau:" ("… yêu cầu Bộ trưởng, … thực hiện một số nhiệm vụ cụ thể như
// sau:"), a sentence that may be wrapped over lines, are duties: their
// values are read as a task's ("hoàn thành sửa đổi, bổ sung 485 văn bản"),
// under headings that name no role too. A "sau:" whose sentence makes no
// request, with a request only in an earlier sentence, introduces no
// duties: the results it lists stay results.
func TestRequestedDutiesTargets(t *testing.T) {
	const directive = "Số: 12/CT-TTg\nHà Nội, ngày 28 tháng 5 năm 2025\nCHỈ THỊ\nVề cắt giảm thủ tục hành chính\n" +
		"Để bảo đảm cắt giảm thực chất, hiệu quả TTHC, ĐKKD\nđạt mục tiêu theo đúng chỉ đạo của Bộ Chính trị, Chính phủ, Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang\n" +
		"bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập\ntrung hoàn thành ngay một số nhiệm vụ cụ thể như sau:\n" +
		"**I. VỀ HOÀN THIỆN THỂ CHẾ**\n1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a count of a duty, wrapped lead-in, heading between",
			directive + "Tập trung chỉ đạo quyết liệt hoàn thành sửa đổi, bổ\nsung** 485** văn bản quy phạm pháp luật trong năm 2025.\n",
			[]string{"= 485 count 2025"}},
		{"a result listed after a sentence that only reports",
			"Số: 101/KH-UBND\nCần Thơ, ngày 02 tháng 10 năm 2025\nKẾ HOẠCH\nCải thiện và nâng cao Chỉ số cải cách hành chính\nI. SỰ CẦN THIẾT BAN HÀNH KẾ HOẠCH\n" +
				"Bối cảnh này yêu cầu thành phố phải có giải pháp đồng bộ.\nTheo kết quả công bố PAR INDEX năm 2024 của 03 địa phương trước sắp xếp cho thấy sự khác biệt như sau:\n" +
				"a) PAR INDEX: Đạt 89,13%, hạng 22/63 (tăng 20 bậc).\nd) PCI: Đạt 70,01 điểm, hạng 11/63 (tăng 03 bậc).\n",
			nil},
		{"no request, no duties",
			"UBND tỉnh Bình Phước ban hành Kế hoạch cải cách hành chính năm 2025.\nKết quả năm 2024 như sau:\n- Hoàn thành sửa đổi, bổ sung 45 văn bản quy phạm pháp luật.\n",
			nil},
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
