package dossier

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/dataset"
)

func sampleDossiers() []Dossier {
	t0 := time.Date(2025, 1, 31, 16, 59, 58, 0, time.UTC)
	return []Dossier{
		{ID: "H25.250131-1", Province: "Hà Tĩnh", Agency: "Sở Tư pháp tỉnh Hà Tĩnh", Level: dataset.LevelProvince,
			Procedure: "1.001234", ReceivedAt: t0, DueAt: t0.Add(72 * time.Hour), FinishedAt: t0.Add(30 * time.Hour),
			Channel: ChannelOnlineFull, FeeRequired: true, PaidOnline: true, Digitised: true, ResultDigitised: true,
			Rated: true, Rating: 5},
		// Decomposed text (NFD) comes back NFC; open; not rated.
		{ID: "H25.250201-2", Province: "Ha\u0300 Ti\u0303nh", Agency: "UBND xã Thạch Kênh, \"Thạch Hà\"", Level: dataset.LevelCommune,
			Procedure: "2.000488", ReceivedAt: t0.Add(24 * time.Hour), DueAt: t0.Add(48 * time.Hour),
			Channel: ChannelInPerson},
		// Faults are kept as they are: reading is not validation.
		{ID: "H25.250201-3", Province: "Hà Tĩnh", Agency: "UBND huyện Can Lộc, tỉnh Hà Tĩnh", Level: dataset.LevelDistrict,
			Procedure: "1.001234", ReceivedAt: t0, DueAt: t0.Add(-time.Hour), FinishedAt: t0.Add(-2 * time.Hour),
			Channel: "kiosk", FeeRequired: true, Rated: true, Rating: 9},
	}
}

func nfcDossiers(rows []Dossier) []Dossier {
	out := append([]Dossier(nil), rows...)
	for i := range out {
		out[i].Province = dossierNFC(out[i].Province)
		out[i].Agency = dossierNFC(out[i].Agency)
	}
	return out
}

func readDossierFile(t *testing.T, path string, opts ReadOptions, parts int) []Dossier {
	t.Helper()
	f, err := Open(path, opts)
	if err != nil {
		t.Fatal(err)
	}
	ps, err := f.Parts(parts)
	if err != nil {
		t.Fatal(err)
	}
	var rows []Dossier
	for _, p := range ps {
		for p.Next() {
			r, err := FromRecord(p.Record())
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, r...)
		}
		if err := p.Err(); err != nil {
			t.Fatal(err)
		}
		p.Release()
	}
	return rows
}

func TestDossierRoundTrip(t *testing.T) {
	dir := t.TempDir()
	want := nfcDossiers(sampleDossiers())
	meta := map[string]string{"synthetic": "true", "note": "a test, with a\nnew line"}
	for _, ext := range []string{".parquet", ".csv", ".arrow"} {
		t.Run(ext, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			path := filepath.Join(dir, "d"+ext)
			rec := ToRecord(mem, sampleDossiers())
			w, err := Create(path, meta)
			if err != nil {
				t.Fatal(err)
			}
			// Two writes: the same rows twice.
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
			if err := w.Write(rec); err != nil {
				t.Fatal(err)
			}
			rec.Release()
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			f, err := Open(path, ReadOptions{Mem: mem})
			if err != nil {
				t.Fatal(err)
			}
			if got := f.Metadata()["synthetic"]; got != "true" {
				t.Errorf("metadata synthetic = %q (all: %v)", got, f.Metadata())
			}
			got := readDossierFile(t, path, ReadOptions{Mem: mem, BatchSize: 2}, 2)
			if !reflect.DeepEqual(got, append(want, want...)) {
				t.Errorf("read back:\n%+v\nwant:\n%+v", got, append(want, want...))
			}
		})
	}
}

func TestDossierSchemaTypes(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.parquet")
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := ToRecord(mem, sampleDossiers())
	w, err := Create(path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	rec.Release()
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path, ReadOptions{Mem: mem, Columns: []string{ColRating, ColProvince, ColReceivedAt}})
	if err != nil {
		t.Fatal(err)
	}
	if f.NumRows() != 3 || f.Format() != FormatParquet {
		t.Errorf("rows %d format %s", f.NumRows(), f.Format())
	}
	ps, err := f.Parts(4)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 1 {
		t.Errorf("%d parts for one row group, want 1", len(ps))
	}
	p := ps[0]
	defer p.Release()
	if !p.Next() {
		t.Fatal(p.Err())
	}
	sc := p.Record().Schema()
	var got []string
	for _, fl := range sc.Fields() {
		got = append(got, fl.Name+":"+fl.Type.String())
	}
	// Parquet has no unit of seconds: times come back in milliseconds.
	want := []string{"province:dictionary<values=utf8, indices=int32, ordered=false>", "received_at:timestamp[ms, tz=UTC]", "rating:int8"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("projected schema %v, want %v", got, want)
	}
	if p.PositionKind() != "row" || p.Position(2) != 3 {
		t.Errorf("position %s %d", p.PositionKind(), p.Position(2))
	}
	if done, total := f.Progress(); done != 3 || total != 3 {
		t.Errorf("progress %d/%d", done, total)
	}
	if _, err := f.Parts(1); err == nil {
		t.Error("Parts twice: no error")
	}
}

