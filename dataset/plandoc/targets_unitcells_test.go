package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestTargetTableUnitCells reads a table of targets whose unit column
// names a place in a ranking ("Thứ bậc"), a rate ("Người/vạn dân") or a
// measure ("Tbps"): the values take that unit; a noun of things counted
// ("Doanh nghiệp") and a share ("%") read as before.
func TestTargetTableUnitCells(t *testing.T) {
	row := func(cells ...string) string { return "| " + strings.Join(cells, " | ") + " |\n" }
	text := planWith(row("TT", "Chỉ tiêu", "Đơn vị", "Kế hoạch năm 2030") +
		row("1", "Xếp hạng năng lực cạnh tranh số", "Thứ bậc", "≤ 3 Đông Nam Á; ≤ 50 Thế giới") +
		row("2", "Số doanh nghiệp công nghệ số ngang tầm các nước tiên tiến", "Doanh nghiệp", "≥ 5") +
		row("3", "Nguồn nhân lực nghiên cứu khoa học", "Người/vạn dân", "12") +
		row("4", "Tổng dung lượng thiết kế cáp quang trên biển", "Tbps", "≥ 350") +
		row("5", "Tỷ lệ dân số trưởng thành có chữ ký số", "%", "≥ 70"))
	var got []string
	for _, g := range parseText(t, text).Targets {
		got = append(got, fmt.Sprintf("%s %g %s", g.Comparator, g.Value, g.Unit))
	}
	want := []string{"<= 3 rank", "<= 50 rank", ">= 5 count", "= 12 Người/vạn dân", ">= 350 Tbps", ">= 70 percent"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("targets\n got %q\nwant %q", got, want)
	}
}

func TestCellUnit(t *testing.T) {
	tests := []struct{ cell, want string }{
		{"Thứ bậc", "rank"}, {"Xếp hạng", "rank"}, {"Người/vạn dân", "Người/vạn dân"}, {"Tbps", "Tbps"},
		{"%", ""}, {"% GDP", ""}, {"Doanh nghiệp", ""}, {"Biên chế", ""}, {"", ""},
	}
	for _, tc := range tests {
		if got := cellUnit(tc.cell); got != tc.want {
			t.Errorf("cellUnit(%q) = %q, want %q", tc.cell, got, tc.want)
		}
	}
}
