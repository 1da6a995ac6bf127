package document

import (
	"bytes"
	"context"
	"encoding/xml"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// word is one word of a PDF page with its box, in points from the page's
// top left.
type word struct {
	x0, y0, x1, y1 float64
	text           string
}

func (w word) height() float64 { return w.y1 - w.y0 }

// pdfPage is one page: its size and words.
type pdfPage struct {
	width, height float64
	words         []word
}

// ReadPDF reads a PDF: the text layer of every page through poppler's
// pdftotext, rebuilt into paragraphs and tables; pages without text are
// recognised by OCR (unless opts.NoOCR) and noted. name identifies the
// file in errors and notes.
func ReadPDF(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	return readPDF(ctx, data, name, opts)
}

func readPDF(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	dir, err := os.MkdirTemp("", "cchc-pdf-")
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "in.pdf")
	if err := os.WriteFile(in, data, 0o600); err != nil {
		return nil, &Error{File: name, Err: err}
	}
	out, err := run(ctx, opts.timeout(), "pdftotext", "-bbox-layout", "-enc", "UTF-8", in, "-")
	if err != nil {
		return nil, &Error{File: name, Part: "pdftotext", Err: pdfFailure(err)}
	}
	pages, err := parseBBox(out)
	if err != nil {
		return nil, &Error{File: name, Part: "pdftotext", Err: err}
	}
	if len(pages) == 0 {
		return nil, &Error{File: name, Err: i18n.Errorf("%w: the PDF has no pages", ErrNoText)}
	}
	doc := &Document{Name: name, Format: FormatPDF, Pages: len(pages)}
	if err := ocrEmptyPages(ctx, doc, pages, in, dir, opts); err != nil {
		return nil, err
	}
	dropRunningLines(pages)
	var carry []column
	for i, p := range pages {
		var blocks []Block
		blocks, carry = pageBlocks(p, i+1, carry)
		doc.Blocks = append(doc.Blocks, blocks...)
	}
	mergeTablesAcrossPages(doc)
	joinAcrossPages(doc)
	if !doc.HasText() {
		return nil, &Error{File: name, Err: i18n.Errorf("%w: the PDF's pages hold no text, and OCR gave none", ErrNoText)}
	}
	return doc, nil
}

// pdfFailure explains the usual failures of poppler in words.
func pdfFailure(err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "Incorrect password"), strings.Contains(msg, "encrypted"):
		return i18n.Errorf("the PDF is encrypted (protected by a password): %w", err)
	case strings.Contains(msg, "May not be a PDF file"), strings.Contains(msg, "Couldn't find trailer"), strings.Contains(msg, "Syntax Error"):
		return i18n.Errorf("the PDF is damaged: %w", err)
	}
	return err
}

// parseBBox reads the XHTML of pdftotext -bbox-layout: pages and words.
func parseBBox(out []byte) ([]*pdfPage, error) {
	dec := xml.NewDecoder(bytes.NewReader(out))
	dec.Strict = false
	dec.AutoClose = xml.HTMLAutoClose
	dec.Entity = xml.HTMLEntity
	var pages []*pdfPage
	var cur *pdfPage
	var w *word
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "page":
				cur = &pdfPage{width: attrFloat(t, "width"), height: attrFloat(t, "height")}
				pages = append(pages, cur)
			case "word":
				w = &word{x0: attrFloat(t, "xMin"), y0: attrFloat(t, "yMin"), x1: attrFloat(t, "xMax"), y1: attrFloat(t, "yMax")}
			}
		case xml.CharData:
			if w != nil {
				w.text += string(t)
			}
		case xml.EndElement:
			if t.Name.Local == "word" && w != nil && cur != nil {
				w.text = vntext.NFC(strings.TrimSpace(w.text))
				if w.text != "" {
					cur.words = append(cur.words, *w)
				}
				w = nil
			}
		}
	}
	return pages, nil
}

func attrFloat(se xml.StartElement, name string) float64 {
	f, _ := strconv.ParseFloat(attr(se, name), 64)
	return f
}

// textLine is a run of words on one baseline.
type textLine struct {
	words  []word
	x0, x1 float64
	y0, y1 float64
	base   float64 // the first word's baseline
	split  bool    // a part of a line split at a wide gap
	n      int     // 1-based line of the page
}

