package dataset

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
)

// tapReader keeps the bytes read through it from offset base on, so that
// a CSV row's raw text can be given back with its rejection. The bytes
// before the row being read are dropped as the reader advances, so memory
// stays bounded by the longest row plus the read-ahead.
type tapReader struct {
	r    io.Reader
	buf  []byte
	base int64
}

func (t *tapReader) Read(p []byte) (int, error) {
	n, err := t.r.Read(p)
	t.buf = append(t.buf, p[:n]...)
	return n, err
}

// slice returns the bytes at input offsets [start, end).
func (t *tapReader) slice(start, end int64) []byte {
	s, e := start-t.base, end-t.base
	if s < 0 || e > int64(len(t.buf)) || s > e {
		return nil
	}
	return t.buf[s:e]
}

// drop forgets the bytes before offset upto.
func (t *tapReader) drop(upto int64) {
	k := upto - t.base
	if k < 64<<10 || k > int64(len(t.buf)) {
		return
	}
	n := copy(t.buf, t.buf[k:])
	t.buf = t.buf[:n]
	t.base = upto
}

// maxHeaderBytes is the longest header line a CSV file may have: room
// for MaxColumns names of 100 bytes each. A longer line is refused as it
// is read, before it is split into fields.
const maxHeaderBytes = 100 * MaxColumns

// errHeaderTooLong is returned by headerLimit past maxHeaderBytes.
var errHeaderTooLong = i18n.New("header line too long")

// headerLimit fails the reads that go past maxHeaderBytes before the
// header has been read (done), so that a file whose first line is huge
// costs a bounded amount of memory.
type headerLimit struct {
	r    io.Reader
	n    int64
	done bool
}

func (h *headerLimit) Read(p []byte) (int, error) {
	if !h.done && h.n > maxHeaderBytes {
		return 0, errHeaderTooLong
	}
	n, err := h.r.Read(p)
	h.n += int64(n)
	return n, err
}

