package plandoc

import (
	"fmt"
	"slices"
	"testing"
)

// TestYearColumns: a table of targets whose columns are years ("Năm 2026
// | Năm 2027 | Năm 2030", "2026 | 2027", "Mục tiêu năm 2028") states a
// target per year and row, each with its column's year; an empty cell
// states none; a column of results ("Thực hiện năm 2025") is no year's
// target, so the one planned column left is read as before.
func TestYearColumns(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "code cmp value unit year"
	}{
		{"pipe annex, years in the header",
			"PHỤ LỤC\nCHỈ TIÊU CẢI CÁCH HÀNH CHÍNH GIAI ĐOẠN 2026-2030\n" +
				"| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2027 | Năm 2030 |\n|---|---|---|---|---|---|\n" +
				"| 1 | Tỷ lệ hồ sơ được giải quyết trực tuyến toàn trình | % | 60 | 70 | 90 |\n" +
				"| 2 | Chỉ số PAR INDEX của tỉnh | Thứ hạng | Top 20 | Top 15 | Top 10 |\n",
			[]string{"PL1.1a = 60 percent 2026", "PL1.1b = 70 percent 2027", "PL1.1c = 90 percent 2030",
				"PL1.2a <= 20 rank 2026", "PL1.2b <= 15 rank 2027", "PL1.2c <= 10 rank 2030"}},
		{"stream annex, bare years, an empty cell",
			streamAnnex("PHỤ LỤC II\nCÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ GIAI ĐOẠN 2026-2028",
				[]string{"STT", "Chỉ tiêu", "Đơn vị", "2026", "2027", "Mục tiêu năm 2028"}, [][]string{
					{"1", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "%", "≥ 80", "≥ 85", "≥ 90"},
					{"2", "Tỷ lệ người dân trưởng thành có chữ ký số", "%", "50", "", "70"},
				}),
			[]string{"PL1.1a >= 80 percent 2026", "PL1.1b >= 85 percent 2027", "PL1.1c >= 90 percent 2028",
				"PL1.2a = 50 percent 2026", "PL1.2b = 70 percent 2028"}},
		{"targets section, a column of results",
			"KẾ HOẠCH\nCải cách hành chính tỉnh Đồng Nai năm 2026\nII. CHỈ TIÊU\n" +
				"STT\tChỉ tiêu\tĐơn vị tính\tThực hiện năm 2025\tKế hoạch năm 2026\n" +
				"1\tTỷ lệ hồ sơ trực tuyến toàn trình\t%\t45\t60\n",
			[]string{"II.1 = 60 percent 2026"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			var got []string
			for _, g := range d.Targets {
				got = append(got, fmt.Sprintf("%s %s %g %s %d", g.Code, g.Comparator, g.Value, g.Unit, g.Year))
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q,\nwant %q\n%s", got, tc.want, tc.text)
			}
		})
	}
}

// TestYearColumnsOfHeader: which header cells name a year's column.
func TestYearColumnsOfHeader(t *testing.T) {
	tests := []struct {
		cells []string
		want  []yearColumn
	}{
		{[]string{"TT", "Chỉ tiêu", "ĐVT", "Năm 2026", "Năm 2027"}, []yearColumn{{3, 2026}, {4, 2027}}},
		{[]string{"TT", "Chỉ tiêu", "ĐVT", "2026", "**2030**"}, []yearColumn{{3, 2026}, {4, 2030}}},
		{[]string{"TT", "Chỉ tiêu", "Kế hoạch 2026", "Mục tiêu năm 2030 (dự kiến)"}, []yearColumn{{2, 2026}, {3, 2030}}},
		{[]string{"TT", "Chỉ tiêu", "Thực hiện năm 2025", "Ước đạt 2025", "Kết quả năm 2024"}, nil},
		{[]string{"TT", "Chỉ tiêu", "Đơn vị", "Chỉ tiêu năm 2026"}, []yearColumn{{3, 2026}}},
	}
	for _, tc := range tests {
		s, _, u, c, _ := tableHeader(tc.cells)
		if got := yearColumns(tc.cells, s, u, c); !slices.Equal(got, tc.want) {
			t.Errorf("yearColumns(%q) = %v, want %v", tc.cells, got, tc.want)
		}
	}
}
