package plandoc

import (
	"slices"
	"strings"
	"testing"
)

// TestProseTaskOwnLines reads a prose task list whose items have their
// own lines for the task ("a) Nhiệm vụ:"), the agencies ("b) Cơ quan thực
// hiện:" / "- Đơn vị chủ trì: …" / "- Đơn vị phối hợp: …", a name broken
// over two lines) and the time ("c) Thời gian thực hiện: …"): one task per
// item, at its "Nhiệm vụ" line, its dashed parts joined.
func TestProseTaskOwnLines(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "line|lead|partners|deadline"
	}{
		{
			name: "lead broken over two lines, bold item headings broken too",
			text: `KẾ HOẠCH
Chuyển đổi số năm 2026 của tỉnh Gia Lai

II. NHIỆM VỤ

**1. Về dữ liệu**

**1.1. Xây
dựng Chiến lược dữ liệu của tỉnh:**

a) Nhiệm vụ: Tham mưu UBND
tỉnh rà soát, hoàn thiện Chiến lược dữ liệu đến năm 2030.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Khoa học
và Công nghệ.

- Đơn vị phối hợp: Sở Tư pháp.

c) Thời gian thực hiện: Hoàn
thành trong năm 2026.

**1.2. Phát
triển dữ liệu:**

a) Nhiệm vụ:

- Rà soát, chuẩn hóa cơ sở dữ liệu chuyên ngành.

- Số hóa hồ sơ, tài liệu lưu trữ.

b) Cơ quan thực hiện:

- Đơn vị chủ trì: Sở Nội vụ.

c) Thời gian thực hiện: Năm 2026.
`,
			want: []string{"11|Sở Khoa học và Công nghệ|Sở Tư pháp|2026-12-31", "27|Sở Nội vụ||2026-12-31"},
		},
		{
			name: "fields without letters, the task text on its own line",
			text: `KẾ HOẠCH
Cải cách hành chính năm 2027 của thành phố Cần Thơ

II. NHIỆM VỤ TRỌNG TÂM

1. Cải cách thủ tục hành chính

- Nội dung: Rà soát, đơn giản hóa 30 thủ tục hành chính nội bộ.
- Đơn vị chủ trì: Sở Tư pháp.
- Đơn vị phối hợp: Văn phòng UBND thành phố.
- Thời gian: Quý II năm 2027.

2. Cải cách tổ chức bộ máy

- Nội dung: Sắp xếp các đơn vị sự nghiệp công lập.
- Đơn vị chủ trì: Sở Nội vụ.
- Thời gian: Năm 2027.
`,
			want: []string{"8|Sở Tư pháp|Văn phòng UBND thành phố|2027-06-30", "15|Sở Nội vụ||2027-12-31"},
		},
		{
			name: "activity label, agencies that carry it out, a time limit and a product",
			text: `KẾ HOẠCH
Cải cách hành chính năm 2026 của tỉnh Lạng Sơn

II. NHIỆM VỤ
1. Cải cách thể chế
a) Hoạt động: Rà soát văn bản quy phạm pháp luật của tỉnh
- Cơ quan thực hiện: Sở Tư pháp
- Thời hạn: Quý III/2026
- Sản phẩm: Báo cáo rà soát
2. Cải cách thủ tục hành chính
a) Hoạt động: Công bố danh mục thủ tục hành chính
- Cơ quan, đơn vị phối hợp: Sở Nội vụ
- Thời hạn hoàn thành: Tháng 6/2026
`,
			want: []string{"6|Sở Tư pháp||2026-09-30", "11||Sở Nội vụ|2026-06-30"},
		},
		{
			name: "a numbered heading naming a body over dashed duties, each with a time line broken after its first word",
			text: `KẾ HOẠCH
Tổng kiểm kê tài sản công của tỉnh Quảng Ngãi

IV. NHIỆM VỤ CỤ THỂ

**1. Nhiệm vụ của các cơ quan**

*1.2.
Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo*

- Tham mưu triển khai thực hiện kế hoạch kiểm kê.

Thời
gian hoàn thành: Tháng 12/2025.

- Làm đầu mối tổ chức tập huấn, hướng dẫn thực hiện tổng kiểm kê.

Thời
gian thực hiện: Tháng 11 - 12/2025.
`,
			want: []string{"11|Sở Tài chính||2025-12-31", "16|Sở Tài chính||2025-12-31"},
		},
		{
			name: "a lead field that goes on to say what its bodies do",
			text: `KẾ HOẠCH
Triển khai thi hành Luật năm 2026 của tỉnh Lai Châu

II. NHIỆM VỤ
1. Rà soát văn bản quy phạm pháp luật
- Nội dung: Rà soát các văn bản quy phạm pháp luật có liên quan đến Luật.
- Cơ quan thực hiện: Sở Khoa học và Công nghệ tiến hành rà soát các văn bản thuộc thẩm quyền; các sở, ngành liên quan rà soát văn bản do cơ quan mình tham mưu ban hành.
- Thời gian thực hiện: Quý II/2026.
`,
			want: []string{"6|Sở Khoa học và Công nghệ||2026-06-30"},
		},
		{
			name: "the agencies and the time in a bracket after each task",
			text: `KẾ HOẠCH
Cải cách hành chính năm 2026 của tỉnh Gia Lai

II. NHIỆM VỤ TRỌNG TÂM
1. Cải cách thể chế
a) Rà soát văn bản quy phạm pháp luật của tỉnh (Sở Tư pháp chủ trì, phối hợp với các sở, ngành; thời gian: Quý II/2026).
b) Kiểm tra việc thi hành văn bản (Sở Tư pháp chủ trì; hoàn thành trong tháng 10/2026).
2. Chuyển đổi số
- Nâng cấp hệ thống quản lý văn bản (Cơ quan chủ trì: Sở Khoa học và Công nghệ; cơ quan phối hợp: Văn phòng UBND tỉnh; thời gian hoàn thành: Quý III/2026).
- Tập huấn kỹ năng số cho công chức (UBND các xã, phường thực hiện; thường xuyên).
- Triển khai nền tảng số dùng chung (theo hướng dẫn của Bộ Khoa học và Công nghệ).
`,
			want: []string{"6|Sở Tư pháp|Các sở, ngành|2026-06-30", "7|Sở Tư pháp||2026-10-31",
				"9|Sở Khoa học và Công nghệ|Văn phòng UBND tỉnh|2026-09-30", "10|UBND các xã, phường||2026-12-31", "11|||"},
		},
		{
			name: "labels in italics or bold, the marks around the colon",
			text: `KẾ HOẠCH
Chuyển đổi số năm 2027 của tỉnh Bắc Ninh

II. NỘI DUNG NHIỆM VỤ

1. Số hóa hồ sơ thủ tục hành chính

**Tên nhiệm vụ:** Số hóa kết quả giải quyết thủ tục hành chính

*Đơn vị chủ trì thực hiện: *Văn phòng UBND tỉnh

_Đơn vị phối hợp_: Sở Khoa học và Công nghệ

**Thời gian hoàn thành:** Quý IV/2027

2. Kho dữ liệu

**Tên nhiệm vụ:** Xây dựng kho dữ liệu dùng chung

*Đơn vị chủ trì thực hiện*: Sở Khoa học và Công nghệ

**Thời gian hoàn thành:** Tháng 9/2027
`,
			want: []string{"8|Văn phòng UBND tỉnh|Sở Khoa học và Công nghệ|2027-12-31", "18|Sở Khoa học và Công nghệ||2027-09-30"},
		},
		{
			name: "a label and its value on separate lines",
			text: `KẾ HOẠCH
Cải cách hành chính năm 2026 của tỉnh Cà Mau

II. NHIỆM VỤ
1. Hiện đại hóa nền hành chính
- Nội dung: Số hóa hồ sơ lưu trữ
- Cơ quan chủ trì:
Sở Nội vụ
- Cơ quan phối hợp:
Sở Khoa học và Công nghệ
- Thời gian hoàn thành:
Quý II/2026
`,
			want: []string{"6|Sở Nội vụ|Sở Khoa học và Công nghệ|2026-06-30"},
		},
		{
			name: "a wrapped line without small letters is no heading that ends the list",
			text: `KẾ HOẠCH
Dữ liệu số năm 2026 của tỉnh Hưng Yên

II. NHIỆM VỤ
1. Về dữ liệu
a) Nhiệm vụ:
- Số hóa các cơ sở dữ liệu theo danh mục tại Phụ lục II Nghị quyết
214/NQ-CP).
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Sở Nội vụ.
2. Về nền tảng số
a) Nhiệm vụ:
- Triển khai nền tảng số dùng chung (LGSP,
VNEID, CSDLQG).
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Công an tỉnh.
3. Về an toàn thông tin
a) Nhiệm vụ: Bảo đảm an toàn thông tin.
b) Cơ quan thực hiện:
- Đơn vị chủ trì: Sở Khoa học và Công nghệ.
`,
			want: []string{"6|Sở Nội vụ||", "12|Công an tỉnh||", "18|Sở Khoa học và Công nghệ||"},
		},
		{
			name: "a sentence that names an activity is no field",
			text: `KẾ HOẠCH
Cải cách hành chính năm 2026 của tỉnh Yên Bái

II. NHIỆM VỤ
1. Tăng cường hoạt động kiểm tra công vụ, hoạt động của các cơ quan.
2. Nâng cao chất lượng hoạt động của Bộ phận Một cửa.
`,
			want: []string{"5|||", "6|||"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseText(t, tt.text)
			var got []string
			for _, x := range d.Tasks {
				got = append(got, strings.Join([]string{itoa(x.Source.Line), strings.Join(x.Lead, ";"), strings.Join(x.Partners, ";"), x.Deadline.End}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestCapsFragment tells a heading in capitals from the end of a wrapped
// sentence that has no small letters.
func TestCapsFragment(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"214/NQ-CP*).", true},
		{"(TTHC)", true},
		{"VNEID, CSDLQG.", true},
		{"UBND, HĐND,", true},
		{"II. NHIỆM VỤ", false},
		{"**TỔ CHỨC THỰC HIỆN**", false},
		{"KẾ HOẠCH", false},
	} {
		if got := capsFragment(tc.line); got != tc.want {
			t.Errorf("capsFragment(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}

// TestProseFieldsOnOneLine: the fields of a task written on one line,
// each after a semicolon, are each read; a semicolon inside a value that
// names no field keeps the value whole; a budget field has its amount.
func TestProseFieldsOnOneLine(t *testing.T) {
	text := "KẾ HOẠCH\nCải cách hành chính năm 2026\nIII. NHIỆM VỤ CỤ THỂ\n" +
		"1. Công khai thủ tục hành chính trên Cổng Dịch vụ công.\n" +
		"Cơ quan chủ trì: Văn phòng Sở; Cơ quan phối hợp: Phòng Pháp chế; Phòng Kế hoạch; Thời gian: Quý III/2026.\n" +
		"2. Kiểm tra việc thực hiện văn bản quy phạm pháp luật.\n" +
		"- Đơn vị chủ trì: Thanh tra Sở.\n- Thời gian thực hiện: Quý III/2026.\n- Kinh phí: 20 triệu đồng.\n"
	ts := parseText(t, text).Tasks
	if len(ts) != 2 {
		t.Fatalf("%d tasks, want 2: %+v", len(ts), ts)
	}
	first := ts[0]
	if !slices.Equal(first.Lead, []string{"Văn phòng Sở"}) || !slices.Equal(first.Partners, []string{"Phòng Pháp chế", "Phòng Kế hoạch"}) ||
		first.Deadline.Text != "Quý III/2026" {
		t.Errorf("task 1: lead %q partners %q deadline %q", first.Lead, first.Partners, first.Deadline.Text)
	}
	if b := ts[1].Budget; b.Amount == nil || *b.Amount != 20 || b.Unit != "triệu đồng" {
		t.Errorf("task 2 budget %+v, want 20 triệu đồng", b)
	}
}
