package dossier

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"sort"
	"sync"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/bitutil"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/schema"
	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// pqColumn is one projected Parquet column and the Arrow type it is read
// as.
type pqColumn struct {
	index int // leaf column index in the file
	descr *schema.Column
	field arrow.Field
}

// dictColumn reports whether a text column is read as an Arrow
// dictionary (the repeated texts: few distinct values).
func dictColumn(name string) bool {
	switch name {
	case ColProvince, ColAgency, ColLevel, ColProcedure, ColChannel:
		return true
	}
	return false
}

// parquetColumns returns the columns named cols of the file whose
// schema is sc and key-value metadata holds stored (the base64 ARROW:schema,
// "" when absent), in the file's column order, with the Arrow types
// Arrow's own Parquet reader gives them: the repeated texts as
// dictionaries, timestamps in the stored unit with zone "UTC" (the zone of
// the stored Arrow schema when it has one in the same unit; none for the
// old converted type). Nested, repeated and other column types are
// refused.
func parquetColumns(sc *schema.Schema, stored string, cols []string) ([]pqColumn, error) {
	origin := storedArrowSchema(stored)
	var out []pqColumn
	for _, c := range cols {
		i := sc.ColumnIndexByName(c)
		if i < 0 {
			return nil, i18n.Errorf("missing dossier column %q", c)
		}
		descr := sc.Column(i)
		if descr.MaxRepetitionLevel() > 0 || descr.SchemaNode().Parent() != sc.Root() {
			return nil, i18n.Errorf("column %q: nested or repeated columns are not dossier columns", c)
		}
		typ, err := arrowTypeOf(descr, dictColumn(c))
		if err != nil {
			return nil, i18n.Errorf("column %q: %w", c, err)
		}
		if ts, ok := typ.(*arrow.TimestampType); ok && origin != nil && ts.TimeZone == "UTC" {
			if ix := origin.FieldIndices(c); len(ix) == 1 {
				if ots, ok := origin.Field(ix[0]).Type.(*arrow.TimestampType); ok && ots.Unit == ts.Unit && ots.TimeZone != "" {
					typ = ots
				}
			}
		}
		out = append(out, pqColumn{index: i, descr: descr, field: arrow.Field{Name: c, Type: typ, Nullable: descr.SchemaNode().RepetitionType() != parquet.Repetitions.Required}})
	}
	sort.Slice(out, func(a, b int) bool { return out[a].index < out[b].index })
	return out, nil
}

// storedArrowSchema decodes the ARROW:schema metadata, nil when absent
// or unreadable (it was checked by binread.CheckStoredSchema).
func storedArrowSchema(stored string) (sc *arrow.Schema) {
	if stored == "" {
		return nil
	}
	defer func() {
		if recover() != nil {
			sc = nil
		}
	}()
	b, err := base64.StdEncoding.DecodeString(stored)
	if err != nil {
		if b, err = base64.RawStdEncoding.DecodeString(stored); err != nil {
			return nil
		}
	}
	r, err := ipc.NewReader(bytes.NewReader(b), ipc.WithAllocator(memory.NewGoAllocator()))
	if err != nil {
		return nil
	}
	defer r.Release()
	return r.Schema()
}

// arrowTypeOf is the Arrow type a flat Parquet column is read as.
func arrowTypeOf(descr *schema.Column, dict bool) (arrow.DataType, error) {
	lt := descr.LogicalType()
	switch descr.PhysicalType() {
	case parquet.Types.Boolean:
		return arrow.FixedWidthTypes.Boolean, nil
	case parquet.Types.ByteArray:
		var t arrow.DataType = arrow.BinaryTypes.Binary
		if _, ok := lt.(schema.StringLogicalType); ok {
			t = arrow.BinaryTypes.String
		}
		if dict {
			return &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: t}, nil
		}
		return t, nil
	case parquet.Types.Int32:
		switch lt := lt.(type) {
		case schema.NoLogicalType, nil:
			return arrow.PrimitiveTypes.Int32, nil
		case schema.DateLogicalType:
			return arrow.FixedWidthTypes.Date32, nil
		case *schema.IntLogicalType:
			switch {
			case lt.BitWidth() == 8 && lt.IsSigned():
				return arrow.PrimitiveTypes.Int8, nil
			case lt.BitWidth() == 8:
				return arrow.PrimitiveTypes.Uint8, nil
			case lt.BitWidth() == 16 && lt.IsSigned():
				return arrow.PrimitiveTypes.Int16, nil
			case lt.BitWidth() == 16:
				return arrow.PrimitiveTypes.Uint16, nil
			case lt.BitWidth() == 32 && lt.IsSigned():
				return arrow.PrimitiveTypes.Int32, nil
			case lt.BitWidth() == 32:
				return arrow.PrimitiveTypes.Uint32, nil
			}
		}
	case parquet.Types.Int64:
		switch lt := lt.(type) {
		case schema.NoLogicalType, nil:
			return arrow.PrimitiveTypes.Int64, nil
		case *schema.IntLogicalType:
			if lt.BitWidth() == 64 && lt.IsSigned() {
				return arrow.PrimitiveTypes.Int64, nil
			}
			if lt.BitWidth() == 64 {
				return arrow.PrimitiveTypes.Uint64, nil
			}
		case *schema.TimestampLogicalType:
			tz := "UTC"
			if lt.IsFromConvertedType() {
				tz = ""
			}
			switch lt.TimeUnit() {
			case schema.TimeUnitMillis:
				return &arrow.TimestampType{Unit: arrow.Millisecond, TimeZone: tz}, nil
			case schema.TimeUnitMicros:
				return &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: tz}, nil
			case schema.TimeUnitNanos:
				return &arrow.TimestampType{Unit: arrow.Nanosecond, TimeZone: tz}, nil
			}
		}
	case parquet.Types.Int96:
		return &arrow.TimestampType{Unit: arrow.Nanosecond, TimeZone: "UTC"}, nil
	case parquet.Types.Float:
		return arrow.PrimitiveTypes.Float32, nil
	case parquet.Types.Double:
		return arrow.PrimitiveTypes.Float64, nil
	}
	return nil, i18n.Errorf("no support for reading Parquet %s columns of logical type %s", descr.PhysicalType(), lt)
}

