package plandoc

import "testing"

// TestCriteriaAimedAt: a count of criteria to meet after an aim ("đặt
// mục tiêu hoàn thành 94 tiêu chí") is a target; the criteria an index
// holds and those already met are counts, no targets.
func TestCriteriaAimedAt(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"criteria to meet, aimed at",
			"Phó Chủ tịch UBND tỉnh phát động đợt cao điểm “Nâng cao hiệu quả chuyển đổi số cấp xã” trên địa bàn tỉnh, đặt mục tiêu hoàn thành 94 tiêu chí của Ban Chỉ đạo Trung ương trước ngày 19/12/2025.",
			[]string{"= 94 count 2025"}},
		{"criteria to reach, striven for",
			"Năm 2025, tỉnh phấn đấu đạt 19 tiêu chí nông thôn mới.",
			[]string{">= 19 count 2025"}},
		{"the criteria of an index",
			"Năm 2025, Bộ chỉ số gồm 8 lĩnh vực, 41 tiêu chí.",
			nil},
		{"criteria met",
			"Năm 2025, các cơ quan hoàn thành 3 tiêu chí.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, false, tc.want)
		})
	}
}

// TestQuotedLevelNoLevel: a level inside a quoted name ("phong trào
// “Chuyển đổi số cấp xã”") says no level of the value, nor do the
// departments listed with the localities ("sở, ngành, địa phương");
// outside quotes, and the departments alone, do.
func TestQuotedLevelNoLevel(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"in a quoted name",
			"Năm 2025, phấn đấu 100% hồ sơ của phong trào “Chuyển đổi số cấp xã” được số hóa.",
			[]string{"= 100 percent 2025"}},
		{"departments with the localities",
			"Năm 2025, 100% sở, ngành, địa phương tuyên truyền về dịch vụ công trực tuyến trên Cổng thông tin điện tử.",
			[]string{"= 100 percent 2025"}},
		{"departments alone",
			"Năm 2025, 100% sở, ngành tuyên truyền về dịch vụ công trực tuyến trên Cổng thông tin điện tử.",
			[]string{"= 100 percent province 2025"}},
		{"outside quotes",
			"Năm 2025, phấn đấu 100% hồ sơ cấp xã được số hóa.",
			[]string{"= 100 percent commune 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, false, tc.want)
		})
	}
}
