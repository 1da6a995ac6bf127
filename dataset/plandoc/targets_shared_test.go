package plandoc

import (
	"slices"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// TestSharedHeadSubjects: one value stated for several subjects that share
// the words before their list gives one target per subject, each with the
// shared words: indices named after one "Chỉ số" ("Chỉ số PAR INDEX,
// SIPAS, PAPI đều …") and parts each opened by the same "về" or "đối
// với". A list whose later part does not repeat the word, or that names
// other things than indices, stays one target, unless "đều" after the
// list says the value holds for each: the later names short, the first
// keeping as many words as the last.
func TestSharedHeadSubjects(t *testing.T) {
	tests := []struct {
		name, item string
		subjects   []string
	}{
		{"indices after one Chỉ số", "- Chỉ số PAR INDEX, SIPAS, PAPI đều nằm trong nhóm 10 địa phương dẫn đầu.",
			[]string{"Chỉ số PAR INDEX", "Chỉ số SIPAS", "Chỉ số PAPI"}},
		{"indices joined by và", "- Các chỉ số PAR INDEX, SIPAS và PCI đều đạt trên 85 điểm.",
			[]string{"Các chỉ số PAR INDEX", "Các chỉ số SIPAS", "Các chỉ số PCI"}},
		{"parts opened by về", "- Mức độ hài lòng về thủ tục hành chính, về cung cấp dịch vụ công đều ở mức 100%.",
			[]string{"Mức độ hài lòng về thủ tục hành chính", "Mức độ hài lòng về cung cấp dịch vụ công"}},
		{"parts opened by đối với", "- Mức độ hài lòng đối với dịch vụ y tế và đối với dịch vụ giáo dục đạt tối thiểu 90%.",
			[]string{"Mức độ hài lòng đối với dịch vụ y tế", "Mức độ hài lòng đối với dịch vụ giáo dục"}},
		{"a later part without về is one subject", "- Tỷ lệ hồ sơ về đất đai và tài nguyên đạt 90%.",
			[]string{"Tỷ lệ hồ sơ về đất đai và tài nguyên"}},
		{"names that are not indices", "- Chỉ số hài lòng, mức độ tin cậy đạt trên 85%.",
			[]string{"Chỉ số hài lòng, mức độ tin cậy"}},
		{"a list before đều, its shared words", "- Mức độ hài lòng của người dân đối với dịch vụ y tế, giáo dục đều ở mức 90%.",
			[]string{"Mức độ hài lòng của người dân đối với dịch vụ y tế", "Mức độ hài lòng của người dân đối với dịch vụ giáo dục"}},
		{"names before đều", "- Chỉ số hài lòng, mức độ tin cậy đều đạt trên 85%.",
			[]string{"Chỉ số hài lòng", "mức độ tin cậy"}},
		{"three names before đều, joined by và", "- Tỷ lệ hồ sơ đất đai, tư pháp và xây dựng đều đạt 95%.",
			[]string{"Tỷ lệ hồ sơ đất đai", "Tỷ lệ hồ sơ tư pháp", "Tỷ lệ hồ sơ xây dựng"}},
		{"a clause before đều is one subject", "- Tỷ lệ hồ sơ được số hóa, kết quả giải quyết được cấp bản điện tử có giá trị pháp lý đều đạt 100%.",
			[]string{"Tỷ lệ hồ sơ được số hóa, kết quả giải quyết được cấp bản điện tử có giá trị pháp lý"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSubjects(t, parseText(t, kindPlan("Điện Biên", 2026, "II. MỤC TIÊU\n"+tc.item)).Targets, tc.subjects)
		})
	}
}

// TestDoneNounAfterAim: "đã" after an aim's comparator and value only
// qualifies the noun counted ("tối thiểu 50% dữ liệu đã được số hóa");
// before the value, or without a comparator, it reports a result.
func TestDoneNounAfterAim(t *testing.T) {
	tests := []struct {
		name, item string
		want       []kt
	}{
		{"a noun done before, after the aim", "- Tái sử dụng tối thiểu 50% dữ liệu đã được số hóa.", []kt{{">=", 50, "percent", 2026}}},
		{"done before the value", "- Đã cắt giảm tối thiểu 30% thời gian giải quyết.", nil},
		{"a result without comparator", "- Năm 2025, 100% hồ sơ đã được giải quyết đúng hạn.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, kindPlan("Điện Biên", 2026, "II. MỤC TIÊU\n"+tc.item), tc.want)
		})
	}
}

