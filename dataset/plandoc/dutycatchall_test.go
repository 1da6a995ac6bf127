package plandoc

import "testing"

// TestCatchAllDuty covers the duty that closes a body's list with
// whatever else it may be given ("Thực hiện một số nội dung khác … theo
// sự phân công (nếu có)"): it names no duty and is no task; a duty that
// only mentions other tasks further on is one.
func TestCatchAllDuty(t *testing.T) {
	text := `IV. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ:
a) Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
b) Thực hiện một số nội dung khác liên quan theo sự phân công của UBND tỉnh (nếu có).
2. Sở Tài chính:
a) Bố trí kinh phí thực hiện Kế hoạch, lồng ghép với các nhiệm vụ khác của ngành.
b) Hoàn thành các nhiệm vụ khác được giao.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{3, "1.a", []string{"Sở Nội vụ"}}, {6, "2.a", []string{"Sở Tài chính"}},
	})
}

// TestLeadersOfBodyHeading covers lettered headings that name a body's
// leaders ("b) Lãnh đạo Ban Dân nguyện") over its dashed duties: the
// leaders lead them, and the heading is no task.
func TestLeadersOfBodyHeading(t *testing.T) {
	text := `II. NHIỆM VỤ CỤ THỂ
1. Các cơ quan của Quốc hội:
a) Lãnh đạo Ban Dân nguyện
- Chủ trì giúp Ủy ban Thường vụ Quốc hội trong công tác tiếp công dân.
b) Lãnh đạo Ban Công tác đại biểu
- Chủ trì giúp Ủy ban Thường vụ Quốc hội trong công tác bồi dưỡng đại biểu.
2. Văn phòng Quốc hội:
- Bảo đảm điều kiện thực hiện Kế hoạch.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{4, "1.1", []string{"Lãnh đạo Ban Dân nguyện"}}, {6, "1.2", []string{"Lãnh đạo Ban Công tác đại biểu"}},
		{8, "2", []string{"Văn phòng Quốc hội"}},
	})
}

// TestTasksSectionBesideDuties: a plan with a section of tasks and
// solutions ("III- NHIỆM VỤ, GIẢI PHÁP", dashed items under numbered
// groups) and a duties section per body gives the tasks of both; a
// section of contents ("II. NỘI DUNG") beside the duties gives none.
func TestTasksSectionBesideDuties(t *testing.T) {
	text := `**II. NỘI DUNG**

- Quan trắc chất lượng nước tại 12 điểm.

**III- NHIỆM VỤ, GIẢI PHÁP**

**1. Nâng cao nhận thức, đổi mới tư duy**

- Quán triệt đầy đủ các quan điểm của Đảng về giáo dục.

- Tiếp tục đổi mới mạnh mẽ tư duy trong lãnh đạo, chỉ đạo.

**IV- TỔ CHỨC THỰC HIỆN**

1. Sở Giáo dục và Đào tạo chủ trì, phối hợp với các sở, ngành triển khai thực hiện Kế hoạch.

2. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{9, "", []string{}}, {11, "", []string{}},
		{15, "1", []string{"Sở Giáo dục và Đào tạo"}}, {17, "2", []string{"Sở Tài chính"}},
	})
}

// TestFigureItemsAreNoTasks: the items of a list that only give a figure
// for a label ("- Giáo viên THCS: 872 chỉ tiêu;") are no tasks; a duty of
// the same list is one.
func TestFigureItemsAreNoTasks(t *testing.T) {
	text := `Kế hoạch đề ra các nhiệm vụ trọng tâm sau:
- Giáo viên Mầm non: 260 chỉ tiêu;
- Giáo viên THCS: 872 chỉ tiêu;
- Tổ chức thi tuyển viên chức trong quý IV/2025.
`
	checkTasks(t, parseText(t, text), []taskSummary{{4, "", []string{}}})
}

// TestBoldBodiesBeforeTheirVerb: an item whose bold closes after its
// bodies, before their verb ("**2. Đảng ủy, UBND xã Chi Lăng **khẩn
// trương chỉ đạo …"), is led by the bodies, without the bold or the verb.
func TestBoldBodiesBeforeTheirVerb(t *testing.T) {
	text := `Về việc này, Chủ tịch UBND tỉnh có ý kiến như sau:
**1. UBND xã Chi Lăng:**
- Tập trung hoàn thành phương án bồi thường trước ngày 30/11/2025.
**2. Đảng ủy, UBND xã Chi Lăng **khẩn trương chỉ đạo các tổ công tác vận động người dân.
**3. Công an tỉnh **chủ trì bảo đảm an ninh trật tự tại khu vực dự án.
**4. Yêu cầu Sở Tài nguyên và Môi trường** cử ngay cán bộ có năng lực làm việc tại địa phương.
**5. Giao Ban Quản lý khu công nghiệp tỉnh **thường xuyên cập nhật tiến độ.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{3, "1", []string{"UBND xã Chi Lăng"}},
		{4, "2", []string{"Đảng ủy", "UBND xã Chi Lăng"}},
		{5, "3", []string{"Công an tỉnh"}},
		{6, "4", []string{"Sở Tài nguyên và Môi trường"}},
		{7, "5", []string{"Ban Quản lý khu công nghiệp tỉnh"}},
	})
}

// TestOrganisationsAreNoVerb: "tổ chức" before a kind of organisation
// ("Các đoàn thể, tổ chức xã hội:") names bodies, not the verb "to
// organise", so the heading's bodies lead the dashes under it.
func TestOrganisationsAreNoVerb(t *testing.T) {
	text := `V. TỔ CHỨC THỰC HIỆN
1. Sở Y tế:
- Chủ trì kiểm tra, đôn đốc thực hiện kế hoạch.
2. Các đoàn thể, tổ chức xã hội:
- Huy động hội viên tham gia vệ sinh môi trường.
3. Sở Tài chính tổ chức bố trí kinh phí thực hiện.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{3, "1", []string{"Sở Y tế"}},
		{5, "2", []string{"Các đoàn thể, tổ chức xã hội"}},
		{6, "3", []string{"Sở Tài chính"}},
	})
}
