package dataset

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/xuri/excelize/v2"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// workbookBytes builds a workbook with excelize: build fills it (the first
// sheet is called sheet).
func workbookBytes(t testing.TB, sheet string, build func(f *excelize.File)) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	build(f)
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawWorkbook builds a minimal workbook zip around the XML of one sheet's
// <sheetData> (and what follows it), with the given shared strings and
// number formats of cell styles 1, 2, ... (cellXfs numFmtId values).
func rawWorkbook(t testing.TB, sheetXML string, shared []string, fmts []int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	add := func(name, body string) {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(body)) //nolint:errcheck // bytes.Buffer
	}
	add("xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Số liệu" sheetId="1" r:id="rId1"/></sheets></workbook>`)
	add("xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`)
	add("xl/worksheets/sheet1.xml", `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+sheetXML+`</worksheet>`)
	var ss strings.Builder
	ss.WriteString(`<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`)
	for _, s := range shared {
		fmt.Fprintf(&ss, "<si><t>%s</t></si>", s)
	}
	ss.WriteString("</sst>")
	add("xl/sharedStrings.xml", ss.String())
	var st strings.Builder
	st.WriteString(`<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/>`)
	for _, id := range fmts {
		fmt.Fprintf(&st, `<xf numFmtId="%d" applyNumberFormat="1"/>`, id)
	}
	st.WriteString("</cellXfs></styleSheet>")
	add("xl/styles.xml", st.String())
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func readXLSXBytes(t testing.TB, data []byte, opts ReadOptions) (*Loaded, error) {
	t.Helper()
	opts.Format = FormatXLSX
	return ReadWith(bytes.NewReader(data), "ketqua.xlsx", opts, memory.NewGoAllocator())
}

func TestReadXLSXObservationsVietnamese(t *testing.T) {
	data := workbookBytes(t, "Số liệu", func(f *excelize.File) {
		s := "Số liệu"
		f.SetCellValue(s, "A1", "BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2025")
		f.MergeCell(s, "A1", "G1")
		f.SetCellValue(s, "A2", "(Kèm theo Báo cáo số 12/BC-SNV)")
		rows := [][]any{
			{"Đơn vị", "Cấp", "Năm", "Mã chỉ tiêu", "Giá trị", "Đơn vị tính", "Nguồn"},
			{"Hà Tĩnh", "Tỉnh", 2025, "online_submission_rate", 91.5, "percent", "Báo cáo"},
			{"Ha Tinh", "cấp tỉnh", "2025", "2.10", "1.234", "hồ sơ", "Báo cáo"},
			{nil, nil, 2025, "staff_cut", 28, "staff", nil},
		}
		for i, r := range rows {
			f.SetSheetRow(s, fmt.Sprintf("A%d", i+4), &r)
		}
		// Merged: the entity and level of row 6 come from row 5.
		f.MergeCell(s, "A5", "A6")
		f.MergeCell(s, "B5", "B6")
		f.MergeCell(s, "G6", "G7")
	})
	l, err := readXLSXBytes(t, data, ReadOptions{Kind: KindObservations})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	checkInvariant(t, l)
	if len(l.Rejected) != 1 || l.Record.NumRows() != 2 {
		t.Fatalf("rows %d, rejected %v", l.Record.NumRows(), l.Rejected)
	}
	obs, err := ObservationsFromRecord(l.Record)
	if err != nil {
		t.Fatal(err)
	}
	want := []Observation{
		{Entity: "Hà Tĩnh", Level: "province", Year: 2025, Metric: "online_submission_rate", Value: 91.5, Unit: "percent", Source: "Báo cáo"},
		{Entity: "Hà Tĩnh", Level: "province", Year: 2025, Metric: "2.10", Value: 1234, Unit: "hồ sơ", Source: "Báo cáo"},
	}
	for i := range want {
		if obs[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, obs[i], want[i])
		}
	}
	if l.Lines[0] != 5 || l.Lines[1] != 6 || l.Sheet != "Số liệu" {
		t.Errorf("lines %v sheet %q", l.Lines, l.Sheet)
	}
	r := l.Rejected[0]
	if r.Line != 7 || r.Sheet != "Số liệu" || r.Cell != "A7" || !strings.Contains(r.String(), "ketqua.xlsx: sheet Số liệu, A7") {
		t.Errorf("rejected %+v: %s", r, r)
	}
}

func TestReadXLSXCellErrors(t *testing.T) {
	data := workbookBytes(t, "Số liệu", func(f *excelize.File) {
		s := "Số liệu"
		f.SetSheetRow(s, "A11", &[]any{"entity", "year", "value", "metric"})
		f.SetSheetRow(s, "A12", &[]any{"Hà Tĩnh", 2025, "abc", "x"})
		f.SetSheetRow(s, "A13", &[]any{"Hà Tĩnh", "2O25", 1, "x"})
		f.SetSheetRow(s, "A14", &[]any{"Hà Tĩnh", 2025, "31/12/2024", "x"})
	})
	l, err := readXLSXBytes(t, data, ReadOptions{Kind: KindObservations})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	checkInvariant(t, l)
	want := []string{
		`ketqua.xlsx: sheet Số liệu, C12: column "value": cannot read "abc" as a number`,
		`ketqua.xlsx: sheet Số liệu, B13: column "year": cannot read "2O25" as a year`,
		`ketqua.xlsx: sheet Số liệu, C14: column "value": cannot read "31/12/2024" as a number`,
	}
	if len(l.Rejected) != len(want) {
		t.Fatalf("rejected %v", l.Rejected)
	}
	for i, w := range want {
		if got := l.Rejected[i].String(); !strings.HasPrefix(got, w) {
			t.Errorf("got %s, want it to start with %s", got, w)
		}
	}
}

func TestReadXLSXTypedCells(t *testing.T) {
	// Style 1: percent (9); 2: a date (custom dd/mm/yyyy, 164); 3: "0.00" (2).
	sheet := `<sheetData>
<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>Nghệ An</t></is></c><c r="B2" s="2"><v>45658</v></c><c r="C2" s="3"><v>2.1</v></c><c r="D2" s="1"><v>0.985</v></c><c r="E2" t="b"><v>1</v></c></row>
<row r="3"><c r="A3" t="inlineStr"><is><t>Nghệ An</t></is></c><c r="B3"><v>2025</v></c><c r="C3"><f>1/0</f><v></v></c><c r="D3" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
</sheetData>`
	data := rawWorkbook(t, sheet, []string{"entity", "year", "metric", "value", "unit"}, []int{9, 164, 2})
	l, err := readXLSXBytes(t, data, ReadOptions{Kind: KindObservations})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	checkInvariant(t, l)
	obs, _ := ObservationsFromRecord(l.Record)
	if len(obs) != 1 || obs[0].Year != 2025 || obs[0].Metric != "2.10" || obs[0].Value != 98.5 || obs[0].Unit != "true" {
		t.Fatalf("got %+v", obs)
	}
	if len(l.Rejected) != 1 || l.Rejected[0].Cell != "D3" || !strings.Contains(l.Rejected[0].Reason, "#DIV/0!") {
		t.Fatalf("rejected %v", l.Rejected)
	}
}

func TestReadXLSXWide(t *testing.T) {
	data := workbookBytes(t, "PCI", func(f *excelize.File) {
		s := "PCI"
		f.SetSheetRow(s, "A1", &[]any{"Chỉ số", "Tỉnh", 2023, "Năm 2024", "2025"})
		f.SetSheetRow(s, "A2", &[]any{"PCI", "Hà Tĩnh", 65.1, 66.2, nil})
		f.SetSheetRow(s, "A3", &[]any{"PCI", "Nghệ An", nil, "x", 70})
	})
	l, err := readXLSXBytes(t, data, ReadOptions{Kind: KindIndexValues})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	checkInvariant(t, l)
	vals, _ := IndexValuesFromRecord(l.Record)
	if l.Kind != KindIndexValues || len(vals) != 3 {
		t.Fatalf("kind %s, values %+v, rejected %v", l.Kind, vals, l.Rejected)
	}
	if vals[0].Year != 2023 || vals[0].Value != 65.1 || vals[1].Year != 2024 || vals[2].Province != "Nghệ An" || vals[2].Year != 2025 {
		t.Errorf("got %+v", vals)
	}
	if len(l.Rejected) != 1 || l.Rejected[0].Cell != "D3" {
		t.Errorf("rejected %v", l.Rejected)
	}
}

func TestReadXLSXDefaults(t *testing.T) {
	data := workbookBytes(t, "Kết quả", func(f *excelize.File) {
		s := "Kết quả"
		f.SetSheetRow(s, "A1", &[]any{"Mã chỉ tiêu", "Kết quả"})
		f.SetSheetRow(s, "A2", &[]any{"online_submission_rate", 92})
	})
	if _, err := readXLSXBytes(t, data, ReadOptions{Kind: KindObservations}); !errors.Is(err, ErrMissingColumn) || !strings.Contains(err.Error(), "sheet Kết quả, row 1") {
		t.Fatalf("without defaults: %v", err)
	}
	l, err := readXLSXBytes(t, data, ReadOptions{Kind: KindObservations, Sheet: "kết quả", Defaults: map[string]string{"entity": "Hà Tĩnh", "year": "2025"}})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Release()
	obs, _ := ObservationsFromRecord(l.Record)
	if len(obs) != 1 || obs[0].Entity != "Hà Tĩnh" || obs[0].Year != 2025 || obs[0].Value != 92 || l.Defaults["entity"] != "Hà Tĩnh" {
		t.Fatalf("got %+v %v", obs, l.Defaults)
	}
}

func TestReadXLSXBadWorkbooks(t *testing.T) {
	good := workbookBytes(t, "Sheet", func(f *excelize.File) {
		f.SetSheetRow("Sheet", "A1", &[]any{"entity", "year", "metric", "value"})
	})
	var enc bytes.Buffer
	f := excelize.NewFile()
	f.SetSheetRow("Sheet1", "A1", &[]any{"entity", "year", "metric", "value"})
	if err := f.Write(&enc, excelize.Options{Password: "secret"}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	cases := []struct {
		name string
		data []byte
		opts ReadOptions
		want string
	}{
		{"empty", nil, ReadOptions{}, "empty"},
		{"damaged zip", good[:len(good)/2], ReadOptions{}, "damaged or incomplete zip"},
		{"not a zip", []byte("entity,year\nA,2025\n"), ReadOptions{}, "not an .xlsx workbook"},
		{"password", enc.Bytes(), ReadOptions{}, "password-protected"},
		{"no such sheet", good, ReadOptions{Sheet: "Data"}, `no sheet "Data" in the workbook (its sheets: "Sheet")`},
		{"header only", good, ReadOptions{Kind: KindObservations}, ""},
		{"no header", workbookBytes(t, "S", func(f *excelize.File) { f.SetCellValue("S", "A1", "title") }), ReadOptions{Kind: KindObservations}, "no header row"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l, err := readXLSXBytes(t, c.data, c.opts)
			if c.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				l.Release()
				return
			}
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("got %v, want an error containing %q", err, c.want)
			}
		})
	}
}

// TestVietnameseLabelsReadBack: the Vietnamese label of every column of
// every kind (what a workbook written with Lang "vi" heads it with) reads
// back as that column, and the status, area, level and change words as ids.
func TestVietnameseLabelsReadBack(t *testing.T) {
	for _, k := range Kinds() {
		cs := specs(k)
		for j, c := range cs {
			label := i18n.VI.ColumnLabel(c.name)
			if got := lookupColumn(cs, label); got != j {
				t.Errorf("%s: the label %q of column %q reads as column %d", k, label, c.name, got)
			}
		}
	}
	for _, id := range i18n.StatusIDs() {
		if got, reason := applyTextRule(ruleStatus, i18n.VI.StatusName(id)); got != id || reason != nil {
			t.Errorf("status %q reads as %q (%s)", i18n.VI.StatusName(id), got, reason)
		}
	}
	for _, id := range Areas() {
		if got := canonicalArea(i18n.VI.AreaName(id)); got != id {
			t.Errorf("area %q reads as %q", i18n.VI.AreaName(id), got)
		}
	}
	for _, id := range []string{LevelProvince, LevelDistrict, LevelCommune} {
		if got, _ := applyTextRule(ruleLevel, i18n.VI.LevelLabel(id)); got != id {
			t.Errorf("level %q reads as %q", i18n.VI.LevelLabel(id), got)
		}
	}
	for _, id := range []string{ChangeDecrease, ChangeIncrease} {
		if got, _ := applyTextRule(ruleChange, i18n.VI.ChangeName(id)); got != id {
			t.Errorf("change %q reads as %q", i18n.VI.ChangeName(id), got)
		}
	}
}
