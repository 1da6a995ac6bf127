package dataset

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/atomicfile"
)

// Format is a file format cchc reads and writes.
type Format string

// File formats.
const (
	FormatCSV     Format = "csv"
	FormatJSON    Format = "json"
	FormatParquet Format = "parquet"
	FormatArrow   Format = "arrow" // Arrow IPC file format (.arrow, .ipc, .feather)
)

// FormatFromPath tells the format from a file name's extension: .csv,
// .tsv and .txt are CSV, .json JSON, .parquet and .pq Parquet, .arrow,
// .ipc and .feather Arrow IPC.
func FormatFromPath(path string) (Format, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".tsv", ".txt":
		return FormatCSV, nil
	case ".json":
		return FormatJSON, nil
	case ".parquet", ".pq":
		return FormatParquet, nil
	case ".arrow", ".ipc", ".feather":
		return FormatArrow, nil
	}
	return "", fmt.Errorf("%w: %s: cannot tell the format from the extension %q (use .csv, .json, .parquet, .arrow, .ipc or .feather)",
		ErrFormat, path, filepath.Ext(path))
}

// ReadFile reads a table of the given kind from path, in the format its
// extension names. With kind "" the kind is detected from the column
// names. The result holds the rows read and the rows rejected; the caller
// releases it. See Read for the reading rules.
func ReadFile(path string, kind Kind, mem memory.Allocator) (*Loaded, error) {
	format, err := FormatFromPath(path)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f, path, format, kind, mem)
}

