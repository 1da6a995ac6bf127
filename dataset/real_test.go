package dataset

import (
	"bytes"
	"encoding/csv"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/vntext"
)

const pciPath = "../testdata/real/pci_2005_2019.csv"

// TestRealPCI loads the real PCI series as a first user would.
func TestRealPCI(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	l, err := ReadFile(pciPath, "", mem)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if l.Kind != KindIndexValues {
		t.Errorf("kind %q, want index_values", l.Kind)
	}
	if l.RowsRead != 927 || l.Record.NumRows() != 927 || len(l.Rejected) != 0 {
		t.Fatalf("rows read %d, in record %d, rejected %d (%v); want 927, 927, 0", l.RowsRead, l.Record.NumRows(), len(l.Rejected), l.Rejected)
	}
	rows, err := IndexValuesFromRecord(l.Record)
	if err != nil {
		t.Fatal(err)
	}
	provinces2019 := map[string]bool{}
	found := false
	for _, r := range rows {
		if r.Year == 2019 {
			provinces2019[r.Province] = true
		}
		if r.Province == "Hà Tĩnh" && r.Year == 2011 {
			found = true
			if r.Value != 65.97 || r.Rank == nil || *r.Rank != 7 {
				t.Errorf("Hà Tĩnh 2011 = %v rank %v, want 65.97 rank 7", r.Value, r.Rank)
			}
		}
	}
	if !found {
		t.Error("no row for Hà Tĩnh 2011")
	}
	if len(provinces2019) != 63 {
		t.Errorf("%d provinces in 2019, want 63", len(provinces2019))
	}
	for _, p := range []string{"Hà Tĩnh", "Bà Rịa - Vũng Tàu", "Thừa Thiên Huế", "Thành phố Hồ Chí Minh", "Đắk Lắk"} {
		if !provinces2019[p] {
			t.Errorf("canonical province %q missing in 2019", p)
		}
	}
}

// TestRealNewsValues loads every row of the news values, keeping rows
// where two sources disagree.
func TestRealNewsValues(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	l, err := ReadFile("../testdata/real/news_values.csv", "", mem)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	if l.RowsRead != 270 || l.Record.NumRows() != 270 || len(l.Rejected) != 0 {
		t.Fatalf("rows read %d, in record %d, rejected %v; want 270 rows, none rejected", l.RowsRead, l.Record.NumRows(), l.Rejected)
	}
	rows, err := IndexValuesFromRecord(l.Record)
	if err != nil {
		t.Fatal(err)
	}
	rankOnly, dup := 0, 0
	seen := map[string]int{}
	for _, r := range rows {
		if math.IsNaN(r.Value) {
			rankOnly++
		}
		k := r.Index + "|" + r.Province + "|" + string(rune(r.Year))
		seen[k]++
		if seen[k] == 2 {
			dup++
		}
	}
	if rankOnly == 0 || dup == 0 {
		t.Errorf("rank-only rows %d, repeated index/province/year %d: both should be > 0", rankOnly, dup)
	}
}

// TestRoundTripFormats reads the PCI CSV, writes and reads it back in
// every format, and checks the CSV written at the end equals the first.
func TestRoundTripFormats(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, path := range []string{pciPath, "../testdata/real/news_values.csv"} {
		l, err := ReadFile(path, "", mem)
		if err != nil {
			t.Fatal(err)
		}
		var first bytes.Buffer
		if err := Write(&first, FormatCSV, l.Record, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, f := range []Format{FormatParquet, FormatArrow, FormatJSON, FormatCSV} {
			var buf bytes.Buffer
			if err := Write(&buf, f, l.Record, WriteOptions{BOM: f == FormatCSV}); err != nil {
				t.Fatalf("%s: write %s: %v", path, f, err)
			}
			back, err := Read(&buf, "x."+string(f), f, "", mem)
			if err != nil {
				t.Fatalf("%s: read %s: %v", path, f, err)
			}
			if back.Kind != KindIndexValues || len(back.Rejected) != 0 {
				t.Errorf("%s via %s: kind %s, rejected %v", path, f, back.Kind, back.Rejected)
			}
			if !back.Record.Schema().Equal(l.Record.Schema()) {
				t.Errorf("%s via %s: schema\n%v\nwant\n%v", path, f, back.Record.Schema(), l.Record.Schema())
			}
			var again bytes.Buffer
			if err := Write(&again, FormatCSV, back.Record, WriteOptions{}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(first.Bytes(), again.Bytes()) {
				t.Errorf("%s via %s: CSV differs after the round trip", filepath.Base(path), f)
			}
			back.Release()
		}
		l.Release()
	}
}

// TestRoundTripKeepsSourceValues compares every cell of the real CSV files
// with the CSV written after CSV → Arrow → Parquet → Arrow: numbers equal,
// text equal (provinces equal to the canonical name of what was written).
func TestRoundTripKeepsSourceValues(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, path := range []string{pciPath, "../testdata/real/news_values.csv"} {
		orig := readCSVRecords(t, path)
		l, err := ReadFile(path, "", mem)
		if err != nil {
			t.Fatal(err)
		}
		var pq bytes.Buffer
		if err := Write(&pq, FormatParquet, l.Record, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		l.Release()
		back, err := Read(&pq, "x.parquet", "", "", mem)
		if err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		if err := Write(&out, FormatCSV, back.Record, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		back.Release()
		final := readCSVRecordsFrom(t, &out)
		if len(final) != len(orig) {
			t.Fatalf("%s: %d rows after the round trip, %d before", path, len(final)-1, len(orig)-1)
		}
		col := func(header []string, name string) int {
			for i, h := range header {
				if h == name {
					return i
				}
			}
			t.Fatalf("no column %q in %v", name, header)
			return -1
		}
		oh, fh := orig[0], final[0]
		pairs := [][2]string{{"index", "index"}, {"province", "province"}, {"year", "year"}, {"value", "value"}, {"rank_if_any", "rank"}, {"unit", "unit"}}
		if len(oh) > 6 {
			pairs = append(pairs, [2]string{"source", "source"})
		}
		for i := 1; i < len(orig); i++ {
			for _, p := range pairs {
				o, f := orig[i][col(oh, p[0])], final[i][col(fh, p[1])]
				switch p[0] {
				case "province":
					if c, ok := vntext.CanonicalProvince(o); ok {
						o = c
					}
				case "value":
					if o != "" {
						ov, _ := strconv.ParseFloat(o, 64)
						fv, _ := strconv.ParseFloat(f, 64)
						if ov == fv {
							continue
						}
					}
				case "year":
					if strings.Contains(o, "-") { // a span: its last year, the span kept as period
						if f != o[len(o)-4:] || final[i][col(fh, "period")] != o {
							t.Errorf("%s line %d: year %q became %q", path, i+1, o, f)
						}
						continue
					}
				}
				if o != f {
					t.Errorf("%s line %d: %s %q became %q", path, i+1, p[0], o, f)
				}
			}
		}
	}
}

func readCSVRecords(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return readCSVRecordsFrom(t, f)
}

func readCSVRecordsFrom(t *testing.T, r io.Reader) [][]string {
	t.Helper()
	recs, err := csv.NewReader(r).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}
