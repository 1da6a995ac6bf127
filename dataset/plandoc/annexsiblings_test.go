package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// Sibling rows of an annex often share their lead, partner, time and
// product cells word for word; printed one cell a line, those cells make
// runs of equal lines as long as a doubled page's. Only a row repeated
// whole is a row printed twice: siblings must all be read, and a table
// printed twice must give its tasks once.

// siblingSpec is an annex of sibling rows sharing their long cells.
var siblingSpec = annexSpec{
	name:   "siblings sharing their agencies, time and product",
	header: []string{"STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"},
	rows: [][]string{
		{"I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", ""},
		{"1", "Rà soát thủ tục hành chính lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường, Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh, Sở Tư pháp, UBND các xã, phường, đặc khu trên địa bàn tỉnh", "Quý II/2026", "Báo cáo kết quả rà soát, phương án đơn giản hóa thủ tục hành chính trình UBND tỉnh; quyết định công bố danh mục thủ tục hành chính được sửa đổi, bổ sung"},
		{"2", "Rà soát thủ tục hành chính lĩnh vực môi trường", "Sở Nông nghiệp và Môi trường, Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh, Sở Tư pháp, UBND các xã, phường, đặc khu trên địa bàn tỉnh", "Quý II/2026", "Báo cáo kết quả rà soát, phương án đơn giản hóa thủ tục hành chính trình UBND tỉnh; quyết định công bố danh mục thủ tục hành chính được sửa đổi, bổ sung"},
		{"3", "Rà soát thủ tục hành chính lĩnh vực tài nguyên nước", "Sở Nông nghiệp và Môi trường, Trung tâm Phục vụ hành chính công tỉnh", "Văn phòng UBND tỉnh, Sở Tư pháp, UBND các xã, phường, đặc khu trên địa bàn tỉnh", "Quý II/2026", "Báo cáo kết quả rà soát, phương án đơn giản hóa thủ tục hành chính trình UBND tỉnh; quyết định công bố danh mục thủ tục hành chính được sửa đổi, bổ sung"},
	},
}

// TestAnnexSiblings parses sibling rows in every layout through Parse
// (doubled pages looked for first) and wants every sibling; the same
// table printed twice gives its tasks once.
func TestAnnexSiblings(t *testing.T) {
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
	head := []string{"ỦY BAN NHÂN DÂN", "TỈNH LÀO CAI", "Số: 45/KH-UBND", "KẾ HOẠCH", "Cải cách hành chính năm 2026", ""}
	for _, r := range renders {
		for _, twice := range []bool{false, true} {
			name := r.name
			if twice {
				name += "/printed twice"
			}
			t.Run(name, func(t *testing.T) {
				lines, _ := r.fn(siblingSpec.header, siblingSpec.rows)
				if twice {
					lines = append(lines, lines[len(layoutTitle):]...)
				}
				text := strings.Join(append(append([]string{}, head...), lines...), "\n")
				d, err := Parse(strings.NewReader(text), "siblings.txt", indicators.Default())
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, tk := range d.Tasks {
					got = append(got, tk.Code+" "+tk.Task+" | "+strings.Join(tk.Lead, "; ")+" | "+tk.Deadline.Text)
				}
				want := []string{
					"1 Rà soát thủ tục hành chính lĩnh vực đất đai | Sở Nông nghiệp và Môi trường; Trung tâm Phục vụ hành chính công tỉnh | Quý II/2026",
					"2 Rà soát thủ tục hành chính lĩnh vực môi trường | Sở Nông nghiệp và Môi trường; Trung tâm Phục vụ hành chính công tỉnh | Quý II/2026",
					"3 Rà soát thủ tục hành chính lĩnh vực tài nguyên nước | Sở Nông nghiệp và Môi trường; Trung tâm Phục vụ hành chính công tỉnh | Quý II/2026",
				}
				if strings.Join(got, "\n") != strings.Join(want, "\n") {
					t.Errorf("tasks:\n%s\nwant:\n%s\n---\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"), numbered(strings.Split(text, "\n")))
				}
			})
		}
	}
}

// TestAnnexIdenticalSiblings reads a table where two rows under different
// tasks are the same word for word (a dashed "report quarterly" row): a
// lone repeated row is a sibling, not a page printed twice, and is kept.
func TestAnnexIdenticalSiblings(t *testing.T) {
	spec := annexSpec{
		header: []string{"STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"},
		rows: [][]string{
			{"1", "Đơn giản hóa thủ tục hành chính lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh", "Quý II/2026", "Phương án"},
			{"-", "Báo cáo kết quả thực hiện", "Sở Nội vụ", "Các sở, ngành", "Hằng quý", "Báo cáo"},
			{"2", "Đơn giản hóa thủ tục hành chính lĩnh vực xây dựng", "Sở Xây dựng", "Văn phòng UBND tỉnh", "Quý III/2026", "Phương án"},
			{"-", "Báo cáo kết quả thực hiện", "Sở Nội vụ", "Các sở, ngành", "Hằng quý", "Báo cáo"},
		},
	}
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
	for _, r := range renders {
		t.Run(r.name, func(t *testing.T) {
			lines, at := r.fn(spec.header, spec.rows)
			tasks, fs := extractTasks(lines, 2026)
			if len(tasks) != 4 {
				t.Fatalf("%d tasks, want 4 (findings %+v)\n%s", len(tasks), fs, numbered(lines))
			}
			for i, tk := range tasks {
				if !nearLine(tk.Source.Line, at[i], false) || tk.Task != spec.rows[i][1] {
					t.Errorf("task %d = line %d %q, want line %d %q", i, tk.Source.Line, tk.Task, at[i], spec.rows[i][1])
				}
			}
		})
	}
}
