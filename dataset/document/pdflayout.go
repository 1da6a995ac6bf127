package document

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// Rebuilding a page's text from word positions.
//
// Lines are words on one baseline. A line that splits at a wide gap (the
// two columns of a document's header block) gives one line per side.
// Consecutive lines join into a paragraph when the first reaches the right
// margin (it was wrapped), the second starts at the left margin and opens
// no list item, and the gap between them is no wider than between the
// lines of a paragraph; a word hyphenated at the end of a line is joined.
//
// A table starts at a header row: a line of four cells or more (words
// separated by gaps) naming at least two of the usual annex columns. The
// header's cells give the columns' x ranges; each word below goes to the
// column it starts in, each column's lines split into cells where the gap
// between lines widens (a cell's border and padding), and the rows start
// where any column starts a cell. A column whose cell goes on past the
// start of the next row holds a merged cell: the rows it covers get its
// text and are marked Covered. The table ends at a line that runs across
// the first column's border as a paragraph does, or after a wide gap.

// pageBlocks rebuilds the paragraphs and tables of one page. carry holds
// the columns of a table that ran to the end of the page before, nil when
// none; the columns of a table that runs to this page's end are returned.
// Tables are found on whole lines; the text between them is split at wide
// gaps and read as paragraphs.
func pageBlocks(p *pdfPage, page int, carry []column) ([]Block, []column) {
	lines := pageLines(p.words)
	lay := pageLayout(lines)
	var blocks []Block
	var open []column
	i := 0
	if carry != nil && len(lines) > 0 && headerBand(lines, 0) == 0 && startsInTable(lines[0], carry) {
		end := 1
		for end < len(lines) && inTable(lines[end], lines[end-1], carry) {
			end++
		}
		rows, src := tableRows(lines[:end], carry, page, lay.ratio)
		blocks = append(blocks, Block{Kind: Table, Rows: rows, RowSource: src, Source: Loc{Page: page, Line: lines[0].n}, cont: true})
		if end == len(lines) {
			open = carry
		}
		i = end
	}
	for i < len(lines) {
		if t, next, cols, ok := tableAt(lines, i, page); ok {
			blocks = append(blocks, t)
			open = nil
			if next == len(lines) {
				open = cols
			}
			i = next
			continue
		}
		j := i + 1
		for j < len(lines) && headerBand(lines, j) == 0 {
			j++
		}
		blocks = append(blocks, textBlocks(splitWideGaps(lines[i:j]), page, lay)...)
		i = j
	}
	return blocks, open
}

// layout is what paragraphs are measured against on a page.
type layout struct {
	left, right float64 // text margins
	ratio       float64 // line pitch as a share of line height
	count       int     // lines on the page
}

func pageLayout(lines []textLine) layout {
	l, r := margins(lines)
	return layout{left: l, right: r, ratio: pitchRatio(lines), count: len(lines)}
}

// textBlocks reads lines outside tables as paragraphs and key-value rows.
func textBlocks(lines []textLine, page int, lay layout) []Block {
	var blocks []Block
	for i := 0; i < len(lines); {
		if kv, next, ok := keyValueRows(lines, i, page); ok {
			blocks = append(blocks, kv)
			i = next
			continue
		}
		para, next := paragraphAt(lines, i, page, lay)
		blocks = append(blocks, para)
		i = next
	}
	return blocks
}

// startsInTable reports whether the first line of a page goes on with a
// table of the page before: it starts within the table and does not run
// across its first column's border.
func startsInTable(l textLine, cols []column) bool {
	return l.x0 >= cols[0].left-2 && inTable(l, l, cols)
}

// spaceWidth estimates a space for a line's font: a quarter of its height.
func spaceWidth(h float64) float64 { return h * 0.25 }

// splitWideGaps splits lines at gaps wider than four times the line's
// height: the two halves of a header block stand side by side.
func splitWideGaps(lines []textLine) []textLine {
	var out []textLine
	for _, l := range lines {
		start := 0
		for k := 1; k <= len(l.words); k++ {
			if k == len(l.words) || l.words[k].x0-l.words[k-1].x1 > 4*l.height() {
				part := l
				part.split = start > 0 || k < len(l.words)
				part.words = l.words[start:k]
				part.x0, part.x1 = part.words[0].x0, part.words[len(part.words)-1].x1
				out = append(out, part)
				start = k
			}
		}
	}
	return out
}

var listStart = regexp.MustCompile(`^(?:[IVXLC]+\.|\d+(?:\.\d+)*[.)]|[a-zđ]\)|[-+•–])(?:\s|$)`)

