package dataset

import (
	"bytes"
	"errors"
	"sort"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// FuzzReadCSV feeds arbitrary bytes to the CSV reader: it must never
// panic or leak, every row it reads must end up in the record or in the
// rejected rows, each on its own line, and a comment line put before the
// input must shift every line number by one and change nothing else. The
// seed corpus is in testdata/fuzz/FuzzReadCSV; "go test" runs it,
// "go test -fuzz FuzzReadCSV" explores further.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("index,province,year,value,rank_if_any,unit\nPCI,Ha Tinh,2011,65.97,7,points (0-100)\n"))
	f.Add([]byte("entity;year;metric;value;unit\r\nHà Tĩnh;2024;m;\"95,0%\";\r\n"))
	f.Add([]byte("code,comparator,value\n1,>=,\"9\n0\"\n\"2"))
	f.Add([]byte("\uFEFF# số liệu minh họa, không phải số liệu chính thức\r\n\r\n# a; b; c\r\nentity,year,metric,value\r\nHà Tĩnh,2025,m,\"9\r\n0\"\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, kind := range []Kind{"", KindIndexValues, KindTasks} {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			l, err := Read(bytes.NewReader(data), "fuzz.csv", FormatCSV, kind, mem)
			checkCommentShift(t, data, kind, l, err)
			if err == nil {
				checkInvariant(t, l)
				checkCSVLines(t, l)
				// What was read writes and reads back unchanged.
				var buf bytes.Buffer
				if err := Write(&buf, FormatCSV, l.Record, WriteOptions{}); err != nil {
					t.Fatal(err)
				}
				back, err := Read(bytes.NewReader(buf.Bytes()), "back.csv", FormatCSV, l.Kind, mem)
				if err != nil {
					t.Fatalf("reading back %q: %v", buf.String(), err)
				}
				if back.Record.NumRows() != l.Record.NumRows() || len(back.Rejected) != 0 {
					t.Fatalf("read back %d rows, rejected %v; wrote %d rows:\n%s", back.Record.NumRows(), back.Rejected, l.Record.NumRows(), buf.String())
				}
				back.Release()
				l.Release()
			}
			mem.AssertSize(t, 0)
		}
		readEveryWay(t, data, FormatCSV)
	})
}

// checkCSVLines fails unless the rows read and the rows rejected from a
// CSV file each start on a line of their own after the header.
func checkCSVLines(t *testing.T, l *Loaded) {
	t.Helper()
	lines := append([]int(nil), l.Lines...)
	for _, r := range l.Rejected {
		lines = append(lines, r.Line)
	}
	sort.Ints(lines)
	for i, line := range lines {
		if line < 2 || (i > 0 && line == lines[i-1]) {
			t.Fatalf("rows at lines %v, rejected %v: line %d is the header's or taken twice", l.Lines, l.Rejected, line)
		}
	}
}

