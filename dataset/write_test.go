package dataset

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestWriteFile writes every format through WriteFile and reads it back,
// and checks a failed write leaves neither a partial file nor a temporary one.
func TestWriteFile(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	dir := t.TempDir()
	rec := ScoresToRecord(mem, sampleScores())
	defer rec.Release()
	for _, ext := range []string{".csv", ".json", ".parquet", ".arrow", ".ipc", ".feather"} {
		path := filepath.Join(dir, "scores"+ext)
		if err := WriteFile(path, rec, WriteOptions{BOM: true}); err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		l, err := ReadFile(path, "", mem)
		if err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		if l.Kind != KindScores || l.Record.NumRows() != 2 || len(l.Rejected) != 0 {
			t.Errorf("%s: kind %s rows %d rejected %v", ext, l.Kind, l.Record.NumRows(), l.Rejected)
		}
		l.Release()
	}
	data, err := os.ReadFile(filepath.Join(dir, "scores.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFFplan_id,code,")) {
		t.Errorf("CSV with BOM starts %q", data[:20])
	}

	// A record Parquet cannot store: the write fails, the old file stays.
	path := filepath.Join(dir, "keep.parquet")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	b := array.NewMonthDayNanoIntervalBuilder(mem)
	b.Append(arrow.MonthDayNanoInterval{Months: 1})
	col := b.NewArray()
	b.Release()
	bad := array.NewRecord(arrow.NewSchema([]arrow.Field{{Name: "x", Type: col.DataType()}}, nil), []arrow.Array{col}, 1)
	col.Release()
	defer bad.Release()
	if err := WriteFile(path, bad, WriteOptions{}); err == nil {
		t.Error("no error writing an interval column to Parquet")
	}
	if got, _ := os.ReadFile(path); string(got) != "old" {
		t.Errorf("the old file was changed to %q", got)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	if err := WriteFile(filepath.Join(dir, "x.xls"), rec, WriteOptions{}); err == nil {
		t.Error("no error for .xls")
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "dir.csv"), rec, WriteOptions{}); err == nil {
		t.Error("no error for a missing directory")
	}
}

// TestManyRowsAndEmptyTables reads Parquet files that come back in several
// batches, and empty tables in every format.
func TestManyRowsAndEmptyTables(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rows := make([]IndexValue, 70_000)
	for i := range rows {
		r := i%63 + 1
		rows[i] = IndexValue{Index: "PCI", Province: []string{"Hà Tĩnh", "Hưng Yên", "Quảng Trị"}[i%3], Year: 2005 + i%15, Value: float64(i%1000) / 10, Rank: &r}
	}
	rec := IndexValuesToRecord(mem, rows)
	defer rec.Release()
	empty := TargetsToRecord(mem, nil)
	defer empty.Release()
	for _, f := range []Format{FormatParquet, FormatArrow, FormatJSON, FormatCSV} {
		var buf bytes.Buffer
		if err := Write(&buf, f, rec, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		l, err := Read(&buf, "many", f, "", mem)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		back, err := IndexValuesFromRecord(l.Record)
		if err != nil || len(back) != len(rows) || len(l.Rejected) != 0 {
			t.Fatalf("%s: %d rows back, rejected %d, %v", f, len(back), len(l.Rejected), err)
		}
		for _, i := range []int{0, 65_535, 65_536, 69_999} {
			if back[i].Province != rows[i].Province || back[i].Value != rows[i].Value || *back[i].Rank != *rows[i].Rank {
				t.Errorf("%s: row %d %+v, want %+v", f, i, back[i], rows[i])
			}
		}
		l.Release()

		buf.Reset()
		if err := Write(&buf, f, empty, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		l, err = Read(&buf, "empty", f, KindTargets, mem)
		if err != nil {
			t.Fatalf("%s empty: %v", f, err)
		}
		if l.Record.NumRows() != 0 || l.RowsRead != 0 || !l.Record.Schema().Equal(Schema(KindTargets)) {
			t.Errorf("%s empty: %d rows", f, l.Record.NumRows())
		}
		l.Release()
	}
}

// TestDamagedBinaryFiles damages Parquet and Arrow files byte by byte
// (a fixed pseudo-random sequence): each read gives a table or an error,
// never a panic or a fatal out-of-memory error (a damaged Arrow file once
// declared a 278 TB buffer, another a 377 GB field list).
func TestDamagedBinaryFiles(t *testing.T) {
	rec := TasksToRecord(memory.NewGoAllocator(), sampleTasks())
	defer rec.Release()
	for _, f := range []Format{FormatArrow, FormatParquet} {
		var buf bytes.Buffer
		if err := Write(&buf, f, rec, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		orig := buf.Bytes()
		rng := rand.New(rand.NewSource(7))
		errs := 0
		for i := 0; i < 1000; i++ {
			d := append([]byte(nil), orig...)
			for k := 0; k < 1+rng.Intn(3); k++ {
				d[rng.Intn(len(d))] = byte(rng.Intn(256))
			}
			l, err := Read(bytes.NewReader(d), "damaged."+string(f), f, "", memory.NewGoAllocator())
			if err != nil {
				errs++
				if !strings.Contains(err.Error(), "damaged."+string(f)) {
					t.Fatalf("error without the file name: %v", err)
				}
				continue
			}
			checkInvariant(t, l)
			l.Release()
		}
		t.Logf("%s: 1000 damaged files, %d refused with an error", f, errs)
	}
}