// paragraphAt joins lines[i] with the lines that continue it.
func paragraphAt(lines []textLine, i, page int, lay layout) (Block, int) {
	left, right, ratio := lay.left, lay.right, lay.ratio
	b := Block{Kind: Paragraph, Source: Loc{Page: page, Line: lines[i].n}}
	text := lines[i].text()
	j := i + 1
	for ; j < len(lines) && !lines[i].split; j++ {
		prev, l := lines[j-1], lines[j]
		pitch := l.base - prev.base
		wrapped := prev.x1 >= right-3*prev.height()
		// A wrapped line starts at the left margin; a centred title line
		// (well inside both margins) starts a paragraph of its own.
		atLeft := l.x0 <= left+prev.height() && !(l.x0 > left+2*l.height() && l.x1 < right-2*l.height())
		if !wrapped || !atLeft || l.split || pitch > ratio*1.1*prev.height()+0.5 || pitch < 0 || prev.n == l.n || opensParagraph(text, l.text()) || isTableHeader(l) {
			break
		}
		text = joinWrapped(text, l.text())
	}
	b.Text = vntext.NFC(text)
	last := lines[j-1]
	b.openEnd = last.n == lay.count && !last.split && last.x1 >= right-3*last.height()
	b.pageStart = lines[i].n == 1
	return b, j
}

// joinAcrossPages joins a paragraph that runs to the foot of a page with
// the first paragraph of the next page when that one carries it on.
func joinAcrossPages(doc *Document) {
	var out []Block
	for _, b := range doc.Blocks {
		if n := len(out); n > 0 && b.Kind == Paragraph && b.pageStart && out[n-1].Kind == Paragraph && out[n-1].openEnd &&
			!opensParagraph(out[n-1].Text, b.Text) {
			out[n-1].Text = joinWrapped(out[n-1].Text, b.Text)
			out[n-1].openEnd = b.openEnd
			continue
		}
		out = append(out, b)
	}
	doc.Blocks = out
}

// keyValueRows turns runs of three lines or more that each split into two
// parts at a wide gap ("Số hiệu      3098/QĐ-UBND") into two-column tables,
// as the word processor's table they came from; returns the table and the
// line after it.
func keyValueRows(lines []textLine, i, page int) (Block, int, bool) {
	j := i
	var rows [][]Cell
	for j+1 < len(lines) && lines[j].split && lines[j+1].split && lines[j].n == lines[j+1].n && (j+2 >= len(lines) || lines[j+2].n != lines[j].n) {
		rows = append(rows, []Cell{{Text: lines[j].text()}, {Text: lines[j+1].text()}})
		j += 2
	}
	if len(rows) < 3 {
		return Block{}, i, false
	}
	return Block{Kind: Table, Rows: rows, Source: Loc{Page: page, Line: lines[i].n}}, j, true
}

var articleStart = regexp.MustCompile(`^(Điều|Mục|Chương|Phần)\s+[0-9IVXLC]+[.:]`)

// opensParagraph reports a line that starts a paragraph of its own
// whatever the layout: a numbered item, an article ("Điều 2."), or a dash
// item after text that ended a sentence or clause ("- " after a line
// ending "kinh tế" is the dash of "kinh tế - xã hội").
func opensParagraph(before, line string) bool {
	if articleStart.MatchString(line) {
		return true
	}
	if !listStart.MatchString(line) {
		return false
	}
	if first, _ := utf8.DecodeRuneInString(line); strings.ContainsRune("-+•–", first) {
		end, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(before))
		return strings.ContainsRune(".;:!?…)", end)
	}
	return true
}

// pitchRatio is the distance between the lines of a paragraph on the
// page, as a share of the lines' height: the tenth percentile over
// consecutive lines. Paragraph spacing makes the distance between
// paragraphs larger.
func pitchRatio(lines []textLine) float64 {
	var rs []float64
	for j := 1; j < len(lines); j++ {
		if p := lines[j].base - lines[j-1].base; p > 1 && lines[j-1].height() > 0 {
			rs = append(rs, p/lines[j-1].height())
		}
	}
	if len(rs) == 0 {
		return 10
	}
	sort.Float64s(rs)
	return rs[len(rs)/10]
}

// margins returns the page's text margins: the leftmost start and the
// rightmost end among its lines (a line of a single short word aside).
func margins(lines []textLine) (left, right float64) {
	left = 1e9
	for _, l := range lines {
		left = min(left, l.x0)
		right = max(right, l.x1)
	}
	return left, right
}

// joinWrapped joins a wrapped line to the text before it: a word cut by a
// hyphen at the end of a line is joined back, other lines after a space.
//
// Vietnamese words are single syllables and are not hyphenated at a line's
// end: a line ending in a hyphen right after a word broke a compound at
// its hyphen ("2021-" "2030", "QĐ-" "UBND"), which stays, without a space.
func joinWrapped(text, next string) string {
	if strings.HasSuffix(text, "-") && !strings.HasSuffix(text, " -") && len(text) > 1 {
		return text + next
	}
	if len(next) > 1 && next[0] == '-' && next[1] != ' ' && !strings.HasSuffix(text, " ") {
		return text + next // "NĐ" "-CP"
	}
	return text + " " + next
}

