package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestHeaderBlankDate checks place-and-date lines whose day and month are
// left blank (dots, an ellipsis, underscores, in emphasis or a table
// cell): the date is null, never a year alone, and a finding names the
// line; and negatives: a full date, a blank day only (year and month
// kept) and no date line at all give no such finding.
func TestHeaderBlankDate(t *testing.T) {
	plan := "KẾ HOẠCH\nCải cách hành chính năm 2026\n"
	for _, tc := range []struct {
		name, text, date string
		blankLine        int // the line the finding names, 0 for no such finding
	}{
		{"ellipsis", "Số: /KH-UBND\nLai Châu, ngày … tháng … năm 2026\n" + plan, "", 2},
		{"dots", "UBND TỈNH SƠN LA\nSố: /KH-UBND\nSơn La, ngày ... tháng ... năm 2025\n" + plan, "", 3},
		{"emphasis", "Số: /QĐ-UBND\n*Cà Mau, ngày .... tháng .... năm 2026*\n" + plan, "", 2},
		{"table cell", "| UBND TỈNH AN GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: /KH-UBND | An Giang, ngày … tháng … năm 2026 |\n" + plan, "", 2},
		// Negatives.
		{"full date", "Số: 5/KH-UBND\nLai Châu, ngày 5 tháng 1 năm 2026\n" + plan, "2026-01-05", 0},
		{"blank day only", "Số: /KH-UBND\nLai Châu, ngày … tháng 12 năm 2025\n" + plan, "2025-12", 0},
		{"no date line", "Số: 5/KH-UBND\n" + plan, "", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "t.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if d.Plan.Date != tc.date {
				t.Errorf("date = %q, want %q", d.Plan.Date, tc.date)
			}
			found := 0
			for _, f := range findingsOf(d, "missing_metadata") {
				if strings.Contains(f.Text.String(), "day and month of issue are blank") {
					if len(f.Lines) != 1 || f.Lines[0] != tc.blankLine {
						t.Errorf("finding lines %v, want [%d]", f.Lines, tc.blankLine)
					}
					found++
				}
			}
			if want := min(tc.blankLine, 1); found != want {
				t.Errorf("%d blank-date findings, want %d", found, want)
			}
		})
	}
}
