package dataset

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// Format is a file format cchc reads and writes.
type Format string

// File formats.
const (
	FormatCSV     Format = "csv"
	FormatJSON    Format = "json"
	FormatParquet Format = "parquet"
	FormatArrow   Format = "arrow" // Arrow IPC file format (.arrow, .ipc, .feather)
	FormatXLSX    Format = "xlsx"  // Excel workbook (.xlsx, .xlsm)
)

// FormatFromPath tells the format from a file name's extension: .csv,
// .tsv and .txt are CSV, .json JSON, .parquet and .pq Parquet, .arrow,
// .ipc and .feather Arrow IPC, .xlsx and .xlsm Excel workbooks.
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
	case ".xlsx", ".xlsm":
		return FormatXLSX, nil
	case ".xls":
		return "", i18n.Errorf("%w: %s: an old binary Excel file (.xls): open it in Excel or LibreOffice and save it as .xlsx", ErrFormat, path)
	}
	return "", i18n.Errorf("%w: %s: cannot tell the format from the extension %q (use .csv, .xlsx, .json, .parquet, .arrow, .ipc or .feather)",
		ErrFormat, path, filepath.Ext(path))
}

// ReadFile reads a table of the given kind from path, in the format its
// extension names. With kind "" the kind is detected from the column
// names. The result holds the rows read and the rows rejected; the caller
// releases it. See Read for the reading rules.
func ReadFile(path string, kind Kind, mem memory.Allocator) (*Loaded, error) {
	return ReadFileWith(path, ReadOptions{Kind: kind}, mem)
}

// ReadOptions say how to read a table beyond its file.
type ReadOptions struct {
	// Format is the file format; "" tells it from the name's extension.
	Format Format
	// Kind is the table kind; "" detects it from the column names.
	Kind Kind
	// Sheet names the worksheet of a workbook to read; "" reads the first.
	Sheet string
	// Defaults gives, by column name, the value of columns the file lacks
	// ({"entity": "Hà Tĩnh", "year": "2025"}): every row takes it, and a
	// required column given here may be absent. Loaded.Defaults lists the
	// ones used.
	Defaults map[string]string
	// Keep, when not nil, keeps only the rows it accepts (see ReadFiltered).
	Keep RowFilter
	// CheckOnly reads and checks every row as usual but keeps in the
	// record only the first KeepFirst rows that read well: the others are
	// counted in Loaded.Checked. Memory then follows the rejected rows,
	// not the file (a CSV, Parquet or Arrow file is read as a stream).
	CheckOnly bool
	// KeepFirst is the number of good rows CheckOnly keeps.
	KeepFirst int
}

// keepRule is which rows a reader keeps: those the filter accepts, and
// with checkOnly only the first keepFirst of those that read well.
type keepRule struct {
	filter    RowFilter
	checkOnly bool
	keepFirst int
}

func (o ReadOptions) keepRule() keepRule {
	return keepRule{filter: o.Keep, checkOnly: o.CheckOnly, keepFirst: o.KeepFirst}
}

