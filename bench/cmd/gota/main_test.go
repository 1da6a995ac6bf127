package main

import (
	"bufio"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/bench/internal/counts"
)

func TestSplitter(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		recs  []string
		lines []int
	}{
		{"plain", "a,b\n1,2\n", []string{"a,b\n", "1,2\n"}, []int{1, 2}},
		{"no final line end", "a,b\n1,2", []string{"a,b\n", "1,2\n"}, []int{1, 2}},
		{"crlf", "a,b\r\n1,2\r\n", []string{"a,b\r\n", "1,2\r\n"}, []int{1, 2}},
		{"blank lines skipped", "a,b\n\n\r\n1,2\n\n", []string{"a,b\n", "1,2\n"}, []int{1, 4}},
		{"quoted line end", "a,b\n\"x\ny\",2\n3,4\n", []string{"a,b\n", "\"x\ny\",2\n", "3,4\n"}, []int{1, 2, 4}},
		{"doubled quotes", "a,b\n\"say \"\"hi\"\"\",2\n", []string{"a,b\n", "\"say \"\"hi\"\"\",2\n"}, []int{1, 2}},
		{"empty", "", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp := &splitter{r: bufio.NewReader(strings.NewReader(tt.in)), line: 1}
			var recs []string
			var lines []int
			for {
				rec, line, err := sp.record()
				if err != nil {
					t.Fatal(err)
				}
				if rec == nil {
					break
				}
				recs = append(recs, string(rec))
				lines = append(lines, line)
			}
			if !reflect.DeepEqual(recs, tt.recs) || !reflect.DeepEqual(lines, tt.lines) {
				t.Errorf("got %q at %v, want %q at %v", recs, lines, tt.recs, tt.lines)
			}
		})
	}
}

const header = "# synthetic: true\n# cchc.note: SYNTHETIC test rows\n" +
	"dossier_id,province,agency,level,procedure_code,received_at,due_at,finished_at,channel,fee_required,paid_online,digitised,result_digitised,rating\n"

// rows are hand-made dossiers: the good ones, then one per bad reason.
var rows = []string{
	// Hà Tĩnh commune 2025-03: four good rows.
	`1,Hà Tĩnh,"UBND xã A, huyện B",commune,p,2025-03-01 08:00:00,2025-03-10 08:00:00,2025-03-05 08:00:00,online_full,true,true,true,true,5`,
	`2,Hà Tĩnh,"UBND xã A, huyện B",commune,p,2025-03-02 08:00:00,2025-03-04 08:00:00,2025-03-06 08:00:00,online_partial,true,false,false,true,3`,
	`3,Hà Tĩnh,"UBND xã A, huyện B",commune,p,2025-03-03 08:00:00,2025-12-01 08:00:00,,in_person,false,true,,false,`,
	`4,Hà Tĩnh,"UBND xã C, huyện B",commune,p,2025-03-31 23:59:59,2026-02-01 08:00:00,2026-01-05 08:00:00,postal,,,true,,4`,
	// Hà Tĩnh province 2025-12: received on the as-of second, open.
	`5,Hà Tĩnh,Sở Tư pháp,province,p,2025-12-31 23:59:59,2026-01-02 08:00:00,,online_full,true,true,true,true,`,
	// Bad: finished before received, due before received, unknown channel,
	// rating out of range, missing level, missing received_at.
	`6,Hà Tĩnh,Sở Tư pháp,province,p,2025-05-02 08:00:00,2025-05-09 08:00:00,2025-05-01 08:00:00,online_full,true,true,true,true,5`,
	`7,Hà Tĩnh,Sở Tư pháp,province,p,2025-05-02 08:00:00,2025-05-01 08:00:00,,online_full,true,true,true,true,5`,
	`8,Hà Tĩnh,Sở Tư pháp,province,p,2025-05-02 08:00:00,2025-05-09 08:00:00,,kiosk,true,true,true,true,5`,
	`9,Hà Tĩnh,Sở Tư pháp,province,p,2025-05-02 08:00:00,2025-05-09 08:00:00,,online_full,true,true,true,true,6`,
	`10,Hà Tĩnh,Sở Tư pháp,,p,2025-05-02 08:00:00,2025-05-09 08:00:00,,online_full,true,true,true,true,5`,
	`11,Hà Tĩnh,Sở Tư pháp,province,p,,2025-05-09 08:00:00,,online_full,true,true,true,true,5`,
}

