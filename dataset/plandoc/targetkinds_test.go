package plandoc

import (
	"fmt"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// kindPlan wraps body lines in a minimal plan of province, for year, issued
// in December of the year before.
func kindPlan(province string, year int, body string) string {
	return fmt.Sprintf("ỦY BAN NHÂN DÂN TỈNH %s\nSố: 12/KH-UBND\n%s, ngày 10 tháng 12 năm %d\nKẾ HOẠCH\n"+
		"Cải cách hành chính năm %d\n%s\nIII. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ chủ trì theo dõi.\n",
		strings.ToUpper(province), province, year-1, year, body)
}

// kt is a target a kinds test expects: comparator, value, unit and year.
type kt struct {
	cmp   string
	value float64
	unit  string
	year  int
}

func (w kt) String() string { return fmt.Sprintf("%s %g %s %d", w.cmp, w.value, w.unit, w.year) }

// targetSet lists the parsed targets as kts.
func targetSet(ts []dataset.Target) []kt {
	var out []kt
	for _, t := range ts {
		out = append(out, kt{t.Comparator, t.Value, t.Unit, t.Year})
	}
	return out
}

// checkKinds compares the targets parsed from text with want, in order.
func checkKinds(t *testing.T, text string, want []kt) {
	t.Helper()
	got := targetSet(parseText(t, text).Targets)
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("targets\n got %v\nwant %v\n%s", got, want, text)
	}
}

// TestStagedYears: a stage gives its items its year (the end of a
// period); a stage within one item does not carry to the next; a stage
// before the plan's year is a result.
func TestStagedYears(t *testing.T) {
	tests := []struct {
		name     string
		province string
		year     int
		body     string
		want     []kt
	}{
		{"stages as bullets", "Lào Cai", 2026,
			"I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Giai đoạn 2025-2027: 80% hồ sơ được số hóa;\n" +
				"- Giai đoạn 2028-2030: 100% hồ sơ được số hóa.\n- Tỷ lệ hài lòng đạt trên 90%.",
			[]kt{{"=", 80, "percent", 2027}, {"=", 100, "percent", 2030}, {">", 90, "percent", 2026}}},
		{"lettered stage introduces bullets", "Sơn La", 2026,
			"I. MỤC TIÊU\n2. Mục tiêu cụ thể\na) Năm 2026:\n- Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n" +
				"b) Đến năm 2030:\n- Tỷ lệ dịch vụ công trực tuyến toàn trình đạt trên 90%.\n- Không quá 5% hồ sơ trễ hạn.",
			[]kt{{">=", 60, "percent", 2026}, {">", 90, "percent", 2030}, {"<=", 5, "percent", 2030}}},
		{"heading split over two lines", "Ninh Bình", 2026,
			"I. MỤC TIÊU\n1. Mục tiêu chung\nXây dựng nền hành chính.\n2. Mục tiêu cụ thể\nđến năm 2027\n" +
				"- Tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 60% trở lên.\n- Mức độ hài lòng của người dân đạt tối thiểu 85%.",
			[]kt{{">=", 60, "percent", 2027}, {">=", 85, "percent", 2027}}},
		{"end of year stage with comma", "Cà Mau", 2026,
			"I. MỤC TIÊU\n- Đến hết năm 2026, 100% xã có bộ phận một cửa hiện đại.\n- Tỷ lệ hài lòng đạt trên 92%.",
			[]kt{{"=", 100, "percent", 2026}, {">", 92, "percent", 2026}}},
		{"past year bullet is a result and does not carry", "Gia Lai", 2026,
			"I. MỤC TIÊU\n- Năm 2025, tỷ lệ hồ sơ giải quyết đúng hạn đạt 97%.\n- Tỷ lệ hài lòng của người dân đạt trên 90%.\n" +
				"- Phấn đấu 100% thủ tục hành chính được công khai.",
			[]kt{{">", 90, "percent", 2026}, {"=", 100, "percent", 2026}}},
		{"results beside targets in one item of the targets section", "An Giang", 2026,
			"II. CHỈ TIÊU\n1. Tỷ lệ hồ sơ đúng hạn năm 2025 đạt 97%, năm 2026 phấn đấu đạt 98%.\n" +
				"2. Năm 2025, tỷ lệ hài lòng đạt 88%; năm 2026 đạt trên 90%.\n3. Năm 2025, tỷ lệ hồ sơ trực tuyến đạt 45%.",
			[]kt{{">=", 98, "percent", 2026}, {">", 90, "percent", 2026}}},
		{"past year paragraph in objectives prose", "Quảng Ninh", 2027,
			"I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNăm 2026, tỷ lệ hồ sơ trực tuyến đạt 45%.\n- Tỷ lệ hài lòng đạt trên 88%.",
			[]kt{{">", 88, "percent", 2027}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, kindPlan(tc.province, tc.year, tc.body), tc.want)
		})
	}
	t.Run("later stage of a plan to 2030 issued in 2025 is kept", func(t *testing.T) {
		text := "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nSố: 7/KH-UBND\nHà Nội, ngày 05 tháng 11 năm 2025\nKẾ HOẠCH\n" +
			"Cải cách hành chính giai đoạn 2026 - 2030\nI. MỤC TIÊU\n- Năm 2027, tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.\n" +
			"- Đến năm 2030, tỷ lệ này đạt 90%.\nII. NHIỆM VỤ\n1. Sở Nội vụ chủ trì.\n"
		checkKinds(t, text, []kt{{">=", 70, "percent", 2027}, {">=", 90, "percent", 2030}})
	})
}

