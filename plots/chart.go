package plots

import (
	"bytes"
	"image/color"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/font/liberation"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"
	"gonum.org/v1/plot/vg/vgsvg"

	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Common holds the options every chart shares. The zero value gives a
// 20 × 12 cm chart at 150 dots per inch with Vietnamese labels.
type Common struct {
	// Title is drawn above the chart, wrapped to the chart's width.
	Title string
	// Note is drawn in small grey type under the chart (source, caveats);
	// the chart appends its own notes (scale breaks, duplicates, band rule).
	Note string
	// Width and Height are the chart's size (default 20 cm × 12 cm).
	Width, Height vg.Length
	// DPI is the PNG resolution (default 150).
	DPI int
	// Colors replaces the series palette (default: Okabe–Ito, colour-blind safe).
	Colors []color.Color
	// Font is the typeface; its Size is the base text size (default
	// Liberation Sans 10 pt). The faces must be in Fonts.
	Font font.Font
	// Fonts is the font collection to draw with (default: the Liberation
	// faces shipped with gonum/plot, which cover Vietnamese).
	Fonts font.Collection
	// Lang is "vi" (default) or "en": the language of the labels the chart
	// writes itself (axis names, legend entries, notes) and the decimal
	// separator of numbers it prints (comma for "vi").
	Lang string
	// XLabel and YLabel replace the default axis labels; "-" hides one.
	XLabel, YLabel string
	// EmbedFonts embeds the font faces in SVG output, so that the SVG looks
	// the same on machines without Liberation Sans (about 300 kB more per
	// face used). By default the SVG names the font and viewers substitute.
	EmbedFonts bool
}

func (c Common) withDefaults(w, h vg.Length) Common {
	if c.Width <= 0 {
		c.Width = w
	}
	if c.Height <= 0 {
		c.Height = h
	}
	if c.DPI <= 0 {
		c.DPI = 150
	}
	if len(c.Colors) == 0 {
		c.Colors = okabeIto()
	}
	if c.Fonts == nil {
		c.Fonts = liberation.Collection()
	}
	if c.Font.Typeface == "" {
		c.Font.Typeface = "Liberation"
		c.Font.Variant = "Sans"
	}
	if c.Font.Size <= 0 {
		c.Font.Size = vg.Points(10)
	}
	if c.Lang != "en" {
		c.Lang = "vi"
	}
	c.Title = vntext.NFC(c.Title)
	c.Note = vntext.NFC(c.Note)
	return c
}

// okabeIto is the Okabe–Ito palette without its yellow (too pale on white).
func okabeIto() []color.Color {
	return []color.Color{
		color.NRGBA{0x00, 0x72, 0xB2, 0xff}, // blue
		color.NRGBA{0xD5, 0x5E, 0x00, 0xff}, // vermillion
		color.NRGBA{0x00, 0x9E, 0x73, 0xff}, // bluish green
		color.NRGBA{0xCC, 0x79, 0xA7, 0xff}, // reddish purple
		color.NRGBA{0xE6, 0x9F, 0x00, 0xff}, // orange
		color.NRGBA{0x56, 0xB4, 0xE9, 0xff}, // sky blue
		color.NRGBA{0x00, 0x00, 0x00, 0xff}, // black
		color.NRGBA{0x99, 0x99, 0x99, 0xff}, // grey
	}
}

// Chart is a drawn chart, ready to be written as SVG or PNG. Rendering is
// deterministic: the same data and options give byte-identical files.
// A Chart may be rendered many times; it is safe for concurrent use.
type Chart struct {
	mu    sync.Mutex
	w, h  vg.Length
	dpi   int
	embed bool
	fonts *font.Cache
	rec   *textRecorder
	draw  func(c draw.Canvas)
}

// SVG returns the chart as an SVG document (fonts referenced by name, not
// embedded). It returns nil only if rendering fails.
func (c *Chart) SVG() []byte {
	var b bytes.Buffer
	if err := c.Save(&b, "svg"); err != nil {
		return nil
	}
	return b.Bytes()
}

// PNG returns the chart as a PNG image. It returns nil only if rendering fails.
func (c *Chart) PNG() []byte {
	var b bytes.Buffer
	if err := c.Save(&b, "png"); err != nil {
		return nil
	}
	return b.Bytes()
}

// Size returns the chart's width and height.
func (c *Chart) Size() (w, h vg.Length) { return c.w, c.h }

// Save writes the chart to w as "svg" or "png".
func (c *Chart) Save(w io.Writer, format string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var wt io.WriterTo
	switch strings.ToLower(strings.TrimPrefix(format, ".")) {
	case "svg":
		cv := vgsvg.NewWith(vgsvg.UseWH(c.w, c.h), vgsvg.EmbedFonts(c.embed))
		c.render(draw.New(cv))
		wt = cv
	case "png":
		if err := c.checkPixels(); err != nil {
			return err
		}
		cv := vgimg.NewWith(vgimg.UseWH(c.w, c.h), vgimg.UseDPI(c.dpi), vgimg.UseBackgroundColor(color.White))
		c.render(draw.New(cv))
		wt = vgimg.PngCanvas{Canvas: cv}
	default:
		return i18n.Errorf("plots: unknown image format %q (want svg or png)", format)
	}
	if _, err := wt.WriteTo(w); err != nil {
		return i18n.Errorf("plots: writing %s: %w", format, err)
	}
	return nil
}

// MaxPixels is the most pixels a PNG chart may have (100 million, about
// 400 MB of image in memory): a larger size is an error, not a crash.
const MaxPixels = 100_000_000

// checkPixels refuses a PNG larger than MaxPixels.
func (c *Chart) checkPixels() error {
	w := float64(c.w) / float64(vg.Inch) * float64(c.dpi)
	h := float64(c.h) / float64(vg.Inch) * float64(c.dpi)
	if !(w >= 1 && h >= 1 && w*h <= MaxPixels) {
		return i18n.Errorf("plots: a PNG of %.0f × %.0f pixels is more than the %d pixels a chart may have (make it smaller or use SVG)", w, h, MaxPixels)
	}
	return nil
}

// WriteFile writes the chart to path, in the format its extension names
// (.svg or .png). It writes a temporary file in the same directory and
// renames it, so a failed write never leaves a half-written chart.
func (c *Chart) WriteFile(path string) error {
	format := strings.ToLower(strings.TrimPrefix(filepath.Ext(path), "."))
	if format != "svg" && format != "png" {
		return i18n.Errorf("plots: %s: unknown image format %q (want .svg or .png)", path, filepath.Ext(path))
	}
	var b bytes.Buffer
	if err := c.Save(&b, format); err != nil {
		return i18n.Errorf("%s: %w", path, err)
	}
	if err := atomicfile.Write(path, func(w io.Writer) error {
		_, err := w.Write(b.Bytes())
		return err
	}); err != nil {
		return i18n.Errorf("plots: %w", err)
	}
	return nil
}

func (c *Chart) render(dc draw.Canvas) {
	c.rec.reset()
	c.draw(dc)
}

// Texts returns every piece of text the chart draws (title, axis and tick
// labels, legend entries, value labels, notes), in drawing order.
func (c *Chart) Texts() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.render(draw.New(vgsvg.New(c.w, c.h)))
	out := make([]string, len(c.rec.items))
	for i, it := range c.rec.items {
		out[i] = it.text
	}
	return out
}

