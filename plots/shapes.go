package plots

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// Label positions of a rectItem.
const (
	labelNone   = iota
	labelTop    // above the top edge (vertical bars)
	labelRight  // right of the right edge (horizontal bars)
	labelCenter // centred inside
	labelBase   // just above the bottom edge (missing bars)
)

// rectItem is a rectangle in data coordinates with an optional label.
type rectItem struct {
	x0, x1, y0, y1 float64
	fill           color.Color
	hatch          bool
	border         color.Color
	label          string
	labelAt        int
	labelColor     color.Color
	// labelFrom, when set, is the data x where a labelRight label starts
	// (so labels clear a target line), if it lies right of the rectangle.
	labelFrom *float64
}

// rects draws rectangles in data coordinates: bars, heatmap cells.
type rects struct {
	items  []rectItem
	style  text.Style // label style
	rotate bool       // rotate top labels a quarter turn
}

// Plot draws the rectangles and their labels.
func (r *rects) Plot(c draw.Canvas, p *plot.Plot) {
	tx, ty := p.Transforms(&c)
	for _, it := range r.items {
		rect := vg.Rectangle{
			Min: vg.Point{X: tx(it.x0), Y: ty(it.y0)},
			Max: vg.Point{X: tx(it.x1), Y: ty(it.y1)},
		}
		if rect.Min.X > rect.Max.X {
			rect.Min.X, rect.Max.X = rect.Max.X, rect.Min.X
		}
		if rect.Min.Y > rect.Max.Y {
			rect.Min.Y, rect.Max.Y = rect.Max.Y, rect.Min.Y
		}
		if it.fill != nil {
			c.SetColor(it.fill)
			c.Fill(rect.Path())
		}
		if it.hatch {
			hatch(c, rect)
		}
		if it.border != nil {
			c.SetLineStyle(draw.LineStyle{Color: it.border, Width: vg.Points(0.5)})
			c.Stroke(rect.Path())
		}
		if it.label == "" || it.labelAt == labelNone {
			continue
		}
		sty := r.style
		if it.labelColor != nil {
			sty.Color = it.labelColor
		}
		pad := sty.Font.Size * 0.3
		switch it.labelAt {
		case labelTop:
			// Past the bar's end: above a positive bar, below a negative one.
			down := it.y1 < it.y0
			pt := vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: rect.Max.Y + pad}
			if down {
				pt.Y = rect.Min.Y - pad
			}
			switch {
			case r.rotate && down:
				sty.Rotation = math.Pi / 2
				sty.XAlign, sty.YAlign = draw.XRight, draw.YCenter
			case r.rotate:
				sty.Rotation = math.Pi / 2
				sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
			case down:
				sty.XAlign, sty.YAlign = draw.XCenter, draw.YTop
			default:
				sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
			}
			c.FillText(sty, pt, it.label)
		case labelBase:
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YBottom
			c.FillText(sty, vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: rect.Min.Y + pad}, it.label)
		case labelRight:
			sty.XAlign, sty.YAlign = draw.XLeft, draw.YCenter
			x := rect.Max.X
			if it.labelFrom != nil && tx(*it.labelFrom) > x {
				x = tx(*it.labelFrom)
			}
			c.FillText(sty, vg.Point{X: x + pad, Y: (rect.Min.Y + rect.Max.Y) / 2}, it.label)
		case labelCenter:
			sty.XAlign, sty.YAlign = draw.XCenter, draw.YCenter
			c.FillText(sty, vg.Point{X: (rect.Min.X + rect.Max.X) / 2, Y: (rect.Min.Y + rect.Max.Y) / 2}, it.label)
		}
	}
}

// DataRange returns the extent of the rectangles.
func (r *rects) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, it := range r.items {
		xmin = math.Min(xmin, math.Min(it.x0, it.x1))
		xmax = math.Max(xmax, math.Max(it.x0, it.x1))
		ymin = math.Min(ymin, math.Min(it.y0, it.y1))
		ymax = math.Max(ymax, math.Max(it.y0, it.y1))
	}
	return
}

