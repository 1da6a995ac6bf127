package dataset

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"golang.org/x/text/unicode/norm"
)

// Column names of the dossier schema (hồ sơ thủ tục hành chính), in schema order.
const (
	DossierColID              = "dossier_id"
	DossierColProvince        = "province"
	DossierColAgency          = "agency"
	DossierColLevel           = "level"
	DossierColProcedure       = "procedure_code"
	DossierColReceivedAt      = "received_at"
	DossierColDueAt           = "due_at"
	DossierColFinishedAt      = "finished_at"
	DossierColChannel         = "channel"
	DossierColFeeRequired     = "fee_required"
	DossierColPaidOnline      = "paid_online"
	DossierColDigitised       = "digitised"
	DossierColResultDigitised = "result_digitised"
	DossierColRating          = "rating"
)

// Levels of government that receive dossiers.
const (
	LevelProvince = "province"
	LevelDistrict = "district"
	LevelCommune  = "commune"
)

// Submission channels of a dossier.
const (
	// ChannelOnlineFull is a full-process online submission (dịch vụ công trực tuyến toàn trình).
	ChannelOnlineFull = "online_full"
	// ChannelOnlinePartial is a partly online submission (trực tuyến một phần).
	ChannelOnlinePartial = "online_partial"
	// ChannelInPerson is a submission at the one-stop desk (trực tiếp).
	ChannelInPerson = "in_person"
	// ChannelPostal is a submission by public postal service (bưu chính công ích).
	ChannelPostal = "postal"
)

// DossierChannels returns the valid channel values.
func DossierChannels() []string {
	return []string{ChannelOnlineFull, ChannelOnlinePartial, ChannelInPerson, ChannelPostal}
}

// Ratings are on a 1..5 scale; a rating of RatingSatisfied or more counts as
// satisfied (hài lòng). Any other value is out of range.
const (
	RatingMin       = 1
	RatingMax       = 5
	RatingSatisfied = 4
)

// DossierColumns returns the dossier column names in schema order.
func DossierColumns() []string {
	return []string{DossierColID, DossierColProvince, DossierColAgency, DossierColLevel,
		DossierColProcedure, DossierColReceivedAt, DossierColDueAt, DossierColFinishedAt,
		DossierColChannel, DossierColFeeRequired, DossierColPaidOnline, DossierColDigitised,
		DossierColResultDigitised, DossierColRating}
}

// DossierTimestampType is the type of received_at, due_at and finished_at:
// seconds since 1970-01-01 00:00:00 of the local wall-clock time in Viet Nam
// (UTC+7), without a time zone, so that a month boundary is the one the
// agency's own calendar shows.
func DossierTimestampType() arrow.DataType { return &arrow.TimestampType{Unit: arrow.Second} }

// DossierStringType is the type of the repeated text columns (province,
// agency, level, procedure_code, channel): dictionary-encoded UTF-8 with
// int32 indices.
func DossierStringType() arrow.DataType {
	return &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
}

// DossierSchema returns the Arrow schema of dossier records:
//
//	dossier_id        utf8                      not null
//	province          dictionary<int32, utf8>   not null  canonical province name
//	agency            dictionary<int32, utf8>   not null  receiving agency
//	level             dictionary<int32, utf8>   not null  province | district | commune
//	procedure_code    dictionary<int32, utf8>   not null  national procedure code, e.g. 1.004227
//	received_at       timestamp[s]              not null  local wall-clock time
//	due_at            timestamp[s]              not null  promised return time (hẹn trả)
//	finished_at       timestamp[s]              null while the dossier is open
//	channel           dictionary<int32, utf8>   not null  online_full | online_partial | in_person | postal
//	fee_required      bool                      not null  the procedure charges a fee or charge
//	paid_online       bool                      not null  the fee was paid online
//	digitised         bool                      not null  the dossier was digitised (số hóa hồ sơ)
//	result_digitised  bool                      not null  the result was digitised (số hóa kết quả)
//	rating            int8                      null when not rated; 1..5, satisfied when >= 4
//
// Readers accept files whose columns are nullable, plain (not dictionary)
// strings, or timestamps of another unit; the rates code handles all of them.
func DossierSchema() *arrow.Schema {
	ts := DossierTimestampType()
	str := DossierStringType()
	return arrow.NewSchema([]arrow.Field{
		{Name: DossierColID, Type: arrow.BinaryTypes.String},
		{Name: DossierColProvince, Type: str},
		{Name: DossierColAgency, Type: str},
		{Name: DossierColLevel, Type: str},
		{Name: DossierColProcedure, Type: str},
		{Name: DossierColReceivedAt, Type: ts},
		{Name: DossierColDueAt, Type: ts},
		{Name: DossierColFinishedAt, Type: ts, Nullable: true},
		{Name: DossierColChannel, Type: str},
		{Name: DossierColFeeRequired, Type: arrow.FixedWidthTypes.Boolean},
		{Name: DossierColPaidOnline, Type: arrow.FixedWidthTypes.Boolean},
		{Name: DossierColDigitised, Type: arrow.FixedWidthTypes.Boolean},
		{Name: DossierColResultDigitised, Type: arrow.FixedWidthTypes.Boolean},
		{Name: DossierColRating, Type: arrow.PrimitiveTypes.Int8, Nullable: true},
	}, nil)
}

// Dossier is one dossier record as a Go struct, for small record sets
// (tests, examples, hand-made fixtures). Times are wall-clock times: only
// their year, month, day, hour, minute and second are kept, whatever their
// location.
type Dossier struct {
	// ID is the dossier number as the one-stop system prints it.
	ID string
	// Province is the canonical province name.
	Province string
	// Agency is the receiving agency.
	Agency string
	// Level is LevelProvince, LevelDistrict or LevelCommune.
	Level string
	// Procedure is the national procedure code.
	Procedure string
	// ReceivedAt is when the dossier was received.
	ReceivedAt time.Time
	// DueAt is the promised return time.
	DueAt time.Time
	// FinishedAt is when the result was returned; the zero time while open.
	FinishedAt time.Time
	// Channel is one of the Channel* values (any other value is kept, and
	// reported as an unknown channel by the rates code).
	Channel string
	// FeeRequired says whether the procedure charges a fee.
	FeeRequired bool
	// PaidOnline says whether the fee was paid online.
	PaidOnline bool
	// Digitised says whether the dossier was digitised.
	Digitised bool
	// ResultDigitised says whether the result was digitised.
	ResultDigitised bool
	// Rated says whether the dossier was rated; Rating is null when false.
	Rated bool
	// Rating is the rating, 1..5 when valid.
	Rating int8
}

// Open reports whether the dossier has no finish time.
func (d Dossier) Open() bool { return d.FinishedAt.IsZero() }

// WallSeconds returns t's wall-clock time as seconds since 1970-01-01
// 00:00:00, ignoring t's location: the value stored in dossier timestamps.
func WallSeconds(t time.Time) int64 {
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, m, d, h, mi, s, 0, time.UTC).Unix()
}

