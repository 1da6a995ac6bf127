package plandoc

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// seedLines reads a seed plan as the parser sees it: NFC lines, line i+1
// at index i.
func seedLines(t testing.TB, prefix string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "plans", prefix+"_*.txt"))
	if err != nil || len(files) != 1 {
		t.Fatalf("seed %s: %v (%d files)", prefix, err, len(files))
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	s := strings.ReplaceAll(vntext.NFC(string(b)), "\r\n", "\n")
	return strings.Split(s, "\n")
}

// taskAt returns the task that starts at line, failing when none does.
func taskAt(t *testing.T, tasks []dataset.Task, line int) dataset.Task {
	t.Helper()
	for _, tk := range tasks {
		if tk.Source.Line == line {
			return tk
		}
	}
	t.Fatalf("no task starts at line %d", line)
	return dataset.Task{}
}

func wantStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !reflect.DeepEqual(got, want) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func wantDeadline(t *testing.T, tk dataset.Task, kind, start, end string) {
	t.Helper()
	d := tk.Deadline
	if d.Kind != kind || d.Start != start || d.End != end {
		t.Errorf("task %s deadline %q = %s %s..%s, want %s %s..%s", tk.Code, d.Text, d.Kind, d.Start, d.End, kind, start, end)
	}
}

func findingKinds(fs []dataset.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Kind)
	}
	return out
}

// 000: Sở Tài chính Hà Tĩnh, annex of 14 tab-separated rows with page
// breaks inside rows 3, 8 and 12.
func TestTasksSeed000(t *testing.T) {
	tasks, fs := extractTasks(seedLines(t, "000"), 2024)
	if len(tasks) != 14 {
		t.Fatalf("got %d tasks, want 14", len(tasks))
	}
	// The annex is present; the rows broken across pages (3, 8, 12) are
	// reported as continued.
	var cont []int
	for _, f := range fs {
		if f.Kind != "continued_row" {
			t.Errorf("finding %v, want only continued_row findings", f)
			continue
		}
		cont = append(cont, f.Lines...)
	}
	if want := []int{140, 143, 148, 151, 155, 158}; !slices.Equal(cont, want) {
		t.Errorf("continued rows %v, want %v", cont, want)
	}
	wantLines := []int{138, 139, 140, 144, 145, 146, 147, 148, 152, 153, 154, 155, 159, 160}
	for i, tk := range tasks {
		if tk.Source.Line != wantLines[i] {
			t.Errorf("task %d starts at line %d, want %d", i+1, tk.Source.Line, wantLines[i])
		}
		if want := strings.TrimSuffix(strings.Fields(strings.Split(tk.Source.Text, "\t")[0])[0], "."); tk.Code != want {
			t.Errorf("task at line %d has code %q, want %q", tk.Source.Line, tk.Code, want)
		}
	}
	// Row 3 continues after the page break (line 143).
	t3 := taskAt(t, tasks, 140)
	if t3.Task != "Tham gia cuộc thi tìm hiểu cải cách hành chính trên Cổng Thông tin điện tử tỉnh" {
		t.Errorf("task 3 = %q", t3.Task)
	}
	wantStrings(t, "task 3 lead", t3.Lead, []string{"Các phòng, các đơn vị thuộc Sở"})
	wantStrings(t, "task 3 partners", t3.Partners, []string{"Văn phòng Sở"})
	wantDeadline(t, t3, dataset.DeadlineRange, "2024-04-01", "2024-09-30")
	if !strings.Contains(t3.Source.Text, "\tThông tin điện tử tỉnh\t") {
		t.Errorf("task 3 source does not keep the continued row: %q", t3.Source.Text)
	}
	// Products given as an HTML list.
	t1 := taskAt(t, tasks, 138)
	if want := "Các tin, bài tuyên truyền về CCHC; Bộ TTHC, văn bản QPPL được cập nhật đầy đủ, kịp thời; Văn bản chỉ đạo, hướng dẫn thực hiện; Báo cáo kết quả triển khai thực hiện"; t1.Product != want {
		t.Errorf("task 1 product = %q, want %q", t1.Product, want)
	}
	wantStrings(t, "task 1 lead", t1.Lead, []string{"Văn phòng Sở"})
	wantStrings(t, "task 1 partners", t1.Partners, []string{"Các phòng, các đơn vị thuộc Sở"})
	wantDeadline(t, t1, dataset.DeadlineContinuous, "2024-01-01", "2024-12-31")
	// Row 8's product list continues on the next page (line 151).
	t8 := taskAt(t, tasks, 148)
	if want := "Văn bản chỉ đạo, hướng dẫn; Các ấn phẩm cung cấp thông tin và hướng dẫn khai thác dịch vụ công trực tuyến; Các video clip hướng dẫn thực hiện dịch vụ công trực tuyến; Báo cáo kết quả thực hiện"; t8.Product != want {
		t.Errorf("task 8 product = %q, want %q", t8.Product, want)
	}
	// Row 12's task text continues on the next page (line 158).
	t12 := taskAt(t, tasks, 155)
	if !strings.HasSuffix(t12.Task, "nhiệm vụ xiết chặt kỷ luật, kỷ cương hành chính") {
		t.Errorf("task 12 = %q", t12.Task)
	}
	// Row 5: two leads, a recurring deadline, a note on the budget.
	t5 := taskAt(t, tasks, 145)
	wantStrings(t, "task 5 lead", t5.Lead, []string{"Văn phòng", "Các đơn vị thuộc Sở"})
	wantDeadline(t, t5, dataset.DeadlineRecurring, "2024-01-01", "2024-12-31")
	if t5.Budget.Text != "Kinh phí thường xuyên của đơn vị" || t5.Budget.Amount != nil {
		t.Errorf("task 5 budget = %+v", t5.Budget)
	}
	// Row 6 has no partner.
	wantStrings(t, "task 6 partners", taskAt(t, tasks, 146).Partners, []string{})
	wantDeadline(t, taskAt(t, tasks, 144), dataset.DeadlineRange, "2024-07-01", "2024-09-30")
}

