package dossier

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/metadata"

	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// RowError is a CSV row of a dossier file that cannot be read: a
// field that does not parse, or a row with the wrong number of fields.
type RowError struct {
	// File is the input file name.
	File string
	// Line is the 1-based line of the row.
	Line int
	// Column is the column name, empty for whole-row errors.
	Column string
	// Value is the field as written.
	Value string
	// Err is the cause.
	Err error
	// Reason is the national reader's reason id (one of
	// NationalRejectReasons); empty for the readers of this package's schema.
	Reason string
	// Sheet and Cell locate a row of a spreadsheet ("Sheet1", "F12"); Line
	// is then the sheet row.
	Sheet, Cell string
}

// Error returns "file:line: column "c": cause", or for a spreadsheet
// "file: sheet "S" cell F12: column "c": ...".
func (e *RowError) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l; the reason id stays as it is.
func (e *RowError) In(l i18n.Lang) string {
	where := fmt.Sprintf("%s:%d", e.File, e.Line)
	if e.Sheet != "" {
		where = i18n.Textf("%s: sheet %q row %d", e.File, e.Sheet, e.Line).In(l)
		if e.Cell != "" {
			where = i18n.Textf("%s: sheet %q cell %s", e.File, e.Sheet, e.Cell).In(l)
		}
	}
	if e.Reason != "" {
		where += ": " + e.Reason
	}
	if e.Column == "" {
		return i18n.Textf("%s: %v", where, e.Err).In(l)
	}
	return i18n.Textf("%s: column %q: value %q: %v", where, e.Column, e.Value, e.Err).In(l)
}

// Unwrap returns the cause.
func (e *RowError) Unwrap() error { return e.Err }

// ReadOptions controls how dossier files are read.
type ReadOptions struct {
	// Columns lists the columns to read, in any order; nil reads all. The
	// records keep schema order.
	Columns []string
	// BatchSize is the number of rows per record; 0 means DefaultBatchSize.
	BatchSize int
	// Mem allocates the records; nil means memory.DefaultAllocator.
	Mem memory.Allocator
	// VerifyWhileReading checks the checksum of a Parquet file that cchc
	// wrote in a goroutine while the parts read the file, instead of
	// before Open returns: a mismatch is then the error of the parts (of
	// the last one to reach its end, and of any part that fails). For a
	// caller that reads every part to its end.
	VerifyWhileReading bool
	// OnReject is called for each CSV row that cannot be read; the row is
	// left out of the records. Parts reading at the same time call it from
	// their goroutines. When nil, the first such row stops its part with a
	// *RowError.
	OnReject func(*RowError)
}

// DefaultBatchSize is the number of rows per record when ReadOptions
// does not say. The Parquet decoders keep buffers of a record's size for
// every column (values, dictionary indices and their scratch space), so
// smaller records hold less memory; below about 16384 rows the work per
// record starts to cost time.
const DefaultBatchSize = 1 << 14

func (o ReadOptions) batchSize() int {
	if o.BatchSize <= 0 {
		return DefaultBatchSize
	}
	return o.BatchSize
}

func (o ReadOptions) mem() memory.Allocator {
	if o.Mem == nil {
		return memory.DefaultAllocator
	}
	return o.Mem
}

// Part is one stream of records from a dossier file. Several parts
// of one file can be read at the same time from different goroutines.
type Part interface {
	array.RecordReader
	// Position returns where row i of the current record stands in the
	// file: its 1-based data row, or for CSV its 1-based line.
	Position(i int) int64
	// PositionKind returns "row" or, for CSV, "line".
	PositionKind() string
}

