package dataset

import (
	"math"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// field binds one column of a table kind to a field of its Go struct T.
type field[T any] struct {
	name string
	put  func(b array.Builder, r *T)
	get  func(a arrow.Array, i int, r *T) error
}

func fStr[T any](name string, acc func(*T) *string) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) { appendString(b, *acc(r)) },
		func(a arrow.Array, i int, r *T) error { s, err := stringAt(a, i); *acc(r) = s; return err }}
}

func fInt[T any](name string, acc func(*T) *int) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) { b.(*array.Int32Builder).Append(int32(*acc(r))) },
		func(a arrow.Array, i int, r *T) error {
			v, ok, err := intAt(a, i)
			if ok {
				*acc(r) = int(v)
			}
			return err
		}}
}

func fOptInt[T any](name string, acc func(*T) **int) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) {
			if p := *acc(r); p != nil {
				b.(*array.Int32Builder).Append(int32(*p))
			} else {
				b.AppendNull()
			}
		},
		func(a arrow.Array, i int, r *T) error {
			v, ok, err := intAt(a, i)
			if ok {
				n := int(v)
				*acc(r) = &n
			}
			return err
		}}
}

func fFloat[T any](name string, acc func(*T) *float64) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) { b.(*array.Float64Builder).Append(*acc(r)) },
		func(a arrow.Array, i int, r *T) error {
			v, ok, err := floatAt(a, i)
			if ok {
				*acc(r) = v
			}
			return err
		}}
}

// fNaNFloat stores NaN as null and reads null as NaN: the convention for
// IndexValue.Value, which is null in the table when only a rank was published.
func fNaNFloat[T any](name string, acc func(*T) *float64) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) {
			if v := *acc(r); math.IsNaN(v) {
				b.AppendNull()
			} else {
				b.(*array.Float64Builder).Append(v)
			}
		},
		func(a arrow.Array, i int, r *T) error {
			v, ok, err := floatAt(a, i)
			if ok {
				*acc(r) = v
			} else {
				*acc(r) = math.NaN()
			}
			return err
		}}
}

func fOptFloat[T any](name string, acc func(*T) **float64) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) {
			if p := *acc(r); p != nil {
				b.(*array.Float64Builder).Append(*p)
			} else {
				b.AppendNull()
			}
		},
		func(a arrow.Array, i int, r *T) error {
			v, ok, err := floatAt(a, i)
			if ok {
				*acc(r) = &v
			}
			return err
		}}
}

func fBool[T any](name string, acc func(*T) *bool) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) { b.(*array.BooleanBuilder).Append(*acc(r)) },
		func(a arrow.Array, i int, r *T) error {
			v, ok, err := boolAt(a, i)
			if ok {
				*acc(r) = v
			}
			return err
		}}
}

func fStrs[T any](name string, acc func(*T) *[]string) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) { appendStrings(b, *acc(r)) },
		func(a arrow.Array, i int, r *T) error { v, err := stringsAt(a, i); *acc(r) = v; return err }}
}

func fInts[T any](name string, acc func(*T) *[]int) field[T] {
	return field[T]{name,
		func(b array.Builder, r *T) {
			lb := b.(*array.ListBuilder)
			lb.Append(true)
			vb := lb.ValueBuilder().(*array.Int32Builder)
			for _, v := range *acc(r) {
				vb.Append(int32(v))
			}
		},
		func(a arrow.Array, i int, r *T) error { v, err := intsAt(a, i); *acc(r) = v; return err }}
}

// toRecord builds a record of kind k from rows, one column per field.
func toRecord[T any](mem memory.Allocator, k Kind, fields []field[T], rows []T) arrow.Record {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	rb := array.NewRecordBuilder(mem, Schema(k))
	defer rb.Release()
	for j := range fields {
		rb.Field(j).Reserve(len(rows))
	}
	for i := range rows {
		for j, f := range fields {
			f.put(rb.Field(j), &rows[i])
		}
	}
	return rb.NewRecord()
}

