package dossier

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
)

// dossierColKind is how a CSV field of a dossier column is parsed.
type dossierColKind int

const (
	dosKindString dossierColKind = iota
	dosKindDict
	dosKindTime
	dosKindBool
	dosKindInt8
)

func dossierKind(col string) dossierColKind {
	switch col {
	case ColID:
		return dosKindString
	case ColReceivedAt, ColDueAt, ColFinishedAt:
		return dosKindTime
	case ColFeeRequired, ColPaidOnline, ColDigitised, ColResultDigitised:
		return dosKindBool
	case ColRating:
		return dosKindInt8
	}
	return dosKindDict
}

// dossierCSVField is one parsed field of a CSV row.
type dossierCSVField struct {
	s     string
	i     int64
	e     *dictEntry // a dictionary column's value
	valid bool
}

// dossierDictBuilder builds one dictionary column of one batch: seen
// indexes the batch's values (NFC), byRaw the texts read so far as
// written, so that a value repeated on many rows is looked up once per
// row.
type dossierDictBuilder struct {
	idx   *array.Int32Builder
	vals  *array.StringBuilder
	seen  map[string]int32
	byRaw map[string]*dictEntry
	gen   uint32 // the batch being built, counted from 1
}

// dictEntry is one text of a dictionary column: its NFC form and its
// index in the dictionary of batch gen.
type dictEntry struct {
	s   string
	ix  int32
	gen uint32
}

// dictRawMax is the number of distinct texts a dictionary column keeps
// in byRaw; texts past it are looked up in seen on every row.
const dictRawMax = 1 << 20

// entry returns the entry of the text v (trimmed), nil when it is not
// UTF-8.
func (d *dossierDictBuilder) entry(v string) *dictEntry {
	if e := d.byRaw[v]; e != nil {
		return e
	}
	if !utf8.ValidString(v) {
		return nil
	}
	e := &dictEntry{s: dossierNFC(v)}
	if len(d.byRaw) < dictRawMax {
		d.byRaw[strings.Clone(v)] = e
		if e.s == v {
			e.s = strings.Clone(v)
		}
	}
	return e
}

// index returns the index of e in the dictionary of the batch being
// built, adding its text when new.
func (d *dossierDictBuilder) index(e *dictEntry) int32 {
	if e.gen == d.gen {
		return e.ix
	}
	ix, ok := d.seen[e.s]
	if !ok {
		ix = int32(len(d.seen))
		d.seen[e.s] = ix
		d.vals.Append(e.s)
	}
	e.ix, e.gen = ix, d.gen
	return ix
}

// dosCSVPart parses chunks of a dossier CSV file taken from a splitter
// shared with the other parts of the same file.
type dosCSVPart struct {
	f         *File
	sh        *dosCSVShared
	cr        *csv.Reader // over the current chunk; nil between chunks
	chunkLine int         // line of the current chunk's first line
	sc        *arrow.Schema
	rec       arrow.Record
	lines     []int
	fields    []dossierCSVField
	err       error
	done      bool
	ended     bool
	refs      atomic.Int64
	strB      []*array.StringBuilder
	dictB     []*dossierDictBuilder
	tsB       []*array.TimestampBuilder
	boolB     []*array.BooleanBuilder
	int8B     []*array.Int8Builder
	builders  []array.Builder
}

// dosCSVShared is what the parts of one CSV file share: the header's
// column positions and the splitter that hands out chunks.
type dosCSVShared struct {
	fh      *os.File
	pos     []int // CSV field position of each output column
	kinds   []dossierColKind
	nfields int
	sc      *arrow.Schema
	refs    atomic.Int64

	mu sync.Mutex
	ch recordChunker
}

func (sh *dosCSVShared) release() {
	if sh.refs.Add(-1) == 0 {
		sh.fh.Close()
	}
}

// dosCSVChunkSize is the size a CSV chunk aims for.
const dosCSVChunkSize = 4 << 20

// next returns the next chunk of whole records and the line of its first
// line, or nil at the end of the file. A newline inside a quoted field
// does not end a record.
func (sh *dosCSVShared) next() ([]byte, int, error) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	return sh.ch.next()
}

// recordChunker cuts a stream of CSV records into chunks of whole records
// of about size bytes, counting lines.
type recordChunker struct {
	r     io.Reader
	cut   func([]byte) int // the length of the longest prefix of whole records
	size  int
	carry []byte // the start of a record that the last chunk cut
	line  int    // line of the next chunk's first line
	eof   bool
	err   error
}

