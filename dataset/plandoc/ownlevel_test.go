package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestCommuneSetsOwnAims checks which texts are a commune's setting of
// its own aims, whose targets without a level take level commune.
func TestCommuneSetsOwnAims(t *testing.T) {
	tests := []struct {
		name, issuer, text string
		want               bool
	}{
		{"commune's committee", "UBND xã Thanh Hương", "100% cán bộ được đào tạo kỹ năng số", true},
		{"ward's party committee", "Đảng ủy phường Phú Lợi", "", true},
		{"town is a district's tier", "UBND thị xã Hương Trà", "", false},
		{"social insurance is no commune", "Bảo hiểm xã hội Việt Nam", "", false},
		{"province's committee", "UBND tỉnh Gia Lai", "xã Ân Tường đặt mục tiêu 100%", false},
		{"named commune sets aims", "", "Theo thông tin tại hội nghị, xã Ân Tường đặt mục tiêu phấn đấu đến cuối năm 2026, tỷ lệ … là 100%", true},
		{"unnamed ward sets aims", "", "Năm 2026, phường đặt mục tiêu tốc độ tăng trưởng đạt 10,5%", true},
		{"commune states its indicators", "", "xã Thiệu Hóa đề ra 23 chỉ tiêu cụ thể trên các lĩnh vực.\nTrong đó, xã phấn đấu tốc độ tăng đạt 12% trở lên", true},
		{"many communes", "", "Các xã phấn đấu 100% hồ sơ được giải quyết trực tuyến", false},
		{"a share of communes", "", "Tỉnh đặt mục tiêu 100% xã phấn đấu đạt chuẩn", false},
		{"province beside a commune", "", "Tỉnh phấn đấu tăng trưởng 8%.\nxã Ân Tường đặt mục tiêu 100%", false},
		{"no one sets aims", "", "Năm 2026, tỷ lệ hồ sơ trực tuyến đạt 90%", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPage(markersRead(strings.Split(tt.text, "\n")))
			if got := communeSetsOwnAims(p, tt.issuer); got != tt.want {
				t.Errorf("communeSetsOwnAims(%q, %q) = %v, want %v", tt.issuer, tt.text, got, tt.want)
			}
		})
	}
}

// TestCommuneLevelOfParsedAims checks the levels of a parsed press item
// in which a ward sets its aims: its own aims take level commune, an aim
// stated for another level keeps it.
func TestCommuneLevelOfParsedAims(t *testing.T) {
	text := "Năm 2026, phường đặt mục tiêu tốc độ tăng tổng giá trị sản phẩm trên địa bàn đạt 10,5%; 100% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.\n"
	d, err := Parse(strings.NewReader(text), "ward.txt", indicators.Default())
	if err != nil {
		t.Fatal(err)
	}
	levels := map[float64]string{}
	for _, tg := range d.Targets {
		levels[tg.Value] = tg.Level
	}
	want := map[float64]string{10.5: "commune", 100: "province"}
	for v, l := range want {
		if got, ok := levels[v]; !ok || got != l {
			t.Errorf("target %v: level %q (found %v), want %q; targets %+v", v, got, ok, l, d.Targets)
		}
	}
}
