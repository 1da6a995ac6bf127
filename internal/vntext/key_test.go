package vntext

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Rank (if any)", "rank_if_any"},
		{"Tỉnh/TP", "tinh_tp"},
		{"Năm", "nam"},
		{"  max-points ", "max_points"},
		{"Đạt / không đạt", "dat_khong_dat"},
		{"", ""},
		{"--", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
