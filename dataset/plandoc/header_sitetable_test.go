package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestHeaderSiteTable checks the metadata table a legal-text site puts
// above a document: one label and value a row, labels with colons in
// their own cells and two pairs a row, tab-separated; and negatives: a
// the label, a space and the value among other labels so written; and
// negatives: a task table whose cells name the same words, a sentence
// about a signer, a sentence that opens with the label.
func TestHeaderSiteTable(t *testing.T) {
	body := "\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
	for _, tc := range []struct {
		name, text                                  string
		number, typ, issuer, province, date, signer string
	}{
		{"a pair a row", "| Số hiệu | 18/KH-UBND |\n| Ngày ban hành | 19/01/2026 |\n| Loại văn bản | Kế hoạch |\n| Người ký | Lâm Hải Giang |\n| Nơi ban hành | Tỉnh Gia Lai |\n" + body,
			"18/KH-UBND", "KH", "UBND tỉnh Gia Lai", "Gia Lai", "2026-01-19", "Lâm Hải Giang"},
		{"labels with colons, two pairs a row", "| Số hiệu: | 12/KH-UBND | Loại văn bản: | Kế hoạch |\n| Nơi ban hành: | Tỉnh Hà Giang | Người ký: | Nguyễn Văn Sơn |\n| Ngày ban hành: | 05/01/2026 | Ngày hiệu lực: | Đã biết |\n" + body,
			"12/KH-UBND", "KH", "UBND tỉnh Hà Giang", "Hà Giang", "2026-01-05", "Nguyễn Văn Sơn"},
		{"tab-separated", "Số hiệu\t25/KH-UBND\nLoại văn bản\tKế hoạch\nNơi ban hành\tTỉnh Cao Bằng\nNgười ký\tLê Hải Hòa\nNgày ban hành\t05/01/2026\n" + body,
			"25/KH-UBND", "KH", "UBND tỉnh Cao Bằng", "Cao Bằng", "2026-01-05", "Lê Hải Hòa"},
		{"one cell a line, a lone bar between cells", "**Số hiệu:**\n|\n6225/BVHTTDL-VP\n|\n|\n**Loại văn bản:**\n|\nCông văn\n|\n**Nơi ban hành:**\n|\nBộ Văn hoá, Thể thao và du lịch\n|\n**Người ký:**\n|\nNguyễn Văn Hùng\n|\n**Ngày ban hành:**\n|\n18/11/2025\n|\n\nKính gửi: Các cơ quan thuộc Bộ\n",
			"6225/BVHTTDL-VP", "", "Bộ Văn hóa, Thể thao và Du lịch", "", "2025-11-18", "Nguyễn Văn Hùng"},
		{"label, a space and the value", "Số hiệu 67/KH-UBND\nNgày ban hành 13/06/2025\nLoại văn bản Kế hoạch\nCơ quan ban hành Tỉnh Trà Vinh\nNgười ký Nguyễn Quỳnh Thiện\n\nỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 67/KH-UBND\nTrà Vinh, ngày 13 tháng 6 năm 2025\n" + body,
			"67/KH-UBND", "KH", "UBND tỉnh Trà Vinh", "Trà Vinh", "2025-06-13", "Nguyễn Quỳnh Thiện"},
		// Negatives.
		{"a sentence that opens with the label", "UBND TỈNH SƠN LA\nSố: 8/KH-UBND\nSơn La, ngày 2 tháng 1 năm 2026" + body + "Người ký Nguyễn Văn An đã chỉ đạo rà soát.\n",
			"8/KH-UBND", "KH", "UBND tỉnh Sơn La", "Sơn La", "2026-01-02", ""},
		{"task table naming the labels", "UBND TỈNH SƠN LA\nSố: 7/KH-UBND\nSơn La, ngày 2 tháng 1 năm 2026" + body + "| TT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát ngày ban hành văn bản | Sở Tư pháp |\n| 2 | Công khai người ký văn bản | Văn phòng UBND tỉnh |\n",
			"7/KH-UBND", "KH", "UBND tỉnh Sơn La", "Sơn La", "2026-01-02", ""},
		{"a sentence about a signer", "UBND TỈNH SƠN LA\nSố: 7/KH-UBND\nSơn La, ngày 2 tháng 1 năm 2026" + body + "Người ký văn bản chịu trách nhiệm về nội dung.\n",
			"7/KH-UBND", "KH", "UBND tỉnh Sơn La", "Sơn La", "2026-01-02", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, tc.number, tc.typ, tc.issuer, tc.province, tc.date)
			d, err := Parse(strings.NewReader(tc.text), "t.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if d.Plan.Signer != tc.signer {
				t.Errorf("signer = %q, want %q", d.Plan.Signer, tc.signer)
			}
		})
	}
}
