package plandoc

import "testing"

// TestBareFigures: a planned figure stated without a comparator is the
// figure itself ("="); one the text says is to be reached ("đạt",
// "phấn đấu", "đạt được mục tiêu … 8%") is a minimum, not one an aim
// sets ("đặt mục tiêu 99% …", which folds as "đạt" does); words that qualify
// the subject ("mức độ 3 trở lên", "ít nhất 4 loại", "dưới 15 tuổi",
// "từ 65 tuổi trở lên") neither change the comparator of the value nor
// become values.
func TestBareFigures(t *testing.T) {
	tests := []struct {
		name, province string
		body           string
		want           []kt
	}{
		{"bare share and a share inside it", "Quảng Trị",
			"II. MỤC TIÊU\n- 60% thủ tục hành chính được cung cấp dịch vụ công trực tuyến mức độ 3 trở lên, trong đó có 25% thủ tục hành chính được cung cấp dịch vụ công trực tuyến mức độ 4.",
			[]kt{{"=", 60, "percent", 2026}, {"=", 25, "percent", 2026}}},
		{"a qualifier with ít nhất in the subject", "Bến Tre",
			"II. MỤC TIÊU\n- 75% phụ nữ mang thai được tầm soát ít nhất 3 loại bệnh; 85% trẻ sơ sinh được sàng lọc ít nhất 6 bệnh.",
			[]kt{{"=", 75, "percent", 2026}, {"=", 85, "percent", 2026}}},
		{"ages that qualify the subject", "Gia Lai",
			"II. MỤC TIÊU\n- Tỷ lệ trẻ em dưới 6 tuổi đạt khoảng 20%; tỷ lệ người từ 60 tuổi trở lên đạt khoảng 14%; tỷ lệ thanh niên được tư vấn trước khi kết hôn đạt 85%.",
			[]kt{{"approx", 20, "percent", 2026}, {"approx", 14, "percent", 2026}, {">=", 85, "percent", 2026}}},
		{"an aim named as reached", "Đắk Lắk",
			"II. MỤC TIÊU\n- Góp phần đạt được mục tiêu tăng trưởng kinh tế 9% của tỉnh.",
			[]kt{{">=", 9, "percent", 2026}}},
		{"an aim set, not reached (đặt, not đạt)", "Lào Cai",
			"II. MỤC TIÊU\n- Tỉnh đặt mục tiêu 99% thôn, tổ dân phố được phủ sóng di động băng rộng.",
			[]kt{{"=", 99, "percent", 2026}}},
		{"bare counts", "Yên Bái",
			"II. MỤC TIÊU\n- 04 sở và 20 xã triển khai mô hình một cửa số.",
			[]kt{{"=", 4, "count", 2026}, {"=", 20, "count", 2026}}},
		// Negatives: the comparators of the values themselves still hold.
		{"stated comparators stay", "Hà Giang",
			"II. MỤC TIÊU\n- Tối thiểu 70% hồ sơ được số hóa; trên 90% người dân hài lòng; không quá 2% hồ sơ trễ hạn.",
			[]kt{{">=", 70, "percent", 2026}, {">", 90, "percent", 2026}, {"<=", 2, "percent", 2026}}},
		{"a value from ... trở lên", "Lạng Sơn",
			"II. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến đạt từ 65% trở lên.",
			[]kt{{">=", 65, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan(tc.province, 2026, tc.body), tc.want) })
	}
}

// TestMarriageIsNoComparator: "hôn" of a marriage ("kết hôn", "tảo hôn"),
// which folding spells as "hơn", states no comparator; "hơn" does.
func TestMarriageIsNoComparator(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"kết hôn before đạt", "II. MỤC TIÊU\n- Tỷ lệ nam, nữ được tư vấn sức khỏe trước khi kết hôn đạt 80%.",
			[]kt{{">=", 80, "percent", 2026}}},
		{"ly hôn before a bare share", "II. MỤC TIÊU\n- Số vụ ly hôn 30% được hòa giải thành.",
			[]kt{{"=", 30, "percent", 2026}}},
		{"hơn stays a comparator", "II. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến đạt hơn 70%.",
			[]kt{{">", 70, "percent", 2026}}},
		{"cao hơn stays a comparator", "II. MỤC TIÊU\n- Tốc độ tăng trưởng cao hơn 7%.",
			[]kt{{">", 7, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Sóc Trăng", 2026, tc.body), tc.want) })
	}
}

// TestCeilingsAndEnsured: "dưới" is a ceiling ("<="), "thấp hơn" is "<";
// "Đảm bảo"/"Bảo đảm" before a share makes it a minimum; a threshold of
// a class ("doanh nghiệp có dưới 50 lao động") stays no target.
func TestCeilingsAndEnsured(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"dưới a percent", "II. MỤC TIÊU\n- Tỷ lệ thất nghiệp ở khu vực thành thị dưới 3,5%.", []kt{{"<=", 3.5, "percent", 2026}}},
		{"dưới a count", "II. MỤC TIÊU\n- Số vụ tai nạn giao thông dưới 120 vụ.", nil},
		{"ít hơn", "II. MỤC TIÊU\n- Tỷ lệ hồ sơ trễ hạn ít hơn 1%.", []kt{{"<", 1, "percent", 2026}}},
		{"đảm bảo a share", "II. MỤC TIÊU\n- Đảm bảo 65% người dân được phổ cập kỹ năng số.", []kt{{">=", 65, "percent", 2026}}},
		{"bảo đảm a share after a clause", "II. MỤC TIÊU\n- Tổ chức tập huấn; bảo đảm 85% cán bộ được bồi dưỡng.", []kt{{">=", 85, "percent", 2026}}},
		// Negatives.
		{"a threshold of a class", "II. MỤC TIÊU\n- Hỗ trợ doanh nghiệp có dưới 50 người lao động chuyển đổi số.", nil},
		{"đảm bảo before the subject, not the value", "II. MỤC TIÊU\n- Đảm bảo chất lượng, 40% hồ sơ được số hóa.", []kt{{"=", 40, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Phú Yên", 2026, tc.body), tc.want) })
	}
}
