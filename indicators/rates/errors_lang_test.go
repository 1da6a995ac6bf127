package rates

import (
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestErrorsIn checks an error of the rates in Vietnamese through
// i18n.ErrorIn, and that English is Error().
func TestErrorsIn(t *testing.T) {
	_, err := ParseGroupBy("province,district")
	if err == nil {
		t.Fatal("no error for an unknown dimension")
	}
	want := `nhóm theo: chiều "district" không hợp lệ (cần province, agency, level, procedure, year, quarter hoặc month)`
	if got := i18n.ErrorIn(err, i18n.VI); got != want {
		t.Errorf("vi: %s, want %s", got, want)
	}
	if got := i18n.ErrorIn(err, i18n.EN); got != err.Error() {
		t.Errorf("en: %s, Error() %s", got, err.Error())
	}
}
