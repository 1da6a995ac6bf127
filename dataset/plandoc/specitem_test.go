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

// TestWithoutRepeatedTasks checks that a prose task that says again what
// an earlier one asked, its words and more, is read once; negatives: two
// items of lists may name the same work, and a short task is no measure.
func TestWithoutRepeatedTasks(t *testing.T) {
	asked := "tập trung mọi nguồn lực, làm việc kể cả ngày nghỉ để xử lý dứt điểm hồ sơ tồn đọng"
	tests := []struct {
		name  string
		tasks []dataset.Task
		want  int
	}{
		{"the body repeats the opening", []dataset.Task{{Task: asked}, {Task: "Tập trung mọi nguồn lực, làm việc kể cả ngày nghỉ để xử lý dứt điểm hồ sơ tồn đọng, báo cáo kết quả"}}, 1},
		// negatives
		{"items of two sections", []dataset.Task{{Code: "a", Task: asked}, {Code: "a", Task: asked + " trong năm 2026"}}, 2},
		{"a short task", []dataset.Task{{Task: "rà soát hồ sơ"}, {Task: "rà soát hồ sơ tồn đọng"}}, 2},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutRepeatedTasks(tc.tasks); len(got) != tc.want {
				t.Errorf("got %d tasks, want %d", len(got), tc.want)
			}
		})
	}
}
