package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestContentsDuties covers the items of a plan's contents section ("III.
// NỘI DUNG CỦA KẾ HOẠCH", its bold heading broken over two lines) read as
// tasks besides the duties section when most open with a duty's verb;
// not a contents section that specifies (labels and values: "Số điểm quan
// trắc: 08 điểm"), nor one whose tasks an annex lists ("Nhiệm vụ cụ thể
// tại Phụ lục đính kèm"), nor one of fewer than three items.
func TestContentsDuties(t *testing.T) {
	head := "Số: 12/KH-UBND\nKẾ HOẠCH\nTruyền thông năm 2026\n\n"
	duties := "**IV. TỔ CHỨC THỰC HIỆN**\n\n**1. Sở Nông nghiệp và Môi trường**\n\n- Chủ trì tham mưu, tổ chức triển khai thực hiện Kế hoạch này.\n"
	tests := []struct {
		name, contents string
		want           []string // the lines of the tasks
	}{
		{"duties under a broken bold heading",
			"**III. NỘI\nDUNG CỦA KẾ HOẠCH**\n\n- Triển khai các văn bản hướng dẫn về chế độ, chính sách.\n\n- Củng cố, kiện toàn nguồn nhân lực thực hiện các hoạt động truyền thông.\n\n- Đưa nội dung phòng chống thiên tai vào kế hoạch bồi dưỡng.\n\n- Lắp đặt hệ thống cảnh báo sớm tại các xã.\n\n",
			[]string{"8", "10", "12", "14", "20"}},
		// negatives
		{"a specification", "**III. NỘI DUNG THỰC HIỆN**\n\n- Số điểm quan trắc: 08 điểm.\n\n- Tần suất quan trắc: 02 lần một tháng.\n\n- Lắp đặt các trạm: 58 trạm.\n\n",
			[]string{"17"}},
		{"the tasks in an annex", "**III. NỘI DUNG TUYÊN TRUYỀN**\n\n- Triển khai các văn bản hướng dẫn.\n\n- Củng cố nguồn nhân lực.\n\n- Tổ chức hội nghị tập huấn.\n\n(Nhiệm vụ cụ thể tại Phụ lục đính kèm).\n\n",
			[]string{"19"}},
		{"two items", "**III. NỘI DUNG THỰC HIỆN**\n\n- Triển khai các văn bản hướng dẫn.\n\n- Củng cố nguồn nhân lực.\n\n",
			[]string{"15"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, k := range parseText(t, head+tc.contents+duties).Tasks {
				got = append(got, fmt.Sprint(k.Source.Line))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("task lines %v, want %v", got, tc.want)
			}
		})
	}
}

// TestBrokenBoldHeading: a bold heading hard-wrapped inside its marks
// ("**III. NỘI" / "DUNG, HÌNH THỨC**") is one heading on its first line;
// a bold line that closes its own marks is not joined to the next.
func TestBrokenBoldHeading(t *testing.T) {
	tests := []struct {
		text  string
		line  int
		words string
	}{
		{"**III. NỘI\nDUNG, HÌNH THỨC**\n", 0, "noi dung hinh thuc"},
		{"**III. NỘI\nDUNG, HÌNH THỨC**\n", 1, ""},
		{"**III. NỘI DUNG**\n**1. Hình thức**\n", 0, "noi dung"},
	}
	for _, tc := range tests {
		p := newPage(markersRead(strings.Split(tc.text, "\n")))
		if _, w := p.headingAt(tc.line); w != tc.words {
			t.Errorf("%q line %d: heading %q, want %q", tc.text, tc.line+1, w, tc.words)
		}
	}
}