// headerWords are the folded words of the usual annex column headings.
var headerWords = []string{"tt", "stt", "noi dung", "nhiem vu", "hoat dong", "san pham", "ket qua", "chu tri", "phoi hop", "thoi gian", "thoi han", "kinh phi", "ghi chu", "muc tieu", "chi tieu", "don vi", "co quan"}

// segments splits a line at gaps wider than 1.5 spaces.
func segments(l textLine) [][]word {
	var out [][]word
	start := 0
	for k := 1; k <= len(l.words); k++ {
		if k == len(l.words) || l.words[k].x0-l.words[k-1].x1 > 1.5*spaceWidth(l.height())+1 {
			out = append(out, l.words[start:k])
			start = k
		}
	}
	return out
}

// isTableHeader reports a line of four cells or more naming two annex
// columns.
func isTableHeader(l textLine) bool {
	if len(segments(l)) < 4 {
		return false
	}
	return headerHits(l.text()) >= 2
}

// headerHits counts the usual annex column headings a text names.
func headerHits(text string) int {
	f := " " + strings.Join(strings.Fields(vntext.Fold(text)), " ") + " "
	hits := 0
	for _, h := range headerWords {
		if strings.Contains(f, " "+h+" ") || strings.Contains(f, " "+h+",") || strings.Contains(f, " "+h+"/") {
			hits++
		}
	}
	return hits
}

// headerBand returns how many lines from lines[i] make a table's header
// row, 0 when none does: one line of four cells or more naming two annex
// columns, or up to three lines close together, each of short cells,
// whose cells taken together are four or more and name three columns. A
// header whose cells are centred vertically sets a one-line label ("STT")
// between the two lines of its neighbour ("Đơn vị phối" / "hợp"), each
// line holding only some of the cells.
func headerBand(lines []textLine, i int) int {
	if isTableHeader(lines[i]) {
		return 1
	}
	var spans [][2]float64
	text := ""
	for k := i; k < len(lines) && k < i+3; k++ {
		l := lines[k]
		if k > i && l.y0-lines[k-1].y1 > 0.5*lines[k-1].height() {
			break
		}
		for _, seg := range segments(l) {
			if !headerCellWords(seg) {
				return 0
			}
			spans = append(spans, [2]float64{seg[0].x0, seg[len(seg)-1].x1})
		}
		text += " " + l.text()
		if k > i && len(xGroups(spans)) >= 4 && headerHits(text) >= 3 {
			return k - i + 1
		}
	}
	return 0
}

// bandLeft is where the leftmost of lines starts.
func bandLeft(lines []textLine) float64 {
	left := lines[0].x0
	for _, l := range lines[1:] {
		left = min(left, l.x0)
	}
	return left
}

// headerCellWords reports whether the words of a line's segment may be
// (part of) a header cell: a few words, not opening with a number as the
// cells of a table's rows do ("1", "2.14.", "Năm 2025" aside).
func headerCellWords(seg []word) bool {
	return len(seg) <= 6 && seg[0].text != "" && !isDigitStart(seg[0].text)
}

func isDigitStart(s string) bool { return s[0] >= '0' && s[0] <= '9' }

// xGroups merges x ranges that overlap: the columns a band of lines uses.
func xGroups(spans [][2]float64) [][2]float64 {
	sorted := append([][2]float64(nil), spans...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a][0] < sorted[b][0] })
	var out [][2]float64
	for _, s := range sorted {
		if n := len(out); n > 0 && s[0] <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], s[1])
			continue
		}
		out = append(out, s)
	}
	return out
}

// column is an x range of a table, from its left border to the next
// column's.
type column struct {
	left, right float64 // borders (midway between header cells)
	text        float64 // where the column's text starts
}

