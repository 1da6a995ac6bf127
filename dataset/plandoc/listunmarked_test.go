package plandoc

import (
	"slices"
	"strings"
	"testing"
)

// TestDashedListWithUnmarkedParagraphs covers a list of dashed duties a
// sentence introduces whose items go on over paragraphs without a dash
// ("- Ban hành Chương trình …;" / "Xây dựng cơ chế thử nghiệm …;" / "-
// Phát triển mạng lưới …"): every dashed item is a task, the unmarked
// paragraphs part of the one above. Negatives: the paragraphs after the
// last dashed item are not tasks, nor is a report that goes on for more
// paragraphs than a list holds before a dash comes again.
func TestDashedListWithUnmarkedParagraphs(t *testing.T) {
	intro := "Tăng cường đầu tư, hoàn thiện hạ tầng cho khoa học, công nghệ và chuyển đổi số được quy định tại tiểu mục 3 Mục II Chương trình ban hành kèm theo Nghị quyết 71/NQ-CP năm 2025, cụ thể như sau:\n\n"
	tests := []struct {
		name, text string
		want       []int // the lines of the tasks
	}{
		{"unmarked paragraphs inside the list",
			intro + "- Ban hành Chương trình phát triển công nghệ chiến lược;\n\nXây dựng cơ chế thử nghiệm chính sách;\n\nXây dựng đề án phát triển hạ tầng năng lượng;\n\n- Phát triển mạng lưới kết nối các trung tâm đổi mới sáng tạo.\n\n- Xây dựng chính sách ưu đãi về thuế.\n",
			[]int{3, 9, 11}},
		{"a request that ends on what to carry out",
			"Để đường dây nóng phát huy hiệu quả, Trung tâm Phục vụ hành chính công Thành phố trân trọng đề nghị các Sở, ban, ngành Thành phố; UBND các xã, phường nghiêm túc triển khai:\n\n- Công khai số điện thoại đường dây nóng trên các kênh thông tin.\n\n- Chấn chỉnh kỷ luật, kỷ cương trong thực thi công vụ.\n",
			[]int{3, 5}},
		// negatives
		{"a report of what was carried out",
			"Năm 2025, các sở, ngành đã nghiêm túc triển khai:\n\n- Công khai số điện thoại đường dây nóng.\n\n- Chấn chỉnh kỷ luật, kỷ cương.\n",
			nil},
		{"paragraphs after the last dashed item",
			intro + "- Ban hành Chương trình phát triển công nghệ chiến lược;\n\n- Phát triển mạng lưới kết nối các trung tâm đổi mới sáng tạo.\n\nTrên đây là thông tin về Nghị quyết 71.\n\nNghị quyết có hiệu lực từ ngày ký.\n",
			[]int{3, 5}},
		{"a lead-in of its own list between two lists",
			"Chủ tịch UBND tỉnh đề nghị các sở, ngành:\n- Quán triệt, triển khai nghiêm Chỉ thị này.\n\nGiao Sở Khoa học và Công nghệ:\n- Hướng dẫn các xã triển khai nền tảng số.\n",
			[]int{2, 5}},
		{"a long report before the next dash",
			intro + "- Ban hành Chương trình phát triển công nghệ chiến lược;\n\n" + strings.Repeat("Hội nghị ghi nhận nhiều kết quả.\n\n", 5) + "- Phát triển mạng lưới kết nối các trung tâm đổi mới sáng tạo.\n",
			[]int{3}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, task := range parseText(t, tc.text).Tasks {
				got = append(got, task.Source.Line)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("task lines = %v, want %v", got, tc.want)
			}
		})
	}
}
