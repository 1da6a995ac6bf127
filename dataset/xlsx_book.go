package dataset

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/xuri/excelize/v2"
)

// xlsxLimit caps the uncompressed size of one part of a workbook (a
// sheet, the shared strings): a damaged or hostile file can declare
// gigabytes in a few kilobytes of zip.
const xlsxLimit = 2 << 30

// errXLSXTooLarge: a part of the workbook unpacks to more than xlsxLimit.
var errXLSXTooLarge = i18n.New("a part of the workbook unpacks to more than 2 GiB (a damaged file, or a zip bomb)")

// workbook is an opened .xlsx file: the parts cchc reads to stream the
// cells of a sheet with their types and number formats.
type workbook struct {
	zr       *zip.Reader
	sheets   []sheetRef
	strings  []string    // shared strings
	styles   []cellStyle // by the s attribute of a cell
	date1904 bool
}

// sheetRef is one worksheet of a workbook: its name and its part.
type sheetRef struct {
	name string
	part string
}

// cellStyle is what cchc needs of a cell's number format.
type cellStyle struct {
	date     bool // a date or time format: the number is an Excel serial date
	percent  bool // a percent format: the number shows × 100 with a % sign
	decimals int  // fixed decimals of a plain number format ("0.00" → 2), -1 when none
}

// openWorkbook opens an .xlsx file held in data. Encrypted workbooks, old
// binary .xls files and damaged zips get errors that say so.
func openWorkbook(data []byte) (*workbook, error) {
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}) {
		if bytes.Contains(data, utf16Name("EncryptionInfo")) || bytes.Contains(data, utf16Name("EncryptedPackage")) {
			return nil, i18n.New("the workbook is password-protected (encrypted): open it in Excel, remove the password (File > Info > Protect Workbook) and save it again")
		}
		return nil, i18n.New("it is an old binary Excel file (.xls), not .xlsx: open it in Excel or LibreOffice and save it as .xlsx")
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, i18n.Errorf("not an .xlsx workbook (a damaged or incomplete zip file: %v)", err)
	}
	wb := &workbook{zr: zr}
	if err := wb.readSheets(); err != nil {
		return nil, err
	}
	if err := wb.readSharedStrings(); err != nil {
		return nil, i18n.Errorf("xl/sharedStrings.xml: %w", err)
	}
	if err := wb.readStyles(); err != nil {
		return nil, i18n.Errorf("xl/styles.xml: %w", err)
	}
	return wb, nil
}

// utf16Name is s in UTF-16LE, as compound-file directories store names.
func utf16Name(s string) []byte {
	b := make([]byte, 0, 2*len(s))
	for _, c := range []byte(s) {
		b = append(b, c, 0)
	}
	return b
}

// part opens a part of the zip by name (case-insensitive, as Excel reads
// them), limited to xlsxLimit bytes.
func (wb *workbook) part(name string) (io.ReadCloser, error) {
	name = strings.TrimPrefix(name, "/")
	for _, f := range wb.zr.File {
		if strings.EqualFold(f.Name, name) {
			rc, err := f.Open()
			if err != nil {
				return nil, i18n.Errorf("%s: %w", name, err)
			}
			return struct {
				io.Reader
				io.Closer
			}{&limitedReader{r: rc, left: xlsxLimit}, rc}, nil
		}
	}
	return nil, i18n.Errorf("%s: %w", name, errMissingPart)
}

// errMissingPart: a part the workbook needs is not in the zip.
var errMissingPart = i18n.New("missing from the workbook")

// limitedReader fails with errXLSXTooLarge past its limit.
type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errXLSXTooLarge
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// decodePart decodes a whole (small) XML part into v.
func (wb *workbook) decodePart(name string, v any) error {
	rc, err := wb.part(name)
	if err != nil {
		return err
	}
	defer rc.Close()
	if err := xml.NewDecoder(rc).Decode(v); err != nil {
		return i18n.Errorf("%s: %w", name, err)
	}
	return nil
}

