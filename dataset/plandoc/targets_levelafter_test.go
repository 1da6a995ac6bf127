package plandoc

import (
	"slices"
	"strings"
	"testing"
)

// TestLevelAfterFirstValue covers a lettered target that states a second
// value for one level after a semicolon ("b) Tối thiểu 80% hồ sơ …; cấp
// xã đạt tối thiểu 70%"): the first value is of every level, the second
// of the level it names with the first's subject; the line is no heading
// that gives its level to itself. Negative: a heading that names a level
// before any value ("2. Cấp xã:") still gives it to the values under it.
func TestLevelAfterFirstValue(t *testing.T) {
	head := "Số: 215/KH-UBND\nPhú Thọ, ngày 20 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nII. MỤC TIÊU, CHỈ TIÊU\n"
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
		subjects   []string
	}{
		{"a level after the first value",
			head + "a) Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 60%.\nb) Tối thiểu 80% hồ sơ được số hóa kết quả giải quyết TTHC; cấp xã đạt tối thiểu 70%.\n",
			[]string{"7|>=|60||2026", "8|>=|80||2026", "8|>=|70|commune|2026"},
			[]string{"Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình", "hồ sơ được số hóa kết quả giải quyết TTHC", "hồ sơ được số hóa kết quả giải quyết TTHC cấp xã"}},
		// negatives
		{"a heading's level before its values",
			head + "1. Cấp xã:\na) Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình đạt tối thiểu 60%.\n",
			[]string{"8|>=|60|commune|2026"},
			[]string{"Tỷ lệ hồ sơ giải quyết trực tuyến toàn trình"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			if got := targetSummaries(d); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
			var subjects []string
			for _, tg := range d.Targets {
				subjects = append(subjects, tg.Subject)
			}
			if !slices.Equal(subjects, tc.subjects) {
				t.Errorf("subjects = %q, want %q", subjects, tc.subjects)
			}
		})
	}
}

// TestGeneralAimsAndStageLevel covers a targets section whose first item
// is a numbered heading of the general aims over an aim in words ("1. Mục
// tiêu chung" / "Xây dựng nền hành chính …"): the aim is no target without
// a number; and a later stage that states only its year and value ("…;
// đến năm 2027 đạt 100%") keeps the level of the stage before it.
// Negative: an aim in words under the specific targets is still reported.
func TestGeneralAimsAndStageLevel(t *testing.T) {
	head := "Số: 25/KH-UBND\nCà Mau, ngày 08 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nI. MỤC TIÊU, CHỈ TIÊU\n"
	tests := []struct {
		name, text string
		want       []string // line|comparator|value|level|year
		noNumber   int      // target_without_number findings
	}{
		{"general aims over an aim in words, a stage's level",
			head + "1. Mục tiêu chung\nXây dựng nền hành chính phục vụ, chuyên nghiệp.\n2. Chỉ tiêu cụ thể\n- Đến hết năm 2026, tỷ lệ cấp xã thực hiện thanh toán trực tuyến đạt 80%; đến năm 2027 đạt 100%.\n",
			[]string{"10|>=|80|commune|2026", "10|=|100|commune|2027"}, 0},
		// negatives
		{"an aim in words under the specific targets",
			head + "1. Chỉ tiêu cụ thể\n- Nâng cao chất lượng phục vụ người dân.\n- Tỷ lệ hồ sơ trực tuyến đạt 80%.\n",
			[]string{"9|>=|80||2026"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			if got := targetSummaries(d); !slices.Equal(got, tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
			n := 0
			for _, f := range d.Findings {
				if f.Kind == "target_without_number" {
					n++
				}
			}
			if n != tc.noNumber {
				t.Errorf("%d target_without_number findings, want %d", n, tc.noNumber)
			}
		})
	}
}

// TestAimVerbOnItsOwnLine covers a numbered target whose verb alone ends
// its first line ("6.2. Phấn đấu" / "100% các điểm … được triệt phá."): the
// verb is no heading, and the target quotes it.
func TestAimVerbOnItsOwnLine(t *testing.T) {
	text := "KẾ HOẠCH\nPhòng, chống ma túy năm 2026\n\nII. CHỈ TIÊU\n6.2. Phấn đấu\n100% các điểm tổ chức sử dụng trái phép chất ma túy được phát hiện và triệt phá.\n"
	d := parseText(t, text)
	if len(d.Targets) != 1 {
		t.Fatalf("%d targets, want 1", len(d.Targets))
	}
	if src := d.Targets[0].Source.Text; !strings.HasPrefix(src, "Phấn đấu 100%") {
		t.Errorf("source = %q, want it to open with the verb", src)
	}
}
