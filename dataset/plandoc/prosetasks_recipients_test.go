package plandoc

import "testing"

// TestProseTasksEndAtRecipients reads the lettered duties of a notice's
// tasks section and none of the recipients after "Nơi nhận:", whether the
// label stands alone or after a table's bar; dashed items before it are
// still tasks.
func TestProseTasksEndAtRecipients(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"recipients after a table bar", `**III. NHIỆM VỤ TRỌNG TÂM**

a) Sở Xây dựng rà soát, đôn đốc các chủ đầu tư đẩy nhanh tiến độ thi công.

b) Sở Tài chính bố trí kinh phí thực hiện theo quy định.

Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.

|
Nơi nhận:
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Các sở, ban, ngành;
- Lưu: VT.
|
`, []taskSummary{{3, "a", nil}, {5, "b", nil}, {7, "", nil}}},
		{"dashed duties and a recipients label alone", `II. NHIỆM VỤ
- Rà soát, đơn giản hóa thủ tục hành chính nội bộ.
- Tăng cường kiểm tra công vụ.
Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.
`, []taskSummary{{2, "", nil}, {3, "", nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := parseText(t, tc.text).Tasks
			if len(got) != len(tc.want) {
				t.Fatalf("%d tasks, want %d: %v", len(got), len(tc.want), got)
			}
			for i, w := range tc.want {
				if got[i].Source.Line != w.line || got[i].Code != w.code {
					t.Errorf("task %d = line %d code %q, want line %d code %q", i, got[i].Source.Line, got[i].Code, w.line, w.code)
				}
			}
		})
	}
}
