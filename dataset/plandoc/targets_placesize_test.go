package plandoc

import "testing"

// TestPlaceSizeNotTargets: the area and population a text gives of a
// place ("tỉnh Phú Thọ (mới), với diện tích hơn 9.400km², quy mô dân số
// khoảng 3,6 triệu người") describe it; they are no level to reach. An
// aim for them ("phấn đấu quy mô dân số đạt …") stays a target, and so
// does a share of the population. Nor is the size of a set of which every
// one is meant ("tại tất cả 124 Trung tâm …").
func TestPlaceSizeNotTargets(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"area and population after với",
			"Năm 2025, theo đề án hợp nhất, ba tỉnh sẽ về chung một nhà dưới tên gọi tỉnh Phú Thọ (mới), với diện tích hơn 9.400km², quy mô dân số khoảng 3,6 triệu người.",
			nil},
		{"natural area with có",
			"Năm 2025, xã mới có diện tích tự nhiên 120,5 km², dân số 35.000 người, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 80%.",
			[]string{">= 80 percent 2025"}},
		{"an aim for the population stays",
			"Phấn đấu đến năm 2030 quy mô dân số đạt 3,6 triệu người.",
			[]string{">= 3.6e+06 people 2030"}},
		{"every one of a set",
			"Năm 2025, từ ngày 1/10 tới, toàn tỉnh sẽ tổ chức tiếp nhận hồ sơ không phụ thuộc địa giới hành chính tại tất cả 124 Trung tâm Phục vụ hành chính công cấp xã.",
			nil},
		{"a share of the population stays",
			"Năm 2025, phấn đấu 80% dân số trưởng thành có tài khoản định danh điện tử.",
			[]string{">= 80 percent 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, false, tc.want)
		})
	}
}

// TestOutstandingCountNotTarget: a count of what is still not done ("còn
// 29 văn bản chưa ban hành") reports a status; a reduction to a count
// ("giảm còn 5 thủ tục") and an aim stay targets.
func TestOutstandingCountNotTarget(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"still not issued",
			"Năm 2012, về văn bản thuộc thẩm quyền ban hành, trong 7 tháng đầu năm còn 29 văn bản chưa ban hành.",
			nil},
		{"still not settled, with a share that stays",
			"Năm 2025, toàn tỉnh còn 120 hồ sơ chưa được giải quyết; phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
			[]string{">= 98 percent 2025"}},
		{"a reduction to a count stays",
			"Năm 2025, giảm còn 5 thủ tục hành chính chưa được số hóa.",
			[]string{"= 5 count 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, false, tc.want)
		})
	}
}
