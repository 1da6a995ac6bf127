package dataset

import (
	"bytes"
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"golang.org/x/text/unicode/norm"
)

// checkInvariant fails unless every input row is in the record or rejected,
// every row of the record has its input line (positive, in input order),
// and every string in the record is valid NFC UTF-8.
func checkInvariant(t testing.TB, l *Loaded) {
	t.Helper()
	if got := int(l.Record.NumRows()) + len(l.Rejected) + l.Skipped + l.Checked; got != l.RowsRead {
		t.Fatalf("rows read %d, but %d in the record + %d rejected + %d skipped + %d checked", l.RowsRead, l.Record.NumRows(), len(l.Rejected), l.Skipped, l.Checked)
	}
	if len(l.Lines) != int(l.Record.NumRows()) {
		t.Fatalf("%d lines for %d rows", len(l.Lines), l.Record.NumRows())
	}
	for i, line := range l.Lines {
		if line < 1 || (i > 0 && line < l.Lines[i-1]) {
			t.Fatalf("row %d at line %d: lines %v are not positive and in input order", i, line, l.Lines)
		}
	}
	for j, c := range l.Record.Columns() {
		for i := 0; i < c.Len(); i++ {
			s, _ := cellText(c, i)
			if !utf8.ValidString(s) || !norm.NFC.IsNormalString(s) {
				t.Fatalf("column %s row %d: %q is not NFC UTF-8", l.Record.ColumnName(j), i, s)
			}
		}
	}
}

func readString(t testing.TB, mem memory.Allocator, name, content string, kind Kind) (*Loaded, error) {
	t.Helper()
	return Read(strings.NewReader(content), name, FormatCSV, kind, mem)
}

// TestBadInputFile covers the inputs that fail a whole file: each error
// names the file, the line where known and the cause.
func TestBadInputFile(t *testing.T) {
	tests := []struct {
		name    string
		content string
		kind    Kind
		is      error
		want    []string // substrings of the message
	}{
		{"empty", "", "", ErrEmptyFile, []string{"empty.csv", "empty"}},
		{"bom only", "\uFEFF", "", ErrEmptyFile, []string{"bom only.csv"}},
		{"blank lines only", "\n\r\n\n", "", ErrEmptyFile, nil},
		{"duplicated header after sep line", "sep=,\nindex,province,year,value,Year\n", "", ErrDuplicateColumn, []string{":2:"}},
		{"duplicated header", "index,province,year,value,Year\n", "", ErrDuplicateColumn, []string{"duplicated header.csv:1", "column 5", `"Year"`, `column 3 ("year")`}},
		{"duplicated via alias", "index,province,year,value,rank,Hạng\n", KindIndexValues, ErrDuplicateColumn, []string{":1:", "column 6", `"rank"`}},
		{"missing required column", "index,province,value\nPCI,Hà Tĩnh,65.97\n", KindIndexValues, ErrMissingColumn, []string{"missing required column.csv:1", `column "year"`, "index_values"}},
		{"missing two columns", "index,value\n", KindIndexValues, ErrMissingColumn, []string{`columns "province", "year"`}},
		{"unknown kind", "a,b,c\n1,2,3\n", "", ErrUnknownKind, []string{`"a", "b", "c"`, "index_values: index, province, year"}},
		{"one column unknown delimiter", "index:province:year:value\nPCI:Ha Tinh:2011:65.97\n", "", ErrUnknownKind, []string{"delimiter"}},
		{"latin-1", "index,province,year,value\nPCI,H\xe0 T\xecnh,2011,65.97\n", "", ErrNotUTF8, []string{"latin-1.csv:2", "0xE0", "not UTF-8", "CSV UTF-8"}},
		{"invalid utf-8 in header", "index,t\xecnh,year,value\n", "", ErrNotUTF8, []string{":1:"}},
		{"tcvn3", "index,province,year,value\nPCI,H\xb5 T\xdcnh,2011,65.97\n", "", ErrNotUTF8, []string{"tcvn3.csv:2", "TCVN3"}},
		{"vni", "index,province,year,value\nPCI,Ha\xf8 No\xe4i,2011,65.97\n", "", ErrNotUTF8, []string{"vni.csv:2", "VNI"}},
		{"windows-1258", "index,province,year,value\nPCI,Ha\xcc Ti\xdenh,2011,65.97\n", "", ErrNotUTF8, []string{"windows-1258.csv:2", "Windows-1258"}},
		{"bad byte after multi-line field", "index,province,year,value,unit\nPCI,Hà Tĩnh,2011,65.97,\"a\nb\xff\"\n", "", ErrNotUTF8, []string{":3:"}},
		{"utf-16", "\xff\xfei\x00n\x00", "", ErrNotUTF8, []string{"UTF-16"}},
		{"nul bytes", "index,province\x00,year,value\n", "", ErrNotUTF8, []string{"NUL"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			l, err := readString(t, mem, tc.name+".csv", tc.content, tc.kind)
			if err == nil {
				l.Release()
				t.Fatalf("no error")
			}
			if !errors.Is(err, tc.is) {
				t.Errorf("error %v does not wrap %v", err, tc.is)
			}
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Errorf("error %T is not a *ParseError", err)
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q does not contain %q", err, w)
				}
			}
			if !utf8.ValidString(err.Error()) {
				t.Errorf("message is not UTF-8: %q", err)
			}
		})
	}
}