// File is an open dossier file: Parquet, CSV or Arrow IPC.
type File struct {
	path    string
	format  string
	opts    ReadOptions
	size    int64
	numRows int64
	meta    map[string]string
	// Parquet: first row of each row group.
	chunkStart []int64
	ipcStream  bool
	// arrowSchema says a Parquet file stores its Arrow schema.
	arrowSchema bool
	// pqMeta is a Parquet file's footer, parsed once by Open and shared
	// by the parts (each part parsing its own copy held one per part:
	// about 0.2 MB per million rows, statistics included).
	pqMeta *metadata.FileMetaData
	// csvChunk is the CSV chunk size (0: dosCSVChunkSize); tests lower it.
	csvChunk   int
	cols       []string
	progress   atomic.Int64
	partsTaken bool
	// declared is the row count the file's "cchc.rows" metadata gives
	// (cchc's generator writes it), -1 when absent; rowsSeen counts the
	// rows the parts delivered or rejected, partsOpen the parts not yet
	// at their end (a part that stops with an error never gets there, so
	// the check is left to that error).
	declared  int64
	rowsSeen  atomic.Int64
	partsOpen atomic.Int64
	// sumDone is closed when the checksum checked while reading
	// (ReadOptions.VerifyWhileReading) is known, sumErr its mismatch;
	// nil when it was checked by Open.
	sumDone chan struct{}
	sumErr  error
}

// Open opens a dossier file and reads its metadata; the format
// comes from the extension (see FormatOf). The file is read by the
// parts (File.Parts); each part holds its own file handle.
func Open(path string, opts ReadOptions) (df *File, err error) {
	defer func() {
		// A damaged file can make the decoders panic: an error, never a crash.
		if r := recover(); r != nil {
			df, err = nil, i18n.Errorf("%s: %w", path, binread.Recovered(r))
		}
	}()
	format, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, i18n.Errorf("open dossier file: %w", err)
	}
	df = &File{path: path, format: format, opts: opts, size: st.Size(), numRows: -1, meta: map[string]string{}}
	known := map[string]bool{}
	for _, c := range Columns() {
		known[c] = true
	}
	want := map[string]bool{}
	for _, c := range opts.Columns {
		if !known[c] {
			return nil, i18n.Errorf("%s: unknown dossier column %q", path, c)
		}
		want[c] = true
	}
	for _, c := range Columns() {
		if len(opts.Columns) == 0 || want[c] {
			df.cols = append(df.cols, c)
		}
	}
	switch format {
	case FormatParquet:
		err = df.openParquetMeta()
	case FormatArrow:
		err = df.openArrowMeta()
	default:
		err = df.openCSVMeta()
	}
	if err != nil {
		return nil, df.preferChecksum(err)
	}
	df.declared = -1
	if v, ok := df.meta["cchc.rows"]; ok {
		n, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		if err != nil || n < 0 {
			return nil, i18n.Errorf("%s: %w: the metadata cchc.rows is %q, not a row count", path, binread.ErrDamaged, v)
		}
		df.declared = n
	}
	return df, nil
}

// partEnded is called once by each part that reached its end: the last
// one compares the rows all parts read (or rejected) with the rows the
// file declares, so that a file cut short (a killed copy, a truncated
// download) is an error, not fewer rows.
func (f *File) partEnded(ended *bool) error {
	if *ended {
		return nil
	}
	*ended = true
	if f.partsOpen.Add(-1) != 0 {
		return nil
	}
	if err := f.checksumErr(); err != nil {
		return err
	}
	if f.declared < 0 {
		return nil
	}
	if got := f.rowsSeen.Load(); got != f.declared {
		return i18n.Errorf("%s: %w: %d rows read where the file declares %d (cchc.rows): it is cut short or damaged", f.path, binread.ErrDamaged, got, f.declared)
	}
	return nil
}

// Path returns the file's path.
func (f *File) Path() string { return f.path }

// Format returns FormatParquet, FormatCSV or FormatArrow.
func (f *File) Format() string { return f.format }

// NumRows returns the number of rows, or -1 when the format does not say
// before reading (CSV, Arrow IPC).
func (f *File) NumRows() int64 { return f.numRows }

// Metadata returns the file's key-value metadata (Parquet key-value
// metadata, Arrow schema metadata, or for CSV the sidecar FILE.csv.meta.json
// and any "# key: value" lines before the header),
// without Arrow's own keys.
func (f *File) Metadata() map[string]string {
	out := make(map[string]string, len(f.meta))
	for k, v := range f.meta {
		out[k] = v
	}
	return out
}

// Progress returns how much has been read and the total, in rows (Parquet,
// Arrow) or bytes (CSV); total is -1 when unknown.
func (f *File) Progress() (done, total int64) {
	if f.format == FormatCSV {
		return f.progress.Load(), f.size
	}
	return f.progress.Load(), f.numRows
}