// ReadFileWith reads a table from path with the given options; see Read.
func ReadFileWith(path string, opts ReadOptions, mem memory.Allocator) (*Loaded, error) {
	if opts.Format == "" {
		format, err := FormatFromPath(path)
		if err != nil {
			return nil, err
		}
		opts.Format = format
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadWith(f, path, opts, mem)
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
//
// XLSX workbooks are read from one sheet (the first, unless
// ReadOptions.Sheet names one; see ReadWith): the header is the first row,
// among the first 50, whose cells name the table's columns, so title rows
// above it are skipped; merged cells give their value to every cell they
// cover; numbers, booleans and dates are read as typed, text cells by the
// rules above (a date typed as text, 31/12/2024, is read in date columns);
// a percent-formatted number reads as it shows (0.985 as 98.5%); a cell of
// a failed formula (#DIV/0!) rejects its row. A sheet with one column per
// year ("2023", "Năm 2024") instead of year and value columns is read as
// one row per year. Rejected rows and errors name the sheet and cell.
func Read(r io.Reader, name string, format Format, kind Kind, mem memory.Allocator) (*Loaded, error) {
	return ReadWith(r, name, ReadOptions{Format: format, Kind: kind}, mem)
}

// RowFilter decides from a row's cells, as written in the input (trimmed,
// NFC; numbers of JSON, Parquet and Arrow files as text), whether the
// reader keeps the row. cell returns the cell of a column of the kind's
// schema by its name ("metric"), "" when the file lacks the column.
type RowFilter func(cell func(column string) string) bool

// ReadFiltered reads as Read does, but keeps only the rows keep accepts
// (all when keep is nil): a row it refuses is counted in RowsRead and
// Skipped and goes no further, neither into the record nor into
// Rejected, so that memory follows the rows kept. CSV files are read as a
// stream, Parquet files one row group at a time, Arrow files one record
// batch at a time, so a large file of rows the caller does not need costs
// little memory; a JSON file's text is held whole (read twice: once for
// its keys, once for its rows) but only the rows kept are built; a
// workbook is decoded whole first.
func ReadFiltered(r io.Reader, name string, format Format, kind Kind, mem memory.Allocator, keep RowFilter) (*Loaded, error) {
	return ReadWith(r, name, ReadOptions{Format: format, Kind: kind, Keep: keep}, mem)
}

// ReadWith reads a table from r with the given options (name is used in
// messages and, when opts.Format is "", to tell the format); see Read.
func ReadWith(r io.Reader, name string, opts ReadOptions, mem memory.Allocator) (*Loaded, error) {
	format, kind, defaults, keep := opts.Format, opts.Kind, opts.Defaults, opts.keepRule()
	if format == "" {
		f, err := FormatFromPath(name)
		if err != nil {
			return nil, err
		}
		format = f
	}
	if kind != "" && specs(kind) == nil {
		return nil, i18n.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	switch format {
	case FormatCSV:
		return readCSV(r, name, kind, defaults, mem, keep)
	case FormatJSON:
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readJSON(data, name, kind, defaults, mem, keep)
	case FormatParquet:
		ra, err := readerAt(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readParquet(ra, name, kind, defaults, mem, keep)
	case FormatArrow:
		ra, err := readerAt(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readIPC(ra, name, kind, defaults, mem, keep)
	case FormatXLSX:
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, &ParseError{File: name, Err: err}
		}
		return readXLSX(data, name, opts, mem)
	}
	return nil, i18n.Errorf("%w: %q", ErrFormat, format)
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
	// CSV is the CSV dialect: "" (comma separators, decimal points) or
	// CSVExcelVI (";" separators, decimal commas and a byte-order mark,
	// as Excel with Vietnamese regional settings reads them).
	CSV string
	// Lang "vi" heads the columns of a workbook with Vietnamese labels and
	// writes status, area, level and change ids as Vietnamese words; ""
	// or "en" keeps the machine ids. CSV, JSON, Parquet and Arrow files
	// always keep the ids.
	Lang string
	// FullPrecision keeps every digit of the numbers of a CSV file or a
	// workbook; by default they are rounded by column (attainment 4
	// decimals, values and rates 2, scores 1). Parquet, Arrow and JSON
	// always keep full precision.
	FullPrecision bool
}

// CSVExcelVI is the CSV dialect of Excel with Vietnamese regional
// settings: ";" between fields, decimal commas, UTF-8 with a BOM.
const CSVExcelVI = "excel-vi"

// ParseCSVDialect checks a --csv value: "" or "default", or "excel-vi".
func ParseCSVDialect(s string) (string, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "default", "plain":
		return "", nil
	case CSVExcelVI, "excel_vi", "vi":
		return CSVExcelVI, nil
	}
	return "", i18n.Errorf("CSV dialect %q: want default or excel-vi", s)
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
// (lists "; "-joined, nulls blank, numbers rounded by column unless
// opts.FullPrecision, text that looks like a number, such as the code
// "2.10", quoted; opts.CSV picks the dialect); an XLSX workbook of one
// sheet (see WriteWorkbook); JSON as an array of records, one per line;
// Parquet and Arrow IPC (file format) with the Arrow schema stored, so
// dictionary columns come back as dictionaries.
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
	case FormatXLSX:
		return writeXLSX(w, rec, opts)
	}
	return i18n.Errorf("%w: %q", ErrFormat, format)
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
func (e *RejectedRowsError) Error() string { return e.In(i18n.EN) }

// In is Error in the language l.
func (e *RejectedRowsError) In(l i18n.Lang) string {
	var b strings.Builder
	b.WriteString(i18n.Textf("%s: %d row(s) could not be read:", e.File, len(e.Rows)).In(l))
	for i, r := range e.Rows {
		if i == 20 {
			b.WriteString(i18n.Textf("\n  ... and %d more", len(e.Rows)-20).In(l))
			break
		}
		b.WriteString("\n  " + r.In(l))
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

// ReadRowsFiltered is ReadRows keeping only the rows keep accepts (see
// ReadFiltered): memory follows the rows kept.
func ReadRowsFiltered[T any](r io.Reader, name string, kind Kind, keep RowFilter, from func(arrow.Record) ([]T, error)) (*Rows[T], error) {
	l, err := ReadFiltered(r, name, "", kind, memory.NewGoAllocator(), keep)
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
		return nil, i18n.Errorf("%s: %w", name, err)
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
		return nil, i18n.Errorf("%w: %q", ErrUnknownKind, kind)
	}
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	done := false
	return readRecords(name, rec.Schema(), kind, nil, mem, keepRule{}, func() (arrow.Record, error) {
		if done {
			return nil, nil
		}
		done = true
		return rec, nil
	})
}
