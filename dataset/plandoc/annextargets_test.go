package plandoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestAnnexTargets checks annex tables of targets printed one cell per
// line: the year from the annex title, "≥" split from its number, the
// value column named like the subject column, the role annex, the line
// of the value cell, a bare figure ("80") as the planned value itself,
// and no complaint about an annex without tasks.
func TestAnnexTargets(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN\nSố: 12/KH-UBND\nKẾ HOẠCH\nCải cách hành chính\n"
	cellTable := "|\nTT |\nChỉ tiêu |\nĐơn vị tính |\nChỉ tiêu |\n" +
		"|\n1 |\nTỷ lệ hồ sơ giải quyết đúng hạn |\n% |\n≥ 98 |\n" +
		"|\n2 |\nTỷ lệ hồ sơ nộp trực tuyến toàn trình |\n% |\n80 |\n" +
		"|\n3 |\nTỷ lệ thủ tục hành chính được cắt giảm thời gian |\n% |\n≥\n30 |\n"
	tabTable := "STT\tNội dung\tĐơn vị tính\tKế hoạch\n1\tTỷ lệ hồ sơ giải quyết đúng hạn\t%\t≥ 98\n"
	type want struct {
		line  int
		cmp   string
		value float64
		year  int
	}
	for _, tc := range []struct {
		name, text string
		want       []want
		tasksToo   bool // the annex is named for tasks as well
	}{
		{"cells, year in the title", head + "PHỤ LỤC\nCHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026\n(Kèm theo Kế hoạch số 12/KH-UBND)\n" + cellTable,
			[]want{{17, ">=", 98, 2026}, {22, "=", 80, 2026}, {27, ">=", 30, 2026}}, false},
		{"tab rows, title over two lines", head + "PHỤ LỤC I\nCÁC CHỈ TIÊU CỤ THỂ\nNĂM 2027\n" + tabTable,
			[]want{{9, ">=", 98, 2027}}, false},
		{"annex of tasks and targets", head + "PHỤ LỤC\nNHIỆM VỤ VÀ CHỈ TIÊU NĂM 2026\n" + cellTable,
			[]want{{16, ">=", 98, 2026}, {21, "=", 80, 2026}, {26, ">=", 30, 2026}}, true},
		{"annex of tasks only", head + "PHỤ LỤC\nNHIỆM VỤ NĂM 2026\n" + cellTable, nil, true},
	} {
		d, err := Parse(strings.NewReader(tc.text), "annex.txt", indicators.Default())
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var got []want
		for _, g := range d.Targets {
			if g.Role == roleAnnex {
				got = append(got, want{g.Source.Line, g.Comparator, g.Value, g.Year})
			}
		}
		if len(got) != len(tc.want) {
			t.Errorf("%s: annex targets %+v, want %+v", tc.name, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: target %d = %+v, want %+v", tc.name, i, got[i], tc.want[i])
			}
		}
		for _, f := range d.Findings {
			if f.Kind == "annex_unreadable" && !tc.tasksToo {
				t.Errorf("%s: %s", tc.name, f.Text)
			}
		}
	}
}

// TestAnnexMarkdownTable: an annex of targets written as a markdown table
// ("| 1 | … | % | ≥ 98 |" under a "|---|" rule) gives one target per row,
// with a range, a rank and a count, and nothing read twice by the reader
// of prose; the rule is no row; a year in the value column's name is the
// year of its values.
func TestAnnexMarkdownTable(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nSố: 15/KH-UBND\nKẾ HOẠCH\nCải cách hành chính năm 2026\nI. NHIỆM VỤ\n1. Tổ chức thực hiện.\n"
	for _, tc := range []struct {
		name, table string
		want        []string
	}{
		{"unit column", "PHỤ LỤC\nCHỈ TIÊU CẢI CÁCH HÀNH CHÍNH NĂM 2026\n| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 |\n|---|---|---|---|\n" +
			"| 1 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | ≥ 98 |\n| 2 | Tỷ lệ thanh toán trực tuyến | % | 50 - 60 |\n" +
			"| 3 | Chỉ số PAR INDEX | Thứ hạng | Top 10 |\n| 4 | Số cuộc đối thoại | Cuộc | 02 |\n",
			[]string{"11 >= 98 percent 2026", "12 >= 50-60 percent 2026", "13 <= 10 rank 2026", "14 = 2 count 2026"}},
		{"percent in the cells, aligned rule, year in the value column", "PHỤ LỤC\nCÁC CHỈ TIÊU CỤ THỂ\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2026)\n| STT | Nội dung chỉ tiêu | Chỉ tiêu năm 2027 |\n|:--:|:---|---:|\n" +
			"| 1 | Tỷ lệ hồ sơ nộp trực tuyến toàn trình | ≥ 80% |\n| 2 | Tỷ lệ số hóa kết quả giải quyết TTHC | 100% |\n",
			[]string{"12 >= 80 percent 2027", "13 = 100 percent 2027"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, head+tc.table)
			var got []string
			for _, g := range d.Targets {
				got = append(got, fmt.Sprintf("%d %s", g.Source.Line, brief(g)))
				if g.Role != roleAnnex {
					t.Errorf("target %s: role %s, want annex", brief(g), g.Role)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
			for _, f := range d.Findings {
				if f.Kind == "target_without_number" {
					t.Errorf("finding %s", f.Text)
				}
			}
		})
	}
}

// TestAnnexOfTargetsInCells: an annex of targets whose cells stand
// between lines of a single "|" (no header the table reader knows) is read
// as text: every value is a target (no cue word needed, "chiếm 30%" too),
// with the year of the annex title.
func TestAnnexOfTargetsInCells(t *testing.T) {
	head := "ỦY BAN NHÂN DÂN TỈNH BẮC NINH\nSố: 144/KH-UBND\nKẾ HOẠCH\nPhát triển kinh tế số\n"
	for _, tc := range []struct{ title, want string }{
		{"**PHỤ LỤC**\n\nCÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ SỐ\nĐẾN NĂM 2030\n", "2030"},
		{"PHỤ LỤC I\nPHÂN CÔNG THỰC HIỆN CHỈ TIÊU NĂM 2027\n", "2027"},
	} {
		text := head + tc.title + "\n|\n**TT**\n|\n**Chỉ tiêu**\n|\n**Chủ trì**\n|\n1\n|\nKinh tế số chiếm 30% GRDP tỉnh.\n|\nSở Tài chính\n|\n" +
			"2\n|\nTỷ lệ doanh nghiệp ứng dụng công nghệ số đạt 60%\n|\nSở Khoa học và Công nghệ\n|\n"
		d := parseText(t, text)
		want := []string{"= 30 percent " + tc.want, ">= 60 percent " + tc.want}
		if got := briefs(d.Targets); !slices.Equal(got, want) {
			t.Errorf("%q: targets %q, want %q", tc.title, got, want)
		}
		for _, g := range d.Targets {
			if g.Role != roleAnnex {
				t.Errorf("%s: role %s, want annex", brief(g), g.Role)
			}
		}
	}
}
