package plandoc

import (
	"reflect"
	"strings"
	"testing"
)

// TestTelegramBoldNumberedItems covers a telegram whose item numbers are
// set in bold apart from the text ("**2.** Bộ Tài chính:"), hard-wrapped:
// a heading of bodies over three lines before its verb, a body completed
// on the next line, a Deputy Prime Minister given the direction, time
// limits written out in words and in emphasis ("trước *ngày 13 tháng 12
// năm 2025*", "chậm nhất ngày 5 tháng 12 năm 2025"), and partners that
// run up to an adverb of the duty ("… liên quan khẩn trương hướng dẫn")
// or name "Bộ Xây dựng" (no verb there).
func TestTelegramBoldNumberedItems(t *testing.T) {
	text := `THỦ TƯỚNG CHÍNH PHỦ
Số: 301/CĐ-TTg
CÔNG ĐIỆN
Để bảo đảm tiến độ, Thủ tướng Chính phủ yêu cầu:
**1.** Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ,
cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc
Trung ương, Tổng giám đốc các Tập đoàn, Tổng công
ty liên quan *tiếp tục* khẩn trương chỉ đạo hoàn thành các công trình; gửi báo cáo
về Bộ Xây dựng chậm nhất ngày 5 tháng 12 năm 2025.
**2.** Bộ Tài chính:
a) Chủ trì, phối hợp với Bộ Xây dựng, Văn phòng Chính phủ rà soát danh mục
dự án, báo cáo Thủ tướng Chính phủ trước *ngày 13 tháng 12 năm 2025*.
b) Bố trí kinh phí tổ chức các sự kiện.
**3.** Bộ trưởng Bộ Nội vụ chủ trì, phối hợp với Bộ Xây dựng, các bộ, ngành liên quan khẩn
trương hướng dẫn khen thưởng các tập thể, cá nhân.
**4.** Giao Phó Thủ tướng Chính phủ Nguyễn Văn A
trực tiếp chỉ đạo công tác chuẩn bị các sự kiện.
`
	d := parseText(t, text)
	type row struct {
		code, lead, partners, deadline string
		line                           int
	}
	var got []row
	for _, tk := range d.Tasks {
		got = append(got, row{tk.Code, strings.Join(tk.Lead, "; "), strings.Join(tk.Partners, "; "), tk.Deadline.End, tk.Source.Line})
	}
	want := []row{
		{"1", "Bộ trưởng; Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ; Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương; Tổng giám đốc các Tập đoàn; Tổng công ty liên quan", "", "2025-12-05", 8},
		{"2.a", "Bộ Tài chính", "Bộ Xây dựng; Văn phòng Chính phủ", "2025-12-13", 11},
		{"2.b", "Bộ Tài chính", "", "", 13},
		{"3", "Bộ trưởng Bộ Nội vụ", "Bộ Xây dựng; Các bộ, ngành liên quan", "", 14},
		{"4", "Phó Thủ tướng Chính phủ Nguyễn Văn A", "", "", 16},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tasks:\n%+v\nwant\n%+v", got, want)
	}
}

