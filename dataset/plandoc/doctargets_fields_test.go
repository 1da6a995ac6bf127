package plandoc

import (
	"slices"
	"testing"
)

// TestAimsOfOtherFieldsKept covers aims of one metric set for other
// fields of public service in two sentences ("… hài lòng … về giải quyết
// thủ tục hành chính đạt 90%" / "… hài lòng … về dịch vụ y tế, giáo dục
// đạt 85%"): both are kept. Negatives: the same aim restated for the same
// field, or with no field named, is kept once.
func TestAimsOfOtherFieldsKept(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
	}{
		{"procedures, then health and education",
			"Năm 2023, tỉnh phấn đấu mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính đạt 90%.\nPhấn đấu mức độ hài lòng của người dân về dịch vụ cung cấp y tế, giáo dục công lập đạt 85%.\n",
			[]string{"1|>=|90||2023", "2|>=|85||2023"}},
		// negatives
		{"the same sector restated",
			"Năm 2023, tỉnh phấn đấu mức độ hài lòng của người dân về thủ tục đất đai đạt 90%.\nPhấn đấu mức độ hài lòng của người dân về giải quyết hồ sơ đất đai đạt 85%.\n",
			[]string{"1|>=|90||2023"}},
		{"no field named",
			"Năm 2023, tỉnh phấn đấu mức độ hài lòng của người dân đạt 90%.\nPhấn đấu mức độ hài lòng của người dân về dịch vụ cung cấp y tế đạt 85%.\n",
			[]string{"1|>=|90||2023"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := targetSummaries(parseText(t, tc.text)); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
		})
	}
}
