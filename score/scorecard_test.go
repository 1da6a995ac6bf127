package score

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
)

func testCatalogue() *indicators.Catalogue {
	return indicators.NewCatalogue([]indicators.Metric{
		{ID: "online_submission_rate", Unit: "percent", Area: dataset.AreaProcedures},
		{ID: "satisfaction_rate", Unit: "percent", Area: dataset.AreaProcedures},
		{ID: "civil_servant_headcount", Unit: "staff", Direction: indicators.LowerIsBetter, Area: dataset.AreaOrganisation},
		{ID: "initiatives_count", Unit: "count", Area: dataset.AreaDirection},
		{ID: "record_digitisation_rate", Unit: "percent", Area: dataset.AreaProcedures},
	})
}

func testTargets() []dataset.Target {
	return []dataset.Target{
		{PlanID: "P", Code: "1.3", Area: dataset.AreaDirection, Metric: "initiatives_count", Comparator: ">=", Value: 3, Unit: "count", Year: 2025},
		{PlanID: "P", Code: "3.1c", Area: dataset.AreaProcedures, Metric: "record_digitisation_rate", Comparator: ">=", Value: 95, Unit: "percent", Level: "commune", Year: 2025},
		{PlanID: "P", Code: "3.2", Area: dataset.AreaProcedures, Metric: "online_submission_rate", Comparator: ">=", Value: 90, Unit: "percent", Year: 2025},
		{PlanID: "P", Code: "3.4", Area: dataset.AreaProcedures, Metric: "satisfaction_rate", Comparator: ">=", Value: 95, Unit: "percent", Year: 2025},
		{PlanID: "P", Code: "4.3", Area: dataset.AreaOrganisation, Metric: "civil_servant_headcount", Comparator: ">=", Value: 28, Unit: "staff",
			Change: dataset.ChangeDecrease, BaselineYear: iy(2024), Year: 2025},
		{PlanID: "P", Code: "7.9", Area: dataset.AreaDigitalGovernment, Comparator: ">=", Value: 80, Unit: "percent", Year: 2025},
	}
}

