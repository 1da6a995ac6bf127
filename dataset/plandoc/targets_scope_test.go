package plandoc

import (
	"testing"
)

// TestScopeCountsNotTargets: a bare count that names what a duty takes
// in ("Bao gồm thực hiện 307 TTHC …", "gồm 45 thủ tục …") sets the duty's
// scope, and one that says what plans cover ("các phương án cắt giảm, đơn
// giản hóa 2.163 TTHC") names them; neither is a level to reach. A count
// with an aim word or a comparator before it stays a target.
func TestScopeCountsNotTargets(t *testing.T) {
	const leadIn = "Dến cuối năm 2025, toàn bộ TTHC liên quan đến doanh nghiệp phải được thực hiện trực tuyến, minh bạch, hiệu quả và giảm tối đa giấy tờ. |\n" +
		"Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung triển khai một số nội dung sau:\n"
	tests := []struct {
		name    string
		section bool // in a plan with a targets section (planWith), else prose (proseWith)
		text    string
		want    []string
	}{
		{"bao gồm after a duty's colon", false,
			leadIn + "Hoàn tất phân cấp xử lý TTHC trước 30/6/2025: Bao gồm thực hiện 307 TTHC đã được phê duyệt theo Quyết định 1015/QĐ-TTg.",
			nil},
		{"gồm in a task", true,
			"1.1. Tỷ lệ hài lòng đạt trên 90%.\nIII. NHIỆM VỤ\n1. Rà soát, đơn giản hóa thủ tục hành chính năm 2025, gồm 45 thủ tục thuộc lĩnh vực đất đai, xây dựng.",
			[]string{"> 90 percent 2025"}},
		{"bao gồm after a comma, in prose", false,
			"Năm 2025, tỉnh tập trung thực thi phương án phân cấp, bao gồm 125 thủ tục hành chính đã được phê duyệt tại Quyết định số 1015/QĐ-TTg.",
			nil},
		{"what approved plans cover", false,
			"Năm 2025, yêu cầu các bộ: Hoàn thành sửa đổi, bổ sung 485 văn bản quy phạm pháp luật để thực thi các phương án cắt giảm, đơn giản hóa 2.163 TTHC đã được Thủ tướng Chính phủ phê duyệt.",
			[]string{"= 485 count 2025"}},
		// Targets: an aim word or a comparator before the count.
		{"plans to draw up", false,
			"Năm 2025, tỉnh phấn đấu xây dựng 05 phương án đơn giản hóa thủ tục hành chính nội bộ.",
			[]string{">= 5 count 2025"}},
		{"plans with an aim", false,
			"Năm 2025, tỉnh xây dựng phương án cắt giảm tối thiểu 20 thủ tục hành chính nội bộ.",
			[]string{">= 20 count decrease 2025"}},
		{"aim before bao gồm", false,
			"Phấn đấu năm 2025 cắt giảm ít nhất 20 thủ tục hành chính nội bộ, bao gồm cả thủ tục giữa các cơ quan.",
			[]string{">= 20 count decrease 2025"}},
		{"comparator after gồm", false,
			"Năm 2025, tỉnh đặt mục tiêu xây dựng các mô hình điểm, gồm tối thiểu 05 mô hình cải cách hành chính cấp xã.",
			[]string{">= 5 count commune 2025"}},
		{"percent after bao gồm stays", false,
			"Phấn đấu tỷ lệ dịch vụ công trực tuyến toàn trình đủ điều kiện được cung cấp trên nhiều phương tiện (bao gồm cả thiết bị di động) đạt 100%.",
			[]string{"= 100 percent 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, tc.section, tc.want)
		})
	}
}
