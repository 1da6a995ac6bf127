package plots

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Band kinds for TrendOptions.Band.
const (
	// BandMedianIQR shades the national interquartile range of each year and
	// draws the median.
	BandMedianIQR = "median-iqr"
)

// TrendOptions configures Trend.
type TrendOptions struct {
	Common
	Selection
	// Target draws a horizontal target line at this value (nil: none).
	Target *float64
	// TargetLabel is the target's legend entry (default "Mục tiêu <v>").
	TargetLabel string
	// Band is "" (none) or BandMedianIQR. The band is computed from every
	// row of the record for the index and years drawn — all provinces,
	// before Entities picks the lines — and drawn only for years the data
	// cover: at least BandMinEntities entities, and at least BandCoverage
	// of the provinces that existed that year (by the province register:
	// 64 in 2005–2008, 63 from 2009) — or, when the entities are not
	// provinces, of the best-covered year's count.
	Band string
	// BandMinEntities is the least number of entities a year needs for a
	// band (default 20).
	BandMinEntities int
	// BandCoverage is the least share of the year's provinces (or of the
	// best-covered year's entities) the data must hold (default 0.9).
	BandCoverage float64
	// BandLabel names the band in the legend (default "Toàn quốc: trung vị
	// và khoảng tứ phân vị").
	BandLabel string
	// ScaleBreaks are the years from which the series is on a new scale
	// (e.g. 2018 for PAPI). Lines are never joined across a break; the
	// chart marks the break and says so in a note. When nil, the breaks
	// come from BreaksFor; an empty, non-nil slice means no breaks.
	ScaleBreaks []int
	// BreaksFor gives the breaks of an index by name, asked for the index
	// drawn, or for each series when the series are indices (default: the
	// indicators catalogue, indicators.LookupIndex).
	BreaksFor func(index string) []int
	// MaxSeries is the most lines drawn when Entities is empty (default 10).
	MaxSeries int
	// Precision is the number of decimals in notes and labels (default 2).
	Precision int
	// InvertY puts the smallest value at the top, as rank charts need
	// (rank 1 on top). It is on by default when the Y column is "rank".
	InvertY bool
	// ValueLabels prints the values next to the points: at each year the
	// highest point's label goes above it and the lowest's below; values in
	// between are labelled only in the first year (left) and the last
	// (right), where no line runs, so labels never sit on lines.
	ValueLabels bool
}

// Trend draws an index or metric over the years: one line per series with
// markers, gaps where a year is missing (never zeros), an optional target
// line, an optional national median/IQR band, and split lines at scale
// breaks.
func Trend(rec arrow.Record, opts TrendOptions) (*Chart, error) {
	opts = opts.withDefaults()
	if opts.Band != "" && opts.Band != BandMedianIQR {
		return nil, optionsError(i18n.Errorf("unknown band %q (want %q)", opts.Band, BandMedianIQR), "Band")
	}
	sel, err := selectSeries(rec, opts.Selection, opts.MaxSeries)
	if err != nil {
		return nil, err
	}
	t := &trendChart{opts: opts, o: opts.Common.withDefaults(20*vg.Centimeter, 12*vg.Centimeter),
		sel: sel, sx: opts.Selection.withDefaults(rec)}
	t.findBreaks()
	var rec2 *textRecorder
	t.f, rec2 = newFrame(t.o)
	t.setUpAxes()
	if opts.Band == BandMedianIQR {
		if err := addBand(t.f, sel, opts, t.joinedAcross(t.breaks)); err != nil {
			return nil, err
		}
	}
	t.addTarget()
	t.addSeries()
	if opts.ValueLabels {
		t.f.plot.Add(valueLabels(t.f, sel, t.labelPrecision(), t.inverted()))
	}
	t.markBreaks()
	t.addNotes()
	t.fitAxes()
	return t.f.chart(rec2), nil
}

// withDefaults fills the zero fields of the trend options.
func (opts TrendOptions) withDefaults() TrendOptions {
	if opts.MaxSeries <= 0 {
		opts.MaxSeries = 10
	}
	if opts.BandMinEntities <= 0 {
		opts.BandMinEntities = 20
	}
	if opts.BandCoverage <= 0 {
		opts.BandCoverage = 0.9
	}
	if opts.Precision <= 0 {
		opts.Precision = 2
	}
	return opts
}

