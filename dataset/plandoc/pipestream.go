package plandoc

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Pipe streams.
//
// Converters of DOCX and PDF tables also print a table's cells one a line
// with the pipes on lines of their own: a lone "|" before every cell, or
// after every cell; "| |" for an empty cell; rows told apart by a "|---|"
// line, by a blank line, or by nothing but the header's width (a section
// row, "I" and its title, is then two cells long). flattenPipeStreams
// rewrites such tables into tab rows, as flattenPipeTables does for
// cells closed by their own pipe, so that the tab reader handles their
// sections, numbering, continued rows and repeated headers. Page numbers
// printed between rows are left out.

// streamToken kinds: a line of cell text, a lone pipe, an empty cell
// ("| |"), a row break ("|---|") and a blank line.
const (
	tokText = iota
	tokPipe
	tokEmpty
	tokDash
	tokBlank
)

// streamToken is one line of a pipe stream, 0-based line i.
type streamToken struct {
	kind int
	text string
	line int
}

// streamCell is one cell of a pipe stream: its text, the line where it
// starts and whether a row break stands before it.
type streamCell struct {
	text     string
	line     int
	brkAfter bool
}

// streamMaxCellLines is the most lines one cell may span; a longer run of
// lines without a pipe is text after the table.
const streamMaxCellLines = 8

var (
	streamDash      = regexp.MustCompile(`^\|[\s|:+-]*-[\s|:+-]*\|?$`)
	streamRowKey    = regexp.MustCompile(`^(?:[IVXLC]+\.?|\d{1,3}(?:\.\d{1,3})*\.?|[a-zđ][.)]|[-+•])$`)
	streamColNumber = regexp.MustCompile(`^\(\d{1,2}\)$`) // "(1)": a row numbering the columns
	pageNumber      = regexp.MustCompile(`(?i)^(?:(?:trang|page)\s*\d{1,4}(?:\s*/\s*\d{1,4})?|-\s*\d{1,4}\s*-|\d{1,3}|\d{1,3}\s*/\s*\d{1,3})$`)
)

// streamLine classifies a line of a pipe stream; ok is false for a line
// that mixes text and pipes (a cell closed by its pipe, a Markdown row),
// which no stream holds.
func streamLine(l string, i int) (streamToken, bool) {
	t := strings.TrimSpace(l)
	switch {
	case t == "":
		return streamToken{kind: tokBlank, line: i}, true
	case t == "|":
		return streamToken{kind: tokPipe, line: i}, true
	case strings.Trim(t, "| \t") == "" && strings.Count(t, "|") == 2:
		return streamToken{kind: tokEmpty, line: i}, true
	case strings.Trim(t, "|") == "":
		return streamToken{}, false // a run of pipes: covered cells of a pipe table
	case streamDash.MatchString(t) && strings.Count(t, "|") <= 2:
		return streamToken{kind: tokDash, line: i}, true
	case strings.Contains(t, "|"):
		return streamToken{}, false
	}
	return streamToken{kind: tokText, text: t, line: i}, true
}

// flattenPipeStreams returns lines and folded with every pipe-stream task
// table rewritten as tab rows, a row's cells joined by tabs on the line of
// its first cell and its other lines blank; line numbers are kept. The
// inputs are returned as they are when there is none.
func flattenPipeStreams(lines, folded []string) ([]string, []string) {
	out := tabRewrite{lines: lines, folded: folded}
	for i := 0; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "|" && t != "| |" {
			continue
		}
		rows, first, end := readStream(lines, i)
		if rows == nil {
			i = max(i, end-1) // not a task table: its lines are not read again
			continue
		}
		out.put(first, end, rows)
		i = end - 1
	}
	return out.result()
}

