package plots

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"gonum.org/v1/plot/font"

	"github.com/cchc-lab/cchc/dataset"
)

// TestMissingGlyphsDetected proves the glyph check works: the Go font has
// no precomposed Vietnamese letters such as "ị" or "ỉ".
func TestMissingGlyphsDetected(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	face, err := opentype.Parse(goregular.TTF)
	if err != nil {
		t.Fatal(err)
	}
	coll := font.Collection{{Font: font.Font{Typeface: "Go"}, Face: face}}
	rec := seriesRecord(t, mem, []string{"Quảng Trị"}, []int64{2020, 2021}, []float64{1, 2})
	defer rec.Release()
	c, err := Trend(rec, TrendOptions{Common: Common{Fonts: coll, Font: font.Font{Typeface: "Go"}, Title: "Thừa Thiên Huế"}})
	if err != nil {
		t.Fatal(err)
	}
	missing := string(c.MissingGlyphs())
	for _, r := range "ịả" {
		if !strings.ContainsRune(missing, r) {
			t.Errorf("MissingGlyphs() = %q, want it to list %q", missing, r)
		}
	}
}

func TestEnglishLabels(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	pci := readIndexCSV(t, mem, "pci_2005_2019.csv")
	defer pci.Release()
	c, err := Trend(pci, TrendOptions{Common: Common{Lang: "en"}, Selection: Selection{Entities: []string{"Hà Tĩnh"}}, Band: BandMedianIQR})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "\n")
	for _, w := range []string{"Year", "National median", "National interquartile range", "No band for 2005"} {
		if !strings.Contains(texts, w) {
			t.Errorf("English chart lacks %q", w)
		}
	}
	if strings.Contains(texts, "Năm") {
		t.Error("English chart has Vietnamese axis label")
	}
}

func TestHeatmapByYear(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	f := func(v float64) *float64 { return &v }
	var rows []dataset.Score
	for i, y := range []int{2023, 2024, 2025} {
		rows = append(rows, dataset.Score{PlanID: "p", Code: "3.2", Area: dataset.AreaProcedures, Subject: "Tỷ lệ nộp hồ sơ trực tuyến toàn trình",
			Comparator: ">=", Target: 80, Unit: "percent", Entity: "Hà Tĩnh", Year: y, Actual: f(60 + 10*float64(i)), Attainment: f((60 + 10*float64(i)) / 80), Status: "off_track"})
	}
	rows = append(rows, dataset.Score{PlanID: "p", Code: "7.5", Area: dataset.AreaDigitalGovernment, Subject: "Hồ sơ công việc cấp tỉnh", Entity: "Hà Tĩnh", Year: 2025, Status: "no_data"})
	rec := dataset.ScoresToRecord(mem, rows)
	defer rec.Release()
	if _, err := Heatmap(rec, HeatmapOptions{}); err == nil || !strings.Contains(err.Error(), "spans years") {
		t.Errorf("by entity over three years: error %v, want a request to choose a year", err)
	}
	c, err := Heatmap(rec, HeatmapOptions{By: "year"})
	if err != nil {
		t.Fatal(err)
	}
	texts := strings.Join(c.Texts(), "|")
	for _, w := range []string{"2023", "2024", "2025", "75%", "88%", "Chưa có số liệu", "Không áp dụng", "THỦ TỤC HÀNH CHÍNH"} {
		if !strings.Contains(texts, w) {
			t.Errorf("heatmap by year lacks %q:\n%s", w, texts)
		}
	}
	// 2025's 100% (capped attainment 1.0 from 80/80) must be green, the
	// no_data cell grey: sample the image.
	img, err := png.Decode(bytes.NewReader(c.PNG()))
	if err != nil {
		t.Fatal(err)
	}
	if !hasColour(img, attainmentColour(1)) {
		t.Error("no cell drawn in the full-attainment green")
	}
	if !hasColour(img, color.Gray{0xe4}) {
		t.Error("no grey no_data cell")
	}
}

func hasColour(img image.Image, c color.Color) bool {
	r0, g0, b0, _ := c.RGBA()
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if r>>8 == r0>>8 && g>>8 == g0>>8 && bl>>8 == b0>>8 {
				return true
			}
		}
	}
	return false
}

func TestImagesClose(t *testing.T) {
	mk := func(shift int) []byte {
		img := image.NewNRGBA(image.Rect(0, 0, 100, 100))
		for y := 0; y < 100; y++ {
			for x := 0; x < 100; x++ {
				v := uint8(255)
				if x >= 40+shift && x < 60+shift {
					v = 0
				}
				img.Set(x, y, color.NRGBA{v, v, v, 255})
			}
		}
		var b bytes.Buffer
		png.Encode(&b, img)
		return b.Bytes()
	}
	if ok, msg, err := imagesClose(mk(0), mk(0), 48, 0.002); err != nil || !ok {
		t.Errorf("identical images differ: %s %v", msg, err)
	}
	if ok, _, _ := imagesClose(mk(0), mk(5), 48, 0.002); ok {
		t.Error("a bar moved by 5 px passed the comparison")
	}
}

