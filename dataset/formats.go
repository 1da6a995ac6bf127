package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/cchc-lab/cchc/dataset/internal/pqhook"

	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// jsonRecord is one record of a JSON file: its flattened keys in order,
// their values and the line where the record starts.
type jsonRecord struct {
	line int
	keys []string
	vals map[string]input
	raw  string
	bad  i18n.Text // why the element is not a record
}

// readJSON reads a JSON array of records, or an object holding one table
// by name, in two passes over data: the first checks the syntax and
// collects the keys of the records (the header), the second reads the
// records into the table one at a time, so that memory follows the rows
// kept rather than the records of the file.
func readJSON(data []byte, name string, kind Kind, defaults map[string]string, mem memory.Allocator, keep keepRule) (*Loaded, error) {
	data, err := checkJSONText(data, name)
	if err != nil {
		return nil, err
	}
	jt, err := openJSONTable(data, name, kind)
	if err != nil {
		return nil, err
	}
	header, err := jt.header(kind)
	if err != nil {
		return nil, err
	}
	m, err := mapHeaderDefaults(name, append([]string(nil), header...), kind, defaults)
	if err != nil {
		return nil, err
	}
	t := newTableBuilder(name, m, mem, keep)
	defer t.release()
	ins := make([]input, len(m.cs))
	err = jt.each(func(jr *jsonRecord) { addJSONRecord(t, header, jr, ins) })
	if err != nil {
		return nil, err
	}
	return t.finish(), nil
}

// checkJSONText drops a byte-order mark and fails on an empty file or one
// that is not UTF-8, naming the line of the first bad byte.
func checkJSONText(data []byte, name string) ([]byte, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &ParseError{File: name, Err: ErrEmptyFile}
	}
	if utf8.Valid(data) {
		return data, nil
	}
	off := 0
	for off < len(data) {
		r, size := utf8.DecodeRune(data[off:])
		if r == utf8.RuneError && size <= 1 {
			break
		}
		off += size
	}
	return nil, checkUTF8(name, lineOfOffset(data, off), data[off:])
}

// jsonTable is where the table of a JSON file stands: an array of records
// at offset base (0 for a file that is one array), or a single record
// when an object of tables holds the table as one object ("plan": {...}).
type jsonTable struct {
	data   []byte
	name   string
	base   int
	single bool
}

// openJSONTable finds the table in data: the top-level array, or the
// value of the key naming kind in a top-level object.
func openJSONTable(data []byte, name string, kind Kind) (*jsonTable, error) {
	jt := &jsonTable{data: data, name: name}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return nil, jt.syntaxError(dec, err)
	}
	d, ok := tok.(json.Delim)
	switch {
	case ok && d == '{':
		// An object holding tables by name, as "cchc parse --format json"
		// writes: {"plan": {...}, "targets": [...], "tasks": [...]}.
		start, isObj, err := pickJSONTable(data, dec, kind)
		if err != nil {
			return nil, &ParseError{File: name, Line: 1, Err: err}
		}
		jt.base, jt.single = start, isObj
	case !ok || d != '[':
		return nil, &ParseError{File: name, Line: 1, Err: i18n.Errorf("%w: a JSON table is an array of records ([{...}, {...}])", ErrFormat)}
	}
	return jt, nil
}

// syntaxError places a decoding error of dec (which reads from base) at
// its line.
func (jt *jsonTable) syntaxError(dec *json.Decoder, err error) error {
	data := jt.data
	line := lineOfOffset(data, min(jt.base+int(dec.InputOffset()), len(data)))
	var se *json.SyntaxError
	if errors.Is(err, io.ErrUnexpectedEOF) {
		line = lineOfOffset(data, len(data))
	}
	if errors.As(err, &se) {
		line = lineOfOffset(data, min(jt.base+int(se.Offset), len(data)))
	}
	return &ParseError{File: jt.name, Line: line, Err: i18n.Errorf("%w: not a JSON array of records: %w", ErrFormat, err)}
}

// header reads every record once and returns their keys in order of first
// appearance; with no keys at all, the columns of kind.
func (jt *jsonTable) header(kind Kind) ([]string, error) {
	var header []string
	seen := map[string]bool{}
	err := jt.each(func(jr *jsonRecord) {
		for _, k := range jr.keys {
			if !seen[k] {
				seen[k] = true
				header = append(header, k)
			}
		}
	})
	if err != nil {
		return nil, err
	}
	if len(header) == 0 && kind != "" {
		// No records, or none with a key: an empty table of the kind asked for.
		for _, c := range specs(kind) {
			header = append(header, c.name)
		}
	}
	if len(header) == 0 {
		return nil, &ParseError{File: jt.name, Line: 1, Err: i18n.Errorf("%w: the JSON table has no records to tell its kind from; name the kind", ErrUnknownKind)}
	}
	return header, nil
}

