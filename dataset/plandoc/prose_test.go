package plandoc

import (
	"strings"
	"testing"
)

// TestPastMarked checks that "đã" marks a value as reached only after the
// last forward word before it and within its clause.
func TestPastMarked(t *testing.T) {
	for _, tc := range []struct {
		text, value string
		want        bool
	}{
		{"Tỉnh đã phát động thi đua, phấn đấu năm 2025 tốc độ tăng GRDP đạt từ 8% trở lên.", "8%", false},
		{"Năm 2024, tỉnh đã đạt 85% hồ sơ trực tuyến.", "85%", true},
		{"Phấn đấu năm 2025, tỷ lệ hồ sơ đã được số hóa đạt 90%.", "90%", true},
		{"Tỷ lệ 95% hồ sơ đã được giải quyết đúng hạn.", "95%", true},
		{"Đã hoàn thành 20 nhiệm vụ; phấn đấu hoàn thành 100% nhiệm vụ còn lại.", "100%", false},
		{"Mục tiêu đạt 80% hồ sơ trực tuyến.", "80%", false},
	} {
		rs := []rune(tc.text)
		pos := len([]rune(tc.text[:strings.Index(tc.text, tc.value)]))
		if got := pastMarked(rs, pos); got != tc.want {
			t.Errorf("pastMarked(%q at %q) = %v, want %v", tc.text, tc.value, got, tc.want)
		}
	}
}

// TestGeneralMention checks that a document named in general gives no
// document type, and one named as issued does.
func TestGeneralMention(t *testing.T) {
	for _, tc := range []struct {
		before string
		want   bool
	}{
		{"Công khai, minh bạch trong việc ban hành ", true},
		{"UBND tỉnh đã ban hành các ", true},
		{"Ngày 29/1, UBND tỉnh Lâm Đồng đã ban hành ", false},
		{"UBND tỉnh vừa ban hành ", false},
		{"Năm trước có việc ban hành nhiều văn bản. UBND tỉnh ban hành ", false},
	} {
		if got := generalMention(tc.before); got != tc.want {
			t.Errorf("generalMention(%q) = %v, want %v", tc.before, got, tc.want)
		}
	}
}

// TestAssignment checks the assignment sentences: the agency a head's
// title names, a requirement quoted from another document, and a verb
// that ends the agency's name.
func TestAssignment(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		lead     []string // nil: no assignment
	}{
		{"Giao Giám đốc Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Quyết định này.", []string{"Sở Nội vụ"}},
		{"UBND thành phố yêu cầu Giám đốc Sở Tư pháp tăng cường kiểm tra việc giải quyết hồ sơ.", []string{"Sở Tư pháp"}},
		// Nothing named to do: a call to direct and remedy, no duty.
		{"UBND thành phố yêu cầu Giám đốc Sở Tư pháp tăng cường chỉ đạo, khắc phục.", nil},
		// Organisations and individuals among those asked: an appeal to all.
		{"Thủ tướng yêu cầu các bộ, cơ quan, địa phương, tổ chức, cá nhân liên quan sau kỳ nghỉ Tết Nguyên đán phải khẩn trương, tập trung xử lý công việc.", nil},
		{"Thủ tướng yêu cầu các bộ, cơ quan, địa phương tổ chức kiểm tra việc giải quyết hồ sơ.", []string{"Các bộ, cơ quan", "Địa phương"}}, // the ministries and the places, two leads
		{"Theo Công văn số 3109/BTTTT-CĐSQG ngày 01/8/2023 của Bộ Thông tin và Truyền thông yêu cầu UBND cấp tỉnh rà soát.", nil},
		{"Thực hiện Quyết định số 17/QĐ-UBND, UBND tỉnh giao Sở Nội vụ chủ trì tham mưu.", []string{"Sở Nội vụ"}},
		{"Tỉnh phấn đấu đạt 80% hồ sơ trực tuyến.", nil},
		// "đề nghị" from a committee, or after a connective, to the bodies under it.
		{"Theo đó, đề nghị các sở, ban, ngành và UBND các huyện, thị xã, thành phố đẩy mạnh công tác tuyên truyền.", []string{"Các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"}},
		{"Chủ tịch UBND tỉnh đề nghị các sở, ban, ngành rà soát quy trình nội bộ.", []string{"Các sở, ban, ngành"}},
		{"Chủ tịch UBND tỉnh Phạm Anh Tuấn đề nghị lãnh đạo các Sở, ngành địa phương tiếp tục triển khai Chương trình tổng thể cải cách hành chính.", []string{"Các sở, ngành địa phương"}}, // the heads of the bodies under it
		{"Sở Nội vụ đề nghị Bộ Nội vụ hướng dẫn việc sắp xếp.", nil},
		{"Chủ tịch UBND tỉnh An Giang giao Sở Nội vụ lập tổ kiểm tra chuyên đề.", []string{"Sở Nội vụ"}}, // "lập" ends the body's name
		{"UBND tỉnh Tây Ninh đề nghị Sở TT-TT và các cơ quan chức năng theo dõi, tổng hợp kết quả.", []string{"Sở Thông tin và Truyền thông", "Các cơ quan chức năng"}},
		{"Bộ Nội vụ đề nghị Sở Nội vụ các tỉnh báo cáo kết quả.", nil},
		{"UBND thành phố đề nghị các sở, ban, ngành căn cứ theo kế hoạch chủ động tổ chức triển khai thực hiện.", nil},
	} {
		task, ok := assignment(tc.sentence, newTaskMemo(2025), 2025)
		if ok != (tc.lead != nil) {
			t.Errorf("assignment(%q): ok = %v, want %v", tc.sentence, ok, tc.lead != nil)
			continue
		}
		if ok && strings.Join(task.Lead, "|") != strings.Join(tc.lead, "|") {
			t.Errorf("assignment(%q): lead %q, want %q", tc.sentence, task.Lead, tc.lead)
		}
	}
}

