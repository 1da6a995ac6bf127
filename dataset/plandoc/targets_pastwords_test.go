package plandoc

import "testing"

// TestPastWordsInVerbs: "thực hiện có hiệu quả" in a sentence of aims
// holds no "hiện có" (existing) of a result; "hiện có", "hiện nay" on
// their own still make a report's value a result.
func TestPastWordsInVerbs(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"aim, then carry out well", "Tin tức.\n\nPhấn đấu chỉ số PAR INDEX của tỉnh tăng ít nhất 02 bậc so với năm 2023; " +
			"thực hiện có hiệu quả các nhiệm vụ cải cách hành chính.\n", []kt{{">=", 2, "rank", 0}}},
		{"share aim, then carry out", "Tin tức.\n\nTỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 60%, thực hiện có hiệu quả chuyển đổi số.\n",
			[]kt{{">", 60, "percent", 0}}},
		{"existing", "Tin tức.\n\nTỉnh hiện có trên 55% hồ sơ trực tuyến, phấn đấu duy trì.\n", nil},
		{"now", "Tin tức.\n\nHiện nay, tỷ lệ hồ sơ trực tuyến đạt trên 45%, tỉnh phấn đấu nâng cao.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
