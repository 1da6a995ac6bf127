package plandoc

import (
	"slices"
	"testing"
)

// TestValueAfterCommaOfNumberWord covers a value that follows a comma
// after a word that, right before a number, makes it an identifier or a
// date part ("về phát triển chính quyền số, 100% hồ sơ …": "số" ends the
// topic, the value opens the aim). Negatives: "số 5", "năm 2025" right
// before the number.
func TestValueAfterCommaOfNumberWord(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
	}{
		{"a topic ending in 'số', then the aim",
			"Tin tỉnh Bắc Giang.\nKế hoạch đặt mục tiêu năm 2025, về phát triển chính quyền số, 100% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng.\n",
			[]string{"2|=|100|province|2025"}},
		// negatives
		{"a number after 'số'",
			"Tin tỉnh Bắc Giang.\nKế hoạch đặt mục tiêu năm 2025 thực hiện Nghị quyết số 100 về chính quyền số.\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetSummaries(parseText(t, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestYearOfNextAim covers a clause that sets a second aim after its
// first ("… tăng 10 bậc so với năm 2021, góp phần đến năm 2025 nằm trong
// TOP 20 …"): the later year is the second aim's, the first keeps the
// plan's.
func TestYearOfNextAim(t *testing.T) {
	text := "Số: 2395/QĐ-UBND\nNinh Thuận, ngày 24 tháng 12 năm 2021\nKẾ HOẠCH\nCải cách hành chính tỉnh Ninh Thuận năm 2022\n\n" +
		"+ Chỉ số PCI phấn đấu tăng 10 bậc so với năm 2021, góp phần đến năm 2025 nằm trong TOP 15 tỉnh, thành phố xếp hạng cao của cả nước.\n" +
		"+ Sự hài lòng của người dân phấn đấu tăng 1% so với năm 2021, phấn đấu đến năm 2025 đạt từ 90% trở lên.\n"
	want := []string{"6|>=|10||2022", "6|<=|15||2025", "7|>=|1||2022", "7|>=|90||2025"}
	if got := targetSummaries(parseText(t, text)); !slices.Equal(got, want) {
		t.Errorf("targets = %q, want %q", got, want)
	}
}
