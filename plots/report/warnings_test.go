package report

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/score"
)

// The scorecard's warnings are listed among the findings in the page's
// language.
func TestHTMLWarnings(t *testing.T) {
	targets := []dataset.Target{{PlanID: "P", Code: "1", Area: dataset.AreaProcedures, Metric: "satisfaction_rate",
		Subject: "Mức độ hài lòng", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025}}
	var obs []dataset.Observation
	for i, e := range []string{"Hà Tĩnh", "Nghệ An", "Quảng Bình"} {
		obs = append(obs, dataset.Observation{Entity: e, Year: 2025, Metric: "satisfaction_rate", Value: 0.9 + 0.05*float64(i), Unit: "percent"})
	}
	res, err := score.Scorecard(targets, obs, score.Options{Rules: score.DefaultRules(), Catalogue: indicators.Default()})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		lang       i18n.Lang
		kind, text string
	}{
		{i18n.EN, "warning about the data", "all 3 values of satisfaction_rate are at most 1"},
		{i18n.VI, "cảnh báo về số liệu", "cả 3 giá trị của satisfaction_rate đều không quá 1"},
	}
	for _, tc := range tests {
		t.Run(string(tc.lang), func(t *testing.T) {
			page, err := HTML(Input{Label: "targets.csv", Targets: targets, Result: res, Rules: score.DefaultRules(), Lang: tc.lang, Made: madeAt})
			if err != nil {
				t.Fatal(err)
			}
			if s := string(page); !strings.Contains(s, "<td>"+tc.kind+"</td><td>"+tc.text) {
				t.Errorf("the page lacks the warning %q / %q", tc.kind, tc.text)
			}
		})
	}
}
