package plandoc

import (
	"strings"
	"testing"
)

// TestWithoutRunningHeaders covers a gazette's page furniture: the
// running header with the page number after it (or on the same line),
// and the footnotes a blank line opens right above it, all made page
// breaks; a line that only names the gazette, and a footnote-like line
// with text of the page after it, stay.
func TestWithoutRunningHeaders(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"header and page number",
			"- Rà soát các quy định về thủ tục\n\nCÔNG BÁO/Số 242/Ngày 22-04-2026 \n72\n \nhành chính nội bộ.\n",
			"- Rà soát các quy định về thủ tục\n\n\f\n\f\n \nhành chính nội bộ.\n"},
		{"page number on the header's line",
			"a) Các bộ, ngành\nCÔNG BÁO/Số 302/Ngày 02-06-2026 52\nb) Bộ Nội vụ\n",
			"a) Các bộ, ngành\n\f\nb) Bộ Nội vụ\n"},
		{"footnotes above the header",
			"thể chế, pháp luật.\n\n1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng pháp luật.\n2 Nghị quyết số 140/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Chương trình hành động.\n\nCÔNG BÁO/Số 238/Ngày 21-04-2026 \n95\n",
			"thể chế, pháp luật.\n\n\f\n\f\n\f\n\f\n\f\n"},
		// negatives
		{"the gazette named in a signature",
			"Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n2 Bộ Nội vụ hướng dẫn thực hiện.\n",
			"Ký bởi: CÔNG BÁO NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n2 Bộ Nội vụ hướng dẫn thực hiện.\n"},
		{"a numbered line with no blank line above it",
			"các cơ quan liên quan thực hiện.\n3 Tổ chức sơ kết việc thực hiện.\nCÔNG BÁO/Số 12/Ngày 05-01-2026\n",
			"các cơ quan liên quan thực hiện.\n3 Tổ chức sơ kết việc thực hiện.\n\f\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := strings.Join(withoutRunningHeaders(strings.Split(tc.text, "\n")), "\n")
			if got != tc.want {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

// TestItemOverPageBreak covers a dashed duty that a page break cuts (the
// page after going on with a capital, "… với" / "Ủy ban nhân dân …"), and
// one whose line ends with a semicolon before a line in small letters:
// each is one task, led by the bodies its lettered heading names. A
// lettered duty that opens with a body and its verb ("b) Bộ Tài chính chủ
// trì, …") in a text with a duties section is led by that body.
func TestItemOverPageBreak(t *testing.T) {
	text := "NGHỊ QUYẾT\nBan hành Chương trình hành động của Chính phủ\n\n" +
		"II. NHIỆM VỤ, GIẢI PHÁP\n" +
		"1. Hoàn thiện thể chế, chức năng, nhiệm vụ của các cơ quan\n" +
		"a) Các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực \nthuộc trung ương \n" +
		"- Tiếp tục rà soát, ban hành theo thẩm quyền văn bản quy phạm pháp luật để bảo đảm \nphân cấp, phân quyền giữa Chính phủ với các bộ, ngành; \n" +
		"giữa các cấp chính quyền địa phương, giữa ủy ban nhân dân cấp tỉnh với \n\n" +
		"CÔNG BÁO/Số 242/Ngày 22-04-2026 \n72\n \n \n" +
		"Ủy ban nhân dân cấp xã và cơ quan chuyên môn cùng cấp. \n" +
		"- Đẩy mạnh cải cách thủ tục hành chính, bảo đảm hiệu quả. \n" +
		"b) Bộ Tài chính chủ trì, phối hợp với các cơ quan liên quan nghiên cứu, \nđề xuất giải pháp đổi mới cơ chế phân bổ tài chính công. \n" +
		"III. TỔ CHỨC THỰC HIỆN\n" +
		"1. Bộ Nội vụ chủ trì theo dõi, đôn đốc việc thực hiện Nghị quyết này.\n"
	checkTaskRows(t, []taskRowCase{{"a gazette's pages", text, []string{
		"8|Các bộ, cơ quan ngang bộ;UBND các tỉnh, thành phố trực thuộc trung ương|Tiếp tục rà soát,|",
		"17|Các bộ, cơ quan ngang bộ;UBND các tỉnh, thành phố trực thuộc trung ương|Đẩy mạnh cải cách|",
		"18|Bộ Tài chính|Bộ Tài chính chủ|",
		"21|Bộ Nội vụ|chủ trì theo dõi,|",
	}}})
}

// TestAssignmentOverPageBreak covers an assignment in a notice that a
// page break cuts mid-sentence: one task, its duty whole.
func TestAssignmentOverPageBreak(t *testing.T) {
	d := parseText(t, "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ\n\nGiao Bộ Xây dựng chủ trì, phối hợp với các bộ, cơ quan liên \n\nCÔNG BÁO/Số 302/Ngày 02-06-2026 \n72\n \nquan xem xét, quyết định theo thẩm quyền.\n")
	if len(d.Tasks) != 1 || d.Tasks[0].Task != "chủ trì, phối hợp với các bộ, cơ quan liên quan xem xét, quyết định theo thẩm quyền" {
		t.Errorf("tasks %q, want one whose duty runs over the page break", taskRows(d))
	}
}

// TestTargetOverPageBreak covers a target's item that a page break cuts:
// its subject runs over the page.
func TestTargetOverPageBreak(t *testing.T) {
	d := parseText(t, "KẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC TIÊU\n1. Chỉ tiêu\n- Phấn đấu 90% hồ sơ thủ tục hành chính của \n\nCÔNG BÁO/Số 302/Ngày 02-06-2026 \n72\n \ncác sở, ngành được giải quyết trực tuyến toàn trình.\n- 100% cơ quan sử dụng chữ ký số.\n")
	checkSubjects(t, d.Targets, []string{"hồ sơ thủ tục hành chính của các sở, ngành được giải quyết trực tuyến toàn trình", "cơ quan sử dụng chữ ký số"})
}
