package score

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestErrorsIn checks the errors of Scorecard and of point rules in
// Vietnamese through i18n.ErrorIn, and that their English is Error().
func TestErrorsIn(t *testing.T) {
	targets := []dataset.Target{{Code: "II.1", Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025}}
	obs := func(rows ...dataset.Observation) error {
		_, err := Scorecard(targets, rows, Options{})
		return err
	}
	row := dataset.Observation{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 91, Unit: "percent"}
	unknown := row
	unknown.Metric = "no_such_metric_at_all"
	other := row
	other.Value = 80
	many := make([]dataset.Observation, 25)
	for i := range many {
		many[i] = row
		many[i].Entity = ""
	}
	_, _, rulesErr := ReadPointRules(strings.NewReader("code,max_points,kind\nII.1,0,proportional\n"), "points.csv")
	tests := []struct {
		name string
		err  error
		vi   string
	}{
		{"unknown metric, repeated", obs(unknown, unknown, unknown),
			"1 số liệu thực hiện sai:\n  hàng 1: metric \"no_such_metric_at_all\": mã chỉ số không có trong danh mục; còn 2 dòng khác cũng ghi chỉ số này"},
		{"duplicate", obs(row, other),
			"1 số liệu thực hiện sai:\n  hàng 2: value \"80\": trùng với hàng 1 nhưng khác giá trị (91) cho online_submission_rate, Hà Tĩnh, 2025"},
		{"more than twenty", obs(many...), "25 số liệu thực hiện sai:" + strings.Repeat("\n  hàng %d: entity \"\": đơn vị để trống", 20) + "\n  ... và 5 lỗi khác"},
		{"point rules", rulesErr, "1 quy tắc tính điểm sai:\n  points.csv:2: max_points \"0\": max_points phải lớn hơn 0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			want := tc.vi
			if strings.Contains(want, "%d") {
				args := make([]any, 20)
				for i := range args {
					args[i] = i + 1
				}
				want = fmt.Sprintf(want, args...)
			}
			if got := i18n.ErrorIn(tc.err, i18n.VI); got != want {
				t.Errorf("vi:\n%s\nwant\n%s", got, want)
			}
			if got := i18n.ErrorIn(tc.err, i18n.EN); got != tc.err.Error() {
				t.Errorf("en: %q, Error() %q", got, tc.err.Error())
			}
			var ie *InputError
			if !errors.As(tc.err, &ie) {
				t.Error("errors.As finds no *InputError")
			}
		})
	}
}
