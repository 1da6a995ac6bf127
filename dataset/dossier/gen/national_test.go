package gen

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// TestProvincesAcrossTheMerger checks that dossiers received before
// 1 July 2025 name one of the 63 provinces and those received from then
// one of the 34 (Resolution 202/2025/QH15).
func TestProvincesAcrossTheMerger(t *testing.T) {
	g, err := New(Options{Rows: 30000, Seed: 5, Year: 2025, BatchSize: 10000}, memory.NewGoAllocator())
	if err != nil {
		t.Fatal(err)
	}
	defer g.Release()
	old, merged := vntext.ProvincesOn(MergerDay.AddDate(0, 0, -1)), vntext.ProvincesOn(MergerDay)
	seenOld, seenNew := map[string]bool{}, map[string]bool{}
	err = g.Each(context.Background(), func(rec arrow.Record) error {
		ds, err := dossier.FromRecord(rec)
		if err != nil {
			return err
		}
		for _, d := range ds {
			if d.ReceivedAt.Before(MergerDay) {
				if !slices.Contains(old, d.Province) {
					t.Fatalf("%s received %v names %q, not one of the 63", d.ID, d.ReceivedAt, d.Province)
				}
				seenOld[d.Province] = true
			} else {
				if !slices.Contains(merged, d.Province) {
					t.Fatalf("%s received %v names %q, not one of the 34", d.ID, d.ReceivedAt, d.Province)
				}
				seenNew[d.Province] = true
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(old) != 63 || len(merged) != 34 || len(seenOld) != 63 || len(seenNew) != 34 {
		t.Errorf("register %d/%d provinces; seen %d before and %d from 1 July", len(old), len(merged), len(seenOld), len(seenNew))
	}
	// One province merged away: its own name, then its successor's.
	g2, err := New(Options{Rows: 5000, Seed: 1, Year: 2025, Province: "Thái Bình"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g2.Release()
	rec := g2.Batch(0)
	defer rec.Release()
	ds, _ := dossier.FromRecord(rec)
	for _, d := range ds {
		want := "Thái Bình"
		if !d.ReceivedAt.Before(MergerDay) {
			want = "Hưng Yên"
		}
		if d.Province != want {
			t.Fatalf("%s received %v: %q, want %q", d.ID, d.ReceivedAt, d.Province, want)
		}
	}
}

// TestGenerateNational writes the national schema as CSV and XLSX and
// reads both back: the same records, and the faulty rows rejected.
func TestGenerateNational(t *testing.T) {
	dir := t.TempDir()
	opts := Options{Rows: 20000, Seed: 2, Year: 2025, BadPerMillion: 2000, BatchSize: 4096}
	type result struct {
		ids     []string
		reasons map[string]int
	}
	read := func(path string) result {
		r := result{reasons: map[string]int{}}
		err := dossier.ReadNational(path, dossier.NationalOptions{OnReject: func(e *dossier.RowError) { r.reasons[e.Reason]++ }},
			func(n *dossier.National, _ int64) error {
				r.ids = append(r.ids, n.ID)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	var got []result
	for _, name := range []string{"n.csv", "n.xlsx"} {
		p := filepath.Join(dir, name)
		n, err := GenerateNational(context.Background(), p, opts, nil)
		if err != nil || n != opts.Rows {
			t.Fatalf("%s: %d rows, %v", name, n, err)
		}
		got = append(got, read(p))
	}
	c, x := got[0], got[1]
	bad := 0
	for _, n := range c.reasons {
		bad += n
	}
	if len(c.ids)+bad != int(opts.Rows) || bad == 0 {
		t.Errorf("csv: %d read + %d rejected (%v), want %d in all with some faults", len(c.ids), bad, c.reasons, opts.Rows)
	}
	if !slices.Equal(c.ids, x.ids) || len(c.reasons) != len(x.reasons) {
		t.Errorf("xlsx differs from csv: %d vs %d records, reasons %v vs %v", len(x.ids), len(c.ids), x.reasons, c.reasons)
	}
	head, _ := os.ReadFile(filepath.Join(dir, "n.csv"))
	if !strings.HasPrefix(string(head), "DỮ LIỆU TỔNG HỢP (SYNTHETIC)") {
		t.Errorf("the CSV does not say it is synthetic: %.80s", head)
	}
	if _, err := GenerateNational(context.Background(), filepath.Join(dir, "n.parquet"), opts, nil); err == nil {
		t.Error("parquet: no error")
	}
}