// rej describes an expected rejected row.
type rej struct {
	line   int
	column string
	reason string
}

// TestBadInputRows covers rows that are rejected while the rest of the
// file loads.
func TestBadInputRows(t *testing.T) {
	const h = "index,province,year,value,rank_if_any,unit\n"
	tests := []struct {
		name    string
		content string
		kind    Kind
		rows    int
		rejects []rej
	}{
		{"header only", h, "", 0, nil},
		{"header only no newline", strings.TrimSuffix(h, "\n"), "", 0, nil},
		{"too many fields", h + "PCI,Ha Tinh,2011,65.97,7,points,extra\nPCI,Ha Tinh,2012,60,8,points\n", "", 1, []rej{{2, "", "7 fields, the header has 6"}}},
		{"too few fields", h + "PCI,Ha Tinh,2012,60,8,points\nPCI,Ha Tinh,2011\n", "", 1, []rej{{3, "", "3 fields, the header has 6"}}},
		{"decimal comma unquoted", h + "PCI,Ha Tinh,2011,65,97,7,points\n", "", 0, []rej{{2, "", "7 fields, the header has 6 (a decimal comma"}}},
		{"text in number column", h + "PCI,Ha Tinh,2011,abc,7,points\n", "", 0, []rej{{2, "value", `"abc"`}}},
		{"text in rank column", h + "PCI,Ha Tinh,2011,65.97,seventh,points\n", "", 0, []rej{{2, "rank_if_any", `"seventh"`}}},
		{"negative count", h + "PCI,Ha Tinh,2011,65.97,-3,points\n", "", 0, []rej{{2, "rank_if_any", "negative"}}},
		{"fractional count", h + "PCI,Ha Tinh,2011,65.97,\"7,5\",points\n", "", 0, []rej{{2, "rank_if_any", "7,5"}}},
		{"year with letter O", h + "PCI,Ha Tinh,2O24,65.97,7,points\n", "", 0, []rej{{2, "year", "letter 'O'"}}},
		{"two-digit year", h + "PCI,Ha Tinh,24,65.97,7,points\n", "", 0, []rej{{2, "year", "24"}}},
		{"required blank", h + "PCI,,2011,65.97,7,points\n", "", 0, []rej{{2, "province", "required value is blank"}}},
		{"blank row", h + ",,,,,\nPCI,Ha Tinh,2011,65.97,7,points\n", "", 1, []rej{{2, "", "blank row"}}},
		{"bare quote", h + "PCI,Ha \"Tinh\",2011,65.97,7,points\nPCI,Ha Tinh,2012,60,8,points\n", "", 1, []rej{{2, "", "quote the whole field"}}},
		{"unterminated quote", h + "PCI,Ha Tinh,2012,60,8,points\nPCI,\"Ha Tinh,2011,65.97,7,points\nPCI,Ha Tinh,2013,61,8,points\n", "", 1, []rej{{3, "", "not closed"}}},
		{"quoted newline keeps line numbers", h + "PCI,Ha Tinh,2011,65.97,7,\"points\nper 100\"\nPCI,Ha Tinh,2O12,60,8,points\n", "", 1, []rej{{4, "year", "2O12"}}},
		{"crlf and bom", "\uFEFF" + strings.ReplaceAll(h+"PCI,Ha Tinh,2011,65.97,7,points\nPCI,Ha Tinh,x,1,1,p\n", "\n", "\r\n"), "", 1, []rej{{3, "year", `"x"`}}},
		{"blank lines before the header", "\n\r\nindex;province;year;value\nPCI;Ha Tinh;x;1\n", "", 0, []rej{{4, "year", `"x"`}}},
		{"excel sep line", "sep=;\r\nindex;province;year;value\r\nPCI;Ha Tinh;2011;65,97\r\nPCI;Ha Tinh;2O12;1\r\n", "", 1, []rej{{4, "year", "2O12"}}},
		{"bad comparator", "code,comparator,value\n1,>=,90\n2,more,5\n", KindTargets, 1, []rej{{3, "comparator", `"more"`}}},
		{"bad status", "code,entity,year,status\n1,Hà Tĩnh,2025,met\n2,Hà Tĩnh,2025,great\n", KindScores, 1, []rej{{3, "status", `"great"`}}},
		{"bad date", "id,date\nkh-1,2024-12-31\nkh-2,31/13/2024\n", KindPlans, 1, []rej{{3, "date", "31/13/2024"}}},
		{"bad bool", "code,entity,year,status,met\n1,Hà Tĩnh,2025,met,maybe\n", KindScores, 0, []rej{{2, "met", "maybe"}}},
		{"bad list item", "kind,message,lines\nconflict,x,3; 4\nconflict,y,3; four\n", KindFindings, 1, []rej{{3, "lines", "four"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
			defer mem.AssertSize(t, 0)
			l, err := readString(t, mem, "in.csv", tc.content, tc.kind)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Release()
			checkInvariant(t, l)
			if int(l.Record.NumRows()) != tc.rows {
				t.Errorf("%d rows, want %d", l.Record.NumRows(), tc.rows)
			}
			if len(l.Rejected) != len(tc.rejects) {
				t.Fatalf("rejected %v, want %v", l.Rejected, tc.rejects)
			}
			for i, w := range tc.rejects {
				g := l.Rejected[i]
				if g.File != "in.csv" || g.Line != w.line || g.Column != w.column || !strings.Contains(g.Reason, w.reason) {
					t.Errorf("rejected %+v, want line %d column %q reason containing %q", g, w.line, w.column, w.reason)
				}
				if g.Raw == "" {
					t.Errorf("rejected row without its raw text: %+v", g)
				}
			}
		})
	}
}

// TestReadRules checks the values read under the CSV rules.
func TestReadRules(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)

	t.Run("index values", func(t *testing.T) {
		// Vietnamese header, ';' delimiter, decimal comma, leading zeros,
		// decomposed text, aliases, an unknown entity kept as written.
		nfd := norm.NFD.String("Hà Tĩnh")
		content := "\uFEFFChỉ số;Tỉnh;Năm;Giá trị;Hạng;Đơn vị;Ghi chú\r\n" +
			"PCI;" + nfd + ";2011;65,97;07;điểm;x\r\n" +
			"PCI;TP.HCM;2019;70.19;;;\r\n" +
			"PCI;Sở Nội vụ;2019;1.234,5;;;\r\n" +
			"PAR INDEX;Ha Tinh;2015-2023;4260;;;\r\n"
		l, err := readString(t, mem, "vi.csv", content, "")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		checkInvariant(t, l)
		if l.Kind != KindIndexValues || len(l.Rejected) != 0 {
			t.Fatalf("kind %s, rejected %v", l.Kind, l.Rejected)
		}
		if len(l.UnknownProvinces) != 1 || l.UnknownProvinces[0] != "Sở Nội vụ" {
			t.Errorf("unknown provinces %v, want [Sở Nội vụ]", l.UnknownProvinces)
		}
		if len(l.IgnoredColumns) != 1 || l.IgnoredColumns[0] != "Ghi chú" {
			t.Errorf("ignored %v, want [Ghi chú]", l.IgnoredColumns)
		}
		rows, err := IndexValuesFromRecord(l.Record)
		if err != nil {
			t.Fatal(err)
		}
		if r := rows[0]; r.Province != "Hà Tĩnh" || r.Value != 65.97 || r.Rank == nil || *r.Rank != 7 || r.Unit != "điểm" {
			t.Errorf("row 1: %+v", r)
		}
		if r := rows[1]; r.Province != "Thành phố Hồ Chí Minh" || r.Rank != nil {
			t.Errorf("row 2: %+v", r)
		}
		if r := rows[2]; r.Province != "Sở Nội vụ" || r.Value != 1234.5 {
			t.Errorf("row 3: %+v", r)
		}
		if r := rows[3]; r.Year != 2023 || r.Period != "2015-2023" {
			t.Errorf("row 4: %+v", r)
		}
	})

	t.Run("observations", func(t *testing.T) {
		content := "entity,year,metric,value,unit\n" +
			"Hà Tĩnh,2024,online_rate,95 %,\n" +
			"Hà Tĩnh,2024,online_rate2,\"95,0%\",percent\n" +
			"Hà Tĩnh,2024,trained,1.234,people\n" +
			"Hà Tĩnh,2024,ratio,1.234,percent\n" +
			"Hà Tĩnh,2024,staff_cut,\"3.000\",biên chế\n"
		l, err := readString(t, mem, "obs.csv", content, "")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		checkInvariant(t, l)
		rows, err := ObservationsFromRecord(l.Record)
		if err != nil || len(rows) != 5 {
			t.Fatalf("%v %v %v", rows, err, l.Rejected)
		}
		want := []struct {
			v    float64
			unit string
		}{{95, "percent"}, {95, "percent"}, {1234, "people"}, {1.234, "percent"}, {3000, "biên chế"}}
		for i, w := range want {
			if rows[i].Value != w.v || rows[i].Unit != w.unit {
				t.Errorf("row %d: %v %q, want %v %q", i+1, rows[i].Value, rows[i].Unit, w.v, w.unit)
			}
		}
	})

	t.Run("tasks and targets", func(t *testing.T) {
		content := "Nhiệm vụ,Chủ trì,Phối hợp,Thời gian,deadline_start,budget_amount\n" +
			"\"Rà soát\nvăn bản\",Sở Tư pháp,\"Sở Nội vụ; UBND cấp huyện\",Quý II/2025,01/04/2025,380\n"
		l, err := readString(t, mem, "tasks.csv", content, "")
		if err != nil {
			t.Fatal(err)
		}
		defer l.Release()
		checkInvariant(t, l)
		if l.Kind != KindTasks {
			t.Fatalf("kind %s", l.Kind)
		}
		rows, _ := TasksFromRecord(l.Record)
		r := rows[0]
		if r.Task != "Rà soát\nvăn bản" || len(r.Lead) != 1 || len(r.Partners) != 2 || r.Partners[1] != "UBND cấp huyện" ||
			r.Deadline.Text != "Quý II/2025" || r.Deadline.Start != "2025-04-01" || r.Budget.Amount == nil || *r.Budget.Amount != 380 {
			t.Errorf("task %+v", r)
		}

		content = "code,area,comparator,value,value_max,year,baseline_year,change\n" +
			"II.3,Thủ tục hành chính,≥,\"90,5%\",,2025,,\n" +
			"II.4,civil_service,>=,02,03,2025,2024,giảm\n"
		l2, err := readString(t, mem, "targets.csv", content, "")
		if err != nil {
			t.Fatal(err)
		}
		defer l2.Release()
		checkInvariant(t, l2)
		ts, _ := TargetsFromRecord(l2.Record)
		if len(ts) != 2 || ts[0].Area != AreaProcedures || ts[0].Comparator != CmpGE || ts[0].Value != 90.5 || ts[0].Unit != "percent" || ts[0].ValueMax != nil {
			t.Fatalf("targets %+v rejected %v", ts, l2.Rejected)
		}
		if ts[1].ValueMax == nil || *ts[1].ValueMax != 3 || *ts[1].BaselineYear != 2024 || ts[1].Change != ChangeDecrease {
			t.Errorf("target 2 %+v", ts[1])
		}
	})
}

