package plots

import (
	"errors"
	"io"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestErrorsInVietnamese checks that the errors of plots read in
// Vietnamese through i18n.ErrorIn, and as Error() in English.
func TestErrorsInVietnamese(t *testing.T) {
	_, noRecord := Heatmap(nil, HeatmapOptions{})
	tests := []struct {
		name string
		err  error
		vi   string
	}{
		{"no record", noRecord, "plots: không có gì để vẽ: không có bản ghi"},
		{"options", optionsError(i18n.Errorf("By is %q, want \"entity\" or \"year\"", "area"), "By"),
			`plots: tùy chọn không hợp lệ: By là "area", cần "entity" hoặc "year"`},
		{"selection with years", (&seriesSelector{s: Selection{YearFrom: 2020, YearTo: 2024}, out: &selected{index: "PAR"}}).nothingLeft(),
			"plots: không có gì để vẽ: không có dòng nào cho chỉ số PAR, các năm 2020–2024"},
		{"unknown format", (&Chart{}).Save(io.Discard, "gif"), `plots: định dạng ảnh "gif" không hợp lệ (cần svg hoặc png)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			if got := i18n.ErrorIn(tc.err, i18n.VI); got != tc.vi {
				t.Errorf("vi: %q\nwant %q", got, tc.vi)
			}
			if got := i18n.ErrorIn(tc.err, i18n.EN); got != tc.err.Error() {
				t.Errorf("en: %q, Error() %q", got, tc.err.Error())
			}
		})
	}
	var oe *OptionsError
	if err := tests[1].err; !errors.As(err, &oe) || !errors.Is(err, ErrOptions) {
		t.Errorf("the OptionsError is not found by errors.As and errors.Is")
	}
}
