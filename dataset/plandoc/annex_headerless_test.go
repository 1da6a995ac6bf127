package plandoc

import (
	"strings"
	"testing"
)

// TestHeaderlessRows covers schedules printed without their header row:
// rows numbered 1, 2, 3 … whose last cell states a time are tasks with
// that deadline, a cell broken over lines is read whole; rows whose last
// cells state no time, or numbered out of order, are no schedule.
func TestHeaderlessRows(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // code|task|deadline end|line
	}{
		{
			name: "a schedule whose header was lost, a cell closed on a line of its own",
			text: `Các mốc thời gian cụ thể như sau:
|
|
1 | Hoàn thành rà soát danh sách | Trước 31/8/2025 |
2 | Tổ chức sơ tuyển cấp xã | Trước 10/10/2025 |
3 | Tổ chức kiểm tra cấp tỉnh | Từ ngày 01/11/2025 đến ngày
10/12/2025;
|
4 | Tổng kết, báo cáo | Đầu tháng 3/2026 |`,
			want: []string{"1|Hoàn thành rà soát danh sách|2025-08-31|4", "2|Tổ chức sơ tuyển cấp xã|2025-10-10|5",
				"3|Tổ chức kiểm tra cấp tỉnh|2025-12-10|6", "4|Tổng kết, báo cáo|2026-03-31|9"},
		},
		{
			name: "last cells that state no time: a list of figures, no schedule",
			text: `1 | Số hồ sơ tiếp nhận | 1.250 |
2 | Số hồ sơ giải quyết đúng hạn | 1.200 |
3 | Số hồ sơ quá hạn | 50 |`,
		},
		{
			name: "numbered out of order",
			text: `1 | Rà soát danh sách | Trước 31/8/2025 |
3 | Sơ tuyển | Trước 10/10/2025 |
4 | Kiểm tra | Trước 10/12/2025 |`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lines := strings.Split(tc.text, "\n")
			memo := newTaskMemo(2025)
			var got []string
			for _, r := range headerlessRows(lines, nil) {
				tk := r.task(memo)
				got = append(got, strings.Join([]string{tk.Code, tk.Task, tk.Deadline.End, itoa(tk.Source.Line)}, "|"))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("rows:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}