// FromWallSeconds is the inverse of WallSeconds; the result is in UTC.
func FromWallSeconds(s int64) time.Time { return time.Unix(s, 0).UTC() }

// DossierBuilder builds dossier records row by row. It is meant for small
// and medium record sets; the generator builds its columns directly.
type DossierBuilder struct {
	b *array.RecordBuilder
}

// NewDossierBuilder returns a builder of records with DossierSchema.
// Release it when done.
func NewDossierBuilder(mem memory.Allocator) *DossierBuilder {
	return &DossierBuilder{b: array.NewRecordBuilder(mem, DossierSchema())}
}

// Append adds one row. Text is normalised to NFC.
func (b *DossierBuilder) Append(d Dossier) {
	f := b.b.Fields()
	f[0].(*array.StringBuilder).Append(dossierNFC(d.ID))
	for i, s := range []string{d.Province, d.Agency, d.Level, d.Procedure} {
		// AppendString cannot fail for a string dictionary.
		_ = f[1+i].(*array.BinaryDictionaryBuilder).AppendString(dossierNFC(s))
	}
	f[5].(*array.TimestampBuilder).Append(arrow.Timestamp(WallSeconds(d.ReceivedAt)))
	f[6].(*array.TimestampBuilder).Append(arrow.Timestamp(WallSeconds(d.DueAt)))
	if d.FinishedAt.IsZero() {
		f[7].AppendNull()
	} else {
		f[7].(*array.TimestampBuilder).Append(arrow.Timestamp(WallSeconds(d.FinishedAt)))
	}
	_ = f[8].(*array.BinaryDictionaryBuilder).AppendString(dossierNFC(d.Channel))
	f[9].(*array.BooleanBuilder).Append(d.FeeRequired)
	f[10].(*array.BooleanBuilder).Append(d.PaidOnline)
	f[11].(*array.BooleanBuilder).Append(d.Digitised)
	f[12].(*array.BooleanBuilder).Append(d.ResultDigitised)
	if d.Rated {
		f[13].(*array.Int8Builder).Append(d.Rating)
	} else {
		f[13].AppendNull()
	}
}

// Len returns the number of rows appended since the last NewRecord.
func (b *DossierBuilder) Len() int { return b.b.Field(0).Len() }

// NewRecord returns the rows appended so far as a record and resets the
// builder. The caller releases the record.
func (b *DossierBuilder) NewRecord() arrow.Record { return b.b.NewRecord() }

// Release releases the builder's memory.
func (b *DossierBuilder) Release() { b.b.Release() }

// DossiersToRecord builds one record from rows. The caller releases it.
func DossiersToRecord(mem memory.Allocator, rows []Dossier) arrow.Record {
	b := NewDossierBuilder(mem)
	defer b.Release()
	for _, d := range rows {
		b.Append(d)
	}
	return b.NewRecord()
}

// DossiersFromRecord converts a record with the dossier columns (any
// column order, dictionary or plain strings, any timestamp unit) back to
// rows. It is meant for tests and small files.
func DossiersFromRecord(rec arrow.Record) ([]Dossier, error) {
	n := int(rec.NumRows())
	out := make([]Dossier, n)
	sc := rec.Schema()
	for _, name := range DossierColumns() {
		idx := sc.FieldIndices(name)
		if len(idx) == 0 {
			return nil, fmt.Errorf("dossier record: missing column %q", name)
		}
		col := rec.Column(idx[0])
		for i := 0; i < n; i++ {
			d := &out[i]
			switch name {
			case DossierColID, DossierColProvince, DossierColAgency, DossierColLevel, DossierColProcedure, DossierColChannel:
				s, err := dossierStringAt(col, i)
				if err != nil {
					return nil, fmt.Errorf("dossier record: column %q: %w", name, err)
				}
				switch name {
				case DossierColID:
					d.ID = s
				case DossierColProvince:
					d.Province = s
				case DossierColAgency:
					d.Agency = s
				case DossierColLevel:
					d.Level = s
				case DossierColProcedure:
					d.Procedure = s
				case DossierColChannel:
					d.Channel = s
				}
			case DossierColReceivedAt, DossierColDueAt, DossierColFinishedAt:
				if col.IsNull(i) {
					continue
				}
				s, err := dossierSecondsAt(col, i)
				if err != nil {
					return nil, fmt.Errorf("dossier record: column %q: %w", name, err)
				}
				t := FromWallSeconds(s)
				switch name {
				case DossierColReceivedAt:
					d.ReceivedAt = t
				case DossierColDueAt:
					d.DueAt = t
				default:
					d.FinishedAt = t
				}
			case DossierColFeeRequired, DossierColPaidOnline, DossierColDigitised, DossierColResultDigitised:
				b, ok := col.(*array.Boolean)
				if !ok {
					return nil, fmt.Errorf("dossier record: column %q: type %s, want bool", name, col.DataType())
				}
				v := b.IsValid(i) && b.Value(i)
				switch name {
				case DossierColFeeRequired:
					d.FeeRequired = v
				case DossierColPaidOnline:
					d.PaidOnline = v
				case DossierColDigitised:
					d.Digitised = v
				default:
					d.ResultDigitised = v
				}
			case DossierColRating:
				if col.IsNull(i) {
					continue
				}
				v, err := dossierIntAt(col, i)
				if err != nil {
					return nil, fmt.Errorf("dossier record: column %q: %w", name, err)
				}
				d.Rated = true
				if v < -128 || v > 127 {
					v = 0 // kept out of range
				}
				d.Rating = int8(v)
			}
		}
	}
	return out, nil
}

// dossierNFC returns s in NFC; ASCII and already-normal text is returned as is.
func dossierNFC(s string) string {
	if norm.NFC.IsNormalString(s) {
		return s
	}
	return norm.NFC.String(s)
}

// dossierStringAt returns the text of row i of a string column (plain,
// large or dictionary-encoded); "" when null.
func dossierStringAt(col arrow.Array, i int) (string, error) {
	if col.IsNull(i) {
		return "", nil
	}
	switch c := col.(type) {
	case *array.String:
		return c.Value(i), nil
	case *array.LargeString:
		return c.Value(i), nil
	case *array.Dictionary:
		return dossierStringAt(c.Dictionary(), c.GetValueIndex(i))
	}
	return "", fmt.Errorf("type %s, want a string or dictionary of strings", col.DataType())
}

// dossierSecondsAt returns row i of a timestamp or date column as seconds
// since 1970-01-01 (wall clock).
func dossierSecondsAt(col arrow.Array, i int) (int64, error) {
	switch c := col.(type) {
	case *array.Timestamp:
		tt := c.DataType().(*arrow.TimestampType)
		v := DossierUnitToSeconds(int64(c.Value(i)), tt.Unit)
		off, err := DossierZoneOffset(tt.TimeZone, v)
		return v + off, err
	case *array.Date32:
		return int64(c.Value(i)) * 86400, nil
	case *array.Date64:
		return DossierUnitToSeconds(int64(c.Value(i)), arrow.Millisecond), nil
	}
	return 0, fmt.Errorf("type %s, want a timestamp or date", col.DataType())
}

