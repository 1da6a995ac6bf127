package plandoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// brief is a target in a few words, for comparing lists of targets:
// "cmp value[-max] unit level change year".
func brief(t dataset.Target) string {
	v := fmt.Sprint(t.Value)
	if t.ValueMax != nil {
		v += "-" + fmt.Sprint(*t.ValueMax)
	}
	return strings.Join(strings.Fields(fmt.Sprintf("%s %s %s %s %s %d", t.Comparator, v, t.Unit, t.Level, t.Change, t.Year)), " ")
}

func briefs(ts []dataset.Target) []string {
	out := make([]string, 0, len(ts))
	for _, t := range ts {
		out = append(out, brief(t))
	}
	return out
}

// checkTargetBriefs parses text as prose, or with section as the items of
// a plan's targets section, and compares the briefs of its targets with
// want; it returns the targets.
func checkTargetBriefs(t *testing.T, text string, section bool, want []string) []dataset.Target {
	t.Helper()
	doc := proseWith(text)
	if section {
		doc = planWith(text)
	}
	ts := parseText(t, doc).Targets
	if got := briefs(ts); !slices.Equal(got, want) {
		t.Errorf("targets %q, want %q", got, want)
	}
	return ts
}

// proseWith wraps sentences in a short press text about a 2025 plan,
// without headings: every target is read from prose.
func proseWith(s string) string {
	return "UBND tỉnh Bình Phước ban hành Kế hoạch cải cách hành chính năm 2025.\n" + s + "\n"
}

