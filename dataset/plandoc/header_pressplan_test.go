package plandoc

import (
	"strings"
	"testing"
)

// TestTitleStopsAtBody covers a title set in capitals whose blank line
// before the body was lost: the first paragraph is not part of the title,
// nor is the year it names. Positives: a title over two lines in
// capitals, and one in sentence case under the type heading, stay whole.
func TestTitleStopsAtBody(t *testing.T) {
	tests := []struct {
		name, text, title string
	}{
		{"the body runs on under a title in capitals", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 18/CT-UBND | Thanh Hóa, ngày 26 tháng 9 năm 2018 |\nCHỈ THỊ\nVỀ VIỆC TẬP TRUNG CHỈ ĐẠO CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH THANH HÓA\nTuy nhiên, bên cạnh những kết quả đã đạt được, Chỉ số cải cách hành chính (PAR INDEX) hàng năm của tỉnh ta không ổn định, năm 2017 giảm 26 bậc so với năm 2016. Một số tiêu chí có điểm số thấp.\n",
			"Về việc tập trung chỉ đạo cải thiện và nâng cao chỉ số cải cách hành chính trên địa bàn tỉnh Thanh Hóa"},
		{"a title over two lines in capitals", "Số: 12/KH-UBND\nKẾ HOẠCH\nCẢI CÁCH HÀNH CHÍNH\nNĂM 2026\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
			"Cải cách hành chính năm 2026"},
		{"a heading wrapped after its first word", "Số: 636/QĐ-UBND\nBình Định, ngày 21 tháng 11 năm 2012\nQUYẾT\nĐỊNH\nVỀ\nVIỆC BAN HÀNH QUY ĐỊNH VỀ THEO DÕI ĐÁNH GIÁ KẾT QUẢ CẢI CÁCH\nHÀNH CHÍNH\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định về theo dõi.\n",
			"Về việc ban hành quy định về theo dõi đánh giá kết quả cải cách hành chính"},
		{"'QUYẾT ĐỊNH:' enacts the articles and heads no title", "Số: 3068/QĐ-UBND\nLai Châu, ngày 09 tháng 12 năm 2025\nCăn cứ Luật Tổ chức chính quyền địa phương;\nQUYẾT ĐỊNH:\nĐiều 1. Giao kế hoạch phát triển kinh tế - xã hội 5 năm giai đoạn 2026- 2030, cụ thể như sau:\n",
			""},
		{"a title in sentence case under the heading", "Số: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026 của UBND tỉnh\n\nI. MỤC ĐÍCH, YÊU CẦU\n",
			"Cải cách hành chính năm 2026 của UBND tỉnh"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseText(t, tc.text).Plan.Title; got != tc.title {
				t.Errorf("title = %q, want %q", got, tc.title)
			}
		})
	}
	checkHeaderCases(t, []headerCase{
		{name: "a directive's year is not the year of a past rank",
			text:   "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 18/CT-UBND | Thanh Hóa, ngày 26 tháng 9 năm 2018 |\nCHỈ THỊ\nVỀ VIỆC TẬP TRUNG CHỈ ĐẠO CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TRÊN ĐỊA BÀN TỈNH THANH HÓA\nTuy nhiên, bên cạnh những kết quả đã đạt được, Chỉ số cải cách hành chính (PAR INDEX) hàng năm của tỉnh ta không ổn định, năm 2017 giảm 26 bậc so với năm 2016. Một số tiêu chí có điểm số thấp.\n",
			number: "18/CT-UBND", typ: "CT", issuer: "UBND tỉnh Thanh Hóa", province: "Thanh Hóa", date: "2018-09-26", year: 0},
	})
}

