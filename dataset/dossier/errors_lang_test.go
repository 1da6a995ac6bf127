package dossier

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestRowErrorIn checks rejected national records in Vietnamese through
// i18n.ErrorIn (reason ids and values stay as they are), and that their
// English is Error().
func TestRowErrorIn(t *testing.T) {
	head := strings.SplitN(nationalCSV, "\n", 2)[0] + "\n"
	rows := []struct{ row, vi string }{
		{"B1,x,y,4,2,A,,2025-03-01,2025-03-05,,,11,,,",
			`bad.csv:2: unknown_status: cột "TrangThaiHoSo": giá trị "11": không phải mã trạng thái 1..10`},
		{"B3,x,y,4,2,A,,2025-03-05 08:00,2025-03-04 17:00,,,4,,,",
			`bad.csv:3: due_before_received: cột "NgayHenTra": giá trị "2025-03-04 17:00:00": ngày hẹn trả 2025-03-04 trước ngày tiếp nhận 2025-03-05`},
		{"B9,x,y,4,2,A,,,2025-03-05,,,4,,,",
			`bad.csv:4: no_received_date: cột "NgayTiepNhan": giá trị "": trạng thái 4 cần có ngày tiếp nhận`},
		{"B11,x,y,4,2,A,,2025-03-05,2025-03-09,,,4,,,-5",
			`bad.csv:5: bad_value: cột "LePhi": giá trị "-5": phí, lệ phí bị âm`},
	}
	var b strings.Builder
	b.WriteString(head)
	for _, r := range rows {
		b.WriteString(r.row + "\n")
	}
	_, bad, _ := readAllNational(t, writeFile(t, "bad.csv", b.String()))
	if len(bad) != len(rows) {
		t.Fatalf("%d rejected, want %d: %v", len(bad), len(rows), bad)
	}
	for i, r := range rows {
		bad[i].File = filepath.Base(bad[i].File)
		if got := i18n.ErrorIn(bad[i], i18n.VI); got != r.vi {
			t.Errorf("vi:\n%s\nwant\n%s", got, r.vi)
		}
		if got := i18n.ErrorIn(bad[i], i18n.EN); got != bad[i].Error() {
			t.Errorf("en: %s, Error() %s", got, bad[i].Error())
		}
	}
	sheet := &RowError{File: "b.xlsx", Sheet: "Hồ sơ", Line: 7, Cell: "F7", Err: i18n.Errorf("no status")}
	if got, want := i18n.ErrorIn(sheet, i18n.VI), `b.xlsx: trang tính "Hồ sơ" ô F7: không có trạng thái`; got != want {
		t.Errorf("vi: %s, want %s", got, want)
	}
	if got, want := sheet.Error(), `b.xlsx: sheet "Hồ sơ" cell F7: no status`; got != want {
		t.Errorf("en: %s, want %s", got, want)
	}
}