// parquetReadBuffer is the size of the buffer each column chunk of a
// Parquet file is read through.
const parquetReadBuffer = 64 << 10

// openParquet opens the Parquet file through the guards of
// internal/binread: its allocations capped by the file's size. It
// returns the allocator for the Arrow records (ReadOptions.Mem, capped).
//
// The page reader always allocates from Go's allocator, never from
// ReadOptions.Mem: arrow v15's serializedPageReader.Next
// (parquet/file/page_reader.go, v15.0.2 lines 488-489) frees the buffer
// a v1 data page or a dictionary page is decompressed into
// ("defer buf.Release()") when Next returns, while the page it returns
// still points into that buffer. With Go's allocator Free does nothing
// and the garbage collector keeps the bytes alive; an allocator that
// reuses freed buffers would hand the page's bytes to the next
// allocation (TestParquetPagesSurviveReuse).
func (f *File) openParquet() (*file.Reader, memory.Allocator, error) {
	mem := binread.Cap(f.opts.mem(), f.size)
	props := parquet.NewReaderProperties(binread.Cap(memory.NewGoAllocator(), f.size))
	// Column chunks are read through a buffer of parquetReadBuffer bytes
	// rather than whole (arrow v15 then copies each chunk once more into a
	// reader buffer of its size).
	props.BufferedStreamEnabled = true
	props.BufferSize = parquetReadBuffer
	// The file is opened here, not by file.OpenParquetFile, which leaves
	// it open when the footer is unreadable.
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, nil, i18n.Errorf("%s: not a readable Parquet file: %w", f.path, err)
	}
	r, err := func() (r *file.Reader, err error) {
		defer func() {
			if p := recover(); p != nil {
				err = binread.Recovered(p)
			}
		}()
		opts := []file.ReadOption{file.WithReadProps(props)}
		if f.pqMeta != nil {
			opts = append(opts, file.WithMetadata(f.pqMeta))
		}
		return file.NewParquetReader(fh, opts...)
	}()
	if err != nil {
		fh.Close()
		return nil, nil, i18n.Errorf("%s: not a readable Parquet file: %w", f.path, err)
	}
	return r, mem, nil
}

func (f *File) openParquetMeta() error {
	r, _, err := f.openParquet()
	if err != nil {
		return err
	}
	defer r.Close()
	if err := f.checkParquetFile(r); err != nil {
		return i18n.Errorf("%s: %w", f.path, err)
	}
	md := r.MetaData()
	f.numRows = md.NumRows
	kv := md.KeyValueMetadata()
	for i, k := range kv.Keys() {
		switch k {
		case "ARROW:schema":
			f.arrowSchema = true
		case binread.ChecksumKey:
		default:
			f.meta[k] = kv.Values()[i]
		}
	}
	var start int64
	for i := 0; i < r.NumRowGroups(); i++ {
		f.chunkStart = append(f.chunkStart, start)
		n := md.RowGroup(i).NumRows()
		if n < 0 {
			return i18n.Errorf("%s: %w: row group %d declares %d rows", f.path, binread.ErrDamaged, i, n)
		}
		start += n
	}
	if start != f.numRows {
		return i18n.Errorf("%s: %w: the row groups declare %d rows, the footer %d", f.path, binread.ErrDamaged, start, f.numRows)
	}
	if _, err := parquetColumns(md.Schema, "", f.cols); err != nil {
		return i18n.Errorf("%s: %w", f.path, err)
	}
	f.pqMeta = md
	return nil
}

// checkParquetFile verifies cchc's checksum when the file has one (now,
// or in a goroutine with ReadOptions.VerifyWhileReading) and checks the
// Arrow schema it stores before pqarrow decodes it.
func (f *File) checkParquetFile(r *file.Reader) error {
	fh, err := os.Open(f.path)
	if err != nil {
		return err
	}
	if f.opts.VerifyWhileReading {
		f.sumDone = make(chan struct{})
		go func() {
			defer close(f.sumDone)
			defer fh.Close()
			if _, err := binread.VerifyParquetChecksum(fh, f.size); err != nil {
				f.sumErr = err
			}
		}()
	} else {
		defer fh.Close()
		if _, err := binread.VerifyParquetChecksum(fh, f.size); err != nil {
			return err
		}
	}
	if v := r.MetaData().KeyValueMetadata().FindValue("ARROW:schema"); v != nil {
		if err := binread.CheckStoredSchema(*v); err != nil {
			if f.sumDone != nil {
				<-f.sumDone
				if f.sumErr != nil {
					return f.sumErr
				}
			}
			return err
		}
	}
	return nil
}