// TestPressPlanNamed covers a press text on a plan it names: a party
// committee's plan whose tasks the text sets out ("Để thực hiện tốt các
// nhiệm vụ theo Kế hoạch số 41-KH/TU … của Tỉnh ủy thì …", a photo
// caption between the paragraphs), and a text that opens on a plan named
// by its subject and year. Negatives: a party plan a meeting studied, and
// a plan named in lower case or without a year.
func TestPressPlanNamed(t *testing.T) {
	const ranks = "Chỉ số PAR INDEX của tỉnh qua các năm: hạng 48 (năm 2012), hạng 33 (năm 2013) và năm 2021 hạng 63.\n\n"
	checkHeaderCases(t, []headerCase{
		{name: "a party committee's plan whose tasks follow",
			text:   ranks + "Ông Lâm Minh Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh (giữa) chủ trì Hội nghị\nĐể thực hiện tốt các nhiệm vụ theo Kế hoạch số 41-KH/TU ngày 12-01-2022 của Tỉnh ủy thì các huyện, thành ủy, đảng ủy trực thuộc, ban cán sự đảng, đảng đoàn lãnh đạo, chỉ đạo tổ chức quán triệt; triển khai thực hiện nghiêm túc các nhiệm vụ, giải pháp sau:\n",
			number: "41-KH/TU", typ: "KH", issuer: "Tỉnh ủy", date: "2022-01-12", year: 0},
		{name: "the committee named with its province",
			text:   "Để triển khai các nhiệm vụ theo Kế hoạch số 41-KH/TU ngày 12-01-2022 của Tỉnh ủy Kiên Giang, các sở, ngành tập trung thực hiện các giải pháp sau:\n",
			number: "41-KH/TU", typ: "KH", issuer: "Tỉnh ủy Kiên Giang", date: "2022-01-12", year: 0},
		{name: "a party plan a meeting studied is not the text's",
			text: "Sáng nay, Sở Nội vụ tổ chức hội nghị quán triệt Kế hoạch số 41-KH/TU ngày 12-01-2022 của Tỉnh ủy.\n",
			year: 0},
		{name: "a text that opens on the commune's plan",
			text: "\nKế hoạch cải cách hành chính năm 2026 được xây dựng với các mục tiêu trọng tâm:\n– Nâng cao hiệu lực, hiệu quả quản lý nhà nước của chính quyền cấp xã;\n",
			typ:  "KH", year: 2026},
		{name: "the decision numbered in brackets after the approval",
			text:   "Phê duyệt Đề án cải cách thủ tục hành chính tỉnh Lạng Sơn giai đoạn 2021 - 2025\n\nUBND tỉnh phê duyệt Đề án cải cách thủ tục hành chính tỉnh Lạng Sơn giai đoạn 2021 - 2025 và định hướng đến năm 2030 (Quyết định số 1495/QĐ-UBND, ngày 28/7/2021).\n",
			number: "1495/QĐ-UBND", typ: "QĐ", issuer: "UBND tỉnh Lạng Sơn", province: "Lạng Sơn", date: "2021-07-28", year: -1},
		{name: "a decision cited in brackets as where a plan was approved is not the text's",
			text:     "Sở Nội vụ tỉnh Lạng Sơn triển khai Đề án cải cách thủ tục hành chính (được phê duyệt tại Quyết định số 1495/QĐ-UBND ngày 28/7/2021).\n",
			province: "Lạng Sơn", year: -1},
		{name: "a notice after the page store's date mark",
			text:   " date 2025-08-11 Thông báo số 408/TB-VPCP ngày 8/8/2025 kết luận Phiên họp lần thứ ba của Ban Chỉ đạo của Chính phủ.\n\nMục tiêu là góp phần thực hiện mục tiêu tăng trưởng GDP năm 2025 đạt từ 8,3 - 8,5%.\n",
			number: "408/TB-VPCP", typ: "TB", issuer: "Văn phòng Chính phủ", date: "2025-08-08", year: -1},
		{name: "plans in lower case, in general",
			text: "Các xã đã xây dựng kế hoạch cải cách hành chính năm 2026 và tổ chức triển khai.\n",
			year: -1},
	})
}

