package document

import (
	"bytes"
	"encoding/xml"

	"io"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// ReadDOCX reads a Word 2007+ document: the body's paragraphs with their
// list labels as Word shows them (numbering.xml and the paragraph styles),
// line breaks, tables with merged cells resolved, and the footnotes after
// the body. Headers, footers and page numbers are left out. name
// identifies the file in errors, which also name the part at fault.
func ReadDOCX(data []byte, name string) (*Document, error) {
	return readDOCX(data, name, DefaultLimits)
}

func readDOCX(data []byte, name string, limits Limits) (*Document, error) {
	a, err := openDOCX(data, name, limits)
	if err != nil {
		return nil, err
	}
	main := a.relTargets("_rels/.rels", "")["officeDocument"]
	if main == "" || !a.has(main) {
		main = "word/document.xml"
	}
	if !a.has(main) {
		return nil, &Error{File: name, Part: main, Err: i18n.Errorf("%w: not a Word document (no main document part)", ErrMissingPart)}
	}
	dir := main[:strings.LastIndexByte(main, '/')+1]
	rels := a.relTargets(dir+"_rels/"+main[len(dir):]+".rels", strings.TrimSuffix(dir, "/"))
	num, err := a.numbering(rels["numbering"], dir+"numbering.xml")
	if err != nil {
		return nil, err
	}
	styles := parseStyles(a.optional(rels["styles"], dir+"styles.xml"))

	doc := &Document{Name: name, Format: FormatDOCX}
	body, err := a.read(main)
	if err != nil {
		return nil, err
	}
	w := &docxWalker{num: num, styles: styles, limits: limits}
	if err := w.walk(body); err != nil {
		return nil, &Error{File: name, Part: main, Err: err}
	}
	doc.Blocks = w.blocks
	doc.Notes = append(doc.Notes, w.notes...)
	if notes := a.optional(rels["footnotes"], dir+"footnotes.xml"); notes != nil {
		fw := &docxWalker{num: num, styles: styles, limits: limits, para: w.para}
		if err := fw.walk(notes); err != nil {
			doc.Notes = append(doc.Notes, newNote("docx_part_skipped", 0, i18n.Msgf("footnotes left out: %v", err)))
		} else {
			doc.Blocks = append(doc.Blocks, fw.blocks...)
		}
	}
	if !doc.HasText() {
		return nil, &Error{File: name, Part: main, Err: i18n.Errorf("%w: the Word document has no text (a scan pasted as pictures?)", ErrNoText)}
	}
	return doc, nil
}

// optional reads a part named by a relationship, or by its usual name,
// nil when absent or unreadable.
func (a *docxArchive) optional(rel, usual string) []byte {
	for _, p := range []string{rel, usual} {
		if p != "" && a.has(p) {
			if data, err := a.read(p); err == nil {
				return data
			}
			return nil
		}
	}
	return nil
}

// numbering reads the list definitions; a damaged numbering part is an
// error, since the labels would be wrong without a word.
func (a *docxArchive) numbering(rel, usual string) (*numbering, error) {
	part := rel
	if part == "" || !a.has(part) {
		part = usual
	}
	if !a.has(part) {
		return parseNumbering(nil)
	}
	data, err := a.read(part)
	if err != nil {
		return nil, err
	}
	n, err := parseNumbering(data)
	if err != nil {
		return nil, &Error{File: a.name, Part: part, Err: i18n.Errorf("damaged XML: %w", err)}
	}
	return n, nil
}

// docxWalker turns the WordprocessingML of a body (or of footnotes) into
// blocks.
type docxWalker struct {
	dec    *xml.Decoder
	num    *numbering
	styles map[string]styleNum
	limits Limits
	blocks []Block
	notes  []Note
	para   int // blocks read so far, for their Source
	depth  int // tables open
}

// walk reads every paragraph and table of the part, at any depth of
// wrapping elements (content controls, custom XML, insertions).
func (w *docxWalker) walk(data []byte) error {
	w.dec = xml.NewDecoder(bytes.NewReader(data))
	w.dec.Strict = false
	return w.children("", func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "p":
			w.para++
			label, text, err := w.paragraph()
			if err != nil {
				return true, err
			}
			w.blocks = append(w.blocks, Block{Kind: Paragraph, Label: label, Text: text, Source: Loc{Para: w.para}})
			return true, nil
		case "tbl":
			w.para++
			src := Loc{Para: w.para}
			rows, err := w.table()
			if err != nil {
				return true, err
			}
			w.blocks = append(w.blocks, Block{Kind: Table, Rows: rows, Source: src})
			return true, nil
		case "footnote", "endnote":
			if t := attr(se, "type"); t != "" && t != "normal" {
				return true, w.dec.Skip() // separators
			}
		}
		return false, w.skipHidden(se)
	})
}