func TestScorecard(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 91.3, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "satisfaction_rate", Value: 94, Unit: "%"},
		{Entity: "Hà Tĩnh", Year: 2024, Metric: "civil_servant_headcount", Value: 3000, Unit: "staff"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "civil_servant_headcount", Value: 2980},
		{Entity: "Hà Tĩnh", Level: "commune", Year: 2025, Metric: "record_digitisation_rate", Value: 96},
		{Entity: "Hà Tĩnh", Level: "district", Year: 2025, Metric: "record_digitisation_rate", Value: 99}, // no district target
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "7.9", Value: 85, Unit: "percent"},                        // by target code
		{Entity: "Ha Tinh", Year: 2025, Metric: "online_submission_rate", Value: 91.3},                    // identical repeat, folded entity
		{Entity: "Quảng Trị", Year: 2025, Metric: "online_submission_rate", Value: 70, Period: "2025-06"}, // monthly: not annual
		{Entity: "Quảng Trị", Year: 2025, Metric: "satisfaction_rate", Value: 96},
	}
	res, err := Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue()})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(res.Scores), 2*6; got != want {
		t.Fatalf("%d rows, want %d (one per target, entity, year)", got, want)
	}
	if strings.Join(res.Entities, "|") != "Hà Tĩnh|Quảng Trị" {
		t.Errorf("entities %v", res.Entities)
	}
	want := map[string]string{ // entity/code → status
		"Hà Tĩnh/1.3": "no_data", "Hà Tĩnh/3.1c": "met", "Hà Tĩnh/3.2": "met", "Hà Tĩnh/3.4": "near",
		"Hà Tĩnh/4.3": "off_track", "Hà Tĩnh/7.9": "met",
		"Quảng Trị/3.4": "met", "Quảng Trị/3.2": "no_data", "Quảng Trị/4.3": "no_data",
	}
	for _, s := range res.Scores {
		if w, ok := want[s.Entity+"/"+s.Code]; ok && s.Status != w {
			t.Errorf("%s %s: %s, want %s (%s)", s.Entity, s.Code, s.Status, w, s.Note)
		}
		if s.Year != 2025 {
			t.Errorf("row year %d", s.Year)
		}
		// The change direction is carried for the change target only, with
		// or without data.
		if wantChange := map[string]string{"4.3": dataset.ChangeDecrease}[s.Code]; s.Change != wantChange {
			t.Errorf("%s %s: change %q, want %q", s.Entity, s.Code, s.Change, wantChange)
		}
	}
	if len(res.Unmatched) != 2 || res.Unmatched[0].Level != "district" || res.Unmatched[1].Period != "2025-06" {
		t.Errorf("unmatched = %+v", res.Unmatched)
	}
	if len(res.Superseded) != 1 || res.Superseded[0].Entity != "Ha Tinh" {
		t.Errorf("superseded = %+v", res.Superseded)
	}
	// Every input row is accounted for: used, unmatched or superseded.
	used := 0
	for _, s := range res.Scores {
		if s.Actual != nil {
			used++
		}
		if s.Baseline != nil {
			used++
		}
	}
	if used+len(res.Unmatched)+len(res.Superseded) != len(obs) {
		t.Errorf("rows: %d used + %d unmatched + %d superseded != %d", used, len(res.Unmatched), len(res.Superseded), len(obs))
	}
	// Aggregates: Hà Tĩnh has 5 of 6 targets observed (≥ 2/3) → a score;
	// Quảng Trị has 1 of 6 → none, and no rank.
	var ht, qt *Aggregate
	for i := range res.Plans {
		switch res.Plans[i].Entity {
		case "Hà Tĩnh":
			ht = &res.Plans[i]
		case "Quảng Trị":
			qt = &res.Plans[i]
		}
	}
	if ht == nil || ht.Score == nil || ht.Met != 3 || ht.Near != 1 || ht.OffTrack != 1 || ht.NoData != 1 || *ht.Rank != 1 {
		t.Fatalf("Hà Tĩnh plan aggregate %+v", ht)
	}
	if qt == nil || qt.Score != nil || qt.Rank != nil || qt.NoData != 5 {
		t.Errorf("Quảng Trị plan aggregate %+v, want no score", qt)
	}
	// Plan score: mean of the area scores that exist. direction: none (no data);
	// procedures: (1 + 1 + 94/95)/3; organisation: 20/28; digital: 1.
	proc := (1 + 1 + 94.0/95) / 3 * 100
	wantScore := (proc + 20.0/28*100 + 100) / 3
	if !approxEq(*ht.Score, wantScore, 1e-9) {
		t.Errorf("plan score %.4f, want %.4f", *ht.Score, wantScore)
	}
	for _, a := range res.Areas {
		if a.Entity == "Hà Tĩnh" && a.Area == dataset.AreaDirection && a.Score != nil {
			t.Errorf("direction area with no data has score %v: no_data must never count as 0", *a.Score)
		}
	}
}

