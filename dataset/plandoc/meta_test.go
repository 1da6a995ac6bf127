package plandoc

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/indicators"
)

func TestMetaForms(t *testing.T) {
	tests := []struct {
		name, head                                     string
		id, number, typ, issuer, province, date, title string
		year                                           int
	}{
		{"plain", "Số: 12/KH-SNV\nĐà Nẵng, ngày 5 tháng 3 năm 2024\n\nKẾ HOẠCH\nCải cách hành chính năm 2024\n",
			"12/KH-SNV", "12/KH-SNV", "KH", "Sở Nội vụ thành phố Đà Nẵng", "Đà Nẵng", "2024-03-05", "Cải cách hành chính năm 2024", 2024},
		{"decision, capitals title", "Số: 7/QĐ-UBND\nNghệ An, ngày 30 tháng 12 năm 2024\nQUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CCHC TỈNH NGHỆ AN NĂM 2025\nCăn cứ Luật số 77/2015/QH13;\n",
			"7/QĐ-UBND", "7/QĐ-UBND", "QĐ", "UBND tỉnh Nghệ An", "Nghệ An", "2024-12-30", "Về việc ban hành kế hoạch CCHC tỉnh Nghệ An năm 2025", 2025},
		{"blank number and day", "Số: /KH-UBND\nHung Yên, ngày  tháng 12 năm 2023\nKẾ HOẠCH\nTuyên truyền năm 2024\n",
			"t", "", "KH", "UBND tỉnh Hưng Yên", "Hưng Yên", "2023-12", "Tuyên truyền năm 2024", 2024},
		{"OCR", "SO KHOA HQC VA CONG NGHE\nS6:103 /KH-SKHCN Ha Tinh, ngay02 thang02 nam 2023\nKE HOACH\n\nTuyen truyen nam 2023\n",
			"103/KH-SKHCN", "103/KH-SKHCN", "KH", "Sở Khoa học và Công nghệ tỉnh Hà Tĩnh", "Hà Tĩnh", "2023-02-02", "Tuyen truyen nam 2023", 2023},
		{"issuer from the heading", "SỞ TƯ PHÁP\nSố: 9/KH-XYZ\nLạng Sơn, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nPhổ biến pháp luật năm 2024\n",
			"9/KH-XYZ", "9/KH-XYZ", "KH", "Sở Tư pháp tỉnh Lạng Sơn", "Lạng Sơn", "2024-02-01", "Phổ biến pháp luật năm 2024", 2024},
		{"issuer unit suffix", "Số: 45/KH-UBND-VX\nHà Tĩnh, ngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nX năm 2024\n",
			"45/KH-UBND-VX", "45/KH-UBND-VX", "KH", "UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "2024-02-01", "X năm 2024", 2024},
		{"impossible day", "Số: 1/KH-UBND\nHà Tĩnh, ngày 31 tháng 02 năm 2024\nKẾ HOẠCH\nX năm 2024\n",
			"1/KH-UBND", "1/KH-UBND", "KH", "UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "2024-02", "X năm 2024", 2024},
		{"city of Ho Chi Minh", "Số: 3/KH-UBND\nThành phố Hồ Chí Minh, ngày 4 tháng 1 năm 2025\nKẾ HOẠCH\nCCHC năm 2025\n",
			"3/KH-UBND", "3/KH-UBND", "KH", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "2025-01-04", "CCHC năm 2025", 2025},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.head), "t.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			p := d.Plan
			got := []any{p.ID, p.DocNumber, p.DocType, p.Issuer, p.Province, p.Date, p.Title, p.Year}
			want := []any{tc.id, tc.number, tc.typ, tc.issuer, tc.province, tc.date, tc.title, tc.year}
			for i := range got {
				if got[i] != want[i] {
					t.Errorf("field %d = %v, want %v (plan %+v)", i, got[i], want[i], p)
				}
			}
		})
	}
}