// 001: UBND tỉnh Hưng Yên; the annex is referenced but absent, the duties
// are numbered per agency in "III. TỔ CHỨC THỰC HIỆN".
func TestTasksSeed001(t *testing.T) {
	tasks, fs := extractTasks(seedLines(t, "001"), 2024)
	// 1: a)–g) = 7; 2: a)–đ) = 5; 3, 4, 5, 6: one each; 7: a), b); 8, 9, 10: one each.
	if len(tasks) != 21 {
		t.Fatalf("got %d tasks, want 21", len(tasks))
	}
	if len(fs) != 1 || fs[0].Kind != "missing_annex" || !reflect.DeepEqual(fs[0].Lines, []int{52}) {
		t.Errorf("findings = %+v, want one missing_annex at line 52", fs)
	}
	perLead := map[string]int{}
	for _, tk := range tasks {
		if tk.Section != "III. TỔ CHỨC THỰC HIỆN" {
			t.Errorf("task %s section %q", tk.Code, tk.Section)
		}
		perLead[strings.Join(tk.Lead, "; ")]++
	}
	want := map[string]int{
		"Các sở, ban, ngành tỉnh; Các đơn vị sự nghiệp công lập trực thuộc UBND tỉnh; UBND các huyện, thị xã, thành phố": 7,
		"Sở Nội vụ":                              5,
		"Văn phòng UBND tỉnh":                    1,
		"Sở Thông tin và Truyền thông":           1,
		"Sở Tư pháp":                             1,
		"Sở Kế hoạch và Đầu tư":                  1,
		"Sở Tài chính":                           2,
		"Đài Phát thanh và Truyền hình Hưng Yên": 1,
		"Báo Hưng Yên":                           1,
		"Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên; Các tổ chức chính trị - xã hội tỉnh": 1,
	}
	if !reflect.DeepEqual(perLead, want) {
		t.Errorf("tasks per lead = %v, want %v", perLead, want)
	}
	c := taskAt(t, tasks, 82)
	if c.Code != "2.c" || !strings.HasPrefix(c.Task, "Chủ trì, phối hợp với các cơ quan liên quan tổ chức tọa đàm") {
		t.Errorf("task at line 82 = %s %q", c.Code, c.Task)
	}
	wantStrings(t, "2.c partners", c.Partners, []string{"Các cơ quan liên quan"})
	if !strings.HasPrefix(c.Source.Text, "2. Sở Nội vụ:\nc) Chủ trì") {
		t.Errorf("2.c source keeps the agency heading: %q", c.Source.Text)
	}
	b := taskAt(t, tasks, 64)
	if b.Deadline.Text != "Định kỳ theo quý" || b.Deadline.Kind != dataset.DeadlineRecurring {
		t.Errorf("1.b deadline = %+v", b.Deadline)
	}
	four := taskAt(t, tasks, 90)
	wantStrings(t, "4 lead", four.Lead, []string{"Sở Thông tin và Truyền thông"})
	wantStrings(t, "4 partners", four.Partners, []string{"Sở Nội vụ", "Các cơ quan có liên quan"})
	three := taskAt(t, tasks, 88)
	wantStrings(t, "3 partners", three.Partners, []string{"Các sở, ban, ngành tỉnh", "UBND cấp huyện", "UBND cấp xã",
		"Báo Hưng Yên", "Đài Phát thanh và Truyền hình Hưng Yên", "Các cơ quan truyền thông"})
	wantStrings(t, "1.d partners", taskAt(t, tasks, 68).Partners, []string{"Các tổ chức đoàn thể"})
}