func TestScorecardErrors(t *testing.T) {
	tests := []struct {
		name  string
		obs   []dataset.Observation
		cause error
		has   []string
	}{
		{"unknown metric", []dataset.Observation{
			{Entity: "A", Year: 2025, Metric: "online_submision_rate", Value: 1},
			{Entity: "B", Year: 2025, Metric: "online_submision_rate", Value: 1}},
			ErrUnknownMetric, []string{"obs.csv:2:", "did you mean online_submission_rate", "1 more row"}},
		{"unit mismatch", []dataset.Observation{{Entity: "A", Year: 2025, Metric: "civil_servant_headcount", Value: 5, Unit: "percent"}},
			ErrUnitMismatch, []string{"unit \"percent\"", "count"}},
		{"rate above 100", []dataset.Observation{{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 130}},
			ErrOutOfRange, []string{"130", "0 and 100"}},
		{"negative count", []dataset.Observation{{Entity: "A", Year: 2025, Metric: "initiatives_count", Value: -2}},
			ErrOutOfRange, []string{"-2", "negative"}},
		{"conflicting duplicate", []dataset.Observation{
			{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 90},
			{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 91}},
			ErrDuplicate, []string{"obs.csv:3:", "obs.csv:2", "91", "90", "duplicate of obs.csv:2"}},
		{"missing entity", []dataset.Observation{{Year: 2025, Metric: "satisfaction_rate", Value: 90}},
			ErrMissingField, []string{"entity"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := make([]int, len(tc.obs))
			for i := range lines {
				lines[i] = i + 2
			}
			res, err := Scorecard(testTargets(), tc.obs, Options{Catalogue: testCatalogue(), File: "obs.csv", Lines: lines})
			if err == nil || res != nil {
				t.Fatalf("no error (result %v)", res)
			}
			if !errors.Is(err, tc.cause) {
				t.Errorf("error %v is not %v", err, tc.cause)
			}
			var ie *InputError
			if !errors.As(err, &ie) || ie.Line == 0 {
				t.Errorf("error %v carries no line", err)
			}
			for _, w := range tc.has {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

func TestScorecardDedupe(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 90},
		{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 96},
	}
	for _, tc := range []struct {
		policy string
		want   float64
	}{{DedupeLast, 96}, {DedupeFirst, 90}} {
		res, err := Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue(), Dedupe: tc.policy})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range res.Scores {
			if s.Code == "3.4" && *s.Actual != tc.want {
				t.Errorf("dedupe %s: actual %v, want %v", tc.policy, *s.Actual, tc.want)
			}
		}
		if len(res.Superseded) != 1 {
			t.Errorf("dedupe %s: superseded %v", tc.policy, res.Superseded)
		}
	}
	if _, err := Scorecard(nil, nil, Options{Dedupe: "middle"}); err == nil {
		t.Error("unknown dedupe policy accepted")
	}
}

func TestScorecardEntityAndYear(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "satisfaction_rate", Value: 96},
		{Entity: "Quảng Trị", Year: 2025, Metric: "satisfaction_rate", Value: 96},
	}
	res, err := Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue(), Entity: "ha tinh"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Entities) != 1 || res.Entities[0] != "Hà Tĩnh" || len(res.Scores) != 6 {
		t.Errorf("entities %v, %d rows", res.Entities, len(res.Scores))
	}
	// An entity with no observation still gets a full no_data scorecard.
	res, err = Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue(), Entity: "Nghệ An"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scores) != 6 || res.Scores[0].Status != "no_data" || len(res.Unmatched) != 0 {
		t.Errorf("Nghệ An: %d rows, unmatched %d", len(res.Scores), len(res.Unmatched))
	}
	res, err = Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue(), Year: 2024})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scores) != 0 || len(res.Unmatched) != 2 {
		t.Errorf("year 2024: %d rows, %d unmatched", len(res.Scores), len(res.Unmatched))
	}
}

func TestAggregateScoresRanks(t *testing.T) {
	mk := func(entity string, att float64) dataset.Score {
		return dataset.Score{Entity: entity, PlanID: "P", Year: 2025, Area: "procedures", Status: "met", Attainment: f(att), Weight: 1}
	}
	scores := []dataset.Score{mk("A", 0.8), mk("B", 0.9), mk("C", 0.8), mk("D", 1),
		{Entity: "E", PlanID: "P", Year: 2025, Area: "procedures", Status: "no_data"}}
	areas, plans := AggregateScores(scores, AggregateOptions{})
	ranks := map[string]int{}
	for _, p := range plans {
		if p.Rank != nil {
			ranks[p.Entity] = *p.Rank
		}
	}
	if fmt.Sprint(ranks) != "map[A:3 B:2 C:3 D:1]" {
		t.Errorf("ranks %v (ties share the better rank)", ranks)
	}
	if len(areas) != 5 || areas[4].Score != nil || areas[4].NoData != 1 {
		t.Errorf("areas %+v", areas)
	}
}

// ByRank orders by rank, ties in their given order, the unranked last,
// and leaves its argument as it was.
func TestByRank(t *testing.T) {
	_, plans := AggregateScores([]dataset.Score{
		{Entity: "E", PlanID: "P", Year: 2025, Area: "procedures", Status: "no_data"},
		{Entity: "A", PlanID: "P", Year: 2025, Area: "procedures", Status: "met", Attainment: f(0.8), Weight: 1},
		{Entity: "B", PlanID: "P", Year: 2025, Area: "procedures", Status: "met", Attainment: f(0.9), Weight: 1},
		{Entity: "C", PlanID: "P", Year: 2025, Area: "procedures", Status: "met", Attainment: f(0.8), Weight: 1},
		{Entity: "D", PlanID: "P", Year: 2025, Area: "procedures", Status: "met", Attainment: f(1), Weight: 1},
	}, AggregateOptions{})
	var before, after []string
	for _, p := range plans {
		before = append(before, p.Entity)
	}
	for _, p := range ByRank(plans) {
		after = append(after, p.Entity)
	}
	if got := strings.Join(after, " "); got != "D B A C E" {
		t.Errorf("by rank %q, want D B A C E", got)
	}
	var again []string
	for _, p := range plans {
		again = append(again, p.Entity)
	}
	if !reflect.DeepEqual(before, again) {
		t.Errorf("the argument was reordered: %v → %v", before, again)
	}
}

