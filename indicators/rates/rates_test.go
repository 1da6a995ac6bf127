package rates

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/dataset/dossier/gen"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/damagetest"
	"github.com/cchc-lab/cchc/internal/i18n"
)

var t0 = time.Date(2025, 3, 10, 8, 0, 0, 0, time.UTC)

// dos returns a valid dossier received at t0, due 5 days later, finished
// 2 days later, full-process online, fee paid online, digitised, rated 5;
// edit applies changes.
func dos(edit func(*dossier.Dossier)) dossier.Dossier {
	d := dossier.Dossier{
		ID: "X", Province: "Hà Tĩnh", Agency: "Sở Tư pháp", Level: dataset.LevelProvince, Procedure: "1.000001",
		ReceivedAt: t0, DueAt: t0.Add(5 * 24 * time.Hour), FinishedAt: t0.Add(2 * 24 * time.Hour),
		Channel: dossier.ChannelOnlineFull, FeeRequired: true, PaidOnline: true, Digitised: true,
		ResultDigitised: true, Rated: true, Rating: 5,
	}
	if edit != nil {
		edit(&d)
	}
	return d
}

func compute(t *testing.T, rows []dossier.Dossier, opts Options) *Result {
	t.Helper()
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := dossier.ToRecord(mem, rows)
	defer rec.Release()
	res, err := ComputeRecords([]arrow.Record{rec}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func rateOf(t *testing.T, g GroupRates, metric string) Rate {
	t.Helper()
	for _, r := range g.Rates {
		if r.Metric == metric {
			return r
		}
	}
	t.Fatalf("no rate %s in group %+v", metric, g.Key)
	return Rate{}
}

func TestRatesHandMade(t *testing.T) {
	day := 24 * time.Hour
	asOf := t0.Add(10 * day)
	type want struct {
		metric   string
		num, den int64
		reason   string // non-empty: the rate is null with this reason
	}
	cases := []struct {
		name string
		rows []dossier.Dossier
		asOf time.Time
		want []want
	}{
		{"channels", []dossier.Dossier{
			dos(nil),
			dos(func(d *dossier.Dossier) { d.Channel = dossier.ChannelOnlinePartial }),
			dos(func(d *dossier.Dossier) { d.Channel = dossier.ChannelInPerson }),
			dos(func(d *dossier.Dossier) { d.Channel = dossier.ChannelPostal }),
		}, time.Time{}, []want{{indicators.MetricOnlineSubmission, 1, 4, ""}, {indicators.MetricOnlineAnySubmission, 2, 4, ""}}},
		{"on time among finished", []dossier.Dossier{
			dos(nil),
			dos(func(d *dossier.Dossier) { d.FinishedAt = d.DueAt }), // exactly at due: on time
			dos(func(d *dossier.Dossier) { d.FinishedAt = d.DueAt.Add(time.Second) }),
			dos(func(d *dossier.Dossier) { d.FinishedAt = time.Time{} }), // open: not in the denominator
		}, time.Time{}, []want{{indicators.MetricOntimeCompletion, 2, 3, ""}}},
		{"online payment among fee-charging", []dossier.Dossier{
			dos(nil),
			dos(func(d *dossier.Dossier) { d.PaidOnline = false }),
			dos(func(d *dossier.Dossier) { d.FeeRequired = false }), // paid flag without a fee is ignored
			dos(func(d *dossier.Dossier) { d.FeeRequired, d.PaidOnline = false, false }),
		}, time.Time{}, []want{{indicators.MetricOnlinePayment, 1, 2, ""}}},
		{"digitisation", []dossier.Dossier{
			dos(nil), dos(nil), dos(func(d *dossier.Dossier) { d.Digitised = false }),
			dos(func(d *dossier.Dossier) { d.FinishedAt = time.Time{} }),
		}, time.Time{}, []want{{indicators.MetricDossierDigitisation, 3, 4, ""}}},
		{"result digitisation among finished", []dossier.Dossier{
			dos(nil),
			dos(func(d *dossier.Dossier) { d.ResultDigitised = false }),
			dos(func(d *dossier.Dossier) { d.FinishedAt = time.Time{} }), // open, flag set: not counted
		}, time.Time{}, []want{{indicators.MetricResultDigitisation, 1, 2, ""}}},
		{"satisfaction among rated", []dossier.Dossier{
			dos(nil),
			dos(func(d *dossier.Dossier) { d.Rating = 4 }),
			dos(func(d *dossier.Dossier) { d.Rating = 3 }),
			dos(func(d *dossier.Dossier) { d.Rating = 1 }),
			dos(func(d *dossier.Dossier) { d.Rated = false }),
		}, time.Time{}, []want{{indicators.MetricSatisfaction, 2, 4, ""}}},
		{"denominators of zero", []dossier.Dossier{
			dos(func(d *dossier.Dossier) {
				d.FinishedAt, d.FeeRequired, d.PaidOnline, d.Rated = time.Time{}, false, false, false
			}),
		}, time.Time{}, []want{
			{indicators.MetricOnlineSubmission, 1, 1, ""},
			{indicators.MetricOntimeCompletion, 0, 0, "no finished dossiers"},
			{indicators.MetricResultDigitisation, 0, 0, "no finished dossiers"},
			{indicators.MetricOnlinePayment, 0, 0, "no dossiers of fee-charging procedures"},
			{indicators.MetricSatisfaction, 0, 0, "no rated dossiers"},
		}},
		{"overdue open as of", []dossier.Dossier{
			dos(nil), // finished before as-of: not open
			dos(func(d *dossier.Dossier) { d.FinishedAt = time.Time{} }),                          // open, due day 5 < as-of: overdue
			dos(func(d *dossier.Dossier) { d.FinishedAt, d.DueAt = time.Time{}, t0.Add(20*day) }), // open, not yet due
			dos(func(d *dossier.Dossier) { d.FinishedAt = t0.Add(12 * day) }),                     // finished after as-of: open then, overdue
			dos(func(d *dossier.Dossier) { // received after as-of: not counted
				d.ReceivedAt, d.DueAt, d.FinishedAt = t0.Add(11*day), t0.Add(12*day), time.Time{}
			}),
		}, asOf, []want{{indicators.MetricOverdueOpen, 2, 3, ""}}},
		{"no open dossiers as of", []dossier.Dossier{dos(nil)}, asOf,
			[]want{{indicators.MetricOverdueOpen, 0, 0, "no open dossiers at the as-of time"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := compute(t, c.rows, Options{By: GroupBy{Province: true}, AsOf: c.asOf, Workers: 2})
			if len(res.Groups) != 1 {
				t.Fatalf("groups = %d, want 1", len(res.Groups))
			}
			g := res.Groups[0]
			if g.Key.Province != "Hà Tĩnh" || g.Key.Year != 2025 {
				t.Errorf("key = %+v", g.Key)
			}
			for _, w := range c.want {
				r := rateOf(t, g, w.metric)
				if r.Numerator != w.num || r.Denominator != w.den {
					t.Errorf("%s = %d/%d, want %d/%d", w.metric, r.Numerator, r.Denominator, w.num, w.den)
				}
				if w.reason != "" {
					if r.Valid || r.Reason != w.reason || r.Value != 0 {
						t.Errorf("%s: valid=%v value=%v reason=%q, want null with %q", w.metric, r.Valid, r.Value, r.Reason, w.reason)
					}
					continue
				}
				wantV := 100 * float64(w.num) / float64(w.den)
				if !r.Valid || math.Abs(r.Value-wantV) > 1e-12 || r.Reason != "" {
					t.Errorf("%s = %v (valid %v), want %v", w.metric, r.Value, r.Valid, wantV)
				}
			}
			if c.asOf.IsZero() {
				for _, r := range g.Rates {
					if r.Metric == indicators.MetricOverdueOpen {
						t.Errorf("overdue rate present without an as-of time")
					}
				}
			}
		})
	}
}

func TestRatesBadRecords(t *testing.T) {
	day := 24 * time.Hour
	rows := []dossier.Dossier{
		dos(nil),
		dos(func(d *dossier.Dossier) { d.FinishedAt = d.ReceivedAt.Add(-time.Second) }),
		dos(func(d *dossier.Dossier) { d.DueAt = d.ReceivedAt.Add(-day) }),
		dos(func(d *dossier.Dossier) { d.Channel = "kiosk" }),
		dos(func(d *dossier.Dossier) { d.Rating = 6 }),
		dos(func(d *dossier.Dossier) { d.Rating = 0 }),
		// Two faults: counted once, under the first reason checked.
		dos(func(d *dossier.Dossier) { d.DueAt = d.ReceivedAt.Add(-day); d.Channel = "fax" }),
		dos(func(d *dossier.Dossier) { d.Channel = " Online_Full " }), // trimmed and lower-cased: valid
	}
	var all []string
	res := compute(t, rows, Options{By: GroupBy{Province: true}, OnBad: func(b BadRecord) {
		all = append(all, fmt.Sprintf("%s %d %s", b.PositionKind, b.Position, b.Reason))
	}})
	wantAll := []string{"row 2 finished_before_received", "row 3 due_before_received", "row 4 unknown_channel",
		"row 5 rating_out_of_range", "row 6 rating_out_of_range", "row 7 due_before_received"}
	if !reflect.DeepEqual(all, wantAll) {
		t.Errorf("OnBad saw %q, want %q", all, wantAll)
	}
	want := map[string]int64{
		ReasonUnreadable: 0, ReasonMissingValue: 0,
		ReasonFinishedBeforeReceived: 1, ReasonDueBeforeReceived: 2,
		ReasonUnknownChannel: 1, ReasonRatingOutOfRange: 2,
	}
	if !reflect.DeepEqual(res.Bad.ByReason, want) {
		t.Errorf("by reason = %v, want %v", res.Bad.ByReason, want)
	}
	if res.Rows != 8 || res.Bad.Excluded != 6 || res.Used != 2 {
		t.Errorf("rows %d excluded %d used %d, want 8, 6, 2", res.Rows, res.Bad.Excluded, res.Used)
	}
	if got := res.Groups[0].Counts.Received; got != 2 {
		t.Errorf("received = %d, want 2 (bad records kept out)", got)
	}
	var ex []string
	for _, e := range res.Bad.Examples {
		ex = append(ex, e.String())
	}
	wantEx := []string{
		"row 2: finished_before_received: finished_at 2025-03-10 07:59:59 is before received_at 2025-03-10 08:00:00",
		"row 3: due_before_received: due_at 2025-03-09 08:00:00 is before received_at 2025-03-10 08:00:00",
		"row 7: due_before_received: due_at 2025-03-09 08:00:00 is before received_at 2025-03-10 08:00:00",
		`row 4: unknown_channel: channel "kiosk" is not one of online_full, online_partial, in_person, postal`,
		"row 5: rating_out_of_range: rating 6 is outside 1..5",
		"row 6: rating_out_of_range: rating 0 is outside 1..5",
	}
	if !reflect.DeepEqual(ex, wantEx) {
		t.Errorf("examples:\n%s\nwant:\n%s", strings.Join(ex, "\n"), strings.Join(wantEx, "\n"))
	}
	var b strings.Builder
	if err := res.WriteReport(&b); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"dossiers read: 8; counted: 2; kept out: 6", "due_before_received        2", "overdue_open_rate: not computed"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, b.String())
		}
	}
	// The examples in Vietnamese: the words translated, ids and values kept.
	var vi []string
	for _, e := range res.Bad.Examples {
		vi = append(vi, e.In(i18n.VI))
	}
	wantVI := []string{
		"hàng 2: finished_before_received: finished_at 2025-03-10 07:59:59 trước received_at 2025-03-10 08:00:00",
		"hàng 3: due_before_received: due_at 2025-03-09 08:00:00 trước received_at 2025-03-10 08:00:00",
		"hàng 7: due_before_received: due_at 2025-03-09 08:00:00 trước received_at 2025-03-10 08:00:00",
		`hàng 4: unknown_channel: hình thức nộp "kiosk" không thuộc online_full, online_partial, in_person, postal`,
		"hàng 5: rating_out_of_range: điểm đánh giá 6 nằm ngoài 1..5",
		"hàng 6: rating_out_of_range: điểm đánh giá 0 nằm ngoài 1..5",
	}
	if !reflect.DeepEqual(vi, wantVI) {
		t.Errorf("examples in Vietnamese:\n%s\nwant:\n%s", strings.Join(vi, "\n"), strings.Join(wantVI, "\n"))
	}
}