// readStream reads the pipe stream whose first pipe is lines[start]: its
// rows (nil when it holds no task table), the first line it covers and
// the line after it (also when it holds no table).
func readStream(lines []string, start int) (rows []pipeRow, first, end int) {
	toks, end := streamTokens(lines, start)
	if len(toks) < 8 {
		return nil, 0, end
	}
	lead := streamToken{line: -1}
	if start > 0 {
		if t, ok := streamLine(lines[start-1], start-1); ok && t.kind == tokText && utf8.RuneCountInString(t.text) <= 60 {
			lead = t
		}
	}
	after := lead.line >= 0 && pipeAfter(toks, lead)
	useBlank := !hasToken(toks, tokDash) && blankBetweenPipes(toks)
	cells, tail := streamCells(toks, useBlank, after)
	if useBlank {
		if _, ok := streamHeader(withLead(cells, lead, after), true); !ok {
			useBlank = false
			cells, tail = streamCells(toks, false, after)
		}
	}
	first = start
	if after {
		cells = withLead(cells, lead, after)
		first = lead.line
		tail = nil // text after the last pipe follows the table
	}
	useBreaks := useBlank || hasToken(toks, tokDash)
	if w := closedHeaderWidth(toks); !after && !useBreaks && w > 0 {
		cells, tail, useBreaks = closedCells(toks, w), nil, true
	}
	hdr, ok := streamHeader(cells, useBreaks)
	if !ok {
		return nil, 0, end
	}
	trimRunningLines(cells, hdr.texts)
	rows = streamRows(cells, hdr, useBreaks, tail)
	if len(rows) < 2 {
		return nil, 0, end
	}
	last := rows[len(rows)-1]
	if tail != nil && last.line <= tail[0].line {
		end = max(end, tail[len(tail)-1].line+1)
	} else if tail != nil {
		end = tail[0].line // the tail is text after the table
	}
	return rows, first, end
}

// streamTokens reads the lines of a pipe stream from start: it stops at
// a line mixing text and pipes and at a run of text longer than a cell,
// and returns the tokens up to the last pipe with the text run that
// follows it (up to a blank line), and the index of the line after them.
func streamTokens(lines []string, start int) ([]streamToken, int) {
	var toks []streamToken
	lastPipe, run := -1, 0
	for i := start; i < len(lines); i++ {
		t, ok := streamLine(lines[i], i)
		if !ok {
			break
		}
		if t.kind == tokText {
			if (run == 0 || run == 1 && emphasisOnly(toks[len(toks)-1].text)) && len(toks) > 0 && annexHeadLine(t.text) &&
				(toks[len(toks)-1].kind == tokBlank || isAllCaps(t.text) || emphasisOnly(toks[len(toks)-1].text)) {
				// "PHỤ LỤC" after a blank line, or in capitals after a
				// pipe or an empty bold mark ("** **"), opens an annex:
				// what stands above is another table.
				break
			}
			if run++; run > streamMaxCellLines {
				break
			}
		} else if t.kind != tokBlank {
			run = 0
			lastPipe = len(toks)
		}
		toks = append(toks, t)
	}
	if lastPipe < 0 {
		return nil, start
	}
	// After the last pipe: the text up to a blank line (the last cell of
	// a table whose pipes stand before its cells).
	n := lastPipe + 1
	for n < len(toks) && toks[n].kind == tokBlank {
		n++
	}
	for n < len(toks) && toks[n].kind == tokText {
		n++
	}
	toks = toks[:n]
	end := start
	if n > 0 {
		end = toks[n-1].line + 1
	}
	return toks, end
}

// emphasisOnly reports whether a line of text holds nothing but emphasis
// marks ("** **", "**", "__"): an empty bold run a converter printed, no
// words.
func emphasisOnly(t string) bool {
	return t != "" && strings.Trim(t, "*_ \t") == ""
}

// streamTableHeader reports whether the cells of a stream's first row
// head a table the readers take: a table of tasks (annexHeader) or a
// table of targets (tableHeader, "Chỉ tiêu | Đơn vị | Kết quả"). A stream
// of targets is printed as pipe rows too, so that the targets reader
// sees its rows; the tasks reader leaves them, its header not a task
// table's.
func streamTableHeader(cells []string) bool {
	if _, _, ok := annexHeader(cells); ok {
		return true
	}
	_, _, _, _, ok := tableHeader(cells)
	return ok
}

// annexHeadLine reports whether a line of text (trimmed) is the heading of
// an annex ("PHỤ LỤC", "**Phụ lục II**", "PHỤ LỤC SỐ 1:").
func annexHeadLine(t string) bool {
	t = strings.Trim(t, tkTrim)
	if t == "" || t[0] != 'P' && t[0] != 'p' || len(t) > 40 {
		return false
	}
	return tkAnnexHead.MatchString(tkFold(t))
}

// withLead returns the cells with the line before the stream's first
// pipe as the first cell when the stream prints its pipes after its cells.
func withLead(cells []streamCell, lead streamToken, after bool) []streamCell {
	if !after {
		return cells
	}
	return append([]streamCell{{text: lead.text, line: lead.line}}, cells...)
}

