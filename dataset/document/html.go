package document

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// ReadHTML reads a web page saved from a legal-text portal (thư viện pháp
// luật, luật Việt Nam, vbpl.vn and the like): the text of the document
// with its tables (row and column spans resolved) and lists (numbered as
// the browser shows them), without navigation, scripts, styles, forms and
// the portal's menus, banners and footers. When the page marks the
// document's body (an element whose id or class names the content, as
// portals do), only that part is read. name identifies the file in errors.
func ReadHTML(data []byte, name string) (*Document, error) {
	enc, _, _ := charset.DetermineEncoding(data, "text/html")
	if enc != nil {
		if dec, err := enc.NewDecoder().Bytes(data); err == nil {
			data = dec
		}
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, &Error{File: name, Part: "HTML", Err: err}
	}
	if body := contentNode(root); body != nil {
		root = body
	}
	w := &htmlWalker{}
	w.block(root)
	w.flush()
	doc := &Document{Name: name, Format: FormatHTML, Blocks: w.blocks}
	if !doc.HasText() {
		return nil, &Error{File: name, Part: "HTML", Err: i18n.Errorf("%w: the page holds no document text", ErrNoText)}
	}
	return doc, nil
}

// contentMarks are words that portals use in the id or class of the
// element holding a document's text.
var contentMarks = []string{"content1", "divcontentdoc", "toanvancontent", "fulltext", "the-document-body", "document-content", "doc-content", "vbcontent", "noidungvanban", "content-doc"}

// chromeMarks are words in the id or class of a portal's navigation and
// furniture.
var chromeMarks = []string{"nav", "menu", "breadcrumb", "footer", "header", "sidebar", "banner", "advert", "quangcao", "login", "social", "share", "comment", "related", "lienquan", "popup", "modal", "cookie", "search", "toolbar"}

func classOf(n *html.Node) string {
	var b strings.Builder
	for _, a := range n.Attr {
		if a.Key == "id" || a.Key == "class" {
			b.WriteString(strings.ToLower(a.Val))
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// contentNode finds the element a portal marks as the document's body.
func contentNode(n *html.Node) *html.Node {
	if n.Type == html.ElementNode {
		c := classOf(n)
		for _, m := range contentMarks {
			if strings.Contains(c, m) {
				return n
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := contentNode(c); f != nil {
			return f
		}
	}
	return nil
}

// skipped reports elements whose text is no part of the document.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Nav, atom.Header, atom.Footer, atom.Aside, atom.Form,
		atom.Iframe, atom.Svg, atom.Button, atom.Select, atom.Head, atom.Template, atom.Object, atom.Input, atom.Textarea:
		return true
	}
	c := classOf(n)
	for _, f := range strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(c)) {
		for _, m := range chromeMarks {
			if f == m || strings.HasPrefix(f, m) && len(f) <= len(m)+4 {
				return true
			}
		}
	}
	for _, a := range n.Attr {
		if a.Key == "hidden" || (a.Key == "style" && strings.Contains(strings.ReplaceAll(strings.ToLower(a.Val), " ", ""), "display:none")) {
			return true
		}
	}
	return false
}

// htmlWalker collects blocks from the page.
type htmlWalker struct {
	blocks []Block
	text   strings.Builder
	label  string
	depth  int
}

// flush ends the paragraph being collected.
func (w *htmlWalker) flush() {
	t := cleanHTMLText(w.text.String())
	w.text.Reset()
	if t == "" {
		return // a list label waits for its item's text
	}
	w.blocks = append(w.blocks, Block{Kind: Paragraph, Label: w.label, Text: t, Source: Loc{Para: len(w.blocks) + 1}})
	w.label = ""
}

// lineBreak stands for a <br> while a paragraph is collected.
const lineBreak = '\u2028'

// cleanHTMLText collapses white space within lines, keeps line breaks
// from <br>, and gives NFC text.
func cleanHTMLText(s string) string {
	var lines []string
	for _, l := range strings.Split(s, string(lineBreak)) {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			lines = append(lines, l)
		}
	}
	return vntext.NFC(strings.Join(lines, "\n"))
}

func isBlockElement(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Ul, atom.Ol,
		atom.Section, atom.Article, atom.Main, atom.Blockquote, atom.Pre, atom.Center, atom.Dl, atom.Dt, atom.Dd,
		atom.Body, atom.Html, atom.Hr, atom.Caption, atom.Address, atom.Figure:
		return true
	}
	return false
}