// TestComparatorKinds: the comparators and units plans write, with
// markdown emphasis around numbers and signs split from them by a line
// break; thresholds and ages are no targets.
func TestComparatorKinds(t *testing.T) {
	tests := []struct {
		name, province, items string
		want                  []kt
	}{
		{"emphasis around the number and its item", "Cao Bằng",
			"*6.3. *Trên 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến.\n6.4. **100%** xã có bộ phận một cửa.",
			[]kt{{">", 80, "percent", 2026}, {"=", 100, "percent", 2026}}},
		{"bold comparator word", "Bắc Kạn", "- **Không quá** 3% hồ sơ trễ hạn.\n- Dưới __5%__ hồ sơ phải bổ sung.",
			[]kt{{"<=", 3, "percent", 2026}, {"<=", 5, "percent", 2026}}},
		{"sign split by a line break", "Hòa Bình", "- Tỷ lệ hồ sơ số hóa đạt ≥\n80%.\n- Tỷ lệ hồ sơ trễ hạn ≤\n2%.",
			[]kt{{">=", 80, "percent", 2026}, {"<=", 2, "percent", 2026}}},
		{"reduce to", "Bến Tre", "- Số lần đi lại của người dân giảm còn 1,7 lần.\n- Tỷ lệ hồ sơ trễ hạn giảm xuống còn 2%.\n" +
			"- Tỷ lệ hồ sơ phải bổ sung giảm xuống dưới 3%.",
			[]kt{{"=", 1.7, "times", 2026}, {"=", 2, "percent", 2026}, {"<=", 3, "percent", 2026}}},
		{"a multiple", "Đồng Nai", "- Tổng giá trị thanh toán không dùng tiền mặt gấp 30 lần GRDP.\n- Doanh thu thương mại điện tử gấp 2,5 lần.",
			[]kt{{"=", 30, "times", 2026}, {"=", 2.5, "times", 2026}}},
		{"padded counts after a comparator", "Phú Yên", "- Triển khai tối thiểu 01 sàn giao dịch dữ liệu.\n- Xây dựng ít nhất 03 kho dữ liệu dùng chung.",
			[]kt{{">=", 1, "count", 2026}, {">=", 3, "count", 2026}}},
		{"not lower, not higher", "Bắc Ninh", "- Mức độ hài lòng của người dân không thấp hơn 90%.\n- Tỷ lệ hồ sơ trễ hạn không cao hơn 2%.\n" +
			"- Thời gian giải quyết không vượt 5 ngày.",
			[]kt{{">=", 90, "percent", 2026}, {"<=", 2, "percent", 2026}, {"<=", 5, "days", 2026}}},
		{"reaching a required share", "Quảng Nam", "- Mức độ hài lòng của người dân về giải quyết thủ tục hành chính đạt yêu cầu 90%.\n- Số hóa 60% hồ sơ.",
			[]kt{{">=", 90, "percent", 2026}, {"=", 60, "percent", 2026}}},
		{"a range without a comparator word", "Bạc Liêu", "- Kinh tế số chiếm 20 - 25% GRDP.\n- Quy mô GRDP gấp 3,5 - 4 lần so với năm 2020.",
			[]kt{{">=", 20, "percent", 2026}, {">=", 3.5, "times", 2026}}},
		{"a range of points with decimals", "Ninh Thuận", "- Chỉ số PCI tăng 0,5-1 điểm so với năm 2021.",
			[]kt{{">=", 0.5, "points", 2026}}},
		{"days with a comparator", "Kon Tum", "- Thời gian cấp phép không quá 05 ngày làm việc.\n- Trả kết quả trong 03 ngày.",
			[]kt{{"<=", 5, "days", 2026}}},
		{"two counts over two kinds of unit", "Vĩnh Long", "- 06 sở và 45 xã có mô hình một cửa số.\n- 05 sở và 30 xã triển khai ký số.",
			[]kt{{"=", 6, "count", 2026}, {"=", 45, "count", 2026}, {"=", 5, "count", 2026}, {"=", 30, "count", 2026}}},
		{"ages and thresholds are not targets", "Hậu Giang",
			"- Hỗ trợ người từ 65 tuổi trở lên sử dụng dịch vụ công.\n- Hỗ trợ doanh nghiệp dưới 50 lao động chuyển đổi số.\n" +
				"- Tỷ lệ hài lòng đạt trên 90%.",
			[]kt{{">", 90, "percent", 2026}}},
		{"thresholds of a class are not targets, a minimum per body is", "Sóc Trăng",
			"- Hỗ trợ doanh nghiệp có dưới 50 người lao động dùng hóa đơn điện tử.\n- Hộ gia đình có từ 03 người trở lên được cấp mã.\n" +
				"- Mỗi xã có tối thiểu 02 công chức làm việc tại bộ phận một cửa.",
			[]kt{{">=", 2, "staff", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, kindPlan(tc.province, 2026, "I. MỤC TIÊU, CHỈ TIÊU\n"+tc.items), tc.want)
		})
	}
}

