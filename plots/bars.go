package plots

import (
	"image/color"
	"math"
	"strconv"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/cchc-lab/cchc/internal/i18n"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// BarsOptions configures Bars.
type BarsOptions struct {
	Common
	// Selection picks the rows: Series names the groups (provinces or
	// metrics), X the years (one bar per year), Y the values.
	Selection
	// ValueLabels prints each bar's value above it.
	ValueLabels bool
	// Precision is the number of decimals of value labels (default 2).
	Precision int
	// Target draws a horizontal target line (nil: none).
	Target *float64
	// TargetLabel is the target's legend entry (default "Mục tiêu <v>").
	TargetLabel string
	// MaxGroups is the most groups drawn when Entities is empty (default 12).
	MaxGroups int
}

// Bars draws a yearly comparison: one group of bars per series (province or
// metric), one bar per year, bars starting at zero. A missing value leaves
// an empty slot marked "–", never a zero bar.
func Bars(rec arrow.Record, opts BarsOptions) (*Chart, error) {
	if opts.Precision <= 0 {
		opts.Precision = 2
	}
	if opts.MaxGroups <= 0 {
		opts.MaxGroups = 12
	}
	sel, err := selectSeries(rec, opts.Selection, opts.MaxGroups)
	if err != nil {
		return nil, err
	}
	b := &barChart{opts: opts, o: opts.Common.withDefaults(20*vg.Centimeter, 12*vg.Centimeter), sel: sel}
	b.years = seriesYears(sel)
	if len(b.years) == 0 {
		return nil, i18n.Errorf("plots: %w: no values to draw", ErrEmpty)
	}
	var rec2 *textRecorder
	b.f, rec2 = newFrame(b.o)
	b.setUpAxes(opts.Selection.withDefaults(rec))
	b.addBars()
	b.addTarget()
	b.addLegend()
	b.fitAxes()
	b.addNotes()
	return b.f.chart(rec2), nil
}

// barChart is the state of one Bars call: a group per series, a bar per
// year.
type barChart struct {
	opts  BarsOptions
	o     Common
	sel   *selected
	years []int
	f     *frame

	colors     []color.Color // per year, lightest first
	bars       *rects
	rotated    bool // value labels turned a quarter
	maxV, minV float64
	missing    bool // a group lacks a year
	dups       []duplicate
}

// groupWidth is the share of a group's slot its bars take.
const groupWidth = 0.8

// seriesYears returns the years present among the selected series.
func seriesYears(sel *selected) []int {
	set := map[int]bool{}
	for _, sd := range sel.series {
		for _, p := range sd.points {
			set[p.year] = true
		}
	}
	return sortedYears(set)
}

// setUpAxes labels the axes and adds the horizontal grid.
func (b *barChart) setUpAxes(sx Selection) {
	p, lang := b.f.plot, b.o.Lang
	p.Y.Label.Text = axisLabel(b.o.YLabel, valueLabel(b.sel, sx.Y, lang))
	p.X.Label.Text = axisLabel(b.o.XLabel, "")
	p.Y.Tick.Marker = niceTicks{lang: lang}
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	grid.Horizontal.Color = color.Gray{0xe6}
	grid.Horizontal.Width = vg.Points(0.5)
	p.Add(grid)
}

// addBars draws a bar per group and year, a "–" where a year is missing;
// value labels turn a quarter when wider than their bar.
func (b *barChart) addBars() {
	G, B := len(b.sel.series), len(b.years)
	bw := groupWidth / float64(B)
	b.colors = yearColors(B, b.o.Colors[0])
	labelStyle := b.f.style(b.o.Font.Size*0.75, false, color.Gray{0x22})
	approxBar := (b.o.Width - 90) * vg.Length(groupWidth/float64(G*B))
	b.bars = &rects{style: labelStyle}
	for g, sd := range b.sel.series {
		primary, _, d := collapse(sd)
		b.dups = append(b.dups, d...)
		byYear := map[int]float64{}
		for _, pt := range primary {
			byYear[pt.year] = pt.value
		}
		for k, y := range b.years {
			x0 := float64(g) - groupWidth/2 + float64(k)*bw
			v, ok := byYear[y]
			if !ok {
				b.missing = true
				b.bars.items = append(b.bars.items, rectItem{x0: x0, x1: x0 + bw, y0: 0, y1: 0, label: "–", labelAt: labelBase, labelColor: color.Gray{0x66}})
				continue
			}
			it := rectItem{x0: x0 + bw*0.04, x1: x0 + bw*0.96, y0: 0, y1: v, fill: b.colors[k]}
			if b.opts.ValueLabels {
				it.label = formatFixed(v, b.opts.Precision, b.o.Lang)
				it.labelAt = labelTop
				if labelStyle.Width(it.label) > approxBar*0.95 {
					b.rotated = true
				}
			}
			b.maxV = math.Max(b.maxV, v)
			b.minV = math.Min(b.minV, v)
			b.bars.items = append(b.bars.items, it)
		}
	}
	b.bars.rotate = b.rotated
	b.f.plot.Add(b.bars)
}

// addTarget draws the target as a dashed red line.
func (b *barChart) addTarget() {
	if b.opts.Target == nil {
		return
	}
	t, lang := *b.opts.Target, b.o.Lang
	h := &hline{y: t, style: draw.LineStyle{Color: color.NRGBA{0xC0, 0, 0, 0xff}, Width: vg.Points(1.2), Dashes: []vg.Length{vg.Points(6), vg.Points(3)}}}
	b.f.plot.Add(h)
	label := b.opts.TargetLabel
	if label == "" {
		label = tr(lang, "Mục tiêu ", "Target ") + formatNumber(t, b.opts.Precision, lang)
	}
	b.f.legend = append(b.f.legend, legendItem{label: label, thumbs: []plot.Thumbnailer{h}})
	b.maxV = math.Max(b.maxV, t)
	b.minV = math.Min(b.minV, t)
}

// addLegend gives the colour of each year.
func (b *barChart) addLegend() {
	for k, y := range b.years {
		b.f.legend = append(b.f.legend, legendItem{label: strconv.Itoa(y), thumbs: []plot.Thumbnailer{swatch{fill: b.colors[k]}}})
	}
}

// fitAxes names the groups under them, wrapped to the group's width, and
// sets the value range from zero with room for the labels.
func (b *barChart) fitAxes() {
	p, o, G := b.f.plot, b.o, len(b.sel.series)
	names := make([]string, G)
	for g, sd := range b.sel.series {
		names[g] = sd.name
	}
	categoryLabels(p, names, (o.Width-90)/vg.Length(G), o.Height*0.25)
	p.X.Tick.Length = 0
	p.X.Min, p.X.Max = -0.5, float64(G)-0.5
	head := 1.08
	if b.opts.ValueLabels {
		head = 1.12
		if b.rotated {
			// Room for a label standing on the tallest bar.
			plotH := o.Height * 0.6
			w := 0.0
			for _, it := range b.bars.items {
				w = math.Max(w, float64(b.bars.style.Width(it.label)))
			}
			head = 1 + (w+6)/float64(plotH)
		}
	}
	maxV := b.maxV
	if maxV <= 0 && b.minV == 0 {
		maxV = 1
	}
	p.Y.Max = maxV * head
	p.Y.Min = b.minV * head // bars start at zero; negative values hang below it
}

// addNotes explains the "–" slots, the values from other sources and the
// rows not drawn.
func (b *barChart) addNotes() {
	lang := b.o.Lang
	if b.missing {
		b.f.notes = append(b.f.notes, tr(lang, "–: không có số liệu năm đó.", "–: no value for that year."))
	}
	if n := duplicateNote(lang, b.dups); n != "" {
		b.f.notes = append(b.f.notes, n)
	}
	if n := skippedNote(lang, b.sel); n != "" {
		b.f.notes = append(b.f.notes, n)
	}
}

// yearColors returns n shades of base, lightest for the earliest year.
func yearColors(n int, base color.Color) []color.Color {
	out := make([]color.Color, n)
	for i := range out {
		t := 0.0
		if n > 1 {
			t = 0.7 * float64(n-1-i) / float64(n-1)
		}
		out[i] = lighten(base, t)
	}
	return out
}
