package plandoc

import "testing"

// TestNoticeConclusions reads the numbered conclusions of a notice, hard
// wrapped: a heading broken after a comma between bodies ("1. Các đồng
// chí Bộ trưởng," / "Thủ trưởng cơ quan ngang Bộ, … theo chức năng,
// nhiệm vụ …") introduces the dashes under it and is no task; "Các đồng
// chí" is a form of address, "theo chức năng, nhiệm vụ" ends the bodies;
// an item that opens with its basis ("2. Trên cơ sở đề nghị của các Bộ,
// cơ quan liên quan, Bộ Tài chính khẩn trương …") is led by the body after
// it.
func TestNoticeConclusions(t *testing.T) {
	text := `VĂN PHÒNG CHÍNH PHỦ
Số: 659/TB-VPCP
THÔNG BÁO
Kết luận của Phó Thủ tướng Chính phủ tại cuộc họp về tình hình thực hiện Nghị quyết số 66-NQ/TW
Phó Thủ tướng Chính phủ kết luận như sau:
1. Các đồng chí Bộ trưởng,
Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ theo chức năng, nhiệm vụ,
thẩm quyền đề cao trách nhiệm, trực tiếp chỉ đạo thực hiện đồng bộ các nhiệm vụ; trong đó lưu ý một số nội dung trọng tâm
sau:
- Tập trung rà soát, xác định
rõ tình hình thực hiện các nhiệm vụ và thời hạn hoàn thành của từng Bộ, cơ quan.
- Khẩn trương thực hiện các
chế độ, chính sách đối với người tham gia công tác xây dựng pháp luật.
2. Trên cơ sở đề nghị của
các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, kịp thời bố trí
kinh phí ngân sách Nhà nước.
3. Bộ Tư pháp có trách nhiệm kiểm tra, đôn đốc các Bộ, cơ quan trong việc thực hiện các nhiệm vụ nêu trên.
`
	want := []string{
		"10|Bộ trưởng;Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ|Tập trung rà soát,|",
		"12|Bộ trưởng;Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ|Khẩn trương thực hiện|",
		"14|Bộ Tài chính|khẩn trương rà soát,|",
		"17|Bộ Tư pháp|có trách nhiệm kiểm|",
	}
	compareRows(t, taskRows(parseText(t, text)), want)
}
