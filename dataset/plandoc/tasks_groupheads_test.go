package plandoc

import "testing"

// TestListedDutyGroups reads task lists whose numbered or lettered items
// name an agency and end with a colon over dashed duties ("(1) Bộ trưởng
// Bộ Y tế tập trung thực hiện:" / "- …"): each dash is a task led by that
// agency (the body of a minister or director), numbered under its item;
// the heading item is no task; an item with its own duty stays a task,
// and one that names no agency ("(1) Về cải cách thể chế:") heads
// nothing.
func TestListedDutyGroups(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bold numbers in brackets, a minister", `Ngày 12/3/2026, Thủ tướng Chính phủ đã ban hành Công điện về cắt giảm thủ tục hành chính lĩnh vực y tế.

Theo Công điện, Thủ tướng yêu cầu tập trung thực hiện một số nhiệm vụ cụ thể như sau:

**(1)** Bộ trưởng Bộ Y tế tập trung thực hiện:

- Khẩn trương rà soát, cắt giảm các thủ tục hành chính về cấp phép hành nghề.

- Cắt giảm điều kiện kinh doanh dược không còn phù hợp.

**(2)** Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung thực hiện:

- Tổ chức thực hiện thủ tục hành chính thuộc thẩm quyền bảo đảm thông suốt.

- Chủ động kiểm tra việc chấp hành pháp luật về y tế.

(3) Văn phòng Chính phủ theo dõi, đôn đốc việc triển khai các nhiệm vụ nêu trên.
`, []taskSummary{
			{7, "1.1", []string{"Bộ trưởng Bộ Y tế"}},
			{9, "1.2", []string{"Bộ trưởng Bộ Y tế"}},
			{13, "2.1", []string{"UBND các tỉnh, thành phố trực thuộc trung ương"}},
			{15, "2.2", []string{"UBND các tỉnh, thành phố trực thuộc trung ương"}},
			{17, "3", []string{"Văn phòng Chính phủ"}},
		}},
		{"letters, a director and a department", `Để triển khai Kế hoạch, Chủ tịch UBND tỉnh giao nhiệm vụ cụ thể như sau:
a) Giám đốc Sở Tư pháp có trách nhiệm:
- Rà soát văn bản quy phạm pháp luật của tỉnh trong quý II/2026;
- Hướng dẫn các xã kiểm soát thủ tục hành chính.
b) Sở Nội vụ chủ trì thực hiện:
- Kiểm tra công vụ tại các sở, ngành;
- Tổng hợp kết quả chỉ số cải cách hành chính.
c) Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
`, []taskSummary{
			{3, "a.1", []string{"Sở Tư pháp"}},
			{4, "a.2", []string{"Sở Tư pháp"}},
			{6, "b.1", []string{"Sở Nội vụ"}},
			{7, "b.2", []string{"Sở Nội vụ"}},
			{8, "c", []string{"Sở Tài chính"}},
		}},
		{"an item that names no agency heads nothing", `Thủ tướng yêu cầu thực hiện các nhiệm vụ sau:
(1) Về cải cách thể chế:
- Rà soát các quy định còn chồng chéo.
- Hoàn thiện thể chế về dữ liệu.
(2) Bộ Tư pháp chủ trì tổng hợp kết quả.
`, []taskSummary{
			{2, "1", []string{}},
			{3, "", []string{}},
			{4, "", []string{}},
			{5, "2", []string{"Bộ Tư pháp"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}