func TestSigner(t *testing.T) {
	tests := []struct{ name, text, signer, finding string }{
		{"after the title", "KẾ HOẠCH\nX\n\nNơi nhận:\n- Như trên;\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n", "Nguyễn Văn An", ""},
		{"table row", "| Người ký | Nguyễn Hồng Lĩnh |\nKẾ HOẠCH\nX\n", "Nguyễn Hồng Lĩnh", ""},
		{"OCR, restored", "KE HOACH\nX\n\nKT.GIAM POC\n\nPhan Trong Binh\n", "Phan Trọng Bình", "ocr_restored"},
		{"unknown syllable kept", "KE HOACH\nX\n\nKT.GIAM POC\n\nPhan Xyz Binh\n", "Phan Xyz Binh", ""},
		{"before the annex", "KẾ HOẠCH\nX\n" + strings.Repeat("Nội dung.\n", 5) + "GIÁM ĐỐC\n\nTrần Hữu Hùng\n\nPhụ lục\nCác Nhiệm Vụ Chính\n", "Trần Hữu Hùng", ""},
		{"a part heading is no name", "KẾ HOẠCH\nCHUYỂN ĐỔI SỐ NĂM 2025\nPhần I\nĐÁNH GIÁ KẾT QUẢ\n1. Về hạ tầng số: đạt.\n", "", ""},
		{"a chapter heading is no name", "KẾ HOẠCH\nX\nChương V\nTỔ CHỨC THỰC HIỆN\nCác sở triển khai.\n", "", ""},
		{"a one-letter given name is a name", "KẾ HOẠCH\nX\nNội dung.\nCHỦ TỊCH\n\nNguyễn Thị Y\n", "Nguyễn Thị Y", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "t.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if d.Plan.Signer != tc.signer {
				t.Errorf("signer %q, want %q", d.Plan.Signer, tc.signer)
			}
			if n := len(findingsOf(d, "ocr_restored")); (n == 1) != (tc.finding != "") {
				t.Errorf("%d ocr_restored findings", n)
			}
		})
	}
}

func TestIsoDate(t *testing.T) {
	for _, tc := range []struct{ d, m, y, want string }{
		{"16", "01", "2024", "2024-01-16"}, {"", "12", "2023", "2023-12"}, {"29", "2", "2024", "2024-02-29"},
		{"29", "2", "2023", "2023-02"}, {"1", "13", "2024", ""}, {"1", "1", "1800", ""}, {"", "", "2024", ""}, {"", "x", "2024", ""},
	} {
		if got := isoDate(tc.d, tc.m, tc.y); got != tc.want {
			t.Errorf("isoDate(%q,%q,%q) = %q, want %q", tc.d, tc.m, tc.y, got, tc.want)
		}
	}
}

func TestFoldKeep(t *testing.T) {
	for in, want := range map[string]string{
		"Hà Tĩnh":          "ha tinh",
		"ĐỀ ÁN ÐÔ THỊ":     "de an do thi",
		"S6:103 /KH-SKHCN": "s6:103 /kh-skhcn",
		"plain ascii":      "plain ascii",
		"€ stays":          "€ stays",
	} {
		if got := foldKeep(in); got != want {
			t.Errorf("foldKeep(%q) = %q, want %q", in, got, want)
		}
		if len([]rune(foldKeep(in))) != len([]rune(in)) {
			t.Errorf("foldKeep(%q) changed the number of runes", in)
		}
	}
	if got := ocrKey("SO KHOA HQC, S6:103 c6 1y"); got != "so khoa hqc so 103 co ly" {
		t.Errorf("ocrKey = %q", got)
	}
}

