package document

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzReadDOCX feeds the DOCX reader archives and parts of every shape:
// it must return a document or an error naming the file, never panic or
// hang. Crashers found are kept in testdata/fuzz/FuzzReadDOCX.
func FuzzReadDOCX(f *testing.F) {
	f.Add(makeDOCX(f, map[string]string{"word/numbering.xml": numberingXML, "word/document.xml": body(para("1", "0", "MỤC TIÊU") + para("1", "2", "một"))}))
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": body(`<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="3"/><w:vMerge/></w:tcPr><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)}))
	f.Add(makeDOCX(f, map[string]string{"word/document.xml": "<w:document><w:body><w:p><w:r><w:t>", "[Content_Types].xml": "<Types/>"}))
	if b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "planfiles", "docx", "000_eb1ba96978540e19.docx")); err == nil {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := readDOCX(data, "fuzz.docx", Limits{MaxEntries: 50, MaxPartSize: 1 << 20, MaxTotalSize: 4 << 20, MaxTableDepth: 8})
		if err == nil {
			Render(d)
		}
	})
}

// FuzzNumbering feeds numbering definitions to the label renderer.
func FuzzNumbering(f *testing.F) {
	f.Add([]byte(numberingXML), "1", 2)
	f.Add([]byte(`<w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="-5"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%9%1%%"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`), "1", 0)
	f.Fuzz(func(t *testing.T, data []byte, numID string, ilvl int) {
		n, err := parseNumbering(data)
		if err != nil {
			return
		}
		for i := 0; i < 3; i++ {
			n.label(numID, ilvl)
		}
	})
}

// FuzzDetect checks that format detection takes any bytes.
func FuzzDetect(f *testing.F) {
	for _, s := range []string{"%PDF-1.4", "PK\x03\x04", "<!DOCTYPE html>", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "KẾ HOẠCH", "<!-- x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		Detect(data)
	})
}

// FuzzReadHTML feeds the web-page reader any markup.
func FuzzReadHTML(f *testing.F) {
	f.Add([]byte(`<html><body><div class="content1"><ol type="I" start="2"><li>MỤC TIÊU</li></ol><table><tr><td rowspan="3" colspan="2">1</td><td>a</td></tr><tr><td>b</td></tr></table></div></body></html>`))
	f.Add([]byte(`<table><tr><td rowspan="64" colspan="64">x</td></tr><tr><th>y`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := ReadHTML(data, "fuzz.html")
		if err == nil {
			Render(d)
		}
	})
}

// FuzzPDFLayout feeds the PDF page layout words at any positions: tables
// and paragraphs are rebuilt from them without a panic or a hang. Each
// five bytes make a word: x, y, width, height and a word from a list of
// annex headings, numbers and cell text.
func FuzzPDFLayout(f *testing.F) {
	f.Add([]byte{10, 10, 20, 4, 0, 40, 10, 30, 4, 1, 80, 10, 30, 4, 2, 120, 10, 30, 4, 3, 10, 20, 5, 4, 8, 40, 22, 30, 4, 9})
	f.Add([]byte{10, 10, 20, 4, 0, 40, 12, 30, 4, 1, 80, 14, 30, 4, 2, 120, 12, 30, 4, 3, 10, 30, 5, 4, 8, 40, 27, 30, 4, 9, 40, 33, 30, 4, 10})
	vocab := []string{"STT", "Nội dung", "Cơ quan chủ trì", "Thời gian", "Phối hợp", "Sản phẩm", "Kinh phí", "I", "1", "Rà soát", "văn bản", "H", "II", "T", "2026", "Sở Tư pháp"}
	f.Fuzz(func(t *testing.T, data []byte) {
		var pages []*pdfPage
		p := &pdfPage{width: 600, height: 800}
		for i := 0; i+5 <= len(data) && i < 5*400; i += 5 {
			if data[i] == 255 {
				pages, p = append(pages, p), &pdfPage{width: 600, height: 800}
				continue
			}
			x, y := float64(data[i])*2.3, float64(data[i+1])*3.1
			w, h := 2+float64(data[i+2]%60), 4+float64(data[i+3]%14)
			p.words = append(p.words, word{x0: x, y0: y, x1: x + w, y1: y + h, text: vocab[int(data[i+4])%len(vocab)]})
		}
		pages = append(pages, p)
		doc := &Document{Name: "fuzz.pdf", Format: FormatPDF, Pages: len(pages)}
		dropRunningLines(pages)
		var carry []column
		for i, pg := range pages {
			if len(pg.words) == 0 {
				continue
			}
			var blocks []Block
			blocks, carry = pageBlocks(pg, i+1, carry)
			doc.Blocks = append(doc.Blocks, blocks...)
		}
		mergeTablesAcrossPages(doc)
		joinAcrossPages(doc)
		Render(doc)
	})
}
