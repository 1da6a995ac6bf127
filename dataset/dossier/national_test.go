package dossier

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// readAll reads a national file, returning the records and the rejected ones.
func readAllNational(t testing.TB, path string) ([]National, []*RowError, []int64) {
	t.Helper()
	var got []National
	var pos []int64
	var bad []*RowError
	err := ReadNational(path, NationalOptions{OnReject: func(e *RowError) { bad = append(bad, e) }},
		func(n *National, p int64) error {
			got = append(got, *n)
			pos = append(pos, p)
			return nil
		})
	if err != nil {
		t.Fatalf("ReadNational(%s): %v", path, err)
	}
	return got, bad, pos
}

func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func wall(s string) int64 {
	v, err := ParseTime(s, false)
	if err != nil {
		panic(err)
	}
	return v
}

const nationalCSV = `MaHoSo,MaTTHC,TenTTHC,MucDo,KenhThucHien,DonViXuLy,NgayNopHoSo,NgayTiepNhan,NgayHenTra,NgayKetThucXuLy,NgayTra,TrangThaiHoSo,DuocThanhToanTrucTuyen,HoSoCoThanhPhanSoHoa,LePhi
H1,1.004227,Cấp phép,4,2,Sở Xây dựng,20250301080000,20250301083000,20250310170000,20250310180000,,10,1,1,50000
H2,1.004227,Cấp phép,3,,UBND xã A,,05/03/2025 09:15,12/03/2025,,,4,0,0,0
H3,1.001,Khai sinh,2,3,UBND xã A,,2025-03-07 10:00:00,,,2025-03-08 11:00:00,10,,,
`

func TestReadNationalCSV(t *testing.T) {
	got, bad, pos := readAllNational(t, writeFile(t, "n.csv", nationalCSV))
	if len(bad) != 0 {
		t.Fatalf("rejected: %v", bad)
	}
	if len(got) != 3 || pos[0] != 2 || pos[2] != 4 {
		t.Fatalf("got %d records at %v", len(got), pos)
	}
	h1, h2, h3 := got[0], got[1], got[2]
	if h1.ID != "H1" || h1.Level != 4 || h1.Channel != 2 || h1.Status != 10 || h1.PaidOnline != 1 || !h1.Digitised || h1.Fee != 50000 {
		t.Errorf("H1 = %+v", h1)
	}
	if h1.ReceivedAt != wall("2025-03-01 08:30:00") || h1.ProcessedAt != wall("2025-03-10 18:00:00") || h1.ReturnedAt != NoTime {
		t.Errorf("H1 times: %+v", h1)
	}
	if h2.Channel != NatChannelInPerson || h2.ReceivedAt != wall("2025-03-05 09:15:00") || h2.DueAt != wall("2025-03-12 00:00:00") || h2.SubmittedAt != NoTime {
		t.Errorf("H2 = %+v (empty channel is 1, text dates day-first)", h2)
	}
	if h3.Channel != NatChannelPostal || h3.DueAt != NoTime || h3.EndAt() != wall("2025-03-08 11:00:00") || h3.Agency != "UBND xã A" {
		t.Errorf("H3 = %+v", h3)
	}
}

