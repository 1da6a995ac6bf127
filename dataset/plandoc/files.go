package plandoc

import (
	"bytes"
	"context"
	"unsafe"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/document"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// parseBytes parses a document of any format: plain text (and data of no
// known format, which the text checks reject with the line of the first
// bad byte) goes straight to the line parser, other formats through the
// document reader. data is the caller's own and is not changed after
// the call: a text shares its bytes instead of copying them.
func parseBytes(data []byte, name string, cat MetricMatcher) (*Document, error) {
	switch document.Detect(detectHead(data)) {
	case document.FormatText, document.FormatUnknown:
		return parseString(unsafe.String(unsafe.SliceData(data), len(data)), name, cat)
	}
	doc, err := document.Read(context.Background(), data, name, document.Options{})
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	return ParseDocument(doc, cat)
}

// detectHead is the part of data that decides its format for the parser.
// A zip archive is read whole (its directory is at the end); otherwise the
// magic numbers and the HTML markers stand in the first kilobytes, and
// plain text and data of no known format take the same path, so the rest
// of a long text need not be scanned twice (splitText checks it).
func detectHead(data []byte) []byte {
	const head = 8192
	if len(data) <= head || bytes.HasPrefix(data, []byte("PK")) {
		return data
	}
	return data[:head]
}

// DocumentText returns the text of a document of any format as the parser
// reads it: its lines (the lines targets' and tasks' Source.Line count) and
// where each came from. Plain text is returned as it is.
func DocumentText(data []byte, name string) (document.Rendered, error) {
	doc, err := document.Read(context.Background(), data, name, document.Options{})
	if err != nil {
		return document.Rendered{}, &ParseError{File: name, Err: err}
	}
	return document.Render(doc), nil
}

// ParseDocument parses a document read by the document package (see
// document.Read for its options: time limits, OCR). Targets and tasks keep
// the line of the rendered text (document.Render) they stand on, and the
// page for a PDF; the notes of the reading (text from OCR and its
// confidence, pages without text) become findings.
func ParseDocument(doc *document.Document, cat MetricMatcher) (*Document, error) {
	r := document.Render(doc)
	lines := make([]string, len(r.Lines))
	for i, l := range r.Lines {
		lines[i] = vntext.NFC(l)
	}
	if len(lines) == 0 {
		return nil, &ParseError{File: doc.Name, Err: ErrEmpty}
	}
	if cat == nil {
		cat = noMetrics{}
	}
	d := parseLines(lines, doc.Name, cat)
	pageOf := func(line int) int {
		if line >= 1 && line <= len(r.Sources) {
			return r.Sources[line-1].Page
		}
		return 0
	}
	for i := range d.Targets {
		d.Targets[i].Source.Page = pageOf(d.Targets[i].Source.Line)
	}
	for i := range d.Tasks {
		d.Tasks[i].Source.Page = pageOf(d.Tasks[i].Source.Line)
	}
	var notes []dataset.Finding
	for _, n := range doc.Notes {
		text := n.Text
		if n.Page > 0 {
			text = i18n.Msgf("page %d: %s", n.Page, n.Text)
		}
		notes = append(notes, dataset.Finding{PlanID: d.Plan.ID, Kind: n.Kind, Message: text.String(), Text: text, Lines: linesOfPage(r, n.Page)})
	}
	d.Findings = sortFindings(append(d.Findings, notes...))
	return d, nil
}

// linesOfPage returns the first and last rendered line of a page, nil for
// page 0 or a page without lines.
func linesOfPage(r document.Rendered, page int) []int {
	if page == 0 {
		return []int{}
	}
	first, last := 0, 0
	for i, s := range r.Sources {
		if s.Page == page {
			if first == 0 {
				first = i + 1
			}
			last = i + 1
		}
	}
	if first == 0 {
		return []int{}
	}
	return []int{first, last}
}