func TestDossierCSVReading(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.csv")
	// Columns in another order, extra column, BOM, CRLF, comments, day-first
	// dates, spaces, Vietnamese booleans.
	text := "\ufeff# source: one-stop export\r\n" +
		"Rating,channel,province,agency,level,procedure_code,received_at,due_at,finished_at,fee_required,paid_online,digitised,result_digitised,dossier_id,note\r\n" +
		"4,online_partial,Hà Tĩnh,Sở Y tế,province,1.1,31/01/2025 16:59:58,03/02/2025,,có,không,x,0,A1,hello\r\n" +
		",in_person, Hà Tĩnh ,Sở Y tế,province,1.1,2025-01-31T16:59,2025-02-03 17:00:00,2025-02-01 08:00:00,false,false,true,true,A2,\r\n" +
		"5,online_full,Hà Tĩnh,Sở Y tế,province,1.1,2025-02-30 08:00:00,2025-03-01,,false,false,true,true,A3,\r\n" +
		"\"5\",postal,Hà Tĩnh,Sở Y tế,province,1.1,2025-02-03 08:00:00,2025-03-01,,maybe,false,true,true,A4,\r\n" +
		"300,postal,Hà Tĩnh,Sở Y tế,province,1.1,2025-02-03 08:00:00,2025-03-01,,true,false,true,true,A5,\r\n" +
		"5,postal\r\n" +
		"3,postal,Hà Tĩnh,Sở Y tế,province,1.1,2025-02-03 08:00:00+07:00,2025-03-01T01:00:00Z,,true,true,true,true,A6,\r\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	var rejected []string
	opts := ReadOptions{Mem: mem, OnReject: func(e *RowError) {
		rejected = append(rejected, strings.TrimPrefix(e.Error(), path))
	}}
	got := readDossierFile(t, path, opts, 2)
	wantRejected := []string{
		`:5: column "received_at": value "2025-02-30 08:00:00": no such day`,
		`:6: column "fee_required": value "maybe": not a boolean (want true/false, 1/0, có/không)`,
		`:7: column "rating": value "300": strconv.ParseInt: parsing "300": value out of range`,
		`:8: 2 fields, want 15`,
	}
	if !reflect.DeepEqual(rejected, wantRejected) {
		t.Errorf("rejected:\n%s\nwant:\n%s", strings.Join(rejected, "\n"), strings.Join(wantRejected, "\n"))
	}
	ts := func(s string) time.Time {
		v, err := time.Parse("2006-01-02 15:04:05", s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	want := []Dossier{
		{ID: "A1", Province: "Hà Tĩnh", Agency: "Sở Y tế", Level: "province", Procedure: "1.1",
			ReceivedAt: ts("2025-01-31 16:59:58"), DueAt: ts("2025-02-03 23:59:59"), Channel: "online_partial",
			FeeRequired: true, Digitised: true, Rated: true, Rating: 4},
		{ID: "A2", Province: "Hà Tĩnh", Agency: "Sở Y tế", Level: "province", Procedure: "1.1",
			ReceivedAt: ts("2025-01-31 16:59:00"), DueAt: ts("2025-02-03 17:00:00"), FinishedAt: ts("2025-02-01 08:00:00"),
			Channel: "in_person", Digitised: true, ResultDigitised: true},
		{ID: "A6", Province: "Hà Tĩnh", Agency: "Sở Y tế", Level: "province", Procedure: "1.1",
			ReceivedAt: ts("2025-02-03 08:00:00"), DueAt: ts("2025-03-01 08:00:00"), Channel: "postal",
			FeeRequired: true, PaidOnline: true, Digitised: true, ResultDigitised: true, Rated: true, Rating: 3},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n%+v\nwant:\n%+v", got, want)
	}
	f, err := Open(path, ReadOptions{Mem: mem})
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata()["source"] != "one-stop export" || f.NumRows() != -1 {
		t.Errorf("metadata %v rows %d", f.Metadata(), f.NumRows())
	}
	// Without OnReject the first bad row stops reading with its position.
	ps, err := f.Parts(1)
	if err != nil {
		t.Fatal(err)
	}
	defer ps[0].Release()
	for ps[0].Next() {
	}
	var re *RowError
	if err := ps[0].Err(); !errors.As(err, &re) || re.Line != 5 || re.Column != ColReceivedAt {
		t.Errorf("err = %v, want a RowError at line 5, received_at", err)
	}
}

func TestDossierOpenErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		path string
		cols []string
		msg  string
	}{
		{filepath.Join(dir, "d.xlsx"), nil, `unknown dossier file extension ".xlsx"`},
		{filepath.Join(dir, "none.parquet"), nil, "no such file"},
		{write("bad.parquet", "not parquet"), nil, "bad.parquet"},
		{write("bad.arrow", "not arrow at all"), nil, "not an Arrow IPC file or stream"},
		{write("d.csv", "a,b\n"), []string{"color"}, `unknown dossier column "color"`},
	}
	for _, c := range cases {
		_, err := Open(c.path, ReadOptions{Columns: c.cols})
		if err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: err = %v, want %q", c.path, err, c.msg)
		}
	}
	// A CSV without a needed column fails when the part opens.
	f, err := Open(write("cols.csv", "dossier_id,province\nA,B\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Parts(1); err == nil || !strings.Contains(err.Error(), `cols.csv:1: missing dossier column "agency"`) {
		t.Errorf("err = %v", err)
	}
	f, err = Open(write("dup.csv", "province,Province\n"), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Parts(1); err == nil || !strings.Contains(err.Error(), "appears twice") {
		t.Errorf("err = %v", err)
	}
	f, err = Open(write("empty.csv", ""), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Parts(1); err == nil || !strings.Contains(err.Error(), "no header") {
		t.Errorf("err = %v", err)
	}
}

func TestParseTime(t *testing.T) {
	cases := []struct {
		in    string
		eod   bool
		want  string
		error string
	}{
		{"2025-03-14 08:31:00", false, "2025-03-14 08:31:00", ""},
		{"2025-03-14T08:31:05", false, "2025-03-14 08:31:05", ""},
		{"2025-03-14 08:31", false, "2025-03-14 08:31:00", ""},
		{"2025-03-14", false, "2025-03-14 00:00:00", ""},
		{"2025-03-14", true, "2025-03-14 23:59:59", ""},
		{"14/03/2025 08:31:00", false, "2025-03-14 08:31:00", ""},
		{"4/3/2025", true, "2025-03-04 23:59:59", ""},
		{"2025-03-14T01:31:00Z", false, "2025-03-14 08:31:00", ""},
		{"2025-03-14T08:31:00+07:00", false, "2025-03-14 08:31:00", ""},
		{"2024-02-29", false, "2024-02-29 00:00:00", ""},
		{"2025-02-29", false, "", "no such day"},
		{"2025-03-14 25:00:00", false, "", "out of range"},
		{"14.03.2025", false, "", "not a date"},
		{"2025-03-14x", false, "", "unexpected"},
		{"", false, "", "not a date"},
		{"2025-03-14 8h", false, "", "not a time"},
	}
	for _, c := range cases {
		got, err := ParseTime(c.in, c.eod)
		if c.error != "" {
			if err == nil || !strings.Contains(err.Error(), c.error) {
				t.Errorf("%q: err = %v, want %q", c.in, err, c.error)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if s := FromWallSeconds(got).Format("2006-01-02 15:04:05"); s != c.want {
			t.Errorf("%q = %s, want %s", c.in, s, c.want)
		}
	}
}

func TestDossierUnitToSeconds(t *testing.T) {
	cases := []struct {
		v    int64
		u    arrow.TimeUnit
		want int64
	}{
		{1500, arrow.Millisecond, 1}, {-1500, arrow.Millisecond, -2}, {-1, arrow.Nanosecond, -1},
		{7, arrow.Second, 7}, {2_000_000, arrow.Microsecond, 2},
	}
	for _, c := range cases {
		if got := UnitToSeconds(c.v, c.u); got != c.want {
			t.Errorf("%d %v = %d, want %d", c.v, c.u, got, c.want)
		}
	}
}

// ExampleOpen reads a dossier file in two parts, as two
// goroutines would.
func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "dossiers")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "d.parquet")
	rec := ToRecord(memory.DefaultAllocator, sampleDossiers())
	w, _ := Create(path, map[string]string{"synthetic": "true"})
	_ = w.Write(rec)
	rec.Release()
	_ = w.Close()

	f, err := Open(path, ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	parts, _ := f.Parts(2)
	for _, p := range parts {
		for p.Next() {
			rows, _ := FromRecord(p.Record())
			fmt.Println(p.Record().NumRows(), "rows; channel of the first:", rows[0].Channel)
		}
		p.Release()
	}
	fmt.Println(f.Metadata()["synthetic"])
	// Output:
	// 3 rows; channel of the first: online_full
	// true
}

func TestDossierEmptyFiles(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{".parquet", ".csv", ".arrow"} {
		path := filepath.Join(dir, "empty"+ext)
		w, err := Create(path, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := w.Close(); err != nil {
			t.Fatalf("%s: %v", ext, err)
		}
		mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
		if got := readDossierFile(t, path, ReadOptions{Mem: mem}, 2); len(got) != 0 {
			t.Errorf("%s: %d rows", ext, len(got))
		}
		mem.AssertSize(t, 0)
	}
}

func TestDossierZoneOffset(t *testing.T) {
	at := time.Date(2025, 6, 1, 0, 0, 0, 0, time.UTC).Unix()
	for _, c := range []struct {
		tz   string
		want int64
		err  bool
	}{
		{"", 0, false}, {"UTC", 0, false}, {"Asia/Ho_Chi_Minh", 7 * 3600, false}, {"+07:00", 7 * 3600, false},
		{"-05:30", -(5*3600 + 1800), false}, {"Mars/Olympus", 0, true},
	} {
		got, err := ZoneOffset(c.tz, at)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("%q = %d, %v; want %d, error %v", c.tz, got, err, c.want, c.err)
		}
	}
}

func TestDosLastRecordEnd(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"", 0}, {"a,b", 0}, {"a,b\n", 4}, {"a,b\nc", 4}, {"a,\"x\ny\"\nb", 8},
		{"a,\"x\ny", 0}, {"a,\"\"\"\"\nb,\"\n", 7}, {"\n\n", 2},
	} {
		if got := dosLastRecordEnd([]byte(c.in)); got != c.want {
			t.Errorf("%q = %d, want %d", c.in, got, c.want)
		}
	}
}

