package plandoc

import (
	"slices"
	"strings"
	"testing"
)

// taskSummary is the line, code and leads of a task, for comparing.
type taskSummary struct {
	line int
	code string
	lead []string
}

// checkTasks compares a document's tasks with what a test wants.
func checkTasks(t *testing.T, d *Document, want []taskSummary) {
	t.Helper()
	if len(d.Tasks) != len(want) {
		var got []string
		for _, g := range d.Tasks {
			got = append(got, itoa(g.Source.Line)+" "+g.Code+" "+strings.Join(g.Lead, "|")+" "+g.Task)
		}
		t.Fatalf("%d tasks, want %d:\n%s", len(d.Tasks), len(want), strings.Join(got, "\n"))
	}
	for i, w := range want {
		g := d.Tasks[i]
		if g.Source.Line != w.line || (w.code != "" && g.Code != w.code) || !slices.Equal(g.Lead, w.lead) {
			t.Errorf("task %d = line %d code %q lead %q, want line %d code %q lead %q", i, g.Source.Line, g.Code, g.Lead, w.line, w.code, w.lead)
		}
	}
}

// TestAgencyDutyLists reads duties listed per agency without a duties
// heading, as directives write them: bold headings (broken over two
// lines or not), plain headings with a colon, lettered or dashed duties,
// and the sentence that introduces the list left out.
func TestAgencyDutyLists(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bold headings broken over lines", `CHỈ THỊ
Về tăng cường kỷ luật, kỷ cương trong giải quyết thủ tục hành chính

Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành thực hiện các nhiệm vụ sau:

**1. Sở Tư
pháp**

a) Rà soát, đề xuất bãi bỏ các văn bản quy phạm pháp luật không còn phù
hợp.

b) Kiểm soát chặt chẽ việc ban hành thủ tục hành chính.

**2. Sở Tài chính**

a) Bố trí kinh phí thực hiện cải cách hành chính năm 2026.

**3. Văn
phòng UBND tỉnh**

a) Theo dõi, đôn đốc việc thực hiện Chỉ thị này.

Chủ tịch UBND tỉnh yêu cầu Giám đốc các sở, ban, ngành tổ chức triển khai
thực hiện nghiêm túc Chỉ thị này./.

Nơi nhận:
`, []taskSummary{
			{9, "1.a", []string{"Sở Tư pháp"}},
			{12, "1.b", []string{"Sở Tư pháp"}},
			{16, "2.a", []string{"Sở Tài chính"}},
			{21, "3.a", []string{"Văn phòng UBND tỉnh"}},
			// The closing call to carry out the directive (line 23) is
			// no task: it asks for the duties above, it is not one.
		}},
		{"plain headings with a colon, dashed duties", `UBND TỈNH NGHỆ AN
Để khắc phục những hạn chế nêu trên, UBND tỉnh yêu cầu:
1. Sở Nội vụ:
- Tham mưu UBND tỉnh kiểm tra công vụ, công chức năm 2026;
- Hướng dẫn các xã, phường xây dựng kế hoạch cải cách hành chính.
2. UBND các xã, phường:
- Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa.
Nơi nhận:
- Như trên;
`, []taskSummary{
			{4, "1.1", []string{"Sở Nội vụ"}},
			{5, "1.2", []string{"Sở Nội vụ"}},
			{7, "2", []string{"UBND các xã, phường"}},
		}},
		{"collective heading and a department", `**1. Thủ trưởng các sở, ban, ngành; Chủ tịch UBND các xã, phường**
a) Quán triệt cán bộ, công chức thực hiện nghiêm quy định.
b) Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.
**2. Sở Khoa học và Công nghệ**
a) Bảo đảm Hệ thống thông tin giải quyết thủ tục hành chính hoạt động thông suốt.
`, []taskSummary{
			{2, "1.a", []string{"Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"}},
			{3, "1.b", []string{"Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các xã, phường"}},
			{5, "2.a", []string{"Sở Khoa học và Công nghệ"}},
		}},
		{"agency and duty on one line", `CÔNG ĐIỆN
