package dossier

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet/file"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"
	"github.com/apache/arrow/go/v15/parquet/schema"
)

// TestParquetLocalTimes writes a dossier received at 14:03 Viet Nam time
// and checks, in the file's own Parquet metadata, that the times are
// stored as local timestamps (isAdjustedToUTC = false, milliseconds) with
// 14:03 as their value, and that they read back as 14:03.
func TestParquetLocalTimes(t *testing.T) {
	recv := time.Date(2025, 7, 1, 14, 3, 27, 0, time.UTC)
	d := Dossier{ID: "T1", Province: "Hà Tĩnh", Agency: "Sở Tư pháp", Level: "province", Procedure: "1.1",
		ReceivedAt: recv, DueAt: recv.Add(48 * time.Hour), FinishedAt: recv.Add(10 * time.Hour), Channel: ChannelOnlineFull}
	path := filepath.Join(t.TempDir(), "t.parquet")
	w, err := Create(path, map[string]string{"synthetic": "true"})
	if err != nil {
		t.Fatal(err)
	}
	rec := ToRecord(memory.NewGoAllocator(), []Dossier{d, {ID: "T2", Province: "Hà Tĩnh", Agency: "A", Level: "commune", Procedure: "1.2",
		ReceivedAt: recv, DueAt: recv, Channel: ChannelInPerson}})
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	rec.Release()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}

	r, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	sc := r.MetaData().Schema
	for _, name := range []string{ColReceivedAt, ColDueAt, ColFinishedAt} {
		col := sc.Column(sc.ColumnIndexByName(name))
		ts, ok := col.LogicalType().(*schema.TimestampLogicalType)
		if !ok || ts.IsAdjustedToUTC() || ts.TimeUnit() != schema.TimeUnitMillis {
			t.Errorf("%s: logical type %v, want TIMESTAMP(isAdjustedToUTC=false, MILLIS)", name, col.LogicalType())
		}
	}
	// The raw value of received_at is 14:03:27 as milliseconds since the epoch of wall-clock time.
	rg := r.RowGroup(0)
	cr, err := rg.Column(sc.ColumnIndexByName(ColReceivedAt))
	if err != nil {
		t.Fatal(err)
	}
	vals := make([]int64, 2)
	_, n, err := cr.(*file.Int64ColumnChunkReader).ReadBatch(2, vals, nil, nil)
	if err != nil || n != 2 || vals[0] != recv.UnixMilli() {
		t.Errorf("raw received_at %v (%d values, %v), want %d", vals, n, err, recv.UnixMilli())
	}

	f, err := Open(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	parts, err := f.Parts(1)
	if err != nil {
		t.Fatal(err)
	}
	var got []Dossier
	for _, p := range parts {
		for p.Next() {
			ds, err := FromRecord(p.Record())
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, ds...)
		}
		p.Release()
	}
	if len(got) != 2 || !got[0].ReceivedAt.Equal(recv) || !got[0].FinishedAt.Equal(recv.Add(10*time.Hour)) || !got[1].Open() {
		t.Errorf("read back %+v", got)
	}
}

// TestParquetOldUTCMarkedTimes reads a file as cchc wrote them before
// (pqarrow's default: wall-clock values marked as adjusted to UTC): the
// times still read as the wall-clock times they hold.
func TestParquetOldUTCMarkedTimes(t *testing.T) {
	recv := time.Date(2025, 7, 1, 14, 3, 27, 0, time.UTC)
	path := filepath.Join(t.TempDir(), "old.parquet")
	fh, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	fw, err := pqarrow.NewFileWriter(Schema(), fh, nil, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err != nil {
		t.Fatal(err)
	}
	rec := ToRecord(memory.NewGoAllocator(), []Dossier{{ID: "O1", Province: "Hà Tĩnh", Agency: "A", Level: "province", Procedure: "1",
		ReceivedAt: recv, DueAt: recv.Add(time.Hour), FinishedAt: recv.Add(30 * time.Minute), Channel: ChannelPostal}})
	if err := fw.Write(rec); err != nil {
		t.Fatal(err)
	}
	rec.Release()
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	fh.Close()
	r, err := file.OpenParquetFile(path, false)
	if err != nil {
		t.Fatal(err)
	}
	sc := r.MetaData().Schema
	if ts := sc.Column(sc.ColumnIndexByName(ColReceivedAt)).LogicalType().(*schema.TimestampLogicalType); !ts.IsAdjustedToUTC() {
		t.Fatal("the old writer's file is not marked as UTC; this test no longer reproduces old files")
	}
	r.Close()
	f, err := Open(path, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := f.Parts(1)
	for _, p := range parts {
		for p.Next() {
			ds, err := FromRecord(p.Record())
			if err != nil || len(ds) != 1 || !ds[0].ReceivedAt.Equal(recv) || !ds[0].FinishedAt.Equal(recv.Add(30*time.Minute)) {
				t.Errorf("old file read as %+v, %v", ds, err)
			}
		}
		p.Release()
	}
}