// TestMeasureUnits: counts of works, facilities, areas and products, and
// measures in km (also written against the number), ha and μg/m3 are
// targets with their unit; "cơ sở dữ liệu" counts no facilities; a
// carried "trên" over "100%" reads "=" (nothing is above the whole).
func TestMeasureUnits(t *testing.T) {
	tests := []struct {
		name, item string
		want       []kt
	}{
		{"works and km", "- Phấn đấu có 1.200 công trình xây dựng xanh; đưa vào khai thác trên 3.000 km đường bộ cao tốc.",
			[]kt{{">=", 1200, "count", 2026}, {">", 3000, "km", 2026}}},
		{"km against the number, ha", "- Đưa vào khai thác khoảng 1.700km đường bộ ven biển.\n- Diện tích rừng ngập mặn đạt 1.700 ha.",
			[]kt{{"approx", 1700, "km", 2026}, {">=", 1700, "ha", 2026}}},
		{"about more than, turns", "- Có khoảng trên 1.700km đường bộ ven biển.\n- Đào tạo 3.000 lượt nhân lực.",
			[]kt{{"approx", 1700, "km", 2026}, {"=", 3000, "lượt", 2026}}},
		{"micrograms per cubic metre", "- Nồng độ bụi PM2.5 trung bình năm đạt dưới 40 μg/m3.", []kt{{"<=", 40, "μg/m3", 2026}}},
		{"databases are no facilities", "- Hoàn thiện 11 cơ sở dữ liệu quốc gia.", nil},
		{"facilities and products", "- Có ít nhất 03 cơ sở giáo dục và 10 sản phẩm du lịch thông minh.",
			[]kt{{">=", 3, "count", 2026}, {">=", 10, "count", 2026}}},
		{"above carried over the whole", "- Trên 80% trạm y tế trên toàn tỉnh đủ điều kiện xác định tình trạng nghiện; 100% cơ sở cai nghiện ma túy công lập đủ điều kiện xác định tình trạng nghiện.",
			[]kt{{">", 80, "percent", 2026}, {"=", 100, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, kindPlan("Điện Biên", 2026, "II. MỤC TIÊU\n"+tc.item), tc.want)
		})
	}
}

// TestAimRecalledOnce: a duty that recalls an aim stated earlier by its
// figure ("… góp phần hoàn thành mục tiêu 3.000 km đường bộ cao tốc")
// states no second target; a share recalled that way ("hoàn thành mục
// tiêu 100% TTHC …") is read as its own aim.
func TestAimRecalledOnce(t *testing.T) {
	body := "II. MỤC TIÊU\n1. Đưa vào khai thác trên 3.000 km đường bộ cao tốc trong năm 2026.\n" +
		"III. NHIỆM VỤ\n1. Bộ Xây dựng tháo gỡ vướng mắc của các dự án, góp phần hoàn thành mục tiêu 3.000 km đường bộ cao tốc.\n" +
		"2. Các bộ hoàn thành mục tiêu 100% thủ tục hành chính được thực hiện trực tuyến.\n"
	checkKinds(t, kindPlan("Điện Biên", 2026, body), []kt{{">", 3000, "km", 2026}, {"=", 100, "percent", 2026}})
}

// TestLevelsToReachAndRatios: "giảm từ A … xuống B" and "tăng từ A lên B"
// aim at B (A is where the change starts), the level itself when no
// comparator is written; ratios keep the text's ratio as unit, with up to
// four words on each side of the slash, and a base written against the
// value ("4/100.000 trẻ sinh ra còn sống") ends before the words of when.
func TestLevelsToReachAndRatios(t *testing.T) {
	body := "II. MỤC TIÊU\n" +
		"- Tỷ số giới tính khi sinh ở mức 107 trẻ sơ sinh trai/100 trẻ sơ sinh gái sinh ra sống vào năm 2026.\n" +
		"- Tỷ lệ tử vong bà mẹ liên quan đến thai sản dưới 4/100.000 trẻ sinh ra còn sống vào năm 2026.\n" +
		"- Tỷ suất sinh ở trẻ vị thành niên giảm từ 23 ca sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ.\n" +
		"- Tỷ lệ hồ sơ trễ hạn giảm từ 5% xuống dưới 2%.\n- Tăng từ 30% lên 50% số hồ sơ trực tuyến.\n" +
		"- Tổ chức từ 02 đến 03 hội nghị.\n"
	checkKinds(t, kindPlan("Điện Biên", 2026, body), []kt{
		{"=", 107, "trẻ sơ sinh trai/100 trẻ sơ sinh gái", 2026}, {"<=", 4, "/100.000 trẻ sinh ra còn sống", 2026},
		{"=", 18, "ca sinh/1.000 phụ nữ", 2026}, {"<=", 2, "percent", 2026}, {"=", 50, "percent", 2026}, {">=", 2, "count", 2026}})
}

