package plandoc

import "testing"

// TestProseDocumentFromBody covers a press item that names the document it
// reports as coming from a body ("nội dung được đề cập trong Thông báo số
// 56 từ Văn phòng Chính phủ") after the opening lines and before another
// document it only relates to; and negatives: "từ ngày …" names no body,
// and a document only cited keeps no issuer.
func TestProseDocumentFromBody(t *testing.T) {
	lead := "Theo đó, các cơ quan được yêu cầu xử lý hồ sơ công việc trên môi trường điện tử.\nNhư vậy, sau thời điểm trên, cán bộ không tuân thủ sẽ bị đánh giá.\nCùng với đó, mọi cấp cần dùng chữ ký số.\n\n"
	cases := []struct {
		name, text, number, typ, issuer, province, date string
	}{
		{"Government Office notice",
			lead + "Đây là nội dung được đề cập trong Thông báo số 56 từ Văn phòng Chính phủ, dựa trên kết quả tổng kết năm 2024.\nYêu cầu này cũng phù hợp với tinh thần của Nghị quyết số 57 do Bộ Chính trị ban hành.\n",
			"56", "TB", "Văn phòng Chính phủ", "", ""},
		{"ministry's letter",
			lead + "Nội dung trên được nêu trong Công văn số 5120 từ Bộ Nội vụ gửi các địa phương.\nYêu cầu này phù hợp với Nghị quyết số 18 do Ban Chấp hành Trung ương ban hành.\n",
			"5120", "", "Bộ Nội vụ", "", ""},
		{"provincial committee's plan",
			lead + "Đây là yêu cầu tại Kế hoạch số 233 từ UBND tỉnh Lạng Sơn về cải cách hành chính.\nNội dung này phù hợp với Chỉ thị số 07 do Thủ tướng Chính phủ ban hành.\n",
			"233", "KH", "UBND tỉnh Lạng Sơn", "Lạng Sơn", ""},
		// negatives
		{"from a date, no body",
			lead + "Đây là nội dung được nêu trong Thông báo số 56 từ ngày 15/3 đến nay.\n",
			"", "", "", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, tc.number, tc.typ, tc.issuer, tc.province, tc.date)
		})
	}
}

// TestProseDateOpensIssuingClause covers a press item whose date opens the
// clause that issues the document after a cited one ("Thực hiện Kết luận
// số 226-KL/TW ngày 11/12/2025 …, ngày 14/01/2026, Chủ tịch UBND tỉnh X đã
// ban hành công văn số 426/UBND-NC"); negatives: the date of the cited
// document alone, and a date in another clause, give no date.
func TestProseDateOpensIssuingClause(t *testing.T) {
	cases := []struct {
		name, text, number, typ, issuer, province, date string
	}{
		{"after a cited conclusion",
			"Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư về chấn chỉnh lề lối làm việc, ngày 14/01/2026, UBND tỉnh Thái Nguyên đã ban hành công văn số 426/UBND-NC về việc triển khai Kết luận.\n",
			"426/UBND-NC", "", "UBND tỉnh Thái Nguyên", "Thái Nguyên", "2026-01-14"},
		{"words for the date, other province",
			"Triển khai Chỉ thị số 07/CT-TTg ngày 05 tháng 3 năm 2025 của Thủ tướng Chính phủ, ngày 20 tháng 3 năm 2025, UBND tỉnh Điện Biên vừa ban hành Kế hoạch số 95/KH-UBND về cải cách hành chính.\n",
			"95/KH-UBND", "KH", "UBND tỉnh Điện Biên", "Điện Biên", "2025-03-20"},
		{"department",
			"Thực hiện Quyết định số 12/QĐ-UBND ngày 2/1/2026 của UBND tỉnh, ngày 9/1/2026, Sở Nội vụ tỉnh Phú Thọ đã ban hành Kế hoạch số 18/KH-SNV.\n",
			"18/KH-SNV", "KH", "Sở Nội vụ tỉnh Phú Thọ", "Phú Thọ", "2026-01-09"},
		// negatives
		{"only the cited document's date",
			"Thực hiện Kết luận số 226-KL/TW ngày 11/12/2025 của Ban Bí thư, UBND tỉnh Thái Nguyên đã ban hành công văn số 426/UBND-NC về việc triển khai.\n",
			"426/UBND-NC", "", "UBND tỉnh Thái Nguyên", "Thái Nguyên", ""},
		{"date in an earlier sentence",
			"Hội nghị diễn ra ngày 14/01/2026. Sau hội nghị, UBND tỉnh Thái Nguyên đã ban hành công văn số 426/UBND-NC về việc triển khai.\n",
			"426/UBND-NC", "", "UBND tỉnh Thái Nguyên", "Thái Nguyên", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, tc.number, tc.typ, tc.issuer, tc.province, tc.date)
		})
	}
}
