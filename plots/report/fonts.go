package report

import (
	"encoding/base64"
	"html/template"
	"strings"

	"codeberg.org/go-fonts/liberation/liberationsansbold"
	"codeberg.org/go-fonts/liberation/liberationsansregular"
)

// fontFamily is the family every text of the page is set in: the page's
// own text and the charts' SVG text (gonum/plot names the face by its
// family, "Liberation Sans").
const fontFamily = "Liberation Sans"

// fontFaces returns the @font-face rules that embed Liberation Sans
// regular and bold as base64 data, so that the page draws every
// Vietnamese letter the same way on any machine, without a network.
func fontFaces() template.CSS {
	var b strings.Builder
	face := func(weight string, ttf []byte) {
		b.WriteString("@font-face{font-family:\"" + fontFamily + "\";font-style:normal;font-weight:" + weight +
			";src:url(data:font/ttf;base64,")
		b.WriteString(base64.StdEncoding.EncodeToString(ttf))
		b.WriteString(") format(\"truetype\");}\n")
	}
	face("400", liberationsansregular.TTF)
	face("700", liberationsansbold.TTF)
	return template.CSS(b.String())
}
