package plandoc

import "testing"

// TestEffectOfValue: a sentence of prose that says what a value will
// bring about ("Trị giá trên 16% trong GDP sẽ khẳng định vai trò …")
// speaks of the value's effect, and its "sẽ" states no target; "sẽ" of
// what is to be reached ("… sẽ đạt trên 80%", "sẽ có ít nhất …") does.
func TestEffectOfValue(t *testing.T) {
	tests := []struct {
		name, text string
		want       []kt
	}{
		{"share affirms a role", "Tin tức.\n\nMức đóng góp trên 20% vào GRDP sẽ khẳng định vai trò của kinh tế số của tỉnh.\n", nil},
		{"share contributes", "Tin tức.\n\nTỷ trọng trên 12% trong tổng mức bán lẻ sẽ góp phần thúc đẩy thương mại điện tử.\n", nil},
		{"count helps", "Tin tức.\n\nVới 45 điểm phục vụ, mạng lưới này sẽ giúp người dân tiếp cận dịch vụ công dễ dàng hơn.\n", nil},
		{"will reach", "Tin tức.\n\nTỷ lệ hồ sơ trực tuyến của tỉnh sẽ đạt trên 80%.\n", []kt{{">", 80, "percent", 0}}},
		{"will then help", "Tin tức.\n\nTỉnh sẽ số hóa trên 70% hồ sơ, giúp người dân tra cứu dễ dàng.\n", []kt{{">", 70, "percent", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, tc.text, tc.want) })
	}
}
