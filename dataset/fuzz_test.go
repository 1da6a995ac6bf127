package dataset

import (
	"bytes"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// FuzzReadCSV feeds arbitrary bytes to the CSV reader: it must never
// panic or leak, and every row it reads must end up in the record or in
// the rejected rows. The seed corpus is in testdata/fuzz/FuzzReadCSV;
// "go test" runs it, "go test -fuzz FuzzReadCSV" explores further.
func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("index,province,year,value,rank_if_any,unit\nPCI,Ha Tinh,2011,65.97,7,points (0-100)\n"))
	f.Add([]byte("entity;year;metric;value;unit\r\nHà Tĩnh;2024;m;\"95,0%\";\r\n"))
	f.Add([]byte("code,comparator,value\n1,>=,\"9\n0\"\n\"2"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, kind := range []Kind{"", KindIndexValues, KindTasks} {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			l, err := Read(bytes.NewReader(data), "fuzz.csv", FormatCSV, kind, mem)
			if err == nil {
				checkInvariant(t, l)
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
	})
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
	})
}

// FuzzReadArrow feeds damaged Arrow IPC files to their reader: an
// error, never a panic, a fatal out-of-memory or a leak. (Damaged Parquet
// files are not fuzzed: Arrow v15's Parquet page reader can loop forever
// on some of them, inside the library; see readParquet.)
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
