package plandoc

import "testing"

// TestAimedPlaces covers a rank aimed at as a place without its total
// ("đạt vị trí 20 - 25 trên toàn quốc" is a range of ranks, "giữ vững vị
// trí thứ 5" a rank of at most 5) and a sentence that opens with its aim
// before saying what was done for it ("Với mục tiêu …, Nghệ An đã ra Công
// văn …"), also when a headline without a stop runs on into it.
// Negatives: a place reported ("xếp vị trí thứ 20"), and "đã" in the
// aim's own clause.
func TestAimedPlaces(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"a range of places", "Tin tức.\n\nMục tiêu năm 2026 chỉ số PCI đạt vị trí 20 - 25 trên toàn quốc.\n", []kt{{">=", 20, "rank", 2026}}},
		{"keep a place", "Tin tức.\n\nMục tiêu năm 2026 chỉ số PCI giữ vững vị trí thứ 5 trên toàn quốc.\n", []kt{{"<=", 5, "rank", 2026}}},
		{"the aim opens, then what was done", "Tin tức.\n\nVới mục tiêu phấn đấu lọt vào top 15 vào năm 2026, Nghệ An đã ra Công văn yêu cầu các Sở thực hiện.\n",
			[]kt{{"<=", 15, "rank", 2026}}},
		{"after a headline without a stop", "# chỉ số cạnh tranh cấp tỉnh\nNghệ An nỗ lực nâng cao chỉ số năng lực cạnh tranh cấp tỉnh\nVới mục tiêu năm 2024 đạt vị trí 20 - 25 trên toàn quốc và phấn đấu lọt vào top 15 vào năm 2025, Nghệ An đã ra Công văn yêu cầu các Sở tiếp tục thực hiện các giải pháp nâng cao PCI.\n",
			[]kt{{">=", 20, "rank", 2024}, {"<=", 15, "rank", 2025}}},
		// negatives
		{"a place reported", "Tin tức.\n\nNăm 2024 chỉ số PCI xếp vị trí thứ 20 trên toàn quốc.\n", nil},
		{"done in the aim's clause", "Tin tức.\n\nVới mục tiêu đã đạt 80% hồ sơ trực tuyến, tỉnh tiếp tục triển khai.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
