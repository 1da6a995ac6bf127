package dataset

import (
	"bytes"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// FuzzXLSXCell converts arbitrary cells (type, value, number format) for
// every column of every table kind: no panic, and a value or a reason.
func FuzzXLSXCell(f *testing.F) {
	f.Add("n", "45658", 14, "", false)
	f.Add("n", "0.985", 10, "", false)
	f.Add("n", "2.1", 164, "0.00", false)
	f.Add("n", "1e308", 164, "dd/mm/yyyy", false)
	f.Add("s", "0", 0, "", false)
	f.Add("e", "#DIV/0!", 0, "", true)
	f.Add("str", "#N/A", 0, "", true)
	f.Add("b", "1", 0, "", false)
	f.Add("d", "2024-12-31T00:00:00", 0, "", false)
	f.Add("n", "-1", 22, `[$-42A]dd/mm/yyyy;@`, false)
	f.Add("inlineStr", "31/12/2024", 0, "", false)
	f.Fuzz(func(t *testing.T, typ, v string, fmtID int, code string, formula bool) {
		wb := &workbook{strings: []string{"Hà Tĩnh", "2.10"}, styles: []cellStyle{{decimals: -1}, styleOf(fmtID, code)}}
		for _, s := range []int{0, 1} {
			cell := xlsxCell{t: typ, v: v, s: s, formula: formula}
			_ = wb.cellDisplay(cell)
			for _, k := range Kinds() {
				cs := specs(k)
				for j := range cs {
					in, reason := wb.cellInput(cell, &cs[j])
					if reason != nil {
						continue
					}
					parseCell(&cs[j], in)
				}
			}
		}
	})
}

// FuzzXLSXSheet reads a workbook whose sheet XML is arbitrary: an error
// or a table, never a panic, and every row read or rejected.
func FuzzXLSXSheet(f *testing.F) {
	f.Add(`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>Nghệ An</t></is></c><c r="B2"><v>2025</v></c><c r="C2" t="s"><v>4</v></c><c r="D2" s="1"><v>0.9</v></c></row></sheetData>` +
		`<mergeCells><mergeCell ref="A2:A3"/></mergeCells>`)
	f.Add(`<sheetData><row r="3"><c r="B3" t="s"><v>0</v></c></row><row r="2"></row></sheetData>`)
	f.Add(`<sheetData><row r="1"><c r="XFD1" t="s"><v>9</v></c></row></sheetData><mergeCells><mergeCell ref="A1:XFD1048576"/></mergeCells>`)
	f.Fuzz(func(t *testing.T, sheet string) {
		data := rawWorkbook(t, sheet, []string{"entity", "year", "metric", "value", "online_submission_rate"}, []int{9, 164})
		l, err := ReadWith(bytes.NewReader(data), "f.xlsx", ReadOptions{Kind: KindObservations}, memory.NewGoAllocator())
		if err != nil {
			return
		}
		defer l.Release()
		checkInvariant(t, l)
	})
}
