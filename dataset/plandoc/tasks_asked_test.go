package plandoc

import "testing"

// TestAskedDuties covers duties a press item or a notice asks of bodies
// without the words that assign them: a modal after a speaker's words
// ("…, các cơ quan, đơn vị cần tiếp tục …"), a request in the passive
// ("Các bộ, ngành được chỉ đạo phải …"), a leader's demand that names no
// body ("Thủ tướng … yêu cầu hoàn thành …", "Thủ tướng chỉ đạo khẩn trương
// …"), and bodies named on a line of their own, in groups a semicolon
// parts, over the paragraphs of their duties. Negatives: "căn cứ" is no
// modal, "Trường hợp cần …" names no body, a headline run into the first
// sentence sets no task, and a body's post ("Giám đốc", which folds as
// "giảm" does) is no duty verb.
func TestAskedDuties(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"a modal after the speaker's words",
			"Tin từ hội nghị.\n\nPhát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh nhấn mạnh, trong thời gian tới, các cơ quan, đơn vị, địa phương cần tiếp tục thực hiện tốt việc hướng dẫn, tiếp nhận hồ sơ.\n",
			[]string{"3|Các cơ quan, đơn vị, địa phương|tiếp tục thực hiện|"}},
		{"a chairman's demand to suspend, then 'Đồng thời, chỉ đạo' a body",
			"Tin từ tỉnh.\n\nĐể chủ động phòng, chống dịch bệnh, Chủ tịch UBND tỉnh yêu cầu tạm ngưng tiếp nhận hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh. Đồng thời, chỉ đạo Trung tâm Phục vụ hành chính công tỉnh chỉ tiếp nhận hồ sơ trực tuyến.\n",
			[]string{"3||tạm ngưng tiếp nhận|", "3|Trung tâm Phục vụ hành chính công tỉnh|tiếp nhận hồ sơ|"}},
		{"the tax office asked in the passive",
			"Tin từ tỉnh.\n\nCơ quan thuế tỉnh Cà Mau được yêu cầu tăng cường chỉ đạo bộ phận chuyên môn bảo đảm thời gian giải quyết hồ sơ.\n",
			[]string{"3|Cơ quan thuế tỉnh Cà Mau|tăng cường chỉ đạo|"}},
		{"a request with a colon inside the sentence",
			"Tin từ tỉnh.\n\nTheo đó, Chủ tịch UBND tỉnh yêu cầu: Thủ trưởng các cơ quan, đơn vị tổ chức quán triệt cán bộ thực hiện nghiêm Chỉ thị số 18/CT-UBND.\n",
			[]string{"3|Các cơ quan, đơn vị|tổ chức quán triệt|"}},
		{"a speaker who stresses, then the units and their modal",
			"Tin từ hội nghị.\n\nBộ trưởng nhấn mạnh, các đơn vị cần nhanh chóng rà soát danh mục nghị định.\n",
			[]string{"3|Các đơn vị|rà soát danh mục|"}},
		{"a request in the passive",
			"Tin từ công điện.\n\nCác bộ, ngành được chỉ đạo phải đẩy nhanh tiến độ tái cấu trúc quy trình.\n\nBộ trưởng, Thủ trưởng cơ quan ngang bộ được đề nghị tập trung hoàn thành cơ sở dữ liệu chuyên ngành.\n",
			[]string{"3|Các bộ, ngành|đẩy nhanh tiến độ|", "5|Bộ trưởng;Thủ trưởng cơ quan ngang bộ|tập trung hoàn thành|"}},
		{"a leader's demand with no body named",
			"Tin từ công điện.\n\nĐể bảo đảm cắt giảm thực chất, Thủ tướng Phạm Minh Chính yêu cầu hoàn thành việc cắt giảm tối thiểu 30% điều kiện kinh doanh.\n",
			[]string{"3||hoàn thành việc cắt|"}},
		{"a leader's direction with no body named",
			"Tin từ công điện.\n\nThủ tướng chỉ đạo khẩn trương rà soát, sửa đổi các quy định không phù hợp.\n",
			[]string{"3||khẩn trương rà soát,|"}},
		{"bodies in groups a semicolon parts, over their paragraphs",
			"Thủ tướng Chính phủ thống nhất về nhiệm vụ năm 2025 như sau:\nBộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:\nNêu gương đi đầu trong nhận thức về chuyển đổi số; chỉ đạo quyết liệt những nhiệm vụ chậm tiến độ.\nKhẩn trương ban hành Kế hoạch thực hiện Chương trình hành động.\n",
			[]string{"3|Bộ trưởng;Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương|Nêu gương đi đầu|",
				"4|Bộ trưởng;Thủ trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ;Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương|Khẩn trương ban hành|"}},
		{"a summary in the opening, stated again with the bodies",
			"Tin từ tỉnh.\n\nChủ tịch UBND tỉnh yêu cầu khẩn trương kiểm tra, làm rõ nguyên nhân gây ra tình trạng trễ hẹn, quá hạn.\n\nNgày 10.11, Văn phòng UBND tỉnh cho biết Chủ tịch UBND tỉnh đã yêu cầu Chủ tịch UBND các huyện chủ trì, phối hợp với các cơ quan liên quan khẩn trương kiểm tra, làm rõ nguyên nhân gây ra tình trạng trễ hẹn, quá hạn.\n",
			[]string{"5|Chủ tịch UBND các huyện|chủ trì, phối hợp|"}},
		{"negative: căn cứ is no modal",
			"Tin từ thành phố.\n\nUBND các xã, phường căn cứ kế hoạch chủ động tổ chức triển khai thực hiện.\n",
			nil},
		{"negative: a case is no body",
			"Tin từ Quốc hội.\n\nTrường hợp cần thiết, điều chỉnh bội chi ngân sách nhà nước lên mức khoảng 4%.\n",
			nil},
		{"negative: a headline run into the first sentence",
			"Thủ tướng yêu cầu tiếp tục cắt giảm thủ tục hành chính, tạo điều kiện cho doanh nghiệp\nThủ tướng Chính phủ vừa ký Công điện số 69/CĐ-TTg ngày 22/5/2025.\n",
			nil},
		{"negative: a director is no duty verb, and carrying out the directive no task",
			"Tin từ tỉnh.\n\nChủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành tổ chức triển khai thực hiện nghiêm túc Chỉ thị này.\n",
			nil},
	})
}