// TestCountsNotTargets: the size of a plan written as a part of a total
// and what remains to be done are not targets; a count the text orders is.
func TestCountsNotTargets(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"part of a total", "II. TÌNH HÌNH\nTổng số TTHC sẽ cắt giảm là 3.071 TTHC/4.888 TTHC (đạt 62,8%).\n" +
			"III. NHIỆM VỤ\n1. Phấn đấu cắt giảm 20% thời gian giải quyết TTHC.",
			[]kt{{">=", 20, "percent", 2026}}},
		{"remaining work", "II. TÌNH HÌNH\nBên cạnh đó, còn nhiều giấy tờ chưa chuẩn hóa; 2.244 TTHC cần chuẩn hóa việc gắn mã số.\n" +
			"III. NHIỆM VỤ\n1. Bảo đảm 100% hồ sơ được số hóa.",
			[]kt{{"=", 100, "percent", 2026}}},
		{"ordered count needing work", "III. NHIỆM VỤ\n1. Phấn đấu hoàn thành 319 văn bản cần phải sửa đổi trong năm 2026.",
			[]kt{{">=", 319, "count", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, kindPlan("Bình Định", 2026, tc.body), tc.want)
		})
	}
}

// TestConflictsCompareTargetsOnly: a statement of another value conflicts
// with a target only when it states a target for the same year; past
// results and other years do not.
func TestConflictsCompareTargetsOnly(t *testing.T) {
	tests := []struct {
		name, province, results, duties string
		want                            [][]int // the lines of each conflict
	}{
		{"result of the year before", "Bắc Giang", "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đã đạt 45%.",
			"1. Bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.", nil},
		{"result worded as a statement", "Lạng Sơn", "Tỷ lệ hồ sơ trực tuyến toàn trình năm 2024 là 30%.",
			"1. Tổ chức tuyên truyền.", nil},
		{"aim of a later year", "Thái Nguyên", "Tình hình chung ổn định.",
			"1. Phấn đấu đến năm 2030 tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.", nil},
		{"another value for the same year", "Bắc Ninh", "Tình hình chung ổn định.",
			"1. Bảo đảm tỷ lệ hồ sơ trực tuyến toàn trình đạt 65%.", [][]int{{9, 11}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body := "I. KẾT QUẢ NĂM 2025\n" + tc.results + "\nII. CHỈ TIÊU\n1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n" +
				"III. NHIỆM VỤ\n" + tc.duties
			d := parseText(t, kindPlan(tc.province, 2026, body))
			var got [][]int
			for _, f := range d.Findings {
				if f.Kind == "conflict" {
					got = append(got, f.Lines)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("conflicts at lines %v, want %v", got, tc.want)
			}
		})
	}
}

// TestHeadingGluedToTarget: a target on the heading line of its section,
// after a colon, a dash or the first item's number, is read, and its
// subject does not hold the heading.
func TestHeadingGluedToTarget(t *testing.T) {
	tests := []struct{ name, heading, subject string }{
		{"colon", "II. CHỈ TIÊU CỤ THỂ: Tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.", "Tỷ lệ hồ sơ trực tuyến toàn trình"},
		{"dash", "2. Mục tiêu cụ thể - Tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.", "Tỷ lệ hồ sơ trực tuyến toàn trình"},
		{"first item number", "I. MỤC TIÊU 1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 70%.", "Tỷ lệ hồ sơ trực tuyến toàn trình"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, kindPlan("Tây Ninh", 2026, tc.heading+"\n- Tỷ lệ hài lòng đạt trên 85%."))
			want := []kt{{">=", 70, "percent", 2026}, {">", 85, "percent", 2026}}
			if got := targetSet(d.Targets); fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("targets %v, want %v", got, want)
			}
			if d.Targets[0].Subject != tc.subject {
				t.Errorf("subject %q, want %q", d.Targets[0].Subject, tc.subject)
			}
		})
	}
	t.Run("a heading with only its year holds no target", func(t *testing.T) {
		checkKinds(t, kindPlan("Tây Ninh", 2026, "II. CHỈ TIÊU NĂM 2026\n- Tỷ lệ hài lòng đạt trên 85%."),
			[]kt{{">", 85, "percent", 2026}})
	})
}