// 002: OCR scan without an annex; five numbered duties.
func TestTasksSeed002(t *testing.T) {
	tasks, fs := extractTasks(seedLines(t, "002"), 2023)
	if len(tasks) != 5 {
		t.Fatalf("got %d tasks, want 5", len(tasks))
	}
	if len(fs) != 0 {
		t.Errorf("findings %v, want none (no annex is referenced)", fs)
	}
	wantLines := []int{235, 240, 244, 249, 255}
	for i, tk := range tasks {
		if tk.Source.Line != wantLines[i] || len(tk.Lead) != 1 || tk.Task == "" {
			t.Errorf("duty %d: line %d lead %q task %q", i+1, tk.Source.Line, tk.Lead, tk.Task)
		}
	}
	// Agency names damaged by the scan are restored; the text as printed
	// stays in Source.Text. The duty text starts after the agency.
	leads := [][]string{
		{"Các phòng chuyên môn, đơn vị thuộc Sở"},
		{"Chi cục Tiêu chuẩn - Đo lường - Chất lượng"},
		{"Văn phòng"},
		{"Phòng Thông tin - Thống kê KHCN&DMST"},
		{"Văn phòng"},
	}
	for i, tk := range tasks {
		wantStrings(t, "duty "+tk.Code+" lead", tk.Lead, leads[i])
	}
	two := tasks[1]
	wantStrings(t, "duty 2 partners", two.Partners, []string{"Phòng Thông tin - Thống kê KHCN&DPMST"})
	if !strings.HasPrefix(two.Task, "chu tri, phdi hop") {
		t.Errorf("duty 2 = %q", two.Task)
	}
	if !strings.HasPrefix(two.Source.Text, "2. Chi cuc Tiéu chuan - Po luong - Chat luong chu tri") {
		t.Errorf("duty 2 source = %q", two.Source.Text)
	}
	if d := tasks[2].Deadline; d.Kind != dataset.DeadlineRecurring || d.Start != "2023-01-01" {
		t.Errorf("duty 3 deadline = %+v, want recurring in 2023 (\"dinh ky hang quy\")", d)
	}
}

