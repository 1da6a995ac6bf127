package plandoc

import "testing"

// TestPastWordsInVerbs: "thực hiện có hiệu quả" in a sentence of aims
// holds no "hiện có" (existing) of a result, nor does "thủ tục hiện có"
// (a noun's existing stock), nor "đã được" after an aim's comparator and
// value ("tối thiểu 20% … dữ liệu đã được số hóa"); "hiện có" before a
// count and "hiện nay" on their own still make a report's value a result.
// A ranking an aim is measured by ("thuộc nhóm 100 đại học hàng đầu thế
// giới … theo các bảng xếp hạng quốc tế uy tín") is no result; a place
// on a ranking ("tăng 01 bậc trên bảng xếp hạng") is, and so is a share
// of bodies that missed their aim ("100% các tỉnh … không đạt mục tiêu"),
// not an aim for a share of what does not meet a standard ("Tỷ lệ hồ sơ
// không đạt yêu cầu dưới 2%"); a press item's headline that reports a
// figure reached ("… của cả nước đạt 39,5%") states no aim, one with an
// aim's word does; "cần đạt được" is an aim, "mới chỉ đạt" a result, and
// the bodies a request counts ("yêu cầu 17 sở, ban, ngành và 10 UBND các
// huyện") are whom it asks, no aim.
func TestPastWordsInVerbs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"aim, then carry out well", "Tin tức.\n\nPhấn đấu chỉ số PAR INDEX của tỉnh tăng ít nhất 02 bậc so với năm 2023; " +
			"thực hiện có hiệu quả các nhiệm vụ cải cách hành chính.\n", []kt{{">=", 2, "rank", 0}}},
		{"share aim, then carry out", "Tin tức.\n\nTỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 60%, thực hiện có hiệu quả chuyển đổi số.\n",
			[]kt{{">", 60, "percent", 0}}},
		{"existing", "Tin tức.\n\nTỉnh hiện có trên 55% hồ sơ trực tuyến, phấn đấu duy trì.\n", nil},
		{"now", "Tin tức.\n\nHiện nay, tỷ lệ hồ sơ trực tuyến đạt trên 45%, tỉnh phấn đấu nâng cao.\n", nil},
		{"existing after a noun, done after an aim's comparator", "UBND tỉnh Đồng Nai vừa ban hành Kế hoạch cải cách hành chính năm 2026.\n\n" +
			"Tỉnh thực hiện cắt giảm và đơn giản hóa ít nhất 10% thủ tục hành chính hiện có, đồng thời giảm tối thiểu 20% thông tin phải khai báo thông qua việc tái sử dụng dữ liệu đã được số hóa.\n",
			[]kt{{">=", 10, "percent", 2026}, {">=", 20, "percent", 2026}}},
		{"existing with a count after it", "Tin tức.\n\nTỉnh hiện có 6.300 thủ tục hành chính, phấn đấu cắt giảm.\n", nil},
		{"a field list that runs into the predicate", "Tin tức.\n\nThực hiện giảm dần biên chế viên chức thuộc các ngành, lĩnh vực còn lại, bảo đảm giảm tối thiểu 10% biên chế viên chức đến hết năm 2026.\n",
			[]kt{{">=", 10, "percent", 2026}}},
		{"by the rankings", "Tin tức.\n\nPhấn đấu ít nhất 1 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới trong một số lĩnh vực theo các bảng xếp hạng quốc tế uy tín.\n",
			[]kt{{">=", 1, "count", 0}}},
		{"missed the aim", "Tin tức.\n\nCó tới 14/15 bộ và 100% các tỉnh, thành phố không đạt mục tiêu.\n", nil},
		{"a share of what fails a standard", "Tin tức.\n\nTỉnh phấn đấu giảm tỷ lệ hồ sơ không đạt yêu cầu xuống dưới 2% trong năm 2026.\n",
			[]kt{{"<=", 2, "percent", 2026}}},
		{"a headline's news", "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của cả nước đạt 39,5%\nTỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình tháng 6/2025 của cả nước là 39,51%, trong khi đó mục tiêu cần đạt vào cuối năm 2025 là 80%.\n",
			[]kt{{"=", 80, "percent", 2025}}},
		{"a headline's aim", "Tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 90%\nSáng 8/7, UBND tỉnh ban hành kế hoạch năm 2026.\n",
			[]kt{{">=", 90, "percent", 2026}}},
		{"needs to reach", "II. MỤC TIÊU\nTỷ lệ hồ sơ trực tuyến cần đạt được là 51%.\n", []kt{{">=", 51, "percent", 0}}},
		{"has only reached", "Tin tức.\n\nTỷ lệ hồ sơ trực tuyến toàn trình trung bình cả nước mới chỉ đạt 39,5%, còn xa mục tiêu.\n", nil},
		{"the bodies asked are no aim", "II. MỤC TIÊU\nUBND tỉnh yêu cầu 17 cơ quan và 10 đơn vị thực hiện đạt 51% hồ sơ trực tuyến.\n",
			[]kt{{">=", 51, "percent", 0}}},
		{"on the ranking", "Tin tức.\n\nChỉ số PCI của tỉnh đạt 69,66 điểm, tăng 01 bậc trên bảng xếp hạng so với năm 2023.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