// tableColumns finds the columns of a table whose header is the first
// header lines of lines: a column's text starts at the same x on line
// after line, so the x where at least three lines start a word (a header
// cell starting there counts for three) and no word crosses are the
// columns' text edges. The first column starts with the header's first
// word.
func tableColumns(lines []textLine, header int) []column {
	// Word starts, clustered within a point, counted once a line.
	type start struct {
		x    float64
		line int
	}
	var starts []start
	for i, l := range lines {
		for _, w := range l.words {
			starts = append(starts, start{w.x0, i})
		}
	}
	sort.Slice(starts, func(a, b int) bool { return starts[a].x < starts[b].x })
	type cluster struct {
		x    float64 // the leftmost start
		hits int     // lines with a word starting there
	}
	var clusters []cluster
	for k := 0; k < len(starts); {
		j, seen := k, map[int]bool{}
		for j < len(starts) && starts[j].x-starts[k].x <= 1 {
			seen[starts[j].line] = true
			j++
		}
		clusters = append(clusters, cluster{starts[k].x, len(seen)})
		k = j
	}
	// A column's edge is never crossed by a word, but for a title spanning
	// the row; an x inside a column where words happen to start is.
	crossed := func(x float64) int {
		n := 0
		for _, l := range lines {
			for _, w := range l.words {
				if w.x0 < x-1 && w.x1 > x+1 && !isCapitals(w.text) {
					n++
				}
			}
		}
		return n
	}
	// Where the header's cells start (after a gap) counts as three lines:
	// a table whose header ends a page has few lines below it there.
	for _, l := range lines[:header] {
		for i, w := range l.words {
			if i > 0 && w.x0-l.words[i-1].x1 > 1.5*spaceWidth(w.height())+1 {
				for k := range clusters {
					if w.x0 >= clusters[k].x-1 && w.x0 <= clusters[k].x+1 {
						clusters[k].hits += 3
					}
				}
			}
		}
	}
	first := bandLeft(lines[:header])
	edges := []cluster{{first, 1 << 30}}
	for _, c := range clusters {
		if c.hits < 3 || c.x < first+6 || crossed(c.x)*4 >= c.hits {
			continue
		}
		// Starts a few points apart are one edge; keep the busier.
		if last := &edges[len(edges)-1]; c.x-last.x < 6 {
			if c.hits > last.hits {
				*last = c
			}
			continue
		}
		edges = append(edges, c)
	}
	cols := make([]column, len(edges))
	for k, e := range edges {
		cols[k] = column{left: e.x - 1.5, text: e.x}
		if k > 0 {
			cols[k-1].right = cols[k].left
		}
	}
	cols[len(cols)-1].right = 1e9
	cols[0].left = first - 20
	return cols
}

// keepHeaded drops the column edges under which no header cell starts:
// text that happens to start at the same x on several lines ("Văn phòng
// Sở" written the same way in row after row) is not a column.
func keepHeaded(cols []column, header []textLine) []column {
	has := make([]bool, len(cols))
	for _, l := range header {
		for i, w := range l.words {
			// A header word a space after another goes on the same cell.
			if i == 0 || w.x0-l.words[i-1].x1 > 1.5*spaceWidth(w.height())+1 {
				has[columnOf(cols, w.x0)] = true
			}
		}
	}
	out := cols[:1]
	for k := 1; k < len(cols); k++ {
		if has[k] {
			out = append(out, cols[k])
			continue
		}
		out[len(out)-1].right = cols[k].right
	}
	return out
}

func columnOf(cols []column, x float64) int {
	for k := len(cols) - 1; k >= 0; k-- {
		if x >= cols[k].left-1 {
			return k
		}
	}
	return 0
}

// tableAt reads a table starting at a header row at lines[i].
func tableAt(lines []textLine, i, page int) (Block, int, []column, bool) {
	band := headerBand(lines, i)
	if band == 0 {
		return Block{}, i, nil, false
	}
	// The header goes on while lines follow at a line's pitch.
	pitch := linePitch(lines[i:min(len(lines), i+30)])
	h := i + band
	for h < len(lines) && lines[h].y1-lines[h-1].y1 <= pitch*1.12+0.3 {
		h++
	}
	// The columns come from the lines below the header on this page, up to
	// the first that crosses the header's first column as a paragraph.
	probe := h
	for probe < len(lines) && lines[probe].x0 >= bandLeft(lines[i:h])-2 && !(probe > h && lines[probe].y0-lines[probe-1].y1 > 3*lines[probe-1].height()) {
		probe++
	}
	cols := keepHeaded(tableColumns(lines[i:probe], h-i), lines[i:h])
	if len(cols) < 3 {
		return Block{}, i, nil, false
	}
	end := h
	for end < len(lines) && inTable(lines[end], lines[end-1], cols) {
		end++
	}
	header := make([]Cell, len(cols))
	for _, l := range lines[i:h] {
		for k, cell := range headerCells(l, cols) {
			if cell.Text != "" {
				header[k].Text = strings.TrimSpace(header[k].Text + " " + cell.Text)
			}
		}
	}
	rows, src := tableRows(lines[h:end], cols, page, pitchRatio(lines))
	b := Block{Kind: Table, Rows: append([][]Cell{header}, rows...), Source: Loc{Page: page, Line: lines[i].n}}
	b.RowSource = append([]Loc{b.Source}, src...)
	return b, end, cols, true
}

// inTable reports whether line l, after prev, is still a line of the table:
// it follows at most a few lines' height below, and it does not run across
// the first column's border as a paragraph does.
func inTable(l, prev textLine, cols []column) bool {
	if l.y0-prev.y1 > 3*prev.height() {
		return false
	}
	if l.x0 < cols[0].left-2 {
		return false
	}
	for k := 1; k < len(l.words); k++ {
		a, b := l.words[k-1], l.words[k]
		ca, cb := columnOf(cols, a.x0), columnOf(cols, b.x0)
		if ca == 0 && cb > 0 && !cleanBreak(a, b, cols[cb]) {
			return false // runs across the first column: a paragraph
		}
	}
	return true
}