// trendChart is the state of one Trend call.
type trendChart struct {
	opts TrendOptions
	o    Common
	sel  *selected
	sx   Selection // the selection with its defaults
	f    *frame

	breaks       []int   // scale breaks of the whole chart
	seriesBreaks [][]int // breaks of each series, when the series are indices
	dups         []duplicate
}

// findBreaks sets the scale breaks of the whole chart and, when the
// series are indices (Series "index"), of each series.
func (t *trendChart) findBreaks() {
	opts, sel := t.opts, t.sel
	breaksFor := opts.BreaksFor
	if breaksFor == nil {
		breaksFor = catalogueBreaks
	}
	breaks := opts.ScaleBreaks
	if breaks == nil && sel.index != "" {
		breaks = breaksFor(sel.index)
	}
	breaks = append([]int(nil), breaks...)
	t.seriesBreaks = make([][]int, len(sel.series))
	if opts.ScaleBreaks == nil && sel.index == "" {
		for i, sd := range sel.series {
			t.seriesBreaks[i] = breaksFor(sd.name)
			breaks = append(breaks, t.seriesBreaks[i]...)
		}
	}
	sort.Ints(breaks)
	t.breaks = uniqueInts(breaks)
}

// setUpAxes labels the axes and adds the grid.
func (t *trendChart) setUpAxes() {
	p, lang := t.f.plot, t.o.Lang
	p.X.Label.Text = axisLabel(t.o.XLabel, tr(lang, "Năm", "Year"))
	p.Y.Label.Text = axisLabel(t.o.YLabel, valueLabel(t.sel, t.sx.Y, lang))
	p.X.Tick.Marker = yearTicks{}
	p.Y.Tick.Marker = niceTicks{lang: lang}
	grid := plotter.NewGrid()
	grid.Vertical.Color = color.Gray{0xe6}
	grid.Horizontal.Color = color.Gray{0xe6}
	grid.Vertical.Width = vg.Points(0.5)
	grid.Horizontal.Width = vg.Points(0.5)
	p.Add(grid)
}

// joinedAcross returns whether two consecutive points of a series are
// joined by a line: not across a year another series has (a gap) nor
// across a scale break.
func (t *trendChart) joinedAcross(breaks []int) func(a, b int) bool {
	gap := map[int]bool{}
	for _, y := range t.sel.gapYears {
		gap[y] = true
	}
	return func(a, b int) bool {
		for y := a + 1; y < b; y++ {
			if gap[y] {
				return false
			}
		}
		for _, br := range breaks {
			if a < br && br <= b {
				return false
			}
		}
		return true
	}
}

// addTarget draws the target as a dashed red line across the years.
func (t *trendChart) addTarget() {
	if t.opts.Target == nil {
		return
	}
	v, years, lang := *t.opts.Target, t.sel.allYears, t.o.Lang
	l, _ := plotter.NewLine(plotter.XYs{{X: float64(years[0]) - 0.4, Y: v}, {X: float64(years[len(years)-1]) + 0.4, Y: v}})
	l.Color = color.NRGBA{0xC0, 0x00, 0x00, 0xff}
	l.Width = vg.Points(1.2)
	l.Dashes = []vg.Length{vg.Points(6), vg.Points(3)}
	t.f.plot.Add(l)
	label := t.opts.TargetLabel
	if label == "" {
		label = tr(lang, "Mục tiêu ", "Target ") + formatNumber(v, t.opts.Precision, lang)
	}
	t.f.legend = append(t.f.legend, legendItem{label: label, thumbs: []plot.Thumbnailer{l}})
}

