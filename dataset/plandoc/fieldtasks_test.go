package plandoc

import (
	"strings"
	"testing"
)

// TestHeadingTaskFields checks that a numbered heading followed directly by
// its own field lines ("Cơ quan chủ trì: …", "Thời gian: …") is a task, of
// the section above it, and that such tasks are read besides the duties of
// a "TỔ CHỨC THỰC HIỆN" section.
func TestHeadingTaskFields(t *testing.T) {
	type want struct {
		line                     int
		code, task, lead         string
		partners, deadline, sect string
	}
	for _, tc := range []struct {
		name, text string
		want       []want
	}{
		{"dashed field lines under numbered headings, Quảng Ninh",
			"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 35/KH-UBND\nKẾ HOẠCH\nNâng cao Chỉ số SIPAS năm 2026\n" +
				"II. NHIỆM VỤ, GIẢI PHÁP\n" +
				"1. Công khai, minh bạch thủ tục hành chính\n- Cơ quan chủ trì: Văn phòng UBND tỉnh.\n- Cơ quan phối hợp: Các sở, ban, ngành.\n- Thời gian thực hiện: Thường xuyên.\n" +
				"2. Khảo sát mức độ hài lòng của người dân\n- Cơ quan chủ trì: Sở Nội vụ.\n- Thời gian hoàn thành: Tháng 11/2026.\n",
			[]want{
				{7, "1", "Công khai, minh bạch thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên", "II. NHIỆM VỤ, GIẢI PHÁP"},
				{11, "2", "Khảo sát mức độ hài lòng của người dân", "Sở Nội vụ", "", "Tháng 11/2026", "II. NHIỆM VỤ, GIẢI PHÁP"},
			}},
		{"undashed 'Đơn vị' lines under decimal headings, Cần Thơ",
			"ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 7/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2026\n" +
				"III. NHIỆM VỤ CỤ THỂ\n1. Hạ tầng số\n" +
				"1.1. Nâng cấp mạng truyền số liệu chuyên dùng\nĐơn vị chủ trì: Sở Khoa học và Công nghệ\nĐơn vị phối hợp: Viễn thông Cần Thơ\nThời gian: Quý III/2026\n" +
				"1.2. Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính\nĐơn vị thực hiện: Trung tâm Phục vụ hành chính công\nThời gian: Năm 2026\n",
			[]want{
				{8, "1.1", "Nâng cấp mạng truyền số liệu chuyên dùng", "Sở Khoa học và Công nghệ", "Viễn thông Cần Thơ", "Quý III/2026", "1. Hạ tầng số"},
				{12, "1.2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Trung tâm Phục vụ hành chính công", "", "Năm 2026", "1. Hạ tầng số"},
			}},
		{"field tasks and the duties section both read, Nghệ An",
			"ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\nSố: 101/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\n" +
				"II. NHIỆM VỤ\n1. Rà soát thủ tục hành chính\n- Cơ quan chủ trì: Sở Tư pháp.\n- Thời gian: Quý II/2026.\n" +
				"III. TỔ CHỨC THỰC HIỆN\n1. Sở Nội vụ\na) Theo dõi, đôn đốc việc thực hiện Kế hoạch này.\n2. Sở Tài chính\nBố trí kinh phí thực hiện Kế hoạch.\n",
			[]want{
				{7, "1", "Rà soát thủ tục hành chính", "Sở Tư pháp", "", "Quý II/2026", "II. NHIỆM VỤ"},
				{12, "1.a", "Theo dõi, đôn đốc việc thực hiện Kế hoạch này.", "Sở Nội vụ", "", "", "III. TỔ CHỨC THỰC HIỆN"},
				{14, "2", "Bố trí kinh phí thực hiện Kế hoạch.", "Sở Tài chính", "", "", "III. TỔ CHỨC THỰC HIỆN"},
			}},
		{"a heading followed by prose is a section, not a task",
			"Số: 3/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026 của UBND tỉnh Sơn La\n" +
				"II. NHIỆM VỤ\n1. Cải cách thể chế\nRà soát các văn bản quy phạm pháp luật.\n- Cơ quan chủ trì: Sở Tư pháp.\n",
			[]want{
				{6, "", "Rà soát các văn bản quy phạm pháp luật.", "Sở Tư pháp", "", "", "1. Cải cách thể chế"},
			}},
	} {
		d := parseText(t, tc.text)
		if len(d.Tasks) != len(tc.want) {
			t.Errorf("%s: %d tasks, want %d: %+v", tc.name, len(d.Tasks), len(tc.want), d.Tasks)
			continue
		}
		for i, w := range tc.want {
			g := d.Tasks[i]
			got := want{g.Source.Line, g.Code, g.Task, strings.Join(g.Lead, "|"), strings.Join(g.Partners, "|"), g.Deadline.Text, g.Section}
			if got != w {
				t.Errorf("%s: task %d\n got %+v\nwant %+v", tc.name, i, got, w)
			}
		}
	}
}