// checksumErr waits for the checksum checked while reading and returns
// its mismatch, naming the file; nil when it matched or was checked by
// Open.
func (f *File) checksumErr() error {
	if f.sumDone == nil {
		return nil
	}
	<-f.sumDone
	if f.sumErr != nil {
		return i18n.Errorf("%s: %w", f.path, f.sumErr)
	}
	return nil
}

// preferChecksum returns the checksum's mismatch in place of err when
// there is one: a damaged file is reported as such, not by what its
// damage made the decoder do.
func (f *File) preferChecksum(err error) error {
	if cerr := f.checksumErr(); cerr != nil {
		return cerr
	}
	return err
}

// chunkRows returns the rows row group c declares.
func (f *File) chunkRows(c int) int64 {
	if c+1 < len(f.chunkStart) {
		return f.chunkStart[c+1] - f.chunkStart[c]
	}
	return f.numRows - f.chunkStart[c]
}

func (f *File) checkColumns(sc *arrow.Schema) error {
	for _, c := range f.cols {
		if len(sc.FieldIndices(c)) == 0 {
			return i18n.Errorf("%s: missing dossier column %q", f.path, c)
		}
	}
	return nil
}

func (f *File) openArrowMeta() error {
	rd, err := openDossierIPC(f.path)
	if err != nil {
		return err
	}
	defer rd.close()
	f.ipcStream = true
	f.readSchemaMeta(rd.schema)
	return f.checkColumns(rd.schema)
}

// dosIPCReader reads an Arrow IPC file or stream in order. Records are
// allocated by Go's allocator: the v15 IPC readers keep dictionaries in a
// memo they never release, which a checked allocator would report.
type dosIPCReader struct {
	fh     *os.File
	file   *ipc.FileReader
	stream *ipc.Reader
	schema *arrow.Schema
	next   int
}

func openDossierIPC(path string) (*dosIPCReader, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, i18n.Errorf("open dossier file: %w", err)
	}
	st, err := fh.Stat()
	if err != nil {
		fh.Close()
		return nil, i18n.Errorf("open dossier file: %w", err)
	}
	mem := binread.Cap(memory.NewGoAllocator(), st.Size())
	r := &dosIPCReader{fh: fh}
	var magic [6]byte
	if _, err := io.ReadFull(fh, magic[:]); err == nil && string(magic[:]) == "ARROW1" {
		if err := binread.CheckIPCFile(fh, st.Size()); err != nil {
			fh.Close()
			return nil, i18n.Errorf("%s: not a readable Arrow IPC file: %w", path, err)
		}
		r.file, err = ipc.NewFileReader(fh, ipc.WithAllocator(mem))
		if err != nil {
			fh.Close()
			return nil, i18n.Errorf("%s: %w", path, err)
		}
		r.schema = r.file.Schema()
		return r, nil
	}
	if err := binread.CheckIPCStream(fh, st.Size()); err != nil {
		fh.Close()
		return nil, i18n.Errorf("%s: not an Arrow IPC file or stream: %w", path, err)
	}
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		fh.Close()
		return nil, i18n.Errorf("%s: %w", path, err)
	}
	r.stream, err = ipc.NewReader(fh, ipc.WithAllocator(mem))
	if err != nil {
		fh.Close()
		return nil, i18n.Errorf("%s: not an Arrow IPC file or stream: %w", path, err)
	}
	r.schema = r.stream.Schema()
	return r, nil
}

// read returns the next record (owned by the caller), nil at the end.
func (r *dosIPCReader) read() (arrow.Record, error) {
	if r.file != nil {
		if r.next >= r.file.NumRecords() {
			return nil, nil
		}
		rec, err := r.file.RecordAt(r.next)
		r.next++
		return rec, err
	}
	if !r.stream.Next() {
		if err := r.stream.Err(); err != nil && err != io.EOF {
			return nil, err
		}
		return nil, nil
	}
	rec := r.stream.Record()
	rec.Retain()
	return rec, nil
}

