package plandoc

import "testing"

// TestApprovedCuts covers a decision that approves cuts, as the press
// reports it: "Thủ tướng Chính phủ phê duyệt giảm thời gian … xuống còn
// 3,5 ngày làm việc (giảm 1,5 ngày làm việc)". The approval sets the aim
// (the plan of cuts is what the text is about), each procedure's time is
// an aim of its own though two procedures fall to the same figure (an
// aside in brackets does not make them one restated aim), and the year is
// the approved plan's ("Phương án … năm 2026").
func TestApprovedCuts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"two procedures cut to one figure",
			"Trong đó, Thủ tướng Chính phủ phê duyệt giảm thời gian giải quyết thủ tục cấp chứng chỉ hành nghề từ 10 ngày làm việc xuống còn 7 ngày làm việc (giảm 3 ngày làm việc); giảm thời gian giải quyết thủ tục gia hạn chứng chỉ hành nghề từ 08 ngày làm việc xuống còn 5 ngày làm việc (giảm 3 ngày làm việc); giảm thời gian giải quyết thủ tục cấp lại chứng chỉ hành nghề từ 08 ngày làm việc xuống còn 5 ngày làm việc (giảm 3 ngày làm việc).",
			[]string{"= 7 days 2025", "= 5 days 2025", "= 5 days 2025"}},
		{"approved cut of a fee",
			"Bộ trưởng phê duyệt cắt giảm 20% lệ phí cấp giấy phép khi thực hiện trực tuyến toàn trình.",
			[]string{"= 20 percent decrease 2025"}},
		// negatives: a cut reported as done, with no approval of an aim
		{"cut reported",
			"Năm 2024, thời gian giải quyết thủ tục cấp chứng chỉ hành nghề đã giảm từ 10 ngày xuống còn 7 ngày.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, false, tc.want)
		})
	}
}

// TestApprovedPlanYear covers the year of a press item on a decision that
// approves a plan of cuts ("phê duyệt Phương án cắt giảm … năm 2026"):
// the plan's year.
func TestApprovedPlanYear(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "approved plan of cuts",
			text: "Thủ tướng Chính phủ vừa phê duyệt Phương án cắt giảm, đơn giản hóa thủ tục hành chính nội bộ thuộc phạm vi quản lý của Bộ Tài chính năm 2026.\n\nTheo đó, giảm thời gian giải quyết thủ tục đăng ký từ 07 ngày xuống còn 05 ngày.\n",
			year: 2026},
	})
}
