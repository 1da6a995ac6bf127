package dataset_test

import (
	"fmt"
	"log"
	"math"
	"os"
	"strings"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
)

// Load the real PCI series: the kind is told from the columns, province
// names come out canonical.
func ExampleReadFile() {
	l, err := dataset.ReadFile("../testdata/real/pci_2005_2019.csv", "", memory.NewGoAllocator())
	if err != nil {
		log.Fatal(err)
	}
	defer l.Release()
	fmt.Println(l.Kind, l.RowsRead, "rows read,", len(l.Rejected), "rejected")

	rows, err := dataset.IndexValuesFromRecord(l.Record)
	if err != nil {
		log.Fatal(err)
	}
	for _, r := range rows {
		if r.Province == "Hà Tĩnh" && r.Year == 2011 {
			fmt.Println(r.Index, r.Province, r.Year, r.Value, "rank", *r.Rank)
		}
	}
	// Output:
	// index_values 927 rows read, 0 rejected
	// PCI Hà Tĩnh 2011 65.97 rank 7
}

// A CSV file may start with comment lines ('#' first), as a file of
// illustrative values does to say so; they are skipped, and Lines gives
// the file line of every row read, for messages about a row found wrong
// later (a value out of range, a duplicate).
func ExampleRead_comments() {
	csv := "# ILLUSTRATIVE VALUES - số liệu minh họa\n" +
		"# made up to show a scorecard\n" +
		"\n" +
		"entity,year,metric,value,unit\n" +
		"Hà Tĩnh,2025,satisfaction_rate,96,percent\n" +
		"Hà Tĩnh,2O25,online_submission_rate,91,percent\n" +
		"Ha Tinh,2025,online_payment_rate,\"52,5\",percent\n"
	l, err := dataset.Read(strings.NewReader(csv), "obs.csv", dataset.FormatCSV, "", memory.NewGoAllocator())
	if err != nil {
		log.Fatal(err)
	}
	defer l.Release()
	obs, _ := dataset.ObservationsFromRecord(l.Record)
	for i, o := range obs {
		fmt.Printf("obs.csv:%d: %s %d %s = %v\n", l.Lines[i], o.Entity, o.Year, o.Metric, o.Value)
	}
	for _, r := range l.Rejected {
		fmt.Println(r)
	}
	// Output:
	// obs.csv:5: Hà Tĩnh 2025 satisfaction_rate = 96
	// obs.csv:7: Hà Tĩnh 2025 online_payment_rate = 52.5
	// obs.csv:6: column "year": cannot read "2O25" as a year: it contains the letter 'O' where a digit is expected (letter O, not zero)
}

// Rows that cannot be read are rejected with their line, column and
// reason; the others load.
func ExampleRead() {
	csv := "Tỉnh;Năm;Chỉ số;Giá trị;Hạng\n" +
		"Ha Tinh;2011;PCI;65,97;07\n" +
		"TP.HCM;2O11;PCI;63,1;14\n"
	l, err := dataset.Read(strings.NewReader(csv), "pci.csv", dataset.FormatCSV, "", memory.NewGoAllocator())
	if err != nil {
		log.Fatal(err)
	}
	defer l.Release()
	rows, _ := dataset.IndexValuesFromRecord(l.Record)
	for _, r := range rows {
		fmt.Println(r.Province, r.Year, r.Value, *r.Rank)
	}
	for _, r := range l.Rejected {
		fmt.Println(r)
	}
	// Output:
	// Hà Tĩnh 2011 65.97 7
	// pci.csv:3: column "Năm": cannot read "2O11" as a year: it contains the letter 'O' where a digit is expected (letter O, not zero)
}

// Write a table as CSV. WriteOptions{BOM: true} would start it with a
// byte-order mark, so that Excel shows the Vietnamese text correctly.
func ExampleWrite() {
	rec := dataset.ObservationsToRecord(memory.NewGoAllocator(), []dataset.Observation{
		{Entity: "Hà Tĩnh", Level: "province", Year: 2024, Metric: "online_submission_rate", Value: 92.5, Unit: "percent"},
	})
	defer rec.Release()
	if err := dataset.Write(os.Stdout, dataset.FormatCSV, rec, dataset.WriteOptions{}); err != nil {
		log.Fatal(err)
	}
	// Output:
	// entity,level,year,period,metric,value,unit,source
	// Hà Tĩnh,province,2024,,online_submission_rate,92.5,percent,
}

// Convert plan targets to an Arrow record and back.
func ExampleTargetsToRecord() {
	mem := memory.NewGoAllocator()
	rec := dataset.TargetsToRecord(mem, []dataset.Target{
		{Code: "II.3.2", Area: dataset.AreaProcedures, Comparator: dataset.CmpGE, Value: 90, Unit: "percent", Year: 2025},
	})
	defer rec.Release()
	fmt.Println(rec.NumRows(), rec.Schema().Field(2).Name, rec.Schema().Field(2).Type)
	back, _ := dataset.TargetsFromRecord(rec)
	fmt.Println(back[0].Code, back[0].Comparator, back[0].Value)
	// Output:
	// 1 area dictionary<values=utf8, indices=int32, ordered=false>
	// II.3.2 >= 90
}

// Read an index series straight into Go structs; a value the source did
// not publish (a rank-only row) is NaN.
func ExampleReadIndexValues() {
	rows, rejected, err := dataset.ReadIndexValues("../testdata/real/news_values.csv")
	if err != nil {
		log.Fatal(err)
	}
	rankOnly := 0
	for _, r := range rows {
		if math.IsNaN(r.Value) {
			rankOnly++
		}
	}
	fmt.Println(len(rows), "rows,", len(rejected), "rejected,", rankOnly, "without a published value")
	// Output:
	// 270 rows, 0 rejected, 96 without a published value
}