// TestTargetForms reads the forms a full provincial plan writes its
// targets in, each in several wordings, in the targets section and in
// prose: staged years, a sign split from its number, ranges, a shared
// predicate, a value before its subject, counts, ranks and levels; and
// the statements that are not targets (past results, past changes of
// rank).
func TestTargetForms(t *testing.T) {
	tests := []struct {
		name, form string
		section    bool // in a targets section (planWith), else prose (proseWith)
		text       string
		want       []string
	}{
		// Staged years: each stage gives its own year.
		{"staged colon", "staged", true, "1.1. Đến hết năm 2025: có ≥ 30% hồ sơ được số hóa; đến năm 2030: 100% hồ sơ được số hóa.",
			[]string{">= 30 percent 2025", "= 100 percent 2030"}},
		{"staged comma", "staged", true, "1.1. Đến năm 2026, tỷ lệ hồ sơ trực tuyến đạt 60%; đến năm 2030, đạt 80%.",
			[]string{">= 60 percent 2026", ">= 80 percent 2030"}},
		{"staged prose", "staged", false, "Phấn đấu đến hết năm 2026: tỷ lệ thanh toán trực tuyến đạt tối thiểu 50%; đến năm 2030: đạt tối thiểu 80%.",
			[]string{">= 50 percent 2026", ">= 80 percent 2030"}},
		{"staged two years", "staged", false, "Chương trình cắt giảm thủ tục năm 2025 và 2026 phải bảo đảm cắt giảm tối thiểu 30% thời gian thực hiện thủ tục hành chính.",
			[]string{">= 30 percent decrease 2026"}},

		// A sign split from its number by a line break.
		{"≥ then line break", "sign", true, "1.1. Tỷ lệ hài lòng của người dân ≥\n90%.", []string{">= 90 percent 2025"}},
		{"≤ then line break", "sign", true, "1.1. Tỷ lệ hồ sơ trễ hạn ≤\n 2%.", []string{"<= 2 percent 2025"}},
		{"≥ prose", "sign", false, "Mục tiêu năm 2025: tỷ lệ hồ sơ trực tuyến ≥\n80%.", []string{">= 80 percent 2025"}},

		// Ranges.
		{"dash range", "range", true, "1.1. Tỷ lệ hồ sơ trực tuyến đạt 50% - 60%.", []string{">= 50-60 percent 2025"}},
		{"dash range one sign", "range", true, "1.1. Tỷ lệ thanh toán trực tuyến đạt 40-50%.", []string{">= 40-50 percent 2025"}},
		{"từ … đến", "range", true, "1.1. Tỷ lệ hồ sơ được số hóa đạt từ 30% đến 40%.", []string{">= 30-40 percent 2025"}},
		{"khoảng … đến", "range", true, "1.1. Tỷ lệ hồ sơ trực tuyến trong khoảng 70% đến 80%.", []string{"approx 70-80 percent 2025"}},
		{"… đến … without từ", "range", false, "Phấn đấu tỷ lệ thanh toán trực tuyến đạt 45% tới 55%.", []string{">= 45-55 percent 2025"}},
		{"đến năm is no range", "range", false, "Phấn đấu tỷ lệ thanh toán trực tuyến đạt 45% đến năm 2027.", []string{">= 45 percent 2027"}},
		{"từ … đến one sign", "range", false, "Phấn đấu tỷ lệ hồ sơ trực tuyến đạt từ 70 đến 80%.", []string{">= 70-80 percent 2025"}},

		// One predicate shared by several values.
		{"shared ít nhất", "shared", true, "1.1. Giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ.",
			[]string{">= 30 percent decrease 2025", ">= 30 percent decrease 2025"}},
		{"shared tối thiểu và", "shared", true, "1.1. Cắt giảm tối thiểu 20% thời gian và 20% chi phí thực hiện thủ tục hành chính.",
			[]string{">= 20 percent decrease 2025", ">= 20 percent decrease 2025"}},
		{"shared prose", "shared", false, "Phấn đấu giảm ít nhất 30% thời gian giải quyết, 30% chi phí tuân thủ thủ tục hành chính.",
			[]string{">= 30 percent decrease 2025", ">= 30 percent decrease 2025"}},

		{"one value, two measures", "shared", true, "1.1. Tối thiểu 30% thời gian và chi phí thực hiện TTHC được cắt giảm.",
			[]string{">= 30 percent decrease 2025", ">= 30 percent decrease 2025"}},
		{"one value, three measures", "shared", false, "Phấn đấu cắt giảm ít nhất 20% thời gian giải quyết, chi phí tuân thủ và giấy tờ của thủ tục hành chính.",
			[]string{">= 20 percent decrease 2025", ">= 20 percent decrease 2025", ">= 20 percent decrease 2025"}},
		{"one measure cut", "shared", true, "1.1. Ít nhất 25% thời gian giải quyết TTHC được rút ngắn.", []string{">= 25 percent decrease 2025"}},
		{"time of a task is no measure list", "shared", true, "1.1. 100% hồ sơ được giải quyết đúng thời gian quy định.", []string{"= 100 percent 2025"}},

		// One value, two predicates joined by "và".
		{"và được", "predicates", false, "Phấn đấu 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình và được thanh toán trực tuyến.",
			[]string{"= 100 percent 2025", "= 100 percent 2025"}},
		{"và thực hiện", "predicates", false, "Tỉnh đặt mục tiêu 100% thủ tục hành chính được chuẩn hóa, công khai, minh bạch và thực hiện không phụ thuộc địa giới hành chính.",
			[]string{"= 100 percent 2025", "= 100 percent 2025"}},
		{"và được, in the section", "predicates", true, "1.1. 90% hồ sơ được tiếp nhận trực tuyến và được giải quyết đúng hạn.",
			[]string{"= 90 percent 2025", "= 90 percent 2025"}},
		{"a long predicate ends in nouns", "predicates", true, "1.1. 100% công chức được đào tạo, bồi dưỡng kỹ năng số, bảo đảm ứng dụng hiệu quả các nền tảng số, khai thác dữ liệu số trong hoạt động quản lý nhà nước và thực hiện nhiệm vụ chuyên môn.",
			[]string{"= 100 percent 2025"}},
		{"one predicate, two objects", "predicates", true, "1.1. 100% văn bản và hồ sơ công việc được xử lý trên môi trường mạng.",
			[]string{"= 100 percent 2025"}},

		// Value before its subject.
		{"từ … trở lên số hồ sơ", "before", true, "1.1. Từ 40% trở lên số hồ sơ được nộp trực tuyến.", []string{">= 40 percent 2025"}},
		{"tối thiểu … số", "before", true, "1.1. Tối thiểu 80% số thủ tục hành chính được số hóa.", []string{">= 80 percent 2025"}},
		{"prose value first", "before", false, "Phấn đấu từ 50% trở lên số hồ sơ được giải quyết trực tuyến toàn trình.", []string{">= 50 percent 2025"}},

		// Counts without a percent sign.
		{"districts and communes", "count", true, "1.1. Phấn đấu 06 huyện và 300 xã đạt chuẩn.", []string{">= 6 count 2025", ">= 300 count 2025"}},
		{"data sets and scenarios", "count", true, "1.1. Phát triển ít nhất 05 bộ dữ liệu mở, 20 tập dữ liệu mở và 05 kịch bản ứng dụng dữ liệu.",
			[]string{">= 5 count 2025", ">= 20 count 2025", ">= 5 count 2025"}},
		{"a planned share", "count", true, "1.1. Kinh tế số chiếm 30% GRDP của tỉnh.", []string{"= 30 percent 2025"}},
		{"models", "count", true, "1.1. Xây dựng ít nhất 05 mô hình cải cách hành chính.", []string{">= 5 count 2025"}},
		{"communes prose", "count", false, "Phấn đấu có 45 xã, phường đạt chuẩn chính quyền số.", []string{">= 45 count 2025"}},

		// Ranks.
		{"top", "rank", true, "1.1. Chỉ số CCHC của tỉnh nằm trong top 10 cả nước.", []string{"<= 10 rank 2025"}},
		{"top prose", "rank", false, "Tỉnh phấn đấu Chỉ số PAR Index nằm trong top 15 cả nước.", []string{"<= 15 rank 2025"}},
		{"N/63", "rank", false, "Phấn đấu Chỉ số PAPI xếp 20/63 tỉnh, thành phố.", []string{"<= 20 rank 2025"}},
		{"nhóm N/63", "rank", false, "Phấn đấu Chỉ số SIPAS nằm trong nhóm 15/63 địa phương dẫn đầu.", []string{"<= 15 rank 2025"}},
		{"vị trí N/34", "rank", true, "1.1. Chỉ số PAR Index xếp vị trí 8/34 tỉnh, thành phố.", []string{"<= 8 rank 2025"}},
		{"rank range", "rank", false, "Phấn đấu Chỉ số PCI xếp vị trí 10 - 15/63 tỉnh, thành phố.", []string{">= 10-15 rank 2025"}},

		{"regional rank after a national one", "rank", false, "Phấn đấu Chỉ số PCI xếp 12/63 tỉnh, thành phố cả nước, 2/6 tỉnh vùng Tây Nguyên.",
			[]string{"<= 12 rank 2025", "<= 2 rank 2025"}},
		{"ranks of two indices", "rank", false, "Phấn đấu Chỉ số SIPAS đạt từ 85% trở lên, vị trí 4/14 tỉnh vùng Đông Nam Bộ. Phấn đấu Chỉ số PAR INDEX đạt từ 88% trở lên, vị trí 4/14 tỉnh vùng Đông Nam Bộ.",
			[]string{">= 85 percent 2025", "<= 4 rank 2025", ">= 88 percent 2025", "<= 4 rank 2025"}},
		{"a share of criteria is no rank", "rank", false, "Phấn đấu đạt 3/3 tiêu chí của chính quyền số.", nil},

		// Scores in points.
		{"points above", "points", false, "Phấn đấu điểm số PCI đạt trên 68,5 điểm.", []string{"> 68.5 points 2025"}},
		{"points or more", "points", true, "1.1. Chỉ số PAR INDEX đạt 90 điểm trở lên.", []string{">= 90 points 2025"}},
		{"points before other words", "points", false, "Phấn đấu Chỉ số PAR INDEX đạt 88 điểm để nằm trong nhóm dẫn đầu cả nước.", []string{">= 88 points 2025"}},
		{"points of a named index, then a clause", "points", false, "Phấn đấu Chỉ số PAPI của tỉnh đạt 45 điểm, thuộc nhóm cao nhất.", []string{">= 45 points 2025"}},
		{"score reached, then a purpose", "points", true, "1.1. Điểm số SIPAS đạt 82,5 điểm nhằm cải thiện thứ hạng.", []string{">= 82.5 points 2025"}},
		{"service places are no points", "points", false, "Phấn đấu xây dựng 12 điểm phục vụ dịch vụ công trực tuyến tại các xã.", nil},
		{"a place is no point", "points", false, "Phấn đấu có 05 điểm tiếp nhận hồ sơ tại các xã.", nil},

		// A second value of the sentence.
		{"trong đó, same measure", "second", false, "Phấn đấu mức độ hài lòng của người dân đạt tối thiểu 95%, trong đó, mức độ hài lòng về thủ tục đất đai đạt tối thiểu 90%.",
			[]string{">= 95 percent 2025", ">= 90 percent 2025"}},
		{"second value after a comma", "second", false, "Phấn đấu 100% kết quả giải quyết TTHC được số hóa, tối thiểu 50% dữ liệu số hóa được khai thác, sử dụng lại.",
			[]string{"= 100 percent 2025", ">= 50 percent 2025"}},
		{"one value over several fields", "second", false, "Phấn đấu mức độ hài lòng về thủ tục hành chính lĩnh vực đất đai, xây dựng và đầu tư đạt tối thiểu 90%.",
			[]string{">= 90 percent 2025", ">= 90 percent 2025", ">= 90 percent 2025"}},
		{"value then a cited decision", "second", true, "1.1. Hoàn thành thực thi 100% phương án phân cấp đã được phê duyệt tại Quyết định số 1015/QĐ-TTg ngày 30/8/2022.",
			[]string{"= 100 percent 2025"}},

		// Levels, the two-level system included.
		{"cấp tỉnh", "level", true, "1.1. 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.", []string{"= 100 percent province 2025"}},
		{"cấp xã", "level", true, "1.1. 90% hồ sơ công việc cấp xã được xử lý trên môi trường mạng.", []string{"= 90 percent commune 2025"}},
		{"cấp thành phố và cấp xã prose", "level", false, "Phấn đấu 100% hồ sơ công việc tại cấp thành phố và cấp xã được xử lý trên môi trường điện tử.",
			[]string{"= 100 percent province 2025", "= 100 percent commune 2025"}},
		{"sở and xã, phường prose", "level", false, "Phấn đấu tỷ lệ số hóa kết quả giải quyết của các sở, ban, ngành và UBND các xã, phường đều đạt 100%.",
			[]string{"= 100 percent province 2025", "= 100 percent commune 2025"}},
		{"cấp tỉnh, cấp xã values", "level", true, "1.1. Tỷ lệ hồ sơ trực tuyến toàn trình: cấp tỉnh đạt 80%, cấp xã đạt 60%.",
			[]string{">= 80 percent province 2025", ">= 60 percent commune 2025"}},
		{"yêu cầu cấp xã", "level", false, "Năm 2026, yêu cầu cấp xã bảo đảm 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến.",
			[]string{"= 100 percent commune 2026"}},
		{"yêu cầu cấp tỉnh", "level", false, "Yêu cầu cấp tỉnh bảo đảm tối thiểu 90% hồ sơ được số hóa kết quả giải quyết.",
			[]string{">= 90 percent province 2025"}},
		{"kế hoạch yêu cầu cấp xã", "level", true, "1.1. Kế hoạch yêu cầu cấp xã đạt tối thiểu 80% hồ sơ trực tuyến toàn trình.",
			[]string{">= 80 percent commune 2025"}},
		{"territorial scope is no level", "level", false, "Phấn đấu 100% thủ tục hành chính được thực hiện không phụ thuộc vào địa giới hành chính trong phạm vi cấp tỉnh.",
			[]string{"= 100 percent 2025"}},

		// Not targets.
		{"past year reached", "past", false, "Năm 2024, tỷ lệ hồ sơ trực tuyến đạt 85%.", nil},
		{"past rank change", "past", false, "Theo kết quả công bố, năm 2024 Chỉ số PAR Index của tỉnh xếp hạng 45/63, giảm 7 hạng so với năm 2023.", nil},
		{"past mới đạt", "past", false, "Tuy nhiên, theo báo cáo, tỷ lệ này của tỉnh mới đạt dưới 10%.", nil},
		{"past chưa đạt", "past", false, "Số thành viên Tổ công nghệ số cộng đồng trên 100 dân chưa đạt trên 5%, đây là hạn chế.", nil},
		{"past theo kết quả", "past", false, "Theo kết quả do Bộ Nội vụ công bố ngày 06/4/2025, năm 2024: Chỉ số SIPAS đạt 81,5%, xếp hạng 55/63 tỉnh, giảm 05 hạng so với năm 2023.", nil},
		{"mới đạt with a forward word after it", "past", false, "Tỷ lệ hồ sơ trực tuyến còn thấp, một số xã mới đạt 30%, tỉnh sẽ tiếp tục chỉ đạo.", nil},
		// A past marker reports its own clause: a forward word after it, or
		// a target's noun holding it, leaves the target.
		{"còn thấp, vì vậy phấn đấu", "past", false, "Tỷ lệ thanh toán trực tuyến của tỉnh còn thấp, vì vậy tỉnh phấn đấu tỷ lệ này đạt tối thiểu 50%.", []string{">= 50 percent 2025"}},
		{"còn thấp, do đó phải đạt", "past", false, "Tỷ lệ hồ sơ trực tuyến của các xã còn thấp, do đó đến năm 2025 phải đạt tối thiểu 70%.", []string{">= 70 percent commune 2025"}},
		{"chưa đạt in the target's noun", "past", false, "Phấn đấu giảm tỷ lệ hồ sơ chưa đạt yêu cầu xuống dưới 3%.", []string{"<= 3 percent 2025"}},
		{"chưa đạt after the value", "past", false, "Phấn đấu 100% xã chưa đạt chuẩn nông thôn mới hoàn thành tiêu chí về hành chính công.", []string{"= 100 percent 2025"}},
		{"theo báo cáo, then mục tiêu", "past", false, "Theo báo cáo của Sở Nội vụ, tỉnh đặt mục tiêu có 100% hồ sơ được số hóa.", []string{"= 100 percent 2025"}},
		{"theo kết quả, then bảo đảm", "past", false, "Theo kết quả rà soát của Sở Tư pháp, tỉnh bảo đảm tối thiểu 95% hồ sơ được giải quyết đúng hạn.", []string{">= 95 percent 2025"}},
		// "đã" of an approval qualifies the noun after the value.
		{"approved by a named body", "past", false, "Phấn đấu thực thi 100% phương án cắt giảm, đơn giản hóa thủ tục hành chính đã được Thủ tướng Chính phủ phê duyệt.", []string{"= 100 percent 2025"}},
		{"approved by the province's committee", "past", true, "1.1. Hoàn thành 100% nhiệm vụ đã được UBND tỉnh giao tại Kế hoạch số 12/KH-UBND.", []string{"= 100 percent 2025"}},
		{"tasks set in the plan", "past", false, "Phấn đấu hoàn thành 100% nhiệm vụ cải cách hành chính đã đề ra trong Kế hoạch.", []string{"= 100 percent 2025"}},
		{"đã đạt is still a result", "past", false, "Tỷ lệ hồ sơ trực tuyến của tỉnh đã đạt 85%, được Bộ Nội vụ ghi nhận.", nil},
		{"share of capital", "past", false, "Doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ phải bảo đảm công khai thông tin.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.form+"/"+tc.name, func(t *testing.T) {
			checkTargetBriefs(t, tc.text, tc.section, tc.want)
		})
	}
}

