package plandoc

import (
	"testing"
)

// TestLevelOverListedLevels: "cấp" before a list of levels ("cấp tỉnh,
// ngành và địa phương", "cấp tỉnh, huyện, xã") names them all, so the
// target has no one level; "cấp tỉnh" alone, or each level with its own
// "cấp", keeps its level.
func TestLevelOverListedLevels(t *testing.T) {
	tests := []struct {
		name    string
		section bool // in a targets section (planWith), else prose (proseWith)
		text    string
		want    []string
	}{
		{"cấp tỉnh, ngành và địa phương", true,
			"1.1. Phát triển tối thiểu 05 kịch bản ứng dụng dữ liệu cấp tỉnh, ngành và địa phương.",
			[]string{">= 5 count 2025"}},
		{"cấp tỉnh, huyện, xã", true,
			"1.1. Tối thiểu 80% dịch vụ công cấp tỉnh, huyện, xã được cung cấp trực tuyến toàn trình.",
			[]string{">= 80 percent 2025"}},
		{"a list of levels after other levels", true,
			"1.1. 100% Quyết định công bố Danh mục TTHC thuộc thẩm quyền giải quyết của các Sở, ban, ngành cấp tỉnh, UBND cấp huyện, xã do UBND tỉnh ban hành được soát xét, kiểm tra đáp ứng yêu cầu.",
			[]string{"= 100 percent 2025"}},
		// One level, or each level with its own "cấp".
		{"cấp tỉnh alone", true,
			"1.1. 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.",
			[]string{"= 100 percent province 2025"}},
		{"cấp xã, then another noun", true,
			"1.1. 90% hồ sơ công việc cấp xã, phường được xử lý trên môi trường mạng.",
			[]string{"= 90 percent commune 2025"}},
		{"each level its cấp", false,
			"Phấn đấu 100% hồ sơ công việc tại cấp thành phố và cấp xã được xử lý trên môi trường điện tử.",
			[]string{"= 100 percent province 2025", "= 100 percent commune 2025"}},
		// In prose, a department singled out ("đối với Sở …") or the
		// districts' committees a line opens with ("Đối với các UBND
		// huyện: …") name the level; "số" folds as "sở" does, and names none.
		{"departments singled out", false,
			"Năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 90% đối với Sở Thông tin và Truyền thông; 70% đối với Sở Xây dựng.",
			[]string{">= 90 percent province 2025", ">= 70 percent province 2025"}},
		{"the districts' committees before a colon", false,
			"Đối với các UBND huyện: năm 2025 tỷ lệ dịch vụ công có phát sinh hồ sơ trực tuyến đạt tối thiểu 80%; Tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 50%.",
			[]string{">= 80 percent district 2025", ">= 50 percent district 2025"}},
		{"levels in an aside after the units counted", false,
			"Năm 2025, phấn đấu có ít nhất 40% đơn vị (cấp xã, huyện) cung cấp ít nhất một dịch vụ thiết yếu qua ứng dụng trực tuyến.",
			[]string{">= 40 percent commune 2025", ">= 40 percent district 2025"}},
		{"an aside that names more than levels", false,
			"Năm 2025, phấn đấu có ít nhất 40% đơn vị (gồm cấp xã và các trường học) cung cấp dịch vụ trực tuyến.",
			[]string{">= 40 percent 2025"}},
		{"cấp tỉnh in an index's name", false,
			"Năm 2025, tỉnh phấn đấu Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) tăng từ 2 bậc trở lên so với năm 2024.",
			[]string{">= 2 rank increase 2025"}},
		{"values respectively for the levels listed", false,
			"Năm 2025, số hóa kết quả giải quyết thủ tục hành chính thuộc thẩm quyền cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%, 15%.",
			[]string{">= 30 percent province 2025", ">= 20 percent district 2025", ">= 15 percent commune 2025"}},
		{"số, not sở", false,
			"Năm 2025, tỷ lệ hồ sơ xử lý trực tuyến đạt tối thiểu 90% đối với số hồ sơ phát sinh.",
			[]string{">= 90 percent 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, tc.section, tc.want)
		})
	}
}
