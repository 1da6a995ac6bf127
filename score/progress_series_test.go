package score

import (
	"math"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

func TestSeriesFromIndexValues(t *testing.T) {
	vals := []dataset.IndexValue{
		{Index: "PAR INDEX", Province: "Hải Phòng", Year: 2021, Value: 91.8},
		{Index: "PAR INDEX", Province: "Hai Phong", Year: 2021, Value: 91.8},     // same value again
		{Index: "PAR INDEX", Province: "Hải Phòng", Year: 2023, Value: 91.81},    // two sources ...
		{Index: "PAR INDEX", Province: "Hải Phòng", Year: 2023, Value: 91.87},    // ... disagree
		{Index: "PAR INDEX", Province: "Nghệ An", Year: 2022, Value: math.NaN()}, // rank only
		{Index: "PAPI", Province: "Quảng Trị", Year: 2016, Value: 35.2},          // 6–60 scale
		{Index: "PAPI", Province: "Quảng Trị", Year: 2019, Value: 42.1},
		{Index: "PAPI", Province: "Quảng Trị", Year: 2023, Value: 42.77},
		{Index: "DTI", Province: "Hà Tĩnh", Year: 2024, Period: "2020-2024", Value: 0.5},
	}
	lines := []int{2, 3, 4, 5, 6, 7, 8, 9, 10}
	series, skipped := SeriesFromIndexValues(vals, lines)
	if len(series) != 2 {
		t.Fatalf("%d series: %+v", len(series), series)
	}
	hp, papi := series[0], series[1]
	if hp.Entity != "Hải Phòng" || len(hp.Points) != 2 || !strings.Contains(hp.Conflict, "91,81 (dòng 4) và 91,87 (dòng 5)") {
		t.Errorf("Hải Phòng: %+v", hp)
	}
	if len(papi.Points) != 2 || papi.Points[0].Year != 2019 || papi.Lines[0] != 8 {
		t.Errorf("PAPI across the 2018 break: %+v", papi)
	}
	reasons := map[int]string{}
	for _, s := range skipped {
		reasons[s.Line] = s.Reason
	}
	for line, want := range map[int]string{3: "trùng dòng 2", 6: "chỉ công bố thứ hạng", 7: "đổi thang điểm", 10: "cộng dồn"} {
		if !strings.Contains(reasons[line], want) {
			t.Errorf("line %d: %q, want %q", line, reasons[line], want)
		}
	}
	if len(skipped) != 4 {
		t.Errorf("skipped %+v", skipped)
	}
	r := AssessSeries(hp, ProgressInput{})
	if r.Class != ProgressUnable || r.Note != hp.Conflict {
		t.Errorf("conflicting series assessed: %+v", r)
	}
}

func TestSeriesFromObservations(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "overdue_rate", Value: 3},
		{Entity: "Hà Tĩnh", Year: 2022, Metric: "overdue_rate", Value: 5},
		{Entity: "Hà Tĩnh", Year: 2024, Period: "2024-06", Metric: "overdue_rate", Value: 4},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "", Value: 4},
		{Entity: "Hà Tĩnh", Year: 2024, Level: "commune", Metric: "overdue_rate", Value: 1},
	}
	series, skipped := SeriesFromObservations(obs, nil)
	if len(series) != 2 || series[0].Points[0] != (Point{2022, 5}) || series[1].Level != "commune" {
		t.Errorf("series %+v", series)
	}
	if len(skipped) != 2 {
		t.Errorf("skipped %+v", skipped)
	}
}

func TestProgressToRecord(t *testing.T) {
	limit := 100.0
	rows := []TargetProgress{
		{Entity: "Hà Tĩnh", Metric: "PAR INDEX", NaturalLimit: &limit,
			ProgressResult: Progress(ProgressInput{Series: []Point{{2020, 85.31}, {2024, 89.72}}, NaturalLimit: &limit})},
		{Entity: "Hải Phòng", Metric: "PAR INDEX", ProgressResult: Progress(ProgressInput{})},
	}
	rec := ProgressToRecord(memory.NewGoAllocator(), rows)
	defer rec.Release()
	if rec.NumRows() != 2 || int(rec.NumCols()) != len(ProgressSchema().Fields()) {
		t.Fatalf("%d rows, %d columns", rec.NumRows(), rec.NumCols())
	}
	col := map[string]int{}
	for i, f := range rec.Schema().Fields() {
		col[f.Name] = i
	}
	for name, wantNull := range map[string][2]bool{
		"base_year": {false, true}, "target": {true, true}, "natural_limit": {false, true},
		"required_cagr": {true, true}, "progress_value": {false, true}, "score": {false, false},
	} {
		c := rec.Column(col[name])
		for r := 0; r < 2; r++ {
			if c.IsNull(r) != wantNull[r] {
				t.Errorf("%s row %d: null %v, want %v", name, r, c.IsNull(r), wantNull[r])
			}
		}
	}
}

// A skipped row's reason reads in either language; Reason keeps the
// Vietnamese it always had.
func TestSkippedRowReasonIn(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2024, Period: "2024-Q2", Metric: "online_submission_rate", Value: 50},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "", Value: 50},
	}
	_, skipped := SeriesFromObservations(obs, []int{2, 3})
	want := []struct{ vi, en string }{
		{"giá trị của kỳ 2024-Q2, không phải cả năm", "a value for the period 2024-Q2, not the whole year"},
		{"không có mã chỉ số", "no metric id"},
	}
	if len(skipped) != len(want) {
		t.Fatalf("%d skipped rows: %+v", len(skipped), skipped)
	}
	for i, w := range want {
		s := skipped[i]
		if s.Reason != w.vi || s.ReasonIn(i18n.VI) != w.vi || s.ReasonIn(i18n.EN) != w.en {
			t.Errorf("row %d: Reason %q, vi %q, en %q; want %q / %q", i, s.Reason, s.ReasonIn(i18n.VI), s.ReasonIn(i18n.EN), w.vi, w.en)
		}
	}
	if (SkippedRow{Reason: "x"}).ReasonIn(i18n.EN) != "x" {
		t.Error("a row made elsewhere lost its reason")
	}
}