// hatch draws grey diagonal lines over rect.
func hatch(c draw.Canvas, rect vg.Rectangle) {
	sty := draw.LineStyle{Color: color.Gray{0x88}, Width: vg.Points(0.6)}
	step := vg.Points(4)
	w, h := rect.Max.X-rect.Min.X, rect.Max.Y-rect.Min.Y
	for d := -h; d < w; d += step {
		// Line from (d, 0) to (d+h, h), clipped to the rectangle.
		x0, y0 := d, vg.Length(0)
		x1, y1 := d+h, h
		if x0 < 0 {
			y0 -= x0
			x0 = 0
		}
		if x1 > w {
			y1 -= x1 - w
			x1 = w
		}
		if y1 <= y0 {
			continue
		}
		c.StrokeLine2(sty, rect.Min.X+x0, rect.Min.Y+y0, rect.Min.X+x1, rect.Min.Y+y1)
	}
}

// swatch is a legend thumbnail: a filled box, optionally hatched.
type swatch struct {
	fill   color.Color
	hatch  bool
	border color.Color
}

// Thumbnail draws the swatch.
func (s swatch) Thumbnail(c *draw.Canvas) {
	r := c.Rectangle
	if s.fill != nil {
		c.SetColor(s.fill)
		c.Fill(r.Path())
	}
	if s.hatch {
		hatch(*c, r)
	}
	if s.border != nil {
		c.SetLineStyle(draw.LineStyle{Color: s.border, Width: vg.Points(0.5)})
		c.Stroke(r.Path())
	}
}

// gradient is a legend thumbnail showing a colour scale from 0 to 1.
type gradient struct {
	colour func(float64) color.Color
}

// Thumbnail draws the gradient left (0) to right (1).
func (g gradient) Thumbnail(c *draw.Canvas) {
	r := c.Rectangle
	const n = 50
	w := (r.Max.X - r.Min.X) / n
	for i := 0; i < n; i++ {
		x := r.Min.X + vg.Length(i)*w
		c.SetColor(g.colour((float64(i) + 0.5) / n))
		c.Fill(vg.Rectangle{Min: vg.Point{X: x, Y: r.Min.Y}, Max: vg.Point{X: x + w + 0.3, Y: r.Max.Y}}.Path())
	}
	c.SetLineStyle(draw.LineStyle{Color: color.Gray{0x88}, Width: vg.Points(0.5)})
	c.Stroke(r.Path())
}

// hline is a horizontal line across the data area at y.
type hline struct {
	y     float64
	style draw.LineStyle
}

// Plot draws the line.
func (h *hline) Plot(c draw.Canvas, p *plot.Plot) {
	_, ty := p.Transforms(&c)
	if h.y < p.Y.Min || h.y > p.Y.Max {
		return
	}
	c.StrokeLine2(h.style, c.Min.X, ty(h.y), c.Max.X, ty(h.y))
}

// DataRange makes sure the line is in range.
func (h *hline) DataRange() (xmin, xmax, ymin, ymax float64) {
	return math.Inf(1), math.Inf(-1), h.y, h.y
}

// Thumbnail draws a short line for the legend.
func (h *hline) Thumbnail(c *draw.Canvas) {
	ym := (c.Min.Y + c.Max.Y) / 2
	c.StrokeLine2(h.style, c.Min.X, ym, c.Max.X, ym)
}

// vmark is a vertical line across the data area at x (target ticks of
// horizontal bar charts).
type vmark struct {
	x     float64
	style draw.LineStyle
}

// Plot draws the line.
func (v *vmark) Plot(c draw.Canvas, p *plot.Plot) {
	tx, _ := p.Transforms(&c)
	if v.x < p.X.Min || v.x > p.X.Max {
		return
	}
	c.StrokeLine2(v.style, tx(v.x), c.Min.Y, tx(v.x), c.Max.Y)
}

// Thumbnail draws a short vertical line for the legend.
func (v *vmark) Thumbnail(c *draw.Canvas) {
	xm := (c.Min.X + c.Max.X) / 2
	c.StrokeLine2(v.style, xm, c.Min.Y, xm, c.Max.Y)
}
