package plandoc

import (
	"slices"
	"testing"
)

// TestUnitDutyLists reads a department's plan that shares its duties out
// among its own units, each heading naming a unit whose name opens with
// a word a duty may open with ("Phòng Tổ chức cán bộ", "Vụ Tổ chức cán
// bộ"), each duty giving its time after a semicolon ("…; thời gian: quý
// II/2026"). Negatives: a unit's kind before a verb in small letters
// ("Phòng … tổ chức tập huấn") is the unit and its duty; a colon with no
// field's label before it still ends the agency.
func TestUnitDutyLists(t *testing.T) {
	plan := "SỞ Y TẾ TỈNH NGHỆ AN\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nII. NHIỆM VỤ\n" +
		"1. Văn phòng Sở:\n" +
		"- Tham mưu xây dựng kế hoạch kiểm tra năm 2026; hoàn thành trước ngày 31/3/2026.\n" +
		"- Tổ chức tập huấn nghiệp vụ kiểm soát thủ tục hành chính; thời gian: quý II/2026.\n" +
		"2. Phòng Tổ chức cán bộ:\n" +
		"- Rà soát, sắp xếp vị trí việc làm; hoàn thành trong quý III/2026.\n" +
		"3. Thanh tra Sở:\n" +
		"- Kiểm tra việc giải quyết thủ tục hành chính tại các bệnh viện; thời hạn: tháng 10/2026.\n\n" +
		"III. TỔ CHỨC THỰC HIỆN\nCác phòng căn cứ Kế hoạch này triển khai thực hiện.\n"
	d := parseText(t, plan)
	checkTasks(t, d, []taskSummary{
		{7, "", []string{"Văn phòng Sở"}},
		{8, "", []string{"Văn phòng Sở"}},
		{10, "", []string{"Phòng Tổ chức cán bộ"}},
		{12, "", []string{"Thanh tra Sở"}},
	})
	var deadlines []string
	for _, tk := range d.Tasks {
		deadlines = append(deadlines, tk.Deadline.Text+"|"+tk.Deadline.End)
	}
	want := []string{"trước ngày 31/3/2026|2026-03-31", "quý II/2026|2026-06-30", "trong quý III/2026|2026-09-30", "tháng 10/2026|2026-10-31"}
	if !slices.Equal(deadlines, want) {
		t.Errorf("deadlines = %q, want %q", deadlines, want)
	}
}

// TestDutyLeadUnitsAndFields covers where dutyLead ends an agency: not
// at a capitalised verb's word that names a unit after its kind, not at
// the colon of a field's label after a semicolon; at "lãnh đạo, chỉ đạo",
// a party committee's duty.
func TestDutyLeadUnitsAndFields(t *testing.T) {
	tests := []struct{ in, lead, text string }{
		{"Phòng Tổ chức cán bộ", "Phòng Tổ chức cán bộ", ""},
		{"Vụ Tổ chức cán bộ chủ trì, phối hợp với các đơn vị", "Vụ Tổ chức cán bộ", "chủ trì, phối hợp với các đơn vị"},
		{"Trung tâm Phục vụ hành chính công triển khai số hóa hồ sơ", "Trung tâm Phục vụ hành chính công", "triển khai số hóa hồ sơ"},
		{"Tổ chức tập huấn cho công chức; thời gian: quý II/2026.", "", "Tổ chức tập huấn cho công chức; thời gian: quý II/2026."},
		{"Sở Nội vụ tổ chức tập huấn; thời gian: quý II/2026.", "Sở Nội vụ", "tổ chức tập huấn; thời gian: quý II/2026."},
		{"Ban Thường vụ Tỉnh ủy, Thành ủy lãnh đạo, chỉ đạo các cấp ủy đảng", "Ban Thường vụ Tỉnh ủy, Thành ủy", "lãnh đạo, chỉ đạo các cấp ủy đảng"},
		{"Sở Khoa học và Công nghệ tiến hành rà soát các văn bản", "Sở Khoa học và Công nghệ", "tiến hành rà soát các văn bản"},
		{"Sở Tài chính, trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp", "Sở Tài chính", "trên cơ sở đề xuất của các cơ quan, đơn vị, chủ trì tổng hợp"},
		// negatives
		{"Phòng Y tế tổ chức kiểm tra", "Phòng Y tế", "tổ chức kiểm tra"},
		{"Sở Tư pháp: rà soát văn bản", "Sở Tư pháp", "rà soát văn bản"},
		{"Sở Tài chính; Sở Nội vụ: bố trí kinh phí", "Sở Tài chính; Sở Nội vụ", "bố trí kinh phí"},
	}
	for _, tc := range tests {
		if lead, text := dutyLead(tc.in); lead != tc.lead || text != tc.text {
			t.Errorf("dutyLead(%q) = %q, %q; want %q, %q", tc.in, lead, text, tc.lead, tc.text)
		}
	}
}

// TestDutyPartnersEndAtVerb covers where the partners a duty names after
// "phối hợp với" end: at the duty's verb ("nâng cấp", "ban hành", "đánh
// giá" among them), not inside a unit's name written with a capital
// ("Trung tâm Phục vụ hành chính công", "Văn phòng Đăng ký đất đai").
func TestDutyPartnersEndAtVerb(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"chủ trì, phối hợp với Văn phòng UBND tỉnh nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, hoàn thành trong quý II/2026", []string{"Văn phòng UBND tỉnh"}},
		{"chủ trì, phối hợp với Sở Tư pháp ban hành quy chế phối hợp", []string{"Sở Tư pháp"}},
		{"chủ trì phối hợp với Bộ Xây dựng và các cơ quan liên quan xem xét, xử lý theo đúng quy định", []string{"Bộ Xây dựng", "Các cơ quan liên quan"}},
		{"chủ trì, phối hợp với các sở, ngành đánh giá chất lượng phục vụ", []string{"Các sở, ngành"}},
		{"chủ trì, phối hợp với Trung tâm Phục vụ hành chính công tỉnh nâng cấp quầy tiếp nhận", []string{"Trung tâm Phục vụ hành chính công tỉnh"}},
		{"chủ trì, phối hợp với Văn phòng Đăng ký đất đai số hóa hồ sơ địa chính", []string{"Văn phòng Đăng ký đất đai"}},
	}
	for _, tc := range tests {
		if got := dutyPartners(tc.text, newTaskMemo(2026)); !slices.Equal(got, tc.want) {
			t.Errorf("dutyPartners(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
