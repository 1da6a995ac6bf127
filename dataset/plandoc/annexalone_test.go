package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestAnnexWithoutDecision parses an annex that comes without the plan it
// belongs to: its title names the plan in brackets ("Ban hành kèm theo Kế
// hoạch số … của UBND tỉnh …"); its table must still give the tasks, in
// every layout.
func TestAnnexWithoutDecision(t *testing.T) {
	titles := [][]string{
		{"PHỤ LỤC I", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026", "(Ban hành kèm theo Kế hoạch số 123/KH-UBND ngày 12/01/2026 của UBND tỉnh Quảng Trị)"},
		{"Phụ lục", "(Kèm theo Kế hoạch số 08/KH-UBND ngày 05 tháng 01 năm 2026", "của Ủy ban nhân dân thành phố Cần Thơ)"},
		{"PHỤ LỤC: KẾ HOẠCH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH", "(Ban hành kèm theo Quyết định số 2750/QĐ-UBND ngày 30/12/2025 của Chủ tịch UBND tỉnh Tuyên Quang)"},
	}
	spec := annexSpecs[0]
	want := tabTasks(t, spec)
	type render struct {
		name string
		fn   func([]string, [][]string) ([]string, []int)
	}
	var renders []render
	for _, l := range annexLayouts {
		renders = append(renders, render{l.name, l.render})
	}
	for _, st := range streamStyles {
		renders = append(renders, render{st.name, st.render})
	}
	for _, title := range titles {
		for _, r := range renders {
			t.Run(r.name+"/"+title[0], func(t *testing.T) {
				lines, at := r.fn(spec.header, spec.rows)
				body := append(append([]string{}, title...), lines[len(layoutTitle):]...)
				shift := len(title) - len(layoutTitle)
				for i := range at {
					if at[i] != 0 {
						at[i] += shift
					}
				}
				d, err := Parse(strings.NewReader(strings.Join(body, "\n")), "phu-luc.txt", indicators.Default())
				if err != nil {
					t.Fatal(err)
				}
				compareTasks(t, d.Tasks, want, at, firstEmptyCells(spec.rows), body)
			})
		}
	}
}
