package plandoc

import "testing"

// TestSingleAgencyHeading reads an excerpt that holds only the first
// agency of a directive's list: after the request that introduces the
// list ("… tập trung thực hiện các nội dung sau:") and a section heading,
// a bold numbered heading broken over several lines names a collective
// body with its members in brackets; each of its lettered duties is a
// task led by those members. Without the request, or with one duty, a
// single heading is no list; right under a decision's article ("Điều
// 1. …" / "1. Sở Tài chính." / "- Làm đầu mối …") it is.
func TestSingleAgencyHeading(t *testing.T) {
	members := []string{"Sở Tài chính", "Ban quản lý Khu kinh tế tỉnh", "Ban Quản lý các Khu công nghiệp tỉnh"}
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bold heading over four lines, members in brackets", `CHỈ THỊ
Về tăng cường quản lý nhà nước về đầu tư trên địa bàn tỉnh Kon Tum

Để khắc phục tồn tại, hạn chế nêu trên, Chủ tịch
UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành và Chủ tịch UBND các xã, phường
tập trung thực hiện các nội dung sau:

**I.
Trách nhiệm phối hợp trong công tác thẩm định dự án**

**1.
Các cơ quan đăng ký đầu tư (Sở Tài chính, Ban quản lý Khu kinh tế
tỉnh, Ban Quản lý các Khu
công nghiệp tỉnh):**

a) Là đầu mối tiếp nhận hồ sơ, tổ chức lấy ý kiến thẩm định dự án.

b) Chịu trách nhiệm kiểm tra tính hợp lệ của hồ sơ.
`, []taskSummary{
			{16, "1.a", members},
			{18, "1.b", members},
		}},
		{"a plain heading with a colon, a request two lines up", `Chủ tịch UBND tỉnh đề nghị các cơ quan, đơn vị triển khai các nội dung
như sau:
1. Sở Khoa học và Công nghệ:
a) Hướng dẫn các xã triển khai nền tảng số.
b) Theo dõi, đôn đốc các doanh nghiệp viễn thông.
`, []taskSummary{
			{4, "1.a", []string{"Sở Khoa học và Công nghệ"}},
			{5, "1.b", []string{"Sở Khoa học và Công nghệ"}},
		}},
		{"a heading closed by a full stop right under a decision's article, dashed duties", `QUYẾT ĐỊNH:
Điều 1. Phê duyệt Bộ Chỉ số đánh giá năng lực cạnh tranh cấp sở, ban, ngành và địa phương.
1. Sở Tài chính.
- Làm đầu mối tổ chức thực hiện; tiếp nhận kết quả đánh giá từ Đơn vị tư vấn.
`, []taskSummary{
			{4, "1", []string{"Sở Tài chính"}},
		}},
		{"the same heading and duty with no article above: no list", `Kết quả năm 2025
1. Sở Tài chính.
- Làm đầu mối tổ chức thực hiện; tiếp nhận kết quả đánh giá từ Đơn vị tư vấn.
`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
	if n := len(namedInBrackets("Các cơ quan (Sở A)")); n == 0 {
		t.Error("namedInBrackets emptied a lead")
	}
	for _, lead := range []string{"Các cơ quan (theo phân cấp)", "Sở Tài chính (chủ trì)", "Các đơn vị (nếu có), Sở Nội vụ"} {
		if got := namedInBrackets(lead); got != lead {
			t.Errorf("namedInBrackets(%q) = %q, want it unchanged", lead, got)
		}
	}
}