// TestRulesAreNoAims: the rate at which a spending policy pays a cost
// ("Hỗ trợ 100% chi phí …", "hỗ trợ tối đa 50% lệ phí") and a procedure's
// time limit ("Thời hạn thẩm định … tối đa là 48 ngày") are no targets;
// an aim to shorten a time limit, or a share of people supported, is one.
func TestRulesAreNoAims(t *testing.T) {
	tests := []struct {
		name, item string
		want       []kt
	}{
		{"support rates", "- Hỗ trợ 100% chi phí chuyển trả kết quả cho tổ chức, cá nhân.\n- Hỗ trợ tối đa 50% mức phí, lệ phí.", nil},
		{"a time limit", "- Trường hợp 1: Thời hạn thẩm định hồ sơ tối đa là 48 ngày kể từ ngày nhận đủ hồ sơ.", nil},
		{"shortening a time limit", "- Thời hạn giải quyết thủ tục được rút ngắn còn không quá 05 ngày làm việc.", []kt{{"<=", 5, "days", 2026}}},
		{"a share supported", "- Hỗ trợ 100% hộ nghèo tiếp cận dịch vụ công trực tuyến.", []kt{{"=", 100, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Hà Nội", 2026, "II. MỤC TIÊU\n"+tc.item), tc.want) })
	}
}

// TestRankOverListedIndices: a rank in quotes ('vị trí "top" 10') and
// stated for indices listed after it ("… về các chỉ số: A, B và C", "về 4
// Chỉ số A, B, C, D") gives
// one target per index; a name that holds "và" stays whole unless it is
// the last of the list.
func TestRankOverListedIndices(t *testing.T) {
	tests := []struct {
		name, item string
		subjects   []string
	}{
		{"names with và inside", `- Giữ vững vị trí "top" 10 địa phương dẫn đầu cả nước về các chỉ số: cải cách hành chính, sẵn sàng phát triển và ứng dụng công nghệ thông tin, chuyển đổi số.`,
			[]string{"chỉ số cải cách hành chính", "chỉ số sẵn sàng phát triển và ứng dụng công nghệ thông tin", "chỉ số chuyển đổi số"}},
		{"the last two joined by và", "- Nằm trong top 5 cả nước về các chỉ số PAR INDEX, SIPAS và PCI.",
			[]string{"chỉ số PAR INDEX", "chỉ số SIPAS", "chỉ số PCI"}},
		{"the indices counted before their names", "- Đến năm 2027 nằm trong top 10 cả nước về 4 Chỉ số PAPI, PAR INDEX, SIPAS, PCI.",
			[]string{"chỉ số PAPI", "chỉ số PAR INDEX", "chỉ số SIPAS", "chỉ số PCI"}},
		{"one index", "- Nằm trong top 5 cả nước về chỉ số PAR INDEX.", []string{"Nằm trong cả nước về chỉ số PAR INDEX"}},
		{"listed before the group they enter", "- Phấn đấu các chỉ số PAR Index, PCI, PAPI, SIPAS thuộc nhóm 40 tỉnh, thành phố.",
			[]string{"các chỉ số PAR Index", "các chỉ số PCI", "các chỉ số PAPI", "các chỉ số SIPAS"}},
		{"the next clause ranks the same indices", "- Phấn đấu các chỉ số PAR Index, PCI thuộc nhóm 40 tỉnh, thành phố; đến năm 2025 thuộc nhóm 30 tỉnh, thành phố xếp thứ hạng cao trong cả nước.",
			[]string{"các chỉ số PAR Index", "các chỉ số PCI", "các chỉ số PAR Index", "các chỉ số PCI"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, kindPlan("Huế", 2026, "II. MỤC TIÊU\n"+tc.item))
			for _, g := range d.Targets {
				if g.Unit != "rank" {
					t.Errorf("target %s is no rank", brief(g))
				}
			}
			checkSubjects(t, d.Targets, tc.subjects)
		})
	}
}

// TestPiecesKeepQualifier: "thuộc và trực thuộc" qualifies one subject,
// so the pieces of a clause are not split at its "và"; a "và" that joins
// two values still splits.
func TestPiecesKeepQualifier(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"4 đơn vị thuộc và trực thuộc khối UBND cấp huyện; 2 đơn vị", []string{"4 don vi thuoc va truc thuoc khoi ubnd cap huyen", " 2 don vi"}},
		{"3 đơn vị cấp huyện và 6 đơn vị cấp xã", []string{"3 don vi cap huyen", "6 don vi cap xa"}},
	}
	for _, tc := range tests {
		f := asciiFold([]rune(tc.text))
		var got []string
		for _, pc := range piecesOf(f, parenDepth(f), clause{0, len(f)}) {
			got = append(got, f[pc.from:pc.to])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("piecesOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// checkSubjects compares the subjects of the targets, in order, with want.
func checkSubjects(t *testing.T, ts []dataset.Target, want []string) {
	t.Helper()
	var got []string
	for _, g := range ts {
		got = append(got, g.Subject)
	}
	if !slices.Equal(got, want) {
		t.Errorf("subjects %q, want %q", got, want)
	}
}

// TestStriveCarries: the "phấn đấu" that leads a list of aims makes the
// bare shares after its semicolons aims to reach too, also when each has
// a verb of its own ("… ; 90% hồ sơ … được xử lý …"); without it, a share
// after a semicolon with its own verb stays the planned figure.
func TestStriveCarries(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"strive over semicolons", "Tin tức.\n\nNăm 2026, tỉnh phấn đấu 95% hồ sơ được số hóa; 90% hồ sơ được giải quyết trực tuyến; 100% xã được kết nối.\n",
			[]kt{{">=", 95, "percent", 2026}, {">=", 90, "percent", 2026}, {"=", 100, "percent", 2026}}},
		{"'đạt' over semicolons", "Tin tức.\n\nNăm 2026, thành phố đặt mục tiêu đạt 100% thủ tục được cung cấp trực tuyến; 60% hồ sơ công việc tại cấp huyện được xử lý trên môi trường mạng; 70% công tác báo cáo được thực hiện trên hệ thống.\n",
			[]kt{{"=", 100, "percent", 2026}, {">=", 60, "percent", 2026}, {">=", 70, "percent", 2026}}},
		{"a comparator that closes its value is not shared", "Tin tức.\n\nMục tiêu năm 2026: tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên, 80% TTHC đáp ứng yêu cầu được triển khai trực tuyến.\n",
			[]kt{{">=", 50, "percent", 2026}, {"=", 80, "percent", 2026}}},
		{"a comparator that leads a list is shared", "Tin tức.\n\nMục tiêu năm 2026: tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%, 80% hồ sơ thanh toán trực tuyến.\n",
			[]kt{{">=", 50, "percent", 2026}, {">=", 80, "percent", 2026}}},
		{"reach, then a share with its own verb", "Tin tức.\n\nMục tiêu năm 2026: tỷ lệ hồ sơ được số hóa đạt 95%; 90% hồ sơ được giải quyết trực tuyến.\n",
			[]kt{{">=", 95, "percent", 2026}, {"=", 90, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestRankGroupRankedHigh: in a press item, an index's group named with
// the words that rank it high ("nhóm 30 tỉnh, thành phố xếp thứ hạng
// cao"), or that do a thing well ("thuộc nhóm 10 tỉnh, thành phố thực
// hiện chuyển đổi số tốt"), is an aim to enter it; a place reported
// ("xếp thứ 45") stays a result.
func TestRankGroupRankedHigh(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"stage, list and the next clause", "Tin tức.\n\nNăm 2023, tỉnh đặt ra mục tiêu phấn đấu các chỉ số PAR Index, PCI thuộc nhóm 40 tỉnh, thành phố; đảm bảo mục tiêu đến năm 2025 thuộc nhóm 30 tỉnh, thành phố xếp thứ hạng cao trong cả nước.\n",
			[]kt{{"<=", 40, "rank", 2023}, {"<=", 40, "rank", 2023}, {"<=", 30, "rank", 2025}, {"<=", 30, "rank", 2025}}},
		{"a group that does it well", "Tin tức.\n\nNăm 2025, TP Cần Thơ phấn đấu thuộc nhóm 10 tỉnh, thành phố thực hiện chuyển đổi số tốt; tiên phong thử nghiệm các công nghệ mới.\n",
			[]kt{{"<=", 10, "rank", 2025}}},
		{"negative: a place reported", "Tin tức.\n\nNăm 2022, chỉ số PAR Index của tỉnh xếp thứ 45/63 tỉnh, thành phố.\n", nil},
		{"negative: a group that does well, not entered", "Tin tức.\n\nNăm 2025, nhóm 10 tỉnh thực hiện tốt.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestFiguresBeforeAim: the figures of a paragraph of prose before its
// first aim, which sets a year ahead, are aims of that year ("Tốc độ tăng
// trưởng … bình quân đạt 10%. … đến năm 2030 là 169,46 triệu đồng."); a
// figure of a year of its own or marked as a result stays out.
func TestFiguresBeforeAim(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"the term's figures", "Tin tức.\n\nĐại hội đã thông qua Nghị quyết.\n\nTốc độ tăng trưởng GRDP bình quân đạt 10%. Quy mô GRDP theo giá hiện hành 589.730 tỷ đồng. GRDP bình quân đầu người đến năm 2030 là 169,46 triệu đồng.\n",
			[]kt{{">=", 10, "percent", 2030}, {"=", 589730e9, "đồng", 2030}, {"=", 169.46e6, "đồng", 2030}}},
		{"negative: a past year's figure", "Tin tức.\n\nNăm 2024, tốc độ tăng trưởng GRDP đạt 8%. Đến năm 2030, GRDP bình quân đầu người là 169,46 triệu đồng.\n",
			[]kt{{"=", 169.46e6, "đồng", 2030}}},
		{"negative: a result's words", "Tin tức.\n\nKết quả đạt được: tốc độ tăng trưởng GRDP đạt 8%. Đến năm 2030, GRDP bình quân đầu người là 169,46 triệu đồng.\n",
			[]kt{{"=", 169.46e6, "đồng", 2030}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestAimsYearCarried: the year the words setting a paragraph's aims
// give ("tỉnh đã đề ra mục tiêu đến năm 2025, … Theo đó, 90% …") goes on
// to the paragraphs of aims after it that have none of their own, and on
// from each to the next; the aims of another document ("… mục tiêu đến năm
// 2025 đề ra tại Nghị quyết …") give the next paragraph none (the value
// within reach of that year, in its own paragraph, keeps it).
func TestAimsYearCarried(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"set before the aims, carried over two paragraphs", "Tin tức.\n\nTỉnh đã đề ra mục tiêu đến năm 2025, chính quyền số được phát triển đồng bộ. Theo đó, 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\nBên cạnh đó, phấn đấu 100% số xã đạt chuẩn tiêu chí số 8.\nVề kinh tế số, tỉnh phấn đấu ít nhất 70% số xã có hợp tác xã.\n",
			[]kt{{"=", 90, "percent", 2025}, {"=", 100, "percent", 2025}, {">=", 70, "percent", 2025}}},
		{"negative: another document's aims", "Tin tức.\n\nTỉnh tiếp tục thực hiện các mục tiêu đến năm 2025 đề ra tại Nghị quyết số 04-NQ/TU. Theo đó, 90% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\nBên cạnh đó, phấn đấu 100% số xã đạt chuẩn tiêu chí số 8.\n",
			[]kt{{"=", 90, "percent", 2025}, {"=", 100, "percent", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestRoadmapBaseline: the clause of a roadmap that names its baseline
// ("mốc … năm 2021 là 2.677 biên chế") states no target, the clauses
// after its semicolon do; "máy móc", which folds as "mốc" does, names
// none.
func TestRoadmapBaseline(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"the baseline, then the years", "Tin tức.\n\nTheo kế hoạch, mốc tinh giản biên chế năm 2021 là 2.677 biên chế; năm 2025 là 2.614 biên chế; năm 2026 là 2.543 biên chế.\n",
			[]kt{{"=", 2614, "staff", 2025}, {"=", 2543, "staff", 2026}}},
		{"'máy móc' is no baseline", "Tin tức.\n\nCác đơn vị không sao chép máy móc văn bản của cấp trên, phấn đấu năm 2026 tinh giản tối thiểu 15% số lượng văn bản hành chính.\n",
			[]kt{{">=", 15, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestListInLaterClause: "gồm các" reports the classes of a result when
// it stands before the value or right after it ("Đạt dưới 90% gồm các sở:
// …"); in a later clause, past a semicolon, it lists what another aim
// takes in, and the aims before it stay aims.
func TestListInLaterClause(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"a list in a later clause", "Tin tức.\n\nNăm 2025, tỉnh phấn đấu hoàn thành các chỉ tiêu như: 80% dịch vụ công trực tuyến được cung cấp đa kênh; kết nối hệ thống thông tin tỉnh với các cơ sở dữ liệu quốc gia bao gồm các cơ sở dữ liệu về dân cư, đất đai.\n",
			[]kt{{">=", 80, "percent", 2025}}},
		{"negative: the classes of a result", "Tin tức.\n\nNăm 2025, đạt dưới 90% gồm các sở: Tài nguyên và Môi trường; Xây dựng.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestStagesOfAPeriodPlan: a plan for a period ("từ nay đến năm 2030",
// its targets of 2030 unless they say otherwise) states the aims of its
// earlier stages too ("đến năm 2025, … trong nhóm 15 tỉnh, thành phố
// đứng đầu cả nước"), though its year is before the period's last.
func TestStagesOfAPeriodPlan(t *testing.T) {
	text := "Sóc Trăng ban hành Đề án cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh từ nay đến năm 2030\n" +
		"Ngày 16/9/2022, Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng ban hành Quyết định số 2437/QĐ-UBND về việc phê duyệt Đề án cải thiện Chỉ số cải cách hành chính cấp tỉnh và các cơ quan thuộc tỉnh từ nay đến năm 2030.\n\n" +
		"Đề án hướng tới mục tiêu cải thiện vị trí xếp hạng Chỉ số cải cách hành chính của tỉnh, góp phần hoàn thành mục tiêu Nghị quyết số 10-NQ/TU ngày 29/12/2021 của Ban Chấp hành Đảng bộ tỉnh về đẩy mạnh cải cách hành chính đến năm 2025, định hướng đến năm 2030. Theo đó, đến năm 2025, Chỉ số cải cách hành chính tỉnh Sóc Trăng trong nhóm 15 tỉnh, thành phố đứng đầu cả nước.\n"
	checkKinds(t, text, []kt{{"<=", 15, "rank", 2025}})
}

// TestWholePlaceHas: what the whole province has ("Toàn tỉnh có 14 cơ
// quan chuyên môn …, 148 xã, phường") is a count of what exists, no
// target; a share the whole province is to have after an aim's word is.
func TestWholePlaceHas(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"negative: units counted", "Tin tức.\n\nTheo chỉ thị này, đến nay, tỉnh đã hoàn thành việc sắp xếp lại đơn vị hành chính. Toàn tỉnh có 14 cơ quan chuyên môn thuộc UBND tỉnh, 148 xã, phường (133 xã, 15 phường) đảm bảo tinh gọn tổ chức bộ máy.\n", nil},
		{"an aim for the whole province", "Tin tức.\n\nNăm 2025, phấn đấu toàn tỉnh có tối thiểu 80% hồ sơ được giải quyết trực tuyến.\n",
			[]kt{{">=", 80, "percent", 2025}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}

// TestOtherLevelsInOneList: after a value taken for one level, the values
// of its sentence for other levels are the same aim told of them ("100%
// cấp tỉnh, 80% cấp huyện thực hiện họp …"), though their subjects share
// no words.
func TestOtherLevelsInOneList(t *testing.T) {
	checkKinds(t, "Tin tức.\n\nNhân rộng Hệ thống thông tin phục vụ họp và xử lý công việc của Chính phủ đến UBND cấp tỉnh, cấp huyện: 100% cấp tỉnh, 80% cấp huyện thực hiện họp thông qua hệ thống này đối với các cuộc họp của UBND.\n",
		[]kt{{"=", 100, "percent", 0}, {"=", 80, "percent", 0}})
}