// noticeText is a Government Office notice about a province: it states
// no plan year, so each target takes the year its own words give.
func noticeText(province, body string) string {
	return "VĂN PHÒNG CHÍNH PHỦ\nSố: 623/TB-VPCP\nHà Nội, ngày 15 tháng 11 năm 2025\nTHÔNG BÁO\n" +
		"Kết luận của Phó Thủ tướng tại buổi làm việc với lãnh đạo tỉnh " + province + "\n" +
		"II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI\n" + body + "\n"
}

// TestNoticeAims: the aims a notice or a report quotes — an aim to reach
// ("để đạt được mục tiêu …"), an aim in parentheses that opens with
// "phấn đấu", the year of what the value counts when the text has no
// plan year; an aside in parentheses and a result are not targets.
func TestNoticeAims(t *testing.T) {
	tests := []struct {
		name, province, body string
		want                 []kt
	}{
		{"aim to reach", "Đắk Lắk",
			"Để đạt được mục tiêu tăng trưởng kinh tế 8% trong năm 2025 của Tỉnh, cần tiếp tục thực hiện quyết liệt các giải pháp.",
			[]kt{{">=", 8, "percent", 2025}}},
		{"aim in parentheses", "Phú Thọ",
			"3. Đẩy mạnh giải ngân vốn đầu tư công (phấn đấu giải ngân đạt 100% kế hoạch vốn đầu tư công năm 2025).",
			[]kt{{"=", 100, "percent", 2025}}},
		{"year of what is counted", "Gia Lai",
			"2. Đẩy mạnh giải ngân đầu tư công, quyết tâm giải ngân 100% kế hoạch vốn năm 2026 đã được Thủ tướng Chính phủ giao.",
			[]kt{{"=", 100, "percent", 2026}}},
		{"aside and result are no targets", "Nghệ An",
			"1. Năm 2024, tỉnh đã đạt được tăng trưởng 7,5%; tiếp tục rà soát các dự án (chiếm 30% tổng vốn).",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, noticeText(tc.province, tc.body), tc.want)
		})
	}
}

