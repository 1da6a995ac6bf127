package plandoc

import "testing"

// TestPressHeaders covers a press text on a document a committee's
// head signed, the committee's name holding commas and an aside in
// brackets ("Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ,
// đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) mới đây ký …"): the
// issuer is the committee, whole, the signer the name before the post;
// the commas of the aside cut no issuer out of it. A plan a ministry
// issues "…, tại Quyết định số 187/QĐ-BTC" is that decision, and the date
// of a resolution the plan carries out is not its date. Negatives: a
// named person's office with no signing gives no signer; the decision
// whose tasks a plan carries out ("thực hiện các nhiệm vụ tại Quyết định
// số 766/QĐ-TTg") is not the plan's, nor a document a body is asked to
// issue ("hoàn thiện ban hành Kết luận"). A sentence that opens with the
// plan and its issuer ("Kế hoạch do Phó Chủ tịch … ký ban hành") names
// its type; a headline under a site's "#" tag line opens with the
// province; aims for a year and, after "và", for another leave the text
// no single year, and so does a programme begun "từ năm 2009". A site's
// counters and short lines above the item do not push its opening
// sentence out of reach. An item whose opening, after its source tag,
// says what a named plan sets out ("Trong kế hoạch … , Thanh Hóa đặt mục
// tiêu …") is about that plan; one that says what was reached is not.
// The letter a source-tagged lead quotes ("(BNP) - Tại văn bản số
// 421/UBND-NC, Chủ tịch UBND tỉnh … yêu cầu …") is the item's, and a
// letter numbered as the committee's
// is the committee's, not its chairman's. A province named bare once is
// the item's when the item speaks of "tỉnh" alone as a subject. A
// resolution named among the steps of a time line still to come ("Dự
// kiến, lộ trình …: …; ngày 26/4/2025, HĐND … thông qua nghị quyết") is
// not the item's document.
func TestPressHeaders(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "a committee's head signs a programme",
			text: "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) mới đây ký ban hành chương trình công tác năm 2026 của Ban chỉ đạo.\n\nChương trình đề ra mục tiêu kinh tế số đạt 14,5% GDP.\n",
			typ:  "CTr", issuer: "Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", year: 2026},
		{name: "a body named in one clause",
			text: "Sáng 5/1, Ban Chỉ đạo chuyển đổi số tỉnh (BCĐ) vừa ban hành Kế hoạch chuyển đổi số năm 2026.\n",
			typ:  "KH", issuer: "Ban Chỉ đạo chuyển đổi số tỉnh", year: 2026},
		{name: "a plan issued in a decision, for a resolution dated",
			text:   "Bộ Tài chính ban hành Kế hoạch hành động thực hiện Nghị quyết số 02/NQ-CP ngày 8/1/2026 của Chính phủ về những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2026, tại Quyết định số 187/QĐ-BTC.\n\nCải thiện mạnh mẽ chất lượng môi trường đầu tư, kinh doanh\n",
			number: "187/QĐ-BTC", typ: "QĐ", issuer: "Bộ Tài chính", year: 2026},
		{name: "a plan carrying out a decision's tasks",
			text: "Sở Nội vụ ban hành Kế hoạch thực hiện các nhiệm vụ tại Quyết định số 766/QĐ-TTg năm 2026.\n\nCải thiện chất lượng phục vụ\n",
			typ:  "KH", issuer: "Sở Nội vụ", year: 0},
		{name: "a letter's number after 'số' that lost its letter",
			text:   "Ngày 04/5/2020, Chủ tịch UBND tnh đã có Công văn s 3605/UBND-HCC v vic to điu kin thun li trong tiếp nhn.\n",
			number: "3605/UBND-HCC", date: "2020-05-04"},
		{name: "a party committee's resolution, its issuing the headline",
			text:   "Tỉnh ủy Bắc Giang ban hành Nghị quyết về chuyển đổi số giai đoạn 2021-2025\n\nNgày 11/6/2021, Tỉnh ủy Bắc Giang đã ban hành Nghị quyết số 111-NQ/TU của Ban Chấp hành Đảng bộ Tỉnh về chuyển đổi số.\n",
			number: "111-NQ/TU", typ: "NQ", issuer: "Tỉnh ủy Bắc Giang", province: "Bắc Giang", date: "2021-06-11"},
		{name: "a party committee's directive a paragraph names, the basis of the committee's plan",
			text:   "Quyết tâm được nâng cao khi Ban Thường vụ Tỉnh ủy ban hành Chỉ thị số 09-CT/TU ngày 03/8/2021 về chuyển đổi số trên địa bàn tỉnh Bắc Kạn. Thực hiện Chỉ thị, UBND tỉnh ban hành Kế hoạch số 811/KH-UBND ngày 29/12/2021.\n",
			number: "811/KH-UBND", typ: "KH", issuer: "UBND tỉnh Bắc Kạn", province: "Bắc Kạn", date: "2021-12-29"},
		{name: "a document still to be issued, a duty",
			text: "Phát biểu kết luận phiên họp, Thủ tướng giao Văn phòng Chính phủ phối hợp với Bộ Công an tiếp thu, hoàn thiện ban hành Kết luận của Ban Chỉ đạo để thống nhất triển khai.\n"},
		{name: "a plan the sentence opens with, issued by a deputy chairman",
			text: "Kế hoạch do Phó Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, yêu cầu Thủ trưởng các cơ quan căn cứ Kế hoạch này triển khai thực hiện.\n",
			typ:  "KH"},
		{name: "the province opens the headline under a site's tag line",
			text:     "# chỉ số cạnh tranh cấp tỉnh\nNghệ An nỗ lực cải thiện môi trường đầu tư và nâng cao chỉ số năng lực cạnh tranh cấp tỉnh\nVới mục tiêu phấn đấu lọt vào top 15 vào năm 2025, Nghệ An đã ra Công văn yêu cầu các Sở thực hiện.\n",
			province: "Nghệ An", year: 2025},
		{name: "aims for two years, no single year",
			text:     "# chỉ số cạnh tranh cấp tỉnh\nNghệ An nỗ lực nâng cao chỉ số năng lực cạnh tranh cấp tỉnh\nVới mục tiêu năm 2024 đạt vị trí 20 - 25 trên toàn quốc và phấn đấu lọt vào top 15 vào năm 2025, Nghệ An đã ra Công văn yêu cầu các Sở thực hiện.\n",
			province: "Nghệ An", year: 0},
		{name: "a decision the item reports below the site's counters and bullets",
			text:   "Tin Video\n\nCải cách hành chính: Nâng cao chất lượng đội ngũ công chức\n\nThống kê truy cập\n\nLượt truy cập : 32.695.325\n\nKhách Online : 185\n\nQuảng Ngãi: Phê duyệt và công bố chỉ số cải cách hành chính trên địa bàn tỉnh\n\n16:07 07/03/2019 | Lượt xem : 510\n\n  • Xem với cỡ chữ T T\n  • Inverts\n  • Lượt xem : 510\n\nỦy ban nhân dân tỉnh Quảng Ngãi ban hành Quyết định số 166/QĐ-UBND ngày 29/01/2019 về phê duyệt và công bố Chỉ số cải cách hành chính của các sở, ban ngành trên địa bàn tỉnh Quảng Ngãi.\n",
			number: "166/QĐ-UBND", typ: "QĐ", issuer: "UBND tỉnh Quảng Ngãi", province: "Quảng Ngãi", date: "2019-01-29"},
		{name: "what a plan named by its subject and period sets out opens the item",
			text: "Theo Kế hoạch Nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước giai đoạn 2023 – 2025, tỉnh Bình Định đã tập trung xác định các nhiệm vụ, giải pháp cụ thể.\n",
			typ:  "KH", province: "Bình Định"},
		{name: "the aim a plan named after a source tag sets opens the item",
			text: "(Baothanhhoa.vn) - Trong kế hoạch hành động thực hiện khâu đột phá về “Cải cách hành chính, tạo môi trường đầu tư thông thoáng”, Thanh Hóa đặt mục tiêu đến năm 2025 nằm trong top 10 cả nước về Chỉ số PAR INDEX.\n",
			typ:  "KH"},
		{name: "a plan named, then a past result, names no type",
			text: "(Baothanhhoa.vn) - Trong kế hoạch hành động của tỉnh, Thanh Hóa đã đạt nhiều kết quả.\n"},
		{name: "a letter of the committee the chairman's requests come from, below a site's frame",
			text:   "Chuyên mục\n\nThời tiết ngày 20/01/2019\n\nKhông lấy được dữ liệu từ server\n\nChủ tịch UBND tỉnh yêu cầu tăng cường kỷ luật hành chính\n\n13/02/2018 10:14 Số lượt xem: 581\n\n(BNP) - Tại văn bản số 421/UBND-NC, Chủ tịch UBND tỉnh Bắc Ninh yêu cầu người đứng đầu các cơ quan tiếp tục tăng cường kỷ luật.\n",
			number: "421/UBND-NC", issuer: "UBND tỉnh Bắc Ninh", province: "Bắc Ninh"},
		{name: "a province named once, the item speaking of 'tỉnh' alone",
			text:     "Cụ thể, tỉnh đặt ra mục tiêu tổng quát đổi mới hoạt động quản lý. Phấn đấu đến năm 2025, tỉnh cơ bản hoàn thành số hoá; phấn đấu Cà Mau là một trong những tỉnh chuyển đổi số thành công.\n",
			province: "Cà Mau"},
		{name: "negative: a province named once, nothing else",
			text: "Đến năm 2025, phấn đấu Cà Mau là một trong những địa phương chuyển đổi số thành công.\n"},
		{name: "negative: a resolution among the steps of a time line still to come",
			text:     "Tin từ tỉnh Phú Thọ.\n\nDự kiến, lộ trình thực hiện đề án sẽ được triển khai theo mốc thời gian gấp rút: trước ngày 25/4/2025 sẽ tiến hành lấy ý kiến cử tri; ngày 26/4/2025, HĐND cấp huyện và xã thông qua nghị quyết; tiếp đó, HĐND tỉnh sẽ thông qua Đề án vào ngày 29/4/2025.\n",
			province: "Phú Thọ"},
		{name: "a programme begun long ago names no year",
			text:     "Về chỉ số PAPI năm 2020, tỉnh Kon Tum đạt 41,62 điểm. Chỉ số PAPI do Chương trình Phát triển Liên Hợp Quốc tại Việt Nam khởi xướng từ năm 2009.\n",
			province: "Kon Tum", year: 0},
	})
	for _, tc := range []struct{ name, line, want string }{
		{"office, name, post, signing", "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ (KHCN) mới đây ký ban hành chương trình.", "Tô Lâm"},
		{"vice-chairman heading a committee", "Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh vừa ký ban hành Kế hoạch.", "Nguyễn Văn An"},
		{"a name with no signing", "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo, phát biểu tại hội nghị.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := proseSigner(tc.line); got != tc.want {
				t.Errorf("proseSigner(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}
