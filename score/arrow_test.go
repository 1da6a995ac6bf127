package score

import (
	"testing"

	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
)

func TestScorecardRecord(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	targets := dataset.TargetsToRecord(mem, testTargets())
	defer targets.Release()
	obs := dataset.ObservationsToRecord(mem, []dataset.Observation{
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "online_submission_rate", Value: 91.3, Unit: "percent"},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "satisfaction_rate", Value: 94},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "initiatives_count", Value: 3},
		{Entity: "Hà Tĩnh", Level: "commune", Year: 2025, Metric: "record_digitisation_rate", Value: 96},
		{Entity: "Hà Tĩnh", Year: 2025, Metric: "7.9", Value: 85},
		{Entity: "Hà Tĩnh", Year: 2023, Metric: "satisfaction_rate", Value: 90},
	})
	defer obs.Release()
	r, err := ScorecardRecord(mem, targets, obs, Options{Catalogue: testCatalogue()})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Release()
	if r.Scores.NumRows() != 6 || r.Unmatched.NumRows() != 1 || r.Plans.NumRows() != 1 || r.Areas.NumRows() != 4 {
		t.Fatalf("rows: scores %d, unmatched %d, plans %d, areas %d", r.Scores.NumRows(), r.Unmatched.NumRows(), r.Plans.NumRows(), r.Areas.NumRows())
	}
	back, err := dataset.ScoresFromRecord(r.Scores)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range back {
		w := r.Result.Scores[i]
		if s.Code != w.Code || s.Status != w.Status || s.Note != w.Note || (s.Attainment == nil) != (w.Attainment == nil) {
			t.Errorf("row %d: %+v, want %+v", i, s, w)
		}
	}
	// 5 of 6 targets observed: the plan has a score and rank 1.
	score := r.Plans.Column(10).(*array.Float64)
	rank := r.Plans.Column(11).(*array.Int32)
	if score.IsNull(0) || rank.Value(0) != 1 {
		t.Errorf("plan aggregate: score null %v, rank %v", score.IsNull(0), rank.Value(0))
	}
	r.Release() // twice is safe
}
