package report_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/plots/report"
	"github.com/cchc-lab/cchc/score"
)

// ExampleHTML scores two targets and writes their report: one HTML page
// with its charts and fonts inside, in Vietnamese.
func ExampleHTML() {
	targets := []dataset.Target{
		{Code: "II.3.2b", Area: dataset.AreaProcedures, Metric: "online_submission_rate",
			Subject: "Tỷ lệ nộp hồ sơ trực tuyến toàn trình", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
		{Code: "II.3.2c", Area: dataset.AreaProcedures, Metric: "online_payment_rate",
			Subject: "Tỷ lệ giao dịch thanh toán trực tuyến", Comparator: ">=", Value: 60, Unit: "percent", Year: 2025},
	}
	obs := []dataset.Observation{{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 86.4, Unit: "percent"}}
	res, err := score.Scorecard(targets, obs, score.Options{Rules: score.DefaultRules()})
	if err != nil {
		panic(err)
	}
	page, err := report.HTML(report.Input{Label: "chỉ tiêu mẫu", Targets: targets, Result: res,
		Rules: score.DefaultRules(), Lang: "vi", Made: time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		panic(err)
	}
	s := string(page)
	fmt.Println(strings.Contains(s, "gần đạt"), strings.Contains(s, "chưa có số liệu"), strings.Count(s, `<svg class="chart"`))
	// Output: true true 2
}