// addSeries draws each series as lines and markers, values from another
// source as hollow rings.
func (t *trendChart) addSeries() {
	joined := t.joinedAcross(t.breaks)
	hollow := false
	for i, sd := range t.sel.series {
		j := joined
		if t.sel.index == "" && t.opts.ScaleBreaks == nil {
			j = t.joinedAcross(t.seriesBreaks[i])
		}
		if t.addOneSeries(i, sd, j) {
			hollow = true
		}
	}
	if hollow {
		ring, _ := plotter.NewScatter(plotter.XYs{{}})
		ring.GlyphStyle = draw.GlyphStyle{Color: color.Gray{0x33}, Radius: vg.Points(3.5), Shape: draw.RingGlyph{}}
		t.f.legend = append(t.f.legend, legendItem{label: tr(t.o.Lang, "Giá trị từ nguồn khác", "Value from another source"), thumbs: []plot.Thumbnailer{ring}})
	}
}

// addOneSeries draws series i; it returns whether it drew hollow markers
// for values from another source.
func (t *trendChart) addOneSeries(i int, sd seriesData, joined func(a, b int) bool) bool {
	p, o := t.f.plot, t.o
	clr := o.Colors[i%len(o.Colors)]
	// Shapes shift once the colours wrap, so no two series look alike.
	shape := glyphShapes[(i+i/len(o.Colors))%len(glyphShapes)]
	primary, extra, d := collapse(sd)
	t.dups = append(t.dups, d...)
	var seg plotter.XYs
	flush := func() {
		if len(seg) > 1 {
			l, _ := plotter.NewLine(seg)
			l.Color = clr
			l.Width = vg.Points(1.6)
			p.Add(l)
		}
		seg = nil
	}
	for j, pt := range primary {
		if j > 0 && !joined(primary[j-1].year, pt.year) {
			flush()
		}
		seg = append(seg, plotter.XY{X: float64(pt.year), Y: pt.value})
	}
	flush()
	sc, _ := plotter.NewScatter(pointsXY(primary))
	sc.GlyphStyle = draw.GlyphStyle{Color: clr, Radius: vg.Points(2.8), Shape: shape}
	p.Add(sc)
	if len(extra) > 0 {
		es, _ := plotter.NewScatter(pointsXY(extra))
		es.GlyphStyle = draw.GlyphStyle{Color: clr, Radius: vg.Points(3.5), Shape: draw.RingGlyph{}}
		p.Add(es)
	}
	lt, _ := plotter.NewLine(plotter.XYs{{}, {}})
	lt.Color = clr
	lt.Width = vg.Points(1.6)
	t.f.legend = append(t.f.legend, legendItem{label: sd.name, thumbs: []plot.Thumbnailer{lt, sc}})
	return len(extra) > 0
}

// pointsXY returns the points as x (year), y (value) pairs.
func pointsXY(pts []point) plotter.XYs {
	xy := make(plotter.XYs, len(pts))
	for j, pt := range pts {
		xy[j] = plotter.XY{X: float64(pt.year), Y: pt.value}
	}
	return xy
}

// inverted says whether the y axis runs downwards (ranks).
func (t *trendChart) inverted() bool {
	return t.opts.InvertY || strings.EqualFold(t.sx.Y, "rank")
}

// labelPrecision is the decimals of value labels: none when every value
// is a whole number.
func (t *trendChart) labelPrecision() int {
	if allIntegral(t.sel) {
		return 0
	}
	return t.opts.Precision
}

// markBreaks draws the scale breaks inside the years shown as dotted lines
// and explains them in a note.
func (t *trendChart) markBreaks() {
	years, lang := t.sel.allYears, t.o.Lang
	var shown []string
	for _, br := range t.breaks {
		if br <= years[0] || br > years[len(years)-1] {
			continue
		}
		shown = append(shown, strconv.Itoa(br))
	}
	if len(shown) == 0 {
		return
	}
	bl := &vline{years: t.breaks, style: draw.LineStyle{Color: color.Gray{0x33}, Width: vg.Points(1), Dashes: []vg.Length{vg.Points(2), vg.Points(2)}}}
	t.f.plot.Add(bl)
	t.f.legend = append(t.f.legend, legendItem{label: tr(lang, "Đổi thang đo (", "Scale change (") + strings.Join(shown, ", ") + ")", thumbs: []plot.Thumbnailer{bl}})
	t.f.notes = append(t.f.notes, tr(lang,
		"Chỉ số đổi thang đo từ năm "+strings.Join(shown, ", ")+": đường không nối qua mốc này và hai đoạn không so sánh trực tiếp được.",
		"The index changed its scale in "+strings.Join(shown, ", ")+": lines are not joined across the change and the parts are not directly comparable."))
}