// fromRecord reads rows of kind k from rec. Columns are found by name;
// a column rec lacks leaves its field at the zero value, unless the
// column is required for the kind.
func fromRecord[T any](rec arrow.Record, k Kind, fields []field[T]) ([]T, error) {
	if rec == nil {
		return nil, nil
	}
	cs := specs(k)
	cols := make([]arrow.Array, len(fields))
	for j, f := range fields {
		idx := rec.Schema().FieldIndices(f.name)
		if len(idx) == 0 {
			if cs[j].required {
				return nil, i18n.Errorf("dataset: %s record has no column %q", k, f.name)
			}
			continue
		}
		cols[j] = rec.Column(idx[0])
	}
	rows := make([]T, rec.NumRows())
	for i := range rows {
		for j, f := range fields {
			// A missing column (nil) reads as nulls.
			if err := f.get(cols[j], i, &rows[i]); err != nil {
				return nil, i18n.Errorf("dataset: %s row %d, column %q: %w", k, i, f.name, err)
			}
		}
	}
	return rows, nil
}

func planFields() []field[Plan] {
	return []field[Plan]{
		fStr("id", func(r *Plan) *string { return &r.ID }),
		fStr("doc_number", func(r *Plan) *string { return &r.DocNumber }),
		fStr("doc_type", func(r *Plan) *string { return &r.DocType }),
		fStr("issuer", func(r *Plan) *string { return &r.Issuer }),
		fStr("province", func(r *Plan) *string { return &r.Province }),
		fStr("date", func(r *Plan) *string { return &r.Date }),
		fInt("year", func(r *Plan) *int { return &r.Year }),
		fStr("title", func(r *Plan) *string { return &r.Title }),
		fStr("signer", func(r *Plan) *string { return &r.Signer }),
	}
}

func targetFields() []field[Target] {
	return []field[Target]{
		fStr("plan_id", func(r *Target) *string { return &r.PlanID }),
		fStr("code", func(r *Target) *string { return &r.Code }),
		fStr("area", func(r *Target) *string { return &r.Area }),
		fStr("metric", func(r *Target) *string { return &r.Metric }),
		fStr("subject", func(r *Target) *string { return &r.Subject }),
		fStr("comparator", func(r *Target) *string { return &r.Comparator }),
		fFloat("value", func(r *Target) *float64 { return &r.Value }),
		fOptFloat("value_max", func(r *Target) **float64 { return &r.ValueMax }),
		fStr("unit", func(r *Target) *string { return &r.Unit }),
		fStr("level", func(r *Target) *string { return &r.Level }),
		fStr("change", func(r *Target) *string { return &r.Change }),
		fOptInt("baseline_year", func(r *Target) **int { return &r.BaselineYear }),
		fInt("year", func(r *Target) *int { return &r.Year }),
		fFloat("weight", func(r *Target) *float64 { return &r.Weight }),
		fInt("source_line", func(r *Target) *int { return &r.Source.Line }),
		fStr("source_text", func(r *Target) *string { return &r.Source.Text }),
	}
}

func taskFields() []field[Task] {
	return []field[Task]{
		fStr("plan_id", func(r *Task) *string { return &r.PlanID }),
		fStr("code", func(r *Task) *string { return &r.Code }),
		fStr("section", func(r *Task) *string { return &r.Section }),
		fStr("objective", func(r *Task) *string { return &r.Objective }),
		fStr("task", func(r *Task) *string { return &r.Task }),
		fStr("activity", func(r *Task) *string { return &r.Activity }),
		fStr("product", func(r *Task) *string { return &r.Product }),
		fStrs("lead", func(r *Task) *[]string { return &r.Lead }),
		fStrs("partners", func(r *Task) *[]string { return &r.Partners }),
		fStr("deadline_text", func(r *Task) *string { return &r.Deadline.Text }),
		fStr("deadline_kind", func(r *Task) *string { return &r.Deadline.Kind }),
		fStr("deadline_start", func(r *Task) *string { return &r.Deadline.Start }),
		fStr("deadline_end", func(r *Task) *string { return &r.Deadline.End }),
		fStr("budget_text", func(r *Task) *string { return &r.Budget.Text }),
		fOptFloat("budget_amount", func(r *Task) **float64 { return &r.Budget.Amount }),
		fStr("budget_unit", func(r *Task) *string { return &r.Budget.Unit }),
		fInt("source_line", func(r *Task) *int { return &r.Source.Line }),
		fStr("source_text", func(r *Task) *string { return &r.Source.Text }),
	}
}

