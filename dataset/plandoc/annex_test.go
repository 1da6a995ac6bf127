package plandoc

import (
	"reflect"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

func TestCellProducts(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<ul style="list-style-type: none"> - Các tin, bài tuyên truyền về CCHC; - Bộ TTHC được cập nhật. </ul>`,
			"Các tin, bài tuyên truyền về CCHC; Bộ TTHC được cập nhật"},
		{"<ul><li>Kế hoạch</li><li>Báo cáo;</li></ul>", "Kế hoạch; Báo cáo"},
		{`<ul style="list-style-type: none"> Các văn bản chỉ đạo, điều hành; - Tin, bài, phóng sự </ul>`,
			"Các văn bản chỉ đạo, điều hành; Tin, bài, phóng sự"},
		{"- Thành lập đoàn kiểm tra - Thực hiện kiểm tra tại các cơ quan", "Thành lập đoàn kiểm tra; Thực hiện kiểm tra tại các cơ quan"},
		{"- Báo cáo tác động kinh tế - xã hội; - Tin bài", "Báo cáo tác động kinh tế - xã hội; Tin bài"},
		{"Tác động kinh tế - Xã hội", "Tác động kinh tế - Xã hội"}, // not a list: kept
		{"Công khai trên cổng thông tin điện tử. Quyết định công khai...", "Công khai trên cổng thông tin điện tử. Quyết định công khai..."},
		{"Chuyên trang, tin, bài,", "Chuyên trang, tin, bài,"},
		{"", ""},
		{"<ul></ul>", ""},
		{"- ", ""},
	}
	for _, tc := range tests {
		if got := cellProducts(tc.in); got != tc.want {
			t.Errorf("cellProducts(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestCellClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Quý 1/2024 (<i>sau khi KH được ban hành</i>)", "Quý 1/2024 (sau khi KH được ban hành)"},
		{"a<br>b", "a b"},
		{"  a \t b\u00a0c ", "a b c"},
		{"Sở TT&amp;TT", "Sở TT&TT"},
		{"đã sạch", "đã sạch"},
	}
	for _, tc := range tests {
		if got := cellClean(tc.in); got != tc.want {
			t.Errorf("cellClean(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTabTable: a tab-separated annex whose header repeats at a page break
// and whose second row continues on the next page.
func TestTabTable(t *testing.T) {
	text := strings.Join([]string{
		"PHỤ LỤC",
		"STT\tNhiệm vụ\tSản phẩm\tChủ trì\tPhối hợp\tThời hạn\tKinh phí (triệu đồng)",
		"1.\tXây dựng kế hoạch\tKế hoạch\tSở Nội vụ\tSở TT&TT\tQuý I/2025\t50",
		"2.\tTổ chức tập huấn cho\t- Lớp tập huấn\tSở Nội vụ\t\tQuý II-\t1.500",
		"",
		"STT\tNhiệm vụ\tSản phẩm\tChủ trì\tPhối hợp\tThời hạn\tKinh phí (triệu đồng)",
		"\tcán bộ, công chức\t- Báo cáo\t\tSở Tài chính\tIII/2025\t",
		"3.\tKiểm tra\tBiên bản\tSở Nội vụ và các đơn vị liên quan\t\tNăm 2025\tKinh phí thường xuyên",
		"Nơi nhận:",
		"4.\tnot a task: the table has ended\t\t\t\t\t",
	}, "\n")
	tasks, fs := extractTasks(strings.Split(text, "\n"), 2025)
	// The row after the repeated header continues task 2 across the page.
	if len(fs) != 1 || fs[0].Kind != "continued_row" || fs[0].Lines[0] != 4 || fs[0].Lines[1] != 7 {
		t.Errorf("findings: %+v, want one continued_row for lines 4 and 7", fs)
	}
	if len(tasks) != 3 {
		t.Fatalf("got %d tasks, want 3: %+v", len(tasks), tasks)
	}
	two := tasks[1]
	if two.Code != "2" || two.Task != "Tổ chức tập huấn cho cán bộ, công chức" || two.Product != "Lớp tập huấn; Báo cáo" ||
		two.Source.Line != 4 {
		t.Errorf("task 2 = %+v", two)
	}
	wantStrings(t, "task 2 partners", two.Partners, []string{"Sở Tài chính"})
	if two.Deadline.Text != "Quý II- III/2025" || two.Deadline.Start != "2025-04-01" || two.Deadline.End != "2025-09-30" {
		t.Errorf("task 2 deadline = %+v", two.Deadline)
	}
	if b := two.Budget; b.Amount == nil || *b.Amount != 1500 || b.Unit != "triệu đồng" {
		t.Errorf("task 2 budget = %+v (the header states the unit)", b)
	}
	wantStrings(t, "task 1 partners", tasks[0].Partners, []string{"Sở Thông tin và Truyền thông"})
	wantStrings(t, "task 3 lead", tasks[2].Lead, []string{"Sở Nội vụ", "Các đơn vị liên quan"})
	if b := tasks[2].Budget; b.Amount != nil || b.Unit != "" {
		t.Errorf("task 3 budget = %+v", b)
	}
}

// TestPipeTable: the pipe layout with cells covered by the row above
// (rowspan) counted by trailing pipes, and a covered cell counted by a
// single "|" that is also how an empty cell looks.
func TestPipeTable(t *testing.T) {
	text := strings.Join([]string{
		"PHỤ LỤC",
		"|", "TT |", "Mục tiêu |", "Nhiệm vụ |", "Hoạt động |", "Sản phẩm |", "Chủ trì |", "Phối hợp |", "Thời gian |", "Kinh phí |",
		"|", "I |", "CẢI CÁCH THỂ CHẾ |", "|||||||",
		// A full row.
		"|", "1 |", "1.1. Mục tiêu một |", "2.1. Nhiệm vụ một |", "3.1. Hoạt động một |", "Văn bản |", "Sở Tư pháp |", "Sở, ban, ngành |", "Quý I |", "0 |",
		// TT, objective and task covered: six cells and "|||".
		"|", "3.2. Hoạt động hai |", "Dự thảo |", "Sở, ban, ngành có liên quan |", "Sở Tư pháp |", "Thường xuyên |", "380 |", "|||",
		// TT covered, objective new: eight cells and a single "|".
		"|", "1.2. Mục tiêu hai |", "2.2. Nhiệm vụ hai |", "3.3. Hoạt động ba |", "Báo cáo |", "Sở Tư pháp |", "UBND cấp huyện |", "Quý II |", "20 |", "|",
		// An empty row.
		"|", "|", "|", "|", "||||||",
		// TT cell empty, objective empty: nine cells, the last one empty.
		"|", "|", "|", "2.3 Nhiệm vụ ba |", "3.4 Hoạt động bốn |", "Công văn |", "Sở Tài chính |", "Các sở, ngành |", "Năm 2025 |", "|",
		"|", "II |", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH |", "|||||||",
		"|", "1 |", "Nhóm một |", "|||||||",
		"|", "1.1 |", "1.1 Mục tiêu |", "2.1 Nhiệm vụ |", "3.1: Hoạt động |", "Hệ thống |", "VP UBND tỉnh |", "Sở TTTT |", "Quý II, III/2025 |", "Theo dự toán được cấp |",
		"Đăng xuất",
	}, "\n")
	lines := strings.Split(text, "\n")
	tasks, fs := extractTasks(lines, 2025)
	if len(fs) != 0 {
		t.Errorf("findings: %+v", fs)
	}
	type row struct{ code, section, objective, task, activity, product, lead, budget string }
	var got []row
	for _, tk := range tasks {
		got = append(got, row{tk.Code, tk.Section, tk.Objective, tk.Task, tk.Activity, tk.Product, strings.Join(tk.Lead, "; "), tk.Budget.Text})
	}
	want := []row{
		{"I.3.1", "I. CẢI CÁCH THỂ CHẾ", "1.1. Mục tiêu một", "2.1. Nhiệm vụ một", "3.1. Hoạt động một", "Văn bản", "Sở Tư pháp", "0"},
		{"I.3.2", "I. CẢI CÁCH THỂ CHẾ", "1.1. Mục tiêu một", "2.1. Nhiệm vụ một", "3.2. Hoạt động hai", "Dự thảo", "Sở, ban, ngành có liên quan", "380"},
		{"I.3.3", "I. CẢI CÁCH THỂ CHẾ", "1.2. Mục tiêu hai", "2.2. Nhiệm vụ hai", "3.3. Hoạt động ba", "Báo cáo", "Sở Tư pháp", "20"},
		{"I.3.4", "I. CẢI CÁCH THỂ CHẾ", "", "2.3 Nhiệm vụ ba", "3.4 Hoạt động bốn", "Công văn", "Sở Tài chính", ""},
		{"II.1.3.1", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH / 1. Nhóm một", "1.1 Mục tiêu", "2.1 Nhiệm vụ", "3.1: Hoạt động", "Hệ thống", "Văn phòng UBND tỉnh", "Theo dự toán được cấp"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n%q\nwant\n%q", got, want)
	}
	if len(tasks) == 5 {
		if tasks[1].Source.Line != 27 || !strings.HasPrefix(tasks[1].Source.Text, "3.2. Hoạt động hai |\n") {
			t.Errorf("row 2 source = %d %q", tasks[1].Source.Line, tasks[1].Source.Text)
		}
		wantStrings(t, "last partners", tasks[4].Partners, []string{"Sở Thông tin và Truyền thông"})
		if d := tasks[4].Deadline; d.Start != "2025-04-01" || d.End != "2025-09-30" {
			t.Errorf("last deadline = %+v", d)
		}
	}
}

// TestAnnexHeaderLongCells: a row that names the lead column among long
// cells is a task, not a header.
func TestAnnexHeaderLongCells(t *testing.T) {
	row := []string{"4", "1.4. Tối thiểu 35% cơ quan đơn vị được kiểm tra CCHC trong năm 2025 theo kế hoạch đã được phê duyệt",
		"2.12. Tổ chức kiểm tra CCHC", "3.18 Ban hành Kế hoạch", "Kế hoạch, Công văn, Báo cáo kết quả kiểm tra",
		"Sở Nội vụ", "Các cơ quan chủ trì CCHC của tỉnh", "Quý II, III/2025", "Theo dự toán được cấp"}
	if _, _, ok := annexHeader(row); ok {
		t.Error("a task row was read as a header")
	}
	hdr := []string{"TT", "1- Mục tiêu/Chỉ tiêu/nội dung", "2- Nhiệm vụ", "3- Hoạt động", "4- Kết quả, sản phẩm",
		"5- Chủ trì", "6- Phối hợp", "7- Thời gian hoàn thành", "8- Kinh phí"}
	cols, _, ok := annexHeader(hdr)
	want := []int{colCode, colObjective, colTask, colActivity, colProduct, colLead, colPartners, colDeadline, colBudget}
	if !ok || !reflect.DeepEqual(cols, want) {
		t.Errorf("header columns = %v %v, want %v", cols, ok, want)
	}
}

// TestTaskCountStatement: "gồm N nhiệm vụ" after the annex is checked.
func TestTaskCountStatement(t *testing.T) {
	text := "STT\tNhiệm vụ\tSản phẩm\tChủ trì\tPhối hợp\tThời hạn\n1.\tA\tB\tSở Nội vụ\t\tQuý I/2025\n2.\tC\tD\tSở Tư pháp\t\tQuý II/2025\n\nPhụ lục gồm 03 nhiệm vụ."
	tasks, fs := extractTasks(strings.Split(text, "\n"), 2025)
	want := []dataset.Finding{{Kind: "count_mismatch", Message: "the document states 3 tasks, the annex has 2", Lines: []int{5}}}
	for i := range fs {
		fs[i].Text = i18n.Msg{} // compared through Message
	}
	if len(tasks) != 2 || !reflect.DeepEqual(fs, want) {
		t.Errorf("%d tasks, findings %+v", len(tasks), fs)
	}
	tasks, fs = extractTasks(strings.Split(strings.Replace(text, "03", "02", 1), "\n"), 2025)
	if len(tasks) != 2 || len(fs) != 0 {
		t.Errorf("agreeing count: %d tasks, findings %+v", len(tasks), fs)
	}
}

// TestTabTableSections: section rows ("I\tCÔNG TÁC ...") and content rows
// that carry only an objective head the tasks below them; an objective cut
// by a page break is joined, not read as a shifted sub-row.
func TestTabTableSections(t *testing.T) {
	text := strings.Join([]string{
		"TT\tNội dung\tNhiệm vụ\tSản phẩm\tChủ trì\tPhối hợp\tThời gian",
		"I\tCÔNG TÁC CHỈ ĐẠO\t\t\t\t\t",
		"\t1.1. Ban hành kế hoạch của\t\t\t\t\t",
		"",
		"TT\tNội dung\tNhiệm vụ\tSản phẩm\tChủ trì\tPhối hợp\tThời gian",
		"\tSở năm 2025\t\t\t\t\t",
		"1.\t\tXây dựng dự thảo\tDự thảo\tVăn phòng Sở\tCác phòng\tTháng 01/2025",
		"2.\t\tTrình ban hành\tKế hoạch\tVăn phòng Sở\t\tTháng 02/2025",
		"II\tTUYÊN TRUYỀN\t\t\t\t\t",
		"3.\t1.2. Tuyên truyền\tĐăng tin\tTin bài\tVăn phòng Sở\t\tThường xuyên",
	}, "\n")
	tasks, _ := extractTasks(strings.Split(text, "\n"), 2025)
	type row struct{ code, section, objective, task string }
	var got []row
	for _, tk := range tasks {
		got = append(got, row{tk.Code, tk.Section, tk.Objective, tk.Task})
	}
	want := []row{
		{"1", "I. CÔNG TÁC CHỈ ĐẠO", "1.1. Ban hành kế hoạch của Sở năm 2025", "Xây dựng dự thảo"},
		{"2", "I. CÔNG TÁC CHỈ ĐẠO", "1.1. Ban hành kế hoạch của Sở năm 2025", "Trình ban hành"},
		{"3", "II. TUYÊN TRUYỀN", "1.2. Tuyên truyền", "Đăng tin"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows:\n%q\nwant\n%q", got, want)
	}
}

// TestMarkdownTable: an annex exported as a Markdown table.
func TestMarkdownTable(t *testing.T) {
	text := strings.Join([]string{
		"| TT | Nhiệm vụ | Sản phẩm | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |",
		"|---|---|---|---|---|:---:|",
		"| 1 | Xây dựng kế hoạch | Kế hoạch | Sở Nội vụ | Sở TT&TT, Sở Tư pháp | Quý I/2025 |",
		"|  | (tiếp) năm 2025 |  |  |  |  |",
		"| 2 | Kiểm tra | Biên bản | Văn phòng UBND tỉnh |  | Năm 2025 |",
	}, "\n")
	tasks, _ := extractTasks(strings.Split(text, "\n"), 2025)
	if len(tasks) != 2 {
		t.Fatalf("got %d tasks, want 2", len(tasks))
	}
	if tasks[0].Task != "Xây dựng kế hoạch (tiếp) năm 2025" || tasks[0].Source.Line != 3 ||
		!strings.HasPrefix(tasks[0].Source.Text, "| 1 | Xây dựng kế hoạch |") {
		t.Errorf("task 1 = %q line %d source %q", tasks[0].Task, tasks[0].Source.Line, tasks[0].Source.Text)
	}
	wantStrings(t, "task 1 partners", tasks[0].Partners, []string{"Sở Thông tin và Truyền thông", "Sở Tư pháp"})
	wantStrings(t, "task 2 lead", tasks[1].Lead, []string{"Văn phòng UBND tỉnh"})
}

// TestPipeCellBroken: a pipe-table cell whose text runs over several lines
// before its closing pipe. The single "|" in the first row is its empty
// partners cell: every row is full, so the table reads as a tab table,
// whose task number is the one its TT column prints.
func TestPipeCellBroken(t *testing.T) {
	text := strings.Join([]string{
		"|", "TT |", "Nhiệm vụ |", "Sản phẩm |", "Chủ trì |", "Phối hợp |", "Thời gian |",
		"|", "1 |", "2.1. Tổ chức", "tập huấn cho cán bộ |", "Lớp học |", "Sở Nội vụ |", "|", "Quý II/2025 |",
		"|", "2 |", "2.2. Kiểm tra |", "Biên bản |", "Sở Nội vụ |", "Sở Tư pháp |", "Năm 2025 |",
		"Trang tiếp theo không thuộc bảng",
	}, "\n")
	tasks, _ := extractTasks(strings.Split(text, "\n"), 2025)
	if len(tasks) != 2 {
		t.Fatalf("got %d tasks, want 2", len(tasks))
	}
	if tasks[0].Task != "2.1. Tổ chức tập huấn cho cán bộ" || tasks[0].Deadline.End != "2025-06-30" || len(tasks[0].Partners) != 0 {
		t.Errorf("task 1 = %+v", tasks[0])
	}
	if tasks[1].Task != "2.2. Kiểm tra" || tasks[1].Code != "2" {
		t.Errorf("task 2 = %s %q", tasks[1].Code, tasks[1].Task)
	}
}

// TestAnnexHeaderVariants: other names for the columns.
func TestAnnexHeaderVariants(t *testing.T) {
	tests := []struct {
		hdr  []string
		want []int
	}{
		{[]string{"STT", "Nội dung công việc", "Đơn vị thực hiện", "Đơn vị phối hợp", "Thời gian thực hiện"},
			[]int{colCode, colTask, colLead, colPartners, colDeadline}},
		{[]string{"TT", "Nhiệm vụ", "Cơ quan, đơn vị thực hiện", "Thời hạn hoàn thành", "Ghi chú"},
			[]int{colCode, colTask, colLead, colDeadline, colNote}},
		{[]string{"1. Nội dung", "2. Nhiệm vụ/Hoạt động cụ thể", "3. Kết quả/ Sản phẩm minh chứng", "4. Cơ quan chủ trì",
			"5. Cơ quan phối hợp", "6. Thời gian thực hiện", "7. Kinh phí"},
			[]int{colObjective, colTask, colProduct, colLead, colPartners, colDeadline, colBudget}},
		{[]string{"Số TT", "Tên nhiệm vụ", "Cơ quan, đơn vị chủ trì thực hiện", "Cơ quan phối hợp thực hiện", "Lộ trình thực hiện", "Sản phẩm đầu ra"},
			[]int{colCode, colTask, colLead, colPartners, colDeadline, colProduct}},
		{[]string{"STT", "Nội dung", "Đơn vị thực hiện", "Đơn vị phối hợp thực hiện", "Mốc hoàn thành", "Dự toán (triệu đồng)", "Ghi chú"},
			[]int{colCode, colTask, colLead, colPartners, colDeadline, colBudget, colNote}},
		{[]string{"TT", "Nhiệm vụ", "Chủ trì, phối hợp", "Hoàn thành", "Kết quả dự kiến"},
			[]int{colCode, colTask, colLead, colDeadline, colProduct}},
		{[]string{"STT", "Nhiệm vụ", "Trách nhiệm thực hiện", "Cơ quan, đơn vị phối hợp", "Thời gian dự kiến hoàn thành", "Nguồn kinh phí"},
			[]int{colCode, colTask, colLead, colPartners, colDeadline, colBudget}},
	}
	for _, tc := range tests {
		cols, _, ok := annexHeader(tc.hdr)
		if !ok || !reflect.DeepEqual(cols, tc.want) {
			t.Errorf("annexHeader(%q) = %v %v, want %v", tc.hdr, cols, ok, tc.want)
		}
	}
	text := "STT\tNội dung công việc\tĐơn vị thực hiện\tĐơn vị phối hợp\tThời gian thực hiện\n1\tRà soát TTHC\tVăn phòng\tCác phòng\tQuý I/2025\n"
	tasks, _ := extractTasks(strings.Split(text, "\n"), 2025)
	if len(tasks) != 1 || tasks[0].Task != "Rà soát TTHC" || tasks[0].Deadline.End != "2025-03-31" {
		t.Errorf("tasks = %+v", tasks)
	}
}

// TestLongContinuation: a row continued over many lines is read whole
// (and in linear time: the queued cell parts are joined once).
func TestLongContinuation(t *testing.T) {
	lines := []string{"STT\tNhiệm vụ\tSản phẩm\tChủ trì\tPhối hợp\tThời hạn", "1.\tViệc\tBáo cáo\tSở Nội vụ\t\tNăm 2025"}
	for i := 0; i < 20000; i++ {
		lines = append(lines, "\tthêm\t\t\tcác phòng,\t")
	}
	tasks, _ := extractTasks(lines, 2025)
	if len(tasks) != 1 || len(tasks[0].Task) != len("Việc")+20000*len(" thêm") || len(tasks[0].Partners) != 1 {
		t.Errorf("got %d tasks, task of %d bytes, %d partners", len(tasks), len(tasks[0].Task), len(tasks[0].Partners))
	}
}

// TestPipeTableWordSections: a Word table with merged cells ("||") whose
// section rows keep their empty cells ("I |", "CẢI CÁCH THỂ CHẾ |" and a
// "|" per empty cell) reads those rows as sections, not as tasks.
func TestPipeTableWordSections(t *testing.T) {
	lines := []string{
		"PHỤ LỤC",
		"|", "TT |", "Nhiệm vụ |", "Cơ quan chủ trì |", "Cơ quan phối hợp |", "Thời gian |",
		"|", "I |", "CẢI CÁCH THỂ CHẾ |", "|", "|", "|",
		"|", "1 |", "Rà soát văn bản |", "Sở Tư pháp |", "Các sở, ngành |", "Quý I/2026 |",
		// Number and task merged over two rows: three cells and "||".
		"|", "Sở Nội vụ |", "Các sở, ngành |", "Quý II/2026 |", "||",
		"|", "II |", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH |", "|", "|", "|",
		"|", "1 |", "Công bố thủ tục hành chính |", "Văn phòng UBND tỉnh |", "Các sở, ngành |", "Thường xuyên |",
	}
	tasks, _ := extractTasks(lines, 2026)
	var got []string
	for _, tk := range tasks {
		got = append(got, tk.Code+" "+tk.Task+" | "+strings.Join(tk.Lead, "; ")+" | "+tk.Section)
	}
	want := []string{
		"I.1 Rà soát văn bản | Sở Tư pháp | I. CẢI CÁCH THỂ CHẾ",
		"I.1 Rà soát văn bản | Sở Nội vụ | I. CẢI CÁCH THỂ CHẾ",
		"II.1 Công bố thủ tục hành chính | Văn phòng UBND tỉnh | II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tasks:\n%q\nwant\n%q", got, want)
	}
}
