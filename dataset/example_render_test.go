package dataset_test

import (
	"fmt"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
)

// A record of PCI scores shown as text, as a terminal or a log shows it.
// Numbers are right-aligned with the same decimals down a column and
// Vietnamese names line up; the middle of a long table is cut.
func ExampleText() {
	mem := memory.NewGoAllocator()
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "province", Type: &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}},
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		{Name: "rank", Type: arrow.PrimitiveTypes.Int32, Nullable: true},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	provinces := b.Field(0).(*array.BinaryDictionaryBuilder)
	for _, p := range []string{"Hà Tĩnh", "Hà Tĩnh", "Quảng Trị", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế"} {
		_ = provinces.AppendString(p)
	}
	b.Field(1).(*array.Int32Builder).AppendValues([]int32{2011, 2019, 2019, 2019, 2019}, nil)
	b.Field(2).(*array.Float64Builder).AppendValues([]float64{65.97, 69.6, 64.1, 68.7, 0}, []bool{true, true, true, true, false})
	b.Field(3).(*array.Int32Builder).AppendValues([]int32{7, 0, 0, 0, 0}, []bool{true, false, false, false, false})
	rec := b.NewRecord()
	defer rec.Release()

	fmt.Print(dataset.Text(rec, dataset.RenderOptions{MaxRows: 4}))
	// Output:
	//      province           year  value  rank
	// 0    Hà Tĩnh            2011  65.97     7
	// 1    Hà Tĩnh            2019  69.60  null
	// ...  ...                 ...    ...   ...
	// 3    Bà Rịa - Vũng Tàu  2019  68.70  null
	// 4    Thừa Thiên Huế     2019   null  null
	// [5 rows x 4 columns]
}

// A scorecard shown as an HTML table in a notebook: the status column is
// coloured and every text is escaped.
func ExampleHTML() {
	mem := memory.NewGoAllocator()
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "metric", Type: arrow.BinaryTypes.String},
		{Name: "attainment", Type: arrow.PrimitiveTypes.Float64},
		{Name: "status", Type: arrow.BinaryTypes.String},
	}, nil)
	b := array.NewRecordBuilder(mem, schema)
	defer b.Release()
	b.Field(0).(*array.StringBuilder).AppendValues([]string{"online_submission_rate", "satisfaction < 90%"}, nil)
	b.Field(1).(*array.Float64Builder).AppendValues([]float64{1, 0.9312}, nil)
	b.Field(2).(*array.StringBuilder).AppendValues([]string{"met", "near"}, nil)
	rec := b.NewRecord()
	defer rec.Release()

	fmt.Print(dataset.HTML(rec, dataset.RenderOptions{Caption: "Hà Tĩnh 2025", HideRowNumbers: true}))
	// Output:
	// <table class="cchc-table">
	// <caption>Hà Tĩnh 2025</caption>
	// <thead><tr><th style="text-align:left">metric</th><th style="text-align:right">attainment</th><th style="text-align:left">status</th></tr></thead>
	// <tbody>
	// <tr><td>online_submission_rate</td><td style="text-align:right">1.00</td><td style="background-color:#d4edda;color:#155724">met</td></tr>
	// <tr><td>satisfaction &lt; 90%</td><td style="text-align:right">0.93</td><td style="background-color:#fff3cd;color:#856404">near</td></tr>
	// </tbody>
	// </table>
	// <p>2 rows × 3 columns</p>
}

// An arrow.Table made of several records renders as one table.
func ExampleTableText() {
	mem := memory.NewGoAllocator()
	schema := arrow.NewSchema([]arrow.Field{
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "lead", Type: arrow.ListOf(arrow.BinaryTypes.String)},
	}, nil)
	record := func(year int32, lead ...string) arrow.Record {
		b := array.NewRecordBuilder(mem, schema)
		defer b.Release()
		b.Field(0).(*array.Int32Builder).Append(year)
		lb := b.Field(1).(*array.ListBuilder)
		lb.Append(true)
		lb.ValueBuilder().(*array.StringBuilder).AppendValues(lead, nil)
		return b.NewRecord()
	}
	r1, r2 := record(2024, "Sở Nội vụ"), record(2025, "Sở Nội vụ", "Văn phòng UBND tỉnh")
	defer r1.Release()
	defer r2.Release()
	tbl := array.NewTableFromRecords(schema, []arrow.Record{r1, r2})
	defer tbl.Release()

	fmt.Print(dataset.TableText(tbl, dataset.RenderOptions{}))
	// Output:
	//    year  lead
	// 0  2024  Sở Nội vụ
	// 1  2025  Sở Nội vụ; Văn phòng UBND tỉnh
	// [2 rows x 2 columns]
}
