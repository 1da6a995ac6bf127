package plandoc

import (
	"slices"
	"testing"
)

// TestPressDutiesAfterBasis covers a report's sentence that opens with
// what it rests on ("Căn cứ kết quả đánh giá, xếp hạng …, UBND tỉnh yêu
// cầu …") and asks bodies listed apart by semicolons: a request, not a
// legal basis, its bodies all leads. Negative: a legal basis that cites
// documents gives no task.
func TestPressDutiesAfterBasis(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a request after what it rests on, bodies apart by semicolons",
			"Ngày 26/3/2024, Chủ tịch UBND tỉnh ký ban hành Quyết định số 488/QĐ-UBND về việc phê duyệt và công bố kết quả đánh giá chuyển đổi số.\n\n" +
				"Căn cứ kết quả đánh giá, xếp hạng mức độ chuyển đổi số năm 2023, UBND tỉnh yêu cầu Giám đốc/Thủ trưởng đơn vị, các cơ quan chuyên môn thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố; Chủ tịch UBND các xã, phường, thị trấn xây dựng Kế hoạch nâng cao thứ hạng chuyển đổi số năm 2024.\n",
			[]string{"3|Giám đốc/Thủ trưởng đơn vị;Các cơ quan chuyên môn thuộc UBND tỉnh;Chủ tịch UBND các huyện, thành phố;Chủ tịch UBND các xã, phường, thị trấn|xây dựng Kế hoạch|"}},
		// negative
		{"a legal basis",
			"QUYẾT ĐỊNH\nCăn cứ Luật Tổ chức chính quyền địa phương, Nghị định số 61/2018/NĐ-CP của Chính phủ giao các bộ hướng dẫn thực hiện;\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := taskRows(parseText(t, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("tasks = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestProvinceRankingDecisionIsTheText covers a press item on a decision
// a province's committee issues to publish its own bodies' ranking: the
// decision is the text's document. Negative: a ministry's decision that
// publishes an index is a report's source.
func TestProvinceRankingDecisionIsTheText(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{"a province's committee publishes its bodies' ranking",
			"Ngày 26/3/2024, Chủ tịch UBND tỉnh Bắc Kạn ký ban hành Quyết định số 488/QĐ-UBND về việc phê duyệt và công bố kết quả đánh giá, xếp hạng mức độ chuyển đổi số năm 2023.\n",
			"488/QĐ-UBND", "QĐ", "UBND tỉnh Bắc Kạn", "Bắc Kạn", "2024-03-26", -1},
		{"a ministry publishes an index",
			"Năm 2024, tỉnh Sơn La đạt 90%.\nNgày 2/4/2025, Bộ Nội vụ ban hành Quyết định số 300/QĐ-BNV về việc phê duyệt và công bố Chỉ số hài lòng năm 2024.\n",
			"", "", "", "Sơn La", "", -1},
	})
}
