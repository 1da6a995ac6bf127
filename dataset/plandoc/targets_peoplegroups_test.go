package plandoc

import "testing"

// TestPeopleCountsAndEnteredGroups: counts of teachers, doctoral
// students, lecturers and houses are counted targets, "N xã trở lên" a
// floor, "bác sỹ" no rank's "bậc"; a group of the
// leading entered ("đứng vào nhóm 20 quốc gia hàng đầu") is a rank aim,
// a group that names what is counted ("8 cơ sở thuộc nhóm 200 đại học
// hàng đầu") is not; a stage heading numbered in brackets or with bold
// marks inside its numbering gives its year to the aims under it.
func TestPeopleCountsAndEnteredGroups(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"part after trong đó", "II. MỤC TIÊU\n- Tỉ lệ người học các ngành kỹ thuật đạt ít nhất 35%, trong đó có ít nhất 6.000 nghiên cứu sinh.",
			[]kt{{">=", 35, "percent", 2026}, {">=", 6000, "people", 2026}}},
		{"lecturers", "II. MỤC TIÊU\n- Tuyển dụng ít nhất 2.000 giảng viên giỏi từ nước ngoài.", []kt{{">=", 2000, "people", 2026}}},
		{"teachers", "II. MỤC TIÊU\n- Tuyển dụng 260 giáo viên mầm non.", []kt{{"=", 260, "people", 2026}}},
		{"houses", "II. MỤC TIÊU\n- Hoàn thành xây dựng ít nhất 4.800 căn nhà ở xã hội.", []kt{{">=", 4800, "count", 2026}}},
		{"a count or more", "II. MỤC TIÊU\n- Số xã đạt chuẩn nông thôn mới tăng thêm 7 xã trở lên.", []kt{{">=", 7, "count", 2026}}},
		{"doctors per ten thousand, spelt sỹ: no rank", "II. MỤC TIÊU\n- Đạt 14,3 bác sỹ trên một vạn dân.", []kt{{">=", 14.3, "bác sĩ", 2026}}},
		{"entered group", "II. MỤC TIÊU\n- Hệ thống giáo dục đứng vào nhóm 20 quốc gia hàng đầu thế giới.", []kt{{"<=", 20, "rank", 2026}}},
		{"counted group", "II. MỤC TIÊU\n- Phấn đấu ít nhất 1 cơ sở giáo dục đại học thuộc nhóm 100 đại học hàng đầu thế giới.",
			[]kt{{">=", 1, "count", 2026}}},
		{"bracketed stage heading", "II. MỤC TIÊU\n**(2) Mục tiêu đến năm 2030**\n- Có ít nhất 80% trường đạt chuẩn.\n**(3) Tầm nhìn đến năm 2045**\n- Đứng vào nhóm 20 quốc gia hàng đầu thế giới.",
			[]kt{{">=", 80, "percent", 2030}, {"<=", 20, "rank", 2045}}},
		{"bold marks inside the numbering", "II. MỤC TIÊU\n**2. Mục tiêu đến**** năm 2035**\n- Có ít nhất 80% trường đạt chuẩn.\n**3****. ****Tầm nhìn đến năm 2045**\n- Đứng vào nhóm 20 quốc gia hàng đầu thế giới.",
			[]kt{{">=", 80, "percent", 2035}, {"<=", 20, "rank", 2045}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Thanh Hóa", 2026, tc.body), tc.want) })
	}
}

// TestRankSubjectKeepsOtherWords: a rank's subject loses its word for
// the steps ("bậc", "hạng") but not the words that fold the same
// ("hàng đầu"); a part after "trong đó" is named by its own words.
func TestRankSubjectKeepsOtherWords(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"hàng đầu", "II. MỤC TIÊU\n- Hệ thống giáo dục đứng vào nhóm 20 quốc gia hàng đầu thế giới.", "Hệ thống giáo dục đứng vào quốc gia hàng đầu thế giới"},
		{"bậc", "II. MỤC TIÊU\n- Chỉ số SIPAS tăng 2 bậc so với năm 2025.", "Chỉ số SIPAS"},
		{"trong đó", "II. MỤC TIÊU\n- Tỉ lệ người học đạt 35%, trong đó có ít nhất 6.000 nghiên cứu sinh.", "nghiên cứu sinh"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := parseText(t, kindPlan("Thanh Hóa", 2026, tc.body)).Targets
			if len(ts) == 0 {
				t.Fatalf("no target in %q", tc.body)
			}
			if got := ts[len(ts)-1].Subject; got != tc.want {
				t.Errorf("subject %q, want %q", got, tc.want)
			}
		})
	}
}
