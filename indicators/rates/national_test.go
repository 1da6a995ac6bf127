package rates

import (
	"context"
	"maps"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/dataset/dossier/gen"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// nationalFixture has one record per rule; the comment after each says
// how the rules count it for --year 2025.
const nationalFixture = `MaHoSo,MucDo,KenhThucHien,DonViXuLy,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,TrangThaiHoSo,DuocThanhToanTrucTuyen,HoSoCoThanhPhanSoHoa,LePhi
A1,4,2,Sở A,2025-03-01 08:00,2025-03-05 08:00,2025-03-05 17:30,,10,1,1,50000
A2,4,1,Sở A,2025-03-02 08:00,2025-03-05 17:00,,2025-03-06 08:00,10,0,0,50000
A3,3,2,Sở A,2025-03-03 08:00,,,2025-04-01,10,2,1,0
A4,4,2,Sở A,2025-03-04 08:00,2025-03-10,2025-03-09,,8,,,
A5,4,2,Sở A,2025-12-01 08:00,2025-12-31 17:00,,,4,,,
A6,2,1,Sở B,2025-12-02 08:00,2025-12-30 17:00,,,5,,,
A7,2,3,Sở B,2025-12-03 08:00,,,,6,,,
A8,4,2,Sở B,2025-05-01 08:00,2025-05-05,,,7,1,1,10
A9,4,2,Sở B,2025-05-01 08:00,2025-05-05,,,1,,,
A10,4,2,Sở B,,,,,3,,,
A11,4,2,Sở B,2024-12-31 08:00,2025-01-03,2025-01-02,,10,,,
A12,4,2,Sở B,2025-06-01 08:00,2025-06-03,,,9,,,
A13,4,2,Sở B,2025-06-01 08:00,2025-06-03,,,12,,,
`

// Expected for 2025: received A1..A7 (7); A8 withdrawn, A9 A10 not
// received, A11 outside, A12 A13 rejected.
//
//	online any: A1 A3 A4 A5 = 4; full online: A1 A4 A5 = 3; MucDo 4 received: A1 A2 A4 A5 = 4
//	on time: A1 (same day, later hour), A3 (no due), A4, A5 (due 12-31 = last day), A7 (no due) = 5;
//	         A2 late by a day, A6 due 12-30 before the last day
//	fee > 0: A1 A2, paid online: A1 = 1; digitised: A1 A3 = 2
func TestComputeNationalRules(t *testing.T) {
	path := filepath.Join(t.TempDir(), "n.csv")
	if err := os.WriteFile(path, []byte(nationalFixture), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := ComputeNationalFile(context.Background(), path, Options{Year: 2025})
	if err != nil {
		t.Fatal(err)
	}
	if res.Rows != 13 || res.Used != 7 || res.Bad.Excluded != 2 {
		t.Errorf("rows %d used %d excluded %d", res.Rows, res.Used, res.Bad.Excluded)
	}
	if nc := res.NotCounted; nc.Withdrawn != 1 || nc.NotReceived != 2 || nc.OutsidePeriod != 1 {
		t.Errorf("not counted %+v", nc)
	}
	if res.Bad.ByReason[dossier.RejectFinishedWithoutEnd] != 1 || res.Bad.ByReason[dossier.RejectUnknownStatus] != 1 {
		t.Errorf("bad %+v", res.Bad.ByReason)
	}
	if len(res.Groups) != 1 {
		t.Fatalf("%d groups", len(res.Groups))
	}
	want := map[string][2]int64{
		indicators.MetricOnlineAnySubmission:       {4, 7},
		indicators.MetricOnlineSubmission:          {3, 7},
		indicators.MetricFullProcessEligibleOnline: {3, 4},
		indicators.MetricOntimeCompletion:          {5, 7},
		indicators.MetricProgress766Points:         {5, 7},
		indicators.MetricOnlinePayment:             {1, 2},
		indicators.MetricDossierDigitisation:       {2, 7},
	}
	g := res.Groups[0]
	if len(g.Rates) != len(want) {
		t.Errorf("%d rates", len(g.Rates))
	}
	for _, r := range g.Rates {
		w := want[r.Metric]
		if r.Numerator != w[0] || r.Denominator != w[1] || !r.Valid {
			t.Errorf("%s = %d/%d, want %d/%d", r.Metric, r.Numerator, r.Denominator, w[0], w[1])
		}
	}
	pts := g.Rates[4]
	if pts.Metric != indicators.MetricProgress766Points || math.Abs(pts.Value-20*5.0/7) > 1e-9 || pts.Unit != indicators.UnitPoints {
		t.Errorf("points %+v", pts)
	}
	var b strings.Builder
	res.WriteReport(&b)
	for _, s := range []string{"finished_without_end", "withdrawn (status 7): 1", "Công khai, minh bạch", "not computed"} {
		if !strings.Contains(b.String(), s) {
			t.Errorf("report lacks %q:\n%s", s, b.String())
		}
	}
	// The same report in Vietnamese: the words translated, the reason
	// ids, metric ids and counts as they are.
	var vi strings.Builder
	if err := res.WriteReportIn(&vi, i18n.VI); err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"số hồ sơ đã đọc: ", "finished_without_end", "công dân rút hồ sơ (trạng thái 7): 1",
		"cấu trúc dữ liệu quốc gia; kỳ 2025-01-01 … 2025-12-31", "các nhóm của Bộ chỉ số 766:", "tỷ lệ giải quyết đúng hạn", "ví dụ:", "dòng ", "không tính: Cổng không công bố"} {
		if !strings.Contains(vi.String(), s) {
			t.Errorf("Vietnamese report lacks %q:\n%s", s, vi.String())
		}
	}
	t.Logf("Vietnamese report:\n%s", vi.String())
	for _, s := range []string{"dossiers read", "withdrawn", "examples:", "not computed", "points:", "column", "value"} {
		if strings.Contains(vi.String(), s) {
			t.Errorf("Vietnamese report still says %q:\n%s", s, vi.String())
		}
	}
}

func TestComputeNationalByAgencyMonthLevel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "n.csv")
	os.WriteFile(path, []byte(nationalFixture), 0o644)
	by, _ := ParseGroupBy("agency,level,month")
	res, err := ComputeNationalFile(context.Background(), path, Options{Year: 2025, By: by})
	if err != nil {
		t.Fatal(err)
	}
	found := map[GroupKey]*NationalCounts{}
	for _, g := range res.Groups {
		found[g.Key] = g.National
	}
	// Sở A, March: A1 A2 A4 full_online (3), A3 partial (1), and the total.
	k := GroupKey{Agency: "Sở A", Level: ServiceLevelFull, Year: 2025, Period: "2025-03"}
	if c := found[k]; c == nil || c.Received != 3 || c.OnTime != 2 {
		t.Errorf("%+v: %+v", k, c)
	}
	k.Level = ""
	if c := found[k]; c == nil || c.Received != 4 || c.OnTime != 3 {
		t.Errorf("%+v: %+v", k, c)
	}
	// Sở B, December: A6 (public service, late by the period rule), A7.
	k = GroupKey{Agency: "Sở B", Level: ServiceLevelInfo, Year: 2025, Period: "2025-12"}
	if c := found[k]; c == nil || c.Received != 2 || c.OnTime != 1 {
		t.Errorf("%+v: %+v", k, c)
	}
	if res.Used != 7 {
		t.Errorf("used %d", res.Used)
	}
}