// TestAssignedTasksWrapped checks that an assignment broken over lines is
// read whole, at the line it starts on, and that a line ending a sentence
// or a line opening an item starts a new paragraph.
func TestAssignedTasksWrapped(t *testing.T) {
	lines := []string{
		"QUYẾT ĐỊNH:",
		"Điều 2. Giao",
		"Giám đốc Sở Nội vụ hướng dẫn, theo dõi, kiểm tra đôn đốc việc thực hiện Quyết",
		"định này.",
		"Điều 3. Chánh Văn phòng UBND tỉnh chịu trách nhiệm thi hành.",
		"- Giao Sở Tài chính chủ trì bố trí kinh phí",
		"- Giao Sở Tư pháp theo dõi việc thi hành.",
	}
	tasks := assignedTasks(newPage(lines), proseRoles(len(lines)), 2025)
	want := []struct {
		line int
		lead string
	}{{2, "Sở Nội vụ"}, {6, "Sở Tài chính"}, {7, "Sở Tư pháp"}}
	if len(tasks) != len(want) {
		t.Fatalf("got %d tasks, want %d: %+v", len(tasks), len(want), tasks)
	}
	for i, w := range want {
		if tasks[i].Source.Line != w.line || len(tasks[i].Lead) != 1 || tasks[i].Lead[0] != w.lead {
			t.Errorf("task %d: line %d lead %q, want line %d lead %q", i, tasks[i].Source.Line, tasks[i].Lead, w.line, w.lead)
		}
	}
}

// TestSignerColonLine checks the signer of a site's metadata line that
// holds several "label: value" pairs.
func TestSignerColonLine(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"Nơi ban hành: Thành phố Đà Nẵng Người ký: Lê Trung Chinh", "Lê Trung Chinh"},
		{"| Người ký | Trần Thanh Nhàn |", "Trần Thanh Nhàn"},
		{"Người ký: | Nguyễn Văn A |", ""},
	} {
		p := newPage([]string{"ỦY BAN NHÂN DÂN", tc.line, "KẾ HOẠCH"})
		if got, _ := signerOf(p); got != tc.want {
			t.Errorf("signerOf(%q) = %q, want %q", tc.line, got, tc.want)
		}
	}
}

