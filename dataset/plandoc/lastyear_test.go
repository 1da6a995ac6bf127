package plandoc

import "testing"

// TestLastYear checks the year a clause names for what follows it,
// written with "năm" or, as headlines write it, right after "đến" or
// "hết" ("Mục tiêu đến 2035 70% người lao động …").
func TestLastYear(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want int
	}{
		{"muc tieu den nam 2030, ", 2030},
		{"muc tieu den 2035 ", 2035},
		{"vien chuc toi thieu 10% den het 2026", 2026},
		{"giai doan 2026 - 2030, ", 2030},
		{"tang tu 30 den 40", 0},
		{"den ngay 15/12/2025", 0},
		{"phan dau den 2030 va nam 2035 ", 2035},
		{"den 20 xa, ", 0},
		{"", 0},
	} {
		if got := lastYear(tc.s); got != tc.want {
			t.Errorf("lastYear(%q) = %d, want %d", tc.s, got, tc.want)
		}
	}
}

// TestHeadlineYear checks that a headline's aim that writes its year
// right after "đến" has that year.
func TestHeadlineYear(t *testing.T) {
	d := parseText(t, "Mục tiêu đến 2035, 70% người lao động trong ngành dịch vụ logistics được đào tạo trình độ chuyên môn kỹ thuật.")
	if len(d.Targets) != 1 || d.Targets[0].Year != 2035 || d.Targets[0].Value != 70 {
		t.Fatalf("targets %+v, want one of 70%% in 2035", d.Targets)
	}
}
