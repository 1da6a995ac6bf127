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
		{"the province directs, after a leading clause",
			"Tin từ tỉnh.\n\nSau lễ công bố này, tỉnh chỉ đạo các ban ngành chức năng rà soát lần cuối các thủ tục để công bố vào ngày 20/8 tới.\n",
			[]string{"3|Các ban, ngành chức năng|rà soát lần cuối|"}},
		{"a steering committee directs",
			"Tin từ tỉnh.\n\nBan chỉ đạo Đề án 30 của Chính phủ tiếp tục chỉ đạo các ban, ngành, thành phố hoàn thành công bố các thủ tục hành chính.\n",
			[]string{"3|Các ban, ngành, thành phố|hoàn thành công bố|"}},
		{"a committee's letter directs",
			"Tin từ tỉnh.\n\nUBND tỉnh tiếp tục có văn bản chỉ đạo các sở, ban, ngành khẩn trương rà soát kết quả thực hiện các tiêu chí.\n",
			[]string{"3|Các sở, ban, ngành|khẩn trương rà soát|"}},
		{"working groups and their heads",
			"Chủ tịch UBND tỉnh vừa ký quyết định thành lập 4 Tổ công tác.\n\nCác tổ trưởng phải chịu trách nhiệm chỉ đạo địa bàn được phân công.\n\nTổ công tác hoạt động từ ngày 17/9 và hoàn thành nhiệm vụ trước ngày 15/10.\n",
			[]string{"3|Các tổ trưởng|chịu trách nhiệm chỉ|", "5|Tổ công tác|hoạt động từ ngày|"}},
		{"a working group's stated duty",
			"Tin từ tỉnh.\n\nTổ công tác có nhiệm vụ trực tiếp kiểm tra, rà soát và hướng dẫn các địa phương trong quá trình thực hiện chính quyền địa phương 02 cấp.\n",
			[]string{"3|Tổ công tác|có nhiệm vụ trực|"}},
		{"a stated duty after its colon, in a decision's article",
			"QUYẾT ĐỊNH:\nĐiều 2. Trách nhiệm của các cơ quan:\n1. Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm: Ban hành Quy chế hoạt động của Bộ phận tiếp nhận.\n",
			[]string{"3|Văn phòng UBND tỉnh|có trách nhiệm: Ban|"}},
		{"a body's role left out of its name",
			"Chủ tịch UBND tỉnh vừa ký quyết định thành lập 4 Tổ công tác.\n\nChủ tịch UBND các xã, phường với vai trò là thành viên của tổ công tác, có trách nhiệm chuẩn bị báo cáo tình hình thực hiện.\n",
			[]string{"3|Chủ tịch UBND các xã, phường|có trách nhiệm chuẩn|"}},
		{"items each led by the body after 'do'",
			"Tin từ thành phố.\n\nCụ thể, ông Hoan giao Sở Nội vụ điều chỉnh tên Đề án.\n\nSở Nội vụ làm chủ nhiệm đề án, phối hợp các sở, ngành xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, Con người đô thị do Viện Nghiên cứu phát triển TP.HCM chủ trì và Quản lý nhà nước do Sở Nội vụ chủ trì.\n",
			[]string{"3|Sở Nội vụ|điều chỉnh tên Đề|", "5|Sở Nội vụ|làm chủ nhiệm đề|", "5|Sở Kế hoạch và Đầu tư|Kinh tế đô thị|",
				"5|Viện Nghiên cứu phát triển TP.HCM|Con người đô thị|", "5|Sở Nội vụ|Quản lý nhà nước|"}},
		{"negative: an item without its body",
			"Tin từ thành phố.\n\nUBND thành phố giao Sở Nội vụ xây dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì và Văn hóa đô thị.\n",
			[]string{"3|Sở Nội vụ|xây dựng các đề|"}},
		{"an institute assigned",
			"Tin từ thành phố.\n\nTheo đó, UBND thành phố giao Viện Kinh tế - Xã hội chủ trì, phối hợp với Sở Tài chính nghiên cứu, đề xuất thành lập Tổ tư vấn chính sách.\n",
			[]string{"3|Viện Kinh tế - Xã hội|chủ trì, phối hợp|"}},
		{"negative: teachers counted after a plan's lead-in",
			"Tin từ tỉnh.\n\nTheo đó, tỉnh tuyển dụng 1958 giáo viên năm 2025, cụ thể như sau:\n- Giáo viên Mầm non: 260 chỉ tiêu;\n- Giáo viên Tiểu học: 535 chỉ tiêu.\n",
			nil},
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

// TestSpecificsConnective covers "Cụ thể," before a body's duty in a
// report after an assignment ("Cụ thể, Sở Xây dựng có nhiệm vụ rà soát
// …"): a connective, as
// "Theo đó," is, with "có nhiệm vụ" ending the body's name as "có trách
// nhiệm" does. Negatives: "Cụ thể," before the figures of a report after a
// request is no duty ("cử", a duty's verb, folds as "cụ" does), nor is a
// quota the bodies "cần có" ("… cần có hồ sơ … đạt tỷ lệ từ 50% trở lên"),
// nor a leader's words on the aim ("… nêu rõ, mục tiêu hướng đến là đảm
// bảo …"), read up to its first verb as if a body's name.
func TestSpecificsConnective(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"a body's duty after 'Cụ thể,'",
			"Tin từ thành phố.\n\nTheo đó, Phó Chủ tịch UBND thành phố giao Sở Xây dựng tiếp thu ý kiến của các cơ quan, đơn vị.\n\nCụ thể, Sở Xây dựng có nhiệm vụ rà soát, làm rõ nội dung phân cấp hay ủy quyền.\n",
			[]string{"3|Sở Xây dựng|tiếp thu ý kiến|", "5|Sở Xây dựng|có nhiệm vụ rà|"}},
		{"negative: figures after a request",
			"Tin từ tỉnh.\n\nChủ tịch UBND tỉnh yêu cầu lãnh đạo các cơ quan và các địa phương chỉ đạo tiếp nhận hồ sơ trực tuyến trong thời gian tám giờ.\n\nCụ thể, theo đánh giá của Văn phòng Chính phủ, tỉnh còn 1.401 hồ sơ chậm được tiếp nhận.\n",
			[]string{"3|Các cơ quan;Các địa phương|chỉ đạo tiếp nhận|"}},
		{"negative: a leader's words on the aim after a request",
			"Tin tức.\n\nPhó Chủ tịch UBND tỉnh Đồng Nai chỉ đạo các sở, ban, ngành khẩn trương tập trung rà soát việc số hóa hồ sơ.\n\nPhó Chủ tịch UBND tỉnh Đồng Nai nêu rõ, mục tiêu hướng đến là đảm bảo kết quả số hóa hồ sơ; tạo cơ sở tái sử dụng dữ liệu.\n",
			[]string{"3|Các sở, ban, ngành|khẩn trương tập trung|"}},
		{"negative: a quota",
			"Tin từ huyện.\n\nCụ thể, các cơ quan, đơn vị, các xã, thị trấn cần có hồ sơ thủ tục tiếp nhận, giải quyết qua dịch vụ công trực tuyến đạt tỷ lệ từ 50% trở lên.\n",
			nil},
	})
}
