package plandoc

import "testing"

// TestUnmarkedAgencyHeads: an agency heading written without a number,
// with its role and partners and a colon, over dashed duties ("Bộ Giáo
// dục và Đào tạo chủ trì, phối hợp với các bộ, cơ quan liên quan:"),
// leads them, and the paragraphs in emphasis after it that open with an
// agency are that agency's duties; the tail of a wrapped sentence that
// opens with bodies is no heading.
func TestUnmarkedAgencyHeads(t *testing.T) {
	intro := "Chương trình hành động quy định việc đẩy mạnh hợp tác quốc tế trong giáo dục như sau:\n\n"
	checkTaskRows(t, []taskRowCase{
		{"italic heading, dashes, italic duties",
			intro + "*Bộ Giáo dục và Đào tạo chủ trì, phối hợp với các bộ, cơ quan liên quan: *\n\n- Mở rộng các cơ chế hợp tác quốc tế trong giáo dục.\n\n- Hoàn thiện các quy định về học bổng.\n\n*Bộ Ngoại giao chủ trì, phối hợp với các bộ, cơ quan liên quan xây dựng cơ sở dữ liệu người Việt Nam ở nước ngoài.*\n\n*Bộ Công an hoàn thiện quy định về bảo đảm an ninh văn hóa trong các cơ sở giáo dục.*\n",
			[]string{"5|Bộ Giáo dục và Đào tạo|Mở rộng các cơ|", "7|Bộ Giáo dục và Đào tạo|Hoàn thiện các quy|",
				"9|Bộ Ngoại giao|chủ trì, phối hợp|", "11|Bộ Công an|hoàn thiện quy định|"}},
		{"plain heading over dashes",
			intro + "Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan:\n- Tham mưu kế hoạch cải cách hành chính năm 2026.\n- Theo dõi việc thực hiện kế hoạch.\nSở Tư pháp chủ trì, phối hợp với các cơ quan liên quan:\n- Rà soát văn bản quy phạm pháp luật.\n",
			[]string{"4|Sở Nội vụ|Tham mưu kế hoạch|", "5|Sở Nội vụ|Theo dõi việc thực|", "7|Sở Tư pháp|Rà soát văn bản|"}},
	})
}

