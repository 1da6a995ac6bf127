package plandoc

import (
	"strings"
	"testing"
)

// TestShareOutSection reads the section that shares a plan's duties out
// among agencies before the section on carrying it out ("III. PHÂN CÔNG
// NHIỆM VỤ"): each duty under a numbered agency heading, bold or not,
// with or without a colon, and whatever its lines' wrapping, is a task
// led by that agency; the items of "TỔ CHỨC THỰC HIỆN" after it are read
// as before.
func TestShareOutSection(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "bold agency headings, hard-wrapped dash duties, then the closing section",
			text: `**KẾ HOẠCH**

**III. PHÂN CÔNG NHIỆM VỤ**

**1. Sở Tư pháp**

- Chủ trì, phối hợp với các cơ quan có liên
quan tham mưu UBND tỉnh ban hành quy chế phối hợp.

- Tăng cường công tác kiểm tra việc thi hành
pháp luật trên địa bàn tỉnh.

**2. Sở Tài chính**

- Bố trí kinh phí thực hiện kế hoạch.

**IV. TỔ CHỨC THỰC HIỆN**

**1.** Các sở, ngành xây dựng kế hoạch cụ thể để triển khai thực hiện.

2. Giao Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch này.
`,
			want: []string{
				"7|Sở Tư pháp|Chủ trì, phối hợp|",
				"10|Sở Tư pháp|Tăng cường công tác|",
				"15|Sở Tài chính|Bố trí kinh phí|",
				"19|Các sở, ngành|xây dựng kế hoạch|",
				"21|Sở Tư pháp|theo dõi, đôn đốc|",
			},
		},
		{
			name: "plain headings, a paragraph duty under each, another heading wording",
			text: `IV. PHÂN CÔNG TRÁCH NHIỆM

1. Công an tỉnh
Chủ trì tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác bảo mật.

2. Sở Khoa học và Công nghệ
Nghiên cứu, ban hành tiêu chuẩn kỹ thuật về hạ tầng bảo mật.

V. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ theo dõi, tổng hợp kết quả thực hiện.
`,
			want: []string{
				"4|Công an tỉnh|Chủ trì tổ chức|",
				"7|Sở Khoa học và Công nghệ|Nghiên cứu, ban hành|",
				"11|Sở Nội vụ|theo dõi, tổng hợp|",
			},
		},
		{
			name: "a bold agency heading broken over two lines",
			text: `III. TRÁCH NHIỆM THỰC HIỆN

**1. Ban Quản lý Khu kinh tế
Đông Nam**

- Đề xuất các khu công nghiệp cần ưu tiên đầu tư hạ tầng số.

- Phối hợp với Sở Công Thương hỗ trợ doanh nghiệp.
`,
			want: []string{
				"6|Ban Quản lý Khu kinh tế Đông Nam|Đề xuất các khu|",
				"8|Ban Quản lý Khu kinh tế Đông Nam|Phối hợp với Sở|",
			},
		},
		{
			name: "the words in a sentence open no section",
			text: `Căn cứ kết quả rà soát, UBND huyện thực hiện phân công nhiệm vụ cho các phòng chuyên môn.

1. Phòng Nội vụ

- Tổng hợp kết quả.
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
