package plandoc

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
)

// planWith wraps target items in a minimal 2025 plan with a section II of targets.
func planWith(items string) string {
	return "Số: 1/KH-UBND\nHà Tĩnh, ngày 02 tháng 01 năm 2025\n\nKẾ HOẠCH\nCải cách hành chính năm 2025\n\n" +
		"I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n\nII. CÁC CHỈ TIÊU CHỦ YẾU\n" + items + "\nIII. NHIỆM VỤ\n- Tổ chức thực hiện.\n"
}

func parseText(t *testing.T, text string) *Document {
	t.Helper()
	d, err := Parse(strings.NewReader(text), "t.txt", indicators.Default())
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// tv is what a test expects of one target.
type tv struct {
	cmp      string
	value    float64
	valueMax float64 // 0: none
	unit     string
	level    string
	change   string
	baseline int // 0: none
}

func (w tv) matches(t dataset.Target) bool {
	if t.Comparator != w.cmp || t.Value != w.value || t.Unit != w.unit || t.Level != w.level || t.Change != w.change {
		return false
	}
	if (w.valueMax == 0) != (t.ValueMax == nil) || (t.ValueMax != nil && *t.ValueMax != w.valueMax) {
		return false
	}
	if (w.baseline == 0) != (t.BaselineYear == nil) || (t.BaselineYear != nil && *t.BaselineYear != w.baseline) {
		return false
	}
	return true
}

func TestTargetGrammar(t *testing.T) {
	tests := []struct {
		name, item string
		want       []tv
	}{
		{"reach", "1.1. Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%.", []tv{{cmp: ">=", value: 90, unit: "percent"}}},
		{"decimal point", "1.1. Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90.5%.", []tv{{cmp: ">=", value: 90.5, unit: "percent"}}},
		{"space before percent", "1.1. Phấn đấu 100 % văn bản QPPL được rà soát.", []tv{{cmp: "=", value: 100, unit: "percent"}}},
		{"at least", "1.1. Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 60%.", []tv{{cmp: ">=", value: 60, unit: "percent"}}},
		{"or more", "1.1. Mức độ hài lòng đạt từ 95% trở lên.", []tv{{cmp: ">=", value: 95, unit: "percent"}}},
		{"above", "1.1. Tỷ lệ sắp xếp lại nhà, đất đạt trên 85%.", []tv{{cmp: ">", value: 85, unit: "percent"}}},
		{"below", "1.1. Tỷ lệ hồ sơ quá hạn dưới 10%.", []tv{{cmp: "<=", value: 10, unit: "percent"}}},
		{"less than", "1.1. Tỷ lệ hồ sơ quá hạn thấp hơn 8%.", []tv{{cmp: "<", value: 8, unit: "percent"}}},
		{"at most", "1.1. Tỷ lệ hồ sơ trễ hạn không quá 5%.", []tv{{cmp: "<=", value: 5, unit: "percent"}}},
		{"about, leading zero", "1.1. Thu hút nhân tài khoảng 02% so với tổng số tuyển dụng mới.", []tv{{cmp: "approx", value: 2, unit: "percent"}}},
		{"range", "1.1. Tổ chức ít nhất từ 02 đến 03 cuộc đối thoại với doanh nghiệp.",
			[]tv{{cmp: ">=", value: 2, valueMax: 3, unit: "count"}}},
		{"count", "1.1. Phấn đấu ít nhất có 03 sáng kiến về CCHC.", []tv{{cmp: ">=", value: 3, unit: "count"}}},
		{"aims listed in parentheses after the aims named", "1.1. Kế hoạch đã đặt ra 3 mục tiêu cụ thể về phát triển kinh tế số (Tỷ trọng kinh tế số đạt 20% GRDP; tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt trên 10%; tỷ lệ doanh nghiệp sử dụng hợp đồng điện tử đạt trên 80%).",
			[]tv{{cmp: ">=", value: 20, unit: "percent"}, {cmp: ">", value: 10, unit: "percent"}, {cmp: ">", value: 80, unit: "percent"}}},
		{"an aside in parentheses is no aim", "1.1. Tỷ lệ hồ sơ trực tuyến đạt 90% (năm 2024 đạt 85%; năm 2023 đạt 80%).", []tv{{cmp: ">=", value: 90, unit: "percent"}}},
		{"a rule's condition is no aim", "1.1. Kết quả thi vòng 1: nếu trả lời đúng từ 50% số câu hỏi trở lên thì người dự tuyển được thi tiếp vòng 2.", nil},
		{"women counted", "1.1. Phấn đấu nâng cao kỹ năng kinh doanh cho 50.000 phụ nữ là chủ doanh nghiệp.", []tv{{cmp: ">=", value: 50000, unit: "people"}}},
		{"households and a policy counted", "1.1. Phấn đấu hướng dẫn 12.500 hộ kinh doanh chuyển đổi thành doanh nghiệp; 01 chính sách hỗ trợ phụ nữ khởi nghiệp được ban hành.",
			[]tv{{cmp: ">=", value: 12500, unit: "count"}, {cmp: ">=", value: 1, unit: "count"}}},
		{"an amount reached is an aim", "1.1. Tổng vốn đầu tư xã hội đạt khoảng 270.000 tỷ đồng.",
			[]tv{{cmp: "approx", value: 270000e9, unit: "đồng"}}},
		{"a capital need is no aim", "1.1. Dự kiến tổng nhu cầu vốn để xây dựng nhà ở giai đoạn 2026-2030 là 18.558,05 tỷ đồng.", nil},
		{"an amount under its label is no aim", "1.1. Nhà ở xã hội: 491,12 tỷ đồng.", nil},
		{"more than people, thousands dot", "1.1. Tuyên truyền cho hơn 3.000 người dân và doanh nghiệp.",
			[]tv{{cmp: ">", value: 3000, unit: "people"}}},
		{"times", "1.1. Tổ chức đối thoại tối thiểu 01 lần/năm.", []tv{{cmp: ">=", value: 1, unit: "times"}}},
		{"cut coupled with simplify", "1.1. Cắt giảm, đơn giản hóa tối thiểu 20% thủ tục hành chính và 30% chi phí tuân thủ so với năm 2024.",
			[]tv{{cmp: ">=", value: 20, unit: "percent", change: "decrease", baseline: 2024}, {cmp: ">=", value: 30, unit: "percent", change: "decrease", baseline: 2024}}},
		{"cut and simplify", "1.1. Cắt giảm và đơn giản hóa ít nhất 10% thủ tục hành chính hiện có.",
			[]tv{{cmp: ">=", value: 10, unit: "percent", change: "decrease"}}},
		{"simplify alone is no cut", "1.1. Đơn giản hóa tối thiểu 20% thủ tục hành chính.", []tv{{cmp: ">=", value: 20, unit: "percent"}}},
		{"decrease vs year", "1.1. Phấn đấu năm 2025 giảm 28 biên chế công chức so với năm 2024.",
			[]tv{{cmp: ">=", value: 28, unit: "staff", change: "decrease", baseline: 2024}}},
		{"decrease vs previous year, decimal comma", "1.1. Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp từ ngân sách so với năm trước liền kề.",
			[]tv{{cmp: ">=", value: 2.5, unit: "percent", change: "decrease", baseline: 2024}}},
		{"increase", "1.1. Tăng 10% số thủ tục được cắt giảm so với năm 2024.",
			[]tv{{cmp: "=", value: 10, unit: "percent", change: "increase", baseline: 2024}}},
		{"change without baseline", "1.1. Giảm 5% chi phí tuân thủ.", []tv{{cmp: "=", value: 5, unit: "percent", change: "decrease"}}},
		{"change carried over và", "1.1. Cắt giảm 20% quy định và 20% chi phí tuân thủ TTHC nội bộ.",
			[]tv{{cmp: "=", value: 20, unit: "percent", change: "decrease"}, {cmp: "=", value: 20, unit: "percent", change: "decrease"}}},
		{"an aim to reach carried along its list", "1.1. Tỷ lệ hồ sơ trực tuyến đạt 100% ở cấp tỉnh, 80% ở cấp xã; 60% hồ sơ thanh toán trực tuyến.",
			[]tv{{cmp: "=", value: 100, unit: "percent", level: "province"}, {cmp: ">=", value: 80, unit: "percent", level: "commune"}, {cmp: ">=", value: 60, unit: "percent"}}},
		{"baseline carried with the change", "1.1. Giảm 5% số lượng người làm việc so với năm 2025 và 10% số đơn vị sự nghiệp.",
			[]tv{{cmp: "=", value: 5, unit: "percent", change: "decrease", baseline: 2025}, {cmp: "=", value: 10, unit: "percent", change: "decrease", baseline: 2025}}},
		{"baseline carried to the next clause", "1.1. Giảm tối thiểu 15% văn bản so với năm 2025; 10% hội nghị.",
			[]tv{{cmp: ">=", value: 15, unit: "percent", change: "decrease", baseline: 2025}, {cmp: ">=", value: 10, unit: "percent", change: "decrease", baseline: 2025}}},
		{"an own change takes no baseline", "1.1. Giảm 5% chi phí so với năm 2025; tăng 10% doanh thu.",
			[]tv{{cmp: "=", value: 5, unit: "percent", change: "decrease", baseline: 2025}, {cmp: "=", value: 10, unit: "percent", change: "increase"}}},
		{"at least, then a noun done before", "1.1. Tái sử dụng tối thiểu 50% dữ liệu đã được số hóa.", []tv{{cmp: ">=", value: 50, unit: "percent"}}},
		{"verb after the value is not a change", "1.1. Có ít nhất 02 đơn vị sự nghiệp công lập tăng mức độ tự chủ so với năm trước liền kề.",
			[]tv{{cmp: ">=", value: 2, unit: "count"}}},
		{"levels before the values", "1.1. Số hóa hồ sơ đạt tỷ lệ tối thiểu tương ứng: cấp tỉnh 100%, cấp huyện 100%, cấp xã 95% số hồ sơ tiếp nhận.",
			[]tv{{cmp: ">=", value: 100, unit: "percent", level: "province"}, {cmp: ">=", value: 100, unit: "percent", level: "district"},
				{cmp: ">=", value: 95, unit: "percent", level: "commune"}}},
		{"levels after the values", "1.1. 100% hồ sơ công việc tại cơ quan cấp tỉnh, 90% hồ sơ công việc tại UBND cấp huyện và 70% hồ sơ công việc tại UBND cấp xã được xác lập trên môi trường mạng.",
			[]tv{{cmp: "=", value: 100, unit: "percent", level: "province"}, {cmp: "=", value: 90, unit: "percent", level: "district"},
				{cmp: "=", value: 70, unit: "percent", level: "commune"}}},
		{"one value, one level", "1.1. 100% cán bộ, công chức cấp xã có trình độ đại học trở lên.",
			[]tv{{cmp: "=", value: 100, unit: "percent", level: "commune"}}},
		{"one value, several levels", "1.1. 100% Sở, ban, ngành cấp tỉnh, UBND cấp huyện, UBND cấp xã ban hành kế hoạch.",
			[]tv{{cmp: "=", value: 100, unit: "percent"}}},
		{"two-level system", "1.1. 100% hồ sơ công việc tại cấp thành phố và cấp xã được xử lý trên môi trường điện tử.",
			[]tv{{cmp: "=", value: 100, unit: "percent"}}},
		{"one value, several subjects", "1.1. Chỉ số PAR Index, Chỉ số SIPAS và Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) phấn đấu thuộc nhóm 10 địa phương dẫn đầu cả nước.",
			[]tv{{cmp: "<=", value: 10, unit: "rank"}, {cmp: "<=", value: 10, unit: "rank"}, {cmp: "<=", value: 10, unit: "rank"}}},
		{"rank", "1.1. Chỉ số cải cách hành chính của tỉnh nằm trong top 15 cả nước.", []tv{{cmp: "<=", value: 15, unit: "rank"}}},
		{"rank change", "1.1. Xếp hạng Chỉ số CCHC năm 2025 tăng tối thiểu 03 bậc so với năm 2024.",
			[]tv{{cmp: ">=", value: 3, unit: "rank", change: "increase", baseline: 2024}}},
		{"sign split from its number", "1.1. Tỷ lệ hồ sơ giải quyết đúng hạn ≥\n95%.", []tv{{cmp: ">=", value: 95, unit: "percent"}}},
		{"signs", "1.1. Tỷ lệ A ≤ 5%; tỷ lệ B > 80%.", []tv{{cmp: "<=", value: 5, unit: "percent"}, {cmp: ">", value: 80, unit: "percent"}}},
		{"dash range", "1.1. Tỷ lệ hồ sơ trực tuyến đạt 50% - 60%.", []tv{{cmp: ">=", value: 50, valueMax: 60, unit: "percent"}}},
		{"shared predicate", "1.1. Giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ.",
			[]tv{{cmp: ">=", value: 30, unit: "percent", change: "decrease"}, {cmp: ">=", value: 30, unit: "percent", change: "decrease"}}},
		{"value before subject", "1.1. Từ 40% trở lên số hồ sơ được nộp trực tuyến.", []tv{{cmp: ">=", value: 40, unit: "percent"}}},
		{"counts of districts and communes", "1.1. Phấn đấu 06 huyện và 300 xã đạt chuẩn.",
			[]tv{{cmp: ">=", value: 6, unit: "count"}, {cmp: ">=", value: 300, unit: "count"}}},
		{"age is a qualifier", "1.1. Phấn đấu 50% cán bộ, công chức dưới 40 tuổi (lãnh đạo cấp huyện) giao tiếp được bằng ngoại ngữ.",
			[]tv{{cmp: ">=", value: 50, unit: "percent"}}},
		{"document numbers and dates", "1.1. 100% đơn vị được giao quyền tự chủ theo Nghị định số 60/2021/NĐ-CP và Chỉ thị số 01/CT-TTg ngày 04/01/2024 của Thủ tướng.",
			[]tv{{cmp: "=", value: 100, unit: "percent"}}},
		{"exclusion in parentheses", "1.1. Giảm tối thiểu 2,5% chi hỗ trợ (không bao gồm kinh phí cắt giảm, tiết kiệm 5% theo Chỉ thị số 01/CT-TTg).",
			[]tv{{cmp: ">=", value: 2.5, unit: "percent", change: "decrease"}}},
		{"exclusion without parentheses", "1.1. Giảm 3% chi thường xuyên, không bao gồm khoản tiết kiệm 5% theo quy định.",
			[]tv{{cmp: "=", value: 3, unit: "percent", change: "decrease"}}},
		{"standards and groups", "1.1. 100% đơn vị sự nghiệp nhóm 3 áp dụng TCVN ISO 9001:2015.", []tv{{cmp: "=", value: 100, unit: "percent"}}},
		{"two sentences", "1.1. Tỷ lệ A đạt 100%. Tỷ lệ nộp hồ sơ trực tuyến đạt 90%.",
			[]tv{{cmp: "=", value: 100, unit: "percent"}, {cmp: ">=", value: 90, unit: "percent"}}},
		{"semicolon clauses", "1.1. Tối thiểu 35% cơ quan được kiểm tra; 100% đơn vị tự kiểm tra.",
			[]tv{{cmp: ">=", value: 35, unit: "percent"}, {cmp: ">=", value: 100, unit: "percent"}}},
		{"wrapped over lines", "1.1. 100% TTHC được niêm yết,\ncông khai đúng quy định; tuyên truyền cho hơn 3000\nngười dân.",
			[]tv{{cmp: "=", value: 100, unit: "percent"}, {cmp: ">", value: 3000, unit: "people"}}},
		{"folded text", "1.1. Ty le giao dich thanh toan truc tuyen dat toi thieu 60%.", []tv{{cmp: ">=", value: 60, unit: "percent"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, planWith(tc.item))
			if len(d.Targets) != len(tc.want) {
				var got []string
				for _, x := range d.Targets {
					got = append(got, show(x))
				}
				t.Fatalf("%d targets, want %d:\n%s", len(d.Targets), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				g := d.Targets[i]
				if !w.matches(g) {
					t.Errorf("target %d = %s\nwant %+v", i, show(g), w)
				}
				if g.Year != 2025 || !strings.HasPrefix(g.Code, "II.1.1") {
					t.Errorf("target %d: year %d code %q, want 2025 and II.1.1…", i, g.Year, g.Code)
				}
			}
		})
	}
}

func TestTargetsWithoutNumber(t *testing.T) {
	d := parseText(t, planWith("1. Cải cách thủ tục hành chính\n1.1. Đẩy mạnh dịch vụ công trực tuyến mức độ 3, 4.\n1.2. Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%."))
	if len(d.Targets) != 1 || d.Targets[0].Code != "II.1.2" || d.Targets[0].Area != dataset.AreaProcedures {
		t.Fatalf("targets %+v, want one II.1.2 in procedures", d.Targets)
	}
	f := findingsOf(d, "target_without_number")
	if len(f) != 1 || f[0].Lines[0] != 12 || !strings.Contains(f[0].Message, "II.1.1") {
		t.Errorf("findings %+v, want one for II.1.1 at line 12", f)
	}
}

func TestTargetCodesUnique(t *testing.T) {
	for _, name := range seeds {
		d := parseSeed(t, name)
		seen := map[string]bool{}
		for _, tg := range d.Targets {
			k := tg.Code + "|" + tg.Level
			if seen[k] {
				t.Errorf("%s: code %s level %q twice", name, tg.Code, tg.Level)
			}
			seen[k] = true
		}
	}
}

func TestTargetsSectionKinds(t *testing.T) {
	// "3. Chỉ tiêu cụ thể" under an implied section I, with bullets.
	text := "Số: 5/KH-STC\nHà Tĩnh, ngày 16 tháng 01 năm 2024\nKẾ HOẠCH\nTuyên truyền năm 2024\n\n1. Mục đích\n- Nâng cao.\n" +
		"3. Chỉ tiêu cụ thể\n- Duy trì chuyên mục.\n- 100% TTHC được niêm yết.\n4. Khác\n- 50% gì đó.\nII. NỘI DUNG\n- 70% khác.\n"
	d := parseText(t, text)
	d.Targets = sectionTargets(d)
	if len(d.Targets) != 1 || d.Targets[0].Code != "I.3-2" || d.Targets[0].Source.Line != 10 {
		t.Fatalf("targets %+v, want one I.3-2 at line 10", d.Targets)
	}
	if f := findingsOf(d, "target_without_number"); len(f) != 1 || f[0].Lines[0] != 9 {
		t.Errorf("findings %+v, want one at line 9", f)
	}
	// Items numbered from 1 under "3. Chỉ tiêu cụ thể" stay in the section.
	d = parseText(t, "KẾ HOẠCH\nCCHC năm 2024\n\n3. Chỉ tiêu cụ thể\n1. 100% TTHC được niêm yết công khai.\n2. 90% hồ sơ giải quyết đúng hạn.\n4. Nhiệm vụ\n- 80% khác.\n")
	d.Targets = sectionTargets(d)
	if len(d.Targets) != 2 || d.Targets[1].Code != "3.2" {
		t.Errorf("targets %+v, want 3.1 and 3.2", d.Targets)
	}
	// Targets under "Mục tiêu cụ thể" when there is no section of chỉ tiêu.
	d = parseText(t, "KẾ HOẠCH\nCCHC năm 2024\n\nI. MỤC TIÊU\n1. Mục tiêu chung\n- Xây dựng nền hành chính 100% hiện đại\n2. Mục tiêu cụ thể\n- 95% hồ sơ được giải quyết đúng hạn.\nII. NHIỆM VỤ\n- 90% khác.\n")
	d.Targets = sectionTargets(d)
	if len(d.Targets) != 1 || d.Targets[0].Code != "I.2-1" || d.Targets[0].Metric != "ontime_completion_rate" {
		t.Errorf("targets %+v, want one I.2-1 on-time completion", d.Targets)
	}
	// No targets section at all: the value under the tasks heading is a
	// target of role "task".
	d = parseText(t, "KẾ HOẠCH\nTuyên truyền năm 2024\n\nI. NỘI DUNG\n- 100% cán bộ được tập huấn.\n")
	if len(d.Targets) != 1 || d.Targets[0].Role != roleTask || len(findingsOf(d, "no_targets_section")) != 1 {
		t.Errorf("targets %+v findings %+v, want one of role task and a no_targets_section finding", d.Targets, d.Findings)
	}
}

// sectionTargets returns the targets read from the targets section.
func sectionTargets(d *Document) []dataset.Target {
	var out []dataset.Target
	for _, t := range d.Targets {
		if t.Role == roleSection {
			out = append(out, t)
		}
	}
	return out
}

func TestConflictNeedsSameMetricLevelAndChange(t *testing.T) {
	text := planWith("1.1. Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 60%.\n1.2. 100% TTHC nội bộ được công bố.") +
		"PHỤ LỤC\n" +
		"1.7. Tối thiểu 80% TTHC có yêu cầu nghĩa vụ tài chính, được triển khai thanh toán trực tuyến, trong số đó, tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 70% |\n" +
		"1.3. Rà soát, đơn giản hóa TTHC nội bộ để cắt giảm 20% quy định và 20% chi phí tuân thủ TTHC nội bộ |\n" +
		"1.8. Tỷ lệ giao dịch thanh toán trực tuyến cấp xã đạt 50% |\n" +
		"1.9. Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 60% |\n"
	d := parseText(t, text)
	c := findingsOf(d, "conflict")
	if len(c) != 1 || c[0].Lines[0] != 11 || c[0].Lines[1] != 16 {
		t.Fatalf("conflicts %+v, want one between lines 11 and 16 (60%% against 70%%)", c)
	}
}

func TestTargetTable(t *testing.T) {
	for _, sep := range []string{"\t", " | "} {
		row := func(cells ...string) string { return strings.Join(cells, sep) + "\n" }
		text := planWith(row("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch năm 2025") +
			row("1", "Tỷ lệ hồ sơ nộp trực tuyến toàn trình", "%", "≥ 90") +
			row("2", "Tỷ lệ số hóa hồ sơ cấp xã", "%", "95") +
			row("3", "Giảm biên chế công chức so với năm 2024", "Biên chế", "28") +
			row("4", "Mức độ hài lòng", "Tỷ lệ", "Tối thiểu 95%") +
			row("5", "Số cuộc đối thoại", "Cuộc", "từ 02 đến 03") +
			row("6", "Tỷ lệ hồ sơ quá hạn", "%", "") +
			"1.1. Tỷ lệ giao dịch thanh toán trực tuyến đạt tối thiểu 60%.")
		d := parseText(t, text)
		want := []struct {
			code, metric, cmp, unit, level, change string
			value                                  float64
		}{
			{"II.1", "online_submission_rate", ">=", "percent", "", "", 90},
			{"II.2", "dossier_digitisation_rate", "=", "percent", "commune", "", 95},
			{"II.3", "civil_servant_headcount", "=", "staff", "", "decrease", 28},
			{"II.4", "satisfaction_rate", ">=", "percent", "", "", 95},
			{"II.5", "dialogue_count", ">=", "count", "", "", 2},
			{"II.1.1", "online_payment_rate", ">=", "percent", "", "", 60},
		}
		if len(d.Targets) != len(want) {
			t.Fatalf("sep %q: %d targets, want %d: %+v", sep, len(d.Targets), len(want), d.Targets)
		}
		for i, w := range want {
			g := d.Targets[i]
			if g.Code != w.code || g.Metric != w.metric || g.Comparator != w.cmp || g.Unit != w.unit ||
				g.Level != w.level || g.Change != w.change || g.Value != w.value || g.Source.Line != 12+i+min(i, 5)/5 {
				t.Errorf("sep %q target %d = %s", sep, i, show(g))
			}
		}
		if m := d.Targets[4].ValueMax; m == nil || *m != 3 {
			t.Errorf("sep %q: dialogue range upper bound %v, want 3", sep, m)
		}
		if b := d.Targets[2].BaselineYear; b == nil || *b != 2024 {
			t.Errorf("sep %q: headcount baseline %v, want 2024", sep, b)
		}
		if f := findingsOf(d, "target_without_number"); len(f) != 1 || f[0].Lines[0] != 17 {
			t.Errorf("sep %q: findings %+v, want one for the row without a value (line 17)", sep, f)
		}
	}
}

// TestMetricUnitFits checks that a metric is chosen only when its unit fits
// the value: a percentage of initiatives is not the count of initiatives.
func TestMetricUnitFits(t *testing.T) {
	d := parseText(t, planWith("1.1. Phấn đấu ít nhất có 03 sáng kiến về CCHC.\n1.2. 80% sáng kiến được áp dụng có hiệu quả.\n1.3. Giảm tối thiểu 2,5% chi hỗ trợ trực tiếp so với năm trước liền kề."))
	if len(d.Targets) != 3 {
		t.Fatalf("%d targets", len(d.Targets))
	}
	if got := []string{d.Targets[0].Metric, d.Targets[1].Metric, d.Targets[2].Metric}; got[0] != "initiatives_count" || got[1] != "" || got[2] != "support_spending" {
		t.Errorf("metrics %q, want initiatives_count, none, support_spending", got)
	}
	if n := len(findingsOf(d, "no_metric")); n != 1 {
		t.Errorf("%d no_metric findings, want 1", n)
	}
}

// TestNumberSpans compares numberSpans with tgNumberRe on every string of
// up to six characters of digits, separators and others.
func TestNumberSpans(t *testing.T) {
	alphabet := []string{"1", "0", ".", ",", " ", "a", "%", "ễ"}
	var walk func(s string, n int)
	walk = func(s string, n int) {
		var want [][2]int
		for _, m := range tgNumberRe.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := numberSpans(s); !reflect.DeepEqual(got, want) {
			t.Errorf("numberSpans(%q) = %v, want %v", s, got, want)
		}
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			walk(s+a, n-1)
		}
	}
	walk("", 6)
}

// wordsOfReference is wordsOf as first written, kept to test it against.
func wordsOfReference(s string, n int) string {
	ws := strings.FieldsFunc(s, func(r rune) bool { return !(isASCIILetter(byte(r)) || isDigit(byte(r))) || r >= 0x80 })
	if len(ws) > n {
		ws = ws[:n]
	}
	return strings.Join(ws, " ")
}

// TestWordsOf compares wordsOf with its reference on the tails of the
// seed lines, folded and not, and on text with marks and broken bytes.
func TestWordsOf(t *testing.T) {
	in := []string{"", " ", "  a  b ", "a,b;c", "Ł x", "tin, bài", "x\xffy", "ả1 b2 c3 d4", "9. 10 11"}
	for _, name := range seeds {
		for _, l := range seedLines(t, name[:3]) {
			for i := 0; i < len(l); i += 7 {
				in = append(in, l[i:], foldKeep(l[i:]))
			}
		}
	}
	for _, s := range in {
		for n := 0; n <= 4; n++ {
			if got, want := wordsOf(s, n), wordsOfReference(s, n); got != want {
				t.Errorf("wordsOf(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestLevelsOutsideTheSection: outside a targets section, one value for
// several levels (the two-level system included, and "các sở, ban ngành"
// for the province) is one target per level.
func TestLevelsOutsideTheSection(t *testing.T) {
	d := parseText(t, "Thành phố đặt mục tiêu 100% hồ sơ công việc tại cấp thành phố và cấp xã được xử lý trên môi trường điện tử.\n"+
		"Phấn đấu 100% thủ tục hành chính của các sở, ban ngành, UBND cấp huyện, cấp xã được giải quyết đúng hạn.\n")
	var got []string
	for _, tg := range d.Targets {
		got = append(got, fmt.Sprintf("%d %s %s", tg.Source.Line, tg.Level, tg.Role))
	}
	want := []string{"1 province prose", "1 commune prose", "2 province prose", "2 district prose", "2 commune prose"}
	if !slices.Equal(got, want) {
		t.Errorf("targets %q, want %q", got, want)
	}
}

// TestIndexBefore names the index a rank is stated for, by its acronym
// or by its Vietnamese name; none when the sentence names several.
func TestIndexBefore(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Phấn đấu Chỉ số cải cách hành chính đạt trên 88%, xếp trong nhóm 20/34 tỉnh, thành phố", "Chỉ số cải cách hành chính"},
		{"Chỉ số cải cách hành chính (PAR INDEX) của tỉnh xếp trong nhóm 10/34", "PAR INDEX"},
		{"Chỉ số hài lòng của người dân, tổ chức đạt trên 90%, xếp vị trí 5/34", "Chỉ số hài lòng"},
		{"Chỉ số hài lòng (SIPAS) năm 2026 xếp thứ 12/34", "SIPAS"},
		{"Chỉ số năng lực cạnh tranh cấp tỉnh của Bắc Ninh xếp trong nhóm 10/34", "Chỉ số năng lực cạnh tranh cấp tỉnh"},
		{"Chỉ số chuyển đổi số xếp trong nhóm 15/34", "Chỉ số chuyển đổi số"},
		{"Chỉ số PAR INDEX và Chỉ số hài lòng xếp trong nhóm 10/34", ""},
		{"Tỉnh phấn đấu xếp trong nhóm 10/34", ""},
	} {
		rs := []rune(tc.text)
		pos := strings.LastIndex(tc.text, "/")
		pos = utf8.RuneCountInString(tc.text[:pos])
		if got := indexBefore(rs, asciiFold(rs), pos); got != tc.want {
			t.Errorf("%q: index %q, want %q", tc.text, got, tc.want)
		}
	}
}