// ocrKeyReference is the first, simpler writing of ocrKey, kept to check
// the faster one against.
func ocrKeyReference(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	var word []byte
	var buf [64]byte
	word = buf[:0]
	letters, digits := false, false
	flush := func() {
		if len(word) == 0 {
			return
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		if letters && digits {
			for i, c := range word {
				switch c {
				case '0', '6':
					word[i] = 'o'
				case '1':
					word[i] = 'l'
				case '5':
					word[i] = 's'
				}
			}
		}
		b.Write(word)
		word = word[:0]
		letters, digits = false, false
	}
	for _, r := range s {
		r = foldRune(r)
		switch {
		case r >= 'a' && r <= 'z':
			word = append(word, byte(r))
			letters = true
		case r >= '0' && r <= '9':
			word = append(word, byte(r))
			digits = true
		case r >= 0x80 && unicode.IsLetter(r):
			word = utf8.AppendRune(word, r)
			letters = true
		case r >= 0x80 && unicode.IsDigit(r):
			word = utf8.AppendRune(word, r)
			digits = true
		default:
			flush()
		}
	}
	flush()
	return b.String()
}

// TestOCRKeyReference compares ocrKey with its reference on the seed lines,
// folded and not, and on text with OCR digits, marks, symbols and broken
// bytes.
func TestOCRKeyReference(t *testing.T) {
	in := []string{"", " ", "S6:103 /KH-SKHCN", "SO KHOA HQC VA CONG NGHE", "Ha\u0300 Ti\u0303nh 1y s6 5o",
		"x\xffy", "٣٤ abc٣", "Ω ω \u212b Å", strings.Repeat("a1", 100), "ngày  tháng 12 năm 2023", "ĐẮK1 5Ở"}
	for _, name := range seeds {
		for _, l := range seedLines(t, name[:3]) {
			in = append(in, l, foldKeep(l))
		}
	}
	for _, s := range in {
		if got, want := ocrKey(s), ocrKeyReference(s); got != want {
			t.Errorf("ocrKey(%q) = %q, reference %q", s, got, want)
		}
	}
}

// TestHeaderNumberForms checks the forms of the number line: a year
// between number and type, a one-line pipe header, a hyphen lost between
// type and issuer, a mixed-case code kept, a central body's number and
// place of signing, and a committee without its province.
func TestHeaderNumberForms(t *testing.T) {
	tests := []struct {
		name, head                          string
		number, typ, issuer, province, date string
	}{
		{"year segment, pipe header", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 12/2021/QĐ-UBND | Nghệ An, ngày 3 tháng 5 năm 2021 |\nQUYẾT ĐỊNH\nBan hành quy chế\n",
			"12/2021/QĐ-UBND", "QĐ", "UBND tỉnh Nghệ An", "Nghệ An", "2021-05-03"},
		{"hyphen lost", "Số: 845/QĐUBND\nCà Mau, ngày 2 tháng 6 năm 2020\nQUYẾT ĐỊNH\nX\n",
			"845/QĐUBND", "QĐ", "UBND tỉnh Cà Mau", "Cà Mau", "2020-06-02"},
		{"Prime Minister, signed in Hà Nội", "THỦ TƯỚNG CHÍNH PHỦ\nSố: 93/QĐ-TTg\nHà Nội, ngày 10 tháng 01 năm 2025\nQUYẾT ĐỊNH\nX\n",
			"93/QĐ-TTg", "QĐ", "Thủ tướng Chính phủ", "", "2025-01-10"},
		{"ministry code", "Số: 41/KH-BTP\nHà Nội, ngày 4 tháng 3 năm 2024\nKẾ HOẠCH\nX\n",
			"41/KH-BTP", "KH", "Bộ Tư pháp", "", "2024-03-04"},
		{"a letter numbered by its body's code alone", "TỔ CÔNG TÁC CHUYÊN TRÁCH CẢI CÁCH THỦ TỤC HÀNH CHÍNH CỦA THỦ TƯỚNG CHÍNH PHỦ\nSố: 467/CCTTHC\nV/v Thực thi các phương án đơn giản hóa\nHà Nội, ngày 01 tháng 10 năm 2010\n",
			"467/CCTTHC", "", "Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ", "", "2010-10-01"},
		{"the Government's steering committee, signed in Hà Nội", "BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH CỦA CHÍNH PHỦ\nSố: 12/QĐ-BCĐCCHC\nHà Nội, ngày 08 tháng 3 năm 2023\nQUYẾT ĐỊNH\nX\n",
			"12/QĐ-BCĐCCHC", "QĐ", "Ban Chỉ đạo cải cách hành chính của Chính phủ", "", "2023-03-08"},
		{"a department's letter, its province named in its body", "Số 924/SNV-CCHC Ngày 07-9-2015 V/v báo cáo công tác CCHC quý III năm 2015.\n\nKính gửi: Thủ trưởng các Sở, Ban ngành\n\nThực hiện Kế hoạch cải cách hành chính của UBND tỉnh Sơn La năm 2015, Sở Nội vụ đề nghị các sở báo cáo.\n",
			"924/SNV-CCHC", "", "Sở Nội vụ tỉnh Sơn La", "Sơn La", "2015-09-07"},
		{"a body's code alone, province's letter", "Số: 12/SNV\nGia Lai, ngày 4 tháng 3 năm 2024\nV/v báo cáo\n",
			"12/SNV", "", "Sở Nội vụ tỉnh Gia Lai", "Gia Lai", "2024-03-04"},
		{"government resolution", "Số: 7/NQ-CP\nHà Nội, ngày 1 tháng 2 năm 2023\nNGHỊ QUYẾT\nX\n",
			"7/NQ-CP", "NQ", "Chính phủ", "", "2023-02-01"},
		{"committee without province", "Số: 15/KH-UBND\nngày 1 tháng 2 năm 2024\nKẾ HOẠCH\nX\n",
			"15/KH-UBND", "KH", "", "", "2024-02-01"},
		{"commune in a pipe header", "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nXÃ PHÚ LỘC | Độc lập - Tự do - Hạnh phúc |\nSố: 21/KH-UBND | Phú Lộc, ngày 2 tháng 8 năm 2025 |\nKẾ HOẠCH\nX\n",
			"21/KH-UBND", "KH", "UBND xã Phú Lộc", "", "2025-08-02"},
		{"ward under its province", "UBND TỈNH LÂM ĐỒNG\nỦY BAN NHÂN DÂN PHƯỜNG XUÂN HƯƠNG\nSố: 5/KH-UBND\nXuân Hương, ngày 3 tháng 9 năm 2025\nKẾ HOẠCH\nX\n",
			"5/KH-UBND", "KH", "UBND phường Xuân Hương", "Lâm Đồng", "2025-09-03"},
		{"provincial council", "HỘI ĐỒNG NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 12/NQ-HĐND\nQuảng Ninh, ngày 9 tháng 12 năm 2024\nNGHỊ QUYẾT\nX\n",
			"12/NQ-HĐND", "NQ", "HĐND tỉnh Quảng Ninh", "Quảng Ninh", "2024-12-09"},
		{"date in figures", "Số: 88/KH-UBND\nGia Lai, ngày 20/12/2025\nKẾ HOẠCH\nX\n",
			"88/KH-UBND", "KH", "UBND tỉnh Gia Lai", "Gia Lai", "2025-12-20"},
		{"party directive", "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY GIA LAI\n*\nSố 05-CT/TU\nGia Lai, ngày 12 tháng 3 năm 2025\nCHỈ THỊ\nvề đẩy mạnh cải cách hành chính\n",
			"05-CT/TU", "CT", "Tỉnh ủy Gia Lai", "Gia Lai", "2025-03-12"},
		{"central party body, its code closed by its term", "ĐẢNG CỘNG SẢN VIỆT NAM\n**BAN CHẤP HÀNH TRUNG ƯƠNG**\n**ĐẢNG ĐOÀN QUỐC HỘI**\nSố 3260-KH/ĐĐQH15\nHà Nội, ngày 10 tháng 01 năm 2025\n**KẾ HOẠCH**\nX\n",
			"3260-KH/ĐĐQH15", "KH", "Đảng đoàn Quốc hội", "", "2025-01-10"},
		{"long pipe heading, place without province", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 30/KH-UBND | Bà Rịa, ngày 4 tháng 2 năm 2022 |\nKẾ HOẠCH\nX\n",
			"30/KH-UBND", "KH", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "2022-02-04"},
		{"city committee in Hà Nội", "Số: 9/KH-UBND\nHà Nội, ngày 5 tháng 1 năm 2026\nKẾ HOẠCH\nX\n",
			"9/KH-UBND", "KH", "UBND thành phố Hà Nội", "Hà Nội", "2026-01-05"},
		{"long pipe header row", "| ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 112/KH-UBND | Nha Trang, ngày 5 tháng 3 năm 2024 |\nKẾ HOẠCH\nX\n",
			"112/KH-UBND", "KH", "UBND tỉnh Khánh Hòa", "Khánh Hòa", "2024-03-05"},
		{"tab-separated header", "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 40/KH-UBND\tĐồng Hới, ngày 9 tháng 2 năm 2025\nKẾ HOẠCH\nX\n",
			"40/KH-UBND", "KH", "UBND tỉnh Quảng Bình", "Quảng Bình", "2025-02-09"},
		{"header joined by a converter", "ỦY BAN NHÂN DÂN TỈNH BÀ RỊA - VŨNG TÀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 7/KH-UBND Vũng Tàu, ngày 1 tháng 4 năm 2024\nKẾ HOẠCH\nX\n",
			"7/KH-UBND", "KH", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "2024-04-01"},
		{"council header in a pipe row", "| HỘI ĐỒNG NHÂN DÂN TỈNH THÁI NGUYÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| Số: 30/NQ-HĐND | Thái Nguyên, ngày 8 tháng 12 năm 2023 |\nNGHỊ QUYẾT\nX\n",
			"30/NQ-HĐND", "NQ", "HĐND tỉnh Thái Nguyên", "Thái Nguyên", "2023-12-08"},
		{"committee heading without the code", "| ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n| | Sóc Trăng, ngày 2 tháng 3 năm 2024 |\nKẾ HOẠCH\nX\n",
			"", "KH", "UBND tỉnh Sóc Trăng", "Sóc Trăng", "2024-03-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.head, tc.number, tc.typ, tc.issuer, tc.province, tc.date)
		})
	}
}