// TestUnmarkedAgencyHeadAt reads single lines as headings without a
// marker, or not.
func TestUnmarkedAgencyHeadAt(t *testing.T) {
	tests := []struct {
		name  string
		lines []string
		at    int
		after bool
		want  bool
	}{
		{"heading over dashes", []string{"", "Sở Nội vụ chủ trì, phối hợp với các sở liên quan:", "- Tham mưu …"}, 1, false, true},
		{"no dashes below", []string{"", "Sở Nội vụ chủ trì, phối hợp với các sở liên quan:", "Tham mưu …"}, 1, false, false},
		{"tail of a wrapped sentence", []string{"Giao Sở Giáo dục và Đào tạo phối hợp với", "Sở Nông nghiệp và Môi trường:", "- Xây dựng …"}, 1, false, false},
		{"small letter", []string{"", "các phường, xã, đặc khu:", "- Xây dựng …"}, 1, false, false},
		{"a duty in emphasis after a heading", []string{"", "*Bộ Công an hoàn thiện quy định về an ninh.*"}, 1, true, true},
		{"a duty in emphasis with no heading before", []string{"", "*Bộ Công an hoàn thiện quy định về an ninh.*"}, 1, false, false},
		{"a plain duty after a heading", []string{"", "Bộ Công an hoàn thiện quy định về an ninh."}, 1, true, false},
		{"numbered", []string{"", "1. Sở Nội vụ chủ trì:", "- Tham mưu …"}, 1, false, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, got := unmarkedAgencyHead(tt.lines, tt.at, tt.after); got != tt.want {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
}

// TestItemDetailLines: the dashed lines under a numbered item that say
// when and how it is done ("- Hạn nộp báo cáo: Trước ngày 25/11/2025.",
// "- Thực hiện theo đường dẫn: …") are the item's, not tasks; the body
// that asks in the lead-in ("Sở Nội vụ đề nghị các doanh nghiệp …") does
// not lead.
func TestItemDetailLines(t *testing.T) {
	text := "Ngày 10/11/2025, Sở Nội vụ tỉnh Đồng Nai có Công văn 5926/SNV-LĐ về việc báo cáo tình hình thực hiện pháp luật lao động.\n\n" +
		"Để thực hiện đúng quy định, Sở Nội vụ đề nghị các doanh nghiệp, cơ sở sản xuất, kinh doanh trên địa bàn tỉnh thực hiện báo cáo định kỳ năm 2025 như sau:\n\n" +
		"**(1) Báo cáo tình hình sử dụng lao động năm 2025**\n\n- Thực hiện theo đường dẫn: https://forms.gle/abc\n\n- Hạn nộp báo cáo: *Trước ngày 25/11/2025.*\n\n" +
		"**(2) Báo cáo công tác an toàn vệ sinh lao động năm 2025**\n\n- Thực hiện theo đường dẫn: https://forms.gle/def\n\n- Hạn nộp báo cáo: *Trước ngày 20/12/2025.*\n"
	want := []string{
		"5|Các doanh nghiệp, cơ sở sản xuất, kinh doanh trên địa bàn tỉnh|Báo cáo tình hình|2025-11-25",
		"11|Các doanh nghiệp, cơ sở sản xuất, kinh doanh trên địa bàn tỉnh|Báo cáo công tác|2025-12-20",
	}
	compareRows(t, taskRows(parseText(t, text)), want)
}

// TestConcretelyAfterRequest: a bare "Cụ thể:" under a paragraph that asks
// bodies ("… Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn
// vị, cơ sở giáo dục trực thuộc") introduces their duties; under a
// paragraph that asks no one it introduces none.
func TestConcretelyAfterRequest(t *testing.T) {
	checkTaskRows(t, []taskRowCase{
		{"request above",
			"Ngày 03/12/2025, Sở Giáo dục và Đào tạo Hà Nội ban hành Công văn 5095/SGDĐT-CTTTHSSV.\n\n**Nhằm đảm bảo sức khỏe cho học sinh**, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn vị, cơ sở giáo dục trực thuộc\n\n**Cụ thể:**\n\n- **Thường xuyên cập nhật thông tin **về chất lượng không khí.\n\n- **Hạn chế các hoạt động ngoài trời** cho học sinh.\n",
			[]string{"7|UBND các xã, phường;Các đơn vị, cơ sở giáo dục trực thuộc|Thường xuyên cập nhật|", "9|UBND các xã, phường;Các đơn vị, cơ sở giáo dục trực thuộc|Hạn chế các hoạt|"}},
		{"negative: no request above",
			"Ngày 03/12/2025, Sở Giáo dục và Đào tạo Hà Nội ban hành Công văn 5095/SGDĐT-CTTTHSSV.\n\nChất lượng không khí trên địa bàn Thành phố có nhiều ngày ở mức xấu.\n\n**Cụ thể:**\n\n- Chỉ số VN_AQI tại nhiều trạm vượt ngưỡng.\n\n- Nhiều trường học phải điều chỉnh giờ học.\n",
			nil},
	})
}

// TestGroupsOfARequest reads a letter's numbered groups in bold broken
// over lines: a line of bold marks alone ("**(1) Đề nghị UBND các xã,
// phường liên quan:" / "**") is no text; a paragraph opening "Trong đó,"
// belongs to the dash above it; "(2) Giao Ban Quản lý … đầu tư xây dựng
// tỉnh:" gives the dashes under it to those bodies.
func TestGroupsOfARequest(t *testing.T) {
	text := "Theo Công văn 6131/UBND-XDCT năm 2025 của UBND tỉnh Gia Lai, Chủ tịch UBND tỉnh đã nêu ra 12 ý kiến về việc đẩy nhanh tiến độ dự án.\n\n" +
		"**(1) Đề nghị UBND các xã, phường liên quan:\n**\n\n" +
		"- Tổ chức triển khai ngay công tác bồi thường, giải phóng mặt bằng trên địa bàn quản lý\n\n" +
		"Trong đó, ưu tiên triển khai hoàn\nthành giải phóng mặt bằng tại các vị trí khởi công.\n\n" +
		"- Tổng hợp báo cáo kết quả thực hiện nhiệm vụ trong tuần gửi Sở Xây dựng.\n\n" +
		"**(2) Giao Ban Quản lý dự án Giao thông và Dân dụng tỉnh và Ban Quản lý các dự án\nđầu tư xây dựng tỉnh: **\n\n" +
		"- Làm việc cụ thể với các địa phương để xác định phạm vi ưu tiên thực hiện.\n"
	want := []string{
		"6|UBND các xã, phường liên quan|Tổ chức triển khai|",
		"11|UBND các xã, phường liên quan|Tổng hợp báo cáo|",
		"16|Ban Quản lý dự án Giao thông và Dân dụng tỉnh;Ban Quản lý các dự án đầu tư xây dựng tỉnh|Làm việc cụ thể|",
	}
	compareRows(t, taskRows(parseText(t, text)), want)
}