// skipHidden skips what a reader never sees in the flow of text: the
// fallback copy of alternate content, deleted and moved-away text,
// section properties.
func (w *docxWalker) skipHidden(se xml.StartElement) error {
	switch se.Name.Local {
	case "Fallback", "sectPr", "del", "moveFrom", "instrText", "delInstrText":
		return w.dec.Skip()
	}
	return nil
}

// children reads the tokens up to the end of the element named end (the
// end of input when end is ""), calling onStart for each element start.
// onStart returns true when it read the element to its end; otherwise its
// content is read as children.
func (w *docxWalker) children(end string, onStart func(xml.StartElement) (bool, error)) error {
	depth := 0
	for {
		tok, err := w.dec.Token()
		if err == io.EOF {
			if end == "" {
				return nil
			}
			return i18n.Errorf("unexpected end of XML inside <%s>", end)
		}
		if err != nil {
			return i18n.Errorf("damaged XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			consumed, err := onStart(t)
			if err != nil {
				return err
			}
			if !consumed {
				depth++
			}
		case xml.EndElement:
			if depth == 0 {
				if end != "" && t.Name.Local == end {
					return nil
				}
				continue // an unbalanced end the lax decoder let through
			}
			depth--
		}
	}
}

// paragraph reads a w:p to its end: its list label and its text.
func (w *docxWalker) paragraph() (label, text string, err error) {
	var b strings.Builder
	var style, numID, ilvl string
	hasNumPr := false
	inPPr, inT := 0, false
	err = w.childrenText("p", &b, &inT, func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "pPr":
			inPPr++
			// Read the properties here: tabs and runs inside them are no text.
			perr := w.children("pPr", func(se xml.StartElement) (bool, error) {
				switch se.Name.Local {
				case "pStyle":
					style = attr(se, "val")
				case "numPr":
					hasNumPr = true
				case "numId":
					numID = attr(se, "val")
				case "ilvl":
					ilvl = attr(se, "val")
				}
				return false, nil
			})
			inPPr--
			return true, perr
		case "tbl":
			// A table inside a paragraph (in a text box): its text runs on.
			rows, terr := w.table()
			for _, r := range rows {
				for _, c := range r {
					if !c.Covered && !c.Spanned && c.Text != "" {
						b.WriteString("\n" + c.Text)
					}
				}
			}
			return true, terr
		}
		return false, nil
	})
	if err != nil {
		return "", "", err
	}
	if !hasNumPr || numID == "" {
		sNum, sLvl := styleNumbering(w.styles, style)
		if numID == "" {
			numID = sNum
		}
		if ilvl == "" {
			ilvl = sLvl
		}
	}
	if numID != "" {
		lvl, _ := strconv.Atoi(ilvl)
		label = w.num.label(numID, lvl)
	}
	return label, vntext.NFC(strings.Trim(b.String(), " \n")), nil
}