// addNotes notes the values from other sources, the rows not drawn and the
// years without a value.
func (t *trendChart) addNotes() {
	lang, sel := t.o.Lang, t.sel
	if n := duplicateNote(lang, t.dups); n != "" {
		t.f.notes = append(t.f.notes, n)
	}
	if n := skippedNote(lang, sel); n != "" {
		t.f.notes = append(t.f.notes, n)
	}
	if sel.nullRows == 0 {
		return
	}
	var parts []string
	for _, sd := range sel.series {
		for k, ys := range sel.nullYears {
			if entityKey(sd.name) == k {
				parts = append(parts, sd.name+" "+joinInts(ys))
			}
		}
	}
	t.f.notes = append(t.f.notes, tr(lang, "Không có giá trị (bỏ trống, không vẽ thành 0): ", "No value (left blank, not drawn as 0): ")+strings.Join(parts, "; ")+".")
}

// fitAxes sets the axis ranges: the years with a margin, the values
// padded, ranks downwards with rank 1 at the top.
func (t *trendChart) fitAxes() {
	p, years := t.f.plot, t.sel.allYears
	p.X.Min = float64(years[0]) - 0.4
	p.X.Max = float64(years[len(years)-1]) + 0.4
	padY(p)
	rank := strings.EqualFold(t.sx.Y, "rank")
	if t.inverted() {
		p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
		if rank {
			p.Y.Tick.Marker = niceTicks{lang: t.o.Lang, also: []float64{1}}
		}
	}
	if t.opts.ValueLabels {
		d := p.Y.Max - p.Y.Min
		p.Y.Min -= d * 0.06
		p.Y.Max += d * 0.06
	}
	if t.inverted() && rank {
		p.Y.Min = 0.5 // rank 1, labelled, is the top of the axis
	}
}

// addBand adds the national median line and IQR band: per year with
// enough provinces, the quartiles of every province's value; a run of
// joined years is one shaded polygon and one dashed median line.
func addBand(f *frame, sel *selected, opts TrendOptions, joined func(a, b int) bool) error {
	cov := bandCoverage(sel)
	qs, bandYears, skipped := cov.quartiles(sel.allYears, opts)
	if len(qs) == 0 {
		return i18n.Errorf("plots: %w: no year has values for at least %d entities, so there is no national band to draw", ErrEmpty, opts.BandMinEntities)
	}
	poly, med, err := drawBandRuns(f.plot, bandRuns(qs, joined))
	if err != nil {
		return err
	}
	lang := f.o.Lang
	label := opts.BandLabel
	if label == "" {
		label = tr(lang, "Cả nước: khoảng tứ phân vị", "National interquartile range")
	}
	f.legend = append(f.legend, legendItem{label: label, thumbs: []plot.Thumbnailer{poly}})
	f.legend = append(f.legend, legendItem{label: tr(lang, "Cả nước: trung vị", "National median"), thumbs: []plot.Thumbnailer{med}})
	f.notes = append(f.notes, cov.note(lang, bandYears, skipped))
	return nil
}

// yearCoverage is what the band needs to know of each year: the values
// (one per entity), how many, and the share of the year's provinces they
// cover.
type yearCoverage struct {
	vals     map[int][]float64
	counts   map[int]int
	maxCount int
	// share[y] is the part of the year's provinces the data hold, -1 when
	// the register does not know the year or the entities are not provinces.
	share map[int]float64
}