func (r *dosIPCReader) close() {
	if r.file != nil {
		r.file.Close()
	}
	if r.stream != nil {
		r.stream.Release()
	}
	r.fh.Close()
}

func (f *File) readSchemaMeta(sc *arrow.Schema) {
	md := sc.Metadata()
	for i, k := range md.Keys() {
		f.meta[k] = md.Values()[i]
	}
}

func (f *File) openCSVMeta() error {
	fh, err := os.Open(f.path)
	if err != nil {
		return i18n.Errorf("open dossier file: %w", err)
	}
	defer fh.Close()
	br := bufio.NewReader(fh)
	for {
		line, err := br.ReadString('\n')
		line = strings.TrimPrefix(line, "\ufeff")
		if strings.HasPrefix(line, "#") {
			if k, v, ok := strings.Cut(strings.TrimSpace(strings.TrimPrefix(line, "#")), ":"); ok {
				f.meta[strings.TrimSpace(k)] = strings.TrimSpace(v)
			}
		} else {
			break
		}
		if err != nil {
			break
		}
	}
	if b, err := os.ReadFile(MetaSidecar(f.path)); err == nil {
		var side map[string]string
		if err := json.Unmarshal(b, &side); err != nil {
			return i18n.Errorf("%s: %w", MetaSidecar(f.path), err)
		}
		for k, v := range side {
			f.meta[k] = v
		}
	}
	return nil
}

// Parts returns at most n parts that together yield every row of the file
// once. Parquet row groups, and CSV chunks of whole records (about 4 MB
// each), are handed out to the parts as they ask for more work; an Arrow
// IPC file is one part. The caller releases every part. Parts may be
// called once.
func (f *File) Parts(n int) ([]Part, error) {
	if f.partsTaken {
		return nil, i18n.Errorf("%s: parts already taken", f.path)
	}
	f.partsTaken = true
	if n < 1 {
		n = 1
	}
	if f.ipcStream {
		n = 1
	}
	var csvShared *dosCSVShared
	if f.format == FormatCSV {
		sh, err := f.openCSVShared()
		if err != nil {
			return nil, err
		}
		csvShared = sh
		defer sh.release() // each part holds its own reference
	}
	if len(f.chunkStart) > 0 && n > len(f.chunkStart) {
		n = len(f.chunkStart)
	}
	next := new(atomic.Int64)
	var parts []Part
	for i := 0; i < n; i++ {
		var p Part
		var err error
		switch {
		case f.format == FormatParquet:
			p, err = f.newParquetPart(next)
		case f.format == FormatCSV:
			p, err = f.newCSVPart(csvShared)
		default:
			p, err = f.newStreamPart()
		}
		if err != nil {
			for _, q := range parts {
				q.Release()
			}
			return nil, f.preferChecksum(err)
		}
		parts = append(parts, p)
	}
	f.partsOpen.Store(int64(len(parts)))
	return parts, nil
}

// dosChunkPart reads Parquet row groups or Arrow IPC batches taken from a
// counter shared with the other parts of the same file.
type dosChunkPart struct {
	f        *File
	next     *atomic.Int64
	open     func(chunk int) (array.RecordReader, error)
	closer   io.Closer
	sc       *arrow.Schema
	cur      array.RecordReader
	rec      arrow.Record
	first    int64
	rowInCur int64
	chunk    int
	ended    bool
	err      error
	refs     atomic.Int64
	// check checks each record, each dictionary's entries once.
	check binread.Checker
}

func (p *dosChunkPart) Retain()               { p.refs.Add(1) }
func (p *dosChunkPart) Schema() *arrow.Schema { return p.sc }
func (p *dosChunkPart) Record() arrow.Record  { return p.rec }
func (p *dosChunkPart) Err() error            { return p.err }
func (p *dosChunkPart) Position(i int) int64  { return p.first + int64(i) + 1 }
func (p *dosChunkPart) PositionKind() string  { return "row" }

