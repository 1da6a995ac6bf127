// Package pqhook connects package dataset to the conversion between Arrow
// tables and Parquet files of package dataset/parquetio. That conversion
// uses Arrow's pqarrow, which links Arrow's compute kernels, Flight and
// gRPC (about 30 MB of binary and 11 MiB of resident memory before any
// data is read); programs that never read or write Parquet tables through
// package dataset (the dossier rates, for one) leave it out by not
// importing dataset/parquetio. Importing it sets the two functions below.
package pqhook

import (
	"io"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet/file"
)

// Groups yields the rows of a Parquet file as Arrow records, one row
// group at a time.
type Groups interface {
	// Schema is the Arrow schema of the records.
	Schema() *arrow.Schema
	// Next returns the next record (valid until the next call), nil after
	// the last.
	Next() (arrow.Record, error)
	// Rows is the number of rows decoded so far.
	Rows() int64
	// Release frees the row group being read.
	Release()
}

// Open returns the row groups of pf, with records allocated from mem;
// nil while dataset/parquetio is not linked in.
var Open func(pf *file.Reader, mem memory.Allocator) (Groups, error)

// Write writes rec to w as a Parquet file with cchc's checksum; nil
// while dataset/parquetio is not linked in.
var Write func(w io.Writer, rec arrow.Record) error