// checkCommentShift reads data again behind a comment line and fails
// unless the outcome is the same with every line number one higher. l and
// err are the outcome of reading data as kind.
func checkCommentShift(t *testing.T, data []byte, kind Kind, l *Loaded, err error) {
	t.Helper()
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || len(data) > 32<<10 {
		return // a byte-order mark only counts at the very start; NUL bytes are looked for in the first 64 KiB
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	shifted := append([]byte("# a comment, with; delimiters\t|\n"), data...)
	l2, err2 := Read(bytes.NewReader(shifted), "fuzz.csv", FormatCSV, kind, mem)
	if l2 != nil {
		defer l2.Release()
	}
	if (err == nil) != (err2 == nil) {
		t.Fatalf("behind a comment: error %v, without: %v", err2, err)
	}
	if err != nil {
		var pe, pe2 *ParseError
		if errors.As(err, &pe) && errors.As(err2, &pe2) && pe.Line > 0 && pe2.Line != pe.Line+1 {
			t.Fatalf("behind a comment the error is at line %d, without at %d: %v", pe2.Line, pe.Line, err2)
		}
		return
	}
	if l2.RowsRead != l.RowsRead || len(l2.Lines) != len(l.Lines) || len(l2.Rejected) != len(l.Rejected) {
		t.Fatalf("behind a comment %d rows read, %d loaded, %d rejected; without %d, %d, %d",
			l2.RowsRead, len(l2.Lines), len(l2.Rejected), l.RowsRead, len(l.Lines), len(l.Rejected))
	}
	for i := range l.Lines {
		if l2.Lines[i] != l.Lines[i]+1 {
			t.Fatalf("behind a comment row %d is at line %d, without at %d", i, l2.Lines[i], l.Lines[i])
		}
	}
	for i := range l.Rejected {
		if l2.Rejected[i].Line != l.Rejected[i].Line+1 || l2.Rejected[i].Column != l.Rejected[i].Column {
			t.Fatalf("behind a comment rejected %v, without %v", l2.Rejected[i], l.Rejected[i])
		}
	}
}

// FuzzReadJSON feeds arbitrary bytes to the JSON reader: no panic, no
// leak, every record read is in the table or rejected.
func FuzzReadJSON(f *testing.F) {
	f.Add([]byte(`[{"index": "PCI", "province": "Ha Tinh", "year": 2011, "value": 65.97, "rank": 7}]`))
	f.Add([]byte(`{"plan": {"id": "x"}, "targets": [{"code": "1", "comparator": ">=", "value": "9,5%", "source": {"line": 3}}, 4]}`))
	f.Add([]byte(`[{"task": "a", "lead": ["b", null, 3], "budget": {"amount": 1e400}}, {"task": null}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, kind := range []Kind{"", KindTargets, KindTasks} {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			l, err := Read(bytes.NewReader(data), "fuzz.json", FormatJSON, kind, mem)
			if err == nil {
				checkInvariant(t, l)
				l.Release()
			}
			mem.AssertSize(t, 0)
		}
		readEveryWay(t, data, FormatJSON)
	})
}

// readEveryWay reads data as Read does, then filtered (every other row
// kept) and check-only: the same error or none, and rows read, rejected
// and accounted for alike.
func readEveryWay(t *testing.T, data []byte, format Format) {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	whole, err := Read(bytes.NewReader(data), "fuzz", format, "", mem)
	if err != nil {
		return
	}
	defer whole.Release()
	n := 0
	every := func(func(string) string) bool { n++; return n%2 == 1 }
	for _, opts := range []ReadOptions{{Format: format, Keep: every}, {Format: format, CheckOnly: true, KeepFirst: 1}} {
		l, err := ReadWith(bytes.NewReader(data), "fuzz", opts, mem)
		if err != nil {
			t.Fatalf("read whole, but %+v fails: %v", opts, err)
		}
		checkInvariant(t, l)
		if l.RowsRead != whole.RowsRead || (opts.CheckOnly && (len(l.Rejected) != len(whole.Rejected) || int(l.Record.NumRows())+l.Checked != int(whole.Record.NumRows()))) {
			t.Fatalf("%+v: %d read, %d rejected, %d kept, %d checked; whole: %d read, %d rejected, %d kept",
				opts, l.RowsRead, len(l.Rejected), l.Record.NumRows(), l.Checked, whole.RowsRead, len(whole.Rejected), whole.Record.NumRows())
		}
		l.Release()
	}
}

// FuzzReadArrow feeds damaged Arrow IPC files to their reader: an
// error, never a panic, a fatal out-of-memory or a leak.
func FuzzReadArrow(f *testing.F) {
	mem := memory.NewGoAllocator()
	for _, rec := range []arrow.Record{TasksToRecord(mem, sampleTasks()), ScoresToRecord(mem, sampleScores())} {
		var buf bytes.Buffer
		if err := Write(&buf, FormatArrow, rec, WriteOptions{}); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
		rec.Release()
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
		l, err := Read(bytes.NewReader(data), "fuzz.arrow", FormatArrow, "", mem)
		if err == nil {
			checkInvariant(t, l)
			l.Release()
		}
		mem.AssertSize(t, 0)
	})
}

// FuzzReadParquet feeds damaged Parquet files to their reader: an error
// or every row the file declares, never a panic, a hang, a fatal
// out-of-memory or a leak. The seeds are a file cchc wrote (with its
// checksum, so that most changes stop there) and files without one, as
// other tools write them, so that changes reach the decoder.
func FuzzReadParquet(f *testing.F) {
	mem := memory.NewGoAllocator()
	for _, rec := range []arrow.Record{TasksToRecord(mem, sampleTasks()), ScoresToRecord(mem, sampleScores())} {
		var buf bytes.Buffer
		if err := Write(&buf, FormatParquet, rec, WriteOptions{}); err != nil {
			f.Fatal(err)
		}
		f.Add(buf.Bytes())
		for _, codec := range []compress.Compression{compress.Codecs.Uncompressed, compress.Codecs.Snappy} {
			f.Add(damagetest.PlainParquet(f, rec, parquet.NewWriterProperties(parquet.WithCompression(codec)), pqarrow.DefaultWriterProps()))
		}
		// Row groups of two rows: the reader reads one group at a time.
		f.Add(damagetest.PlainParquet(f, rec, parquet.NewWriterProperties(parquet.WithMaxRowGroupLength(2)), pqarrow.DefaultWriterProps()))
		rec.Release()
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
		l, err := Read(bytes.NewReader(data), "fuzz.parquet", FormatParquet, "", mem)
		if err == nil {
			checkInvariant(t, l)
			l.Release()
		}
		mem.AssertSize(t, 0)
		readEveryWay(t, data, FormatParquet)
	})
}