// TestAssignmentPartnersDeadline checks the partners and the deadline an
// assignment sentence states.
func TestAssignmentPartnersDeadline(t *testing.T) {
	for _, tc := range []struct {
		sentence, partners, deadline string
	}{
		{"Giao Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và Văn phòng UBND tỉnh triển khai, hoàn thành trước ngày 30/6/2026.",
			"Sở Tư pháp|Văn phòng UBND tỉnh", "trước ngày 30/6/2026"},
		{"Giao Sở Tài chính chủ trì bố trí kinh phí thực hiện.", "", ""},
	} {
		task, ok := assignment(tc.sentence, newTaskMemo(2026), 2026)
		if !ok {
			t.Errorf("assignment(%q): none", tc.sentence)
			continue
		}
		if got := strings.Join(task.Partners, "|"); got != tc.partners {
			t.Errorf("assignment(%q): partners %q, want %q", tc.sentence, got, tc.partners)
		}
		if task.Deadline.Text != tc.deadline {
			t.Errorf("assignment(%q): deadline %q, want %q", tc.sentence, task.Deadline.Text, tc.deadline)
		}
	}
}

// TestProseTaskFields checks task lists written as numbered prose items
// with their own lines for the lead agency, partners, timing and product.
func TestProseTaskFields(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
	type want struct {
		line                       int
		lead, partners, deadline   string
		product, section, taskHead string
	}
	for _, tc := range []struct {
		name, body string
		want       []want
	}{
		{"field lines under numbered items",
			"II. NHIỆM VỤ\n1. Cải cách thể chế\n" +
				"a) Rà soát văn bản quy phạm pháp luật của tỉnh.\n" +
				"- Cơ quan chủ trì: Sở Tư pháp.\n- Cơ quan phối hợp: Văn phòng UBND tỉnh, Sở Nội vụ.\n- Thời gian: Quý II/2026.\n- Sản phẩm: Báo cáo rà soát.\n" +
				"b) Kiểm tra việc thi hành pháp luật.\n" +
				"Cơ quan chủ trì: Sở Nội vụ\nThời gian thực hiện: Tháng 10/2026\n",
			[]want{
				{7, "Sở Tư pháp", "Văn phòng UBND tỉnh|Sở Nội vụ", "Quý II/2026", "Báo cáo rà soát", "1. Cải cách thể chế", "Rà soát văn bản"},
				{12, "Sở Nội vụ", "", "Tháng 10/2026", "", "1. Cải cách thể chế", "Kiểm tra việc thi hành"},
			}},
		{"a wrapped item keeps its field lines",
			"II. NHIỆM VỤ, GIẢI PHÁP\n1. Hiện đại hóa hành chính\n" +
				"Triển khai nền tảng số dùng chung của tỉnh cho các cơ quan\nhành chính nhà nước\n" +
				"Đơn vị chủ trì: Sở Khoa học và Công nghệ\nThời hạn: Năm 2026\n",
			[]want{{7, "Sở Khoa học và Công nghệ", "", "Năm 2026", "", "1. Hiện đại hóa hành chính", "Triển khai nền tảng số dùng chung của tỉnh cho các cơ quan hành chính"}}},
		{"other provinces' field names",
			"III. NHIỆM VỤ CỤ THỂ\n1. Cải cách tổ chức bộ máy\n" +
				"1.1. Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn.\n" +
				"- Cơ quan thực hiện: Sở Nội vụ.\n- Thời hạn hoàn thành: Quý III/2026.\n- Kết quả/Sản phẩm: Báo cáo.\n" +
				"1.2. Sắp xếp các đơn vị sự nghiệp công lập.\n" +
				"+ Đơn vị thực hiện: Sở Nội vụ; các sở, ngành.\n+ Tiến độ: Tháng 6/2026.\n" +
				"1.3. Kiểm tra công tác tổ chức cán bộ.\n" +
				"Trách nhiệm thực hiện: Sở Nội vụ\nThời gian dự kiến hoàn thành: Quý IV/2026\nKết quả dự kiến: Kết luận kiểm tra\n",
			[]want{
				{7, "Sở Nội vụ", "", "Quý III/2026", "Báo cáo", "1. Cải cách tổ chức bộ máy", "Rà soát chức năng"},
				{11, "Sở Nội vụ|Các sở, ngành", "", "Tháng 6/2026", "", "1. Cải cách tổ chức bộ máy", "Sắp xếp các đơn vị"},
				{14, "Sở Nội vụ", "", "Quý IV/2026", "Kết luận kiểm tra", "1. Cải cách tổ chức bộ máy", "Kiểm tra công tác"},
			}},
	} {
		d, err := Parse(strings.NewReader(head+tc.body), "prose.txt", nil)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if len(d.Tasks) != len(tc.want) {
			t.Errorf("%s: %d tasks, want %d: %+v", tc.name, len(d.Tasks), len(tc.want), d.Tasks)
			continue
		}
		for i, w := range tc.want {
			g := d.Tasks[i]
			got := want{g.Source.Line, strings.Join(g.Lead, "|"), strings.Join(g.Partners, "|"), g.Deadline.Text, g.Product, g.Section, ""}
			w2 := w
			w2.taskHead = ""
			if got != w2 || !strings.HasPrefix(g.Task, w.taskHead) {
				t.Errorf("%s: task %d = %+v %q, want %+v", tc.name, i, got, g.Task, w)
			}
		}
	}
}

