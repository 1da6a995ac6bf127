package dataset

import (
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

func fptr(v float64) *float64 { return &v }
func iptr(v int) *int         { return &v }

func sampleTargets() []Target {
	return []Target{
		{PlanID: "3098/QĐ-UBND", Code: "II.3.2", Area: AreaProcedures, Metric: "online_submission_rate",
			Subject: "Tỷ lệ nộp hồ sơ trực tuyến toàn trình", Comparator: CmpGE, Value: 90, Unit: "percent",
			Level: "province", Year: 2025, Weight: 1, Source: Source{Line: 96, Text: "đạt tối thiểu 90%"}},
		{Code: "II.4", Comparator: CmpGE, Value: 2, ValueMax: fptr(3), Unit: "count", Change: ChangeDecrease,
			BaselineYear: iptr(2024), Year: 2025},
	}
}

func sampleTasks() []Task {
	return []Task{
		{PlanID: "p1", Code: "1", Section: "I. CẢI CÁCH THỂ CHẾ", Task: "Rà soát văn bản", Lead: []string{"Sở Tư pháp"},
			Partners: []string{"Sở Nội vụ", "UBND cấp huyện"}, Deadline: Deadline{Text: "Quý II, III/2025", Kind: DeadlineRange, Start: "2025-04-01", End: "2025-09-30"},
			Budget: Budget{Text: "380", Amount: fptr(380)}, Source: Source{Line: 12, Text: "1. Rà soát"}},
		{Task: "Tuyên truyền", Deadline: Deadline{Text: "Thường xuyên", Kind: DeadlineContinuous}},
	}
}

func sampleScores() []Score {
	return []Score{
		{PlanID: "p", Code: "1", Area: AreaProcedures, Metric: "m", Comparator: CmpGE, Target: 90, Unit: "percent",
			Entity: "Hà Tĩnh", Year: 2025, Actual: fptr(95), Attainment: fptr(1), Met: true, Status: StatusMet, Weight: 1,
			Points: fptr(2), MaxPoints: fptr(2), Note: "95 ≥ 90"},
		{Code: "2", Entity: "Hà Tĩnh", Year: 2025, Status: StatusNoData, Note: "no observation"},
	}
}

// TestStructRoundTrip converts every kind to a record and back.
func TestStructRoundTrip(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	check := func(name string, rec arrow.Record, k Kind, want, got any, err error) {
		t.Helper()
		defer rec.Release()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !rec.Schema().Equal(Schema(k)) {
			t.Errorf("%s: schema %v, want %v", name, rec.Schema(), Schema(k))
		}
		if !reflect.DeepEqual(want, got) {
			t.Errorf("%s round trip:\n got %+v\nwant %+v", name, got, want)
		}
	}
	plans := []Plan{{ID: "3098/QĐ-UBND", DocNumber: "3098/QĐ-UBND", DocType: "QĐ", Issuer: "UBND tỉnh Hà Tĩnh",
		Province: "Hà Tĩnh", Date: "2024-12-31", Year: 2025, Title: "Kế hoạch CCHC năm 2025", Signer: "Nguyễn Văn A"}, {ID: "kh-x"}}
	rec := PlansToRecord(mem, plans)
	gotP, err := PlansFromRecord(rec)
	check("plans", rec, KindPlans, plans, gotP, err)

	targets := sampleTargets()
	rec = TargetsToRecord(mem, targets)
	gotT, err := TargetsFromRecord(rec)
	check("targets", rec, KindTargets, targets, gotT, err)

	tasks := sampleTasks()
	rec = TasksToRecord(mem, tasks)
	gotK, err := TasksFromRecord(rec)
	check("tasks", rec, KindTasks, tasks, gotK, err)

	findings := []Finding{{PlanID: "p", Kind: "conflict", Message: "90% vs 95%", Lines: []int{101, 480}}, {Kind: "missing_annex", Message: "no annex"}}
	rec = FindingsToRecord(mem, findings)
	gotF, err := FindingsFromRecord(rec)
	check("findings", rec, KindFindings, findings, gotF, err)

	obs := []Observation{{Entity: "Hà Tĩnh", Level: "province", Year: 2025, Period: "2025-Q2", Metric: "m", Value: 95.5, Unit: "percent", Source: "report"}}
	rec = ObservationsToRecord(mem, obs)
	gotO, err := ObservationsFromRecord(rec)
	check("observations", rec, KindObservations, obs, gotO, err)

	scores := sampleScores()
	rec = ScoresToRecord(mem, scores)
	gotS, err := ScoresFromRecord(rec)
	check("scores", rec, KindScores, scores, gotS, err)

	// Index values: NaN stands for a null value.
	ivs := []IndexValue{{Index: "PCI", Province: "Hà Tĩnh", Year: 2011, Value: 65.97, Rank: iptr(7), Unit: "points (0-100)"},
		{Index: "PCI", Province: "Nghệ An", Year: 2021, Value: math.NaN(), Rank: iptr(30), Unit: "rank only"}}
	rec = IndexValuesToRecord(mem, ivs)
	defer rec.Release()
	if !rec.Column(rec.Schema().FieldIndices("value")[0]).IsNull(1) {
		t.Errorf("NaN value not stored as null")
	}
	gotI, err := IndexValuesFromRecord(rec)
	if err != nil {
		t.Fatal(err)
	}
	if !math.IsNaN(gotI[1].Value) || gotI[0].Value != 65.97 || *gotI[1].Rank != 30 {
		t.Errorf("index values round trip: %+v", gotI)
	}
}

// TestSchemas checks every kind has a schema with dictionary-encoded
// repeating strings and snake_case names.
func TestSchemas(t *testing.T) {
	for _, k := range Kinds() {
		s := Schema(k)
		if s == nil {
			t.Fatalf("no schema for %s", k)
		}
		for _, f := range s.Fields() {
			if columnKey(f.Name) != f.Name {
				t.Errorf("%s.%s is not a column key", k, f.Name)
			}
			switch f.Name {
			case "province", "metric", "unit", "area", "level", "status", "index", "entity", "comparator", "doc_type":
				if f.Type.ID() != arrow.DICTIONARY {
					t.Errorf("%s.%s is %s, want dictionary", k, f.Name, f.Type)
				}
			}
		}
	}
	if Schema("nope") != nil {
		t.Error("schema for unknown kind")
	}
}

// TestColumns checks Columns describes Schema.
func TestColumns(t *testing.T) {
	for _, k := range Kinds() {
		cols, s := Columns(k), Schema(k)
		if len(cols) != s.NumFields() {
			t.Fatalf("%s: %d columns, %d fields", k, len(cols), s.NumFields())
		}
		for i, c := range cols {
			f := s.Field(i)
			if c.Name != f.Name || !arrow.TypeEqual(c.Type, f.Type) || c.Nullable != f.Nullable || c.Doc == "" {
				t.Errorf("%s: column %+v, field %v", k, c, f)
			}
		}
	}
	if Columns("nope") != nil {
		t.Error("columns for an unknown kind")
	}
	for _, s := range []string{"index_values", "Index values", "observation", "TARGETS"} {
		if _, err := ParseKind(s); err != nil {
			t.Errorf("ParseKind(%q): %v", s, err)
		}
	}
}

// TestFromRecordMissingColumn checks a record of another kind is refused.
func TestFromRecordMissingColumn(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := IndexValuesToRecord(mem, []IndexValue{{Index: "PCI", Province: "Hà Tĩnh", Year: 2011, Value: 65.97}})
	defer rec.Release()
	if _, err := TargetsFromRecord(rec); err == nil || !strings.Contains(err.Error(), `"comparator"`) {
		t.Errorf("error %v, want one naming the comparator column", err)
	}
	// Columns a record lacks read as zero values when not required.
	obs, err := ObservationsFromRecord(rec)
	if err == nil {
		t.Errorf("observations from an index record: %+v", obs)
	}
}