// 003: Hà Tĩnh 2025, pipe-delimited annex with sections I–VII.
func TestTasksSeed003(t *testing.T) {
	tasks, fs := extractTasks(seedLines(t, "003"), 2025)
	// Rows by section, counted by hand: I 17, II 9, III 10, IV 6, V 8, VI 10, VII 9+9.
	if len(tasks) != 78 {
		t.Fatalf("got %d tasks, want 78", len(tasks))
	}
	// Rows 2.3/3.4 (line 264) and 3.6 (line 282) leave the lead cell
	// empty; row 2.3 of section IV (line 620) the time.
	if len(fs) != 2 || fs[0].Kind != "task_without_lead" || !reflect.DeepEqual(fs[0].Lines, []int{264, 282}) ||
		fs[1].Kind != "task_without_deadline" || !reflect.DeepEqual(fs[1].Lines, []int{620}) {
		t.Errorf("findings %+v, want task_without_lead at 264, 282 and task_without_deadline at 620", fs)
	}
	perSection := map[string]int{}
	for _, tk := range tasks {
		perSection[strings.SplitN(tk.Code, ".", 2)[0]]++
	}
	wantSec := map[string]int{"I": 17, "II": 9, "III": 10, "IV": 6, "V": 8, "VI": 10, "VII": 18}
	if !reflect.DeepEqual(perSection, wantSec) {
		t.Errorf("tasks per section = %v, want %v", perSection, wantSec)
	}
	a := taskAt(t, tasks, 418)
	if a.Code != "II.3.2" || a.Activity != "3.2. Xây dựng các dự thảo văn bản" || a.Section != "II. CẢI CÁCH THỂ CHẾ" {
		t.Errorf("task at 418: %s %q %q", a.Code, a.Activity, a.Section)
	}
	if !strings.HasPrefix(a.Objective, "1.1. Phấn đấu 100% các nội dung Luật") ||
		!strings.HasPrefix(a.Task, "2.1. Ban hành các văn bản quy phạm pháp luật") {
		t.Errorf("task at 418 does not inherit its merged cells: %q / %q", a.Objective, a.Task)
	}
	wantStrings(t, "II.3.2 lead", a.Lead, []string{"Sở, ban, ngành có liên quan"})
	wantStrings(t, "II.3.2 partners", a.Partners, []string{"Sở Tư pháp"})
	if a.Product != "Các văn bản QPPL" || a.Budget.Text != "380" || a.Budget.Amount == nil || *a.Budget.Amount != 380 || a.Budget.Unit != "" {
		t.Errorf("II.3.2 product %q budget %+v", a.Product, a.Budget)
	}
	wantDeadline(t, a, dataset.DeadlineContinuous, "2025-01-01", "2025-12-31")

	k := taskAt(t, tasks, 355)
	if k.Code != "I.3.18" || !strings.HasPrefix(k.Objective, "1.4. Tối thiểu 35%") {
		t.Errorf("task at 355: %s %q", k.Code, k.Objective)
	}
	wantStrings(t, "I.3.18 partners", k.Partners, []string{"Các cơ quan chủ trì CCHC của tỉnh", "Các đơn vị được kiểm tra"})
	wantDeadline(t, k, dataset.DeadlineRange, "2025-04-01", "2025-09-30")

	// The next row has its own task but shares the objective (rowspan).
	if n := taskAt(t, tasks, 365); !strings.HasPrefix(n.Objective, "1.4.") || !strings.HasPrefix(n.Task, "2.13.") {
		t.Errorf("task at 365: %q / %q", n.Objective, n.Task)
	}
	// A row whose lead and partner cells are empty.
	e := taskAt(t, tasks, 282)
	wantStrings(t, "I.3.6 lead", e.Lead, []string{})
	if !strings.HasPrefix(e.Task, "2.4.") || e.Code != "I.3.6" {
		t.Errorf("task at 282: %s %q", e.Code, e.Task)
	}
	wantDeadline(t, taskAt(t, tasks, 309), dataset.DeadlineConditional, "", "")
	wantDeadline(t, taskAt(t, tasks, 434), dataset.DeadlineRange, "2025-01-01", "2025-03-31")
	wantDeadline(t, taskAt(t, tasks, 985), dataset.DeadlineRange, "2025-04-01", "2025-12-31")
	// A budget cell that cites a circular, not an amount.
	if b := taskAt(t, tasks, 716).Budget; b.Amount != nil || !strings.HasPrefix(b.Text, "Thông tư số 92/202 1/TT BTC") {
		t.Errorf("V.2.4 budget = %+v", b)
	}
	wantStrings(t, "V.2.4 lead", taskAt(t, tasks, 716).Lead, []string{"UBND tỉnh"})
	// Section VII is split in two groups with their own numbering.
	if g := taskAt(t, tasks, 935); g.Code != "VII.2.3.1" || !strings.HasSuffix(g.Section, "/ 2. Áp dụng ISO 9001:2015 trong hoạt động của các cơ quan, đơn vị") {
		t.Errorf("task at 935: %s %q", g.Code, g.Section)
	}
	// A second row under the activity cell "3.4. ... 3.5. ..." is 3.5.
	if r := taskAt(t, tasks, 780); r.Code != "VI.3.5" || r.Product != "Công văn" || !strings.HasPrefix(r.Activity, "3.4.") {
		t.Errorf("task at 780: %s %q %q", r.Code, r.Product, r.Activity)
	}
	codes := map[string]int{}
	for _, tk := range tasks {
		codes[tk.Code]++
	}
	for c, n := range codes {
		if n > 1 {
			t.Errorf("code %s on %d tasks", c, n)
		}
	}
	wantStrings(t, "VI.3.6 lead", taskAt(t, tasks, 787).Lead,
		[]string{"Trung tâm Tư vấn dịch vụ tài chính", "Sở Tài chính", "Phòng Tài chính - Kế hoạch"})
}

