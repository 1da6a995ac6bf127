package dataset

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"
)

// openpyxlDump is a Python script that prints, as JSON, every sheet of the
// workbook named by its argument: cells (value, openpyxl data type,
// number format, fill colour), frozen panes and autofilter.
const openpyxlDump = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    rows = []
    for row in ws.iter_rows():
        cells = []
        for c in row:
            fill = c.fill.fgColor.rgb if c.fill and c.fill.fill_type else None
            v = c.value
            if hasattr(v, "isoformat"):
                v = v.isoformat()
            cells.append([v, c.data_type, c.number_format, fill if isinstance(fill, str) else None])
        rows.append(cells)
    refs = [t.ref for t in ws.tables.values() if t.autoFilter is not None] + ([ws.auto_filter.ref] if ws.auto_filter.ref else [])
    out[ws.title] = {"rows": rows, "freeze": ws.freeze_panes, "filter": refs[0] if refs else None}
print(json.dumps(out, ensure_ascii=False))
`

// xlsxDump is one sheet as openpyxl reads it.
type xlsxDump struct {
	Rows   [][][4]any `json:"rows"`
	Freeze *string    `json:"freeze"`
	Filter *string    `json:"filter"`
}

// readWithOpenpyxl reads a workbook with Debian's python3-openpyxl, an
// independent reader. The test is skipped when it is not installed, unless
// the environment variable CI is set.
func readWithOpenpyxl(t *testing.T, path string) map[string]xlsxDump {
	t.Helper()
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		skipOrFail(t, "no /usr/bin/python3: install python3-openpyxl to read written workbooks with an independent reader")
	}
	if err := exec.Command(py, "-c", "import openpyxl").Run(); err != nil {
		skipOrFail(t, "python3-openpyxl is not installed (apt-get install python3-openpyxl)")
	}
	out, err := exec.Command(py, "-c", openpyxlDump, path).Output()
	if err != nil {
		var stderr string
		if ee, ok := err.(*exec.ExitError); ok {
			stderr = string(ee.Stderr)
		}
		t.Fatalf("openpyxl cannot read %s: %v\n%s", path, err, stderr)
	}
	var d map[string]xlsxDump
	if err := json.Unmarshal(out, &d); err != nil {
		t.Fatal(err)
	}
	return d
}

func skipOrFail(t *testing.T, msg string) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatal(msg)
	}
	t.Skip(msg)
}

// workbookScores are scorecard rows with codes that look like numbers, text
// that looks like a formula, nulls and every status.
func workbookScores() []Score {
	return []Score{
		{PlanID: "3098/QĐ-UBND", Code: "2.10", Area: AreaProcedures, Metric: "online_submission_rate", Subject: "Tỷ lệ hồ sơ trực tuyến",
			Comparator: CmpGE, Target: 90, Unit: "percent", Level: LevelProvince, Entity: "Hà Tĩnh", Year: 2025,
			Actual: fptr(41.21359417506801), Attainment: fptr(0.45792882416742235), Status: StatusOffTrack, Weight: 1, Note: "=SUM(A1:A2)"},
		{PlanID: "3098/QĐ-UBND", Code: "1.009800", Area: AreaCivilService, Metric: "staff_cut", Subject: "Giảm biên chế",
			Comparator: CmpGE, Target: 28, Unit: "staff", Change: ChangeDecrease, Entity: "Hà Tĩnh", Year: 2025,
			Actual: fptr(1200), Baseline: fptr(1230), Attainment: fptr(1), Met: true, Status: StatusMet, Weight: 1, Points: fptr(2.5), MaxPoints: fptr(2.5)},
		{PlanID: "3098/QĐ-UBND", Code: "III.1", Area: AreaDigitalGovernment, Subject: "Tỷ lệ văn bản điện tử", Comparator: CmpGE, Target: 98.5,
			Unit: "percent", Level: LevelDistrict, Entity: "Hà Tĩnh", Year: 2025, Actual: fptr(97), Attainment: fptr(0.9847715736040609), Status: StatusNear, Weight: 1},
		{PlanID: "3098/QĐ-UBND", Code: "IV", Subject: "+84 hotline", Comparator: CmpLE, Target: 0.5, Unit: "percent", Entity: "Hà Tĩnh", Year: 2025, Status: StatusNoData},
	}
}

func TestWriteWorkbookOpenpyxl(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	rec := ScoresToRecord(mem, workbookScores())
	defer rec.Release()
	dir := t.TempDir()
	for _, lang := range []string{"", "vi"} {
		path := filepath.Join(dir, "scorecard-"+lang+".xlsx")
		if err := WriteFile(path, rec, WriteOptions{Lang: lang}); err != nil {
			t.Fatal(err)
		}
		d := readWithOpenpyxl(t, path)
		name := SheetName(KindScores, lang)
		sh, ok := d[name]
		if !ok {
			t.Fatalf("%s: no sheet %q in %v", path, name, d)
		}
		if sh.Freeze == nil || *sh.Freeze != "A2" || sh.Filter == nil || *sh.Filter != "A1:U5" {
			t.Errorf("%s: freeze %v, filter %v", path, sh.Freeze, sh.Filter)
		}
		header := sh.Rows[0]
		col := func(label string) int {
			for j, c := range header {
				if c[0] == label {
					return j
				}
			}
			t.Fatalf("%s: no column %q in %v", path, label, header)
			return -1
		}
		pick := func(en, vi string) string {
			if lang == "vi" {
				return vi
			}
			return en
		}
		code, att, actual, status, note := col(pick("code", "Mã")), col(pick("attainment", "Mức đạt")), col(pick("actual", "Kết quả")), col(pick("status", "Trạng thái")), col(pick("note", "Ghi chú"))
		r1, r2 := sh.Rows[1], sh.Rows[2]
		checks := []struct {
			what string
			got  any
			want any
		}{
			{"code 2.10", r1[code][0], "2.10"}, {"code type", r1[code][1], "s"}, {"code 1.009800", r2[code][0], "1.009800"},
			{"attainment", r1[att][0], 0.4579}, {"attainment format", r1[att][2], "0.00%"}, {"attainment type", r1[att][1], "n"},
			{"actual rounded", r1[actual][0], 41.21}, {"actual format", r1[actual][2], "#,##0.00"}, {"count format", r2[actual][2], "#,##0"},
			{"formula-like note is text", r1[note][0], "=SUM(A1:A2)"}, {"note type", r1[note][1], "s"},
			{"status word", r1[status][0], pick("off_track", "chưa đạt")}, {"status fill", r1[status][3], "FFFFC7CE"},
			{"met fill", r2[status][3], "FFC6EFCE"},
		}
		for _, c := range checks {
			if c.got != c.want {
				t.Errorf("%s: %s: got %v, want %v", path, c.what, c.got, c.want)
			}
		}
		// Read back by cchc: the Vietnamese labels and words are the ids.
		l, err := ReadFile(path, "", memory.NewGoAllocator())
		if err != nil {
			t.Fatal(err)
		}
		if l.Kind != KindScores || len(l.Rejected) > 0 || len(l.IgnoredColumns) > 0 {
			t.Fatalf("%s: kind %s, rejected %v, ignored %v", path, l.Kind, l.Rejected, l.IgnoredColumns)
		}
		back, _ := ScoresFromRecord(l.Record)
		l.Release()
		want := workbookScores()
		for i := range back {
			if back[i].Code != want[i].Code || back[i].Status != want[i].Status || back[i].Area != want[i].Area || back[i].Level != want[i].Level ||
				back[i].Change != want[i].Change || back[i].Note != want[i].Note || back[i].Met != want[i].Met {
				t.Errorf("%s row %d: got %+v, want %+v", path, i, back[i], want[i])
			}
		}
	}
}

// TestXLSXArrowRoundTrip: xlsx → Arrow → xlsx keeps every value, as
// openpyxl reads the two workbooks.
func TestXLSXArrowRoundTrip(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	dir := t.TempDir()
	kinds := map[Kind]func() ([]byte, error){}
	_ = kinds
	rec := ScoresToRecord(mem, workbookScores())
	first := filepath.Join(dir, "first.xlsx")
	err := WriteFile(first, rec, WriteOptions{Lang: "vi"})
	rec.Release()
	if err != nil {
		t.Fatal(err)
	}
	l, err := ReadFile(first, "", mem)
	if err != nil {
		t.Fatal(err)
	}
	var ipcBuf bytes.Buffer
	if err := Write(&ipcBuf, FormatArrow, l.Record, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	l.Release()
	l2, err := Read(&ipcBuf, "x.arrow", "", "", mem)
	if err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "second.xlsx")
	err = WriteFile(second, l2.Record, WriteOptions{Lang: "vi"})
	l2.Release()
	if err != nil {
		t.Fatal(err)
	}
	a, b := readWithOpenpyxl(t, first), readWithOpenpyxl(t, second)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if !bytes.Equal(ja, jb) {
		t.Errorf("the round trip changed the workbook:\n%s\n%s", ja, jb)
	}
	if !strings.Contains(string(ja), "chưa đạt") {
		t.Errorf("no Vietnamese status word in %s", ja)
	}
}
