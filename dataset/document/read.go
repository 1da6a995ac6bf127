package document

import (
	"context"
	"time"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Options tune Read. The zero value reads with the defaults.
type Options struct {
	// Timeout bounds each external program run; 0 means DefaultTimeout.
	Timeout time.Duration
	// NoOCR turns off OCR of PDF pages without text: they are reported in
	// the notes instead.
	NoOCR bool
	// OCRLanguage is Tesseract's language; "" means "vie".
	OCRLanguage string
	// Limits bound DOCX archives; the zero value means DefaultLimits.
	Limits Limits
}

// DefaultTimeout bounds one run of an external program: converting a DOC,
// extracting the text of a PDF, rasterising or recognising one page.
const DefaultTimeout = 2 * time.Minute

func (o Options) timeout() time.Duration {
	if o.Timeout > 0 {
		return o.Timeout
	}
	return DefaultTimeout
}

func (o Options) limits() Limits {
	if o.Limits.MaxEntries == 0 {
		return DefaultLimits
	}
	return o.Limits
}

// Read reads a document of any supported format, recognised from its
// content. Plain text is returned as one paragraph a line. name
// identifies the file in errors and notes.
func Read(ctx context.Context, data []byte, name string, opts Options) (*Document, error) {
	switch f := Detect(data); f {
	case FormatDOCX:
		return readDOCX(data, name, opts.limits())
	case FormatPDF:
		return readPDF(ctx, data, name, opts)
	case FormatDOC:
		return readDOC(ctx, data, name, opts)
	case FormatHTML:
		return ReadHTML(data, name)
	case FormatText:
		return readText(data, name), nil
	}
	return nil, &Error{File: name, Err: i18n.Errorf("%w: %s", ErrUnsupported, describeUnknown(data))}
}

// describeUnknown names what unsupported binary data looks like.
func describeUnknown(data []byte) i18n.Text {
	switch {
	case len(data) >= 4 && string(data[:4]) == "PK\x03\x04":
		return i18n.Textf("a zip archive without word/document.xml (a spreadsheet, an ODT?)")
	case len(data) >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF:
		return i18n.Textf("a JPEG image: scan it into a PDF")
	case len(data) >= 8 && string(data[1:4]) == "PNG":
		return i18n.Textf("a PNG image: scan it into a PDF")
	case len(data) >= 5 && string(data[:5]) == "{\\rtf":
		return i18n.Textf("an RTF document: save it as DOCX")
	}
	return i18n.Textf("binary data")
}