// TestOtherFormatsBadInput checks JSON, Parquet and Arrow inputs that are
// not what they claim fail with an error, never a panic.
func TestOtherFormatsBadInput(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	for _, tc := range []struct {
		format  Format
		content string
		want    string
	}{
		{FormatJSON, "", "empty"},
		{FormatJSON, `{"index": "PCI"}`, "array of records"},
		{FormatJSON, "[\n{\"index\": \"PCI\",\n\"province\": ", ":3:"},
		{FormatParquet, "PAR1 not really", "not a Parquet file"},
		{FormatArrow, "ARROW1 not really", "Arrow"},
		{FormatArrow, "", "Arrow"},
	} {
		l, err := Read(strings.NewReader(tc.content), "bad."+string(tc.format), tc.format, "", mem)
		if err == nil {
			l.Release()
			t.Errorf("%s %q: no error", tc.format, tc.content)
			continue
		}
		if !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s %q: error %q does not contain %q", tc.format, tc.content, err, tc.want)
		}
	}
}

// TestJSONRows reads JSON records with nested objects, nulls and a bad row.
func TestJSONRows(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	content := `[
{"code": "II.3.2", "comparator": ">=", "value": 90, "value_max": null, "unit": "percent",
 "year": 2025, "source": {"line": 96, "text": "đạt 90%"}},
{"code": "II.4", "comparator": ">=", "value": "abc", "year": 2025},
42
]`
	l, err := Read(strings.NewReader(content), "t.json", "", "", mem)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	checkInvariant(t, l)
	if l.Kind != KindTargets || l.Record.NumRows() != 1 || len(l.Rejected) != 2 {
		t.Fatalf("kind %s rows %d rejected %v", l.Kind, l.Record.NumRows(), l.Rejected)
	}
	if r := l.Rejected[0]; r.Line != 4 || r.Column != "value" {
		t.Errorf("rejected %+v, want line 4 column value", r)
	}
	if r := l.Rejected[1]; r.Line != 5 || !strings.Contains(r.Reason, "not a JSON object") {
		t.Errorf("rejected %+v, want line 5 not an object", r)
	}
	ts, _ := TargetsFromRecord(l.Record)
	if ts[0].Source.Line != 96 || ts[0].Source.Text != "đạt 90%" || ts[0].Value != 90 {
		t.Errorf("target %+v", ts[0])
	}
}

