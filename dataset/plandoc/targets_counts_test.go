package plandoc

import "testing"

// TestCountScales: a count written in millions or thousands is written
// out ("40 triệu người" is 40000000 people, "400 triệu USD" is 400000000
// USD); a range of counts ("5.400 - 5.500 đô la Mỹ") keeps both bounds;
// "điểm %" is a change in percentage points. A scale word before a noun
// that is no unit, a count of years, or the count of tasks a plan holds
// ("kế hoạch … với 92 nhiệm vụ"), gives no target.
func TestCountScales(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []kt
	}{
		{"millions of people", "II. MỤC TIÊU\n- Phấn đấu 2,5 triệu người dân được cấp chữ ký số.",
			[]kt{{">=", 2500000, "people", 2026}}},
		{"millions of USD, shares after Trong đó", "II. MỤC TIÊU\n- Giá trị xuất khẩu đạt 250 triệu USD. Trong đó: nông sản đạt 180 triệu USD.",
			[]kt{{">=", 250000000, "USD", 2026}, {">=", 180000000, "USD", 2026}}},
		{"thousands of officials trained", "II. MỤC TIÊU\n- Đào tạo tối thiểu 12 nghìn cán bộ về kỹ năng số.",
			[]kt{{">=", 12000, "people", 2026}}},
		{"range of money with thousands", "II. MỤC TIÊU\n- Thu nhập bình quân đầu người đạt 4.200 - 4.600 đô la Mỹ.",
			[]kt{{">=", 4200, "USD", 2026}}},
		{"percentage points", "II. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm 0,5 - 1 điểm % so với năm 2025.\n- Tỷ lệ thất nghiệp giảm 2 điểm phần trăm.",
			[]kt{{">=", 0.5, "percentage points", 2026}, {"=", 2, "percentage points", 2026}}},
		{"a scale word before no unit", "II. MỤC TIÊU\n- Thu hút 30 triệu lượt khách du lịch.\n- Hỗ trợ 5 nghìn tỷ đồng.",
			[]kt{{"=", 30000000, "lượt", 2026}}},
		{"the tasks a plan holds are its scope", "Bám sát chủ đề năm 2026, UBND tỉnh đã ban hành kế hoạch cải cách hành chính với 92 nhiệm vụ trên 6 lĩnh vực trọng tâm.\nII. MỤC TIÊU\n- Triển khai 15 nhiệm vụ trọng tâm.\n- Phấn đấu 100% nhiệm vụ được hoàn thành đúng hạn.",
			[]kt{{"=", 100, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Điện Biên", 2026, tc.body), tc.want) })
	}
}

// TestPerPopulation: a value written as a ratio to the population ("trên
// 0,7/1.000 dân", "đạt 10/100 dân", "30/vạn dân") is a target whose unit
// is the ratio, with the noun its subject counts; a date or a share of a
// total written with a slash is none.
func TestPerPopulation(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []kt
	}{
		{"per thousand, the noun from the subject", "II. MỤC TIÊU\n- Phấn đấu đạt tỷ lệ doanh nghiệp công nghệ số trên 0,7/1.000 dân.",
			[]kt{{">", 0.7, "doanh nghiệp/1.000 dân", 2026}}},
		{"per hundred and per ten thousand", "II. MỤC TIÊU\n- Số thuê bao băng rộng cố định đạt 30/100 dân.\n- Số giường bệnh đạt tối thiểu 32/vạn dân.",
			[]kt{{">=", 30, "thuê bao/100 dân", 2026}, {">=", 32, "giường bệnh/vạn dân", 2026}}},
		{"dates and shares are no ratios", "II. MỤC TIÊU\n- Hoàn thành trước ngày 30/6/2026.\n- Đã có 3.071/4.888 thủ tục được số hóa.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Điện Biên", 2026, tc.body), tc.want) })
	}
}
