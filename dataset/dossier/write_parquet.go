package dossier

import (
	"context"
	"encoding/base64"
	"io"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/flight"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/metadata"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
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
	ctx   context.Context
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
	arrProps := pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema())
	root, err := localTimeSchema(props, arrProps)
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
	stored := flight.SerializeSchema(Schema(), memory.DefaultAllocator)
	if err := kv.Append("ARROW:schema", base64.StdEncoding.EncodeToString(stored)); err != nil {
		return nil, i18n.Errorf("parquet metadata: %w", err)
	}
	sum := binread.NewChecksumWriter(w)
	fw := file.NewParquetWriter(sum, root, file.WithWriterProps(props), file.WithWriteMetadata(kv))
	return &ParquetWriter{fw: fw, props: props, sum: sum, ctx: pqarrow.NewArrowWriteContext(context.Background(), &arrProps)}, nil
}

// localTimeSchema returns the Parquet schema of Schema() with the time
// columns as TIMESTAMP(MILLIS, isAdjustedToUTC = false).
func localTimeSchema(props *parquet.WriterProperties, arrProps pqarrow.ArrowWriterProperties) (*schema.GroupNode, error) {
	sc, err := pqarrow.ToParquet(Schema(), props, arrProps)
	if err != nil {
		return nil, err
	}
	root := sc.Root()
	fields := make(schema.FieldList, root.NumFields())
	for i := range fields {
		n := root.Field(i)
		switch n.Name() {
		case ColReceivedAt, ColDueAt, ColFinishedAt:
			n, err = schema.NewPrimitiveNodeLogical(n.Name(), n.RepetitionType(),
				schema.NewTimestampLogicalType(false, schema.TimeUnitMillis), parquet.Types.Int64, -1, n.FieldID())
			if err != nil {
				return nil, err
			}
		}
		fields[i] = n
	}
	return schema.NewGroupNode(root.Name(), root.RepetitionType(), fields, root.FieldID())
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
		nullable := rec.Schema().Field(i).Nullable
		if nullable {
			def = make([]int16, col.Len())
			for j := range def {
				if col.IsValid(j) {
					def[j] = 1
				}
			}
		}
		if err := pqarrow.WriteArrowToColumn(w.ctx, cw, col, def, nil, nullable); err != nil {
			return i18n.Errorf("parquet column %s: %w", rec.Schema().Field(i).Name, err)
		}
	}
	return nil
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