// blankBetweenPipes reports whether a blank line stands between two pipes
// of the stream: one that may break its rows, not only the blank line
// after the table.
func blankBetweenPipes(toks []streamToken) bool {
	seenPipe, blank := false, false
	for _, t := range toks {
		switch t.kind {
		case tokBlank:
			blank = seenPipe
		case tokPipe, tokEmpty, tokDash:
			if blank {
				return true
			}
			seenPipe = true
		}
	}
	return false
}

// hasToken reports whether a token of kind is among toks.
func hasToken(toks []streamToken, kind int) bool {
	for _, t := range toks {
		if t.kind == kind {
			return true
		}
	}
	return false
}

// streamCells joins the tokens into cells: the text between pipes, a
// cell broken over lines joined; two pipes in a row or a "| |" line hold
// an empty cell (after says the pipes follow their cells); a page number
// that is not a cell of its own (other text follows it before the pipe)
// is left out, and so is text after a row break where pipes open cells. A "|---|" line,
// and a blank line when blankBreaks, ends a row. The text after the last
// pipe is returned apart (tail), one cell a line.
func streamCells(toks []streamToken, blankBreaks, after bool) (cells []streamCell, tail []streamCell) {
	pending, pendingLine := "", -1
	prev := tokDash // the start counts as a row break
	if after {
		prev = tokEmpty // the first pipe closes the line before the stream
	}
	flush := func() {
		if pendingLine >= 0 {
			cells = append(cells, streamCell{text: mdUnemphasis(pending), line: pendingLine})
			pending, pendingLine = "", -1
		}
	}
	brk := func() {
		if n := len(cells); n > 0 {
			cells[n-1].brkAfter = true
		}
	}
	lastPipe := -1
	for k, t := range toks {
		if t.kind != tokText && t.kind != tokBlank {
			lastPipe = k
		}
	}
	for k, t := range toks[:lastPipe+1] {
		switch t.kind {
		case tokText:
			if pendingLine < 0 && !after && (prev == tokDash || prev == tokBlank) {
				continue // text after a row break, before a pipe opens a cell: a page's running line
			}
			if pageNumber.MatchString(t.text) && (pendingLine >= 0 || toks[k+1].kind == tokText) {
				continue // a page number between the lines of a cell or before one
			}
			if pendingLine < 0 {
				pendingLine = t.line
			}
			pending = annexJoin(pending, t.text, " ")
		case tokPipe:
			// A pipe with no text before it closes an empty cell when
			// pipes follow cells; when they open cells, it follows one.
			if pendingLine < 0 && (after && prev != tokEmpty || !after && prev == tokPipe) {
				cells = append(cells, streamCell{line: t.line})
			}
			flush()
		case tokEmpty:
			flush()
			cells = append(cells, streamCell{line: t.line})
		case tokDash, tokBlank:
			if t.kind == tokBlank && !blankBreaks {
				continue
			}
			if pendingLine < 0 && !after && prev == tokPipe {
				cells = append(cells, streamCell{line: t.line}) // an empty last cell
			}
			flush()
			brk()
		}
		if t.kind != tokBlank || blankBreaks {
			prev = t.kind
		}
	}
	flush()
	for _, t := range toks[lastPipe+1:] {
		if t.kind == tokText {
			tail = append(tail, streamCell{text: t.text, line: t.line})
		}
	}
	return cells, tail
}

// pipeAfter reports whether the stream prints its pipes after its cells,
// so that the text line before its first pipe (lead) is its first cell:
// a cell that stands right after a break or an empty cell and before a
// pipe shows it, one that stands after a pipe and before a break shows
// the opposite; without either, a first line naming the number column
// (STT), or a column when the stream's own first cell names none.
func pipeAfter(toks []streamToken, lead streamToken) bool {
	after, before := 0, 0
	for k := 1; k+1 < len(toks); k++ {
		if toks[k].kind != tokText || toks[k-1].kind == tokText {
			continue
		}
		e := k
		for e+1 < len(toks) && toks[e+1].kind == tokText {
			e++
		}
		if e+1 >= len(toks) {
			break
		}
		p, n := toks[k-1].kind, toks[e+1].kind
		switch {
		case p != tokPipe && n == tokPipe:
			after++
		case p == tokPipe && n != tokPipe:
			before++
		}
	}
	if after != before {
		return after > before
	}
	lc := annexColumn(lead.text)
	if lc == colCode {
		return true
	}
	for _, t := range toks {
		if t.kind == tokText {
			return lc != colNone && annexColumn(t.text) == colNone && !isAllCaps(lead.text)
		}
	}
	return false
}

