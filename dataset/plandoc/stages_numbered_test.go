package plandoc

import "testing"

// TestNumberedPeriodStages covers stages numbered with their period in
// brackets ("a) Giai đoạn 1 (2026 - 2028)"): the items under each take the
// period's last year, up to the next stage.
func TestNumberedPeriodStages(t *testing.T) {
	checkTargetBriefs(t, "a) Giai đoạn 1 (2026 - 2028)\n- Phấn đấu 30% - 40% công chức được bồi dưỡng kỹ năng số.\n- Phấn đấu 50% hồ sơ được số hóa.\nb) Giai đoạn 2 (2029 - 2031):\n- Phấn đấu 70% công chức được bồi dưỡng kỹ năng số.\n", true,
		[]string{">= 30-40 percent 2028", ">= 50 percent 2028", ">= 70 percent 2031"})
}
