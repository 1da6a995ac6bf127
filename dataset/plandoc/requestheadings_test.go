package plandoc

import "testing"

// TestRequestHeadings covers the numbered agency headings of a duties
// section that ask a body rather than name it ("**4. Đề nghị Ủy ban Mặt
// trận" / "Tổ quốc Việt Nam thành phố và các Đoàn thể**"), hard-wrapped in
// their bold marks as stored: the bodies asked lead the duties under them,
// as the bodies of "Giao …" and plain headings do.
func TestRequestHeadings(t *testing.T) {
	const head = "KẾ HOẠCH\nTruyền thông năm 2025\n\n**V. TỔ CHỨC\nTHỰC HIỆN**\n\n"
	tests := []struct {
		name, body string
		want       []taskSummary
	}{
		{"a request over two lines",
			"**1. Sở Nông nghiệp và Môi\ntrường**\n\n- Chủ trì tham mưu, tổ chức\ntriển khai thực hiện Kế hoạch này.\n\n" +
				"**2. Đề nghị Ủy ban Mặt trận\nTổ quốc Việt Nam thành phố và các Đoàn thể**\n\n- Đẩy mạnh công tác tuyên\ntruyền, vận động các tầng lớp Nhân dân tham gia.\n\n" +
				"**3. Ủy ban nhân dân cấp xã**\n\n- Phân bổ kinh phí thực hiện\ncác hoạt động truyền thông trên địa bàn cấp xã.\n",
			[]taskSummary{{10, "", []string{"Sở Nông nghiệp và Môi trường"}},
				{16, "", []string{"Ủy ban Mặt trận Tổ quốc Việt Nam thành phố", "Các Đoàn thể"}},
				{21, "", []string{"UBND cấp xã"}}}},
		{"an assignment over two lines",
			"**1. Giao Sở Văn hóa, Thể thao\nvà Du lịch**\n\n- Lồng ghép hoạt động truyền thông về Chương trình.\n\n" +
				"**2. Giao Sở Tài chính**\n\n- Bố trí kinh phí thực hiện Kế hoạch.\n",
			[]taskSummary{{10, "", []string{"Sở Văn hóa, Thể thao và Du lịch"}}, {14, "", []string{"Sở Tài chính"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, head+tc.body), tc.want)
		})
	}
}

// TestTelegramHeadings covers the agency headings of a telegram's duties
// as stored with hard wraps: a heading that runs on to its colon on the
// next line ("1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ" / "Hà
// Tĩnh đến Khánh Hòa:"), a ministry whose duty opens with "chỉ đạo" ("3.
// Bộ Xây dựng chỉ đạo triển khai …", while "Ban Chỉ đạo" stays a name),
// and ministries listed after "Các Bộ:" ("5. Các Bộ: Quốc phòng, Công an
// chủ động …").
func TestTelegramHeadings(t *testing.T) {
	text := `THỦ TƯỚNG CHÍNH PHỦ
Số: 217/CĐ-TTg
CÔNG ĐIỆN
Thủ tướng Chính phủ yêu cầu thực hiện một số nhiệm vụ cụ thể sau:

1. Chủ tịch Ủy ban nhân dân các tỉnh, thành phố từ
Hà Tĩnh đến Khánh Hòa:

a) Tổ chức theo dõi chặt chẽ tình hình mưa lũ.

b) Chỉ đạo rà soát, kiểm tra các khu vực nguy hiểm.

2. Bộ Xây dựng chỉ đạo triển khai các giải pháp bảo đảm an toàn giao thông.

3. Các Bộ: Quốc phòng, Công an chủ động chỉ đạo các đơn vị đóng trên địa bàn sẵn sàng hỗ trợ địa phương.

4. Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia theo dõi sát diễn biến tình hình.
`
	heads := []string{"Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Khánh Hòa"}
	checkTasks(t, parseText(t, text), []taskSummary{{9, "", heads}, {11, "", heads}, {13, "", []string{"Bộ Xây dựng"}},
		{15, "", []string{"Bộ Quốc phòng", "Bộ Công an"}}, {17, "", []string{"Văn phòng Ban Chỉ đạo phòng thủ dân sự quốc gia"}}})
}