// text joins the words of a line with a space, but for words that touch
// (a word the PDF drew in two pieces).
func (l textLine) text() string {
	return joinWords(l.words)
}

func joinWords(ws []word) string {
	var b strings.Builder
	for i, w := range ws {
		if i > 0 && w.x0-ws[i-1].x1 > 0.08*w.height() {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

func (l textLine) height() float64 { return l.y1 - l.y0 }

// pageLines groups a page's words into lines: words whose vertical
// middles fall within each other's boxes, left to right.
func pageLines(words []word) []textLine {
	ws := append([]word(nil), words...)
	sort.SliceStable(ws, func(i, j int) bool { return ws[i].y1 < ws[j].y1 })
	var lines []textLine
	for _, w := range ws {
		placed := false
		for k := len(lines) - 1; k >= 0 && k >= len(lines)-3; k-- {
			l := &lines[k]
			// Words of a line share its baseline (the bottom of the box,
			// give or take a change of font).
			if d := w.y1 - l.base; d > -0.2*w.height() && d < 0.2*w.height() {
				l.words = append(l.words, w)
				l.y0, l.y1 = min(l.y0, w.y0), max(l.y1, w.y1)
				placed = true
				break
			}
		}
		if !placed {
			lines = append(lines, textLine{words: []word{w}, y0: w.y0, y1: w.y1, base: w.y1})
		}
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].base < lines[j].base })
	for i := range lines {
		l := &lines[i]
		sort.SliceStable(l.words, func(a, b int) bool { return l.words[a].x0 < l.words[b].x0 })
		l.x0, l.x1 = l.words[0].x0, l.words[len(l.words)-1].x1
		l.n = i + 1
	}
	return lines
}

// dropRunningLines removes running headers and footers — a line in the
// top or bottom tenth of the page whose text (digits aside) comes back on
// at least half the pages — and page numbers, bare or as "Trang 3",
// "- 3 -", "3/12", in those margins.
func dropRunningLines(pages []*pdfPage) {
	if len(pages) == 0 {
		return
	}
	count := map[string]int{}
	type keyed struct {
		key  string
		word []int
	}
	perPage := make([][]keyed, len(pages))
	for i, p := range pages {
		seen := map[string]bool{}
		for _, l := range pageLines(p.words) {
			if !inMargin(l, p.height) {
				continue
			}
			k := digitsOut(l.text())
			var idx []int
			for _, w := range l.words {
				for j, pw := range p.words {
					if pw == w {
						idx = append(idx, j)
					}
				}
			}
			perPage[i] = append(perPage[i], keyed{key: k, word: idx})
			if !seen[k] {
				seen[k] = true
				count[k]++
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	for i, p := range pages {
		drop := map[int]bool{}
		for _, kl := range perPage[i] {
			if (len(pages) >= 2 && count[kl.key] >= need) || isPageNumber(kl.key) {
				for _, j := range kl.word {
					drop[j] = true
				}
			}
		}
		if len(drop) == 0 {
			continue
		}
		kept := p.words[:0]
		for j, w := range p.words {
			if !drop[j] {
				kept = append(kept, w)
			}
		}
		p.words = kept
	}
}

func inMargin(l textLine, pageHeight float64) bool {
	return pageHeight > 0 && (l.y1 < pageHeight*0.1 || l.y0 > pageHeight*0.9)
}

// digitsOut replaces each run of digits by '#'.
func digitsOut(s string) string {
	var b strings.Builder
	prevDigit := false
	for _, r := range s {
		d := r >= '0' && r <= '9'
		if d && !prevDigit {
			b.WriteByte('#')
		} else if !d {
			b.WriteRune(r)
		}
		prevDigit = d
	}
	return strings.TrimSpace(b.String())
}

// isPageNumber reports a page number line (digits replaced by '#').
func isPageNumber(key string) bool {
	k := strings.ToLower(strings.Join(strings.Fields(key), ""))
	switch k {
	case "#", "-#-", "–#–", "trang#", "trang#/#", "#/#", "page#", "(#)", "[#]":
		return true
	}
	return false
}
