package plandoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// streamAnnex prints a table of targets one cell per line with the pipes
// on lines of their own, as converters of DOCX tables do: header cells,
// then rows; a row of one number and one title is a section row.
func streamAnnex(title string, header []string, rows [][]string) string {
	var b strings.Builder
	b.WriteString(title + "\n")
	for _, r := range append([][]string{header}, rows...) {
		b.WriteString("|\n")
		for k := range header {
			if k < len(r) && r[k] != "" {
				b.WriteString(r[k] + "\n")
			}
			b.WriteString("|\n") // each cell closed by a pipe; an empty cell is the pipe alone
		}
	}
	return b.String()
}

// TestAnnexStreamTargets: an annex of targets whose table is a pipe
// stream gives one target per row, on the line of its value; a section
// row naming a stage ("Giai đoạn 2025-2027", "Năm 2026") sets the year
// of the rows under it; a column of results holds the values when no
// other column does; a bare figure is the planned value ("="). An annex
// of tasks in the same layout gives no targets. A table of targets whose
// annex title is not in the text is read too, but not a table of results.
func TestAnnexStreamTargets(t *testing.T) {
	hdr := []string{"**TT**", "**Chỉ tiêu**", "**Đơn vị**", "**Kết quả**", "**Cơ quan chủ trì**"}
	tests := []struct {
		name string
		text string
		want []string // "cmp value unit year"
	}{
		{"two stages, result column",
			streamAnnex("**PHỤ LỤC I**\nDANH MỤC CÁC CHỈ TIÊU CỤ THỂ\n*(Kèm theo Quyết định số 15/QĐ-UBND ngày 02 tháng 3 năm 2026)*", hdr, [][]string{
				{"**I**", "**Giai đoạn 2026-2027**"},
				{"1", "Tỉ lệ hồ sơ trực tuyến toàn trình", "%", "80%", "Sở Nội vụ"},
				{"2", "Tỉ lệ người dân hài lòng", "%", "≥ 90%", "Văn phòng UBND tỉnh"},
				{"**II**", "**Giai đoạn 2028-2030**"},
				{"1", "Tỉ lệ hồ sơ trực tuyến toàn trình", "%", "95%", "Sở Nội vụ"},
			}),
			[]string{"= 80 percent 2027", ">= 90 percent 2027", "= 95 percent 2030"}},
		{"year rows, count unit",
			streamAnnex("PHỤ LỤC\nCÁC CHỈ TIÊU CHUYỂN ĐỔI SỐ", []string{"STT", "Nội dung chỉ tiêu", "Đơn vị tính", "Kết quả cần đạt", "Đơn vị chủ trì"}, [][]string{
				{"I", "Năm 2026"},
				{"1", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "12", "Sở Khoa học và Công nghệ"},
				{"II", "Đến năm 2028"},
				{"1", "Số doanh nghiệp công nghệ số", "Doanh nghiệp", "tối thiểu 20", "Sở Khoa học và Công nghệ"},
			}),
			[]string{"= 12 count 2026", ">= 20 count 2028"}},
		{"an annex of tasks gives no targets",
			streamAnnex("PHỤ LỤC\nDANH MỤC NHIỆM VỤ NĂM 2026", []string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành"}, [][]string{
				{"1", "Rà soát 30 thủ tục hành chính", "Sở Tư pháp", "Quý II/2026"},
				{"2", "Tổ chức 02 hội nghị tập huấn", "Sở Nội vụ", "Quý III/2026"},
			}),
			nil},
		{"no annex title: the page starts at the table; a group row runs into the next row's number",
			"STT\n|\nTên chỉ tiêu\n|\nGiải thích chỉ tiêu\n|\nĐơn vị tính\n|\nChỉ tiêu cụ thể\n|\n" +
				"I\n|\nĐào tạo, chuyển đổi nhận thức (02 chỉ\ntiêu)\n|\n" +
				"1\n|\nTỷ\nlệ cán bộ, công chức được bồi dưỡng kỹ năng số\n|\nSố\ncán bộ được bồi dưỡng/tổng số cán bộ của xã\n|\n%\n|\n100\n|\n" +
				"II\n|\nHạ tầng số (05 chỉ tiêu)\n|\n|\n|\n" +
				"1\n|\nTỷ lệ cán bộ được trang bị máy vi tính\n|\nSố cán bộ được trang bị/tổng số cán bộ\n|\n%\n|\n95\n|\n",
			[]string{"= 100 percent 0", "= 95 percent 0"}},
		{"no annex title: a table of results gives no targets",
			"STT\n|\nTên chỉ tiêu\n|\nĐơn vị tính\n|\nKết quả thực hiện năm 2025\n|\n" +
				"1\n|\nTỷ lệ hồ sơ trực tuyến\n|\n%\n|\n85\n|\n",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			var got []string
			lines := strings.Split(tc.text, "\n")
			for _, g := range d.Targets {
				got = append(got, fmt.Sprintf("%s %g %s %d", g.Comparator, g.Value, g.Unit, g.Year))
				if l := g.Source.Line; l < 1 || l > len(lines) || !strings.ContainsAny(lines[l-1], "0123456789") {
					t.Errorf("target %s on line %d, not on its value's line", brief(g), l)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q\n%s", got, tc.want, tc.text)
			}
		})
	}
}

// TestStageRow: the title cell of a section row that names a stage.
func TestStageRow(t *testing.T) {
	tests := []struct {
		cell string
		year int
	}{
		{"**Giai đoạn 2025-2027**", 2027}, {"Giai đoạn 2028 - 2030", 2030}, {"Năm 2026", 2026},
		{"Đến năm 2030", 2030}, {"Đến hết năm 2029:", 2029},
		{"Cung cấp dịch vụ số bao trùm", 0}, {"Tỷ lệ hồ sơ năm 2026", 0}, {"Kết quả năm 2024 đạt 80%", 0},
	}
	for _, tc := range tests {
		if y := stageRow(tc.cell); y != tc.year {
			t.Errorf("stageRow(%q) = %d, want %d", tc.cell, y, tc.year)
		}
	}
}

// TestBareFigure: a value cell that holds a figure alone.
func TestBareFigure(t *testing.T) {
	for cell, want := range map[string]bool{
		"95%": true, "02": true, "**100%**": true, "34,7": true,
		"≥ 98": false, "Tối thiểu 90%": false, "50 - 60": false, "Top 10": false, "": false, "x": false, "> 80%": false,
	} {
		if got := bareFigure(cell); got != want {
			t.Errorf("bareFigure(%q) = %v, want %v", cell, got, want)
		}
	}
}

// TestTableHeaderResultColumn: a column of results holds the values of a
// table of targets only when no other column does.
func TestTableHeaderResultColumn(t *testing.T) {
	tests := []struct {
		cells []string
		value int
		ok    bool
	}{
		{[]string{"TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì"}, 3, true},
		{[]string{"STT", "Nội dung", "Kết quả cần đạt"}, 2, true},
		{[]string{"TT", "Chỉ tiêu", "Kết quả năm 2024", "Kế hoạch năm 2025"}, 3, true},
		{[]string{"TT", "Kết quả", "Chỉ tiêu"}, -1, false}, // results before the subject: no table of targets
	}
	for _, tc := range tests {
		_, v, _, _, ok := tableHeader(tc.cells)
		if v != tc.value || ok != tc.ok {
			t.Errorf("tableHeader(%q): value %d ok %v, want %d %v", tc.cells, v, ok, tc.value, tc.ok)
		}
	}
}
