package dataset

import (
	"bytes"
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
	if err := WriteFile(filepath.Join(dir, "x.xlsx"), rec, WriteOptions{}); err == nil {
		t.Error("no error for .xlsx")
	}
	if err := WriteFile(filepath.Join(dir, "no", "such", "dir.csv"), rec, WriteOptions{}); err == nil {
		t.Error("no error for a missing directory")
	}
}
