package plandoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Annex tables of several provinces' wordings, each rendered in the
// layouts text exports give them: tab-separated rows, Markdown rows
// (plain, or with bold headers and section rows) and pipe tables with
// their cells one a line. Every layout must give the same tasks.

// annexSpec is one constructed annex table: its header and rows (full
// width; a row equal to the header is the header repeated at a page
// break) and what must be read from it.
type annexSpec struct {
	name      string
	header    []string
	rows      [][]string
	want      []annexWant
	continued []int // rows read as the continuation of the task above
	inherited []int // rows read as new tasks that take merged cells from the row above
}

// annexWant is a task expected from a row of an annexSpec.
type annexWant struct {
	row                          int // index in annexSpec.rows
	code, section, task          string
	lead, partners               []string
	deadline, product, budgetTxt string
}

// annexLayout renders a table as text lines and says on which line (1-based)
// each row starts.
type annexLayout struct {
	name   string
	render func(header []string, rows [][]string) (lines []string, rowLine []int)
}

// layoutTitle is the text above every constructed table.
var layoutTitle = []string{"PHỤ LỤC", "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026"}

var annexLayouts = []annexLayout{
	{"tab", func(header []string, rows [][]string) ([]string, []int) {
		lines := append(append([]string{}, layoutTitle...), strings.Join(header, "\t"))
		var at []int
		for _, r := range rows {
			if len(r) == 1 {
				lines, at = append(lines, r[0]), append(at, 0)
				continue
			}
			lines = append(lines, strings.Join(r, "\t"))
			at = append(at, len(lines))
		}
		return lines, at
	}},
	{"markdown", func(header []string, rows [][]string) ([]string, []int) {
		md := func(cells []string) string { return "| " + strings.Join(cells, " | ") + " |" }
		lines := append(append([]string{}, layoutTitle...), md(header), "|"+strings.Repeat("---|", len(header)))
		var at []int
		for _, r := range rows {
			if len(r) == 1 {
				lines, at = append(lines, r[0]), append(at, 0)
				continue
			}
			lines = append(lines, md(r))
			at = append(at, len(lines))
		}
		return lines, at
	}},
	{"markdown bold", func(header []string, rows [][]string) ([]string, []int) {
		bold := func(cells []string) []string {
			out := make([]string, len(cells))
			for i, c := range cells {
				if c != "" {
					out[i] = "**" + c + "**"
				}
			}
			return out
		}
		md := func(cells []string) string { return "| " + strings.Join(cells, " | ") + " |" }
		lines := append(append([]string{}, layoutTitle...), md(bold(header)), "|"+strings.Repeat(":---|", len(header)))
		var at []int
		for _, r := range rows {
			if len(r) == 1 {
				lines, at = append(lines, r[0]), append(at, 0)
				continue
			}
			if annexRoman.MatchString(r[0]) || slices.Equal(r, header) {
				r = bold(r)
			}
			lines = append(lines, md(r))
			at = append(at, len(lines))
		}
		return lines, at
	}},
	{"grid", func(header []string, rows [][]string) ([]string, []int) {
		// A pandoc grid table: each cell wrapped at 24 columns, rows
		// between "+---+" lines, the header closed by "+===+".
		lines := append([]string{}, layoutTitle...)
		sep := func(c string) string { return "+" + strings.Repeat(strings.Repeat(c, 26)+"+", len(header)) }
		add := func(cells []string) {
			var cols [][]string
			h := 1
			for _, c := range cells {
				w := wrapWords(c, 24)
				cols = append(cols, w)
				h = max(h, len(w))
			}
			for k := 0; k < h; k++ {
				l := "|"
				for j := range header {
					part := ""
					if j < len(cols) && k < len(cols[j]) {
						part = cols[j][k]
					}
					l += " " + part + strings.Repeat(" ", 25-len([]rune(part))) + "|"
				}
				lines = append(lines, l)
			}
		}
		lines = append(lines, sep("-"))
		add(header)
		lines = append(lines, sep("="))
		var at []int
		for _, r := range rows {
			if len(r) == 1 {
				lines, at = append(lines, r[0]), append(at, 0)
				continue
			}
			at = append(at, len(lines)+1)
			add(r)
			lines = append(lines, sep("-"))
		}
		return lines, at
	}},
	{"pipe cells", func(header []string, rows [][]string) ([]string, []int) {
		lines := append([]string{}, layoutTitle...)
		add := func(cells []string) int {
			lines = append(lines, "|")
			first := len(lines) + 1
			for _, c := range cells {
				lines = append(lines, c+" |")
			}
			return first
		}
		add(header)
		var at []int
		for _, r := range rows {
			if len(r) == 1 {
				lines, at = append(lines, r[0]), append(at, 0)
				continue
			}
			if annexRoman.MatchString(r[0]) {
				// A section row: its two cells, the rest merged.
				at = append(at, add(r[:2]))
				continue
			}
			at = append(at, add(r))
		}
		return lines, at
	}},
}

