package plandoc

import "testing"

// TestVerbsThatFoldLikeAgencies keeps verbs that fold like "Bộ" ("bổ
// sung", "bố trí") from being read as the agency a plan is given to:
// "kế hoạch Thủ tướng giao bổ sung sau ngày 30/9" assigns nothing, while
// "giao Bộ Tài chính bố trí …" assigns to the ministry.
func TestVerbsThatFoldLikeAgencies(t *testing.T) {
	memo := newTaskMemo(2025)
	for _, s := range []string{
		"Nếu không tính kế hoạch Thủ tướng Chính phủ giao bổ sung sau ngày 30/9/2025 và bổ sung thực hiện Nghị quyết số 57-NQ/TW, ước tỷ lệ giải ngân đạt 59,7%",
		"Kế hoạch vốn được giao bố trí cho các dự án chuyển tiếp",
	} {
		if got := sentenceAssignments(s, memo, 2025, false); len(got) != 0 {
			t.Errorf("sentenceAssignments(%q) = %+v, want none", s, got)
		}
	}
	got := sentenceAssignments("Thủ tướng giao Bộ Tài chính bố trí đủ vốn cho các dự án trong năm 2026.", memo, 2025, false)
	if len(got) != 1 || len(got[0].Lead) != 1 || got[0].Lead[0] != "Bộ Tài chính" {
		t.Errorf("assignment to a ministry = %+v", got)
	}
	for _, f := range []string{"bo sung kinh phi", "bo tri von", "bo nhiem can bo"} {
		if startsAgency(f) {
			t.Errorf("startsAgency(%q) = true", f)
		}
	}
	for _, f := range []string{"bo tai chinh", "bo phan mot cua", "so noi vu"} {
		if !startsAgency(f) {
			t.Errorf("startsAgency(%q) = false", f)
		}
	}
}
