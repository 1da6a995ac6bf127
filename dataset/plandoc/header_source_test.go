package plandoc

import "testing"

// TestProseSourceReport covers a press item or report that names the
// numbered document it reports on as its source ("Theo báo cáo số
// 42/BC-SNV ngày 25/4/2025 của Sở Nội vụ tỉnh X, …"): number, type, issuer
// and date; and negatives: a document cited as a basis ("Căn cứ …",
// "Thực hiện Kế hoạch số … của UBND tỉnh, …") is not the text's own.
func TestProseSourceReport(t *testing.T) {
	headline := "Kết quả chỉ số hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024.\n"
	checkHeaderCases(t, []headerCase{
		{name: "department's report",
			text:   headline + "Theo báo cáo số 42/BC-SNV ngày 25/4/2025 của Sở Nội vụ tỉnh Lào Cai, chỉ số SIPAS năm 2024 của tỉnh đạt 84,92%, đứng thứ 19/63 tỉnh, thành phố.\n",
			number: "42/BC-SNV", typ: "BC", issuer: "Sở Nội vụ tỉnh Lào Cai", province: "Lào Cai", date: "2025-04-25", year: -1},
		{name: "committee's report, other province",
			text:   headline + "Theo Báo cáo số 118/BC-UBND ngày 3/2/2026 của UBND tỉnh Nghệ An, chỉ số PAR INDEX năm 2025 của tỉnh xếp thứ 12/34.\n",
			number: "118/BC-UBND", typ: "BC", issuer: "UBND tỉnh Nghệ An", province: "Nghệ An", date: "2026-02-03", year: -1},
		{name: "other department, date in words",
			text:   headline + "Theo báo cáo số 7/BC-STP ngày 10 tháng 1 năm 2026 của Sở Tư pháp tỉnh Cà Mau, năm 2025 toàn tỉnh giải quyết 1.250 hồ sơ đúng hạn.\n",
			number: "7/BC-STP", typ: "BC", issuer: "Sở Tư pháp tỉnh Cà Mau", province: "Cà Mau", date: "2026-01-10", year: -1},
		{name: "a decision as the source",
			text:   headline + "Theo Quyết định số 305/QĐ-UBND ngày 9/3/2026 của UBND tỉnh Hà Tĩnh, năm 2026 tỉnh phấn đấu 100% hồ sơ được số hoá.\n",
			number: "305/QĐ-UBND", typ: "QĐ", issuer: "UBND tỉnh Hà Tĩnh", province: "Hà Tĩnh", date: "2026-03-09", year: -1},
		// negatives
		{name: "report cited as a basis",
			text:   headline + "Căn cứ Báo cáo số 42/BC-SNV ngày 25/4/2025 của Sở Nội vụ tỉnh Lào Cai, các sở tiếp tục nâng cao chất lượng phục vụ.\n",
			number: "", typ: "", issuer: "", province: "Lào Cai", date: "", year: -1},
		{name: "report carried out",
			text:   headline + "Thực hiện Báo cáo số 118/BC-UBND ngày 3/2/2026 của UBND tỉnh Nghệ An, các huyện rà soát thủ tục hành chính.\n",
			number: "", typ: "", issuer: "", province: "Nghệ An", date: "", year: -1},
		{name: "report as a verb",
			text:   headline + "Theo báo cáo của Sở Nội vụ tỉnh Lào Cai, năm 2024 chỉ số SIPAS của tỉnh đạt 84,92%.\n",
			number: "", typ: "", issuer: "", province: "Lào Cai", date: "", year: -1},
		{name: "plan carried out",
			text:   headline + "Thực hiện Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh Điện Biên, các sở rà soát thủ tục hành chính.\n",
			number: "", typ: "", issuer: "", province: "Điện Biên", date: "", year: -1},
	})
}
