package document

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// OCR of pages without text.
//
// A page of a PDF whose text layer holds fewer than minPageText letters is
// taken for a scan: poppler's pdftoppm renders it at ocrDPI in grey, and
// Tesseract reads it with its Vietnamese model. Tesseract's TSV output
// gives each word its box and confidence; the words join the page as if
// the PDF had held them, each line's words sharing the line's box, so
// that lines, paragraphs and tables are rebuilt as for any page. A note
// says which pages came from OCR and the mean confidence of their words.

const (
	ocrDPI      = 300
	minPageText = 20
)

// pageHasText reports whether a page's text layer holds text.
func pageHasText(p *pdfPage) bool {
	n := 0
	for _, w := range p.words {
		n += len([]rune(w.text))
	}
	return n >= minPageText
}

// ocrEmptyPages recognises the pages without text. Without Tesseract, or
// with opts.NoOCR, the pages are noted; a PDF with no text at all is then
// an error.
func ocrEmptyPages(ctx context.Context, doc *Document, pages []*pdfPage, in, dir string, opts Options) error {
	var empty []int
	for i, p := range pages {
		if !pageHasText(p) {
			empty = append(empty, i)
		}
	}
	if len(empty) == 0 {
		return nil
	}
	var why error
	switch {
	case opts.NoOCR:
		why = i18n.New("OCR is turned off")
	default:
		if _, err := Program("tesseract"); err != nil {
			why = err
		} else if _, err := Program("pdftoppm"); err != nil {
			why = err
		}
	}
	if why != nil {
		if len(empty) == len(pages) {
			return &Error{File: doc.Name, Err: i18n.Errorf("%w: the PDF is a scan (its %d pages hold no text) and cannot be read: %s", ErrNoText, len(pages), why)}
		}
		for _, i := range empty {
			doc.Notes = append(doc.Notes, newNote("no_text_page", i+1, i18n.Msgf("the page holds no text (a scan?) and was not read: %v", why)))
		}
		return nil
	}
	lang := opts.OCRLanguage
	if lang == "" {
		lang = "vie"
	}
	for _, i := range empty {
		words, conf, err := ocrPage(ctx, in, dir, i+1, pages[i], lang, opts)
		if err != nil {
			return &Error{File: doc.Name, Part: fmt.Sprintf("page %d", i+1), Err: err}
		}
		pages[i].words = words
		msg := i18n.Msgf("the page is a scan: its text was recognised by OCR (Tesseract, %s) with a mean confidence of %s%% over %d words; check numbers against the page", lang, oneDecimal(conf), len(words))
		if len(words) == 0 {
			msg = i18n.Msgf("the page is a scan and OCR (Tesseract, %s) found no text on it", lang)
		}
		doc.Notes = append(doc.Notes, newNote("ocr_text", i+1, msg))
	}
	return nil
}

// ocrPage renders one page and recognises its words, in points.
func ocrPage(ctx context.Context, in, dir string, page int, p *pdfPage, lang string, opts Options) ([]word, float64, error) {
	base := filepath.Join(dir, "page"+strconv.Itoa(page))
	n := strconv.Itoa(page)
	if _, err := run(ctx, opts.timeout(), "pdftoppm", "-r", strconv.Itoa(ocrDPI), "-gray", "-png", "-singlefile", "-f", n, "-l", n, in, base); err != nil {
		return nil, 0, err
	}
	out, err := run(ctx, opts.timeout(), "tesseract", base+".png", "stdout", "-l", lang, "--psm", "3", "tsv")
	if err != nil {
		if strings.Contains(err.Error(), "Failed loading language") {
			return nil, 0, i18n.Errorf("%w: Tesseract has no %q model (install the Debian package tesseract-ocr-vie): %v", ErrMissingProgram, lang, err)
		}
		return nil, 0, err
	}
	return parseTSV(out, 72.0/ocrDPI)
}

// parseTSV reads Tesseract's TSV: the words with a confidence, each given
// its line's top and bottom, scaled to points.
func parseTSV(out []byte, scale float64) ([]word, float64, error) {
	type lineKey struct{ block, par, line string }
	lines := map[lineKey][2]float64{}
	var words []word
	var keys []lineKey
	sum, n := 0.0, 0
	for i, row := range bytes.Split(out, []byte("\n")) {
		f := strings.Split(strings.TrimRight(string(row), "\r"), "\t")
		if i == 0 || len(f) < 11 {
			continue
		}
		num := func(k int) float64 { v, _ := strconv.ParseFloat(f[k], 64); return v }
		key := lineKey{f[2], f[3], f[4]}
		switch f[0] {
		case "4":
			lines[key] = [2]float64{num(7) * scale, (num(7) + num(9)) * scale}
		case "5":
			text := ""
			if len(f) > 11 {
				text = strings.TrimSpace(f[11])
			}
			conf := num(10)
			if text == "" || conf < 0 {
				continue
			}
			sum += conf
			n++
			words = append(words, word{x0: num(6) * scale, x1: (num(6) + num(8)) * scale, y0: num(7) * scale, y1: (num(7) + num(9)) * scale, text: vntext.NFC(text)})
			keys = append(keys, key)
		}
	}
	if len(out) > 0 && n == 0 && !bytes.HasPrefix(out, []byte("level")) {
		return nil, 0, i18n.New("tesseract gave no TSV output")
	}
	for i := range words {
		if lb, ok := lines[keys[i]]; ok {
			words[i].y0, words[i].y1 = lb[0], lb[1]
		}
	}
	mean := 0.0
	if n > 0 {
		mean = sum / float64(n)
	}
	return words, mean, nil
}

// oneDecimal is a number written with one decimal, after a decimal point
// in English and a decimal comma in Vietnamese (95.4, 95,4).
type oneDecimal float64

// In returns the number as the language l writes it.
func (d oneDecimal) In(l i18n.Lang) string {
	s := strconv.FormatFloat(float64(d), 'f', 1, 64)
	if l == i18n.VI {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// String returns the number in English.
func (d oneDecimal) String() string { return d.In(i18n.EN) }
