package gotaconv

import (
	"bytes"
	"math"
	"sort"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/go-gota/gota/dataframe"
	"github.com/go-gota/gota/series"

	"github.com/cchc-lab/cchc/dataset"
)

func csvText(t *testing.T, rec arrow.Record) string {
	t.Helper()
	var b bytes.Buffer
	if err := dataset.Write(&b, dataset.FormatCSV, rec, dataset.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestRoundTrip converts tables to DataFrames and back: the CSV written
// before and after is the same, nulls included.
func TestRoundTrip(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	v := 2.5
	tasks := dataset.TasksToRecord(mem, []dataset.Task{
		{Task: "Rà soát", Lead: []string{"Sở Tư pháp"}, Partners: []string{"Sở Nội vụ", "UBND cấp huyện"}, Budget: dataset.Budget{Amount: &v}},
		{Task: "Tuyên truyền"},
	})
	defer tasks.Release()
	scores := dataset.ScoresToRecord(mem, []dataset.Score{{Code: "1", Entity: "Hà Tĩnh", Year: 2025, Status: "met", Met: true, Actual: &v},
		{Code: "2", Entity: "Hà Tĩnh", Year: 2025, Status: "no_data"}})
	defer scores.Release()
	news, err := dataset.ReadFile("../../testdata/real/news_values.csv", "", mem)
	if err != nil {
		t.Fatal(err)
	}
	defer news.Release()

	for _, c := range []struct {
		kind dataset.Kind
		rec  arrow.Record
	}{{dataset.KindTasks, tasks}, {dataset.KindScores, scores}, {dataset.KindIndexValues, news.Record}} {
		df := ToDataFrame(c.rec)
		if df.Nrow() != int(c.rec.NumRows()) || df.Ncol() != int(c.rec.NumCols()) {
			t.Fatalf("%s: DataFrame %dx%d, record %dx%d", c.kind, df.Nrow(), df.Ncol(), c.rec.NumRows(), c.rec.NumCols())
		}
		for _, kind := range []dataset.Kind{c.kind, ""} {
			back, err := FromDataFrame(df, kind, mem)
			if err != nil {
				t.Fatalf("%s: %v", c.kind, err)
			}
			if !back.Schema().Equal(c.rec.Schema()) {
				t.Errorf("%s: schema %v", c.kind, back.Schema())
			}
			if got, want := csvText(t, back), csvText(t, c.rec); got != want {
				t.Errorf("%s: round trip differs:\n got %s\nwant %s", c.kind, got, want)
			}
			back.Release()
		}
	}

	// Nulls are NA in the DataFrame.
	df := ToDataFrame(news.Record)
	vals := df.Col("value")
	nulls := 0
	for i := 0; i < vals.Len(); i++ {
		if vals.Elem(i).IsNA() {
			nulls++
			if !news.Record.Column(news.Record.Schema().FieldIndices("value")[0]).IsNull(i) {
				t.Errorf("row %d: NA in the DataFrame, not null in the record", i)
			}
		}
	}
	if nulls == 0 {
		t.Error("no NA values for the rank-only rows")
	}
}

// TestFromDataFrameErrors checks rows that cannot be read are named.
func TestFromDataFrameErrors(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	df := dataframe.New(
		series.New([]string{"PCI", "PCI"}, series.String, "index"),
		series.New([]string{"Ha Tinh", "Nghe An"}, series.String, "Tỉnh"),
		series.New([]string{"2011", "2O11"}, series.String, "year"),
		series.New([]float64{65.97, 60}, series.Float, "value"),
	)
	_, err := FromDataFrame(df, "", mem)
	if err == nil || !strings.Contains(err.Error(), "DataFrame:3") || !strings.Contains(err.Error(), `"year"`) {
		t.Fatalf("error %v, want one naming row 3 and column year", err)
	}
	_, err = FromDataFrame(df.Drop("year"), dataset.KindIndexValues, mem)
	if err == nil || !strings.Contains(err.Error(), `"year"`) {
		t.Fatalf("error %v, want missing column year", err)
	}
	rec, err := FromDataFrame(df.Subset([]int{0}), "", mem)
	if err != nil {
		t.Fatal(err)
	}
	rows, _ := dataset.IndexValuesFromRecord(rec)
	rec.Release()
	if rows[0].Province != "Hà Tĩnh" || rows[0].Year != 2011 {
		t.Errorf("row %+v", rows[0])
	}
}

// TestKnownFaults pins down the gota v0.12.0 faults the package doc lists,
// so that a change of gota version that fixes or changes them is noticed.
func TestKnownFaults(t *testing.T) {
	// GroupBy keys joined with "_" collide.
	df := dataframe.New(
		series.New([]string{"a_b", "a"}, series.String, "x"),
		series.New([]string{"c", "b_c"}, series.String, "y"),
		series.New([]float64{1, 2}, series.Float, "v"),
	)
	if g := df.GroupBy("x", "y").GetGroups(); len(g) != 1 {
		t.Errorf("GroupBy gave %d groups; the fault merges the two keys into 1", len(g))
	}
	// NaN poisons sums.
	df = dataframe.New(
		series.New([]string{"k", "k"}, series.String, "x"),
		series.New([]interface{}{1.0, nil}, series.Float, "v"),
	)
	agg := df.GroupBy("x").Aggregation([]dataframe.AggregationType{dataframe.Aggregation_SUM}, []string{"v"})
	if s := agg.Col("v_SUM").Float(); len(s) != 1 || !math.IsNaN(s[0]) {
		t.Errorf("sum with a null = %v; the fault gives NaN", s)
	}
	// A null key makes GroupBy fail.
	df = dataframe.New(series.New([]interface{}{"k", nil}, series.String, "x"), series.New([]float64{1, 2}, series.Float, "v"))
	if g := df.GroupBy("x"); g.Err == nil {
		t.Error("GroupBy on a null key did not fail")
	}
	// Text "NaN" turns into a null; "NA" stays text in ToDataFrame.
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := dataset.ObservationsToRecord(mem, []dataset.Observation{{Entity: "NaN", Year: 2025, Metric: "m"}, {Entity: "NA", Year: 2025, Metric: "m"}})
	defer rec.Release()
	ent := ToDataFrame(rec).Col("entity")
	if !ent.Elem(0).IsNA() || ent.Elem(1).IsNA() || ent.Elem(1).String() != "NA" {
		t.Errorf(`"NaN" NA=%v, "NA" NA=%v`, ent.Elem(0).IsNA(), ent.Elem(1).IsNA())
	}
	// gota's own CSV reader turns "NA" into a null.
	df = dataframe.ReadCSV(strings.NewReader("x\nNA\nb\n"))
	if !df.Col("x").Elem(0).IsNA() {
		t.Error(`gota's ReadCSV kept "NA" as text`)
	}
	// Aggregation rows come from a map: their order is not fixed, so sort.
	df = dataframe.New(series.New([]string{"b", "a", "c"}, series.String, "x"), series.New([]float64{1, 2, 3}, series.Float, "v"))
	agg = df.GroupBy("x").Aggregation([]dataframe.AggregationType{dataframe.Aggregation_SUM}, []string{"v"})
	keys := agg.Col("x").Records()
	sort.Strings(keys)
	if strings.Join(keys, ",") != "a,b,c" {
		t.Errorf("groups %v", keys)
	}
}
