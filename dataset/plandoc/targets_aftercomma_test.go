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