// bandCoverage counts, per year, the entities with a value and the share
// of the provinces of that year (by the register) they are.
func bandCoverage(sel *selected) *yearCoverage {
	c := &yearCoverage{vals: map[int][]float64{}, counts: map[int]int{}, share: map[int]float64{}}
	for y, vs := range sel.byYear {
		seen := map[string]bool{}
		for _, v := range vs {
			if seen[v.key] {
				continue
			}
			seen[v.key] = true
			c.vals[y] = append(c.vals[y], v.value)
		}
		c.counts[y] = len(c.vals[y])
		c.maxCount = max(c.maxCount, c.counts[y])
		c.share[y] = -1
		if provs := vntext.ProvincesIn(y); len(provs) > 0 {
			held := 0
			for _, p := range provs {
				if seen[vntext.Fold(p)] {
					held++
				}
			}
			if held*2 >= c.counts[y] { // mostly provinces
				c.share[y] = float64(held) / float64(len(provs))
			}
		}
	}
	return c
}

// covered says whether year y has enough entities for a band.
func (c *yearCoverage) covered(y int, opts TrendOptions) bool {
	if c.counts[y] < opts.BandMinEntities {
		return false
	}
	if c.share[y] >= 0 {
		return c.share[y] >= opts.BandCoverage
	}
	return float64(c.counts[y]) >= opts.BandCoverage*float64(c.maxCount)
}

// bandQuartiles are the quartiles of one year's values.
type bandQuartiles struct {
	year        int
	lo, med, hi float64
}

// quartiles returns the quartiles of the covered years, those years, and
// the years with values that are not covered.
func (c *yearCoverage) quartiles(years []int, opts TrendOptions) (qs []bandQuartiles, bandYears, skipped []int) {
	for _, y := range years {
		switch {
		case c.covered(y, opts):
			v := append([]float64(nil), c.vals[y]...)
			sort.Float64s(v)
			qs = append(qs, bandQuartiles{year: y, lo: quantile(v, 0.25), med: quantile(v, 0.5), hi: quantile(v, 0.75)})
			bandYears = append(bandYears, y)
		case c.counts[y] > 0:
			skipped = append(skipped, y)
		}
	}
	return qs, bandYears, skipped
}

// note describes the band and the years it leaves out.
func (c *yearCoverage) note(lang string, bandYears, skipped []int) string {
	note := tr(lang,
		fmt.Sprintf("Dải xám: trung vị và khoảng tứ phân vị (25%%–75%%) của tất cả tỉnh, thành có số liệu trong năm (%d–%d tỉnh).", minCount(c.counts, bandYears), c.maxCount),
		fmt.Sprintf("Grey band: median and interquartile range (25%%–75%%) of all provinces with data that year (%d–%d provinces).", minCount(c.counts, bandYears), c.maxCount))
	if len(skipped) == 0 {
		return note
	}
	var parts []string
	for _, y := range skipped {
		part := strconv.Itoa(y)
		if c.share[y] >= 0 {
			part += fmt.Sprintf(" (%d/%d %s)", c.counts[y], len(vntext.ProvincesIn(y)), tr(lang, "tỉnh", "provinces"))
		}
		parts = append(parts, part)
	}
	return note + tr(lang,
		" Không vẽ dải cho năm "+strings.Join(parts, ", ")+" vì số liệu không phủ đủ các tỉnh.",
		" No band for "+strings.Join(parts, ", ")+": the data do not cover enough provinces.")
}

// bandRuns splits the band's years into runs of joined years.
func bandRuns(qs []bandQuartiles, joined func(a, b int) bool) [][]bandQuartiles {
	var runs [][]bandQuartiles
	for i, x := range qs {
		if i == 0 || !joined(qs[i-1].year, x.year) {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], x)
	}
	return runs
}

// drawBandRuns draws each run as a shaded polygon from the upper to the
// lower quartile and a dashed median line (a lone year as a narrow box),
// and returns the last of each for the legend.
func drawBandRuns(p *plot.Plot, runs [][]bandQuartiles) (*plotter.Polygon, *plotter.Line, error) {
	fill := color.NRGBA{0x99, 0x99, 0x99, 0x40}
	medStyle := draw.LineStyle{Color: color.Gray{0x66}, Width: vg.Points(1.2), Dashes: []vg.Length{vg.Points(4), vg.Points(2)}}
	var poly *plotter.Polygon
	var med *plotter.Line
	for _, run := range runs {
		outline, mid := bandOutline(run)
		pg, err := plotter.NewPolygon(outline)
		if err != nil {
			return nil, nil, i18n.Errorf("plots: band: %w", err)
		}
		pg.Color = fill
		pg.LineStyle.Width = 0
		p.Add(pg)
		poly = pg
		l, err := plotter.NewLine(mid)
		if err != nil {
			return nil, nil, i18n.Errorf("plots: band: %w", err)
		}
		l.LineStyle = medStyle
		p.Add(l)
		med = l
	}
	return poly, med, nil
}

