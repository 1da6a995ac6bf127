package plandoc

import (
	"slices"
	"testing"
)

// TestSentenceOpensWithValue: in prose, a sentence that opens with a
// comparator and its value ("Trên 90% doanh nghiệp …", "Tối thiểu 80% …")
// states an aim as a list item does, and so does each later clause that
// opens the same way ("…, trên 30% doanh nghiệp …"); a value reached by a
// subject ("… đạt trên 90%") needs a forward word, and "hơn" (more than)
// opens reported counts as often as aims.
func TestSentenceOpensWithValue(t *testing.T) {
	tests := []struct {
		name string
		text string // prose after a sentence naming the plan
		want []string
	}{
		{"trên, opening",
			"Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận dùng thử các nền tảng chuyển đổi số, trên 30% doanh nghiệp nhỏ và vừa thường xuyên sử dụng các nền tảng chuyển đổi số.",
			[]string{"> 90 percent 2025", "> 30 percent 2025"}},
		{"tối thiểu, opening",
			"Tối thiểu 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình.",
			[]string{">= 80 percent 2025"}},
		// Not the form of an aim.
		{"value after its subject",
			"Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số trên 90%.", nil},
		{"a later clause of a sentence that opens otherwise",
			"Năm 2024 có 85% doanh nghiệp tham gia, trên 30% doanh nghiệp sử dụng nền tảng số.", nil},
		{"hơn, opening",
			"Hơn 3.000 người dân tham gia tập huấn kỹ năng số.", nil},
		{"no comparator",
			"85% hồ sơ được giải quyết trực tuyến.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, proseWith(tc.text)).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
