package score

import (
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// The warnings of Scorecard and Composite read in the reader's language;
// Warnings keeps the English, one for one.
func TestWarningsIn(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 0.94},
		{Entity: "B", Year: 2025, Metric: "satisfaction_rate", Value: 0.97},
		{Entity: "C", Year: 2025, Metric: "satisfaction_rate", Value: 1},
	}
	res, err := Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue()})
	if err != nil {
		t.Fatal(err)
	}
	comp, err := Composite([]string{"A", "B"}, [][]float64{{1, 5}, {2, 5}},
		CompositeSpec{Indicators: []CompositeIndicator{{ID: "a", Group: "g"}, {ID: "c", Group: "g"}}})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		english []string
		texts   []i18n.Msg
		en, vi  string
	}{
		{"fractions", res.Warnings, res.WarningTexts,
			"all 3 values of satisfaction_rate are at most 1: rates are in percent (0-100, write 91,3 for 91,3%), not fractions",
			"cả 3 giá trị của satisfaction_rate đều không quá 1: tỷ lệ ghi theo phần trăm (0-100, ghi 91,3 cho 91,3%), không ghi dạng phân số"},
		{"constant indicator", comp.Warnings, comp.WarningTexts,
			"indicator c has one value for every unit: normalised to NaN (no information)",
			"chỉ số c có cùng một giá trị ở mọi đơn vị: chuẩn hóa thành NaN (không mang thông tin)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if len(tc.english) != 1 || len(tc.texts) != 1 {
				t.Fatalf("warnings %q, texts %v", tc.english, tc.texts)
			}
			if tc.english[0] != tc.en || tc.texts[0].In(i18n.EN) != tc.en {
				t.Errorf("English %q / %q, want %q", tc.english[0], tc.texts[0].In(i18n.EN), tc.en)
			}
			if got := tc.texts[0].In(i18n.VI); got != tc.vi {
				t.Errorf("Vietnamese %q, want %q", got, tc.vi)
			}
		})
	}
}
