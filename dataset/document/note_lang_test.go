package document

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Notes keep their English Message and read in Vietnamese through Text.
func TestNotesIn(t *testing.T) {
	nested := strings.Repeat("<w:tbl><w:tr><w:tc>", 40) + "<w:p><w:r><w:t>sâu</w:t></w:r></w:p>" + strings.Repeat("</w:tc></w:tr></w:tbl>", 40)
	d, err := ReadDOCX(makeDOCX(t, map[string]string{"word/document.xml": body(para("", "", "trên") + nested)}), "t.docx")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Notes) != 1 {
		t.Fatalf("notes %+v, want the table left out", d.Notes)
	}
	tests := []struct {
		name   string
		note   Note
		en, vi string
	}{
		{"deep table", d.Notes[0],
			"a table nested more than 16 deep was left out",
			"đã bỏ qua một bảng lồng quá 16 cấp"},
		{"page without text", newNote("no_text_page", 2, i18n.Msgf("the page holds no text (a scan?) and was not read: %v", i18n.New("OCR is turned off"))),
			"the page holds no text (a scan?) and was not read: OCR is turned off",
			"trang không có chữ (bản quét?) nên không được đọc: nhận dạng ký tự (OCR) đang tắt"},
		{"OCR", newNote("ocr_text", 1, i18n.Msgf("the page is a scan: its text was recognised by OCR (Tesseract, %s) with a mean confidence of %s%% over %d words; check numbers against the page", "vie", oneDecimal(95.44), 535)),
			"the page is a scan: its text was recognised by OCR (Tesseract, vie) with a mean confidence of 95.4% over 535 words; check numbers against the page",
			"trang là bản quét: chữ được nhận dạng bằng OCR (Tesseract, vie) với độ tin cậy trung bình 95,4% trên 535 từ; cần đối chiếu các con số với trang gốc"},
		{"OCR found nothing", newNote("ocr_text", 1, i18n.Msgf("the page is a scan and OCR (Tesseract, %s) found no text on it", "vie")),
			"the page is a scan and OCR (Tesseract, vie) found no text on it",
			"trang là bản quét và OCR (Tesseract, vie) không nhận ra chữ nào"},
		{"footnotes", newNote("docx_part_skipped", 0, i18n.Msgf("footnotes left out: %v", i18n.New("zip archive"))),
			"footnotes left out: zip archive", "đã bỏ qua phần chú thích cuối trang: tệp nén zip"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if tc.note.Message != tc.en || tc.note.Text.In(i18n.EN) != tc.en {
				t.Errorf("English %q / %q, want %q", tc.note.Message, tc.note.Text.In(i18n.EN), tc.en)
			}
			if got := tc.note.Text.In(i18n.VI); got != tc.vi {
				t.Errorf("Vietnamese %q, want %q", got, tc.vi)
			}
		})
	}
}