// TestHeaderFromProse checks the header read from the opening sentences
// of a press text or a report: the document named as issued or as the
// source of the report is the text's own; a cited one, a party's
// resolution, a decision publishing results, documents in general and
// bodies named for another reason are not; a committee named without its
// province takes the one the text names; a national text has no province.
func TestHeaderFromProse(t *testing.T) {
	tests := []struct {
		name, text                          string
		number, typ, issuer, province, date string
	}{
		{"decision issuing a plan, as the source", "Theo Quyết định 123/QĐ-TTg ban hành Kế hoạch chuyển đổi số giai đoạn 2026-2030, các bộ phải hoàn thành việc rà soát.\n",
			"123/QĐ-TTg", "QĐ", "Thủ tướng Chính phủ", "", ""},
		{"a headline naming a letter, the lead its date and a body that signed it", "Đã có Công văn 3628/SGDĐT-CTTTHSSV hướng dẫn nhiệm vụ năm học 2025 2026 tại Hà Nội?\nNgày 12/9/2025, Sở Giáo dục và Đào tạo Hà Nội đã ký ban hành Công văn 3628/SGDĐT-CTTTHSSV về việc hướng dẫn thực hiện nhiệm vụ.\n",
			"3628/SGDĐT-CTTTHSSV", "", "Sở Giáo dục và Đào tạo Hà Nội", "Hà Nội", "2025-09-12"},
		{"the parts of a decision its issuer issued", "Ngày 09/10/2025, Thủ tướng Chính phủ ban hành mục II Điều 1 Quyết định 2229/QĐ-TTg năm 2025 về việc phê duyệt chiến lược phát triển dịch vụ logistics.\n",
			"2229/QĐ-TTg", "QĐ", "Thủ tướng Chính phủ", "", "2025-10-09"},
		{"a programme issued with a decision", "Tại Tiểu mục 1 mục I Chương trình khuyến nông tỉnh Lạng Sơn ban hành kèm theo Quyết định 2367/QĐ-UBND năm 2025 có đề cập đến mục tiêu chung như sau:\n",
			"2367/QĐ-UBND", "QĐ", "UBND tỉnh Lạng Sơn", "Lạng Sơn", ""},
		{"a committee's plan issued by the city it names", "Theo tiểu mục 3 Mục III Kế hoạch 16/KH-UBND năm 2025 về việc tuyển chọn và gọi công dân nhập ngũ năm 2026 do thành phố Cần Thơ ban hành quy định như sau:\n",
			"16/KH-UBND", "KH", "UBND thành phố Cần Thơ", "Cần Thơ", ""},
		{"a press item whose body schedules events on other dates", "Ngày 8/12/2025, UBND Thành phố Hồ Chí Minh đã ban hành Kế hoạch 195/KH-UBND năm 2025 tổ chức các hoạt động đón chào năm mới 2026.\n**(1) Chương trình bắn pháo hoa nghệ thuật**\nThời gian: Từ 00 giờ 00 đến 00 giờ 15 ngày 01 tháng 01 năm 2026.\n- Đêm ngày 31 tháng 12 năm 2025 tại khu vực đi bộ đường Nguyễn Huệ.\n",
			"195/KH-UBND", "KH", "UBND thành phố Hồ Chí Minh", "Thành phố Hồ Chí Minh", "2025-12-08"},
		{"a plan reported as issued, then quoted by its number", "UBND tỉnh Quảng Ngãi vừa ban hành kế hoạch nhằm thúc đẩy kinh tế số.\nTheo Kế hoạch số 114/KH-UBND, tỉnh Quảng Ngãi sẽ triển khai đồng bộ nhiều giải pháp.\n",
			"114/KH-UBND", "KH", "UBND tỉnh Quảng Ngãi", "Quảng Ngãi", ""},
		{"notice of the Government Office", "Ngày 15/4/2025, Văn phòng Chính phủ ban hành Thông báo 120/TB-VPCP về kết luận của Thủ tướng Chính phủ Phạm Minh Chính tại cuộc họp.\n",
			"120/TB-VPCP", "TB", "Văn phòng Chính phủ", "", "2025-04-15"},
		{"aims of a resolution", "Mục tiêu tại Nghị quyết số 12/NQ-CP ngày 5/2/2024 của Chính phủ là 80% hồ sơ được giải quyết trực tuyến.\n",
			"12/NQ-CP", "NQ", "Chính phủ", "", "2024-02-05"},
		{"ministry", "Ngày 2/6/2025, Bộ Tư pháp ban hành Quyết định 90/QĐ-BTP năm 2025 về Kế hoạch cải cách hành chính năm 2025 của Bộ Tư pháp.\n",
			"90/QĐ-BTP", "QĐ", "Bộ Tư pháp", "", "2025-06-02"},
		{"plan opening the text, formal date", "Kế hoạch số 153/KH-UBND ngày 20 tháng 12 năm 2025 của UBND tỉnh Gia Lai đặt mục tiêu 100% hồ sơ trực tuyến.\n",
			"153/KH-UBND", "KH", "UBND tỉnh Gia Lai", "Gia Lai", "2025-12-20"},
		{"department by its number", "Sở Nội vụ tỉnh Gia Lai vừa ban hành Kế hoạch số 45/KH-SNV về cải cách hành chính năm 2026.\n",
			"45/KH-SNV", "KH", "Sở Nội vụ tỉnh Gia Lai", "Gia Lai", ""},
		{"department by its number after a date", "Ngày 15/01/2025, Sở Nội vụ tỉnh Long An ban hành Kế hoạch số 18/KH-SNV triển khai cải cách hành chính năm 2025.\n",
			"18/KH-SNV", "KH", "Sở Nội vụ tỉnh Long An", "Long An", "2025-01-15"},
		{"finance department by its number after a date", "Ngày 2/3/2026, Sở Tài chính tỉnh Phú Thọ ban hành Kế hoạch số 27/KH-STC về cải cách hành chính năm 2026.\n",
			"27/KH-STC", "KH", "Sở Tài chính tỉnh Phú Thọ", "Phú Thọ", "2026-03-02"},
		{"province beside the nation", "Cùng với cả nước, tỉnh Hà Nam đặt mục tiêu năm 2026 có 100% hồ sơ thủ tục hành chính được số hóa.\n",
			"", "", "", "Hà Nam", ""},
		{"province in step with all provinces", "Hòa chung với các tỉnh, thành phố, tỉnh Quảng Trị phấn đấu 100% hồ sơ được giải quyết trực tuyến.\n",
			"", "", "", "Quảng Trị", ""},
		{"department by its name", "Ngày 3/2/2026, Sở Tư pháp thành phố Cần Thơ ban hành Kế hoạch phổ biến pháp luật năm 2026.\n",
			"", "KH", "Sở Tư pháp thành phố Cần Thơ", "Cần Thơ", "2026-02-03"},
		{"plan named as the source, without a number", "Theo Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh Tuyên Quang, tỉnh phấn đấu tăng ít nhất 5 bậc.\n",
			"", "KH", "UBND tỉnh Tuyên Quang", "Tuyên Quang", ""},
		{"plan named as the source, issued by a committee", "Theo kế hoạch cải cách hành chính do UBND tỉnh Lâm Đồng ban hành, tỉnh sẽ dành 950 triệu đồng cho các hoạt động của công tác này trong năm 2018.\n",
			"", "KH", "UBND tỉnh Lâm Đồng", "Lâm Đồng", ""},
		{"plan named in general as the source", "Theo kế hoạch, tỉnh Yên Bái phấn đấu tăng ít nhất 5 bậc.\n",
			"", "", "", "Yên Bái", ""},
		{"a programme whose title holds a comma, after a source tag", "(ĐHXIII) – Theo chương trình hành động thực hiện chuyển đổi số, đô thị thông minh gắn với cải cách hành chính của UBND tỉnh Bà Rịa-Vũng Tàu, tỉnh đặt mục tiêu đến năm 2025 đạt 90% dịch vụ công trực tuyến.\n",
			"", "CTr", "UBND tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", ""},
		{"a plan named in general, then a clause of its own", "Theo kế hoạch chuyển đổi số, tỉnh Yên Bái sẽ triển khai các nhiệm vụ của UBND tỉnh giao.\n",
			"", "", "", "Yên Bái", ""},
		{"official letter of a ministry", "Bộ Nội vụ vừa có Công văn số 1234/BNV-CCHC gửi các bộ, ngành, địa phương.\n",
			"1234/BNV-CCHC", "", "Bộ Nội vụ", "", ""},
		{"cited in brackets", "5 chỉ tiêu (được Thủ tướng phê duyệt tại Quyết định số 766/QĐ-TTg ngày 23-6-2022) vừa được UBND tỉnh giao cho các sở.\n",
			"", "", "", "", ""},
		{"committee, province later in the sentence", "Ngày 8.6, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PAPI tỉnh Quảng Bình năm 2024.\n",
			"", "KH", "UBND tỉnh Quảng Bình", "Quảng Bình", ""},
		{"official letter, province not named", "UBND tỉnh vừa ban hành công văn số 512/UBND-KT yêu cầu các sở triển khai giải pháp.\n",
			"512/UBND-KT", "", "", "", ""},
		{"the chairman signs", "Ông Trần Văn Bình - Chủ tịch UBND TP. Đà Nẵng vừa ký ban hành Quyết định số 77/QĐ-UBND về kế hoạch cải cách hành chính năm 2026.\n",
			"77/QĐ-UBND", "QĐ", "UBND thành phố Đà Nẵng", "Đà Nẵng", ""},
		{"council resolution", "Kỳ họp thứ 20 Hội đồng Nhân dân TP Cần Thơ vừa thông qua Nghị quyết về nhiệm vụ năm 2025.\n",
			"", "NQ", "HĐND thành phố Cần Thơ", "Cần Thơ", ""},
		{"party resolution", "Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU ngày 3/3/2023 về chuyển đổi số.\n",
			"", "", "", "", ""},
		{"decision publishing results", "Năm 2024, tỉnh Sơn La đạt 90%.\nNgày 2/4/2025, Bộ Nội vụ ban hành Quyết định số 300/QĐ-BNV về việc phê duyệt và công bố Chỉ số hài lòng năm 2024.\n",
			"", "", "", "Sơn La", ""},
		{"plans of many units", "Toàn tỉnh Bình Phước có 26 sở và 11 đơn vị cấp huyện đã ban hành kế hoạch thực hiện.\n",
			"", "", "", "Bình Phước", ""},
		{"a visit schedule", "Trong chương trình công tác tại tỉnh Lào Cai, Thủ tướng làm việc với lãnh đạo tỉnh về bầu cử nhiệm kỳ 2026-2031.\n",
			"", "", "", "Lào Cai", ""},
		{"a report names the chairman", "Đồng chí Nguyễn Văn An - Chủ tịch Ủy ban nhân dân tỉnh Sơn La đã chỉ đạo quyết liệt công tác cải cách.\n",
			"", "", "", "Sơn La", ""},
		{"national report", "Theo báo cáo, 30/34 địa phương đã thành lập trung tâm; thành phố Hà Nội và tỉnh Ninh Bình vận hành một cấp.\n",
			"", "", "", "", ""},
		{"province named again after a national ranking", "Kết quả xếp hạng các tỉnh, thành phố: tỉnh Cà Mau xếp thứ 31.\nNăm trước, tỉnh Cà Mau thuộc nhóm 3.\n",
			"", "", "", "Cà Mau", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, tc.number, tc.typ, tc.issuer, tc.province, tc.date)
		})
	}
}

