package dossier

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/ipc"
	"github.com/apache/arrow/go/v15/arrow/memory"
	parquetgo "github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/format"
)

// writeLocalTimeDossiers writes two dossiers received at 14:03:27 Viet Nam
// time (one finished at 00:03:27 the next day, one open) to path, in the
// format its extension names.
func writeLocalTimeDossiers(t *testing.T, path string) time.Time {
	t.Helper()
	recv := time.Date(2025, 7, 1, 14, 3, 27, 0, time.UTC)
	ds := []Dossier{
		{ID: "T1", Province: "Hà Tĩnh", Agency: "Sở Tư pháp", Level: "province", Procedure: "1.1",
			ReceivedAt: recv, DueAt: recv.Add(48 * time.Hour), FinishedAt: recv.Add(10 * time.Hour), Channel: ChannelOnlineFull},
		{ID: "T2", Province: "Hà Tĩnh", Agency: "A", Level: "commune", Procedure: "1.2",
			ReceivedAt: recv, DueAt: recv, Channel: ChannelInPerson},
	}
	w, err := Create(path, map[string]string{"synthetic": "true"})
	if err != nil {
		t.Fatal(err)
	}
	rec := ToRecord(memory.NewGoAllocator(), ds)
	defer rec.Release()
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return recv
}

// TestParquetLocalTimesIndependentReader reads a dossier file cchc wrote
// with a Parquet implementation of its own (parquet-go, not the Apache
// Arrow library cchc writes with): the time columns are TIMESTAMP with
// isAdjustedToUTC = false in milliseconds, and hold the wall-clock times
// (14:03:27 stays 14:03:27; the finish at 00:03:27 stays on the next day).
func TestParquetLocalTimesIndependentReader(t *testing.T) {
	path := filepath.Join(t.TempDir(), "local.parquet")
	recv := writeLocalTimeDossiers(t, path)
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	st, err := fh.Stat()
	if err != nil {
		t.Fatal(err)
	}
	pf, err := parquetgo.OpenFile(fh, st.Size())
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]int64{
		ColReceivedAt: {recv.UnixMilli(), recv.UnixMilli()},
		ColDueAt:      {recv.Add(48 * time.Hour).UnixMilli(), recv.UnixMilli()},
		ColFinishedAt: {recv.Add(10 * time.Hour).UnixMilli()}, // the open dossier's is null
	}
	for name, values := range want {
		col := pf.Root().Column(name)
		if col == nil {
			t.Fatalf("no column %q in the file", name)
		}
		lt := col.Type().LogicalType()
		var ts *format.TimestampType
		if lt != nil {
			ts, _ = lt.Value.(*format.TimestampType)
		}
		if ts == nil || ts.IsAdjustedToUTC {
			t.Errorf("%s: logical type %v, want TIMESTAMP(isAdjustedToUTC=false, MILLIS)", name, lt)
			continue
		}
		if _, ms := ts.Unit.Value.(*format.MilliSeconds); !ms {
			t.Errorf("%s: logical type %v, want milliseconds", name, lt)
		}
		var got []int64
		for _, rg := range pf.RowGroups() {
			pages := rg.ColumnChunks()[col.Index()].Pages()
			for {
				p, err := pages.ReadPage()
				if err != nil {
					break
				}
				vals := make([]parquetgo.Value, p.NumValues())
				n, _ := p.Values().ReadValues(vals)
				for _, v := range vals[:n] {
					if !v.IsNull() {
						got = append(got, v.Int64())
					}
				}
			}
			pages.Close()
		}
		if len(got) != len(values) {
			t.Errorf("%s: %d values %v, want %v", name, len(got), got, values)
			continue
		}
		for i := range values {
			if got[i] != values[i] {
				t.Errorf("%s[%d] = %s, want %s (wall-clock time, no zone)", name, i,
					time.UnixMilli(got[i]).UTC(), time.UnixMilli(values[i]).UTC())
			}
		}
	}
}

// TestArrowLocalTimes checks that the Arrow IPC dossier file stores its
// times as timestamps without a time zone whose values are the wall-clock
// times.
func TestArrowLocalTimes(t *testing.T) {
	path := filepath.Join(t.TempDir(), "local.arrow")
	recv := writeLocalTimeDossiers(t, path)
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	r, err := ipc.NewFileReader(fh)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	sc := r.Schema()
	for _, name := range []string{ColReceivedAt, ColDueAt, ColFinishedAt} {
		idx := sc.FieldIndices(name)
		if len(idx) != 1 {
			t.Fatalf("no column %q", name)
		}
		ts, ok := sc.Field(idx[0]).Type.(*arrow.TimestampType)
		if !ok || ts.TimeZone != "" {
			t.Errorf("%s: type %v, want a timestamp without a time zone", name, sc.Field(idx[0]).Type)
		}
	}
	rec, err := r.Record(0)
	if err != nil {
		t.Fatal(err)
	}
	col := rec.Column(sc.FieldIndices(ColReceivedAt)[0])
	ts := col.(interface{ Value(int) arrow.Timestamp }).Value(0)
	unit := sc.Field(sc.FieldIndices(ColReceivedAt)[0]).Type.(*arrow.TimestampType).Unit
	if got := ts.ToTime(unit); !got.Equal(recv) {
		t.Errorf("received_at reads as %s, want %s", got, recv)
	}
}