// next returns the next chunk and the line of its first line, or nil at
// the end of the stream. A record longer than size makes a longer chunk.
func (c *recordChunker) next() ([]byte, int, error) {
	if c.err != nil {
		return nil, 0, c.err
	}
	buf := make([]byte, len(c.carry), len(c.carry)+c.size)
	copy(buf, c.carry)
	c.carry = nil
	for {
		if !c.eof {
			n, err := io.ReadFull(c.r, buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				c.eof = true
			} else if err != nil {
				c.err = err
				return nil, 0, err
			}
		}
		cut := c.cut(buf)
		if c.eof {
			cut = len(buf)
		}
		if cut > 0 {
			c.carry = append([]byte(nil), buf[cut:]...)
			chunk := buf[:cut]
			line := c.line
			c.line += bytes.Count(chunk, []byte{'\n'})
			return chunk, line, nil
		}
		if c.eof {
			return nil, 0, nil
		}
		// One record longer than the buffer: read more.
		nb := make([]byte, len(buf), 2*cap(buf))
		copy(nb, buf)
		buf = nb
	}
}

// dosLastRecordEnd returns the length of the longest prefix of b made of
// whole records (ending with a newline outside quotes), 0 when none.
func dosLastRecordEnd(b []byte) int {
	end, pos, quoted := 0, 0, false
	for pos < len(b) {
		if quoted {
			j := bytes.IndexByte(b[pos:], '"')
			if j < 0 {
				break
			}
			pos += j + 1
			quoted = false
			continue
		}
		j := bytes.IndexByte(b[pos:], '"')
		seg := b[pos:]
		if j >= 0 {
			seg = b[pos : pos+j]
		}
		if k := bytes.LastIndexByte(seg, '\n'); k >= 0 {
			end = pos + k + 1
		}
		if j < 0 {
			break
		}
		pos += j + 1
		quoted = true
	}
	return end
}

type dosCountingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c dosCountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// openCSVShared opens a CSV file, reads its comment lines and header, and
// returns the state its parts share (with one reference for the caller).
func (f *File) openCSVShared() (*dosCSVShared, error) {
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, i18n.Errorf("open dossier file: %w", err)
	}
	br := bufio.NewReaderSize(dosCountingReader{fh, &f.progress}, 1<<20)
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		br.Discard(3)
	}
	line := 0
	var header []string
	for {
		text, rerr := br.ReadString('\n')
		if text == "" && rerr != nil {
			fh.Close()
			if rerr == io.EOF {
				return nil, i18n.Errorf("%s: no header line", f.path)
			}
			return nil, i18n.Errorf("%s: header: %w", f.path, rerr)
		}
		line++
		t := strings.TrimRight(text, "\r\n")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		hr := csv.NewReader(strings.NewReader(t))
		hr.FieldsPerRecord = -1
		header, err = hr.Read()
		if err != nil {
			fh.Close()
			return nil, i18n.Errorf("%s:%d: header: %w", f.path, line, err)
		}
		break
	}
	at := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(dossierNFC(h)))
		if _, dup := at[h]; dup {
			fh.Close()
			return nil, i18n.Errorf("%s:%d: column %q appears twice", f.path, line, h)
		}
		at[h] = i
	}
	sh := &dosCSVShared{fh: fh, nfields: len(header),
		ch: recordChunker{r: br, cut: dosLastRecordEnd, line: line + 1, size: f.csvChunk}}
	if sh.ch.size <= 0 {
		sh.ch.size = dosCSVChunkSize
	}
	sh.refs.Store(1)
	full := Schema()
	var fields []arrow.Field
	for _, c := range f.cols {
		i, ok := at[c]
		if !ok {
			fh.Close()
			return nil, i18n.Errorf("%s:%d: missing dossier column %q", f.path, line, c)
		}
		sh.pos = append(sh.pos, i)
		sh.kinds = append(sh.kinds, dossierKind(c))
		fl := full.Field(full.FieldIndices(c)[0])
		fl.Nullable = true
		fields = append(fields, fl)
	}
	sh.sc = arrow.NewSchema(fields, nil)
	return sh, nil
}

func (f *File) newCSVPart(sh *dosCSVShared) (Part, error) {
	sh.refs.Add(1)
	p := &dosCSVPart{f: f, sh: sh, sc: sh.sc}
	p.refs.Store(1)
	p.fields = make([]dossierCSVField, len(sh.pos))
	p.newBuilders()
	return p, nil
}

