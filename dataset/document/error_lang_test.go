package document

import (
	"context"
	"errors"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestErrorIn checks that the errors of Read read in Vietnamese through
// i18n.ErrorIn, and as Error() in English.
func TestErrorIn(t *testing.T) {
	read := func(data string) error {
		_, err := Read(context.Background(), []byte(data), "kh.bin", Options{})
		return err
	}
	tests := []struct {
		name string
		err  error
		vi   string
	}{
		{"binary", read("\x00\x01\x02\x03binary"), "kh.bin: không phải định dạng văn bản được hỗ trợ (DOCX, DOC, PDF, HTML hoặc văn bản UTF-8): dữ liệu nhị phân"},
		{"png", read("\x89PNG\r\n\x1a\n...."), "kh.bin: không phải định dạng văn bản được hỗ trợ (DOCX, DOC, PDF, HTML hoặc văn bản UTF-8): một ảnh PNG: hãy quét thành tệp PDF"},
		{"zip part", &Error{File: "kh.docx", Part: "zip archive", Err: i18n.Errorf("damaged or not a zip archive: %w", errors.New("zip: not a valid zip file"))},
			"kh.docx: tệp nén zip: tệp nén zip bị hỏng hoặc không phải tệp zip: zip: not a valid zip file"},
		{"page", &Error{File: "kh.pdf", Part: "page 3", Err: i18n.Errorf("%w: the PDF has no pages", ErrNoText)},
			"kh.pdf: trang 3: không có văn bản: tệp PDF không có trang nào"},
		{"part name kept", &Error{File: "kh.docx", Part: "word/document.xml", Err: i18n.Errorf("unexpected end of XML inside <%s>", "w:p")},
			"kh.docx: word/document.xml: XML kết thúc đột ngột bên trong <w:p>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("no error")
			}
			if got := i18n.ErrorIn(tc.err, i18n.VI); got != tc.vi {
				t.Errorf("vi: %s\nwant %s", got, tc.vi)
			}
			if got := i18n.ErrorIn(tc.err, i18n.EN); got != tc.err.Error() {
				t.Errorf("en: %q, Error() %q", got, tc.err.Error())
			}
		})
	}
}
