package plandoc

import "testing"

// TestProseTasksHardWrapped reads a hard-wrapped task section: a numbered
// heading whose words run on to a line in lower case, and a duty whose
// date breaks before the number of its month, give no tasks of their
// own; a line after a finished sentence that opens a lettered item does.
func TestProseTasksHardWrapped(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"a heading and a date wrapped", `**II. NHIỆM VỤ TRỌNG TÂM**

1. Hoàn thành mục tiêu đưa vào
khai thác các tuyến đường tỉnh trong năm 2025

a) Sở Xây dựng khẩn trương hoàn thiện hồ sơ, khởi công dự án vào ngày 19 tháng
12 năm 2025.

b) Sở Tài chính bố trí kinh phí thực hiện theo quy định.
`, []taskSummary{{6, "a", []string{"Sở Xây dựng"}}, {9, "b", []string{"Sở Tài chính"}}}},
		{"a count that opens an item after a finished sentence is no wrap", `**II. NHIỆM VỤ**

a) Rà soát, đơn giản hóa thủ tục hành chính nội bộ.
b) Tăng cường kiểm tra công vụ tại
các cơ quan, đơn vị.
`, []taskSummary{{3, "a", []string{}}, {4, "b", []string{}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestWrapsAbove: a line that goes on with the open line above it (lower
// case but no item's letter, or a date's or count's number) and the lines
// that open something of their own.
func TestWrapsAbove(t *testing.T) {
	tests := []struct {
		name, above, line string
		want              bool
	}{
		{"lower case after an open line", "1. Hoàn thành mục tiêu đưa vào", "khai thác trên 3.000 km đường bộ cao tốc", true},
		{"a date's year", "khởi công vào ngày 19 tháng", "12 năm 2025.", true},
		{"an item's number", "khởi công vào ngày 19 tháng", "2. Cải cách thể chế", false},
		{"after a finished sentence", "Sở Tài chính bố trí kinh phí.", "12 năm 2025.", false},
		{"after a blank line", "", "khai thác trên 3.000 km", false},
		{"a lettered item after an open line", "1. Cải cách thể chế", "a) Rà soát, hệ thống hóa văn bản", false},
		{"a capital after an open line", "1. Hoàn thành mục tiêu đưa vào", "Sở Xây dựng chủ trì", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := newPage([]string{tc.above, tc.line})
			if got := wrapsAbove(p, 1); got != tc.want {
				t.Errorf("wrapsAbove = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestFieldLabelEndsLine: a hard-wrapped duty whose last line ends with a
// field's label ("Thời gian hoàn thành:", "Cơ quan chủ trì:") has the
// field's value on the next line: it sets that field of the task and is
// no task of its own, nor part of the task's text.
func TestFieldLabelEndsLine(t *testing.T) {
	text := `II. NHIỆM VỤ, GIẢI PHÁP
1. Cải cách thể chế
Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành rà soát,
hệ thống hóa văn bản quy phạm pháp luật. Thời gian hoàn thành:
Quý IV/2026.
2. Cải cách thủ tục hành chính
Rà soát, đơn giản hóa thủ tục hành chính nội bộ. Cơ quan chủ trì:
Văn phòng UBND tỉnh.
`
	d := parseText(t, text)
	type want struct {
		line           int
		task, lead, dl string
	}
	wants := []want{
		{3, "Sở Tư pháp chủ trì, phối hợp với các sở, ban, ngành rà soát, hệ thống hóa văn bản quy phạm pháp luật.", "Sở Tư pháp", "Quý IV/2026"},
		{7, "Rà soát, đơn giản hóa thủ tục hành chính nội bộ.", "Văn phòng UBND tỉnh", ""},
	}
	if len(d.Tasks) != len(wants) {
		t.Fatalf("%d tasks, want %d: %+v", len(d.Tasks), len(wants), d.Tasks)
	}
	for k, w := range wants {
		g := d.Tasks[k]
		lead := ""
		if len(g.Lead) > 0 {
			lead = g.Lead[0]
		}
		if g.Source.Line != w.line || g.Task != w.task || lead != w.lead || g.Deadline.Text != w.dl {
			t.Errorf("task %d: line %d %q lead %q deadline %q,\nwant line %d %q lead %q deadline %q",
				k, g.Source.Line, g.Task, lead, g.Deadline.Text, w.line, w.task, w.lead, w.dl)
		}
	}
}

// TestFieldLabelAtEnd: which line endings are a field's label.
func TestFieldLabelAtEnd(t *testing.T) {
	tests := []struct{ line, field, label string }{
		{"hệ thống hóa văn bản. Thời gian hoàn thành:", "thoi gian hoan thanh", "Thời gian hoàn thành:"},
		{"Rà soát thủ tục; Cơ quan chủ trì:", "chu tri", "Cơ quan chủ trì:"},
		{"Thời hạn:", "thoi han", "Thời hạn:"},
		{"Các nhiệm vụ trọng tâm sau:", "", ""},
		{"Thời gian hoàn thành: Quý IV/2026.", "", ""},
	}
	for _, tc := range tests {
		f, l := fieldLabelAtEnd(tc.line, foldKeep(tc.line))
		if f != tc.field || l != tc.label {
			t.Errorf("fieldLabelAtEnd(%q) = %q, %q, want %q, %q", tc.line, f, l, tc.field, tc.label)
		}
	}
}
