package plandoc

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestTableFiles parses annex tables laid out as Word and LibreOffice lay
// them out, in every format the source is published in
// (testdata/tablefiles, built by scripts/build-table-fixtures.sh): each
// file must give the tasks of its source, with lead, partners, deadline
// and section.
func TestTableFiles(t *testing.T) {
	const dir = "../../testdata/tablefiles"
	want := map[string][]string{
		// A header and cells centred vertically, section rows merged
		// across the row, the lead of tasks 2 and 3 merged over both.
		"centred": {
			"Rà soát, hệ thống hóa văn bản quy phạm pháp luật do HĐND, UBND tỉnh ban hành | Sở Tư pháp | Các sở, ban, ngành | Quý IV/2026 | I. CẢI CÁCH THỂ CHẾ",
			"Theo dõi tình hình thi hành pháp luật | Sở Tư pháp | Các cơ quan liên quan | Năm 2026 | I. CẢI CÁCH THỂ CHẾ",
			"Kiểm tra công tác xây dựng văn bản quy phạm pháp luật tại UBND cấp xã | Sở Tư pháp | UBND các xã, phường | Quý III/2026 | I. CẢI CÁCH THỂ CHẾ",
			"Công bố, công khai thủ tục hành chính kịp thời, đầy đủ | Văn phòng UBND tỉnh | Các sở, ngành | Thường xuyên | II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
			"Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính | Các sở, ngành; UBND cấp xã | Sở Khoa học và Công nghệ | Tháng 12/2026 | II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
		},
		// Section rows that keep their empty cells; a first column so
		// narrow that the PDF wraps "TT" and "III".
		"wordsections": {
			"Xây dựng Kế hoạch rà soát văn bản quy phạm pháp luật năm 2026 | Sở Tư pháp | Các sở, ban, ngành | Tháng 02/2026 | I. CẢI CÁCH THỂ CHẾ",
			"Kiểm tra việc thực hiện văn bản quy phạm pháp luật tại địa phương | Sở Tư pháp | UBND các xã, phường | Quý III/2026 | I. CẢI CÁCH THỂ CHẾ",
			"Rà soát, đơn giản hóa thủ tục hành chính nội bộ | Văn phòng UBND tỉnh | Các sở, ngành | Tháng 6/2026 | II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
			"Công bố danh mục thủ tục hành chính thực hiện trực tuyến toàn trình | Văn phòng UBND tỉnh | Sở Khoa học và Công nghệ | Quý I/2026 | II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
			"Sắp xếp tổ chức bên trong các cơ quan chuyên môn thuộc UBND tỉnh | Sở Nội vụ | Các sở, ban, ngành | Năm 2026 | III. CẢI CÁCH TỔ CHỨC BỘ MÁY",
		},
	}
	// A plan whose annex runs over two pages, its cells centred; the
	// same eight rows twice, the second time under sections IV-VI.
	eight := []string{
		"Rà soát, cắt giảm, đơn giản hóa quy định liên quan đến hoạt động kinh doanh%s | Sở Tài chính | Các sở, ngành | Quý II/2026 | %s. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
		"Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia%s | Văn phòng UBND tỉnh | Các sở, ngành; UBND các xã, phường | Thường xuyên | %s. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
		"Triển khai thanh toán trực tuyến nghĩa vụ tài chính trong giải quyết thủ tục hành chính%s | Sở Tài chính | Kho bạc Nhà nước khu vực | Năm 2026 | %s. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
		"Đánh giá chất lượng giải quyết thủ tục hành chính theo Bộ chỉ số 766%s | Văn phòng UBND tỉnh | Các sở, ngành | Hằng quý | %s. CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
		"Xây dựng vị trí việc làm của các cơ quan, tổ chức hành chính cấp xã%s | Sở Nội vụ | UBND các xã, phường | Tháng 9/2026 | %s. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
		"Tổ chức thi tuyển chức danh lãnh đạo cấp phòng%s | Sở Nội vụ | Các sở, ngành | Quý III/2026 | %s. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
		"Kiểm tra công vụ, kỷ luật, kỷ cương hành chính%s | Sở Nội vụ | Thanh tra tỉnh | Theo kế hoạch | %s. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ",
		"Xây dựng nền tảng dữ liệu dùng chung của tỉnh%s | Sở Khoa học và Công nghệ | Các sở, ngành | Tháng 12/2026 | %s. XÂY DỰNG CHÍNH QUYỀN SỐ",
	}
	sections := []string{"I", "I", "I", "I", "II", "II", "II", "III"}
	for k, f := range eight {
		want["pagebreak"] = append(want["pagebreak"], fmt.Sprintf(f, "", sections[k]))
	}
	for k, f := range eight {
		want["pagebreak"] = append(want["pagebreak"], fmt.Sprintf(f, " giai đoạn 2", []string{"IV", "V", "VI"}[len(sections[k])-1]))
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) < 9 {
		t.Fatalf("fixtures missing: %v (%d files)", err, len(files))
	}
	for _, f := range files {
		name := filepath.Base(f)
		base := strings.TrimSuffix(name, filepath.Ext(name))
		t.Run(name, func(t *testing.T) {
			needPrograms(t, f)
			d, err := ParseFile(f, indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, k := range d.Tasks {
				got = append(got, fmt.Sprintf("%s | %s | %s | %s | %s", k.Task, strings.Join(k.Lead, "; "),
					strings.Join(k.Partners, "; "), k.Deadline.Text, k.Section))
			}
			if !slices.Equal(got, want[base]) {
				t.Errorf("tasks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want[base], "\n"))
			}
		})
	}
}