func TestCaptionLine(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"Ông Lâm Minh Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh (giữa) chủ trì Hội nghị", true},
		{"Toàn cảnh Hội nghị |", true},
		{"Toàn cảnh Hội nghị.", false},
		{"UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2026", false},
		{strings.Repeat("Một đoạn văn dài ", 12), false},
	}
	for _, tc := range tests {
		if got := captionLine(tc.line); got != tc.want {
			t.Errorf("captionLine(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestCityCommitteeIssuer covers a bare "Ủy ban nhân dân thành phố" that
// issues the plan of a press text on a city inside a province (thành phố
// Sóc Trăng of tỉnh Sóc Trăng): the issuer is the city's committee, not
// the province's the rest of the sentence names for another plan.
// Negatives: a centrally-run city's committee, and a bare "UBND tỉnh".
func TestCityCommitteeIssuer(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "the committee of a city inside a province",
			text:   "Thành phố Sóc Trăng triển khai các nhiệm vụ cải thiện, nâng cao chỉ số PAPI năm 2023\nĐể tiếp tục nâng cao Chỉ số PAPI của tỉnh, Thành ủy đã ban hành Công văn số 1026-CV/TU ngày 07/7/2023 về triển khai các nhiệm vụ; Ủy ban nhân dân thành phố đã ban hành Kế hoạch số 102/KH-UBND ngày 18/7/2023 về triển khai thực hiện Kế hoạch của Ủy ban nhân dân tỉnh Sóc Trăng về cải thiện Chỉ số PAPI tỉnh Sóc Trăng năm 2023 trên địa bàn thành phố Sóc Trăng.\n",
			number: "102/KH-UBND", typ: "KH", issuer: "UBND thành phố Sóc Trăng", province: "Sóc Trăng", date: "2023-07-18", year: -1},
		{name: "a centrally-run city's committee",
			text:   "Ủy ban nhân dân thành phố đã ban hành Kế hoạch số 45/KH-UBND ngày 18/2/2025 về cải cách hành chính năm 2025 của thành phố Đà Nẵng.\n",
			number: "45/KH-UBND", typ: "KH", issuer: "UBND thành phố Đà Nẵng", province: "Đà Nẵng", date: "2025-02-18", year: -1},
		{name: "a bare provincial committee",
			text:   "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 102/KH-UBND ngày 18/7/2023 về cải thiện Chỉ số PAPI trên địa bàn thành phố Sóc Trăng, tỉnh Sóc Trăng.\n",
			number: "102/KH-UBND", typ: "KH", issuer: "UBND tỉnh Sóc Trăng", province: "Sóc Trăng", date: "2023-07-18", year: -1},
	})
}

// TestIssuedByMany covers documents a report says many bodies issued
// ("Bộ phận Một cửa các cấp đều có thông báo xin lỗi"): no document
// type. Positives: one body's notice or letter with the same verb.
func TestIssuedByMany(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "notices each office sent",
			text: "Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt tỷ lệ cao, trung bình đạt 99%. Đối với các hồ sơ trễ hạn, Bộ phận Một cửa các cấp đều có thông báo xin lỗi người dân.\n",
			year: -1},
		{name: "one office's notice",
			text: "Văn phòng UBND tỉnh Nghệ An có Thông báo kết luận của Chủ tịch UBND tỉnh về công tác cải cách hành chính.\n",
			typ:  "TB", issuer: "Văn phòng UBND tỉnh Nghệ An", province: "Nghệ An", year: -1},
	})
	for _, tc := range []struct {
		clause string
		want   bool
	}{
		{"doi voi cac ho so tre han, bo phan mot cua cac cap deu co", true},
		{"cac so, nganh deu da ban hanh", true},
		{"van phong ubnd tinh co", false},
		{"chu tich ubnd tinh bac giang le anh duong co", false},
		{"ubnd tinh vua ban hanh", false},
	} {
		if got := issuedByMany(tc.clause); got != tc.want {
			t.Errorf("issuedByMany(%q) = %v, want %v", tc.clause, got, tc.want)
		}
	}
}

// TestPressCommitteeDocument covers a press item on a document coded
// "-UBND" whose sentence also cites central bodies ("Thực hiện các chỉ
// đạo của Trung ương, Chính phủ và Tỉnh ủy …"): the issuer is the
// people's committee, with its province when the text names it, and none
// when it does not; never the government the sentence cites.
func TestPressCommitteeDocument(t *testing.T) {
	const cited = "Thực hiện các chỉ đạo của Trung ương, Chính phủ và Tỉnh ủy về tổ chức Tết Nguyên đán Bính Ngọ 2026 vui tươi, lành mạnh, an toàn, tiết kiệm, "
	checkHeaderCases(t, []headerCase{
		{name: "the chairman of a named province",
			text:   cited + "Chủ tịch UBND tỉnh Thanh Hóa Nguyễn Hoài Anh vừa ban hành Chỉ thị số 01/CT-UBND ngày 7/1/2026 yêu cầu các sở, ngành, địa phương triển khai đồng bộ nhiều nhiệm vụ trọng tâm.\n",
			number: "01/CT-UBND", typ: "CT", issuer: "UBND tỉnh Thanh Hóa", province: "Thanh Hóa", date: "2026-01-07", year: 0},
		{name: "the province never named",
			text:   cited + "Chủ tịch UBND tỉnh Nguyễn Hoài Anh vừa ban hành Chỉ thị số 01/CT-UBND ngày 7/1/2026 yêu cầu các sở, ngành, địa phương triển khai đồng bộ nhiều nhiệm vụ trọng tâm.\n",
			number: "01/CT-UBND", typ: "CT", issuer: "", province: "", date: "2026-01-07", year: 0},
		{name: "a government resolution the press reports",
			text:   "Chính phủ vừa ban hành Nghị quyết số 66/NQ-CP ngày 26/3/2025 về Chương trình cắt giảm, đơn giản hóa thủ tục hành chính.\n",
			number: "66/NQ-CP", typ: "NQ", issuer: "Chính phủ", province: "", date: "2025-03-26", year: 0},
	})
}

