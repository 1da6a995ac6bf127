package plandoc

import (
	"slices"
	"testing"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// TestLeadIn: a line that ends with a colon and names targets or aims
// introduces a list of targets, with the one year or the end of the
// period it names; results, general aims and tasks do not.
func TestLeadIn(t *testing.T) {
	tests := []struct {
		line string
		ok   bool
		year int
	}{
		{"Mục tiêu cơ bản phát triển kinh tế số đến năm 2025:", true, 2025},
		{"Mục tiêu phát triển xã hội số đến hết năm 2030:", true, 2030},
		{"**Các chỉ tiêu cụ thể giai đoạn 2026 - 2028:**", true, 2028},
		{"Chỉ tiêu thực hiện phong trào năm 2025 và năm 2026 được quy định như sau:", true, 0},
		{"**Lưu ý: **Chỉ tiêu thực hiện phong trào được quy định như sau:", true, 0},
		{"Phấn đấu đến năm 2027:", true, 2027},
		{"Tỉnh đặt ra các mục tiêu cụ thể như sau:", true, 0},
		{"Theo đó, mục tiêu cụ thể đối với nội dung cải cách thủ tục hành chính đến năm 2025 đạt được như sau:", true, 2025},
		{"Mục tiêu về chuyển đổi số của huyện đến hết năm 2027 cần đạt được như sau:", true, 2027},
		{"Theo đó, mục tiêu cụ thể giai đoạn 2026-2030 của chương trình được nêu tại tiểu mục 2 Mục II Kế hoạch 188/KH-UBND năm 2025 như sau:", true, 2030},
		{"Căn cứ mục tiêu của Đề án giai đoạn từ năm 2025 đến năm 2030, trong đó, đối với năm học 2025 - 2026, phấn đấu:", true, 2026},
		{"Mục tiêu đến năm 2030, trong đó năm 2025 và năm 2026 phấn đấu:", true, 0},
		{"*Mục tiêu cụ thể giai đoạn từ 2031 - 2035:*", true, 2035},
		// Not lead-ins.
		{"Mục tiêu cơ bản phát triển kinh tế số đến năm 2025", false, 0},
		{"Kết quả thực hiện các chỉ tiêu năm 2024 như sau:", false, 0},
		{"Các chỉ tiêu đạt được trong năm 2024:", false, 0},
		{"Các mục tiêu đạt được trong năm 2024 như sau:", false, 0},
		{"Kết quả thực hiện mục tiêu đến năm 2025 đạt được như sau:", false, 0},
		{"Mục tiêu đến năm 2025 và nhiệm vụ đạt được như sau:", false, 0},
		{"Mục tiêu tổng quát của Kế hoạch như sau:", false, 0},
		{"Nhiệm vụ, giải pháp để thực hiện các mục tiêu:", false, 0},
		{"Phấn đấu 90% hồ sơ được giải quyết đúng hạn:", false, 0},
		{"Theo quy định tại Mục I Kế hoạch năm 2025, cụ thể như sau:", false, 0},
	}
	for _, tc := range tests {
		ok, y := leadIn(tc.line, foldKeep(vntext.NFC(tc.line)))
		if ok != tc.ok || y != tc.year {
			t.Errorf("leadIn(%q) = %v %d, want %v %d", tc.line, ok, y, tc.ok, tc.year)
		}
	}
}

// TestLeadInLists: the items of a list a line introduces are targets of
// the year it names (or of the stage within the list), every item its
// own target, whatever their metric; the list ends at a paragraph or a
// heading, and a lead-in of results or a bare list gives none.
func TestLeadInLists(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []kt
	}{
		{"press item, lead-in with year, items without aim words",
			"Tỉnh Cà Mau ban hành kế hoạch chuyển đổi số.\n\nMục tiêu cơ bản phát triển kinh tế số đến năm 2025:\n\n" +
				"- Tỷ trọng kinh tế số đạt 20% GRDP.\n\n- Tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%.\n\n" +
				"- Tỷ lệ nhân lực kinh tế số trong lực lượng lao động trên 2%.\n",
			[]kt{{">=", 20, "percent", 2025}, {">", 80, "percent", 2025}, {">", 2, "percent", 2025}}},
		{"lead-in without year, stages inside, same metric in every item",
			"Bài viết nêu chỉ tiêu của phong trào.\n\nChỉ tiêu của phong trào được quy định như sau:\n- Năm 2026:\n" +
				"+ 70% cán bộ, công chức có kỹ năng số cơ bản.\n+ 70% người dân trưởng thành có kỹ năng số cơ bản.\n" +
				"- Năm 2027\n+ 90% cán bộ, công chức có kỹ năng số cơ bản.\n+ 90% người dân trưởng thành có kỹ năng số cơ bản.\n",
			[]kt{{"=", 70, "percent", 2026}, {"=", 70, "percent", 2026}, {"=", 90, "percent", 2027}, {"=", 90, "percent", 2027}}},
		{"numbered items in brackets, period in the lead-in",
			"Sở Nội vụ thông tin về kế hoạch.\n\nCác chỉ tiêu cụ thể giai đoạn 2026 - 2028:\n\n(1) Tỷ lệ hồ sơ trực tuyến đạt 60%.\n\n" +
				"(2) Số doanh nghiệp công nghệ số đạt 15 doanh nghiệp.\n",
			[]kt{{">=", 60, "percent", 2028}, {">=", 15, "count", 2028}}},
		{"the list ends at a paragraph",
			"Tin tức.\n\nMục tiêu phát triển đến năm 2030:\n\n- Tỷ lệ hộ gia đình có cáp quang đạt 90%.\n\n" +
				"Năm qua, tỷ lệ hồ sơ đúng hạn 85%.\n",
			[]kt{{">=", 90, "percent", 2030}}},
		{"a lead-in of aims to reach by a year",
			"Sở Tư pháp ban hành kế hoạch.\nTheo đó, mục tiêu cụ thể về cải cách thủ tục hành chính đến năm 2027 đạt được như sau:\n" +
				"- Đổi mới cơ chế một cửa theo hướng hiện đại;\n- Tỷ lệ hồ sơ trực tuyến đạt 60% trên tổng số hồ sơ; Tối thiểu 75% thủ tục được thanh toán trực tuyến;\n" +
				"- 85% người dân không phải nộp lại giấy tờ khi làm thủ tục.\n",
			[]kt{{">=", 60, "percent", 2027}, {">=", 75, "percent", 2027}, {"=", 85, "percent", 2027}}},
		{"results reached by a year give no targets",
			"Tin tức.\n\nKết quả thực hiện mục tiêu đến năm 2024 đạt được như sau:\n\n- Tỷ lệ hồ sơ trực tuyến 55%.\n\n" +
				"- Tỷ lệ hộ nghèo 3%.\n",
			nil},
		{"a lead-in of results gives no targets",
			"Tin tức.\n\nKết quả thực hiện các chỉ tiêu năm 2024 như sau:\n\n- Tỷ trọng kinh tế số 12% GRDP.\n\n" +
				"- Tỷ lệ doanh nghiệp dùng hợp đồng điện tử 70%.\n",
			nil},
		{"a list under a sentence that names no aim gives no targets",
			"Tin tức.\n\nSố liệu thống kê của tỉnh:\n\n- Tỷ trọng kinh tế số 12% GRDP.\n\n- Tỷ lệ hộ nghèo 3%.\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestResultsLeadIn: the items under a line that introduces results
// ("Theo kết quả xác định Chỉ số cải cách hành chính của tỉnh:") report
// ranks and scores, no aims; the items under a lead-in of aims are aims.
func TestResultsLeadIn(t *testing.T) {
	ranks := "\n\n- Sở Tư pháp, Cục Hải quan, Sở Giao thông Vận tải là 03 đơn vị lần lượt đứng top 03 trên tổng số 23 sở, ban ngành của tỉnh, với tổng điểm lần lượt là 83.25, 82.50 và 81.42/100 điểm."
	share := "\n\n- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.\n"
	tests := []struct {
		name, leadIn, items string
		want                []string
	}{
		{"results", "Theo kết quả xác định Chỉ số cải cách hành chính của tỉnh Quảng Ngãi:", ranks + share, nil},
		{"aims", "Mục tiêu đến năm 2025 của tỉnh như sau:", share, []string{"5|>=|98||2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "Ủy ban nhân dân tỉnh Quảng Ngãi công bố Chỉ số cải cách hành chính của các sở, ban ngành.\n\n" + tc.leadIn + tc.items
			if got := targetSummaries(parseText(t, text)); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTitledTargetItems covers a list of targets set per level that a
// paragraph's last sentence introduces ("… chịu trách nhiệm về kết quả
// đạt được. Chủ tịch UBND cấp huyện … giao chỉ tiêu …, cụ thể:"), its
// items unmarked paragraphs that name their indicator before a colon, one
// of them with a result's words in its title ("Kết quả thực hiện nhiệm vụ
// … giao: Phải hoàn thành …"), a photo's file name and caption between
// them, and a value whose levels a semicolon parts ("10% đối với Sở, ban,
// ngành; UBND cấp huyện và cấp xã"): every value an aim of the text's
// year, one per level.
func TestTitledTargetItems(t *testing.T) {
	text := `UBND tỉnh ban hành Quyết định giao chỉ tiêu cải cách hành chính năm 2024.

Theo đó, Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các đơn vị triển khai các giải pháp và chịu trách nhiệm về kết quả đạt được. Chủ tịch UBND cấp huyện giao chỉ tiêu đối với UBND cấp xã không thấp hơn chỉ tiêu quy định, cụ thể:

Kết quả thực hiện nhiệm vụ được UBND tỉnh giao: Phải hoàn thành đúng hạn 100% đối với Sở, ban, ngành và UBND cấp huyện;

z5060175717522_22792a2abc7225fefd84cdcd900cd1e5.jpg

Hình ảnh người dân giải quyết TTHC tại Trung tâm Phục vụ Hành chính công tỉnh

Đơn giản hóa hoặc kiến nghị đơn giản hóa: Tối thiểu 10% đối với Sở, ban, ngành; UBND cấp huyện và cấp xã;
`
	type lv struct {
		line  int
		cmp   string
		value float64
		level string
		year  int
	}
	want := []lv{{5, "=", 100, "province", 2024}, {5, "=", 100, "district", 2024},
		{11, ">=", 10, "province", 2024}, {11, ">=", 10, "district", 2024}, {11, ">=", 10, "commune", 2024}}
	var got []lv
	for _, x := range parseText(t, text).Targets {
		got = append(got, lv{x.Source.Line, string(x.Comparator), x.Value, x.Level, x.Year})
	}
	if !slices.Equal(got, want) {
		t.Errorf("targets\n got %v\nwant %v", got, want)
	}
}
