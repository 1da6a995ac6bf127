package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// skipOrFail skips a test that needs a missing tool, or fails it in CI.
func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// openpyxlSheets reads every sheet of a workbook with python3-openpyxl (an
// independent reader): for each sheet its rows of [value, data type].
func openpyxlSheets(t *testing.T, path string) map[string][][][2]any {
	t.Helper()
	const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    out[ws.title] = [[[c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(), c.data_type] for c in row] for row in ws.iter_rows()]
print(json.dumps(out, ensure_ascii=False))
`
	py := "/usr/bin/python3"
	if err := exec.Command(py, "-c", "import openpyxl").Run(); err != nil {
		skipOrFail(t, "python3-openpyxl is not installed (apt-get install python3-openpyxl)")
	}
	out, err := exec.Command(py, "-c", script, path).Output()
	if err != nil {
		t.Fatalf("openpyxl cannot read %s: %v", path, err)
	}
	var d map[string][][][2]any
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

// saveWorkbook writes rows (from A1) to a new workbook with one sheet.
func saveWorkbook(t *testing.T, path, sheet string, rows [][]any, build func(f *excelize.File)) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", sheet); err != nil {
		t.Fatal(err)
	}
	for i, r := range rows {
		if err := f.SetSheetRow(sheet, fmt.Sprintf("A%d", i+1), &r); err != nil {
			t.Fatal(err)
		}
	}
	if build != nil {
		build(f)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

// scoreRows reads a scorecard CSV into maps by column name, keyed by code.
func scoreRows(t *testing.T, path string) map[string]map[string]string {
	t.Helper()
	rows := readScorecardCSV(t, path)
	out := map[string]map[string]string{}
	for _, r := range rows[1:] {
		m := map[string]string{}
		for j, h := range rows[0] {
			m[h] = r[j]
		}
		out[m["code"]+"/"+m["level"]] = m
	}
	return out
}

func TestScorecardXLSXActualsVietnamese(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	saveWorkbook(t, "ketqua.xlsx", "Số liệu", [][]any{
		{"BÁO CÁO KẾT QUẢ CẢI CÁCH HÀNH CHÍNH NĂM 2025"},
		{},
		{"Đơn vị", "Cấp", "Năm", "Mã chỉ tiêu", "Giá trị", "Đơn vị tính", "Nguồn"},
		{"Hà Tĩnh", "Tỉnh", 2025, "online_submission_rate", 0.915, "percent", "Báo cáo 12/BC"},
		{"Hà Tĩnh", nil, 2025, "satisfaction_rate", 93, "percent", nil},
	}, func(f *excelize.File) {
		f.MergeCell("Số liệu", "A1", "G1")
		pct, _ := f.NewStyle(&excelize.Style{NumFmt: 10})
		f.SetCellStyle("Số liệu", "E4", "E4", pct)
	})
	code, out, errOut := runCmd(t, "scorecard", "--actuals", "ketqua.xlsx", "-o", "out.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	rows := scoreRows(t, "out.csv")
	if r := rows["II.3.2a/"]; r == nil {
		t.Logf("stdout: %s", out)
	}
	found := 0
	for _, r := range rows {
		switch r["metric"] {
		case "online_submission_rate":
			found++
			if r["actual"] != "91.5" {
				t.Errorf("online_submission_rate: actual %q, want 91.5 (a percent-formatted 0.915)", r["actual"])
			}
		case "satisfaction_rate":
			found++
			if r["actual"] != "93" {
				t.Errorf("satisfaction_rate: actual %q", r["actual"])
			}
		}
	}
	if found == 0 {
		t.Fatalf("no scored row for the two metrics:\n%s", out)
	}
	// A bad cell: the error names the sheet and the cell.
	saveWorkbook(t, "bad.xlsx", "Số liệu", [][]any{
		{"Đơn vị", "Năm", "Mã chỉ tiêu", "Kết quả"},
		{"Hà Tĩnh", 2025, "satisfaction_rate", "abc"},
	}, nil)
	code, _, errOut = runCmd(t, "scorecard", "--actuals", "bad.xlsx", "-o", "bad.csv")
	if code != 1 || !strings.Contains(errOut, `bad.xlsx: sheet Số liệu, D2: column "Kết quả": cannot read "abc" as a number`) {
		t.Errorf("exit %d, stderr %s", code, errOut)
	}
}

func TestScorecardNaturalSheet(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	saveWorkbook(t, "ketqua.xlsx", "Kết quả", [][]any{
		{"Mã chỉ tiêu", "Kết quả"},
		{"satisfaction_rate", 93},
	}, nil)
	code, out, errOut := runCmd(t, "scorecard", "--actuals", "ketqua.xlsx", "--sheet", "kết quả", "-o", "out.csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, w := range []string{"ketqua.xlsx has no entity column: every row is taken as entity Hà Tĩnh (from the plan)", "year 2025 (from the plan)"} {
		if !strings.Contains(out, w) {
			t.Errorf("stdout lacks %q:\n%s", w, out)
		}
	}
	code, _, errOut = runCmd(t, "scorecard", "--actuals", "ketqua.xlsx", "--sheet", "Data", "-o", "out.csv")
	if code != 1 || !strings.Contains(errOut, `no sheet "Data" in the workbook (its sheets: "Kết quả")`) {
		t.Errorf("exit %d: %s", code, errOut)
	}
}

func TestTemplateFillAndScore(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, lang := range []string{"en", "vi"} {
		path := "actuals-" + lang + ".xlsx"
		code, out, errOut := runCmd(t, "template", "--lang", lang, "-o", path)
		if want := map[string]string{"en": "Wrote 41 rows to fill", "vi": "Đã ghi 41 dòng cần điền"}[lang]; code != 0 || !strings.Contains(out, want) {
			t.Fatalf("exit %d: %s %s", code, out, errOut)
		}
		sheets := openpyxlSheets(t, path)
		data := sheets[map[string]string{"en": "actuals", "vi": "Số liệu thực hiện"}[lang]]
		if len(data) != 42 || len(sheets) != 2 {
			t.Fatalf("%s: %d sheets, %d rows", path, len(sheets), len(data))
		}
		header := data[0]
		valueCol, targetCol := -1, -1
		for j, c := range header {
			switch c[0] {
			case "value", "Kết quả":
				valueCol = j
			case "target", "Mục tiêu":
				targetCol = j
			}
		}
		// Fill every other row with its target value (read by openpyxl);
		// the rest stay blank: no data.
		f, err := excelize.OpenFile(path)
		if err != nil {
			t.Fatal(err)
		}
		sheet := f.GetSheetList()[0]
		filled := 0
		for i, r := range data[1:] {
			if i%2 == 1 || r[targetCol][0] == nil {
				continue
			}
			cell, _ := excelize.CoordinatesToCellName(valueCol+1, i+2)
			f.SetCellValue(sheet, cell, r[targetCol][0])
			filled++
		}
		if err := f.SaveAs("filled-" + path); err != nil {
			t.Fatal(err)
		}
		f.Close()
		code, out, errOut = runCmd(t, "scorecard", "--actuals", "filled-"+path, "-o", "card-"+lang+".csv")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if !strings.Contains(out, fmt.Sprintf("%d row(s) with the value left blank are read as no data", 41-filled)) {
			t.Errorf("stdout lacks the blank-row count (%d filled):\n%s", filled, out)
		}
		met := 0
		for _, r := range scoreRows(t, "card-"+lang+".csv") {
			if r["status"] == "met" {
				met++
			}
		}
		if met < 15 {
			t.Errorf("%s: only %d targets met after filling %d rows with their targets", path, met, filled)
		}
	}
	// The CSV template reads back too; an unknown output kind is refused.
	if code, _, errOut := runCmd(t, "template", "-o", "actuals.csv"); code != 0 {
		t.Fatalf("csv template: %s", errOut)
	}
	if code, _, _ := runCmd(t, "template", "-o", "actuals.parquet"); code != 2 {
		t.Errorf("parquet template: exit %d, want 2", code)
	}
	if code, _, _ := runCmd(t, "template"); code != 2 {
		t.Errorf("no -o: exit %d, want 2", code)
	}
}

func TestScorecardWorkbookOut(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	code, out, errOut := runCmd(t, "scorecard", "--lang", "vi", "-o", "card.xlsx")
	if code != 0 || !strings.Contains(out, "(sổ tính Excel: bảng điểm,") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
	sheets := openpyxlSheets(t, "card.xlsx")
	for _, name := range []string{"Bảng điểm", "Tổng hợp theo lĩnh vực", "Số liệu không khớp", "Phát hiện", "Nguồn và phương pháp"} {
		if _, ok := sheets[name]; !ok {
			t.Errorf("no sheet %q in %v", name, keys(sheets))
		}
	}
	card := sheets["Bảng điểm"]
	if len(card) != 40 || card[0][0][0] != "Kế hoạch" {
		t.Fatalf("scorecard sheet: %d rows, header %v", len(card), card[0])
	}
	words := map[any]bool{}
	for _, r := range card[1:] {
		words[r[16][0]] = true
		if r[1][1] != "s" || r[11][1] != "n" {
			t.Errorf("row %v: code must be text, year a number", r)
		}
	}
	for _, w := range []string{"đạt", "gần đạt", "chưa đạt", "chưa có số liệu"} {
		if !words[w] {
			t.Errorf("status word %q not in %v", w, words)
		}
	}
	// The workbook reads back as a scorecard.
	if code, _, errOut := runCmd(t, "validate", "card.xlsx"); code != 0 {
		t.Errorf("validate card.xlsx: %s", errOut)
	}
}

func keys[T any](m map[string]T) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestScorecardKeepsExistingOutput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	writeFile(t, dir, "scorecard.csv", "mine")
	code, out, _ := runCmd(t, "scorecard")
	if code != 0 || !strings.Contains(out, "scorecard.csv exists: writing scorecard-2.csv instead") {
		t.Fatalf("exit %d: %s", code, out)
	}
	if b, _ := os.ReadFile("scorecard.csv"); string(b) != "mine" {
		t.Error("scorecard.csv was replaced")
	}
	if code, _, _ := runCmd(t, "scorecard"); code != 0 {
		t.Fatal("third run failed")
	}
	if _, err := os.Stat("scorecard-3.csv"); err != nil {
		t.Error("no scorecard-3.csv")
	}
	if code, _, _ := runCmd(t, "scorecard", "--force"); code != 0 {
		t.Fatal("--force failed")
	}
	if b, _ := os.ReadFile("scorecard.csv"); string(b) == "mine" {
		t.Error("--force kept scorecard.csv")
	}
	if code, _, _ := runCmd(t, "scorecard", "-o", "scorecard-2.csv"); code != 0 {
		t.Fatal("-o an existing file failed")
	}
	if _, err := os.Stat("scorecard-4.csv"); err == nil {
		t.Error("-o an existing file wrote a new name")
	}
}

func TestScorecardEntityYearMatchNothing(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--entity", "Nghe Anh"}, `--entity "Nghe Anh" matches no entity in illustrative_observations_ha_tinh_2025.csv (did you mean "Nghệ An"?)`},
		{[]string{"--entity", "Ha Tinhh"}, `(did you mean "Hà Tĩnh"?)`},
		{[]string{"--year", "2024"}, "no targets for year 2024"},
	}
	for _, tc := range tests {
		code, _, errOut := runCmd(t, append([]string{"scorecard", "-o", "x.csv"}, tc.args...)...)
		if code != 1 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, stderr %s", tc.args, code, errOut)
		}
	}
	if names := onlyFiles(t, dir); len(names) != 0 {
		t.Errorf("files written: %v", names)
	}
}

// TestExcelVICSVInLibreOffice imports the excel-vi CSV into LibreOffice
// Calc with Vietnamese settings (language 1066, ";" separators) and checks
// that the numbers come out as numbers and the codes as text.
func TestExcelVICSVInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		skipOrFail(t, "no soffice: install LibreOffice (libreoffice-calc) to import the excel-vi CSV")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	if code, _, errOut := runCmd(t, "scorecard", "--csv", "excel-vi", "-o", "vi.csv"); code != 0 {
		t.Fatal(errOut)
	}
	cmd := exec.Command(soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--infilter=CSV:59,34,76,1,,1066", "--convert-to", "xlsx", "--outdir", filepath.Join(dir, "lo"), "vi.csv")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	sheets := openpyxlSheets(t, filepath.Join(dir, "lo", "vi.xlsx"))
	var rows [][][2]any
	for _, r := range sheets {
		rows = r
	}
	header := rows[0]
	col := map[any]int{}
	for j, c := range header {
		col[c[0]] = j
	}
	numbers := 0
	for _, r := range rows[1:] {
		for _, name := range []string{"target", "year", "actual", "attainment", "weight"} {
			c := r[col[name]]
			if c[0] == nil {
				continue
			}
			if c[1] != "n" {
				t.Errorf("%s %v is %s, not a number", name, c[0], c[1])
			}
			numbers++
		}
		if c := r[col["code"]]; c[1] != "s" {
			t.Errorf("code %v is not text", c[0])
		}
	}
	if numbers < 100 {
		t.Errorf("only %d numbers checked", numbers)
	}
}

func TestParseWorkbookScoresBack(t *testing.T) {
	dir := t.TempDir()
	plan, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "plans", "003_a5b74ff242722c67.txt"))
	obs, _ := filepath.Abs(filepath.Join("..", "..", "testdata", "observations", "illustrative_observations_ha_tinh_2025.csv"))
	t.Chdir(dir)
	if code, _, errOut := runCmd(t, "parse", plan, "-o", "plan.xlsx"); code != 0 {
		t.Fatalf("parse: %s", errOut)
	}
	sheets := openpyxlSheets(t, "plan.xlsx")
	if len(sheets["targets"]) != 40 || len(sheets["plans"]) != 2 {
		t.Fatalf("sheets: %d targets rows, %d plans rows", len(sheets["targets"]), len(sheets["plans"]))
	}
	code, out, errOut := runCmd(t, "scorecard", "--targets", "plan.xlsx", "--sheet", "targets", "--actuals", obs, "-o", "card.csv")
	if code != 0 || !strings.Contains(out, "95.9") {
		t.Fatalf("exit %d: %s %s", code, out, errOut)
	}
}
