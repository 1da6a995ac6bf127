package document

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

const wNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

// makeDOCX builds a DOCX archive from its parts.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, body := range parts {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func body(xml string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + wNS + `><w:body>` + xml + `</w:body></w:document>`
}

func para(numID, ilvl, text string) string {
	pr := ""
	if numID != "" {
		pr = `<w:pPr><w:numPr><w:ilvl w:val="` + ilvl + `"/><w:numId w:val="` + numID + `"/></w:numPr></w:pPr>`
	}
	return `<w:p>` + pr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// numberingXML: list 1 = I. / 1. / a) over three levels; list 2 the same
// abstract list restarted at I; list 3 a bullet in a symbol font; list 4
// "%1.%2." legal numbering.
const numberingXML = `<?xml version="1.0"?><w:numbering ` + wNS + `>
<w:abstractNum w:abstractNumId="0">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
 <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="` + "\uf0b7" + `"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
</w:numbering>`

func renderDOCX(t *testing.T, parts map[string]string) []string {
	t.Helper()
	d, err := ReadDOCX(makeDOCX(t, parts), "test.docx")
	if err != nil {
		t.Fatal(err)
	}
	return Render(d).Lines
}

func TestDOCXNumbering(t *testing.T) {
	lines := renderDOCX(t, map[string]string{
		"word/numbering.xml": numberingXML,
		"word/document.xml": body(para("1", "0", "MỤC ĐÍCH") + para("1", "1", "Mục đích") + para("1", "2", "một") +
			para("1", "2", "hai") + para("1", "1", "Yêu cầu") + para("1", "2", "ba") + para("1", "0", "MỤC TIÊU") +
			para("1", "1", "Chỉ tiêu") + para("3", "0", "gạch đầu dòng") + para("4", "0", "Một") + para("4", "1", "Một chấm một") +
			para("4", "1", "Một chấm hai") + para("2", "0", "LẠI TỪ ĐẦU") + para("", "", "Đoạn thường")),
	})
	want := []string{"I. MỤC ĐÍCH", "1. Mục đích", "a) một", "b) hai", "2. Yêu cầu", "a) ba", "II. MỤC TIÊU", "1. Chỉ tiêu",
		"- gạch đầu dòng", "1. Một", "1.1. Một chấm một", "1.2. Một chấm hai", "I. LẠI TỪ ĐẦU", "Đoạn thường"}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
}

func TestDOCXStyleNumberingBreaksTabsAndHiddenText(t *testing.T) {
	styles := `<w:styles ` + wNS + `><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="1"/><w:ilvl w:val="0"/></w:numPr></w:pPr></w:style>` +
		`<w:style w:styleId="H1b"><w:basedOn w:val="Heading1"/></w:style></w:styles>`
	lines := renderDOCX(t, map[string]string{
		"word/numbering.xml": numberingXML,
		"word/styles.xml":    styles,
		"word/document.xml": body(`<w:p><w:pPr><w:pStyle w:val="H1b"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>CĂN CỨ</w:t></w:r></w:p>` +
			`<w:p><w:r><w:t>Số:</w:t><w:tab/><w:t>12/KH-UBND</w:t><w:br/><w:t>Hà Tĩnh</w:t></w:r>` +
			`<w:del><w:r><w:delText>xoá</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText></w:r>` +
			`<w:r><w:t xml:space="preserve"> 2025</w:t></w:r></w:p>`),
	})
	want := []string{"I. CĂN CỨ", "Số: 12/KH-UBND", "Hà Tĩnh 2025"}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", lines, want)
	}
}

