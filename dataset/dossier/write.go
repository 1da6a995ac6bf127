package dossier

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/atomicfile"
	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
)

// Dossier file formats.
const (
	FormatParquet = "parquet"
	FormatCSV     = "csv"
	FormatArrow   = "arrow"
)

// FormatOf returns the dossier file format named by path's
// extension: .parquet/.pq, .csv, or .arrow/.ipc/.feather/.arrows.
func FormatOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".parquet", ".pq":
		return FormatParquet, nil
	case ".csv":
		return FormatCSV, nil
	case ".arrow", ".ipc", ".feather", ".arrows":
		return FormatArrow, nil
	}
	return "", i18n.Errorf("%s: unknown dossier file extension %q (want .parquet, .csv or .arrow)", path, filepath.Ext(path))
}

// Writer writes dossier records to a file.
type Writer interface {
	// Write appends the rows of rec, whose schema is Schema.
	Write(rec arrow.Record) error
	// Close flushes and closes the output.
	Close() error
}

// Create starts writing path and returns a writer for the format its
// extension names. meta is written as Parquet key-value metadata, Arrow
// schema metadata, or "# key: value" comment lines before the CSV header.
// The file goes through the one atomic writer (internal/atomicfile): it is
// written beside path and put in place by Close, so path holds its old
// content until then, and keeps it if a Write fails, Abort is called or
// the program is interrupted.
func Create(path string, meta map[string]string) (Writer, error) {
	format, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	f, err := atomicfile.Create(path)
	if err != nil {
		return nil, i18n.Errorf("create dossier file: %w", err)
	}
	var w Writer
	var side *atomicfile.Pending
	switch format {
	case FormatParquet:
		// The Parquet writer closes a writer that is an io.Closer; the
		// file is closed here instead.
		w, err = NewParquetWriter(struct{ io.Writer }{f}, meta)
	case FormatCSV:
		// A CSV file has no place for metadata that every reader skips:
		// it goes to a sidecar, FILE.csv.meta.json, put in place together
		// with the file by Close.
		if side, err = createMetaSidecar(path, meta); err == nil {
			w = NewCSVWriter(f, nil)
		}
	default:
		w, err = NewArrowWriter(binread.NewOffsetWriter(f), meta)
	}
	if err != nil {
		f.Abort()
		return nil, i18n.Errorf("%s: %w", path, err)
	}
	return &dosFileWriter{w: w, f: f, side: side, path: path}, nil
}

// Aborter is a Writer that can drop what it wrote: the writers of Create
// leave their file as it was.
type Aborter interface {
	Abort()
}

type dosFileWriter struct {
	w      Writer
	f      *atomicfile.Pending
	side   *atomicfile.Pending // the metadata sidecar of a CSV file, or nil
	path   string
	failed bool
}

// pending lists the file and its sidecar, if any.
func (w *dosFileWriter) pending() []*atomicfile.Pending {
	if w.side == nil {
		return []*atomicfile.Pending{w.f}
	}
	return []*atomicfile.Pending{w.f, w.side}
}

func (w *dosFileWriter) Write(rec arrow.Record) error {
	if err := w.w.Write(rec); err != nil {
		w.failed = true
		return i18n.Errorf("%s: %w", w.path, err)
	}
	return nil
}

// Close finishes the file and puts it in place, unless a Write failed.
func (w *dosFileWriter) Close() error {
	err := w.w.Close()
	if err == nil && w.failed {
		err = i18n.New("not written: an earlier write failed")
	}
	if err != nil {
		w.Abort()
		return i18n.Errorf("%s: %w", w.path, err)
	}
	if err := atomicfile.CommitAll(w.pending()...); err != nil {
		return i18n.Errorf("%s: %w", w.path, err)
	}
	return nil
}

// Abort drops the file being written and its sidecar; both keep their
// old content.
func (w *dosFileWriter) Abort() {
	for _, p := range w.pending() {
		p.Abort()
	}
}

