package plandoc

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// wantTask is what a test expects of one task.
type wantTask struct {
	line                    int
	code, section, deadline string
	lead, partners          []string
}

// TestTaskLayouts reads tasks from the annex layouts and prose lists of
// other provinces: Markdown rows with bold cells, a separator row, Roman
// section rows that restart the numbering, a row continuing the one above
// and a header repeated after a page break; a pipe table with its cells
// one a line and other column names ("Đơn vị thực hiện", "Kết quả dự
// kiến", "Nguồn kinh phí"); numbered prose items with their own lines for
// the lead agency, partners and time.
func TestTaskLayouts(t *testing.T) {
	tests := []struct {
		file      string
		want      []wantTask
		continued []int // lines of a continued_row finding
	}{
		{"layout_markdown.txt", []wantTask{
			{12, "1", "I. CẢI CÁCH THỂ CHẾ", "Quý II/2025", []string{"Sở Tư pháp"}, []string{"Các sở, ngành"}},
			{13, "2", "I. CẢI CÁCH THỂ CHẾ", "Tháng 3/2025", []string{"Sở Tư pháp"}, nil},
			{15, "1", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Thường xuyên", []string{"Văn phòng UBND tỉnh"}, []string{"Các sở, ngành"}},
			{18, "2", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Năm 2025", []string{"Sở Nội vụ"}, []string{"UBND cấp xã"}},
		}, []int{15, 16}},
		{"layout_pipe_cells.txt", []wantTask{
			{21, "1", "I. CẢI CÁCH THỂ CHẾ", "Quý II/2025", []string{"Sở Tư pháp"}, []string{"Các sở, ngành"}},
			{29, "2", "I. CẢI CÁCH THỂ CHẾ", "Tháng 3/2025", []string{"Sở Tư pháp"}, []string{"Sở Nội vụ"}},
			{40, "1", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Thường xuyên", []string{"Văn phòng UBND tỉnh"}, []string{"Các sở"}},
		}, nil},
		{"layout_prose_tasks.txt", []wantTask{
			{8, "a", "1. Cải cách thể chế", "Quý II/2025", []string{"Sở Tư pháp"}, []string{"Các sở, ban, ngành"}},
			{12, "b", "1. Cải cách thể chế", "Tháng 10/2025", []string{"Sở Tư pháp"}, nil},
			{16, "a", "2. Cải cách thủ tục hành chính", "Thường xuyên", []string{"Văn phòng UBND tỉnh"}, nil},
		}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			d, err := ParseFile(filepath.Join("testdata", tc.file), indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Tasks) != len(tc.want) {
				t.Fatalf("%d tasks, want %d: %+v", len(d.Tasks), len(tc.want), d.Tasks)
			}
			for i, w := range tc.want {
				g := d.Tasks[i]
				if g.Source.Line != w.line || g.Code != w.code || g.Section != w.section || g.Deadline.Text != w.deadline ||
					!slices.Equal(g.Lead, w.lead) || len(g.Partners) != len(w.partners) || (len(w.partners) > 0 && !slices.Equal(g.Partners, w.partners)) {
					t.Errorf("task %d = line %d code %q section %q deadline %q lead %q partners %q, want %+v",
						i, g.Source.Line, g.Code, g.Section, g.Deadline.Text, g.Lead, g.Partners, w)
				}
			}
			var cont []int
			for _, f := range d.Findings {
				if f.Kind == "continued_row" {
					cont = append(cont, f.Lines...)
				}
			}
			if !slices.Equal(cont, tc.continued) {
				t.Errorf("continued rows %v, want %v", cont, tc.continued)
			}
		})
	}
}