// TestRestatedTargetMerged: a press text states one aim in its headline,
// in the numbered item it reports and in its summary, in other words
// around the same value and object; it is one target, at its first line.
// Two aims with the same value and other objects stay two.
func TestRestatedTargetMerged(t *testing.T) {
	tests := []struct {
		name, text string
		want       []int // lines of the targets
	}{
		{"headline, item, summary", "Sẽ cắt giảm ít nhất 40% thủ tục đầu tư xây dựng khu công nghiệp theo chỉ đạo của Thủ tướng\n\n" +
			"Thủ tướng yêu cầu các bộ:\n\n(2) Rà soát quy trình, cắt giảm ít nhất 40% các thủ tục hành chính đầu tư xây dựng khu công nghiệp; tăng cường hậu kiểm.\n\n" +
			"Theo đó, Thủ tướng nhấn mạnh việc cần cắt giảm ít nhất 40% thủ tục đầu tư xây dựng khu công nghiệp, đưa các dự án vào luồng xanh.\n",
			[]int{1}},
		{"same value, other objects", "Phấn đấu 100% hồ sơ thủ tục hành chính được số hóa kết quả giải quyết trên hệ thống.\n" +
			"Phấn đấu 100% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến toàn trình trên Cổng dịch vụ công.\n",
			[]int{1, 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []int
			for _, tg := range parseText(t, tc.text).Targets {
				got = append(got, tg.Source.Line)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("target lines %v, want %v", got, tc.want)
			}
		})
	}
}

