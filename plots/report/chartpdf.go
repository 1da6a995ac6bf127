package report

import (
	"context"
	"fmt"
	"html/template"
	"strconv"

	"github.com/cchc-lab/cchc/plots"
)

// ChartPDF prints a chart alone to a one-page PDF the size of the chart,
// with the fonts embedded, through headless Chromium (ErrNoChromium when
// none is installed). gonum/plot's own PDF canvas (vgpdf) encodes text in
// code page 1252, which has no room for Vietnamese letters: "Cải cách"
// comes out as "Cáº£i cÃ¡ch"; the browser draws them from the embedded
// Liberation Sans.
func ChartPDF(ctx context.Context, c *plots.Chart) ([]byte, error) {
	v, err := inlineSVG(c, "", "chart")
	if err != nil {
		return nil, err
	}
	w, h := c.Size()
	size := strconv.FormatFloat(w.Points(), 'f', 2, 64) + "pt " + strconv.FormatFloat(h.Points(), 'f', 2, 64) + "pt"
	var page []byte
	page = fmt.Appendf(page, `<!DOCTYPE html><html><head><meta charset="utf-8"><style>%s
@page { size: %s; margin: 0; }
html, body { margin: 0; padding: 0; }
svg.chart { display: block; width: %spt; height: %spt; }
</style></head><body>%s</body></html>`, fontFaces(), template.HTMLEscapeString(size),
		strconv.FormatFloat(w.Points(), 'f', 2, 64), strconv.FormatFloat(h.Points(), 'f', 2, 64), v.SVG)
	return PDF(ctx, page)
}
