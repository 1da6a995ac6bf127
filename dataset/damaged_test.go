package dataset

import (
	"bytes"
	"errors"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// manyTasks is a tasks record of n rows built from the samples.
func manyTasks(mem memory.Allocator, n int) arrow.Record {
	var rows []Task
	for i := 0; len(rows) < n; i++ {
		t := sampleTasks()[i%len(sampleTasks())]
		t.Task += string(rune('a' + i%26))
		rows = append(rows, t)
	}
	return TasksToRecord(mem, rows)
}

// readWithin reads data as format and fails the test if the reader takes
// longer than limit: a hang is a failure, whatever the file holds.
func readWithin(t *testing.T, data []byte, format Format, limit time.Duration) (*Loaded, error) {
	t.Helper()
	return damagetest.Within(t, limit, "damaged."+string(format), data, func() (*Loaded, error) {
		return Read(bytes.NewReader(data), "damaged."+string(format), format, "", memory.NewGoAllocator())
	})
}

// TestChecksumCatchesEveryByte damages a Parquet file cchc wrote one
// byte at a time: every change must be an error (the file's CRC-32C, or
// the footer that cannot be read), never rows.
func TestChecksumCatchesEveryByte(t *testing.T) {
	mem := memory.NewGoAllocator()
	rec := manyTasks(mem, 300)
	defer rec.Release()
	var buf bytes.Buffer
	if err := Write(&buf, FormatParquet, rec, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	l, err := Read(bytes.NewReader(good), "good.parquet", FormatParquet, "", mem)
	if err != nil {
		t.Fatal(err)
	}
	if l.Record.NumRows() != 300 {
		t.Fatalf("read %d rows back, want 300", l.Record.NumRows())
	}
	l.Release()
	stride := max(1, len(good)/1500)
	checked, bySum := 0, 0
	for pos := 0; pos < len(good); pos += stride {
		bad := append([]byte(nil), good...)
		bad[pos] ^= 0x5A
		l, err := readWithin(t, bad, FormatParquet, 30*time.Second)
		if err == nil {
			n := l.Record.NumRows()
			l.Release()
			t.Fatalf("byte %d of %d changed (%q): read %d rows without an error", pos, len(good), good[max(0, pos-20):min(len(good), pos+20)], n)
		}
		var pe *ParseError
		if !errors.As(err, &pe) || pe.File != "damaged.parquet" {
			t.Fatalf("byte %d: %v is not a ParseError naming the file", pos, err)
		}
		if errors.Is(err, binread.ErrChecksum) {
			bySum++
		}
		checked++
	}
	t.Logf("%d one-byte changes in a %d-byte file: all refused, %d by the checksum", checked, len(good), bySum)
	if bySum < checked/2 {
		t.Errorf("the checksum caught only %d of %d changes", bySum, checked)
	}
}

// TestDamagedParquetFromOtherTools damages Parquet files without cchc's
// checksum (as pandas or DuckDB write them): each variant must end
// within the time limit with an error or with exactly the rows the file
// declares, never a panic or a hang.
func TestDamagedParquetFromOtherTools(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 1,200 damaged files")
	}
	mem := memory.NewGoAllocator()
	rec := manyTasks(mem, 2000)
	defer rec.Release()
	codecs := []compress.Compression{compress.Codecs.Snappy, compress.Codecs.Uncompressed, compress.Codecs.Gzip}
	outcomes := map[string]int{}
	for ci, codec := range codecs {
		good := damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithCompression(codec), parquet.WithDataPageSize(4096)), pqarrow.DefaultWriterProps())
		outcomes["unknown page type "+codec.String()] = readUnknownPageTypes(t, good, int(rec.NumRows()))
		for seed := uint64(0); seed < 400; seed++ {
			bad := damagetest.Bytes(good, seed, uint64(ci), 4)
			l, err := readWithin(t, bad, FormatParquet, 30*time.Second)
			switch {
			case err != nil:
				outcomes["error"]++
			case l.RowsRead != int(rec.NumRows()):
				t.Fatalf("seed %d: %d rows read from a file declaring %d", seed, l.RowsRead, rec.NumRows())
			default:
				outcomes["rows"]++
				l.Release()
			}
		}
	}
	t.Logf("1,200 damaged files without a checksum: %v", outcomes)
}

// readUnknownPageTypes gives each page header of data (the Thrift bytes
// 0x15 type 0x15: a type field followed by the size field) a page type
// the reader does not know, one page at a time, and reads the file: the
// Arrow v15 page reader skips such a header (the case once thought to
// make it loop); the file must end in an error or its declared rows. It
// returns how many headers it changed.
func readUnknownPageTypes(t *testing.T, data []byte, rows int) int {
	changed := 0
	for pos := 4; pos+2 < len(data)-8 && changed < 60; pos++ {
		if data[pos] != 0x15 || data[pos+2] != 0x15 || (data[pos+1] != 0x00 && data[pos+1] != 0x04 && data[pos+1] != 0x06) {
			continue
		}
		for _, typ := range []byte{0x0e, 0x7e} { // zigzag 7 and 63
			bad := append([]byte(nil), data...)
			bad[pos+1] = typ
			l, err := readWithin(t, bad, FormatParquet, 30*time.Second)
			if err == nil {
				if l.RowsRead != rows {
					t.Fatalf("page type changed at byte %d: %d rows read from a file declaring %d", pos, l.RowsRead, rows)
				}
				l.Release()
			}
			changed++
		}
	}
	return changed
}