// readSheets reads the sheet names of xl/workbook.xml and their parts.
func (wb *workbook) readSheets() error {
	var book struct {
		Pr struct {
			Date1904 string `xml:"date1904,attr"`
		} `xml:"workbookPr"`
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := wb.decodePart("xl/workbook.xml", &book); err != nil {
		return i18n.Errorf("not an .xlsx workbook: %w", err)
	}
	wb.date1904 = book.Pr.Date1904 == "1" || book.Pr.Date1904 == "true"
	var rels struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := wb.decodePart("xl/_rels/workbook.xml.rels", &rels); err != nil {
		return i18n.Errorf("not an .xlsx workbook: %w", err)
	}
	targets := map[string]string{}
	for _, r := range rels.Rels {
		t := r.Target
		if !strings.HasPrefix(t, "/") {
			t = path.Join("xl", t)
		}
		targets[r.ID] = strings.TrimPrefix(t, "/")
	}
	for _, s := range book.Sheets {
		if p, ok := targets[s.RID]; ok {
			wb.sheets = append(wb.sheets, sheetRef{name: s.Name, part: p})
		}
	}
	if len(wb.sheets) == 0 {
		return i18n.New("the workbook has no worksheet")
	}
	return nil
}

// readSharedStrings reads the shared strings table, if any, streaming.
func (wb *workbook) readSharedStrings() error {
	rc, err := wb.part("xl/sharedStrings.xml")
	if errors.Is(err, errMissingPart) {
		return nil
	}
	if err != nil {
		return err
	}
	defer rc.Close()
	dec := xml.NewDecoder(bufio.NewReaderSize(rc, 64<<10))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			s, err := richText(dec, se)
			if err != nil {
				return err
			}
			wb.strings = append(wb.strings, s)
		}
	}
}

// richText reads the text of an <si> or <is> element: its <t> runs,
// phonetic runs (<rPh>) left out.
func richText(dec *xml.Decoder, start xml.StartElement) (string, error) {
	var b strings.Builder
	depth, inT, inPh := 0, false, 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "t":
				inT = true
			case "rPh":
				inPh++
			}
		case xml.EndElement:
			if depth == 0 {
				return b.String(), nil
			}
			depth--
			switch t.Name.Local {
			case "t":
				inT = false
			case "rPh":
				inPh--
			}
		case xml.CharData:
			if inT && inPh == 0 {
				b.Write(t)
			}
		}
	}
}

// readStyles reads the number format of every cell style.
func (wb *workbook) readStyles() error {
	var ss struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmtID int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := wb.decodePart("xl/styles.xml", &ss); err != nil {
		if errors.Is(err, errMissingPart) {
			return nil
		}
		return err
	}
	codes := map[int]string{}
	for _, f := range ss.NumFmts {
		codes[f.ID] = f.Code
	}
	for _, x := range ss.Xfs {
		wb.styles = append(wb.styles, styleOf(x.NumFmtID, codes[x.NumFmtID]))
	}
	return nil
}

// styleOf classifies a number format: the built-in ones by id, custom ones
// by their code.
func styleOf(id int, code string) cellStyle {
	st := cellStyle{decimals: -1}
	switch {
	case id >= 14 && id <= 22, id >= 27 && id <= 36, id >= 45 && id <= 47, id >= 50 && id <= 58:
		st.date = true
	case id == 9:
		st.percent, st.decimals = true, 0
	case id == 10:
		st.percent, st.decimals = true, 2
	case id == 1, id == 3:
		st.decimals = 0
	case id == 2, id == 4:
		st.decimals = 2
	}
	if code == "" {
		return st
	}
	plain := formatCodeLetters(code)
	switch {
	case strings.ContainsAny(plain, "dmyhsDMYHS") && !strings.EqualFold(plain, "general"):
		st.date = true
	case strings.Contains(plain, "%"):
		st.percent = true
	}
	st.decimals = fixedDecimals(plain)
	return st
}

