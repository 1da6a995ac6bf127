package document

import "testing"

// TestJoinCellLines: the lines of a table cell join as wrapped text, and
// a word a narrow column broke where no syllable ends joins without a
// space.
func TestJoinCellLines(t *testing.T) {
	tests := []struct {
		lines []string
		want  string
	}{
		{[]string{"Rà soát, hệ thống hóa văn bản quy", "phạm pháp luật"}, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật"},
		{[]string{"T", "T"}, "TT"},
		{[]string{"ST", "T"}, "STT"},
		{[]string{"II", "I"}, "III"},
		{[]string{"CẢI CÁCH THỦ TỤC HÀNH CHÍN", "H"}, "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"},
		{[]string{"Quyết định số 15/QĐ-", "UBND"}, "Quyết định số 15/QĐ-UBND"},
		// Syllables and abbreviations stay words of their own.
		{[]string{"Văn phòng", "UBND tỉnh"}, "Văn phòng UBND tỉnh"},
		{[]string{"Sở Khoa học", "và Công nghệ"}, "Sở Khoa học và Công nghệ"},
		{[]string{"Năm 2026,", "Quý I"}, "Năm 2026, Quý I"},
		{[]string{"Các sở, ban,", "ngành"}, "Các sở, ban, ngành"},
	}
	for _, tt := range tests {
		if got := joinCellLines(tt.lines); got != tt.want {
			t.Errorf("joinCellLines(%q) = %q, want %q", tt.lines, got, tt.want)
		}
	}
}
