package plandoc

import (
	"slices"
	"testing"
)

// TestPartOfReportedWhole: a sentence that opens with "Trong đó" breaks
// down the whole the sentence before it states; when that one reports
// what is ("Hiện nay, tổng số trạm … là 87 trạm."), so does its part. A
// part of an aim stays an aim. Counts of stations ("58 trạm") are counts.
func TestPartOfReportedWhole(t *testing.T) {
	const head = "Số: 12/KH-UBND\nNghệ An, ngày 10 tháng 12 năm 2025\nKẾ HOẠCH\nPhát triển hạ tầng số giai đoạn 2026 - 2030\nII. NHIỆM VỤ\n"
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"part of a present count",
			"1. Hiện nay, tổng số trạm BTS 3G/4G và các trạm 5G lắp\nđặt tại trạm 3G/4G của các Doanh nghiệp Viễn thông trong các KCN đã đi vào hoạt\nđộng là 87 trạm. Trong đó, có 28 trạm 5G trên nền hạ tầng 3G/4G (Chiếm 32,2 %).\n",
			nil},
		{"stations to install",
			"1. Phát triển trạm 4G, 5G, cụ thể như sau:\n+ Lắp đặt mới trạm 3G/4G: 58 trạm (Trong đó: VNPT:\n25 trạm, Viettel: 33 trạm);\n",
			[]string{"= 58 count 2030"}},
		{"part of an aim",
			"1. Phấn đấu đến năm 2030 lắp đặt mới tối thiểu 80 trạm 5G. Trong đó, có tối thiểu 30 trạm tại các khu công nghiệp.\n",
			[]string{">= 80 count 2030", ">= 30 count 2030"}},
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
