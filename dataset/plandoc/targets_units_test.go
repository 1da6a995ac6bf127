package plandoc

import "testing"

// TestHeadlineRankAndMinus: a headline aim "Hướng đến nhóm N địa phương
// dẫn đầu" is a rank aim (<= N), as "hướng tới" is; "trừ" between two
// nouns of a subject with "chiếm" after them subtracts, it excludes
// nothing; "trừ" before a noun excluded still drops the values after it.
func TestHeadlineRankAndMinus(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"headline rank aim", "Tin tức.\n\nHướng đến nhóm 5 địa phương dẫn đầu về chuyển đổi số\n\nTỉnh ban hành kế hoạch.\n",
			[]kt{{"<=", 5, "rank", 2026}}},
		{"rank aim in a sentence", "Tin tức.\n\nTỉnh hướng đến nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chỉ số PAPI.\n",
			[]kt{{"<=", 15, "rank", 2026}}},
		{"minus in a subject", "II. MỤC TIÊU\n- Cơ cấu kinh tế: Dịch vụ chiếm khoảng 42,5%; Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 4,1%.",
			[]kt{{"approx", 42.5, "percent", 2026}, {"approx", 4.1, "percent", 2026}}},
		// Negatives.
		{"hướng đến without a number", "Tin tức.\n\nHướng đến nền hành chính phục vụ người dân\n\nTỉnh ban hành kế hoạch.\n",
			nil},
		{"an exclusion after trừ", "II. MỤC TIÊU\n- 100% hồ sơ công việc được xử lý trên môi trường mạng, trừ 5 loại hồ sơ mật.",
			[]kt{{"=", 100, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Thanh Hóa", 2026, tc.body), tc.want) })
	}
}
