package plandoc

import "testing"

// TestProsePlainPlan covers a plan named in prose without a number: with
// the body it is of ("kế hoạch hành động của Uỷ ban Quốc gia về chuyển
// đổi số đặt mục tiêu …"), drafted by a named body under a title line
// ("Sở Công Thương xây dựng Kế hoạch cải cách hành chính năm 2022"), or
// opening the text ("Kế hoạch nêu rõ …", first line only); and negatives: a plan cited as
// a basis, one drafted by several bodies, a plan named in passing.
func TestProsePlainPlan(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "national committee's action plan",
			text: "Trong vấn đề phát triển kinh tế số, kế hoạch hành động của Uỷ ban Quốc gia về chuyển đổi số đặt mục tiêu phấn đấu tỷ trọng kinh tế số trong GDP trên 16%.\n",
			typ:  "KH", issuer: "Uỷ ban Quốc gia về chuyển đổi số", year: -1},
		{name: "steering committee's plan",
			text: "Về cải cách hành chính, kế hoạch của Ban Chỉ đạo cải cách hành chính của Chính phủ đề ra 5 nhiệm vụ trọng tâm cho năm tới.\n",
			typ:  "KH", issuer: "Ban Chỉ đạo cải cách hành chính của Chính phủ", year: -1},
		{name: "department drafts the plan under a title",
			text: "Kế hoạch Cải cách hành chính năm 2022\n\nThực hiện Kế hoạch số 4289/KH-UBND ngày 21/12/2021 của UBND tỉnh về việc ban hành Kế hoạch cải cách hành chính Nhà nước năm 2022 trên địa bàn tỉnh Điện Biên, Sở Công Thương xây dựng Kế hoạch cải cách hành chính năm 2022 với những nội dung sau\nI. MỤC ĐÍCH, YÊU CẦU\n",
			typ:  "KH", issuer: "Sở Công Thương", province: "Điện Biên", year: 2022},
		{name: "other department, other province",
			text: "Kế hoạch chuyển đổi số năm 2025\n\nThực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh Sơn La, Sở Tư pháp xây dựng Kế hoạch chuyển đổi số năm 2025 như sau\nI. MỤC ĐÍCH, YÊU CẦU\n",
			typ:  "KH", issuer: "Sở Tư pháp", province: "Sơn La", year: 2025},
		{name: "plan opens the excerpt",
			text: "Kế hoạch nêu rõ những nhiệm vụ trọng tâm CCHC, cụ thể:\nVề công tác chỉ đạo, điều hành cải cách hành chính\nTiếp tục quán triệt các văn bản chỉ đạo về CCHC.\n",
			typ:  "KH", year: -1},
		{name: "plan sets aims at the opening",
			text: "Kế hoạch đặt mục tiêu 100% thủ tục hành chính được cung cấp trực tuyến toàn trình.\n",
			typ:  "KH", year: -1},
		{name: "a press item goes on from its lead: 'Theo đó, kế hoạch …'",
			text: "Theo đó, kế hoạch đặt mục tiêu chung là tiếp tục thực hiện hiệu quả các nhiệm vụ chuyển đổi số của tỉnh.\n",
			typ:  "KH", year: -1},
		{name: "plan opens the excerpt, other verb",
			text: "Kế hoạch xác định 6 nhóm nhiệm vụ, cụ thể như sau:\nTiếp tục rà soát thủ tục hành chính.\n",
			typ:  "KH", year: -1},
		// negatives
		{name: "plan of a body cited as a basis",
			text: "Thực hiện kế hoạch của Uỷ ban Quốc gia về chuyển đổi số đặt mục tiêu năm 2025, các bộ tiếp tục rà soát thủ tục.\n",
			year: -1},
		{name: "several bodies draft plans",
			text:     "Thực hiện Kế hoạch số 15/KH-UBND ngày 10/01/2025 của UBND tỉnh Sơn La, các sở xây dựng kế hoạch chuyển đổi số năm 2025.\n",
			province: "Sơn La", year: -1},
		{name: "plan named in passing",
			text: "Năm 2024, tỉnh đã hoàn thành kế hoạch cải cách hành chính với nhiều kết quả tích cực.\nBáo cáo cho biết kế hoạch nêu rõ các nhiệm vụ.\n",
			year: -1},
	})
}
