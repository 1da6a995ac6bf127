package plandoc

import "testing"

// TestHeadlineRankAndMinus: a headline aim "Hướng đến nhóm N địa phương
// dẫn đầu" is a rank aim (<= N), as "hướng tới" is; "trừ" between two
// nouns of a subject with "chiếm" after them subtracts, it excludes
// nothing; "trừ" before a noun excluded still drops the values after it.
func TestHeadlineRankAndMinus(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"headline rank aim", "Tin tức.\n\nHướng đến nhóm 5 địa phương dẫn đầu về chuyển đổi số\n\nTỉnh ban hành kế hoạch.\n",
			[]kt{{"<=", 5, "rank", 2026}}},
		{"rank aim in a sentence", "Tin tức.\n\nTỉnh hướng đến nhóm 15 tỉnh, thành phố dẫn đầu cả nước về chỉ số PAPI.\n",
			[]kt{{"<=", 15, "rank", 2026}}},
		{"minus in a subject", "II. MỤC TIÊU\n- Cơ cấu kinh tế: Dịch vụ chiếm khoảng 42,5%; Thuế sản phẩm trừ trợ cấp sản phẩm chiếm khoảng 4,1%.",
			[]kt{{"approx", 42.5, "percent", 2026}, {"approx", 4.1, "percent", 2026}}},
		// Negatives.
		{"hướng đến without a number", "Tin tức.\n\nHướng đến nền hành chính phục vụ người dân\n\nTỉnh ban hành kế hoạch.\n",
			nil},
		{"an exclusion after trừ", "II. MỤC TIÊU\n- 100% hồ sơ công việc được xử lý trên môi trường mạng, trừ 5 loại hồ sơ mật.",
			[]kt{{"=", 100, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Thanh Hóa", 2026, tc.body), tc.want) })
	}
}

// TestYearlyRates: "hàng năm"/"mỗi năm" before a value says how often,
// not which year: the value is read, with the change before it; "năm"
// before a number alone still names a year.
func TestYearlyRates(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"decrease yearly, a range hard-wrapped", "II. MỤC TIÊU\n- Tỷ lệ hộ nghèo giảm hàng năm\n2%-2,5%.", []kt{{">=", 2, "percent", 2026}}},
		{"increase every year", "II. MỤC TIÊU\n- Thu ngân sách tăng mỗi năm 12%.", []kt{{"=", 12, "percent", 2026}}},
		{"a dash range with spaces", "II. MỤC TIÊU\n- Tỷ lệ lao động qua đào tạo tăng hàng năm 1 - 2%.", []kt{{">=", 1, "percent", 2026}}},
		// Negative: "năm" names a year.
		{"năm before a year", "II. MỤC TIÊU\n- Hoàn thành trong năm 2026 việc số hóa hồ sơ.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Bạc Liêu", 2026, tc.body), tc.want) })
	}
}

// TestRatioUnits: a value with a ratio after it ("2,1 con/phụ nữ", "109
// bé trai/100 bé gái") keeps the text's own unit when
// "đạt", a comparator or a change stands before it; a ratio without one,
// and a share of a total ("30 TTHC/45 TTHC"), is no target.
func TestRatioUnits(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"two ratios in one sentence", "II. MỤC TIÊU\n- Phấn đấu tổng tỷ suất sinh đạt 2,2 con/phụ nữ; tỷ số giới tính khi sinh dưới 110 bé trai/100 bé gái sinh ra sống.",
			[]kt{{">=", 2.2, "con/phụ nữ", 2026}, {"<=", 110, "bé trai/100 bé gái", 2026}}},
		{"children per woman after khoảng", "II. MỤC TIÊU\n- Tổng tỷ suất sinh khoảng 1,9 con/phụ nữ.",
			[]kt{{"approx", 1.9, "con/phụ nữ", 2026}}},
		// Negatives.
		{"a time per dossier without a comparator", "II. MỤC TIÊU\n- Giải quyết thủ tục trong 3 ngày/hồ sơ.", nil},
		{"a share of a total", "II. MỤC TIÊU\n- Đã công bố 30 TTHC/45 TTHC.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Kiên Giang", 2026, tc.body), tc.want) })
	}
}

