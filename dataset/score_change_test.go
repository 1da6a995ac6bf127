package dataset

import (
	"bytes"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestScoreChangeRoundTrip checks that Score.Change survives every way a
// scorecard is stored: record, CSV, JSON, Parquet and Arrow IPC.
func TestScoreChangeRoundTrip(t *testing.T) {
	rows := []Score{
		{PlanID: "3098/QĐ-UBND", Code: "II.4.3", Area: AreaOrganisation, Metric: "civil_servant_headcount", Comparator: CmpGE, Target: 28,
			Unit: "staff", Change: ChangeDecrease, Entity: "Hà Tĩnh", Year: 2025, Actual: fptr(2980), Baseline: fptr(3000),
			Attainment: fptr(20.0 / 28), Status: StatusOffTrack, Weight: 1, Note: "giảm 20 so với 2024 (3.000 → 2.980), cần 28"},
		{Code: "x", Comparator: CmpGE, Target: 5, Unit: "percent", Change: ChangeIncrease, Entity: "Hà Tĩnh", Year: 2025,
			Status: StatusNoData, Weight: 1, Note: "thiếu số liệu năm 2024 để tính mức thay đổi"},
		{Code: "3.2", Comparator: CmpGE, Target: 80, Unit: "percent", Entity: "Hà Tĩnh", Year: 2025, Actual: fptr(91.3),
			Attainment: fptr(1), Met: true, Status: StatusMet, Weight: 1},
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := ScoresToRecord(mem, rows)
	defer rec.Release()
	got, err := ScoresFromRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, rows) {
		t.Fatalf("record round trip:\n got %+v\nwant %+v", got, rows)
	}
	dir := t.TempDir()
	for _, ext := range []string{".csv", ".json", ".parquet", ".arrow"} {
		t.Run(ext, func(t *testing.T) {
			path := filepath.Join(dir, "scores"+ext)
			if err := WriteFile(path, rec, WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			back, rejected, err := ReadScores(path)
			if err != nil || len(rejected) != 0 {
				t.Fatalf("read: %v, rejected %v", err, rejected)
			}
			for i := range rows {
				if back[i].Change != rows[i].Change {
					t.Errorf("row %d: change %q, want %q", i, back[i].Change, rows[i].Change)
				}
			}
		})
	}
}

// TestScoreChangeColumn reads the change column of scorecard CSV files:
// Vietnamese words are mapped to the ids, a file written before the column
// existed still loads (every Change empty), and a bad value rejects its row
// with the line and column named.
func TestScoreChangeColumn(t *testing.T) {
	const h = "code,entity,year,status"
	tests := []struct {
		name    string
		content string
		want    []string // Change of the rows read
		rejects []rej
	}{
		{"file without the column", h + "\nII.4.3,Hà Tĩnh,2025,off_track\n3.2,Hà Tĩnh,2025,met\n", []string{"", ""}, nil},
		{"ids", h + ",change\nII.4.3,Hà Tĩnh,2025,off_track,decrease\nx,Hà Tĩnh,2025,met,increase\n3.2,Hà Tĩnh,2025,met,\n",
			[]string{ChangeDecrease, ChangeIncrease, ""}, nil},
		{"Vietnamese header and words", h + ",Thay đổi\nII.4.3,Hà Tĩnh,2025,off_track,giảm\nx,Hà Tĩnh,2025,met,Tăng\n",
			[]string{ChangeDecrease, ChangeIncrease}, nil},
		{"bad value", h + ",change\nII.4.3,Hà Tĩnh,2025,off_track,down\n3.2,Hà Tĩnh,2025,met,\n",
			[]string{""}, []rej{{2, "change", `"down"`}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			l, err := Read(strings.NewReader(tc.content), "scores.csv", FormatCSV, KindScores, mem)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Release()
			if len(l.Rejected) != len(tc.rejects) {
				t.Fatalf("rejected %v, want %v", l.Rejected, tc.rejects)
			}
			for i, w := range tc.rejects {
				g := l.Rejected[i]
				if g.Line != w.line || g.Column != w.column || !strings.Contains(g.Reason, w.reason) {
					t.Errorf("rejected %+v, want line %d column %q reason containing %q", g, w.line, w.column, w.reason)
				}
			}
			if !l.Record.Schema().Equal(Schema(KindScores)) {
				t.Errorf("schema %v, want %v", l.Record.Schema(), Schema(KindScores))
			}
			rows, err := ScoresFromRecord(l.Record)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, r.Change)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("changes %q, want %q", got, tc.want)
			}
		})
	}
}

// TestScoresFromOldRecord reads a scores record built before the change
// column existed (as an older Parquet or Arrow file holds it).
func TestScoresFromOldRecord(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	full := ScoresToRecord(mem, []Score{{Code: "II.4.3", Entity: "Hà Tĩnh", Year: 2025, Status: StatusNoData, Weight: 1}})
	defer full.Release()
	var fields []arrow.Field
	var cols []arrow.Array
	for i, f := range full.Schema().Fields() {
		if f.Name == "change" {
			continue
		}
		fields = append(fields, f)
		cols = append(cols, full.Column(i))
	}
	md := full.Schema().Metadata()
	old := array.NewRecord(arrow.NewSchema(fields, &md), cols, full.NumRows())
	defer old.Release()
	rows, err := ScoresFromRecord(old)
	if err != nil || len(rows) != 1 || rows[0].Change != "" || rows[0].Code != "II.4.3" {
		t.Fatalf("ScoresFromRecord(old) = %+v, %v", rows, err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, FormatParquet, old, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	l, err := Read(bytes.NewReader(buf.Bytes()), "old.parquet", FormatParquet, KindScores, mem)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if l.Record.NumRows() != 1 || len(l.Rejected) != 0 || !l.Record.Schema().Equal(Schema(KindScores)) {
		t.Errorf("old Parquet file: %d rows, rejected %v, schema %v", l.Record.NumRows(), l.Rejected, l.Record.Schema())
	}
}
