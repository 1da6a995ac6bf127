package plandoc

import (
	"slices"
	"testing"
)

// TestSavingsCalculationNotTargets: the calculation that goes with a plan
// to simplify a procedure (cost before and after the change, the saving,
// "Tỷ lệ cắt giảm chi phí: 100%") works out the effect of an approved
// change; its figures are no aims. A comparator, or a value away from such
// a calculation, still states one.
func TestSavingsCalculationNotTargets(t *testing.T) {
	const head = "Số: 12/QĐ-UBND\nĐồng Nai, ngày 10 tháng 3 năm 2025\nQUYẾT ĐỊNH\nPhê duyệt phương án đơn giản hóa thủ tục hành chính\n**PHỤ LỤC**\n"
	const calc = "*1.3.\nLợi ích phương án đơn giản hoá*\n\n***\nChi phí tuân thủ:**\n\n-\nChi phí tuân thủ TTHC trước khi đơn giản hóa: 18.509.608 đồng/năm.\n\n-\n" +
		"Chi phí tuân thủ TTHC sau khi đơn giản hóa: 0 đồng/năm.\n\n-\nChi phí tiết kiệm: 18.509.608 đồng/năm.\n\n-\n"
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"rate of the calculation", calc + "Tỷ lệ cắt giảm chi phí: 100%.\n", nil},
		{"an aim with a comparator after it", calc + "Phấn đấu tỷ lệ cắt giảm chi phí tuân thủ của các TTHC khác đạt tối thiểu 30%.\n",
			[]string{">= 30 percent 0"}},
		{"the same rate without a calculation", "Tỷ lệ cắt giảm chi phí: 100%.\n", []string{"= 100 percent 0"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, head+tc.body).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