// genObservations builds provinces × units × metrics × years observations.
func genObservations(provinces, units, metrics, years int) ([]dataset.Target, []dataset.Observation, *indicators.Catalogue) {
	var ms []indicators.Metric
	var ts []dataset.Target
	for m := 0; m < metrics; m++ {
		id := fmt.Sprintf("metric_%02d", m)
		unit := "percent"
		if m%4 == 3 {
			unit = "count"
		}
		ms = append(ms, indicators.Metric{ID: id, Unit: unit, Area: dataset.Areas()[m%8]})
		t := dataset.Target{PlanID: "P", Code: fmt.Sprintf("T%02d", m), Area: dataset.Areas()[m%8], Metric: id,
			Comparator: ">=", Value: 90, Unit: unit, Year: 2025}
		if m%10 == 9 {
			t.Change, t.BaselineYear, t.Value = dataset.ChangeDecrease, iy(2024), 5
		}
		ts = append(ts, t)
	}
	obs := make([]dataset.Observation, 0, provinces*units*metrics*years)
	seed := uint64(1)
	for p := 0; p < provinces; p++ {
		for u := 0; u < units; u++ {
			ent := fmt.Sprintf("P%02d/U%03d", p, u)
			for y := 0; y < years; y++ {
				for m := 0; m < metrics; m++ {
					seed = seed*6364136223846793005 + 1442695040888963407
					obs = append(obs, dataset.Observation{Entity: ent, Year: 2025 - years + 1 + y, Metric: ms[m].ID,
						Value: float64(seed>>40) / float64(1<<24) * 100, Unit: ms[m].Unit})
				}
			}
		}
	}
	return ts, obs, indicators.NewCatalogue(ms)
}

func TestScorecardGenerated(t *testing.T) {
	// 6 × 100 units × 40 targets = 24 000 rows: enough for the parallel path.
	ts, obs, cat := genObservations(6, 100, 40, 2)
	res, err := Scorecard(ts, obs, Options{Catalogue: cat})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scores) != 600*40 {
		t.Fatalf("%d rows", len(res.Scores))
	}
	// The 2024 values of non-change metrics are unmatched: 600 units × 36 metrics.
	if len(res.Unmatched) != 600*36 {
		t.Errorf("%d unmatched", len(res.Unmatched))
	}
	// Reference: score each row alone.
	byCode := map[string]dataset.Target{}
	for _, x := range ts {
		byCode[x.Code] = x
	}
	for _, s := range res.Scores {
		tg := byCode[s.Code]
		ref := ScoreTarget(tg, s.Actual, s.Baseline, DefaultRules())
		if ref.Status != s.Status || *ref.Attainment != *s.Attainment || ref.Note != s.Note {
			t.Fatalf("row %+v differs from ScoreTarget %+v", s, ref)
		}
	}
	// The aggregates built while scoring equal those built from the rows.
	areas, plans := AggregateScores(res.Scores, AggregateOptions{})
	if !reflect.DeepEqual(areas, res.Areas) || !reflect.DeepEqual(plans, res.Plans) {
		t.Errorf("aggregates differ: %d/%d areas, %d/%d plans", len(areas), len(res.Areas), len(plans), len(res.Plans))
	}
}

// BenchmarkScorecard3_5M scores 63 provinces × 700 units × 40 metrics × 2
// years = 3 528 000 observations against 40 targets (1 764 000 rows).
func BenchmarkScorecard3_5M(b *testing.B) {
	ts, obs, cat := genObservations(63, 700, 40, 2)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		res, err := Scorecard(ts, obs, Options{Catalogue: cat})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Scores) != 63*700*40 {
			b.Fatalf("%d rows", len(res.Scores))
		}
	}
	b.ReportMetric(float64(len(obs)), "observations/op")
}