// streamHeader finds the header of a stream's cells: the cells before the
// first row key ("1", "I", "1.1", "a)") or, with row breaks, before the
// first break. A header over two rows ("Trách nhiệm thực hiện" over "Chủ
// trì" and "Phối hợp") is merged into one. It returns the header's cells
// and the number of cells it took, or ok false.
func streamHeader(cells []streamCell, useBreaks bool) (hdr streamHeaderCells, ok bool) {
	n := 0
	for n < len(cells) && n < 40 {
		if n > 0 && !useBreaks && (streamRowKey.MatchString(cells[n].text) || streamColNumber.MatchString(cells[n].text)) {
			break
		}
		n++
		if useBreaks && cells[n-1].brkAfter {
			break
		}
	}
	texts := cellTexts(cells[:n])
	single := streamTableHeader(texts)
	if single && (!useBreaks || n >= len(cells) || !allColumnNames(cellTexts(nextSegment(cells, n)))) && (useBreaks || !twoRowsLike(texts)) {
		return streamHeaderCells{texts: texts, took: n}, true
	}
	// A header over two rows.
	if useBreaks {
		sub := nextSegment(cells, n)
		if len(sub) == 0 || !allColumnNames(cellTexts(sub)) {
			return streamHeaderCells{}, false
		}
		if m := mergeHeaderRows(texts, cellTexts(sub)); m != nil {
			return streamHeaderCells{texts: m, took: n + len(sub)}, true
		}
		return streamHeaderCells{}, false
	}
	for k := 2; k < n-1; k++ {
		if !allColumnNames(texts[k:]) {
			continue
		}
		if m := mergeHeaderRows(texts[:k], texts[k:]); m != nil && !twoRowsLike(m) {
			return streamHeaderCells{texts: m, took: n}, true
		}
	}
	if single {
		return streamHeaderCells{texts: texts, took: n}, true
	}
	return streamHeaderCells{}, false
}

// twoRowsLike reports whether header cells read as one row look like two:
// an empty cell (under a merged one), or two cells naming one column kind
// ("Trách nhiệm thực hiện" and "Chủ trì" both the lead's).
func twoRowsLike(texts []string) bool {
	var seen [colKinds]bool
	for _, t := range texts {
		if strings.TrimSpace(t) == "" {
			return true
		}
		k := annexColumn(t)
		if k != colNone && seen[k] {
			return true
		}
		seen[k] = true
	}
	return false
}

// streamHeaderCells is the header of a stream: its cells (two header rows
// merged into one) and how many cells of the stream it took.
type streamHeaderCells struct {
	texts []string
	took  int
}

// cellTexts returns the texts of cells.
func cellTexts(cells []streamCell) []string {
	out := make([]string, len(cells))
	for i, c := range cells {
		out[i] = c.text
	}
	return out
}

// nextSegment returns the cells from k up to and including the next row
// break.
func nextSegment(cells []streamCell, k int) []streamCell {
	for e := k; e < len(cells); e++ {
		if cells[e].brkAfter {
			return cells[k : e+1]
		}
	}
	return cells[k:]
}

// allColumnNames reports whether every filled cell names a column other
// than the number and at least one is filled: the second row of a header.
func allColumnNames(texts []string) bool {
	named := 0
	for _, t := range texts {
		if t == "" {
			continue
		}
		if k := annexColumn(t); k == colNone || k == colCode || utf8.RuneCountInString(t) > 40 {
			return false
		}
		named++
	}
	return named > 0
}