Chủ tịch UBND tỉnh Thanh Hóa yêu cầu:
1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành kiểm tra đột xuất việc chấp hành kỷ luật hành chính.
2. Sở Tài chính: bố trí kinh phí cho các nhiệm vụ cải cách hành chính, hoàn thành
trước ngày 30/6/2026.
3. Văn phòng UBND tỉnh theo dõi, đôn đốc, tổng hợp kết quả, báo cáo Chủ tịch UBND tỉnh.
`, []taskSummary{
			{3, "1", []string{"Sở Nội vụ"}},
			{4, "2", []string{"Sở Tài chính"}},
			{6, "3", []string{"Văn phòng UBND tỉnh"}},
		}},
		{"headings that give the bodies' remit or point to the list below", `Phụ lục
NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG
1. Các bộ, cơ quan, địa phương căn cứ chức năng, nhiệm vụ, quyền hạn được giao:
a) Đẩy nhanh tiến độ lập, điều chỉnh các quy hoạch.
b) Siết chặt và triệt để tiết kiệm chi thường xuyên.
2. Ủy ban nhân dân các tỉnh, thành phố tập trung thực hiện các nhiệm vụ sau:
a) Khẩn trương rà soát các chỉ tiêu tăng trưởng.
`, []taskSummary{
			{4, "1.a", []string{"Các bộ, cơ quan", "Địa phương"}},
			{5, "1.b", []string{"Các bộ, cơ quan", "Địa phương"}},
			{7, "2.a", []string{"UBND các tỉnh, thành phố"}},
		}},
		{"headings in capitals, opened by Đối với", `Để thực hiện tốt nhiệm vụ cải cách hành chính năm 2026, Chủ tịch UBND tỉnh chỉ thị:
1. ĐỐI VỚI CÁC SỞ, BAN, NGÀNH
- Rà soát, công bố thủ tục hành chính thuộc phạm vi quản lý.
- Thực hiện số hóa hồ sơ.
2. Đối với VĂN PHÒNG UBND TỈNH:
- Theo dõi, đôn đốc việc thực hiện Chỉ thị.
3. SỞ NỘI VỤ
- Tổng hợp, báo cáo kết quả.
`, []taskSummary{
			{3, "1.1", []string{"Các sở, ban, ngành"}},
			{4, "1.2", []string{"Các sở, ban, ngành"}},
			{6, "2", []string{"Văn phòng UBND tỉnh"}},
			{8, "3", []string{"Sở Nội vụ"}},
		}},
		{"Roman sections between agencies, duties as paragraphs, headings broken after a comma", `Thủ tướng Chính phủ yêu cầu các bộ, địa phương hoàn thành ngay các nhiệm vụ sau:
**I. VỀ THỂ CHẾ**
1. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang bộ
Tập trung sửa đổi các văn bản quy phạm pháp luật, bãi bỏ các quy định như:
yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu.
2. Bộ trưởng Bộ Tài chính hoàn thành phương án cắt giảm điều kiện kinh doanh
trong tháng 12 năm 2025.
**II. VỀ DỊCH VỤ CÔNG TRỰC TUYẾN**
1. Bộ trưởng các Bộ,
Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
a) Hoàn thành tái cấu trúc quy trình dịch vụ công.
`, []taskSummary{
			{4, "1", []string{"Bộ trưởng các Bộ", "Thủ trưởng cơ quan ngang bộ"}},
			// a minister asked leads as the minister the text names (see TestHeadOfBody)
			{6, "2", []string{"Bộ trưởng Bộ Tài chính"}},
			{11, "1.a", []string{"Bộ trưởng các Bộ", "Chủ tịch UBND các tỉnh, thành phố"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestAgencyDutiesNeedAList checks that a single numbered line naming an
// agency, or agency headings without duties under them, make no list.
func TestAgencyDutiesNeedAList(t *testing.T) {
	for _, text := range []string{
		"1. Sở Nội vụ\na) Tham mưu kiểm tra công vụ.\nb) Hướng dẫn các xã.\n",
		"1. Sở Nội vụ\n2. Sở Tư pháp\n3. Sở Tài chính\n- Như trên;\n",
		"1. Tiếp tục rà soát thủ tục hành chính\na) Cắt giảm thời gian.\n2. Sở Nội vụ tham mưu\n- Kiểm tra.\n",
		"1. Sở Nội vụ chủ trì kiểm tra công vụ.\n2. Tiếp tục rà soát thủ tục hành chính.\n3. Nâng cao chất lượng phục vụ.\n",
	} {
		lines := strings.Split(text, "\n")
		folded := make([]string, len(lines))
		for i, l := range lines {
			folded[i] = tkFold(strings.Trim(l, tkTrim))
		}
		if got := agencyDuties(lines, folded, newTaskMemo(2026)); len(got) != 0 {
			t.Errorf("agencyDuties(%q) = %d tasks, want none", text, len(got))
		}
	}
}

// TestMarkdownHeadingTaskList reads a dashed task list under a Markdown
// heading that names tasks (bold, as a question, or "##"), and none under
// a heading that names objectives.
func TestMarkdownHeadingTaskList(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bold question heading", `Bộ Tài chính ban hành Kế hoạch cải cách hành chính năm 2026.

