package plandoc

import "testing"

// TestBracketedTheoSubtitle reads the document a portal's copy of a plan
// names in brackets under its title ("(Theo Quyết định số 1/QĐ-UBND ngày
// 01/01/2021 của UBND tỉnh)") as "(Kèm theo …)" is read.
func TestBracketedTheoSubtitle(t *testing.T) {
	body := "\nI. MỤC TIÊU\n1. Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.\n"
	checkHeaderCases(t, []headerCase{
		{name: "bracketed Theo",
			text:   "Kế hoạch phát triển kinh tế - xã hội năm 2021\n\n (Theo Quyết định số 1/QĐ-UBND ngày  01/01/2021 của UBND tỉnh)\n" + body,
			number: "1/QĐ-UBND", typ: "QĐ", issuer: "", province: "", date: "2021-01-01", year: 2021},
		{name: "bracketed Kèm theo",
			text:   "Kế hoạch phát triển kinh tế - xã hội năm 2021\n\n (Kèm theo Quyết định số 1/QĐ-UBND ngày  01/01/2021 của UBND tỉnh)\n" + body,
			number: "1/QĐ-UBND", typ: "QĐ", issuer: "", province: "", date: "2021-01-01", year: 2021},
	})
}
