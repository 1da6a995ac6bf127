package binread_test

import (
	"fmt"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/binread"
)

// A reader checks each decoded batch before it reads a value: here a
// text column whose second value is not UTF-8, as a damaged file gives.
func ExampleCheckRecord() {
	b := array.NewStringBuilder(memory.NewGoAllocator())
	b.AppendValues([]string{"Hà Tĩnh", "H\xe0 T\xecnh"}, nil)
	col := b.NewArray()
	defer col.Release()
	sc := arrow.NewSchema([]arrow.Field{{Name: "province", Type: arrow.BinaryTypes.String}}, nil)
	rec := array.NewRecord(sc, []arrow.Array{col}, 2)
	defer rec.Release()
	fmt.Println(binread.CheckRecord(rec))
	// Output: column "province": row 2 of the batch: damaged file: text that is not UTF-8 ("H\xe0 T\xecnh")
}