// MissingGlyphs returns the runes the chart draws that its font has no
// glyph for (sorted, without duplicates). An empty result means every
// letter is drawn with a real glyph, not a replacement box.
func (c *Chart) MissingGlyphs() []rune {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.render(draw.New(vgsvg.New(c.w, c.h)))
	seen := map[rune]bool{}
	var buf sfnt.Buffer
	for _, it := range c.rec.items {
		face := c.fonts.Lookup(it.font, it.font.Size)
		for _, r := range it.text {
			if r == '\n' || seen[r] {
				continue
			}
			if face.Face == nil {
				seen[r] = true
				continue
			}
			if gi, err := face.Face.GlyphIndex(&buf, r); err != nil || gi == 0 {
				seen[r] = true
			}
		}
	}
	out := make([]rune, 0, len(seen))
	for r := range seen {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// textRecorder collects the text drawn during one render.
type textRecorder struct {
	items []drawnText
}

type drawnText struct {
	text string
	font font.Font
}

func (r *textRecorder) reset() { r.items = r.items[:0] }

// vnText is the text handler of every chart: plain text, normalised to NFC
// before it is measured or drawn, and recorded for glyph checks.
type vnText struct {
	plain text.Plain
	rec   *textRecorder
}

var _ text.Handler = vnText{}

// Cache returns the font cache.
func (h vnText) Cache() *font.Cache { return h.plain.Fonts }

// Extents returns the extents of fnt.
func (h vnText) Extents(fnt font.Font) font.Extents { return h.plain.Extents(fnt) }

// Lines splits txt into lines.
func (h vnText) Lines(txt string) []string { return h.plain.Lines(vntext.NFC(txt)) }

// Box measures one line of txt.
func (h vnText) Box(txt string, fnt font.Font) (width, height, depth vg.Length) {
	return h.plain.Box(vntext.NFC(txt), fnt)
}

// Draw draws txt.
func (h vnText) Draw(c vg.Canvas, txt string, sty text.Style, pt vg.Point) {
	txt = vntext.NFC(txt)
	if strings.TrimSpace(txt) != "" {
		h.rec.items = append(h.rec.items, drawnText{text: txt, font: sty.Font})
	}
	h.plain.Draw(c, txt, sty, pt)
}

// newPlot returns a gonum plot styled for cchc charts, drawing its text
// through hdlr.
func newPlot(o Common, hdlr text.Handler) *plot.Plot {
	p := plot.New()
	p.TextHandler = hdlr
	p.BackgroundColor = color.White
	base := o.Font
	small := font.From(base, base.Size*0.9)
	for _, ax := range []*plot.Axis{&p.X, &p.Y} {
		ax.Label.TextStyle.Handler = hdlr
		ax.Label.TextStyle.Font = base
		ax.Tick.Label.Handler = hdlr
		ax.Tick.Label.Font = small
		ax.Color = color.Gray{0x55}
		ax.Tick.Color = color.Gray{0x55}
	}
	p.Legend.TextStyle.Handler = hdlr
	p.Legend.TextStyle.Font = base
	return p
}
