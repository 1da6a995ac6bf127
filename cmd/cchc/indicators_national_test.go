package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// TestIndicatorsNationalSchema runs "cchc indicators" on a national-schema
// export with Vietnamese labels and a title row: the schema is recognised
// from the header, bad records are listed with their reasons, and the
// rates follow the national rules.
func TestIndicatorsNationalSchema(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "export.csv")
	content := "DANH SÁCH HỒ SƠ NĂM 2025\n" +
		"Mã hồ sơ,Mức độ,Kênh thực hiện,Đơn vị xử lý,Ngày tiếp nhận,Ngày hẹn trả,Ngày kết thúc xử lý,Ngày trả kết quả,Trạng thái,Thanh toán trực tuyến,Số hóa thành phần hồ sơ,Lệ phí\n" +
		"H1,Toàn trình,Trực tuyến,Sở Tư pháp,01/07/2025 14:03,03/07/2025,03/07/2025 16:00,,Đã xử lý xong,Có,Có,50000\n" +
		"H2,Một phần,Trực tiếp,Sở Tư pháp,02/07/2025 08:00,04/07/2025 08:00,,05/07/2025 09:00,Đã trả kết quả,Không,Không,50000\n" +
		"H3,Toàn trình,Trực tuyến,Sở Y tế,02/08/2025 08:00,,,,Đang xử lý,,,\n" +
		"H4,Toàn trình,Trực tuyến,Sở Y tế,02/08/2025 08:00,01/08/2025,,,Đang xử lý,,,\n" +
		"H5,Toàn trình,Trực tuyến,Sở Y tế,02/08/2025 08:00,03/08/2025,,,Đã xử lý xong,,,\n" +
		"H6,Toàn trình,Trực tuyến,Sở Y tế,02/08/2025 08:00,03/08/2025,,,Chờ duyệt,,,\n"
	if err := os.WriteFile(in, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	obsPath := filepath.Join(dir, "obs.csv")
	badPath := filepath.Join(dir, "bad.csv")
	var stdout, stderr bytes.Buffer
	code := run([]string{"indicators", "--dossiers", in, "--year", "2025", "--by", "agency", "-o", obsPath, "--rejected", badPath}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	report := stderr.String()
	for _, s := range []string{"dossiers read: 6; counted: 3; kept out: 3", "national schema; period 2025-01-01", "due_before_received", "finished_without_end", "unknown_status", "Tiến độ giải quyết"} {
		if !strings.Contains(report, s) {
			t.Errorf("report lacks %q:\n%s", s, report)
		}
	}
	bad, _ := os.ReadFile(badPath)
	for _, s := range []string{"line,6,due_before_received", "line,7,finished_without_end", "line,8,unknown_status"} {
		if !strings.Contains(string(bad), s) {
			t.Errorf("rejected list lacks %q:\n%s", s, bad)
		}
	}
	obs, rejected, err := dataset.ReadObservations(obsPath)
	if err != nil || len(rejected) > 0 {
		t.Fatal(err, rejected)
	}
	got := map[string]float64{}
	for _, o := range obs {
		got[o.Entity+" "+o.Metric] = o.Value
	}
	// Sở Tư pháp: H1 on time (end day = due day), H2 late; Sở Y tế: H3 open without a due date.
	want := map[string]float64{
		"Sở Tư pháp ontime_completion_rate":    50,
		"Sở Tư pháp index766_progress_points":  10,
		"Sở Tư pháp online_submission_rate":    50,
		"Sở Tư pháp online_payment_rate":       50,
		"Sở Tư pháp dossier_digitisation_rate": 50,
		"Sở Y tế ontime_completion_rate":       100,
		"Sở Y tế online_submission_rate":       100,
	}
	for k, v := range want {
		if g, ok := got[k]; !ok || g != v {
			t.Errorf("%s = %v (present %v), want %v", k, g, ok, v)
		}
	}
}
