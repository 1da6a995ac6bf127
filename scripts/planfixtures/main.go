// Command planfixtures typesets the seed plans (testdata/plans/*.txt) as
// OpenDocument text for LibreOffice to save as DOCX and PDF: paragraphs
// stay paragraphs, "I.", "1." and "a)" headings become numbered lists,
// "- " items bullet lists, and the tables of the seeds (pipe tables,
// Markdown rows, tab-separated rows broken across pages) become real
// tables with merged cells (row spans where the seed leaves covered cells
// out, column spans for section rows). It is run by
// scripts/build-plan-fixtures.sh:
//
//	go run ./scripts/planfixtures SEED.txt OUT.fodt
//	go run ./scripts/planfixtures -images-to-pdf OUT.pdf PAGE.jpg...
//	go run ./scripts/planfixtures -portal-html LIBREOFFICE.html OUT.html
package main

import (
	"fmt"
	"os"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	if len(os.Args) >= 3 && os.Args[1] == "-images-to-pdf" {
		if err := imagesToPDF(os.Args[2], os.Args[3:]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if len(os.Args) == 4 && os.Args[1] == "-portal-html" {
		if err := portalHTML(os.Args[2], os.Args[3]); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		return
	}
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: planfixtures SEED.txt OUT.fodt")
		os.Exit(2)
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	lines := strings.Split(strings.TrimRight(string(data), "\n"), "\n")
	blocks := splitBlocks(lines)
	if err := os.WriteFile(os.Args[2], []byte(fodt(blocks)), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}

// cell is one grid cell: origin cells hold text, covered cells repeat the
// origin above (vertical) or to the left (horizontal).
type cell struct {
	text     string
	coveredV bool
	coveredH bool
}

type block struct {
	text  string   // a paragraph
	table [][]cell // a table
}

var (
	reMarkdownRow = regexp.MustCompile(`^\|.*\|.*\|$`)
	rePipeOnly    = regexp.MustCompile(`^\|+$`)
)

// splitBlocks reads the seed's lines into paragraphs and tables.
func splitBlocks(lines []string) []block {
	var out []block
	for i := 0; i < len(lines); {
		l := strings.TrimRight(lines[i], "\r")
		switch {
		case strings.TrimSpace(l) == "":
			i++
		case reMarkdownRow.MatchString(l) && strings.Count(l, "|") >= 3:
			j := i
			var rows [][]cell
			for j < len(lines) && reMarkdownRow.MatchString(lines[j]) {
				var row []cell
				for _, c := range strings.Split(strings.Trim(lines[j], "|"), "|") {
					row = append(row, cell{text: strings.TrimSpace(c)})
				}
				rows = append(rows, row)
				j++
			}
			out = append(out, block{table: pad(rows)})
			i = j
		case l == "|":
			rows, next := pipeTable(lines, i)
			out = append(out, block{table: rows})
			i = next
		case strings.Contains(l, "\t"):
			rows, next := tabTable(lines, i)
			out = append(out, block{table: rows})
			i = next
		default:
			out = append(out, block{text: l})
			i++
		}
	}
	return out
}

// token of a pipe table: a cell (text ending in " |") or a run of pipes.
type token struct {
	text  string
	pipes int
}

// pipeTable reads a pipe table from lines[start] (a "|"): its tokens,
// then its rows; returns the grid and the first line after the table.
func pipeTable(lines []string, start int) ([][]cell, int) {
	var toks []token
	i := start
	for i < len(lines) {
		l := strings.TrimRight(lines[i], " \r")
		if rePipeOnly.MatchString(l) {
			toks = append(toks, token{pipes: len(l)})
			i++
			continue
		}
		if strings.HasSuffix(l, "|") {
			toks = append(toks, token{text: strings.TrimSpace(strings.TrimSuffix(l, "|"))})
			i++
			continue
		}
		// A cell of several lines: the next line (or the one after) ends it.
		if i+1 < len(lines) && strings.HasSuffix(strings.TrimSpace(lines[i+1]), "|") && !rePipeOnly.MatchString(strings.TrimSpace(lines[i+1])) {
			toks = append(toks, token{text: l + "\n" + strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(lines[i+1]), "|"))})
			i += 2
			continue
		}
		break
	}
	return pipeRows(toks), i
}

var reCode = regexp.MustCompile(`^([IVX]+|\d+(\.\d+)*)\.?$`)

// pipeRows groups the tokens into rows of the table's width: the header
// row's cells count the columns; a row ends when its cells and a final run
// of pipes (the covered cells, at its left) fill the width.
func pipeRows(toks []token) [][]cell {
	// The width: the header's cells (after the opening pipe, up to the
	// next pipe alone).
	n := 0
	for _, t := range toks[1:] {
		if t.pipes > 0 {
			break
		}
		n++
	}
	if n == 0 {
		n = 1
	}
	var rows [][]cell
	k := 0
	for k < len(toks) {
		if toks[k].pipes == 1 {
			k++ // the opening pipe
		}
		var cells []string
		covered := 0
		for k < len(toks) && len(cells) < n {
			t := toks[k]
			if t.pipes == 0 {
				cells = append(cells, t.text)
				k++
				continue
			}
			if len(cells)+t.pipes == n && (t.pipes >= 2 || !(len(cells) > 0 && reCode.MatchString(cells[0]) || len(cells) > 0 && cells[0] == "")) {
				covered = t.pipes
				k++
				break
			}
			if t.pipes == 1 {
				cells = append(cells, "")
				k++
				continue
			}
			// A run too long for this row: it closes the row.
			covered = max(0, n-len(cells))
			k++
			break
		}
		if len(cells) == 0 {
			continue
		}
		rows = append(rows, gridRow(rows, cells, covered, n))
	}
	return rows
}

// gridRow places a row's cells: a section row (a Roman numeral and a
// title) spans the title across; other rows' covered cells are at the left,
// continuing the cells above.
func gridRow(above [][]cell, cells []string, covered, n int) []cell {
	row := make([]cell, n)
	if covered > 0 && len(cells) == 2 && reCode.MatchString(cells[0]) && !reLead.MatchString(cells[1]+" ") {
		row[0] = cell{text: cells[0]}
		row[1] = cell{text: cells[1]}
		for j := 2; j < n; j++ {
			row[j] = cell{coveredH: true}
		}
		return row
	}
	if len(above) == 0 {
		covered = 0
	}
	for j := 0; j < covered && j < n; j++ {
		row[j] = cell{coveredV: true}
		if prev := above[len(above)-1]; prev[j].coveredH {
			row[j] = cell{} // nothing above to continue
		}
	}
	for j, c := range cells {
		if covered+j < n {
			row[covered+j] = cell{text: c}
		}
	}
	return row
}

// tabTable reads tab-separated rows broken across pages: the header
// repeated after a page break is dropped, and the row that follows it
// with an empty key cell continues the row before the break.
func tabTable(lines []string, start int) ([][]cell, int) {
	var rows [][]cell
	header := ""
	afterHeader := false
	i := start
	for ; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], "\r")
		if strings.TrimSpace(l) == "" {
			// A blank line between pages: the table goes on when a header
			// or a tab row follows.
			if i+1 < len(lines) && strings.Contains(lines[i+1], "\t") {
				continue
			}
			break
		}
		fields := strings.Split(l, "\t")
		if header == "" {
			header = l
			rows = append(rows, textRow(fields))
			continue
		}
		if squeeze(l) == squeeze(header) {
			afterHeader = true
			continue
		}
		if afterHeader && len(rows) > 1 && strings.TrimSpace(fields[0]) == "" && (len(fields) < 2 || !reLead.MatchString(strings.TrimSpace(fields[1]))) {
			prev := rows[len(rows)-1]
			for j, f := range fields {
				if f = strings.TrimSpace(f); f != "" && j < len(prev) {
					prev[j].text = strings.TrimSpace(prev[j].text + " " + f)
				}
			}
			afterHeader = false
			continue
		}
		afterHeader = false
		if hdr := strings.Split(header, "\t"); len(rows) > 1 && filled(fields) <= len(hdr)-3 && strings.TrimSpace(fields[0]) != "" && !reLead.MatchString(strings.TrimSpace(fields[0])+" ") {
			rows = append(rows, subRow(fields, hdr))
			continue
		}
		rows = append(rows, textRow(fields))
	}
	rows = pad(rows)
	// An empty first cell under a filled one continues it (a merged cell).
	for r := 1; r < len(rows); r++ {
		if rows[r][0].text == "" && !rows[r][0].coveredV && (rows[r-1][0].text != "" || rows[r-1][0].coveredV) && r > 1 {
			rows[r][0] = cell{coveredV: true}
		}
	}
	return rows, i
}

