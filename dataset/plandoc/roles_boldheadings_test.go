package plandoc

import (
	"slices"
	"testing"
)

// TestBoldNumberedHeadings: a heading wholly in bold keeps the reading of
// its number: "**II. MỤC TIÊU**" is a section about aims (its numeral
// dropped from its words), "**a) Mục tiêu chung (6 mục tiêu)**" a
// subheading; a bold line without a number stays a heading of its own
// words.
func TestBoldNumberedHeadings(t *testing.T) {
	tests := []struct {
		line  string
		level int
		words string
	}{
		{"**II. MỤC TIÊU**", 1, "muc tieu"},
		{"**a) Mục tiêu chung (6 mục tiêu)**", 2, "muc tieu chung 6 muc tieu"},
		{"**b) Mục tiêu theo ngành, lĩnh vực (10 mục tiêu)**", 2, "muc tieu theo nganh linh vuc 10 muc tieu"},
		{"**2. Mục tiêu cụ thể**", 2, "muc tieu cu the"},
		{"**Nhiệm vụ**", 1, "nhiem vu"},
		{"**(4) Rà soát thủ tục hành chính, giảm tiền kiểm.**", 0, ""},
	}
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			level, words := pageOf(tc.line).headingAt(0)
			if level != tc.level || words != tc.words {
				t.Errorf("heading %d %q, want %d %q", level, words, tc.level, tc.words)
			}
		})
	}
}

// TestAimsUnderBoldHeadings: the items under "**II. MỤC TIÊU**" and a bold
// lettered subheading are aims, also one stated without a comparator word
// ("gấp 30 lần GRDP").
func TestAimsUnderBoldHeadings(t *testing.T) {
	text := "Số: 12/KH-UBND\nĐồng Nai, ngày 10 tháng 12 năm 2025\n**KẾ HOẠCH**\nPhát triển kinh tế số đến năm 2030\n\n**II. MỤC TIÊU**\n\n" +
		"**1. Phát triển kinh tế số đến\nnăm 2030 (16 mục tiêu)**\n\n**a) Mục tiêu chung (6 mục tiêu)**\n\n" +
		"(1) Tỷ trọng kinh tế số đạt tối thiểu 30% GRDP;\n\n(4) Tổng giá trị giao dịch thanh toán không dùng tiền\nmặt gấp 30 lần GRDP;\n"
	got := briefs(parseText(t, text).Targets)
	want := []string{">= 30 percent 2030", "= 30 times 2030"}
	if !slices.Equal(got, want) {
		t.Errorf("targets %q, want %q", got, want)
	}
}