// TestRatesCSVFaults reads a hand-written CSV with nulls and unreadable
// rows: every row ends up counted or in the report.
func TestRatesCSVFaults(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.csv")
	head := strings.Join(dossier.Columns(), ",")
	body := []string{
		"\ufeff# exported 2025\r",
		head + "\r",
		"A1,Hà Tĩnh,Sở Tư pháp,province,1.000001,2025-03-10 08:00:00,2025-03-15 08:00:00,2025-03-12 08:00:00,online_full,true,true,true,true,5\r",
		"A2,Hà Tĩnh,Sở Tư pháp,province,1.000001,,2025-03-15 08:00:00,,in_person,false,false,false,false,\r",
		"A3,Hà Tĩnh,Sở Tư pháp,province,1.000001,10/03/2025 08:00,15/03/2025,,online_partial,1,0,1,0,4\r",
		"A4,Hà Tĩnh,Sở Tư pháp,province,1.000001,2025-13-10 08:00:00,2025-03-15 08:00:00,,in_person,false,false,false,false,\r",
		"A5,Hà Tĩnh,Sở Tư pháp,province,1.000001,2025-03-10 08:00:00,2025-03-15 08:00:00,,in_person,maybe,false,false,false,\r",
		"A6,Hà Tĩnh,Sở Tư pháp,province\r",
		"A7,,Sở Tư pháp,province,1.000001,2025-03-10 08:00:00,2025-03-15 08:00:00,,,false,false,false,false,\r",
	}
	if err := os.WriteFile(path, []byte(strings.Join(body, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	var onBad []string
	var mu sync.Mutex
	res, err := ComputeFile(context.Background(), path, Options{By: GroupBy{Province: true}, Mem: mem,
		OnBad: func(b BadRecord) {
			mu.Lock()
			onBad = append(onBad, fmt.Sprintf("%s %d %s", b.PositionKind, b.Position, b.Reason))
			mu.Unlock()
		}})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(onBad)
	if want := []string{"line 4 missing_value", "line 6 unreadable_row", "line 7 unreadable_row", "line 8 unreadable_row", "line 9 missing_value"}; !reflect.DeepEqual(onBad, want) {
		t.Errorf("OnBad saw %q, want %q", onBad, want)
	}
	if res.Rows != 7 || res.Used != 2 {
		t.Errorf("rows %d used %d, want 7 and 2", res.Rows, res.Used)
	}
	if got := res.Bad.ByReason[ReasonUnreadable]; got != 3 {
		t.Errorf("unreadable = %d, want 3", got)
	}
	if got := res.Bad.ByReason[ReasonMissingValue]; got != 2 {
		t.Errorf("missing = %d, want 2", got)
	}
	var ex []string
	for _, e := range res.Bad.Examples {
		ex = append(ex, e.String())
	}
	want := []string{
		`line 6: unreadable_row: ` + path + `:6: column "received_at": value "2025-13-10 08:00:00": date or time out of range`,
		`line 7: unreadable_row: ` + path + `:7: column "fee_required": value "maybe": not a boolean (want true/false, 1/0, có/không)`,
		`line 8: unreadable_row: ` + path + `:8: 4 fields, want 14`,
		`line 4: missing_value: no value in received_at`,
		`line 9: missing_value: no value in channel, province`,
	}
	if !reflect.DeepEqual(ex, want) {
		t.Errorf("examples:\n%s\nwant:\n%s", strings.Join(ex, "\n"), strings.Join(want, "\n"))
	}
	g := res.Groups[0]
	// A3's due date has no time: the end of 15 March. It is open.
	if r := rateOf(t, g, indicators.MetricOnlineAnySubmission); r.Numerator != 2 || r.Denominator != 2 {
		t.Errorf("any online = %d/%d, want 2/2", r.Numerator, r.Denominator)
	}
	if r := rateOf(t, g, indicators.MetricOntimeCompletion); r.Numerator != 1 || r.Denominator != 1 {
		t.Errorf("on time = %d/%d, want 1/1", r.Numerator, r.Denominator)
	}
}

// reference computes the grouped counts with a plain loop over structs.
func reference(rows []dossier.Dossier, by GroupBy, asOf time.Time) (map[GroupKey]Counts, map[string]int64) {
	out := map[GroupKey]Counts{}
	bad := map[string]int64{}
	valid := map[string]bool{}
	for _, c := range dossier.Channels() {
		valid[c] = true
	}
	for _, d := range rows {
		switch {
		case !d.Open() && d.FinishedAt.Before(d.ReceivedAt):
			bad[ReasonFinishedBeforeReceived]++
			continue
		case d.DueAt.Before(d.ReceivedAt):
			bad[ReasonDueBeforeReceived]++
			continue
		case !valid[d.Channel]:
			bad[ReasonUnknownChannel]++
			continue
		case d.Rated && (d.Rating < 1 || d.Rating > 5):
			bad[ReasonRatingOutOfRange]++
			continue
		}
		k := GroupKey{Year: d.ReceivedAt.Year()}
		if by.Province {
			k.Province = d.Province
		}
		if by.Agency {
			k.Agency = d.Agency
		}
		if by.Level {
			k.Level = d.Level
		}
		if by.Procedure {
			k.Procedure = d.Procedure
		}
		switch by.Period {
		case PeriodMonth:
			k.Period = d.ReceivedAt.Format("2006-01")
		case PeriodQuarter:
			k.Period = fmt.Sprintf("%d-Q%d", d.ReceivedAt.Year(), (int(d.ReceivedAt.Month())+2)/3)
		}
		keys := []GroupKey{k}
		if by.Level {
			all := k
			all.Level = ""
			keys = append(keys, all)
		}
		for _, k := range keys {
			c := out[k]
			c.Received++
			if d.Channel == dossier.ChannelOnlineFull {
				c.OnlineFull++
			}
			if d.Channel == dossier.ChannelOnlineFull || d.Channel == dossier.ChannelOnlinePartial {
				c.OnlineAny++
			}
			if !d.Open() {
				c.Finished++
				if !d.FinishedAt.After(d.DueAt) {
					c.OnTime++
				}
				if d.ResultDigitised {
					c.ResultDigitised++
				}
			}
			if d.FeeRequired {
				c.FeeRequired++
				if d.PaidOnline {
					c.PaidOnline++
				}
			}
			if d.Digitised {
				c.Digitised++
			}
			if d.Rated {
				c.Rated++
				if d.Rating >= 4 {
					c.Satisfied++
				}
			}
			if !asOf.IsZero() && !d.ReceivedAt.After(asOf) && (d.Open() || d.FinishedAt.After(asOf)) {
				c.OpenAsOf++
				if d.DueAt.Before(asOf) {
					c.OverdueAsOf++
				}
			}
			out[k] = c
		}
	}
	return out, bad
}

func readAll(t *testing.T, path string) []dossier.Dossier {
	t.Helper()
	f, err := dossier.Open(path, dossier.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	parts, err := f.Parts(1)
	if err != nil {
		t.Fatal(err)
	}
	defer parts[0].Release()
	var rows []dossier.Dossier
	for parts[0].Next() {
		r, err := dossier.FromRecord(parts[0].Record())
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, r...)
	}
	if err := parts[0].Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestRatesAgainstReference checks grouped counts on a generated file,
// in every format, against the plain loop.
func TestRatesAgainstReference(t *testing.T) {
	dir := t.TempDir()
	const rows = 60000
	opts := gen.Options{Rows: rows, Seed: 42, BadPerMillion: 2000, BatchSize: 7000}
	var paths []string
	for _, ext := range []string{".parquet", ".csv", ".arrow"} {
		p := filepath.Join(dir, "d"+ext)
		if _, err := gen.Generate(context.Background(), p, opts, nil); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	structs := readAll(t, paths[0])
	if len(structs) != rows {
		t.Fatalf("read %d rows, want %d", len(structs), rows)
	}
	asOf := time.Date(2025, 12, 20, 17, 0, 0, 0, time.UTC)
	for _, bys := range []string{"province", "province,level,month", "agency,quarter", "level,procedure", "year"} {
		by, err := ParseGroupBy(bys)
		if err != nil {
			t.Fatal(err)
		}
		want, wantBad := reference(structs, by, asOf)
		for _, p := range paths {
			t.Run(bys+"/"+filepath.Ext(p), func(t *testing.T) {
				mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
				defer mem.AssertSize(t, 0)
				res, err := ComputeFile(context.Background(), p, Options{By: by, AsOf: asOf, Workers: 2, Mem: mem, BatchSize: 5000})
				if err != nil {
					t.Fatal(err)
				}
				got := map[GroupKey]Counts{}
				for _, g := range res.Groups {
					got[g.Key] = g.Counts
				}
				if len(got) != len(want) {
					t.Errorf("%d groups, want %d", len(got), len(want))
				}
				for k, w := range want {
					if got[k] != w {
						t.Errorf("group %+v:\n got %+v\nwant %+v", k, got[k], w)
						break
					}
				}
				for r, n := range wantBad {
					if res.Bad.ByReason[r] != n {
						t.Errorf("%s = %d, want %d", r, res.Bad.ByReason[r], n)
					}
				}
				if res.Rows != rows {
					t.Errorf("rows = %d, want %d", res.Rows, rows)
				}
				for i := 1; i < len(res.Groups); i++ {
					if !lessKey(res.Groups[i-1].Key, res.Groups[i].Key) {
						t.Errorf("groups out of order at %d", i)
						break
					}
				}
			})
		}
	}
	if wantBad := int64(rows * 2000 / 1_000_000); true {
		_, bad := reference(structs, GroupBy{}, time.Time{})
		var n int64
		for _, v := range bad {
			n += v
		}
		if n < wantBad/2 || n > wantBad*2 {
			t.Errorf("generator made %d bad rows, want about %d", n, wantBad)
		}
	}
}

func TestObservationsAndTable(t *testing.T) {
	rows := []dossier.Dossier{
		dos(nil),
		dos(func(d *dossier.Dossier) { d.Level = dataset.LevelCommune; d.Channel = dossier.ChannelInPerson }),
		dos(func(d *dossier.Dossier) {
			d.ReceivedAt, d.DueAt, d.FinishedAt = t0.AddDate(0, 3, 0), t0.AddDate(0, 3, 1), time.Time{}
			d.Rated = false
		}),
	}
	res := compute(t, rows, Options{By: GroupBy{Province: true, Level: true, Period: PeriodQuarter}, Source: "test"})
	var keys []string
	for _, g := range res.Groups {
		keys = append(keys, fmt.Sprintf("%s|%s|%d|%s", g.Key.Province, g.Key.Level, g.Key.Year, g.Key.Period))
	}
	wantKeys := []string{"Hà Tĩnh||2025|2025-Q1", "Hà Tĩnh||2025|2025-Q2", "Hà Tĩnh|province|2025|2025-Q1",
		"Hà Tĩnh|province|2025|2025-Q2", "Hà Tĩnh|commune|2025|2025-Q1"}
	if !reflect.DeepEqual(keys, wantKeys) {
		t.Errorf("keys = %q, want %q", keys, wantKeys)
	}
	obs := res.Observations()
	var online []string
	for _, o := range obs {
		if o.Unit != "percent" || o.Entity != "Hà Tĩnh" || o.Year != 2025 {
			t.Errorf("observation %+v", o)
		}
		if o.Metric == indicators.MetricOnlineSubmission {
			online = append(online, fmt.Sprintf("%s %s %.1f %s", o.Level, o.Period, o.Value, o.Source))
		}
		if o.Period == "2025-Q2" && (o.Metric == indicators.MetricSatisfaction || o.Metric == indicators.MetricOntimeCompletion) {
			t.Errorf("observation for a null rate: %+v", o)
		}
	}
	wantOnline := []string{" 2025-Q1 50.0 test; 1/2", " 2025-Q2 100.0 test; 1/1", "province 2025-Q1 100.0 test; 1/1",
		"province 2025-Q2 100.0 test; 1/1", "commune 2025-Q1 0.0 test; 0/1"}
	if !reflect.DeepEqual(online, wantOnline) {
		t.Errorf("online observations = %q, want %q", online, wantOnline)
	}
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	tab := res.Table(mem)
	defer tab.Release()
	var names []string
	for _, f := range tab.Schema().Fields() {
		names = append(names, f.Name)
	}
	wantNames := []string{"province", "level", "year", "period", "metric", "numerator", "denominator", "value", "unit", "reason"}
	if !reflect.DeepEqual(names, wantNames) {
		t.Errorf("columns = %v, want %v", names, wantNames)
	}
	if n := tab.NumRows(); n != int64(len(res.Groups)*7) {
		t.Errorf("rows = %d, want %d", n, len(res.Groups)*7)
	}
	vals := tab.Column(7).(*array.Float64)
	reasons := tab.Column(9).(*array.String)
	nulls := 0
	for i := 0; i < vals.Len(); i++ {
		if vals.IsNull(i) {
			nulls++
			if reasons.Value(i) == "" {
				t.Errorf("row %d: null value without a reason", i)
			}
		} else if reasons.Value(i) != "" {
			t.Errorf("row %d: value with a reason %q", i, reasons.Value(i))
		}
	}
	if nulls != 6 { // Q2 groups (total and province): on time, result digitisation, satisfaction
		t.Errorf("null values = %d, want 6", nulls)
	}
}

func TestParseGroupBy(t *testing.T) {
	cases := []struct {
		in   string
		want GroupBy
		err  bool
	}{
		{"province", GroupBy{Province: true}, false},
		{" Province , agency,level,month", GroupBy{Province: true, Agency: true, Level: true, Period: PeriodMonth}, false},
		{"procedure_code,quarter", GroupBy{Procedure: true, Period: PeriodQuarter}, false},
		{"", GroupBy{}, false},
		{"month,quarter", GroupBy{}, true},
		{"district", GroupBy{}, true},
	}
	for _, c := range cases {
		got, err := ParseGroupBy(c.in)
		if (err != nil) != c.err || got != c.want {
			t.Errorf("ParseGroupBy(%q) = %+v, %v; want %+v, error %v", c.in, got, err, c.want, c.err)
		}
	}
	if s := (GroupBy{Province: true, Level: true, Period: PeriodMonth}).String(); s != "province,level,month" {
		t.Errorf("String = %q", s)
	}
}

func TestCivil(t *testing.T) {
	for d := int64(-800000); d < 800000; d += 997 {
		tm := time.Unix(d*86400, 0).UTC()
		y, m := civil(d)
		if y != tm.Year() || m != int(tm.Month()) {
			t.Fatalf("civil(%d) = %d-%d, want %s", d, y, m, tm.Format("2006-01"))
		}
	}
}

func TestRatesTypeErrors(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	b := array.NewInt64Builder(mem)
	b.Append(1)
	col := b.NewArray()
	b.Release()
	defer col.Release()
	sc := arrow.NewSchema([]arrow.Field{{Name: "received_at", Type: arrow.PrimitiveTypes.Int64}}, nil)
	rec := array.NewRecord(sc, []arrow.Array{col}, 1)
	defer rec.Release()
	_, err := ComputeRecords([]arrow.Record{rec}, Options{})
	if err == nil || !strings.Contains(err.Error(), "received_at") {
		t.Errorf("err = %v, want one naming received_at", err)
	}
}

// TestPeriodsFarApart checks periods of dates outside the day table of
// the first row seen.
func TestPeriodsFarApart(t *testing.T) {
	var rows []dossier.Dossier
	for _, y := range []int{2025, 1971, 2069, 2025} {
		r := time.Date(y, 11, 30, 23, 59, 59, 0, time.UTC)
		rows = append(rows, dos(func(d *dossier.Dossier) {
			d.ReceivedAt, d.DueAt, d.FinishedAt = r, r.Add(time.Hour), r.Add(time.Minute)
		}))
	}
	res := compute(t, rows, Options{By: GroupBy{Period: PeriodQuarter}})
	var got []string
	for _, g := range res.Groups {
		got = append(got, fmt.Sprintf("%d %s %d", g.Key.Year, g.Key.Period, g.Counts.Received))
	}
	want := []string{"1971 1971-Q4 1", "2025 2025-Q4 2", "2069 2069-Q4 1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups %q, want %q", got, want)
	}
}

// TestZonedAndPlainColumns reads columns as other tools write them: plain
// strings, zoned timestamps in microseconds, int64 ratings.
func TestZonedAndPlainColumns(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	zoned := &arrow.TimestampType{Unit: arrow.Microsecond, TimeZone: "Asia/Ho_Chi_Minh"}
	sc := arrow.NewSchema([]arrow.Field{
		{Name: "province", Type: arrow.BinaryTypes.String},
		{Name: "received_at", Type: zoned}, {Name: "due_at", Type: zoned}, {Name: "finished_at", Type: zoned, Nullable: true},
		{Name: "channel", Type: arrow.BinaryTypes.LargeString},
		{Name: "fee_required", Type: arrow.FixedWidthTypes.Boolean}, {Name: "paid_online", Type: arrow.FixedWidthTypes.Boolean},
		{Name: "digitised", Type: arrow.FixedWidthTypes.Boolean}, {Name: "result_digitised", Type: arrow.FixedWidthTypes.Boolean},
		{Name: "rating", Type: arrow.PrimitiveTypes.Int64, Nullable: true},
	}, nil)
	b := array.NewRecordBuilder(mem, sc)
	defer b.Release()
	// 17:30 UTC on 31 March is 00:30 on 1 April in Viet Nam.
	instant := time.Date(2025, 3, 31, 17, 30, 0, 0, time.UTC).UnixMicro()
	hour := int64(3600e6)
	for i, ch := range []string{"online_full", "in_person"} {
		b.Field(0).(*array.StringBuilder).Append("Ha\u0300 Ti\u0303nh") // NFD in, NFC out
		b.Field(1).(*array.TimestampBuilder).Append(arrow.Timestamp(instant))
		b.Field(2).(*array.TimestampBuilder).Append(arrow.Timestamp(instant + 48*hour))
		if i == 0 {
			b.Field(3).(*array.TimestampBuilder).Append(arrow.Timestamp(instant + hour))
		} else {
			b.Field(3).AppendNull()
		}
		b.Field(4).(*array.LargeStringBuilder).Append(ch)
		for f := 5; f <= 8; f++ {
			b.Field(f).(*array.BooleanBuilder).Append(i == 0)
		}
		b.Field(9).(*array.Int64Builder).Append(int64(4 - 3*i))
	}
	rec := b.NewRecord()
	defer rec.Release()
	res, err := ComputeRecords([]arrow.Record{rec}, Options{By: GroupBy{Province: true, Period: PeriodMonth}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Groups) != 1 {
		t.Fatalf("groups %+v", res.Groups)
	}
	g := res.Groups[0]
	if g.Key.Province != "Hà Tĩnh" || g.Key.Period != "2025-04" {
		t.Errorf("key %+v, want Hà Tĩnh 2025-04", g.Key)
	}
	want := Counts{Received: 2, OnlineFull: 1, OnlineAny: 1, Finished: 1, OnTime: 1, FeeRequired: 1, PaidOnline: 1,
		Digitised: 1, ResultDigitised: 1, Rated: 2, Satisfied: 1}
	if g.Counts != want {
		t.Errorf("counts %+v\nwant %+v", g.Counts, want)
	}
}

// TestCountsOnly computes files of both schemas with and without
// Options.CountsOnly: the same groups and counts, no rates kept, and the
// same observations, table and report, whose rates are then worked out
// from the counts.
func TestCountsOnly(t *testing.T) {
	dir := t.TempDir()
	ours, national := filepath.Join(dir, "d.parquet"), filepath.Join(dir, "n.csv")
	opts := gen.Options{Rows: 5000, Seed: 3, BadPerMillion: 2000}
	if _, err := gen.Generate(context.Background(), ours, opts, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := gen.GenerateNational(context.Background(), national, opts, nil); err != nil {
		t.Fatal(err)
	}
	asOf := time.Date(2025, 12, 20, 17, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		compute func(Options) (*Result, error)
		by      string
		asOf    time.Time
	}{
		{"ours by province, level, month", func(o Options) (*Result, error) { return ComputeFile(context.Background(), ours, o) }, "province,level,month", asOf},
		{"ours by agency, no as-of", func(o Options) (*Result, error) { return ComputeFile(context.Background(), ours, o) }, "agency", time.Time{}},
		{"national by agency, level, month", func(o Options) (*Result, error) { return ComputeNationalFile(context.Background(), national, o) }, "agency,level,month", time.Time{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			by, err := ParseGroupBy(tc.by)
			if err != nil {
				t.Fatal(err)
			}
			full, err := tc.compute(Options{By: by, AsOf: tc.asOf, Year: 2025})
			if err != nil {
				t.Fatal(err)
			}
			lean, err := tc.compute(Options{By: by, AsOf: tc.asOf, Year: 2025, CountsOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(lean.Groups) != len(full.Groups) || len(lean.Groups) == 0 {
				t.Fatalf("%d groups, want %d", len(lean.Groups), len(full.Groups))
			}
			for i, g := range lean.Groups {
				f := full.Groups[i]
				if g.Rates != nil || g.Key != f.Key || g.Counts != f.Counts || !reflect.DeepEqual(g.National, f.National) {
					t.Fatalf("group %d: %+v, want %+v without rates", i, g, f)
				}
			}
			if !reflect.DeepEqual(lean.Observations(), full.Observations()) {
				t.Error("observations differ")
			}
			var a, b bytes.Buffer
			if err := lean.WriteReport(&a); err != nil {
				t.Fatal(err)
			}
			if err := full.WriteReport(&b); err != nil {
				t.Fatal(err)
			}
			if a.String() != b.String() {
				t.Errorf("report:\n%s\nwant:\n%s", a.String(), b.String())
			}
			lt, ft := lean.Table(nil), full.Table(nil)
			defer lt.Release()
			defer ft.Release()
			if !array.RecordEqual(lt, ft) {
				t.Error("tables differ")
			}
		})
	}
}

// TestComputeFileDamaged counts damaged copies of a Parquet file cchc
// wrote, whose checksum is checked while the workers count: each is an
// error, never counts, and damage that the decoder does not notice is
// reported as a checksum mismatch.
func TestComputeFileDamaged(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "d.parquet")
	if _, err := gen.Generate(context.Background(), good, gen.Options{Rows: 20000, Seed: 5, BatchSize: 4000}, nil); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	by, _ := ParseGroupBy("province,month")
	checksum := 0
	for seed := uint64(1); seed <= 40; seed++ {
		bad := filepath.Join(dir, fmt.Sprintf("bad-%d.parquet", seed))
		if err := os.WriteFile(bad, damagetest.Bytes(data, seed, seed, 4), 0o644); err != nil {
			t.Fatal(err)
		}
		res, err := damagetest.Within(t, time.Minute, bad, nil, func() (*Result, error) {
			return ComputeFile(context.Background(), bad, Options{By: by, Workers: 2})
		})
		switch {
		case err == nil:
			t.Fatalf("seed %d: a damaged file counted (%d rows) without an error", seed, res.Rows)
		case errors.Is(err, binread.ErrChecksum):
			checksum++
		}
	}
	if checksum == 0 {
		t.Error("no damage reported as a checksum mismatch")
	}
}
