package plandoc

import "testing"

// TestRequestedLetteredList covers a government resolution's request to
// the ministers and chairmen ("Chính phủ yêu cầu các Bộ trưởng, … những
// nội dung sau:") over lettered items a) to g), "đ)" among them: each
// item is a task led by the bodies asked, whatever its lines hold (a line
// in small letters after a semicolon, a sentence of its own after the
// item's first), and the list is the text's tasks though a numbered
// section later names a body reporting ("2. Bộ Tư pháp báo cáo về …").
func TestRequestedLetteredList(t *testing.T) {
	text := "NGHỊ QUYẾT\nPhiên họp Chính phủ thường kỳ tháng 4 năm 2026\n\n" +
		"II. PHƯƠNG HƯỚNG, NHIỆM VỤ\n" +
		"Chính phủ yêu cầu các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, \nthành phố tập trung chỉ đạo, điều hành hiệu quả, trong đó chú trọng những nội dung sau: \n" +
		"a) Chủ động rà soát, tổ chức triển khai quyết liệt các nhiệm vụ được giao; \n" +
		"b) Khẩn trương xây dựng văn bản quy định chi tiết các luật, bảo đảm chất lượng, tiến độ; \n" +
		"giao Văn phòng Chính phủ đưa nội dung này vào Quy chế làm việc của Chính phủ. \n" +
		"c) Tập trung nguồn lực để thực hiện nhiệm vụ tổng rà soát hệ thống văn bản. \n" +
		"d) Theo dõi chặt chẽ diễn biến tình hình thế giới, kịp thời tham mưu giải pháp điều hành. \n" +
		"Chuẩn bị kịch bản ứng phó trong tình huống thị trường biến động. \n" +
		"đ) Đẩy mạnh giải ngân vốn đầu tư công, bảo đảm giải ngân 100% kế hoạch vốn. \n" +
		"e) Triển khai hiệu quả các Nghị quyết về cắt giảm, đơn giản hóa thủ tục hành chính. \n" +
		"g) Củng cố quốc phòng, an ninh, bảo đảm trật tự an toàn xã hội. \n" +
		"III. VỀ CÁC BÁO CÁO TẠI PHIÊN HỌP\n" +
		"1. Bộ Tài chính báo cáo về tình hình kinh tế - xã hội tháng 4 năm 2026. \n" +
		"2. Bộ Tư pháp báo cáo về tiếp thu, chỉnh lý dự thảo Luật Thủ đô (sửa đổi). \n"
	const asked = "Các Bộ trưởng;Thủ trưởng cơ quan ngang bộ;Chủ tịch UBND các tỉnh, thành phố"
	checkTaskRows(t, []taskRowCase{{"a resolution's request", text, []string{
		"7|" + asked + "|Chủ động rà soát,|",
		"8|" + asked + "|Khẩn trương xây dựng|",
		"10|" + asked + "|Tập trung nguồn lực|",
		"11|" + asked + "|Theo dõi chặt chẽ|",
		"13|" + asked + "|Đẩy mạnh giải ngân|",
		"14|" + asked + "|Triển khai hiệu quả|",
		"15|" + asked + "|Củng cố quốc phòng,|",
	}}})
}
