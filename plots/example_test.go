package plots_test

import (
	"fmt"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/plots"
)

func ExampleTrend() {
	mem := memory.NewGoAllocator()
	sc := arrow.NewSchema([]arrow.Field{
		{Name: "province", Type: arrow.BinaryTypes.String},
		{Name: "year", Type: arrow.PrimitiveTypes.Int64},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64},
	}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	// PAR INDEX of Hà Tĩnh, 2020–2024 (hatinh.gov.vn, baohatinh.vn).
	for i, v := range []float64{85.31, 88.6, 85.95, 88.35, 89.72} {
		b.Field(0).(*array.StringBuilder).Append("Hà Tĩnh")
		b.Field(1).(*array.Int64Builder).Append(int64(2020 + i))
		b.Field(2).(*array.Float64Builder).Append(v)
	}
	rec := b.NewRecord()
	defer rec.Release()
	target := 90.0
	c, err := plots.Trend(rec, plots.TrendOptions{
		Common: plots.Common{Title: "PAR INDEX Hà Tĩnh 2020–2024"},
		Target: &target,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	png := c.PNG()
	fmt.Println(len(png) > 0, string(png[1:4]), len(c.MissingGlyphs()))
	// Output: true PNG 0
}

func ExampleBars() {
	mem := memory.NewGoAllocator()
	sc := arrow.NewSchema([]arrow.Field{
		{Name: "province", Type: arrow.BinaryTypes.String},
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64},
	}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	// PCI (VCCI) 2018 and 2019.
	for _, r := range []struct {
		p string
		y int32
		v float64
	}{{"Hà Tĩnh", 2018, 63.99}, {"Hà Tĩnh", 2019, 65.46}, {"Quảng Trị", 2018, 61.16}, {"Quảng Trị", 2019, 63.84}} {
		b.Field(0).(*array.StringBuilder).Append(r.p)
		b.Field(1).(*array.Int32Builder).Append(r.y)
		b.Field(2).(*array.Float64Builder).Append(r.v)
	}
	rec := b.NewRecord()
	defer rec.Release()
	c, err := plots.Bars(rec, plots.BarsOptions{Common: plots.Common{Title: "PCI 2018–2019", Lang: "en"}, ValueLabels: true})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Texts()[:3])
	// Output: [PCI 2018–2019 2018 2019]
}

func ExampleWorkload() {
	mem := memory.NewGoAllocator()
	tasks := dataset.TasksToRecord(mem, []dataset.Task{
		{Task: "Ban hành kế hoạch CCHC năm 2025", Lead: []string{"Sở Nội vụ"}},
		{Task: "Rà soát văn bản QPPL", Lead: []string{"Sở Tư pháp", "Sở Nội vụ"}},
		{Task: "Số hóa hồ sơ TTHC", Lead: []string{"Văn phòng UBND tỉnh"}},
	})
	defer tasks.Release()
	c, err := plots.Workload(tasks, plots.WorkloadOptions{Common: plots.Common{Lang: "en"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, t := range c.Texts() {
		if strings.Contains(t, "tasks") {
			fmt.Println(t) // the note under the chart
		}
	}
	// Output: 3 tasks; 1 task has several lead agencies and counts for each.
}

func ExampleHeatmap() {
	mem := memory.NewGoAllocator()
	v := func(x float64) *float64 { return &x }
	rec := dataset.ScoresToRecord(mem, []dataset.Score{
		{Code: "II.3.2b", Area: dataset.AreaProcedures, Subject: "Tỷ lệ nộp hồ sơ trực tuyến toàn trình",
			Comparator: ">=", Target: 90, Unit: "percent", Entity: "Hà Tĩnh", Year: 2025,
			Actual: v(86.4), Attainment: v(0.96), Status: dataset.StatusNear},
		{Code: "II.7.6", Area: dataset.AreaDigitalGovernment, Subject: "Quyết định công bố Danh mục TTHC",
			Entity: "Hà Tĩnh", Year: 2025, Status: dataset.StatusNoData},
	})
	defer rec.Release()
	c, err := plots.Heatmap(rec, plots.HeatmapOptions{Common: plots.Common{Title: "Hà Tĩnh 2025"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(len(c.MissingGlyphs()), len(c.SVG()) > 0)
	// Output: 0 true
}
