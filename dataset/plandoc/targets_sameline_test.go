package plandoc

import (
	"slices"
	"testing"
)

// TestSameLineOtherSubjects: two values of one line with the same metric
// and value but other subjects ("mức độ hài lòng của người dân … về thủ
// tục hành chính đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối
// với sự phục vụ … đạt trên 80%") are two aims: a line does not restate
// its own aims in other words. The same aim on two lines is listed once.
func TestSameLineOtherSubjects(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two satisfaction aims on one line",
			"Mục tiêu cụ thể:\n- 100% thủ tục hành chính từ cấp xã đến cấp tỉnh được quy trình hóa theo tiêu chuẩn chất lượng ISO 9001:2015; đảm bảo mức độ hài lòng của người dân và doanh nghiệp về thủ tục hành chính đạt trên 80%; mức độ hài lòng của cá nhân, tổ chức đối với sự phục vụ của cơ quan hành chính đạt trên 80%;\n",
			[]string{"= 100 percent 0", "> 80 percent 0", "> 80 percent 0"}},
		{"one aim on two lines",
			"Chính phủ đặt mục tiêu, năm 2025 mức độ hài lòng của người dân và doanh nghiệp về thủ tục hành chính đạt trên 80%.\n" +
				"Chính phủ đặt mục tiêu, năm 2025 mức độ hài lòng của người dân và doanh nghiệp về thủ tục hành chính đạt trên 80%.\n",
			[]string{"> 80 percent 2025"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, tc.text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
