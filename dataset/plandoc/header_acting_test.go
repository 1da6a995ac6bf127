package plandoc

import "testing"

// TestActingCommittee covers a press item that names no document of its
// own but reports what a province's committee, or its chairman, asks or
// aims for: that body issues what the item reports. Negatives: a
// committee asked (the object of another body's request), a committee
// named in passing, a committee acting in a text with a document header
// of its own (the header's issuer stands), and a central body named only
// inside the cited body of another document ("… của Thủ tướng Chính phủ"
// names no "Chính phủ"). A resolution a press item names without its
// body is the council's whose session the item reports, its title ends
// with its year ("… năm 2026 với các chỉ tiêu …"). A bare "UBND tỉnh"
// that assigns is the committee of the province a line at or before it
// names; one that reports what it did ("UBND tỉnh đã thành lập …") issues
// nothing.
func TestActingCommittee(t *testing.T) {
	title := parseText(t, "Kỳ họp thứ 7 của HĐND tỉnh Lâm Đồng đã thông qua 21 nghị quyết, trong đó có Nghị quyết về nhiệm vụ phát triển kinh tế – xã hội năm 2026 với các chỉ tiêu đáng chú ý như: GRDP tăng 10%.\n").Plan.Title
	if want := "Về nhiệm vụ phát triển kinh tế – xã hội năm 2026"; title != want {
		t.Errorf("title = %q, want %q", title, want)
	}
	checkHeaderCases(t, []headerCase{
		{name: "the committee requires",
			text:     "Tỉnh An Giang hiện còn 5.830 hồ sơ xử lý quá hạn.\n\nUBND tỉnh An Giang yêu cầu UBND đặc khu Phú Quốc tập trung mọi nguồn lực để xử lý dứt điểm hồ sơ tồn đọng\n",
			issuer:   "UBND tỉnh An Giang",
			province: "An Giang"},
		{name: "the chairman requires",
			text:     "Làm rõ nguyên nhân trễ hẹn\n\nChủ tịch UBND tỉnh Bình Định yêu cầu khẩn trương kiểm tra, làm rõ nguyên nhân gây ra tình trạng trễ hẹn.\n",
			issuer:   "Chủ tịch UBND tỉnh Bình Định",
			province: "Bình Định"},
		{name: "the committee sets an aim after a comma",
			text:     "Trong bối cảnh đó, UBND tỉnh Phú Thọ đặt ra mục tiêu rất cao cho năm 2026.\n",
			issuer:   "UBND tỉnh Phú Thọ",
			province: "Phú Thọ",
			year:     2026},
		{name: "a committee asked does not issue",
			text:     "Sở Nội vụ đề nghị UBND tỉnh Gia Lai chỉ đạo các xã rà soát hồ sơ.\n",
			province: "Gia Lai"},
		{name: "a committee named in passing does not issue",
			text:     "Đoàn công tác của UBND tỉnh Lào Cai đã làm việc tại xã Bát Xát.\n",
			province: "Lào Cai"},
		{name: "the Prime Minister's decision a text carries out gives it no issuer",
			text: " date 2025-06 Phó Chủ tịch UBND tỉnh Đặng Minh Thông vừa ký ban hành văn bản triển khai thực hiện Quyết định 1012/QĐ-TTg của Thủ tướng Chính phủ về kế hoạch chuyển đổi số giai đoạn 2024–2025.\n"},
		{name: "the office conveys a direction in the letter it names",
			text:   "Chỉ đạo, đôn đốc triển khai công tác chuyển đổi số\nVăn phòng UBND tỉnh truyền đạt ý kiến của đồng chí Dương Xuân Huyên, Phó Chủ tịch Thường trực UBND tỉnh Lạng Sơn chỉ đạo triển khai công tác chuyển đổi số, tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.\n",
			number: "2881/VP-KGVX", issuer: "Văn phòng UBND tỉnh Lạng Sơn", province: "Lạng Sơn", date: "2025-05-07"},
		{name: "a direction followed is not the text's document",
			text:     "Sở Nội vụ tỉnh Lạng Sơn triển khai công tác chuyển đổi số theo chỉ đạo của UBND tỉnh, tại Công văn số 2881/VP-KGVX, ngày 07/5/2025.\n",
			province: "Lạng Sơn"},
		{name: "a council's session passes the resolution a press item names",
			text: "Chiều 10/12, Kỳ họp thứ 7 của HĐND tỉnh Lâm Đồng khóa X đã bế mạc sau hai ngày làm việc.\nKỳ họp đã thông qua 21 nghị quyết, trong đó có Nghị quyết về nhiệm vụ phát triển kinh tế – xã hội năm 2026 với các chỉ tiêu đáng chú ý như: GRDP tăng 10%.\n",
			typ:  "NQ", issuer: "HĐND tỉnh Lâm Đồng", province: "Lâm Đồng", year: 2026},
		{name: "a commune carries out its own plan",
			text: "Thanh Chương: UBND xã Thanh Hương triển khai Kế hoạch chuyển đổi số năm 2025 trên địa bàn.\nSáng ngày 13/02/2025, UBND xã Thanh Hương tổ chức Hội nghị triển khai Kế hoạch.\n",
			typ:  "KH", issuer: "UBND xã Thanh Hương", year: 2025},
		{name: "a plan of another body carried out is not the text's document",
			text:   "UBND tỉnh An Giang triển khai Kế hoạch cải cách hành chính năm 2025 của Chính phủ.\n",
			issuer: "UBND tỉnh An Giang", province: "An Giang", year: 2025},
		{name: "a town's committee issues the programme its opening names",
			text: "CHƯƠNG TRÌNH HÀNH ĐỘNG Thực hiện Nghị quyết số 15-NQ/TU về Chuyển đổi số thị xã Hương Trà đến năm 2025\n\nThực hiện Nghị quyết số 15-NQ/TU, ngày 22 tháng 3 năm 2022 của Ban Chấp hành Đảng bộ thị xã khóa XIV. Ủy ban nhân dân thị xã Hương Trà ban hành Chương trình hành động với các nội dung như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
			typ:  "CTr", issuer: "UBND thị xã Hương Trà"},
		{name: "the office gives notice of a deputy chairman's conclusions",
			text:   "Ảnh minh họa\n\nNgày 6/11, Văn phòng UBND TPHCM thông báo kết luận của Phó Chủ tịch UBND TPHCM Bùi Xuân Cường về dự thảo quyết định phân cấp thẩm quyền cấp giấy phép xây dựng.\n",
			issuer: "Văn phòng UBND thành phố Hồ Chí Minh", province: "Thành phố Hồ Chí Minh"},
		{name: "the committee of the province named before it assigns",
			text:   "Triển khai tiếp công dân trực tuyến\n\nThực hiện Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025 trong lĩnh vực tiếp công dân.\n\nTheo đó, UBND tỉnh giao Sở Thông tin và Truyền thông chủ trì triển khai giải pháp tiếp công dân trực tuyến.\n",
			issuer: "UBND tỉnh Thái Nguyên", province: "Thái Nguyên"},
		{name: "what the committee did is reported, no issuer",
			text:     "Thực hiện Chương trình chuyển đổi số tỉnh Thái Nguyên giai đoạn 2021 - 2025.\n\nUBND tỉnh đã thành lập Ban Chỉ đạo chuyển đổi số của tỉnh.\n",
			province: "Thái Nguyên"},
		{name: "the chairman assigns after the source's tag",
			text:     "(PLO)- Chủ tịch UBND tỉnh An Giang giao Sở Nội vụ lập tổ kiểm tra chuyên đề.\n",
			issuer:   "Chủ tịch UBND tỉnh An Giang",
			province: "An Giang"},
		{name: "a document's own header stands",
			text:   "SỞ NỘI VỤ TỈNH GIA LAI\nSố: 12/KH-SNV\nGia Lai, ngày 05 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nUBND tỉnh Gia Lai yêu cầu các sở thực hiện.\n",
			number: "12/KH-SNV", typ: "KH", issuer: "Sở Nội vụ tỉnh Gia Lai", province: "Gia Lai", date: "2026-01-05", year: 2026},
	})
}