// 004: Sở GTVT Quảng Trị, 3 contents and 15 tasks as the document says.
func TestTasksSeed004(t *testing.T) {
	lines := seedLines(t, "004")
	tasks, fs := extractTasks(lines, 2024)
	if len(tasks) != 15 {
		t.Fatalf("got %d tasks, want 15", len(tasks))
	}
	if fs := withoutKind(fs, "continued_row"); len(fs) != 0 {
		t.Errorf("findings %v, want none: the counts agree with line 139", fs)
	}
	contents := map[string]bool{}
	for i, tk := range tasks {
		contents[tk.Objective] = true
		if want := "2." + itoa(i+1); tk.Code != want {
			t.Errorf("task %d code %q, want %q", i+1, tk.Code, want)
		}
	}
	if len(contents) != 3 {
		t.Errorf("%d contents, want 3", len(contents))
	}
	// 2.4 and the sub-row for the department's own report (lines 110, 111, 114).
	r := taskAt(t, tasks, 110)
	wantDeadline(t, r, dataset.DeadlineDate, "", "2024-11-30")
	if !strings.Contains(r.Deadline.Text, "Báo cáo năm: Trước 30/11/2024") {
		t.Errorf("2.4 deadline text = %q", r.Deadline.Text)
	}
	wantStrings(t, "2.4 lead", r.Lead, []string{"Các phòng, ban, đơn vị", "Văn phòng Sở"})
	if r.Product != "Báo cáo của các phòng, ban, đơn vị; Báo cáo cấp Sở" {
		t.Errorf("2.4 product = %q", r.Product)
	}
	wantDeadline(t, taskAt(t, tasks, 123), dataset.DeadlineRange, "2024-04-01", "2024-09-30")
	six := taskAt(t, tasks, 109)
	if six.Deadline.Text != "- Nhiệm vụ 6 tháng: tháng 5/2024; - Nhiệm vụ cả năm: tháng 10/2024" {
		t.Errorf("2.3 deadline text = %q", six.Deadline.Text)
	}
	wantDeadline(t, six, dataset.DeadlineRange, "2024-05-01", "2024-10-31")
	if d := taskAt(t, tasks, 108).Deadline; d.Text != "Quý 1/2024 (sau khi KH được ban hành)" || d.End != "2024-03-31" {
		t.Errorf("2.2 deadline = %+v", d)
	}
	five := taskAt(t, tasks, 115)
	wantStrings(t, "2.5 lead", five.Lead, []string{"Các phòng, ban, đơn vị", "Thanh tra Sở"})
	if !strings.HasPrefix(five.Product, "Kế hoạch; Báo cáo; Kết luận cuộc họp; Tin, bài kèm hình ảnh (tối thiểu") {
		t.Errorf("2.5 product = %q", five.Product)
	}
	twelve := taskAt(t, tasks, 128)
	if twelve.Product != "Các văn bản chỉ đạo, điều hành; Tin, bài, phóng sự; thông tin trên Cổng; Nội dung thi tìm hiểu" {
		t.Errorf("2.12 product = %q", twelve.Product)
	}
	if !strings.HasSuffix(twelve.Task, "ứng xử của cán bộ, công chức, viên chức với công dân, tổ chức.") {
		t.Errorf("2.12 task not joined across the page break: %q", twelve.Task)
	}
	if b := taskAt(t, tasks, 107).Budget; b.Text != "Kinh phí thường xuyên" || b.Amount != nil {
		t.Errorf("2.1 budget = %+v", b)
	}

	// Drop row 2.15 (and its continuation): the statement no longer holds.
	cut := append([]string(nil), lines...)
	cut[133], cut[136] = "", ""
	tasks, fs = extractTasks(cut, 2024)
	fs = withoutKind(fs, "continued_row")
	if len(tasks) != 14 || len(fs) != 1 || fs[0].Kind != "count_mismatch" || !reflect.DeepEqual(fs[0].Lines, []int{139}) ||
		fs[0].Message != "the document states 15 tasks, the annex has 14" {
		t.Errorf("after dropping a row: %d tasks, findings %+v", len(tasks), fs)
	}
}