**Nhiệm vụ cải cách thủ tục hành chính của Bộ gồm những gì?**

Căn cứ Mục II Kế hoạch, nhiệm vụ cải cách thủ tục hành chính như sau:

- Rà soát, đơn giản hóa thủ tục hành chính trong lĩnh vực thuế.

- Công bố, công khai thủ tục hành chính đúng hạn.
`, []taskSummary{{7, "", []string{}}, {9, "", []string{}}}},
		{"hash heading", `## Các nhiệm vụ trọng tâm
- Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.
- Tổ chức đối thoại với doanh nghiệp hằng quý.
- Kiểm tra công vụ tại các xã, phường.
`, []taskSummary{{2, "", []string{}}, {3, "", []string{}}, {4, "", []string{}}}},
		{"objectives heading", `**Mục tiêu của kế hoạch**
- Nâng cao chất lượng phục vụ người dân.
- Xây dựng nền hành chính chuyên nghiệp.
`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestMdHeading checks which lines read as Markdown headings.
func TestMdHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"**Nhiệm vụ**", true},
		{"**Mục tiêu cải cách thủ tục hành chính ra sao?**", true},
		{"## Thủ tục đầu tư xây dựng", true},
		{"**(4) Rà soát, xây dựng quy trình, thủ tục thuận lợi, cắt giảm ít nhất 50% các thủ tục.**", false},
		{"**Sở Nội vụ** chủ trì tổ chức thực hiện", false},
		{"**a**) và **b**", false},
		{"Nhiệm vụ", false},
		{"****", false},
	} {
		if got := mdHeading(tc.line); got != tc.want {
			t.Errorf("mdHeading(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestAssignmentFollowUps checks that the sentences after an assignment
// that open with an agency (or its head) and a duty are tasks of that
// agency, and so are the clauses of one sentence that do ("…, trong khi
// Sở KH-CN chủ trì …", "… và giao Sở TT-TT công bố …") and the
// sentences of its paragraph that open with a duty's verb and name no
// body, and that sentences reporting what was done, a basis or a time
// are not.
func TestAssignmentFollowUps(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		want  []taskSummary
	}{
		{"next paragraph, a post", []string{
			"UBND tỉnh giao Sở Nội vụ chủ trì triển khai kế hoạch.",
			"",
			"Chánh Văn phòng UBND tỉnh thường xuyên theo dõi, đôn đốc việc thực hiện.",
		}, []taskSummary{{1, "", []string{"Sở Nội vụ"}}, {3, "", []string{"Văn phòng UBND tỉnh"}}}},
		{"same paragraph, collective", []string{
			"Chủ tịch UBND tỉnh yêu cầu các đơn vị tiếp tục thực hiện các giải pháp. Các đơn vị chỉ đạo cán bộ hướng dẫn người dân sử dụng dịch vụ công.",
		}, []taskSummary{{1, "", []string{"Các đơn vị"}}, {1, "", []string{"Các đơn vị"}}}},
		{"a report of what was done", []string{
			"UBND tỉnh giao Sở Tư pháp chủ trì rà soát văn bản.",
			"Sở Tư pháp đã tổ chức rà soát 120 văn bản.",
		}, []taskSummary{{1, "", []string{"Sở Tư pháp"}}}},
		{"no assignment before", []string{
			"Năm 2025, tỉnh có nhiều chuyển biến.",
			"Sở Tài chính bố trí kinh phí kịp thời cho các đơn vị.",
		}, nil},
		{"an adverb then a description of the agency", []string{
			"UBND tỉnh giao Sở Nội vụ chủ trì theo dõi việc thực hiện Kế hoạch này.",
			"Sở Nội vụ thường xuyên là cơ quan thường trực của Ban Chỉ đạo cải cách hành chính tỉnh.",
			"Văn phòng UBND tỉnh kịp thời được biểu dương.",
		}, []taskSummary{{1, "", []string{"Sở Nội vụ"}}}},
		{"an adverb then a duty", []string{
			"UBND tỉnh giao Sở Tư pháp chủ trì rà soát văn bản.",
			"Sở Tư pháp thường xuyên kiểm tra việc công bố thủ tục hành chính.",
			"Công an tỉnh chủ động phối hợp với Sở Tư pháp.",
		}, []taskSummary{{1, "", []string{"Sở Tư pháp"}}, {2, "", []string{"Sở Tư pháp"}}, {3, "", []string{"Công an tỉnh"}}}},
		{"two bodies in one sentence, 'trong khi'", []string{
			"Văn phòng UBND tỉnh được giao hoàn thiện hệ thống thông tin báo cáo. Công an tỉnh đảm bảo an toàn thông tin, an ninh mạng cho các hệ thống, trong khi Sở KH-CN chủ trì thúc đẩy hợp tác nghiên cứu.",
		}, []taskSummary{{1, "", []string{"Văn phòng UBND tỉnh"}}, {1, "", []string{"Công an tỉnh"}}, {1, "", []string{"Sở Khoa học và Công nghệ"}}}},
		{"a second 'giao' in one sentence", []string{
			"UBND tỉnh giao Văn phòng UBND tỉnh công khai toàn bộ nội dung lên Cổng thông tin điện tử và giao Sở TT-TT công bố đánh giá, xếp hạng tại cuộc họp gần nhất.",
		}, []taskSummary{{1, "", []string{"Văn phòng UBND tỉnh"}}, {1, "", []string{"Sở Thông tin và Truyền thông"}}}},
		{"'và giao' without a body after it", []string{
			"UBND tỉnh giao Sở Nội vụ rà soát và giao nộp hồ sơ lưu trữ đúng hạn.",
		}, []taskSummary{{1, "", []string{"Sở Nội vụ"}}}},
		{"sentences without a body after an assignment", []string{
			"UBND tỉnh yêu cầu Sở Khoa học và Công nghệ chủ trì rà soát các nội dung thuộc trách nhiệm của địa phương. Rà soát, báo cáo về kết quả thực hiện các mục tiêu đề ra tại Nghị quyết số 49-NQ/TU. Hoàn thành trong thời hạn 03 ngày làm việc. Thực hiện Nghị quyết số 18-NQ/TW, các đơn vị tiếp tục sắp xếp bộ máy. Cung cấp dịch vụ công sẽ chuyển sang phục vụ.",
		}, []taskSummary{{1, "", []string{"Sở Khoa học và Công nghệ"}}, {1, "", []string{"Sở Khoa học và Công nghệ"}}}},
		{"the directive acted on, after an assignment", []string{
			"Phó Chủ tịch UBND tỉnh chỉ đạo các sở, ban, ngành khẩn trương kiểm tra, rà soát các tồn tại, hạn chế.",
			"",
			"Thực hiện chỉ đạo của Ban Thường vụ Đảng ủy UBND tỉnh tại Công văn số 327-CV/ĐU về việc rà soát hoạt động của Trung tâm.",
		}, []taskSummary{{1, "", []string{"Các sở, ban, ngành"}}}},
		{"a ministry named after its field", []string{
			"Thủ tướng yêu cầu Bộ Xây dựng tiếp thu ý kiến, hoàn thiện dự thảo Nghị quyết, trình Chính phủ trước 31/10/2025.",
		}, []taskSummary{{1, "", []string{"Bộ Xây dựng"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, &Document{Tasks: assignedTasks(newPage(tc.lines), proseRoles(len(tc.lines)), 2026)}, tc.want)
		})
	}
}

// TestNounYeuCau checks when "yêu cầu" is a requirement, not a request.
func TestNounYeuCau(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		ok       bool
	}{
		{"Việc thẩm định được thực hiện lồng ghép đối với trường hợp yêu cầu phải cấp giấy phép xây dựng.", false},
		{"Hồ sơ phải đáp ứng yêu cầu phải có chữ ký số.", false},
		{"Thủ tướng cũng yêu cầu phải bảo đảm 100% TTHC được thực hiện trực tuyến.", true},
		{"UBND tỉnh yêu cầu Sở Y tế khẩn trương hoàn thành trước ngày 15/3/2026.", true},
	} {
		if _, ok := assignment(tc.sentence, newTaskMemo(2026), 2026); ok != tc.ok {
			t.Errorf("assignment(%q): ok = %v, want %v", tc.sentence, ok, tc.ok)
		}
	}
}

// TestListedTasks reads the task lists a sentence introduces in a press
// report or excerpt, and none after a sentence that introduces objectives
// or results.
func TestListedTasks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"dashed items, one led by an agency", `Ngày 12/3/2026, UBND tỉnh Quảng Ngãi ban hành Kế hoạch cải cách hành chính năm 2026.
Kế hoạch đề ra các nhiệm vụ trọng tâm sau:
- Rà soát, cắt giảm thủ tục hành chính liên quan đến doanh nghiệp;
- Sở Nội vụ chủ trì kiểm tra công vụ tại các xã, phường;
- Đẩy mạnh thanh toán trực tuyến.
Theo UBND tỉnh, năm 2025 tỉnh đã hoàn thành nhiều nhiệm vụ.
`, []taskSummary{{3, "", []string{}}, {4, "", []string{"Sở Nội vụ"}}, {5, "", []string{}}}},
		{"a lead-in that names the objectives its tasks serve", `Chương trình đặt ra mục tiêu đến năm 2030, 70% học sinh biết bơi an toàn.
