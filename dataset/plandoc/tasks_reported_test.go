package plandoc

import "testing"

// TestReportedDuties covers duties a press item reports in the words of
// others: a committee that directs a body it names ("UBND tỉnh cũng chỉ
// đạo Sở Nội vụ chủ trì …", the province left unnamed), a body's plans
// in a speaker's words after what opens the sentence ("… cho biết: Ngay
// sau khi …, trong giai đoạn 2021 - 2025, Sở Thông tin và Truyền thông sẽ
// triển khai …"), and a duty that goes on from an assignment after a
// leading clause ("Trong quá trình triển khai thực hiện, Bộ Kế hoạch và
// Đầu tư chủ động …"). Negatives: a department that "chỉ đạo" does so as
// its own duty, and a ministry reported without a speaker's colon is no
// planned action of a body.
func TestReportedDuties(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"a committee directs a named body",
			"Tin từ tỉnh.\n\nUBND tỉnh cũng chỉ đạo Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan khẩn trương tổng kết kết quả cải cách hành chính năm 2025.\n",
			[]string{"3|Sở Nội vụ|chủ trì, phối hợp|"}},
		{"a body's plans in a speaker's words",
			"Tin từ tỉnh.\n\nBáo cáo tại cuộc họp, ông Nguyễn Văn An - Giám đốc Sở Thông tin và Truyền thông cho biết: Ngay sau khi HĐND tỉnh thông qua chủ trương đầu tư, trong giai đoạn 2021 - 2025, Sở Thông tin và Truyền thông sẽ triển khai 04 dự án đầu tư hạ tầng công nghệ thông tin.\n",
			[]string{"3|Sở Thông tin và Truyền thông|triển khai 04 dự|"}},
		{"a duty after a leading clause goes on from an assignment",
			"Tin từ Chính phủ.\n\nTheo đó, Thủ tướng giao Bộ Tài chính chủ trì triển khai Phương án cắt giảm thủ tục hành chính.\nTrong quá trình triển khai thực hiện, Bộ Tài chính chủ động phát hiện và kịp thời sửa đổi các quy định có liên quan.\nVăn phòng Chính phủ kiểm tra, đôn đốc thực hiện Phương án.\n",
			[]string{"3|Bộ Tài chính|chủ trì triển khai|", "4|Bộ Tài chính|chủ động phát hiện|", "5|Văn phòng Chính phủ|kiểm tra, đôn đốc|"}},
		// negatives
		{"negative: a department directs as its own duty",
			"Tin từ tỉnh.\n\nSở Y tế chỉ đạo các bệnh viện thực hiện nghiêm quy trình khám bệnh.\n",
			nil},
		{"negative: planned action without a speaker's colon",
			"Tin từ Bộ.\n\nTheo lộ trình, Đảng ủy Chính phủ sẽ báo cáo Ban Chấp hành Trung ương tại Hội nghị lần thứ 11.\n",
			nil},
	})
}

// TestBackgroundDocumentNotTheText covers a document a press item names
// as issued before the news it reports ("Ngay sau khi HĐND tỉnh ban hành
// Nghị quyết số 51/NQ-HĐND …, Sở … sẽ triển khai …"): not the text's
// own. A number printed with its issuer's code set apart ("Kế hoạch số
// 68/KH - UBND") is read whole.
func TestBackgroundDocumentNotTheText(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "a resolution issued before the news",
			text: "Tin từ Sở.\n\nGiám đốc Sở cho biết: Ngay sau khi Hội đồng nhân dân tỉnh ban hành Nghị quyết số 51/NQ-HĐND ngày 04/12/2020 về chủ trương đầu tư dự án, Sở sẽ triển khai các dự án.\n",
			year: -1},
		{name: "a number with its code set apart",
			text:   "Vừa qua, UBND tỉnh đã ban hành Kế hoạch số 68/KH - UBND về ứng dụng công nghệ thông tin năm 2021.\n",
			number: "68/KH-UBND", typ: "KH", year: 2021},
	})
}
