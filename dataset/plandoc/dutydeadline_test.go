package plandoc

import "testing"

// TestDutyDeadline checks the times a duty states in its own words: a date
// after "trước" or "chậm nhất", a recurring period, and a period after
// "thời gian thực hiện", "hoàn thành", "trong" or "vào"; a period a duty
// only reports on, and the plan's year after "trong", are no times.
func TestDutyDeadline(t *testing.T) {
	tests := []struct {
		duty, text, start, end string
	}{
		{"Rà soát văn bản, hoàn thành trước ngày 30/6/2026.", "trước ngày 30/6/2026", "", "2026-06-30"},
		{"Báo cáo UBND tỉnh định kỳ hằng quý.", "định kỳ hằng quý", "", ""},
		{"Chủ trì kiểm tra công tác CCHC; thời gian thực hiện trong quý II/2026.", "trong quý II/2026", "2026-04-01", "2026-06-30"},
		{"Chủ trì kiểm tra, hoàn thành trong tháng 8/2026.", "trong tháng 8/2026", "2026-08-01", "2026-08-31"},
		{"Kiểm tra công tác CCHC trong quý III năm 2026.", "trong quý III năm 2026", "2026-07-01", "2026-09-30"},
		{"Kiểm tra, thời gian hoàn thành: tháng 9/2026.", "tháng 9/2026", "2026-09-01", "2026-09-30"},
		{"Tổ chức hội nghị, hoàn thành trong năm 2026.", "trong năm 2026", "2026-01-01", "2026-12-31"},
		{"Báo cáo kết quả thực hiện quý II/2026 về UBND tỉnh.", "", "", ""},
		{"Tổ chức đo lường sự hài lòng trong năm 2026.", "", "", ""},
	}
	for _, tt := range tests {
		d := dutyDeadline(tt.duty, 2026)
		if d.Text != tt.text || tt.start != "" && d.Start != tt.start || tt.end != "" && d.End != tt.end {
			t.Errorf("dutyDeadline(%q) = %q %s..%s, want %q %s..%s", tt.duty, d.Text, d.Start, d.End, tt.text, tt.start, tt.end)
		}
	}
}
