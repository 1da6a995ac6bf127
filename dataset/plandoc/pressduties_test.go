package plandoc

import (
	"strings"
	"testing"
)

// taskRows writes each task as "line|lead|text start|deadline end" for
// the table tests of prose tasks: the lead agencies joined by ";", the
// first four words of the text.
func taskRows(d *Document) []string {
	var out []string
	for _, x := range d.Tasks {
		words := strings.Fields(x.Task)
		if len(words) > 4 {
			words = words[:4]
		}
		out = append(out, strings.Join([]string{itoa(x.Source.Line), strings.Join(x.Lead, ";"), strings.Join(words, " "), x.Deadline.End}, "|"))
	}
	return out
}

// TestPressDuties reads duties written in press prose or in a report's
// paragraphs: the assignment's duty without the words that assign it, a
// completion time in the sentence, and each clause after a semicolon that
// opens with another agency as a task of that agency.
func TestPressDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "one sentence, three agencies after semicolons",
			text: `Theo kế hoạch, UBND tỉnh giao Sở Nội vụ chủ trì theo dõi, đôn việc thực hiện; Sở Tài chính bảo đảm kinh phí; Sở Khoa học và Công nghệ hướng dẫn chuyển đổi.
`,
			want: []string{"1|Sở Nội vụ|chủ trì theo dõi,|", "1|Sở Tài chính|bảo đảm kinh phí|", "1|Sở Khoa học và Công nghệ|hướng dẫn chuyển đổi|"},
		},
		{
			name: "a clause without an agency stays with its duty; a quarter as the time",
			text: `Tin từ Quảng Ngãi.
Chủ tịch UBND tỉnh yêu cầu Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quy trình cấp phép; công khai kết quả trên Cổng thông tin điện tử, hoàn thành trong quý II/2026; Công an tỉnh bảo đảm an ninh.
`,
			want: []string{"2|Sở Xây dựng|chủ trì, phối hợp|2026-06-30", "2|Công an tỉnh|bảo đảm an ninh|"},
		},
		{
			name: "several wordings of the time",
			text: `Ghi nhận tại Hà Tĩnh.
UBND tỉnh giao Sở Tư pháp rà soát văn bản pháp luật, chậm nhất trong tháng 9/2026.
UBND tỉnh giao Văn phòng UBND tỉnh tổng hợp báo cáo trước ngày 15/12/2026.
UBND tỉnh giao Sở Khoa học và Công nghệ hoàn thành kho dữ liệu chung từ nay đến hết năm 2026.
`,
			want: []string{"2|Sở Tư pháp|rà soát văn bản|2026-09-30", "3|Văn phòng UBND tỉnh|tổng hợp báo cáo|2026-12-15", "4|Sở Khoa học và Công nghệ|hoàn thành kho dữ|2026-12-31"},
		},
		{
			name: "a title line, then duties the report says the document gives",
			text: `Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính
Theo đó, các sở, ngành tiếp tục rà soát quy trình nội bộ. Sở Nội vụ chủ trì kiểm tra công vụ.
Các địa phương bố trí đủ công chức cho Bộ phận Một cửa.
`,
			want: []string{"2|Các sở, ngành|tiếp tục rà soát|", "2|Sở Nội vụ|chủ trì kiểm tra|", "3|Các địa phương|bố trí đủ công|"},
		},
		{
			name: "what a report says was set is no duty",
			text: `(BTN) - UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính năm 2026.
Theo Kế hoạch, UBND tỉnh đặt ra 7 nhóm chỉ tiêu để triển khai thực hiện, gồm: chỉ số cải cách hành chính; cải cách thể chế.
Các cơ quan, đơn vị phối hợp với Sở Nội vụ theo dõi kết quả.
`,
			want: nil,
		},
		{
			name: "a request that introduces its list is not a task by itself",
			text: `Ghi nhận tại Phú Yên.
Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành nâng cao trách nhiệm, tập trung thực hiện các nội dung sau:
`,
			want: nil,
		},
		{
			name: "duties enumerated inside a sentence, (i) and (ii) or (1) to (3)",
			text: `Kết luận phiên họp.
Theo đó, các bộ, cơ quan, địa phương: (i) Tiếp tục cắt giảm thủ tục hành chính; (ii) Hoàn thành trong năm 2025 việc tái cấu trúc quy trình.
UBND tỉnh giao Sở Nội vụ: (1) rà soát biên chế; (2) tổng hợp báo cáo trước ngày 15/12/2026; (3) kiểm tra công vụ.
`,
			want: []string{"2|Các bộ, cơ quan, địa phương|Tiếp tục cắt giảm|", "2|Các bộ, cơ quan, địa phương|Hoàn thành trong năm|2025-12-31",
				"3|Sở Nội vụ|rà soát biên chế|", "3|Sở Nội vụ|tổng hợp báo cáo|2026-12-15", "3|Sở Nội vụ|kiểm tra công vụ|"},
		},
		{
			name: "a bracketed number that enumerates nothing",
			text: `Kết luận phiên họp.
UBND tỉnh giao Sở Nội vụ (2) tổng hợp báo cáo.
`,
			want: []string{"2|Sở Nội vụ|tổng hợp báo cáo|"},
		},
		{
			name: "what the place will do under the plan: a listed set of duties and sentences of their own, no lead",
			text: `Theo ông Huỳnh Minh Tuấn, Phó Chủ tịch UBND tỉnh Đồng Tháp, để đạt các chỉ tiêu đề ra, tỉnh Đồng Tháp sẽ triển khai nhiều nhiệm vụ và giải pháp trọng tâm như: đo lường mức độ phát triển kinh tế số; tổ chức khảo sát mức độ chuyển đổi số tại các ngành; hỗ trợ doanh nghiệp kết nối với hệ sinh thái số.

Song song đó, tỉnh Đồng Tháp sẽ thúc đẩy phát triển Khu Công viên phần mềm Mekong.

Đồng thời, tỉnh Đồng Tháp cũng sẽ thúc đẩy kinh tế số 5 nhóm ngành, lĩnh vực.
`,
			want: []string{"1||đo lường mức độ|", "1||tổ chức khảo sát|", "1||hỗ trợ doanh nghiệp|", "3||thúc đẩy phát triển|", "5||thúc đẩy kinh tế|"},
		},
		{
			name: "what the place will do, a duty per clause after a semicolon",
			text: `Tin từ tỉnh Cà Mau.

Tỉnh sẽ hình thành nền tảng dữ liệu và hạ tầng kết nối mạng, giảm 30% thời gian giải quyết TTHC; mở dữ liệu cho các tổ chức, doanh nghiệp.
`,
			want: []string{"3||hình thành nền tảng|", "3||mở dữ liệu cho|"},
		},
		{
			name: "a level, a lower-case place and no duty verb after 'sẽ' are no duties",
			text: `Ghi nhận tại Đồng Tháp.
Sau khi sáp nhập, chính quyền cấp xã sẽ bắt đầu vận hành từ ngày 01/7, cấp tỉnh sẽ vận hành sau ngày 01/7.
Dự kiến năm 2026, tỉnh Đồng Tháp sẽ có 102 xã, phường.
`,
			want: nil,
		},
		{
			name: "a report of what was done after a semicolon assigns nothing",
			text: `Ghi nhận tại Cà Mau.
UBND tỉnh giao Sở Nội vụ tổng hợp kết quả; Sở chính đã bố trí kinh phí năm 2025.
`,
			want: []string{"2|Sở Nội vụ|tổng hợp kết quả;|"},
		},
		{
			name: "a request set off by a comma, a time or a purpose before the bodies asked",
			text: `Tin từ tỉnh Phú Yên.

Chủ tịch UBND tỉnh yêu cầu, trong thời gian tới, các sở, ngành tập trung thực hiện tốt cải cách hành chính.

Chủ tịch UBND tỉnh cũng yêu cầu, để triển khai tốt giai đoạn 3 của Đề án, Thủ trưởng các sở, ban ngành, UBND các huyện xây dựng văn bản thực thi phương án đơn giản hóa.
`,
			want: []string{"3|Các sở, ngành|tập trung thực hiện|", "5|Các sở, ban, ngành;UBND các huyện|xây dựng văn bản|"},
		},
		{
			name: "a report's opening and a time before bodies parted by semicolons",
			text: `UBND tỉnh vừa ban hành Công văn hướng dẫn báo cáo công tác kiểm soát thủ tục hành chính.

Theo đó, từ quý III năm 2021, các sở, ban, ngành; UBND các huyện, thành phố thực hiện báo cáo công tác kiểm soát thủ tục hành chính theo 02 phương thức.
`,
			want: []string{"3|Các sở, ban, ngành;UBND các huyện, thành phố|thực hiện báo cáo|"},
		},
		{
			name: "a briefing ('họp giao ban định kỳ') assigns no one",
			text: `Tin từ tỉnh Đồng Nai.

Kịp thời kiện toàn Ban Chỉ đạo CCHC và tổ chức họp giao ban định kỳ theo quy định: Đối với Sở ban ngành, UBND cấp huyện đây là nhiệm vụ thường xuyên;
`,
			want: nil,
		},
		{
			name: "a notice asks the provincial post office",
			text: `Tạm dừng tiếp nhận hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh

Đề nghị Bưu điện tỉnh chủ động phối hợp với sở, ban ngành tỉnh trong quá trình tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính.
`,
			want: []string{"3|Bưu điện tỉnh|chủ động phối hợp|"},
		},
		{
			name: "a request set off by a comma, a basis, then bodies parted by a semicolon",
			text: `Tin từ tỉnh Yên Bái.

Ủy ban nhân dân tỉnh yêu cầu, căn cứ kết quả Chỉ số cải cách hành chính năm 2020, thủ trưởng các sở, ban, ngành thuộc UBND tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố tiến hành rà soát, đánh giá, xác định trách nhiệm của tập thể, cá nhân có liên quan.
`,
			want: []string{"3|Các sở, ban, ngành thuộc UBND tỉnh;Chủ tịch UBND các huyện, thị xã, thành phố|tiến hành rà soát,|"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := taskRows(parseText(t, tt.text))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestProseDeadline reads the completion time a duty in prose states.
func TestProseDeadline(t *testing.T) {
	for _, tc := range []struct{ text, want, end string }{
		{"chủ trì, phối hợp với Sở Tư pháp, hoàn thành trong quý II/2026", "trong quý II/2026", "2026-06-30"},
		{"trình UBND tỉnh trước ngày 30/6/2026", "trước ngày 30/6/2026", "2026-06-30"},
		{"xây dựng kịch bản tăng trưởng từ nay đến hết năm 2025", "từ nay đến hết năm 2025", "2025-12-31"},
		{"hoàn thành chậm nhất trong tháng 10/2026", "chậm nhất trong tháng 10/2026", "2026-10-31"},
		{"gửi Bộ Xây dựng trước ngày 03 tháng 12 năm 2025 để tổng hợp", "trước ngày 03 tháng 12 năm 2025", "2025-12-03"},
		{"tăng cường kiểm tra công vụ", "", ""},
		{"đạt 95% vào năm học mới", "", ""},
	} {
		d := proseDeadline(tc.text, 2026)
		if d.Text != tc.want || d.End != tc.end {
			t.Errorf("proseDeadline(%q) = %q %q, want %q %q", tc.text, d.Text, d.End, tc.want, tc.end)
		}
	}
}
