package dossier

import (
	"encoding/csv"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
)

// Schemas a dossier file can be in (SchemaOf).
const (
	// SchemaCCHC is the schema of this package (Schema, Columns).
	SchemaCCHC = "cchc"
	// SchemaNational is the national sync schema (National).
	SchemaNational = "national"
)

// NationalOptions controls ReadNational.
type NationalOptions struct {
	// OnReject is called for every record that cannot be read or breaks a
	// rule, with its reason in RowError.Reason; reading goes on. When nil,
	// the first such record stops reading with its *RowError.
	OnReject func(*RowError)
	// RawText leaves the text fields (MaHoSo, MaTTHC, TenTTHC, DonViXuLy)
	// of CSV records as written, trimmed but not put in Unicode NFC: for a
	// caller that normalises each distinct value once itself.
	RawText bool
}

// headerScanRows is how many rows above the header (titles, report
// periods, blank rows) a national export may have.
const headerScanRows = 30

// SchemaOf says which schema a dossier file holds: SchemaNational for
// .xlsx and .json/.ndjson/.jsonl files and for CSV files whose header (on
// any of the first rows, below title rows) names national fields or their
// Vietnamese labels; SchemaCCHC for Parquet, Arrow and other CSV files.
func SchemaOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm", ".json", ".ndjson", ".jsonl":
		return SchemaNational, nil
	case ".csv", ".txt", ".tsv":
	default:
		if _, err := FormatOf(path); err != nil {
			return "", i18n.Errorf("%s: unknown dossier file extension %q (want .parquet, .csv, .arrow, .xlsx or .json)", path, filepath.Ext(path))
		}
		return SchemaCCHC, nil
	}
	fh, err := os.Open(path)
	if err != nil {
		return "", i18n.Errorf("open dossier file: %w", err)
	}
	defer fh.Close()
	head := make([]byte, 64<<10)
	n, err := io.ReadFull(fh, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", i18n.Errorf("%s: %w", path, err)
	}
	if _, _, ok := findCSVHeader(head[:n]); ok {
		return SchemaNational, nil
	}
	return SchemaCCHC, nil
}

// ReadNational reads a dossier file in the national schema — CSV (any of
// , ; tab |), XLSX (first sheet with a header) or JSON (one object, an
// array of objects, or one object per line) — and calls fn with every
// record that reads and keeps the rules, in file order, with its position
// (CSV or JSON line, XLSX row). Every other record goes to
// opts.OnReject with its reason. fn's error stops reading and is returned.
func ReadNational(path string, opts NationalOptions, fn func(n *National, pos int64) error) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm":
		return readNationalXLSX(path, opts, fn)
	case ".json", ".ndjson", ".jsonl":
		return readNationalJSON(path, opts, fn)
	}
	return readNationalCSV(path, opts, fn)
}

// ReadNationalParallel reads a national-schema file as ReadNational does,
// with the records that keep the rules handed to several goroutines at
// once: newSink is called workers times (0: GOMAXPROCS) before reading,
// and each function it returns is called from one reading goroutine with
// the records that goroutine reads, with their positions. The record
// passed is valid only during the call. A sink sees its records in file
// order, but the sinks share the file between them in no fixed way.
// Rejected records go to opts.OnReject one at a time, in file order (when
// OnReject is nil, the first one stops reading with its *RowError, after
// records further on may already have been passed to a sink). XLSX and
// JSON files are read by one goroutine, into one sink.
func ReadNationalParallel(path string, opts NationalOptions, workers int, newSink func() func(n *National, pos int64) error) error {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".xlsx", ".xlsm", ".json", ".ndjson", ".jsonl":
		return ReadNational(path, opts, newSink())
	}
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	sinks := make([]func(*National, int64) error, workers)
	for i := range sinks {
		sinks[i] = newSink()
	}
	return readNationalCSVWith(path, opts, nil, sinks, natCSVChunkSize, workers)
}

// errStop is returned by a reject callback when reading must stop.
var errStop = i18n.New("stop")

// rejecter hands a rejected record to opts.OnReject, or turns it into the
// error that stops reading.
type rejecter struct {
	opts  NationalOptions
	first *RowError
}

func (r *rejecter) reject(e *RowError) error {
	if r.opts.OnReject == nil {
		r.first = e
		return e
	}
	r.opts.OnReject(e)
	return nil
}

// headerMap is the position of each national field in a header row.
type headerMap struct {
	pos    map[string]int
	labels []string
	order  []fieldAt // the fields by position, the order rows are read in
}

// fieldAt is a national field and its position in the header.
type fieldAt struct {
	field string
	pos   int
}

