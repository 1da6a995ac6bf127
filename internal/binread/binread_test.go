package binread

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestCheckArray builds arrays whose buffers say what a damaged file
// would: each must be refused with the row at fault; sound arrays pass.
func TestCheckArray(t *testing.T) {
	le32 := func(vs ...int32) *memory.Buffer {
		return memory.NewBufferBytes(arrow.Int32Traits.CastToBytes(vs))
	}
	str := func(offsets *memory.Buffer, values string) arrow.Array {
		return array.NewStringData(array.NewData(arrow.BinaryTypes.String, 2, []*memory.Buffer{nil, offsets, memory.NewBufferBytes([]byte(values))}, nil, 0, 0))
	}
	dict := func(idx ...int32) arrow.Array {
		d := array.NewStringData(array.NewData(arrow.BinaryTypes.String, 2, []*memory.Buffer{nil, le32(0, 1, 2), memory.NewBufferBytes([]byte("ab"))}, nil, 0, 0))
		data := array.NewData(&arrow.DictionaryType{IndexType: arrow.PrimitiveTypes.Int32, ValueType: arrow.BinaryTypes.String}, len(idx), []*memory.Buffer{nil, le32(idx...)}, nil, 0, 0)
		data.SetDictionary(d.Data())
		return array.MakeFromData(data)
	}
	for _, tc := range []struct {
		name string
		a    func() arrow.Array
		want string // "" for sound
		row  int
	}{
		{"sound string", func() arrow.Array { return str(le32(0, 3, 4), "HàX") }, "", 0},
		{"offset going back", func() arrow.Array { return str(le32(0, 2, 1), "abc") }, "outside", 1},
		{"offsets buffer short", func() arrow.Array {
			return array.NewStringData(array.NewData(arrow.BinaryTypes.String, 0, []*memory.Buffer{nil, le32(0), memory.NewBufferBytes(nil)}, nil, 0, 0))
		}, "", 0},
		{"not UTF-8", func() arrow.Array { return str(le32(0, 1, 3), "a\xff\xfe") }, "not UTF-8", 1},
		{"sound dictionary", func() arrow.Array { return dict(0, 1, 1) }, "", 0},
		{"dictionary index too large", func() arrow.Array { return dict(0, 7) }, "dictionary index 7", 1},
		{"negative dictionary index", func() arrow.Array { return dict(-1) }, "dictionary index -1", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := tc.a()
			rec := array.NewRecord(arrow.NewSchema([]arrow.Field{{Name: "c", Type: a.DataType(), Nullable: true}}, nil), []arrow.Array{a}, int64(a.Len()))
			err := CheckRecord(rec)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("sound array refused: %v", err)
				}
				return
			}
			var re *RecordError
			if !errors.As(err, &re) || !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want a RecordError with %q", err, tc.want)
			}
			if re.Column != "c" || re.Row != tc.row {
				t.Errorf("column %q row %d, want c row %d", re.Column, re.Row, tc.row)
			}
		})
	}
}

// TestCheckDataOffsetsPastValues checks data that Arrow's constructors
// would refuse by a panic: the check says so first, as an error.
func TestCheckDataOffsetsPastValues(t *testing.T) {
	offsets := memory.NewBufferBytes(arrow.Int32Traits.CastToBytes([]int32{0, 2, 9}))
	d := array.NewData(arrow.BinaryTypes.String, 2, []*memory.Buffer{nil, offsets, memory.NewBufferBytes([]byte("abc"))}, nil, 0, 0)
	err := checkData(d, 0)
	var row *rowError
	if !errors.As(err, &row) || row.row != 1 || !strings.Contains(err.Error(), "outside") {
		t.Fatalf("err = %v", err)
	}
	short := array.NewData(arrow.BinaryTypes.String, 3, []*memory.Buffer{nil, offsets, memory.NewBufferBytes([]byte("abcdefghij"))}, nil, 0, 0)
	if err := checkData(short, 0); err == nil || !strings.Contains(err.Error(), "offsets buffer") {
		t.Fatalf("short offsets: err = %v", err)
	}
}

// TestCapRefusesHugeAllocations: the capped allocator panics (for the
// reader's recover) instead of asking the runtime for terabytes.
func TestCapRefusesHugeAllocations(t *testing.T) {
	mem := Cap(memory.NewGoAllocator(), 1441)
	if b := mem.Allocate(1 << 20); len(b) != 1<<20 {
		t.Fatal("a small allocation was refused")
	}
	err := func() (err error) {
		defer func() { err = Recovered(recover()) }()
		mem.Allocate(377 << 30)
		return nil
	}()
	if !errors.Is(err, ErrDamaged) || !strings.Contains(err.Error(), "declared") {
		t.Fatalf("err = %v", err)
	}
}

// TestChecksumWriterPassesThroughUntilHold: bytes before Hold go straight
// to the writer; Finish refuses a footer without the placeholder.
func TestChecksumWriterPassesThroughUntilHold(t *testing.T) {
	var buf bytes.Buffer
	c := NewChecksumWriter(&buf)
	c.Write([]byte("PAR1data"))
	if buf.String() != "PAR1data" {
		t.Fatalf("wrote %q", buf.String())
	}
	c.Hold()
	c.Write([]byte("footer\x06\x00\x00\x00PAR1"))
	if err := c.Finish(); err == nil {
		t.Fatal("a footer without the checksum key was accepted")
	}
}
