package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// closedStream renders a table as converters of DOCX tables print it: a
// lone "|" before every cell and after a row's last one, so that two
// pipes stand between rows; cells in bold when bold, a section row as
// one merged cell. It returns the lines and the line (1-based, from the
// first line of lines) of each row's first cell.
func closedStream(header []string, rows [][]string, bold bool) ([]string, []int) {
	var lines []string
	var at []int
	add := func(cells []string, b bool) int {
		first := 0
		for _, c := range cells {
			lines = append(lines, "|")
			if first == 0 {
				first = len(lines) + 1
			}
			if c == "" {
				continue
			}
			if b {
				c = "**" + c + "**"
			}
			lines = append(lines, strings.Split(c, "\n")...)
		}
		lines = append(lines, "|")
		return first
	}
	add(header, bold)
	for _, r := range rows {
		at = append(at, add(r, bold && len(r) == 1))
	}
	return lines, at
}

// TestAnnexOfTargetsHoldsNoTasks reads tables of targets (a "Chỉ tiêu"
// column with its unit and result, an agency that monitors it) in every
// layout: they hold no tasks, whatever the lead column is called.
// Tables whose contents column also names tasks ("Nội dung, chỉ tiêu",
// "Nhiệm vụ") are task tables still.
func TestAnnexOfTargetsHoldsNoTasks(t *testing.T) {
	rows := [][]string{
		{"1", "Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình", "%", "80%", "Sở Khoa học và Công nghệ"},
		{"2", "Tỷ lệ người dân hài lòng khi giải quyết thủ tục hành chính", "%", "95%", "Sở Nội vụ"},
		{"3", "Số dịch vụ công tích hợp lên Cổng Dịch vụ công quốc gia", "Dịch vụ", "120", "Văn phòng UBND tỉnh"},
	}
	for _, hdr := range [][]string{
		{"TT", "Chỉ tiêu", "Đơn vị", "Kết quả", "Cơ quan chủ trì theo dõi, đánh giá"},
		{"STT", "Tên chỉ tiêu", "Đơn vị tính", "Kết quả đến năm 2027", "Cơ quan chủ trì"},
		{"TT", "Các chỉ tiêu cụ thể", "ĐVT", "Mục tiêu", "Đơn vị chủ trì thực hiện"},
	} {
		for _, lay := range annexLayouts {
			t.Run(lay.name+"/"+hdr[1], func(t *testing.T) {
				lines, _ := lay.render(hdr, rows)
				if tasks, _ := extractTasks(lines, 2027); len(tasks) != 0 {
					t.Errorf("%d tasks from a table of targets, want none: %+v", len(tasks), tasks)
				}
			})
		}
		t.Run("closed stream/"+hdr[1], func(t *testing.T) {
			lines, _ := closedStream(hdr, rows, true)
			lines = append([]string{"**PHỤ LỤC I**", "DANH MỤC CÁC CHỈ TIÊU CỤ THỂ"}, lines...)
			if tasks, _ := extractTasks(lines, 2027); len(tasks) != 0 {
				t.Errorf("%d tasks from a table of targets, want none: %+v", len(tasks), tasks)
			}
		})
	}
	for _, h := range []string{"Nội dung, chỉ tiêu", "Nhiệm vụ, chỉ tiêu", "Mục tiêu, chỉ tiêu"} {
		t.Run("tasks/"+h, func(t *testing.T) {
			hdr := []string{"TT", h, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"}
			lines, _ := annexLayouts[0].render(hdr, [][]string{
				{"1", "Rà soát, đơn giản hóa thủ tục hành chính", "Sở Tư pháp", "Các sở, ngành", "Quý III/2027"},
				{"2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Nội vụ", "UBND cấp xã", "Năm 2027"},
			})
			if tasks, _ := extractTasks(lines, 2027); len(tasks) != 2 {
				t.Errorf("%d tasks, want 2", len(tasks))
			}
		})
	}
}

// TestClosedStreamSections reads task tables printed as closed pipe
// streams whose section rows are one merged cell ("I. NÂNG CAO NHẬN
// THỨC", "II - Cải cách thể chế"), after another table (a signature
// block) and an annex heading: every numbered row is a task of its
// section, and no section row is a task.
func TestClosedStreamSections(t *testing.T) {
	signature := []string{"|", "**TM. ỦY BAN", "NHÂN DÂN**", "KT. CHỦ TỊCH", "**PHÓ CHỦ TỊCH**", "**Nguyễn Văn An**", "|", "", ""}
	title := []string{"**PHỤ LỤC**", "", "DANH MỤC CÁC NHIỆM VỤ TRỌNG TÂM", "", "*(Kèm theo Kế hoạch số 120/KH-UBND ngày 05/3/2026 của UBND tỉnh)*", ""}
	tests := []struct {
		name     string
		header   []string
		sections []string
		sig      bool
	}{
		{"five columns, caps sections, after a signature", []string{"STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"},
			[]string{"I.\nNÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY", "II. HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH"}, true},
		{"four columns, mixed-case sections with a dash", []string{"TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian thực hiện"},
			[]string{"I - Cải cách thể chế", "II - Cải cách thủ tục hành chính"}, false},
		{"six columns, sections with a colon", []string{"STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian", "Sản phẩm"},
			[]string{"I: CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", "II: XÂY DỰNG CHÍNH QUYỀN SỐ"}, true},
	}
	leads := []string{"Sở Tư pháp", "Sở Nội vụ", "Sở Tài chính", "Văn phòng UBND tỉnh"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := len(tc.header)
			var rows [][]string
			no := 0
			for s, sec := range tc.sections {
				rows = append(rows, []string{sec})
				for k := 0; k < 2; k++ {
					no++
					r := []string{itoa(no), fmt.Sprintf("Triển khai nhiệm vụ số %d của\nlĩnh vực %d trên địa bàn tỉnh.", no, s+1), leads[(no-1)%len(leads)]}
					for len(r) < w-1 {
						r = append(r, "Các sở, ban, ngành; UBND các xã, phường")
					}
					r = append(r, "Quý IV/2026")
					rows = append(rows, r[:w])
				}
			}
			body, at := closedStream(tc.header, rows, false)
			var lines []string
			if tc.sig {
				lines = append(lines, "- Lưu: VT, KGVX.")
				lines = append(lines, signature...)
			}
			lines = append(lines, title...)
			off := len(lines)
			lines = append(lines, body...)
			tasks, _ := extractTasks(lines, 2026)
			var got []string
			for _, g := range tasks {
				got = append(got, fmt.Sprintf("%d %s %q %v %q", g.Source.Line, g.Code, g.Section, g.Lead, g.Task))
			}
			if len(tasks) != 4 {
				t.Fatalf("%d tasks, want 4:\n%s", len(tasks), strings.Join(got, "\n"))
			}
			k := 0
			for r, row := range rows {
				if len(row) == 1 {
					continue
				}
				g := tasks[k]
				k++
				sec := strings.Fields(strings.ReplaceAll(tc.sections[(k-1)/2], "\n", " "))[0]
				if g.Source.Line != off+at[r] || g.Code != row[0] || len(g.Lead) != 1 || g.Lead[0] != row[2] ||
					!strings.HasPrefix(g.Section, strings.TrimRight(sec, ".:-")+".") || strings.Contains(g.Task, "\n") {
					t.Errorf("task %d = %s; want line %d code %s lead %s section %s", k, got[k-1], off+at[r], row[0], row[2], sec)
				}
			}
		})
	}
}