func TestReadNationalRejects(t *testing.T) {
	head := strings.SplitN(nationalCSV, "\n", 2)[0] + "\n"
	rows := []struct {
		row, reason, field string
	}{
		{"B1,x,y,4,2,A,,2025-03-01,2025-03-05,,,11,,,", RejectUnknownStatus, NatStatus},
		{"B2,x,y,4,2,A,,2025-03-01,2025-03-05,,,,,,", RejectUnknownStatus, NatStatus},
		{"B3,x,y,4,2,A,,2025-03-05 08:00,2025-03-04 17:00,,,4,,,", RejectDueBeforeReceived, NatDueAt},
		{"B4,x,y,4,2,A,,31/02/2025,,,,4,,,", RejectBadDate, NatReceivedAt},
		{"B5,x,y,4,2,A,,2025-03-01,2025-03-05,,,9,,,", RejectFinishedWithoutEnd, NatProcessedAt},
		{"B6,x,y,4,2,A,,hôm qua,2025-03-05,,,4,,,", RejectBadDate, NatReceivedAt},
		{"B7,x,y,4,5,A,,2025-03-01,2025-03-05,,,4,,,", RejectUnknownChannel, NatChannel},
		{"B8,x,y,7,2,A,,2025-03-01,2025-03-05,,,4,,,", RejectUnknownLevel, NatLevel},
		{"B9,x,y,4,2,A,,,2025-03-05,,,4,,,", RejectNoReceivedDate, NatReceivedAt},
		{"B10,x,y,4,2,A,,2025-03-05,2025-03-09,2025-03-01,,9,,,", RejectEndBeforeReceived, NatProcessedAt},
		{"B11,x,y,4,2,A,,2025-03-05,2025-03-09,,,4,,,-5", RejectBadValue, NatFee},
		{"B12,x,y,4,2,A,,2025-03-05,2025-03-09,,,4,,,,extra", RejectUnreadable, ""},
	}
	var b strings.Builder
	b.WriteString(head)
	for _, r := range rows {
		b.WriteString(r.row + "\n")
	}
	b.WriteString("OK,x,y,4,2,A,,2025-03-05,2025-03-09,,,4,,,\n")
	got, bad, _ := readAllNational(t, writeFile(t, "bad.csv", b.String()))
	if len(got) != 1 || got[0].ID != "OK" {
		t.Fatalf("kept %v, want only OK", got)
	}
	if len(bad) != len(rows) {
		t.Fatalf("%d rejected, want %d: %v", len(bad), len(rows), bad)
	}
	for i, r := range rows {
		e := bad[i]
		if e.Reason != r.reason || e.Column != r.field || e.Line != i+2 {
			t.Errorf("%s: got reason %q field %q line %d (%v), want %q %q %d", r.row, e.Reason, e.Column, e.Line, e, r.reason, r.field, i+2)
		}
		if !strings.Contains(e.Error(), "bad.csv:") {
			t.Errorf("error %q does not name the file and line", e)
		}
	}
	// Without OnReject the first bad record stops reading.
	err := ReadNational(writeFile(t, "bad.csv", b.String()), NationalOptions{}, func(*National, int64) error { return nil })
	if err == nil || !strings.Contains(err.Error(), "unknown_status") {
		t.Errorf("err = %v, want the first record's unknown_status", err)
	}
}

// TestReadNationalLabelsAndTitles reads a CSV export with Vietnamese
// labels, text values, title rows and ';' as the separator.
func TestReadNationalLabelsAndTitles(t *testing.T) {
	csv := "BÁO CÁO TÌNH HÌNH GIẢI QUYẾT HỒ SƠ;;;;\nTừ ngày 01/01/2025 đến ngày 31/12/2025;;;;\n;;;;\n" +
		"STT;Mã hồ sơ;Mức độ;Kênh thực hiện;Đơn vị xử lý;Ngày tiếp nhận;Ngày hẹn trả;Ngày kết thúc xử lý;Ngày trả kết quả;Trạng thái;Thanh toán trực tuyến;Số hóa thành phần hồ sơ;Lệ phí\n" +
		"1;H1;Toàn trình;Trực tuyến;Sở Tư pháp;01/07/2025 14:03;03/07/2025;;03/07/2025 16:00:00;Đã trả kết quả;Có;Có;\"50.000\"\n" +
		"2;H2;DVC trực tuyến một phần;Bưu chính công ích;Sở Tư pháp;02/07/2025 08:00:00;;;;Công dân yêu cầu rút hồ sơ;Không;Không;0\n"
	got, bad, pos := readAllNational(t, writeFile(t, "vi.csv", csv))
	if len(bad) != 0 || len(got) != 2 {
		t.Fatalf("got %d, rejected %v", len(got), bad)
	}
	h1, h2 := got[0], got[1]
	if pos[0] != 5 || h1.Level != 4 || h1.Channel != 2 || h1.Status != 10 || h1.PaidOnline != 1 || !h1.Digitised || h1.Fee <= 0 {
		t.Errorf("H1 = %+v at %d", h1, pos[0])
	}
	if h1.ReceivedAt != wall("2025-07-01 14:03:00") {
		t.Errorf("H1 received %v", FromWallSeconds(h1.ReceivedAt))
	}
	if h2.Level != 3 || h2.Channel != 3 || h2.Status != StatusWithdrawn || h2.PaidOnline != 0 || h2.Digitised {
		t.Errorf("H2 = %+v", h2)
	}
}