func (p *dosCSVPart) newBuilders() {
	mem := p.f.opts.mem()
	n := len(p.sh.kinds)
	p.strB = make([]*array.StringBuilder, n)
	p.dictB = make([]*dossierDictBuilder, n)
	p.tsB = make([]*array.TimestampBuilder, n)
	p.boolB = make([]*array.BooleanBuilder, n)
	p.int8B = make([]*array.Int8Builder, n)
	p.builders = make([]array.Builder, 0, n*2)
	bs := p.f.opts.batchSize()
	for j, k := range p.sh.kinds {
		switch k {
		case dosKindString:
			p.strB[j] = array.NewStringBuilder(mem)
			p.builders = append(p.builders, p.strB[j])
		case dosKindDict:
			d := &dossierDictBuilder{idx: array.NewInt32Builder(mem), vals: array.NewStringBuilder(mem),
				seen: map[string]int32{}, byRaw: map[string]*dictEntry{}, gen: 1}
			p.dictB[j] = d
			p.builders = append(p.builders, d.idx, d.vals)
		case dosKindTime:
			p.tsB[j] = array.NewTimestampBuilder(mem, TimestampType().(*arrow.TimestampType))
			p.builders = append(p.builders, p.tsB[j])
		case dosKindBool:
			p.boolB[j] = array.NewBooleanBuilder(mem)
			p.builders = append(p.builders, p.boolB[j])
		case dosKindInt8:
			p.int8B[j] = array.NewInt8Builder(mem)
			p.builders = append(p.builders, p.int8B[j])
		}
	}
	for _, b := range p.builders {
		b.Reserve(bs)
	}
}

func (p *dosCSVPart) Retain()               { p.refs.Add(1) }
func (p *dosCSVPart) Schema() *arrow.Schema { return p.sc }
func (p *dosCSVPart) Record() arrow.Record  { return p.rec }
func (p *dosCSVPart) Err() error            { return p.err }
func (p *dosCSVPart) PositionKind() string  { return "line" }
func (p *dosCSVPart) Position(i int) int64 {
	if i >= 0 && i < len(p.lines) {
		return int64(p.lines[i])
	}
	return 0
}

func (p *dosCSVPart) Release() {
	if p.refs.Add(-1) != 0 {
		return
	}
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	for _, b := range p.builders {
		b.Release()
	}
	p.builders = nil
	p.sh.release()
}

func (p *dosCSVPart) reject(e *RowError) bool {
	p.f.rowsSeen.Add(1)
	if p.f.opts.OnReject == nil {
		p.err = e
		return false
	}
	p.f.opts.OnReject(e)
	return true
}

// Next reads the next batch of rows, taking chunks from the splitter as
// needed.
func (p *dosCSVPart) Next() bool {
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	if p.err != nil {
		return false
	}
	if p.done {
		p.err = p.f.partEnded(&p.ended)
		return false
	}
	p.lines = p.lines[:0]
	bs := p.f.opts.batchSize()
	for len(p.lines) < bs {
		if p.cr == nil {
			chunk, line, err := p.sh.next()
			if err != nil {
				p.err = i18n.Errorf("%s: %w", p.f.path, err)
				return false
			}
			if chunk == nil {
				p.done = true
				break
			}
			p.cr = csv.NewReader(bytes.NewReader(chunk))
			p.cr.Comment = '#'
			p.cr.ReuseRecord = true
			p.cr.FieldsPerRecord = -1
			p.chunkLine = line
		}
		rec, err := p.cr.Read()
		if err == io.EOF {
			p.cr = nil
			continue
		}
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				p.err = i18n.Errorf("%s: %w", p.f.path, err)
				return false
			}
			if rec == nil || pe.Err != csv.ErrFieldCount {
				if !p.reject(&RowError{File: p.f.path, Line: p.chunkLine + pe.StartLine - 1,
					Err: i18n.Errorf("byte %d of line %d: %w", pe.Column, p.chunkLine+pe.Line-1, pe.Err)}) {
					return false
				}
				continue
			}
		}
		// FieldPos is asked only after a record was read: after a syntax
		// error the reader holds no field and FieldPos panics.
		rel, _ := p.cr.FieldPos(0)
		line := p.chunkLine + rel - 1
		if len(rec) != p.sh.nfields {
			if !p.reject(&RowError{File: p.f.path, Line: line,
				Err: i18n.Errorf("%d fields, want %d", len(rec), p.sh.nfields)}) {
				return false
			}
			continue
		}
		if e := p.parseRow(rec, line); e != nil {
			if !p.reject(e) {
				return false
			}
			continue
		}
		p.appendRow()
		p.lines = append(p.lines, line)
	}
	if len(p.lines) == 0 {
		p.err = p.f.partEnded(&p.ended)
		return false
	}
	p.f.rowsSeen.Add(int64(len(p.lines)))
	p.rec = p.buildRecord()
	return true
}

