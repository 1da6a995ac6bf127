package plandoc

import (
	"slices"
	"testing"
)

// TestBreakdownsAndAmounts reads a breakdown by the bodies of each level
// written in brackets after its metric ("… trên môi trường mạng (đối với
// các sở, ngành … đạt 100%; đối với … cấp huyện đạt 95%; đối với UBND cấp
// xã đạt 80%)") as one aim per level, each under the metric; an amount of
// money for the tasks of several levels is one sum, and the same amount
// in the headline and the lead is one aim. Negative: one share in
// brackets ("(đối với hồ sơ trực tuyến đạt 50%)") stays an aside.
func TestBreakdownsAndAmounts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
		subjects   []string
	}{
		{"a breakdown by level in brackets",
			"Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng (đối với các sở, ngành và tương đương thuộc UBND tỉnh đạt 100%; đối với các phòng, ban thuộc UBND cấp huyện đạt 95%; đối với UBND cấp xã đạt 80%).",
			[]string{"= 100 percent province 2025", ">= 95 percent district 2025", ">= 80 percent commune 2025"},
			[]string{"Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng đối với các sở, ngành và tương đương thuộc UBND tỉnh",
				"Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng đối với các phòng, ban thuộc UBND cấp huyện",
				"Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng đối với UBND cấp xã"}},
		{"an amount for the tasks of two levels, stated again",
			"Tỉnh dự kiến chi hơn 195 tỷ đồng thực hiện chuyển đổi số năm 2025.\nTrong đó, dự kiến chi hơn 195 tỷ đồng thực hiện 77 nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện.",
			[]string{"> 1.95e+11 đồng 2025"}, nil},
		{"negative: one share in brackets",
			"Năm 2025, tỉnh phấn đấu tỷ lệ hồ sơ được số hóa đạt 90% (đối với hồ sơ trực tuyến là 50%).",
			[]string{">= 90 percent 2025"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := checkTargetBriefs(t, tc.text, false, tc.want)
			if tc.subjects != nil {
				var got []string
				for _, g := range ts {
					got = append(got, g.Subject)
				}
				if !slices.Equal(got, tc.subjects) {
					t.Errorf("subjects %q, want %q", got, tc.subjects)
				}
			}
		})
	}
}