// readCSV reads a CSV table (see Read for the rules).
func readCSV(r io.Reader, name string, kind Kind, defaults map[string]string, mem memory.Allocator, keep keepRule) (*Loaded, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	start, _ := br.Peek(4)
	switch {
	case len(start) == 0:
		return nil, &ParseError{File: name, Err: ErrEmptyFile}
	case bytes.HasPrefix(start, []byte{0xEF, 0xBB, 0xBF}):
		br.Discard(3) //nolint:errcheck // peeked
	case bytes.HasPrefix(start, []byte{0xFF, 0xFE}), bytes.HasPrefix(start, []byte{0xFE, 0xFF}):
		return nil, &ParseError{File: name, Line: 1, Err: i18n.Errorf("%w: it is UTF-16 (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" and load it again", ErrNotUTF8)}
	}
	head, _ := br.Peek(64 << 10)
	if bytes.IndexByte(head, 0) >= 0 {
		return nil, &ParseError{File: name, Line: lineOfOffset(head, bytes.IndexByte(head, 0)),
			Err: i18n.Errorf("%w: it holds NUL bytes (a binary file, or UTF-16 without a byte-order mark)", ErrNotUTF8)}
	}
	p, err := skipPreamble(br)
	if err != nil {
		return nil, &ParseError{File: name, Line: p.lines + 1, Err: err}
	}
	if p.comments > 0 {
		if rest, _ := br.Peek(1); len(rest) == 0 {
			return nil, &ParseError{File: name, Err: i18n.Errorf("%w: %d comment line(s) starting with # and no table after them", ErrEmptyFile, p.comments)}
		}
	}
	comma := p.comma
	if comma == 0 {
		head, _ = br.Peek(64 << 10)
		comma = textfile.Delimiter(head)
	}
	return readCSVBody(br, name, kind, defaults, comma, p.lines, mem, keep)
}

// preamble is what stands before the header line of a CSV file.
type preamble struct {
	lines    int  // lines skipped: blank, comment and sep= lines
	comments int  // of which comment lines
	comma    rune // the delimiter a "sep=X" line names, 0 when none
}

// skipPreamble reads the lines before the header: blank lines (empty, or
// only spaces and tabs), comment lines (their first character is '#') and
// Excel's "sep=X" line, in any order, counting them so that line numbers
// stay those of the file. It leaves br at the start of the header line.
func skipPreamble(br *bufio.Reader) (preamble, error) {
	var p preamble
	for {
		head, err := br.Peek(br.Size())
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return p, err
		}
		if len(head) == 0 {
			return p, nil
		}
		nl := bytes.IndexByte(head, '\n')
		line := head
		if nl >= 0 {
			line = head[:nl]
		}
		switch {
		case head[0] == '#':
			if err := discardLine(br); err != nil {
				return p, err
			}
			p.comments++
		case len(bytes.Trim(line, " \t\r")) == 0 && (nl >= 0 || len(head) < br.Size()):
			br.Discard(len(line)) //nolint:errcheck // peeked
			if nl >= 0 {
				br.Discard(1) //nolint:errcheck // peeked
			}
		default:
			d, n := excelSepLine(head)
			if n == 0 || p.comma != 0 {
				return p, nil
			}
			// Excel's "sep=;" line names the delimiter.
			p.comma = d
			br.Discard(n) //nolint:errcheck // peeked
		}
		p.lines++
	}
}

// discardLine reads past the end of the current line, however long.
func discardLine(br *bufio.Reader) error {
	for {
		_, err := br.ReadSlice('\n')
		switch err {
		case nil, io.EOF:
			return nil
		case bufio.ErrBufferFull:
			continue
		default:
			return err
		}
	}
}

// excelSepLine reads the "sep=X" line Excel writes (and reads) at the top
// of a CSV file to name its delimiter; n is the length of the line with its
// line break, 0 when there is none.
func excelSepLine(head []byte) (comma rune, n int) {
	nl := bytes.IndexByte(head, '\n')
	if nl < 0 {
		return 0, 0
	}
	line := strings.TrimRight(string(head[:nl]), "\r")
	if len(line) != 5 || !strings.EqualFold(line[:4], "sep=") {
		return 0, 0
	}
	switch c := rune(line[4]); c {
	case ',', ';', '\t', '|':
		return c, nl + 1
	}
	return 0, 0
}

// readCSVBody reads the CSV text from the header line on, with the given
// delimiter; base is the number of lines before the header, so that the
// header is line base+1.
func readCSVBody(br *bufio.Reader, name string, kind Kind, defaults map[string]string, comma rune, base int, mem memory.Allocator, keep keepRule) (*Loaded, error) {
	limit := &headerLimit{r: br}
	tap := &tapReader{r: limit}
	cr := csv.NewReader(tap)
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	header, m, err := readCSVHeader(cr, limit, tap, name, kind, defaults, base)
	if err != nil {
		return nil, err
	}
	t := newTableBuilder(name, m, mem, keep)
	defer t.release()
	ins := make([]input, len(m.cs))
	prev := cr.InputOffset()
	tap.drop(prev)
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		end := cr.InputOffset()
		rawBytes := tap.slice(prev, end)
		raw := func() string { return string(rawBytes) }
		var pe *csv.ParseError
		switch {
		case err == nil:
			line, _ := cr.FieldPos(0)
			line += base
			if verr := checkUTF8(name, line, rawBytes); verr != nil {
				return nil, verr
			}
			if len(rec) != len(header) {
				t.loaded.RowsRead++
				t.reject(line, "", csvShapeReason(rec, len(header), cr.Comma), raw())
				break
			}
			for j, i := range m.src {
				if i < 0 {
					ins[j] = m.absent(j)
				} else {
					ins[j] = input{text: rec[i]}
				}
			}
			t.add(line, ins, raw)
		case errors.As(err, &pe):
			startLine := pe.StartLine + base
			if verr := checkUTF8(name, startLine, rawBytes); verr != nil {
				return nil, verr
			}
			t.loaded.RowsRead++
			t.reject(startLine, "", csvSyntaxReason(pe, base), raw())
		default:
			return nil, &ParseError{File: name, Err: err}
		}
		prev = end
		tap.drop(prev)
	}
	return t.finish(), nil
}

// readCSVHeader reads the header line of cr (at most maxHeaderBytes long,
// valid UTF-8) and maps its columns to the table kind; base is the number
// of lines before it. It returns the header's names and the mapping.
func readCSVHeader(cr *csv.Reader, limit *headerLimit, tap *tapReader, name string, kind Kind, defaults map[string]string, base int) ([]string, *headerMap, error) {
	header, err := cr.Read()
	if err == io.EOF {
		return nil, nil, &ParseError{File: name, Err: ErrEmptyFile}
	}
	if errors.Is(err, errHeaderTooLong) {
		return nil, nil, &ParseError{File: name, Line: base + 1, Err: i18n.Errorf("%w: the header line is longer than %d bytes; a table has at most %d columns (is this the right file, and the right delimiter?)", ErrFormat, maxHeaderBytes, MaxColumns)}
	}
	if err != nil {
		return nil, nil, csvFileError(name, base, err)
	}
	limit.done = true
	if err := checkUTF8(name, base+1, tap.slice(0, cr.InputOffset())); err != nil {
		return nil, nil, err
	}
	header = append([]string(nil), header...)
	m, err := mapHeaderDefaults(name, header, kind, defaults)
	if err != nil {
		var pe *ParseError
		if errors.As(err, &pe) && pe.Line > 0 {
			pe.Line += base
		}
		if len(header) == 1 && pe != nil {
			// One column: maybe the file uses a delimiter cchc does not split on.
			pe.Err = i18n.Errorf("%w (the header is one column, %q: the delimiter must be one of , ; tab |)", pe.Err, header[0])
		}
		return nil, nil, err
	}
	return header, m, nil
}

