package binread

import (
	"errors"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// dictRecord is a record of one dictionary column "c" whose rows point at
// every entry of a string dictionary made of raw offsets and values (and
// a validity bitmap when valid is not nil).
func dictRecord(offsets []int32, values string, valid []byte) arrow.Record {
	n := len(offsets) - 1
	var bm *memory.Buffer
	nulls := 0
	if valid != nil {
		bm = memory.NewBufferBytes(valid)
		nulls = array.UnknownNullCount
	}
	dict := array.NewData(arrow.BinaryTypes.String, n, []*memory.Buffer{bm,
		memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(offsets)), memory.NewBufferBytes([]byte(values))}, nil, nulls, 0)
	idx := make([]int32, n)
	for i := range idx {
		idx[i] = int32(i)
	}
	dt := &arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}
	d := array.NewData(dt, n, []*memory.Buffer{nil, memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(idx))}, nil, 0, 0)
	d.SetDictionary(dict)
	col := array.MakeFromData(d)
	sc := arrow.NewSchema([]arrow.Field{{Name: "c", Type: dt, Nullable: true}}, nil)
	return array.NewRecord(sc, []arrow.Array{col}, int64(n))
}

// TestCheckerDictionaries feeds one Checker the records of a stream in
// turn: every damage CheckRecord finds it must find too, whether in the
// entries it saw before or in those a grown dictionary adds.
func TestCheckerDictionaries(t *testing.T) {
	tests := []struct {
		name    string
		entries []string // the dictionary, unless offsets is set
		offsets []int32  // raw offsets into the joined entries
		valid   []byte
		want    string // part of the error; empty when sound
		wantRow int
	}{
		{name: "first", entries: []string{"Sở Y", "tế"}},
		{name: "same", entries: []string{"Sở Y", "tế"}},
		{name: "grown", entries: []string{"Sở Y", "tế", " Huế"}},
		{name: "grown by text not UTF-8", entries: []string{"Sở Y", "tế", " Huế", "\xff\xfe"}, want: "not UTF-8", wantRow: 3},
		{name: "the same prefix again, grown soundly", entries: []string{"Sở Y", "tế", " Huế", "ab"}},
		{name: "grown past its values", entries: []string{"Sở Y", "tế", " Huế", "ab", "cd"}, offsets: []int32{0, 6, 10, 16, 18, 40}, want: "outside", wantRow: 4},
		{name: "grown by an offset going back", entries: []string{"Sở Y", "tế", " Huế", "ab", "cd"}, offsets: []int32{0, 6, 10, 16, 18, 17}, want: "outside", wantRow: 4},
		{name: "sound entries", entries: []string{"Sở Y", "tế", " Huế", "ab"}},
		// Same offsets as before, one byte of an old entry changed: checked afresh.
		{name: "same offsets, a damaged old entry", entries: []string{"Sở Y", "t\xff\xff\xff", " Huế", "ab"}, want: "not UTF-8", wantRow: 1},
		{name: "sound again", entries: []string{"Sở Y", "tế", " Huế", "ab"}},
		{name: "same bytes, other offsets, one cut inside a letter", entries: []string{"Sở Y", "tế", " Huế", "ab"}, offsets: []int32{0, 3, 10, 16, 18}, want: "not UTF-8", wantRow: 0},
		{name: "sound, with a null entry", entries: []string{"Sở Y", "tế", ""}, valid: []byte{0b011}},
		{name: "a null over bad bytes is no damage", entries: []string{"Sở Y", "tế", "\xff"}, valid: []byte{0b011}},
		{name: "the bad bytes valid now", entries: []string{"Sở Y", "tế", "\xff"}, want: "not UTF-8", wantRow: 2},
		{name: "empty", entries: []string{}},
		{name: "after empty", entries: []string{"\xff"}, want: "not UTF-8", wantRow: 0},
	}
	var c Checker
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			offsets := []int32{0}
			for _, e := range tt.entries {
				offsets = append(offsets, offsets[len(offsets)-1]+int32(len(e)))
			}
			if tt.offsets != nil {
				offsets = tt.offsets
			}
			rec := dictRecord(offsets, strings.Join(tt.entries, ""), tt.valid)
			defer rec.Release()
			err := c.CheckRecord(rec)
			plain := CheckRecord(rec)
			if (err == nil) != (plain == nil) {
				t.Fatalf("Checker: %v; CheckRecord: %v", err, plain)
			}
			if tt.want == "" {
				if err != nil {
					t.Fatalf("err = %v, want none", err)
				}
				return
			}
			var re *RecordError
			if !errors.As(err, &re) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("err = %v, want a RecordError with %q", err, tt.want)
			}
			if re.Row != tt.wantRow {
				t.Errorf("row %d, want %d (%v)", re.Row, tt.wantRow, err)
			}
		})
	}
}
