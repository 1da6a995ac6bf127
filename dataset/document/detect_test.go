package document

import (
	"os"
	"path/filepath"
	"testing"
)

func TestDetect(t *testing.T) {
	docx, err := os.ReadFile(filepath.Join("..", "..", "testdata", "planfiles", "docx", "000_eb1ba96978540e19.docx"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		data []byte
		want Format
	}{
		{"docx", docx, FormatDOCX},
		{"xlsx-like zip", makeDOCX(t, map[string]string{"xl/workbook.xml": "<x/>"}), FormatUnknown},
		{"pdf", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), FormatPDF},
		{"pdf after junk", []byte("\r\n\r\n%PDF-1.4"), FormatPDF},
		{"doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, FormatDOC},
		{"html doctype", []byte("<!DOCTYPE html><html><body>Kế hoạch</body></html>"), FormatHTML},
		{"html after bom and comment", []byte("\xef\xbb\xbf <!-- saved --> <html lang=vi>"), FormatHTML},
		{"text", []byte("KẾ HOẠCH\nCải cách hành chính năm 2025\n"), FormatText},
		{"text cut in a letter", []byte("KẾ HOẠCH")[:5], FormatText},
		{"markdown table", []byte("| TT | Nhiệm vụ |\n"), FormatText},
		{"nul bytes", []byte("KẾ\x00HOẠCH"), FormatUnknown},
		{"latin-1", []byte("K\xc9 HO\xa0CH"), FormatUnknown},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10}, FormatUnknown},
		{"empty", nil, FormatText},
	}
	for _, c := range cases {
		if got := Detect(c.data); got != c.want {
			t.Errorf("%s: Detect = %q, want %q", c.name, got, c.want)
		}
	}
}
