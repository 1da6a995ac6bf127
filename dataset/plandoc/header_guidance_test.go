package plandoc

import "testing"

// TestPressGuidanceAndConclusion covers press items on a guidance ("Hướng
// dẫn 11127/HD-UBND") and a Party conclusion ("Kết luận 219-KL/TW") that
// their lead says were issued: number, type, issuer and date; the year of
// the resolution a title cites ("Nghị quyết 19-NQ/TW năm 2022") is not the
// text's; a guidance a body issues ("vừa ban hành Hướng dẫn …") names its
// issuer unnumbered too. Negative: "hướng dẫn" as the verb names no
// document.
func TestPressGuidanceAndConclusion(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "a guidance issued by a province",
			text:   "# Tải file Hướng dẫn 11127/HD-UBND về đánh giá xếp loại chất lượng cán bộ công chức tại Đồng Nai\n\nNgày 03/12/2025, UBND tỉnh Đồng Nai đã ban hành Hướng dẫn 11127/HD-UBND về đánh giá xếp loại chất lượng cán bộ công chức, viên chức trên địa bàn tỉnh.\n",
			number: "11127/HD-UBND", typ: "HD", issuer: "UBND tỉnh Đồng Nai", province: "Đồng Nai", date: "2025-12-03", year: 0},
		{name: "a Party conclusion in its headline and lead",
			text:   "# Toàn văn Kết luận 219-KL/TW về tiếp tục thực hiện Nghị quyết 19 về nông nghiệp nông dân nông thôn?\n\nNgày 26/11/2025, Ban Chấp hành Trung ương đã ban hành Kết luận 219-KL/TW về việc tiếp tục thực hiện Nghị quyết 19-NQ/TW năm 2022 của Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn.\n",
			number: "219-KL/TW", typ: "KL", issuer: "Ban Chấp hành Trung ương", province: "", date: "2025-11-26", year: 0},
		{name: "a guidance a province issues, unnumbered",
			text:   "Nghệ An khuyến khích tinh giản 20% biên chế đến năm 2026\nUBND tỉnh Nghệ An vừa ban hành Hướng dẫn tiêu chí đánh giá cán bộ, công chức, viên chức.\n",
			number: "", typ: "HD", issuer: "UBND tỉnh Nghệ An", province: "Nghệ An", date: "", year: 0},
		{name: "negative: the verb",
			text:   "Sở Nội vụ tỉnh Đồng Nai hướng dẫn 12 cơ quan đánh giá xếp loại cán bộ công chức.\n",
			number: "", typ: "", issuer: "", province: "Đồng Nai", date: "", year: 0},
	})
}

// TestPressFocalTasksYear: a press item on a body's focal tasks of a year
// ("một số nhiệm vụ trọng tâm năm 2026", "Nhiệm vụ, giải pháp trọng tâm
// … năm 2026") is for that year; half a year's focal tasks and results of
// a past year are not.
func TestPressFocalTasksYear(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "focal tasks of a year",
			text:   "Chiều 31/12, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức họp báo thường kỳ. Tại sự kiện, đại diện Bộ đã thông tin một số nhiệm vụ trọng tâm năm 2026.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 2026},
		{name: "negative: the focal tasks of half a year",
			text:   "Tại Hội nghị công bố kết quả chỉ số CCHC năm 2022; triển khai nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2023.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 0},
		{name: "negative: results of a past year",
			text:   "Chiều 31/12, tại Hà Nội, Bộ Khoa học và Công nghệ tổ chức họp báo. Đến nay, các nhiệm vụ trọng tâm năm 2025 đã hoàn thành.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 0},
	})
}

// TestBodyProvince: a press item that names its province only with the
// province's police ("Công an Quảng Nam") is about that province; a
// province's name after another word is not read so.
func TestBodyProvince(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "the province's police",
			text:   "Triển khai Đề án 06, với mục tiêu hoàn thành kích hoạt 728.000 tài khoản VNeID trước ngày 30/6/2023 là nhiệm vụ nặng nề của Công an Quảng Nam.\n",
			number: "", typ: "", issuer: "", province: "Quảng Nam", date: "", year: 0},
		{name: "negative: a name in another phrase",
			text:   "Đoàn công tác đã đến thăm và làm việc tại Bảo tàng Quảng Nam.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 0},
	})
}

// TestBareProvince: a press item that names its province bare, as the
// subject of its sentences, more than once and no other so, is about it;
// a name met once, names of bodies ("Báo Đắk Lắk"), and two provinces
// named so are not read as the text's.
func TestBareProvince(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "named twice as a subject",
			text:   "Hội nghị nhằm phân tích kết quả các chỉ số sau khi Phú Yên liên tục ở nhóm địa phương xếp thấp nhất cả nước.\nNăm 2023, Phú Yên quyết tâm đẩy mạnh cải cách hành chính.\n",
			number: "", typ: "", issuer: "", province: "Phú Yên", date: "", year: 0},
		{name: "negative: named once",
			text:   "Năm 2023, Phú Yên quyết tâm đẩy mạnh cải cách hành chính.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 0},
		{name: "negative: names of bodies",
			text:   "Công văn gửi Đài Phát thanh và Truyền hình Đắk Lắk; Báo Đắk Lắk và Hội Nông dân tỉnh.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 0},
		{name: "a department named with its province",
			text:   "Ngày 16-1, Sở Thông tin và Truyền thông (TT&TT) An Giang tổ chức hội nghị triển khai nhiệm vụ ngành năm 2020.\n",
			number: "", typ: "", issuer: "", province: "An Giang", date: "", year: 2020},
		{name: "a province named with a hyphen, after 'tỉnh'",
			text:   "Thời gian qua tỉnh Bà Rịa- Vũng Tàu đã đẩy mạnh công tác cải cách hành chính.\n",
			number: "", typ: "", issuer: "", province: "Bà Rịa - Vũng Tàu", date: "", year: 0},
		{name: "a committee of a province named with a hyphen",
			text:   "Theo chương trình hành động của UBND tỉnh Bà Rịa-Vũng Tàu, tỉnh đặt mục tiêu đến năm 2025 đạt 90% dịch vụ công trực tuyến.\n",
			number: "", typ: "CTr", issuer: "UBND tỉnh Bà Rịa - Vũng Tàu", province: "Bà Rịa - Vũng Tàu", date: "", year: 0},
		{name: "a department whose name holds a comma",
			text:   "Sở Văn hóa, Thể thao và Du lịch Quảng Ninh tổ chức lễ hội.\n",
			number: "", typ: "", issuer: "", province: "Quảng Ninh", date: "", year: 0},
		{name: "negative: two provinces",
			text:   "Năm 2023, Phú Yên quyết tâm cải thiện chỉ số; Khánh Hòa tiếp tục dẫn đầu. Phú Yên đặt mục tiêu cao.\n",
			number: "", typ: "", issuer: "", province: "", date: "", year: 0},
	})
}