// formatCodeLetters returns the first section of a number format code
// without its quoted text, escaped characters and [bracketed] parts.
func formatCodeLetters(code string) string {
	if i := strings.IndexByte(code, ';'); i >= 0 {
		code = code[:i]
	}
	var b strings.Builder
	inQuote, inBracket := false, false
	for i := 0; i < len(code); i++ {
		c := code[i]
		switch {
		case inQuote:
			inQuote = c != '"'
		case inBracket:
			inBracket = c != ']'
		case c == '"':
			inQuote = true
		case c == '[':
			inBracket = true
		case c == '\\' || c == '_' || c == '*':
			i++
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// fixedDecimals returns the count of '0' after the decimal point of a
// plain number format ("#,##0.00" → 2, "0" → 0), -1 when it is not one.
func fixedDecimals(plain string) int {
	if !strings.Contains(plain, "0") {
		return -1
	}
	dot := strings.IndexByte(plain, '.')
	if dot < 0 {
		return 0
	}
	n := 0
	for _, c := range plain[dot+1:] {
		if c != '0' {
			break
		}
		n++
	}
	return n
}

// sheet returns the sheet called name (matched as Excel does, ignoring
// case), or the first sheet when name is "".
func (wb *workbook) sheet(name string) (sheetRef, error) {
	if name == "" {
		return wb.sheets[0], nil
	}
	for _, s := range wb.sheets {
		if strings.EqualFold(strings.TrimSpace(s.name), strings.TrimSpace(name)) {
			return s, nil
		}
	}
	names := make([]string, len(wb.sheets))
	for i, s := range wb.sheets {
		names[i] = s.name
	}
	return sheetRef{}, i18n.Errorf("no sheet %q in the workbook (its sheets: %s)", name, quoteList(names))
}

// xlsxCell is one cell as the sheet XML stores it.
type xlsxCell struct {
	col     int    // 0-based column
	t       string // the t attribute: "", "n", "s", "str", "inlineStr", "b", "e", "d"
	s       int    // style index
	v       string // the <v> text, or the inline string
	formula bool   // the cell has a formula
}

// sheetRows streams the rows of a worksheet part.
type sheetRows struct {
	wb  *workbook
	rc  io.ReadCloser
	dec *xml.Decoder
	row int // the 1-based number of the last row returned
}

func (wb *workbook) rows(s sheetRef) (*sheetRows, error) {
	rc, err := wb.part(s.part)
	if err != nil {
		return nil, err
	}
	return &sheetRows{wb: wb, rc: rc, dec: xml.NewDecoder(bufio.NewReaderSize(rc, 256<<10))}, nil
}

func (sr *sheetRows) Close() error { return sr.rc.Close() }

// next returns the next row that has a <row> element, with its number;
// cells is reused between calls. At the end it returns row 0.
func (sr *sheetRows) next(cells []xlsxCell) (int, []xlsxCell, error) {
	cells = cells[:0]
	for {
		tok, err := sr.dec.Token()
		if err == io.EOF {
			return 0, cells, nil
		}
		if err != nil {
			return 0, cells, i18n.Errorf("after row %d: %w", sr.row, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "row" {
			continue
		}
		n := sr.row + 1
		if r := attr(se, "r"); r != "" {
			v, err := strconv.Atoi(r)
			if err != nil || v < 1 || v > excelize.TotalRows {
				return 0, cells, i18n.Errorf("row number %q is not a row of a sheet", r)
			}
			n = v
		}
		if n <= sr.row {
			return 0, cells, i18n.Errorf("row %d comes after row %d", n, sr.row)
		}
		sr.row = n
		cells, err = sr.readRow(cells)
		return n, cells, err
	}
}

// readRow reads the cells of the <row> element just opened.
func (sr *sheetRows) readRow(cells []xlsxCell) ([]xlsxCell, error) {
	col := -1
	for {
		tok, err := sr.dec.Token()
		if err != nil {
			return cells, i18n.Errorf("row %d: %w", sr.row, err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "row" {
				return cells, nil
			}
		case xml.StartElement:
			if t.Name.Local != "c" {
				continue
			}
			col++
			c, err := sr.readCell(t, col)
			if err != nil {
				return cells, err
			}
			if len(cells) > 0 && c.col <= cells[len(cells)-1].col {
				return cells, i18n.Errorf("row %d: cell %s is out of order", sr.row, cellName(c.col, sr.row))
			}
			col = c.col
			cells = append(cells, c)
		}
	}
}

// maxColumns is the column count of an Excel sheet (A to XFD).
const maxColumns = excelize.MaxColumns

// readCell reads one <c> element.
func (sr *sheetRows) readCell(start xml.StartElement, col int) (xlsxCell, error) {
	c := xlsxCell{col: col, t: attr(start, "t")}
	if ref := attr(start, "r"); ref != "" {
		cc, rr, err := excelize.CellNameToCoordinates(ref)
		if err != nil || rr != sr.row || cc > maxColumns {
			return c, i18n.Errorf("row %d: cell reference %q is not in the row", sr.row, ref)
		}
		c.col = cc - 1
	}
	if s := attr(start, "s"); s != "" {
		v, err := strconv.Atoi(s)
		if err == nil && v >= 0 && v < len(sr.wb.styles) {
			c.s = v
		}
	}
	for {
		tok, err := sr.dec.Token()
		if err != nil {
			return c, i18n.Errorf("cell %s: %w", cellName(c.col, sr.row), err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if t.Name.Local == "c" {
				return c, nil
			}
		case xml.StartElement:
			switch t.Name.Local {
			case "v":
				var v string
				if err := sr.dec.DecodeElement(&v, &t); err != nil {
					return c, i18n.Errorf("cell %s: %w", cellName(c.col, sr.row), err)
				}
				c.v = v
			case "f":
				c.formula = true
				if err := sr.dec.Skip(); err != nil {
					return c, err
				}
			case "is":
				s, err := richText(sr.dec, t)
				if err != nil {
					return c, err
				}
				c.v = s
			}
		}
	}
}

func attr(se xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// cellName names a cell from its 0-based column and 1-based row: "C12".
func cellName(col, row int) string {
	s, err := excelize.CoordinatesToCellName(col+1, row)
	if err != nil {
		return fmt.Sprintf("R%dC%d", row, col+1)
	}
	return s
}

// columnName names a 0-based column: "C".
func columnName(col int) string {
	s, err := excelize.ColumnNumberToName(col + 1)
	if err != nil {
		return strconv.Itoa(col + 1)
	}
	return s
}

// mergedRange is a range of merged cells, 0-based columns, 1-based rows.
type mergedRange struct {
	c0, r0, c1, r1 int
}

// mergedRanges reads the <mergeCell> elements of a sheet part. They stand
// after the cells, so the part is scanned once before the rows are read.
func (wb *workbook) mergedRanges(s sheetRef) ([]mergedRange, error) {
	rc, err := wb.part(s.part)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	br := bufio.NewReaderSize(rc, 256<<10)
	var out []mergedRange
	needle := []byte("<mergeCell ")
	var carry []byte
	buf := make([]byte, 256<<10)
	for {
		n, err := br.Read(buf)
		chunk := append(carry, buf[:n]...)
		for {
			i := bytes.Index(chunk, needle)
			if i < 0 {
				break
			}
			end := bytes.IndexByte(chunk[i:], '>')
			if end < 0 {
				break
			}
			if m, ok := parseMergeElement(chunk[i : i+end+1]); ok {
				out = append(out, m)
			}
			chunk = chunk[i+end+1:]
		}
		keep := min(len(chunk), 512)
		carry = append(carry[:0:0], chunk[len(chunk)-keep:]...)
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// parseMergeElement reads ref="A1:C2" from a <mergeCell .../> element.
func parseMergeElement(el []byte) (mergedRange, bool) {
	var m struct {
		Ref string `xml:"ref,attr"`
	}
	if !bytes.HasSuffix(el, []byte("/>")) {
		el = append(append([]byte(nil), el[:len(el)-1]...), "/>"...)
	}
	if xml.Unmarshal(el, &m) != nil {
		return mergedRange{}, false
	}
	a, b, ok := strings.Cut(m.Ref, ":")
	if !ok {
		return mergedRange{}, false
	}
	c0, r0, err1 := excelize.CellNameToCoordinates(a)
	c1, r1, err2 := excelize.CellNameToCoordinates(b)
	if err1 != nil || err2 != nil || c1 < c0 || r1 < r0 {
		return mergedRange{}, false
	}
	return mergedRange{c0 - 1, r0, c1 - 1, r1}, true
}