// block walks a node: block elements end the paragraph before and after
// them, tables become table blocks, lists number their items.
func (w *htmlWalker) block(n *html.Node) {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > 200 {
		return // absurd nesting: the rest is left out rather than overflow
	}
	switch n.Type {
	case html.TextNode:
		// Line breaks in the source are spaces; only <br> breaks a line.
		w.text.WriteString(strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, n.Data))
		return
	case html.ElementNode:
		if skipped(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.text.WriteRune(lineBreak)
			return
		case atom.Table:
			w.flush()
			w.blocks = append(w.blocks, Block{Kind: Table, Rows: htmlTable(n), Source: Loc{Para: len(w.blocks) + 1}})
			return
		case atom.Ol, atom.Ul:
			w.flush()
			w.list(n)
			return
		}
		if isBlockElement(n.DataAtom) {
			w.flush()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.block(c)
	}
	if n.Type == html.ElementNode && isBlockElement(n.DataAtom) {
		w.flush()
	}
}

// list numbers the items of <ol> (type 1, a, A, i, I, start and the
// items' value honoured)
// and marks those of <ul> with "-".
func (w *htmlWalker) list(n *html.Node) {
	kind, start := "-", 1
	if n.DataAtom == atom.Ol {
		kind = "1"
		for _, a := range n.Attr {
			switch a.Key {
			case "type":
				kind = a.Val
			case "start":
				if v, err := strconv.Atoi(a.Val); err == nil {
					start = v
				}
			}
		}
	}
	num := start
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != atom.Li {
			w.block(c)
			continue
		}
		w.flush()
		for _, a := range c.Attr {
			if v, err := strconv.Atoi(a.Val); a.Key == "value" && err == nil {
				num = v
			}
		}
		w.label = htmlListLabel(kind, num)
		num++
		for cc := c.FirstChild; cc != nil; cc = cc.NextSibling {
			w.block(cc)
		}
		w.flush()
	}
}

func htmlListLabel(kind string, n int) string {
	switch kind {
	case "-":
		return "-"
	case "a":
		return formatNumber(n, "lowerLetter") + "."
	case "A":
		return formatNumber(n, "upperLetter") + "."
	case "i":
		return formatNumber(n, "lowerRoman") + "."
	case "I":
		return formatNumber(n, "upperRoman") + "."
	}
	return strconv.Itoa(n) + "."
}

// htmlTable reads a table's rows onto a grid: a cell spanning rows covers
// the cells below it (Covered, with its text), one spanning columns the
// cells to its right (Spanned).
func htmlTable(t *html.Node) [][]Cell {
	var rows [][]Cell
	pending := map[int]struct {
		text string
		left int
	}{} // column → a row span still running
	var walkRows func(n *html.Node)
	walkRows = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipped(c) {
				continue
			}
			switch c.DataAtom {
			case atom.Tr:
				rows = append(rows, htmlRow(c, pending))
			case atom.Table:
				// a nested table outside a cell: read as rows of its own
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walkRows(c)
			}
		}
	}
	walkRows(t)
	return padRows(rows)
}

func htmlRow(tr *html.Node, pending map[int]struct {
	text string
	left int
}) []Cell {
	var row []Cell
	col := 0
	takeCovered := func() {
		for {
			p, ok := pending[col]
			if !ok {
				return
			}
			row = append(row, Cell{Text: p.text, Covered: true})
			if p.left <= 1 {
				delete(pending, col)
			} else {
				pending[col] = struct {
					text string
					left int
				}{p.text, p.left - 1}
			}
			col++
		}
	}
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || (c.DataAtom != atom.Td && c.DataAtom != atom.Th) {
			continue
		}
		takeCovered()
		text := cellText(c)
		rs, cs := spanAttr(c, "rowspan"), spanAttr(c, "colspan")
		row = append(row, Cell{Text: text})
		if rs > 1 {
			pending[col] = struct {
				text string
				left int
			}{text, rs - 1}
		}
		col++
		for k := 1; k < cs; k++ {
			row = append(row, Cell{Spanned: true})
			if rs > 1 {
				pending[col] = struct {
					text string
					left int
				}{"", rs - 1}
			}
			col++
		}
	}
	takeCovered()
	return row
}

func spanAttr(n *html.Node, key string) int {
	for _, a := range n.Attr {
		if a.Key == key {
			if v, err := strconv.Atoi(strings.TrimSpace(a.Val)); err == nil && v > 0 {
				return min(v, 64)
			}
		}
	}
	return 1
}

// cellText is a cell's text, its paragraphs and list items one a line.
func cellText(n *html.Node) string {
	w := &htmlWalker{}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.block(c)
	}
	w.flush()
	var parts []string
	for _, b := range w.blocks {
		switch b.Kind {
		case Paragraph:
			t := b.Text
			if b.Label != "" {
				t = b.Label + " " + t
			}
			parts = append(parts, t)
		case Table:
			for _, r := range b.Rows {
				for _, c := range r {
					if !c.Covered && !c.Spanned && c.Text != "" {
						parts = append(parts, c.Text)
					}
				}
			}
		}
	}
	return strings.Join(parts, "\n")
}