// TestWrappedAssignmentHeadings covers the articles of a decision whose
// numbered assignments are hard-wrapped inside the body's name ("1. Giao
// Sở Khoa học và" / "Công nghệ triển khai …") or before the duty verb
// "kiểm tra" ("Văn phòng Ủy ban nhân dân Thành phố kiểm tra, đôn đốc …",
// while "Ủy ban Kiểm tra" stays a name).
func TestWrappedAssignmentHeadings(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
Số: 2842/QĐ-UBND
QUYẾT ĐỊNH

**Điều
2. Tổ chức thực hiện**

1. Giao Sở Khoa học và
Công nghệ triển khai, thực thi phương án đơn giản hóa thủ tục hành chính.

2. Giao Văn phòng Ủy ban nhân dân Thành phố kiểm tra, đôn đốc các cơ quan thực hiện Quyết định này.

3. Ủy ban Kiểm tra Thành ủy theo dõi việc thực hiện.
`
	checkTasks(t, parseText(t, text), []taskSummary{{9, "", []string{"Sở Khoa học và Công nghệ"}},
		{11, "", []string{"Văn phòng UBND Thành phố"}}, {13, "", []string{"Ủy ban Kiểm tra Thành ủy"}}})
}

// TestHeadingFocus covers a telegram heading that singles out some of the
// bodies it names after a comma (", trong đó trọng tâm là các tỉnh:" with
// the provinces on the next line): the bodies named lead the duties, the
// words that single some out do not, and the line of provinces is no task.
func TestHeadingFocus(t *testing.T) {
	text := `THỦ TƯỚNG CHÍNH PHỦ
Số: 25/CĐ-TTg
CÔNG ĐIỆN
Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân
dân các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng, trong đó trọng tâm là các tỉnh:
Đắk Lắk, Khánh Hòa, Gia Lai và Lâm Đồng:
a) Tổ chức xây dựng kế hoạch khắc phục hậu quả mưa lũ.
b) Huy động lực lượng hỗ trợ người dân sửa chữa nhà ở.
2. Bộ Tài chính chủ trì, phối hợp với các bộ, ngành liên quan tổng hợp nhu cầu hỗ trợ.
`
	heads := []string{"Chủ tịch UBND các tỉnh, thành phố từ Hà Tĩnh đến Lâm Đồng"}
	checkTasks(t, parseText(t, text), []taskSummary{{8, "", heads}, {9, "", heads}, {10, "", []string{"Bộ Tài chính"}}})
}

// TestBracketNumberedItems covers the items of a quoted article that a
// legal-information site numbers in square brackets ("[2] Giao Trung tâm
// Chuyển đổi số Thành phố chủ trì …"): each assigns its body its duty; a
// single bracketed number ("[1]" of a footnote) changes nothing.
func TestBracketNumberedItems(t *testing.T) {
	text := `Tổ chức thực hiện Quyết định như sau:

[2] Giao Trung tâm Chuyển đổi số Thành phố chủ trì, phối hợp với các Sở, ban, ngành cấu hình danh mục thủ tục trước ngày 15 tháng 11 năm 2025.

[3] Sở Khoa học và Công nghệ chủ trì, phối hợp các cơ quan liên quan triển khai Đề án hoàn thiện hạ tầng.

[4] Giao Sở Tài chính chủ trì tham mưu phương án kinh phí trước ngày 20 tháng 11 năm 2025.
`
	checkTasks(t, parseText(t, text), []taskSummary{{3, "", []string{"Trung tâm Chuyển đổi số Thành phố"}},
		{5, "", []string{"Sở Khoa học và Công nghệ"}}, {7, "", []string{"Sở Tài chính"}}})
	if got := withDottedNumbers([]string{"Xem [1] ở dưới.", "[1] Chú thích."}); got[1] != "[1] Chú thích." {
		t.Errorf("a single bracketed number was rewritten: %q", got)
	}
}

// TestRequestedCommunes covers a press sentence that asks the communes
// by their collective name ("UBND tỉnh yêu cầu các xã, phường xây dựng kế
// hoạch cụ thể …"): they lead the duty, as "UBND các xã, phường" does.
func TestRequestedCommunes(t *testing.T) {
	text := "Tin tức tỉnh Tây Ninh.\n\nUBND tỉnh yêu cầu các xã, phường xây dựng kế hoạch cụ thể, tổ chức triển khai tại địa phương.\n"
	checkTasks(t, parseText(t, text), []taskSummary{{3, "", []string{"Các xã, phường"}}})
}

// TestHeadingsWrappedInsideName covers numbered assignment headings of a
// hard-wrapped text broken inside the body's name, the next line opening
// with a capital: "1. Giao Sở" / "Tài chính là cơ quan đầu mối, …:" over
// dashed duties, and "2. Bộ Chỉ huy Quân sự" / "Tỉnh chủ trì, phối hợp …"
// with its duty in the heading. The body is the whole name, and the line
// that completes it is no duty of a shorter name.
func TestHeadingsWrappedInsideName(t *testing.T) {
	text := `ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP
Số: 120/KH-UBND

**IV. TỔ CHỨC
THỰC HIỆN**

1. Giao Sở
Tài chính là cơ quan đầu mối, chủ trì, hướng dẫn thực hiện Kế hoạch; tổ chức
thực hiện các nhiệm vụ sau:

- Hướng dẫn các sở, ngành và địa phương triển
khai Kế hoạch;

- Tổng hợp, báo cáo kết quả thực hiện Kế hoạch
hằng năm.

2. Bộ Chỉ huy Quân sự
Tỉnh chủ trì, phối hợp với Sở Tài chính đưa nội dung phòng chống thiên tai vào kế
hoạch bồi dưỡng quốc phòng và an ninh.
`
	checkTasks(t, parseText(t, text), []taskSummary{{11, "", []string{"Sở Tài chính"}}, {14, "", []string{"Sở Tài chính"}},
		{18, "2", []string{"Bộ Chỉ huy Quân sự Tỉnh"}}})
}
