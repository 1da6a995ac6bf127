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
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) < 6 {
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