// squeeze drops every space: headers repeated at page breaks differ in
// spacing ("Kết quả/ Sản phẩm", "Kết quả/Sản phẩm").
func squeeze(s string) string { return strings.Join(strings.Fields(s), "") }

var (
	reTimeish = regexp.MustCompile(`(?i)(thời gian|tháng|quý|năm \d|thường xuyên|\d{1,2}/\d{4})`)
	reAgency  = regexp.MustCompile(`^(Văn phòng|Sở|Các phòng|Phòng|UBND|Ban|Các đơn vị)`)
)

// filled counts the cells that hold text.
func filled(fields []string) int {
	n := 0
	for _, f := range fields {
		if strings.TrimSpace(f) != "" {
			n++
		}
	}
	return n
}

// subRow places a sub-row the text printed without its merged cells (the
// content and task cells of the row above, shifted left): the first two
// columns continue the cells above, and each cell goes to the column its
// text belongs in — a time to the time column, an agency to the lead
// column, anything else to the products.
func subRow(fields, header []string) []cell {
	row := make([]cell, len(header))
	row[0], row[1] = cell{coveredV: true}, cell{coveredV: true}
	col := func(words ...string) int {
		for j, h := range header {
			for _, w := range words {
				if strings.Contains(strings.ToLower(h), w) {
					return j
				}
			}
		}
		return 2
	}
	for _, f := range fields {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		j := col("sản phẩm", "kết quả")
		switch {
		case reTimeish.MatchString(f):
			j = col("thời gian")
		case reAgency.MatchString(f):
			j = col("chủ trì")
		}
		row[j].text = strings.TrimSpace(row[j].text + " " + f)
	}
	return row
}

