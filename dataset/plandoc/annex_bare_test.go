package plandoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// TestBareTables reads task tables copied out of a PDF without rules or
// pipes, each cell on lines of its own: a header whose column names may
// break over lines, Roman sections (a number and a title, or both on one
// line) restarting the numbering, cells broken over lines (going on with
// a small letter or after a word that cannot end a cell), and merged
// cells left out (a row without its partners). The table ends at the
// recipients or at a signature.
func TestBareTables(t *testing.T) {
	type want struct {
		line                    int
		code, lead, part, time  string
		section, taskWordsStart string
	}
	tests := []struct {
		name string
		text string
		want []want
	}{
		{"five columns, two section styles, a merged partners cell",
			`PHỤ LỤC
DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026
(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/01/2026 của UBND tỉnh Yên Bái)
STT
Nhiệm vụ
Cơ quan chủ trì
Cơ quan phối hợp
Thời gian hoàn
thành
I
CẢI CÁCH THỂ CHẾ
1
Rà soát, hệ thống hóa văn bản quy phạm pháp luật
của tỉnh
Sở Tư pháp
Các sở, ban, ngành
Quý II/2026
2
Kiểm tra công tác thi hành pháp luật tại
Các xã, phường
Sở Tư pháp
Sở Nội vụ
Tháng 10/2026
II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH
1
Công bố, công khai thủ tục hành chính
Văn phòng UBND tỉnh
Thường xuyên
2
Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính
Trung tâm Phục vụ hành chính công
UBND các xã, phường
Năm 2026
Nơi nhận:
- Như trên;
- Lưu: VT.
`, []want{
				{12, "1", "Sở Tư pháp", "Các sở, ban, ngành", "Quý II/2026", "I. CẢI CÁCH THỂ CHẾ", "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh"},
				{18, "2", "Sở Tư pháp", "Sở Nội vụ", "Tháng 10/2026", "I. CẢI CÁCH THỂ CHẾ", "Kiểm tra công tác thi hành pháp luật tại Các xã, phường"},
				{25, "1", "Văn phòng UBND tỉnh", "", "Thường xuyên", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Công bố"},
				{29, "2", "Trung tâm Phục vụ hành chính công", "UBND các xã, phường", "Năm 2026", "II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "Số hóa"},
			}},
		{"six columns with products, numbers with dots, a signature after",
			`PHỤ LỤC II
KẾ HOẠCH TRIỂN KHAI CHUYỂN ĐỔI SỐ NĂM 2027
TT
Nội dung công việc
Đơn vị chủ trì
Đơn vị phối hợp
Thời gian thực hiện
Sản phẩm
1.
Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính
Sở Khoa học và Công nghệ
Văn phòng UBND tỉnh
Quý III/2027
Hệ thống được nâng cấp
2.
Tập huấn kỹ năng số cho cán bộ, công chức
Sở Nội vụ
Các sở, ngành
Năm 2027
Lớp tập huấn
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
`, []want{
				{9, "1", "Sở Khoa học và Công nghệ", "Văn phòng UBND tỉnh", "Quý III/2027", "", "Nâng cấp Hệ thống"},
				{15, "2", "Sở Nội vụ", "Các sở, ngành", "Năm 2027", "", "Tập huấn kỹ năng số"},
			}},
		{"a gazette's pages: running header, footnotes, page number, header repeated, cells sharing a line",
			"Phụ lục \nDANH MỤC NHIỆM VỤ BỔ SUNG \n(Kèm theo Nghị quyết số 12/NQ-CP ngày 02 tháng 3 năm 2026 của Chính phủ) \n" +
				"TT \nTên nhiệm vụ \nCơ quan  \nchủ trì  \nCơ quan  \nphối hợp  \nKết quả \nThời gian \nhoàn thành \n" +
				"1  \nRà soát, sửa đổi quy định về \nthủ tục hành chính nội bộ \nCác bộ,          \ncơ quan ngang bộ  Bộ Tư pháp \nBáo cáo  \nhằng năm \n2026 và \nhằng năm \n" +
				"2  \nXây dựng cơ sở dữ liệu \nvề cán bộ, công chức \nBộ Nội vụ \nCác bộ, \nngành \nCơ sở dữ liệu \nđược vận hành \n" +
				" \n1 Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật. \n" +
				"\nCÔNG BÁO/Số 120/Ngày 05-03-2026 \n45\n \n" +
				"TT \nTên nhiệm vụ \nCơ quan  \nchủ trì  \nCơ quan  \nphối hợp  \nKết quả \nThời gian \nhoàn thành \n" +
				"Tháng \n9/2026 \n" +
				"3  Trình Quốc hội Luật sửa đổi \nLuật Cán bộ, công chức \nBộ Nội vụ \nBộ Tư pháp \nDự án Luật trình \nKỳ họp thứ \nnhất Quốc hội khóa \nXVI \n" +
				"4  \nTổng kết thực hiện \nVăn phòng \nChính phủ \nCác bộ, ngành \nBáo cáo \nQuý IV/2026 \n",
			[]want{
				{13, "1", "Các bộ, cơ quan ngang bộ", "Bộ Tư pháp", "2026 và hằng năm", "", "Rà soát, sửa đổi quy định về thủ tục hành chính nội bộ"},
				{22, "2", "Bộ Nội vụ", "Các bộ, ngành", "Tháng 9/2026", "", "Xây dựng cơ sở dữ liệu về cán bộ, công chức"},
				{47, "3", "Bộ Nội vụ", "Bộ Tư pháp", "", "", "Trình Quốc hội Luật sửa đổi Luật Cán bộ, công chức"},
				{55, "4", "Văn phòng Chính phủ", "Các bộ, ngành", "Quý IV/2026", "", "Tổng kết thực hiện"},
			}},
		{"a lead cell that numbers its bodies with their parts",
			"TT \nNhiệm vụ \nThời gian \nCơ quan chủ trì \nCơ quan phối hợp \n" +
				"1 \nRà soát các nhiệm vụ được phân cấp \nQuý II/2026 \n1. Bộ Nội vụ chủ trì tổng hợp, \nđề xuất \nCác địa phương \n" +
				"2 \nSửa đổi Luật Đất đai \nQuý IV/2026 \nBộ Nông nghiệp và Môi trường \nCác bộ, cơ quan \n",
			[]want{
				{6, "1", "Bộ Nội vụ", "Các địa phương", "Quý II/2026", "", "Rà soát các nhiệm vụ được phân cấp"},
				{12, "2", "Bộ Nông nghiệp và Môi trường", "Các bộ, cơ quan", "Quý IV/2026", "", "Sửa đổi Luật Đất đai"},
			}},
		{"groups numbered with their titles on one line, a task's line opening with an abbreviation",
			"TT \nNhiệm vụ, giải pháp \nCơ quan \nchủ trì \nCơ quan \nphối hợp \nThời gian \nthực hiện \n" +
				"1. \nRà soát, hoàn thiện thể chế \n1.1 \nNghiên cứu, xây dựng cơ chế tín dụng khuyến khích \nM&A doanh nghiệp công nghệ số \nBộ Tài chính \nBộ Khoa học và \nCông nghệ \nQuý IV/2026 \n" +
				"2. Đẩy mạnh nghiên cứu, phát triển sản phẩm, dịch vụ công nghệ số \n2.1 \nHỗ trợ làm chủ công nghệ chiến lược \nBộ Khoa học và \nCông nghệ \nBộ Tài chính \nQuý III/2026 \n" +
				"2.2 \nHỗ trợ đăng ký, bảo hộ sở hữu trí tuệ ở nước ngoài (qua hệ thống \nPCT/Madrid/Hague) \nBộ Khoa học và \nCông nghệ \nBộ Ngoại giao \nNăm 2027 \n",
			[]want{
				{11, "1.1", "Bộ Tài chính", "Bộ Khoa học và Công nghệ", "Quý IV/2026", "1. Rà soát, hoàn thiện thể chế", "Nghiên cứu, xây dựng cơ chế tín dụng khuyến khích M&A"},
				{19, "2.1", "Bộ Khoa học và Công nghệ", "Bộ Tài chính", "Quý III/2026", "2. Đẩy mạnh nghiên cứu, phát triển sản phẩm, dịch vụ công nghệ số", "Hỗ trợ làm chủ công nghệ chiến lược"},
				{25, "2.2", "Bộ Khoa học và Công nghệ", "Bộ Ngoại giao", "Năm 2027", "2. Đẩy mạnh nghiên cứu, phát triển sản phẩm, dịch vụ công nghệ số", "Hỗ trợ đăng ký, bảo hộ sở hữu trí tuệ ở nước ngoài (qua hệ thống PCT"},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tasks, _ := extractTasks(strings.Split(tc.text, "\n"), 2026)
			var got []string
			for _, g := range tasks {
				got = append(got, fmt.Sprintf("%d %q %v %v %q %q %q", g.Source.Line, g.Code, g.Lead, g.Partners, g.Deadline.Text, g.Section, g.Task))
			}
			if len(tasks) != len(tc.want) {
				t.Fatalf("%d tasks, want %d:\n%s", len(tasks), len(tc.want), strings.Join(got, "\n"))
			}
			for i, w := range tc.want {
				g := tasks[i]
				part := strings.Join(g.Partners, "; ")
				if g.Source.Line != w.line || g.Code != w.code || len(g.Lead) != 1 || g.Lead[0] != w.lead || part != w.part ||
					g.Deadline.Text != w.time || g.Section != w.section || !strings.HasPrefix(g.Task, w.taskWordsStart) {
					t.Errorf("task %d = %s\nwant %+v", i, got[i], w)
				}
			}
		})
	}
}

// TestBareTablesNot leaves alone text that only looks like a bare table:
// an "STT" line over lines that name no task table, numbered paragraphs
// after a header of too few columns, and a header with no lead column.
func TestBareTablesNot(t *testing.T) {
	for _, text := range []string{
		"STT\nHọ và tên\nChức vụ\nĐơn vị\n1\nNguyễn Văn An\nGiám đốc\nSở Nội vụ\n",
		"STT\nNhiệm vụ\nThời gian\n1\nRà soát văn bản\nQuý I/2026\n",
		"TT\nNội dung\nKết quả\nThời gian\nGhi chú\n1\nRà soát văn bản\nBáo cáo\nQuý I/2026\n\n",
		"TT\n",
		"STT\nNhiệm vụ\nCơ quan chủ trì\nCơ quan phối hợp\nThời gian\n",
	} {
		lines := strings.Split(text, "\n")
		folded := make([]string, len(lines))
		for i, l := range lines {
			folded[i] = tkFold(strings.Trim(l, tkTrim))
		}
		if out, _ := flattenBareTables(lines, folded); strings.Join(out, "\n") != text {
			t.Errorf("flattenBareTables rewrote %q:\n%q", text, strings.Join(out, "\n"))
		}
	}
}

// TestBareCellLines covers a line of a PDF's table that holds two cells
// apart by spaces: cut where the second names a body, not where spaces
// stand inside one cell's text.
func TestBareCellLines(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"cơ quan ngang bộ  Bộ Tư pháp", []string{"cơ quan ngang bộ", "Bộ Tư pháp"}},
		{"Các bộ,    UBND các tỉnh  Sở Nội vụ", []string{"Các bộ,", "UBND các tỉnh", "Sở Nội vụ"}},
		{"Thực hiện nghiêm  quy định về chuyên môn", []string{"Thực hiện nghiêm  quy định về chuyên môn"}},
		{"Báo cáo", []string{"Báo cáo"}},
	}
	for _, tc := range tests {
		if got := bareCellLines(tc.in); !slices.Equal(got, tc.want) {
			t.Errorf("bareCellLines(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBareTargetTable reads an annex of targets a PDF's text gives
// without rules: each row's name over lines with its unit in brackets,
// its value ("Phấn đấu ≥" / "10,0", "2.400", a range, "Thuộc nhóm 3 nước
// dẫn đầu ASEAN" after a name that ends "đến năm" / "2030") and the bodies answering for it ("1. Bộ Tài
// chính …" / "2. Các bộ, …", numbers of a cell, not rows); a row's
// sub-rows after "Trong đó:"; the table run over a page. The year is the
// annex title's period's end.
func TestBareTargetTable(t *testing.T) {
	text := "Phụ lục I \nCÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU \nGIAI ĐOẠN 2026 - 2030 \n(Kèm theo Nghị quyết số 12/NQ-CP \nngày 02 tháng 3 năm 2026 của Chính phủ) \n \n" +
		"TT \nCHỈ TIÊU \nMỤC TIÊU \n2026 - 2030 \nCƠ QUAN CHỦ \nTRÌ, THEO DÕI \n" +
		"I \nVỀ KINH TẾ \n" +
		"1 \nTốc độ tăng trưởng GDP bình \nquân/năm (%) \nPhấn đấu ≥ \n10,0 \n1. Bộ Tài chính đầu \nmối tham mưu \n2. Các bộ, cơ quan, địa \nphương theo chức năng. \n" +
		"2 \nGiá trị tăng thêm bình quân \nđầu người (USD) \n2.400 \nBộ Công Thương \n" +
		"3 \nTăng trưởng kim ngạch xuất khẩu \n(%) \n15 - 16 \nBộ Công Thương \n \nTrong đó:  \nNhóm nông, lâm, thuỷ sản \n10 - 12 \nBộ Nông nghiệp và \nMôi trường \n \nNhóm nhiên liệu, khoáng \nsản \n4 - 5 \nBộ Công Thương \n" +
		"\nCÔNG BÁO/Số 259/Ngày 30-04-2026 \n47\n \n" +
		"TT \nCHỈ TIÊU \nMỤC TIÊU \n2026 - 2030 \nCƠ QUAN CHỦ \nTRÌ, THEO DÕI \n" +
		"4 \nChỉ số năng lực cạnh tranh \ncông nghiệp (CIP) đến năm \n2030 \nThuộc nhóm 3 nước dẫn đầu ASEAN \nBộ Công Thương \n"
	want := []string{
		"18 >= 10 percent 2030", "27 = 2400 USD 2030", "32 >= 15-16 percent 2030", "37 >= 10-12 percent 2030",
		"43 >= 4-5 percent 2030", "59 <= 3 rank 2030",
	}
	if got := rangeSummaries(parseText(t, text).Targets); !slices.Equal(got, want) {
		t.Errorf("targets\n%q\nwant\n%q", got, want)
	}
}

// rangeSummaries writes each target as "line comparator value[-max] unit
// year" for a comparison.
func rangeSummaries(ts []dataset.Target) []string {
	var got []string
	for _, x := range ts {
		v := fmt.Sprint(x.Value)
		if x.ValueMax != nil {
			v += "-" + fmt.Sprint(*x.ValueMax)
		}
		got = append(got, fmt.Sprintf("%d %s %s %s %d", x.Source.Line, x.Comparator, v, x.Unit, x.Year))
	}
	return got
}

// TestBareAimTable reads a bare annex of aims whose title says "MỤC TIÊU"
// (no "CHỈ TIÊU"), whose name column names sectors and places and whose
// value column gives the unit in its header ("(%/NĂM)"): dashed sub-rows
// and a "Trong đó:" sub-row on the line it opens are targets of their
// own, a section restarts the numbering, and a footnote mark "(*)" after
// a name is no unit.
func TestBareAimTable(t *testing.T) {
	text := "Phụ lục II \nMỤC TIÊU TĂNG TRƯỞNG GDP, GRDP GIAI ĐOẠN 2026 - 2030 \n(Kèm theo Nghị quyết số 12/NQ-CP \nngày 02 tháng 3 năm 2026 của Chính phủ) \n \n" +
		"TT \nNGÀNH, LĨNH VỰC/ \nĐỊA PHƯƠNG \nTỐC ĐỘ BÌNH \nQUÂN 2026 - \n2030 (%/NĂM) \nCƠ QUAN CHỦ \nTRÌ, THEO DÕI \n \n" +
		"I \nTHEO NGÀNH, LĨNH \nVỰC \n" +
		"1 \nKhu vực nông, lâm \nnghiệp và thủy sản \n3,6 \nBộ Nông nghiệp và \nMôi trường \n" +
		"2 \nKhu vực công nghiệp và \nxây dựng \n12,3 \n \n- Công nghiệp \n11,8 \nBộ Công Thương \n \nTrong đó: Công nghiệp \nchế biến, chế tạo \n12,4 \nBộ Công Thương \n \n- Xây dựng \n14,5 \nBộ Xây dựng \n" +
		"II \nTHEO TỈNH, THÀNH \nPHỐ \n" +
		"1 \nThành phố Hà Nội \n10,5 - 11,0 \n \n2 \nThành phố Hồ Chí \nMinh(*) \n10,0 \n"
	want := []string{"21 = 3.6 percent 2030", "27 = 12.3 percent 2030", "30 = 11.8 percent 2030", "35 = 12.4 percent 2030",
		"39 = 14.5 percent 2030", "46 >= 10.5-11 percent 2030", "51 = 10 percent 2030"}
	if got := rangeSummaries(parseText(t, text).Targets); !slices.Equal(got, want) {
		t.Errorf("targets\n%q\nwant\n%q", got, want)
	}
}

// TestBareTargetTableGoesOn reads a page of a bare table of targets that
// goes on from an earlier page: no annex title, the header repeated, the
// first row numbered 17. The period in the value column's header gives
// the year, and the bodies of its rows, numbered "1." and "2.", are no
// tasks.
func TestBareTargetTableGoesOn(t *testing.T) {
	text := "CÔNG BÁO/Số 259/Ngày 30-04-2026 \n49\n \n" +
		"TT \nCHỈ TIÊU \nMỤC TIÊU \n2026 - 2030 \nCƠ QUAN CHỦ \nTRÌ, THEO DÕI \nCƠ QUAN \nPHỐI HỢP \n" +
		"17 \nTỉ trọng vốn đầu tư công so \nvới tổng vốn đầu tư (%) \n20 - 22 \n1. Các bộ, cơ quan, địa \nphương theo chức năng \n2. Bộ Tài chính đầu \nmối \nCác đơn vị có liên \nquan. \n" +
		"18 \nTỉ lệ đô thị hoá (%) \n> 50 \n1. Bộ Xây dựng chủ trì \n2. Bộ Tài chính đầu \nmối thống kê \nCác đơn vị có liên \nquan. \n"
	d := parseText(t, text)
	want := []string{"15 >= 20-22 percent 2030", "24 > 50 percent 2030"}
	if got := rangeSummaries(d.Targets); !slices.Equal(got, want) {
		t.Errorf("targets\n%q\nwant\n%q", got, want)
	}
	if len(d.Tasks) > 0 {
		t.Errorf("%d tasks from a table of targets, the first at line %d: %q", len(d.Tasks), d.Tasks[0].Source.Line, d.Tasks[0].Task)
	}
}

// TestBareIndexAims reads a press item's table of an index's parts, their
// past ranks and the year's aim, one cell a line without row numbers:
// each aim a target named after its part, in the year the aim column
// names; a part whose aim states no figure ("Duy trì vị trí dẫn đầu")
// gives none. A "Chỉ số" line over no such header gives no table.
func TestBareIndexAims(t *testing.T) {
	text := "Kế hoạch nâng hạng Chỉ số năng lực cạnh tranh cấp tỉnh năm 2019\n\n" +
		"Theo đó, sẽ cải thiện vị trí xếp hạng của tất cả các chỉ số thành phần cụ thể như sau:\n" +
		"Chỉ số\nXếp hạng\nNăm 2017\nNăm 2018\nMục tiêu năm 2019\n" +
		"Gia nhập thị trường\n26\n1\nDuy trì vị trí dẫn đầu\n" +
		"Chi phí thời gian\n34\n54\nPhấn đấu nằm trong top 30\n" +
		"Tính năng động\n23\n48\nPhấn đấu nằm trong top 20\n" +
		"Theo www.thuathienhue.gov.vn\n"
	d := parseText(t, text)
	want := []string{"16 <= 30 rank 2019", "20 <= 20 rank 2019"}
	if got := rangeSummaries(d.Targets); !slices.Equal(got, want) {
		t.Errorf("targets\n%q\nwant\n%q", got, want)
	}
	var subjects []string
	for _, x := range d.Targets {
		subjects = append(subjects, x.Subject)
	}
	if !slices.Equal(subjects, []string{"Chi phí thời gian", "Tính năng động"}) {
		t.Errorf("subjects %q", subjects)
	}
	if rows, _ := bareAimRows(newPage(strings.Split("Chỉ số\nPAR INDEX năm 2025 của tỉnh đạt 85,5 điểm.\nChỉ số SIPAS đạt 90%.\n", "\n")), 2025); rows != nil {
		t.Errorf("rows from prose: %v", rows)
	}
}