// withoutKind returns the findings that are not of the kind.
func withoutKind(fs []dataset.Finding, kind string) []dataset.Finding {
	var out []dataset.Finding
	for _, f := range fs {
		if f.Kind != kind {
			out = append(out, f)
		}
	}
	return out
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}

// TestTasksDoubledAnnex: an annex printed twice is read once.
func TestTasksDoubledAnnex(t *testing.T) {
	lines := seedLines(t, "000")
	doubled := append(append([]string(nil), lines...), lines[132:161]...)
	tasks, fs := extractTasks(doubled, 2024)
	fs = withoutKind(fs, "continued_row")
	if len(tasks) != 14 {
		t.Errorf("got %d tasks, want 14", len(tasks))
	}
	if got := findingKinds(fs); !reflect.DeepEqual(got, []string{"duplicate_task"}) || len(fs[0].Lines) != 14 {
		t.Errorf("findings = %+v", fs)
	}
}

// TestTasksCRLF: lines that keep their carriage return read the same.
func TestTasksCRLF(t *testing.T) {
	for _, seed := range []string{"000", "003", "004"} {
		lines := seedLines(t, seed)
		want, wantFs := extractTasks(lines, 2025)
		crlf := make([]string, len(lines))
		for i, l := range lines {
			crlf[i] = l + "\r"
		}
		got, gotFs := extractTasks(crlf, 2025)
		if !reflect.DeepEqual(got, want) || !reflect.DeepEqual(gotFs, wantFs) {
			t.Errorf("seed %s: CRLF lines give other tasks (%d, want %d)", seed, len(got), len(want))
		}
	}
}

// TestTasksDeterministic: the same input gives the same bytes.
func TestTasksDeterministic(t *testing.T) {
	for _, seed := range []string{"000", "001", "002", "003", "004"} {
		lines := seedLines(t, seed)
		a, fa := extractTasks(lines, 2025)
		b, fb := extractTasks(lines, 2025)
		ja, _ := json.Marshal([]any{a, fa})
		jb, _ := json.Marshal([]any{b, fb})
		if string(ja) != string(jb) {
			t.Errorf("seed %s: two runs differ", seed)
		}
	}
}

// TestTasksDamaged: damaged and unusual inputs give tasks or findings,
// never a panic.
func TestTasksDamaged(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		tasks int
		kinds []string
	}{
		{"empty", "", 0, nil},
		{"annex heading only", "Kế hoạch\n(Có Phụ lục kèm theo)\nPHỤ LỤC\nKhung nhiệm vụ\n", 0, []string{"annex_unreadable"}},
		{"reference only", "3. Nhiệm vụ cụ thể tại Phụ lục đính kèm.\n", 0, []string{"missing_annex"}},
		{"tab table without codes", "NHIỆM VỤ\tSẢN PHẨM\tCHỦ TRÌ\tPHỐI HỢP\tTHỜI GIAN\nViệc A\tBáo cáo\tSở Nội vụ\tSở Tư pháp\tQuý I/2025\n", 1, nil},
		{"pipe header only", "|\nTT |\nNhiệm vụ |\nSản phẩm |\nChủ trì |\nPhối hợp |\nThời gian |\n|\n", 0, nil},
		{"duties without agency text", "IV. TỔ CHỨC THỰC HIỆN\n1.\n2. Sở Nội vụ:\n- \n", 0, nil},
		{"duties, diacritics lost", "IV. TO CHUC THUC HIEN\n1. So Noi vu: Chu tri theo doi.\n2. Van phong So chu tri tong hop.\nNoi nhan:\n", 2, nil},
	}
	for _, tc := range tests {
		tasks, fs := extractTasks(strings.Split(tc.text, "\n"), 2025)
		if len(tasks) != tc.tasks || !reflect.DeepEqual(findingKinds(fs), tc.kinds) {
			t.Errorf("%s: %d tasks, findings %v; want %d, %v", tc.name, len(tasks), findingKinds(fs), tc.tasks, tc.kinds)
		}
	}
}