// Read reads a table of the given kind (detected from the columns when
// "") in the given format (told from name when "") from r; name is used
// in messages. The caller releases the result.
//
// Every input row ends up either in the record or in Rejected with its
// line, column and reason; RowsRead counts them all, and Lines gives the
// input line of every row in the record. Errors that concern the whole
// file (not UTF-8, empty, a required column missing, a duplicated column,
// an unreadable format) are returned as *ParseError.
//
// CSV files may be UTF-8 with or without a byte-order mark, with CRLF or
// LF line ends, with ',', ';', tab or '|' as delimiter (told from the
// header line, or from Excel's "sep=;" line), with quoted fields holding
// line breaks. Lines before the header whose first character is '#' are
// comments and are skipped, with the blank lines among them; a header
// whose first name starts with '#' must then be quoted ("#"). Line
// numbers are always those of the file, comment lines included. Header
// names are matched case- and diacritic-insensitively, with aliases
// ("rank_if_any" for rank, "tỉnh" for province, "năm" for year...). Cells
// are NFC and trimmed; blank cells are nulls in nullable columns, zero
// values in others, and reject the row in required columns. Numbers take
// a decimal comma or point and a "%" sign ("2,5", "90,5%", "95 %");
// whole-number columns take thousands dots ("1.234") and leading zeros
// ("02") and reject negative counts and years such as "2O24". Province
// names are canonicalised when the register knows them and kept as
// written when not (entities may be agencies).
//
// JSON files are an array of records (objects); nested objects are
// flattened ("source": {"line": 3} is the column source_line). Parquet and
// Arrow files are read by column name with the same rules, so files
// written by pandas, polars or DuckDB load too.
func Read(r io.Reader, name string, format Format, kind Kind, mem memory.Allocator) (*Loaded, error) {
	if format == "" {
		f, err := FormatFromPath(name)
		if err != nil {
			return nil, err
		}
		format = f
	}
	if kind != "" && specs(kind) == nil {
		return nil, fmt.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	switch format {
	case FormatCSV:
		return readCSV(r, name, kind, mem)
	case FormatJSON:
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readJSON(data, name, kind, mem)
	case FormatParquet:
		ra, err := readerAt(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readParquet(ra, name, kind, mem)
	case FormatArrow:
		ra, err := readerAt(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readIPC(ra, name, kind, mem)
	}
	return nil, fmt.Errorf("%w: %q", ErrFormat, format)
}

// readAtSeeker is what the Parquet and Arrow file readers need.
type readAtSeeker interface {
	io.Reader
	io.ReaderAt
	io.Seeker
}

func readerAt(r io.Reader) (readAtSeeker, error) {
	if ra, ok := r.(readAtSeeker); ok {
		return ra, nil
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return bytes.NewReader(data), nil
}

// WriteOptions are options for writing a table.
type WriteOptions struct {
	// BOM starts a CSV file with a UTF-8 byte-order mark, so that Excel
	// shows Vietnamese text correctly. Other formats ignore it.
	BOM bool
}

// WriteFile writes rec to path in the format its extension names. It
// writes a temporary file beside path and renames it, so path is never
// left half-written.
func WriteFile(path string, rec arrow.Record, opts WriteOptions) (err error) {
	format, err := FormatFromPath(path)
	if err != nil {
		return err
	}
	return WriteFileFormat(path, format, rec, opts)
}

// WriteValues writes Go values to path, in the format its extension
// names, through to (ScoresToRecord, ObservationsToRecord, ...). It holds
// no Arrow memory after it returns, so the caller needs no allocator.
func WriteValues[T any](path string, values []T, to func(memory.Allocator, []T) arrow.Record, opts WriteOptions) error {
	rec := to(memory.NewGoAllocator(), values)
	defer rec.Release()
	return WriteFile(path, rec, opts)
}

// WriteFileFormat writes rec to path in the given format, whatever the
// path's extension, through the one atomic writer (internal/atomicfile):
// path holds the old file or the whole new one, never a part; a symbolic
// link is followed and a device or FIFO written through.
func WriteFileFormat(path string, format Format, rec arrow.Record, opts WriteOptions) error {
	return atomicfile.Write(path, Filler(format, rec, opts))
}

// Filler returns a function that writes rec in format to the writer it is
// given, buffered, for the atomic writer's Write and Set: a command that
// writes several outputs adds one Filler per file to an atomicfile.Set.
func Filler(format Format, rec arrow.Record, opts WriteOptions) func(io.Writer) error {
	return func(w io.Writer) error {
		bw := bufio.NewWriterSize(w, 1<<20)
		// The Parquet writer closes writers that are io.Closers: hand it
		// a plain writer and let the atomic writer close the file.
		if err := Write(struct{ io.Writer }{bw}, format, rec, opts); err != nil {
			return err
		}
		return bw.Flush()
	}
}

// Write writes rec to w in the given format: CSV with a header line
// (lists "; "-joined, nulls blank, numbers with a decimal point and as
// many digits as needed to read back the same value); JSON as an array of
// records, one per line; Parquet and Arrow IPC (file format) with the
// Arrow schema stored, so dictionary columns come back as dictionaries.
func Write(w io.Writer, format Format, rec arrow.Record, opts WriteOptions) error {
	switch format {
	case FormatCSV:
		return writeCSV(w, rec, opts)
	case FormatJSON:
		return writeJSON(w, rec)
	case FormatParquet:
		return writeParquet(w, rec)
	case FormatArrow:
		return writeIPC(w, rec)
	}
	return fmt.Errorf("%w: %q", ErrFormat, format)
}

// Rows are the rows of a table read into Go values: the values in input
// order, the input line of each (CSV and JSON: the line where the row
// starts; Parquet and Arrow: the row number counting a header as 1), and
// the rows that could not be read, each with its line and reason.
type Rows[T any] struct {
	// File is the input's name.
	File string
	// Values are the rows read, in input order.
	Values []T
	// Lines gives the input line of each value.
	Lines []int
	// Rejected are the rows that could not be read.
	Rejected []RejectedRow
}

// Err returns the rejected rows as one *RejectedRowsError, nil when every
// row was read.
func (r *Rows[T]) Err() error {
	if len(r.Rejected) == 0 {
		return nil
	}
	return &RejectedRowsError{File: r.File, Rows: r.Rejected}
}

// RejectedRowsError lists the rows of a file that could not be read, each
// with its line, column and reason.
type RejectedRowsError struct {
	// File is the input's name.
	File string
	// Rows are the rejected rows.
	Rows []RejectedRow
}

// Error lists the rows (at most 20, then a count).
func (e *RejectedRowsError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %d row(s) could not be read:", e.File, len(e.Rows))
	for i, r := range e.Rows {
		if i == 20 {
			fmt.Fprintf(&b, "\n  ... and %d more", len(e.Rows)-20)
			break
		}
		fmt.Fprintf(&b, "\n  %s:%d", e.File, r.Line)
		if r.Column != "" {
			fmt.Fprintf(&b, ": column %q", r.Column)
		}
		fmt.Fprintf(&b, ": %s", r.Reason)
	}
	return b.String()
}

// ReadRows reads a table of kind from r (the format from name's
// extension) into Go values with from (ObservationsFromRecord, ...),
// keeping each row's line. It holds no Arrow memory after it returns, so
// the caller needs no allocator. Rows that cannot be read are in
// Rows.Rejected (Rows.Err lists them as an error); err is for input that
// cannot be read at all.
func ReadRows[T any](r io.Reader, name string, kind Kind, from func(arrow.Record) ([]T, error)) (*Rows[T], error) {
	l, err := Read(r, name, "", kind, memory.NewGoAllocator())
	if err != nil {
		return nil, err
	}
	return rowsOf(l, name, from)
}

// ReadFileRows is ReadRows for the file at path.
func ReadFileRows[T any](path string, kind Kind, from func(arrow.Record) ([]T, error)) (*Rows[T], error) {
	l, err := ReadFile(path, kind, memory.NewGoAllocator())
	if err != nil {
		return nil, err
	}
	return rowsOf(l, path, from)
}

// rowsOf converts a loaded table and releases it.
func rowsOf[T any](l *Loaded, name string, from func(arrow.Record) ([]T, error)) (*Rows[T], error) {
	defer l.Release()
	values, err := from(l.Record)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return &Rows[T]{File: name, Values: values, Lines: l.Lines, Rejected: l.Rejected}, nil
}

// readTyped reads path as kind and converts the rows.
func readTyped[T any](path string, kind Kind, conv func(arrow.Record) ([]T, error)) ([]T, []RejectedRow, error) {
	rows, err := ReadFileRows(path, kind, conv)
	if err != nil {
		return nil, nil, err
	}
	return rows.Values, rows.Rejected, nil
}

// ReadPlans reads a plans table from path (any supported format).
func ReadPlans(path string) ([]Plan, []RejectedRow, error) {
	return readTyped(path, KindPlans, PlansFromRecord)
}

// ReadTargets reads a targets table from path (any supported format).
func ReadTargets(path string) ([]Target, []RejectedRow, error) {
	return readTyped(path, KindTargets, TargetsFromRecord)
}

// ReadTasks reads a tasks table from path (any supported format).
func ReadTasks(path string) ([]Task, []RejectedRow, error) {
	return readTyped(path, KindTasks, TasksFromRecord)
}

// ReadFindings reads a findings table from path (any supported format).
func ReadFindings(path string) ([]Finding, []RejectedRow, error) {
	return readTyped(path, KindFindings, FindingsFromRecord)
}

// ReadObservations reads an observations table from path (any supported format).
func ReadObservations(path string) ([]Observation, []RejectedRow, error) {
	return readTyped(path, KindObservations, ObservationsFromRecord)
}

// ReadIndexValues reads an index series table from path (any supported
// format). A value the source did not publish (a rank-only row) is NaN.
func ReadIndexValues(path string) ([]IndexValue, []RejectedRow, error) {
	return readTyped(path, KindIndexValues, IndexValuesFromRecord)
}

// ReadScores reads a scorecard table from path (any supported format).
func ReadScores(path string) ([]Score, []RejectedRow, error) {
	return readTyped(path, KindScores, ScoresFromRecord)
}

// FromArrow reads the rows of any Arrow record (from DuckDB, pandas,
// polars, a DataFrame adapter...) into the schema of kind (detected from
// the column names when ""), with the same rules as Read: columns are
// matched by name and alias, text is parsed and canonicalised, numbers are
// converted, and rows that cannot be read are rejected with their row
// number (counting a header as line 1). rec is not released; the caller
// releases the result.
func FromArrow(rec arrow.Record, name string, kind Kind, mem memory.Allocator) (*Loaded, error) {
	if kind != "" && specs(kind) == nil {
		return nil, fmt.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	done := false
	return readRecords(name, rec.Schema(), kind, mem, func() (arrow.Record, error) {
		if done {
			return nil, nil
		}
		done = true
		return rec, nil
	})
}
