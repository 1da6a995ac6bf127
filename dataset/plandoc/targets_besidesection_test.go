package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestTargetsBesideTheSection checks that a plan with a targets section
// still gives the aims its purposes and its tasks state, each with its
// role, while a result, a restatement of a section target and the figures
// of an annex table of tasks give none.
func TestTargetsBesideTheSection(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 45/KH-UBND\nTuyên Quang, ngày 15 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
	section := "II. CHỈ TIÊU\n1. Tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt từ 60% trở lên.\n"
	tests := []struct {
		name string
		body string
		want []string // line role comparator value unit, in order
	}{
		{"rank aim in the purposes",
			"I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nPhấn đấu năm 2026 Chỉ số PAR INDEX của tỉnh nằm trong nhóm 20 tỉnh dẫn đầu cả nước.\n" + section,
			[]string{"9 objectives <= 20 rank", "11 targets_section >= 60 percent"}},
		{"aim inside a task",
			section + "III. NHIỆM VỤ\n1. Cải cách thủ tục hành chính\n- Số hóa hồ sơ, kết quả giải quyết TTHC đạt 100% đối với hồ sơ tiếp nhận mới.\n",
			[]string{"8 targets_section >= 60 percent", "11 task = 100 percent"}},
		{"a past result beside the section",
			section + "Năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 48,5%.\n",
			[]string{"8 targets_section >= 60 percent"}},
		{"a section target restated in a task",
			section + "III. NHIỆM VỤ\n- Phấn đấu tỷ lệ hồ sơ nộp trực tuyến toàn trình đạt từ 60% trở lên.\n",
			[]string{"8 targets_section >= 60 percent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseText(t, head+tt.body)
			var got []string
			for _, g := range d.Targets {
				got = append(got, fmt.Sprintf("%d %s %s %g %s", g.Source.Line, g.Role, g.Comparator, g.Value, g.Unit))
			}
			if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
				t.Errorf("targets\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}
