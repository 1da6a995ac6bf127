package plandoc

import (
	"strings"
	"testing"
)

// TestHeadsOfBodies: the heads of bodies ("Người đứng đầu các cơ quan
// Trung ương và địa phương") lead a duty item as any body does; a call on
// the heads to show responsibility ("yêu cầu người đứng đầu … phải thể
// hiện trách nhiệm nêu gương") is no duty.
func TestHeadsOfBodies(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"lettered duty item",
			"Nhiệm vụ, giải pháp trọng tâm năm 2026\n\nI. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM NĂM 2026\n1. Công tác chỉ đạo, điều hành\na) Người đứng đầu các cơ quan Trung ương và địa phương tập trung chỉ đạo quyết liệt, ưu tiên bố trí đầy đủ nguồn lực.\n",
			[]string{"5|Người đứng đầu các cơ quan Trung ương và địa phương|Người đứng đầu các|"}},
		{"negative: a call on the heads",
			"UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính năm 2026.\n\nUBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị, địa phương phải thể hiện trách nhiệm nêu gương, vai trò dẫn dắt.\n",
			nil},
	})
}

// TestRequesterNotLead: in a sentence where one body asks another ("Sở
// Nội vụ đề nghị Sở Tài chính bố trí kinh phí …"), the body asked leads,
// as it does when the request opens the sentence ("Đề nghị Ủy ban nhân
// dân phường, xã và đặc khu thực hiện …");
// when those asked are no body ("… đề nghị các doanh nghiệp … sớm xây
// dựng …"), the body that asks does not lead the duty instead.
func TestRequesterNotLead(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"a body asked",
			"Ngày 10/11/2025, Sở Nội vụ tỉnh Đồng Nai ban hành Công văn 5926/SNV-LĐ.\n\nTheo đó, Sở Nội vụ đề nghị Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ cải cách hành chính năm 2026.\n",
			[]string{"3|Sở Tài chính|bố trí kinh phí|"}},
		{"a request that opens its sentence",
			"Ngày 03/12/2025, Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh ban hành Công văn 5155/SGDĐT-GDTXNNĐH.\n\nĐề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện đánh giá, xếp loại trung tâm học tập cộng đồng tại địa phương.\n",
			[]string{"3|UBND phường, xã và đặc khu|thực hiện đánh giá,|"}},
		{"a company given a duty after its topic",
			"Ngày 28/11/2025, UBND tỉnh Đồng Nai ban hành Công văn 11016/UBND-KTNS.\n\n(5) Công tác di dời hệ thống điện trong phạm vi các dự án: Giao Công ty điện lực Đồng Nai phối hợp với Sở Công Thương rà soát các hạ tầng điện trong phạm vi các dự án.\n",
			[]string{"3|Công ty điện lực Đồng Nai|phối hợp với Sở|"}},
		{"businesses asked",
			"Ngày 10/11/2025, Sở Nội vụ Thành phố Hồ Chí Minh ban hành Công văn 10325/SNV-LĐTLBHXH.\n\nTheo đó, Sở Nội vụ TPHCM đề nghị các doanh nghiệp trên địa bàn sớm xây dựng và công bố kế hoạch trả lương, thưởng Tết.\n",
			nil},
	})
}

// taskRowCase is a text and the task rows (taskRows) its parse must give.
type taskRowCase struct {
	name, text string
	want       []string
}

// checkTaskRows parses the text of each case and compares its task rows
// with the case's.
func checkTaskRows(t *testing.T, cases []taskRowCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { compareRows(t, taskRows(parseText(t, tc.text)), tc.want) })
	}
}