// MetaSidecar returns the name of the file holding the metadata of the
// CSV dossier file at path: path + ".meta.json".
func MetaSidecar(path string) string { return path + ".meta.json" }

// createMetaSidecar starts writing meta as a JSON object to
// MetaSidecar(path), to be put in place with the file; nil when meta is
// empty.
func createMetaSidecar(path string, meta map[string]string) (*atomicfile.Pending, error) {
	if len(meta) == 0 {
		return nil, nil
	}
	b, err := json.MarshalIndent(meta, "", "  ")
	if err != nil {
		return nil, err
	}
	p, err := atomicfile.Create(MetaSidecar(path))
	if err != nil {
		return nil, err
	}
	if _, err := p.Write(append(b, '\n')); err != nil {
		p.Abort()
		return nil, err
	}
	return p, nil
}

func dosSortedKeys(meta map[string]string) []string {
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// RowGroupRows is the number of rows per Parquet row group the
// dossier writer aims for: small enough for two workers to share a file of
// a million rows, large enough for dictionary pages to pay off.
const RowGroupRows = 1 << 18

// ArrowWriter writes dossier records as an Arrow IPC file.
type ArrowWriter struct {
	fw *ipc.FileWriter
	sc *arrow.Schema
}

// NewArrowWriter returns an Arrow IPC file writer on w with meta as
// schema metadata.
func NewArrowWriter(w io.WriteSeeker, meta map[string]string) (*ArrowWriter, error) {
	keys := dosSortedKeys(meta)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = meta[k]
	}
	md := arrow.NewMetadata(keys, vals)
	sc := arrow.NewSchema(Schema().Fields(), &md)
	fw, err := ipc.NewFileWriter(w, ipc.WithSchema(sc))
	if err != nil {
		return nil, i18n.Errorf("arrow writer: %w", err)
	}
	return &ArrowWriter{fw: fw, sc: sc}, nil
}

// Write appends rec as one record batch. The dictionaries of all batches
// must be equal (the IPC file format allows no replacement), as they are
// in the generator's output.
func (w *ArrowWriter) Write(rec arrow.Record) error {
	cols := make([]arrow.Array, rec.NumCols())
	for i, c := range rec.Columns() {
		cols[i] = dosDetachDictionary(c)
		defer cols[i].Release()
	}
	r := array.NewRecord(w.sc, cols, rec.NumRows())
	defer r.Release()
	return w.fw.Write(r)
}

// dosDetachDictionary returns c, or for a dictionary of strings the same
// indices with a copy of the dictionary made by Go's allocator: the v15
// IPC file writer keeps the last dictionaries it wrote and never releases
// them, which must not hold the caller's allocator.
func dosDetachDictionary(c arrow.Array) arrow.Array {
	d, ok := c.(*array.Dictionary)
	if !ok {
		c.Retain()
		return c
	}
	vals, ok := d.Dictionary().(*array.String)
	if !ok {
		c.Retain()
		return c
	}
	b := array.NewStringBuilder(memory.DefaultAllocator)
	defer b.Release()
	b.Reserve(vals.Len())
	for i := 0; i < vals.Len(); i++ {
		if vals.IsNull(i) {
			b.AppendNull()
		} else {
			b.Append(vals.Value(i))
		}
	}
	dict := b.NewArray()
	defer dict.Release()
	return array.NewDictionaryArray(d.DataType(), d.Indices(), dict)
}

// Close writes the footer.
func (w *ArrowWriter) Close() error { return w.fw.Close() }

// CSVWriter writes dossier records as CSV: UTF-8 without a BOM,
// comma-separated, a header line, times as "2006-01-02 15:04:05", booleans
// as true/false, empty fields for nulls, text that starts like a
// spreadsheet formula with a leading single quote (textfile.SafeCell).
// Metadata given to it is written as "# key: value" lines before the
// header (which pandas, R and Excel do not skip by default: Create writes
// none, and puts the metadata in a sidecar file instead, see MetaSidecar).
type CSVWriter struct {
	w      *bufio.Writer
	meta   map[string]string
	header bool
	line   []byte
}

