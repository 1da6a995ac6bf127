package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestQuarterYear: a quarter written with its year after a slash or a
// hyphen ("quý 2-2026", "quý II/2026") sets the year of the values after
// it in its sentence, as "năm 2026" does; a text without a year of its
// own shows it. A year a lead-in sets before its colon holds for the list
// after it, however long, and a time limit's date before a value that is
// to be reached by it ("đến ngày 15/12/2025 hoàn thành 70%").
func TestQuarterYear(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"quarter with a hyphen",
			"UBND thành phố vừa ban hành kế hoạch phổ cập công dân số.\n\nGiai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo 100% công dân được cấp tài khoản định danh điện tử.\n",
			[]string{"= 100 percent 2026"}},
		{"quarter in Roman numerals",
			"UBND tỉnh vừa ban hành kế hoạch chuyển đổi số.\n\nTrong quý III/2027, phấn đấu 90% hồ sơ được giải quyết trực tuyến.\n",
			[]string{">= 90 percent 2027"}},
		{"quarter with năm",
			"UBND tỉnh vừa ban hành kế hoạch chuyển đổi số.\n\nTrong quý IV năm 2026, phấn đấu 90% hồ sơ được giải quyết trực tuyến.\n",
			[]string{">= 90 percent 2026"}},
		{"a year over a long list after its colon",
			"UBND tỉnh vừa ban hành kế hoạch ứng dụng công nghệ thông tin.\n\nVề phục vụ người dân, mục tiêu cụ thể đến năm 2015 là: 100% các cơ quan nhà nước có cổng thông tin điện tử " + strings.Repeat("cung cấp đầy đủ thông tin theo quy định, ", 14) + "tới người dân; 30% số hồ sơ đề nghị cấp giấy phép xây dựng được nộp qua mạng.\n",
			[]string{"= 100 percent 2015", "= 30 percent 2015"}},
		{"a headline's 'đến hết 2026' without 'năm'",
			"Tinh gọn bộ máy: Công chức cắt giảm 15%, viên chức tối thiểu 10% đến hết 2026\n",
			[]string{"= 15 percent 2026", ">= 10 percent 2026"}},
		{"two years after the value",
			"UBND tỉnh Nghệ An vừa ban hành kế hoạch tinh giản biên chế.\n\nTheo đó, tỉnh phấn đấu tinh giản 20% biên chế ngay trong năm 2025 và 2026.\n",
			[]string{">= 20 percent 2026"}},
		{"a time limit's date before the value",
			"UBND tỉnh vừa ban hành kế hoạch giải phóng mặt bằng.\n\nĐảm bảo đến **ngày 15/12/2025 **hoàn thành 70% khối lượng giải phóng mặt bằng.\n",
			[]string{">= 70 percent 2025"}},
		{"negative: a date a result is counted to",
			"UBND tỉnh vừa ban hành kế hoạch giải phóng mặt bằng.\n\nTính đến ngày 15/11/2025, tỉnh đã hoàn thành 60% khối lượng.\n",
			nil},
		{"accounts counted, a store's month mark before the text",
			" date 2023-05 Triển khai Đề án 06, với mục tiêu hoàn thành kích hoạt 728.000 tài khoản VNeID trước ngày 30/6/2023.\n",
			[]string{"= 728000 count 2023"}},
		{"negative: a range of numbers",
			"UBND tỉnh vừa ban hành kế hoạch đào tạo.\n\nPhấn đấu đào tạo từ 1500 đến 2000 người.\n",
			[]string{">= 1500 people 0"}},
		// Negative: a month's date is no year a value is for.
		{"date before a value",
			"UBND tỉnh vừa ban hành kế hoạch chuyển đổi số.\n\nNgày 12/3/2026, phấn đấu 90% hồ sơ được giải quyết trực tuyến.\n",
			[]string{">= 90 percent 0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			var got []string
			for _, g := range d.Targets {
				got = append(got, fmt.Sprintf("%s %v %s %d", g.Comparator, g.Value, g.Unit, g.Year))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