func TestProgressPoints(t *testing.T) {
	// Phú Thọ 2026 year to date (testdata/real/phu_tho_766_counts_2026.csv).
	if p := ProgressPoints(528684, 597918); math.Round(p*100)/100 != 17.68 {
		t.Errorf("points %.4f, want 17.68", p)
	}
	if ProgressPoints(0, 0) != 0 {
		t.Error("0/0")
	}
}

// referenceNational counts a national file the plain way: the records in
// file order from dossier.ReadNational, each counted on its own by
// natWorker.add, one map of groups by text key, the keys sorted by
// lessKey. It checks the reading in parallel, the packed keys, the merge
// and the order of ComputeNationalFile.
func referenceNational(t *testing.T, path string, opts Options) *Result {
	t.Helper()
	tally := &nationalTally{opts: opts, examples: map[string]int{}, periods: map[int]string{},
		res: &Result{By: opts.By, Source: "dossiers " + path, Schema: SchemaNational, Year: opts.Year,
			Bad: BadReport{ByReason: map[string]int64{}}}}
	for _, r := range dossier.NationalRejectReasons() {
		tally.res.Bad.ByReason[r] = 0
	}
	groups := map[GroupKey]*NationalCounts{}
	add := func(k GroupKey, c *NationalCounts) {
		if groups[k] == nil {
			groups[k] = &NationalCounts{}
		}
		groups[k].add(c)
	}
	err := dossier.ReadNational(path, dossier.NationalOptions{OnReject: tally.reject}, func(n *dossier.National, _ int64) error {
		w := newNatWorker(Options{By: GroupBy{Period: opts.By.Period}, Year: opts.Year})
		w.add(n)
		tally.res.Rows++
		nc := &tally.res.NotCounted
		nc.NotReceived += w.notCounted.NotReceived
		nc.Withdrawn += w.notCounted.Withdrawn
		nc.OutsidePeriod += w.notCounted.OutsidePeriod
		if w.counts.len() == 0 {
			return nil
		}
		year, month, _, _ := tally.period(n.ReceivedAt)
		k := GroupKey{Year: year}
		if opts.By.Agency {
			k.Agency = n.Agency
		}
		if opts.By.Level {
			k.Level = serviceLevel(n.Level)
		}
		if opts.By.Procedure {
			k.Procedure = n.Procedure
		}
		if opts.By.Period != "" && opts.By.Period != PeriodYear {
			k.Period = tally.periodText(year, month)
		}
		tally.res.Used += w.counts.at(0).Received
		add(k, w.counts.at(0))
		if opts.By.Level {
			k.Level = ""
			add(k, w.counts.at(0))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tally.res.Rows += tally.res.Bad.Excluded
	keys := slices.Collect(maps.Keys(groups))
	slices.SortFunc(keys, func(a, b GroupKey) int {
		if lessKey(a, b) {
			return -1
		}
		return 1
	})
	for _, k := range keys {
		tally.res.Groups = append(tally.res.Groups, GroupRates{Key: k, National: groups[k], Rates: groups[k].Rates()})
	}
	return tally.res
}

// TestComputeNationalMatchesReference counts a generated national file of
// several chunks with one and with three goroutines, by several
// groupings and periods, and compares each result with the plain count.
func TestComputeNationalMatchesReference(t *testing.T) {
	path := filepath.Join(t.TempDir(), "n.csv")
	if _, err := gen.GenerateNational(context.Background(), path,
		gen.Options{Rows: 20000, Seed: 7, BadPerMillion: 5000}, nil); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Stat(path); err != nil || st.Size() < 2<<20 {
		t.Fatalf("want a file of several 1 MB chunks: %v %v", st.Size(), err)
	}
	for _, tc := range []struct {
		by   string
		year int
	}{
		{"agency,month", 2025},
		{"agency,level,quarter", 2025},
		{"level,procedure,year", 0},
		{"agency,procedure,level,month", 0},
		{"month", 2024},
	} {
		by, err := ParseGroupBy(tc.by)
		if err != nil {
			t.Fatal(err)
		}
		want := referenceNational(t, path, Options{By: by, Year: tc.year})
		for _, workers := range []int{1, 3} {
			got, err := ComputeNationalFile(context.Background(), path, Options{By: by, Year: tc.year, Workers: workers})
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("by %s, year %d, %d workers: rows %d/%d used %d/%d groups %d/%d, not the plain count",
					tc.by, tc.year, workers, got.Rows, want.Rows, got.Used, want.Used, len(got.Groups), len(want.Groups))
			}
		}
	}
}

// TestComputeNationalAgencyForms counts one agency written in NFC and in
// NFD (decomposed diacritics, as some exports write it) and with spaces
// around it as one group, named in NFC.
func TestComputeNationalAgencyForms(t *testing.T) {
	const nfc, nfd = "Sở Tư pháp", "So\u031b\u0309 Tu\u031b pha\u0301p"
	data := "MaHoSo,MucDo,KenhThucHien,DonViXuLy,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,TrangThaiHoSo\n" +
		"B1,4,2," + nfc + ",2025-03-01 08:00,2025-03-05,,,4\n" +
		"B2,4,2," + nfd + ",2025-03-02 08:00,2025-03-05,,,4\n" +
		"B3,4,2,\" " + nfd + " \",2025-03-03 08:00,2025-03-05,,,4\n"
	path := filepath.Join(t.TempDir(), "n.csv")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	by, _ := ParseGroupBy("agency")
	res, err := ComputeNationalFile(context.Background(), path, Options{Year: 2025, By: by})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Groups) != 1 || res.Groups[0].Key.Agency != nfc || res.Groups[0].National.Received != 3 {
		t.Errorf("groups %+v, want one of %q with 3 received", res.Groups, nfc)
	}
}
