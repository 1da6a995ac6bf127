// Package gotaconv converts cchc tables (Arrow records) to gota
// DataFrames and back, for analysts who like to filter and arrange with
// DataFrames:
//
//	df := gotaconv.ToDataFrame(rec)
//	ht := df.Filter(dataframe.F{Colname: "province", Comparator: series.Eq, Comparando: "Hà Tĩnh"})
//	rec2, err := gotaconv.FromDataFrame(ht, dataset.KindIndexValues, mem)
//
// The adapter lives apart from the core packages on purpose: gota
// (github.com/go-gota/gota v0.12.0) has been unmaintained since 2021 and
// has known faults that cchc's own code never relies on:
//
//   - GroupBy joins the key values with "_" into one string, so keys
//     collide: ("a_b", "c") and ("a", "b_c") fall into one group. A null
//     key makes GroupBy fail ("type not found").
//   - Aggregation builds its result from Go maps, so the order of its rows
//     (and of its columns) changes from run to run: sort before comparing.
//   - NaN poisons sums: Aggregation_SUM over a column with a null gives NaN.
//   - Text "NaN" is a null: a string cell holding "NaN" turns into a null
//     in a String series. gota's own ReadCSV also turns "NA", "NaN" and
//     "<nil>" into nulls; ToDataFrame builds the series directly, so "NA"
//     stays text here.
//
// Nulls round-trip: an Arrow null becomes a gota NA (nil value) and comes
// back as a null. Dictionary columns become String series; list columns
// (Lead, Partners, Lines) become "; "-joined String series; int32 columns
// Int series; float64 Float series; booleans Bool series. FromDataFrame
// reads the DataFrame with the dataset reading rules (column aliases,
// canonical provinces, NFC) and fails, naming the row and column, when a
// row cannot be read.
//
// The data flow and layers are in docs/design.md.
package gotaconv