// TestStageOfThePreviousParagraph: a paragraph that opens a stage ("Tiếp
// đó, giai đoạn 2028-2030 sẽ …") gives its year to the values of the
// paragraphs after it.
func TestStageOfThePreviousParagraph(t *testing.T) {
	for _, tc := range []struct{ opener, want string }{
		{"Tiếp đó, giai đoạn 2028-2030 sẽ xây dựng đội ngũ công chức chuyên nghiệp.", ">= 95 percent 2030"},
		{"Sau đó, giai đoạn 2026 - 2028 sẽ hoàn thiện thể chế.", ">= 95 percent 2028"},
		{"Đến năm 2030, bộ máy hành chính tinh gọn.", ">= 95 percent 2030"},
		// A later stage after an earlier one: its year wins.
		{"Cụ thể, đến năm 2025, tỉnh ứng dụng công nghệ số.\n\nPhấn đấu đến năm 2030, tỉnh hoàn thành chuyển đổi số.", ">= 95 percent 2030"},
		{"Theo quy hoạch, đến năm 2030, tỉnh trở thành tỉnh mạnh về kinh tế biển.", ">= 95 percent 2030"},
	} {
		text := tc.opener + "\n\nNội dung này thể hiện qua mức độ hài lòng của người dân đạt tối thiểu 95%.\n"
		got := briefs(parseText(t, text).Targets)
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q: targets %q, want %q", tc.opener, got, tc.want)
		}
	}
}

