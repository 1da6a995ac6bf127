package plots

import (
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"

	"github.com/apache/arrow/go/v15/arrow"
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
	o := opts.Common.withDefaults(20*vg.Centimeter, 12*vg.Centimeter)
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
	lang := o.Lang
	// The bars: the years present among the selected series.
	yearSet := map[int]bool{}
	for _, sd := range sel.series {
		for _, p := range sd.points {
			yearSet[p.year] = true
		}
	}
	var years []int
	for y := range yearSet {
		years = append(years, y)
	}
	sort.Ints(years)
	f, rec2 := newFrame(o)
	p := f.plot
	sx := opts.Selection.withDefaults(rec)
	ylab := valueLabel(sel, sx.Y, lang)
	p.Y.Label.Text = axisLabel(o.YLabel, ylab)
	p.X.Label.Text = axisLabel(o.XLabel, "")
	p.Y.Tick.Marker = niceTicks{lang: lang}
	grid := plotter.NewGrid()
	grid.Vertical.Width = 0
	grid.Horizontal.Color = color.Gray{0xe6}
	grid.Horizontal.Width = vg.Points(0.5)
	p.Add(grid)

	G, B := len(sel.series), len(years)
	const groupW = 0.8
	bw := groupW / float64(B)
	colors := yearColors(B, o.Colors[0])
	labelStyle := f.style(o.Font.Size*0.75, false, color.Gray{0x22})
	// Value labels turn a quarter when wider than their bar.
	approxBar := (o.Width - 90) * vg.Length(groupW/float64(G*B))
	rot := false
	maxV, minV := 0.0, 0.0
	var dups []duplicate
	bars := &rects{style: labelStyle}
	missing := false
	for g, sd := range sel.series {
		primary, _, d := collapse(sd)
		dups = append(dups, d...)
		byYear := map[int]float64{}
		for _, pt := range primary {
			byYear[pt.year] = pt.value
		}
		for b, y := range years {
			x0 := float64(g) - groupW/2 + float64(b)*bw
			v, ok := byYear[y]
			if !ok {
				missing = true
				bars.items = append(bars.items, rectItem{x0: x0, x1: x0 + bw, y0: 0, y1: 0, label: "–", labelAt: labelBase, labelColor: color.Gray{0x66}})
				continue
			}
			it := rectItem{x0: x0 + bw*0.04, x1: x0 + bw*0.96, y0: 0, y1: v, fill: colors[b]}
			if opts.ValueLabels {
				it.label = formatFixed(v, opts.Precision, lang)
				it.labelAt = labelTop
				if labelStyle.Width(it.label) > approxBar*0.95 {
					rot = true
				}
			}
			maxV = math.Max(maxV, v)
			minV = math.Min(minV, v)
			bars.items = append(bars.items, it)
		}
	}
	bars.rotate = rot
	p.Add(bars)
	if opts.Target != nil {
		t := *opts.Target
		h := &hline{y: t, style: draw.LineStyle{Color: color.NRGBA{0xC0, 0, 0, 0xff}, Width: vg.Points(1.2), Dashes: []vg.Length{vg.Points(6), vg.Points(3)}}}
		p.Add(h)
		label := opts.TargetLabel
		if label == "" {
			label = tr(lang, "Mục tiêu ", "Target ") + formatNumber(t, opts.Precision, lang)
		}
		f.legend = append(f.legend, legendItem{label: label, thumbs: []plot.Thumbnailer{h}})
		maxV = math.Max(maxV, t)
		minV = math.Min(minV, t)
	}
	for b, y := range years {
		f.legend = append(f.legend, legendItem{label: strconv.Itoa(y), thumbs: []plot.Thumbnailer{swatch{fill: colors[b]}}})
	}
	// Group names under the groups, wrapped to the group's width.
	groupPts := (o.Width - 90) / vg.Length(G)
	names := make([]string, G)
	for g, sd := range sel.series {
		names[g] = sd.name
	}
	categoryLabels(p, names, groupPts, o.Height*0.25)
	p.X.Tick.Length = 0
	p.X.Min, p.X.Max = -0.5, float64(G)-0.5
	head := 1.08
	if opts.ValueLabels {
		head = 1.12
		if rot {
			// Room for a label standing on the tallest bar.
			plotH := o.Height * 0.6
			w := 0.0
			for _, it := range bars.items {
				w = math.Max(w, float64(labelStyle.Width(it.label)))
			}
			head = 1 + (w+6)/float64(plotH)
		}
	}
	if maxV <= 0 && minV == 0 {
		maxV = 1
	}
	p.Y.Max = maxV * head
	p.Y.Min = minV * head // bars start at zero; negative values hang below it
	if missing {
		f.notes = append(f.notes, tr(lang, "–: không có số liệu năm đó.", "–: no value for that year."))
	}
	if n := duplicateNote(lang, dups); n != "" {
		f.notes = append(f.notes, n)
	}
	if n := skippedNote(lang, sel); n != "" {
		f.notes = append(f.notes, n)
	}
	if len(years) == 0 {
		return nil, fmt.Errorf("plots: %w: no values to draw", ErrEmpty)
	}
	return f.chart(rec2), nil
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
