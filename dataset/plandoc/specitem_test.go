package plandoc

import (
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// TestSpecItem checks that an item setting out a field of a duty (who
// reports, what, in which form and by when) is no task of its own, while
// a duty that names its subject before a colon, or has a lead, stays.
func TestSpecItem(t *testing.T) {
	tests := []struct {
		name string
		task dataset.Task
		want bool
	}{
		{"who must report", dataset.Task{Task: "Đối tượng thực hiện báo cáo: cơ quan, tổ chức, doanh nghiệp có sử dụng người lao động."}, true},
		{"what to report, in bold", dataset.Task{Task: "**Nội dung báo cáo:** Báo cáo tình hình sử dụng lao động năm 2025."}, true},
		{"form and time alone", dataset.Task{Task: "Hình thức và thời gian nộp báo cáo:"}, true},
		// negatives
		{"a duty with its topic", dataset.Task{Task: "Chấn chỉnh kỷ luật, kỷ cương trong thực thi công vụ: chỉ đạo cán bộ ký cam kết."}, false},
		{"a field item with a lead", dataset.Task{Task: "Nội dung: rà soát thủ tục hành chính.", Lead: []string{"Sở Nội vụ"}}, false},
		{"a duty on content", dataset.Task{Task: "Đổi mới nội dung tuyên truyền: xây dựng chuyên mục cải cách hành chính."}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := specItem(tc.task); got != tc.want {
				t.Errorf("specItem(%q) = %v, want %v", tc.task.Task, got, tc.want)
			}
		})
	}
}
