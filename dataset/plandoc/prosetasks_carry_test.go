package plandoc

import "testing"

func TestGeneralDutyWithoutObject(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{"tang cuong chi dao, khac phuc.", true},
		{"khan truong khac phuc", true},
		{"tang cuong chi dao, khac phuc cac han che ve ty le ho so dung han", false},
		{"tang cuong kiem tra viec giai quyet ho so", false},
		{"chi dao viec khoa cac tai khoan khong con su dung", false},
	}
	for _, tc := range tests {
		if got := generalDuty(tc.f); got != tc.want {
			t.Errorf("generalDuty(%q) = %v, want %v", tc.f, got, tc.want)
		}
	}
}

func TestAppealsToPublic(t *testing.T) {
	tests := []struct {
		f    string
		want bool
	}{
		{" to chuc, ca nhan lien quan sau ky nghi tet nguyen dan phai khan truong", true},
		{" to chuc va ca nhan co lien quan phai chap hanh", true},
		{" to chuc, trien khai thuc hien ke hoach", false},
		{" to chuc kiem tra viec giai quyet ho so", false},
	}
	for _, tc := range tests {
		if got := appealsToPublic(tc.f); got != tc.want {
			t.Errorf("appealsToPublic(%q) = %v, want %v", tc.f, got, tc.want)
		}
	}
}

func TestTopicHeading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"2. Về tài khoản người dùng", true},
		{"b) Về tập huấn, hướng dẫn", true},
		{"**3. Về kinh phí**", true},
		{"1. Về dữ liệu: Toàn bộ dữ liệu của Hệ thống thông tin giải quyết TTHC", false},
		{"Về cơ bản, các đơn vị đã hoàn thành nhiệm vụ.", false},
		{"2. Tài khoản người dùng", false},
	}
	for _, tc := range tests {
		if got := topicHeading([]rune(tc.text)); got != tc.want {
			t.Errorf("topicHeading(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestTopicHeadingCarriesAssignment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"a body's duty under the next topic's heading", `1. Về dữ liệu: Sở Khoa học và Công nghệ có trách nhiệm xây dựng phương án dừng hoạt động các hệ thống cũ.

2. Về tài khoản người dùng

a) Tài khoản người dùng trên hệ thống cũ sẽ được chuyển đổi hoặc cấp mới trên hệ thống mới. Sở Khoa học và Công nghệ phối hợp với các cơ quan, đơn vị rà soát, chuẩn hóa thông tin người dùng;
`, []taskSummary{{1, "", []string{"Sở Khoa học và Công nghệ"}}, {5, "", []string{"Sở Khoa học và Công nghệ"}}}},
		{"no assignment before the heading: a body's sentence is not read as a duty", `Năm 2025, tỉnh đã chuyển đổi dữ liệu của ba hệ thống cũ.

2. Về tài khoản người dùng

Sở Khoa học và Công nghệ phối hợp với các cơ quan, đơn vị rà soát, chuẩn hóa thông tin người dùng.
`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}
