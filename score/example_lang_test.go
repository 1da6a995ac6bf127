package score_test

import (
	"fmt"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/score"
)

// The errors of Scorecard read in the language of the user through
// i18n.ErrorIn; Error() is the English.
func Example_errorIn() {
	targets := []dataset.Target{
		{PlanID: "3098/QĐ-UBND", Code: "II.3.2b", Area: "procedures", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
	}
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 191.3, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submision_rate", Value: 91.3, Unit: "percent"},
		{Entity: "", Year: 2025, Metric: "online_submission_rate", Value: 91.3, Unit: "percent"},
	}
	_, err := score.Scorecard(targets, obs, score.Options{File: "actuals.csv", Lines: []int{2, 3, 4}})
	fmt.Println(i18n.ErrorIn(err, i18n.VI))
	fmt.Println(i18n.ErrorIn(err, i18n.EN))

	_, err = score.Scorecard(targets, obs, score.Options{Dedupe: "newest"})
	fmt.Println(i18n.ErrorIn(err, i18n.VI))
	fmt.Println(i18n.ErrorIn(err, i18n.EN))
	// Output:
	// 3 số liệu thực hiện sai:
	//   actuals.csv:2: value "191,3": tỷ lệ online_submission_rate phải nằm trong khoảng từ 0 đến 100 phần trăm
	//   actuals.csv:3: metric "online_submision_rate": mã chỉ số không có trong danh mục (có phải là online_submission_rate, online_any_submission_rate, online_payment_rate?)
	//   actuals.csv:4: entity "": đơn vị để trống
	// 3 bad observation(s):
	//   actuals.csv:2: value "191,3": rate online_submission_rate must lie between 0 and 100 percent
	//   actuals.csv:3: metric "online_submision_rate": unknown metric id (did you mean online_submission_rate, online_any_submission_rate, online_payment_rate?)
	//   actuals.csv:4: entity "": entity is empty
	// score: Options.Dedupe "newest": cách loại số liệu trùng không hợp lệ (cần "", "last" hoặc "first")
	// score: Options.Dedupe "newest": unknown dedupe policy (want "", "last" or "first")
}