// annexSpecs are tables in the wordings of several provinces.
var annexSpecs = []annexSpec{
	{
		name:   "Cơ quan chủ trì / phối hợp, dự kiến hoàn thành, sections restart the numbering",
		header: []string{"STT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian dự kiến hoàn thành", "Kết quả dự kiến", "Nguồn kinh phí"},
		rows: [][]string{
			{"I", "CẢI CÁCH THỂ CHẾ", "", "", "", "", ""},
			{"1", "Rà soát văn bản quy phạm pháp luật của tỉnh", "Sở Tư pháp", "Các sở, ngành", "Quý II/2026", "Báo cáo", "Ngân sách tỉnh"},
			{"2", "Kiểm tra công tác thi hành pháp luật", "Sở Tư pháp", "Sở Nội vụ", "Tháng 10/2026", "Kết luận kiểm tra", "Ngân sách tỉnh"},
			{"II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", ""},
			{"1", "Công bố, công khai thủ tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ngành", "Thường xuyên", "Quyết định công bố", "Chi thường xuyên"},
			{"2", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "UBND các xã, phường", "Năm 2026", "Dữ liệu số hóa", "Ngân sách tỉnh"},
		},
		want: []annexWant{
			{1, "1", "I. CẢI CÁCH THỂ CHẾ", "Rà soát văn bản quy phạm pháp luật của tỉnh", []string{"Sở Tư pháp"}, []string{"Các sở, ngành"}, "Quý II/2026", "Báo cáo", "Ngân sách tỉnh"},
			{2, "2", "I. CẢI CÁCH THỂ CHẾ", "Kiểm tra công tác thi hành pháp luật", []string{"Sở Tư pháp"}, []string{"Sở Nội vụ"}, "Tháng 10/2026", "Kết luận kiểm tra", "Ngân sách tỉnh"},
			{4, "1", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công bố, công khai thủ tục hành chính", []string{"Văn phòng UBND tỉnh"}, []string{"Các sở, ngành"}, "Thường xuyên", "Quyết định công bố", "Chi thường xuyên"},
			{5, "2", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", []string{"Sở Khoa học và Công nghệ"}, []string{"UBND các xã, phường"}, "Năm 2026", "Dữ liệu số hóa", "Ngân sách tỉnh"},
		},
	},
	{
		name:   "Đơn vị thực hiện, thời gian thực hiện, sản phẩm; header repeated at a page break",
		header: []string{"TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện", "Sản phẩm", "Ghi chú"},
		rows: [][]string{
			{"1", "Xây dựng Kế hoạch cải cách hành chính năm 2026", "Sở Nội vụ", "Tháng 01/2026", "Kế hoạch", ""},
			{"2", "Tổ chức tập huấn nghiệp vụ cải cách hành chính", "Sở Nội vụ", "Quý III/2026", "Lớp tập huấn", ""},
			{"TT", "Nhiệm vụ", "Đơn vị thực hiện", "Thời gian thực hiện", "Sản phẩm", "Ghi chú"},
			{"3", "Khảo sát sự hài lòng của người dân", "Sở Nội vụ; UBND các xã", "Quý IV/2026", "Báo cáo kết quả", ""},
		},
		want: []annexWant{
			{0, "1", "", "Xây dựng Kế hoạch cải cách hành chính năm 2026", []string{"Sở Nội vụ"}, nil, "Tháng 01/2026", "Kế hoạch", ""},
			{1, "2", "", "Tổ chức tập huấn nghiệp vụ cải cách hành chính", []string{"Sở Nội vụ"}, nil, "Quý III/2026", "Lớp tập huấn", ""},
			{3, "3", "", "Khảo sát sự hài lòng của người dân", []string{"Sở Nội vụ", "UBND cấp xã"}, nil, "Quý IV/2026", "Báo cáo kết quả", ""},
		},
	},
	{
		name:   "a row continued across a page, a row that inherits its merged lead and time",
		header: []string{"STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời hạn hoàn thành", "Sản phẩm"},
		rows: [][]string{
			{"1", "Rà soát, cắt giảm thành phần hồ sơ của thủ tục hành chính thuộc", "Văn phòng UBND tỉnh", "Các sở, ngành", "Quý II/2026", "Báo cáo"},
			{"", "thẩm quyền giải quyết của tỉnh", "", "", "", ""},
			{"2", "Duy trì Hệ thống quản lý chất lượng ISO", "Sở Khoa học và Công nghệ", "Các sở, ngành", "Năm 2026", "Báo cáo"},
			{"", "Kiểm tra việc áp dụng ISO tại các cơ quan", "", "", "", "Kết luận kiểm tra"},
			{"3", "Đánh giá Chỉ số hài lòng SIPAS", "Sở Nội vụ", "", "Tháng 11/2026", "Báo cáo"},
		},
		want: []annexWant{
			{0, "1", "", "Rà soát, cắt giảm thành phần hồ sơ của thủ tục hành chính thuộc thẩm quyền giải quyết của tỉnh", []string{"Văn phòng UBND tỉnh"}, []string{"Các sở, ngành"}, "Quý II/2026", "Báo cáo", ""},
			{2, "2", "", "Duy trì Hệ thống quản lý chất lượng ISO", []string{"Sở Khoa học và Công nghệ"}, []string{"Các sở, ngành"}, "Năm 2026", "Báo cáo", ""},
			{3, "", "", "Kiểm tra việc áp dụng ISO tại các cơ quan", []string{"Sở Khoa học và Công nghệ"}, []string{"Các sở, ngành"}, "Năm 2026", "Kết luận kiểm tra", ""},
			{4, "3", "", "Đánh giá Chỉ số hài lòng SIPAS", []string{"Sở Nội vụ"}, nil, "Tháng 11/2026", "Báo cáo", ""},
		},
		continued: []int{1},
		inherited: []int{3},
	},
	{
		name:   "Nhiệm vụ, giải pháp; đơn vị chủ trì; kinh phí in millions; Roman sections",
		header: []string{"STT", "Nhiệm vụ, giải pháp", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian thực hiện", "Kết quả/Sản phẩm", "Kinh phí (triệu đồng)"},
		rows: [][]string{
			{"I", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", "", "", ""},
			{"1", "Sắp xếp các đơn vị sự nghiệp công lập", "Sở Nội vụ", "Các sở, ngành", "Quý III/2026", "Đề án", "120"},
			{"II", "XÂY DỰNG CHÍNH QUYỀN SỐ", "", "", "", "", ""},
			{"1", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Năm 2026", "Hệ thống", "1.500"},
		},
		want: []annexWant{
			{1, "1", "I. CẢI CÁCH TỔ CHỨC BỘ MÁY", "Sắp xếp các đơn vị sự nghiệp công lập", []string{"Sở Nội vụ"}, []string{"Các sở, ngành"}, "Quý III/2026", "Đề án", "120"},
			{3, "1", "II. XÂY DỰNG CHÍNH QUYỀN SỐ", "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính", []string{"Sở Khoa học và Công nghệ"}, []string{"Văn phòng UBND tỉnh"}, "Năm 2026", "Hệ thống", "1.500"},
		},
	},
	{
		name:   "page numbers and the header repeated between rows, a row broken across the page",
		header: []string{"TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả dự kiến"},
		rows: [][]string{
			{"I", "CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC", "", "", "", ""},
			{"1", "Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử của", "Sở Văn hóa, Thể thao và Du lịch", "Báo Nghệ An", "Thường xuyên", "Tin, bài"},
			{"Trang 2"},
			{"TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Kết quả dự kiến"},
			{"", "tỉnh và các huyện", "", "", "", ""},
			{"2", "Kiểm tra công tác cải cách hành chính tại các xã", "Sở Nội vụ", "Các sở, ngành", "Quý III/2026", "Thông báo kết luận"},
			{"- 3 -"},
			{"3", "Sơ kết công tác cải cách hành chính 6 tháng", "Sở Nội vụ", "", "Tháng 6/2026", "Báo cáo sơ kết"},
		},
		want: []annexWant{
			{1, "1", "I. CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC", "Tuyên truyền cải cách hành chính trên Cổng thông tin điện tử của tỉnh và các huyện", []string{"Sở Văn hóa, Thể thao và Du lịch"}, []string{"Báo Nghệ An"}, "Thường xuyên", "Tin, bài", ""},
			{5, "2", "I. CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC", "Kiểm tra công tác cải cách hành chính tại các xã", []string{"Sở Nội vụ"}, []string{"Các sở, ngành"}, "Quý III/2026", "Thông báo kết luận", ""},
			{7, "3", "I. CẢI CÁCH HÀNH CHÍNH NHÀ NƯỚC", "Sơ kết công tác cải cách hành chính 6 tháng", []string{"Sở Nội vụ"}, nil, "Tháng 6/2026", "Báo cáo sơ kết", ""},
		},
		continued: []int{4},
	},
	{
		name:   "numbering 1.1, 1.1.2, a) and dashes; Dự toán (triệu đồng) and Ghi chú",
		header: []string{"STT", "Nhiệm vụ cụ thể", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm", "Dự toán (triệu đồng)", "Ghi chú"},
		rows: [][]string{
			{"I", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "", "", "", "", "", ""},
			{"1.1", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường", "Văn phòng UBND tỉnh", "Quý II/2026", "Báo cáo", "50", ""},
			{"1.1.2", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực xây dựng", "Sở Xây dựng", "Văn phòng UBND tỉnh", "Quý III/2026", "Báo cáo", "30", ""},
			{"a)", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", "Văn phòng UBND tỉnh", "Các sở, ngành", "Thường xuyên", "Thủ tục được công khai", "", "Chi thường xuyên"},
			{"-", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", "Văn phòng UBND tỉnh", "Các sở, ngành", "Thường xuyên", "Báo cáo", "", ""},
		},
		want: []annexWant{
			{1, "1.1", "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực đất đai", []string{"Sở Nông nghiệp và Môi trường"}, []string{"Văn phòng UBND tỉnh"}, "Quý II/2026", "Báo cáo", "50"},
			{2, "1.1.2", "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Rà soát, đơn giản hóa thủ tục hành chính lĩnh vực xây dựng", []string{"Sở Xây dựng"}, []string{"Văn phòng UBND tỉnh"}, "Quý III/2026", "Báo cáo", "30"},
			{3, "a", "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công khai thủ tục hành chính trên Cổng Dịch vụ công quốc gia", []string{"Văn phòng UBND tỉnh"}, []string{"Các sở, ngành"}, "Thường xuyên", "Thủ tục được công khai", ""},
			{4, "", "I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Tiếp nhận, xử lý phản ánh, kiến nghị của người dân", []string{"Văn phòng UBND tỉnh"}, []string{"Các sở, ngành"}, "Thường xuyên", "Báo cáo", ""},
		},
	},
	{
		name:   "a row numbering the columns under the header, (1) (2) … or 1 2 …",
		header: []string{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
		rows: [][]string{
			{"(1)", "(2)", "(3)", "(4)", "(5)", "(6)"},
			{"1", "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn", "Sở Nội vụ", "Các sở, ngành", "Quý I/2026", "Báo cáo"},
			{"TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"},
			{"1", "2", "3", "4", "5", "6"},
			{"2", "Triển khai kho dữ liệu số hóa hồ sơ thủ tục hành chính", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Năm 2026", "Kho dữ liệu"},
		},
		want: []annexWant{
			{1, "1", "", "Rà soát chức năng, nhiệm vụ của các cơ quan chuyên môn", []string{"Sở Nội vụ"}, []string{"Các sở, ngành"}, "Quý I/2026", "Báo cáo", ""},
			{4, "2", "", "Triển khai kho dữ liệu số hóa hồ sơ thủ tục hành chính", []string{"Sở Khoa học và Công nghệ"}, []string{"Văn phòng UBND tỉnh"}, "Năm 2026", "Kho dữ liệu", ""},
		},
	},
}

// TestAnnexLayouts reads every constructed annex table in every layout.
func TestAnnexLayouts(t *testing.T) {
	for _, spec := range annexSpecs {
		for _, lay := range annexLayouts {
			t.Run(lay.name+"/"+spec.name, func(t *testing.T) {
				lines, at := lay.render(spec.header, spec.rows)
				tasks, fs := extractTasks(lines, 2026)
				if len(tasks) != len(spec.want) {
					var got []string
					for _, g := range tasks {
						got = append(got, fmt.Sprintf("%d %q %q lead %q", g.Source.Line, g.Code, g.Task, g.Lead))
					}
					t.Fatalf("%d tasks, want %d:\n%s\n%s", len(tasks), len(spec.want), strings.Join(got, "\n"), strings.Join(lines, "\n"))
				}
				for i, w := range spec.want {
					g := tasks[i]
					if g.Source.Line != at[w.row] || g.Code != w.code || g.Section != w.section || g.Task != w.task ||
						!slices.Equal(g.Lead, w.lead) || !slices.Equal(g.Partners, nonNil(w.partners)) ||
						g.Deadline.Text != w.deadline || g.Product != w.product || g.Budget.Text != w.budgetTxt {
						t.Errorf("task %d = line %d code %q section %q task %q lead %q partners %q deadline %q product %q budget %q,\nwant line %d %+v",
							i, g.Source.Line, g.Code, g.Section, g.Task, g.Lead, g.Partners, g.Deadline.Text, g.Product, g.Budget.Text, at[w.row], w)
					}
				}
				var cont, inh []int
				for _, f := range fs {
					switch f.Kind {
					case "continued_row":
						cont = append(cont, f.Lines[1:]...)
					case "inherited_row":
						inh = append(inh, f.Lines[0])
					}
				}
				var wantCont, wantInh []int
				for _, r := range spec.continued {
					wantCont = append(wantCont, at[r])
				}
				for _, r := range spec.inherited {
					wantInh = append(wantInh, at[r])
				}
				if !slices.Equal(cont, wantCont) || !slices.Equal(inh, wantInh) {
					t.Errorf("continued rows %v, inherited %v; want %v, %v (findings %+v)", cont, inh, wantCont, wantInh, fs)
				}
			})
		}
	}
}

// TestEndsOpen checks when a cell's text stops mid-phrase, so that the
// row below continues it, and when a row below is a task of its own.
func TestEndsOpen(t *testing.T) {
	for _, tc := range []struct {
		above, below string
		own          bool // the row below is a task of its own
	}{
		{"Tham gia cuộc thi tìm hiểu cải cách hành chính trên Cổng", "Thông tin điện tử tỉnh", false},
		{"Rà soát thủ tục hành chính thuộc", "thẩm quyền giải quyết của tỉnh", false},
		{"Rà soát thủ tục hành chính thuộc", "Thẩm quyền giải quyết của tỉnh", false},
		{"Tổ chức hội nghị đối thoại với doanh nghiệp,", "Hiệp hội doanh nghiệp tỉnh", false},
		{"Duy trì Hệ thống quản lý chất lượng ISO", "Kiểm tra việc áp dụng ISO", true},
		{"Xây dựng kế hoạch tuyên truyền", "- Tổ chức hội thi tìm hiểu cải cách hành chính", true},
		{"Khảo sát sự hài lòng của người dân", "chặt kỷ luật, kỷ cương hành chính", false},
		{"Công bố danh mục thủ tục hành chính của", "Sở Tư pháp", false},
		// A row broken across a page that goes on with an acronym or a name.
		{"Rà soát, công bố danh mục thủ tục hành chính", "TTHC được thực hiện trực tuyến toàn trình", false},
		{"Tổ chức hội nghị đối thoại giữa lãnh đạo", "UBND tỉnh và doanh nghiệp trên địa bàn", false},
		{"Tổ chức đối thoại với doanh nghiệp", "UBND tỉnh và doanh nghiệp trên địa bàn", false},
		{"Nâng cấp, kết nối hệ thống một cửa điện tử với", "Cổng Dịch vụ công quốc gia", false},
		{"Công khai kết quả giải quyết hồ sơ trên", "Cổng Dịch vụ công của tỉnh Hưng Yên", false},
		{"Tuyên truyền về cải cách hành chính đến cán bộ", "Sở, ngành và UBND cấp xã", false},
		{"Số hóa hồ sơ, kết quả giải quyết", "TTHC còn hiệu lực", false},
		// A row that opens a task: a verb, or a capital after a full stop.
		{"Cập nhật dữ liệu dân cư", "Tổ chức tập huấn kỹ năng số cho công chức cấp xã", true},
		{"Duy trì Cổng thông tin điện tử tỉnh", "Đánh giá chỉ số chuyển đổi số năm 2026", true},
		{"Hoàn thành số hóa hồ sơ hộ tịch.", "Công khai danh mục thủ tục hành chính", true},
		{"Hoàn thành số hóa hồ sơ hộ tịch.", "TTHC mới được công bố", false},
	} {
		own := ownTaskText(tc.above, tc.below)
		if own != tc.own {
			t.Errorf("%q / %q: own task %v, want %v", tc.above, tc.below, own, tc.own)
		}
	}
}

// TestAnnexTwoLevelHeader reads a table whose header spans two rows: the
// lead and partner columns under one "Trách nhiệm thực hiện" (or "Cơ quan
// thực hiện") cell.
func TestAnnexTwoLevelHeader(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []string
	}{
		{"tab", []string{
			"PHỤ LỤC",
			"TT\tNhiệm vụ\tTrách nhiệm thực hiện\t\tThời gian hoàn thành\tSản phẩm",
			"\t\tChủ trì\tPhối hợp\t\t",
			"1\tRà soát thủ tục hành chính\tVăn phòng UBND tỉnh\tCác sở, ngành\tQuý II/2026\tBáo cáo",
			"2\tĐánh giá chỉ số hài lòng\tSở Nội vụ\tUBND cấp xã\tQuý IV/2026\tBáo cáo",
		}},
		{"markdown", []string{
			"PHỤ LỤC",
			"| **STT** | **Nội dung nhiệm vụ** | **Cơ quan thực hiện** | | **Thời gian thực hiện** | **Sản phẩm** |",
			"| | | **Chủ trì** | **Phối hợp** | | |",
			"|---|---|---|---|---|---|",
			"| 1 | Rà soát thủ tục hành chính | Văn phòng UBND tỉnh | Các sở, ngành | Quý II/2026 | Báo cáo |",
			"| 2 | Đánh giá chỉ số hài lòng | Sở Nội vụ | UBND cấp xã | Quý IV/2026 | Báo cáo |",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tasks, _ := extractTasks(tc.lines, 2026)
			if len(tasks) != 2 {
				t.Fatalf("%d tasks, want 2: %+v", len(tasks), tasks)
			}
			for i, w := range []struct{ lead, partner string }{{"Văn phòng UBND tỉnh", "Các sở, ngành"}, {"Sở Nội vụ", "UBND cấp xã"}} {
				if !slices.Equal(tasks[i].Lead, []string{w.lead}) || !slices.Equal(tasks[i].Partners, []string{w.partner}) {
					t.Errorf("task %d lead %q partners %q, want %q %q", i, tasks[i].Lead, tasks[i].Partners, w.lead, w.partner)
				}
			}
		})
	}
}

// wrapWords breaks text into lines of at most n runes, at spaces.
func wrapWords(text string, n int) []string {
	var out []string
	cur := ""
	for _, w := range strings.Fields(text) {
		switch {
		case cur == "":
			cur = w
		case len([]rune(cur))+1+len([]rune(w)) <= n:
			cur += " " + w
		default:
			out = append(out, cur)
			cur = w
		}
	}
	if cur != "" || len(out) == 0 {
		out = append(out, cur)
	}
	return out
}

// TestAnnexRunningTitle reads tables whose pages print a running title or
// footer line, then the header again, between two rows: the table goes on
// under its section, a row broken across the page is joined. A row after
// other text without the header repeated is not the table's (see
// TestTabTable's "Nơi nhận:").
func TestAnnexRunningTitle(t *testing.T) {
	header := []string{"TT", "Nội dung công việc", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện", "Sản phẩm"}
	for _, footer := range [][]string{
		{"Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Cà Mau"},
		{"Phụ lục kèm theo Kế hoạch số 17/KH-UBND", "Trang 2/4"},
		{"CÔNG BÁO/Số 12/Ngày 20-01-2026"},
	} {
		rows := [][]string{
			{"I", "CẢI CÁCH TỔ CHỨC BỘ MÁY", "", "", "", ""},
			{"1", "Rà soát, sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc", "Sở Nội vụ", "Các sở, ngành", "Quý II/2026", "Đề án"},
		}
		for _, f := range footer {
			rows = append(rows, []string{f})
		}
		rows = append(rows, header,
			[]string{"", "UBND tỉnh", "", "", "", ""},
			[]string{"2", "Kiện toàn tổ chức cán bộ làm công tác cải cách hành chính", "Sở Nội vụ", "UBND các xã", "Quý III/2026", "Quyết định"})
		renders := append([]annexLayout{}, annexLayouts...)
		for _, st := range streamStyles {
			renders = append(renders, annexLayout{st.name, st.render})
		}
		for _, lay := range renders {
			t.Run(lay.name+"/"+footer[0], func(t *testing.T) {
				lines, at := lay.render(header, rows)
				tasks, _ := extractTasks(lines, 2026)
				if len(tasks) != 2 {
					t.Fatalf("%d tasks, want 2: %+v\n%s", len(tasks), tasks, numbered(lines))
				}
				n := len(rows)
				want := []struct {
					line                int
					code, section, task string
				}{
					{at[1], "1", "I. CẢI CÁCH TỔ CHỨC BỘ MÁY", "Rà soát, sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh"},
					{at[n-1], "2", "I. CẢI CÁCH TỔ CHỨC BỘ MÁY", "Kiện toàn tổ chức cán bộ làm công tác cải cách hành chính"},
				}
				for i, w := range want {
					g := tasks[i]
					if g.Source.Line != w.line || g.Code != w.code || g.Section != w.section || g.Task != w.task {
						t.Errorf("task %d = line %d %q %q %q, want %+v\n%s", i, g.Source.Line, g.Code, g.Section, g.Task, w, numbered(lines))
					}
				}
			})
		}
	}
}