// TestRankReached: a rank in a sentence that says it was reached ("đã có
// sự trở lại … trong tốp 5 địa phương dẫn đầu") is a result; the rank
// word "tốp"/"top" of the value itself makes no aim of it. An aim after
// the "đã" ("…, phấn đấu vào top 10") stays a target.
func TestRankReached(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"tốp reached", "Tin tức.\n\nTỉnh Bắc Giang đã có sự bứt phá trong tốp 10 địa phương dẫn đầu về chỉ số PAPI.\n", nil},
		{"top reached, English spelling", "Tin tức.\n\nThành phố đã lọt vào top 3 địa phương có chỉ số cao nhất.\n", nil},
		{"a group the province orients an index to", "Tin tức.\n\nTrong giai đoạn 2021 - 2025, tỉnh định hướng chỉ số ICT Index thuộc nhóm 10 tỉnh, thành phố dẫn đầu cả nước.\n",
			[]kt{{"<=", 10, "rank", 2025}}},
		{"top reached for the first time", "Tin tức.\n\nĐây cũng là lần đầu tiên Tây Ninh được lên top 10 của bảng xếp hạng này.\n", nil},
		{"aim after đã", "Tin tức.\n\nTỉnh đã ban hành kế hoạch, phấn đấu vào top 10 địa phương dẫn đầu.\n",
			[]kt{{"<=", 10, "rank", 0}}},
		// An index "thuộc nhóm 40 tỉnh, thành phố", no end of the list named:
		// a rank; provinces counted are none.
		{"indices entered into a group of provinces, one rank each", "Tin tức.\n\nNăm 2023, tỉnh đặt ra mục tiêu phấn đấu các chỉ số PAR Index, PCI thuộc nhóm 40 tỉnh, thành phố.\n",
			[]kt{{"<=", 40, "rank", 2023}, {"<=", 40, "rank", 2023}}},
		{"a group of provinces in a field named after it", "Tin tức.\n\nKế hoạch năm 2025 đề ra mục tiêu phấn đấu vào nhóm 10 địa phương về chuyển đổi số trên cả nước.\n",
			[]kt{{"<=", 10, "rank", 2025}}},
		{"an index in a group of the country", "Tin tức.\n\nPhấn đấu hằng năm các Chỉ số nội dung của PAPI nằm trong nhóm 20 của cả nước vào năm 2025.\n",
			[]kt{{"<=", 20, "rank", 2025}}},
		{"a place to keep, its number in a word", "Tin tức.\n\nNăm 2019, tỉnh phấn đấu tối thiểu giữ nguyên vị trí xếp thứ năm trong tổng số 63 tỉnh, thành về nội dung tham gia của người dân ở cấp cơ sở.\n",
			[]kt{{"<=", 5, "rank", 2019}}},
		{"steps written in a word, over indices named again", "Tin tức.\n\nNăm 2019, tỉnh phấn đấu nâng ít nhất một bậc đối với chỉ số “quản trị môi trường”, chỉ số “thủ tục hành chính công”.\n",
			[]kt{{">=", 1, "rank", 2019}, {">=", 1, "rank", 2019}}},
		{"a minimum of people in a word", "Tin tức.\n\nPhấn đấu đến hết năm 2023, mỗi hộ gia đình có ít nhất một người biết cách nộp hồ sơ trực tuyến.\n",
			[]kt{{">=", 1, "people", 2023}}},
		{"a minimum of people a duty is to bring about", "Tin tức.\n\nNăm 2024, UBND tỉnh giao nhiệm vụ cho các tổ công nghệ số cộng đồng hướng dẫn, hỗ trợ để mỗi hộ có ít nhất một người biết cách sử dụng tài khoản VNeID.\n", nil},
		{"at least once is no minimum of people", "Tin tức.\n\nNăm 2023, mỗi cơ quan tổ chức ít nhất một lần đối thoại với người dân.\n", nil},
		{"a weekday is no place", "Tin tức.\nCập nhật lúc 08:07, Thứ Năm, 12/01/2018\n\nNăm 2018, tỉnh xếp vị trí Thứ Năm trong khu vực.\n", nil},
		{"provinces counted", "Tin tức.\n\nNăm 2023, có 40 tỉnh, thành phố tham gia khảo sát.\n", nil},
		{"provinces counted in a field", "Tin tức.\n\nNăm 2023, nhóm 10 địa phương về chuyển đổi số đã họp.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