// TestQuotedStrategyAims: the aims of a strategy quoted with its period
// take the period's end year, not the year of its orientation; a relative
// clause's "đã" does not make the value a result; the subject of a value
// that opens a list after a colon is what follows the value.
func TestQuotedStrategyAims(t *testing.T) {
	tests := []struct {
		name, text, subject string
		want                []kt
	}{
		{"period with orientation",
			"“Chiến lược chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030” đã đề ra các yêu cầu: 100% dịch vụ công " +
				"được điền sẵn dữ liệu mà người dùng đã cung cấp trước đó; tối thiểu 80% hồ sơ được xử lý trực tuyến.",
			"dịch vụ công được điền sẵn dữ liệu mà người dùng đã cung cấp trước đó",
			[]kt{{"=", 100, "percent", 2025}, {">=", 80, "percent", 2025}}},
		{"vision after another period", "Đề án giai đoạn 2026 - 2028, tầm nhìn đến năm 2035 đặt mục tiêu tối thiểu 60% doanh nghiệp dùng hóa đơn điện tử.",
			"", []kt{{">=", 60, "percent", 2028}}},
		{"orientation year alone is the year", "Định hướng đến năm 2030: phấn đấu tối thiểu 90% hồ sơ được số hóa.",
			"", []kt{{">=", 90, "percent", 2030}}},
		{"a result is still one", "Năm 2024, tỉnh đã đạt 45% hồ sơ trực tuyến toàn trình.", "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, "Tin tức\n\n"+tc.text+"\n")
			if got := targetSet(d.Targets); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Fatalf("targets %v, want %v", got, tc.want)
			}
			if tc.subject != "" && d.Targets[0].Subject != tc.subject {
				t.Errorf("subject %q, want %q", d.Targets[0].Subject, tc.subject)
			}
		})
	}
}