// TestDutiesForms: the ways a duties section names its agencies.
func TestDutiesForms(t *testing.T) {
	text := strings.Join([]string{
		"IV. TỔ CHỨC THỰC HIỆN",
		"1. Văn phòng Sở",
		"- Chủ trì, phối hợp với các Phòng, Ban, Đơn vị và các tổ chức đoàn thể của Sở triển khai kế hoạch.",
		"- Báo cáo UBND tỉnh trước ngày 30/11/2024.",
		"2. Đề nghị các tổ chức đoàn thể chính trị - xã hội của Sở",
		"Phối hợp tích cực trong các hoạt động tuyên truyền.",
		"Phối hợp với Văn phòng Sở tổ chức tuyên truyền.",
		"3. Giám đốc các Sở, Thủ trưởng các ban, ngành cấp tỉnh",
		"3.1 Tổ chức thực hiện kế hoạch.",
		"3.2. Định kỳ hàng quý báo cáo kết quả.",
		"4. Phòng Tài chính - Kế hoạch chủ trì thẩm định kinh phí.",
		"5. Sở Tư pháp: thực hiện các nhiệm vụ sau:",
		"a) Rà soát văn bản.",
		"b) Kiểm tra văn bản.",
		"6. Đối với UBND các xã, phường:",
		"- Niêm yết thủ tục hành chính.",
		"Trên đây là Kế hoạch ...",
		"5. Không đọc: sau đoạn kết.",
	}, "\n")
	tasks, fs := extractTasks(strings.Split(text, "\n"), 2024)
	if len(fs) != 0 {
		t.Errorf("findings %+v", fs)
	}
	type row struct {
		code, lead, partners, task, deadline string
		line                                 int
	}
	var got []row
	for _, tk := range tasks {
		got = append(got, row{tk.Code, strings.Join(tk.Lead, "; "), strings.Join(tk.Partners, "; "), tk.Task, tk.Deadline.Text, tk.Source.Line})
	}
	want := []row{
		{"1.1", "Văn phòng Sở", "Các Phòng, Ban, Đơn vị; Các tổ chức đoàn thể của Sở",
			"Chủ trì, phối hợp với các Phòng, Ban, Đơn vị và các tổ chức đoàn thể của Sở triển khai kế hoạch.", "", 3},
		{"1.2", "Văn phòng Sở", "", "Báo cáo UBND tỉnh trước ngày 30/11/2024.", "trước ngày 30/11/2024", 4},
		{"2", "Các tổ chức đoàn thể chính trị - xã hội của Sở", "Văn phòng Sở",
			"Phối hợp tích cực trong các hoạt động tuyên truyền. Phối hợp với Văn phòng Sở tổ chức tuyên truyền.", "", 6},
		{"3.1", "Giám đốc các Sở; Thủ trưởng các ban, ngành cấp tỉnh", "", "Tổ chức thực hiện kế hoạch.", "", 9},
		{"3.2", "Giám đốc các Sở; Thủ trưởng các ban, ngành cấp tỉnh", "", "Định kỳ hàng quý báo cáo kết quả.", "Định kỳ hàng quý", 10},
		{"4", "Phòng Tài chính - Kế hoạch", "", "chủ trì thẩm định kinh phí.", "", 11},
		{"5.a", "Sở Tư pháp", "", "Rà soát văn bản.", "", 13},
		{"5.b", "Sở Tư pháp", "", "Kiểm tra văn bản.", "", 14},
		{"6", "UBND các xã, phường", "", "Niêm yết thủ tục hành chính.", "", 16},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("duties:\n%+v\nwant\n%+v", got, want)
	}
	if len(tasks) > 1 && tasks[1].Deadline.End != "2024-11-30" {
		t.Errorf("1.2 deadline = %+v", tasks[1].Deadline)
	}
}

