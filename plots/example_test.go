package plots_test

import (
	"fmt"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

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