// bandOutline returns the polygon of a run (upper quartiles forward, lower
// ones back) and its median line; a lone year gets a narrow box.
func bandOutline(run []bandQuartiles) (outline, mid plotter.XYs) {
	half := 0.0
	if len(run) == 1 {
		half = 0.2
	}
	for _, x := range run {
		outline = append(outline, plotter.XY{X: float64(x.year) - half, Y: x.hi})
		mid = append(mid, plotter.XY{X: float64(x.year), Y: x.med})
	}
	if half > 0 {
		outline = append(outline, plotter.XY{X: float64(run[0].year) + half, Y: run[0].hi})
		outline = append(outline, plotter.XY{X: float64(run[0].year) + half, Y: run[0].lo})
		mid = plotter.XYs{{X: float64(run[0].year) - half, Y: run[0].med}, {X: float64(run[0].year) + half, Y: run[0].med}}
	}
	for i := len(run) - 1; i >= 0; i-- {
		outline = append(outline, plotter.XY{X: float64(run[i].year) - half, Y: run[i].lo})
	}
	return outline, mid
}

// catalogueBreaks returns the scale breaks the indicators catalogue
// records for an index (PAPI: 2018), nil for names it does not know.
func catalogueBreaks(name string) []int {
	if x, ok := indicators.LookupIndex(name); ok {
		return x.ScaleBreaks
	}
	return nil
}

