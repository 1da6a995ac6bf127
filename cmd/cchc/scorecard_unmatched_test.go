package main

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

// The unmatched list, written as it goes, is aligned exactly as
// text/tabwriter aligned it when it held the whole list.
func TestReportUnmatchedAlignsAsTabwriter(t *testing.T) {
	tests := []struct {
		name string
		obs  []dataset.Observation
	}{
		{"one row", []dataset.Observation{{Entity: "Hà Tĩnh", Year: 2024, Metric: "satisfaction_rate", Value: 91.5, Unit: "percent"}}},
		{"wide cells", []dataset.Observation{
			{Entity: "Ủy ban nhân dân tỉnh Quảng Trị", Level: "province", Year: 2023, Period: "2023-Q4", Metric: "online_submission_rate", Value: 1234567.25, Unit: "percent"},
			{Entity: "X", Year: 2024, Metric: "m", Value: -1},
			{Entity: "", Level: "commune", Year: 0, Metric: "", Value: 0, Unit: "người"},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, lang := range []i18n.Lang{i18n.EN, i18n.VI} {
				var got bytes.Buffer
				r := &scorecardRun{info: &got, res: &score.Result{Unmatched: tc.obs}}
				r.flags.lang = lang
				r.reportUnmatched()

				var want bytes.Buffer
				want.WriteString(lang.T("\n%d observation(s) match no target (kept out of the scores, not dropped):\n", len(tc.obs)))
				tw := tabwriter.NewWriter(&want, 0, 0, 2, ' ', 0)
				tw.Write([]byte(lang.T("  entity\tlevel\tyear\tperiod\tmetric\tvalue\tunit") + "\n"))
				for _, o := range tc.obs {
					tw.Write([]byte(strings.Join([]string{"  " + o.Entity, o.Level, strconv.Itoa(o.Year), o.Period, o.Metric, vntext.FormatNumber(o.Value), o.Unit}, "\t") + "\n"))
				}
				tw.Flush()
				if got.String() != want.String() {
					t.Errorf("%s:\ngot\n%s\nwant\n%s", lang, got.String(), want.String())
				}
			}
		})
	}
}