// DossierZoneOffset returns the seconds to add to a timestamp of zone tz
// (an Arrow timestamp's TimeZone) to get the wall-clock time dossier
// columns hold: 0 for no zone and for UTC (which is how Parquet marks
// the wall-clock times cchc writes), the zone's offset at instant
// utcSeconds otherwise ("Asia/Ho_Chi_Minh", "+07:00").
func DossierZoneOffset(tz string, utcSeconds int64) (int64, error) {
	switch tz {
	case "", "UTC", "Etc/UTC", "Z", "+00:00", "utc":
		return 0, nil
	case "Asia/Ho_Chi_Minh", "Asia/Saigon", "+07:00", "+0700", "ICT":
		return 7 * 3600, nil
	}
	if len(tz) == 6 && (tz[0] == '+' || tz[0] == '-') && tz[3] == ':' {
		h, ok1 := dosAtoi(tz[1:3])
		m, ok2 := dosAtoi(tz[4:6])
		if ok1 && ok2 && h < 24 && m < 60 {
			off := int64(h*3600 + m*60)
			if tz[0] == '-' {
				off = -off
			}
			return off, nil
		}
	}
	loc, err := time.LoadLocation(tz)
	if err != nil {
		return 0, fmt.Errorf("time zone %q: %w", tz, err)
	}
	_, off := time.Unix(utcSeconds, 0).In(loc).Zone()
	return int64(off), nil
}

// DossierUnitToSeconds converts a timestamp value in unit u to whole
// seconds, rounding toward minus infinity.
func DossierUnitToSeconds(v int64, u arrow.TimeUnit) int64 {
	var d int64
	switch u {
	case arrow.Second:
		return v
	case arrow.Millisecond:
		d = 1e3
	case arrow.Microsecond:
		d = 1e6
	default:
		d = 1e9
	}
	q := v / d
	if v%d < 0 {
		q--
	}
	return q
}

// dossierIntAt returns row i of an integer column.
func dossierIntAt(col arrow.Array, i int) (int64, error) {
	switch c := col.(type) {
	case *array.Int8:
		return int64(c.Value(i)), nil
	case *array.Int16:
		return int64(c.Value(i)), nil
	case *array.Int32:
		return int64(c.Value(i)), nil
	case *array.Int64:
		return c.Value(i), nil
	case *array.Uint8:
		return int64(c.Value(i)), nil
	case *array.Uint16:
		return int64(c.Value(i)), nil
	case *array.Uint32:
		return int64(c.Value(i)), nil
	case *array.Uint64:
		return int64(c.Value(i)), nil
	}
	return 0, fmt.Errorf("type %s, want an integer", col.DataType())
}

// Dossier file formats.
const (
	DossierFormatParquet = "parquet"
	DossierFormatCSV     = "csv"
	DossierFormatArrow   = "arrow"
)

// DossierFormatOf returns the dossier file format named by path's
// extension: .parquet/.pq, .csv, or .arrow/.ipc/.feather/.arrows.
func DossierFormatOf(path string) (string, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".parquet", ".pq":
		return DossierFormatParquet, nil
	case ".csv":
		return DossierFormatCSV, nil
	case ".arrow", ".ipc", ".feather", ".arrows":
		return DossierFormatArrow, nil
	}
	return "", fmt.Errorf("%s: unknown dossier file extension %q (want .parquet, .csv or .arrow)", path, filepath.Ext(path))
}

// DossierWriter writes dossier records to a file.
type DossierWriter interface {
	// Write appends the rows of rec, whose schema is DossierSchema.
	Write(rec arrow.Record) error
	// Close flushes and closes the output.
	Close() error
}

// CreateDossierFile creates path and returns a writer for the format its
// extension names. meta is written as Parquet key-value metadata, Arrow
// schema metadata, or "# key: value" comment lines before the CSV header.
func CreateDossierFile(path string, meta map[string]string) (DossierWriter, error) {
	format, err := DossierFormatOf(path)
	if err != nil {
		return nil, err
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create dossier file: %w", err)
	}
	var w DossierWriter
	switch format {
	case DossierFormatParquet:
		// The Parquet writer closes a writer that is an io.Closer; the
		// file is closed here instead.
		w, err = NewDossierParquetWriter(struct{ io.Writer }{f}, meta)
	case DossierFormatCSV:
		w = NewDossierCSVWriter(f, meta)
	default:
		w, err = NewDossierArrowWriter(f, meta)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &dosFileWriter{w: w, f: f, path: path}, nil
}

type dosFileWriter struct {
	w    DossierWriter
	f    *os.File
	path string
}

func (w *dosFileWriter) Write(rec arrow.Record) error {
	if err := w.w.Write(rec); err != nil {
		return fmt.Errorf("%s: %w", w.path, err)
	}
	return nil
}

func (w *dosFileWriter) Close() error {
	err := w.w.Close()
	if cerr := w.f.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", w.path, err)
	}
	return nil
}

