package document

import (
	"context"
	"testing"
)

// The plan of seed 003 runs to 29 pages when LibreOffice prints it (the
// PDF fixture); its DOCX holds the same text. Pages per second are
// reported for both, so that the formats compare on one measure.
const benchPages = 29

// BenchmarkReadDOCX reads and renders the 29-page plan from DOCX.
func BenchmarkReadDOCX(b *testing.B) {
	data := fixtureB(b, "docx", "003_a5b74ff242722c67.docx")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, err := ReadDOCX(data, "003.docx")
		if err != nil {
			b.Fatal(err)
		}
		Render(d)
	}
	b.ReportMetric(float64(benchPages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkReadPDF reads and renders the 29-page plan from its PDF text
// layer, pdftotext included.
func BenchmarkReadPDF(b *testing.B) {
	if _, err := Program("pdftotext"); err != nil {
		b.Skip(err)
	}
	data := fixtureB(b, "pdf", "003_a5b74ff242722c67.pdf")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		d, err := ReadPDF(context.Background(), data, "003.pdf", Options{})
		if err != nil {
			b.Fatal(err)
		}
		Render(d)
	}
	b.ReportMetric(float64(benchPages*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkOCRPage recognises one scanned page (300 dpi, Vietnamese).
func BenchmarkOCRPage(b *testing.B) {
	if _, err := Program("tesseract"); err != nil {
		b.Skip(err)
	}
	data := fixtureB(b, "scan", "003_a5b74ff242722c67.pdf")
	pages := 0
	for b.Loop() {
		d, err := ReadPDF(context.Background(), data, "scan.pdf", Options{})
		if err != nil {
			b.Fatal(err)
		}
		pages += d.Pages
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(pages), "s/page")
}

func fixtureB(b *testing.B, parts ...string) []byte {
	b.Helper()
	return mustRead(b, parts...)
}