Để đạt được các mục tiêu trên thì Chương trình đưa ra một số nhiệm vụ và giải pháp cụ thể như:
- Lồng ghép nội dung giáo dục kỹ năng phòng, chống đuối nước trong các môn học.
- Trang bị tủ sách, học liệu số về phòng, chống đuối nước.
`, []taskSummary{{3, "", []string{}}, {4, "", []string{}}}},
		{"a plan's purposes and requirements are no tasks; its schedule is", `Tại Mục I Kế hoạch 279/KH-UBND năm 2025 đã nêu ra mục đích, yêu cầu của Kế hoạch như sau:

- Mục đích:

+ Nhằm cụ thể hóa các bước triển khai thực hiện công tác lập điều chỉnh quy hoạch tỉnh.

- Yêu cầu:

+ Các sở, ban, ngành xác định nhiệm vụ lập điều chỉnh quy hoạch là nhiệm vụ trọng tâm.

Về tiến độ thực hiện lập Điều chỉnh Quy hoạch tỉnh, tại Mục II Kế hoạch 279/KH-UBND năm 2025 đã nêu như sau:

- Xây dựng dự toán chi phí điều chỉnh quy hoạch. Hoàn thành trước ngày 30/10/2025.

- Dự thảo lần 1 Điều chỉnh Quy hoạch tỉnh. Hoàn thành trước ngày 15/11/2025.
`, []taskSummary{{13, "", []string{}}, {15, "", []string{}}}},
		{"dashed items that assign their own duties", `Để tuyên truyền Hội chợ, UBND Thành phố giao nhiệm vụ như sau:

