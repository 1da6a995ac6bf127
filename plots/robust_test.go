package plots

import (
	"math"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
)

// TestEdgeCasesDoNotPanic draws every chart from awkward inputs: no rows,
// one point, NaN and infinite values, all nulls, huge and negative numbers,
// very long names. Each must give a chart or an error, never a panic.
func TestEdgeCasesDoNotPanic(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	long := strings.Repeat("Ủy ban nhân dân huyện Thạch Hà, tỉnh Hà Tĩnh ", 8)
	series := []struct {
		name   string
		names  []string
		years  []int64
		values []float64
	}{
		{"no rows", []string{"Hà Tĩnh"}, nil, nil},
		{"one point", []string{"Hà Tĩnh"}, []int64{2020}, []float64{5}},
		{"all null", []string{"Hà Tĩnh"}, []int64{2020, 2021}, []float64{-1, -1}},
		{"nan and inf", []string{"Hà Tĩnh"}, []int64{2020, 2021, 2022}, []float64{math.NaN(), math.Inf(1), 3}},
		{"huge", []string{"Hà Tĩnh"}, []int64{2020, 2021}, []float64{1e15, 2e15}},
		{"zero everywhere", []string{"Hà Tĩnh", "Quảng Trị"}, []int64{2020, 2020}, []float64{0, 0}},
		{"long names", []string{long, long + "x"}, []int64{2020, 2020, 2021, 2021}, []float64{1, 2, 3, 4}},
		{"far years", []string{"Hà Tĩnh"}, []int64{1900, 2200}, []float64{1, 2}},
	}
	for _, tc := range series {
		t.Run(tc.name, func(t *testing.T) {
			vals := make([]float64, len(tc.values))
			for i, v := range tc.values {
				if math.IsNaN(v) {
					vals[i] = v
					continue
				}
				vals[i] = v
			}
			rec := rawSeries(mem, tc.names, tc.years, vals)
			defer rec.Release()
			try := func(kind string, c *Chart, err error) {
				if err != nil {
					return
				}
				if len(c.PNG()) == 0 || len(c.SVG()) == 0 {
					t.Errorf("%s: empty output", kind)
				}
			}
			c, err := Trend(rec, TrendOptions{ValueLabels: true})
			try("trend", c, err)
			c, err = Trend(rec, TrendOptions{Band: BandMedianIQR})
			try("trend band", c, err)
			c, err = Bars(rec, BarsOptions{ValueLabels: true})
			try("bars", c, err)
		})
	}
	// Scorecards and tasks.
	f := func(v float64) *float64 { return &v }
	scores := []dataset.Score{
		{Code: "1", Subject: long, Entity: "Hà Tĩnh", Year: 2025, Status: "met", Actual: f(5), Target: 0, Attainment: f(1)},
		{Code: "1", Subject: long, Entity: "Hà Tĩnh", Year: 2025, Status: "weird", Actual: f(-5), Target: 10, Attainment: f(-3)},
		{Code: "2", Area: "unknown_area", Entity: "Hà Tĩnh", Year: 2025, Status: "", Comparator: "<=", Target: 5, Actual: f(0)},
		{Code: "3", Entity: "Hà Tĩnh", Year: 2025, Status: "off_track", Target: 2, Actual: f(1e9), Baseline: f(0), Attainment: f(2)},
	}
	rec := dataset.ScoresToRecord(mem, scores)
	defer rec.Release()
	for _, by := range []string{"entity", "year"} {
		if c, err := Heatmap(rec, HeatmapOptions{By: by}); err == nil {
			c.PNG()
		} else {
			t.Errorf("heatmap by %s: %v", by, err)
		}
	}
	if c, err := Attainment(rec, AttainmentOptions{}); err == nil {
		c.PNG()
	} else {
		t.Errorf("attainment: %v", err)
	}
	empty := dataset.ScoresToRecord(mem, nil)
	defer empty.Release()
	if _, err := Heatmap(empty, HeatmapOptions{}); err == nil {
		t.Error("heatmap of no rows: no error")
	}
	if _, err := Attainment(empty, AttainmentOptions{}); err == nil {
		t.Error("attainment of no rows: no error")
	}
	tasks := dataset.TasksToRecord(mem, []dataset.Task{{Task: "x", Lead: []string{long, "", "  "}}, {Task: "y"}})
	defer tasks.Release()
	if c, err := Workload(tasks, WorkloadOptions{}); err == nil {
		c.PNG()
	} else {
		t.Errorf("workload: %v", err)
	}
	noTasks := dataset.TasksToRecord(mem, nil)
	defer noTasks.Release()
	if _, err := Workload(noTasks, WorkloadOptions{}); err == nil {
		t.Error("workload of no tasks: no error")
	}
	for name, fn := range map[string]func() error{
		"trend":      func() error { _, err := Trend(nil, TrendOptions{}); return err },
		"bars":       func() error { _, err := Bars(nil, BarsOptions{}); return err },
		"heatmap":    func() error { _, err := Heatmap(nil, HeatmapOptions{}); return err },
		"attainment": func() error { _, err := Attainment(nil, AttainmentOptions{}); return err },
		"workload":   func() error { _, err := Workload(nil, WorkloadOptions{}); return err },
	} {
		if fn() == nil {
			t.Errorf("%s(nil): no error", name)
		}
	}
}

// rawSeries builds a record where a negative value (other than -Inf) is a null.
func rawSeries(mem memory.Allocator, names []string, years []int64, values []float64) arrow.Record {
	sc := arrow.NewSchema([]arrow.Field{
		{Name: "province", Type: arrow.BinaryTypes.String},
		{Name: "year", Type: arrow.PrimitiveTypes.Int64},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	for i := range years {
		b.Field(0).(*array.StringBuilder).Append(names[i%len(names)])
		b.Field(1).(*array.Int64Builder).Append(years[i])
		if v := values[i]; v == -1 {
			b.Field(2).AppendNull()
		} else {
			b.Field(2).(*array.Float64Builder).Append(v)
		}
	}
	return b.NewRecord()
}

func TestWorkloadJoinedStrings(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	sc := arrow.NewSchema([]arrow.Field{{Name: "lead", Type: &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}}}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	for _, s := range []string{"Sở Nội vụ; Sở Tư pháp", "Sở Nội vụ", "so noi vu", ""} {
		b.Field(0).(*array.BinaryDictionaryBuilder).AppendString(s)
	}
	rec := b.NewRecord()
	defer rec.Release()
	c, err := Workload(rec, WorkloadOptions{Common: Common{Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "|")
	for _, w := range []string{"Sở Nội vụ|", "Sở Tư pháp|", "|3|", "4 tasks; 1 task has several lead agencies and counts for each; 1 task names no lead agency."} {
		if !strings.Contains(texts, w) {
			t.Errorf("workload texts lack %q:\n%s", w, texts)
		}
	}
}