// TestBodyItemsOverDashes covers a resolution's tasks section whose
// numbered task area gives its duties per body: a lettered line that only
// names bodies, broken over two lines ("a) Ủy ban nhân dân các tỉnh," /
// "thành phố trực thuộc trung ương"; "c) Đề nghị Trung ương Mặt" /
// "trận Tổ quốc Việt Nam"), leads the dashed duties under it and is no
// task itself; a lettered line that states its body's duty stays a task.
func TestBodyItemsOverDashes(t *testing.T) {
	text := `**NGHỊ QUYẾT**

**II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU**

1. Phát
động phong trào toàn dân tham gia giữ gìn vệ sinh môi trường

a) Ủy ban nhân dân các tỉnh,
thành phố trực thuộc trung ương

- Tổ chức ra quân tổng vệ sinh môi trường tại khu dân cư
vào ngày Chủ nhật hằng tuần.

- Biểu dương, khen thưởng kịp thời các tập thể, cá nhân có thành
tích xuất sắc.

b) Bộ Nội vụ rà soát,
hoàn thiện quy định về khen thưởng trong công tác bảo vệ môi trường.

c) Đề nghị Trung ương Mặt
trận Tổ quốc Việt Nam

- Chỉ đạo Mặt trận Tổ quốc Việt Nam tại địa phương giám sát việc thu
gom rác thải sinh hoạt.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{11, "", []string{"UBND các tỉnh, thành phố trực thuộc trung ương"}},
		{14, "", []string{"UBND các tỉnh, thành phố trực thuộc trung ương"}},
		{17, "b", []string{"Bộ Nội vụ"}},
		{23, "", []string{"Trung ương Mặt trận Tổ quốc Việt Nam"}},
	})
}

// TestOneBoldNumberedHeading covers a list of bodies' duties in which one
// heading alone sets its number and its body in bold apart ("**2.**
// **Sở Y tế:**" among "**1.\nSở Công Thương:**"): its duties are its
// body's, not the body's above.
func TestOneBoldNumberedHeading(t *testing.T) {
	text := `**IV.
PHÂN CÔNG NHIỆM VỤ**

**1.
Sở Công Thương:**

- Chủ trì điều phối nguồn hàng hỗ trợ.

- Phân bổ hàng hóa theo mức độ thiệt hại.

**2.** **Sở Y tế:**

- Bố trí các đội y tế lưu động.

**3.
Sở Xây dựng:**

- Rà soát, cập nhật điểm ngập sâu, sạt lở.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{7, "1.1", []string{"Sở Công Thương"}}, {9, "1.2", []string{"Sở Công Thương"}},
		{13, "2", []string{"Sở Y tế"}}, {18, "3", []string{"Sở Xây dựng"}},
	})
}

// TestTelegramBracketedDuties covers a telegram's items whose duties are
// numbered in brackets under a heading that introduces them: a heading
// naming the provinces its colon lists before their verb ("Chủ tịch Ủy ban
// nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng tiếp tục …, trong đó
// tập trung một số nhiệm vụ sau:") and one whose verb only introduces
// them ("2. Bộ trưởng Bộ Tài chính chủ trì:"); a field's label ("Cơ quan
// thực hiện:") is no heading of duties.
func TestTelegramBracketedDuties(t *testing.T) {
	text := `THỦ TƯỚNG CHÍNH PHỦ
Số: 300/CĐ-TTg
CÔNG ĐIỆN
Thủ tướng Chính phủ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh: Đắk Lắk, Khánh Hòa và Lâm Đồng tiếp tục chỉ đạo khắc phục hậu quả lũ lụt, trong đó tập trung một số nhiệm vụ sau:
(1) Huy động các lực lượng tiếp cận các hộ dân bị cô lập.
(2) Bố trí chỗ ở tạm cho các hộ dân, hoàn thành trước ngày 30/11/2025.
2. Bộ trưởng Bộ Tài chính chủ trì:
(1) Phối hợp với Bộ Nông nghiệp và Môi trường rà soát tình hình thiệt hại.
(2) Khẩn trương hoàn thiện dự thảo Nghị quyết của Chính phủ.
3. Bộ trưởng Bộ Y tế chỉ đạo khôi phục hoạt động của các cơ sở y tế.
`
	provinces := []string{"Chủ tịch UBND các tỉnh Đắk Lắk, Khánh Hòa và Lâm Đồng"}
	checkTasks(t, parseText(t, text), []taskSummary{
		{6, "1.1", provinces}, {7, "1.2", provinces},
		{9, "2.1", []string{"Bộ trưởng Bộ Tài chính"}}, {10, "2.2", []string{"Bộ trưởng Bộ Tài chính"}},
		{11, "3", []string{"Bộ trưởng Bộ Y tế"}},
	})
}

// TestListedBodyItemOverDashes: in a press item's list, a numbered group
// that only asks bodies ("**(4) Đề nghị Ủy ban nhân dân xã, phường, đặc
// khu**") leads the dashes under it and is no task itself.
func TestListedBodyItemOverDashes(t *testing.T) {
	text := `Theo Công văn, Sở Giáo dục và Đào tạo đề nghị thực hiện các nhiệm vụ sau:

**(1) Về thu, sử dụng học phí**

- Thực hiện đúng các quy định về học phí.

**(2) Đề nghị Ủy ban nhân dân xã, phường, đặc khu**

- Tăng cường công tác kiểm tra, giám sát việc thu, chi đầu năm học.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{3, "1", []string{}}, {5, "", []string{}},
		{9, "", []string{"UBND xã, phường, đặc khu"}},
	})
}
