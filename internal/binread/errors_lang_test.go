package binread

import (
	"errors"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestRecordErrorIn checks RecordError and the damage it wraps in
// Vietnamese, and that its English through i18n.ErrorIn is Error().
func TestRecordErrorIn(t *testing.T) {
	tests := []struct {
		err error
		vi  string
	}{
		{&RecordError{Column: "value", Row: -1, Err: i18n.Errorf("%w: %d values in a batch of %d rows", ErrDamaged, 3, 4)},
			`cột "value": tệp bị hỏng: 3 giá trị trong một lô 4 dòng`},
		{&RecordError{Column: "entity", Row: 1, Err: i18n.Errorf("%w: text that is not UTF-8 (%q)", ErrDamaged, "\xff")},
			`cột "entity": dòng 2 của lô: tệp bị hỏng: văn bản không phải UTF-8 ("\xff")`},
		{i18n.Errorf("%w: %w: the footer ends inside %s", ErrDamaged, ErrChecksum, ChecksumKey),
			"tệp bị hỏng: tổng kiểm tra không khớp: phần cuối tệp kết thúc giữa mục " + ChecksumKey},
	}
	for _, tc := range tests {
		if got := i18n.ErrorIn(tc.err, i18n.VI); got != tc.vi {
			t.Errorf("vi: %s\nwant %s", got, tc.vi)
		}
		if got := i18n.ErrorIn(tc.err, i18n.EN); got != tc.err.Error() {
			t.Errorf("en: %q, Error() %q", got, tc.err.Error())
		}
		if !errors.Is(tc.err, ErrDamaged) {
			t.Errorf("%v does not wrap ErrDamaged", tc.err)
		}
	}
}

// TestRecoveredIn checks a refused allocation, recovered as an error, in
// Vietnamese.
func TestRecoveredIn(t *testing.T) {
	err := Recovered(allocationRefused{1 << 40, 1 << 26})
	want := "tệp bị hỏng: khai báo một vùng đệm 1099511627776 byte, lớn hơn 67108864 byte mà một tệp cỡ này có thể cần"
	if got := i18n.ErrorIn(err, i18n.VI); got != want {
		t.Errorf("vi: %s\nwant %s", got, want)
	}
	if got, want := err.Error(), "damaged file: a buffer of 1099511627776 bytes declared, more than the 67108864 bytes a file of this size can need"; got != want {
		t.Errorf("en: %s\nwant %s", got, want)
	}
}