// cleanBreak reports whether word b starts a new cell after word a: b
// starts at its column's text edge, or after a gap wider than a space and
// a half.
//
// Two words in capitals a space apart are one title running across
// columns even when the second happens to start at a column's edge.
func cleanBreak(a, b word, c column) bool {
	if b.x0-a.x1 > 1.5*spaceWidth(a.height())+1 {
		return true
	}
	if isCapitals(a.text) && isCapitals(b.text) {
		return false
	}
	return b.x0 >= c.text-1.5 && b.x0 <= c.text+1.5
}

// isCapitals reports a word of capital letters (and punctuation).
func isCapitals(s string) bool {
	letters := 0
	for _, r := range strings.TrimRight(s, ",.;:") {
		if !unicode.IsUpper(r) {
			return false
		}
		letters++
	}
	return letters >= 2
}

// lineCells splits a table line into its columns' text; a run of words
// that crosses a border without a clean break stays in the column it
// starts in, and the columns it covers are marked Spanned.
func lineCells(l textLine, cols []column) []Cell {
	cells, _ := lineCellBoxes(l, cols)
	return cells
}

// headerCells splits a header line by columns, each word to the column
// it starts in: header cells do not span.
func headerCells(l textLine, cols []column) []Cell {
	cells := make([]Cell, len(cols))
	for _, w := range l.words {
		c := columnOf(cols, w.x0)
		cells[c].Text = strings.TrimSpace(cells[c].Text + " " + w.text)
	}
	return cells
}

// lineCellBoxes is lineCells with the vertical extent of each cell's
// words.
func lineCellBoxes(l textLine, cols []column) ([]Cell, [][2]float64) {
	cells := make([]Cell, len(cols))
	boxes := make([][2]float64, len(cols))
	cur := -1
	for k, w := range l.words {
		c := columnOf(cols, w.x0)
		if k == 0 || (c != cur && cleanBreak(l.words[k-1], w, cols[c])) || c < cur {
			cur = c
		} else if c > cur {
			for s := cur + 1; s <= c; s++ {
				cells[s].Spanned = true
			}
		}
		if cells[cur].Text != "" {
			if w.x0-l.words[k-1].x1 > 0.08*w.height() {
				cells[cur].Text += " "
			}
			boxes[cur][0], boxes[cur][1] = min(boxes[cur][0], w.y0), max(boxes[cur][1], w.y1)
		} else {
			boxes[cur] = [2]float64{w.y0, w.y1}
		}
		cells[cur].Text += w.text
	}
	return cells, boxes
}

// colLine is one line of text in one column.
type colLine struct {
	text    string
	y0, y1  float64
	spanned []int // columns this line's text covers to its right
	line    int
}

// tableRows turns the body lines of a table into rows.
func tableRows(lines []textLine, cols []column, page int, ratio float64) ([][]Cell, []Loc) {
	perCol := make([][]colLine, len(cols))
	for _, l := range lines {
		cells, boxes := lineCellBoxes(l, cols)
		for k, c := range cells {
			if c.Text == "" {
				continue
			}
			cl := colLine{text: c.Text, y0: boxes[k][0], y1: boxes[k][1], line: l.n}
			perCol[k] = append(perCol[k], cl)
		}
		for k := range cells {
			if cells[k].Spanned {
				// Mark the span on the owning column's last line.
				for o := k - 1; o >= 0; o-- {
					if cells[o].Text != "" {
						last := &perCol[o][len(perCol[o])-1]
						last.spanned = append(last.spanned, k)
						break
					}
				}
			}
		}
	}
	// Each column's cells: runs of lines at a line's pitch.
	base := basePitch(perCol, ratio)
	runs := make([][]cellRun, len(cols))
	var starts []float64
	for k, cl := range perCol {
		for j, l := range cl {
			if j > 0 && l.y1-cl[j-1].y1 <= base*1.12+0.3 {
				r := &runs[k][len(runs[k])-1]
				r.text = append(r.text, l.text)
				r.y1 = l.y1
				for _, s := range l.spanned {
					r.spanned[s] = true
				}
				continue
			}
			r := cellRun{text: []string{l.text}, y0: l.y0, y1: l.y1, spanned: map[int]bool{}, line: l.line}
			for _, s := range l.spanned {
				r.spanned[s] = true
			}
			runs[k] = append(runs[k], r)
			starts = append(starts, l.y0)
		}
	}
	rowTops := clusterStarts(centredRowTops(runs, starts))
	rows := make([][]Cell, len(rowTops))
	src := make([]Loc, len(rowTops))
	for r := range rows {
		rows[r] = make([]Cell, len(cols))
	}
	rowOf := func(y float64) int {
		r := sort.SearchFloat64s(rowTops, y+2.5) - 1
		return max(r, 0)
	}
	for k, rs := range runs {
		for _, run := range rs {
			r := rowOf(run.y0)
			text := joinCellLines(run.text)
			if rows[r][k].Text != "" {
				text = rows[r][k].Text + " " + text
			}
			rows[r][k].Text = text
			if src[r].Line == 0 || run.line < src[r].Line {
				src[r] = Loc{Page: page, Line: run.line}
			}
			for s := range run.spanned {
				if s < len(cols) && rows[r][s].Text == "" {
					rows[r][s].Spanned = true
				}
			}
			// A run that goes on past later rows' tops is a merged cell.
			for r2 := r + 1; r2 < len(rowTops) && rowTops[r2] < run.y1-2; r2++ {
				rows[r2][k] = Cell{Text: text, Covered: true}
			}
		}
	}
	return rows, src
}