- Giao Sở Công Thương chủ trì, phối hợp với các đơn vị liên quan tổ chức Hội chợ.

- Giao Sở Du lịch phối hợp Sở Công Thương triển khai các hoạt động quảng bá.

- Tăng cường kiểm tra an toàn thực phẩm.
`, []taskSummary{{3, "", []string{"Sở Công Thương"}}, {5, "", []string{"Sở Du lịch"}}, {7, "", []string{}}}},
		{"items numbered in brackets, a wrapped item", `Để thực hiện mục đích trên, Bộ Tư pháp xác định ba nhóm giải pháp chủ yếu như sau:

(1) Hoàn thiện thể chế về bồi thường nhà nước và
trợ giúp pháp lý.

(2) Số hóa sổ hộ tịch.

(3) Tăng cường kiểm tra việc thực hiện thủ tục hành chính.
`, []taskSummary{{3, "1", []string{}}, {6, "2", []string{}}, {8, "3", []string{}}}},
		{"numbered items after a request, a paragraph of an item, the closing", `Để khắc phục những tồn tại, hạn chế nêu trên, Chủ tịch UBND tỉnh Phú Thọ yêu cầu Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ tịch UBND các xã, phường thực hiện tốt các nội dung sau:

1. Tiếp tục quán triệt các quy định về kỷ luật, kỷ cương hành chính.