// TestTasksMutatedSeeds: seeds that lost their diacritics or had their
// opening pages printed twice keep their tasks.
func TestTasksMutatedSeeds(t *testing.T) {
	for _, tc := range []struct {
		seed  string
		year  int
		tasks int
	}{{"000", 2024, 14}, {"001", 2024, 21}, {"003", 2025, 78}, {"004", 2024, 15}} {
		lines := seedLines(t, tc.seed)
		folded := strings.Split(mutateDropDiacritics(lines), "\n")
		if got, _ := extractTasks(folded, tc.year); len(got) != tc.tasks {
			t.Errorf("seed %s without diacritics: %d tasks, want %d", tc.seed, len(got), tc.tasks)
		}
		doubled := strings.Split(mutateDoublePages(lines, 5), "\n")
		if got, _ := extractTasks(doubled, tc.year); len(got) != tc.tasks {
			t.Errorf("seed %s with its opening pages doubled: %d tasks, want %d", tc.seed, len(got), tc.tasks)
		}
	}
}

// TestTasksSeedDeadlinesRead: every deadline written in the seeds is read
// (has a kind), and dated ones fall in or next to the plan year.
func TestTasksSeedDeadlinesRead(t *testing.T) {
	for _, tc := range []struct {
		seed string
		year int
	}{{"000", 2024}, {"001", 2024}, {"002", 2023}, {"003", 2025}, {"004", 2024}} {
		tasks, _ := extractTasks(seedLines(t, tc.seed), tc.year)
		for _, tk := range tasks {
			d := tk.Deadline
			if d.Text != "" && d.Kind == "" {
				t.Errorf("seed %s task %s: deadline %q not read", tc.seed, tk.Code, d.Text)
			}
			if d.End != "" && (d.End < itoa(tc.year-1) || d.End > itoa(tc.year+1)) {
				t.Errorf("seed %s task %s: deadline %q ends %s", tc.seed, tk.Code, d.Text, d.End)
			}
		}
	}
}

// TestIsSpace checks isSpace against unicode.IsSpace for every rune.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}

// TestTaskFoldOfFold checks what lets the parser fold task lines from the
// page's folded lines: folding a rune with foldRune first changes neither
// tkFoldRune's result, nor white space, nor the marks trimmed from a line.
func TestTaskFoldOfFold(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r == '\u212b' {
			continue // the Angstrom sign: page.tasks folds its lines itself
		}
		f := foldRune(r)
		if isSpace(f) != isSpace(r) {
			t.Errorf("%U: white space %v, folded %U %v", r, isSpace(r), f, isSpace(f))
		}
		if !isSpace(r) && tkFoldRune(f) != tkFoldRune(r) {
			t.Errorf("%U: tkFoldRune %U, of its fold %U: %U", r, tkFoldRune(r), f, tkFoldRune(f))
		}
		if strings.ContainsRune(tkTrim, f) != strings.ContainsRune(tkTrim, r) {
			t.Errorf("%U: trimmed %v, folded %U trimmed %v", r, strings.ContainsRune(tkTrim, r), f, strings.ContainsRune(tkTrim, f))
		}
	}
}

// TestPageTasks checks that the page's task extractor, which folds from
// the page's folded lines, gives what extractTasks gives.
func TestPageTasks(t *testing.T) {
	docs := [][]string{
		{"III. TỔ CHỨC THỰC HIỆN", "1. Sở Nội vụ: chủ trì, phối hợp với Sở Tư pháp thực hiện trước ngày 30/11/2024.",
			"2. \u212b \u212bngström ĐẠI\u00a0HỌC\tVÀ  Sở TT&TT: báo cáo định kỳ hằng quý",
			"Gi\u212bm đốc", "3. Sở Tài chính: thực hiện"},
		{"III. TỔ CHỨC THỰC HIỆN\r", "1. Sở Nội vụ: chủ trì\r\r", "Nơi nhận:"},
	}
	for _, name := range seeds {
		docs = append(docs, seedLines(t, name[:3]))
	}
	for k, lines := range docs {
		p := newPage(lines)
		gotT, gotF := p.tasks(func() int { return 2024 })
		wantT, wantF := extractTasks(p.taskLines(), 2024)
		if !reflect.DeepEqual(gotT, wantT) || !reflect.DeepEqual(gotF, wantF) {
			t.Errorf("document %d: page tasks differ from extractTasks", k)
		}
	}
}