// BenchmarkScorecard3_5MReuse is BenchmarkScorecard3_5M with
// Options.ReuseObservations, as cchc scorecard calls it: the unmatched rows
// are kept in the input's memory instead of a copy. Each iteration scores
// a fresh copy of the observations (not timed).
func BenchmarkScorecard3_5MReuse(b *testing.B) {
	ts, obs, cat := genObservations(63, 700, 40, 2)
	work := make([]dataset.Observation, len(obs))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		copy(work, obs)
		b.StartTimer()
		res, err := Scorecard(ts, work, Options{Catalogue: cat, ReuseObservations: true})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Scores) != 63*700*40 {
			b.Fatalf("%d rows", len(res.Scores))
		}
	}
	b.ReportMetric(float64(len(obs)), "observations/op")
}

// A target's own metric id is accepted in observations even when the
// catalogue does not know it.
func TestScorecardMetricOutsideCatalogue(t *testing.T) {
	ts := []dataset.Target{{Code: "9", Area: "communication", Metric: "news_articles", Comparator: ">=", Value: 12, Unit: "count", Year: 2025}}
	obs := []dataset.Observation{{Entity: "Quảng Trị", Year: 2025, Metric: "news_articles", Value: 14}}
	res, err := Scorecard(ts, obs, Options{Catalogue: testCatalogue()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Scores) != 1 || res.Scores[0].Status != "met" {
		t.Errorf("scores %+v", res.Scores)
	}
	// Negative counts are refused by the target's unit too.
	obs[0].Value = -1
	if _, err := Scorecard(ts, obs, Options{Catalogue: testCatalogue()}); !errors.Is(err, ErrOutOfRange) {
		t.Errorf("negative count: %v", err)
	}
}

// Random inputs never panic, and every observation is accounted for:
// used as an actual or a baseline, unmatched, superseded or of another
// entity — or the whole input is refused with InputErrors.
func TestScorecardRandomInputs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	metrics := []string{"online_submission_rate", "satisfaction_rate", "civil_servant_headcount", "initiatives_count", "7.9", "nope", ""}
	levels := []string{"", "province", "district", "commune"}
	entities := []string{"Hà Tĩnh", "Ha Tinh", "Quảng Trị", "", "Sở Nội vụ"}
	vals := []float64{0, 1, 50, 99.5, 100, 101, -1, 3000, math.NaN(), math.Inf(1)}
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	for i := 0; i < 300; i++ {
		ts := testTargets()
		for j := range ts {
			if rng.IntN(4) == 0 {
				ts[j].Year = 2023 + rng.IntN(4)
			}
			if rng.IntN(5) == 0 {
				ts[j].Comparator = pick([]string{"<=", "<", "=", "approx", "", "?"})
			}
		}
		var obs []dataset.Observation
		for j := rng.IntN(30); j > 0; j-- {
			obs = append(obs, dataset.Observation{Entity: pick(entities), Level: pick(levels), Year: 2022 + rng.IntN(5),
				Metric: pick(metrics), Value: vals[rng.IntN(len(vals))], Unit: pick([]string{"", "percent", "count", "staff"})})
			if rng.IntN(10) == 0 {
				obs[len(obs)-1].Period = "2025-Q1"
			}
		}
		opts := Options{Catalogue: testCatalogue(), Dedupe: pick([]string{"", "last", "first"})}
		if rng.IntN(4) == 0 {
			opts.Entity = "ha tinh"
		}
		if rng.IntN(4) == 0 {
			opts.Year = 2025
		}
		res, err := Scorecard(ts, obs, opts)
		if err != nil {
			var ies InputErrors
			if !errors.As(err, &ies) || len(ies) == 0 {
				t.Fatalf("error of the wrong kind: %v", err)
			}
			continue
		}
		used := 0
		for _, s := range res.Scores {
			if s.Attainment != nil && (*s.Attainment < 0 || *s.Attainment > 1) {
				t.Fatalf("attainment %v", *s.Attainment)
			}
			if s.Actual != nil {
				used++
			}
			if s.Baseline != nil {
				used++
			}
		}
		// An observation may serve several rows (a row without level serves
		// every level), so used rows can exceed the observations they use.
		if len(res.Unmatched)+len(res.Superseded)+res.OtherEntities > len(obs) {
			t.Fatalf("accounting: %d unmatched + %d superseded + %d other > %d", len(res.Unmatched), len(res.Superseded), res.OtherEntities, len(obs))
		}
		if used == 0 && len(res.Unmatched)+len(res.Superseded)+res.OtherEntities != len(obs) {
			t.Fatalf("nothing used but %d of %d observations accounted for", len(res.Unmatched)+len(res.Superseded)+res.OtherEntities, len(obs))
		}
		// Reusing the observations' memory gives the same result.
		opts.ReuseObservations = true
		reused, err := Scorecard(ts, append([]dataset.Observation(nil), obs...), opts)
		if err != nil {
			t.Fatalf("with ReuseObservations: %v", err)
		}
		if !reflect.DeepEqual(reused, res) {
			t.Fatalf("with ReuseObservations: %d unmatched %d superseded, want %d and %d", len(reused.Unmatched), len(reused.Superseded), len(res.Unmatched), len(res.Superseded))
		}
	}
}

