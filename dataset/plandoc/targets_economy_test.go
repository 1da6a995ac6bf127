package plandoc

import (
	"fmt"
	"testing"
)

// TestEconomyIndicators: the indicators of a socio-economic plan written
// as a label and its colon are aims, not the funds a plan spends ("Vốn
// đầu tư toàn xã hội: 26.500 - 27.000 tỷ đồng"), "đầu tư" is no "từ"
// that opens a range, a range's upper bound in groups of three digits is
// thousands; an amount per head, area or time keeps the text's unit
// ("6,3 triệu đồng/người/tháng", "USD/người", "đồng/ha/năm", "đồng/lao
// động/năm"), after a colon too; a label of funds ("Vốn ngân sách:")
// stays no aim, nor does a plan's cost "gần" (nearly) an amount, which
// for an aim is about it; a time per dossier after no comparator is no
// target.
func TestEconomyIndicators(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"investment of the whole society, a range in billions", "II. CHỈ TIÊU\n- Vốn đầu tư toàn xã hội: 26.500 - 27.000 tỷ đồng.",
			[]string{">= 2.65e+13-2.7e+13 đồng 2026"}},
		{"output per head after a colon", "II. CHỈ TIÊU\n- GRDP bình quân đầu người: 2.300 USD.", []string{"= 2300 USD 2026"}},
		{"a range of counts in thousands", "II. CHỈ TIÊU\n- Số lao động có việc làm: 5.400 - 5.500 người.", []string{">= 5400-5500 people 2026"}},
		{"income per head a month", "II. CHỈ TIÊU\n- Thu nhập bình quân đầu người đạt 6,3 triệu đồng/người/tháng.", []string{">= 6.3e+06 đồng/người/tháng 2026"}},
		{"output per head after a colon, in its own unit", "II. CHỈ TIÊU\n- GRDP bình quân đầu người: 2.300 USD/người.", []string{"= 2300 USD/người 2026"}},
		{"yield per hectare a year", "II. CHỈ TIÊU\n- Giá trị sản phẩm đạt 170 triệu đồng/ha/năm.", []string{">= 1.7e+08 đồng/ha/năm 2026"}},
		{"output per worker a year", "II. CHỈ TIÊU\n- Năng suất lao động đạt 150 triệu đồng/lao động/năm.", []string{">= 1.5e+08 đồng/lao động/năm 2026"}},
		{"retail sales nearly an amount", "II. CHỈ TIÊU\n- Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ cả năm gần 380.000 tỉ đồng.", []string{"approx 3.8e+14 đồng 2026"}},
		// negatives
		{"the plan's cost, nearly an amount", "II. CHỈ TIÊU\n- Tổng kinh phí thực hiện Đề án gần 1.300 tỷ đồng, từ nguồn vốn ngân sách.", []string{}},
		{"a time per dossier", "II. CHỈ TIÊU\n- Thời gian giải quyết trong 3 ngày/hồ sơ.", []string{}},
		{"funds of the plan", "II. CHỈ TIÊU\n- Vốn ngân sách: 342 tỷ đồng.", []string{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := briefs(parseText(t, kindPlan("Thanh Hóa", 2026, tc.body)).Targets)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}

// TestOneMetricTwoGroups keeps the aims of one metric for other groups of
// people, each with its value, and still drops an aim restated for the
// same group.
func TestOneMetricTwoGroups(t *testing.T) {
	tests := []struct {
		name, text string
		want       int
	}{
		{"officials, pupils and workers", "Tỉnh ban hành Kế hoạch số 19/KH-UBND năm 2026.\n\n" +
			"Mục tiêu mà Kế hoạch đề ra là 100% cán bộ, công chức, viên chức và người lao động trong khu vực công có kỹ năng số.\n\n" +
			"100% học sinh từ cấp tiểu học được trang bị kiến thức, kỹ năng số.\n\n" +
			"Phấn đấu 100% người lao động trong các doanh nghiệp có kỹ năng số.\n", 3},
		{"the officials' aim restated", "Tỉnh ban hành Kế hoạch số 19/KH-UBND năm 2026.\n\n" +
			"Mục tiêu mà Kế hoạch đề ra là 100% cán bộ, công chức có kỹ năng số.\n\n" +
			"Kế hoạch phấn đấu 100% cán bộ, công chức, viên chức có kỹ năng số.\n", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseText(t, tc.text).Targets; len(got) != tc.want {
				t.Errorf("%d targets %q, want %d", len(got), briefs(got), tc.want)
			}
		})
	}
}