// TestValuesSharingTheFirstSubject: in a press item, the values of a
// sentence after a semicolon that only name another level ("Khi đó,
// 100% hồ sơ … đối với cấp tỉnh; 90% đối với cấp huyện; 70% đối với cấp
// xã") are aims as the first one is, each of its level.
func TestValuesSharingTheFirstSubject(t *testing.T) {
	text := "Phấn đấu đến năm 2030, Sóc Trăng hoàn thành chuyển đổi số đồng bộ trên phạm vi toàn tỉnh.\n" +
		"Khi đó, 100% hồ sơ công việc được xử lý trên môi trường mạng đối với cấp tỉnh; 90% đối với cấp huyện; 70% đối với cấp xã; hoàn thành việc xây dựng các cơ sở dữ liệu.\n"
	got := briefs(parseText(t, text).Targets)
	if want := []string{"= 100 percent province 2030", "= 90 percent district 2030", "= 70 percent commune 2030"}; !slices.Equal(got, want) {
		t.Errorf("targets %q, want %q", got, want)
	}
}

// TestNumberedStage: a press item's paragraph that opens a numbered stage
// by the time it ends ("Giai đoạn 1 hoàn thành trong quý 2-2026, …")
// gives that year to the aims of the paragraphs after it, up to the next
// stage.
func TestNumberedStage(t *testing.T) {
	text := "UBND TPHCM vừa ban hành kế hoạch phổ cập ứng dụng Công dân số.\n\n" +
		"Giai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo cơ bản 100% công dân được kích hoạt tài khoản định danh điện tử.\n\n" +
		"Hỗ trợ chuyển đổi 100% thiết bị đầu cuối chỉ hỗ trợ công nghệ 2G sang điện thoại thông minh.\n\n" +
		"Giai đoạn 2 (đến hết năm 2027): duy trì thực hiện thường xuyên.\n\n" +
		"Hướng đến 100% người dân được tập huấn kỹ năng số cơ bản.\n"
	got := briefs(parseText(t, text).Targets)
	if want := []string{"= 100 percent 2026", "= 100 percent 2026", "= 100 percent 2027"}; !slices.Equal(got, want) {
		t.Errorf("targets %q, want %q", got, want)
	}
}