// NewCSVWriter returns a CSV writer on w. Close flushes it but does
// not close w.
func NewCSVWriter(w io.Writer, meta map[string]string) *CSVWriter {
	return &CSVWriter{w: bufio.NewWriterSize(w, 1<<20), meta: meta}
}

func (w *CSVWriter) writeHeader() error {
	w.header = true
	for _, k := range dosSortedKeys(w.meta) {
		v := strings.ReplaceAll(strings.ReplaceAll(w.meta[k], "\r", " "), "\n", " ")
		if _, err := fmt.Fprintf(w.w, "# %s: %s\n", k, v); err != nil {
			return err
		}
	}
	_, err := w.w.WriteString(strings.Join(Columns(), ",") + "\n")
	return err
}

// Write appends rec's rows. rec must have the dossier columns in schema order.
func (w *CSVWriter) Write(rec arrow.Record) error {
	if !w.header {
		if err := w.writeHeader(); err != nil {
			return err
		}
	}
	if int(rec.NumCols()) != len(Columns()) {
		return i18n.Errorf("csv writer: record has %d columns, want %d", rec.NumCols(), len(Columns()))
	}
	cols := rec.Columns()
	n := int(rec.NumRows())
	for i := 0; i < n; i++ {
		b := w.line[:0]
		for j, col := range cols {
			if j > 0 {
				b = append(b, ',')
			}
			if col.IsNull(i) {
				continue
			}
			switch c := col.(type) {
			case *array.Timestamp:
				b = dosAppendWallTime(b, UnitToSeconds(int64(c.Value(i)), c.DataType().(*arrow.TimestampType).Unit))
			case *array.Boolean:
				b = strconv.AppendBool(b, c.Value(i))
			case *array.Int8:
				b = strconv.AppendInt(b, int64(c.Value(i)), 10)
			default:
				s, err := dossierStringAt(col, i)
				if err != nil {
					return i18n.Errorf("csv writer: column %q: %w", rec.ColumnName(j), err)
				}
				b = dosAppendCSVField(b, textfile.SafeCell(s))
			}
		}
		b = append(b, '\n')
		w.line = b
		if _, err := w.w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// Close writes the header if no row was written, and flushes.
func (w *CSVWriter) Close() error {
	if !w.header {
		if err := w.writeHeader(); err != nil {
			return err
		}
	}
	return w.w.Flush()
}

func dosAppendCSVField(b []byte, s string) []byte {
	if !strings.ContainsAny(s, ",\"\r\n") && (s == "" || (s[0] != ' ' && s[0] != '#')) {
		return append(b, s...)
	}
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			b = append(b, '"')
		}
		b = append(b, s[i])
	}
	return append(b, '"')
}

// dosAppendWallTime appends "YYYY-MM-DD hh:mm:ss".
func dosAppendWallTime(b []byte, secs int64) []byte {
	t := time.Unix(secs, 0).UTC()
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	b = dosAppendPad(b, y, 4)
	b = append(b, '-')
	b = dosAppendPad(b, int(mo), 2)
	b = append(b, '-')
	b = dosAppendPad(b, d, 2)
	b = append(b, ' ')
	b = dosAppendPad(b, h, 2)
	b = append(b, ':')
	b = dosAppendPad(b, mi, 2)
	b = append(b, ':')
	return dosAppendPad(b, s, 2)
}

func dosAppendPad(b []byte, v, width int) []byte {
	var tmp [20]byte
	s := strconv.AppendInt(tmp[:0], int64(v), 10)
	for i := len(s); i < width; i++ {
		b = append(b, '0')
	}
	return append(b, s...)
}