// TestStructsThroughFiles writes every kind to every format and reads it back.
func TestStructsThroughFiles(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	recs := map[Kind]arrow.Record{
		KindTargets: TargetsToRecord(mem, sampleTargets()),
		KindTasks:   TasksToRecord(mem, sampleTasks()),
		KindScores:  ScoresToRecord(mem, sampleScores()),
		KindFindings: FindingsToRecord(mem, []Finding{{PlanID: "p", Kind: "conflict", Message: "a, \"b\"\nc", Lines: []int{1, 2}},
			{Kind: "missing_annex", Message: "x"}}),
		KindIndexValues: IndexValuesToRecord(mem, []IndexValue{{Index: "PCI", Province: "Hà Tĩnh", Year: 2021, Value: math.NaN(), Rank: iptr(3)}}),
		KindPlans:       PlansToRecord(mem, []Plan{{ID: "kh", Date: "2023-12", Year: 2024}}),
		KindObservations: ObservationsToRecord(mem, []Observation{{Entity: "Sở Nội vụ", Year: 2025, Metric: "m", Value: 1e-9, Unit: "count"},
			{Entity: "Hà Tĩnh", Year: 2025, Metric: "m", Value: -2.5e22}}),
	}
	for k, rec := range recs {
		var want bytes.Buffer
		if err := Write(&want, FormatCSV, rec, WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		for _, f := range []Format{FormatCSV, FormatJSON, FormatParquet, FormatArrow} {
			var buf bytes.Buffer
			if err := Write(&buf, f, rec, WriteOptions{}); err != nil {
				t.Fatalf("%s %s: %v", k, f, err)
			}
			l, err := Read(&buf, "x", f, "", mem)
			if err != nil {
				t.Fatalf("%s %s: %v", k, f, err)
			}
			checkInvariant(t, l)
			if l.Kind != k || len(l.Rejected) != 0 {
				t.Errorf("%s via %s: kind %s rejected %v", k, f, l.Kind, l.Rejected)
			}
			var got bytes.Buffer
			Write(&got, FormatCSV, l.Record, WriteOptions{}) //nolint:errcheck
			if got.String() != want.String() {
				t.Errorf("%s via %s:\n got %s\nwant %s", k, f, got.String(), want.String())
			}
			l.Release()
		}
		rec.Release()
	}
}

// TestJSONObject reads the tables of a "cchc parse --format json" object.
func TestJSONObject(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	content := `{
  "plan": {"id": "3098/QĐ-UBND", "doc_type": "QĐ", "province": "Hà Tĩnh", "date": "2024-12-31", "year": 2025},
  "targets": [
    {"code": "II.3.2", "comparator": ">=", "value": 90, "unit": "percent", "year": 2025,
     "source": {"line": 96, "text": "..."}},
    {"code": "II.3.3", "comparator": "≥", "value": "x", "year": 2025}
  ],
  "tasks": [{"task": "Rà soát", "lead": ["Sở Nội vụ"], "partners": [],
             "deadline": {"text": "Quý II/2025", "kind": "range", "start": "2025-04-01", "end": "2025-06-30"},
             "budget": {"text": "380", "amount": 380, "unit": ""}}],
  "findings": []
}`
	for _, tc := range []struct {
		kind     Kind
		rows     int
		rejected []int // lines
	}{{KindPlans, 1, nil}, {KindTargets, 1, []int{6}}, {KindTasks, 1, nil}, {KindFindings, 0, nil}} {
		l, err := Read(strings.NewReader(content), "plan.json", FormatJSON, tc.kind, mem)
		if err != nil {
			t.Fatalf("%s: %v", tc.kind, err)
		}
		checkInvariant(t, l)
		if int(l.Record.NumRows()) != tc.rows || len(l.Rejected) != len(tc.rejected) {
			t.Errorf("%s: %d rows, rejected %v", tc.kind, l.Record.NumRows(), l.Rejected)
		}
		for i, line := range tc.rejected {
			if i < len(l.Rejected) && l.Rejected[i].Line != line {
				t.Errorf("%s: rejected at line %d, want %d", tc.kind, l.Rejected[i].Line, line)
			}
		}
		if tc.kind == KindTasks {
			tasks, _ := TasksFromRecord(l.Record)
			if d := tasks[0].Deadline; d.End != "2025-06-30" || tasks[0].Lead[0] != "Sở Nội vụ" || *tasks[0].Budget.Amount != 380 {
				t.Errorf("task %+v", tasks[0])
			}
		}
		l.Release()
	}
	_, err := Read(strings.NewReader(content), "plan.json", FormatJSON, "", mem)
	if !errors.Is(err, ErrUnknownKind) || !strings.Contains(err.Error(), "plan, targets, tasks, findings") {
		t.Errorf("no kind: %v", err)
	}
	_, err = Read(strings.NewReader(content), "plan.json", FormatJSON, KindScores, mem)
	if err == nil || !strings.Contains(err.Error(), `no "scores" table`) {
		t.Errorf("scores: %v", err)
	}
}
