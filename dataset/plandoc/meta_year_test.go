package plandoc

import "testing"

// TestSentenceYearNotThePlans checks years of the opening prose that are
// not the year a plan is for: the year of issue after a document number,
// targets listed for two years, planned capital, the plan a result is
// measured against and the year its tasks are to be done in; and the
// year a plan is for beside them.
func TestSentenceYearNotThePlans(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		year     int
		period   bool
	}{
		{"Theo quy định tại Mục I Kế hoạch 01-KH/BCĐTW năm 2025, cụ thể như sau", 0, false},
		{"Theo Kế hoạch 12/KH-UBND năm 2024 của UBND tỉnh Sơn La", 0, false},
		{"Kế hoạch số 7-KH/TU năm 2023 về chuyển đổi số", 0, false},
		{"Chỉ tiêu bình dân học vụ số năm 2025, 2026 ra sao?", 0, true},
		{"Chỉ tiêu thực hiện phong trào năm 2025 và năm 2026 được quy định như sau", 0, true},
		{"Mục tiêu năm 2027 và 2028 của tỉnh", 0, true},
		{"Về giải ngân vốn kế hoạch năm 2025 như sau", 0, false},
		{"Kế hoạch vốn năm 2026 được giao", 0, false},
		{"tỷ lệ giải ngân đạt 57,9% kế hoạch năm 2025", 0, false},
		{"Để đạt các mục tiêu trên, tỉnh đề ra 70 nhiệm vụ, trong đó 11 nhiệm vụ phải hoàn thành trong năm 2021", 0, false},
		{"Chương trình đề ra 12 nhiệm vụ, 5 nhiệm vụ hoàn thành trước năm 2024", 0, false},
		// The plan's own year beside them.
		{"Theo Kế hoạch 12/KH-UBND về cải cách hành chính năm 2026", 2026, false},
		{"Chỉ tiêu năm 2026 và năm 2026 được giao", 2026, false},
		{"Kế hoạch phân bổ vốn đầu tư công năm 2026", 2026, false},
		{"Nghị quyết 244/2025/QH15 về Kế hoạch phát triển kinh tế xã hội năm 2026", 2026, false},
		{"Kế hoạch hoàn thành các nhiệm vụ năm 2026", 2026, false},
	} {
		y, period := sentenceYear(asciiFold([]rune(tc.sentence)))
		if y != tc.year || period != tc.period {
			t.Errorf("sentenceYear(%q) = %d, %v; want %d, %v", tc.sentence, y, period, tc.year, tc.period)
		}
	}
}

// TestHeaderYearRunsTo checks a title that names the year its aims run to
// and an outlook beyond it: issued before that year, the plan is for
// several years; issued in it, for that year.
func TestHeaderYearRunsTo(t *testing.T) {
	head := func(date string) string {
		return "UBND TỈNH BẮC KẠN\nSố: 9/KH-UBND\nBắc Kạn, ngày " + date + "\n"
	}
	checkHeaderCases(t, []headerCase{
		{"horizon and outlook, issued before", head("20 tháng 02 năm 2024") + "KẾ HOẠCH\nChuyển đổi số tỉnh Bắc Kạn đến năm 2025, định hướng đến năm 2030\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2024-02-20", 0},
		{"horizon and vision, issued before", head("3 tháng 5 năm 2023") + "KẾ HOẠCH\nPhát triển kinh tế số đến năm 2026, tầm nhìn đến năm 2035\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2023-05-03", 0},
		{"only a horizon, issued before", head("3 tháng 5 năm 2023") + "KẾ HOẠCH\nPhát triển kinh tế số đến năm 2025\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2023-05-03", 0},
		{"a year and the years after it", head("29 tháng 09 năm 2025") + "KẾ HOẠCH\nNÂNG CAO CHỈ SỐ CHUYỂN ĐỔI SỐ (DTI) TỈNH BẮC KẠN NĂM 2025 VÀ CÁC NĂM TIẾP THEO\n\nI. MỤC TIÊU\nPhấn đấu Chỉ số DTI của tỉnh năm 2025 nằm trong nhóm 20.\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2025-09-29", 0},
		{"a period, whatever year the body names", head("3 tháng 5 năm 2023") + "KẾ HOẠCH\nChuyển đổi số giai đoạn 2023 - 2025\n\nI. NHIỆM VỤ\nTrong năm 2023, tập trung hoàn thiện hạ tầng số.\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2023-05-03", 0},
		// Negative: issued in the year the title names, or a year of its own.
		{"horizon, issued that year", head("3 tháng 1 năm 2025") + "KẾ HOẠCH\nChuyển đổi số đến năm 2025, định hướng đến năm 2030\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2025-01-03", 2025},
		{"a year of its own and an outlook", head("20 tháng 12 năm 2025") + "KẾ HOẠCH\nCải cách hành chính năm 2026, định hướng đến năm 2030\n",
			"9/KH-UBND", "KH", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2025-12-20", 2026},
	})
}

// TestTowardYear checks the year a title's aims run to: the horizon, not
// the outlook beyond it.
func TestTowardYear(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  int
	}{
		{"Chuyển đổi số đến năm 2025, định hướng đến năm 2030", 2025},
		{"Kinh tế số đến năm 2030, tầm nhìn đến năm 2045", 2030},
		{"Chuyển đổi số đến năm 2030", 2030},
		{"Chuyển đổi số định hướng đến năm 2030", 2030},
		{"Cải cách hành chính năm 2026", 0},
	} {
		if got := towardYear(tc.title); got != tc.want {
			t.Errorf("towardYear(%q) = %d, want %d", tc.title, got, tc.want)
		}
	}
}

