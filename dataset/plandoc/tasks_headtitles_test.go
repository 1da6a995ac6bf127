package plandoc

import (
	"strings"
	"testing"
)

// TestHeadTitleItems reads the numbered items of a decision's closing
// article that name the head of a body ("Chánh Văn phòng …", "Chánh
// Thanh tra …", "Giám đốc Sở …") with its duty, wrapped over lines: each
// is a task led by the body, and an item naming two heads gives both.
func TestHeadTitleItems(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "two heads in one wrapped item, then a director",
			text: `**Điều 3. **Tổ chức thực hiện
1. Giao Giám đốc Sở Xây dựng
- Cập nhật danh mục thủ tục hành chính trên cơ sở dữ liệu quốc gia.
2. Chánh Văn phòng Ủy ban nhân dân
tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường tổ chức niêm yết công khai
danh mục tại bộ phận một cửa.
3. Giám đốc Sở Xây dựng chủ trì, phối
hợp với các cơ quan có liên quan thiết lập quy trình điện tử.
`,
			want: []string{
				"3|Sở Xây dựng|Cập nhật danh mục|",
				"4|Văn phòng UBND tỉnh;Chủ tịch UBND các xã, phường|tổ chức niêm yết|",
				"7|Sở Xây dựng|chủ trì, phối hợp|",
			},
		},
		{
			name: "the chief inspector",
			text: `**Điều 2. **Trách nhiệm thi hành
1. Chánh Thanh tra tỉnh
- Kiểm tra việc thực hiện quy định về tiếp công dân.
2. Giám đốc Sở Nội vụ
- Tổng hợp kết quả, báo cáo UBND tỉnh.
`,
			want: []string{
				"3|Thanh tra tỉnh|Kiểm tra việc thực|",
				"5|Sở Nội vụ|Tổng hợp kết quả,|",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := parseString(tc.text, "t.txt", nil)
			if err != nil {
				t.Fatal(err)
			}
			got := taskRows(d)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestHeadOfBody names the body a head's title stands for, and keeps
// any other lead: a minister stays the minister (a national directive asks
// the ministers themselves; the labelled texts name them so 26 times to
// 3), a department's director or an office's chief stands for the body.
func TestHeadOfBody(t *testing.T) {
	for in, want := range map[string]string{
		"Chánh Văn phòng UBND tỉnh": "Văn phòng UBND tỉnh",
		"Chánh Thanh tra thành phố": "Thanh tra thành phố",
		"Giám đốc Sở Y tế":          "Sở Y tế",
		"Bộ trưởng Bộ Tài chính":    "Bộ trưởng Bộ Tài chính",
		"Văn phòng UBND tỉnh":       "Văn phòng UBND tỉnh",
		"Chánh án Tòa án tỉnh":      "Chánh án Tòa án tỉnh",
		"Chánh":                     "Chánh",
	} {
		if got := headOfBody(in); got != want {
			t.Errorf("headOfBody(%q) = %q, want %q", in, got, want)
		}
	}
}