var reLead = regexp.MustCompile(`^\d+(\.\d+)*\.?\s`)

func textRow(fields []string) []cell {
	row := make([]cell, len(fields))
	for j, f := range fields {
		row[j] = cell{text: strings.TrimSpace(f)}
	}
	return row
}

func pad(rows [][]cell) [][]cell {
	n := 0
	for _, r := range rows {
		n = max(n, len(r))
	}
	for i := range rows {
		for len(rows[i]) < n {
			rows[i] = append(rows[i], cell{})
		}
	}
	return rows
}

// list labels turned into Word lists: format, suffix, number.
var (
	reRoman  = regexp.MustCompile(`^([IVX]+)\.\s+(\S.*)$`)
	reNumber = regexp.MustCompile(`^(\d{1,2})\.\s+(\S.*)$`)
	reLetter = regexp.MustCompile(`^([a-z])\)\s+(\S.*)$`)
	reBullet = regexp.MustCompile(`^-\s+(\S.*)$`)
)

func romanValue(s string) int {
	v := map[byte]int{'I': 1, 'V': 5, 'X': 10}
	n := 0
	for i := 0; i < len(s); i++ {
		if i+1 < len(s) && v[s[i]] < v[s[i+1]] {
			n -= v[s[i]]
		} else {
			n += v[s[i]]
		}
	}
	return n
}

func esc(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
	return r.Replace(s)
}

