package score

import (
	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// ProgressSchema is the Arrow schema of a table of progress assessments
// (see ProgressToRecord): what was assessed (entity, metric, level,
// plan_id, code), the method, the direction, the base and latest points,
// the target and its year and the natural limit (null when none), the
// growth rates, the progress value, the limit coefficient, the score, the
// class and the note. A number that was not computed is null.
func ProgressSchema() *arrow.Schema {
	str := func(name string) arrow.Field { return arrow.Field{Name: name, Type: arrow.BinaryTypes.String} }
	i32 := func(name string) arrow.Field {
		return arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Int32, Nullable: true}
	}
	f64 := func(name string) arrow.Field {
		return arrow.Field{Name: name, Type: arrow.PrimitiveTypes.Float64, Nullable: true}
	}
	return arrow.NewSchema([]arrow.Field{
		str("entity"), str("metric"), str("level"), str("plan_id"), str("code"), str("method"), str("direction"),
		i32("base_year"), f64("base_value"), i32("latest_year"), f64("latest_value"),
		f64("target"), i32("target_year"), f64("natural_limit"),
		f64("observed_cagr"), f64("required_cagr"), f64("progress_value"), f64("limit_coefficient"),
		f64("score"), str("class"), str("note"),
	}, nil)
}

// ProgressToRecord builds an Arrow record of assessments in
// ProgressSchema. The caller releases it.
func ProgressToRecord(mem memory.Allocator, rows []TargetProgress) arrow.Record {
	b := array.NewRecordBuilder(mem, ProgressSchema())
	defer b.Release()
	for _, tp := range rows {
		appendProgressRow(b, &tp)
	}
	return b.NewRecord()
}

func appendProgressRow(b *array.RecordBuilder, tp *TargetProgress) {
	res := &tp.ProgressResult
	col := 0
	str := func(s string) {
		b.Field(col).(*array.StringBuilder).Append(s)
		col++
	}
	year := func(y int, ok bool) {
		if ok && y != 0 {
			b.Field(col).(*array.Int32Builder).Append(int32(y))
		} else {
			b.Field(col).AppendNull()
		}
		col++
	}
	num := func(v float64, ok bool) {
		if ok && v == v {
			b.Field(col).(*array.Float64Builder).Append(v)
		} else {
			b.Field(col).AppendNull()
		}
		col++
	}
	ptr := func(p *float64) {
		if p != nil {
			num(*p, true)
		} else {
			num(0, false)
		}
	}
	dir := "higher_is_better"
	if tp.LowerIsBetter {
		dir = "lower_is_better"
	}
	known := res.BaseYear != 0
	for _, s := range []string{tp.Entity, tp.Metric, tp.Level, tp.PlanID, tp.Code, res.Method, dir} {
		str(s)
	}
	year(res.BaseYear, known)
	num(res.BaseValue, known)
	year(res.LatestYear, known)
	num(res.LatestValue, known)
	ptr(tp.Target)
	year(tp.TargetYear, tp.Target != nil)
	ptr(tp.NaturalLimit)
	for _, v := range []float64{res.ObservedCAGR, res.RequiredCAGR, res.Ratio, res.LimitCoefficient, res.Score} {
		num(v, true)
	}
	str(res.Class)
	str(res.Note)
}
