package plandoc

import "testing"

// TestHeaderBodyInTypeSlot covers letters whose number names the issuing
// body where a type code stands ("Số: 4975/VPCP-KSTT", "Số: 1203/BNV-CCHC",
// "Số: 426/UBND-NC"): no type code, the body is the issuer, and a central
// body's place of signing is not a province.
func TestHeaderBodyInTypeSlot(t *testing.T) {
	cases := []struct {
		name, text, number, typ, issuer, province, date string
	}{
		{"Government Office, header on separate lines",
			"Hệ thống pháp luật\n\nVĂN PHÒNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\n\nSố: 4975/VPCP-KSTT\nV/v thực hiện dịch vụ công trực tuyến toàn trình\n\nHà Nội, ngày 05 tháng 6 năm 2025\n\nKính gửi: Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.\n",
			"4975/VPCP-KSTT", "", "Văn phòng Chính phủ", "", "2025-06-05"},
		{"Ministry of Home Affairs",
			"BỘ NỘI VỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1203/BNV-CCHC\nV/v hướng dẫn xây dựng kế hoạch cải cách hành chính năm 2026\nHà Nội, ngày 12 tháng 11 năm 2025\nKính gửi: Ủy ban nhân dân các tỉnh, thành phố.\n",
			"1203/BNV-CCHC", "", "Bộ Nội vụ", "", "2025-11-12"},
		{"Prime Minister's letter",
			"THỦ TƯỚNG CHÍNH PHỦ\nSố: 88/TTg-KSTT\nV/v đẩy mạnh cung cấp dịch vụ công trực tuyến\nHà Nội, ngày 3 tháng 2 năm 2024\nKính gửi: Các bộ, cơ quan ngang bộ.\n",
			"88/TTg-KSTT", "", "Thủ tướng Chính phủ", "", "2024-02-03"},
		{"provincial committee's letter",
			"ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 2114/UBND-NC\nV/v triển khai cải cách hành chính\nCao Bằng, ngày 21 tháng 10 năm 2025\nKính gửi: Các sở, ban, ngành tỉnh.\n",
			"2114/UBND-NC", "", "UBND tỉnh Cao Bằng", "Cao Bằng", "2025-10-21"},
		// negatives: a type code before the body stays the type
		{"Government Office notice keeps its type",
			"VĂN PHÒNG CHÍNH PHỦ\nSố: 512/TB-VPCP\nHà Nội, ngày 9 tháng 9 năm 2025\nTHÔNG BÁO\nKết luận của Thủ tướng Chính phủ\n",
			"512/TB-VPCP", "TB", "Văn phòng Chính phủ", "", "2025-09-09"},
		{"province's plan keeps its type",
			"ỦY BAN NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 45/KH-UBND\nHà Giang, ngày 10 tháng 1 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\n",
			"45/KH-UBND", "KH", "UBND tỉnh Hà Giang", "Hà Giang", "2024-01-10"},
		{"chairman's directive code is a type",
			"ỦY BAN NHÂN DÂN\nTỈNH LÀO CAI\nSố: 12/CT-UBND\nLào Cai, ngày 5 tháng 3 năm 2024\nCHỈ THỊ\nVề đẩy mạnh cải cách hành chính\n",
			"12/CT-UBND", "CT", "UBND tỉnh Lào Cai", "Lào Cai", "2024-03-05"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, tc.number, tc.typ, tc.issuer, tc.province, tc.date)
		})
	}
}
