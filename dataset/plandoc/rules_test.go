package plandoc

import (
	"strings"
	"testing"
)

// TestRuleLines marks the lines of grading, award and evaluation rules,
// whose numbers are thresholds, and leaves plans' aims and tasks alone.
func TestRuleLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		in   []int // 1-based lines in a rule
		out  []int // 1-based lines outside
	}{
		{
			name: "article of grading criteria, up to the next article",
			text: "**Điều 5. Tiêu chí xếp loại chất lượng công chức**\n1. Hoàn thành tốt nhiệm vụ\na) Có ít nhất 80% nhiệm vụ hoàn thành đúng hạn.\nb) Có tổng số điểm trên 85 điểm.\n**Điều 6. Tổ chức thực hiện**\n1. Sở Nội vụ hướng dẫn, kiểm tra.",
			in:   []int{1, 3, 4},
			out:  []int{5, 6},
		},
		{
			name: "sentence introducing criteria, up to the next numbered heading",
			text: "2. Hoàn thành nhiệm vụ\nĐạt được tất cả các tiêu chí sau đây thì xếp loại ở mức hoàn thành nhiệm vụ:\na) Có từ 50% đến 70% chỉ tiêu hoàn thành.\n3. Không hoàn thành nhiệm vụ\n- 100% hồ sơ được số hóa.",
			in:   []int{2, 3},
			out:  []int{1, 4, 5},
		},
		{
			name: "standards of an award under a lettered item",
			text: "a) Phạm vi: các phòng, đơn vị thuộc sở.\nb) Tiêu chuẩn: Danh hiệu “Tập thể lao động xuất sắc” tặng cho tập thể đạt các tiêu chuẩn sau:\nCó 100% cá nhân hoàn thành nhiệm vụ, ít nhất 70% đạt “Lao động tiên tiến”;\nc) Thời gian xét tặng: tháng 12 hằng năm.",
			in:   []int{2, 3},
			out:  []int{1, 4},
		},
		{
			name: "a plan that builds grading criteria states tasks, not rules",
			text: "II. NHIỆM VỤ\n1. Xây dựng bộ tiêu chí xếp loại cán bộ, công chức năm 2026.\n2. Phấn đấu 100% cơ quan được đánh giá, xếp loại.\n3. Tiêu chí khen thưởng được công khai trên Cổng thông tin.",
			out:  []int{1, 2, 3, 4},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(strings.Split(tt.text, "\n"))
			in := ruleLines(p)
			at := func(l int) bool { return in != nil && in[l-1] }
			for _, l := range tt.in {
				if !at(l) {
					t.Errorf("line %d %q not in a rule", l, p.lines[l-1])
				}
			}
			for _, l := range tt.out {
				if at(l) {
					t.Errorf("line %d %q in a rule", l, p.lines[l-1])
				}
			}
		})
	}
}
