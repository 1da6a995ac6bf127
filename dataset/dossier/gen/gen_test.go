package gen

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/dossier"
)

func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	for _, ext := range []string{".parquet", ".csv", ".arrow"} {
		var files [][]byte
		for i, o := range []Options{
			{Rows: 30000, Seed: 9, BatchSize: 4096, Workers: 1, BadPerMillion: 500},
			{Rows: 30000, Seed: 9, BatchSize: 4096, Workers: 2, BadPerMillion: 500},
			{Rows: 30000, Seed: 10, BatchSize: 4096, Workers: 2, BadPerMillion: 500},
		} {
			p := filepath.Join(dir, fmt.Sprintf("g%d%s", i, ext))
			n, err := Generate(context.Background(), p, o, nil)
			if err != nil {
				t.Fatal(err)
			}
			if n != o.Rows {
				t.Errorf("wrote %d rows, want %d", n, o.Rows)
			}
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			files = append(files, b)
		}
		if !bytes.Equal(files[0], files[1]) {
			t.Errorf("%s: same seed, different bytes with 1 and 2 workers", ext)
		}
		if bytes.Equal(files[0], files[2]) {
			t.Errorf("%s: different seeds, same bytes", ext)
		}
	}
}

func collect(t *testing.T, o Options) []dossier.Dossier {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	g, err := New(o, mem)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Release()
	var rows []dossier.Dossier
	err = g.Each(context.Background(), func(rec arrow.Record) error {
		r, err := dossier.FromRecord(rec)
		rows = append(rows, r...)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestShapes checks the model's shapes on 200,000 rows.
func TestShapes(t *testing.T) {
	rows := collect(t, Options{Rows: 200000, Seed: 1, BadPerMillion: 1000})
	if len(rows) != 200000 {
		t.Fatalf("%d rows", len(rows))
	}
	type tally struct{ n, online int }
	byLevel := map[string]*tally{}
	var byMonth [13]int
	var open, unrated, feeFree, late, bad int
	provinces := map[string]bool{}
	ids := map[string]bool{}
	for _, d := range rows {
		if ids[d.ID] {
			t.Fatalf("duplicate id %s", d.ID)
		}
		ids[d.ID] = true
		provinces[d.Province] = true
		if d.ReceivedAt.Year() != 2025 {
			t.Fatalf("received %v, not in 2025", d.ReceivedAt)
		}
		if h := d.ReceivedAt.Hour(); h < 7 || h > 17 {
			t.Fatalf("received at %v, outside office hours", d.ReceivedAt)
		}
		faulty := (!d.Open() && d.FinishedAt.Before(d.ReceivedAt)) || d.DueAt.Before(d.ReceivedAt) ||
			d.Channel == "kiosk" || (d.Rated && (d.Rating < 1 || d.Rating > 5))
		if faulty {
			bad++
			continue
		}
		tl := byLevel[d.Level]
		if tl == nil {
			tl = &tally{}
			byLevel[d.Level] = tl
		}
		tl.n++
		if d.Channel == dossier.ChannelOnlineFull {
			tl.online++
		}
		byMonth[d.ReceivedAt.Month()]++
		if d.Open() {
			open++
		} else if d.FinishedAt.After(d.DueAt) {
			late++
		}
		if !d.Rated {
			unrated++
		}
		if !d.FeeRequired {
			feeFree++
			if d.PaidOnline {
				t.Fatalf("paid online without a fee: %+v", d)
			}
		}
		if d.Open() && (d.ResultDigitised || d.Rated) {
			t.Fatalf("open dossier with a result: %+v", d)
		}
	}
	share := func(l string) float64 { return float64(byLevel[l].online) / float64(byLevel[l].n) }
	p, di, c := share(dataset.LevelProvince), share(dataset.LevelDistrict), share(dataset.LevelCommune)
	if !(p > di && di > c) {
		t.Errorf("online shares province %.3f, district %.3f, commune %.3f: want decreasing", p, di, c)
	}
	if byMonth[2] >= byMonth[1] || byMonth[12] <= byMonth[11] {
		t.Errorf("months %v: want a February dip and a December peak", byMonth[1:])
	}
	n := float64(len(rows) - bad)
	for _, x := range []struct {
		name     string
		v        int
		lo, high float64
	}{
		{"open", open, 0.002, 0.05}, {"late", late, 0.02, 0.10}, {"unrated", unrated, 0.55, 0.80},
		{"fee-free", feeFree, 0.35, 0.75}, {"bad", bad, 0.0007 * n / n, 0.0013},
	} {
		if f := float64(x.v) / n; f < x.lo || f > x.high {
			t.Errorf("%s share %.4f outside %.4f..%.4f", x.name, f, x.lo, x.high)
		}
	}
	if len(provinces) != 63 {
		t.Errorf("%d provinces in 2025, want 63", len(provinces))
	}
}

func TestProvinceAndYear(t *testing.T) {
	rows := collect(t, Options{Rows: 20000, Seed: 2, Province: "ha tinh", Year: 2026})
	levels := map[string]int{}
	for _, d := range rows {
		if d.Province != "Hà Tĩnh" {
			t.Fatalf("province %q", d.Province)
		}
		if d.ReceivedAt.Year() != 2026 {
			t.Fatalf("year %d", d.ReceivedAt.Year())
		}
		levels[d.Level]++
	}
	if levels[dataset.LevelDistrict] != 0 || levels[dataset.LevelProvince] == 0 || levels[dataset.LevelCommune] == 0 {
		t.Errorf("levels in 2026: %v, want province and commune only", levels)
	}
	rows = collect(t, Options{Rows: 5000, Seed: 2, Province: "Hà Tĩnh", Year: 2024})
	agencies := map[string]bool{}
	for _, d := range rows {
		if d.Level == dataset.LevelDistrict {
			agencies[d.Agency] = true
		}
	}
	if !agencies["UBND huyện Thạch Hà, tỉnh Hà Tĩnh"] {
		t.Errorf("no real Hà Tĩnh district among %d district agencies", len(agencies))
	}
}

func TestOptionsErrors(t *testing.T) {
	for _, c := range []struct {
		o   Options
		msg string
	}{
		{Options{Rows: -1}, "rows"},
		{Options{Rows: 1, Province: "Atlantis"}, "Atlantis"},
		{Options{Rows: 1, Province: "Hà Tây", Year: 2025}, "did not exist in 2025"},
		{Options{Rows: 1, Year: 1990}, "year 1990"},
		{Options{Rows: 1, BadPerMillion: -3}, "bad rows"},
	} {
		if _, err := New(c.o, nil); err == nil || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%+v: err = %v, want %q", c.o, err, c.msg)
		}
	}
}

func TestMetadataAndStop(t *testing.T) {
	g, err := New(Options{Rows: 100000, Seed: 5, Province: "Hà Tĩnh", BatchSize: 1000}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer g.Release()
	md := g.Metadata()
	if md["synthetic"] != "true" || !strings.Contains(md["cchc.note"], "SYNTHETIC") || md["cchc.province"] != "Hà Tĩnh" || md["cchc.seed"] != "5" {
		t.Errorf("metadata %v", md)
	}
	if g.NumBatches() != 100 {
		t.Errorf("batches %d", g.NumBatches())
	}
	stop := errors.New("stop")
	seen := 0
	err = g.Each(context.Background(), func(arrow.Record) error {
		seen++
		if seen == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || seen != 3 {
		t.Errorf("err %v after %d batches, want stop after 3", err, seen)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := g.Each(ctx, func(arrow.Record) error { return nil }); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err %v", err)
	}
}

// TestCSVMetadataLine checks that the CSV says SYNTHETIC before its header.
func TestCSVMetadataLine(t *testing.T) {
	p := filepath.Join(t.TempDir(), "d.csv")
	if _, err := Generate(context.Background(), p, Options{Rows: 3, Seed: 1}, nil); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(b), "\n")
	if strings.Contains(string(b), "#") {
		t.Errorf("a # line in the CSV, which pandas and R do not skip:\n%s", b)
	}
	if n := len(lines); n != 1+3+1 {
		t.Errorf("%d lines, want a header, 3 rows and the end", n)
	}
	side, err := os.ReadFile(p + ".meta.json")
	if err != nil || !strings.Contains(string(side), `"cchc.note": "SYNTHETIC dossier records`) {
		t.Errorf("no SYNTHETIC note in the sidecar: %v\n%s", err, side)
	}
	f, err := dossier.Open(p, dossier.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if f.Metadata()["synthetic"] != "true" {
		t.Errorf("metadata read back: %v", f.Metadata())
	}
}

func ExampleGenerate() {
	dir, _ := os.MkdirTemp("", "gen")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "ha_tinh_2025.parquet")
	n, err := Generate(context.Background(), path, Options{Rows: 1000, Seed: 1, Province: "Hà Tĩnh", Year: 2025}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := dossier.Open(path, dossier.ReadOptions{})
	fmt.Println(n, f.NumRows(), f.Metadata()["synthetic"], f.Metadata()["cchc.province"])
	// Output: 1000 1000 true Hà Tĩnh
}

// TestLocalGovernmentEras checks the levels and agencies on each side of
// 1 July 2025: three levels before, province and commune only from then
// (Resolution 202/2025/QH15), with the level shares of each era.
func TestLocalGovernmentEras(t *testing.T) {
	rows := collect(t, Options{Rows: 60000, Seed: 3, Year: 2025})
	type tally struct {
		levels map[string]int
		n      int
	}
	before, after := tally{levels: map[string]int{}}, tally{levels: map[string]int{}}
	for _, d := range rows {
		tl := &before
		if !d.ReceivedAt.Before(TwoLevelDay) {
			tl = &after
			if strings.Contains(d.Agency, "huyện") {
				t.Fatalf("%s received %v: agency %q names a district", d.ID, d.ReceivedAt, d.Agency)
			}
		}
		tl.levels[d.Level]++
		tl.n++
		isCommune := strings.HasPrefix(d.Agency, "UBND xã")
		isDistrict := strings.HasPrefix(d.Agency, "UBND ") && !isCommune
		if isCommune != (d.Level == dataset.LevelCommune) || isDistrict != (d.Level == dataset.LevelDistrict) {
			t.Fatalf("%s: agency %q at level %q", d.ID, d.Agency, d.Level)
		}
	}
	for _, c := range []struct {
		name string
		tl   tally
		want map[string]float64 // level share
	}{
		{"before 1 July", before, map[string]float64{dataset.LevelProvince: 0.22, dataset.LevelDistrict: 0.28, dataset.LevelCommune: 0.50}},
		{"from 1 July", after, map[string]float64{dataset.LevelProvince: 0.35, dataset.LevelDistrict: 0, dataset.LevelCommune: 0.65}},
	} {
		if c.tl.n < 20000 {
			t.Fatalf("%s: only %d rows", c.name, c.tl.n)
		}
		for lv, want := range c.want {
			got := float64(c.tl.levels[lv]) / float64(c.tl.n)
			if got < want-0.015 || got > want+0.015 || want == 0 && got != 0 {
				t.Errorf("%s: level %s share %.4f, want %.2f", c.name, lv, got, want)
			}
		}
	}
}

func TestErasOf(t *testing.T) {
	for _, c := range []struct {
		year int
		want []eraSpan
	}{
		{2024, []eraSpan{{0, 11, true}}},
		{2025, []eraSpan{{0, 5, true}, {6, 11, false}}},
		{2026, []eraSpan{{0, 11, false}}},
	} {
		if got := erasOf(c.year); !slices.Equal(got, c.want) {
			t.Errorf("erasOf(%d) = %v, want %v", c.year, got, c.want)
		}
	}
}
