package plandoc

import (
	"strings"
	"testing"
)

// TestDirectiveDuties reads the duties a công điện or chỉ thị lists under
// agency headings: headings broken over two lines, a duty as a paragraph
// of its own, parts under Roman numerals, bracketed duties that name their
// own agency, and the head of a body standing for the body.
func TestDirectiveDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "line|lead;lead" per task
	}{
		{
			name: "headings broken over lines, paragraph duties, parts",
			text: `**I. VỀ THỂ CHẾ**
1. Giám đốc các Sở, Thủ trưởng các ban, ngành
Tập trung rà soát, sửa đổi 120 quy định về thủ tục hành chính
trong tháng 12 năm 2026.
2. Giám đốc các Sở, Thủ trưởng các ban, ngành,
Chủ tịch UBND các xã, phường
Khẩn trương bãi bỏ các quy định không phù hợp như:
yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu.
**II. VỀ DỊCH VỤ CÔNG TRỰC TUYẾN**
1. Chủ tịch UBND các xã, phường thuộc
tỉnh tập trung chỉ đạo rà soát quy trình nội bộ.
2. Giám đốc Sở Y tế hoàn thành việc số hóa hồ sơ
cấp phép trong quý I năm 2027.
**III. TỔ CHỨC THỰC HIỆN**
Văn phòng UBND tỉnh theo dõi, đôn đốc.`,
			want: []string{"3|", "7|", "10|", "12|Sở Y tế"},
		},
		{
			name: "lettered duties, bracketed duties naming their agency, a list of ministries",
			text: `1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ
a) Chuẩn hóa kết quả giải quyết thủ tục hành chính.
b) Các Bộ: Công an, Giáo dục và Đào tạo, Tư pháp khẩn trương
khắc phục lỗi của hệ thống, cụ thể:
(1) Bộ Công an hoàn thành kết nối Cơ sở dữ liệu quốc gia về dân cư.
(2) Bộ Tư pháp kịp thời sửa lỗi của Hệ thống cấp phép.
2. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
a) Bố trí đủ nhân lực cho bộ phận một cửa.`,
			want: []string{"2|", "3|Bộ Công an;Bộ Giáo dục và Đào tạo;Bộ Tư pháp", "5|Bộ Công an", "6|Bộ Tư pháp", "8|"},
		},
		{
			name: "one agency whose heading names its role and partners, cut off in its first duty",
			text: `Theo đó, Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể cho từng sở, ban ngành và các địa phương trong tỉnh thực hiện như sau:

1.Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương, đơn vị liên quan

a) Chủ động nắm bắt tình hình cung ứng hàng hóa, theo dõi sát diễn biến thị trường. Vận động các`,
			want: []string{"5|Sở Công Thương"},
		},
		{
			name: "items whose long list of heads runs on to a third line before its verb",
			text: `Thủ tướng Chính phủ yêu cầu:
1. Cơ quan thanh tra khẩn trương hoàn thành việc
thanh tra trước ngày 26/11/2025.
2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan
trực thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
trung ương chủ trì, phối hợp với cơ quan thanh tra khẩn trương hoàn thành việc cập
nhật, rà soát và phân loại các dự án.
3. Giao Bộ Tài chính - Cơ quan Thường trực Ban Chỉ
đạo 751 đôn đốc các Bộ, cơ quan, địa phương khẩn trương triển khai thực hiện.`,
			want: []string{"2|Cơ quan thanh tra", "4|", "8|Bộ Tài chính"}, // "- Cơ quan Thường trực …": the ministry's role, no second lead
		},
		{
			name: "a numbered line with one lettered item and no request above is no duty list",
			text: `1.Sở Công Thương
a) Kết quả năm 2025 đạt 95%.`,
			want: nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, folded := foldedForTasks(tt.text)
			lines, folded = spaceItemNumbers(lines, folded) // as extractTasksFolded does first
			tasks := agencyDuties(lines, folded, newTaskMemo(2026))
			var got []string
			for k, x := range tasks {
				lead := ""
				if k < len(tt.want) && !strings.HasSuffix(tt.want[k], "|") {
					lead = strings.Join(x.Lead, ";") // "" in want: a group of agencies, not checked
				}
				got = append(got, itoa(x.Source.Line)+"|"+lead)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestItemNumberAgainstWord covers the items whose number is written
// against their first word ("1.Sở"), and the numbers that open no item.
func TestItemNumberAgainstWord(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"1.Sở Công Thương chủ trì", 2},
		{"12)Ủy ban nhân dân các xã", 3},
		{"**2.Sở Nội vụ**", 4},
		{"1. Sở Công Thương", 0},
		{"1.000 hồ sơ", 0},
		{"1.a) rà soát", 0},
		{"2025.Năm", 0},
		{"1.", 0},
		{"", 0},
	}
	for _, tt := range tests {
		if got := itemNumberAgainstWord(tt.line); got != tt.want {
			t.Errorf("itemNumberAgainstWord(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}
