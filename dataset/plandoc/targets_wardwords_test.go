package plandoc

import (
	"slices"
	"testing"
)

// TestWardNotOtherPhuong: folded, "các phường" (the wards, level commune)
// reads as "các phương án", "các phương thức", "các phương tiện"; those
// name no level.
func TestWardNotOtherPhuong(t *testing.T) {
	tests := []struct {
		name string
		text string // prose
		want []string
	}{
		{"phương án",
			"Năm 2025, yêu cầu các bộ: Hoàn thành sửa đổi, bổ sung 485 văn bản quy phạm pháp luật để thực thi các phương án cắt giảm, đơn giản hóa TTHC.",
			[]string{"= 485 count 2025"}},
		{"phương thức",
			"Phấn đấu 100% TTHC được tiếp nhận qua các phương thức trực tuyến, bưu chính công ích.",
			[]string{"= 100 percent 2025"}},
		{"phương tiện",
			"Phấn đấu 100% dịch vụ công trực tuyến được cung cấp trên các phương tiện truy cập khác nhau.",
			[]string{"= 100 percent 2025"}},
		// The wards.
		{"các phường",
			"Phấn đấu 100% hồ sơ của các phường được số hóa.",
			[]string{"= 100 percent commune 2025"}},
		{"các xã, phường",
			"Phấn đấu 90% hồ sơ công việc của các xã, phường được xử lý trên môi trường mạng.",
			[]string{">= 90 percent commune 2025"}},
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