// checkHeader parses text and compares its header fields.
func checkHeader(t *testing.T, text, number, typ, issuer, province, date string) {
	t.Helper()
	d, err := Parse(strings.NewReader(text), "t.txt", indicators.Default())
	if err != nil {
		t.Fatal(err)
	}
	p := d.Plan
	got := []string{p.DocNumber, p.DocType, p.Issuer, p.Province, p.Date}
	want := []string{number, typ, issuer, province, date}
	names := []string{"number", "type", "issuer", "province", "date"}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("%s = %q, want %q", names[i], got[i], want[i])
		}
	}
}

// FuzzOCRKey compares ocrKey with its reference on any text.
func FuzzOCRKey(f *testing.F) {
	for _, s := range []string{"", "S6:103 /KH-SKHCN", "Ha\u0300 Ti\u0303nh 1y s6 5o", "x\xffy", "٣٤ abc٣", "ĐẮK1 5Ở"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := ocrKey(s), ocrKeyReference(s); got != want {
			t.Errorf("ocrKey(%q) = %q, reference %q", s, got, want)
		}
	})
}

// TestSentenceYear checks the year a sentence of prose gives for a plan:
// after a word of planning, not in a report of progress, not the end of a
// period, not of plans in general.
func TestSentenceYear(t *testing.T) {
	for _, tc := range []struct {
		sentence string
		year     int
		period   bool
	}{
		{"UBND tỉnh Yên Bái vừa ban hành Kế hoạch cải cách hành chính năm 2026", 2026, false},
		{"Tỉnh phấn đấu năm 2024 chỉ số PAPI nằm trong nhóm cao nhất", 2024, false},
		{"Kế hoạch cải cách hành chính giai đoạn 2026 - 2030", 0, true},
		{"Kết quả, năm 2021, tỉnh xếp thứ 2 trong mục tiêu chung", 0, false},
		{"Đến nay, trong số 46 nhiệm vụ được đề ra trong năm 2025, đã hoàn thành 21", 0, false},
		{"Nghị quyết về chuyển đổi số với mục tiêu đến năm 2025 hình thành chính quyền số", 0, false},
		{"Với mục tiêu, tới năm 2025, kinh tế số chiếm 20% GRDP, Hải Dương xác định một số nhiệm vụ trọng tâm", 0, false},
		{"UBND tỉnh đã ban hành các kế hoạch hành động; tổ chức chiến dịch năm 2021", 0, false},
		{"Năm 2026, tỉnh Lào Cai phấn đấu 100% hồ sơ được số hóa", 2026, false},
		{"Trong năm 2027, UBND thành phố đặt mục tiêu 100% hồ sơ được số hóa", 2027, false},
		{"Đối với năm 2025, Trung tâm đặt mục tiêu duy trì tỷ lệ hồ sơ giải quyết đúng hạn trên 99%", 2025, false},
		{"Năm 2025, tỉnh đã đặt mục tiêu 100% hồ sơ được số hóa", 0, false},
		{"Năm 2025, tỉnh đạt 90% hồ sơ trực tuyến", 0, false},
		{"Ngày 16-1, Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ ngành năm 2020", 2020, false},
		{"Hội nghị tổng kết công tác năm 2019 và triển khai nhiệm vụ năm 2020", 2020, false},
		{"Tỉnh tập trung hoàn thành các nội dung, nhiệm vụ đã đề ra theo Nghị quyết số 16-NQ/TU về cải cách hành chính giai đoạn 2021 - 2025", 0, false},
	} {
		y, period := sentenceYear(asciiFold([]rune(tc.sentence)))
		if y != tc.year || period != tc.period {
			t.Errorf("sentenceYear(%q) = %d, %v; want %d, %v", tc.sentence, y, period, tc.year, tc.period)
		}
	}
}