// TestPressMonthAndSubject covers a press item that dates the document it
// reports by its month alone ("Tháng 3/2025, Chính phủ ban hành Nghị
// quyết 66/NQ-CP …") and names its subject after the number ("về chương
// trình … giai đoạn 2025-2026"): the date is the month, the title the
// subject, and an aim the item quotes takes the end year of that period.
// A month that does not open the issuing clause dates nothing.
func TestPressMonthAndSubject(t *testing.T) {
	const text = "Năm 2025 ghi nhận nhiều động thái cải cách. Tháng 3/2025, Chính phủ ban hành Nghị quyết 66/NQ-CP về chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan hoạt động kinh doanh giai đoạn 2025-2026. Nghị quyết nêu mục tiêu rà soát các quy định.\n\nChính phủ yêu cầu các cơ quan tiếp tục rà soát quy định, bảo đảm mục tiêu giảm tối thiểu 30% thời gian xử lý và 30% chi phí tuân thủ.\n"
	checkHeaderCases(t, []headerCase{
		{name: "month of issue", text: text, number: "66/NQ-CP", typ: "NQ", issuer: "Chính phủ", date: "2025-03", year: 0},
		{name: "a month elsewhere in the sentence",
			text:   "Trong tháng 3/2025 có nhiều hội nghị, Chính phủ ban hành Nghị quyết 66/NQ-CP về chương trình cắt giảm thủ tục.\n",
			number: "66/NQ-CP", typ: "NQ", issuer: "Chính phủ", date: "", year: 0},
	})
	d := parseText(t, text)
	checkTitle(t, d, "Về chương trình cắt giảm, đơn giản hóa thủ tục hành chính liên quan hoạt động kinh doanh giai đoạn 2025-2026")
	if len(d.Targets) != 2 {
		t.Fatalf("targets = %d, want 2: %v", len(d.Targets), d.Targets)
	}
	for _, g := range d.Targets {
		if g.Year != 2026 || g.Value != 30 || g.Change != "decrease" {
			t.Errorf("target %s: want a decrease of 30 for 2026", brief(g))
		}
	}
}

// TestIssuerSubjectOfOpening covers a plan whose heading names no body and
// whose opening sentence cites a document of another body before naming
// its own issuer as the subject of "ban hành Kế hoạch": the subject is the
// issuer (a steering committee, a district committee), not the body of
// the cited document, nor its subject ("… về ban hành Kế hoạch chuyển
// đổi số"); and the title stops before that sentence.
func TestIssuerSubjectOfOpening(t *testing.T) {
	const cited = "KẾ HOẠCH\nHoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023\nTriển khai thực hiện Quyết định số 47/QĐ-UBND ngày 12/01/2023 của Ủy ban nhân dân tỉnh Đăk Nông về ban hành Kế hoạch chuyển đổi số năm 2023, "
	checkHeaderCases(t, []headerCase{
		{name: "a steering committee with an aside",
			text: cited + "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch hoạt động của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
			typ:  "KH", issuer: "Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp", province: "Đắk Nông", year: 2023},
		{name: "a people's committee as the subject",
			text: cited + "UBND tỉnh Đắk Lắk ban hành Kế hoạch hoạt động với các nội dung cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n",
			typ:  "KH", issuer: "UBND tỉnh Đắk Lắk", province: "Đắk Lắk", year: 2023},
	})
	d := parseText(t, cited+"Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp ban hành Kế hoạch hoạt động của Ban Chỉ đạo huyện với các nội dung cụ thể như sau:\n")
	checkTitle(t, d, "Hoạt động của Ban Chỉ đạo chuyển đổi số huyện Đăk R’lấp năm 2023")
}

