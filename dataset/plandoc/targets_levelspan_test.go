package plandoc

import (
	"fmt"
	"testing"
)

// TestLevelSpan: a span of levels ("từ cấp xã đến cấp tỉnh", "từ tỉnh
// đến cơ sở") names every level: one target without a level, in prose and
// in a targets section; levels listed one by one still split the target,
// as do levels listed after one "cấp" ("ở cấp xã, huyện, tỉnh").
func TestLevelSpan(t *testing.T) {
	tests := []struct {
		name, province, body string
		want                 []string
	}{
		{"span in prose", "Quảng Bình",
			"Tỉnh phấn đấu 100% thủ tục hành chính từ cấp xã đến cấp tỉnh được chuẩn hóa quy trình nội bộ.",
			[]string{"= 100 percent \"\""}},
		{"span upward in a section", "Hậu Giang",
			"II. MỤC TIÊU\n- 95% hồ sơ công việc từ cấp tỉnh đến cấp xã được xử lý trên môi trường mạng.",
			[]string{"= 95 percent \"\""}},
		{"span without cấp", "Ninh Thuận",
			"II. MỤC TIÊU\n- 100% cán bộ từ tỉnh đến cơ sở được bồi dưỡng kỹ năng số.",
			[]string{"= 100 percent \"\""}},
		{"one cấp over a list of levels", "Thừa Thiên Huế",
			"Các mục tiêu về hồ sơ công việc xử lý ở cấp xã, huyện, tỉnh phải đạt từ 80% trở lên.",
			[]string{">= 80 percent \"commune\"", ">= 80 percent \"district\"", ">= 80 percent \"province\""}},
		{"a level upwards", "Tây Ninh",
			"Năm 2026, tỉnh phấn đấu 100% cơ quan nhà nước từ cấp huyện trở lên sử dụng hệ thống quản lý văn bản.",
			[]string{"= 100 percent \"\""}},
		// Negatives: levels listed one by one.
		{"levels listed in prose", "Quảng Bình",
			"Phấn đấu 100% hồ sơ công việc tại cấp tỉnh và cấp xã được xử lý trên môi trường điện tử.",
			[]string{"= 100 percent \"province\"", "= 100 percent \"commune\""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, kindPlan(tc.province, 2026, tc.body))
			var got []string
			for _, g := range d.Targets {
				got = append(got, fmt.Sprintf("%s %v %s %q", g.Comparator, g.Value, g.Unit, g.Level))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
