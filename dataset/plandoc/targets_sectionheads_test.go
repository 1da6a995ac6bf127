package plandoc

import (
	"slices"
	"strings"
	"testing"
)

// TestSectionHeadingStandsAlone: a heading that names a section ("I. MỤC
// TIÊU", "2. Yêu cầu", "Mục tiêu cụ thể:") is not the start of the
// paragraph under it, which a target's source and subject then leave it
// out of; a wrapped line that opens with such words, a line with a value
// and an aim's "Phấn đấu …" still run on.
func TestSectionHeadingStandsAlone(t *testing.T) {
	tests := []struct {
		name, body string
		sources    []string
	}{
		{"Roman heading in capitals", "I. MỤC TIÊU\nPhấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.",
			[]string{"Phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%"}},
		{"numbered heading", "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao chất lượng phục vụ.\n2. Yêu cầu\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
			[]string{"Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%"}},
		{"heading before a colon", "I. MỤC TIÊU\nMục tiêu cụ thể năm 2026:\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.",
			[]string{"Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%"}},
		{"an aim's verb wrapped", "I. MỤC TIÊU\na) Phấn đấu trợ giúp pháp lý\ncho 100% người có yêu cầu.",
			[]string{"Phấn đấu trợ giúp pháp lý cho 100% người có yêu cầu"}},
		{"a sentence wrapped before yêu cầu", "I. MỤC TIÊU\nTỷ lệ hồ sơ giải quyết đúng hạn đạt 98%, đáp ứng\nyêu cầu đề ra.",
			[]string{"Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%, đáp ứng yêu cầu đề ra"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tg := range parseText(t, kindPlan("Phú Thọ", 2026, tc.body)).Targets {
				got = append(got, tg.Source.Text)
			}
			if !slices.Equal(got, tc.sources) {
				t.Errorf("sources %q, want %q", got, tc.sources)
			}
		})
	}
}

// TestLevelOnlySubject: a value whose own words name only a level ("…
// đạt ≥ 80% ở cấp tỉnh; cấp xã đạt ≥ 60%") takes the subject and metric of
// the value before it at its own level; a subject of its own is kept.
func TestLevelOnlySubject(t *testing.T) {
	tests := []struct {
		name, item string
		subjects   []string
		levels     []string
	}{
		{"a level after a semicolon", "- Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt ≥ 80% ở cấp tỉnh; cấp xã đạt ≥ 60%.",
			[]string{"Tỷ lệ nộp hồ sơ trực tuyến toàn trình ở cấp tỉnh", "Tỷ lệ nộp hồ sơ trực tuyến toàn trình cấp xã"},
			[]string{"province", "commune"}},
		{"levels after commas", "- Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng: cấp tỉnh đạt 90%, cấp huyện đạt 80%, cấp xã đạt 60%.",
			nil, []string{"province", "district", "commune"}},
		{"a subject of its own", "- Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 80%; số xã đạt chuẩn cấp xã đạt 60%.",
			[]string{"Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh", "số xã đạt chuẩn cấp xã"}, []string{"province", "commune"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := parseText(t, kindPlan("Phú Thọ", 2026, "II. MỤC TIÊU\n"+tc.item)).Targets
			var levels []string
			for _, tg := range ts {
				levels = append(levels, tg.Level)
				if tg.Metric == "" && tc.name != "a subject of its own" {
					t.Errorf("%q: no metric", tg.Subject)
				}
			}
			if tc.subjects != nil {
				checkSubjects(t, ts, tc.subjects)
			}
			if !slices.Equal(levels, tc.levels) {
				t.Errorf("levels %q, want %q", levels, tc.levels)
			}
		})
	}
}

// TestSectionHeadingNoFinding: a heading that names a group of targets
// ("1. Chỉ tiêu chung" over lettered items) is not reported as a target
// stated without a number; an item that states an aim without one is.
func TestSectionHeadingNoFinding(t *testing.T) {
	body := "II. CHỈ TIÊU\n1. Chỉ tiêu chung\na) Tỷ lệ hồ sơ trực tuyến đạt 80%.\nb) Nâng cao chất lượng phục vụ người dân.\n"
	d := parseText(t, kindPlan("Phú Thọ", 2026, body))
	var got []string
	for _, f := range d.Findings {
		if f.Kind == "target_without_number" {
			got = append(got, f.Message)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "Nâng cao chất lượng") {
		t.Errorf("target_without_number findings %q, want the one of item b", got)
	}
}

// TestAimLeadLeftOut: the words of a report that lead to an aim ("Tỉnh
// cũng đặt mục tiêu …", "Theo kế hoạch, năm 2026 tỉnh phấn đấu …") are not
// the subject; a subject before "phấn đấu" and time words after it stay.
func TestAimLeadLeftOut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tỉnh cũng đặt mục tiêu thủ tục hành chính được cung cấp trực tuyến", "thủ tục hành chính được cung cấp trực tuyến"},
		{"Theo kế hoạch, năm 2026 tỉnh phấn đấu hồ sơ được số hóa", "hồ sơ được số hóa"},
		{"Tốc độ tăng trưởng GDP phấn đấu đạt bình quân", "Tốc độ tăng trưởng GDP phấn đấu đạt bình quân"},
		{"kinh tế số chiếm GRDP Tỉnh Huế đặt mục tiêu đến năm 2025", "kinh tế số chiếm GRDP Tỉnh Huế đặt mục tiêu đến năm 2025"},
		{"Tỷ lệ hồ sơ trực tuyến phấn đấu đạt", "Tỷ lệ hồ sơ trực tuyến phấn đấu đạt"},
	}
	for _, tt := range tests {
		if got := withoutAimLead(tt.in); got != tt.want {
			t.Errorf("withoutAimLead(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	d := parseText(t, kindPlan("Bắc Ninh", 2026, "II. MỤC TIÊU\nTỉnh cũng đặt mục tiêu Chỉ số PAR INDEX, SIPAS đều nằm trong nhóm 10 địa phương dẫn đầu cả nước."))
	checkSubjects(t, d.Targets, []string{"Chỉ số PAR INDEX", "Chỉ số SIPAS"})
}
