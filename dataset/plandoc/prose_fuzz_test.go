package plandoc

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/indicators"
)

// FuzzAnnexTargets checks that no annex of targets makes the parser
// panic and that its targets stand on lines of the input with the role
// annex. Seeds: annex tables printed one cell per line and as tab rows.
func FuzzAnnexTargets(f *testing.F) {
	f.Add("PHỤ LỤC\nCHỈ TIÊU NĂM 2026\n|\nTT |\nChỉ tiêu |\nĐơn vị tính |\nChỉ tiêu |\n|\n1 |\nTỷ lệ hồ sơ đúng hạn |\n% |\n≥\n98 |\n")
	f.Add("PHỤ LỤC I\nCÁC CHỈ TIÊU\nNĂM 2027\nSTT\tNội dung\tĐơn vị tính\tKế hoạch\n1\tTỷ lệ hồ sơ trực tuyến\t%\t≥ 80\n")
	f.Add("PHỤ LỤC\nCHỈ TIÊU\n|\n|\n|\n1 |\n|\nPHỤ LỤC\nCHỈ TIÊU NĂM 20\n")
	f.Fuzz(func(t *testing.T, annex string) {
		if !utf8.ValidString(annex) {
			return
		}
		text := "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nKẾ HOẠCH\n" + annex
		d, err := Parse(strings.NewReader(text), "annex.txt", indicators.Default())
		if err != nil {
			return // a text the reader refuses (binary, empty) is not this test's concern
		}
		n := strings.Count(text, "\n") + 1
		for _, tg := range d.Targets {
			if tg.Source.Line < 1 || tg.Source.Line > n {
				t.Fatalf("target on line %d of %d: %+v", tg.Source.Line, n, tg)
			}
		}
	})
}

// FuzzAssignment checks that no sentence makes the assignment reader, the
// readers of listed duties, the prose deadline or the past-tense test
// panic, and that an assignment's task is the end of
// its sentence (the duty, without who assigns it).
func FuzzAssignment(f *testing.F) {
	f.Add("Giao Giám đốc Sở Nội vụ hướng dẫn, theo dõi việc thực hiện Quyết định này.", 3)
	f.Add("Theo Công văn số 3109/BTTTT ngày 01/8/2023 của Bộ yêu cầu UBND cấp tỉnh rà soát.", 10)
	f.Add("Tỉnh đã phát động thi đua; phấn đấu năm 2025 GRDP đạt từ 8% trở lên.", 60)
	f.Add("yêu cầu phải ", 0)
	f.Add("Theo đó, các bộ, cơ quan, địa phương: (i) Tiếp tục; (ii) Hoàn thành trong quý II/2026.", 20)
	f.Add("**II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP\nTRONG THỜI GIAN TỚI**\n1. Rà soát\nquy hoạch.\n2. Đẩy mạnh", 5)
	f.Add("Giao Sở Nội vụ:\n- Chủ trì, phối hợp Sở Tài chính\n- Tổng hợp trước ngày 31/12/2026", 1)
	f.Fuzz(func(t *testing.T, sentence string, pos int) {
		if !utf8.ValidString(sentence) {
			return
		}
		rs := []rune(sentence)
		if pos < 0 || pos > len(rs) {
			pos = len(rs) / 2
		}
		_ = pastMarked(rs, pos)
		task, ok := assignment(sentence, newTaskMemo(2026), 2026)
		if ok && (task.Task == "" || !strings.HasSuffix(strings.TrimSpace(sentence), task.Task)) {
			t.Fatalf("task %q of sentence %q", task.Task, sentence)
		}
		p := newPage(strings.Split(sentence, "\n"))
		roles := proseRoles(len(p.lines))
		_ = proseDeadline(sentence, 2026)
		for _, tk := range append(assignedTasks(p, roles, 2026), listedTasks(p, roles, 2026)...) {
			if tk.Source.Line < 1 || tk.Source.Line > len(p.lines) {
				t.Fatalf("task on line %d of %d", tk.Source.Line, len(p.lines))
			}
		}
	})
}
