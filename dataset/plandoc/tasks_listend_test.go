package plandoc

import "testing"

// TestDutyListEnds reads duty lists that run into the closing part of the
// document: the recipients ("Nơi nhận:", in a table cell after a lone "|"
// or on its own line, with or without its first recipient) and the next
// article of a decision ("Điều 3. Quyết định này có hiệu lực …") end the
// list, and no recipient is a task.
func TestDutyListEnds(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"recipients after a lone pipe", `KẾ HOẠCH
Triển khai hạ tầng số trên địa bàn tỉnh

**1. Sở Khoa học và Công nghệ**

- Theo dõi, đôn đốc các doanh nghiệp viễn thông phát triển hạ tầng.

- Hướng dẫn, kiểm tra việc triển khai các trạm phát sóng.

**2. Ban Quản lý Khu kinh tế**

- Đề xuất các khu công nghiệp cần ưu tiên phủ sóng, các giải pháp
kết nối cho doanh nghiệp

|
Nơi nhận:
- Chủ tịch, các PCT UBND tỉnh,
- Sở, ban, ngành cấp tỉnh;
- Lưu: VT, KGVX.
|
`, []taskSummary{
			{6, "1.1", []string{"Sở Khoa học và Công nghệ"}},
			{8, "1.2", []string{"Sở Khoa học và Công nghệ"}},
			{12, "2", []string{"Ban Quản lý Khu kinh tế"}},
		}},
		{"recipients with the first one on their line", `KẾ HOẠCH
Cải cách hành chính năm 2027

1. Sở Nội vụ:
- Tham mưu kiểm tra công vụ năm 2027;
- Hướng dẫn các xã xây dựng kế hoạch cải cách hành chính
2. Sở Tư pháp:
- Rà soát văn bản quy phạm pháp luật
Nơi nhận: - Như trên;
- Bộ Nội vụ;
- Lưu: VT.
`, []taskSummary{
			{5, "1.1", []string{"Sở Nội vụ"}},
			{6, "1.2", []string{"Sở Nội vụ"}},
			{8, "2", []string{"Sở Tư pháp"}},
		}},
		{"the next article after the last duty", `QUYẾT ĐỊNH:

**Điều 1. **Thông qua phương án đơn giản hóa 02 thủ tục hành chính.

**Điều 2. **Tổ chức thực hiện

**1. **Giao Sở Y tế chủ trì, phối hợp các sở, ngành theo dõi, cập nhật
các quy định có liên quan.

**2. **Giao Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm theo dõi, đôn đốc
việc thực hiện các phương án đã được phê duyệt thuộc thẩm

**Điều 3. **Quyết định này có hiệu lực thi hành kể từ ngày ký.

**Điều 4. **Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế và các tổ chức, cá nhân
có liên quan chịu trách nhiệm thi hành Quyết định này./.

* *

|
Nơi nhận:
- Như Điều 4;
- Văn phòng UBND tỉnh;
- Lưu: VT.
|
`, []taskSummary{
			{7, "1", []string{"Sở Y tế"}},
			{10, "2", []string{"Văn phòng UBND tỉnh"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestDutyListEndsNot keeps the lines that only look like the closing
// part inside a duty: a wrapped line starting "nơi nhận hồ sơ" and a
// reference to an article in the middle of a sentence.
func TestDutyListEndsNot(t *testing.T) {
	for _, f := range []string{
		"noi nhan ho so cua cac xa",
		"noi nhan ket qua",
		"dieu chinh ke hoach",
		"dieu kien thuc hien",
		"theo dieu 3. quyet dinh",
	} {
		if endsDutyList(f) {
			t.Errorf("endsDutyList(%q) = true", f)
		}
	}
	for _, f := range []string{"noi nhan:", "| noi nhan", "noi nhan: - nhu tren;", "dieu 3. quyet dinh nay", "** dieu 12: hieu luc"} {
		if !endsDutyList(f) {
			t.Errorf("endsDutyList(%q) = false", f)
		}
	}
}
