package plandoc

import (
	"strings"
	"testing"
)

// TestFieldBlocks reads task lists whose numbered items hold dashed
// duties closed by a block of field lines (in italics, a value or a label
// broken over lines): one task per block, at the numbered heading for the
// first block of an item and at the first dash for a further block of the
// same item; under a heading that names an area of work rather than a
// duty ("1. Cải cách thể chế"), each dashed duty with its block is a task.
// Lettered items with their own field lines stay one task each.
func TestFieldBlocks(t *testing.T) {
	type want struct {
		line           int
		lead, deadline string
		task           string // the words the task opens with
	}
	tests := []struct {
		name, text string
		want       []want
	}{
		{"bold headings, italic fields, a further block, a broken label", `KẾ HOẠCH
Nâng cao chất lượng công tác xây dựng pháp luật năm 2026 của tỉnh Thái Nguyên

**III. NHIỆM VỤ,
GIẢI PHÁP**

**1. Rà soát,
kiện toàn đội ngũ cán bộ làm công tác pháp chế**

- Thường xuyên rà soát, kiện
toàn đội ngũ cán bộ làm công tác pháp chế.

- Bố trí đủ biên chế cho tổ chức pháp chế.

*Đơn vị chủ trì thực hiện: *Các
sở, ngành, UBND cấp xã.

*Thời gian thực hiện: *Thường
xuyên.

**2. Nâng cao
năng lực cho đội ngũ cán bộ pháp chế**

- Tăng cường giáo dục chính trị, tư tưởng cho đội ngũ cán bộ.

*Đơn vị thực hiện: *Các sở,
ngành, UBND cấp xã.

*Thời gian thực hiện: *Thường
xuyên.

- Tổ chức tập huấn, bồi dưỡng
kỹ năng xây dựng văn bản.

- Biên soạn tài liệu bồi dưỡng.

*Đơn vị chủ trì tham mưu thực
hiện: *Sở Tư pháp.

*Thời gian thực hiện: *Quý
III/2026.
`, []want{
			{7, "Các sở, ngành", "Thường xuyên", "Rà soát, kiện toàn"},
			{21, "Các sở, ngành", "Thường xuyên", "Nâng cao năng lực"},
			{32, "Sở Tư pháp", "Quý III/2026", "Tổ chức tập huấn"},
		}},
		{"plain lines, the agency in a field of its own", `KẾ HOẠCH
Chuyển đổi số năm 2027 của tỉnh Gia Lai

II. NHIỆM VỤ, GIẢI PHÁP
1. Phát triển hạ tầng số
- Nâng cấp mạng truyền số liệu chuyên dùng;
- Phủ sóng di động đến các thôn, làng.
Cơ quan chủ trì: Sở Khoa học và Công nghệ.
Thời gian hoàn thành: Năm 2027.
2. Phát triển dữ liệu số
- Xây dựng kho dữ liệu dùng chung của tỉnh.
Cơ quan chủ trì: Văn phòng UBND tỉnh.
Thời gian hoàn thành: Quý IV/2027.
`, []want{
			{5, "Sở Khoa học và Công nghệ", "Năm 2027", "Phát triển hạ tầng số"},
			{10, "Văn phòng UBND tỉnh", "Quý IV/2027", "Phát triển dữ liệu số"},
		}},
		{"headings that name an area over dashed duties with their own fields", `KẾ HOẠCH
Cải cách hành chính năm 2026 của tỉnh Tuyên Quang

III. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
- Rà soát, kiến nghị sửa đổi văn bản quy phạm pháp luật không còn phù hợp.
Cơ quan chủ trì: Sở Tư pháp.
Thời gian thực hiện: Quý II/2026.
- Kiểm tra việc thi hành pháp luật.
Cơ quan chủ trì: Sở Tư pháp.
Thời gian thực hiện: Quý III/2026.
2. Công tác chỉ đạo, điều hành
- Ban hành kế hoạch kiểm tra cải cách hành chính.
Cơ quan chủ trì: Sở Nội vụ.
Thời gian thực hiện: Quý I/2026.
- Tổ chức đối thoại với doanh nghiệp.
Cơ quan chủ trì: Văn phòng UBND tỉnh.
Thời gian thực hiện: Quý IV/2026.
`, []want{
			{6, "Sở Tư pháp", "Quý II/2026", "Rà soát, kiến nghị"},
			{9, "Sở Tư pháp", "Quý III/2026", "Kiểm tra việc thi hành"},
			{13, "Sở Nội vụ", "Quý I/2026", "Ban hành kế hoạch"},
			{16, "Văn phòng UBND tỉnh", "Quý IV/2026", "Tổ chức đối thoại"},
		}},
		{"lettered items keep their own fields", `KẾ HOẠCH
Cải cách hành chính năm 2026 của tỉnh Lâm Đồng

II. NHIỆM VỤ
1. Cải cách thủ tục hành chính
a) Rà soát, đơn giản hóa thủ tục hành chính.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian: Quý II/2026.
b) Công khai thủ tục hành chính trên Cổng dịch vụ công.
- Cơ quan chủ trì: Văn phòng UBND tỉnh.
- Thời gian: Thường xuyên.
`, []want{
			{6, "Sở Tư pháp", "Quý II/2026", "Rà soát, đơn giản hóa"},
			{9, "Văn phòng UBND tỉnh", "Thường xuyên", "Công khai thủ tục"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			var got []string
			for _, g := range d.Tasks {
				got = append(got, itoa(g.Source.Line)+" "+strings.Join(g.Lead, "|")+" "+g.Deadline.Text+" "+g.Task)
			}
			if len(d.Tasks) != len(tc.want) {
				t.Fatalf("%d tasks, want %d:\n%s", len(d.Tasks), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				g := d.Tasks[i]
				if g.Source.Line != w.line || len(g.Lead) == 0 || g.Lead[0] != w.lead || g.Deadline.Text != w.deadline ||
					!strings.HasPrefix(g.Task, w.task) || strings.Contains(g.Task, "*") {
					t.Errorf("task %d = %s\nwant %+v", i, got[i], w)
				}
			}
		})
	}
}