func TestAttainmentRatio(t *testing.T) {
	tests := []struct {
		name string
		r    scoreRow
		want float64
		ok   bool
	}{
		{"at least", scoreRow{comparator: ">=", target: 90, actual: 81, hasTarget: true, hasActual: true}, 90, true},
		{"at most", scoreRow{comparator: "<=", target: 5, actual: 10, hasTarget: true, hasActual: true}, 50, true},
		{"at most zero", scoreRow{comparator: "<=", target: 5, actual: 0, hasTarget: true, hasActual: true}, 100, true},
		{"decrease", scoreRow{change: "decrease", target: 28, actual: 2980, baseline: 3000, unit: "staff", hasTarget: true, hasActual: true, hasBaseline: true}, 100 * 20.0 / 28, true},
		{"percent decrease", scoreRow{change: "decrease", target: 2.5, actual: 97, baseline: 100, unit: "percent", hasTarget: true, hasActual: true, hasBaseline: true}, 120, true},
		{"baseline without direction", scoreRow{target: 28, actual: 2980, baseline: 3000, attainment: 0.5, hasTarget: true, hasActual: true, hasBaseline: true, hasAttainment: true}, 50, true},
		{"no data", scoreRow{target: 28, hasTarget: true}, 0, false},
	}
	for _, tt := range tests {
		got, ok := ratio(tt.r)
		if ok != tt.ok || (ok && (got-tt.want > 1e-9 || tt.want-got > 1e-9)) {
			t.Errorf("%s: ratio = %v, %v; want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		v    float64
		prec int
		lang string
		want string
	}{
		{85.31, 2, "vi", "85,31"},
		{85.3, 2, "en", "85.3"},
		{97000, 2, "vi", "97 000"},
		{-1234567.5, 1, "en", "-1 234 567.5"},
		{1234, 0, "vi", "1234"},
		{-0.0001, 2, "vi", "0"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.v, tt.prec, tt.lang); got != tt.want {
			t.Errorf("formatNumber(%v, %d, %s) = %q, want %q", tt.v, tt.prec, tt.lang, got, tt.want)
		}
	}
}

func BenchmarkTrendPCI(b *testing.B) {
	mem := memory.NewGoAllocator()
	pci := readIndexCSV(b, mem, "pci_2005_2019.csv")
	defer pci.Release()
	opts := TrendOptions{Selection: Selection{Entities: []string{"Hà Tĩnh", "Hưng Yên", "Quảng Trị"}}, Band: BandMedianIQR}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		c, err := Trend(pci, opts)
		if err != nil {
			b.Fatal(err)
		}
		if len(c.PNG()) == 0 {
			b.Fatal("empty PNG")
		}
	}
}

// TestAttainmentChangeLabels checks the words a change target's label uses:
// the direction the scorecard's change column gives, in either language,
// and "thay đổi"/"change" for a scorecard written without that column.
func TestChangeID(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		want string
	}{
		{"decrease", true, "decrease"}, {"increase", true, "increase"}, {"Giảm", true, "decrease"}, {" tăng ", true, "increase"},
		{"DECREASE", true, "decrease"}, {"", true, ""}, {"down", true, ""}, {"decrease", false, ""},
	}
	for _, tc := range tests {
		if got := changeID(tc.in, tc.ok); got != tc.want {
			t.Errorf("changeID(%q, %v) = %q, want %q", tc.in, tc.ok, got, tc.want)
		}
	}
}

func TestAttainmentChangeLabels(t *testing.T) {
	const (
		withChange = "code,area,comparator,target,unit,change,entity,year,actual,baseline,attainment,status\n" +
			"II.4.3,organisation,>=,28,staff,decrease,Hà Tĩnh,2025,2980,3000,0.7142857142857143,off_track\n" +
			"II.6.1,public_finance,>=,\"2,5\",percent,giảm,Hà Tĩnh,2025,97000,100000,1,met\n" +
			"X.1,civil_service,>=,5,count,increase,Hà Tĩnh,2025,,100,,no_data\n" +
			"3.2,procedures,>=,90,percent,,Hà Tĩnh,2025,\"91,3\",,1,met\n"
		withoutChange = "code,area,comparator,target,unit,entity,year,actual,baseline,attainment,status\n" +
			"II.4.3,organisation,>=,28,staff,Hà Tĩnh,2025,2980,3000,0.7142857142857143,off_track\n"
	)
	tests := []struct {
		name, csv, lang string
		want, notWant   []string
	}{
		{"vi", withChange, "vi",
			[]string{"2980 (gốc 3000) / giảm ≥ 28 biên chế", "(gốc 100 000) / giảm ≥ 2,5%", "chưa có số liệu / tăng ≥ 5", "91,3% / ≥ 90%"},
			[]string{"thay đổi ≥"}},
		{"en", withChange, "en",
			[]string{"2980 (baseline 3000) / decrease ≥ 28 staff", "(baseline 100 000) / decrease ≥ 2.5%", "no data / increase ≥ 5", "91.3% / ≥ 90%"},
			[]string{"change ≥"}},
		{"vi, file without the change column", withoutChange, "vi", []string{"2980 (gốc 3000) / thay đổi ≥ 28 biên chế"}, []string{"giảm ≥"}},
		{"en, file without the change column", withoutChange, "en", []string{"2980 (baseline 3000) / change ≥ 28 staff"}, []string{"decrease ≥"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			l, err := dataset.Read(strings.NewReader(tc.csv), "scores.csv", dataset.FormatCSV, dataset.KindScores, mem)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Release()
			if len(l.Rejected) != 0 {
				t.Fatalf("rejected %v", l.Rejected)
			}
			c, err := Attainment(l.Record, AttainmentOptions{Common: Common{Lang: tc.lang}})
			if err != nil {
				t.Fatal(err)
			}
			texts := strings.Join(c.Texts(), "\n")
			for _, w := range tc.want {
				if !strings.Contains(texts, w) {
					t.Errorf("chart lacks %q; texts:\n%s", w, texts)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(texts, w) {
					t.Errorf("chart has %q; texts:\n%s", w, texts)
				}
			}
		})
	}
}