// TestCodeCase checks the case an issuer code of a number is kept in.
func TestCodeCase(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"TTg", "TTg"}, {"UBND-VP", "UBND-VP"}, {"ubnd", "UBND"}, {"Ubnd", "UBND"},
		{"SKHĐT", "SKHĐT"}, {"UBND-vx", "UBND-VX"}, {"Tg", "TG"},
	} {
		if got := codeCase(tc.in); got != tc.want {
			t.Errorf("codeCase(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// FuzzHeader checks that no header or opening sentence makes the header
// readers panic, and that a document named in prose is read within its
// line: seeds are the forms of TestHeaderNumberForms and
// TestHeaderFromProse.
func FuzzHeader(f *testing.F) {
	for _, s := range []string{
		"ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nXÃ PHÚ LỘC | Độc lập |\nSố: 21/2025/QĐUBND | Phú Lộc, ngày 2 tháng 8 năm 2025 |\nKẾ HOẠCH\nX\n",
		"THỦ TƯỚNG CHÍNH PHỦ\nSố: 93/QĐ-TTg\nHà Nội, ngày 10 tháng 01 năm 2025\nQUYẾT ĐỊNH\nX\n",
		"Theo Quyết định 123/QĐ-TTg ban hành Kế hoạch chuyển đổi số giai đoạn 2026-2030, các bộ phải hoàn thành.\n",
		"Ngày 15/4/2025, Văn phòng Chính phủ ban hành Thông báo 120/TB-VPCP về kết luận. Ông A. B - Chủ tịch UBND TP. Huế ký.\n",
		"5 chỉ tiêu (được phê duyệt tại Quyết định số 766/QĐ-TTg ngày 23-6-2022) vừa được UBND tỉnh giao.\n",
		"Ngày 8.6, UBND tỉnh ban hành Kế hoạch nâng cao Chỉ số PAPI tỉnh Quảng Bình năm 2024.\n",
		"Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 05-NQ/TU ngày 3/3/2023 về chuyển đổi số đến năm 2025.\n",
		"Theo báo cáo, 30/34 địa phương đã thành lập trung tâm; thành phố Hà Nội và tỉnh Ninh Bình vận hành một cấp.\n",
		"**PHỤ LỤC**\nCHỈ TIÊU NĂM 2026\n*(Ban hành kèm theo Kế hoạch số 144 /KH-UBND ngày 24 tháng 11 năm 2025 của\nUBND tỉnh Bắc Ninh)*\n| 1 | x |\n",
		"UBND TỈNH TÂY NINH\nBAN QUẢN LÝ KHU KINH TẾ TỈNH\nSố:\n45/\nQĐ-BQL\n*Thành phố Hồ Chí\nMinh, ngày … tháng 5. năm 2026*\nKẾ HOẠCH Cải cách năm 2026, đến năm 2030\n",
		"ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHƯỜNG HÒA BÌNH Độc lập\nSố 9/KH-UBND Hòa Bình, ngày 05 - 01 - 2026\n",
		"# Chỉ tiêu năm 2025, 2026?\n\n**Chỉ tiêu?**\n\nTheo quy định tại tiểu mục 3 Mục I Kế hoạch 01-KH/BCĐTW năm 2025, cụ thể:\n",
		"Ngày 13/11/2025, Quốc hội đã thông qua Nghị quyết 244/2025/QH15 của Quốc hội về Kế hoạch năm 2026.\n",
		"Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, …\n",
		"Thủ tướng Phạm Minh Chính vừa ký Chỉ thị số 06. Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà vừa ký Quyết định số 7.\n",
		"|\n**CHỦ TỊCH ỦY BAN\nNHÂN DÂN**\n**TỈNH NINH BÌNH**\n|\nSố:\n163/2025/QĐ-CTUBND\n|\n*Ninh Bình, ngày … tháng … năm 2025*\n",
		"Ngày 29/5/2025, Thủ tướng Chính phủ đã có Công điện 78/CĐ-TTg năm 2025.\n- cắt giảm 30% trong năm 2025; trong năm 2026\n",
	} {
		f.Add(s)
	}
	cat := indicators.Default()
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse(strings.NewReader(s), "t.txt", cat)
		if err != nil {
			return
		}
		if n := d.Plan.DocNumber; n != "" && !strings.Contains(s, n) && !strings.Contains(strings.ToUpper(s), strings.ToUpper(n)) {
			// A number read from a "Số:" line is rebuilt from its parts;
			// one read from prose is a slice of its line.
			if !strings.Contains(n, "/") {
				t.Errorf("number %q not in the text", n)
			}
		}
		for _, m := range proseMentionsIn([]rune(s), asciiFold([]rune(s)), nil) {
			if m.at < 0 || m.end > len([]rune(s)) || m.at > m.end || m.sentenceAt > m.at {
				t.Errorf("mention %+v out of its line of %d runes", m, len([]rune(s)))
			}
		}
	})
}