// TestHeaderYearFromBody checks directives, dispatches and resolutions
// whose title names no year but whose body sets aims "trong năm" the year
// of issue or the next; and negatives: a plan, two different years, a
// year before the issue, a period in the title, no date.
func TestHeaderYearFromBody(t *testing.T) {
	cd := "Ngày 29/5/2025, Thủ tướng Chính phủ đã có Công điện 78/CĐ-TTg về cắt giảm thủ tục hành chính.\n"
	checkHeaderCases(t, []headerCase{
		{"dispatch, aims within the year", cd + "- Bảo đảm cắt giảm ít nhất 30% thời gian giải quyết TTHC trong năm 2025.\n",
			"78/CĐ-TTg", "CĐ", "Thủ tướng Chính phủ", "", "2025-05-29", 2025},
		{"resolution, a sentence opening with the year", "Ngày 07/02/2025, Chính phủ ban hành Nghị quyết 27/NQ-CP phiên họp thường kỳ.\n\nTrong năm 2025, 100% thủ tục hành chính được thực hiện trực tuyến.\n",
			"27/NQ-CP", "NQ", "Chính phủ", "", "2025-02-07", 2025},
		{"directive late in the year for the next", "UBND TỈNH ĐẮK NÔNG\nSố: 12/CT-UBND\nĐắk Nông, ngày 20 tháng 12 năm 2025\nCHỈ THỊ\nVề tăng cường kỷ luật hành chính\n1. Các sở hoàn thành số hóa 100% hồ sơ trong năm 2026.\n",
			"12/CT-UBND", "CT", "UBND tỉnh Đắk Nông", "Đắk Nông", "2025-12-20", 2026},
		// Negatives.
		{"a plan states its year in its title", "UBND TỈNH ĐẮK NÔNG\nSố: 12/KH-UBND\nĐắk Nông, ngày 20 tháng 12 năm 2025\nKẾ HOẠCH\nVề tăng cường kỷ luật hành chính\n1. Các sở hoàn thành số hóa 100% hồ sơ trong năm 2026.\n",
			"12/KH-UBND", "KH", "UBND tỉnh Đắk Nông", "Đắk Nông", "2025-12-20", 0},
		{"two years", cd + "- Cắt giảm 30% thời gian trong năm 2025.\n- Cắt giảm 50% chi phí trong năm 2026.\n",
			"78/CĐ-TTg", "CĐ", "Thủ tướng Chính phủ", "", "2025-05-29", 0},
		{"a past year", cd + "- Trong năm 2024, các bộ đã cắt giảm 20% thủ tục.\n",
			"78/CĐ-TTg", "CĐ", "Thủ tướng Chính phủ", "", "2025-05-29", 0},
		{"a period in the title", "UBND TỈNH ĐẮK NÔNG\nSố: 12/CT-UBND\nĐắk Nông, ngày 20 tháng 12 năm 2025\nCHỈ THỊ\nVề chuyển đổi số giai đoạn 2026 - 2030\n1. Các sở hoàn thành số hóa 100% hồ sơ trong năm 2026.\n",
			"12/CT-UBND", "CT", "UBND tỉnh Đắk Nông", "Đắk Nông", "2025-12-20", 0},
		{"no date of issue", "Thủ tướng Phạm Minh Chính vừa ký Chỉ thị số 06 về nhiệm vụ sau Tết.\nCác bộ hoàn thành 100% hồ sơ trong năm 2026.\n",
			"06", "CT", "Thủ tướng Chính phủ", "", "", 0},
	})
}

// TestHeaderNoYearKinds checks that a notice of conclusions and a report
// are for no year, by header or in prose, whatever year their title names;
// and negatives: a plan and a directive with the same titles keep theirs.
func TestHeaderNoYearKinds(t *testing.T) {
	head := func(code, kind, title string) string {
		return "UBND TỈNH SƠN LA\nSố: 400/" + code + "-UBND\nSơn La, ngày 1 tháng 12 năm 2025\n" + kind + "\n" + title + "\n"
	}
	checkHeaderCases(t, []headerCase{
		{"notice of conclusions", "VĂN PHÒNG CHÍNH PHỦ\nSố: 700/TB-VPCP\nHà Nội, ngày 1 tháng 12 năm 2025\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ tại Hội nghị tổng kết công tác cải cách hành chính năm 2025\n",
			"700/TB-VPCP", "TB", "Văn phòng Chính phủ", "", "2025-12-01", 0},
		{"notice named in prose", "Văn phòng Chính phủ vừa ban hành Thông báo số 701/TB-VPCP kết luận của Thủ tướng tại Hội nghị triển khai kế hoạch năm 2026.\n",
			"701/TB-VPCP", "TB", "Văn phòng Chính phủ", "", "", 0},
		{"report", head("BC", "BÁO CÁO", "Kết quả công tác cải cách hành chính năm 2025"),
			"400/BC-UBND", "BC", "UBND tỉnh Sơn La", "Sơn La", "2025-12-01", 0},
		// Negatives.
		{"plan", head("KH", "KẾ HOẠCH", "Cải cách hành chính năm 2026"),
			"400/KH-UBND", "KH", "UBND tỉnh Sơn La", "Sơn La", "2025-12-01", 2026},
		{"directive", head("CT", "CHỈ THỊ", "Về đẩy mạnh cải cách hành chính năm 2026"),
			"400/CT-UBND", "CT", "UBND tỉnh Sơn La", "Sơn La", "2025-12-01", 2026},
	})
}