// rowGroupRecords reads the projected columns of one row group as Arrow
// records of at most batch rows, with Parquet's typed record readers
// (no pqarrow). It is an array.RecordReader.
type rowGroupRecords struct {
	sc      *arrow.Schema
	cols    []pqColumn
	readers []file.RecordReader
	batch   int64
	left    int64 // rows still to read
	rec     arrow.Record
	err     error
	refs    int64
	mu      sync.Mutex
}

// scratchPool is the record readers' pool of scratch buffers, in Go's
// memory (garbage collected, never handed out).
var scratchPool = sync.Pool{New: func() any { return memory.NewResizableBuffer(memory.NewGoAllocator()) }}

// newRowGroupRecords opens the columns cols of row group g of r, whose
// records are allocated from mem.
func newRowGroupRecords(r *file.Reader, g int, cols []pqColumn, sc *arrow.Schema, batch int64, mem memory.Allocator) (*rowGroupRecords, error) {
	rg := r.RowGroup(g)
	rr := &rowGroupRecords{sc: sc, cols: cols, batch: batch, left: rg.NumRows(), refs: 1}
	for _, c := range cols {
		pr, err := rg.GetColumnPageReader(c.index)
		if err != nil {
			rr.Release()
			return nil, i18n.Errorf("column %q: %w", c.field.Name, err)
		}
		info := file.LevelInfo{NullSlotUsage: 1, DefLevel: c.descr.MaxDefinitionLevel()}
		rd := file.NewRecordReader(c.descr, info, c.field.Type, mem, &scratchPool)
		rd.SetPageReader(pr)
		rr.readers = append(rr.readers, rd)
	}
	return rr, nil
}

func (r *rowGroupRecords) Schema() *arrow.Schema { return r.sc }
func (r *rowGroupRecords) Record() arrow.Record  { return r.rec }
func (r *rowGroupRecords) Err() error            { return r.err }
func (r *rowGroupRecords) Retain() {
	r.mu.Lock()
	r.refs++
	r.mu.Unlock()
}

// Release frees the readers and the current record after the last
// reference.
func (r *rowGroupRecords) Release() {
	r.mu.Lock()
	r.refs--
	done := r.refs == 0
	r.mu.Unlock()
	if !done {
		return
	}
	if r.rec != nil {
		r.rec.Release()
		r.rec = nil
	}
	for _, rd := range r.readers {
		rd.Release()
	}
	r.readers = nil
}

// Next reads the next batch of every column. A column that ends before
// the row group's declared rows ends the reading: the caller compares
// the rows read with those declared.
func (r *rowGroupRecords) Next() bool {
	if r.rec != nil {
		r.rec.Release()
		r.rec = nil
	}
	if r.err != nil || r.left <= 0 {
		return false
	}
	n := min(r.batch, r.left)
	arrs := make([]arrow.Array, len(r.readers))
	defer func() {
		for _, a := range arrs {
			if a != nil {
				a.Release()
			}
		}
	}()
	rows := int64(-1)
	for i, rd := range r.readers {
		a, err := readColumnBatch(rd, r.cols[i], n)
		if err != nil {
			r.err = i18n.Errorf("column %q: %w", r.cols[i].field.Name, err)
			return false
		}
		arrs[i] = a
		switch {
		case rows < 0:
			rows = int64(a.Len())
		case int64(a.Len()) != rows:
			r.err = i18n.Errorf("%w: column %q has %d rows where column %q has %d", binread.ErrDamaged, r.cols[i].field.Name, a.Len(), r.cols[0].field.Name, rows)
			return false
		}
	}
	if rows <= 0 {
		r.left = 0
		return false
	}
	r.left -= rows
	r.rec = array.NewRecord(r.sc, arrs, rows)
	return true
}

