package score

import (
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
)

// TemplateRow is one row of an actuals template: the observation an
// analyst must fill in (Value and Source blank) for a plan's targets, and
// read-only helpers saying which targets it serves.
type TemplateRow struct {
	// Entity, Level, Year, Metric and Unit say what to observe; Metric is
	// the catalogue id, or the target's code when no metric matches.
	Entity, Level string
	Year          int
	Metric, Unit  string
	// Baseline marks the row of a change target's baseline year.
	Baseline bool
	// Codes, Subject, Comparator, Target and Change describe the target(s)
	// the row serves (helpers; readers ignore them).
	Codes      []string
	Subject    string
	Comparator string
	Target     *float64
	Change     string
}

// TemplateColumns are the columns of an actuals template: those an
// observations reader reads, then the read-only helpers it ignores.
var TemplateColumns = []string{"entity", "level", "year", "metric", "value", "unit", "source",
	"target_code", "subject", "comparator", "target", "change"}

// TemplateHelperColumns are the read-only helper columns of a template.
var TemplateHelperColumns = []string{"target_code", "subject", "comparator", "target", "change"}

// ActualsTemplate returns the rows an analyst must fill to score targets
// for entity: one per metric (or code), level and year the targets ask
// for, plus the baseline-year row of every change target, in target order.
// Targets sharing a metric, level and year share a row. The unit is the
// catalogue metric's (what is observed: staff for "giảm 2,5% biên chế"),
// else the target's.
func ActualsTemplate(targets []dataset.Target, entity string, cat *indicators.Catalogue) []TemplateRow {
	type key struct {
		metric, level string
		year          int
	}
	var rows []TemplateRow
	at := map[key]int{}
	add := func(t dataset.Target, year int, baseline bool) {
		metric, unit := t.Metric, t.Unit
		if metric == "" {
			metric = t.Code
		} else if m, ok := cat.Lookup(metric); ok && m.Unit != "" {
			unit = m.Unit
		}
		k := key{metric, t.Level, year}
		if i, ok := at[k]; ok {
			if !baseline && !containsString(rows[i].Codes, t.Code) {
				rows[i].Codes = append(rows[i].Codes, t.Code)
			}
			return
		}
		r := TemplateRow{Entity: entity, Level: t.Level, Year: year, Metric: metric, Unit: unit, Baseline: baseline,
			Codes: []string{t.Code}, Subject: t.Subject, Comparator: t.Comparator, Change: t.Change}
		if !baseline {
			v := t.Value
			r.Target = &v
		} else {
			r.Subject = "(năm gốc / baseline year) " + t.Subject
			r.Comparator, r.Change = "", ""
		}
		at[k] = len(rows)
		rows = append(rows, r)
	}
	for _, t := range targets {
		add(t, t.Year, false)
	}
	for _, t := range targets {
		if t.Change != "" && t.BaselineYear != nil {
			add(t, *t.BaselineYear, true)
		}
	}
	return rows
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// TemplateToRecord builds the Arrow record of a template, with the
// columns of TemplateColumns (value a null float64, source blank). The
// caller releases it.
func TemplateToRecord(mem memory.Allocator, rows []TemplateRow) arrow.Record {
	str := arrow.BinaryTypes.String
	fields := []arrow.Field{
		{Name: "entity", Type: str}, {Name: "level", Type: str}, {Name: "year", Type: arrow.PrimitiveTypes.Int32},
		{Name: "metric", Type: str}, {Name: "value", Type: arrow.PrimitiveTypes.Float64, Nullable: true},
		{Name: "unit", Type: str}, {Name: "source", Type: str},
		{Name: "target_code", Type: str}, {Name: "subject", Type: str}, {Name: "comparator", Type: str},
		{Name: "target", Type: arrow.PrimitiveTypes.Float64, Nullable: true}, {Name: "change", Type: str},
	}
	md := arrow.NewMetadata([]string{"cchc.table"}, []string{"actuals_template"})
	b := array.NewRecordBuilder(mem, arrow.NewSchema(fields, &md))
	defer b.Release()
	s := func(j int) *array.StringBuilder { return b.Field(j).(*array.StringBuilder) }
	for _, r := range rows {
		s(0).Append(r.Entity)
		s(1).Append(r.Level)
		b.Field(2).(*array.Int32Builder).Append(int32(r.Year))
		s(3).Append(r.Metric)
		b.Field(4).AppendNull()
		s(5).Append(r.Unit)
		s(6).Append("")
		s(7).Append(strings.Join(r.Codes, "; "))
		s(8).Append(r.Subject)
		s(9).Append(r.Comparator)
		if r.Target != nil {
			b.Field(10).(*array.Float64Builder).Append(*r.Target)
		} else {
			b.Field(10).AppendNull()
		}
		s(11).Append(r.Change)
	}
	return b.NewRecord()
}