// Large enough for every parallel path (scoring, the unmatched copy,
// ranking): results equal a plain sequential reading.
func TestScorecardLargeParallel(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	ts, obs, cat := genObservations(17, 600, 10, 2) // 10 200 units, 204 000 observations
	res, err := Scorecard(ts, obs, Options{Catalogue: cat})
	if err != nil {
		t.Fatal(err)
	}
	var want []dataset.Observation
	for _, o := range obs {
		if o.Year == 2024 && o.Metric != "metric_09" { // metric_09 is the change target: its 2024 value is a baseline
			want = append(want, o)
		}
	}
	if !reflect.DeepEqual(res.Unmatched, want) {
		t.Fatalf("unmatched: %d rows, want %d in input order", len(res.Unmatched), len(want))
	}
	// Ranks: 1 is the best score, and a worse score never has a better rank.
	for _, ags := range [][]Aggregate{res.Plans, res.Areas} {
		best := map[string]float64{}
		for _, a := range ags {
			if a.Rank != nil && *a.Rank == 1 {
				best[a.Area] = *a.Score
			}
		}
		for _, a := range ags {
			if a.Score != nil && *a.Score > best[a.Area]+1e-9 {
				t.Fatalf("%s %s: score %v above the rank-1 score %v", a.Entity, a.Area, *a.Score, best[a.Area])
			}
		}
	}
	areas, plans := AggregateScores(res.Scores, AggregateOptions{})
	if !reflect.DeepEqual(areas, res.Areas) || !reflect.DeepEqual(plans, res.Plans) {
		t.Error("aggregates differ from AggregateScores")
	}
}

func TestScorecardFractionWarning(t *testing.T) {
	obs := []dataset.Observation{
		{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 0.94},
		{Entity: "B", Year: 2025, Metric: "satisfaction_rate", Value: 0.97},
		{Entity: "C", Year: 2025, Metric: "satisfaction_rate", Value: 1},
		{Entity: "C", Year: 2025, Metric: "online_submission_rate", Value: 91.3},
	}
	res, err := Scorecard(testTargets(), obs, Options{Catalogue: testCatalogue()})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0], "all 3 values of satisfaction_rate are at most 1") {
		t.Errorf("warnings %q", res.Warnings)
	}
}

// Points add up per area and plan; rows without data add none.
func TestScorecardPoints(t *testing.T) {
	r := DefaultRules()
	r.Points = []PointRule{
		{Metric: "online_submission_rate", Kind: PointsThreshold, Max: 2, Threshold: 90},
		{Metric: "satisfaction_rate", Kind: PointsThreshold, Max: 2, Threshold: 95},
		{Metric: "initiatives_count", Kind: PointsAllOrNothing, Max: 1},
	}
	obs := []dataset.Observation{
		{Entity: "A", Year: 2025, Metric: "online_submission_rate", Value: 45},
		{Entity: "A", Year: 2025, Metric: "satisfaction_rate", Value: 96},
	}
	res, err := Scorecard(testTargets(), obs, Options{Rules: r, Catalogue: testCatalogue()})
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range res.Areas {
		switch a.Area {
		case dataset.AreaProcedures:
			if a.Points == nil || *a.Points != 3 || *a.MaxPoints != 4 {
				t.Errorf("procedures points %v of %v, want 3 of 4", a.Points, a.MaxPoints)
			}
		case dataset.AreaDirection:
			if a.Points != nil {
				t.Errorf("direction (no data) has points %v", *a.Points)
			}
		}
	}
	if p := res.Plans[0]; p.Points == nil || *p.Points != 3 || *p.MaxPoints != 4 {
		t.Errorf("plan points %v of %v", p.Points, p.MaxPoints)
	}
}