// cellRun is the text of one cell in one column: lines at a line's pitch.
type cellRun struct {
	text    []string
	y0, y1  float64
	spanned map[int]bool
	line    int
}

// centredRowTops returns the tops of cells (starts) with those of rows
// whose cells are centred vertically replaced by the rows' tops. Rows
// are read in bands: runs of cells that overlap vertically, with a gap
// (a cell's border and padding) between bands. In a band whose cells are
// centred, each row ends as far below the middle of its number (the
// first column's cell) as it starts above it, and the next row starts
// the usual gap lower; when that accounts for the band from its top to
// its bottom, its rows' tops replace its cells'. A short cell centred in
// a tall row then starts no row of its own, and a merged cell centred
// between two rows (which opens a band of its own above the second row's
// text) reads as covering both. A band without a number whose cells all
// have its middle (the rest of a row a page broke, a row without a
// number) is one row. Other bands keep their cells' tops.
func centredRowTops(runs [][]cellRun, starts []float64) []float64 {
	if len(runs) < 3 {
		return starts
	}
	var all []cellRun
	for _, rs := range runs {
		all = append(all, rs...)
	}
	sort.Slice(all, func(a, b int) bool { return all[a].y0 < all[b].y0 })
	bands := runBands(all)
	gap := medianGap(bands)
	startsAt := func(y float64) bool {
		for _, r := range all {
			if r.y0 >= y-2 && r.y0 <= y+2 {
				return true
			}
		}
		return false
	}
	var out []float64
	lastEnd, chained := 0.0, false
	for _, b := range bands {
		top := b[0]
		if chained && gap > 0 && lastEnd+gap > top+2.5 && lastEnd+gap < b[1] && startsAt(lastEnd+gap) {
			top = lastEnd + gap // a merged cell between the rows opened the band
		}
		var codes []cellRun
		for _, r := range runs[0] {
			if r.y0 >= top-0.5 && r.y0 <= b[1]+0.5 {
				codes = append(codes, r)
			}
		}
		tops, ok := reflectedTops(codes, top, b[1], gap, startsAt)
		if !ok && len(codes) == 0 && centredBand(all, b) {
			// The rest of a row the page broke, or a row without a
			// number whose cells are centred: one row.
			tops, ok = []float64{b[0]}, true
		}
		chained = ok
		if !ok {
			for _, y := range starts {
				if y >= b[0]-0.5 && y <= b[1]+0.5 {
					out = append(out, y)
				}
			}
			continue
		}
		out = append(out, tops...)
		lastEnd = b[1]
	}
	return out
}

// centredBand reports whether every cell of band b that starts below its
// top is centred in it: one row of cells centred vertically.
func centredBand(all []cellRun, b [2]float64) bool {
	mid := (b[0] + b[1]) / 2
	for _, r := range all {
		if r.y0 > b[0]+2.5 && r.y0 <= b[1]+0.5 {
			if m := (r.y0 + r.y1) / 2; m < mid-2.5 || m > mid+2.5 {
				return false
			}
		}
	}
	return true
}

// runBands groups runs sorted by top into bands that overlap vertically:
// each band's top and bottom.
func runBands(all []cellRun) [][2]float64 {
	var bands [][2]float64
	for k := 0; k < len(all); {
		top, bottom := all[k].y0, all[k].y1
		j := k + 1
		for j < len(all) && all[j].y0 <= bottom+0.5 {
			bottom = max(bottom, all[j].y1)
			j++
		}
		k = j
		bands = append(bands, [2]float64{top, bottom})
	}
	return bands
}

// medianGap is the middle gap between bands (a border and the padding
// above and below it), -1 when there is none.
func medianGap(bands [][2]float64) float64 {
	var gaps []float64
	for k := 1; k < len(bands); k++ {
		gaps = append(gaps, bands[k][0]-bands[k-1][1])
	}
	if len(gaps) == 0 {
		return -1
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/2]
}

// reflectedTops returns the tops of the rows from top to bottom whose
// numbers (codes, top to bottom) are centred in their rows, gap apart;
// ok is false unless the last row ends at bottom and each later row's top
// is where some cell starts.
func reflectedTops(codes []cellRun, top, bottom, gap float64, startsAt func(float64) bool) ([]float64, bool) {
	if len(codes) == 0 || (len(codes) > 1 && gap <= 0) {
		return nil, false
	}
	var tops []float64
	t := top
	for i, c := range codes {
		if i > 0 {
			t += gap
			if !startsAt(t) {
				return nil, false
			}
		}
		if c.y0 < t-1 {
			return nil, false
		}
		tops = append(tops, t)
		t = c.y0 + c.y1 - t // the row ends as far below the number as it starts above
	}
	if t < bottom-3 || t > bottom+3 {
		return nil, false
	}
	return tops, true
}