// each decodes the records of the table in order and calls fn with each;
// it fails on a syntax error and on a second value after a top-level
// array.
func (jt *jsonTable) each(fn func(jr *jsonRecord)) error {
	data := jt.data
	dec := json.NewDecoder(bytes.NewReader(data[jt.base:]))
	dec.UseNumber()
	if !jt.single {
		if _, err := dec.Token(); err != nil { // the opening '['
			return jt.syntaxError(dec, err)
		}
	}
	lines := lineCounter{data: data}
	for jt.single || dec.More() {
		off := jt.base + int(dec.InputOffset())
		for off < len(data) && (data[off] == ',' || data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t') {
			off++
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return jt.syntaxError(dec, err)
		}
		jr := jt.record(raw, off, lines.at(off))
		fn(&jr)
		if jt.single {
			return nil
		}
	}
	if _, err := dec.Token(); err != nil { // the closing ']'
		return jt.syntaxError(dec, err)
	}
	if jt.base == 0 {
		if err := checkJSONEnd(data, int(dec.InputOffset())); err != nil {
			return &ParseError{File: jt.name, Line: lineOfOffset(data, jsonNextValue(data, int(dec.InputOffset()))), Err: err}
		}
	}
	return nil
}

// record reads one element of the table, raw, found at offset off on the
// given line: its flattened keys and values, or why it is not a record.
func (jt *jsonTable) record(raw json.RawMessage, off, line int) jsonRecord {
	jr := jsonRecord{line: line, raw: string(raw), vals: map[string]input{}}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil || obj == nil {
		jr.bad = i18n.Textf("not a JSON object")
	} else if key, at, dup := duplicateJSONKey(raw); dup {
		line, col := lineColumn(jt.data, off+at)
		jr.bad = i18n.Textf("duplicate key %q at line %d, column %d (a record names each key once)", key, line, col)
	} else {
		flattenJSON(&jr, "", obj)
	}
	return jr
}

// addJSONRecord adds one record to the table; ins is scratch space of the
// table's width.
func addJSONRecord(t *tableBuilder, header []string, jr *jsonRecord, ins []input) {
	raw := func() string { return jr.raw }
	if jr.bad != nil {
		t.loaded.RowsRead++
		t.reject(jr.line, "", jr.bad, raw())
		return
	}
	for j, i := range t.m.src {
		if i < 0 {
			ins[j] = t.m.absent(j)
			continue
		}
		v, ok := jr.vals[header[i]]
		if !ok {
			v = input{null: true}
		}
		ins[j] = v
	}
	t.add(jr.line, ins, raw)
}

// jsonNextValue returns the offset of the first byte after end that is
// not JSON white space.
func jsonNextValue(data []byte, end int) int {
	for end < len(data) && (data[end] == ' ' || data[end] == '\n' || data[end] == '\r' || data[end] == '\t') {
		end++
	}
	return end
}

// checkJSONEnd fails when anything but white space follows the one
// top-level value, which ends at offset end: a second array pasted after
// the first would otherwise be ignored.
func checkJSONEnd(data []byte, end int) error {
	next := jsonNextValue(data, end)
	if next >= len(data) {
		return nil
	}
	line, col := lineColumn(data, next)
	return i18n.Errorf("%w: a second JSON value starts at line %d, column %d; a JSON table is one array (or one object of tables)", ErrFormat, line, col)
}

// lineColumn returns the 1-based line and column (in characters) of offset off.
func lineColumn(data []byte, off int) (line, col int) {
	off = min(off, len(data))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return lineOfOffset(data, off), utf8.RuneCount(data[start:off]) + 1
}

