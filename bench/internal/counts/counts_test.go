package counts

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func row(p, a, l string, y, m int, c ...int64) Row {
	r := Row{Key: Key{Province: p, Agency: a, Level: l, Year: y, Month: m}}
	copy(r.Counts[:], c)
	return r
}

func TestWriteReadRoundTrip(t *testing.T) {
	rows := []Row{
		row("Hà Tĩnh", "UBND xã số 01, huyện số 02, tỉnh Hà Tĩnh", "commune", 2025, 1, 10, 5, 6, 9, 8, 4, 3, 7, 6, 2, 2, 1, 0),
		row("Huế", "", "province", 2025, 12, 1),
	}
	path := filepath.Join(t.TempDir(), "c.csv")
	if err := WriteFile(path, rows); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := Compare(rows, got); len(d) != 0 {
		t.Fatalf("round trip differs: %v", d)
	}
}

func TestReadFile(t *testing.T) {
	head := strings.Join(Header, ",") + "\n"
	tests := []struct {
		name, text string
		wantRows   int
		wantErr    string
	}{
		{"floats with zero fraction", head + "A,,province,2025.0,1,1.0,0,0,0,0,0,0,0,0,0,0,0,0\n", 1, ""},
		{"columns in another order", "level,agency,province,year,month,received,online_full,online_any,finished,on_time,fee_required,paid_online,digitised,result_digitised,rated,satisfied,open_as_of,overdue_as_of\nprovince,,A,2025,1,1,0,0,0,0,0,0,0,0,0,0,0,0\n", 1, ""},
		{"fraction", head + "A,,province,2025,1,1.5,0,0,0,0,0,0,0,0,0,0,0,0\n", 0, `:2: column "received": "1.5" is not a whole number`},
		{"missing column", "province,level\nA,province\n", 0, `missing column "agency"`},
		{"empty file", "", 0, "header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "c.csv")
			if err := os.WriteFile(path, []byte(tt.text), 0o644); err != nil {
				t.Fatal(err)
			}
			rows, err := ReadFile(path)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(rows) != tt.wantRows {
				t.Fatalf("%d rows, want %d", len(rows), tt.wantRows)
			}
		})
	}
}

func TestCompare(t *testing.T) {
	a := row("A", "", "province", 2025, 1, 10, 5)
	b := row("A", "", "commune", 2025, 1, 3)
	changed := a
	changed.Counts[1] = 4
	tests := []struct {
		name       string
		ours, peer []Row
		want       []string
	}{
		{"equal in another order", []Row{a, b}, []Row{b, a}, nil},
		{"a count differs", []Row{a}, []Row{changed}, []string{"online_full ours 5 peer 4"}},
		{"missing from peer", []Row{a, b}, []Row{a}, []string{"missing from peer"}},
		{"only in peer", []Row{a}, []Row{a, b}, []string{"only in peer"}},
		{"duplicate key", []Row{a}, []Row{a, a}, []string{"twice in peer"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Compare(tt.ours, tt.peer)
			if len(got) != len(tt.want) {
				t.Fatalf("got %q, want %d differences", got, len(tt.want))
			}
			for i, w := range tt.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("difference %d = %q, want it to contain %q", i, got[i], w)
				}
			}
		})
	}
}

// TestNationalRoundTrip writes counts of query nat and reads them back
// under their own header.
func TestNationalRoundTrip(t *testing.T) {
	rows := []Row{
		{Key: Key{Agency: "UBND xã số 017, tỉnh Hà Tĩnh", Year: 2025, Month: 7}, Counts: [NumCounts]int64{10, 8, 6, 8, 9, 7, 5, 4, 10}},
		{Key: Key{Agency: "", Year: 2025, Month: 12}, Counts: [NumCounts]int64{1, 0, 0, 0, 1, 1, 0, 0, 1}},
	}
	p := filepath.Join(t.TempDir(), "nat.csv")
	if err := WriteFileQuery(p, "nat", rows); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if first := strings.SplitN(string(b), "\n", 2)[0]; first != strings.Join(NationalHeader, ",") {
		t.Fatalf("header %q", first)
	}
	got, err := ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, rows) {
		t.Errorf("read back %+v, want %+v", got, rows)
	}
}