// mapHeader maps the cells of a row to national fields; ok when the row
// names at least TrangThaiHoSo and NgayTiepNhan and one more field.
func mapHeader(cells []string) (headerMap, bool) {
	h := headerMap{pos: map[string]int{}, labels: cells}
	for i, c := range cells {
		f, ok := NationalField(c)
		if !ok {
			continue
		}
		if _, dup := h.pos[f]; !dup {
			h.pos[f] = i
			h.order = append(h.order, fieldAt{f, i})
		}
	}
	_, st := h.pos[NatStatus]
	_, rc := h.pos[NatReceivedAt]
	return h, st && rc && len(h.pos) >= 3
}

// requiredNationalFields are the fields the rates need.
var requiredNationalFields = []string{NatStatus, NatReceivedAt, NatDueAt, NatChannel, NatLevel}

// check reports a required field the header lacks.
func (h headerMap) check() error {
	for _, f := range requiredNationalFields {
		if _, ok := h.pos[f]; !ok {
			return i18n.Errorf("missing national field %s (%q)", f, NationalLabels()[f])
		}
	}
	_, p := h.pos[NatProcessedAt]
	_, r := h.pos[NatReturnedAt]
	if !p && !r {
		return i18n.Errorf("missing national field %s or %s", NatProcessedAt, NatReturnedAt)
	}
	return nil
}

// rowReader turns rows of cells into records, sharing one nationalRow.
type rowReader struct {
	h   headerMap
	row nationalRow
	// cache holds the NFC forms of text fields seen before (nil: none).
	cache *nfcCache
}

// nfcCacheMax is the number of distinct texts an nfcCache keeps.
const nfcCacheMax = 1 << 15

// nfcCache maps texts as written to their NFC forms, so that a value
// repeated on many rows (an agency, a procedure) is checked once; raw
// passes every text through as it is.
type nfcCache struct {
	m   map[string]string
	raw bool
}

func newNFCCache(raw bool) *nfcCache { return &nfcCache{m: map[string]string{}, raw: raw} }

// nfc returns dossierNFC(s), from the cache when s was seen before (s
// itself when the cache is raw or s is ASCII). The texts kept are copies:
// s may point into a buffer that is reused.
func (c *nfcCache) nfc(s string) string {
	if c == nil {
		return dossierNFC(s)
	}
	if c.raw || isASCII(s) {
		return s
	}
	if v, ok := c.m[s]; ok {
		return v
	}
	v := strings.Clone(dossierNFC(s))
	if len(c.m) < nfcCacheMax {
		c.m[strings.Clone(s)] = v
	}
	return v
}

// id returns the NFC form of a dossier's id, which is not cached (each
// is new); as it is when the cache is raw.
func (c *nfcCache) id(s string) string {
	if c != nil && c.raw {
		return s
	}
	return dossierNFC(s)
}

// read parses cells (a cell past the end is empty), field by field from
// left to right: the first bad field is the one reported.
func (rr *rowReader) read(cells []string) (*National, *fieldError) {
	rr.row.reset()
	for _, fa := range rr.h.order {
		v := ""
		if fa.pos < len(cells) {
			v = cells[fa.pos]
		}
		if e := rr.row.set(fa.field, v, rr.cache); e != nil {
			return nil, e
		}
	}
	if e := rr.row.finish(rr.row.n.Status != 0); e != nil {
		return nil, e
	}
	return &rr.row.n, nil
}

// isASCII reports whether s is all ASCII (and so in NFC).
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// blank reports whether every cell is empty.
func blank(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// findCSVHeader finds the header among the first rows of a CSV head: the
// delimiter, the header's 1-based line, and whether one was found.
func findCSVHeader(head []byte) (rune, int, bool) {
	first := textfile.Delimiter(head)
	for _, d := range []rune{first, ',', ';', '\t', '|'} {
		cr := csv.NewReader(strings.NewReader(strings.TrimPrefix(string(head), "\ufeff")))
		cr.Comma = d
		cr.FieldsPerRecord = -1
		cr.LazyQuotes = true
		for i := 0; i < headerScanRows; i++ {
			cells, err := cr.Read()
			if err != nil {
				break
			}
			if _, ok := mapHeader(cells); ok {
				line, _ := cr.FieldPos(0)
				return d, line, true
			}
		}
	}
	return 0, 0, false
}

// rowError turns a field error into the RowError of a record.
func (e *fieldError) rowError(file string, line int, sheet, cell string) *RowError {
	return &RowError{File: file, Line: line, Sheet: sheet, Cell: cell, Column: e.field,
		Value: e.value, Reason: e.reason, Err: e.err}
}
