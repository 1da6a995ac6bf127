package plandoc

import (
	"strings"
	"testing"
)

// TestNoticeItemDuties checks the items of a notice of conclusions that
// give bodies their duties one topic at a time ("N. Về …: …"): a
// corporation named after "giao", verbs of dealing and reviewing ("làm
// việc", "thẩm tra", "thông báo"), a long topic, a clause of purpose or
// role before the body, and an item whose sentence runs on to a line
// opening with a number ("… trong tháng" / "12 năm 2025.").
func TestNoticeItemDuties(t *testing.T) {
	lines := []string{
		"1. Về dự án luồng tàu: giao Bộ Xây dựng khẩn trương rà soát, bàn giao dự án, báo cáo Thủ tướng Chính phủ trong tháng",
		"12 năm 2025.",
		"2. Về đầu tư kho dầu thô dự trữ quốc gia: với vai trò là chủ đầu tư, Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam chủ động làm việc với các đối tác. Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh Thanh Hóa phối hợp với Bộ Công Thương rà soát các quy hoạch.",
		"3. Về mở rộng nhà máy: giao Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam làm việc cụ thể với các nhà đầu tư.",
		"4. Về điều chuyển số vốn dư, không có khả năng giải ngân trong năm 2025 (khoảng 1.500 tỷ đồng) từ nguồn vốn hỗ trợ theo chính sách đặc thù quy định tại Nghị quyết số 37/2021/QH15 ngày 13 tháng 11 năm 2021 của Quốc hội cho tỉnh Thanh Hóa: Ủy ban nhân dân tỉnh Thanh Hóa rà soát và khẩn trương giải ngân hết số vốn.",
	}
	tasks := assignedTasks(newPage(lines), proseRoles(len(lines)), 2025)
	want := []struct {
		line       int
		lead, task string
	}{
		{1, "Bộ Xây dựng", "khẩn trương rà soát"},
		{3, "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "chủ động làm việc"},
		{3, "UBND tỉnh Thanh Hóa", "phối hợp với Bộ Công Thương"},
		{4, "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam", "làm việc cụ thể"},
		{5, "UBND tỉnh Thanh Hóa", "rà soát và khẩn trương"},
	}
	if len(tasks) != len(want) {
		t.Fatalf("got %d tasks, want %d: %+v", len(tasks), len(want), tasks)
	}
	for i, w := range want {
		got := tasks[i]
		if got.Source.Line != w.line || strings.Join(got.Lead, "|") != w.lead || !strings.HasPrefix(got.Task, w.task) {
			t.Errorf("task %d: line %d lead %q %q, want line %d lead %q %q…", i, got.Source.Line, got.Lead, got.Task, w.line, w.lead, w.task)
		}
	}
}

// TestAssignmentVerbs checks that the verbs of dealing, reviewing and
// informing end the name of the body an assignment gives them to, and
// that "được giao" after an assignment does not stand for it.
func TestAssignmentVerbs(t *testing.T) {
	for _, tc := range []struct {
		sentence, lead, task string
	}{
		{"Giao Sở Thông tin và Truyền thông thông báo chỉ tiêu tỷ lệ hồ sơ được xử lý trực tuyến đến các cơ quan.", "Sở Thông tin và Truyền thông", "thông báo chỉ tiêu"},
		{"Giao Bộ Tư pháp thẩm định dự thảo Nghị định trước ngày 20/6/2025.", "Bộ Tư pháp", "thẩm định dự thảo"},
		{"Giao Bộ Tài chính xem xét, xử lý theo đúng quy định.", "Bộ Tài chính", "xem xét, xử lý"},
		{"Giao Ngân hàng Nhà nước Việt Nam hướng dẫn các tổ chức tín dụng.", "Ngân hàng Nhà nước Việt Nam", "hướng dẫn"},
		// "được giao" after the assignment says what the bodies' duties are.
		{"Về việc lồng ghép các kiến nghị của tỉnh: Giao Bộ Giáo dục và Đào tạo, Bộ Y tế nghiên cứu các kiến nghị liên quan đến chức năng, nhiệm vụ được giao để xem xét lồng ghép.", "Bộ Giáo dục và Đào tạo|Bộ Y tế", "nghiên cứu các kiến nghị"},
		{"Sở Nội vụ được giao chủ trì xây dựng Đề án.", "Sở Nội vụ", "chủ trì xây dựng"},
	} {
		task, ok := assignment(tc.sentence, newTaskMemo(2025), 2025)
		if !ok || strings.Join(task.Lead, "|") != tc.lead || !strings.HasPrefix(task.Task, tc.task) {
			t.Errorf("assignment(%q) = %v %q %q, want lead %q, task %q…", tc.sentence, ok, task.Lead, task.Task, tc.lead, tc.task)
		}
	}
}

// TestTopicEnd checks where the topic of a notice's item ends.
func TestTopicEnd(t *testing.T) {
	long := "ve " + strings.Repeat("x", asTopicReach+1) + ": bo xay dung"
	for _, tc := range []struct {
		f     string
		end   int
		topic bool
	}{
		{"2. ve du an: bo xay dung ra soat", len("2. ve du an: "), true},
		{"b) bo xay dung ra soat", len("b) "), false},
		{"ve tap huan: so noi vu", len("ve tap huan: "), true},
		{"ve viec: x", len("ve viec: "), true},
		{"ve: x", 0, false},
		{"ve du an:x", 0, false},
		{long, 0, false},
		{"vet luong tau: x", 0, false},
	} {
		end, topic := topicEnd(tc.f)
		if end != tc.end || topic != tc.topic {
			t.Errorf("topicEnd(%q) = %d, %v, want %d, %v", tc.f, end, topic, tc.end, tc.topic)
		}
	}
}

// TestLeadingClauseEnd checks where a clause of purpose, role or basis
// before a body ends.
func TestLeadingClauseEnd(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want string // the text from the offset on; "" for none
	}{
		{"Để xác định vị trí, Ủy ban nhân dân tỉnh phối hợp rà soát", "Ủy ban nhân dân tỉnh phối hợp rà soát"},
		{"với vai trò là chủ đầu tư, Tập đoàn Dầu khí chủ động làm việc", "Tập đoàn Dầu khí chủ động làm việc"},
		{"Để thực hiện tốt, hiệu quả Kế hoạch, các sở triển khai", "các sở triển khai"},
		{"Để xác định vị trí, cần rà soát quy hoạch", ""},
		{"trên cơ sở kế hoạch được duyệt, các cơ quan, đơn vị liên quan có trách nhiệm chủ trì", "các cơ quan, đơn vị liên quan có trách nhiệm chủ trì"},
		{"căn cứ kết quả rà soát, Sở Nội vụ tham mưu", "Sở Nội vụ tham mưu"},
		{"trên cơ sở kế hoạch được duyệt, tổ chức triển khai", ""},
		// "Đề nghị" folds as "Để" does, but asks: no clause to pass over.
		{"Đề nghị các sở, ban, ngành triển khai", ""},
		{"Để " + strings.Repeat("x", asLeadingReach) + ", Sở Nội vụ chủ trì", ""},
		{"Sở Nội vụ, Sở Tài chính chủ trì", ""},
	} {
		k := leadingClauseEnd(tc.s, asciiFold([]rune(tc.s)))
		got := ""
		if k > 0 {
			got = string([]rune(tc.s)[k:])
		}
		if got != tc.want {
			t.Errorf("leadingClauseEnd(%q) leaves %q, want %q", tc.s, got, tc.want)
		}
	}
}

// TestRunsOnNumber checks which lines opening with a number go on the
// sentence above them.
func TestRunsOnNumber(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"12 năm 2025.", true},
		{"30 ngày làm việc.", true},
		{"12. Sở Nội vụ chủ trì", false},
		{"3) Sở Tư pháp", false},
		{"2 Sở Nội vụ chủ trì", false},
		{"2025", false},
		{"Năm 2025", false},
	} {
		if got := runsOnNumber(tc.line); got != tc.want {
			t.Errorf("runsOnNumber(%q) = %v, want %v", tc.line, got, tc.want)
		}
	}
}
