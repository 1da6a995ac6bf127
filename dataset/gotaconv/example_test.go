package gotaconv_test

import (
	"fmt"
	"log"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/gotaconv"
)

// Filter the real PCI series with a DataFrame and come back to a table.
func Example() {
	mem := memory.NewGoAllocator()
	l, err := dataset.ReadFile("../../testdata/real/pci_2005_2019.csv", "", mem)
	if err != nil {
		log.Fatal(err)
	}
	defer l.Release()

	df := gotaconv.ToDataFrame(l.Record)
	ht := df.Filter(dataframe.F{Colname: "province", Comparator: series.Eq, Comparando: "Hà Tĩnh"}).
		Filter(dataframe.F{Colname: "year", Comparator: series.GreaterEq, Comparando: 2017})
	fmt.Println(ht.Select([]string{"year", "value", "rank"}))

	rec, err := gotaconv.FromDataFrame(ht, dataset.KindIndexValues, mem)
	if err != nil {
		log.Fatal(err)
	}
	defer rec.Release()
	fmt.Println(rec.NumRows(), "rows back in a", dataset.KindIndexValues, "table")
	// Output:
	// [3x3] DataFrame
	//
	//     year  value     rank
	//  0: 2017  61.990000 33
	//  1: 2018  63.990000 23
	//  2: 2019  65.460000 27
	//     <int> <float>   <int>
	//
	// 3 rows back in a index_values table
}
