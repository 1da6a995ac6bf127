package plandoc

import (
	"strings"
	"testing"
)

// TestBodyListDuties reads the duty of a list of several bodies that
// opens a paragraph after an article's assignment, however long the list
// ("Sở …, Thuế …, UBND cấp xã, Văn phòng Đăng ký đất đai … có trách nhiệm
// …"), with "Đăng ký" in a body's name not read as "đang"; a long
// subject that is no list of bodies gives none.
func TestBodyListDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "four bodies, one with Đăng ký in its name",
			text: `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính
QUYẾT ĐỊNH:
**Điều 1. **Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.

**Điều 2. **Trung tâm Phục vụ hành chính công tỉnh chủ trì bảo đảm điều kiện kỹ thuật của hệ thống.

Sở Nông nghiệp và Môi trường, Thuế tỉnh Lâm Đồng và các Thuế cơ sở, UBND cấp xã, Văn phòng Đăng ký đất đai và các Chi nhánh trực thuộc có trách nhiệm tuân thủ quy trình giải quyết theo phương án được phê duyệt.
`,
			want: []string{"8|Trung tâm Phục vụ hành chính công tỉnh|chủ trì bảo đảm|", "10|Sở Nông nghiệp và Môi trường;Thuế tỉnh Lâm Đồng;Các Thuế cơ sở;UBND cấp xã;Văn phòng Đăng ký đất đai;Các Chi nhánh trực thuộc|có trách nhiệm tuân|"},
		},
		{
			name: "negative: a body that đang does it",
			text: `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính
QUYẾT ĐỊNH:
**Điều 1. **Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.

**Điều 2. **Sở Tư pháp chủ trì rà soát văn bản.

Sở Tài chính đang triển khai kế hoạch kiểm tra.
`,
			want: []string{"8|Sở Tư pháp|chủ trì rà soát|"},
		},
		{
			name: "negative: a long subject that is no list of bodies",
			text: `ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính
QUYẾT ĐỊNH:
**Điều 1. **Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết thủ tục hành chính.

**Điều 2. **Sở Tư pháp chủ trì rà soát văn bản.

Sở hữu trí tuệ của người dân, quyền của doanh nghiệp, lợi ích của hợp tác xã và hộ kinh doanh trên địa bàn theo quy định hiện hành và các văn bản có liên quan có trách nhiệm bảo đảm.
`,
			want: []string{"8|Sở Tư pháp|chủ trì rà soát|"},
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
