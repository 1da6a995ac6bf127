package dossier

import (
	"strings"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/i18n"
	"golang.org/x/text/unicode/norm"
)

// Column names of the dossier schema (hồ sơ thủ tục hành chính), in schema order.
const (
	ColID              = "dossier_id"
	ColProvince        = "province"
	ColAgency          = "agency"
	ColLevel           = "level"
	ColProcedure       = "procedure_code"
	ColReceivedAt      = "received_at"
	ColDueAt           = "due_at"
	ColFinishedAt      = "finished_at"
	ColChannel         = "channel"
	ColFeeRequired     = "fee_required"
	ColPaidOnline      = "paid_online"
	ColDigitised       = "digitised"
	ColResultDigitised = "result_digitised"
	ColRating          = "rating"
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

// Channels returns the valid channel values.
func Channels() []string {
	return []string{ChannelOnlineFull, ChannelOnlinePartial, ChannelInPerson, ChannelPostal}
}

// Ratings are on a 1..5 scale; a rating of RatingSatisfied or more counts as
// satisfied (hài lòng). Any other value is out of range.
const (
	RatingMin       = 1
	RatingMax       = 5
	RatingSatisfied = 4
)

// Columns returns the dossier column names in schema order.
func Columns() []string {
	return []string{ColID, ColProvince, ColAgency, ColLevel,
		ColProcedure, ColReceivedAt, ColDueAt, ColFinishedAt,
		ColChannel, ColFeeRequired, ColPaidOnline, ColDigitised,
		ColResultDigitised, ColRating}
}

// TimestampType is the type of received_at, due_at and finished_at:
// seconds since 1970-01-01 00:00:00 of the local wall-clock time in Viet Nam
// (UTC+7), without a time zone, so that a month boundary is the one the
// agency's own calendar shows.
func TimestampType() arrow.DataType { return &arrow.TimestampType{Unit: arrow.Second} }

// StringType is the type of the repeated text columns (province,
// agency, level, procedure_code, channel): dictionary-encoded UTF-8 with
// int32 indices.
func StringType() arrow.DataType {
	return &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
}

// Schema returns the Arrow schema of dossier records:
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
func Schema() *arrow.Schema {
	ts := TimestampType()
	str := StringType()
	return arrow.NewSchema([]arrow.Field{
		{Name: ColID, Type: arrow.BinaryTypes.String},
		{Name: ColProvince, Type: str},
		{Name: ColAgency, Type: str},
		{Name: ColLevel, Type: str},
		{Name: ColProcedure, Type: str},
		{Name: ColReceivedAt, Type: ts},
		{Name: ColDueAt, Type: ts},
		{Name: ColFinishedAt, Type: ts, Nullable: true},
		{Name: ColChannel, Type: str},
		{Name: ColFeeRequired, Type: arrow.FixedWidthTypes.Boolean},
		{Name: ColPaidOnline, Type: arrow.FixedWidthTypes.Boolean},
		{Name: ColDigitised, Type: arrow.FixedWidthTypes.Boolean},
		{Name: ColResultDigitised, Type: arrow.FixedWidthTypes.Boolean},
		{Name: ColRating, Type: arrow.PrimitiveTypes.Int8, Nullable: true},
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
	// Level is dataset.LevelProvince, dataset.LevelDistrict or dataset.LevelCommune.
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

// Builder builds dossier records row by row. It is meant for small
// and medium record sets; the generator builds its columns directly.
type Builder struct {
	b *array.RecordBuilder
}

// NewBuilder returns a builder of records with Schema.
// Release it when done.
func NewBuilder(mem memory.Allocator) *Builder {
	return &Builder{b: array.NewRecordBuilder(mem, Schema())}
}

// Append adds one row. Text is normalised to NFC.
func (b *Builder) Append(d Dossier) {
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
func (b *Builder) Len() int { return b.b.Field(0).Len() }

// NewRecord returns the rows appended so far as a record and resets the
// builder. The caller releases the record.
func (b *Builder) NewRecord() arrow.Record { return b.b.NewRecord() }

// Release releases the builder's memory.
func (b *Builder) Release() { b.b.Release() }

// ToRecord builds one record from rows. The caller releases it.
func ToRecord(mem memory.Allocator, rows []Dossier) arrow.Record {
	b := NewBuilder(mem)
	defer b.Release()
	for _, d := range rows {
		b.Append(d)
	}
	return b.NewRecord()
}

// FromRecord converts a record with the dossier columns (any
// column order, dictionary or plain strings, any timestamp unit) back to
// rows. It is meant for tests and small files. The rows' texts are
// copies: they stay valid after rec is released, whatever allocator
// made its buffers.
func FromRecord(rec arrow.Record) ([]Dossier, error) {
	n := int(rec.NumRows())
	out := make([]Dossier, n)
	sc := rec.Schema()
	for _, name := range Columns() {
		idx := sc.FieldIndices(name)
		if len(idx) == 0 {
			return nil, i18n.Errorf("dossier record: missing column %q", name)
		}
		col := rec.Column(idx[0])
		// copies holds each dictionary entry's copy, made once.
		var copies map[string]string
		for i := 0; i < n; i++ {
			d := &out[i]
			switch name {
			case ColID, ColProvince, ColAgency, ColLevel, ColProcedure, ColChannel:
				s, err := dossierStringAt(col, i)
				if err == nil && s != "" {
					if _, dict := col.(*array.Dictionary); dict {
						c, ok := copies[s]
						if !ok {
							if copies == nil {
								copies = map[string]string{}
							}
							c = strings.Clone(s)
							copies[c] = c
						}
						s = c
					} else {
						s = strings.Clone(s)
					}
				}
				if err != nil {
					return nil, i18n.Errorf("dossier record: column %q: %w", name, err)
				}
				switch name {
				case ColID:
					d.ID = s
				case ColProvince:
					d.Province = s
				case ColAgency:
					d.Agency = s
				case ColLevel:
					d.Level = s
				case ColProcedure:
					d.Procedure = s
				case ColChannel:
					d.Channel = s
				}
			case ColReceivedAt, ColDueAt, ColFinishedAt:
				if col.IsNull(i) {
					continue
				}
				s, err := dossierSecondsAt(col, i)
				if err != nil {
					return nil, i18n.Errorf("dossier record: column %q: %w", name, err)
				}
				t := FromWallSeconds(s)
				switch name {
				case ColReceivedAt:
					d.ReceivedAt = t
				case ColDueAt:
					d.DueAt = t
				default:
					d.FinishedAt = t
				}
			case ColFeeRequired, ColPaidOnline, ColDigitised, ColResultDigitised:
				b, ok := col.(*array.Boolean)
				if !ok {
					return nil, i18n.Errorf("dossier record: column %q: type %s, want bool", name, col.DataType())
				}
				v := b.IsValid(i) && b.Value(i)
				switch name {
				case ColFeeRequired:
					d.FeeRequired = v
				case ColPaidOnline:
					d.PaidOnline = v
				case ColDigitised:
					d.Digitised = v
				default:
					d.ResultDigitised = v
				}
			case ColRating:
				if col.IsNull(i) {
					continue
				}
				v, err := dossierIntAt(col, i)
				if err != nil {
					return nil, i18n.Errorf("dossier record: column %q: %w", name, err)
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
	return "", i18n.Errorf("type %s, want a string or dictionary of strings", col.DataType())
}

// dossierSecondsAt returns row i of a timestamp or date column as seconds
// since 1970-01-01 (wall clock).
func dossierSecondsAt(col arrow.Array, i int) (int64, error) {
	switch c := col.(type) {
	case *array.Timestamp:
		tt := c.DataType().(*arrow.TimestampType)
		v := UnitToSeconds(int64(c.Value(i)), tt.Unit)
		off, err := ZoneOffset(tt.TimeZone, v)
		return v + off, err
	case *array.Date32:
		return int64(c.Value(i)) * 86400, nil
	case *array.Date64:
		return UnitToSeconds(int64(c.Value(i)), arrow.Millisecond), nil
	}
	return 0, i18n.Errorf("type %s, want a timestamp or date", col.DataType())
}

// ZoneOffset returns the seconds to add to a timestamp of zone tz
// (an Arrow timestamp's TimeZone) to get the wall-clock time dossier
// columns hold: 0 for no zone and for UTC (which is how Parquet marks
// the wall-clock times cchc writes), the zone's offset at instant
// utcSeconds otherwise ("Asia/Ho_Chi_Minh", "+07:00").
func ZoneOffset(tz string, utcSeconds int64) (int64, error) {
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
		return 0, i18n.Errorf("time zone %q: %w", tz, err)
	}
	_, off := time.Unix(utcSeconds, 0).In(loc).Zone()
	return int64(off), nil
}

// UnitToSeconds converts a timestamp value in unit u to whole
// seconds, rounding toward minus infinity.
func UnitToSeconds(v int64, u arrow.TimeUnit) int64 {
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
	return 0, i18n.Errorf("type %s, want an integer", col.DataType())
}