// errNotUTF8 rejects a CSV field whose bytes are not UTF-8 text (a file
// saved in another encoding, or damaged).
var errNotUTF8 = i18n.New("not UTF-8 text (save the file as UTF-8)")

func (p *dosCSVPart) parseRow(rec []string, line int) *RowError {
	for j, k := range p.sh.kinds {
		raw := rec[p.sh.pos[j]]
		v := strings.TrimSpace(raw)
		if k == dosKindString || k == dosKindDict {
			// Text the CSV writer guarded against formula injection
			// ("'=x") reads back as it was ("=x").
			v = textfile.UnescapeCell(v)
		}
		fd := &p.fields[j]
		*fd = dossierCSVField{valid: v != ""}
		if v == "" {
			continue
		}
		var err error
		col := p.sc.Field(j).Name
		notUTF8 := func() *RowError {
			return &RowError{File: p.f.path, Line: line, Column: col, Value: strings.ToValidUTF8(raw, "\uFFFD"), Err: errNotUTF8}
		}
		switch k {
		case dosKindString:
			if !utf8.ValidString(v) {
				return notUTF8()
			}
			fd.s = dossierNFC(v)
		case dosKindDict:
			if fd.e = p.dictB[j].entry(v); fd.e == nil {
				return notUTF8()
			}
		case dosKindTime:
			fd.i, err = ParseTime(v, col == ColDueAt)
		case dosKindBool:
			var b bool
			b, err = parseDossierBool(v)
			if b {
				fd.i = 1
			}
		case dosKindInt8:
			var n int64
			n, err = strconv.ParseInt(v, 10, 8)
			fd.i = n
		}
		if err != nil {
			return &RowError{File: p.f.path, Line: line, Column: col, Value: raw, Err: err}
		}
	}
	return nil
}

func (p *dosCSVPart) appendRow() {
	for j, k := range p.sh.kinds {
		fd := &p.fields[j]
		switch k {
		case dosKindString:
			if fd.valid {
				p.strB[j].Append(fd.s)
			} else {
				p.strB[j].AppendNull()
			}
		case dosKindDict:
			d := p.dictB[j]
			if !fd.valid {
				d.idx.AppendNull()
				continue
			}
			d.idx.Append(d.index(fd.e))
		case dosKindTime:
			if fd.valid {
				p.tsB[j].Append(arrow.Timestamp(fd.i))
			} else {
				p.tsB[j].AppendNull()
			}
		case dosKindBool:
			if fd.valid {
				p.boolB[j].Append(fd.i == 1)
			} else {
				p.boolB[j].AppendNull()
			}
		case dosKindInt8:
			if fd.valid {
				p.int8B[j].Append(int8(fd.i))
			} else {
				p.int8B[j].AppendNull()
			}
		}
	}
}

func (p *dosCSVPart) buildRecord() arrow.Record {
	cols := make([]arrow.Array, len(p.sh.kinds))
	for j, k := range p.sh.kinds {
		switch k {
		case dosKindString:
			cols[j] = p.strB[j].NewArray()
		case dosKindDict:
			d := p.dictB[j]
			idx := d.idx.NewArray()
			vals := d.vals.NewArray()
			cols[j] = array.NewDictionaryArray(StringType(), idx, vals)
			idx.Release()
			vals.Release()
			clear(d.seen)
			d.gen++
		case dosKindTime:
			cols[j] = p.tsB[j].NewArray()
		case dosKindBool:
			cols[j] = p.boolB[j].NewArray()
		case dosKindInt8:
			cols[j] = p.int8B[j].NewArray()
		}
	}
	rec := array.NewRecord(p.sc, cols, int64(len(p.lines)))
	for _, c := range cols {
		c.Release()
	}
	return rec
}

// parseDossierBool reads true/false, 1/0, yes/no, có/không, x/(blank is null).
func parseDossierBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "true", "1", "yes", "y", "t", "có", "co", "x":
		return true, nil
	case "false", "0", "no", "n", "f", "không", "khong":
		return false, nil
	}
	return false, i18n.Errorf("not a boolean (want true/false, 1/0, có/không)")
}

