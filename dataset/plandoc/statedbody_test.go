package plandoc

import "testing"

// TestStatedBodyAt finds a body's name that stands inside a sentence
// right before its "có trách nhiệm", and nothing in sentences without one.
func TestStatedBodyAt(t *testing.T) {
	tests := []struct {
		text string
		want string // the text from the body on, "" when none
	}{
		{"1. Về dữ liệu: Toàn bộ dữ liệu của Hệ thống thông tin của 03 tỉnh (Ninh Bình (cũ), Hà Nam, Nam Định) Sở Khoa học và Công nghệ có trách nhiệm xây dựng phương án chuyển đổi", "Sở Khoa học và Công nghệ có trách nhiệm xây dựng phương án chuyển đổi"},
		{"Đối với hồ sơ tồn đọng trên hệ thống cũ Văn phòng UBND tỉnh có trách nhiệm tổng hợp danh sách", "Văn phòng UBND tỉnh có trách nhiệm tổng hợp danh sách"},
		{"Đối với tài khoản của người dùng, người dùng có trách nhiệm bảo mật mật khẩu", ""},
		{"Dữ liệu của các cơ quan có trách nhiệm lưu trữ theo quy định", ""},
		{"Sở Tư pháp đã tổ chức tập huấn cho các đơn vị", ""},
	}
	for _, tc := range tests {
		rs := []rune(tc.text)
		got := ""
		if j := statedBodyAt(rs, asciiFold(rs)); j > 0 {
			got = string(rs[j:])
		}
		if got != tc.want {
			t.Errorf("statedBodyAt(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
