package plandoc

import (
	"slices"
	"testing"
)

// TestReportedResultsNotTargets: a report or a press item with neither a
// plan year nor a date of its own states its results under a year ("Năm
// 2021, …") as a plan states its stages; there the stage alone makes no
// value an aim ("xếp thứ 9/63", "tăng 5 bậc", "tăng 13,2% so với năm
// 2020"), an aim word of the value's own does. "chỉ tiêu biên chế" (posts
// of the staff establishment) names a count, it says no aim.
func TestReportedResultsNotTargets(t *testing.T) {
	tests := []struct {
		name string
		text string // the whole text: no plan year unless it says one
		want []string
	}{
		{"rank reported under a year",
			"Sóc Trăng dẫn đầu ĐBSCL về chỉ số hài lòng trong phục vụ hành chính\n" +
				"Năm 2021, Sóc Trăng có chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đứng đầu ĐBSCL và xếp thứ 9/63 tỉnh, thành. So với năm 2020, chỉ số này của Sóc Trăng tăng 5 bậc.\n" +
				"Năm 2021, tỉnh Sóc Trăng có chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đạt 89,51%, đứng đầu ĐBSCL và xếp 9/63 tỉnh, thành cả nước. So với năm 2020, chỉ số SIPAS của Sóc Trăng tăng 0,84%, tăng 5 bậc.\n" +
				"Đối với chỉ số cải cách hành chính (PAR INDEX), Sóc Trăng tiếp tục vươn lên một bậc, đứng vị trí 18/63 tỉnh, thành trong cả nước (năm 2020 đứng 19/63).\n" +
				"Đứng cuối bảng xếp hạng về chỉ số PAR INDEX tiếp tục là Kiên Giang (đạt 79.97%). Tỉnh này cũng là địa phương có chỉ số PAR INDEX hạng 63/63 tỉnh, thành.\n",
			nil},
		{"rank kept over two years",
			"Tại Hội nghị lãnh đạo Sở Nội vụ đã thông qua báo cáo chuyên đề về Chỉ số cải cách hành chính (PAR INDEX).\n" +
				"Năm 2022, công tác CCHC của tỉnh Yên Bái đã có sự tiến bộ rõ rệt (xếp thứ 11/63 tỉnh thành, tăng 03 bậc so với năm 2021); Chỉ số PAPI tiếp tục nằm trong nhóm \"Trung bình cao\". Trong 2 năm liên tục tỉnh Yên Bái tiếp tục duy trì ở vị trí thứ 5/14 tỉnh khu vực Trung du và miền núi phía Bắc.\n",
			nil},
		{"change reported under a year",
			"Đây là thông tin tại Hội nghị Công bố Chỉ số cải cách hành chính năm 2021 do Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức diễn ra trong sáng nay 25/5 tại Hà Nội.\n\n" +
				"Năm 2021, chỉ số PAR INDEX của tỉnh Quảng Ngãi đạt 86.45%, tăng 13,2% so với năm 2020. Với kết quả này, Quảng Ngãi là địa phương có điểm số tăng cao nhất.\n",
			nil},
		{"staff quota is no aim",
			" date 2020-09 Từ năm 2015-2020, UBND tỉnh đã ban hành 315 quyết định công bố 7.518 TTHC ở 3 cấp: tỉnh, huyện, xã. Thực hiện cung ứng dịch vụ công trực tuyến 3 cấp với 2.268 thủ tục gồm 1.833 thủ tục cấp tỉnh, 301 thủ tục cấp huyện và 134 thủ tục cấp xã; trong đó đã cung ứng dịch vụ công mức độ 4 là 450 thủ tục; đã giảm 203 chỉ tiêu biên chế hành chính và 2.458 chỉ tiêu biên chế sự nghiệp. Tỷ lệ giải quyết hồ sơ TTHC đúng hạn đạt tỷ lệ cao, trung bình đạt 99%.\n",
			nil},
		// Targets: an aim word of the rank's own.
		{"aim in the stage",
			"Tỉnh Bắc Giang phấn đấu năm 2024 chỉ số PAPI nằm trong nhóm cao nhất của cả nước. Đồng thời, chỉ số PAR Index nằm trong nhóm 10 tỉnh, thành đứng đầu cả nước.\n",
			[]string{"<= 10 rank 2024"}},
		{"rank aim under a year",
			"Năm 2026, Hải Phòng đặt mục tiêu các chỉ số quan trọng như Chỉ số PAR Index phấn đấu thuộc nhóm 5 địa phương dẫn đầu cả nước.\n",
			[]string{"<= 5 rank 2026"}},
		{"rank change aimed",
			"Năm 2025, phấn đấu chỉ số PAPI của tỉnh Lai Châu được duy trì, giữ vững và cải thiện thứ hạng, tăng ít nhất 01 bậc so với năm 2024.\n",
			[]string{">= 1 rank increase 2025"}},
		{"stage with an aim word, no date",
			"Năm 2026, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 60%.\n",
			[]string{">= 60 percent 2026"}},
		{"stage without an aim word, no date",
			"Năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n",
			nil},
		{"stage of a dated plan",
			"Số: 12/KH-UBND\nLào Cai, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nCải cách hành chính năm 2026\n" +
				"Năm 2026, tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n",
			[]string{">= 60 percent 2026"}},
		{"staff quota cut aimed",
			"Năm 2025, tỉnh phấn đấu giảm 5% chỉ tiêu biên chế hành chính so với năm 2024.\n",
			[]string{">= 5 percent decrease 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, tc.text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