func uniqueInts(v []int) []int {
	out := v[:0]
	for i, x := range v {
		if i == 0 || x != v[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// minCount returns the smallest entity count among the given years.
func minCount(counts map[int]int, years []int) int {
	m := math.MaxInt
	for _, y := range years {
		if counts[y] < m {
			m = counts[y]
		}
	}
	return m
}

// quantile returns the p-quantile of sorted v with linear interpolation
// between order statistics (R's type 7, the spreadsheet default).
func quantile(v []float64, p float64) float64 {
	if len(v) == 1 {
		return v[0]
	}
	h := p * float64(len(v)-1)
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(v) {
		return v[len(v)-1]
	}
	return v[i] + (h-lo)*(v[i+1]-v[i])
}

func joinInts(v []int) string {
	s := make([]string, len(v))
	for i, x := range v {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ", ")
}

func axisLabel(user, def string) string {
	switch user {
	case "":
		return def
	case "-":
		return ""
	}
	return user
}

// padY widens the y range by 5% on both sides so markers are not cut.
func padY(p *plot.Plot) {
	if math.IsInf(p.Y.Min, 0) || math.IsInf(p.Y.Max, 0) {
		p.Y.Min, p.Y.Max = 0, 1
		return
	}
	d := p.Y.Max - p.Y.Min
	if d == 0 {
		d = math.Max(math.Abs(p.Y.Max), 1)
	}
	p.Y.Min -= d * 0.05
	p.Y.Max += d * 0.05
}

var glyphShapes = []draw.GlyphDrawer{
	draw.CircleGlyph{}, draw.BoxGlyph{}, draw.PyramidGlyph{}, draw.TriangleGlyph{},
	draw.SquareGlyph{}, draw.CrossGlyph{}, draw.PlusGlyph{}, draw.RingGlyph{},
}

// pointLabel is a value label next to a point.
type pointLabel struct {
	x, y float64
	text string
	pos  int // 0 above, 1 below, 2 right, 3 left
	clr  color.Color
}

// pointLabels draws value labels at fixed offsets from their points.
type pointLabels struct {
	items []pointLabel
	style text.Style
}

// Plot draws the labels.
func (l *pointLabels) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	off := l.style.Font.Size * 0.6
	for _, it := range l.items {
		sty := l.style
		sty.Color = it.clr
		pt := vg.Point{X: tx(it.x), Y: ty(it.y)}
		var halo vg.Rectangle
		switch it.pos {
		case 0:
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
			pt.Y += off
		case 1:
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
			pt.Y -= off
		case 2:
			sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
			pt.X += off
		default:
			sty.XAlign, sty.YAlign = draw.XRight, draw.YCenter
			pt.X -= off
		}
		// A light halo keeps the label legible over grid and lines.
		halo = sty.Rectangle(it.text)
		halo.Min = halo.Min.Add(pt).Sub(vg.Point{X: 1.5, Y: 0.5})
		halo.Max = halo.Max.Add(pt).Add(vg.Point{X: 1.5, Y: 0.5})
		c.SetColor(color.NRGBA{0xff, 0xff, 0xff, 0xcc})
		c.Fill(halo.Path())
		c.FillText(sty, pt, it.text)
	}
}

// valueLabels places a label for every drawn point.
func valueLabels(f *frame, sel *selected, prec int, inverted bool) *pointLabels {
	type pv struct {
		v   float64
		clr color.Color
	}
	byYear := map[int][]pv{}
	var years []int
	for i, sd := range sel.series {
		clr := f.o.Colors[i%len(f.o.Colors)]
		primary, _, _ := collapse(sd)
		for _, pt := range primary {
			if _, ok := byYear[pt.year]; !ok {
				years = append(years, pt.year)
			}
			byYear[pt.year] = append(byYear[pt.year], pv{pt.value, clr})
		}
	}
	sort.Ints(years)
	l := &pointLabels{style: f.style(f.o.Font.Size*0.75, false, color.Black)}
	for _, y := range years {
		ps := byYear[y]
		sort.SliceStable(ps, func(i, j int) bool { return ps[i].v > ps[j].v })
		for i, p := range ps {
			pos := -1
			switch {
			case i == 0:
				pos = 0
			case i == len(ps)-1:
				pos = 1
			case y == years[len(years)-1]:
				pos = 2 // right of the last point, clear of the lines
			case y == years[0]:
				pos = 3 // left of the first point
			}
			if pos < 0 {
				continue // a middle value between two lines: no room
			}
			if inverted && pos < 2 {
				pos = 1 - pos // the largest value is drawn lowest
			}
			l.items = append(l.items, pointLabel{x: float64(y), y: p.v, text: formatFixed(p.v, prec, f.o.Lang), pos: pos, clr: darken(p.clr)})
		}
	}
	return l
}

// allIntegral reports whether every drawn value is a whole number (ranks,
// counts), which are then printed without decimals.
func allIntegral(sel *selected) bool {
	for _, sd := range sel.series {
		for _, p := range sd.points {
			if p.value != math.Trunc(p.value) {
				return false
			}
		}
	}
	return true
}

// darken makes a series colour dark enough for small text.
func darken(c color.Color) color.Color {
	r, g, b, _ := c.RGBA()
	k := 0.75
	return color.NRGBA{uint8(float64(r>>8) * k), uint8(float64(g>>8) * k), uint8(float64(b>>8) * k), 0xff}
}

// vline draws vertical dashed lines half a year before each given year.
type vline struct {
	years []int
	style draw.LineStyle
}

// Plot draws the lines.
func (v *vline) Plot(c draw.Canvas, p *plot.Plot) {
	x, _ := p.Transforms(&c)
	for _, y := range v.years {
		xv := float64(y) - 0.5
		if xv < p.X.Min || xv > p.X.Max {
			continue
		}
		c.StrokeLine2(v.style, x(xv), c.Min.Y, x(xv), c.Max.Y)
	}
}

// Thumbnail draws a short vertical line for the legend.
func (v *vline) Thumbnail(c *draw.Canvas) {
	xm := (c.Min.X + c.Max.X) / 2
	c.StrokeLine2(v.style, xm, c.Min.Y, xm, c.Max.Y)
}