// para writes a paragraph, a list item when it opens with a label.
func para(b *strings.Builder, text string) {
	if m := reRoman.FindStringSubmatch(text); m != nil {
		fmt.Fprintf(b, `<text:list text:style-name="LRoman"><text:list-item text:start-value="%d"><text:p text:style-name="P">%s</text:p></text:list-item></text:list>`+"\n", romanValue(m[1]), esc(m[2]))
		return
	}
	if m := reNumber.FindStringSubmatch(text); m != nil {
		n, _ := strconv.Atoi(m[1])
		fmt.Fprintf(b, `<text:list text:style-name="LNum"><text:list-item text:start-value="%d"><text:p text:style-name="P">%s</text:p></text:list-item></text:list>`+"\n", n, esc(m[2]))
		return
	}
	if m := reLetter.FindStringSubmatch(text); m != nil {
		fmt.Fprintf(b, `<text:list text:style-name="LLetter"><text:list-item text:start-value="%d"><text:p text:style-name="P">%s</text:p></text:list-item></text:list>`+"\n", int(m[1][0]-'a'+1), esc(m[2]))
		return
	}
	if m := reBullet.FindStringSubmatch(text); m != nil {
		fmt.Fprintf(b, `<text:list text:style-name="LDash"><text:list-item><text:p text:style-name="P">%s</text:p></text:list-item></text:list>`+"\n", esc(m[1]))
		return
	}
	fmt.Fprintf(b, `<text:p text:style-name="P">%s</text:p>`+"\n", esc(text))
}

func cellParas(b *strings.Builder, text string) {
	for _, l := range strings.Split(text, "\n") {
		fmt.Fprintf(b, `<text:p text:style-name="PC">%s</text:p>`, esc(l))
	}
}

func table(b *strings.Builder, rows [][]cell, n int) {
	if len(rows) == 0 {
		return
	}
	width := len(rows[0])
	fmt.Fprintf(b, `<table:table table:name="Table%d" table:style-name="T"><table:table-column table:number-columns-repeated="%d"/>`+"\n", n, width)
	for r, row := range rows {
		b.WriteString("<table:table-row>")
		for c, cl := range row {
			if cl.coveredV || cl.coveredH {
				b.WriteString("<table:covered-table-cell/>")
				continue
			}
			rs, cs := 1, 1
			for r+rs < len(rows) && rows[r+rs][c].coveredV {
				rs++
			}
			for c+cs < width && row[c+cs].coveredH {
				cs++
			}
			b.WriteString(`<table:table-cell table:style-name="C" office:value-type="string"`)
			if rs > 1 {
				fmt.Fprintf(b, ` table:number-rows-spanned="%d"`, rs)
			}
			if cs > 1 {
				fmt.Fprintf(b, ` table:number-columns-spanned="%d"`, cs)
			}
			b.WriteString(">")
			cellParas(b, cl.text)
			b.WriteString("</table:table-cell>")
		}
		b.WriteString("</table:table-row>\n")
	}
	b.WriteString("</table:table>\n")
}

const head = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="'Liberation Serif'" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>
<style:style style:name="P" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.1cm" fo:text-align="justify"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt"/></style:style>
<style:style style:name="PC" style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" fo:font-size="9pt"/></style:style>
<style:style style:name="T" style:family="table"><style:table-properties style:width="17cm" table:align="margins"/></style:style>
<style:style style:name="C" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
<text:list-style style:name="LRoman"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="I"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:list-style style:name="LLetter"><text:list-level-style-number text:level="1" style:num-suffix=")" style:num-format="a"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-number></text:list-style>
<text:list-style style:name="LDash"><text:list-level-style-bullet text:level="1" text:bullet-char="-"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="space" fo:text-indent="0cm" fo:margin-left="0cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>
</office:automatic-styles>
<office:body><office:text>
`

func fodt(blocks []block) string {
	var b strings.Builder
	b.WriteString(head)
	tables := 0
	for _, bl := range blocks {
		if bl.table != nil {
			tables++
			table(&b, bl.table, tables)
			continue
		}
		para(&b, bl.text)
	}
	b.WriteString("</office:text></office:body></office:document>\n")
	return b.String()
}
