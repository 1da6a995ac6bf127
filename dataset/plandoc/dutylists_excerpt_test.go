package plandoc

import (
	"strings"
	"testing"
)

// TestOneAgencyUnderTasksHeading reads an excerpt that holds only the
// first agency of a list under a tasks heading: its lettered duties are
// tasks led by it. The same heading under a section of aims or results
// gives no task.
func TestOneAgencyUnderTasksHeading(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "bold heading broken over lines, lettered duties wrapped",
			text: `**II. NỘI DUNG
THỰC HIỆN**

**1. Sở Giáo dục và Đào tạo**

a) Chủ trì, phối hợp với các sở, ngành
tăng cường kiểm tra việc thực hiện chương trình;

b) Tổ chức sơ kết, tổng kết việc thực hiện
đề án giai đoạn đến năm 2030;
`,
			want: []string{"6|Sở Giáo dục và Đào tạo|Chủ trì, phối hợp|", "9|Sở Giáo dục và Đào tạo|Tổ chức sơ kết,|"},
		},
		{
			name: "plain heading of tasks and solutions",
			text: `III. NHIỆM VỤ VÀ GIẢI PHÁP

1. Công an thành phố:
a) Rà soát các cơ sở dữ liệu dân cư.
b) Hướng dẫn các xã thực hiện việc cấp định danh điện tử.
`,
			want: []string{"4|Công an thành phố|Rà soát các cơ|", "5|Công an thành phố|Hướng dẫn các xã|"},
		},
		{
			name: "under a section of aims: no task",
			text: `I. MỤC ĐÍCH, YÊU CẦU

1. Sở Y tế:
a) Bảo đảm chất lượng dịch vụ.
b) Nâng cao sự hài lòng của người dân.
`,
			want: nil,
		},
		{
			name: "under a section of results: no task",
			text: `I. KẾT QUẢ ĐẠT ĐƯỢC

1. Sở Y tế:
a) Đã tổ chức 12 lớp tập huấn.
b) Đã số hóa 80% hồ sơ.
`,
			want: nil,
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