// TestDatelineNotIssuer covers the mark a paper opens an item with ("TP
// - ", "VOV.VN - ") before the body that issues a plan: the issuer is the
// body alone. A name that holds a dash ("Sở Lao động - Thương binh và Xã
// hội") keeps it.
func TestDatelineNotIssuer(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "a paper's mark",
			text: "Cải cách hành chính\n\nTP - Thủ tướng Chính phủ vừa ban hành Kế hoạch cải cách hành chính năm 2026 với nhiều mục tiêu.\n",
			typ:  "KH", issuer: "Thủ tướng Chính phủ", year: 2026},
		{name: "a site's mark with a dot",
			text: "Tin tức\n\nVOV.VN - Bộ Nội vụ vừa ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ.\n",
			typ:  "KH", issuer: "Bộ Nội vụ", year: 2026},
		{name: "a site's mark in mixed case",
			text: "Tin tức\n\nVTV.vn - Bộ Tư pháp vừa ban hành Kế hoạch cải cách hành chính năm 2026 của Bộ.\n",
			typ:  "KH", issuer: "Bộ Tư pháp", year: 2026},
		{name: "a paper's mark before the Prime Minister",
			text: "Tin tức\n\nVTV.vn - Thủ tướng vừa ban hành Chỉ thị về tinh giản biên chế năm 2026.\n",
			typ:  "CT", issuer: "Thủ tướng Chính phủ", year: 2026},
		{name: "negative: a name with a dash",
			text: "Tin tức\n\nSở Lao động - Thương binh và Xã hội tỉnh Nghệ An vừa ban hành Kế hoạch cải cách hành chính năm 2024.\n",
			typ:  "KH", issuer: "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An", province: "Nghệ An", year: 2024},
	})
}

// TestCampaignYear covers a plan whose title names no year: the periods
// its activities run over ("từ ngày 20 tháng 11 năm 2025 đến ngày 03
// tháng 12 năm 2025", broken over lines) give the year when they all
// begin and end in the year of issue; a period running into the next year
// gives none.
func TestCampaignYear(t *testing.T) {
	const head = "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 157/KH-UBND\nCần Thơ, ngày 18 tháng 11 năm 2025\nKẾ HOẠCH\nPhát động phong trào thi đua chi trả trợ cấp không dùng tiền mặt\n\nI. THỜI GIAN\n"
	checkHeaderCases(t, []headerCase{
		{name: "periods within the year of issue",
			text:   head + "a) Tổ chức phát động trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12\nnăm 2025);\nb) Chấm điểm trong 03 ngày (từ ngày 08 đến ngày 10 tháng 12 năm 2025).\n",
			number: "157/KH-UBND", typ: "KH", issuer: "UBND thành phố Cần Thơ", province: "Cần Thơ", date: "2025-11-18", year: 2025},
		{name: "a period into the next year",
			text:   head + "a) Tổ chức từ ngày 20 tháng 11 năm 2025 đến ngày 30 tháng 6 năm 2026.\n",
			number: "157/KH-UBND", typ: "KH", issuer: "UBND thành phố Cần Thơ", province: "Cần Thơ", date: "2025-11-18", year: 0},
	})
}

// TestTitleNamingTheAct covers a title in capitals that opens with the
// act the plan carries out ("THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP …"): it is
// the title, its document number keeps its capitals, and the aims take
// the end of the strategy's period, not of its vision; a body sentence
// opening with "Thực hiện Kế hoạch số …" stays the preamble.
func TestTitleNamingTheAct(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 556/KH-UBND\nĐồng Tháp, ngày 19 tháng 11 năm 2025\n**KẾ HOẠCH**\n\n" +
		"THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH\nPHỦ PHÊ DUYỆT CHIẾN LƯỢC BẢO VỆ MÔI TRƯỜNG BIỂN ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2050\n\n" +
		"Căn cứ Nghị quyết số 48/NQ-CP ngày 03/4/2023 của Chính phủ, Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:\n" +
		"II. NHIỆM VỤ\n+ Phát triển ngành thủy sản. Có ít nhất 02 vùng nuôi thủy sản công nghệ cao.\n"
	d := parseText(t, text)
	checkTitle(t, d, "Thực hiện nghị quyết số 48/NQ-CP ngày 03/4/2023 của chính phủ phê duyệt chiến lược bảo vệ môi trường biển đến năm 2030, tầm nhìn đến năm 2050")
	checkKinds(t, text, []kt{{">=", 2, "count", 2030}})
	body := parseText(t, "Số: 12/KH-VPUBND\nKẾ HOẠCH\nThực hiện Kế hoạch số 8328/KH-UBND ngày 23/12/2025 của UBND tỉnh về cải cách hành chính tỉnh Lai Châu năm 2026; Văn phòng UBND tỉnh xây dựng kế hoạch như sau:\n")
	if body.Plan.Title != "" {
		t.Errorf("preamble read as title: %q", body.Plan.Title)
	}
}