func (p *dosChunkPart) Release() {
	if p.refs.Add(-1) != 0 {
		return
	}
	if p.cur != nil {
		p.cur.Release()
		p.cur = nil
	}
	if p.closer != nil {
		p.closer.Close()
		p.closer = nil
	}
}

func (p *dosChunkPart) Next() (ok bool) {
	if p.err != nil {
		return false
	}
	defer func() {
		if !ok && p.err != nil && !p.ended {
			p.err = p.f.preferChecksum(p.err)
		}
	}()
	// Arrow v15's Parquet page reader panics on some damaged pages (a
	// corrupt snappy block, for one); the decoding runs in this goroutine,
	// so the panic becomes this part's error.
	defer func() {
		if r := recover(); r != nil {
			p.err = i18n.Errorf("%s: %w", p.f.path, binread.Recovered(r))
			p.rec = nil
			ok = false
		}
	}()
	for {
		if p.cur != nil {
			if p.cur.Next() {
				p.rec = p.cur.Record()
				if err := p.check.CheckRecord(p.rec); err != nil {
					p.err = p.f.damaged(err, p.rowInCur)
					p.rec = nil
					return false
				}
				p.first = p.rowInCur
				p.rowInCur += p.rec.NumRows()
				p.f.progress.Add(p.rec.NumRows())
				p.f.rowsSeen.Add(p.rec.NumRows())
				return true
			}
			if err := p.cur.Err(); err != nil && err != io.EOF {
				p.err = i18n.Errorf("%s: %w", p.f.path, err)
				return false
			}
			p.cur.Release()
			p.cur = nil
			if err := p.checkChunkRows(); err != nil {
				p.err = err
				return false
			}
		}
		c := int(p.next.Add(1) - 1)
		if c >= len(p.f.chunkStart) {
			p.rec = nil
			p.err = p.f.partEnded(&p.ended)
			return false
		}
		rr, err := p.open(c)
		if err != nil {
			p.err = i18n.Errorf("%s: chunk %d: %w", p.f.path, c, err)
			return false
		}
		p.cur = rr
		p.chunk = c
		p.rowInCur = p.f.chunkStart[c]
	}
}

// checkChunkRows compares the rows read from the row group just finished
// with the rows it declares: a damaged page can end a column early
// without an error from the decoder.
func (p *dosChunkPart) checkChunkRows() error {
	read := p.rowInCur - p.f.chunkStart[p.chunk]
	if want := p.f.chunkRows(p.chunk); read != want {
		return i18n.Errorf("%s: %w: row group %d: %d rows read where the file declares %d", p.f.path, binread.ErrDamaged, p.chunk, read, want)
	}
	return nil
}

// damaged is the error of a record that fails binread.CheckRecord; first
// is the 0-based row of the file where the record starts.
func (f *File) damaged(err error, first int64) error {
	var re *binread.RecordError
	if errors.As(err, &re) && re.Row >= 0 {
		return i18n.Errorf("%s: row %d: column %q: %w", f.path, first+int64(re.Row)+1, re.Column, re.Err)
	}
	return i18n.Errorf("%s: %w", f.path, err)
}

func (f *File) newParquetPart(next *atomic.Int64) (part Part, err error) {
	defer func() {
		if r := recover(); r != nil {
			part, err = nil, i18n.Errorf("%s: %w", f.path, binread.Recovered(r))
		}
	}()
	r, mem, err := f.openParquet()
	if err != nil {
		return nil, err
	}
	stored := ""
	if v := r.MetaData().KeyValueMetadata().FindValue("ARROW:schema"); v != nil {
		stored = *v
	}
	cols, err := parquetColumns(r.MetaData().Schema, stored, f.cols)
	if err != nil {
		r.Close()
		return nil, i18n.Errorf("%s: %w", f.path, err)
	}
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		fields[i] = c.field
	}
	sc := arrow.NewSchema(fields, nil)
	batch := int64(f.opts.batchSize())
	p := &dosChunkPart{f: f, next: next, closer: r, sc: sc}
	p.refs.Store(1)
	p.open = func(c int) (array.RecordReader, error) {
		return newRowGroupRecords(r, c, cols, sc, batch, mem)
	}
	return p, nil
}

// projectRecord keeps the named columns of rec, in the given order.
type dosProjector struct {
	idx []int
	sc  *arrow.Schema
}

