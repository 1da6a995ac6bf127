package binread

import (
	"bytes"
	"encoding/binary"
	"errors"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// RecordError is a damaged column of a record, found by CheckRecord.
type RecordError struct {
	// Column is the column's name.
	Column string
	// Row is the 0-based row of the record at fault, -1 when the damage
	// is not in one row (a buffer too short, say).
	Row int
	// Err says what is damaged; it wraps ErrDamaged.
	Err error
}

// Error returns "column "c": row r: cause", rows counted from 1.
func (e *RecordError) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l.
func (e *RecordError) In(l i18n.Lang) string {
	if e.Row < 0 {
		return i18n.Textf("column %q: %v", e.Column, e.Err).In(l)
	}
	return i18n.Textf("column %q: row %d of the batch: %v", e.Column, e.Row+1, e.Err).In(l)
}

// Unwrap returns the cause.
func (e *RecordError) Unwrap() error { return e.Err }

// rowError marks the row (0-based) an error of checkData is about.
type rowError struct {
	row int
	err error
}

func (e *rowError) Error() string { return e.err.Error() }
func (e *rowError) Unwrap() error { return e.err }

// CheckRecord checks every column of rec as CheckArray does; its error
// is a *RecordError naming the column and, when known, the row.
func CheckRecord(rec arrow.Record) error {
	return checkRecord(rec, nil)
}

// Checker checks the records of one stream as CheckRecord does, and
// remembers the string dictionary of each column it last checked. A
// Parquet reader hands every record of a row group the dictionary read so
// far: the entries that are byte for byte those of the dictionary checked
// before (offsets and values) are not checked again, only the entries
// added. The zero Checker is ready to use; it is not safe for concurrent
// use.
type Checker struct {
	dicts []checkedDict
}

// CheckRecord checks rec as the function CheckRecord does.
func (c *Checker) CheckRecord(rec arrow.Record) error {
	if n := int(rec.NumCols()); len(c.dicts) < n {
		c.dicts = append(c.dicts, make([]checkedDict, n-len(c.dicts))...)
	}
	return checkRecord(rec, c.dicts)
}

// checkedDict is a string dictionary found sound: its offsets buffer up
// to the end of its last entry, and its values up to there.
type checkedDict struct {
	offsets, values []byte
}

// prefix returns how many leading entries of dict, a string dictionary,
// are those of the dictionary checked last.
func (m *checkedDict) prefix(dict arrow.ArrayData) int {
	k := len(m.offsets)/4 - 1
	if k <= 0 || dict.Len() < k || dict.Offset() != 0 {
		return 0
	}
	offs, vals := bytesOf(dict.Buffers(), 1), bytesOf(dict.Buffers(), 2)
	if len(offs) < len(m.offsets) || len(vals) < len(m.values) ||
		!bytes.Equal(offs[:len(m.offsets)], m.offsets) || !bytes.Equal(vals[:len(m.values)], m.values) {
		return 0
	}
	return k
}

// remember keeps dict, a string dictionary without nulls found sound
// whose first k entries are those remembered.
func (m *checkedDict) remember(dict arrow.ArrayData, k int) {
	n := dict.Len()
	if n == 0 {
		m.forget()
		return
	}
	offs, vals := bytesOf(dict.Buffers(), 1), bytesOf(dict.Buffers(), 2)
	if k == 0 {
		m.offsets, m.values = m.offsets[:0], m.values[:0]
		m.offsets = append(m.offsets, offs[:4]...)
	}
	m.offsets = append(m.offsets, offs[4*(k+1):4*(n+1)]...)
	end := offsets32(offs)(n)
	m.values = append(m.values, vals[len(m.values):end]...)
}

// forget drops what m remembers.
func (m *checkedDict) forget() {
	m.offsets, m.values = m.offsets[:0], m.values[:0]
}

// checkRecord checks the columns of rec; dicts, when not nil, holds what
// is remembered of each column's dictionary.
func checkRecord(rec arrow.Record, dicts []checkedDict) error {
	for i, col := range rec.Columns() {
		if col.Len() != int(rec.NumRows()) {
			return &RecordError{Column: rec.ColumnName(i), Row: -1, Err: i18n.Errorf("%w: %d values in a batch of %d rows", ErrDamaged, col.Len(), rec.NumRows())}
		}
		var memo *checkedDict
		if dicts != nil {
			memo = &dicts[i]
		}
		if err := checkDataWith(col.Data(), 0, memo); err != nil {
			re := &RecordError{Column: rec.ColumnName(i), Row: -1, Err: err}
			var row *rowError
			if errors.As(err, &row) {
				re.Row, re.Err = row.row, row.err
			}
			return re
		}
	}
	return nil
}

// CheckArray checks that a decoded array is sound before its values are
// read: its buffers are as long as its length needs, offsets never go
// back nor past the values, dictionary indices point into the
// dictionary, and string values are UTF-8. Row numbers in its errors
// count from 1 within the array.
func CheckArray(a arrow.Array) error {
	return checkData(a.Data(), 0)
}

// maxNesting bounds the depth of nested types checked.
const maxNesting = 64

func checkData(d arrow.ArrayData, depth int) error {
	return checkDataWith(d, depth, nil)
}

// checkDataWith is checkData with memo, when not nil, remembering the
// dictionary of a dictionary array.
func checkDataWith(d arrow.ArrayData, depth int, memo *checkedDict) error {
	if depth > maxNesting {
		return i18n.Errorf("%w: types nested more than %d deep", ErrDamaged, maxNesting)
	}
	n, off := d.Len(), d.Offset()
	if n < 0 || off < 0 {
		return i18n.Errorf("%w: a negative length or offset", ErrDamaged)
	}
	bufs := d.Buffers()
	if bm := bytesOf(bufs, 0); len(bm) > 0 && len(bm)*8 < off+n {
		return i18n.Errorf("%w: the validity bitmap holds %d bits for %d values", ErrDamaged, bufs[0].Len()*8, off+n)
	}
	switch dt := d.DataType().(type) {
	case *arrow.StringType:
		return checkOffsets32(bufs, n, off, true)
	case *arrow.BinaryType:
		return checkOffsets32(bufs, n, off, false)
	case *arrow.LargeStringType:
		return checkOffsets64(bufs, n, off, true)
	case *arrow.LargeBinaryType:
		return checkOffsets64(bufs, n, off, false)
	case *arrow.ListType, *arrow.MapType:
		return checkList32(d, bufs, n, off, depth)
	case *arrow.LargeListType:
		return checkList64(d, bufs, n, off, depth)
	case *arrow.DictionaryType:
		return checkDictionary(d, dt, bufs, n, off, depth, memo)
	case *arrow.StructType:
		for i, c := range d.Children() {
			if c.Len() < off+n {
				return i18n.Errorf("%w: field %q has %d values for %d rows", ErrDamaged, dt.Field(i).Name, c.Len(), off+n)
			}
			if err := checkData(c, depth+1); err != nil {
				return i18n.Errorf("field %q: %w", dt.Field(i).Name, err)
			}
		}
		return nil
	case arrow.FixedWidthDataType:
		return checkFixedWidth(bufs, n, off, dt.BitWidth())
	}
	return nil
}

// bytesOf returns the bytes of buffer i, nil when absent.
func bytesOf(bufs []*memory.Buffer, i int) []byte {
	if i >= len(bufs) || bufs[i] == nil {
		return nil
	}
	return bufs[i].Bytes()
}

func checkFixedWidth(bufs []*memory.Buffer, n, off, bits int) error {
	if n == 0 || bits <= 0 {
		return nil
	}
	have := len(bytesOf(bufs, 1))
	if need := (int64(off+n)*int64(bits) + 7) / 8; int64(have) < need {
		return i18n.Errorf("%w: a values buffer of %d bytes for %d values of %d bits", ErrDamaged, have, off+n, bits)
	}
	return nil
}

// offsetsAt reads offset i of a 32- or 64-bit offsets buffer.
type offsetsAt func(i int) int64

func offsets32(b []byte) offsetsAt {
	return func(i int) int64 { return int64(int32(binary.LittleEndian.Uint32(b[4*i:]))) }
}

func offsets64(b []byte) offsetsAt {
	return func(i int) int64 { return int64(binary.LittleEndian.Uint64(b[8*i:])) }
}

// checkOffsetRun checks offsets off..off+n: present, never decreasing,
// within [0, limit].
func checkOffsetRun(buf []byte, width, n, off int, limit int64) (offsetsAt, error) {
	if n == 0 {
		return nil, nil
	}
	if len(buf) < (off+n+1)*width {
		return nil, i18n.Errorf("%w: an offsets buffer of %d bytes for %d values", ErrDamaged, len(buf), off+n)
	}
	at := offsets32(buf)
	if width == 8 {
		at = offsets64(buf)
	}
	prev := at(off)
	if prev < 0 || prev > limit {
		return nil, &rowError{0, i18n.Errorf("%w: a value starts at offset %d, outside the %d bytes of values", ErrDamaged, prev, limit)}
	}
	for i := off + 1; i <= off+n; i++ {
		cur := at(i)
		if cur < prev || cur > limit {
			return nil, &rowError{i - off - 1, i18n.Errorf("%w: a value ends at offset %d, outside %d..%d", ErrDamaged, cur, prev, limit)}
		}
		prev = cur
	}
	return at, nil
}

func checkOffsets32(bufs []*memory.Buffer, n, off int, text bool) error {
	return checkBinary(bufs, n, off, 4, text)
}

func checkOffsets64(bufs []*memory.Buffer, n, off int, text bool) error {
	return checkBinary(bufs, n, off, 8, text)
}

// checkBinary checks the offsets of a string or binary array and, for
// strings, that every non-null value is UTF-8.
func checkBinary(bufs []*memory.Buffer, n, off, width int, text bool) error {
	values := bytesOf(bufs, 2)
	at, err := checkOffsetRun(bytesOf(bufs, 1), width, n, off, int64(len(values)))
	if err != nil || at == nil || !text {
		return err
	}
	valid := bytesOf(bufs, 0)
	for i := off; i < off+n; i++ {
		if len(valid) > 0 && valid[i/8]&(1<<(i%8)) == 0 {
			continue
		}
		if v := values[at(i):at(i+1)]; !utf8.Valid(v) {
			return &rowError{i - off, i18n.Errorf("%w: text that is not UTF-8 (%q)", ErrDamaged, clip(v))}
		}
	}
	return nil
}

// clip shortens a value quoted in a message.
func clip(b []byte) []byte {
	if len(b) > 40 {
		return b[:40]
	}
	return b
}

func checkList32(d arrow.ArrayData, bufs []*memory.Buffer, n, off, depth int) error {
	return checkList(d, bufs, n, off, 4, depth)
}

func checkList64(d arrow.ArrayData, bufs []*memory.Buffer, n, off, depth int) error {
	return checkList(d, bufs, n, off, 8, depth)
}

// checkList checks the offsets of a list array against its child, and the child.
func checkList(d arrow.ArrayData, bufs []*memory.Buffer, n, off, width, depth int) error {
	children := d.Children()
	if len(children) != 1 {
		return i18n.Errorf("%w: a list with %d children", ErrDamaged, len(children))
	}
	if _, err := checkOffsetRun(bytesOf(bufs, 1), width, n, off, int64(children[0].Len())); err != nil {
		return err
	}
	if err := checkData(children[0], depth+1); err != nil {
		return i18n.Errorf("list items: %w", err)
	}
	return nil
}

// checkDictionary checks the dictionary of a dictionary array, then its
// indices. With memo, a string dictionary without nulls is checked only
// past the entries memo remembers, then remembered.
func checkDictionary(d arrow.ArrayData, dt *arrow.DictionaryType, bufs []*memory.Buffer, n, off, depth int, memo *checkedDict) error {
	dict := d.Dictionary()
	if dict == nil {
		return i18n.Errorf("%w: a dictionary column without its dictionary", ErrDamaged)
	}
	if err := checkDictionaryValues(dict, depth, memo); err != nil {
		return i18n.Errorf("dictionary: %w", err)
	}
	iw, ok := dt.IndexType.(arrow.FixedWidthDataType)
	if !ok {
		return i18n.Errorf("%w: dictionary indices of type %s", ErrDamaged, dt.IndexType)
	}
	if err := checkFixedWidth(bufs, n, off, iw.BitWidth()); err != nil {
		return err
	}
	idx := bytesOf(bufs, 1)
	valid := bytesOf(bufs, 0)
	size := int64(dict.Len())
	if iw.ID() == arrow.INT32 && firstBadInt32(idx, off, n, size) < 0 {
		return nil // the common case, checked in one pass without the nulls
	}
	for i := off; i < off+n; i++ {
		if len(valid) > 0 && valid[i/8]&(1<<(i%8)) == 0 {
			continue
		}
		v, err := indexAt(idx, i, iw)
		if err != nil {
			return err
		}
		if v < 0 || v >= size {
			return &rowError{i - off, i18n.Errorf("%w: dictionary index %d outside the %d entries", ErrDamaged, v, size)}
		}
	}
	return nil
}

// checkDictionaryValues checks a dictionary; see checkDictionary.
func checkDictionaryValues(dict arrow.ArrayData, depth int, memo *checkedDict) error {
	if memo == nil || dict.DataType().ID() != arrow.STRING || dict.NullN() != 0 || dict.Offset() != 0 {
		if memo != nil {
			memo.forget()
		}
		return checkData(dict, depth+1)
	}
	k := memo.prefix(dict)
	if k == 0 {
		if err := checkData(dict, depth+1); err != nil {
			memo.forget()
			return err
		}
	} else if err := checkOffsets32(dict.Buffers(), dict.Len()-k, k, true); err != nil {
		memo.forget()
		var row *rowError
		if errors.As(err, &row) {
			row.row += k
		}
		return err
	}
	memo.remember(dict, k)
	return nil
}

// firstBadInt32 returns the first of the n int32 indices from off in b
// (little-endian) that is outside 0..size-1, null or not; -1 when none is.
func firstBadInt32(b []byte, off, n int, size int64) int {
	b = b[4*off : 4*(off+n)]
	for i := 0; i < n; i++ {
		if v := int64(int32(binary.LittleEndian.Uint32(b[4*i:]))); v < 0 || v >= size {
			return i
		}
	}
	return -1
}

// indexAt reads dictionary index i.
func indexAt(b []byte, i int, t arrow.FixedWidthDataType) (int64, error) {
	switch t.ID() {
	case arrow.INT8:
		return int64(int8(b[i])), nil
	case arrow.UINT8:
		return int64(b[i]), nil
	case arrow.INT16:
		return int64(int16(binary.LittleEndian.Uint16(b[2*i:]))), nil
	case arrow.UINT16:
		return int64(binary.LittleEndian.Uint16(b[2*i:])), nil
	case arrow.INT32:
		return int64(int32(binary.LittleEndian.Uint32(b[4*i:]))), nil
	case arrow.UINT32:
		return int64(binary.LittleEndian.Uint32(b[4*i:])), nil
	case arrow.INT64, arrow.UINT64:
		return int64(binary.LittleEndian.Uint64(b[8*i:])), nil
	}
	return 0, i18n.Errorf("%w: dictionary indices of type %s", ErrDamaged, t)
}