// TestPressBelowSiteLinks covers a stored press page whose top lines are
// the site's list of other headlines (each ending in " -") and an image:
// they are passed over, and the item's own opening names the document.
func TestPressBelowSiteLinks(t *testing.T) {
	links := "-\n" + strings.Repeat("Khánh thành giai đoạn 1 nhà máy tại khu công nghiệp Amata Hạ Long -\n", 7) + "![]() |\n"
	checkHeaderCases(t, []headerCase{
		{name: "headlines of other items above the item",
			text:   links + "UBND tỉnh Phú Thọ vừa ban hành Chỉ thị số 19/CT-UBND do Chủ tịch UBND tỉnh Trần Duy Đông ký, yêu cầu nâng cao trách nhiệm của người đứng đầu trong cải cách hành chính.\n",
			number: "19/CT-UBND", typ: "CT", issuer: "UBND tỉnh Phú Thọ", province: "Phú Thọ", date: "", year: 0},
	})
}

// TestPressSubjectWithOutlook: a press item's subject that names its
// period and then its outlook ("… đến năm 2025, định hướng đến năm 2030")
// keeps both; a comma after the year that goes on with other words ends
// it.
func TestPressSubjectWithOutlook(t *testing.T) {
	for text, want := range map[string]string{
		"UBND tỉnh Quảng Ninh vừa ban hành Kế hoạch số 12/KH-UBND về chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030, trong đó kinh tế số chiếm 20% GRDP.\n": "Về chuyển đổi số toàn diện tỉnh Quảng Ninh đến năm 2025, định hướng đến năm 2030",
		"UBND tỉnh Quảng Ninh vừa ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính năm 2026, tạo đột phá trong chỉ đạo, điều hành.\n":                                                "Về cải cách hành chính năm 2026",
	} {
		checkTitle(t, parseText(t, text), want)
	}
}

// TestPressPlanYearFromSubject: a press item whose plan's subject names
// its year ("Kế hoạch số 495/KH-UBND về chuyển đổi số thành phố Huế năm
// 2026") gives the plan that year, also when its first line speaks of a
// period, and the aims it quotes take it.
func TestPressPlanYearFromSubject(t *testing.T) {
	text := "Kế hoạch chuyển đổi số thành phố Huế năm 2026 vừa được ban hành đặt mục tiêu phát triển kinh tế – xã hội giai đoạn 2026–2030…\n\n" +
		"Ngày 31/12/2025, Chủ tịch UBND thành phố Huế Nguyễn Khắc Toàn ký ban hành Kế hoạch số 495/KH-UBND về chuyển đổi số thành phố Huế năm 2026. Đây là bước cụ thể hóa định hướng phát triển.\n\n" +
		"Trong phát triển chính quyền số, thành phố Huế phấn đấu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến.\n"
	d := parseText(t, text)
	if d.Plan.Year != 2026 {
		t.Errorf("year = %d, want 2026", d.Plan.Year)
	}
	for _, g := range d.Targets {
		if g.Year != 2026 {
			t.Errorf("target %s: year %d, want 2026", brief(g), g.Year)
		}
	}
}

// checkTitle compares the title the parse gives with want.
func checkTitle(t *testing.T, d *Document, want string) {
	t.Helper()
	if d.Plan.Title != want {
		t.Errorf("title = %q, want %q", d.Plan.Title, want)
	}
}

// TestPressLetterNamed covers a press item on a letter its committee "has"
// ("UBND TPHCM vừa có văn bản số 2891/UBND-HCC …"): the committee, named
// by its city's short form, issues it, and its city is the province.
func TestPressLetterNamed(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "a letter the city's committee has",
			text:   " date 2025-10-16 UBND TPHCM vừa có văn bản số 2891/UBND-HCC về kiểm soát chặt chẽ, tập trung cắt giảm thủ tục hành chính.\n\nUBND TPHCM yêu cầu các sở, ban, ngành khẩn trương triển khai.\n",
			number: "2891/UBND-HCC", issuer: "UBND thành phố Hồ Chí Minh", province: "Thành phố Hồ Chí Minh", year: -1},
		{name: "a department's letter",
			text:   "Sở Nội vụ tỉnh Gia Lai vừa có văn bản số 15/SNV-CCHC hướng dẫn các xã.\n",
			number: "15/SNV-CCHC", issuer: "Sở Nội vụ tỉnh Gia Lai", province: "Gia Lai", year: -1},
	})
}