// compareRows fails t when the rows got differ from those wanted.
func compareRows(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInlineTaskLists: tasks a sentence lists after its colon, apart by
// semicolons ("Các nhiệm vụ trọng tâm được lưu ý gồm: thúc đẩy …; cải
// thiện …", "… các nhiệm vụ, giải pháp trọng tâm … như phát triển …;
// …", "Các giải pháp trọng tâm thực hiện Kế hoạch: Phát huy …; …", "UBND
// tỉnh chỉ đạo triển khai thực hiện: Liên kết …; phát …"), are tasks of
// the line; aims listed so are not, nor a need ("nhu
// cầu"), nor a list of one item.
func TestInlineTaskLists(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"focal tasks after gồm",
			"Hội nghị thảo luận các chỉ tiêu của năm 2026.\n\nCác nhiệm vụ trọng tâm được lưu ý gồm: thúc đẩy phục hồi tăng trưởng; cải thiện môi trường đầu tư, kinh doanh; đẩy nhanh giải ngân vốn đầu tư công.\n",
			[]string{"3||thúc đẩy phục hồi|", "3||cải thiện môi trường|", "3||đẩy nhanh giải ngân|"}},
		{"focal tasks after như, with no colon",
			"Hội nghị thảo luận kế hoạch chuyển đổi số.\n\nXác định các nhiệm vụ, giải pháp trọng tâm để thực hiện chuyển đổi số như phát triển nền tảng cho chuyển đổi số; kiến tạo thể chế; phát triển dữ liệu.\n",
			[]string{"3||phát triển nền tảng|", "3||kiến tạo thể chế|", "3||phát triển dữ liệu|"}},
		{"a plan's focus after 'trọng tâm … là', then on after 'Cùng với đó,'",
			"Kế hoạch cải cách hành chính năm 2025 vừa được UBND tỉnh ban hành.\n\nTheo kế hoạch, trọng tâm CCHC của tỉnh năm 2025 là tiếp tục thực hiện quyết liệt các giải pháp cải cách thể chế; sắp xếp tổ chức bộ máy tinh gọn. Cùng với đó, đổi mới công tác đánh giá cán bộ; đẩy mạnh chuyển đổi số.\n",
			[]string{"3||tiếp tục thực hiện|", "3||sắp xếp tổ chức|", "3||đổi mới công tác|", "3||đẩy mạnh chuyển đổi|"}},
		{"'nhiệm vụ chung là', then paragraphs of duties up to an aim",
			"UBND thành phố ban hành Kế hoạch số 71/KH-UBND năm 2025.\nTheo đó, nhiệm vụ chung là chỉ đạo xây dựng Kế hoạch triển khai; thường xuyên giao ban, kiểm tra để tháo gỡ khó khăn.\nTập trung hoàn thiện các văn bản hướng dẫn Luật. Đồng thời, hoàn thiện các vấn đề pháp lý.\nĐẩy mạnh cắt giảm các thủ tục hành chính không cần thiết. Phấn đấu đến hết năm 2025, 80% thủ tục hành chính áp dụng dịch vụ công trực tuyến toàn trình.\nNgười dân hài lòng với kết quả.\n",
			[]string{"2||chỉ đạo xây dựng|", "2||thường xuyên giao ban,|", "3||Tập trung hoàn thiện|", "3||hoàn thiện các vấn|", "4||Đẩy mạnh cắt giảm|"}},
		{"focal measures after a label's bare colon",
			"Bình Dương đặt mục tiêu nằm trong nhóm khá về chuyển đổi số vào năm 2025.\nCác giải pháp trọng tâm thực hiện Kế hoạch: Phát huy năng lực lãnh đạo; đẩy mạnh công tác truyền thông; phát triển nguồn nhân lực chuyển đổi số.\n",
			[]string{"2||Phát huy năng lực|", "2||đẩy mạnh công tác|", "2||phát triển nguồn nhân|"}},
		{"a committee's direction after its colon",
			"Văn phòng Chính phủ phát động cuộc thi.\n\nTrên cơ sở đó, UBND tỉnh chỉ đạo triển khai thực hiện: Liên kết banner cuộc thi trên Trang tin điện tử; phát tờ rơi, áp phích tuyên truyền; vận động mỗi đơn vị tham gia ít nhất 01 bài viết.\n",
			[]string{"3||Liên kết banner cuộc|", "3||phát tờ rơi, áp|", "3||vận động mỗi đơn|"}},
		{"duties apart by commas after 'nhiệm vụ trọng tâm là', the names after 'như' part of the second",
			"Với mục tiêu, tới năm 2025, kinh tế số chiếm 20% GRDP, Hải Dương xác định một số nhiệm vụ trọng tâm là phát triển các nền tảng phục vụ cho chuyển đổi số, ưu tiên ứng dụng một số công nghệ cốt lõi như trí tuệ nhân tạo (AI), chuỗi khối (blockchain), điện toán đám mây (Cloud)… để tạo ra các mô hình quản lý mới.\n",
			[]string{"1||phát triển các nền|", "1||ưu tiên ứng dụng|"}},
		{"duties apart by commas after 'các nhiệm vụ cần thực hiện, đó là'",
			"Kế hoạch đặt ra các nhiệm vụ cần thực hiện, đó là hoàn thiện môi trường pháp lý, phát triển hạ tầng số, phát triển nền tảng số.\n",
			[]string{"1||hoàn thiện môi trường|", "1||phát triển hạ tầng|", "1||phát triển nền tảng|"}},
		{"the contents to carry out after 'gồm:'",
			"UBND tỉnh ban hành Kế hoạch triển khai xác định Chỉ số cải cách hành chính tỉnh năm 2018.\n\nNội dung triển khai thực hiện gồm: Hoàn thành trước ngày 20/02/2019 để báo cáo Bộ Nội vụ việc tự đánh giá, chấm điểm; phối hợp cơ quan có liên quan thực hiện điều tra xã hội học theo Kế hoạch của Bộ Nội vụ.\n",
			[]string{"3||Hoàn thành trước ngày|2019-02-20", "3||phối hợp cơ quan|"}},
		{"negative: a focus apart by commas names areas, not duties",
			"Theo kế hoạch, nội dung trọng tâm CCHC giai đoạn 2026 - 2030 là cải cách thể chế, cải cách chế độ công vụ, chuyển đổi số trong các cơ quan nhà nước.\n",
			nil},
		{"negative: aims apart by commas after a duty named before",
			"Theo kế hoạch này, cải cách hành chính được xác định là nhiệm vụ xuyên suốt trong toàn bộ hoạt động công vụ, với mục tiêu cốt lõi là nâng cao chất lượng cung cấp dịch vụ công, cải thiện môi trường đầu tư.\n",
			nil},
		{"negative: a label's colon before no duties",
			"Bình Dương đặt mục tiêu nằm trong nhóm khá về chuyển đổi số vào năm 2025.\nCác giải pháp trọng tâm của tỉnh: nguồn nhân lực; hạ tầng số; dữ liệu số.\n",
			nil},
		{"negative: a focus that is no list of duties",
			"Kế hoạch cải cách hành chính năm 2025 vừa được UBND tỉnh ban hành.\n\nTrọng tâm của năm là người dân và doanh nghiệp; chất lượng phục vụ là thước đo.\n",
			nil},
		{"negative: a need, not a list",
			"Hội nghị thảo luận kế hoạch chuyển đổi số.\n\nCác nhiệm vụ đáp ứng nhu cầu của người dân; doanh nghiệp; cơ quan nhà nước.\n",
			nil},
		{"negative: aims listed",
			"Hội nghị thảo luận các chỉ tiêu của năm 2026.\n\nCác mục tiêu chủ yếu gồm: tăng trưởng kinh tế; thu nhập bình quân đầu người.\n",
			nil},
		{"negative: one item",
			"Hội nghị thảo luận các chỉ tiêu của năm 2026.\n\nNhiệm vụ trọng tâm là: thúc đẩy phục hồi tăng trưởng.\n",
			nil},
	})
}
