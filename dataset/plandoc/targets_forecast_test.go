package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// forecastPlan wraps body in a minimal three-year plan of province for
// the years from first, issued in November of the year before.
func forecastPlan(province string, first int, body string) string {
	return fmt.Sprintf("ỦY BAN NHÂN DÂN TỈNH %s\nSố: 210/KH-UBND\n%s, ngày 20 tháng 11 năm %d\nKẾ HOẠCH\n"+
		"Tài chính - ngân sách nhà nước 03 năm %d - %d\n%s\n",
		strings.ToUpper(province), province, first-1, first, first+2, body)
}

// TestForecastHeading: the indicators listed under a heading that
// forecasts the indicators of a year ("Dự báo các chỉ tiêu kinh tế - xã
// hội đến năm 2026"), also when the heading is hard-wrapped inside its
// bold marks, are targets of that year, amounts in "tỷ"/"triệu" written
// out; the results of the year before and a forecast of a situation are
// not.
func TestForecastHeading(t *testing.T) {
	tests := []struct {
		name, province string
		first          int
		body           string
		want           []kt
	}{
		{"bold heading wrapped over two lines, amounts in tỷ and triệu đồng", "Bạc Liêu", 2027,
			"**I. TÌNH HÌNH THỰC HIỆN NĂM 2026**\n- Quy mô GRDP ước đạt 95.120 tỷ đồng.\n" +
				"**II. DỰ BÁO\nCÁC CHỈ TIÊU KINH TẾ - XÃ HỘI 03 NĂM 2027 - 2029**\n" +
				"**1. Dự báo\ncác chỉ tiêu kinh tế - xã hội đến năm 2027**\n" +
				"- Quy mô GRDP theo giá hiện hành đạt 102.400 tỷ đồng, GRDP\nbình quân đầu người đạt khoảng 78 triệu đồng.\n" +
				"- Kim ngạch xuất khẩu đạt khoảng\n2,4 tỷ USD.\n",
			[]kt{{">=", 1.024e14, "đồng", 2027}, {"approx", 7.8e7, "đồng", 2027}, {"approx", 2.4e9, "USD", 2027}}},
		{"heading on one line, counts and people", "Hậu Giang", 2026,
			"II. DỰ BÁO CÁC CHỈ TIÊU NĂM 2026\n- Tổng số doanh nghiệp đạt khoảng\n6.300 doanh nghiệp.\n" +
				"- Giải quyết việc làm cho khoảng 21.500 người.\n- Tổng vốn đầu tư xã hội đạt khoảng 48.000 tỷ đồng.\n",
			[]kt{{"approx", 6300, "count", 2026}, {"approx", 21500, "people", 2026}, {"approx", 4.8e13, "đồng", 2026}}},
		{"a forecast of the situation is no list of indicators", "Sóc Trăng", 2027,
			"II. DỰ BÁO TÌNH HÌNH NĂM 2027\n- Giá nông sản có thể giảm khoảng 10%.\n",
			nil},
		{"results of the year before are not targets", "Kiên Giang", 2027,
			"**I. TÌNH HÌNH KINH TẾ - XÃ HỘI NĂM 2026**\n- Quy mô GRDP ước đạt 140.000 tỷ đồng.\n" +
				"- GRDP bình quân đầu người ước đạt 80 triệu đồng.\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, forecastPlan(tc.province, tc.first, tc.body), tc.want)
		})
	}
}

// TestScaleWords: "tỷ" (or "tỉ"), "triệu", "nghìn" and their compounds
// ("nghìn tỷ") before a unit multiply the value; "tỷ lệ" after a number
// is no scale.
func TestScaleWords(t *testing.T) {
	tests := []struct {
		after string
		n     int
		mult  float64
	}{
		{" ty dong", 3, 1e9},
		{" trieu dong", 6, 1e6},
		{" nghin nguoi", 6, 1e3},
		{" ty le ho so", 0, 1},
		{" tyle", 0, 1},
		{" dong", 0, 1},
		{" ti do la my", 3, 1e9},    // "tỉ", the other spelling
		{" nghin ty dong", 9, 1e12}, // "84,3 nghìn tỷ đồng"
		{" ti le ho so", 0, 1},      // "tỉ lệ"
	}
	for _, tc := range tests {
		n, m := scaleWord(tc.after)
		if n != tc.n || m != tc.mult {
			t.Errorf("scaleWord(%q) = %d %g, want %d %g", tc.after, n, m, tc.n, tc.mult)
		}
	}
}

// TestForecastShares: an approximate share among aims may be stated to
// the hundredth ("chiếm khoảng 27,31%"); a share to the hundredth without
// "khoảng", or among results, stays a measurement.
func TestForecastShares(t *testing.T) {
	tests := []struct {
		name, province string
		first          int
		body           string
		want           []kt
	}{
		{"approximate shares of a structure", "Trà Vinh", 2027,
			"II. DỰ BÁO CÁC CHỈ TIÊU NĂM 2027\n- Cơ cấu kinh tế: Nông nghiệp chiếm khoảng 31,42%; Dịch vụ chiếm khoảng 38,17%.\n",
			[]kt{{"approx", 31.42, "percent", 2027}, {"approx", 38.17, "percent", 2027}}},
		{"a share to the hundredth without khoảng", "Long An", 2026,
			"II. DỰ BÁO CÁC CHỈ TIÊU NĂM 2026\n- Tỷ lệ đô thị hóa đạt 42,37%.\n",
			nil},
		{"approximate shares among results", "Bến Tre", 2027,
			"I. TÌNH HÌNH NĂM 2026\n- Cơ cấu kinh tế: Nông nghiệp chiếm khoảng 33,86%; Dịch vụ chiếm khoảng 36,49%.\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, forecastPlan(tc.province, tc.first, tc.body), tc.want)
		})
	}
}
