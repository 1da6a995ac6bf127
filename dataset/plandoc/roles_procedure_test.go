package plandoc

import "testing"

// TestProcedureSectionsGiveNoTargets: the parts of a published
// administrative procedure ("Yêu cầu, điều kiện thực hiện thủ tục hành
// chính", "Thời hạn giải quyết") and of a plan to simplify one, also in an
// annex ("Nội dung đơn giản hóa", "Lợi ích của phương án đơn giản hóa",
// with its calculation broken over lines), state conditions, time limits
// and savings: no targets. An aim under "Mục tiêu" still is one.
func TestProcedureSectionsGiveNoTargets(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"conditions of a procedure",
			"**2.10. Yêu cầu, điều kiện thực\nhiện thủ tục hành chính**\n\n- Xã vùng đồng bào dân tộc thiểu số là xã có từ 15% người dân tộc thiểu số trở lên sinh sống ổn định.\n\n**2.11. Thời hạn giải quyết**\n\nKhông quá 05 ngày làm việc.\n",
			nil},
		{"a simplification plan in an annex",
			"**PHỤ LỤC**\n\n**PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH**\n\n**1.1. Nội dung đơn giản hóa**\n\nGiảm thời gian giải quyết thủ tục\nhành chính từ 10 ngày làm việc còn 09 ngày làm việc.\n\n**1.3. Lợi ích của phương án\nđơn giản hóa**\n\n- Chi phí tuân thủ TTHC trước\nkhi đơn giản hóa: 32.000.000 đồng/năm.\n\n- Tỷ lệ cắt giảm chi phí: 10%.\n",
			nil},
		{"an aim still is one", "II. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n", []kt{{">=", 80, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Đồng Nai", 2026, tc.body), tc.want) })
	}
}

// TestCapInOtherWords: "cấp" inside "trợ cấp", "cung cấp" and "xã" opening
// "xã hội" name no level; "cấp xã" does; outside a targets section the
// city's or province's agencies ("các cơ quan thành phố", "cơ quan thuộc
// khối sở", "đơn vị … trực thuộc UBND tỉnh") name the province level.
func TestCapInOtherWords(t *testing.T) {
	tests := []struct {
		text, level string
	}{
		{"người hưởng trợ cấp xã hội mở tài khoản", ""},
		{"người dân tự nguyện cung cấp số tài khoản", ""},
		{"hồ sơ của bảo hiểm xã hội cấp xã hội nhập", ""},
		{"hồ sơ cấp xã được số hóa", "commune"},
		{"thủ tục cấp tỉnh, cấp sở", "province"},
	}
	wide := []struct{ text, level string }{
		{"hồ sơ công việc tại các cơ quan thành phố được xử lý trên môi trường mạng", "province"},
		{"hồ sơ công việc tại các cơ quan tỉnh", "province"},
		{"hồ sơ công việc tại cơ quan Trung ương", ""},
		{"cơ quan thuộc khối sở được kiểm tra", "province"},
		{"đơn vị thuộc khối đơn vị sự nghiệp trực thuộc UBND tỉnh", "province"},
	}
	for _, tc := range wide {
		f := asciiFold([]rune(tc.text))
		if got := levelIn(f, parenDepth(f), 0, len(f), tgWideLevels); got != tc.level {
			t.Errorf("levelIn(%q, wide) = %q, want %q", tc.text, got, tc.level)
		}
	}
	for _, tc := range tests {
		f := asciiFold([]rune(tc.text))
		if got := levelIn(f, parenDepth(f), 0, len(f), tgLevels); got != tc.level {
			t.Errorf("levelIn(%q) = %q, want %q", tc.text, got, tc.level)
		}
	}
}

// TestStageSubheadingsOfObjectives: a bold heading of aims broken over
// two lines ("**2. Mục" / "tiêu cụ thể**") keeps its role over its
// numbered stages ("*2.1. Đến năm 2030*", "*2.2. Định hướng đến năm
// 2035*"), and each stage sets the year of the aims under it.
func TestStageSubheadingsOfObjectives(t *testing.T) {
	body := "**2. Mục\ntiêu cụ thể**\n\n*2.1. Đến năm 2030*\n\nHình thành ít nhất 20 mô hình sản xuất nông nghiệp tuần hoàn.\n\n" +
		"*2.2. Định hướng đến năm 2035*\n\nHình thành ít nhất 40 mô hình sản xuất nông nghiệp tuần hoàn.\n"
	text := "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 12/KH-UBND\nĐồng Tháp, ngày 10 tháng 11 năm 2025\nKẾ HOẠCH\n" +
		"Thực hiện lộ trình đổi mới công nghệ đến năm 2035\nI. MỤC TIÊU\n" + body
	checkKinds(t, text, []kt{{">=", 20, "count", 2030}, {">=", 40, "count", 2035}})
}

// TestStageHeadingYear: the year a heading naming only a stage sets.
func TestStageHeadingYear(t *testing.T) {
	for title, want := range map[string]int{
		"*2.1. den nam 2030*": 2030, "2.2. dinh huong den nam 2035": 2035, "b) giai doan 2026 - 2030:": 0,
		"3. giai doan 2026 - 2030:": 2030, "nam 2026": 2026, "2.1. nong nghiep nam 2030": 0, "ket qua nam 2025": 0,
	} {
		if got := stageHeadingYear(title); got != want {
			t.Errorf("stageHeadingYear(%q) = %d, want %d", title, got, want)
		}
	}
}

// TestNumberDepth: how many numbers a heading's numbering has.
func TestNumberDepth(t *testing.T) {
	for line, want := range map[string]int{"2. Mục tiêu": 1, "*2.1. Đến năm 2030*": 2, "**1.2.3.** Nội dung": 3, "Mục tiêu": 0, "II. Nhiệm vụ": 0} {
		if got := numberDepth(line); got != want {
			t.Errorf("numberDepth(%q) = %d, want %d", line, got, want)
		}
	}
}

// TestUnnumberedStageLines: lines that name the aims of a stage without
// a number or bold ("Mục tiêu cụ thể đến năm 2025:" / "Định hướng đến năm
// 2030:") set the year of the items under each; so does a stage numbered
// in brackets ("(2) Mục tiêu đến năm 2035").
func TestUnnumberedStageLines(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"aims of a stage, then an orientation", "UBND tỉnh Kon Tum ban hành Kế hoạch số 1084/KH-UBND ngày 03/04/2025.\nMục tiêu cụ thể đến năm 2025:\n-\n50% người dân trưởng thành sử dụng DVCTT.\nĐịnh hướng đến năm 2030:\n-\nNâng tỷ lệ người dân trưởng thành sử dụng DVCTT lên 70%.\n",
			[]kt{{"=", 50, "percent", 2025}, {"=", 70, "percent", 2030}}},
		{"stages numbered in brackets", "Tin tức.\n\n**- Mục tiêu đến năm 2030**\n\nPhấn đấu có ít nhất 2 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á.\n\n**(2) Mục tiêu đến năm 2035**\n\nPhấn đấu có ít nhất 4 cơ sở giáo dục đại học thuộc nhóm 200 đại học hàng đầu châu Á.\n",
			[]kt{{">=", 2, "count", 2030}, {">=", 4, "count", 2035}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestStageInsideThePlansPeriod: a paragraph that goes on with the aims
// of a stage inside the plan's period ("trong giai đoạn 2026 - 2027, Bộ
// phấn đấu …" / "Tỷ lệ … kỳ vọng đạt mức 90%") is of the stage's year,
// not of the period's end; a stage stepped into ("Bước sang giai đoạn
// 2028 - 2030, …") opens its own.
func TestStageInsideThePlansPeriod(t *testing.T) {
	text := "Bộ Dân tộc và Tôn giáo ban hành Kế hoạch số 447/KH-BDTTG về Chuyển đổi số giai đoạn 2026 - 2030\n\n" +
		"Với mục tiêu Phát triển Chính phủ số, trong giai đoạn 2026 - 2027, Bộ phấn đấu 100% thủ tục hành chính đủ điều kiện được thực hiện trực tuyến toàn trình.\n\n" +
		"Tỷ lệ người dân, doanh nghiệp đánh giá hài lòng khi sử dụng dịch vụ công trực tuyến kỳ vọng đạt mức 90%.\n\n" +
		"Bước sang giai đoạn 2028 - 2030, tỷ lệ hài lòng của người dân và doanh nghiệp được đặt mục tiêu nâng lên 99%.\n"
	checkKinds(t, text, []kt{{"=", 100, "percent", 2027}, {">=", 90, "percent", 2027}, {"=", 99, "percent", 2030}})
}
