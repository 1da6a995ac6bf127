package dataset

import (
	"errors"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestRejectedIn checks rejected rows, the error that lists them and a
// parse error in Vietnamese, and that English is Reason, String() and
// Error() as before.
func TestRejectedIn(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.NewGoAllocator())
	defer mem.AssertSize(t, 0)
	content := "entity,year,metric,value,unit\n" +
		"Hà Tĩnh,2025,online_rate,abc,percent\n" +
		",2025,online_rate,5,percent\n" +
		"Hà Tĩnh,1850,online_rate,5,percent\n" +
		"Hà Tĩnh,2025,online_rate,5,percent,x\n" +
		",,,,\n"
	l, err := Read(strings.NewReader(content), "obs.csv", FormatCSV, KindObservations, mem)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Record.Release()
	want := []string{
		`obs.csv:2: cột "value": không đọc được "abc" là số: có chứa chữ 'a', không phải là một phần của số`,
		`obs.csv:3: cột "entity": giá trị bắt buộc để trống`,
		`obs.csv:4: cột "year": không đọc được "1850" là năm: 1850 nằm ngoài khoảng 1900-2200`,
		`obs.csv:5: 6 trường, dòng tiêu đề có 5`,
		`obs.csv:6: dòng trống (không có giá trị nào trong các cột của bảng observations)`,
	}
	if len(l.Rejected) != len(want) {
		t.Fatalf("%d rejected, want %d: %v", len(l.Rejected), len(want), l.Rejected)
	}
	for i, r := range l.Rejected {
		if got := r.In(i18n.VI); got != want[i] {
			t.Errorf("vi:\n%s\nwant\n%s", got, want[i])
		}
		if r.ReasonIn(i18n.EN) != r.Reason || r.In(i18n.EN) != r.String() {
			t.Errorf("en: %q, %q; Reason %q, String %q", r.ReasonIn(i18n.EN), r.In(i18n.EN), r.Reason, r.String())
		}
	}
	// A row made elsewhere, or whose Reason was changed, keeps its Reason.
	r := l.Rejected[1]
	r.Reason = "edited"
	if got := r.ReasonIn(i18n.VI); got != "edited" {
		t.Errorf("edited reason in vi: %q", got)
	}
	if got := (RejectedRow{File: "a.xlsx", Sheet: "KH", Cell: "C3", Column: "value", Reason: "x"}).In(i18n.VI); got != `a.xlsx: trang tính KH, C3: cột "value": x` {
		t.Errorf("sheet row in vi: %q", got)
	}

	rowsErr := &RejectedRowsError{File: "obs.csv", Rows: l.Rejected[:2]}
	wantErr := "obs.csv: 2 dòng không đọc được:\n  " + want[0] + "\n  " + want[1]
	if got := i18n.ErrorIn(rowsErr, i18n.VI); got != wantErr {
		t.Errorf("vi:\n%s\nwant\n%s", got, wantErr)
	}
	if i18n.ErrorIn(rowsErr, i18n.EN) != rowsErr.Error() {
		t.Errorf("en: %s", i18n.ErrorIn(rowsErr, i18n.EN))
	}

	_, err = Read(strings.NewReader("entity,year,metric,value,unit,unit\n"), "obs.csv", FormatCSV, KindObservations, mem)
	var pe *ParseError
	if !errors.As(err, &pe) || !errors.Is(err, ErrDuplicateColumn) {
		t.Fatalf("err = %v, want a ParseError of a duplicated column", err)
	}
	if got, want := i18n.ErrorIn(err, i18n.VI), `obs.csv:1: cột 6 ("unit"): cột bị trùng: "unit" lặp lại cột 5 ("unit")`; got != want {
		t.Errorf("vi:\n%s\nwant\n%s", got, want)
	}
	if i18n.ErrorIn(err, i18n.EN) != err.Error() {
		t.Errorf("en: %s", i18n.ErrorIn(err, i18n.EN))
	}
	sheetErr := &ParseError{File: "a.xlsx", Sheet: "KH", Line: 4, Err: ErrEmptyFile}
	if got, want := i18n.ErrorIn(sheetErr, i18n.VI), "a.xlsx: trang tính KH, hàng 4: tệp trống (không có dòng tiêu đề)"; got != want {
		t.Errorf("vi: %s, want %s", got, want)
	}
	if got, want := sheetErr.Error(), "a.xlsx: sheet KH, row 4: the file is empty (no header line)"; got != want {
		t.Errorf("en: %s, want %s", got, want)
	}
}
