package plandoc

import (
	"strings"
	"testing"
)

// TestStatedDuties reads the duties rules state in so many words, with no
// assignment before them: a body's name at once followed by "có trách
// nhiệm", after an item's marker or its topic ("b) …", "3. Về tập huấn:
// …"); a duty named without the body, or a body that "có" something
// else, gives none.
func TestStatedDuties(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nQUY CHẾ\nQuản lý hệ thống thông tin giải quyết thủ tục hành chính\n\n**Điều 5. Tài khoản và tập huấn**\n\n"
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "lettered item, the head of every body",
			body: "a) Tài khoản trên hệ thống cũ được chuyển sang hệ thống mới.\n\nb) Thủ trưởng các cơ quan, đơn vị có trách nhiệm chỉ đạo việc khóa các tài khoản không còn sử dụng.\n",
			want: []string{"9|Các cơ quan, đơn vị|có trách nhiệm chỉ|"},
		},
		{
			name: "numbered item with a topic",
			body: "1. Về dữ liệu: dữ liệu cũ được giữ nguyên.\n\n2. Về tập huấn, hướng dẫn: Sở Khoa học và Công nghệ có trách nhiệm tổ chức các lớp tập huấn cho cán bộ.\n",
			want: []string{"9|Sở Khoa học và Công nghệ|có trách nhiệm tổ|"},
		},
		{
			name: "a plain sentence, another body",
			body: "Văn phòng UBND tỉnh có trách nhiệm theo dõi việc vận hành hệ thống.\n",
			want: []string{"7|Văn phòng UBND tỉnh|có trách nhiệm theo|"},
		},
		{
			name: "negative: a duty without its body",
			body: "Người dùng có trách nhiệm bảo mật mật khẩu của mình.\n",
		},
		{
			name: "negative: a body that has something else",
			body: "Sở Tài chính có trụ sở tại thành phố Phủ Lý.\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := taskRows(parseText(t, head+tt.body))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