func findingFields() []field[Finding] {
	return []field[Finding]{
		fStr("plan_id", func(r *Finding) *string { return &r.PlanID }),
		fStr("kind", func(r *Finding) *string { return &r.Kind }),
		fStr("message", func(r *Finding) *string { return &r.Message }),
		fInts("lines", func(r *Finding) *[]int { return &r.Lines }),
	}
}

func observationFields() []field[Observation] {
	return []field[Observation]{
		fStr("entity", func(r *Observation) *string { return &r.Entity }),
		fStr("level", func(r *Observation) *string { return &r.Level }),
		fInt("year", func(r *Observation) *int { return &r.Year }),
		fStr("period", func(r *Observation) *string { return &r.Period }),
		fStr("metric", func(r *Observation) *string { return &r.Metric }),
		fFloat("value", func(r *Observation) *float64 { return &r.Value }),
		fStr("unit", func(r *Observation) *string { return &r.Unit }),
		fStr("source", func(r *Observation) *string { return &r.Source }),
	}
}

func indexValueFields() []field[IndexValue] {
	return []field[IndexValue]{
		fStr("index", func(r *IndexValue) *string { return &r.Index }),
		fStr("province", func(r *IndexValue) *string { return &r.Province }),
		fInt("year", func(r *IndexValue) *int { return &r.Year }),
		fStr("period", func(r *IndexValue) *string { return &r.Period }),
		fNaNFloat("value", func(r *IndexValue) *float64 { return &r.Value }),
		fOptInt("rank", func(r *IndexValue) **int { return &r.Rank }),
		fStr("unit", func(r *IndexValue) *string { return &r.Unit }),
		fStr("source", func(r *IndexValue) *string { return &r.Source }),
	}
}

func scoreFields() []field[Score] {
	return []field[Score]{
		fStr("plan_id", func(r *Score) *string { return &r.PlanID }),
		fStr("code", func(r *Score) *string { return &r.Code }),
		fStr("area", func(r *Score) *string { return &r.Area }),
		fStr("metric", func(r *Score) *string { return &r.Metric }),
		fStr("subject", func(r *Score) *string { return &r.Subject }),
		fStr("comparator", func(r *Score) *string { return &r.Comparator }),
		fFloat("target", func(r *Score) *float64 { return &r.Target }),
		fStr("unit", func(r *Score) *string { return &r.Unit }),
		fStr("level", func(r *Score) *string { return &r.Level }),
		fStr("change", func(r *Score) *string { return &r.Change }),
		fStr("entity", func(r *Score) *string { return &r.Entity }),
		fInt("year", func(r *Score) *int { return &r.Year }),
		fOptFloat("actual", func(r *Score) **float64 { return &r.Actual }),
		fOptFloat("baseline", func(r *Score) **float64 { return &r.Baseline }),
		fOptFloat("attainment", func(r *Score) **float64 { return &r.Attainment }),
		fBool("met", func(r *Score) *bool { return &r.Met }),
		fStr("status", func(r *Score) *string { return &r.Status }),
		fFloat("weight", func(r *Score) *float64 { return &r.Weight }),
		fOptFloat("points", func(r *Score) **float64 { return &r.Points }),
		fOptFloat("max_points", func(r *Score) **float64 { return &r.MaxPoints }),
		fStr("note", func(r *Score) *string { return &r.Note }),
	}
}