Gắn trách nhiệm người đứng đầu với kết quả cải cách hành chính.

2. Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

3. Sở Nội vụ theo dõi, đôn đốc, tổng hợp kết quả thực hiện Chỉ thị này.

Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.
`, []taskSummary{{3, "1", []string{"Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các xã, phường"}},
			{7, "2", []string{"Giám đốc các sở", "Thủ trưởng các ban, ngành", "Chủ tịch UBND các xã, phường"}}, {9, "3", []string{"Sở Nội vụ"}}}},
		{"numbers out of sequence end the list", `Giao các sở, ngành triển khai các nhiệm vụ sau:
1. Rà soát quy trình nội bộ.
3. Báo cáo kết quả.
`, []taskSummary{{2, "1", []string{"Các sở, ngành"}}}},
		{"criteria of a rating, not tasks", `Đạt được tất cả các tiêu chí sau đây thì xếp loại ở mức hoàn thành xuất sắc nhiệm vụ:
a) Có tổng số điểm trên 90 điểm.
b) Hoàn thành đúng tiến độ các nhiệm vụ được giao.
`, nil},
		{"results, not tasks", `Kết quả thực hiện các nhiệm vụ năm 2025 như sau:
- Ban hành 12 văn bản chỉ đạo;
- Tổ chức 3 hội nghị.
`, nil},
		{"objectives, not tasks", `Mục tiêu của nhiệm vụ cải cách hành chính năm 2026 là:
- Nâng cao chất lượng phục vụ người dân;
- Xây dựng chính quyền số.
`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestConclusionItems covers the numbered items of a meeting's
// conclusions that each assign duties: a later sentence of an item that
// assigns another body ("… trước ngày 20/02/2025. Giao Văn phòng UBND
// tỉnh phối hợp …") is that body's task, on the line it stands on; an
// item that opens with the event its duty follows ("3. Ngay sau khi UBND
// tỉnh ban hành Kế hoạch, giao …") is read as its bodies' duty, the event
// its deadline.
func TestConclusionItems(t *testing.T) {
	text := `THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh tại cuộc họp về cải cách hành chính

1. Giao các sở, ngành, địa phương tiếp tục tham gia ý kiến đối với các dự thảo và gửi về Văn phòng UBND tỉnh trước ngày 20/02/2025. Giao Văn phòng UBND tỉnh phối hợp Sở Khoa học và Công nghệ tiếp thu ý kiến tham gia để hoàn thiện báo cáo UBND tỉnh trong ngày 20/02/2025.
2. Giao Sở Thông tin và Truyền thông chủ trì, phối hợp các sở, ngành báo cáo đánh giá hiện trạng hạ tầng, báo cáo UBND tỉnh trước ngày 25/02/2025; Văn phòng Bộ
tổng hợp kết quả thực hiện. Giao Văn phòng Bộ tổng hợp chung về kết quả thực hiện,
báo cáo Lãnh đạo Bộ.
3. Ngay sau khi UBND tỉnh ban hành Kế hoạch, giao các sở, ban, ngành, địa phương xây dựng Kế hoạch triển khai thực hiện.
`
	d := parseText(t, text)
	checkTasks(t, d, []taskSummary{{4, "", []string{"Các sở, ngành, địa phương"}}, {4, "", []string{"Văn phòng UBND tỉnh"}},
		{5, "", []string{"Sở Thông tin và Truyền thông"}}, {6, "", []string{"Văn phòng Bộ"}}, {8, "", []string{"Các sở, ban, ngành, địa phương"}}})
	if len(d.Tasks) == 5 {
		if got := d.Tasks[0].Deadline.Text; got != "trước ngày 20/02/2025" {
			t.Errorf("deadline of the first duty = %q, want the one before the second assignment", got)
		}
		if got := d.Tasks[4].Deadline.Text; !strings.Contains(got, "sau khi") {
			t.Errorf("deadline of item 3 = %q, want the event it follows", got)
		}
	}
}
