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
		{"29", "2", "2023", "2023-02"}, {"1", "13", "2024", "2024"}, {"1", "1", "1800", ""}, {"", "", "2024", "2024"},
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
