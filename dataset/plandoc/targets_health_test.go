package plandoc

import "testing"

// TestCountsPerPopulation: a count of doctors or hospital beds ("đạt
// khoảng 15,3 bác sĩ", "34,7 giường bệnh") keeps its noun as its unit;
// "bác sĩ" is no "bậc" of a rank. Rank steps ("tăng 2 bậc") stay ranks,
// and a count in a report with no aim is no target.
func TestCountsPerPopulation(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"doctors, about", "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Số bác sĩ trên 1 vạn dân đạt khoảng 12,5 bác sĩ.\n",
			[]kt{{"approx", 12.5, "bác sĩ", 0}}},
		{"beds, reach", "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Số giường bệnh trên 1 vạn dân đạt 31,2 giường bệnh.\n",
			[]kt{{">=", 31.2, "giường bệnh", 0}}},
		{"doctors, at least", "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Có ít nhất 9 bác sĩ trên một vạn dân.\n",
			[]kt{{">=", 9, "bác sĩ", 0}}},
		{"rank steps", "I. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Chỉ số PAR INDEX của tỉnh tăng ít nhất 2 bậc.\n",
			[]kt{{">=", 2, "rank", 0}}},
		{"doctors in a report", "Tin tức.\n\nBệnh viện hiện có 48 bác sĩ và 210 giường bệnh.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
