package plandoc

import (
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestTopicParagraphTasks reads a report that lists a plan's tasks as
// paragraphs under subheadings naming their topic ("Về công tác chỉ đạo,
// điều hành"): each paragraph is a task without a lead. A subheading that
// only names an index ("1.1. Chỉ số nội dung “…”.") is no task, and
// paragraphs under no introducing sentence, or under a sentence that
// introduces results, are none either.
func TestTopicParagraphTasks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "key tasks, one subheading, paragraphs",
			text: `Kế hoạch nêu rõ những nhiệm vụ trọng tâm CCHC, cụ thể:
Về công tác chỉ đạo, điều hành cải cách hành chính
Tiếp tục quán triệt các văn bản chỉ đạo về CCHC của Chính phủ.
Đẩy mạnh các hoạt động tuyên truyền về CCHC tại Bộ Công Thương.
Ban hành Kế hoạch kiểm tra công tác CCHC năm 2027.
`,
			want: []string{"3||Tiếp tục quán triệt|", "4||Đẩy mạnh các hoạt|", "5||Ban hành Kế hoạch|"},
		},
		{
			name: "two subheadings, blank lines between",
			text: `Theo kế hoạch của tỉnh Sóc Trăng, các nhiệm vụ trọng tâm gồm:

Về cải cách thể chế

Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh.

Về cải cách thủ tục hành chính

Công khai đầy đủ thủ tục hành chính trên Cổng Dịch vụ công.
`,
			want: []string{"5||Rà soát, hệ thống|", "9||Công khai đầy đủ|"},
		},
		{
			name: "negative: results, not tasks",
			text: `Kết quả đạt được trong năm, cụ thể:
Về công tác chỉ đạo, điều hành
Đã ban hành 12 văn bản chỉ đạo về CCHC.
Đã tổ chức 3 hội nghị tập huấn.
`,
			want: nil,
		},
		{
			name: "negative: paragraphs with no subheading after the intro stay unread here",
			text: `Tin từ Bộ Tài chính.
Tiếp tục quán triệt các văn bản chỉ đạo về CCHC của Chính phủ.
Đẩy mạnh các hoạt động tuyên truyền về CCHC.
`,
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "press.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if got := taskRows(d); !slices.Equal(got, tc.want) {
				t.Errorf("tasks\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestOnlyNamesIndex tells a line that only names an index from a task
// that raises one.
func TestOnlyNamesIndex(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”.", true},
		{"2.3. Chỉ số thành phần \"Công khai, minh bạch\"", true},
		{"Chỉ số nội dung 5: Thủ tục hành chính công", true},
		{"**1.2. Chỉ số nội dung “Kiểm soát tham nhũng trong khu vực công”.**", true},
		{"1.1. Chỉ số nội dung “Tham gia của người dân” phải được cải thiện, nâng cao thứ hạng.", false},
		{"Nâng cao Chỉ số “Hài lòng của người dân”.", false},
		{"a) Thực hiện tốt dân chủ ở cơ sở.", false},
		{"Chỉ số nội dung “Tham gia”: tổ chức thực hiện tốt quy chế dân chủ.", false},
	}
	for _, tc := range tests {
		if got := onlyNamesIndex(tc.line); got != tc.want {
			t.Errorf("onlyNamesIndex(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