func writeFile(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRunCounts(t *testing.T) {
	in := writeFile(t, "d.csv", header+strings.Join(rows, "\n")+"\n")
	// Counts in counts.Header order: received, online_full, online_any,
	// finished, on_time, fee_required, paid_online, digitised,
	// result_digitised, rated, satisfied, open_as_of, overdue_as_of.
	plm := []counts.Row{
		{Key: counts.Key{Province: "Hà Tĩnh", Level: "commune", Year: 2025, Month: 3},
			Counts: [counts.NumCounts]int64{4, 1, 2, 3, 2, 2, 1, 2, 2, 3, 2, 2, 1}},
		{Key: counts.Key{Province: "Hà Tĩnh", Level: "province", Year: 2025, Month: 12},
			Counts: [counts.NumCounts]int64{1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0}},
	}
	palm := []counts.Row{
		{Key: counts.Key{Province: "Hà Tĩnh", Agency: "Sở Tư pháp", Level: "province", Year: 2025, Month: 12},
			Counts: [counts.NumCounts]int64{1, 1, 1, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0}},
		{Key: counts.Key{Province: "Hà Tĩnh", Agency: "UBND xã A, huyện B", Level: "commune", Year: 2025, Month: 3},
			Counts: [counts.NumCounts]int64{3, 1, 2, 2, 1, 2, 1, 1, 2, 2, 1, 1, 1}},
		{Key: counts.Key{Province: "Hà Tĩnh", Agency: "UBND xã C, huyện B", Level: "commune", Year: 2025, Month: 3},
			Counts: [counts.NumCounts]int64{1, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0}},
	}
	for _, q := range []struct {
		name string
		want []counts.Row
	}{{"plm", plm}, {"palm", palm}} {
		for _, chunk := range []int{0, 1, 2, 1000} {
			out := filepath.Join(t.TempDir(), "out.csv")
			if err := run(q.name, in, out, chunk, io.Discard); err != nil {
				t.Fatalf("%s, chunk %d: %v", q.name, chunk, err)
			}
			got, err := counts.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			counts.Sort(got)
			if diffs := counts.Compare(q.want, got); len(diffs) > 0 {
				t.Errorf("%s, chunk %d: %s", q.name, chunk, strings.Join(diffs, "; "))
			}
		}
	}
}

func TestRunErrors(t *testing.T) {
	good := rows[0]
	tests := []struct {
		name, file, text, want string
	}{
		{"parquet", "d.parquet", "PAR1", "reads CSV only"},
		{"no header", "d.csv", "# only a comment\n", ":2: no header line"},
		{"missing column", "d.csv", "# c\nprovince,level\nA,commune\n", `:2: header: missing column "agency"`},
		{"bad time", "d.csv", header + good + "\n" + strings.Replace(good, "2025-03-01 08:00:00", "01.03.2025", 1) + "\n",
			`:5: column "received_at": "01.03.2025"`},
		{"bad rating", "d.csv", header + strings.TrimSuffix(good, "5") + "x\n", `:4: column "rating": "x"`},
		{"bad boolean", "d.csv", header + strings.Replace(good, "true", "maybe", 1) + "\n", `:4: column "fee_required": "maybe"`},
		{"field count", "d.csv", header + good + "\n" + good + ",extra\n", "line 5"},
		{"underscore key", "d.csv", header + strings.Replace(good, "Hà Tĩnh", "Hà_Tĩnh", 1) + "\n", "contains '_'"},
	}
	for _, tt := range tests {
		for _, chunk := range []int{0, 1} {
			in := writeFile(t, tt.file, tt.text)
			err := run("palm", in, filepath.Join(t.TempDir(), "out.csv"), chunk, io.Discard)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%s, chunk %d: got %v, want an error containing %q", tt.name, chunk, err, tt.want)
			}
		}
	}
}

func TestRunEmpty(t *testing.T) {
	for _, text := range []string{header, header + strings.Join(rows[5:], "\n")} {
		for _, chunk := range []int{0, 1} {
			in := writeFile(t, "d.csv", text)
			out := filepath.Join(t.TempDir(), "out.csv")
			if err := run("plm", in, out, chunk, io.Discard); err != nil {
				t.Fatal(err)
			}
			got, err := counts.ReadFile(out)
			if err != nil || len(got) != 0 {
				t.Errorf("chunk %d: got %v, %v; want a header-only file", chunk, got, err)
			}
		}
	}
}
