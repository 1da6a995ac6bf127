package vntext

import (
	"errors"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestNumberErrorIn checks NumberError in Vietnamese, and that its
// English through i18n.ErrorIn is Error().
func TestNumberErrorIn(t *testing.T) {
	year := func(s string) error { _, err := ParseYear(s); return err }
	count := func(s string) error { _, err := ParseCount(s); return err }
	number := func(s string) error { _, _, err := ParseNumber(s); return err }
	tests := []struct {
		err  error
		vi   string
		want error
	}{
		{year("2O24"), `không đọc được "2O24" là năm: có chứa chữ 'O' ở chỗ cần chữ số (chữ O, không phải số không)`, ErrSyntax},
		{year("1850"), `không đọc được "1850" là năm: 1850 nằm ngoài khoảng 1900-2200`, ErrRange},
		{count("1,5"), `không đọc được "1,5" là số đếm: có phần thập phân (1,5); số đếm phải là số nguyên`, ErrSyntax},
		{count("-3"), `không đọc được "-3" là số đếm: số đếm không được âm`, ErrRange},
		{number(""), `không đọc được "" là số: chuỗi để trống`, ErrSyntax},
		{number("1.234,5.6"), `không đọc được "1.234,5.6" là số: có nhiều hơn một dấu thập phân '.'`, ErrSyntax},
	}
	for _, tc := range tests {
		if tc.err == nil {
			t.Errorf("no error for %q", tc.vi)
			continue
		}
		if got := i18n.ErrorIn(tc.err, i18n.VI); got != tc.vi {
			t.Errorf("vi: %s\nwant %s", got, tc.vi)
		}
		if got := i18n.ErrorIn(tc.err, i18n.EN); got != tc.err.Error() {
			t.Errorf("en: %q, Error() %q", got, tc.err.Error())
		}
		if !errors.Is(tc.err, tc.want) {
			t.Errorf("%v does not wrap %v", tc.err, tc.want)
		}
	}
}