// readColumnBatch reads up to n rows of one column into an Arrow array
// of c's type.
func readColumnBatch(rd file.RecordReader, c pqColumn, n int64) (arrow.Array, error) {
	rd.Reset()
	if err := rd.Reserve(n); err != nil {
		return nil, err
	}
	for left := n; left > 0 && rd.HasMore(); {
		got, err := rd.ReadRecords(left)
		if err != nil {
			return nil, err
		}
		if got == 0 {
			break
		}
		left -= got
	}
	dt := c.field.Type
	if br, ok := rd.(file.BinaryRecordReader); ok {
		chunks := br.GetBuilderChunks()
		defer func() {
			for _, ch := range chunks {
				ch.Release()
			}
		}()
		switch len(chunks) {
		case 0:
			return array.MakeArrayOfNull(memory.NewGoAllocator(), dt, 0), nil
		case 1:
			// The builders make binary arrays whatever their type; an
			// array of the type's own Go type is made from their data.
			ch := chunks[0]
			if _, ok := ch.(*array.Dictionary); ok && arrow.TypeEqual(ch.DataType(), dt) {
				ch.Retain()
				return ch, nil
			}
			d := array.NewData(dt, ch.Len(), ch.Data().Buffers(), ch.Data().Children(), ch.NullN(), ch.Data().Offset())
			defer d.Release()
			return array.MakeFromData(d), nil
		}
		return nil, i18n.Errorf("%w: %d dictionaries in one batch", binread.ErrDamaged, len(chunks))
	}
	length := rd.ValuesWritten()
	nulls := int(rd.NullCount())
	var data arrow.ArrayData
	switch dt.ID() {
	case arrow.BOOL:
		vals := rd.Values()
		bits := make([]byte, bitutil.BytesForBits(int64(length)))
		for i := 0; i < length && i < len(vals); i++ {
			if vals[i] != 0 {
				bitutil.SetBit(bits, i)
			}
		}
		data = newData(dt, length, rd.ReleaseValidBits(), memory.NewBufferBytes(bits), nulls)
	case arrow.INT8, arrow.UINT8, arrow.INT16, arrow.UINT16, arrow.UINT32, arrow.DATE32:
		vals := arrow.Int32Traits.CastFromBytes(rd.Values())
		if len(vals) < length {
			return nil, i18n.Errorf("%w: %d values for %d rows", binread.ErrDamaged, len(vals), length)
		}
		width := dt.(arrow.FixedWidthDataType).BitWidth() / 8
		out := make([]byte, length*width)
		for i, v := range vals[:length] {
			switch width {
			case 1:
				out[i] = byte(v)
			case 2:
				binary.LittleEndian.PutUint16(out[2*i:], uint16(v))
			default:
				binary.LittleEndian.PutUint32(out[4*i:], uint32(v))
			}
		}
		data = newData(dt, length, rd.ReleaseValidBits(), memory.NewBufferBytes(out), nulls)
	case arrow.TIMESTAMP:
		if c.descr.PhysicalType() == parquet.Types.Int96 {
			vals := parquet.Int96Traits.CastFromBytes(rd.Values())
			if len(vals) < length {
				return nil, i18n.Errorf("%w: %d values for %d rows", binread.ErrDamaged, len(vals), length)
			}
			out := make([]int64, length)
			for i, v := range vals[:length] {
				if binary.LittleEndian.Uint32(v[8:]) != 0 {
					out[i] = v.ToTime().UnixNano()
				}
			}
			data = newData(dt, length, rd.ReleaseValidBits(), memory.NewBufferBytes(arrow.Int64Traits.CastToBytes(out)), nulls)
			break
		}
		data = newData(dt, length, rd.ReleaseValidBits(), rd.ReleaseValues(), nulls)
	default: // int32, int64, uint64, float32, float64: the values as read
		data = newData(dt, length, rd.ReleaseValidBits(), rd.ReleaseValues(), nulls)
	}
	defer data.Release()
	return array.MakeFromData(data), nil
}

// newData makes array data of the validity bitmap and values buffers,
// taking over the caller's references to them.
func newData(dt arrow.DataType, length int, valid, values *memory.Buffer, nulls int) arrow.ArrayData {
	d := array.NewData(dt, length, []*memory.Buffer{valid, values}, nil, nulls, 0)
	for _, b := range []*memory.Buffer{valid, values} {
		if b != nil {
			b.Release()
		}
	}
	return d
}