func TestReadNationalJSON(t *testing.T) {
	obj := `{"MaHoSo":"J1","MaTTHC":"1.1","MucDo":4,"KenhThucHien":2,"DonViXuLy":"Sở Y tế","NgayTiepNhan":"20250401080000","NgayHenTra":"20250405170000","NgayKetThucXuLy":"20250404090000","TrangThaiHoSo":9,"DuocThanhToanTrucTuyen":2,"HoSoCoThanhPhanSoHoa":1,"DanhSachLePhi":[{"TenPhiLePhi":"Lệ phí","Gia":20000},{"Gia":"15000"}]}`
	obj2 := `{"MaHoSo":"J2","MucDo":"3","KenhThucHien":"1","NgayTiepNhan":"20250402","NgayHenTra":"","TrangThaiHoSo":"4"}`
	badObj := `{"MaHoSo":"J3","MucDo":4,"KenhThucHien":2,"NgayTiepNhan":"20250402","TrangThaiHoSo":12}`
	for name, content := range map[string]string{
		"array.json":    "[\n" + obj + ",\n" + obj2 + ",\n" + badObj + "\n]\n",
		"lines.ndjson":  obj + "\n" + obj2 + "\n" + badObj + "\n",
		"lines.jsonl":   obj + "\n\n" + obj2 + "\n" + badObj,
		"one.json":      obj,
		"onebroke.json": obj + "\n{\"MaHoSo\": ",
	} {
		t.Run(name, func(t *testing.T) {
			got, bad, _ := readAllNational(t, writeFile(t, name, content))
			if len(got) == 0 {
				t.Fatal("no records")
			}
			j1 := got[0]
			if j1.ID != "J1" || j1.Fee != 35000 || j1.PaidOnline != 2 || !j1.Digitised || j1.Status != 9 || j1.ProcessedAt != wall("2025-04-04 09:00:00") {
				t.Errorf("J1 = %+v", j1)
			}
			switch name {
			case "one.json":
				if len(got) != 1 || len(bad) != 0 {
					t.Errorf("got %d, bad %v", len(got), bad)
				}
			case "onebroke.json":
				if len(got) != 1 || len(bad) != 1 || bad[0].Reason != RejectUnreadable || bad[0].Line != 2 {
					t.Errorf("got %d, bad %v", len(got), bad)
				}
			default:
				if len(got) != 2 || got[1].Level != 3 || got[1].ReceivedAt != wall("2025-04-02") || got[1].DueAt != NoTime {
					t.Errorf("got %+v", got)
				}
				if len(bad) != 1 || bad[0].Reason != RejectUnknownStatus || bad[0].Line < 3 {
					t.Errorf("bad = %v", bad)
				}
			}
		})
	}
}

