package binread

import (
	"encoding/binary"
	"io"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// The Arrow IPC readers of Arrow v15 size Go slices from vector lengths
// in the file's flatbuffers without checking them against the buffer, so
// a damaged file can make them ask for terabytes, a fatal out-of-memory
// error no recover catches. CheckIPCFile and CheckIPCStream walk the
// schema flatbuffer first (fields, children, custom metadata) and refuse
// a file whose vectors do not fit in their buffer.

// errBadFlatbuffer reports a flatbuffer whose offsets or vector lengths
// point outside it.
var errBadFlatbuffer = i18n.New("damaged metadata: an offset or a length points outside its buffer")

// fbuf is a flatbuffer with bounds-checked reads.
type fbuf []byte

func (b fbuf) u32(pos int) (int, error) {
	if pos < 0 || pos+4 > len(b) {
		return 0, errBadFlatbuffer
	}
	return int(binary.LittleEndian.Uint32(b[pos:])), nil
}

func (b fbuf) u16(pos int) (int, error) {
	if pos < 0 || pos+2 > len(b) {
		return 0, errBadFlatbuffer
	}
	return int(binary.LittleEndian.Uint16(b[pos:])), nil
}

// indirect follows the uoffset stored at pos.
func (b fbuf) indirect(pos int) (int, error) {
	off, err := b.u32(pos)
	if err != nil {
		return 0, err
	}
	p := pos + off
	if p < 0 || p >= len(b) {
		return 0, errBadFlatbuffer
	}
	return p, nil
}

// field returns the position of field i of the table at pos, 0 when absent.
func (b fbuf) field(table, i int) (int, error) {
	so, err := b.u32(table)
	if err != nil {
		return 0, err
	}
	vt := table - int(int32(uint32(so)))
	vtSize, err := b.u16(vt)
	if err != nil {
		return 0, err
	}
	if 4+2*i+2 > vtSize {
		return 0, nil
	}
	off, err := b.u16(vt + 4 + 2*i)
	if err != nil || off == 0 {
		return 0, err
	}
	if table+off >= len(b) {
		return 0, errBadFlatbuffer
	}
	return table + off, nil
}

// vector returns the start and length of the vector that field i of the
// table at pos points to (0, 0 when absent), checking that length elements
// of elemSize bytes fit.
func (b fbuf) vector(table, i, elemSize int) (start, n int, err error) {
	f, err := b.field(table, i)
	if err != nil || f == 0 {
		return 0, 0, err
	}
	v, err := b.indirect(f)
	if err != nil {
		return 0, 0, err
	}
	n, err = b.u32(v)
	if err != nil {
		return 0, 0, err
	}
	if n > (len(b)-v-4)/elemSize {
		return 0, 0, errBadFlatbuffer
	}
	return v + 4, n, nil
}

// tables calls fn with each table of the table vector of field i.
func (b fbuf) tables(table, i int, fn func(int) error) error {
	start, n, err := b.vector(table, i, 4)
	if err != nil {
		return err
	}
	for k := 0; k < n; k++ {
		t, err := b.indirect(start + 4*k)
		if err != nil {
			return err
		}
		if err := fn(t); err != nil {
			return err
		}
	}
	return nil
}

// checkSchemaFB checks an Arrow Schema table: its fields (recursively,
// with their children) and custom metadata.
func (b fbuf) checkSchemaFB(schema int) error {
	var checkField func(f, depth int) error
	checkField = func(f, depth int) error {
		if depth > 64 {
			return i18n.Errorf("damaged metadata: fields nested more than 64 deep")
		}
		if _, _, err := b.vector(f, 0, 1); err != nil { // name
			return err
		}
		if err := b.tables(f, 6, func(int) error { return nil }); err != nil { // custom_metadata
			return err
		}
		return b.tables(f, 5, func(c int) error { return checkField(c, depth+1) }) // children
	}
	if err := b.tables(schema, 2, func(int) error { return nil }); err != nil { // custom_metadata
		return err
	}
	return b.tables(schema, 1, func(f int) error { return checkField(f, 0) }) // fields
}

// CheckIPCFile checks the footer of an Arrow IPC file.
func CheckIPCFile(ra io.ReaderAt, size int64) error {
	const tail = 10 // int32 footer length + "ARROW1"
	if size < 6+2+tail {
		return nil // the reader says the file is too small
	}
	var t [4]byte
	if _, err := ra.ReadAt(t[:], size-tail); err != nil {
		return err
	}
	n := int64(binary.LittleEndian.Uint32(t[:]))
	if n <= 0 || n > size-tail-8 {
		return nil // the reader reports inconsistent metadata
	}
	footer := make(fbuf, n)
	if _, err := ra.ReadAt(footer, size-tail-n); err != nil {
		return err
	}
	root, err := footer.indirect(0)
	if err != nil {
		return err
	}
	// Footer: version (0), schema (1), dictionaries (2), recordBatches (3), custom_metadata (4).
	for _, i := range []int{2, 3} {
		if _, _, err := footer.vector(root, i, 24); err != nil {
			return err
		}
	}
	if err := footer.tables(root, 4, func(int) error { return nil }); err != nil {
		return err
	}
	sf, err := footer.field(root, 1)
	if err != nil || sf == 0 {
		return err
	}
	schema, err := footer.indirect(sf)
	if err != nil {
		return err
	}
	return footer.checkSchemaFB(schema)
}

// CheckIPCStream checks the schema message that starts an Arrow IPC stream.
func CheckIPCStream(ra io.ReaderAt, size int64) error {
	var h [8]byte
	if n, _ := ra.ReadAt(h[:], 0); n < 8 {
		return nil
	}
	off := int64(4)
	n := int64(int32(binary.LittleEndian.Uint32(h[:4])))
	if n == -1 { // continuation marker, then the length
		off = 8
		n = int64(int32(binary.LittleEndian.Uint32(h[4:])))
	}
	if n <= 0 || n > size-off {
		return i18n.Errorf("damaged stream: a metadata length of %d bytes in a %d-byte file", n, size)
	}
	msg := make(fbuf, n)
	if _, err := ra.ReadAt(msg, off); err != nil {
		return err
	}
	root, err := msg.indirect(0)
	if err != nil {
		return err
	}
	// Message: version (0), header_type (1), header (2), bodyLength (3), custom_metadata (4).
	if err := msg.tables(root, 4, func(int) error { return nil }); err != nil {
		return err
	}
	ht, err := msg.field(root, 1)
	if err != nil || ht == 0 || msg[ht] != 1 { // 1: Schema
		return err
	}
	hf, err := msg.field(root, 2)
	if err != nil || hf == 0 {
		return err
	}
	schema, err := msg.indirect(hf)
	if err != nil {
		return err
	}
	return msg.checkSchemaFB(schema)
}