// childrenText reads the runs of a paragraph up to the end of element end
// into b: text, tabs and line breaks; onStart sees every other element.
func (w *docxWalker) childrenText(end string, b *strings.Builder, inT *bool, onStart func(xml.StartElement) (bool, error)) error {
	depth := 0
	for {
		tok, err := w.dec.Token()
		if err == io.EOF {
			return i18n.Errorf("unexpected end of XML inside <%s>", end)
		}
		if err != nil {
			return i18n.Errorf("damaged XML: %w", err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if *inT {
				b.Write(t)
			}
		case xml.StartElement:
			consumed, err := w.runElement(t, b, inT)
			if err == nil && !consumed {
				consumed, err = onStart(t)
			}
			if err != nil {
				return err
			}
			if !consumed {
				depth++
			}
		case xml.EndElement:
			if t.Name.Local == "t" {
				*inT = false
			}
			if depth == 0 {
				if t.Name.Local == end {
					return nil
				}
				continue
			}
			depth--
		}
	}
}

// runElement handles the elements of a run that make text.
func (w *docxWalker) runElement(se xml.StartElement, b *strings.Builder, inT *bool) (bool, error) {
	switch se.Name.Local {
	case "t":
		*inT = true
		return false, nil
	case "tab", "ptab":
		b.WriteByte(' ')
	case "br":
		if t := attr(se, "type"); t == "page" || t == "column" {
			b.WriteByte(' ')
		} else {
			b.WriteByte('\n')
		}
	case "cr":
		b.WriteByte('\n')
	case "noBreakHyphen":
		b.WriteByte('-')
	case "p":
		// A paragraph inside this one (a text box): a line of its own.
		b.WriteByte('\n')
		return false, nil
	case "Fallback", "del", "moveFrom", "instrText", "delInstrText", "footnoteReference", "endnoteReference", "rPr":
		return true, w.dec.Skip()
	default:
		return false, nil
	}
	return true, w.dec.Skip()
}

// table reads a w:tbl to its end into rows of cells on the table's grid:
// a cell spanning columns (gridSpan) is followed by Spanned cells, a cell
// continuing a vertical merge (vMerge) takes the text of the cell above
// and is Covered.
func (w *docxWalker) table() ([][]Cell, error) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > w.limits.MaxTableDepth {
		w.notes = append(w.notes, newNote("docx_part_skipped", 0, i18n.Msgf("a table nested more than %d deep was left out", w.limits.MaxTableDepth)))
		return nil, w.dec.Skip()
	}
	var rows [][]Cell
	var row []Cell
	err := w.children("tbl", func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "tr":
			row = nil
			err := w.children("tr", func(se xml.StartElement) (bool, error) {
				switch se.Name.Local {
				case "gridBefore", "gridAfter":
					n, _ := strconv.Atoi(attr(se, "val"))
					for i := 0; i < n && i < 64; i++ {
						row = append(row, Cell{})
					}
				case "tc":
					cells, err := w.cell(len(row), rows)
					row = append(row, cells...)
					return true, err
				case "tbl":
					_, err := w.table() // stray table in a row: read past it
					return true, err
				}
				return false, w.skipHidden(se)
			})
			if len(row) > 0 {
				rows = append(rows, row)
			}
			return true, err
		}
		return false, w.skipHidden(se)
	})
	return padRows(rows), err
}

// cell reads a w:tc starting at grid column col, the rows above given.
func (w *docxWalker) cell(col int, above [][]Cell) ([]Cell, error) {
	span, merge := 1, ""
	var parts []string
	err := w.children("tc", func(se xml.StartElement) (bool, error) {
		switch se.Name.Local {
		case "gridSpan":
			if n, err := strconv.Atoi(attr(se, "val")); err == nil && n > 1 && n <= 64 {
				span = n
			}
		case "vMerge":
			merge = attr(se, "val")
			if merge == "" {
				merge = "continue"
			}
		case "hMerge":
			if v := attr(se, "val"); v == "" || v == "continue" {
				merge = "hcontinue"
			}
		case "p":
			label, text, err := w.paragraph()
			if label != "" {
				text = label + " " + text
			}
			if strings.TrimSpace(text) != "" {
				parts = append(parts, text)
			}
			return true, err
		case "tbl":
			rows, err := w.table()
			for _, r := range rows {
				for _, c := range r {
					if !c.Covered && !c.Spanned && strings.TrimSpace(c.Text) != "" {
						parts = append(parts, c.Text)
					}
				}
			}
			return true, err
		}
		return false, w.skipHidden(se)
	})
	c := Cell{Text: strings.Join(parts, "\n")}
	switch merge {
	case "continue":
		c = Cell{Text: cellAbove(above, col), Covered: true}
	case "hcontinue":
		c = Cell{Spanned: true}
	}
	cells := []Cell{c}
	for i := 1; i < span; i++ {
		cells = append(cells, Cell{Spanned: true, Covered: c.Covered})
	}
	return cells, err
}

// cellAbove returns the text of the cell in grid column col of the last
// row above that reaches it.
func cellAbove(rows [][]Cell, col int) string {
	for i := len(rows) - 1; i >= 0; i-- {
		if col < len(rows[i]) {
			return rows[i][col].Text
		}
	}
	return ""
}

// padRows makes every row as wide as the widest.
func padRows(rows [][]Cell) [][]Cell {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	for i, r := range rows {
		for len(r) < width {
			r = append(r, Cell{})
		}
		rows[i] = r
	}
	return rows
}

// attr returns the value of the attribute with the local name, "" when
// absent.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}
