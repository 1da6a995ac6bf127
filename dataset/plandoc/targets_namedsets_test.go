package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestNamedSetCounts: a small count a text names again and again with its
// noun ("02 công trình dự án" in a notice on two hospitals' building
// sites) is the set the text speaks of, not an aim; a count stated once
// or twice is read as before, and a headline printed several times counts
// once.
func TestNamedSetCounts(t *testing.T) {
	site := "Phó Thủ tướng kiểm tra tiến độ 02 công trình dự án bệnh viện.\n\nCác bộ đã tháo gỡ vướng mắc tại 02 công trình dự án.\n\n"
	headline := "**Mục tiêu đến năm 2030 phải thu hút được 02 doanh nghiệp công nghệ hàng đầu thế giới đầu tư trung tâm dữ liệu**\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a set named four times",
			site + "Bộ Y tế phấn đấu hoàn thành 02 công trình dự án trong năm 2025.\n\nBộ Xây dựng hỗ trợ để vận hành sau khi hoàn thành 02 công trình dự án.\n",
			nil},
		{"a count stated twice",
			"Năm 2026, tỉnh phấn đấu hoàn thành 05 công trình trọng điểm.\n\nBáo cáo kết quả thực hiện 05 công trình trọng điểm.\n",
			[]string{">= 5 count 2026"}},
		{"a headline printed four times",
			strings.Repeat(headline, 4) + "- Thu hút ít nhất 02 doanh nghiệp công nghệ hàng đầu thế giới đầu tư xây dựng trung tâm dữ liệu đến năm 2030.\n",
			[]string{">= 2 count 2030"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			var got []string
			for _, g := range d.Targets {
				if g.Unit == "count" {
					got = append(got, fmt.Sprintf("%s %v %s %d", g.Comparator, g.Value, g.Unit, g.Year))
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(fmt.Sprint(got), w) {
					t.Errorf("got %v, want %q among them", got, w)
				}
			}
			if tc.want == nil && got != nil {
				t.Errorf("got %v, want none", got)
			}
		})
	}
}