// mergeHeaderRows merges a header's second row into its first: printed
// full width, each filled cell names its column; printed without the
// cells the first row's merged cells cover, its cells replace the first
// row's merged cell (the one naming the kind of the first of them, or
// naming none). It returns nil when the merged header is not a task
// table's.
func mergeHeaderRows(top, sub []string) []string {
	var m []string
	if len(sub) == len(top) {
		m = append([]string(nil), top...)
		for j, s := range sub {
			if s != "" {
				m[j] = s
			}
		}
	} else {
		var filled []string
		for _, s := range sub {
			if s != "" {
				filled = append(filled, s)
			}
		}
		kind := annexColumn(filled[0])
		at := -1
		for j, t := range top {
			if k := annexColumn(t); k == kind || k == colNone && at < 0 {
				at = j
				if k == kind {
					break
				}
			}
		}
		if at < 0 {
			return nil
		}
		m = append(append(append([]string(nil), top[:at]...), filled...), top[at+1:]...)
	}
	if !streamTableHeader(m) {
		return nil
	}
	return m
}

// streamRows cuts the cells after the header into rows, each padded to the
// header's width: at the row breaks when useBreaks (a run longer than a
// row cut by the width), else by the width, a section row ("I" and its
// title, with any empty cells after it) shorter than w when the cell
// after them opens a row. The
// tail (the text after the last pipe) ends the last row when one cell is
// missing from it. The header heads the rows.
func streamRows(cells []streamCell, hdr streamHeaderCells, useBreaks bool, tail []streamCell) []pipeRow {
	w := len(hdr.texts)
	rows := []pipeRow{{cells: hdr.texts, line: cells[0].line}}
	var cur []streamCell
	end := func() {
		if len(cur) > 0 {
			rows = append(rows, streamRow(cur, w))
			cur = nil
		}
	}
	for p := hdr.took; p < len(cells); p++ {
		c := cells[p]
		if len(cur) == 0 && !useBreaks && p+1 < len(cells) && annexRoman.MatchString(c.text) {
			// A section row: two cells when what follows its title opens
			// a row, with the empty cells it prints before that row when
			// it prints fewer than w, all w when it prints them all.
			q := p + 2
			for q < len(cells) && q-p < w && cells[q].text == "" {
				q++
			}
			if q >= len(cells) || q-p < w && streamRowKey.MatchString(cells[q].text) {
				cur = append(cur, cells[p:q]...)
				p = q - 1
				end()
				continue
			}
		}
		cur = append(cur, c)
		if len(cur) == w || useBreaks && c.brkAfter {
			end()
		}
	}
	if len(cur) == w-1 && len(tail) > 0 {
		cur = append(cur, streamCell{text: tail[0].text, line: tail[0].line})
		for _, t := range tail[1:] {
			cur[len(cur)-1].text = annexJoin(cur[len(cur)-1].text, t.text, " ")
		}
	}
	end()
	return rows
}

// streamRow makes a pipe row of cells, padded to w cells, on the line of
// its first cell.
func streamRow(cells []streamCell, w int) pipeRow {
	r := pipeRow{line: cells[0].line, cells: cellTexts(cells)}
	for len(r.cells) < w {
		r.cells = append(r.cells, "")
	}
	return r
}

// closedHeaderWidth returns the width of a stream that closes every row
// with a pipe as well as opening every cell with one ("|", "TT", "|",
// "Nhiệm vụ", …, "|", then "|" opening the next row): its header is text
// cells, each after one pipe, up to the first two pipes in a row, and
// names a task table. It returns 0 for other streams.
func closedHeaderWidth(toks []streamToken) int {
	var hdr []string
	pending := ""
	for k := 0; k+1 < len(toks); k++ {
		switch t := toks[k]; t.kind {
		case tokText:
			pending = annexJoin(pending, t.text, " ")
		case tokPipe:
			if pending != "" {
				c := mdUnemphasis(pending)
				if c == "" || streamRowKey.MatchString(c) || annexColumn(c) == colNone && len(hdr) == 0 {
					return 0 // a row, not the header
				}
				hdr, pending = append(hdr, c), ""
			}
			if toks[k+1].kind == tokPipe && k > 0 && toks[k-1].kind == tokText {
				if streamTableHeader(hdr) {
					return len(hdr)
				}
				return 0
			}
		case tokBlank:
		default:
			return 0
		}
		if len(hdr) > 40 {
			return 0
		}
	}
	return 0
}

