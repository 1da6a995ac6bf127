package score

import (
	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// AggregateSchema is the Arrow schema of a table of aggregates (see
// AggregatesToRecord): entity, plan_id, year, area, targets, met, near,
// off_track, no_data, coverage, score (null under the minimum coverage),
// rank (null when unranked), points and max_points (null without points).
func AggregateSchema() *arrow.Schema {
	return arrow.NewSchema([]arrow.Field{
		{Name: "entity", Type: arrow.BinaryTypes.String},
		{Name: "plan_id", Type: arrow.BinaryTypes.String},
		{Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "area", Type: arrow.BinaryTypes.String},
		{Name: "targets", Type: arrow.PrimitiveTypes.Int32},
		{Name: "met", Type: arrow.PrimitiveTypes.Int32},
		{Name: "near", Type: arrow.PrimitiveTypes.Int32},
		{Name: "off_track", Type: arrow.PrimitiveTypes.Int32},
		{Name: "no_data", Type: arrow.PrimitiveTypes.Int32},
		{Name: "coverage", Type: arrow.PrimitiveTypes.Float64},
		{Name: "score", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		{Name: "rank", Type: arrow.PrimitiveTypes.Int32, Nullable: true},
		{Name: "points", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		{Name: "max_points", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
	}, nil)
}

// AggregatesToRecord builds an Arrow record of aggregates in
// AggregateSchema. The caller releases it.
func AggregatesToRecord(mem memory.Allocator, ags []Aggregate) arrow.Record {
	b := array.NewRecordBuilder(mem, AggregateSchema())
	defer b.Release()
	for _, a := range ags {
		b.Field(0).(*array.StringBuilder).Append(a.Entity)
		b.Field(1).(*array.StringBuilder).Append(a.PlanID)
		b.Field(2).(*array.Int32Builder).Append(int32(a.Year))
		b.Field(3).(*array.StringBuilder).Append(a.Area)
		for i, n := range []int{a.Targets, a.Met, a.Near, a.OffTrack, a.NoData} {
			b.Field(4 + i).(*array.Int32Builder).Append(int32(n))
		}
		b.Field(9).(*array.Float64Builder).Append(a.Coverage)
		if a.Score != nil {
			b.Field(10).(*array.Float64Builder).Append(*a.Score)
		} else {
			b.Field(10).AppendNull()
		}
		if a.Rank != nil {
			b.Field(11).(*array.Int32Builder).Append(int32(*a.Rank))
		} else {
			b.Field(11).AppendNull()
		}
		for i, v := range []*float64{a.Points, a.MaxPoints} {
			if v != nil {
				b.Field(12 + i).(*array.Float64Builder).Append(*v)
			} else {
				b.Field(12 + i).AppendNull()
			}
		}
	}
	return b.NewRecord()
}

// RecordResult is a scorecard as Arrow records (dataset's scores and
// observations schemas, and AggregateSchema). Release frees them all.
type RecordResult struct {
	// Scores has one row per (target, entity, year).
	Scores arrow.Record
	// Unmatched holds the observations that matched no target.
	Unmatched arrow.Record
	// Areas and Plans hold the aggregates.
	Areas, Plans arrow.Record
	// Result is the same scorecard as Go values.
	Result *Result
}

// Release releases the records. It is safe to call more than once.
func (r *RecordResult) Release() {
	for _, rec := range []*arrow.Record{&r.Scores, &r.Unmatched, &r.Areas, &r.Plans} {
		if *rec != nil {
			(*rec).Release()
			*rec = nil
		}
	}
}

// ScorecardRecord scores a targets table against an observations table,
// both Arrow records in dataset's schemas (as read by dataset.ReadFile),
// and returns the scorecard, the unmatched observations and the aggregates
// as Arrow records built with mem. The caller releases the result.
func ScorecardRecord(mem memory.Allocator, targets, observations arrow.Record, opts Options) (*RecordResult, error) {
	ts, err := dataset.TargetsFromRecord(targets)
	if err != nil {
		return nil, i18n.Errorf("score: reading targets: %w", err)
	}
	obs, err := dataset.ObservationsFromRecord(observations)
	if err != nil {
		return nil, i18n.Errorf("score: reading observations: %w", err)
	}
	res, err := Scorecard(ts, obs, opts)
	if err != nil {
		return nil, err
	}
	return &RecordResult{
		Scores:    dataset.ScoresToRecord(mem, res.Scores),
		Unmatched: dataset.ObservationsToRecord(mem, res.Unmatched),
		Areas:     AggregatesToRecord(mem, res.Areas),
		Plans:     AggregatesToRecord(mem, res.Plans),
		Result:    res,
	}, nil
}
