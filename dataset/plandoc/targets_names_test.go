package plandoc

import "testing"

// TestNumbersInNames: a number that names a document ("Nghị quyết 57",
// "Đề án 06", "Chỉ thị 15") is no value; party members are counted.
func TestNumbersInNames(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []kt
	}{
		{"resolution and scheme numbers", "II. MỤC TIÊU\n- Triển khai Nghị quyết 57 và Đề án 06 bảo đảm 100% hồ sơ được số hóa.",
			[]kt{{"=", 100, "percent", 2026}}},
		{"directive and conclusion numbers", "II. MỤC TIÊU\n- Thực hiện Chỉ thị 15 và Kết luận 77 về 153 dự án, phấn đấu đạt tối thiểu 90%.",
			[]kt{{">=", 90, "percent", 2026}}},
		{"party members per year", "II. MỤC TIÊU\n- Phấn đấu kết nạp 60 đảng viên mới/năm.",
			[]kt{{">=", 60, "count", 2026}}},
		{"a decision number is no value", "II. MỤC TIÊU\n- Thực hiện Quyết định 1085 của Thủ tướng.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Tuyên Quang", 2026, tc.body), tc.want) })
	}
}

// TestResultsToDate: figures reached so far in the year ("từ đầu năm đến
// hết ngày …") and estimates ("ước đạt", "ước tỷ lệ") are results, not
// targets; "được đạt" is no estimate.
func TestResultsToDate(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []kt
	}{
		{"year to date", "Báo cáo tiến độ giải ngân.\n\n(1) Số giải ngân thực tế từ đầu năm đến hết ngày 20/11/2026 đạt 61,2% kế hoạch được giao.\n",
			nil},
		{"estimate", "Báo cáo tiến độ giải ngân.\n\nƯớc tỷ lệ giải ngân cả năm đạt 95% kế hoạch.\n\nDự kiến ước đạt 97% kế hoạch năm.\n",
			nil},
		{"được đạt is no estimate", "Kế hoạch chuyển đổi số.\n\nPhấn đấu tỷ lệ hồ sơ được đạt chuẩn tối thiểu 90%.\n",
			[]kt{{">=", 90, "percent", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
