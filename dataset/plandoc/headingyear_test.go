package plandoc

import (
	"strings"
	"testing"
)

func TestHeadingYears(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[int]int // line (0-based) -> year
	}{
		{
			name: "bold heading with a trailing space",
			text: "**2. Mục tiêu cụ thể đến năm 2030 **\n\n- 100% hồ sơ được số hóa.\n**3. Nhiệm vụ**\n- 90% thủ tục trực tuyến.",
			want: map[int]int{0: 2030, 2: 2030, 3: 0, 4: 0},
		},
		{
			name: "annex title over two lines, scope to the next annex",
			text: "PHỤ LỤC I\nCÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ TỈNH LÀO CAI\nĐẾN NĂM 2028\n|\nTỷ lệ 80%\n|\nPHỤ LỤC II\nDANH MỤC NHIỆM VỤ\n|\nTỷ lệ 50%",
			want: map[int]int{4: 2028, 9: 0},
		},
		{
			name: "roman section holds for its numbered items, closed by the next roman",
			text: "II. CHỈ TIÊU NĂM 2026\n1. Hồ sơ trực tuyến\n- đạt 85%\n2. Số hóa\n- đạt 100%\nIII. TỔ CHỨC THỰC HIỆN\n- 100% cán bộ",
			want: map[int]int{2: 2026, 4: 2026, 6: 0},
		},
		{
			name: "inner heading year wins, then the outer one again",
			text: "I. MỤC TIÊU ĐẾN NĂM 2030\n1. Mục tiêu đến năm 2027\n- 70% dịch vụ\n2. Mục tiêu đến năm 2030\n- 90% dịch vụ\n3. Các chỉ tiêu khác\n- 60%",
			want: map[int]int{2: 2027, 4: 2030, 6: 2030},
		},
		{
			name: "a bullet in bold that names aims, under a heading citing a resolution with its year",
			text: "**Mục tiêu được đặt ra tại Nghị quyết 70-NQ/TW của Bộ Chính trị năm 2025**\n**(2) Nghị quyết 70-NQ/TW**\n**- Mục tiêu cụ thể đến năm 2030**\n+ Tổng tiêu thụ năng lượng khoảng 120 triệu tấn.\n**- Tầm nhìn đến năm 2045**\n+ Năng lượng tái tạo 60%.",
			want: map[int]int{1: 0, 3: 2030, 5: 2045},
		},
		{
			name: "period heading reads its closing year",
			text: "1.2. Chỉ tiêu giai đoạn 2026 - 2028\na) Hồ sơ\n- 95% hồ sơ",
			want: map[int]int{2: 2028},
		},
		{
			name: "a heading without aims or targets sets no year",
			text: "1. Kết quả năm 2024\n- đạt 75%\n2. Nhiệm vụ năm 2025\n- 100% cơ quan",
			want: map[int]int{1: 0, 3: 0},
		},
		{
			name: "a long numbered sentence is an item, not a heading",
			text: "1. Mục tiêu đến năm 2029\n2. " + strings.Repeat("Các sở, ngành tiếp tục thực hiện ", 6) + "năm 2025.\n- 100% hồ sơ",
			want: map[int]int{2: 2029},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(strings.Split(tt.text, "\n"))
			got := headingYears(p)
			for l, y := range tt.want {
				if got[l] != y {
					t.Errorf("line %d %q: year %d, want %d", l, p.lines[l], got[l], y)
				}
			}
		})
	}
}

func TestNumberingRank(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"I. MỤC TIÊU", rankRoman},
		{"IV. TỔ CHỨC", rankRoman},
		{"2. Mục tiêu", rankNumber},
		{"12. Nhiệm vụ", rankNumber},
		{"2.1. Chỉ tiêu", rankSub},
		{"2.1 Chỉ tiêu", rankSub},
		{"3.2.1. Nội dung", rankSubSub},
		{"b) Thời gian", rankLetter},
		{"2030 là năm", rankNone},
		{"2 Mục tiêu", rankNone},
		{"Việc làm", rankNone},
		{"100% hồ sơ", rankNone},
	}
	for _, tt := range tests {
		if got := numberingRank(tt.s); got != tt.want {
			t.Errorf("numberingRank(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}