// ParseTime parses a dossier time as wall-clock seconds since
// 1970-01-01. It accepts "2006-01-02 15:04:05", "2006-01-02T15:04:05",
// "2006-01-02 15:04", "2006-01-02", the Vietnamese day-first forms
// "02/01/2006 15:04:05", "02/01/2006 15:04", "02/01/2006" (day, month
// and hour also of one digit, as Excel writes them: "5/3/2025 8:05"), and RFC 3339
// times with a zone, which are converted to Viet Nam time (UTC+7). A date
// without a time is the start of that day, or its last second when
// endOfDay is set (a due date written as a day means "by the end of it").
func ParseTime(s string, endOfDay bool) (int64, error) {
	var y, mo, d, h, mi, sec int
	var ok bool
	rest := s
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		y, ok = dosAtoi(s[0:4])
		m2, ok2 := dosAtoi(s[5:7])
		d2, ok3 := dosAtoi(s[8:10])
		ok = ok && ok2 && ok3
		mo, d = m2, d2
		rest = s[10:]
	} else if i := strings.IndexByte(s, '/'); i == 1 || i == 2 {
		j := strings.IndexByte(s[i+1:], '/')
		if j == 1 || j == 2 {
			j += i + 1
			end := j + 5
			if len(s) >= end {
				d2, ok1 := dosAtoi(s[:i])
				m2, ok2 := dosAtoi(s[i+1 : j])
				y2, ok3 := dosAtoi(s[j+1 : end])
				ok = ok1 && ok2 && ok3
				y, mo, d = y2, m2, d2
				rest = s[end:]
			}
		}
	}
	if !ok {
		return 0, i18n.Errorf("not a date (want 2006-01-02 15:04:05 or 02/01/2006 15:04:05)")
	}
	hasTime := false
	if rest != "" {
		if rest[0] != ' ' && rest[0] != 'T' {
			return 0, i18n.Errorf("not a date: unexpected %q after the date", rest)
		}
		t := strings.TrimSpace(rest[1:])
		var clock bool
		if h, mi, sec, ok, clock = clockOf(t); !clock {
			tt, err := time.Parse(time.RFC3339, strings.Replace(s, " ", "T", 1))
			if err != nil {
				return 0, i18n.Errorf("not a time (want 15:04:05): %w", err)
			}
			return WallSeconds(tt.In(time.FixedZone("ICT", 7*3600))), nil
		}
		if !ok {
			return 0, i18n.Errorf("not a time (want 15:04:05)")
		}
		hasTime = true
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 {
		return 0, i18n.Errorf("date or time out of range")
	}
	if d > monthDays(y, mo) {
		return 0, i18n.Errorf("no such day")
	}
	secs := civilDays(y, mo, d)*86400 + int64(h*3600+mi*60+sec)
	if !hasTime && endOfDay {
		secs += 86400 - 1
	}
	return secs, nil
}

// monthDays returns the number of days of month mo (1..12) of year y
// (proleptic Gregorian).
func monthDays(y, mo int) int {
	switch mo {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civilDays returns the days from 1970-01-01 to the date y-mo-d
// (proleptic Gregorian, as package time counts them; H. Hinnant's
// algorithm).
func civilDays(y, mo, d int) int64 {
	yy := int64(y)
	if mo <= 2 {
		yy--
	}
	era := yy / 400
	if yy < 0 && yy%400 != 0 {
		era--
	}
	yoe := yy - era*400
	m := int64(mo)
	if m > 2 {
		m -= 3
	} else {
		m += 9
	}
	doy := (153*m+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func dosAtoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}

// clockOf reads a time of day "15:04:05" or "15:04", the hour also of one
// digit ("8:05", as Excel writes it). clock is false when t has neither
// shape (it may be an RFC 3339 time); ok is false when it has one but a
// part is no number.
func clockOf(t string) (h, mi, sec int, ok, clock bool) {
	c := 2 // where the hour ends
	if len(t) > 1 && t[1] == ':' {
		c = 1
	} else if len(t) < 3 || t[2] != ':' {
		return 0, 0, 0, false, false
	}
	switch rest := t[c+1:]; {
	case len(rest) == 2:
	case len(rest) == 5 && rest[2] == ':':
		var o bool
		if sec, o = dosAtoi(rest[3:5]); !o {
			return 0, 0, 0, false, true
		}
	default:
		return 0, 0, 0, false, false
	}
	h, o1 := dosAtoi(t[:c])
	mi, o2 := dosAtoi(t[c+1 : c+3])
	return h, mi, sec, o1 && o2, true
}
