package plots

import (
	"image/color"
	"math"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/vntext"
	stdfont "golang.org/x/image/font"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// frame is the page of one chart: title on top, the plot, a legend strip
// under the plot and notes at the bottom. Nothing is drawn over anything
// else: each part gets its own band of the page.
type frame struct {
	o      Common
	hdlr   vnText
	plot   *plot.Plot
	legend []legendItem
	notes  []string
	// extra draws on the plot's data area after the plot (may be nil).
	extra func(p *plot.Plot, dc draw.Canvas)
}

// legendItem is one legend entry: a swatch (thumbnailers drawn over each
// other) and its label. width is the swatch width (default 2 em).
type legendItem struct {
	label  string
	thumbs []plot.Thumbnailer
	width  vg.Length
}

func newFrame(o Common) (*frame, *textRecorder) {
	rec := &textRecorder{}
	fonts := font.NewCache(o.Fonts)
	h := vnText{plain: text.Plain{Fonts: fonts}, rec: rec}
	f := &frame{o: o, hdlr: h}
	f.plot = newPlot(o, h)
	return f, rec
}

// chart wraps the frame into a Chart.
func (f *frame) chart(rec *textRecorder) *Chart {
	return &Chart{w: f.o.Width, h: f.o.Height, dpi: f.o.DPI, embed: f.o.EmbedFonts, fonts: f.hdlr.plain.Fonts, rec: rec, draw: f.draw}
}

func (f *frame) style(size vg.Length, bold bool, clr color.Color) text.Style {
	fnt := font.From(f.o.Font, size)
	if bold {
		fnt.Weight = stdfont.WeightBold
	}
	return text.Style{Color: clr, Font: fnt, Handler: f.hdlr, XAlign: draw.XLeft, YAlign: draw.YTop}
}

func (f *frame) titleStyle() text.Style {
	return f.style(f.o.Font.Size*1.3, true, color.Black)
}
func (f *frame) noteStyle() text.Style {
	return f.style(f.o.Font.Size*0.75, false, color.Gray{0x44})
}
func (f *frame) legendStyle() text.Style {
	return f.style(f.o.Font.Size*0.9, false, color.Black)
}

const margin = vg.Length(8) // points around the page

func (f *frame) draw(dc draw.Canvas) {
	dc.SetColor(color.White)
	dc.Fill(dc.Rectangle.Path())
	r := dc.Rectangle
	r.Min.X += margin
	r.Max.X -= margin
	r.Min.Y += margin / 2
	r.Max.Y -= margin
	width := r.Size().X

	// Title.
	if f.o.Title != "" {
		ts := f.titleStyle()
		t := wrapText(ts, f.o.Title, width, 3)
		dc.FillText(ts, vg.Point{X: r.Min.X, Y: r.Max.Y}, t)
		r.Max.Y -= ts.Height(t) + margin
	}
	// Notes at the bottom.
	var notes []string
	if f.o.Note != "" {
		notes = append(notes, f.o.Note)
	}
	notes = append(notes, f.notes...)
	if len(notes) > 0 {
		ns := f.noteStyle()
		var lines []string
		for _, n := range notes {
			lines = append(lines, wrapText(ns, n, width, 4))
		}
		t := strings.Join(lines, "\n")
		h := ns.Height(t)
		dc.FillText(ns, vg.Point{X: r.Min.X, Y: r.Min.Y + h}, t)
		r.Min.Y += h + margin/2
	}
	// Legend strip.
	if len(f.legend) > 0 {
		h := f.drawLegend(dc, r)
		r.Min.Y += h + margin/2
	}
	pc := draw.Canvas{Canvas: dc.Canvas, Rectangle: r}
	// Axis labels no longer than their axis.
	f.plot.Y.Label.Text = shorten(f.plot.Y.Label.TextStyle, f.plot.Y.Label.Text, (r.Max.Y-r.Min.Y)*0.95)
	f.plot.X.Label.Text = shorten(f.plot.X.Label.TextStyle, f.plot.X.Label.Text, width*0.9)
	f.plot.Draw(pc)
	if f.extra != nil {
		f.extra(f.plot, f.plot.DataCanvas(pc))
	}
}

// drawLegend lays the legend entries out left to right, wrapping to new
// rows, at the bottom of r; it returns the height used.
func (f *frame) drawLegend(dc draw.Canvas, r vg.Rectangle) vg.Length {
	ls := f.legendStyle()
	ls.YAlign = draw.YCenter
	rowH := ls.Height("Ag") * 1.5
	gap := ls.Font.Size * 1.2
	maxW := r.Size().X
	type placed struct {
		it   legendItem
		x    vg.Length
		row  int
		text string
	}
	var items []placed
	x, row := vg.Length(0), 0
	for _, it := range f.legend {
		sw := it.width
		if sw == 0 {
			sw = ls.Font.Size * 2
		}
		label := shorten(ls, it.label, maxW-sw-gap)
		w := sw + ls.Font.Size*0.4 + ls.Width(label)
		if x > 0 && x+w > maxW {
			x, row = 0, row+1
		}
		it.width = sw
		items = append(items, placed{it: it, x: x, row: row, text: label})
		x += w + gap
	}
	rows := row + 1
	height := vg.Length(rows) * rowH
	// Centre each row.
	rowW := make([]vg.Length, rows)
	for _, p := range items {
		end := p.x + p.it.width + ls.Font.Size*0.4 + ls.Width(p.text)
		if end > rowW[p.row] {
			rowW[p.row] = end
		}
	}
	for _, p := range items {
		off := (maxW - rowW[p.row]) / 2
		x0 := r.Min.X + off + p.x
		yc := r.Min.Y + height - (vg.Length(p.row)+0.5)*rowH
		sh := ls.Font.Size * 0.9
		tc := draw.Canvas{Canvas: dc.Canvas, Rectangle: vg.Rectangle{
			Min: vg.Point{X: x0, Y: yc - sh/2}, Max: vg.Point{X: x0 + p.it.width, Y: yc + sh/2}}}
		for _, t := range p.it.thumbs {
			t.Thumbnail(&tc)
		}
		dc.FillText(ls, vg.Point{X: x0 + p.it.width + ls.Font.Size*0.4, Y: yc}, p.text)
	}
	return height
}

// wrapText breaks s into lines no wider than width, at spaces, keeping at
// most maxLines lines; the last line is shortened with an ellipsis when
// text remains.
func wrapText(sty text.Style, s string, width vg.Length, maxLines int) string {
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		words := strings.Fields(para)
		cur := ""
		for _, w := range words {
			try := w
			if cur != "" {
				try = cur + " " + w
			}
			if cur != "" && sty.Width(try) > width {
				lines = append(lines, cur)
				cur = w
				continue
			}
			cur = try
		}
		lines = append(lines, cur)
	}
	if maxLines > 0 && len(lines) > maxLines {
		rest := strings.Join(lines[maxLines-1:], " ")
		lines = append(lines[:maxLines-1], shorten(sty, rest+" …", width))
	}
	for i, l := range lines {
		lines[i] = shorten(sty, l, width)
	}
	return strings.Join(lines, "\n")
}

