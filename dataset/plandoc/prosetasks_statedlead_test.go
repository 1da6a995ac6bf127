package plandoc

import "testing"

// TestStatedLead reads the lead of a lettered item of a task section from
// its first sentence when no field line gives one: the body it opens with
// or the body it assigns; an item that names none, or names its bodies by
// a list after a colon, keeps no lead; a field line's lead stands.
func TestStatedLead(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bodies that open their items, and an assignment", `**II. NHIỆM VỤ TRỌNG TÂM**

a) Bộ Quốc phòng khẩn trương hoàn thiện hồ sơ, báo cáo cấp có thẩm quyền trong tháng 11 năm 2025.

b) Sở Xây dựng đẩy nhanh tiến độ phê duyệt dự án đường nối khu công nghiệp.

c) Giao Sở Tài chính chủ trì, phối hợp với Sở Nội vụ bố trí kinh phí thực hiện.

d) Rà soát, đơn giản hóa thủ tục hành chính nội bộ.

đ) UBND các xã, phường: Tân An, Phú Lợi, Bình Minh quyết liệt chỉ đạo giải phóng mặt bằng.
`, []taskSummary{{3, "a", []string{"Bộ Quốc phòng"}}, {5, "b", []string{"Sở Xây dựng"}}, {7, "c", []string{"Sở Tài chính"}}, {9, "d", []string{}}, {11, "đ", []string{}}}},
		{"a field line's lead stands", `**II. NHIỆM VỤ**

1. Sở Nội vụ rà soát quy trình nội bộ giải quyết thủ tục hành chính.
- Cơ quan chủ trì: Văn phòng UBND tỉnh.
- Thời gian: Quý II năm 2026.
`, []taskSummary{{3, "1", []string{"Văn phòng UBND tỉnh"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestFirstVerbAfterDefence ends a ministry's name at its first verb when
// the name ends as the head of another name does ("Bộ Quốc phòng" ends
// with "phòng", as "Phòng Xây dựng" opens), while a field after a head
// stays in the name, and "tổ chức" in "các cơ quan, tổ chức và cá nhân"
// is a noun of the list of bodies.
func TestFirstVerbAfterDefence(t *testing.T) {
	tests := []struct {
		name, sentence, want string
	}{
		{"the ministry of defence and an adverb", "Bộ Quốc phòng khẩn trương hoàn thiện hồ sơ", "bo quoc phong"},
		{"a department whose field folds like a verb", "Phòng Xây dựng tổ chức kiểm tra", "phong xay dung"},
		{"a facility, not a department", "Cơ sở khẩn trương khắc phục", "co so"},
		{"heads of the ministries", "Bộ trưởng các bộ, thủ trưởng cơ quan ngang bộ khẩn trương rà soát", "bo truong cac bo, thu truong co quan ngang bo"},
		{"the departments", "Các sở tham mưu UBND tỉnh", "cac so"},
		{"a ministry named by its field", "Bộ Xây dựng chủ trì", "bo xay dung"},
		{"bodies, organisations and persons", "Giám đốc Sở Nội vụ, các cơ quan, tổ chức và cá nhân có liên quan chịu trách nhiệm thi hành", "giam doc so noi vu, cac co quan, to chuc va ca nhan co lien quan"},
		{"bodies, organisations and persons, cut", "Giám đốc Sở Nội vụ, các cơ quan, tổ chức và cá nhân c", "giam doc so noi vu, cac co quan, to chuc va ca nhan c"},
		{"the units organise", "Thủ trưởng các cơ quan, đơn vị tổ chức quán triệt", "thu truong cac co quan, don vi"},
		{"the bodies send", "UBND các huyện, thành phố gửi báo cáo về Sở Nội vụ", "ubnd cac huyen, thanh pho"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			f := asciiFold([]rune(tc.sentence))
			if got := f[:firstVerb(f, 0)]; got != tc.want {
				t.Errorf("firstVerb cuts %q, want %q", got, tc.want)
			}
		})
	}
}
