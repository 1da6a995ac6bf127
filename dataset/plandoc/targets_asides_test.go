package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestYearInAside: a period named in brackets that qualify the subject
// (criteria, a programme) is not the target's year; brackets that open
// with a year of their own are.
func TestYearInAside(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []kt
	}{
		{"criteria's period in brackets", "II. MỤC TIÊU\n(3) Tỷ lệ số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí giai đoạn 2026 - 2030) đạt tối thiểu 20%.",
			[]kt{{">=", 20, "percent", 2026}}},
		{"programme's years in brackets", "II. MỤC TIÊU\n- Tỷ lệ hộ được hỗ trợ (Chương trình mục tiêu quốc gia năm 2028) đạt 60%.",
			[]kt{{">=", 60, "percent", 2026}}},
		{"a year of its own in brackets", "II. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến (đến năm 2028) đạt 70%.",
			[]kt{{">=", 70, "percent", 2028}}},
		{"year outside the brackets", "II. MỤC TIÊU\n- Đến năm 2030, tỷ lệ hộ nghèo (theo chuẩn đa chiều) dưới 2%.",
			[]kt{{"<=", 2, "percent", 2030}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Hà Giang", 2026, tc.body), tc.want) })
	}
}

// TestBracketAloneBeforeYear: a bracket standing alone before a year
// ("( năm 2025", "() năm 2026") parses without a panic.
func TestBracketAloneBeforeYear(t *testing.T) {
	for _, body := range []string{
		"II. MỤC TIÊU\n- Tỷ lệ hồ sơ ( năm 2025 đạt 80%.",
		"II. MỤC TIÊU\n- Tỷ lệ hồ sơ () năm 2026 đạt 80%.",
		"Tỷ lệ ( ) năm 2027 phấn đấu đạt 90%.",
	} {
		if _, err := Parse(strings.NewReader(kindPlan("Yên Bái", 2026, body)), "t.txt", indicators.Default()); err != nil {
			t.Errorf("%q: %v", body, err)
		}
	}
}