// TestReadNationalXLSX writes an export as provinces do (title rows,
// labels, text values, Excel dates) plus hand-set cells (text dates,
// a serial date, a bad date) and reads it back.
func TestReadNationalXLSX(t *testing.T) {
	recs := []National{
		{ID: "X1", Procedure: "1.2", ProcedureName: "Đăng ký", Level: 4, Channel: 2, Agency: "Sở Nội vụ",
			SubmittedAt: wall("2025-07-01 13:59:00"), ReceivedAt: wall("2025-07-01 14:03:27"), DueAt: wall("2025-07-04 17:00:00"),
			ProcessedAt: wall("2025-07-03 09:00:00"), ReturnedAt: wall("2025-07-03 10:00:00"), Status: 10, PaidOnline: 1, Digitised: true, Fee: 100000},
		{ID: "X2", Level: 3, Channel: 1, Agency: "UBND xã B", SubmittedAt: NoTime, ReceivedAt: wall("2025-12-30 23:59:59"),
			DueAt: NoTime, ProcessedAt: NoTime, ReturnedAt: NoTime, Status: 4},
	}
	w, err := NewNationalXLSXWriter("DANH SÁCH HỒ SƠ")
	if err != nil {
		t.Fatal(err)
	}
	for i := range recs {
		if err := w.Write(&recs[i]); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := w.Close(&buf); err != nil {
		t.Fatal(err)
	}
	wb, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatal(err)
	}
	set := func(cell string, v any) {
		if err := wb.SetCellValue("Sheet1", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	// Row 6: text dates and text codes; row 7: a serial as a number; row 8: a bad date.
	for i, v := range []any{"X3", "", "", "Toàn trình", "Trực tuyến", "Sở Nội vụ", "", "02/08/2025 07:05", "05/08/2025", "04/08/2025 16:00:00", "", "Đã xử lý xong", "Không", "Không", 0} {
		c, _ := excelize.CoordinatesToCellName(i+1, 6)
		set(c, v)
	}
	for i, v := range []any{"X4", "", "", 2, 1, "Sở Nội vụ", "", 45870.5, 45873, "", "", 2, 0, 0, 0} {
		c, _ := excelize.CoordinatesToCellName(i+1, 7)
		set(c, v)
	}
	for i, v := range []any{"X5", "", "", 2, 1, "Sở Nội vụ", "", "32/13/2025", "", "", "", 2, 0, 0, 0} {
		c, _ := excelize.CoordinatesToCellName(i+1, 8)
		set(c, v)
	}
	path := filepath.Join(t.TempDir(), "export.xlsx")
	if err := wb.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	wb.Close()
	got, bad, pos := readAllNational(t, path)
	if len(got) != 4 || len(bad) != 1 {
		t.Fatalf("got %d records, rejected %v", len(got), bad)
	}
	if g := got[0]; g != recs[0] || pos[0] != 4 {
		t.Errorf("X1 read back as\n%+v at row %d, want\n%+v", g, pos[0], recs[0])
	}
	if g := got[1]; g != recs[1] {
		t.Errorf("X2 read back as\n%+v, want\n%+v", g, recs[1])
	}
	if g := got[2]; g.Level != 4 || g.Channel != 2 || g.Status != 9 || g.ReceivedAt != wall("2025-08-02 07:05:00") || g.DueAt != wall("2025-08-05") || g.ProcessedAt != wall("2025-08-04 16:00:00") {
		t.Errorf("X3 = %+v", g)
	}
	// 45870.5 is 2025-08-01 12:00.
	if g := got[3]; g.ReceivedAt != wall("2025-08-01 12:00:00") || g.DueAt != wall("2025-08-04") {
		t.Errorf("X4 received %v due %v", FromWallSeconds(g.ReceivedAt), FromWallSeconds(g.DueAt))
	}
	e := bad[0]
	if e.Reason != RejectBadDate || e.Sheet != "Sheet1" || e.Cell != "H8" || !strings.Contains(e.Error(), `cell H8`) {
		t.Errorf("bad = %v (%+v)", e, e)
	}
}

func TestSchemaOf(t *testing.T) {
	dir := t.TempDir()
	cases := []struct{ name, content, want string }{
		{"ours.csv", "dossier_id,province,agency\n", SchemaCCHC},
		{"nat.csv", nationalCSV, SchemaNational},
		{"titled.csv", "Báo cáo\n\nMã hồ sơ,Trạng thái,Ngày tiếp nhận\n", SchemaNational},
		{"x.xlsx", "", SchemaNational},
		{"x.json", "", SchemaNational},
		{"x.parquet", "", SchemaCCHC},
	}
	for _, c := range cases {
		p := filepath.Join(dir, c.name)
		os.WriteFile(p, []byte(c.content), 0o644)
		got, err := SchemaOf(p)
		if err != nil || got != c.want {
			t.Errorf("%s: %q, %v; want %q", c.name, got, err, c.want)
		}
	}
	if _, err := SchemaOf(filepath.Join(dir, "x.doc")); err == nil {
		t.Error("x.doc: no error")
	}
}

func TestNationalCSVWriterRoundTrip(t *testing.T) {
	n := National{ID: "R1", Procedure: "1.3", ProcedureName: "Thủ tục, có dấu phẩy", Level: 4, Channel: 2, Agency: "Sở A",
		SubmittedAt: NoTime, ReceivedAt: wall("2025-06-30 23:59:59"), DueAt: wall("2025-07-02 17:00:00"),
		ProcessedAt: NoTime, ReturnedAt: wall("2025-07-01 08:00:00"), Status: 10, PaidOnline: 2, Digitised: true, Fee: 1500.5}
	var buf bytes.Buffer
	w, err := NewNationalCSVWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(&n); err != nil {
		t.Fatal(err)
	}
	w.Close()
	got, bad, _ := readAllNational(t, writeFile(t, "rt.csv", buf.String()))
	if len(bad) != 0 || len(got) != 1 || got[0] != n {
		t.Fatalf("round trip: %+v, %v; want %+v", got, bad, n)
	}
}

// TestNationalCSVInChunks reads a file with good and bad records, a
// quoted newline and syntax errors in chunks of every size from 1 byte
// with 1 to 3 workers: the same records and rejections, in file order,
// with the lines of one sequential read.
func TestNationalCSVInChunks(t *testing.T) {
	data := "Báo cáo \"tháng\"\n" + nationalCSV +
		"H4,1.001,\"Khai sinh\ncó xuống dòng\",2,1,UBND xã B,,2025-03-07,,,2025-03-08,10,,,\n" +
		"H5,1.001,Khai\"sinh,2,1,UBND xã B,,2025-03-07,,,2025-03-08,10,,,\n" +
		"H6,1.001,Khai sinh,2,1,UBND xã B,,2025-03-07,,,2025-03-08,99,,,\n" +
		"\n" +
		"H7,1.001,\"Khai\"x,2,1,UBND xã B,,2025-03-07,,,2025-03-08,10,,,\n" +
		"H8,1.001,Khai sinh,2,1,UBND xã B,,2025-03-07,,,2025-03-08,10,,,,extra\n" +
		"H9,1.001,Khai sinh,2,1,UBND xã B,,2025-03-07,,,2025-03-08,10,,,\n"
	want := readNationalCSVLog(t, []byte(data), len(data)+1, 1)
	var lines []string
	for _, l := range want {
		lines = append(lines, strings.SplitN(l, " ", 4)[0]+" "+strings.Split(l, " ")[1])
	}
	// Records H1..H3 on lines 3..5, H4 on 6–7; H5 a bare quote (line 8),
	// H6 status 99 (9), H7 an invalid quote (11), H8 an extra field (12),
	// H9 on 13.
	wantLines := []string{"3 {ID:H1", "4 {ID:H2", "5 {ID:H3", "6 {ID:H4", "reject 8", "reject 9", "reject 11", "reject 12", "13 {ID:H9", "end <nil>"}
	if !reflect.DeepEqual(lines, wantLines) {
		t.Fatalf("sequential read:\n%s\nwant lines %q", strings.Join(want, "\n"), wantLines)
	}
	for workers := 1; workers <= 3; workers++ {
		for size := 1; size < len(data); size += 1 + size/3 {
			if got := readNationalCSVLog(t, []byte(data), size, workers); !reflect.DeepEqual(got, want) {
				t.Fatalf("chunks of %d bytes, %d workers:\n%s\nwant\n%s", size, workers, strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		}
	}
}
