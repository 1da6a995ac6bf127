package plandoc

import (
	"slices"
	"strings"
	"testing"
)

// TestAnnexGroupRows covers an annex whose numbered groups ("1 | Công tác
// chỉ đạo, điều hành" with every other cell empty) head the rows numbered
// under them ("1.1", "1.2"): a group is the section of its rows, not a
// task, in a pipe table and in a tab table; a row without a number goes
// on in its group. Negatives: a whole-numbered row with a lead is a task
// though rows numbered under it follow; a whole-numbered row with only a
// title and no rows under it is a task.
func TestAnnexGroupRows(t *testing.T) {
	head := "PHỤ LỤC\nDANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026\n(Kèm theo Kế hoạch số 215/KH-UBND ngày 20/01/2026 của UBND tỉnh Phú Thọ)\n\n"
	pipe := func(rows ...string) string {
		return head + "| TT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện |\n|---|---|---|---|---|\n" + strings.Join(rows, "\n") + "\n"
	}
	tab := func(rows ...string) string {
		return head + "TT\tNhiệm vụ\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n" + strings.Join(rows, "\n") + "\n"
	}
	tests := []struct {
		name, text string
		want       []string // code|section|task
	}{
		{"pipe table",
			pipe("| 1 | Công tác chỉ đạo, điều hành | | | |",
				"| 1.1 | Ban hành Kế hoạch CCHC năm 2026 | Sở Nội vụ | Các sở, ngành | Tháng 01/2026 |",
				"| 1.2 | Kiểm tra công tác CCHC | Sở Nội vụ | | Quý II/2026 |",
				"| | Đánh giá chất lượng giải quyết TTHC | Văn phòng UBND tỉnh | | Hằng quý |",
				"| 2 | Cải cách thủ tục hành chính | | | |",
				"| 2.1 | Rà soát, đơn giản hóa TTHC | Các sở, ban, ngành | | Cả năm |"),
			[]string{"1.1|1. Công tác chỉ đạo, điều hành|Ban hành Kế hoạch CCHC năm 2026",
				"1.2|1. Công tác chỉ đạo, điều hành|Kiểm tra công tác CCHC",
				"|1. Công tác chỉ đạo, điều hành|Đánh giá chất lượng giải quyết TTHC",
				"2.1|2. Cải cách thủ tục hành chính|Rà soát, đơn giản hóa TTHC"}},
		{"tab table",
			tab("1\tCông tác chỉ đạo, điều hành\t\t\t",
				"1.1\tBan hành Kế hoạch CCHC năm 2026\tSở Nội vụ\tCác sở, ngành\tTháng 01/2026",
				"1.2\tKiểm tra công tác CCHC\tSở Nội vụ\t\tQuý II/2026"),
			[]string{"1.1|1. Công tác chỉ đạo, điều hành|Ban hành Kế hoạch CCHC năm 2026",
				"1.2|1. Công tác chỉ đạo, điều hành|Kiểm tra công tác CCHC"}},
		// negatives
		{"a numbered row with a lead is a task",
			pipe("| 1 | Tổ chức hội nghị triển khai | Sở Nội vụ | | Tháng 02/2026 |",
				"| 1.1 | Chuẩn bị tài liệu hội nghị | Sở Nội vụ | | Tháng 02/2026 |"),
			[]string{"1||Tổ chức hội nghị triển khai", "1.1||Chuẩn bị tài liệu hội nghị"}},
		{"a row with only a title and none under it is a task",
			pipe("| 1 | Rà soát quy trình nội bộ | | | |",
				"| 2 | Kiểm tra công tác CCHC | Sở Nội vụ | | Quý II/2026 |"),
			[]string{"1||Rà soát quy trình nội bộ", "2||Kiểm tra công tác CCHC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tk := range parseText(t, tc.text).Tasks {
				got = append(got, tk.Code+"|"+tk.Section+"|"+tk.Task)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("tasks =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestInheritedRowPartners covers a row without a number that takes the
// partners cell of the row above: it does not partner with its own lead.
// Negative: the row above keeps its partners.
func TestInheritedRowPartners(t *testing.T) {
	text := "PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2026\n\n| TT | Nhiệm vụ | Đơn vị thực hiện | Đơn vị phối hợp | Thời gian thực hiện |\n|---|---|---|---|---|\n" +
		"| 1 | Rà soát, đơn giản hóa TTHC | Các sở, ban, ngành | Văn phòng UBND tỉnh | Cả năm |\n" +
		"| | Đánh giá chất lượng giải quyết TTHC | Văn phòng UBND tỉnh | | Hằng quý |\n"
	var got []string
	for _, tk := range parseText(t, text).Tasks {
		got = append(got, strings.Join(tk.Lead, ";")+"|"+strings.Join(tk.Partners, ";"))
	}
	want := []string{"Các sở, ban, ngành|Văn phòng UBND tỉnh", "Văn phòng UBND tỉnh|"}
	if !slices.Equal(got, want) {
		t.Errorf("lead|partners = %q, want %q", got, want)
	}
}
