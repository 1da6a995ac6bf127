package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestParseErrorIn checks the errors of text that cannot be read as a
// plan in Vietnamese through i18n.ErrorIn, and that English is Error().
func TestParseErrorIn(t *testing.T) {
	tests := []struct{ name, text, vi string }{
		{"empty", "", "kh.txt: không có văn bản"},
		{"NUL", "KẾ HOẠCH\nab\x00c\n", "kh.txt:2:3: dữ liệu nhị phân, không phải văn bản: có byte NUL"},
		{"not UTF-8", "KẾ HOẠCH\nCải cách \xff\n", "kh.txt:2:13: UTF-8 không hợp lệ: gặp byte 0xff"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Parse(strings.NewReader(tc.text), "kh.txt", nil)
			if err == nil {
				t.Fatal("no error")
			}
			if got := i18n.ErrorIn(err, i18n.VI); got != tc.vi {
				t.Errorf("vi: %s, want %s", got, tc.vi)
			}
			if got := i18n.ErrorIn(err, i18n.EN); got != err.Error() {
				t.Errorf("en: %s, Error() %s", got, err.Error())
			}
		})
	}
}