// TestClosedStreamMergedCells reads closed pipe streams whose rows leave
// out their merged cells (a budget cell merged over three rows, a number
// cell merged with the row above's), in tables with other columns (the
// document that assigned the task, results, funding) and after a
// signature block closed by a pipe with "PHỤ LỤC" in capitals below it.
// A row without a number that names its own task and lead is a task that
// inherits the other cells from the row above (an inherited_row finding
// says so).
func TestClosedStreamMergedCells(t *testing.T) {
	type want struct {
		row           int
		code, lead    string
		partner, time string
	}
	tests := []struct {
		name      string
		header    []string
		rows      [][]string
		want      []want
		inherited []int
	}{
		{"seven columns, budget merged, an unnumbered row",
			[]string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian dự kiến hoàn thành", "Kết quả dự kiến", "Nguồn kinh phí"},
			[][]string{
				{"I", "Hoàn thiện thể chế về dữ liệu quy hoạch"},
				{"1", "Phối hợp rà soát, sửa đổi\nquy định về quy hoạch.", "Sở Xây dựng", "Các sở, ngành", "Quý IV/2026", "Quyết định", "Chi thường xuyên"},
				{"2", "Phối hợp xây dựng nội dung\nhướng dẫn chi tiết.", "Sở Xây dựng", "Các sở, ngành", "Năm 2026 - 2027", "Nghị định"},
				{"3", "Tham gia rà soát thủ tục hành chính.", "Sở Tư pháp", "Sở Xây dựng", "Quý II/2027", "Báo cáo"},
				{"II", "Xây dựng hạ tầng công nghệ thông tin"},
				{"1", "Xây dựng hạ tầng kỹ thuật\ncho cơ sở dữ liệu.", "Trung tâm Chuyển đổi số tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026", "Cổng thông tin", "Đầu tư công"},
				{"Xây dựng hạ tầng dự phòng\nđảm bảo sao lưu dữ liệu.", "Trung tâm Chuyển đổi số tỉnh"},
				{"2", "Đầu tư trang thiết bị hiện đại.", "Sở Tài chính", "Các sở, ngành", "Quý IV/2027", "Thiết bị"},
			},
			[]want{
				{1, "1", "Sở Xây dựng", "Các sở, ngành", "Quý IV/2026"},
				{2, "2", "Sở Xây dựng", "Các sở, ngành", "Năm 2026 - 2027"},
				{3, "3", "Sở Tư pháp", "Sở Xây dựng", "Quý II/2027"},
				{5, "1", "Trung tâm Chuyển đổi số tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026"},
				{6, "", "Trung tâm Chuyển đổi số tỉnh", "Sở Khoa học và Công nghệ", "Quý IV/2026"},
				{7, "2", "Sở Tài chính", "Các sở, ngành", "Quý IV/2027"},
			}, []int{6}},
		{"the document that assigned the task in its own column",
			[]string{"STT", "Nhiệm vụ", "Văn bản giao\nnhiệm vụ", "Cơ quan chủ trì\nthực hiện", "Thời hạn hoàn\nthành"},
			[][]string{
				{"1.", "Xây dựng Luật sửa đổi, bổ sung\nmột số luật về thuế.", "Nghị quyết số 12/NQ-CP", "Bộ Tài chính", "31/05/2026"},
				{"2.", "Rà soát các quy định pháp luật\nđể tháo gỡ điểm nghẽn.", "Thông báo số 07-TB/VPCP ngày 15/10/2025", "Các bộ, ngành", "30/06/2026"},
				{"3.", "Ban hành Nghị định về dữ liệu mở.", "Nghị quyết số 12/NQ-CP", "Bộ Công an", "31/12/2026"},
			},
			[]want{
				{0, "1", "Bộ Tài chính", "", "31/05/2026"},
				{1, "2", "Các bộ, ngành", "", "30/06/2026"},
				{2, "3", "Bộ Công an", "", "31/12/2026"},
			}, nil},
	}
	before := []string{"Nơi nhận:", "- Như trên;", "- Lưu: VT.", "|", "**KT. BỘ TRƯỞNG**", "Nguyễn Văn Bình", "|", "**PHỤ LỤC I**",
		"TỔNG HỢP CÁC NHIỆM VỤ", "*(Kèm theo Thông báo số 100/TB-VPCP ngày 16/11/2025)*"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, at := closedStream(tc.header, tc.rows, false)
			lines := append(append([]string{}, before...), body...)
			off := len(before)
			tasks, fs := extractTasks(lines, 2026)
			var got []string
			for _, g := range tasks {
				got = append(got, fmt.Sprintf("%d %q %v %v %q %q", g.Source.Line, g.Code, g.Lead, g.Partners, g.Deadline.Text, g.Task))
			}
			if len(tasks) != len(tc.want) {
				t.Fatalf("%d tasks, want %d:\n%s", len(tasks), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				g := tasks[i]
				okPartner := w.partner == "" && len(g.Partners) == 0 || len(g.Partners) > 0 && g.Partners[0] == w.partner
				if g.Source.Line != off+at[w.row] || strings.TrimSuffix(g.Code, ".") != w.code || len(g.Lead) != 1 || g.Lead[0] != w.lead ||
					!okPartner || g.Deadline.Text != w.time {
					t.Errorf("task %d = %s\nwant line %d %+v", i, got[i], off+at[w.row], w)
				}
			}
			var inh []int
			for _, f := range fs {
				if f.Kind == "inherited_row" {
					inh = append(inh, f.Lines[0])
				}
			}
			var wantInh []int
			for _, r := range tc.inherited {
				wantInh = append(wantInh, off+at[r])
			}
			if fmt.Sprint(inh) != fmt.Sprint(wantInh) {
				t.Errorf("inherited rows %v, want %v", inh, wantInh)
			}
		})
	}
}
