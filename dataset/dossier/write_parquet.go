package dossier

import (
	"bytes"
	"encoding/base64"
	"io"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/metadata"
	"github.com/apache/arrow/go/v15/parquet/schema"
	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// ParquetWriter writes dossier records as Parquet (Snappy, dictionary
// encoding, Arrow schema stored so that dictionary columns read back as
// dictionaries). The times are stored as what they are, Viet Nam
// wall-clock times without a zone: Parquet TIMESTAMP(MILLIS) with
// isAdjustedToUTC = false, which DuckDB, polars and pyarrow read as a
// local (naive) timestamp. (The Arrow Go v15 writer marks every
// timestamp without a zone as adjusted to UTC, which other tools then
// shift into their session's zone; this writer builds the Parquet schema
// itself to avoid that.) It does not close the underlying writer.
type ParquetWriter struct {
	fw    *file.Writer
	rgw   file.BufferedRowGroupWriter
	rows  int64 // rows in the current row group
	props *parquet.WriterProperties
	sum   *binread.ChecksumWriter // the file's CRC-32C, kept in the footer
}

// NewParquetWriter returns a Parquet writer on w with meta as
// key-value metadata.
func NewParquetWriter(w io.Writer, meta map[string]string) (*ParquetWriter, error) {
	props := parquet.NewWriterProperties(
		parquet.WithCompression(compress.Codecs.Snappy),
		parquet.WithDictionaryDefault(true),
		parquet.WithDictionaryFor(ColID, false),
		parquet.WithDictionaryFor(ColReceivedAt, false),
		parquet.WithDictionaryFor(ColDueAt, false),
		parquet.WithDictionaryFor(ColFinishedAt, false),
		parquet.WithMaxRowGroupLength(RowGroupRows),
		parquet.WithCreatedBy("cchc"),
		// Page statistics of dictionary columns would make the writer
		// gather each batch's distinct values (a Take over the dictionary
		// per batch, most of the write time); readers do not need them.
		parquet.WithStatsFor(ColProvince, false),
		parquet.WithStatsFor(ColAgency, false),
		parquet.WithStatsFor(ColLevel, false),
		parquet.WithStatsFor(ColProcedure, false),
		parquet.WithStatsFor(ColChannel, false),
	)
	root, err := parquetSchema(Schema())
	if err != nil {
		return nil, i18n.Errorf("parquet writer: %w", err)
	}
	kv := make(metadata.KeyValueMetadata, 0, len(meta)+1)
	for _, k := range dosSortedKeys(meta) {
		if err := kv.Append(k, meta[k]); err != nil {
			return nil, i18n.Errorf("parquet metadata %q: %w", k, err)
		}
	}
	if err := kv.Append(binread.ChecksumKey, binread.ChecksumPlaceholder); err != nil {
		return nil, i18n.Errorf("parquet metadata: %w", err)
	}
	stored, err := storedSchema(Schema())
	if err != nil {
		return nil, i18n.Errorf("parquet metadata: %w", err)
	}
	if err := kv.Append("ARROW:schema", base64.StdEncoding.EncodeToString(stored)); err != nil {
		return nil, i18n.Errorf("parquet metadata: %w", err)
	}
	sum := binread.NewChecksumWriter(w)
	fw := file.NewParquetWriter(sum, root, file.WithWriterProps(props), file.WithWriteMetadata(kv))
	return &ParquetWriter{fw: fw, props: props, sum: sum}, nil
}

// storedSchema is sc as an Arrow IPC stream of no record batch: the
// ARROW:schema metadata that pqarrow and pyarrow write (base64-encoded
// by the caller) and read back.
func storedSchema(sc *arrow.Schema) ([]byte, error) {
	var buf bytes.Buffer
	w := ipc.NewWriter(&buf, ipc.WithSchema(sc), ipc.WithAllocator(memory.DefaultAllocator))
	if err := w.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// parquetSchema returns the Parquet schema of the flat Arrow schema sc
// as Arrow's own writer would make it, except that timestamps are stored
// as TIMESTAMP(MILLIS, isAdjustedToUTC = false): UTF-8 strings (plain or
// dictionary-encoded) as BYTE_ARRAY of logical type STRING, booleans as
// BOOLEAN, int8 as INT32 of logical type INT(8, signed), timestamps as
// INT64. Other types are refused.
func parquetSchema(sc *arrow.Schema) (*schema.GroupNode, error) {
	fields := make(schema.FieldList, sc.NumFields())
	for i, f := range sc.Fields() {
		rep := parquet.Repetitions.Required
		if f.Nullable {
			rep = parquet.Repetitions.Optional
		}
		var (
			n   schema.Node
			err error
			typ = f.Type
		)
		if d, ok := typ.(*arrow.DictionaryType); ok {
			typ = d.ValueType
		}
		switch typ.ID() {
		case arrow.STRING:
			n, err = schema.NewPrimitiveNodeLogical(f.Name, rep, schema.StringLogicalType{}, parquet.Types.ByteArray, -1, -1)
		case arrow.BOOL:
			n, err = schema.NewPrimitiveNode(f.Name, rep, parquet.Types.Boolean, -1, -1)
		case arrow.INT8:
			n, err = schema.NewPrimitiveNodeLogical(f.Name, rep, schema.NewIntLogicalType(8, true), parquet.Types.Int32, -1, -1)
		case arrow.TIMESTAMP:
			n, err = schema.NewPrimitiveNodeLogical(f.Name, rep, schema.NewTimestampLogicalType(false, schema.TimeUnitMillis), parquet.Types.Int64, -1, -1)
		default:
			err = i18n.Errorf("column %s: no Parquet storage for Arrow type %s", f.Name, f.Type)
		}
		if err != nil {
			return nil, err
		}
		fields[i] = n
	}
	return schema.NewGroupNode("schema", parquet.Repetitions.Repeated, fields, -1)
}

// Write appends rec's rows (schema Schema()), starting a new row group
// every RowGroupRows rows.
func (w *ParquetWriter) Write(rec arrow.Record) error {
	if !rec.Schema().Equal(Schema()) {
		return i18n.Errorf("record schema does not match the dossier schema:\n%s", rec.Schema())
	}
	for off := int64(0); off < rec.NumRows(); {
		if w.rgw == nil || w.rows >= RowGroupRows {
			if err := w.closeRowGroup(); err != nil {
				return err
			}
			w.rgw = w.fw.AppendBufferedRowGroup()
		}
		n := min(rec.NumRows()-off, RowGroupRows-w.rows)
		part := rec.NewSlice(off, off+n)
		err := w.writeColumns(part)
		part.Release()
		if err != nil {
			return err
		}
		w.rows += n
		off += n
	}
	return nil
}

// writeColumns writes each column of rec into the current row group.
func (w *ParquetWriter) writeColumns(rec arrow.Record) error {
	for i, col := range rec.Columns() {
		cw, err := w.rgw.Column(i)
		if err != nil {
			return err
		}
		var def []int16
		if rec.Schema().Field(i).Nullable {
			def = make([]int16, col.Len())
			for j := range def {
				if col.IsValid(j) {
					def[j] = 1
				}
			}
		}
		if err := writeColumn(cw, col, def); err != nil {
			return i18n.Errorf("parquet column %s: %w", rec.Schema().Field(i).Name, err)
		}
	}
	return nil
}

// dictEncoder is the part of a dictionary-encoding column writer's
// encoder that takes an Arrow dictionary as it is.
type dictEncoder interface {
	PutDictionary(values arrow.Array) error
	NumEntries() int
	PreservedDictionary() arrow.Array
}

// writeColumn writes col (of a type parquetSchema stores, timestamps in
// seconds or milliseconds) to cw; def are its definition levels, nil
// when the column is required. A dictionary array's indices are written
// as they are while the column chunk is dictionary-encoded with the same
// dictionary; otherwise its values are written.
func writeColumn(cw file.ColumnChunkWriter, col arrow.Array, def []int16) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = binread.Recovered(r)
		}
	}()
	spaced := col.NullN() > 0
	switch cw := cw.(type) {
	case *file.ByteArrayColumnChunkWriter:
		if d, ok := col.(*array.Dictionary); ok {
			if de, ok := cw.CurrentEncoder().(dictEncoder); ok && cw.CurrentEncoder().Encoding() == parquet.Encodings.PlainDict {
				switch pres := de.PreservedDictionary(); {
				case pres == nil:
					if err := de.PutDictionary(d.Dictionary()); err != nil {
						return err
					}
					if de.NumEntries() == d.Dictionary().Len() {
						return cw.WriteDictIndices(d.Indices(), def, nil)
					}
					cw.FallbackToPlain()
				case array.Equal(pres, d.Dictionary()):
					return cw.WriteDictIndices(d.Indices(), def, nil)
				default:
					cw.FallbackToPlain()
				}
			}
		}
		vals := make([]parquet.ByteArray, col.Len())
		for j := range vals {
			if col.IsValid(j) {
				vals[j] = parquet.ByteArray(stringAt(col, j))
			}
		}
		if spaced {
			cw.WriteBatchSpaced(vals, def, nil, col.NullBitmapBytes(), int64(col.Data().Offset()))
			return nil
		}
		_, err = cw.WriteBatch(vals, def, nil)
	case *file.BooleanColumnChunkWriter:
		b, ok := col.(*array.Boolean)
		if !ok {
			return i18n.Errorf("Arrow type %s in a BOOLEAN column", col.DataType())
		}
		vals := make([]bool, b.Len())
		for j := range vals {
			vals[j] = b.Value(j)
		}
		if spaced {
			cw.WriteBatchSpaced(vals, def, nil, col.NullBitmapBytes(), int64(col.Data().Offset()))
			return nil
		}
		_, err = cw.WriteBatch(vals, def, nil)
	case *file.Int32ColumnChunkWriter:
		v, ok := col.(*array.Int8)
		if !ok {
			return i18n.Errorf("Arrow type %s in an INT32 column", col.DataType())
		}
		vals := make([]int32, v.Len())
		for j, x := range v.Int8Values() {
			vals[j] = int32(x)
		}
		if spaced {
			cw.WriteBatchSpaced(vals, def, nil, col.NullBitmapBytes(), int64(col.Data().Offset()))
			return nil
		}
		_, err = cw.WriteBatch(vals, def, nil)
	case *file.Int64ColumnChunkWriter:
		ts, ok := col.(*array.Timestamp)
		if !ok {
			return i18n.Errorf("Arrow type %s in an INT64 column", col.DataType())
		}
		scale := int64(1)
		switch unit := ts.DataType().(*arrow.TimestampType).Unit; unit {
		case arrow.Second:
			scale = 1000
		case arrow.Millisecond:
		default:
			return i18n.Errorf("timestamps in %s, not seconds or milliseconds", unit)
		}
		vals := make([]int64, ts.Len())
		for j, x := range ts.TimestampValues() {
			vals[j] = int64(x) * scale
		}
		if spaced {
			cw.WriteBatchSpaced(vals, def, nil, col.NullBitmapBytes(), int64(col.Data().Offset()))
			return nil
		}
		_, err = cw.WriteBatch(vals, def, nil)
	default:
		return i18n.Errorf("no writer for Parquet column type %s", cw.Type())
	}
	return err
}

// stringAt is element j (valid) of a UTF-8 string array or of a
// dictionary of them.
func stringAt(col arrow.Array, j int) string {
	switch c := col.(type) {
	case *array.String:
		return c.Value(j)
	case *array.Dictionary:
		if s, ok := c.Dictionary().(*array.String); ok {
			return s.Value(c.GetValueIndex(j))
		}
	}
	return col.ValueStr(j)
}

func (w *ParquetWriter) closeRowGroup() error {
	if w.rgw == nil {
		return nil
	}
	err := w.rgw.Close()
	w.rgw, w.rows = nil, 0
	return err
}

// Close writes the footer, with the file's CRC-32C in its key-value
// metadata (see internal/binread).
func (w *ParquetWriter) Close() error {
	if err := w.closeRowGroup(); err != nil {
		return err
	}
	w.sum.Hold()
	if err := w.fw.Close(); err != nil {
		return err
	}
	return w.sum.Finish()
}
