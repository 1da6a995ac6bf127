package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// writeLargeSheet writes a workbook of one sheet of n observation rows to
// path, streaming, as inline strings and numbers.
func writeLargeSheet(t testing.TB, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body)) //nolint:errcheck // checked by Close
	}
	add("xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="big" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>`)
	w, err := zw.Create("xl/worksheets/sheet1.xml")
	if err != nil {
		t.Fatal(err)
	}
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	bw.WriteString(`<row r="1"><c r="A1" t="inlineStr"><is><t>entity</t></is></c><c r="B1" t="inlineStr"><is><t>year</t></is></c><c r="C1" t="inlineStr"><is><t>metric</t></is></c><c r="D1" t="inlineStr"><is><t>value</t></is></c></row>`)
	for i := 2; i <= n+1; i++ {
		fmt.Fprintf(bw, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Hà Tĩnh</t></is></c><c r="B%d"><v>2025</v></c><c r="C%d" t="inlineStr"><is><t>m%d</t></is></c><c r="D%d"><v>%d.5</v></c></row>`, i, i, i, i, i%50, i, i%100)
	}
	bw.WriteString(`</sheetData></worksheet>`)
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestXLSXMillionRows reads a sheet of Excel's full 1,048,575 data rows:
// every row read, memory bounded by the table (the sheet is streamed).
func TestXLSXMillionRows(t *testing.T) {
	if testing.Short() {
		t.Skip("a sheet of 1M rows: not with -short")
	}
	path := filepath.Join(t.TempDir(), "big.xlsx")
	const n = 1048575
	writeLargeSheet(t, path, n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	l, err := ReadFile(path, KindObservations, memory.NewGoAllocator())
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	runtime.ReadMemStats(&after)
	if l.RowsRead != n || l.Record.NumRows() != n {
		t.Fatalf("read %d rows (%d in the table, %d rejected), want %d", l.RowsRead, l.Record.NumRows(), len(l.Rejected), n)
	}
	t.Logf("1M-row sheet: heap in use %d MB after reading", (after.HeapInuse)>>20)
}

// BenchmarkXLSXRead reads a sheet of 100,000 observation rows.
func BenchmarkXLSXRead(b *testing.B) {
	path := filepath.Join(b.TempDir(), "100k.xlsx")
	writeLargeSheet(b, path, 100000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l, err := ReadFile(path, KindObservations, memory.NewGoAllocator())
		if err != nil {
			b.Fatal(err)
		}
		l.Release()
	}
	b.ReportMetric(float64(100000*b.N)/b.Elapsed().Seconds(), "rows/s")
}

// BenchmarkXLSXWrite writes 100,000 scorecard rows as a workbook.
func BenchmarkXLSXWrite(b *testing.B) {
	var rows []Score
	base := workbookScores()
	for len(rows) < 100000 {
		rows = append(rows, base...)
	}
	rec := ScoresToRecord(memory.NewGoAllocator(), rows[:100000])
	defer rec.Release()
	b.ResetTimer()
	var size int
	for i := 0; i < b.N; i++ {
		var buf bytes.Buffer
		if err := Write(&buf, FormatXLSX, rec, WriteOptions{Lang: "vi"}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(100000*b.N)/b.Elapsed().Seconds(), "rows/s")
	b.ReportMetric(float64(size)/1e6, "MB")
}