func newDosProjector(sc *arrow.Schema, cols []string) (*dosProjector, error) {
	p := &dosProjector{}
	var fields []arrow.Field
	for _, c := range cols {
		ix := sc.FieldIndices(c)
		if len(ix) == 0 {
			return nil, i18n.Errorf("missing dossier column %q", c)
		}
		p.idx = append(p.idx, ix[0])
		fields = append(fields, sc.Field(ix[0]))
	}
	p.sc = arrow.NewSchema(fields, nil)
	return p, nil
}

func (p *dosProjector) project(rec arrow.Record) arrow.Record {
	cols := make([]arrow.Array, len(p.idx))
	for i, j := range p.idx {
		cols[i] = rec.Column(j)
	}
	return array.NewRecord(p.sc, cols, rec.NumRows())
}

// dosSingleReader yields one record.
type dosSingleReader struct {
	rec  arrow.Record
	done bool
	refs atomic.Int64
}

func (r *dosSingleReader) Retain()               { r.refs.Add(1) }
func (r *dosSingleReader) Schema() *arrow.Schema { return r.rec.Schema() }
func (r *dosSingleReader) Err() error            { return nil }
func (r *dosSingleReader) Record() arrow.Record {
	if !r.done {
		return nil
	}
	return r.rec
}
func (r *dosSingleReader) Next() bool {
	if r.done {
		return false
	}
	r.done = true
	return true
}
func (r *dosSingleReader) Release() {
	if r.refs.Add(-1) == 0 && r.rec != nil {
		r.rec.Release()
		r.rec = nil
	}
}

type dosMultiCloser []io.Closer

func (m dosMultiCloser) Close() error {
	var first error
	for _, c := range m {
		if err := c.Close(); err != nil && first == nil {
			first = err
		}
	}
	return first
}

// dosStreamPart reads an Arrow IPC file or stream in order.
type dosStreamPart struct {
	f     *File
	rd    *dosIPCReader
	pj    *dosProjector
	rec   arrow.Record
	first int64
	rows  int64
	err   error
	ended bool
	refs  atomic.Int64
}

func (f *File) newStreamPart() (part Part, err error) {
	defer func() {
		if r := recover(); r != nil {
			part, err = nil, i18n.Errorf("%s: %w", f.path, binread.Recovered(r))
		}
	}()
	rd, err := openDossierIPC(f.path)
	if err != nil {
		return nil, err
	}
	pj, err := newDosProjector(rd.schema, f.cols)
	if err != nil {
		rd.close()
		return nil, i18n.Errorf("%s: %w", f.path, err)
	}
	p := &dosStreamPart{f: f, rd: rd, pj: pj}
	p.refs.Store(1)
	return p, nil
}

func (p *dosStreamPart) Retain()               { p.refs.Add(1) }
func (p *dosStreamPart) Schema() *arrow.Schema { return p.pj.sc }
func (p *dosStreamPart) Record() arrow.Record  { return p.rec }
func (p *dosStreamPart) Position(i int) int64  { return p.first + int64(i) + 1 }
func (p *dosStreamPart) PositionKind() string  { return "row" }
func (p *dosStreamPart) Err() error            { return p.err }
func (p *dosStreamPart) Next() (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			p.err = i18n.Errorf("%s: %w", p.f.path, binread.Recovered(r))
			p.rec = nil
			ok = false
		}
	}()
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	if p.err != nil {
		return false
	}
	rec, err := p.rd.read()
	if err != nil {
		p.err = i18n.Errorf("%s: %w", p.f.path, err)
		return false
	}
	if rec == nil {
		p.err = p.f.partEnded(&p.ended)
		return false
	}
	if err := binread.CheckRecord(rec); err != nil {
		rec.Release()
		p.err = p.f.damaged(err, p.rows)
		return false
	}
	p.rec = p.pj.project(rec)
	rec.Release()
	p.first = p.rows
	p.rows += p.rec.NumRows()
	p.f.progress.Add(p.rec.NumRows())
	p.f.rowsSeen.Add(p.rec.NumRows())
	return true
}
func (p *dosStreamPart) Release() {
	if p.refs.Add(-1) != 0 {
		return
	}
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	p.rd.close()
}