// duplicateJSONKey finds the first key that an object of raw (a valid
// JSON value) names twice, at any depth, and its offset in raw.
func duplicateJSONKey(raw []byte) (key string, at int, found bool) {
	type frame struct {
		obj     bool
		keys    map[string]bool
		wantKey bool
	}
	var stack []*frame
	dec := json.NewDecoder(bytes.NewReader(raw))
	for {
		before := int(dec.InputOffset())
		tok, err := dec.Token()
		if err != nil {
			return "", 0, false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok && (d == '}' || d == ']') {
			stack = stack[:len(stack)-1]
			continue
		}
		if top != nil && top.obj && top.wantKey {
			k, _ := tok.(string)
			if top.keys[k] {
				return k, jsonNextValue(raw, before+1), true
			}
			top.keys[k] = true
			top.wantKey = false
			continue
		}
		if top != nil && top.obj {
			top.wantKey = true // a value: a key comes next
		}
		if d, ok := tok.(json.Delim); ok {
			stack = append(stack, &frame{obj: d == '{', keys: map[string]bool{}, wantKey: d == '{'})
		}
	}
}

// lineCounter gives the 1-based line of increasing offsets in data,
// counting each byte once.
type lineCounter struct {
	data []byte
	off  int
	line int
}

// at returns the line of offset off (not before the last offset asked).
func (c *lineCounter) at(off int) int {
	if c.line == 0 {
		c.line = 1
	}
	if off < c.off {
		return lineOfOffset(c.data, off)
	}
	c.line += bytes.Count(c.data[c.off:off], []byte{'\n'})
	c.off = off
	return c.line
}

// jsonTableKey reports whether an object key names table kind k
// ("targets" or "target" for targets, "plan" for plans).
func jsonTableKey(key string, k Kind) bool {
	key = columnKey(key)
	return key == string(k) || key+"s" == string(k)
}

// pickJSONTable finds, in the object dec has just opened, the value that
// holds the table of kind k (the only table there when k is ""). It
// returns the value's offset in data and whether it is a single object.
func pickJSONTable(data []byte, dec *json.Decoder, k Kind) (int, bool, error) {
	type entry struct {
		key   string
		kind  Kind
		start int
		obj   bool
	}
	var found []entry
	var keys []string
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return 0, false, i18n.Errorf("%w: %v", ErrFormat, err)
		}
		key, _ := tok.(string)
		keys = append(keys, key)
		off := int(dec.InputOffset())
		for off < len(data) && (data[off] == ':' || data[off] == ' ' || data[off] == '\n' || data[off] == '\r' || data[off] == '\t') {
			off++
		}
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return 0, false, i18n.Errorf("%w: %v", ErrFormat, err)
		}
		if off >= len(data) || (data[off] != '[' && data[off] != '{') {
			continue
		}
		for _, kk := range Kinds() {
			if (k == "" || kk == k) && jsonTableKey(key, kk) {
				found = append(found, entry{key, kk, off, data[off] == '{'})
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the closing '}'
		return 0, false, i18n.Errorf("%w: %v", ErrFormat, err)
	}
	if err := checkJSONEnd(data, int(dec.InputOffset())); err != nil {
		return 0, false, err
	}
	switch {
	case len(found) == 1:
		return found[0].start, found[0].obj, nil
	case len(found) > 1:
		names := make([]string, len(found))
		for i, f := range found {
			names[i] = f.key
		}
		return 0, false, i18n.Errorf("%w: the JSON object holds several tables (%s); name the kind to read one", ErrUnknownKind, strings.Join(names, ", "))
	case k != "":
		return 0, false, i18n.Errorf("%w: the JSON object has no %q table (its keys: %s)", ErrFormat, k, quoteList(keys))
	}
	return 0, false, i18n.Errorf("%w: a JSON table is an array of records ([{...}, {...}]), or an object holding one by name ({\"targets\": [...]})", ErrFormat)
}

// flattenJSON adds the keys of obj to jr in sorted order, those of nested
// objects as prefix_key.
func flattenJSON(jr *jsonRecord, prefix string, obj map[string]json.RawMessage) {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, key := range keys {
		v := bytes.TrimSpace(obj[key])
		if prefix != "" {
			key = prefix + "_" + key
		}
		if len(v) > 0 && v[0] == '{' {
			var sub map[string]json.RawMessage
			if json.Unmarshal(v, &sub) == nil {
				flattenJSON(jr, key, sub)
				continue
			}
		}
		if _, dup := jr.vals[key]; dup {
			// "a": {"b": 1} and "a_b": 2 both flatten to a_b.
			jr.bad = i18n.Textf("the key %q is given twice (once inside a nested object)", key)
			continue
		}
		jr.keys = append(jr.keys, key)
		jr.vals[key] = jsonInput(v)
	}
}

// jsonInput turns a JSON value into a cell input.
func jsonInput(v json.RawMessage) input {
	if len(v) == 0 {
		return input{null: true}
	}
	switch v[0] {
	case 'n':
		return input{null: true}
	case 't', 'f':
		return input{typed: 'b', b: v[0] == 't'}
	case '"':
		var s string
		if json.Unmarshal(v, &s) == nil {
			return input{text: s}
		}
	case '[':
		var items []any
		dec := json.NewDecoder(bytes.NewReader(v))
		dec.UseNumber()
		if dec.Decode(&items) == nil {
			in := input{typed: 'l'}
			for _, it := range items {
				switch it := it.(type) {
				case nil:
				case string:
					in.list = append(in.list, it)
				default:
					in.list = append(in.list, fmt.Sprint(it))
				}
			}
			return in
		}
	default:
		if f, err := strconv.ParseFloat(string(v), 64); err == nil {
			return input{typed: 'n', num: f}
		}
	}
	return input{text: string(v)}
}

