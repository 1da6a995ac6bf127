package plandoc

import "testing"

// TestDecisionArticleTasks reads decisions that issue a plan: the article
// that gives an agency the plan to carry out ("**Điều 2. **Giao Sở Công
// Thương chủ trì, phối hợp với …; UBND các xã; các cơ quan … triển khai
// thực hiện Kế hoạch này", its bold number and the assigning word on one
// line, the partners over several clauses) is one task led by that
// agency; the article on when the decision takes effect and the closing
// article naming who executes it are no tasks.
func TestDecisionArticleTasks(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bold article numbers, partners over clauses", `QUYẾT ĐỊNH
Ban hành Kế hoạch phát triển thương mại điện tử tỉnh Điện Biên giai đoạn 2026 - 2030

**QUYẾT ĐỊNH:**

**Điều 1. **Ban
hành kèm theo Quyết định này Kế hoạch phát triển thương mại điện tử tỉnh Điện Biên
giai đoạn 2026 - 2030.

**Điều 2. **Giao
Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành tỉnh; Ủy ban nhân
dân các xã, phường; các cơ quan, đơn vị và các doanh nghiệp có liên
quan triển khai thực hiện Kế hoạch này.

**Điều 3. **Quyết
định này có hiệu lực kể từ ngày ký ban hành.

Chánh Văn phòng UBND tỉnh; Giám
đốc Sở Công Thương; Thủ trưởng các sở, ngành, cơ quan thuộc tỉnh; Chủ tịch Ủy ban
nhân dân các xã, phường và các tổ chức, cá nhân liên quan chịu trách nhiệm thi
hành Quyết định này./.
`, []taskSummary{
			{10, "", []string{"Sở Công Thương"}},
		}},
		{"plain article, the executors in the same article", `QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số năm 2027.
Điều 2. Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính; Sở Nội vụ triển khai thực hiện Kế hoạch này.
Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc các sở và Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này./.
`, []taskSummary{
			{3, "", []string{"Sở Khoa học và Công nghệ"}},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestOpenPartnerList tells a clause that ends inside a list of partners
// from one whose duty follows the partners.
func TestOpenPartnerList(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Giao Sở Công Thương chủ trì, phối hợp với các sở, ban, ngành", true},
		{"Sở Y tế phối hợp Sở Tài chính", true},
		{"Sở Y tế phối hợp với Sở Tài chính triển khai thực hiện", false},
		{"Sở Nội vụ chủ trì tổng hợp kết quả", false},
	} {
		if got := openPartnerList(tc.text); got != tc.want {
			t.Errorf("openPartnerList(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
