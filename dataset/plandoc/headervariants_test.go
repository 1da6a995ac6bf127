package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// headerCase is a constructed header and the fields it must give; year
// -1 is not checked.
type headerCase struct {
	name, text                          string
	number, typ, issuer, province, date string
	year                                int
}

// checkHeaderCases parses each case and compares its header fields.
func checkHeaderCases(t *testing.T, tests []headerCase) {
	t.Helper()
	cat := indicators.Default()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "t.txt", cat)
			if err != nil {
				t.Fatal(err)
			}
			p := d.Plan
			got := []string{p.DocNumber, p.DocType, p.Issuer, p.Province, p.Date}
			want := []string{tc.number, tc.typ, tc.issuer, tc.province, tc.date}
			names := []string{"number", "type", "issuer", "province", "date"}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("%s = %q, want %q", names[i], got[i], want[i])
				}
			}
			if tc.year >= 0 && p.Year != tc.year {
				t.Errorf("year = %d, want %d (title %q)", p.Year, tc.year, p.Title)
			}
		})
	}
}

// TestHeaderPlaceDateBroken checks place-and-date lines broken over two
// lines, with markdown emphasis, blanks written with dots or an ellipsis,
// figures with spaces, and the date of a cited document, which is not the
// text's.
func TestHeaderPlaceDateBroken(t *testing.T) {
	plan := "\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
	checkHeaderCases(t, []headerCase{
		{"city name broken, emphasis", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 12/KH-UBND\n*Thành phố Hồ Chí\nMinh, ngày 12 tháng 3 năm 2026*" + plan,
			"12/KH-UBND", "KH", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "2026-03-12", 2026},
		{"place broken, no heading province", "Số: 7/KH-UBND\nBà Rịa -\nVũng Tàu, ngày 2 tháng 2 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2024\n",
			"7/KH-UBND", "KH", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "2024-02-02", 2024},
		{"broken after the day", "ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 5/KH-UBND\nHà Tĩnh, ngày 05\ntháng 01 năm 2026" + plan,
			"5/KH-UBND", "KH", "UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "2026-01-05", 2026},
		{"broken before the year", "Số: 5/KH-UBND\nNghệ An, ngày 05 tháng 01 năm\n2026" + plan,
			"5/KH-UBND", "KH", "UBND tỉnh Nghệ An", "Nghệ An", "2026-01-05", 2026},
		{"emphasis on the date only", "Số: 6/KH-UBND\nCao Bằng, *ngày 7 tháng 02 năm 2026*" + plan,
			"6/KH-UBND", "KH", "UBND tỉnh Cao Bằng", "Cao Bằng", "2026-02-07", 2026},
		{"emphasis on both parts", "Số: 6/KH-UBND\n*Sơn La*, *ngày 7 tháng 02 năm 2026*" + plan,
			"6/KH-UBND", "KH", "UBND tỉnh Sơn La", "Sơn La", "2026-02-07", 2026},
		{"dots after the figures", "Số: 8/KH-UBND\nĐiện Biên, ngày 9. tháng 01. năm 2026" + plan,
			"8/KH-UBND", "KH", "UBND tỉnh Điện Biên", "Điện Biên", "2026-01-09", 2026},
		{"blank day with dots", "Số: /KH-UBND\nLai Châu, ngày ... tháng 12 năm 2025" + plan,
			"", "KH", "UBND tỉnh Lai Châu", "Lai Châu", "2025-12", 2026},
		{"blank day and month with an ellipsis", "Số: /KH-UBND\nLai Châu, ngày … tháng … năm 2026" + plan,
			"", "KH", "UBND tỉnh Lai Châu", "Lai Châu", "", 2026},
		{"figures with spaced dashes", "Số: 3/KH-UBND\nNghệ An, ngày 05 - 01 - 2026" + plan,
			"3/KH-UBND", "KH", "UBND tỉnh Nghệ An", "Nghệ An", "2026-01-05", 2026},
		{"date beside the number", "UBND TỈNH YÊN BÁI\nSố: 05/KH-UBND ngày 05/01/2026" + plan,
			"05/KH-UBND", "KH", "UBND tỉnh Yên Bái", "Yên Bái", "2026-01-05", 2026},
		// Negative: the date of a decree or notice the opening cites is not
		// the text's date of issue.
		{"date of a cited decree", "Thực hiện Nghị định số 61/2018/NĐ-CP ngày 23 tháng\n4 năm 2018 của Chính phủ, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:\nNội dung.\n",
			"", "KH", "", "", "", -1},
		{"date of a cited notice", "Các bộ tiếp tục cắt giảm theo chỉ đạo tại Thông báo số 07-TB/CQ ngày 15 tháng 10 năm 2025 của Cơ quan Thường trực.\n",
			"", "", "", "", "", -1},
	})
}

// TestHeaderNumberBroken checks number lines: the number on the line after
// "Số:", split at its slash, spaced, without the colon; and a wrapped
// reference "số 45/…" in a sentence, which is not the number.
func TestHeaderNumberBroken(t *testing.T) {
	after := "\nThanh Hóa, ngày 5 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
	checkHeaderCases(t, []headerCase{
		{"number on the next line", "UBND TỈNH THANH HÓA\nSố:\n123/KH-UBND" + after, "123/KH-UBND", "KH", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"number after a blank line", "UBND TỈNH THANH HÓA\nSố:\n\n124/QĐ-UBND" + after, "124/QĐ-UBND", "QĐ", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"space before the slash", "UBND TỈNH THANH HÓA\nSố: 123 /KH-UBND" + after, "123/KH-UBND", "KH", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"no colon", "UBND TỈNH THANH HÓA\nSố 45/QĐ-UBND" + after, "45/QĐ-UBND", "QĐ", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"no colon, department", "SỞ TƯ PHÁP\nSố 46/KH-STP" + after, "46/KH-STP", "KH", "Sở Tư pháp tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"split after the slash", "UBND TỈNH THANH HÓA\nSố: 45/\nQĐ-UBND" + after, "45/QĐ-UBND", "QĐ", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"split before the slash", "UBND TỈNH THANH HÓA\nSố: 47\n/KH-UBND" + after, "47/KH-UBND", "KH", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		{"in a pipe row, next row", "| UBND TỈNH THANH HÓA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: |\n| 48/KH-UBND | Thanh Hóa, ngày 5 tháng 01 năm 2026 |\nKẾ HOẠCH\nCải cách hành chính năm 2026\n",
			"48/KH-UBND", "KH", "UBND tỉnh Thanh Hóa", "Thanh Hóa", "2026-01-05", 2026},
		// Negative: a wrapped reference in a sentence is no number line.
		{"wrapped reference", "Căn cứ Kế hoạch\nsố 45/KH-UBND ngày 2/1/2026 của UBND tỉnh;\nThanh Hóa, ngày 5 tháng 01 năm 2026\nKẾ HOẠCH\nCải cách hành chính năm 2026\n",
			"", "KH", "", "Thanh Hóa", "2026-01-05", 2026},
	})
}

// TestHeaderFromAnnexSubtitle checks an annex given without its document:
// the subtitle names the document it belongs to, in brackets or not,
// broken over lines, in emphasis; a plan's own header is not replaced by
// the subtitle of its annex, and "kèm theo Quyết định này" names no
// number.
func TestHeaderFromAnnexSubtitle(t *testing.T) {
	table := "| STT | Nhiệm vụ | Chủ trì |\n|---|---|---|\n| 1 | Rà soát | Sở Nội vụ |\n"
	checkHeaderCases(t, []headerCase{
		{"bracketed, date in figures", "PHỤ LỤC\nDANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2026\n(Ban hành kèm theo Kế hoạch số 123/KH-UBND ngày 12/01/2026 của UBND tỉnh Quảng Ninh)\n" + table,
			"123/KH-UBND", "KH", "UBND tỉnh Quảng Ninh", "Quảng Ninh", "2026-01-12", 2026},
		{"broken after the kind", "Phụ lục I\nKèm theo Kế hoạch\nsố 45/KH-UBND ngày 05 tháng 02 năm 2026 của Ủy ban nhân dân tỉnh Lào Cai\n" + table,
			"45/KH-UBND", "KH", "UBND tỉnh Lào Cai", "Lào Cai", "2026-02-05", -1},
		{"decision of the chairman, city", "PHỤ LỤC\n(Kèm theo Quyết định số 88/QĐ-UBND ngày 3/1/2026 của Chủ tịch UBND thành phố Đà Nẵng)\n" + table,
			"88/QĐ-UBND", "QĐ", "UBND thành phố Đà Nẵng", "Đà Nẵng", "2026-01-03", -1},
		{"emphasis, broken before the body", "**PHỤ LỤC**\n\nCHỈ TIÊU CHUYỂN ĐỔI SỐ ĐẾN NĂM 2030\n\n*(Ban hành kèm theo Kế hoạch số 144/KH-UBND ngày 24 tháng 11 năm 2025 của\nUBND tỉnh Bắc Ninh)*\n\n" + table,
			"144/KH-UBND", "KH", "UBND tỉnh Bắc Ninh", "Bắc Ninh", "2025-11-24", 0},
		{"department's plan", "Phụ lục\n(Kèm theo Kế hoạch số 9/KH-SNV ngày 20/02/2026 của Sở Nội vụ tỉnh Phú Thọ)\n" + table,
			"9/KH-SNV", "KH", "Sở Nội vụ tỉnh Phú Thọ", "Phú Thọ", "2026-02-20", -1},
		{"ministry's decision", "Phụ lục II\n(Ban hành kèm theo Quyết định số 664/QĐ-BXD ngày 10/6/2025 của Bộ trưởng Bộ Xây dựng)\n" + table,
			"664/QĐ-BXD", "QĐ", "Bộ Xây dựng", "", "2025-06-10", -1},
		{"spaced number", "PHỤ LỤC\n(Kèm theo Kế hoạch số 31 /KH-UBND ngày 2/3/2026 của UBND tỉnh Hà Giang)\n" + table,
			"31/KH-UBND", "KH", "UBND tỉnh Hà Giang", "Hà Giang", "2026-03-02", -1},
		{"subtitle in capitals", "PHỤ LỤC\n(KÈM THEO KẾ HOẠCH SỐ 77/KH-UBND NGÀY 15/01/2026 CỦA UBND TỈNH LÀO CAI)\n" + table,
			"77/KH-UBND", "KH", "UBND tỉnh Lào Cai", "Lào Cai", "2026-01-15", -1},
		{"department's subtitle in capitals", "PHỤ LỤC\n(KÈM THEO KẾ HOẠCH SỐ 78/KH-STC NGÀY 15/01/2026 CỦA SỞ TÀI CHÍNH TỈNH NGHỆ AN)\n" + table,
			"78/KH-STC", "KH", "Sở Tài chính tỉnh Nghệ An", "Nghệ An", "2026-01-15", -1},
		{"without \"theo\"", "PHỤ LỤC\n(Kèm Kế hoạch số 51/KH-UBND ngày 2/3/2026 của UBND tỉnh Sơn La)\n" + table,
			"51/KH-UBND", "KH", "UBND tỉnh Sơn La", "Sơn La", "2026-03-02", -1},
		{"issued under", "PHỤ LỤC\n(Ban hành theo Quyết định số 52/QĐ-UBND ngày 2/3/2026 của UBND tỉnh Sơn La)\n" + table,
			"52/QĐ-UBND", "QĐ", "UBND tỉnh Sơn La", "Sơn La", "2026-03-02", -1},
		{"province not named", "PHỤ LỤC\n(Kèm theo Kế hoạch số 53/KH-UBND ngày 2/3/2026 của UBND tỉnh)\n" + table,
			"53/KH-UBND", "KH", "", "", "2026-03-02", -1},
		{"plan without its decision", "KẾ HOẠCH\nCải cách hành chính năm 2025\n(Ban hành kèm theo Quyết định số 1546/QĐ-UBND ngày 04/12/2024 của Chủ tịch UBND\ntỉnh Quảng Ngãi)\nI. MỤC ĐÍCH\n",
			"1546/QĐ-UBND", "QĐ", "UBND tỉnh Quảng Ngãi", "Quảng Ngãi", "2024-12-04", 2025},
		{"an excerpt whose annex follows its one assignment", "VỀ\nVIỆC PHÊ DUYỆT DANH MỤC THỦ TỤC HÀNH CHÍNH NGÀNH XÂY DỰNG ĐỦ ĐIỀU KIỆN THỰC\nHIỆN DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH, MỘT PHẦN\n\n" +
			"Giao Sở Khoa học và Công nghệ\nchủ trì phối hợp Sở Xây dựng và các đơn vị, địa phương liên quan khẩn trương\ntích hợp thủ tục hành chính thực hiện DVC trực tuyến toàn trình, một phần trên\nCổng Dịch vụ công quốc gia, Hệ thống thông tin giải quyết TTHC theo danh mục\nnêu trên tạo điều kiện thuận lợi cho người dân, doanh nghiệp trong quá trình\ntra cứu, chuẩn bị hồ sơ và lựa chọn hình thức thực hiện thủ tục hành chính phù\nhợp.\n\n" +
			"DANH\nMỤC THỦ TỤC HÀNH CHÍNH NGÀNH XÂY DỰNG ĐỦ ĐIỀU KIỆN THỰC HIỆN DỊCH VỤ CÔNG TRỰC TUYẾN\nTOÀN TRÌNH, MỘT PHẦN TRÊN CỔNG DỊCH VỤ CÔNG QUỐC GIA\n\n*(Ban hành kèm theo Quyết định số: 2808/QĐ-UBND ngày 19 tháng 11 năm 2025 của\nChủ tịch Ủy ban nhân dân tỉnh Đồng Nai)*\n\n" + table,
			"2808/QĐ-UBND", "QĐ", "UBND tỉnh Đồng Nai", "Đồng Nai", "2025-11-19", -1},
		// Negative: a document with its own number keeps it; the subtitle
		// of its annex further down does not replace it.
		{"plan with its own header", "UBND TỈNH QUẢNG NGÃI\nSố: 12/QĐ-UBND\nQuảng Ngãi, ngày 4 tháng 12 năm 2024\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2025\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\nKẾ HOẠCH\n(Ban hành kèm theo Quyết định số 12/QĐ-UBND ngày 04/12/2024 của Chủ tịch UBND tỉnh Quảng Ngãi)\n",
			"12/QĐ-UBND", "QĐ", "UBND tỉnh Quảng Ngãi", "Quảng Ngãi", "2024-12-04", 2025},
		{"kèm theo this decision", "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch cải cách hành chính năm 2025 tỉnh Bình Định.\nĐiều 2. Quyết định có hiệu lực.\n",
			"", "", "", "Bình Định", "", -1},
	})
}

// TestHeaderIssuerHeadings checks the issuer read from heading blocks: the
// committee's name broken over two lines or joined to the motto on one
// row, a body under the committee whose number code is not known, a
// commune's committee after the 2025 reform; a department under the
// committee does not replace the committee when the number is the
// committee's.
func TestHeaderIssuerHeadings(t *testing.T) {
	rest := "\nKẾ HOẠCH\nCải cách hành chính năm 2026\n"
	checkHeaderCases(t, []headerCase{
		{"addressees are no issuer", "**Kính gửi:**\n- Bảo hiểm xã hội thành phố Hà Nội;\n- Sở Y tế;\n- UBND các phường, xã.\n\nThời gian qua, Ủy ban nhân dân thành phố Hà Nội đã có nhiều văn bản chỉ đạo thực hiện chính sách bảo hiểm y tế.\n",
			"", "", "", "Hà Nội", "", -1},
		{"name broken over lines", "ỦY BAN NHÂN DÂN\nTỈNH BÀ RỊA -\nVŨNG TÀU\nSố: 5/KH-UBND\nBà Rịa, ngày 20 tháng 12 năm 2024\nKẾ HOẠCH\nCải cách hành chính năm 2025\n",
			"5/KH-UBND", "KH", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "2024-12-20", 2025},
		{"city heading, place is a district", "ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nSố: 5/KH-UBND\nQuận 1, ngày 20 tháng 12 năm 2025" + rest,
			"5/KH-UBND", "KH", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "2025-12-20", 2026},
		{"board under the committee", "UBND TỈNH TÂY NINH\nBAN QUẢN LÝ KHU KINH TẾ\nSố: 5/KH-BQLKKT\nTây Ninh, ngày 20 tháng 12 năm 2025" + rest,
			"5/KH-BQLKKT", "KH", "Ban Quản lý khu kinh tế tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		{"unlisted department, pipe rows", "| UBND TỈNH ĐỒNG THÁP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| SỞ NGOẠI VỤ | Độc lập - Tự do - Hạnh phúc |\n| Số: 7/KH-SNGV | Đồng Tháp, ngày 2 tháng 1 năm 2026 |" + rest,
			"7/KH-SNGV", "KH", "Sở Ngoại vụ tỉnh Đồng Tháp", "Đồng Tháp", "2026-01-02", 2026},
		{"board under a rule of dashes", "ỦY BAN NHÂN DÂN\nTỈNH GIA LAI\n-------\nBAN DÂN TỘC\nSố: 8/KH-BDT\nGia Lai, ngày 2 tháng 1 năm 2026" + rest,
			"8/KH-BDT", "KH", "Ban Dân tộc tỉnh Gia Lai", "Gia Lai", "2026-01-02", 2026},
		{"office under the city committee", "UBND THÀNH PHỐ CẦN THƠ\nVĂN PHÒNG\nSố: 3/KH-VP\nCần Thơ, ngày 2 tháng 1 năm 2026" + rest,
			"3/KH-VP", "KH", "Văn phòng UBND thành phố Cần Thơ", "Cần Thơ", "2026-01-02", 2026},
		{"commune heading joined to the motto", "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ TÂN BIÊN Độc lập - Tự do - Hạnh phúc\nSố: 5/KH-UBND Tân Biên, ngày 20 tháng 12 năm 2025" + rest,
			"5/KH-UBND", "KH", "UBND xã Tân Biên", "", "2025-12-20", 2026},
		{"commune on one line with the motto", "UBND PHƯỜNG HÒA BÌNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 9/KH-UBND Hòa Bình, ngày 20 tháng 12 năm 2025" + rest,
			"9/KH-UBND", "KH", "UBND phường Hòa Bình", "", "2025-12-20", 2026},
		{"commune whose name the text spells in mixed case", "ỦY BAN NHÂN DÂN\nXÃ ĐƯNG K’NỚ\nSố: 31/BC-UBND\nĐưng K’Nớ, ngày 07 tháng 3 năm 2025" + rest,
			"31/BC-UBND", "BC", "UBND xã Đưng K’Nớ", "", "2025-03-07", 0},
		{"department with its own code", "UBND TỈNH LÀO CAI\nSỞ NỘI VỤ\nSố: 5/KH-SNV\nLào Cai, ngày 20 tháng 12 năm 2025" + rest,
			"5/KH-SNV", "KH", "Sở Nội vụ tỉnh Lào Cai", "Lào Cai", "2025-12-20", 2026},
		// Negative: the committee's own number keeps the committee.
		{"committee's number under a department line", "UBND TỈNH LÀO CAI\nSỞ NỘI VỤ\nSố: 6/KH-UBND\nLào Cai, ngày 20 tháng 12 năm 2025" + rest,
			"6/KH-UBND", "KH", "UBND tỉnh Lào Cai", "Lào Cai", "2025-12-20", 2026},
		// Negative: a sentence under the heading is no body.
		{"sentence under the heading", "UBND TỈNH LÀO CAI\nBan hành kế hoạch để triển khai các nhiệm vụ.\nSố: 6/KH-XYZ\nLào Cai, ngày 20 tháng 12 năm 2025" + rest,
			"6/KH-XYZ", "KH", "UBND tỉnh Lào Cai", "Lào Cai", "2025-12-20", 2026},
	})
}

// TestHeaderYearFromTitle checks the year the plan is for: the title's,
// not the date's; none for a period; the title on the line of its type
// heading; none when the title states no year.
func TestHeaderYearFromTitle(t *testing.T) {
	head := "UBND TỈNH TÂY NINH\nSố: 5/KH-UBND\nTây Ninh, ngày 20 tháng 12 năm 2025\n"
	checkHeaderCases(t, []headerCase{
		{"title of next year", head + "KẾ HOẠCH\nCải cách hành chính năm 2026\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		{"title on the heading's line", head + "KẾ HOẠCH Cải cách hành chính năm 2027\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2027},
		{"bold heading and title", head + "**KẾ HOẠCH**\n**Tuyên truyền cải cách hành chính năm 2026**\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		{"title over three lines", head + "KẾ HOẠCH\nThực hiện công tác cải cách hành chính\nnhà nước của tỉnh Tây Ninh\nnăm 2026\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		{"period", head + "KẾ HOẠCH\nCải cách hành chính giai đoạn 2026 - 2030\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 0},
		{"period on the heading's line", head + "KẾ HOẠCH Cải cách hành chính giai đoạn 2026-2030\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 0},
		{"decision issuing the plan", "UBND TỈNH TÂY NINH\nSố: 5/QĐ-UBND\nTây Ninh, ngày 20 tháng 12 năm 2025\nQUYẾT ĐỊNH\nBan hành Kế hoạch cải cách hành chính năm 2026\n", "5/QĐ-UBND", "QĐ", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		{"year and an outlook", head + "KẾ HOẠCH\nCải cách hành chính năm 2026, định hướng đến năm 2030\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		{"only the year a plan runs to", head + "KẾ HOẠCH\nChuyển đổi số đến năm 2030\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 0},
		{"year of the plan beside a period", head + "KẾ HOẠCH\nThực hiện năm 2026 Chương trình tổng thể cải cách hành chính giai đoạn 2021 - 2030\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 2026},
		// Negative: the year of a date inside the title.
		{"date in the title", "VĂN PHÒNG CHÍNH PHỦ\nSố: 304/TB-VPCP\nHà Nội, ngày 02 tháng 8 năm 2023\nTHÔNG BÁO\nKết luận tại phiên họp thứ năm ngày 19 tháng 7 năm 2023\n", "304/TB-VPCP", "TB", "Văn phòng Chính phủ", "", "2023-08-02", 0},
		{"decision cited with its date in the title", head + "KẾ HOẠCH\nTriển khai Quyết định số 12/QĐ-TTg ngày 2/3/2025 của Thủ tướng Chính phủ\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 0},
		// Negative: no year in the title, none taken from the date.
		{"no year in the title", head + "KẾ HOẠCH\nTuyên truyền cải cách hành chính\nCăn cứ Kế hoạch số 1/KH-UBND ngày 1/1/2025;\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 0},
		// Negative: a plan cited on the heading's line is no title.
		{"cited plan on a capital line", head + "KẾ HOẠCH SỐ 12/KH-UBND NĂM 2024\n", "5/KH-UBND", "KH", "UBND tỉnh Tây Ninh", "Tây Ninh", "2025-12-20", 0},
	})
}

// TestHeaderProseIssuerForms checks issuers named in prose with the level
// in capitals or abbreviated ("UBND Thành phố Hồ Chí Minh", "UBND
// TP.HCM", "Ủy ban nhân dân Tỉnh Gia Lai"), and a party committee's
// directive, which is no plan's number.
func TestHeaderProseIssuerForms(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{"city in capitals", "UBND Thành phố Hồ Chí Minh vừa ban hành Kế hoạch số 12/KH-UBND về cải cách hành chính năm 2026.\n",
			"12/KH-UBND", "KH", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "", 2026},
		{"city abbreviated", "UBND TP.HCM vừa ban hành Kế hoạch số 13/KH-UBND về cải cách hành chính năm 2026.\n",
			"13/KH-UBND", "KH", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "", 2026},
		{"city abbreviated with a space", "UBND TP Cần Thơ vừa ban hành Kế hoạch số 14/KH-UBND về cải cách hành chính năm 2026.\n",
			"14/KH-UBND", "KH", "UBND thành phố Cần Thơ", "Cần Thơ", "", 2026},
		{"province in capitals", "Ủy ban nhân dân Tỉnh Gia Lai vừa ban hành Kế hoạch số 15/KH-UBND về cải cách hành chính năm 2026.\n",
			"15/KH-UBND", "KH", "UBND tỉnh Gia Lai", "Gia Lai", "", 2026},
		{"ward in capitals", "Ngày 5/1/2026, UBND Phường Ba Đình ban hành Kế hoạch số 3/KH-UBND về cải cách hành chính năm 2026.\n",
			"3/KH-UBND", "KH", "UBND phường Ba Đình", "", "2026-01-05", 2026},
		// Negative: a party committee's directive.
		{"party directive", "Tỉnh ủy Hà Tĩnh ban hành Chỉ thị số 5-CT/TU về cải cách hành chính.\n",
			"", "", "", "", "", 0},
	})
}
