package plots

import (
	"fmt"
	"image/color"
	"sort"

	"github.com/apache/arrow/go/v15/arrow"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// StackedOptions configures Stacked.
type StackedOptions struct {
	Common
	// Entity, Part and Value name the columns: one row per entity and
	// part (defaults "province", "index", "value").
	Entity, Part, Value string
	// Parts lists the parts in stacking order, left to right, with the
	// legend label of each (PartLabels, same length; default the part
	// names). Default: the parts in order of first appearance.
	Parts, PartLabels []string
	// Highlight lists entities drawn on a shaded band with an outline.
	Highlight []string
	// Max is the axis maximum (default: the largest total).
	Max float64
}

// Stacked draws one horizontal bar per entity, made of its parts laid end
// to end, ranked by total from the top (ties by name), with the total at
// the bar's end: a ranking and its composition in one chart, such as the
// 766 index of the 34 provinces with its six groups. A missing part counts
// 0 and is named in a note; a duplicate (entity, part) row is an error.
func Stacked(rec arrow.Record, opts StackedOptions) (*Chart, error) {
	if rec == nil || rec.NumRows() == 0 {
		return nil, i18n.Errorf("plots: %w: no rows", ErrEmpty)
	}
	opts = opts.withDefaults()
	t, err := readStacked(rec, opts)
	if err != nil {
		return nil, err
	}
	o := opts.Common.withDefaults(20*vg.Centimeter, vg.Length(len(t.entities))*vg.Points(15)+vg.Points(150))
	f, rec2 := newFrame(o)
	drawStacked(f, t, opts)
	return f.chart(rec2), nil
}

func (opts StackedOptions) withDefaults() StackedOptions {
	if opts.Entity == "" {
		opts.Entity = "province"
	}
	if opts.Part == "" {
		opts.Part = "index"
	}
	if opts.Value == "" {
		opts.Value = "value"
	}
	return opts
}

// stackTable is the values by entity and part.
type stackTable struct {
	entities []string           // display names, ranked
	parts    []string           // part names, in stacking order
	vals     map[string]float64 // entity key + "\x00" + part key
	totals   map[string]float64 // by entity key
	missing  int
}

// readStacked reads the values and ranks the entities.
func readStacked(rec arrow.Record, opts StackedOptions) (*stackTable, error) {
	ent, err := stringColumn(rec, opts.Entity)
	if err != nil {
		return nil, i18n.Errorf("plots: stacked: %w", err)
	}
	part, err := stringColumn(rec, opts.Part)
	if err != nil {
		return nil, i18n.Errorf("plots: stacked: %w", err)
	}
	val, err := floatColumn(rec, opts.Value)
	if err != nil {
		return nil, i18n.Errorf("plots: stacked: %w", err)
	}
	t := &stackTable{vals: map[string]float64{}, totals: map[string]float64{}}
	names := map[string]string{}
	seenPart := map[string]bool{}
	for _, p := range opts.Parts {
		t.parts = append(t.parts, vntext.NFC(p))
		seenPart[vntext.Fold(p)] = true
	}
	for i := 0; i < int(rec.NumRows()); i++ {
		e, ok1 := ent(i)
		p, ok2 := part(i)
		v, ok3 := val(i)
		if !ok1 || !ok2 || !ok3 {
			continue
		}
		ek, pk := vntext.Fold(e), vntext.Fold(p)
		if len(opts.Parts) > 0 && !seenPart[pk] {
			continue
		}
		if !seenPart[pk] {
			seenPart[pk] = true
			t.parts = append(t.parts, vntext.NFC(p))
		}
		if _, dup := t.vals[ek+"\x00"+pk]; dup {
			return nil, optionsError(i18n.Errorf("stacked: %q has two values for %q", e, p), opts.Entity, opts.Part)
		}
		if _, ok := names[ek]; !ok {
			names[ek] = vntext.NFC(e)
			t.entities = append(t.entities, ek)
		}
		t.vals[ek+"\x00"+pk] = v
		t.totals[ek] += v
	}
	if len(t.entities) == 0 {
		return nil, i18n.Errorf("plots: %w: no rows with an entity, part and value", ErrEmpty)
	}
	for _, ek := range t.entities {
		for _, p := range t.parts {
			if _, ok := t.vals[ek+"\x00"+vntext.Fold(p)]; !ok {
				t.missing++
			}
		}
	}
	sort.SliceStable(t.entities, func(i, j int) bool {
		a, b := t.entities[i], t.entities[j]
		if t.totals[a] != t.totals[b] {
			return t.totals[a] > t.totals[b]
		}
		return a < b
	})
	for i, ek := range t.entities {
		t.entities[i] = names[ek]
	}
	return t, nil
}

// drawStacked draws the bars, the highlight bands, the legend and notes.
func drawStacked(f *frame, t *stackTable, opts StackedOptions) {
	p, o := f.plot, f.o
	lang := o.Lang
	R := len(t.entities)
	labelW := o.Width * 0.3
	tick := p.Y.Tick.Label
	rs := &rects{style: f.style(o.Font.Size*0.75, false, color.Gray{0x22})}
	hl := map[string]bool{}
	for _, h := range opts.Highlight {
		hl[vntext.Fold(h)] = true
	}
	maxTotal := 0.0
	for _, e := range t.entities {
		maxTotal = max(maxTotal, t.totals[vntext.Fold(e)])
	}
	xMax := opts.Max
	if xMax <= 0 {
		xMax = maxTotal
	}
	var yt []plot.Tick
	var bands, bars []rectItem
	for i, e := range t.entities {
		ek := vntext.Fold(e)
		y := float64(R - 1 - i)
		label := fmt.Sprintf("%d. %s", i+1, e)
		yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, label, labelW)})
		if hl[ek] {
			bands = append(bands, rectItem{x0: 0, x1: xMax * 1.1, y0: y - 0.5, y1: y + 0.5, fill: color.NRGBA{0xFF, 0xE0, 0x80, 0xff}})
		}
		x := 0.0
		for pi, part := range t.parts {
			v := t.vals[ek+"\x00"+vntext.Fold(part)]
			it := rectItem{x0: x, x1: x + v, y0: y - 0.36, y1: y + 0.36, fill: o.Colors[pi%len(o.Colors)]}
			x += v
			if pi == len(t.parts)-1 {
				it.label, it.labelAt = formatFixed(t.totals[ek], 2, lang), labelRight
				it.labelFrom = &x
			}
			if hl[ek] {
				it.border = color.Black
			}
			bars = append(bars, it)
		}
	}
	rs.items = append(bands, bars...)
	p.Add(rs)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
	p.Y.Tick.Length = 0
	p.Y.Min, p.Y.Max = -0.6, float64(R)-0.4
	p.X.Min, p.X.Max = 0, xMax*1.1
	p.X.Tick.Marker = niceTicks{lang: lang}
	p.X.Label.Text = axisLabel(o.XLabel, tr(lang, "Điểm", "Points"))
	p.Y.Label.Text = axisLabel(o.YLabel, "")
	for pi, part := range t.parts {
		label := part
		if pi < len(opts.PartLabels) && opts.PartLabels[pi] != "" {
			label = opts.PartLabels[pi]
		}
		f.legend = append(f.legend, legendItem{label: label, thumbs: []plot.Thumbnailer{swatch{fill: o.Colors[pi%len(o.Colors)]}}})
	}
	if t.missing > 0 {
		f.notes = append(f.notes, tr(lang, fmt.Sprintf("%d giá trị thiếu, tính là 0.", t.missing), fmt.Sprintf("%d missing values, counted as 0.", t.missing)))
	}
}
