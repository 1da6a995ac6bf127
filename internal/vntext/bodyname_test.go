package vntext

import "testing"

func TestBodyKey(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"Văn phòng Ủy ban nhân dân tỉnh", "Văn phòng UBND tỉnh", true},
		{"Uỷ ban nhân dân các xã, phường", "UBND các xã, phường", true},
		{"Ủy ban nhân dân  cấp huyện", "ubnd cấp huyện", true},
		{"Sở Nội vụ", "Sở Nội Vụ", true},
		{"Văn phòng UBND tỉnh", "UBND tỉnh", false},
		{"Hội đồng nhân dân tỉnh", "UBND tỉnh", false},
		{"", "", true},
	} {
		if got := BodyKey(c.a) == BodyKey(c.b); got != c.same {
			t.Errorf("BodyKey(%q)=%q, BodyKey(%q)=%q: same %v, want %v", c.a, BodyKey(c.a), c.b, BodyKey(c.b), got, c.same)
		}
	}
}
