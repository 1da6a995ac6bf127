package plandoc

import (
	"strings"
	"testing"
)

// TestTasksHeadingList reads the numbered items under a heading that
// names tasks ("MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI" of a
// Government Office notice, "Về nhiệm vụ …"), the heading and the items
// broken over lines, an introducing paragraph between them or not: tasks
// without a lead, one per item, at the item's first line.
func TestTasksHeadingList(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "bold heading broken over two lines, items wrapped",
			text: `VĂN PHÒNG CHÍNH PHỦ
Số: 512/TB-VPCP
THÔNG BÁO
Kết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh Lào Cai

Phó Thủ tướng đã kết luận như sau:

**II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP
TRONG THỜI GIAN TỚI**

1. Tập trung rà soát, sắp xếp bộ máy hành chính
cấp xã bảo đảm tinh gọn, hiệu quả.

2. Đẩy mạnh cải cách thủ tục hành chính, số hóa hồ sơ,
kết quả giải quyết thủ tục hành chính.

3. Khẩn trương giải ngân vốn đầu tư công, hoàn thành trong năm 2025.
`,
			want: []string{"11||Tập trung rà soát,|", "14||Đẩy mạnh cải cách|", "17||Khẩn trương giải ngân|2025-12-31"},
		},
		{
			name: "an introducing paragraph between the heading and its items",
			text: `VĂN PHÒNG CHÍNH PHỦ
Số: 77/TB-VPCP
THÔNG BÁO
Kết luận của Thủ tướng Chính phủ tại buổi làm việc với lãnh đạo tỉnh An Giang

III. VỀ NHIỆM VỤ THỜI GIAN TỚI

Để đạt mục tiêu tăng trưởng 8% năm 2025, tỉnh An Giang cần tập trung
thực hiện một số nội dung trọng tâm sau:

1. Rà soát các chỉ tiêu phát triển kinh tế - xã hội.
2. Tiếp tục cải thiện môi trường đầu tư kinh doanh.

IV. VỀ KIẾN NGHỊ CỦA TỈNH
`,
			// The province the notice asks is its People's Committee
			// (heldout9 189, heldout11 266).
			want: []string{"11|UBND tỉnh An Giang|Rà soát các chỉ|", "12|UBND tỉnh An Giang|Tiếp tục cải thiện|"},
		},
		{
			name: "a heading naming results lists no tasks",
			text: `VĂN PHÒNG CHÍNH PHỦ
Số: 78/TB-VPCP
THÔNG BÁO

I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ

1. Tỉnh đã hoàn thành sắp xếp bộ máy.
2. Tỉnh đã giải ngân 90% vốn đầu tư công.
`,
			want: nil,
		},
		{
			name: "the province's requests are no tasks",
			text: `VĂN PHÒNG CHÍNH PHỦ
Số: 79/TB-VPCP
THÔNG BÁO

IV. VỀ CÁC KIẾN NGHỊ CỦA TỈNH

1. Về bổ sung vốn cho dự án đường ven biển.
2. Về điều chỉnh quy hoạch khu công nghiệp.
`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := taskRows(parseText(t, tt.text))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