// readParquet reads a Parquet file through the guards of
// internal/binread: allocations capped by the file's size, the decoder's
// panics recovered, cchc's checksum verified, the stored Arrow schema
// checked before it is decoded, every record checked, and the rows read
// compared with the rows the footer declares.
func readParquet(ra readAtSeeker, name string, kind Kind, defaults map[string]string, mem memory.Allocator, keep keepRule) (l *Loaded, err error) {
	defer func() {
		if r := recover(); r != nil {
			l, err = nil, &ParseError{File: name, Err: i18n.Errorf("%w: corrupt Parquet file: %w", ErrFormat, binread.Recovered(r))}
		}
	}()
	size, err := ra.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	rmem := binread.Cap(memory.Allocator(mem), size)
	// The page reader allocates from Go's allocator, whatever mem is:
	// Arrow v15's page reader (parquet/file/page_reader.go, Next) frees a
	// dictionary or v1 data page's buffer as soon as it returns the page,
	// while the decoders still read it; only an allocator that never
	// reuses freed buffers keeps those bytes intact. mem allocates the
	// Arrow records only.
	pmem := binread.Cap(memory.NewGoAllocator(), size)
	pf, err := file.NewParquetReader(ra, file.WithReadProps(parquet.NewReaderProperties(pmem)))
	if err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: not a Parquet file: %v", ErrFormat, err)}
	}
	defer pf.Close()
	if err := checkParquetMeta(pf, ra, size); err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: %w", ErrFormat, err)}
	}
	if pqhook.Open == nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: reading Parquet tables needs package dataset/parquetio linked in", ErrFormat)}
	}
	groups, err := pqhook.Open(pf, rmem)
	if err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: %w", ErrFormat, err)}
	}
	defer groups.Release()
	l, err = readRecords(name, groups.Schema(), kind, defaults, mem, keep, groups.Next)
	if err != nil {
		return nil, err
	}
	if declared := pf.NumRows(); groups.Rows() != declared {
		l.Release()
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: %w: %d rows read where the footer declares %d", ErrFormat, binread.ErrDamaged, groups.Rows(), declared)}
	}
	return l, nil
}

// checkParquetMeta verifies cchc's checksum when the file has one and
// checks the Arrow schema it stores before pqarrow decodes it.
func checkParquetMeta(pf *file.Reader, ra io.ReaderAt, size int64) error {
	if _, err := binread.VerifyParquetChecksum(ra, size); err != nil {
		return err
	}
	if v := pf.MetaData().KeyValueMetadata().FindValue("ARROW:schema"); v != nil {
		return binread.CheckStoredSchema(*v)
	}
	return nil
}

// readIPC reads an Arrow IPC file (or stream).
func readIPC(ra readAtSeeker, name string, kind Kind, defaults map[string]string, mem memory.Allocator, keep keepRule) (l *Loaded, err error) {
	defer func() {
		if r := recover(); r != nil {
			l, err = nil, &ParseError{File: name, Err: i18n.Errorf("%w: corrupt Arrow file: %w", ErrFormat, binread.Recovered(r))}
		}
	}()
	size, err := ra.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	magic := make([]byte, 6)
	n, _ := ra.ReadAt(magic, 0)
	if n == 6 && string(magic) == "ARROW1" {
		if err := binread.CheckIPCFile(ra, size); err != nil {
			return nil, &ParseError{File: name, Err: i18n.Errorf("%w: not a readable Arrow IPC file: %v", ErrFormat, err)}
		}
		// The IPC file reader of Arrow v15 does not release its dictionary
		// memo on Close, so it reads with its own Go allocator (garbage
		// collected); the table built from it uses mem.
		fr, err := ipc.NewFileReader(ra, ipc.WithAllocator(binread.Cap(memory.NewGoAllocator(), size)))
		if err != nil {
			return nil, &ParseError{File: name, Err: i18n.Errorf("%w: not an Arrow IPC file: %v", ErrFormat, err)}
		}
		defer fr.Close()
		i := 0
		var prev arrow.Record
		defer func() {
			if prev != nil {
				prev.Release()
			}
		}()
		return readRecords(name, fr.Schema(), kind, defaults, mem, keep, func() (arrow.Record, error) {
			if prev != nil {
				prev.Release()
				prev = nil
			}
			if i >= fr.NumRecords() {
				return nil, nil
			}
			rec, err := fr.RecordAt(i)
			i++
			prev = rec
			return rec, err
		})
	}
	if err := binread.CheckIPCStream(ra, size); err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: not a readable Arrow IPC file or stream: %v", ErrFormat, err)}
	}
	if _, err := ra.Seek(0, io.SeekStart); err != nil {
		return nil, &ParseError{File: name, Err: err}
	}
	sr, err := ipc.NewReader(ra, ipc.WithAllocator(binread.Cap(memory.NewGoAllocator(), size)))
	if err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("%w: not an Arrow IPC file or stream: %v", ErrFormat, err)}
	}
	defer sr.Release()
	return readRecords(name, sr.Schema(), kind, defaults, mem, keep, func() (arrow.Record, error) {
		if sr.Next() {
			return sr.Record(), nil
		}
		return nil, sr.Err()
	})
}

