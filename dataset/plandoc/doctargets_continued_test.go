package plandoc

import (
	"fmt"
	"slices"
	"testing"
)

// TestAimsContinuedInNextParagraph covers a press item that sets its aims
// in one paragraph and goes on with them, sentence by sentence, in the
// paragraphs after it ("… đặt chỉ tiêu … đạt 48,1%." / "Tỷ lệ … đạt
// 37,07%."): those values are aims of the same year, also past a photo's
// frame ("|") and caption, and after aims of the period the plan is
// named for ("… giai đoạn 2018-2020. Theo đó, các chỉ tiêu …"); and the last aims of a long list in one
// sentence are of the year the sentence opens with; a plan's stage a
// press item quotes ("Theo quy hoạch, đến năm 2030, …") makes the values
// of the paragraphs after it aims, a range reached from its low end.
// Negatives: a
// paragraph after the aims that reports the year before; a paragraph of
// a text with no year; a share "từ cấp tỉnh đến cấp xã" names no one level.
func TestAimsContinuedInNextParagraph(t *testing.T) {
	aims := "Theo kế hoạch hành động năm 2026, Bảo hiểm xã hội Việt Nam đặt chỉ tiêu về tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội trong năm nay đạt 48,1%.\n\n"
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
	}{
		{"the next paragraphs go on with the aims",
			aims + "Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,5%. Chỉ số hài lòng của người tham gia bảo hiểm xã hội đạt 90%.\n\nTỷ lệ hồ sơ công việc được xử lý trên môi trường mạng đạt 98,5%.\n",
			[]string{"1|>=|48.1||2026", "3|>=|95.5||2026", "3|>=|90||2026", "5|>=|98.5||2026"}},
		{"a share over every level from the province's to the commune's",
			"Giai đoạn 2020-2025, tỉnh phấn đấu 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\n\n60% dữ liệu quản lý của các cơ quan hành chính nhà nước từ cấp tỉnh đến cấp xã được số hóa.\n",
			[]string{"1|>=|90|province|2025", "3|=|60||2025"}},
		{"the period a list of aims serves is not their year",
			"10 chỉ tiêu về chuyển đổi số cần tập trung thực hiện trong năm 2024\n\nTheo đó, có 10 chỉ tiêu cần tập trung chỉ đạo thực hiện nhằm bảo đảm hoàn thành nhiệm vụ chuyển đổi số giai đoạn 2021 - 2025 gồm: 100% hồ sơ thủ tục hành chính được số hóa; thực hiện 40 mô hình điểm của Đề án 06.\n",
			[]string{"3|=|100||2024", "3|=|40||2024"}},
		{"a photo's frame and caption between the paragraphs",
			"Theo chương trình hành động của UBND tỉnh, tỉnh đặt mục tiêu đến năm 2025 đạt 90% dịch vụ công trực tuyến mức độ 4.\n|\nThời gian qua tỉnh đã đẩy mạnh công tác cải cách hành chính. (Ảnh: Báo tỉnh)\n|\nCùng với đó, 100% giao dịch trên Cổng dịch vụ công được xác thực điện tử. Kinh tế số chiếm trên 20% GRDP.\n",
			[]string{"1|>=|90||2025", "5|=|100||2025", "5|>|20||2025"}},
		{"a long list of aims after its sentence's year",
			"Tin tỉnh Tây Ninh.\n\nTheo đó, Tây Ninh phấn đấu đến năm 2025 sẽ hoàn thiện chính quyền điện tử và phát triển chính quyền số, nâng cao hiệu quả, hiệu lực hoạt động của cơ quan quản lý nhà nước với 100% dịch vụ công trực tuyến mức độ 3, mức 4 phổ biến, liên quan đến người dân, doanh nghiệp được tích hợp lên Cổng Dịch vụ công quốc gia; 100% giao dịch trên Cổng Dịch vụ công quốc gia, cổng dịch vụ công và Hệ thống một cửa điện tử của tỉnh được xác thực điện tử; 50% số lượng người dân và doanh nghiệp tham gia hệ thống Chính quyền điện tử của tỉnh được xác thực định danh điện tử thông suốt và hợp nhất từ hệ thống trung ương; tỷ lệ hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 3, 4 trên tổng số hồ sơ đạt từ 60% trở lên; 100% hồ sơ được giải quyết thông qua Hệ thống thông tin một cửa điện tử.\n",
			[]string{"3|=|100||2025", "3|=|100||2025", "3|>=|50||2025", "3|>=|60||2025", "3|=|100||2025"}},
		{"a report's year, then the next year's aim",
			"Trong năm 2024, Trung tâm Hành chính công tỉnh đã tiếp nhận 94.665 hồ sơ.\nĐối với năm 2025, Trung tâm đặt mục tiêu duy trì tỷ lệ hồ sơ giải quyết đúng và sớm hạn trên 99%.\n",
			[]string{"2|>|99||2025"}},
		{"a sentence set in a year after the letter's",
			"Số: 6316/BVHTTDL-VP\nHà Nội, ngày 21 tháng 11 năm 2025\n\nKiên quyết cắt giảm thủ tục hành chính, quy định kinh doanh không phù hợp. Năm 2026, cắt giảm 50% thời gian giải quyết thủ tục hành chính so với năm 2024.\n",
			[]string{"4|=|50||2026"}},
		{"a plan's stage quoted, its aims in the paragraph after",
			"Tại hội nghị, Chủ tịch UBND tỉnh Bạc Liêu công bố quy hoạch tỉnh thời kỳ 2021 - 2030.\n\nTheo quy hoạch, đến năm 2030, tỉnh Bạc Liêu trở thành tỉnh mạnh về kinh tế biển.\n\nTốc độ tăng trưởng GRDP bình quân 9,5 - 10,5%/năm; kinh tế số chiếm 20 - 25% GRDP.\n",
			[]string{"5|>=|9.5||2030", "5|>=|20||2030"}},
		{"a paragraph without a figure between the paragraphs of aims",
			"Theo đó, mục tiêu đến năm 2025, có 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\nXây dựng kho dữ liệu dùng chung và Cổng dữ liệu mở của tỉnh.\nPhấn đấu đạt 20% tỷ trọng kinh tế số đóng góp vào GRDP của tỉnh; 90% doanh nghiệp ứng dụng công nghệ thông tin.\n",
			[]string{"1|=|90|province|2025", "3|>=|20||2025", "3|>=|90||2025"}},
		{"aims of the period the plan is named for go on in the next paragraph",
			"UBND TPHCM vừa ban hành Kế hoạch thực hiện cải cách hành chính giai đoạn 2018-2020. Theo đó, các chỉ tiêu hàng năm phải đạt được là: Thủ tục hành chính đạt mức hài lòng trên 80%.\n\nCó 30% TTHC được xử lý mức độ 4; 70% hồ sơ đăng ký doanh nghiệp thực hiện qua dịch vụ công trực tuyến.\n",
			[]string{"1|>|80||2020", "3|=|30||2020", "3|=|70||2020"}},
		// negatives
		{"two paragraphs between: the aims do not go on",
			"Theo đó, mục tiêu đến năm 2025, có 90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\nXây dựng kho dữ liệu dùng chung và Cổng dữ liệu mở của tỉnh.\nPhát triển hạ tầng số của tỉnh.\nPhấn đấu đạt 20% tỷ trọng kinh tế số đóng góp vào GRDP của tỉnh.\n",
			[]string{"1|=|90|province|2025", "4|>=|20||0"}},
		{"a stage of a press item that quotes no plan reports",
			"Tại hội nghị, Chủ tịch UBND tỉnh Bạc Liêu tổng kết năm.\n\nĐến hết năm 2025, tỉnh Bạc Liêu hoàn thành các công trình.\n\nTỷ lệ hồ sơ trực tuyến 85%.\n",
			nil},
		{"a sentence set in the letter's own year reports",
			"Số: 6316/BVHTTDL-VP\nHà Nội, ngày 21 tháng 11 năm 2025\n\nKiên quyết cắt giảm thủ tục hành chính, quy định kinh doanh không phù hợp. Năm 2025, cắt giảm 30% thời gian giải quyết thủ tục hành chính so với năm 2024.\n",
			nil},
		{"a paragraph on the year before is a result",
			aims + "Năm 2025, tỷ lệ lực lượng lao động tham gia bảo hiểm thất nghiệp đạt 35%.\n",
			[]string{"1|>=|48.1||2026"}},
		{"a paragraph after aims of no year",
			"Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số.\n\nTrị giá trên 16% trong GDP sẽ khẳng định vai trò của kinh tế số.\n",
			[]string{"1|>|90||0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetSummaries(parseText(t, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
		})
	}
}

// targetSummaries writes each target of d as "line|comparator|value|level|year".
func targetSummaries(d *Document) []string {
	var out []string
	for _, tg := range d.Targets {
		out = append(out, fmt.Sprintf("%d|%s|%g|%s|%d", tg.Source.Line, tg.Comparator, tg.Value, tg.Level, tg.Year))
	}
	return out
}