// csvShapeReason says why a row of rec's fields does not fit a header of
// columns fields, guessing at a decimal comma in a comma-separated file.
func csvShapeReason(rec []string, columns int, comma rune) i18n.Text {
	reason := i18n.Textf("%d fields, the header has %d", len(rec), columns)
	if len(rec) > columns && comma == ',' && hasSplitNumber(rec) {
		reason = i18n.Textf(`%s (a decimal comma in a comma-separated file? Quote such numbers, "65,97", or separate the columns with ";")`, reason)
	}
	return reason
}

// csvSyntaxReason says in words what encoding/csv found wrong in a row,
// with the line of the fault when the row spans several; base is the
// number of lines before the header.
func csvSyntaxReason(pe *csv.ParseError, base int) i18n.Text {
	startLine, errLine := pe.StartLine+base, pe.Line+base
	reason := i18n.Textf("%v", pe.Err)
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		reason = i18n.Textf(`a quote (") inside a field that does not start with one: quote the whole field and double the inner quote ("Sở ""A""")`)
	case errors.Is(pe.Err, csv.ErrQuote):
		reason = i18n.Textf(`a quoted field is not closed, or a quote (") follows a closing quote`)
	}
	if errLine != startLine {
		reason = i18n.Textf("%s (line %d)", reason, errLine)
	}
	if errors.Is(pe.Err, csv.ErrQuote) && errLine > startLine {
		reason = i18n.Textf("%s; lines %d to %d were read as one row", reason, startLine, errLine)
	}
	return reason
}

// csvFileError turns an encoding/csv error on the header into a ParseError;
// base is the number of lines before the header.
func csvFileError(name string, base int, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return &ParseError{File: name, Line: pe.Line + base, Column: pe.Column, Err: pe.Err}
	}
	return &ParseError{File: name, Err: err}
}

// lineOfOffset returns the 1-based line of byte offset off in b.
func lineOfOffset(b []byte, off int) int {
	return 1 + bytes.Count(b[:off], []byte{'\n'})
}

// checkUTF8 fails when raw (the text of the row starting at line) is not
// UTF-8, naming the line of the first bad byte and, when the bytes look
// like one, the legacy Vietnamese encoding the file is probably in.
func checkUTF8(name string, line int, raw []byte) error {
	if utf8.Valid(raw) {
		return nil
	}
	off := 0
	for off < len(raw) {
		r, size := utf8.DecodeRune(raw[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	l := line + bytes.Count(raw[:off], []byte{'\n'})
	msg := fmt.Sprintf("byte 0x%02X is not UTF-8 text", raw[off])
	if guess := guessLegacy(raw); guess != "" {
		msg += "; it looks like " + guess
	}
	return &ParseError{File: name, Line: l,
		Err: i18n.Errorf("%w (%s): save it as \"CSV UTF-8\" (or convert it with a Vietnamese converter such as Unikey's) and load it again", ErrNotUTF8, msg)}
}

// guessLegacy names the pre-Unicode Vietnamese encoding raw looks like, or
// returns "". The test is cheap and only says "looks like": Windows-1258
// writes tones as separate bytes (0xCC, 0xEC, 0xD2, 0xDE, 0xF2) after a
// vowel; VNI writes them as Latin-1 letters after a vowel (Haø Noäi);
// TCVN3 (ABC) writes each toned vowel as one byte between letters.
func guessLegacy(raw []byte) string {
	isVowel := func(c byte) bool {
		switch c | 0x20 {
		case 'a', 'e', 'i', 'o', 'u', 'y':
			return true
		}
		return false
	}
	var cp1258, vni, tcvn int
	for i, c := range raw {
		if c < 0x80 {
			continue
		}
		prevVowel := i > 0 && isVowel(raw[i-1])
		switch {
		case prevVowel && (c == 0xCC || c == 0xEC || c == 0xD2 || c == 0xDE || c == 0xF2):
			cp1258++
		case prevVowel && (c == 0xF8 || c == 0xF9 || c == 0xFB || c == 0xF5 || c == 0xEF || c == 0xE2 || c == 0xEA || c == 0xE4 || c == 0xE5 || c == 0xE1 || c == 0xE0 || c == 0xE3 || c == 0xF6):
			vni++
		case !prevVowel && c >= 0xA1:
			tcvn++
		}
	}
	switch {
	case cp1258 > vni && cp1258 > tcvn:
		return "Windows-1258 (CP1258)"
	case vni > cp1258 && vni >= tcvn:
		return "VNI (VNI-Windows)"
	case tcvn > 0:
		return "TCVN3 (ABC)"
	}
	return "a legacy single-byte encoding (TCVN3, VNI or Windows-1258)"
}

// hasSplitNumber reports whether two adjacent fields look like the two
// halves of a number written with a decimal comma ("65", "97").
func hasSplitNumber(rec []string) bool {
	digits := func(s string) bool {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), "%"))
		if s == "" {
			return false
		}
		for _, r := range s {
			if r < '0' || r > '9' {
				return false
			}
		}
		return true
	}
	for i := 1; i < len(rec); i++ {
		if digits(rec[i-1]) && digits(rec[i]) && !strings.HasPrefix(rec[i], " ") {
			return true
		}
	}
	return false
}
