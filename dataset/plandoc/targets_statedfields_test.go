package plandoc

import (
	"strings"
	"testing"
)

// TestSubjectWithoutStatedFields checks that a target's subject leaves out
// what the target holds in fields of its own: the baseline year
// ("so với năm 2024") and the word of a rank's steps ("bậc"); a
// comparison that is no baseline ("so với tổng số tuyển dụng mới") and
// "Xếp hạng" stay.
func TestSubjectWithoutStatedFields(t *testing.T) {
	cases := []struct {
		name, line, subject string
		baseline            int
	}{
		{"baseline year", "- Giảm ít nhất 10% thời gian giải quyết thủ tục hành chính so với năm 2024.",
			"thời gian giải quyết thủ tục hành chính", 2024},
		{"baseline of the same period", "- Số lượng hồ sơ trực tuyến tăng 15% so với cùng kỳ năm 2025.",
			"Số lượng hồ sơ trực tuyến", 2025},
		{"the year before", "- Giảm tối thiểu 5% chi thường xuyên so với năm trước liền kề.",
			"chi thường xuyên", 2025},
		{"rank steps", "- Chỉ số SIPAS tăng 2 bậc so với năm 2025.",
			"Chỉ số SIPAS", 2025},
		{"rank steps after xếp hạng", "- Xếp hạng Chỉ số PAR INDEX tăng ít nhất 03 bậc so với năm 2025.",
			"Xếp hạng Chỉ số PAR INDEX", 2025},
		{"rank places written hạng", "- Chỉ số SIPAS tăng 2 hạng so với năm 2025.",
			"Chỉ số SIPAS", 2025},
		{"a share of something else", "- Tỷ lệ nhân tài được thu hút đạt 5% so với tổng số tuyển dụng mới.",
			"Tỷ lệ nhân tài được thu hút so với tổng số tuyển dụng mới", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := "KẾ HOẠCH\nCải cách hành chính năm 2026\nI. MỤC TIÊU\n2. Chỉ tiêu\n" + c.line + "\n"
			d, err := Parse(strings.NewReader(text), "plan.txt", nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Targets) != 1 {
				t.Fatalf("got %d targets, want 1: %+v", len(d.Targets), d.Targets)
			}
			g := d.Targets[0]
			if g.Subject != c.subject {
				t.Errorf("subject %q, want %q", g.Subject, c.subject)
			}
			if got := derefYear(g.BaselineYear); got != c.baseline {
				t.Errorf("baseline %d, want %d", got, c.baseline)
			}
		})
	}
}

func derefYear(y *int) int {
	if y == nil {
		return 0
	}
	return *y
}