// PlansToRecord builds a plans record (Schema(KindPlans)) from rows. The
// caller releases the record.
func PlansToRecord(mem memory.Allocator, rows []Plan) arrow.Record {
	return toRecord(mem, KindPlans, planFields(), rows)
}

// PlansFromRecord reads the rows of a plans record.
func PlansFromRecord(rec arrow.Record) ([]Plan, error) {
	return fromRecord(rec, KindPlans, planFields())
}

// TargetsToRecord builds a targets record (Schema(KindTargets)) from rows:
// Source becomes the columns source_line and source_text. The caller
// releases the record.
func TargetsToRecord(mem memory.Allocator, rows []Target) arrow.Record {
	return toRecord(mem, KindTargets, targetFields(), rows)
}

// TargetsFromRecord reads the rows of a targets record.
func TargetsFromRecord(rec arrow.Record) ([]Target, error) {
	return fromRecord(rec, KindTargets, targetFields())
}

// TasksToRecord builds a tasks record (Schema(KindTasks)) from rows: Lead
// and Partners become list<utf8> columns, Deadline the columns
// deadline_text, deadline_kind, deadline_start, deadline_end, Budget the
// columns budget_text, budget_amount, budget_unit, and Source the columns
// source_line, source_text. The caller releases the record.
func TasksToRecord(mem memory.Allocator, rows []Task) arrow.Record {
	return toRecord(mem, KindTasks, taskFields(), rows)
}

// TasksFromRecord reads the rows of a tasks record. Empty lists read as nil.
func TasksFromRecord(rec arrow.Record) ([]Task, error) {
	return fromRecord(rec, KindTasks, taskFields())
}

// FindingsToRecord builds a findings record (Schema(KindFindings)) from
// rows; Lines becomes a list<int32> column. The caller releases the record.
func FindingsToRecord(mem memory.Allocator, rows []Finding) arrow.Record {
	return toRecord(mem, KindFindings, findingFields(), rows)
}

// FindingsFromRecord reads the rows of a findings record. Empty lists read as nil.
func FindingsFromRecord(rec arrow.Record) ([]Finding, error) {
	return fromRecord(rec, KindFindings, findingFields())
}

// ObservationsToRecord builds an observations record
// (Schema(KindObservations)) from rows. The caller releases the record.
func ObservationsToRecord(mem memory.Allocator, rows []Observation) arrow.Record {
	return toRecord(mem, KindObservations, observationFields(), rows)
}

// ObservationsFromRecord reads the rows of an observations record.
func ObservationsFromRecord(rec arrow.Record) ([]Observation, error) {
	return fromRecord(rec, KindObservations, observationFields())
}

// IndexValuesToRecord builds an index_values record
// (Schema(KindIndexValues)) from rows. A Value that is NaN is stored as
// null: a source that published only a rank gives no value. The caller
// releases the record.
func IndexValuesToRecord(mem memory.Allocator, rows []IndexValue) arrow.Record {
	return toRecord(mem, KindIndexValues, indexValueFields(), rows)
}

// IndexValuesFromRecord reads the rows of an index_values record. A null
// value reads as NaN (test with math.IsNaN): it means the source published
// no value, only a rank or nothing, never zero.
func IndexValuesFromRecord(rec arrow.Record) ([]IndexValue, error) {
	return fromRecord(rec, KindIndexValues, indexValueFields())
}

// ScoresToRecord builds a scores record (Schema(KindScores)) from rows.
// The caller releases the record.
func ScoresToRecord(mem memory.Allocator, rows []Score) arrow.Record {
	return toRecord(mem, KindScores, scoreFields(), rows)
}

// ScoresFromRecord reads the rows of a scores record.
func ScoresFromRecord(rec arrow.Record) ([]Score, error) {
	return fromRecord(rec, KindScores, scoreFields())
}