// fillMerged completes what the page shows of merged cells. A merged cell
// prints its text once, in its first row: the empty cells at the start of
// a row under a filled or covered cell are covered by it (the seeds'
// convention for rows under a merged number and content). A row with a
// title spanning columns spans to its end.
func fillMerged(rows [][]Cell) {
	for r := 1; r < len(rows); r++ {
		for k := 0; k < len(rows[r]); k++ {
			c, above := rows[r][k], rows[r-1][k]
			if c.Covered {
				continue
			}
			if c.Text != "" || c.Spanned || (above.Text == "" && !above.Covered) || above.Spanned {
				break
			}
			rows[r][k] = Cell{Text: above.Text, Covered: true}
		}
	}
	for _, row := range rows {
		last, spans := -1, false
		for k, c := range row {
			if c.Text != "" && !c.Covered {
				last = k
			}
			spans = spans || c.Spanned
		}
		if spans {
			for k := last + 1; k < len(row); k++ {
				if row[k].Text == "" {
					row[k].Spanned = true
				}
			}
		}
	}
}

// linePitch is the distance between consecutive lines of a paragraph or
// cell among lines: the tenth percentile of the distances.
func linePitch(lines []textLine) float64 {
	var ps []float64
	for j := 1; j < len(lines); j++ {
		if p := lines[j].y1 - lines[j-1].y1; p > 1 {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return 1e9
	}
	sort.Float64s(ps)
	return ps[len(ps)/10]
}

// basePitch is the distance between the lines of one cell: the smallest
// common distance between consecutive lines of a column (the tenth
// percentile, so that a stray pair of lines does not set it). With few
// lines to measure (a table's first rows at a page's foot) it is the
// page's line pitch ratio times the cells' line height.
func basePitch(perCol [][]colLine, ratio float64) float64 {
	var ps, hs []float64
	for _, cl := range perCol {
		for j := range cl {
			hs = append(hs, cl[j].y1-cl[j].y0)
			if j == 0 {
				continue
			}
			if p := cl[j].y1 - cl[j-1].y1; p > 1 {
				ps = append(ps, p)
			}
		}
	}
	if len(ps) >= 12 {
		sort.Float64s(ps)
		return ps[len(ps)/10]
	}
	if len(hs) == 0 || ratio <= 0 || ratio > 5 {
		return 1e9
	}
	sort.Float64s(hs)
	return ratio * hs[len(hs)/2]
}

// clusterStarts sorts the tops of cells and merges those within 2.5
// points: the rows' tops.
func clusterStarts(ys []float64) []float64 {
	sort.Float64s(ys)
	var out []float64
	for _, y := range ys {
		if len(out) == 0 || y-out[len(out)-1] > 2.5 {
			out = append(out, y)
		}
	}
	return out
}

// joinCellLines joins the lines of a cell as wrapped text. A column too
// narrow for a word breaks it where no line of text would: what the next
// line starts with is no syllable (a lone consonant, "H" of "CHÍNH", "T"
// of "TT") or the cell is a Roman number ("II" / "I"); such a piece is
// joined without a space.
func joinCellLines(lines []string) string {
	text := ""
	for _, l := range lines {
		switch {
		case text == "":
			text = l
		case brokenWord(text, l):
			text += l
		default:
			text = joinWrapped(text, l)
		}
	}
	return text
}

// brokenWord reports whether next goes on with the word text ends with.
func brokenWord(text, next string) bool {
	last := text[strings.LastIndexByte(text, ' ')+1:]
	first, _, _ := strings.Cut(next, " ")
	if last == "" || first == "" {
		return false
	}
	if romanLetters(text) && romanLetters(next) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(last)
	piece := strings.TrimRight(first, ",.;:)")
	return unicode.IsLetter(r) && utf8.RuneCountInString(piece) <= 2 && noVowel(piece)
}

// romanLetters reports a string of Roman numeral letters alone ("II").
func romanLetters(s string) bool {
	s = strings.TrimSuffix(s, ".")
	return s != "" && strings.Trim(s, "IVX") == ""
}

// noVowel reports a run of letters without a vowel: no Vietnamese
// syllable.
func noVowel(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range vntext.Fold(s) {
		if !unicode.IsLetter(r) || strings.ContainsRune("aeiouy", r) {
			return false
		}
	}
	return true
}

var codeStart = regexp.MustCompile(`^(?:[IVXLC]+\.?|\d+(?:\.\d+)*[.:)]?)(?:\s|$)`)

// mergeTablesAcrossPages joins a table that goes on at the top of the next
// page with the same columns: a repeated header row is dropped, and a
// first row with an empty first cell and no numbered cell continues the
// row broken by the page.
func mergeTablesAcrossPages(doc *Document) {
	var out []Block
	for _, b := range doc.Blocks {
		if n := len(out); n > 0 && len(b.Rows) > 0 && b.Kind == Table && out[n-1].Kind == Table && len(out[n-1].Rows[0]) == len(b.Rows[0]) && b.Source.Page == lastPage(out[n-1])+1 {
			prev := &out[n-1]
			rows, src := b.Rows, b.RowSource
			if !b.cont && sameRow(rows[0], prev.Rows[0]) {
				rows, src = rows[1:], src[1:]
			}
			if len(rows) > 0 {
				carryCodedCells(prev, rows[0])
			}
			if len(rows) > 0 && continuesRow(rows[0]) {
				last := prev.Rows[len(prev.Rows)-1]
				for k, c := range rows[0] {
					if c.Text != "" && !c.Covered {
						last[k].Text = joinWrapped(last[k].Text, c.Text)
						last[k].Covered = false
					}
				}
				rows, src = rows[1:], src[1:]
			}
			prev.Rows = append(prev.Rows, rows...)
			prev.RowSource = append(prev.RowSource, src...)
			continue
		}
		out = append(out, b)
	}
	var final []Block
	for _, b := range out {
		var tail []Block
		switch {
		case b.Kind != Table:
		case b.cont:
			fillMerged(b.Rows)
		case len(b.Rows) > 1:
			b, tail = splitTrailingText(b)
			fillMerged(b.Rows[1:])
		}
		final = append(final, b)
		final = append(final, tail...)
	}
	doc.Blocks = final
}

// splitTrailingText gives back as paragraphs the last rows of a table that
// hold text only in the first column and no number: lines below the table
// that start where its first column does.
func splitTrailingText(b Block) (Block, []Block) {
	var tail []Block
	for len(b.Rows) > 2 {
		last := b.Rows[len(b.Rows)-1]
		t := strings.TrimSpace(last[0].Text)
		if t == "" || last[0].Covered || codeStart.MatchString(t) {
			break
		}
		other := false
		for _, c := range last[1:] {
			other = other || (c.Text != "" && !c.Covered)
		}
		if other {
			break
		}
		src := b.rowSource(len(b.Rows) - 1)
		tail = append([]Block{{Kind: Paragraph, Text: t, Source: src}}, tail...)
		b.Rows = b.Rows[:len(b.Rows)-1]
		if len(b.RowSource) > len(b.Rows) {
			b.RowSource = b.RowSource[:len(b.Rows)]
		}
	}
	return b, tail
}

// carryCodedCells moves the text at the top of a continuation page that
// carries on a cell of the page before: in a column whose cells open with
// a number ("1.3", "2.5.", "3.4:"), a first cell on the new page that
// opens without one is the end of the last cell above, broken by the page.
func carryCodedCells(prev *Block, row []Cell) {
	for k := range row {
		t := strings.TrimSpace(row[k].Text)
		if t == "" || row[k].Covered || codeStart.MatchString(t) || !codedColumn(prev.Rows, k) {
			continue
		}
		for r := len(prev.Rows) - 1; r >= 1; r-- {
			if c := prev.Rows[r][k]; c.Text != "" && !c.Covered {
				old := c.Text
				joined := joinWrapped(old, t)
				for r2 := r; r2 < len(prev.Rows); r2++ {
					if prev.Rows[r2][k].Text == old {
						prev.Rows[r2][k].Text = joined
					}
				}
				row[k].Text = ""
				break
			}
		}
	}
}

// codedColumn reports a column whose cells mostly open with a number.
func codedColumn(rows [][]Cell, k int) bool {
	coded, all := 0, 0
	for _, r := range rows[1:] {
		if k >= len(r) || r[k].Covered || r[k].Spanned || strings.TrimSpace(r[k].Text) == "" {
			continue
		}
		all++
		if codeStart.MatchString(strings.TrimSpace(r[k].Text)) {
			coded++
		}
	}
	return all >= 3 && coded*5 >= all*4
}

func lastPage(b Block) int {
	if n := len(b.RowSource); n > 0 {
		return b.RowSource[n-1].Page
	}
	return b.Source.Page
}

func sameRow(a, b []Cell) bool {
	for k := range a {
		if squeezeSpace(a[k].Text) != squeezeSpace(b[k].Text) {
			return false
		}
	}
	return true
}

func squeezeSpace(s string) string { return strings.Join(strings.Fields(s), "") }

// continuesRow reports a row that carries on the one before a page break:
// its first cell is empty and none of its cells opens with a number.
func continuesRow(row []Cell) bool {
	if strings.TrimSpace(row[0].Text) != "" && !row[0].Covered {
		return false
	}
	for _, c := range row {
		if !c.Covered && codeStart.MatchString(strings.TrimSpace(c.Text)) {
			return false
		}
	}
	return true
}
