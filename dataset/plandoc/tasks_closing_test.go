package plandoc

import (
	"strings"
	"testing"
)

// TestClosingClausesNotTasks checks that the items of a closing section
// that name who answers for the plan or where to report difficulties
// give no task, while the duties among them stay tasks.
func TestClosingClausesNotTasks(t *testing.T) {
	text := `**IV. TỔ CHỨC THỰC HIỆN**
1. Các sở, ban, ngành, Ủy ban nhân dân các xã, phường chịu trách nhiệm thực hiện Kế hoạch này.
2. Sở Nội vụ theo dõi, đôn đốc việc thực hiện Kế hoạch.
3. Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
4. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan kịp thời phản ánh về Sở Nội vụ để tổng hợp.
`
	d, err := parseString(text, "t.txt", nil)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(taskRows(d), "\n")
	want := "3|Sở Nội vụ|theo dõi, đôn đốc|\n4|Sở Tài chính|bố trí kinh phí|"
	if got != want {
		t.Errorf("tasks:\n%s\nwant:\n%s", got, want)
	}
}

// TestClosingClause checks the closing clauses and the duties that look
// like them.
func TestClosingClause(t *testing.T) {
	for text, want := range map[string]bool{
		"Các sở, ngành chịu trách nhiệm thực hiện Kế hoạch này.":                         true,
		"UBND các xã chịu trách nhiệm tổ chức thực hiện Quyết định này":                  true,
		"Nếu có khó khăn, vướng mắc, các đơn vị kịp thời phản ánh về Sở Tư pháp.":        true,
		"Trong quá trình thực hiện nếu có phát sinh, các cơ quan báo cáo UBND tỉnh.":     true,
		"Sở Nội vụ chịu trách nhiệm thực hiện việc kiểm tra công vụ.":                    false,
		"Sở Tư pháp tháo gỡ khó khăn, vướng mắc cho các đơn vị.":                         false,
		"Sở Nội vụ chịu trách nhiệm thực hiện Kế hoạch này và báo cáo kết quả hằng quý.": false,
	} {
		if got := closingClause(text); got != want {
			t.Errorf("closingClause(%q) = %v, want %v", text, got, want)
		}
	}
}