func TestDOCXMergedCells(t *testing.T) {
	tc := func(props, text string) string {
		return `<w:tc><w:tcPr>` + props + `</w:tcPr><w:p><w:r><w:t>` + text + `</w:t></w:r></w:p></w:tc>`
	}
	tbl := `<w:tbl>` +
		`<w:tr>` + tc("", "TT") + tc("", "Nhiệm vụ") + tc("", "Chủ trì") + `</w:tr>` +
		`<w:tr>` + tc("", "I") + tc(`<w:gridSpan w:val="2"/>`, "CẢI CÁCH THỂ CHẾ") + `</w:tr>` +
		`<w:tr>` + tc(`<w:vMerge w:val="restart"/>`, "1") + tc("", "Việc A") + tc("", "Sở Tư pháp") + `</w:tr>` +
		`<w:tr>` + tc(`<w:vMerge/>`, "") + tc("", "Việc B") + tc("", "Sở Nội vụ") + `</w:tr>` +
		`</w:tbl>`
	d, err := ReadDOCX(makeDOCX(t, map[string]string{"word/document.xml": body(tbl)}), "t.docx")
	if err != nil {
		t.Fatal(err)
	}
	rows := d.Blocks[0].Rows
	if len(rows) != 4 || !rows[1][2].Spanned || !rows[3][0].Covered || rows[3][0].Text != "1" {
		t.Fatalf("rows %+v", rows)
	}
	got := strings.Join(Render(d).Lines, "\n")
	want := "|\nTT |\nNhiệm vụ |\nChủ trì |\n|\nI |\nCẢI CÁCH THỂ CHẾ |\n|\n|\n1 |\nViệc A |\nSở Tư pháp |\n|\nViệc B |\nSở Nội vụ |\n|"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDOCXFootnotesAfterBodyHeadersLeftOut(t *testing.T) {
	lines := renderDOCX(t, map[string]string{
		"word/document.xml":  body(para("", "", "Thân văn bản")),
		"word/header1.xml":   `<w:hdr ` + wNS + `><w:p><w:r><w:t>Trang 1</w:t></w:r></w:p></w:hdr>`,
		"word/footnotes.xml": `<w:footnotes ` + wNS + `><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:t>---</w:t></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Chú thích</w:t></w:r></w:p></w:footnote></w:footnotes>`,
	})
	if strings.Join(lines, "|") != "Thân văn bản|Chú thích" {
		t.Errorf("got %q", lines)
	}
}

func TestDOCXErrors(t *testing.T) {
	big := strings.Repeat("<w:p><w:r><w:t>chữ</w:t></w:r></w:p>", 2000)
	cases := []struct {
		name   string
		data   []byte
		limits Limits
		want   error
		says   string
	}{
		{"damaged zip", []byte("PK\x03\x04 cut short"), DefaultLimits, nil, "zip archive: damaged"},
		{"not Word", makeDOCX(t, map[string]string{"xl/workbook.xml": "<x/>"}), DefaultLimits, ErrMissingPart, "word/document.xml"},
		{"no text", makeDOCX(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:drawing/></w:r></w:p>`)}), DefaultLimits, ErrNoText, "no text"},
		{"damaged XML", makeDOCX(t, map[string]string{"word/document.xml": body(`<w:p><w:r><w:t>a</w:r>`)[:60]}), DefaultLimits, nil, "word/document.xml"},
		{"part too large", makeDOCX(t, map[string]string{"word/document.xml": body(big)}), Limits{MaxEntries: 10, MaxPartSize: 1000, MaxTotalSize: 1 << 20, MaxTableDepth: 4}, ErrTooLarge, "word/document.xml"},
		{"too many entries", makeDOCX(t, map[string]string{"word/document.xml": body(para("", "", "a")), "a": "", "b": "", "c": ""}), Limits{MaxEntries: 2, MaxPartSize: 1 << 20, MaxTotalSize: 1 << 20, MaxTableDepth: 4}, ErrTooLarge, "entries"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := readDOCX(c.data, "plan.docx", c.limits)
			if err == nil {
				t.Fatal("no error")
			}
			if c.want != nil && !errors.Is(err, c.want) {
				t.Errorf("%v is not %v", err, c.want)
			}
			if !strings.HasPrefix(err.Error(), "plan.docx: ") || !strings.Contains(err.Error(), c.says) {
				t.Errorf("error %q should name the file and say %q", err, c.says)
			}
		})
	}
}

func TestDOCXDeepTablesLeftOut(t *testing.T) {
	nested := strings.Repeat("<w:tbl><w:tr><w:tc>", 40) + "<w:p><w:r><w:t>sâu</w:t></w:r></w:p>" + strings.Repeat("</w:tc></w:tr></w:tbl>", 40)
	d, err := ReadDOCX(makeDOCX(t, map[string]string{"word/document.xml": body(para("", "", "trên") + nested)}), "t.docx")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, n := range d.Notes {
		found = found || n.Kind == "docx_part_skipped"
	}
	if !found {
		t.Errorf("no note on the table left out: %+v", d.Notes)
	}
}
