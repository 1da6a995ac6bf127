package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

func pageOf(text string) *page { return newPage(strings.Split(text, "\n")) }

// The task extractor reports missing annexes and count mismatches itself;
// these checks are the fallback Parse uses when it does not.
func TestAnnexFindings(t *testing.T) {
	missing := annexFindings(pageOf("KẾ HOẠCH\n(Nhiệm vụ cụ thể tại Phụ lục đính kèm).\nIII. TỔ CHỨC THỰC HIỆN"), 3)
	if len(missing) != 1 || missing[0].Kind != "missing_annex" || missing[0].Lines[0] != 2 {
		t.Errorf("missing annex: %+v", missing)
	}
	present := annexFindings(pageOf("KẾ HOẠCH\n3. Nhiệm vụ trọng tâm: (Có Phụ lục kèm theo)\nx\nx\nPHỤ LỤC\nKHUNG NHIỆM VỤ"), 14)
	if len(present) != 0 {
		t.Errorf("annex present: %+v", present)
	}
	if none := annexFindings(pageOf("KẾ HOẠCH\nkhông nhắc tới"), 0); len(none) != 0 {
		t.Errorf("no reference: %+v", none)
	}
}

func TestCountFindings(t *testing.T) {
	tasks := func(objectives ...string) []dataset.Task {
		var ts []dataset.Task
		for _, o := range objectives {
			ts = append(ts, dataset.Task{Objective: o})
		}
		return ts
	}
	p := pageOf("x\nDanh sách này có 03 nội dung chính và 04 nhiệm vụ cụ thể./.")
	if fs := countFindings(p, tasks("a", "a", "b", "c")); len(fs) != 0 {
		t.Errorf("agreeing totals: %+v", fs)
	}
	fs := countFindings(p, tasks("a", "b", "b"))
	if len(fs) != 2 || fs[0].Lines[0] != 2 || !strings.Contains(fs[0].Message, "3 contents") || !strings.Contains(fs[1].Message, "4 tasks") {
		t.Errorf("disagreeing totals: %+v", fs)
	}
	if fs := countFindings(pageOf("Phụ lục gồm 5 nhiệm vụ"), tasks("a")); len(fs) != 1 {
		t.Errorf("task total: %+v", fs)
	}
}

func TestDuplicatePages(t *testing.T) {
	long := strings.Repeat("Nội dung dài của một trang văn bản được lặp lại khi chuyển đổi tệp. ", 2)
	block := []string{"ỦY BAN NHÂN DÂN", long + "1", long + "2", long + "3", long + "4"}
	lines := append(append(append([]string{"đầu"}, block...), "giữa"), block...)
	p := newPage(lines)
	if len(p.dups) != 1 || p.dups[0].first != 7 || p.dups[0].origFirst != 1 {
		t.Fatalf("dups %+v, want lines 8-12 repeating 2-6", p.dups)
	}
	tl := p.taskLines()
	if tl[7] != "" || tl[1] == "" || len(tl) != len(lines) {
		t.Error("taskLines should blank the repeat and keep the original and the line count")
	}
	// Short cells that repeat (annex tables) are not pages.
	cells := []string{"Sở Nội vụ |", "Các cơ quan, đơn vị |", "Năm 2025 |", "Theo dự toán được cấp |", "|"}
	p = newPage(append(append(append([]string{}, cells...), "x"), cells...))
	if len(p.dups) != 0 {
		t.Errorf("repeated short cells taken for a doubled page: %+v", p.dups)
	}
}

// TestStartsWithUnit compares startsWithUnit with the folding and word
// split it stands for, on every tail of the seed lines cut to 40 bytes.
func TestStartsWithUnit(t *testing.T) {
	in := []string{"", " ", "người", "Người dân", "biên chế", "tin, bài", "tin bài viết", "lượt truy cập", "x\xff", "đơn vị",
		"01 ngư\xe1", "ban\u00a0hành", "ÀN", "Ð ơn", "2 3 lần"}
	for _, name := range seeds {
		for _, l := range seedLines(t, name[:3]) {
			for i := 0; i < len(l); i++ {
				if i == 0 || l[i-1] == ' ' {
					in = append(in, l[i:min(len(l), i+40)])
				}
			}
		}
	}
	for _, s := range in {
		next := wordsOf(asciiFold([]rune(s)), 2) + " "
		want := false
		for _, u := range tgUnits {
			if strings.HasPrefix(next, u.noun+" ") {
				want = true
			}
		}
		if got := startsWithUnit(s); got != want {
			t.Errorf("startsWithUnit(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNoTargetsSectionSaysWhereTargetsCameFrom covers the finding of a
// text without a targets section: it says how many targets were read
// from the rest of the text, or that none were.
func TestNoTargetsSectionSaysWhereTargetsCameFrom(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"targets in prose",
			"Theo kế hoạch, năm 2026 tỉnh phấn đấu tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; 100% hồ sơ được số hóa khi tiếp nhận.\n",
			"no targets section (chỉ tiêu) found; the 2 targets were read from the rest of the document (each target's role says where)"},
		// negative
		{"no targets at all",
			"Sở Nội vụ tổ chức hội nghị triển khai công tác cải cách hành chính.\n",
			"no targets section (chỉ tiêu) found; no quantitative targets extracted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, tc.text)
			var got []string
			for _, f := range d.Findings {
				if f.Kind == "no_targets_section" {
					got = append(got, f.Text.String())
				}
			}
			if len(got) != 1 || got[0] != tc.want {
				t.Errorf("no_targets_section findings = %q, want [%q]", got, tc.want)
			}
		})
	}
}