// TestAimsParagraphYear: a press item's paragraph of aims whose clause
// writes its year ("Mục tiêu đến năm 2025, 80% … đã đưa vào vận hành":
// "đã" right after the aim qualifies the noun counted) gives that year
// to the paragraph of aims after it, unless that one states the same
// aims again (a later stage) or the year stood in another clause.
func TestAimsParagraphYear(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"the year carries", "UBND tỉnh Điện Biên vừa ban hành Kế hoạch cải cách hành chính giai đoạn 2021-2030. Mục tiêu đến năm 2025, 80% các hệ thống thông tin của tỉnh đã đưa vào vận hành được kết nối qua Trục liên thông văn bản quốc gia.\n" +
			"100% chế độ báo cáo định kỳ phục vụ sự chỉ đạo, điều hành của tỉnh được thực hiện trực tuyến.\n",
			[]string{"= 80 percent 2025", "= 100 percent 2025"}},
		{"the same aims again", "Tỉnh phấn đấu đến năm 2025 tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt 7% trở lên.\n" +
			"Tỷ trọng thương mại điện tử trong tổng mức bán lẻ đạt 10% trở lên.\n",
			[]string{">= 7 percent 2025", ">= 10 percent 0"}},
		{"the year in another clause", "Kế hoạch đặt mục tiêu hoàn thành các nhiệm vụ đến năm 2025 đề ra tại nghị quyết của Tỉnh ủy; duy trì chỉ số DTI nằm trong top 10 tỉnh dẫn đầu.\n" +
			"Phấn đấu 100% hồ sơ công việc các cấp được xử lý trực tuyến.\n",
			[]string{"<= 10 rank 2025", "= 100 percent 0"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, tc.text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}

// TestYearsWithoutAPlanYear: a text with no year of its own (a press
// report of a directive) gives a value the year its sentence sets at the
// end; a plan to 2025 issued in 2023 may require a value for 2023.
func TestYearsWithoutAPlanYear(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"year at the end of the sentence", "Thủ tướng yêu cầu bảo đảm 100% TTHC liên quan đến doanh nghiệp được thực hiện trực tuyến, giảm tối đa giấy tờ; tổ chức thực hiện TTHC không phụ thuộc địa giới hành chính, hoàn thành trong năm 2025.\n",
			[]string{"= 100 percent 2025"}},
		{"a second value with its own year", "Mục tiêu cụ thể: Đến năm 2030, 70% học sinh được dạy kỹ năng phòng, chống đuối nước và đạt tỷ lệ 90% vào năm 2035.\n",
			[]string{"= 70 percent 2030", ">= 90 percent 2035"}},
		{"year at the end, other words", "Chủ tịch UBND tỉnh yêu cầu phấn đấu 90% hồ sơ được giải quyết trực tuyến; hoàn thành trước năm 2027.\n",
			[]string{">= 90 percent 2027"}},
		{"requirement of the issue year", "UBND TỈNH TÂY NINH\nSố: 12/KH-UBND\nTây Ninh, ngày 14 tháng 11 năm 2023\nKẾ HOẠCH\nNâng cao hiệu quả dịch vụ công trực tuyến đến năm 2025\nI. HIỆN TRẠNG\n" +
			"Theo Công văn số 3109/BTTTT-CĐSQG ngày 01/8/2023, Bộ yêu cầu UBND cấp tỉnh trong năm 2023 phải đảm bảo tối thiểu 80% dịch vụ công trực tuyến được cung cấp toàn trình.\n" +
			"Năm 2022, tỷ lệ hồ sơ trực tuyến của tỉnh đạt 45%.\n",
			[]string{">= 80 percent 2023"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, tc.text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTargetsSectionHeadingYear: the year a targets section's heading
// names is the year of its targets, in a plan that names none in its
// title and in one for another year.
func TestTargetsSectionHeadingYear(t *testing.T) {
	for _, tc := range []struct{ title, heading, want string }{
		{"Chuyển đổi số trong lĩnh vực giao thông", "2. Mục tiêu cụ thể đến năm 2030", "= 100 percent 2030"},
		{"Chuyển đổi số trong lĩnh vực giao thông", "II. CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027", "= 100 percent 2027"},
		{"Cải cách hành chính năm 2026", "II. CÁC CHỈ TIÊU CHỦ YẾU", "= 100 percent 2026"},
		{"Cải cách hành chính giai đoạn 2026 - 2030", "2. Chỉ tiêu cụ thể giai đoạn 2026 - 2028", "= 100 percent 2028"},
	} {
		text := "ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nSố: 597/KH-UBND\nĐồng Tháp, ngày 27 tháng 11 năm 2025\nKẾ HOẠCH\n" + tc.title +
			"\nI. MỤC TIÊU\n1. Mục tiêu chung\nHiện đại hóa quản lý.\n" + tc.heading +
			"\n- Phấn đấu 100% hồ sơ, dữ liệu chuyên ngành được quản lý trên môi trường số.\nIII. NHIỆM VỤ\n- Tổ chức thực hiện.\n"
		got := briefs(parseText(t, text).Targets)
		if !slices.Equal(got, []string{tc.want}) {
			t.Errorf("%q under %q: targets %q, want %q", tc.heading, tc.title, got, tc.want)
		}
	}
}

// TestValueWithoutSubjectSharesIt: a later value of a clause that names
// only its year ("… và đạt tỷ lệ 90% vào năm 2035") has the subject of
// the value before it.
func TestValueWithoutSubjectSharesIt(t *testing.T) {
	d := parseText(t, "Mục tiêu cụ thể: Đến năm 2030, 70% học sinh được dạy kỹ năng bơi an toàn và đạt tỷ lệ 90% vào năm 2035.\n")
	if len(d.Targets) != 2 {
		t.Fatalf("targets %q, want two", briefs(d.Targets))
	}
	if a, b := d.Targets[0].Subject, d.Targets[1].Subject; a == "" || a != b {
		t.Errorf("subjects %q and %q, want the first for both", a, b)
	}
}
