package plandoc

import (
	"strings"
	"testing"
)

// TestPressGroups reads the numbered groups of solutions of a plan a
// press item reports, after a paragraph that counts them, as tasks
// without a lead, a group cut off after its heading included; a count of
// results or a paragraph no numbered list follows gives none.
func TestPressGroups(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "eight groups, digits, last cut off",
			text: `UBND tỉnh Tây Ninh ban hành Kế hoạch nâng cao Chỉ số PAPI năm 2025.
Kế hoạch tập trung vào 8 nhóm nội dung trọng tâm, với các giải pháp cụ thể, rõ người, rõ việc.
1. Tham gia của người dân ở cấp cơ sở: Tăng cường tuyên truyền pháp luật về dân chủ cơ sở.
2. Công khai, minh bạch: Thực hiện niêm yết đầy đủ thông tin về ngân sách.
3. Trách nhiệm giải trình với người dân:
`,
			want: []string{"3||Tham gia của người|", "4||Công khai, minh bạch:|", "5||Trách nhiệm giải trình|"},
		},
		{
			name: "groups counted in words, another province",
			text: `Ngày 10/3/2026, UBND tỉnh Quảng Trị ban hành Kế hoạch cải thiện Chỉ số PCI.
Theo đó, tỉnh đề ra năm nhóm giải pháp chủ yếu.
1. Cải cách thủ tục hành chính: Rút ngắn thời gian giải quyết hồ sơ đầu tư.
2. Chi phí không chính thức: Kiểm soát chặt chẽ việc thu phí.
`,
			want: []string{"3||Cải cách thủ tục|", "4||Chi phí không chính|"},
		},
		{
			name: "negative: a count of results",
			text: `UBND tỉnh Gia Lai tổng kết năm 2025.
Năm qua tỉnh đạt được 6 nhóm chỉ tiêu về cải cách hành chính.
1. Cải cách thể chế: hoàn thành 100% văn bản.
2. Cải cách thủ tục: đã công khai đầy đủ.
`,
		},
		{
			name: "negative: no numbered list follows",
			text: `UBND tỉnh An Giang ban hành Kế hoạch nâng cao Chỉ số PAPI.
Kế hoạch tập trung vào 4 nhóm giải pháp trọng tâm.
Các đơn vị được khen thưởng nhiều năm liền.
`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := taskRows(parseText(t, tt.text))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
