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
			name: "a report of what was done after a semicolon assigns nothing",
			text: `Ghi nhận tại Cà Mau.
UBND tỉnh giao Sở Nội vụ tổng hợp kết quả; Sở chính đã bố trí kinh phí năm 2025.
`,
			want: []string{"2|Sở Nội vụ|tổng hợp kết quả;|"},
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
		{"tăng cường kiểm tra công vụ", "", ""},
		{"đạt 95% vào năm học mới", "", ""},
	} {
		d := proseDeadline(tc.text, 2026)
		if d.Text != tc.want || d.End != tc.end {
			t.Errorf("proseDeadline(%q) = %q %q, want %q %q", tc.text, d.Text, d.End, tc.want, tc.end)
		}
	}
}
