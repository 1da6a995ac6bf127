package plandoc

import "testing"

// TestCatchAllDuty covers the duty that closes a body's list with
// whatever else it may be given ("Thực hiện một số nội dung khác … theo
// sự phân công (nếu có)"): it names no duty and is no task; a duty that
// only mentions other tasks further on is one.
func TestCatchAllDuty(t *testing.T) {
	text := `IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ:
a) Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
b) Thực hiện một số nội dung khác liên quan theo sự phân công của UBND tỉnh (nếu có).
2. Sở Tài chính:
a) Bố trí kinh phí thực hiện Kế hoạch, lồng ghép với các nhiệm vụ khác của ngành.
b) Hoàn thành các nhiệm vụ khác được giao.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{3, "1.a", []string{"Sở Nội vụ"}}, {6, "2.a", []string{"Sở Tài chính"}},
	})
}