// TestLevelsOfOwnPredicate: outside the targets section one value for
// several levels is one target per level, but levels that qualify the
// noun of another predicate joined by "và" are not the value's.
func TestLevelsOfOwnPredicate(t *testing.T) {
	tests := []struct {
		name, duty string
		want       []string // levels, in order
	}{
		{"levels of another predicate", "1. Hoàn thành việc tái cấu trúc quy trình dịch vụ công trực tuyến cấp tỉnh, cấp xã và tích hợp 100% dịch vụ lên Cổng Dịch vụ công quốc gia.",
			[]string{""}},
		{"levels of the value's subject", "1. Bảo đảm 100% hồ sơ cấp tỉnh và cấp xã được số hóa.", []string{"province", "commune"}},
		{"levels before the value", "1. Chính quyền cấp tỉnh, cấp xã bảo đảm 100% hồ sơ được số hóa.", []string{"province", "commune"}},
		{"levels joined by và before the value", "1. Các sở, ban, ngành và UBND cấp xã phấn đấu 100% hồ sơ được số hóa.", []string{"province", "commune"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, kindPlan("Thanh Hóa", 2026, "II. NHIỆM VỤ\n"+tc.duty))
			var got []string
			for _, tg := range d.Targets {
				got = append(got, tg.Level)
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("levels %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzTargetKinds runs the target readers of this file's kinds (stages,
// comparators with emphasis, counts, glued headings, notices, quoted
// strategies, levels of a predicate) on mutations of their texts: no
// input may panic, and every target stands on a line of the input.
func FuzzTargetKinds(f *testing.F) {
	for _, body := range []string{
		"I. MỤC TIÊU\n2. Mục tiêu cụ thể\nđến năm 2027\n- Giai đoạn 2025-2027: 80% hồ sơ;\nb) Đến năm 2030:\n- Năm 2025, đạt 97%.",
		"*6.3. *Trên 80% hồ sơ.\n6.4. **100%** xã.\n- gấp 30 lần GRDP\n- tối thiểu 01 sàn\n- giảm xuống còn 1,7 lần\n- ≥\n80%",
		"- 06 sở và 45 xã có mô hình.\n- 3.071 TTHC/4.888 TTHC; 2.244 TTHC cần chuẩn hóa.\n- không quá 05 ngày làm việc",
		"II. CHỈ TIÊU CỤ THỂ: Tỷ lệ hồ sơ đạt 70%.\n2. Mục tiêu cụ thể - 1. Tỷ lệ đạt 9",
		"giải ngân vốn (phấn đấu giải ngân đạt 100% kế hoạch vốn năm 2025). (phấn đấu ( 5%",
		"giai đoạn 2021 - 2025, định hướng đến năm 2030: 100% dữ liệu mà người dùng đã cung cấp",
		"dịch vụ công cấp tỉnh, cấp xã và tích hợp 100% dịch vụ; và và 5% và cấp",
		"- Hộ gia đình có từ 03 người trở lên; doanh nghiệp có dưới 50 người; có từ\n- _Tối thiểu_ **95%** ***Không quá*** 2% **≥**\n**",
		"II. CHỈ TIÊU\n1. Tỷ lệ năm 2025 đạt 97%, năm 2026 phấn đấu đạt 98%.\n2. Năm 2025, đạt 88%; năm 2026 đạt trên 90%.",
	} {
		f.Add(kindPlan("Lào Cai", 2026, body))
		f.Add(noticeText("Đắk Lắk", body))
		f.Add(body)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := Parse(strings.NewReader(text), "t.txt", nil)
		if err != nil {
			return
		}
		lines := strings.Count(text, "\n") + 1
		for _, tg := range d.Targets {
			if tg.Source.Line < 1 || tg.Source.Line > lines {
				t.Fatalf("target on line %d of %d", tg.Source.Line, lines)
			}
		}
	})
}

// TestEmphasisSubjects: markdown marks around a comparator or
// a number neither change the comparator nor stay in the subject.
func TestEmphasisSubjects(t *testing.T) {
	tests := []struct {
		item    string
		want    kt
		subject string
	}{
		{"- **Tỷ lệ hồ sơ trực tuyến toàn trình:** đạt **≥ 80%**.", kt{">=", 80, "percent", 2026}, "Tỷ lệ hồ sơ trực tuyến toàn trình"},
		{"- Tỷ lệ hồ sơ đúng hạn đạt **≥**\n**98%**.", kt{">=", 98, "percent", 2026}, "Tỷ lệ hồ sơ đúng hạn"},
		{"- _Tối thiểu_ **95%** người dân hài lòng.", kt{">=", 95, "percent", 2026}, "người dân hài lòng"},
		{"- ***Không quá*** 2% hồ sơ phải bổ sung.", kt{"<=", 2, "percent", 2026}, "hồ sơ phải bổ sung"},
		{"*6.3. *Trên 80% hồ sơ được giải quyết trực tuyến.", kt{">", 80, "percent", 2026}, "hồ sơ được giải quyết trực tuyến"},
	}
	for _, tc := range tests {
		t.Run(tc.item, func(t *testing.T) {
			d := parseText(t, kindPlan("Hà Giang", 2026, "II. CHỈ TIÊU\n"+tc.item))
			if got := targetSet(d.Targets); fmt.Sprint(got) != fmt.Sprint([]kt{tc.want}) {
				t.Fatalf("targets %v, want %v", got, tc.want)
			}
			if d.Targets[0].Subject != tc.subject {
				t.Errorf("subject %q, want %q", d.Targets[0].Subject, tc.subject)
			}
		})
	}
}

// TestSubjectOfLaterStage: a value whose words name only its year takes
// the subject of the value before it, without that value's year.
func TestSubjectOfLaterStage(t *testing.T) {
	tests := []struct{ item, subject string }{
		{"1. Tỷ lệ hồ sơ đúng hạn năm 2025 đạt 97%, năm 2026 phấn đấu đạt 98%.", "Tỷ lệ hồ sơ đúng hạn"},
		{"2. Năm 2025, tỷ lệ hài lòng đạt 88%; năm 2026 đạt trên 90%.", "tỷ lệ hài lòng"},
		{"3. Tỷ lệ thanh toán trực tuyến năm 2025 đạt 40%; đến hết năm 2026 đạt 55%.", "Tỷ lệ thanh toán trực tuyến"},
	}
	for _, tc := range tests {
		t.Run(tc.item, func(t *testing.T) {
			d := parseText(t, kindPlan("An Giang", 2026, "II. CHỈ TIÊU\n"+tc.item))
			if len(d.Targets) != 1 || d.Targets[0].Year != 2026 {
				t.Fatalf("targets %v, want one for 2026", targetSet(d.Targets))
			}
			if d.Targets[0].Subject != tc.subject {
				t.Errorf("subject %q, want %q", d.Targets[0].Subject, tc.subject)
			}
		})
	}
}
