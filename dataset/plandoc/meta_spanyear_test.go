package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestTitleYear checks the year a plan's title gives it, among them the
// year of a campaign whose title names a span of days within one year.
func TestTitleYear(t *testing.T) {
	tests := []struct {
		title string
		want  int
	}{
		{"Kế hoạch cải cách hành chính năm 2026", 2026},
		{"Triển khai chiến dịch cao điểm 92 ngày đêm từ ngày 01/6/2022 đến ngày 31/8/2022", 2022},
		{"Đợt thi đua từ ngày 01/6 đến ngày 30/9/2025", 2025},
		{"Chiến dịch từ ngày 1 tháng 3 năm 2024 đến ngày 30 tháng 6 năm 2024", 2024},
		{"Đợt cao điểm từ ngày 15/11/2025 đến ngày 15/02/2026", 0}, // crosses a year
		{"Kế hoạch ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 2/3/2025", 0},
		{"Kế hoạch giai đoạn 2021 - 2025", 0},
	}
	for _, tc := range tests {
		if got := titleYear(tc.title); got != tc.want {
			t.Errorf("titleYear(%q) = %d, want %d", tc.title, got, tc.want)
		}
	}
}

// TestCampaignPlanYear checks the year of a whole plan whose title names
// its span of days.
func TestCampaignPlanYear(t *testing.T) {
	text := "ỦY BAN NHÂN DÂN |\nTỈNH BÌNH DƯƠNG |\nSố: 88/KH-UBND |\nBình Dương, ngày 20 tháng 5 năm 2024 |\nKẾ HOẠCH\n" +
		"TRIỂN KHAI ĐỢT CAO ĐIỂM NÂNG CAO CHẤT LƯỢNG DỊCH VỤ CÔNG TRỰC TUYẾN TỪ NGÀY 01/6/2024 ĐẾN NGÀY 31/8/2024\n" +
		"Căn cứ Nghị định 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ;\n"
	d, err := Parse(strings.NewReader(text), "t.txt", indicators.Default())
	if err != nil {
		t.Fatal(err)
	}
	if d.Plan.Year != 2024 {
		t.Errorf("year %d, want 2024", d.Plan.Year)
	}
}