// shorten returns s, or s cut at a rune boundary with "…" appended so that
// it is no wider than width.
func shorten(sty text.Style, s string, width vg.Length) string {
	if width <= 0 || sty.Width(s) <= width {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi { // largest n with width(r[:n]+"…") <= width
		mid := (lo + hi + 1) / 2
		if sty.Width(strings.TrimRight(string(r[:mid]), " ,;:-")+"…") <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimRight(string(r[:lo]), " ,;:-") + "…"
}

// wrapLabel wraps a tick label into at most two lines of the given width.
func wrapLabel(sty text.Style, s string, width vg.Length) string {
	return wrapText(sty, s, width, 2)
}

// categoryLabels sets the tick labels of a category x axis: each name
// wrapped to its slot (at most two lines) when the longest word fits,
// otherwise all names turned a quarter (reading upwards) and shortened to
// maxLen, so that neighbouring labels never run into each other.
func categoryLabels(p *plot.Plot, names []string, slot, maxLen vg.Length) {
	sty := p.X.Tick.Label
	fits := true
	for _, n := range names {
		for _, w := range strings.Fields(n) {
			if sty.Width(w) > slot*0.95 {
				fits = false
			}
		}
	}
	out := make([]string, len(names))
	if fits {
		for i, n := range names {
			out[i] = wrapLabel(sty, n, slot*0.95)
		}
		padLines(out)
	} else {
		// Turned labels stand side by side: shrink the type until a line
		// fits the slot (not below 5 pt), then label every k-th slot.
		if lh := sty.Height("Ấg"); lh > slot*0.95 {
			size := max(sty.Font.Size*slot*0.95/lh, vg.Points(5))
			sty.Font.Size = size
			p.X.Tick.Label.Font.Size = size
		}
		every := 1
		if lh := sty.Height("Ấg"); lh > slot*0.95 {
			every = int(math.Ceil(float64(lh / (slot * 0.95))))
		}
		for i, n := range names {
			if i%every == 0 {
				out[i] = shorten(sty, n, maxLen)
			}
		}
		p.X.Tick.Label.Rotation = math.Pi / 2
		p.X.Tick.Label.XAlign = draw.XRight
		p.X.Tick.Label.YAlign = draw.YCenter
	}
	p.X.Tick.Marker = labelTicks(out)
}

// padLines gives every label as many lines as the longest, so that axis
// tick labels of one and two lines start on the same baseline.
func padLines(labels []string) {
	most := 1
	for _, l := range labels {
		most = max(most, strings.Count(l, "\n")+1)
	}
	for i, l := range labels {
		for n := strings.Count(l, "\n") + 1; n < most; n++ {
			l += "\n "
		}
		labels[i] = l
	}
}

// formatNumber prints v with at most prec decimals for a chart label,
// with a decimal comma for Vietnamese.
func formatNumber(v float64, prec int, lang string) string {
	return vntext.FormatNumberLabel(v, prec, lang == "vi")
}

// yearTicks labels whole years, every year when few, else every 2, 5 or 10.
type yearTicks struct{}

// Ticks returns one tick per labelled year.
func (yearTicks) Ticks(min, max float64) []plot.Tick {
	lo, hi := int(math.Ceil(min)), int(math.Floor(max))
	span := hi - lo
	step := 1
	switch {
	case span > 40:
		step = 10
	case span > 20:
		step = 5
	case span > 15:
		step = 2
	}
	var ts []plot.Tick
	for y := lo; y <= hi; y++ {
		if y%step == 0 || step == 1 {
			ts = append(ts, plot.Tick{Value: float64(y), Label: strconv.Itoa(y)})
		} else {
			ts = append(ts, plot.Tick{Value: float64(y)})
		}
	}
	return ts
}

// labelTicks puts the given labels at 0, 1, 2, ...
type labelTicks []string

// Ticks returns a tick per label.
func (l labelTicks) Ticks(min, max float64) []plot.Tick {
	ts := make([]plot.Tick, 0, len(l))
	for i, s := range l {
		ts = append(ts, plot.Tick{Value: float64(i), Label: s})
	}
	return ts
}

// lighten mixes c with white by t in [0,1].
func lighten(c color.Color, t float64) color.Color {
	r, g, b, _ := c.RGBA()
	mix := func(v uint32) uint8 { return uint8(float64(v>>8)*(1-t) + 255*t + 0.5) }
	return color.NRGBA{mix(r), mix(g), mix(b), 0xff}
}

// luminance returns the relative luminance of c in [0,1].
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
}

// tr returns the label in the chart's language.
func tr(lang, vi, en string) string {
	if lang == "en" {
		return en
	}
	return vi
}

// formatFixed prints v with exactly prec decimals.
func formatFixed(v float64, prec int, lang string) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if lang == "vi" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// niceTicks labels about six round values (steps of 1, 2, 2.5 or 5 × 10^k),
// plus the values in also that lie in range.
type niceTicks struct {
	lang string
	also []float64
}

// Ticks returns the ticks between min and max.
func (n niceTicks) Ticks(min, max float64) []plot.Tick {
	if !(max > min) {
		return plot.DefaultTicks{}.Ticks(min, max)
	}
	raw := (max - min) / 6
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	prec := 0
	if step < 1 {
		prec = int(math.Ceil(-math.Log10(step))) + 1
	}
	var ts []plot.Tick
	for v := math.Ceil(min/step) * step; v <= max+step*1e-9; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: formatNumber(v, prec, n.lang)})
	}
	for _, v := range n.also {
		if v < min || v > max {
			continue
		}
		dup := false
		for _, t := range ts {
			if math.Abs(t.Value-v) < step/4 {
				dup = true
			}
		}
		if !dup {
			ts = append(ts, plot.Tick{Value: v, Label: formatNumber(v, prec, n.lang)})
		}
	}
	return ts
}