// TestDossierCSVChunks reads a CSV in tiny chunks with two parts: quoted
// newlines, commas and quotes never split a record, and every row keeps
// its line.
func TestDossierCSVChunks(t *testing.T) {
	var b strings.Builder
	b.WriteString("# comment\n" + strings.Join(Columns(), ",") + "\n")
	line := 2
	wantLine := map[string]int{}
	wantAgency := map[string]string{}
	for i := 0; i < 300; i++ {
		line++
		id := fmt.Sprintf("D%03d", i)
		agency := "Sở Tư pháp"
		field := agency
		if i%7 == 0 {
			agency = fmt.Sprintf("UBND xã \"số %d\",\nhuyện Can Lộc", i)
			field = `"` + strings.ReplaceAll(agency, `"`, `""`) + `"`
		}
		wantLine[id] = line
		wantAgency[id] = agency
		fmt.Fprintf(&b, "%s,Hà Tĩnh,%s,commune,1.1,2025-01-02 08:00:00,2025-01-05,,in_person,true,false,true,false,%d\n", id, field, i%6)
		line += strings.Count(field, "\n")
		if i == 150 {
			b.WriteString("\n") // blank line
			line++
		}
	}
	path := filepath.Join(t.TempDir(), "chunks.csv")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	f, err := Open(path, ReadOptions{Mem: mem, BatchSize: 17})
	if err != nil {
		t.Fatal(err)
	}
	f.csvChunk = 100
	parts, err := f.Parts(2)
	if err != nil {
		t.Fatal(err)
	}
	if len(parts) != 2 {
		t.Fatalf("%d parts", len(parts))
	}
	seen := 0
	for _, p := range parts {
		for p.Next() {
			rows, err := FromRecord(p.Record())
			if err != nil {
				t.Fatal(err)
			}
			for i, d := range rows {
				seen++
				if got := p.Position(i); got != int64(wantLine[d.ID]) {
					t.Errorf("%s at line %d, want %d", d.ID, got, wantLine[d.ID])
				}
				if d.Agency != wantAgency[d.ID] {
					t.Errorf("%s: agency %q, want %q", d.ID, d.Agency, wantAgency[d.ID])
				}
			}
		}
		if err := p.Err(); err != nil {
			t.Fatal(err)
		}
		p.Release()
	}
	if seen != 300 {
		t.Errorf("%d rows, want 300", seen)
	}
}
