// Package parquetio lets package dataset read and write Parquet tables.
// Import it for its effect:
//
//	import _ "github.com/cchc-lab/cchc/dataset/parquetio"
//
// Without it dataset.Read and dataset.Write refuse Parquet files (and
// the program does not link Arrow's pqarrow, compute kernels, Flight
// and gRPC). The dossier reader and writer of dataset/dossier do not
// need it.
package parquetio

import (
	"context"
	"io"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/cchc-lab/cchc/dataset/internal/pqhook"
	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
)

func init() {
	pqhook.Open = Open
	pqhook.Write = Write
}

// Open returns the row groups of pf as Arrow records allocated from mem.
// The records are decoded in the calling goroutine, so that a panic of
// the decoder on a damaged file reaches the caller's recover.
func Open(pf *file.Reader, mem memory.Allocator) (pqhook.Groups, error) {
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: 64 << 10}, mem)
	if err != nil {
		return nil, err
	}
	sc, err := fr.Schema()
	if err != nil {
		return nil, i18n.Errorf("reading Parquet: %w", err)
	}
	return &groups{fr: fr, sc: sc}, nil
}

// groups hands out the rows of a Parquet file one row group at a time,
// so that memory holds one decoded row group, not the whole file.
type groups struct {
	fr    *pqarrow.FileReader
	sc    *arrow.Schema
	group int
	rows  int64 // rows decoded so far
	tbl   arrow.Table
	tr    *array.TableReader
}

func (p *groups) Schema() *arrow.Schema { return p.sc }
func (p *groups) Rows() int64           { return p.rows }

// Next returns the next record, nil after the last.
func (p *groups) Next() (arrow.Record, error) {
	for {
		if p.tr != nil && p.tr.Next() {
			return p.tr.Record(), nil
		}
		if p.tr != nil {
			err := p.tr.Err()
			p.Release()
			if err != nil {
				return nil, i18n.Errorf("reading Parquet: %w", err)
			}
		}
		if p.group >= p.fr.ParquetReader().NumRowGroups() {
			return nil, nil
		}
		tbl, err := readTable(p.fr, []int{p.group})
		if err != nil {
			return nil, i18n.Errorf("reading Parquet row group %d: %w", p.group, err)
		}
		p.group++
		p.rows += tbl.NumRows()
		p.tbl, p.tr = tbl, array.NewTableReader(tbl, 64<<10)
	}
}

// Release frees the row group being read.
func (p *groups) Release() {
	if p.tr != nil {
		p.tr.Release()
		p.tbl.Release()
		p.tr, p.tbl = nil, nil
	}
}

// readTable reads every column of the row groups rgs in the calling
// goroutine. pqarrow's ReadTable and GetFieldReaders read in goroutines
// of their own, where a panic of the decoder on a damaged file (snappy:
// corrupt input) could not be recovered and would end the program.
func readTable(fr *pqarrow.FileReader, rgs []int) (arrow.Table, error) {
	var cols []int
	for i := 0; i < fr.ParquetReader().MetaData().Schema.NumColumns(); i++ {
		cols = append(cols, i)
	}
	fieldIdx, err := fr.Manifest.GetFieldIndices(cols)
	if err != nil {
		return nil, err
	}
	leaves := make(map[int]bool, len(cols))
	for _, c := range cols {
		leaves[c] = true
	}
	readers := make([]*pqarrow.ColumnReader, 0, len(fieldIdx))
	defer func() {
		for _, r := range readers {
			r.Release()
		}
	}()
	fields := make([]arrow.Field, len(fieldIdx))
	for i, f := range fieldIdx {
		r, err := fr.GetFieldReader(context.Background(), f, leaves, rgs)
		if err != nil {
			return nil, err
		}
		readers = append(readers, r)
		fields[i] = *r.Field()
	}
	sc := arrow.NewSchema(fields, fr.Manifest.SchemaMeta)
	columns := make([]arrow.Column, len(readers))
	defer func() {
		for i := range columns {
			columns[i].Release()
		}
	}()
	var nrows int64
	for i, r := range readers {
		chunked, err := fr.ReadColumn(rgs, r)
		if err != nil {
			return nil, err
		}
		columns[i] = *arrow.NewColumn(sc.Field(i), chunked)
		chunked.Release()
		if i == 0 {
			nrows = int64(columns[i].Len())
		} else if int64(columns[i].Len()) != nrows {
			return nil, i18n.Errorf("column %q has %d rows, column %q %d", sc.Field(i).Name, columns[i].Len(), sc.Field(0).Name, nrows)
		}
	}
	return array.NewTable(sc, columns, nrows), nil
}

// Write writes rec as a Parquet file (Snappy-compressed) with the Arrow
// schema stored in its metadata and cchc's checksum in its footer.
func Write(w io.Writer, rec arrow.Record) error {
	props := parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy))
	// The Parquet writer closes a writer that is an io.Closer; the caller
	// owns w, so it gets only its Write method (through the checksum).
	sum := binread.NewChecksumWriter(w)
	fw, err := pqarrow.NewFileWriter(rec.Schema(), sum, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return err
	}
	if err := fw.Write(rec); err != nil {
		fw.Close()
		return err
	}
	if err := fw.AppendKeyValueMetadata(binread.ChecksumKey, binread.ChecksumPlaceholder); err != nil {
		fw.Close()
		return err
	}
	sum.Hold()
	if err := fw.Close(); err != nil {
		return err
	}
	return sum.Finish()
}
