package plots

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/dataset"
)

func TestDeterministic(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	a, releaseA := goldenCharts(t, mem)
	defer releaseA()
	b, releaseB := goldenCharts(t, mem)
	defer releaseB()
	// Every chart's SVG (the full drawing, cheap to render) from two
	// builds; the PNG of one chart per kind (rasterising is the slow part).
	for name := range a {
		if !bytes.Equal(a[name].SVG(), b[name].SVG()) {
			t.Errorf("%s: SVG differs between two builds from the same input", name)
		}
	}
	for _, name := range []string{"trend_pci", "bars_pci", "heatmap_plan003", "attainment_plan003", "workload_small"} {
		if !bytes.Equal(a[name].PNG(), b[name].PNG()) {
			t.Errorf("%s: PNG differs between two builds from the same input", name)
		}
	}
}

// TestVietnameseGlyphs renders every chart with Vietnamese labels and checks
// the font has a glyph for every rune drawn.
func TestVietnameseGlyphs(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	charts, release := goldenCharts(t, mem)
	defer release()
	want := []string{"Hà Tĩnh", "Quảng Trị", "Thừa Thiên Huế", "Tỷ lệ nộp hồ sơ trực tuyến toàn trình"}
	all := ""
	for name, c := range charts {
		if m := c.MissingGlyphs(); len(m) > 0 {
			t.Errorf("%s: no glyph for %q", name, string(m))
		}
		texts := c.Texts()
		if len(texts) == 0 {
			t.Errorf("%s: no text recorded", name)
		}
		all += strings.Join(texts, "\n") + "\n"
	}
	for _, w := range want {
		if !strings.Contains(all, w) {
			t.Errorf("no chart drew %q", w)
		}
	}
	// Decomposed input is drawn composed.
	rec := seriesRecord(t, mem, []string{"Ha\u0300 Ti\u0303nh"}, []int64{2020}, []float64{1})
	defer rec.Release()
	c, err := Trend(rec, TrendOptions{Common: Common{Title: "Thu\u031b\u0300a Thiên Huế"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range c.Texts() {
		if strings.ContainsAny(s, "\u0300\u0303\u031b") {
			t.Errorf("decomposed text drawn: %q", s)
		}
	}
}

// seriesRecord builds a plain-utf8, int32-year record (not dictionary encoded).
func seriesRecord(t testing.TB, mem memory.Allocator, names []string, years []int64, values []float64) arrow.Record {
	sc := arrow.NewSchema([]arrow.Field{
		{Name: "province", Type: arrow.BinaryTypes.String},
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	for i := range years {
		b.Field(0).(*array.StringBuilder).Append(names[i%len(names)])
		b.Field(1).(*array.Int32Builder).Append(int32(years[i]))
		if v := values[i]; v < 0 {
			b.Field(2).AppendNull()
		} else {
			b.Field(2).(*array.Float64Builder).Append(v)
		}
	}
	return b.NewRecord()
}

func TestTrendGapsAndBreaks(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	// Quảng Trị lacks 2018 (null); Hà Tĩnh has a scale break in 2018.
	rec := seriesRecord(t, mem,
		[]string{"Ha Tinh", "Quang Tri"},
		[]int64{2016, 2016, 2017, 2017, 2018, 2018, 2019, 2019},
		[]float64{36, 35, 37, 36, 44, -1, 45, 43})
	defer rec.Release()
	c, err := Trend(rec, TrendOptions{ScaleBreaks: []int{2018}, Common: Common{Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "\n")
	for _, w := range []string{"Scale change (2018)", "changed its scale in 2018", "No value (left blank, not drawn as 0): Quảng Trị 2018"} {
		if !strings.Contains(texts, w) {
			t.Errorf("chart does not say %q; texts:\n%s", w, texts)
		}
	}
	// The line of Quảng Trị must not be drawn through 2018 at zero: the
	// y range stays near the data.
	svg := string(c.SVG())
	if strings.Contains(svg, ">0<") {
		t.Errorf("a zero tick label appeared: missing year drawn as zero?")
	}
}

func TestSelectionErrors(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	news := readIndexCSV(t, mem, "news_values.csv")
	defer news.Release()
	tests := []struct {
		name string
		run  func() error
		want error
		msg  string
	}{
		{"several indices", func() error { _, err := Trend(news, TrendOptions{}); return err }, ErrOptions, "choose one"},
		{"unknown index", func() error {
			_, err := Trend(news, TrendOptions{Selection: Selection{Index: "XYZ"}})
			return err
		}, ErrEmpty, `no rows for index "XYZ"`},
		{"unknown entity", func() error {
			_, err := Trend(news, TrendOptions{Selection: Selection{Index: "PAR INDEX", Entities: []string{"Atlantis"}}})
			return err
		}, ErrEmpty, `"Atlantis"`},
		{"unknown column", func() error {
			_, err := Bars(news, BarsOptions{Selection: Selection{Index: "SIPAS", Y: "score"}})
			return err
		}, ErrUnknownColumn, `"score"`},
		{"empty years", func() error {
			_, err := Trend(news, TrendOptions{Selection: Selection{Index: "SIPAS", YearFrom: 1990, YearTo: 1991}})
			return err
		}, ErrEmpty, "1990–1991"},
		{"text values", func() error {
			_, err := Trend(news, TrendOptions{Selection: Selection{Index: "SIPAS", Y: "unit"}})
			return err
		}, ErrColumnType, `"unit"`},
		{"heatmap needs status", func() error { _, err := Heatmap(news, HeatmapOptions{}); return err }, ErrUnknownColumn, `"code"`},
		{"workload needs lead", func() error { _, err := Workload(news, WorkloadOptions{}); return err }, ErrUnknownColumn, `"lead"`},
		{"band needs coverage", func() error {
			_, err := Trend(news, TrendOptions{Selection: Selection{Index: "SIPAS", Entities: []string{"Hà Tĩnh"}}, Band: BandMedianIQR})
			return err
		}, ErrEmpty, "national band"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not say %q", err, tt.msg)
			}
		})
	}
}

func TestEntitiesAccentsOptional(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	pci := readIndexCSV(t, mem, "pci_2005_2019.csv")
	defer pci.Release()
	for _, names := range [][]string{{"Ha Tinh"}, {"HÀ TĨNH"}, {"tỉnh Hà Tĩnh"}, {"hà tĩnh"}} {
		c, err := Bars(pci, BarsOptions{Selection: Selection{Entities: names, YearFrom: 2019, YearTo: 2019}})
		if err != nil {
			t.Fatalf("%v: %v", names, err)
		}
		if !strings.Contains(strings.Join(c.Texts(), "|"), "Hà Tĩnh") {
			t.Errorf("%v: Hà Tĩnh not drawn", names)
		}
	}
}

func TestDuplicatesShownHonestly(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	news := readIndexCSV(t, mem, "news_values.csv")
	defer news.Release()
	// Hải Phòng PAR INDEX 2023: 91.81 and 91.87 from two sources.
	c, err := Trend(news, TrendOptions{Selection: Selection{Index: "PAR INDEX", Entities: []string{"Hai Phong"}}})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "\n")
	if !strings.Contains(texts, "Hải Phòng 2023: 91,81 và 91,87") {
		t.Errorf("disagreeing sources not reported:\n%s", texts)
	}
}

func TestWriteFile(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := seriesRecord(t, mem, []string{"Hà Tĩnh"}, []int64{2020, 2021}, []float64{1, 2})
	defer rec.Release()
	c, err := Trend(rec, TrendOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, name := range []string{"a.svg", "b.PNG"} {
		p := filepath.Join(dir, name)
		if err := c.WriteFile(p); err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		if len(b) == 0 {
			t.Errorf("%s empty", name)
		}
	}
	if err := c.WriteFile(filepath.Join(dir, "c.pdf")); err == nil {
		t.Error("pdf accepted")
	}
	if err := c.WriteFile(filepath.Join(dir, "missing", "d.png")); err == nil {
		t.Error("write into a missing directory succeeded")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("directory holds %d files, want 2 (no temporary files left)", len(entries))
	}
}

func vgLen(f float64) vg.Length { return vg.Length(f) }

func TestShorten(t *testing.T) {
	f, rec := newFrame(Common{}.withDefaults(100, 100))
	_ = rec
	sty := f.legendStyle()
	s := "Tỷ lệ nộp hồ sơ trực tuyến toàn trình"
	for _, w := range []float64{20, 60, 120, 400} {
		got := shorten(sty, s, vgLen(w))
		if sty.Width(got) > vgLen(w) && got != "…" {
			t.Errorf("shorten(%v) = %q is %v wide", w, got, sty.Width(got))
		}
	}
	wrapped := wrapText(sty, s, vgLen(80), 2)
	for _, line := range strings.Split(wrapped, "\n") {
		if sty.Width(line) > vgLen(80) {
			t.Errorf("wrapped line %q too wide", line)
		}
	}
}

func TestTrendSingleSeriesGap(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	// Hà Tĩnh lacks 2018 while Quảng Trị has it: drawing Hà Tĩnh alone
	// still leaves a gap at 2018 (two line pieces, not one).
	rec := seriesRecord(t, mem,
		[]string{"Hà Tĩnh", "Quảng Trị"},
		[]int64{2016, 2016, 2017, 2017, 2019, 2018, 2020, 2019},
		[]float64{50, 51, 52, 53, 54, 55, 56, 57})
	defer rec.Release()
	c, err := Trend(rec, TrendOptions{Selection: Selection{Entities: []string{"Ha Tinh"}}})
	if err != nil {
		t.Fatal(err)
	}
	svg := string(c.SVG())
	// Each line piece is one <path> with the series colour and stroke width.
	pieces := strings.Count(svg, `stroke:#0072B2;stroke-width:1.6"`)
	if pieces == 0 {
		t.Skip("SVG styling changed; cannot count line pieces")
	}
	// Two pieces on the chart plus one legend thumbnail.
	if pieces != 3 {
		t.Errorf("%d line paths in Hà Tĩnh's colour, want 3 (2016–2017, 2019–2020, legend)", pieces)
	}
}

func TestObservationsPeriodsAndMetrics(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	obs := dataset.ObservationsToRecord(mem, []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "online_submission_rate", Value: 71.5, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 86.4, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Period: "2025-Q2", Metric: "online_submission_rate", Value: 80, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "satisfaction_rate", Value: 94, Unit: "percent"},
	})
	defer obs.Release()
	if _, err := Trend(obs, TrendOptions{}); !errors.Is(err, ErrOptions) || !strings.Contains(err.Error(), "values of metric") {
		t.Errorf("two metrics without a choice: %v", err)
	}
	c, err := Trend(obs, TrendOptions{Selection: Selection{Index: "online_submission_rate"}, Common: Common{Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "\n")
	if !strings.Contains(texts, "Not drawn: 1 rows for a period") {
		t.Errorf("the quarterly row is not accounted for:\n%s", texts)
	}
	if strings.Contains(texts, "Sources disagree") {
		t.Error("a quarterly value was taken for a second source of the yearly one")
	}
}

func TestSVGIsWellFormed(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := seriesRecord(t, mem, []string{"Sở Nội vụ & Tư pháp <tỉnh>"}, []int64{2020, 2021}, []float64{1, 2})
	defer rec.Release()
	for _, embed := range []bool{false, true} {
		c, err := Trend(rec, TrendOptions{Common: Common{Title: `Tỷ lệ "đạt" & <không đạt>`, EmbedFonts: embed}})
		if err != nil {
			t.Fatal(err)
		}
		svg := c.SVG()
		d := xml.NewDecoder(bytes.NewReader(svg))
		for {
			_, err := d.Token()
			if err == io.EOF {
				break
			}
			if err != nil {
				t.Fatalf("embed=%v: SVG is not well-formed XML: %v", embed, err)
			}
		}
		if embed != bytes.Contains(svg, []byte("@font-face")) {
			t.Errorf("embed=%v: @font-face present = %v", embed, !embed)
		}
		if !bytes.Equal(svg, c.SVG()) {
			t.Errorf("embed=%v: SVG differs between renders", embed)
		}
	}
}

func TestConcurrentRendering(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := seriesRecord(t, mem, []string{"Hà Tĩnh", "Quảng Trị"}, []int64{2020, 2020, 2021, 2021}, []float64{1, 2, 3, 4})
	defer rec.Release()
	a, err := Trend(rec, TrendOptions{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Bars(rec, BarsOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := a.PNG()
	done := make(chan []byte, 8)
	for i := 0; i < 4; i++ {
		go func() { done <- a.PNG() }()
		go func() { b.SVG(); done <- a.PNG() }()
	}
	for i := 0; i < 8; i++ {
		if got := <-done; !bytes.Equal(got, want) {
			t.Error("concurrent renders differ")
		}
	}
}

func TestOnlyDrawnSeriesRowsReported(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	obs := dataset.ObservationsToRecord(mem, []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "PAR INDEX", Value: 89.72},
		{Entity: "Hà Tĩnh", Year: 2023, Metric: "PAR INDEX", Value: 88.35},
		{Entity: "Hà Tĩnh", Year: 2023, Period: "2015-2023", Metric: "headcount_reduction", Value: 4260},
	})
	defer obs.Release()
	c, err := Trend(obs, TrendOptions{Selection: Selection{Series: "metric", Entities: []string{"PAR INDEX"}}, Common: Common{Lang: "en"}})
	if err != nil {
		t.Fatal(err)
	}
	if texts := strings.Join(c.Texts(), "\n"); strings.Contains(texts, "Not drawn") {
		t.Errorf("a row of a series not drawn is reported:\n%s", texts)
	}
}

func TestRankTrendInverted(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	pci := readIndexCSV(t, mem, "pci_2005_2019.csv")
	defer pci.Release()
	// Hà Tĩnh ranked 45th in 2015 and 27th in 2019 (VCCI). The vertical
	// order of the two markers must flip between a value axis and a rank
	// axis (rank 1 on top).
	order := func(opts TrendOptions) bool {
		c, err := Trend(pci, opts)
		if err != nil {
			t.Fatal(err)
		}
		re := regexp.MustCompile(`M([0-9.]+),([0-9.]+)A2\.8,2\.8 0 1 1 [^"]*" style="fill:#0072B2"`)
		var xs, ys []float64
		for _, m := range re.FindAllStringSubmatch(string(c.SVG()), -1) {
			x, _ := strconv.ParseFloat(m[1], 64)
			y, _ := strconv.ParseFloat(m[2], 64)
			xs, ys = append(xs, x), append(ys, y)
		}
		if len(xs) < 3 { // two data markers and the legend's
			t.Fatalf("found %d markers", len(xs))
		}
		first, last := -1, -1
		for i := range xs {
			if ys[i] < 20 { // the legend strip sits at the bottom of the page
				continue
			}
			if first < 0 || xs[i] < xs[first] {
				first = i
			}
			if last < 0 || xs[i] > xs[last] {
				last = i
			}
		}
		return ys[first] < ys[last]
	}
	sel := Selection{Entities: []string{"Hà Tĩnh"}, YearFrom: 2015, YearTo: 2019}
	// Values rose 57.20 → 65.46 and the rank improved 45 → 27: on a plain
	// value axis and on the (inverted) rank axis 2019 is drawn above 2015;
	// on an inverted value axis below.
	valuePlain := order(TrendOptions{Selection: sel})
	valueInverted := order(TrendOptions{Selection: sel, InvertY: true})
	sel.Y = "rank"
	rank := order(TrendOptions{Selection: sel})
	if valuePlain == valueInverted {
		t.Error("InvertY did not flip the value axis")
	}
	if rank != valuePlain {
		t.Error("the rank axis is not inverted: an improving rank is drawn falling")
	}
}

func TestLongAxisLabelShortened(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := seriesRecord(t, mem, []string{"Hà Tĩnh"}, []int64{2020, 2021}, []float64{1, 2})
	defer rec.Release()
	long := strings.Repeat("Tỷ lệ nộp hồ sơ trực tuyến toàn trình ", 6)
	c, err := Trend(rec, TrendOptions{Common: Common{YLabel: long, XLabel: long}})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, s := range c.Texts() {
		if strings.HasPrefix(s, "Tỷ lệ nộp") {
			n++
			if !strings.HasSuffix(s, "…") {
				t.Errorf("axis label not shortened: %q", s)
			}
		}
	}
	if n != 2 {
		t.Errorf("found %d axis labels, want 2", n)
	}
}

func TestManyGroupsTurnLabels(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	pci := readIndexCSV(t, mem, "pci_2005_2019.csv")
	defer pci.Release()
	c, err := Bars(pci, BarsOptions{Selection: Selection{YearFrom: 2019, YearTo: 2019}, MaxGroups: 63})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "|")
	for _, name := range []string{"An Giang", "Bà Rịa - Vũng Tàu", "Yên Bái"} {
		if !strings.Contains(texts, name) {
			t.Errorf("%s not labelled", name)
		}
	}
	if _, err := Bars(pci, BarsOptions{Selection: Selection{YearFrom: 2019, YearTo: 2019}}); !errors.Is(err, ErrOptions) {
		t.Errorf("63 groups without MaxGroups: error %v, want ErrOptions", err)
	}
}
