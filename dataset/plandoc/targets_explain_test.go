package plandoc

import "testing"

// TestExplainsChange: the fields that explain a cut to a procedure are
// told from fields and items that state aims.
func TestExplainsChange(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"b. Lý do: Thời gian giải quyết tại Sở Tài chính là 10 ngày, có thể rút ngắn 03 ngày.", true},
		{"c) Lợi ích: Tiết kiệm 25% chi phí tuân thủ.", true},
		{"d. Kiến nghị thực thi: Sửa đổi quy trình sau khi thực hiện phương án cắt giảm 20% thời gian.", true},
		{"- Nội dung cắt giảm, đơn giản hóa: Giảm 02 ngày so với quy định.", true},
		{"**a. **Nội dung đơn giản hóa: Bỏ thành phần hồ sơ.", true},
		// Not explanations.
		{"- Phấn đấu cắt giảm 30% thời gian giải quyết thủ tục hành chính.", false},
		{"b. Tỷ lệ hồ sơ đúng hạn đạt 98%; lý do là quy trình đã rút gọn.", false},
		{"2. Mục tiêu: 100% thủ tục được công khai.", false},
	}
	for _, tc := range tests {
		if got := explainsChange(asciiFold([]rune(tc.text))); got != tc.want {
			t.Errorf("explainsChange(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestInCitedTitle: a value in the title of a document the sentence cites
// is not an aim; a value after the citation's title ends, or with no
// document named, is read as usual.
func TestInCitedTitle(t *testing.T) {
	tests := []struct {
		text, value string
		want        bool
	}{
		{"Bãi bỏ danh mục tại Quyết định số 1120/QĐ-UBND ngày 04/11/2025 của Chủ tịch UBND tỉnh về việc Phê duyệt 100% thủ tục hành chính", "100%", true},
		{"theo Kế hoạch số 45/KH-UBND về việc nâng tỷ lệ hồ sơ trực tuyến lên 80%", "80%", true},
		{"Thực hiện Nghị quyết số 12/NQ-HĐND về việc phát triển kinh tế số; phấn đấu 100% xã có bộ phận một cửa", "100%", false},
		{"Trao đổi về việc bảo đảm 100% hồ sơ được số hóa", "100%", false},
		{"Phấn đấu 95% hồ sơ đúng hạn", "95%", false},
	}
	for _, tc := range tests {
		f := " " + asciiFold([]rune(tc.text)) + " "
		at := len(f) - len(f[indexFold(f, tc.value):])
		if got := inCitedTitle(f, at); got != tc.want {
			t.Errorf("inCitedTitle(%q at %q) = %v, want %v", tc.text, tc.value, got, tc.want)
		}
	}
}

// indexFold is the byte offset of v in f, 0 when absent.
func indexFold(f, v string) int {
	for i := 0; i+len(v) <= len(f); i++ {
		if f[i:i+len(v)] == v {
			return i
		}
	}
	return 0
}