// TestTowardYearPlans checks that a plan titled "… đến năm 2025" issued
// before 2025 is a plan for several years (no single year), and one
// issued in that year is for that year.
func TestTowardYearPlans(t *testing.T) {
	for _, tc := range []struct {
		date string
		year int
	}{
		{"Tây Ninh, ngày 14 tháng 11 năm 2023", 0},
		{"Tây Ninh, ngày 10 tháng 01 năm 2025", 2025},
	} {
		text := "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\nSố: 3688/KH-UBND\n" + tc.date +
			"\nKẾ HOẠCH\nNÂNG CAO TỶ LỆ SỬ DỤNG DỊCH VỤ CÔNG TRỰC TUYẾN TỈNH TÂY NINH ĐẾN NĂM 2025\nI. MỤC TIÊU\n"
		d, err := Parse(strings.NewReader(text), "plan.txt", nil)
		if err != nil {
			t.Fatal(err)
		}
		if d.Plan.Year != tc.year {
			t.Errorf("%s: year %d, want %d", tc.date, d.Plan.Year, tc.year)
		}
	}
}

// proseRoles returns the roles of n lines of prose, as the task readers
// of a text without sections see them.
func proseRoles(n int) []string {
	roles := make([]string, n)
	for i := range roles {
		roles[i] = roleProse
	}
	return roles
}

// TestListItemAssignsOwnDuty checks that an item under a lead-in that
// names who speaks ("Phó Chủ tịch UBND tỉnh … có ý kiến chỉ đạo như
// sau:") and that opens by assigning its duty ("Giao các sở …") is led by
// the bodies it assigns.
func TestListItemAssignsOwnDuty(t *testing.T) {
	text := "Rà soát hoạt động của Trung tâm phục vụ hành chính công\n\nPhó Chủ tịch UBND tỉnh Lê Quang Hùng có ý kiến chỉ đạo như sau:\n\n" +
		"Giao các sở, ban, ngành cấp tỉnh, UBND các xã, phường khẩn trương kiểm tra, rà soát các tồn tại.\n"
	checkTasks(t, parseText(t, text), []taskSummary{{5, "", []string{"Các sở, ban, ngành cấp tỉnh", "UBND các xã, phường"}}})
}

// TestRankReportedIsNoDuty: a body that "tiếp tục" leads a ranking ("Văn
// phòng UBND tỉnh và TP Thanh Hóa tiếp tục dẫn đầu xếp hạng DTI năm
// 2024") is reported on, given no duty; "tiếp tục" before a duty's verb
// still gives one.
func TestRankReportedIsNoDuty(t *testing.T) {
	const opening = "(Baothanhhoa.vn) - UBND tỉnh Thanh Hóa vừa công bố kết quả xếp hạng mức độ chuyển đổi số (DTI) của các sở, ban, ngành năm 2024. "
	for _, tc := range []struct {
		name, sentence string
		want           int
	}{
		{"a rank", "Theo đó, Văn phòng UBND tỉnh và TP Thanh Hóa tiếp tục dẫn đầu xếp hạng DTI năm 2024.", 0},
		{"a duty", "Theo đó, Văn phòng UBND tỉnh tiếp tục rà soát quy trình nội bộ.", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := len(parseText(t, opening+tc.sentence+"\n").Tasks); got != tc.want {
				t.Errorf("%d tasks, want %d", got, tc.want)
			}
		})
	}
}