// closedCells reads the cells of a stream whose rows are closed by a pipe
// (see closedHeaderWidth), w cells a row: each cell the text after a pipe
// (empty when another pipe follows at once), a row ended by the pipe
// after its w-th cell, after its second when it is a section row ("I",
// its title) and the next row follows, or earlier when its merged cells
// are left out and two pipes stand before the next row's number (see
// closedRowEnd). A row of two cells or more that lacks its number (a
// task whose number cell is merged with the row above's) gets an empty
// number cell, so that its cells stand in their columns. Each row's last
// cell carries the row break.
func closedCells(toks []streamToken, w int) []streamCell {
	var cells []streamCell
	var row []streamCell
	pending, pendingLine := "", -1
	open := false      // a pipe has opened a cell not yet closed
	rows, last := 0, 0 // rows read (the header first), the number of the last numbered row
	codeFirst := false // the header's first cell is the number column
	endRow := func() {
		if len(row) == 0 {
			return
		}
		switch {
		case rows == 0:
			codeFirst = annexColumn(row[0].text) == colCode
		case codeFirst && len(row) >= 2 && len(row) < w && !streamRowKey.MatchString(row[0].text):
			row = append([]streamCell{{line: row[0].line}}, row...)
		}
		if n, err := strconv.Atoi(strings.TrimSuffix(row[0].text, ".")); err == nil {
			last = n
		}
		rows++
		row[len(row)-1].brkAfter = true
		cells = append(cells, row...)
		row = nil
	}
	for k, t := range toks {
		switch t.kind {
		case tokText:
			if pendingLine >= 0 && pageNumber.MatchString(t.text) {
				continue
			}
			if pendingLine < 0 {
				pendingLine = t.line
			}
			pending = annexJoin(pending, t.text, " ")
		case tokPipe, tokEmpty:
			if open {
				line := pendingLine
				if line < 0 {
					line = t.line
				}
				row = append(row, streamCell{text: mdUnemphasis(pending), line: line})
			}
			pending, pendingLine = "", -1 // text between rows (a page number) is no cell
			if t.kind == tokEmpty {
				row = append(row, streamCell{line: t.line})
			}
			open = true
			if len(row) >= w || closedSection(row, toks[k+1:]) || rows > 0 && closedRowEnd(row, toks[k+1:], last) {
				endRow()
				open = false
			}
		}
	}
	if open && pendingLine >= 0 {
		row = append(row, streamCell{text: mdUnemphasis(pending), line: pendingLine})
	}
	endRow()
	return cells
}

// closedRowEnd reports whether a row of a closed stream printed without
// its merged cells has ended: it holds two cells or more, the pipe that
// closed its last cell is followed by the pipe that opens the next row,
// and that row's first cell is its number: the number after the row's
// own (after last, the number of the last numbered row, when the row has
// none), a first number (1, 1.1) or a section's (Roman).
func closedRowEnd(row []streamCell, next []streamToken, last int) bool {
	if len(row) < 2 || len(next) < 2 || next[0].kind != tokPipe || next[1].kind != tokText {
		return false
	}
	key := mdUnemphasis(next[1].text)
	if !streamRowKey.MatchString(key) {
		return false
	}
	if n, err := strconv.Atoi(strings.TrimSuffix(row[0].text, ".")); err == nil {
		last = n // the row being read is numbered
	}
	n, err := strconv.Atoi(strings.TrimSuffix(key, "."))
	return err != nil || n == 1 || n == last+1
}

// closedSection reports whether a row of two cells, a section's number and
// title, has ended: the next tokens open a row whose first cell is a row
// key ("|", "|", "1").
func closedSection(row []streamCell, next []streamToken) bool {
	switch {
	case len(row) == 2 && annexRoman.MatchString(row[0].text):
	case len(row) == 1 && annexRomanTitle.MatchString(row[0].text):
		// "I. NÂNG CAO NHẬN THỨC": number and title in one merged cell.
	default:
		return false
	}
	return len(next) >= 2 && next[0].kind == tokPipe && next[1].kind == tokText && streamRowKey.MatchString(next[1].text)
}

// trimRunningLines leaves out the running lines of a page (a title, a
// footer) that a stream printing its pipes after its cells joins to the
// first cell of the header repeated on the next page: a cell ending in
// the header's first cell, the header's other cells after it, is that
// first cell.
func trimRunningLines(cells []streamCell, hdr []string) {
	w := len(hdr)
	for k := 0; k+w <= len(cells); k++ {
		c := cells[k].text
		if c == hdr[0] || !strings.HasSuffix(c, " "+hdr[0]) {
			continue
		}
		same := true
		for j := 1; j < w && same; j++ {
			same = cells[k+j].text == hdr[j]
		}
		if same {
			cells[k].text = hdr[0]
		}
	}
}