func dosSortedKeys(meta map[string]string) []string {
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// DossierRowGroupRows is the number of rows per Parquet row group the
// dossier writer aims for: small enough for two workers to share a file of
// a million rows, large enough for dictionary pages to pay off.
const DossierRowGroupRows = 1 << 18

// DossierParquetWriter writes dossier records as Parquet (Snappy, dictionary
// encoding, Arrow schema stored so that dictionary columns read back as
// dictionaries). It does not close the underlying writer.
type DossierParquetWriter struct {
	fw *pqarrow.FileWriter
}

// NewDossierParquetWriter returns a Parquet writer on w with meta as
// key-value metadata.
func NewDossierParquetWriter(w io.Writer, meta map[string]string) (*DossierParquetWriter, error) {
	props := parquet.NewWriterProperties(
		parquet.WithCompression(compress.Codecs.Snappy),
		parquet.WithDictionaryDefault(true),
		parquet.WithDictionaryFor(DossierColID, false),
		parquet.WithDictionaryFor(DossierColReceivedAt, false),
		parquet.WithDictionaryFor(DossierColDueAt, false),
		parquet.WithDictionaryFor(DossierColFinishedAt, false),
		parquet.WithMaxRowGroupLength(DossierRowGroupRows),
		parquet.WithCreatedBy("cchc"),
		// Page statistics of dictionary columns would make the writer
		// gather each batch's distinct values (a Take over the dictionary
		// per batch, most of the write time); readers do not need them.
		parquet.WithStatsFor(DossierColProvince, false),
		parquet.WithStatsFor(DossierColAgency, false),
		parquet.WithStatsFor(DossierColLevel, false),
		parquet.WithStatsFor(DossierColProcedure, false),
		parquet.WithStatsFor(DossierColChannel, false),
	)
	fw, err := pqarrow.NewFileWriter(DossierSchema(), w, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		return nil, fmt.Errorf("parquet writer: %w", err)
	}
	for _, k := range dosSortedKeys(meta) {
		if err := fw.AppendKeyValueMetadata(k, meta[k]); err != nil {
			return nil, fmt.Errorf("parquet metadata %q: %w", k, err)
		}
	}
	return &DossierParquetWriter{fw: fw}, nil
}

// Write appends rec's rows, starting a new row group every DossierRowGroupRows rows.
func (w *DossierParquetWriter) Write(rec arrow.Record) error { return w.fw.WriteBuffered(rec) }

// Close writes the footer.
func (w *DossierParquetWriter) Close() error { return w.fw.Close() }

// DossierArrowWriter writes dossier records as an Arrow IPC file.
type DossierArrowWriter struct {
	fw *ipc.FileWriter
	sc *arrow.Schema
}

// NewDossierArrowWriter returns an Arrow IPC file writer on w with meta as
// schema metadata.
func NewDossierArrowWriter(w io.WriteSeeker, meta map[string]string) (*DossierArrowWriter, error) {
	keys := dosSortedKeys(meta)
	vals := make([]string, len(keys))
	for i, k := range keys {
		vals[i] = meta[k]
	}
	md := arrow.NewMetadata(keys, vals)
	sc := arrow.NewSchema(DossierSchema().Fields(), &md)
	fw, err := ipc.NewFileWriter(w, ipc.WithSchema(sc))
	if err != nil {
		return nil, fmt.Errorf("arrow writer: %w", err)
	}
	return &DossierArrowWriter{fw: fw, sc: sc}, nil
}

// Write appends rec as one record batch. The dictionaries of all batches
// must be equal (the IPC file format allows no replacement), as they are
// in the generator's output.
func (w *DossierArrowWriter) Write(rec arrow.Record) error {
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
func (w *DossierArrowWriter) Close() error { return w.fw.Close() }

// DossierCSVWriter writes dossier records as CSV: UTF-8 without a BOM,
// comma-separated, a header line, times as "2006-01-02 15:04:05", booleans
// as true/false, empty fields for nulls. Metadata is written as
// "# key: value" lines before the header; the dossier CSV reader skips
// them (pandas: comment='#'; DuckDB: skip=N; polars: comment_prefix='#').
type DossierCSVWriter struct {
	w      *bufio.Writer
	meta   map[string]string
	header bool
	line   []byte
}

// NewDossierCSVWriter returns a CSV writer on w. Close flushes it but does
// not close w.
func NewDossierCSVWriter(w io.Writer, meta map[string]string) *DossierCSVWriter {
	return &DossierCSVWriter{w: bufio.NewWriterSize(w, 1<<20), meta: meta}
}

func (w *DossierCSVWriter) writeHeader() error {
	w.header = true
	for _, k := range dosSortedKeys(w.meta) {
		v := strings.ReplaceAll(strings.ReplaceAll(w.meta[k], "\r", " "), "\n", " ")
		if _, err := fmt.Fprintf(w.w, "# %s: %s\n", k, v); err != nil {
			return err
		}
	}
	_, err := w.w.WriteString(strings.Join(DossierColumns(), ",") + "\n")
	return err
}

// Write appends rec's rows. rec must have the dossier columns in schema order.
func (w *DossierCSVWriter) Write(rec arrow.Record) error {
	if !w.header {
		if err := w.writeHeader(); err != nil {
			return err
		}
	}
	if int(rec.NumCols()) != len(DossierColumns()) {
		return fmt.Errorf("csv writer: record has %d columns, want %d", rec.NumCols(), len(DossierColumns()))
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
				b = dosAppendWallTime(b, DossierUnitToSeconds(int64(c.Value(i)), c.DataType().(*arrow.TimestampType).Unit))
			case *array.Boolean:
				b = strconv.AppendBool(b, c.Value(i))
			case *array.Int8:
				b = strconv.AppendInt(b, int64(c.Value(i)), 10)
			default:
				s, err := dossierStringAt(col, i)
				if err != nil {
					return fmt.Errorf("csv writer: column %q: %w", rec.ColumnName(j), err)
				}
				b = dosAppendCSVField(b, s)
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
func (w *DossierCSVWriter) Close() error {
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

// DossierRowError is a CSV row of a dossier file that cannot be read: a
// field that does not parse, or a row with the wrong number of fields.
type DossierRowError struct {
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
}

// Error returns "file:line: column "c": cause".
func (e *DossierRowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: column %q: value %q: %v", e.File, e.Line, e.Column, e.Value, e.Err)
}

// Unwrap returns the cause.
func (e *DossierRowError) Unwrap() error { return e.Err }

// DossierReadOptions controls how dossier files are read.
type DossierReadOptions struct {
	// Columns lists the columns to read, in any order; nil reads all. The
	// records keep schema order.
	Columns []string
	// BatchSize is the number of rows per record; 0 means 65536.
	BatchSize int
	// Mem allocates the records; nil means memory.DefaultAllocator.
	Mem memory.Allocator
	// OnReject is called for each CSV row that cannot be read; the row is
	// left out of the records. Parts reading at the same time call it from
	// their goroutines. When nil, the first such row stops its part with a
	// *DossierRowError.
	OnReject func(*DossierRowError)
}

func (o DossierReadOptions) batchSize() int {
	if o.BatchSize <= 0 {
		return 1 << 16
	}
	return o.BatchSize
}

func (o DossierReadOptions) mem() memory.Allocator {
	if o.Mem == nil {
		return memory.DefaultAllocator
	}
	return o.Mem
}

// DossierPart is one stream of records from a dossier file. Several parts
// of one file can be read at the same time from different goroutines.
type DossierPart interface {
	array.RecordReader
	// Position returns where row i of the current record stands in the
	// file: its 1-based data row, or for CSV its 1-based line.
	Position(i int) int64
	// PositionKind returns "row" or, for CSV, "line".
	PositionKind() string
}

// DossierFile is an open dossier file: Parquet, CSV or Arrow IPC.
type DossierFile struct {
	path    string
	format  string
	opts    DossierReadOptions
	size    int64
	numRows int64
	meta    map[string]string
	// Parquet: first row of each row group.
	chunkStart []int64
	ipcStream  bool
	// arrowSchema says a Parquet file stores its Arrow schema.
	arrowSchema bool
	// csvChunk is the CSV chunk size (0: dosCSVChunkSize); tests lower it.
	csvChunk   int
	cols       []string
	progress   atomic.Int64
	partsTaken bool
}

// OpenDossierFile opens a dossier file and reads its metadata; the format
// comes from the extension (see DossierFormatOf). The file is read by the
// parts (DossierFile.Parts); each part holds its own file handle.
func OpenDossierFile(path string, opts DossierReadOptions) (*DossierFile, error) {
	format, err := DossierFormatOf(path)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open dossier file: %w", err)
	}
	df := &DossierFile{path: path, format: format, opts: opts, size: st.Size(), numRows: -1, meta: map[string]string{}}
	known := map[string]bool{}
	for _, c := range DossierColumns() {
		known[c] = true
	}
	want := map[string]bool{}
	for _, c := range opts.Columns {
		if !known[c] {
			return nil, fmt.Errorf("%s: unknown dossier column %q", path, c)
		}
		want[c] = true
	}
	for _, c := range DossierColumns() {
		if len(opts.Columns) == 0 || want[c] {
			df.cols = append(df.cols, c)
		}
	}
	switch format {
	case DossierFormatParquet:
		err = df.openParquetMeta()
	case DossierFormatArrow:
		err = df.openArrowMeta()
	default:
		err = df.openCSVMeta()
	}
	if err != nil {
		return nil, err
	}
	return df, nil
}

// Path returns the file's path.
func (f *DossierFile) Path() string { return f.path }

// Format returns DossierFormatParquet, DossierFormatCSV or DossierFormatArrow.
func (f *DossierFile) Format() string { return f.format }

// NumRows returns the number of rows, or -1 when the format does not say
// before reading (CSV, Arrow IPC).
func (f *DossierFile) NumRows() int64 { return f.numRows }

// Metadata returns the file's key-value metadata (Parquet key-value
// metadata, Arrow schema metadata, or the CSV "# key: value" lines),
// without Arrow's own keys.
func (f *DossierFile) Metadata() map[string]string {
	out := make(map[string]string, len(f.meta))
	for k, v := range f.meta {
		out[k] = v
	}
	return out
}

// Progress returns how much has been read and the total, in rows (Parquet,
// Arrow) or bytes (CSV); total is -1 when unknown.
func (f *DossierFile) Progress() (done, total int64) {
	if f.format == DossierFormatCSV {
		return f.progress.Load(), f.size
	}
	return f.progress.Load(), f.numRows
}

func (f *DossierFile) openParquetMeta() error {
	r, err := file.OpenParquetFile(f.path, false)
	if err != nil {
		return fmt.Errorf("%s: %w", f.path, err)
	}
	defer r.Close()
	md := r.MetaData()
	f.numRows = md.NumRows
	kv := md.KeyValueMetadata()
	for i, k := range kv.Keys() {
		if k == "ARROW:schema" {
			f.arrowSchema = true
		} else {
			f.meta[k] = kv.Values()[i]
		}
	}
	var start int64
	for i := 0; i < r.NumRowGroups(); i++ {
		f.chunkStart = append(f.chunkStart, start)
		start += r.MetaData().RowGroup(i).NumRows()
	}
	fr, err := pqarrow.NewFileReader(r, pqarrow.ArrowReadProperties{}, f.opts.mem())
	if err != nil {
		return fmt.Errorf("%s: %w", f.path, err)
	}
	sc, err := fr.Schema()
	if err != nil {
		return fmt.Errorf("%s: %w", f.path, err)
	}
	return f.checkColumns(sc)
}

func (f *DossierFile) checkColumns(sc *arrow.Schema) error {
	for _, c := range f.cols {
		if len(sc.FieldIndices(c)) == 0 {
			return fmt.Errorf("%s: missing dossier column %q", f.path, c)
		}
	}
	return nil
}

func (f *DossierFile) openArrowMeta() error {
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
		return nil, fmt.Errorf("open dossier file: %w", err)
	}
	r := &dosIPCReader{fh: fh}
	var magic [6]byte
	if _, err := io.ReadFull(fh, magic[:]); err == nil && string(magic[:]) == "ARROW1" {
		r.file, err = ipc.NewFileReader(fh)
		if err != nil {
			fh.Close()
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		r.schema = r.file.Schema()
		return r, nil
	}
	if _, err := fh.Seek(0, io.SeekStart); err != nil {
		fh.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	r.stream, err = ipc.NewReader(fh)
	if err != nil {
		fh.Close()
		return nil, fmt.Errorf("%s: not an Arrow IPC file or stream: %w", path, err)
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

func (f *DossierFile) readSchemaMeta(sc *arrow.Schema) {
	md := sc.Metadata()
	for i, k := range md.Keys() {
		f.meta[k] = md.Values()[i]
	}
}

func (f *DossierFile) openCSVMeta() error {
	fh, err := os.Open(f.path)
	if err != nil {
		return fmt.Errorf("open dossier file: %w", err)
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
	return nil
}

// Parts returns at most n parts that together yield every row of the file
// once. Parquet row groups, and CSV chunks of whole records (about 4 MB
// each), are handed out to the parts as they ask for more work; an Arrow
// IPC file is one part. The caller releases every part. Parts may be
// called once.
func (f *DossierFile) Parts(n int) ([]DossierPart, error) {
	if f.partsTaken {
		return nil, fmt.Errorf("%s: parts already taken", f.path)
	}
	f.partsTaken = true
	if n < 1 {
		n = 1
	}
	if f.ipcStream {
		n = 1
	}
	var csvShared *dosCSVShared
	if f.format == DossierFormatCSV {
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
	var parts []DossierPart
	for i := 0; i < n; i++ {
		var p DossierPart
		var err error
		switch {
		case f.format == DossierFormatParquet:
			p, err = f.newParquetPart(next)
		case f.format == DossierFormatCSV:
			p, err = f.newCSVPart(csvShared)
		default:
			p, err = f.newStreamPart()
		}
		if err != nil {
			for _, q := range parts {
				q.Release()
			}
			return nil, err
		}
		parts = append(parts, p)
	}
	return parts, nil
}

// dosChunkPart reads Parquet row groups or Arrow IPC batches taken from a
// counter shared with the other parts of the same file.
type dosChunkPart struct {
	f        *DossierFile
	next     *atomic.Int64
	open     func(chunk int) (array.RecordReader, error)
	closer   io.Closer
	sc       *arrow.Schema
	cur      array.RecordReader
	rec      arrow.Record
	first    int64
	rowInCur int64
	err      error
	refs     atomic.Int64
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
	// Arrow v15's Parquet page reader panics on some damaged pages (a
	// corrupt snappy block, for one); the decoding runs in this goroutine,
	// so the panic becomes this part's error.
	defer func() {
		if r := recover(); r != nil {
			p.err = fmt.Errorf("%s: damaged file: %v", p.f.path, r)
			p.rec = nil
			ok = false
		}
	}()
	for {
		if p.cur != nil {
			if p.cur.Next() {
				p.rec = p.cur.Record()
				p.first = p.rowInCur
				p.rowInCur += p.rec.NumRows()
				p.f.progress.Add(p.rec.NumRows())
				return true
			}
			if err := p.cur.Err(); err != nil && err != io.EOF {
				p.err = fmt.Errorf("%s: %w", p.f.path, err)
				return false
			}
			p.cur.Release()
			p.cur = nil
		}
		c := int(p.next.Add(1) - 1)
		if c >= len(p.f.chunkStart) {
			p.rec = nil
			return false
		}
		rr, err := p.open(c)
		if err != nil {
			p.err = fmt.Errorf("%s: chunk %d: %w", p.f.path, c, err)
			return false
		}
		p.cur = rr
		p.rowInCur = p.f.chunkStart[c]
	}
}

func (f *DossierFile) newParquetPart(next *atomic.Int64) (DossierPart, error) {
	r, err := file.OpenParquetFile(f.path, false)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", f.path, err)
	}
	props := pqarrow.ArrowReadProperties{BatchSize: int64(f.opts.batchSize())}
	var idx []int
	for _, c := range f.cols {
		i := r.MetaData().Schema.ColumnIndexByName(c)
		if i < 0 {
			r.Close()
			return nil, fmt.Errorf("%s: missing dossier column %q", f.path, c)
		}
		switch c {
		case DossierColProvince, DossierColAgency, DossierColLevel, DossierColProcedure, DossierColChannel:
			// Files with a stored Arrow schema get their dictionaries
			// back from it (and asking here would lose the stored
			// timestamp unit); files from other tools are asked.
			if !f.arrowSchema {
				props.SetReadDict(i, true)
			}
		}
		idx = append(idx, i)
	}
	fr, err := pqarrow.NewFileReader(r, props, f.opts.mem())
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("%s: %w", f.path, err)
	}
	p := &dosChunkPart{f: f, next: next, closer: r}
	p.refs.Store(1)
	p.open = func(c int) (array.RecordReader, error) {
		return fr.GetRecordReader(context.Background(), idx, []int{c})
	}
	// The schema of the projected columns, from the file when it has no row group.
	var rgs []int
	if len(f.chunkStart) > 0 {
		rgs = []int{0}
	}
	rr, err := fr.GetRecordReader(context.Background(), idx, rgs)
	if err != nil {
		r.Close()
		return nil, fmt.Errorf("%s: %w", f.path, err)
	}
	p.sc = rr.Schema()
	rr.Release()
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
			return nil, fmt.Errorf("missing dossier column %q", c)
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
	f     *DossierFile
	rd    *dosIPCReader
	pj    *dosProjector
	rec   arrow.Record
	first int64
	rows  int64
	err   error
	refs  atomic.Int64
}

func (f *DossierFile) newStreamPart() (DossierPart, error) {
	rd, err := openDossierIPC(f.path)
	if err != nil {
		return nil, err
	}
	pj, err := newDosProjector(rd.schema, f.cols)
	if err != nil {
		rd.close()
		return nil, fmt.Errorf("%s: %w", f.path, err)
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
func (p *dosStreamPart) Next() bool {
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	if p.err != nil {
		return false
	}
	rec, err := p.rd.read()
	if err != nil {
		p.err = fmt.Errorf("%s: %w", p.f.path, err)
		return false
	}
	if rec == nil {
		return false
	}
	p.rec = p.pj.project(rec)
	rec.Release()
	p.first = p.rows
	p.rows += p.rec.NumRows()
	p.f.progress.Add(p.rec.NumRows())
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

// dossierColKind is how a CSV field of a dossier column is parsed.
type dossierColKind int

const (
	dosKindString dossierColKind = iota
	dosKindDict
	dosKindTime
	dosKindBool
	dosKindInt8
)

func dossierKind(col string) dossierColKind {
	switch col {
	case DossierColID:
		return dosKindString
	case DossierColReceivedAt, DossierColDueAt, DossierColFinishedAt:
		return dosKindTime
	case DossierColFeeRequired, DossierColPaidOnline, DossierColDigitised, DossierColResultDigitised:
		return dosKindBool
	case DossierColRating:
		return dosKindInt8
	}
	return dosKindDict
}

// dossierCSVField is one parsed field of a CSV row.
type dossierCSVField struct {
	s     string
	i     int64
	valid bool
}

// dossierDictBuilder builds one dictionary column of one batch.
type dossierDictBuilder struct {
	idx  *array.Int32Builder
	vals *array.StringBuilder
	seen map[string]int32
}

// dosCSVPart parses chunks of a dossier CSV file taken from a splitter
// shared with the other parts of the same file.
type dosCSVPart struct {
	f         *DossierFile
	sh        *dosCSVShared
	cr        *csv.Reader // over the current chunk; nil between chunks
	chunkLine int         // line of the current chunk's first line
	sc        *arrow.Schema
	rec       arrow.Record
	lines     []int
	cache     map[string]string
	fields    []dossierCSVField
	err       error
	done      bool
	refs      atomic.Int64
	strB      []*array.StringBuilder
	dictB     []*dossierDictBuilder
	tsB       []*array.TimestampBuilder
	boolB     []*array.BooleanBuilder
	int8B     []*array.Int8Builder
	builders  []array.Builder
}

// dosCSVShared is what the parts of one CSV file share: the header's
// column positions and the splitter that hands out chunks.
type dosCSVShared struct {
	fh      *os.File
	pos     []int // CSV field position of each output column
	kinds   []dossierColKind
	nfields int
	sc      *arrow.Schema
	refs    atomic.Int64

	mu        sync.Mutex
	br        *bufio.Reader
	carry     []byte // the start of a record that the last chunk cut
	line      int    // line of the next chunk's first line
	chunkSize int
	eof       bool
	readErr   error
}

func (sh *dosCSVShared) release() {
	if sh.refs.Add(-1) == 0 {
		sh.fh.Close()
	}
}

// dosCSVChunkSize is the size a CSV chunk aims for.
const dosCSVChunkSize = 4 << 20

// next returns the next chunk of whole records and the line of its first
// line, or nil at the end of the file. A newline inside a quoted field
// does not end a record.
func (sh *dosCSVShared) next() ([]byte, int, error) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if sh.readErr != nil {
		return nil, 0, sh.readErr
	}
	buf := make([]byte, len(sh.carry), len(sh.carry)+sh.chunkSize)
	copy(buf, sh.carry)
	sh.carry = nil
	for {
		if !sh.eof {
			n, err := io.ReadFull(sh.br, buf[len(buf):cap(buf)])
			buf = buf[:len(buf)+n]
			if err == io.EOF || err == io.ErrUnexpectedEOF {
				sh.eof = true
			} else if err != nil {
				sh.readErr = err
				return nil, 0, err
			}
		}
		cut := dosLastRecordEnd(buf)
		if sh.eof {
			cut = len(buf)
		}
		if cut > 0 {
			sh.carry = append([]byte(nil), buf[cut:]...)
			chunk := buf[:cut]
			line := sh.line
			sh.line += bytes.Count(chunk, []byte{'\n'})
			return chunk, line, nil
		}
		if sh.eof {
			return nil, 0, nil
		}
		// One record longer than the buffer: read more.
		nb := make([]byte, len(buf), 2*cap(buf))
		copy(nb, buf)
		buf = nb
	}
}

// dosLastRecordEnd returns the length of the longest prefix of b made of
// whole records (ending with a newline outside quotes), 0 when none.
func dosLastRecordEnd(b []byte) int {
	end, pos, quoted := 0, 0, false
	for pos < len(b) {
		if quoted {
			j := bytes.IndexByte(b[pos:], '"')
			if j < 0 {
				break
			}
			pos += j + 1
			quoted = false
			continue
		}
		j := bytes.IndexByte(b[pos:], '"')
		seg := b[pos:]
		if j >= 0 {
			seg = b[pos : pos+j]
		}
		if k := bytes.LastIndexByte(seg, '\n'); k >= 0 {
			end = pos + k + 1
		}
		if j < 0 {
			break
		}
		pos += j + 1
		quoted = true
	}
	return end
}

type dosCountingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c dosCountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// openCSVShared opens a CSV file, reads its comment lines and header, and
// returns the state its parts share (with one reference for the caller).
func (f *DossierFile) openCSVShared() (*dosCSVShared, error) {
	fh, err := os.Open(f.path)
	if err != nil {
		return nil, fmt.Errorf("open dossier file: %w", err)
	}
	br := bufio.NewReaderSize(dosCountingReader{fh, &f.progress}, 1<<20)
	if b, err := br.Peek(3); err == nil && string(b) == "\ufeff" {
		br.Discard(3)
	}
	line := 0
	var header []string
	for {
		text, rerr := br.ReadString('\n')
		if text == "" && rerr != nil {
			fh.Close()
			if rerr == io.EOF {
				return nil, fmt.Errorf("%s: no header line", f.path)
			}
			return nil, fmt.Errorf("%s: header: %w", f.path, rerr)
		}
		line++
		t := strings.TrimRight(text, "\r\n")
		if t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		hr := csv.NewReader(strings.NewReader(t))
		hr.FieldsPerRecord = -1
		header, err = hr.Read()
		if err != nil {
			fh.Close()
			return nil, fmt.Errorf("%s:%d: header: %w", f.path, line, err)
		}
		break
	}
	at := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(dossierNFC(h)))
		if _, dup := at[h]; dup {
			fh.Close()
			return nil, fmt.Errorf("%s:%d: column %q appears twice", f.path, line, h)
		}
		at[h] = i
	}
	sh := &dosCSVShared{fh: fh, br: br, nfields: len(header), line: line + 1, chunkSize: f.csvChunk}
	if sh.chunkSize <= 0 {
		sh.chunkSize = dosCSVChunkSize
	}
	sh.refs.Store(1)
	full := DossierSchema()
	var fields []arrow.Field
	for _, c := range f.cols {
		i, ok := at[c]
		if !ok {
			fh.Close()
			return nil, fmt.Errorf("%s:%d: missing dossier column %q", f.path, line, c)
		}
		sh.pos = append(sh.pos, i)
		sh.kinds = append(sh.kinds, dossierKind(c))
		fl := full.Field(full.FieldIndices(c)[0])
		fl.Nullable = true
		fields = append(fields, fl)
	}
	sh.sc = arrow.NewSchema(fields, nil)
	return sh, nil
}

func (f *DossierFile) newCSVPart(sh *dosCSVShared) (DossierPart, error) {
	sh.refs.Add(1)
	p := &dosCSVPart{f: f, sh: sh, sc: sh.sc, cache: map[string]string{}}
	p.refs.Store(1)
	p.fields = make([]dossierCSVField, len(sh.pos))
	p.newBuilders()
	return p, nil
}

func (p *dosCSVPart) newBuilders() {
	mem := p.f.opts.mem()
	n := len(p.sh.kinds)
	p.strB = make([]*array.StringBuilder, n)
	p.dictB = make([]*dossierDictBuilder, n)
	p.tsB = make([]*array.TimestampBuilder, n)
	p.boolB = make([]*array.BooleanBuilder, n)
	p.int8B = make([]*array.Int8Builder, n)
	p.builders = make([]array.Builder, 0, n*2)
	bs := p.f.opts.batchSize()
	for j, k := range p.sh.kinds {
		switch k {
		case dosKindString:
			p.strB[j] = array.NewStringBuilder(mem)
			p.builders = append(p.builders, p.strB[j])
		case dosKindDict:
			d := &dossierDictBuilder{idx: array.NewInt32Builder(mem), vals: array.NewStringBuilder(mem), seen: map[string]int32{}}
			p.dictB[j] = d
			p.builders = append(p.builders, d.idx, d.vals)
		case dosKindTime:
			p.tsB[j] = array.NewTimestampBuilder(mem, DossierTimestampType().(*arrow.TimestampType))
			p.builders = append(p.builders, p.tsB[j])
		case dosKindBool:
			p.boolB[j] = array.NewBooleanBuilder(mem)
			p.builders = append(p.builders, p.boolB[j])
		case dosKindInt8:
			p.int8B[j] = array.NewInt8Builder(mem)
			p.builders = append(p.builders, p.int8B[j])
		}
	}
	for _, b := range p.builders {
		b.Reserve(bs)
	}
}

func (p *dosCSVPart) Retain()               { p.refs.Add(1) }
func (p *dosCSVPart) Schema() *arrow.Schema { return p.sc }
func (p *dosCSVPart) Record() arrow.Record  { return p.rec }
func (p *dosCSVPart) Err() error            { return p.err }
func (p *dosCSVPart) PositionKind() string  { return "line" }
func (p *dosCSVPart) Position(i int) int64 {
	if i >= 0 && i < len(p.lines) {
		return int64(p.lines[i])
	}
	return 0
}

func (p *dosCSVPart) Release() {
	if p.refs.Add(-1) != 0 {
		return
	}
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	for _, b := range p.builders {
		b.Release()
	}
	p.builders = nil
	p.sh.release()
}

func (p *dosCSVPart) reject(e *DossierRowError) bool {
	if p.f.opts.OnReject == nil {
		p.err = e
		return false
	}
	p.f.opts.OnReject(e)
	return true
}

// Next reads the next batch of rows, taking chunks from the splitter as
// needed.
func (p *dosCSVPart) Next() bool {
	if p.rec != nil {
		p.rec.Release()
		p.rec = nil
	}
	if p.err != nil || p.done {
		return false
	}
	p.lines = p.lines[:0]
	bs := p.f.opts.batchSize()
	for len(p.lines) < bs {
		if p.cr == nil {
			chunk, line, err := p.sh.next()
			if err != nil {
				p.err = fmt.Errorf("%s: %w", p.f.path, err)
				return false
			}
			if chunk == nil {
				p.done = true
				break
			}
			p.cr = csv.NewReader(bytes.NewReader(chunk))
			p.cr.Comment = '#'
			p.cr.ReuseRecord = true
			p.cr.FieldsPerRecord = -1
			p.chunkLine = line
		}
		rec, err := p.cr.Read()
		if err == io.EOF {
			p.cr = nil
			continue
		}
		rel, _ := p.cr.FieldPos(0)
		line := p.chunkLine + rel - 1
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				p.err = fmt.Errorf("%s: %w", p.f.path, err)
				return false
			}
			if rec == nil || pe.Err != csv.ErrFieldCount {
				if !p.reject(&DossierRowError{File: p.f.path, Line: p.chunkLine + pe.StartLine - 1,
					Err: fmt.Errorf("byte %d of line %d: %w", pe.Column, p.chunkLine+pe.Line-1, pe.Err)}) {
					return false
				}
				continue
			}
		}
		if len(rec) != p.sh.nfields {
			if !p.reject(&DossierRowError{File: p.f.path, Line: line,
				Err: fmt.Errorf("%d fields, want %d", len(rec), p.sh.nfields)}) {
				return false
			}
			continue
		}
		if e := p.parseRow(rec, line); e != nil {
			if !p.reject(e) {
				return false
			}
			continue
		}
		p.appendRow()
		p.lines = append(p.lines, line)
	}
	if len(p.lines) == 0 {
		return false
	}
	p.rec = p.buildRecord()
	return true
}

func (p *dosCSVPart) parseRow(rec []string, line int) *DossierRowError {
	for j, k := range p.sh.kinds {
		raw := rec[p.sh.pos[j]]
		v := strings.TrimSpace(raw)
		fd := &p.fields[j]
		*fd = dossierCSVField{valid: v != ""}
		if v == "" {
			continue
		}
		var err error
		col := p.sc.Field(j).Name
		switch k {
		case dosKindString:
			fd.s = dossierNFC(v)
		case dosKindDict:
			s, ok := p.cache[v]
			if !ok {
				s = dossierNFC(v)
				if len(p.cache) < 1<<20 {
					p.cache[strings.Clone(v)] = s
				}
			}
			fd.s = s
		case dosKindTime:
			fd.i, err = ParseDossierTime(v, col == DossierColDueAt)
		case dosKindBool:
			var b bool
			b, err = parseDossierBool(v)
			if b {
				fd.i = 1
			}
		case dosKindInt8:
			var n int64
			n, err = strconv.ParseInt(v, 10, 8)
			fd.i = n
		}
		if err != nil {
			return &DossierRowError{File: p.f.path, Line: line, Column: col, Value: raw, Err: err}
		}
	}
	return nil
}

func (p *dosCSVPart) appendRow() {
	for j, k := range p.sh.kinds {
		fd := &p.fields[j]
		switch k {
		case dosKindString:
			if fd.valid {
				p.strB[j].Append(fd.s)
			} else {
				p.strB[j].AppendNull()
			}
		case dosKindDict:
			d := p.dictB[j]
			if !fd.valid {
				d.idx.AppendNull()
				continue
			}
			ix, ok := d.seen[fd.s]
			if !ok {
				ix = int32(len(d.seen))
				d.seen[fd.s] = ix
				d.vals.Append(fd.s)
			}
			d.idx.Append(ix)
		case dosKindTime:
			if fd.valid {
				p.tsB[j].Append(arrow.Timestamp(fd.i))
			} else {
				p.tsB[j].AppendNull()
			}
		case dosKindBool:
			if fd.valid {
				p.boolB[j].Append(fd.i == 1)
			} else {
				p.boolB[j].AppendNull()
			}
		case dosKindInt8:
			if fd.valid {
				p.int8B[j].Append(int8(fd.i))
			} else {
				p.int8B[j].AppendNull()
			}
		}
	}
}

func (p *dosCSVPart) buildRecord() arrow.Record {
	cols := make([]arrow.Array, len(p.sh.kinds))
	for j, k := range p.sh.kinds {
		switch k {
		case dosKindString:
			cols[j] = p.strB[j].NewArray()
		case dosKindDict:
			d := p.dictB[j]
			idx := d.idx.NewArray()
			vals := d.vals.NewArray()
			cols[j] = array.NewDictionaryArray(DossierStringType(), idx, vals)
			idx.Release()
			vals.Release()
			clear(d.seen)
		case dosKindTime:
			cols[j] = p.tsB[j].NewArray()
		case dosKindBool:
			cols[j] = p.boolB[j].NewArray()
		case dosKindInt8:
			cols[j] = p.int8B[j].NewArray()
		}
	}
	rec := array.NewRecord(p.sc, cols, int64(len(p.lines)))
	for _, c := range cols {
		c.Release()
	}
	return rec
}

// parseDossierBool reads true/false, 1/0, yes/no, có/không, x/(blank is null).
func parseDossierBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "true", "1", "yes", "y", "t", "có", "co", "x":
		return true, nil
	case "false", "0", "no", "n", "f", "không", "khong":
		return false, nil
	}
	return false, fmt.Errorf("not a boolean (want true/false, 1/0, có/không)")
}

// ParseDossierTime parses a dossier time as wall-clock seconds since
// 1970-01-01. It accepts "2006-01-02 15:04:05", "2006-01-02T15:04:05",
// "2006-01-02 15:04", "2006-01-02", the Vietnamese day-first forms
// "02/01/2006 15:04:05", "02/01/2006 15:04", "02/01/2006", and RFC 3339
// times with a zone, which are converted to Viet Nam time (UTC+7). A date
// without a time is the start of that day, or its last second when
// endOfDay is set (a due date written as a day means "by the end of it").
func ParseDossierTime(s string, endOfDay bool) (int64, error) {
	var y, mo, d, h, mi, sec int
	var ok bool
	rest := s
	if len(s) >= 10 && s[4] == '-' && s[7] == '-' {
		y, ok = dosAtoi(s[0:4])
		m2, ok2 := dosAtoi(s[5:7])
		d2, ok3 := dosAtoi(s[8:10])
		ok = ok && ok2 && ok3
		mo, d = m2, d2
		rest = s[10:]
	} else if i := strings.IndexByte(s, '/'); i == 1 || i == 2 {
		j := strings.IndexByte(s[i+1:], '/')
		if j == 1 || j == 2 {
			j += i + 1
			end := j + 5
			if len(s) >= end {
				d2, ok1 := dosAtoi(s[:i])
				m2, ok2 := dosAtoi(s[i+1 : j])
				y2, ok3 := dosAtoi(s[j+1 : end])
				ok = ok1 && ok2 && ok3
				y, mo, d = y2, m2, d2
				rest = s[end:]
			}
		}
	}
	if !ok {
		return 0, fmt.Errorf("not a date (want 2006-01-02 15:04:05 or 02/01/2006 15:04:05)")
	}
	hasTime := false
	if rest != "" {
		if rest[0] != ' ' && rest[0] != 'T' {
			return 0, fmt.Errorf("not a date: unexpected %q after the date", rest)
		}
		t := strings.TrimSpace(rest[1:])
		switch {
		case len(t) == 8 && t[2] == ':' && t[5] == ':':
			var o1, o2, o3 bool
			h, o1 = dosAtoi(t[0:2])
			mi, o2 = dosAtoi(t[3:5])
			sec, o3 = dosAtoi(t[6:8])
			ok = o1 && o2 && o3
		case len(t) == 5 && t[2] == ':':
			var o1, o2 bool
			h, o1 = dosAtoi(t[0:2])
			mi, o2 = dosAtoi(t[3:5])
			ok = o1 && o2
		default:
			tt, err := time.Parse(time.RFC3339, strings.Replace(s, " ", "T", 1))
			if err != nil {
				return 0, fmt.Errorf("not a time (want 15:04:05): %w", err)
			}
			return WallSeconds(tt.In(time.FixedZone("ICT", 7*3600))), nil
		}
		if !ok {
			return 0, fmt.Errorf("not a time (want 15:04:05)")
		}
		hasTime = true
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60 {
		return 0, fmt.Errorf("date or time out of range")
	}
	t := time.Date(y, time.Month(mo), d, h, mi, sec, 0, time.UTC)
	if t.Day() != d {
		return 0, fmt.Errorf("no such day")
	}
	if !hasTime && endOfDay {
		t = t.Add(24*time.Hour - time.Second)
	}
	return t.Unix(), nil
}

func dosAtoi(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, len(s) > 0
}