// readRecords reads the rows of Arrow records (not retained, not
// released) with the same rules as the CSV reader. Line numbers count the
// header as line 1.
func readRecords(name string, schema *arrow.Schema, kind Kind, defaults map[string]string, mem memory.Allocator, keep keepRule, next func() (arrow.Record, error)) (*Loaded, error) {
	header := make([]string, schema.NumFields())
	for i, f := range schema.Fields() {
		header[i] = f.Name
	}
	if kind == "" {
		if v, ok := schema.Metadata().GetValue("cchc.kind"); ok && specs(Kind(v)) != nil {
			kind = Kind(v)
		}
	}
	m, err := mapHeaderDefaults(name, header, kind, defaults)
	if err != nil {
		return nil, err
	}
	t := newTableBuilder(name, m, mem, keep)
	defer t.release()
	ins := make([]input, len(m.cs))
	line := 1
	for {
		rec, err := next()
		if err != nil {
			return nil, &ParseError{File: name, Line: line, Err: i18n.Errorf("%w: %w", ErrFormat, err)}
		}
		if rec == nil {
			break
		}
		if err := binread.CheckRecord(rec); err != nil {
			return nil, damagedRecord(name, line, err)
		}
		for i := 0; i < int(rec.NumRows()); i++ {
			line++
			for j, c := range m.src {
				if c < 0 {
					ins[j] = m.absent(j)
				} else {
					ins[j] = arrowInput(rec.Column(c), i)
				}
			}
			t.add(line, ins, func() string { return recordRowText(rec, i) })
		}
	}
	return t.finish(), nil
}

// arrowInput turns element i of an Arrow array into a cell input.
func arrowInput(a arrow.Array, i int) input {
	if a.IsNull(i) {
		return input{null: true}
	}
	switch a := a.(type) {
	case *array.String, *array.LargeString, *array.Binary:
		s, _ := stringAt(a, i)
		return input{text: s}
	case *array.Dictionary:
		return arrowInput(a.Dictionary(), a.GetValueIndex(i))
	case *array.Boolean:
		return input{typed: 'b', b: a.Value(i)}
	case *array.Float64, *array.Float32:
		v, _, _ := floatAt(a, i)
		if math.IsNaN(v) {
			return input{null: true}
		}
		return input{typed: 'n', num: v}
	case *array.List, *array.LargeList:
		vals, s, e, _ := listAt(a, i)
		in := input{typed: 'l'}
		for j := s; j < e; j++ {
			if t, ok := cellText(vals, j); ok {
				in.list = append(in.list, t)
			}
		}
		return in
	}
	if v, ok, err := intAt(a, i); ok && err == nil {
		return input{typed: 'n', num: float64(v)}
	}
	return input{text: a.ValueStr(i)}
}

// recordRowText formats row i of rec as comma-separated text for a rejection.
func recordRowText(rec arrow.Record, i int) string {
	parts := make([]string, rec.NumCols())
	for j := range parts {
		parts[j], _ = cellText(rec.Column(j), i)
	}
	return strings.Join(parts, ",")
}

// damagedRecord is the error of a record that fails binread.CheckRecord,
// placed at the row at fault when known (rows after line).
func damagedRecord(name string, line int, err error) *ParseError {
	pe := &ParseError{File: name, Err: i18n.Errorf("%w: %w", ErrFormat, err)}
	var re *binread.RecordError
	if errors.As(err, &re) {
		pe.Field, pe.Err = re.Column, i18n.Errorf("%w: %w", ErrFormat, re.Err)
		if re.Row >= 0 {
			pe.Line = line + 1 + re.Row
		}
	}
	return pe
}
