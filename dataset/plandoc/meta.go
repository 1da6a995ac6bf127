package plandoc

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// headLines is how far into a document the metadata of its first page is
// looked for.
const headLines = 60

var (
	// "Số: 265/KH-STC", "S6:103 /KH-SKHCN", "Số: /KH-UBND", "Số: 3098/QĐ-UBND |",
	// "Số: 30/2018/QĐ-UBND | Hải Phòng, ngày …" (the year of a legal
	// normative document between number and type).
	mdNumberRe = regexp.MustCompile(`^[\s|*]*s[o6ố0]\s*(?:hieu)?\s*[:.]\s*([0-9]*)\s*/\s*(?:((?:19|20)[0-9]{2})\s*/\s*)?([a-z]{1,8})\s*-\s*([a-z&]{2,12}(?:-[a-z&]{1,10})*)`)
	// "| Số hiệu | 3098/QĐ-UBND |", "| Số hiệu: | 12/KH-UBND | Loại văn bản: | …",
	// "Số hiệu<tab>12/KH-UBND": a site's metadata table.
	mdNumberTableRe = regexp.MustCompile(`^\|?\s*so hieu\s*:?\s*[|\t]\s*([0-9]+)\s*/\s*(?:((?:19|20)[0-9]{2})\s*/\s*)?([a-z]{1,8})\s*-\s*([a-z&]{2,12}(?:-[a-z&]{1,10})*)`)
	// "Số 05-CT/TU", "Số: 35-KH/TU": a party committee's number, type
	// before the slash and the committee after it.
	mdPartyNumberRe = regexp.MustCompile(`^[\s|*]*s[o6ố0]\s*[:.]?\s*([0-9]+)\s*-\s*(kh|ct|nq|kl|qd|tb|ctr|hd)\s*/\s*(tu|tw|hu|du|qu|[a-z]{2,8}[0-9]{0,2})\b`)
	// "Số: 467/CCTTHC": a letter numbered by its body's code alone, with
	// no type code and no unit after it.
	mdNumberBodyOnlyRe = regexp.MustCompile(`^[\s|*]*s[o6ố0]\s*[:.]\s*([0-9]+)\s*/\s*([a-z&]{2,12})\s*$`)
	// "Số: 1961/QĐUBND": a converter dropped the hyphen between the type
	// and the issuer; the type is one of the known codes.
	mdNumberGluedRe = regexp.MustCompile(`^[\s|*]*s[o6ố0]\s*(?:hieu)?\s*[:.]\s*([0-9]+)\s*/\s*(?:((?:19|20)[0-9]{2})\s*/\s*)?(kh|qd|nq|ct|tb|cd|ctr)(ubnd|hdnd|[a-z]{2,10})\b`)
	// "Hà Tĩnh, ngày 16 tháng 01 năm 2024", "Ha Tinh, ngay02 thang02 nam 2023", "ngày  tháng 12 năm 2023",
	// "ngày … tháng … năm 2026", "ngày 5. tháng 01. năm 2026", "*ngày* 5 *tháng* 01".
	mdDateRe = regexp.MustCompile(`ngay` + mdDateFill + `([0-9]{1,2})?` + mdDateFill + `thang` + mdDateFill + `([0-9]{1,2})?` + mdDateFill + `nam` + mdDateFill + `([0-9]{4})`)
	// "Gia Lai, ngày 20/12/2025": the place-and-date line with the date in
	// figures, alone on its line or in a cell of the header table.
	// "Nghệ An, ngày 05 - 01 - 2026", "Bà Rịa - Vũng Tàu, ngày 2/3/2026" likewise.
	mdDateNumRe = regexp.MustCompile(`^[\s|*_]*((?:[a-z]+ (?:- )?){0,4}[a-z]+)[\s*_]*,[\s*_]*ngay\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*((?:19|20)[0-9]{2})\s*[.|*_]*\s*$`)
	// "| Ngày ban hành | 31/12/2024 |", "| Ngày ban hành: | 31/12/2024 |", with a tab likewise.
	mdDateTableRe = regexp.MustCompile(`ngay ban hanh\s*:?\s*[|\t]\s*([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})`)
	// "| Người ký | Nguyễn Hồng Lĩnh |", "Người ký<tab>Y", and with a colon
	// when the label stands in a cell of its own: "| Nơi ban hành: | Tỉnh X
	// | Người ký: | Y |".
	mdSignerTableRe = regexp.MustCompile(`(?:(?:^\|?|[|\t])\s*nguoi ky|[|\t]\s*nguoi ky\s*:)\s*[|\t]\s*([^|\t]+?)\s*(?:[|\t]|$)`)
	// "Nơi ban hành: Thành phố Đà Nẵng Người ký: Lê Trung Chinh": a site's
	// metadata line with several "label: value" pairs.
	mdSignerColonRe = regexp.MustCompile(`\bnguoi ky\s*:\s*([^|:]+?)\s*(?:\||$)`)
	mdYearRe        = regexp.MustCompile(`nam\s+([0-9]{4})`)
	mdRefRe         = regexp.MustCompile(`\bso [0-9]+\b|\b[0-9]+ (?:kh|qd|nq|ct|tt|nd) `)
	mdPlaceRe       = regexp.MustCompile(`([a-z][a-z ]*?)[\s*_]*,[\s*_]*ngay` + mdDateFill + `[0-9]{0,2}` + mdDateFill + `thang`)
	// "PHẦN I", "PHẦN THỨ NHẤT": a part of the body.
	mdPartRe = regexp.MustCompile(`^phan (?:[ivx]+|[0-9]+|thu [a-z]+)\b`)
)

// mdDateFill is what may stand between the words and figures of a date
// written out: spaces, the dots or ellipsis of a blank, markdown emphasis,
// a comma.
const mdDateFill = `[\s.…_*,]*`

// docTypes maps folded document-type codes to their canonical spelling.
var docTypes = map[string]string{
	"kh": "KH", "qd": "QĐ", "nq": "NQ", "ct": "CT", "tb": "TB", "bc": "BC",
	"cv": "CV", "hd": "HD", "kl": "KL", "da": "ĐA", "ctr": "CTr", "tt": "TT", "cd": "CĐ",
}

// docTypeWords maps the folded heading of a document to its type code.
var docTypeWords = []struct{ heading, code string }{
	{"ke hoach", "KH"}, {"quyet dinh", "QĐ"}, {"nghi quyet", "NQ"}, {"chi thi", "CT"},
	{"thong bao", "TB"}, {"bao cao", "BC"}, {"chuong trinh", "CTr"}, {"de an", "ĐA"},
	{"cong dien", "CĐ"},
}

// issuerCodes maps the folded issuer part of a document number
// ("265/KH-STC" → "stc") to the issuing body; "%s" is the province.
var issuerCodes = map[string]string{
	"ubnd":    "UBND tỉnh %s",
	"hdnd":    "HĐND tỉnh %s",
	"stc":     "Sở Tài chính tỉnh %s",
	"snv":     "Sở Nội vụ tỉnh %s",
	"stp":     "Sở Tư pháp tỉnh %s",
	"stttt":   "Sở Thông tin và Truyền thông tỉnh %s",
	"sttt":    "Sở Thông tin và Truyền thông tỉnh %s",
	"skhdt":   "Sở Kế hoạch và Đầu tư tỉnh %s",
	"skhcn":   "Sở Khoa học và Công nghệ tỉnh %s",
	"sgtvt":   "Sở Giao thông vận tải tỉnh %s",
	"sxd":     "Sở Xây dựng tỉnh %s",
	"syt":     "Sở Y tế tỉnh %s",
	"sgddt":   "Sở Giáo dục và Đào tạo tỉnh %s",
	"snnptnt": "Sở Nông nghiệp và Phát triển nông thôn tỉnh %s",
	"snnmt":   "Sở Nông nghiệp và Môi trường tỉnh %s",
	"stnmt":   "Sở Tài nguyên và Môi trường tỉnh %s",
	"sct":     "Sở Công Thương tỉnh %s",
	"sldtbxh": "Sở Lao động - Thương binh và Xã hội tỉnh %s",
	"svhttdl": "Sở Văn hóa, Thể thao và Du lịch tỉnh %s",
	"svhtt":   "Sở Văn hóa và Thể thao tỉnh %s",
	"sngv":    "Sở Ngoại vụ tỉnh %s",
	"sdttg":   "Sở Dân tộc và Tôn giáo tỉnh %s",
	"ttr":     "Thanh tra tỉnh %s",
	"vpubnd":  "Văn phòng UBND tỉnh %s",
	"vp":      "Văn phòng UBND tỉnh %s", // "2881/VP-KGVX": the committee's office and its unit
	"ctubnd":  "Chủ tịch UBND tỉnh %s",  // "163/2025/QĐ-CTUBND": a decision of the chairman
	"ct":      "Chủ tịch UBND tỉnh %s",  // "88/QĐ-CT" likewise
}

// centralCodes maps the folded issuer part of a central body's document
// number ("282/QĐ-TTg" → "ttg", "664/QĐ-BXD" → "bxd") to the body. A
// central document has no province: "Hà Nội, ngày …" is only where it
// was signed.
var centralCodes = map[string]string{
	"ttg": "Thủ tướng Chính phủ", "cp": "Chính phủ", "vpcp": "Văn phòng Chính phủ",
	"ttcp": "Thanh tra Chính phủ", "nhnn": "Ngân hàng Nhà nước Việt Nam",
	"qh": "Quốc hội", "ubtvqh": "Ủy ban Thường vụ Quốc hội",
	"bnv": "Bộ Nội vụ", "bxd": "Bộ Xây dựng", "btc": "Bộ Tài chính", "btp": "Bộ Tư pháp",
	"bca": "Bộ Công an", "bqp": "Bộ Quốc phòng", "byt": "Bộ Y tế", "bct": "Bộ Công Thương",
	"bng": "Bộ Ngoại giao", "bgddt": "Bộ Giáo dục và Đào tạo", "bkhcn": "Bộ Khoa học và Công nghệ",
	"bkhdt": "Bộ Kế hoạch và Đầu tư", "btttt": "Bộ Thông tin và Truyền thông",
	"bgtvt": "Bộ Giao thông vận tải", "bnnmt": "Bộ Nông nghiệp và Môi trường",
	"bnnptnt": "Bộ Nông nghiệp và Phát triển nông thôn", "btnmt": "Bộ Tài nguyên và Môi trường",
	"bldtbxh": "Bộ Lao động - Thương binh và Xã hội", "bvhttdl": "Bộ Văn hóa, Thể thao và Du lịch",
	"bdttg": "Bộ Dân tộc và Tôn giáo",
	// The Prime Minister's working group on the reform of administrative
	// procedures (2007-2011), whose letters are numbered "Số: 467/CCTTHC".
	"cctthc": "Tổ công tác chuyên trách cải cách thủ tục hành chính của Thủ tướng Chính phủ",
	// The Government's steering committee for administrative reform
	// (2022-2025), whose decisions are numbered "Số: 12/QĐ-BCĐCCHC".
	"bcdcchc": "Ban Chỉ đạo cải cách hành chính của Chính phủ",
	// Central Party bodies, by the code their numbers close with ("Số
	// 3260-KH/ĐĐQH15": the term's number dropped).
	"party-ddqh": "Đảng đoàn Quốc hội", "party-bcsdcp": "Ban cán sự đảng Chính phủ",
	"party-btctw": "Ban Tổ chức Trung ương", "party-btgtw": "Ban Tuyên giáo Trung ương",
	"party-btgdvtw": "Ban Tuyên giáo và Dân vận Trung ương", "party-vptw": "Văn phòng Trung ương Đảng",
	"party-ubkttw": "Ủy ban Kiểm tra Trung ương",
}

// centralBody reports whether an issuer is a central body (the
// Government, the Prime Minister, a ministry): its documents have no
// province.
func centralBody(issuer string) bool {
	if strings.HasPrefix(issuer, "Bộ ") {
		return true
	}
	for _, name := range centralCodes {
		if issuer == name {
			return true
		}
	}
	return false
}

// issuerHeads maps the folded heading of an issuing body, as printed in the
// top-left block ("SỞ TÀI CHÍNH", OCR "SO KHOA HQC VA CONG NGHE"), to its
// canonical name; "%s" is the province.
var issuerHeads = []struct{ words, name string }{
	{"chu tich uy ban nhan dan", "Chủ tịch UBND tỉnh %s"}, // a decision of the chairman
	{"chu tich ubnd", "Chủ tịch UBND tỉnh %s"},
	{"uy ban nhan dan", "UBND tỉnh %s"},
	{"hoi dong nhan dan", "HĐND tỉnh %s"},
	{"so tai chinh", "Sở Tài chính tỉnh %s"},
	{"so noi vu", "Sở Nội vụ tỉnh %s"},
	{"so tu phap", "Sở Tư pháp tỉnh %s"},
	{"so thong tin va truyen thong", "Sở Thông tin và Truyền thông tỉnh %s"},
	{"so ke hoach va dau tu", "Sở Kế hoạch và Đầu tư tỉnh %s"},
	{"so khoa hoc va cong nghe", "Sở Khoa học và Công nghệ tỉnh %s"},
	{"so giao thong van tai", "Sở Giao thông vận tải tỉnh %s"},
	{"so xay dung", "Sở Xây dựng tỉnh %s"},
	{"so y te", "Sở Y tế tỉnh %s"},
	{"so giao duc va dao tao", "Sở Giáo dục và Đào tạo tỉnh %s"},
	{"so nong nghiep va phat trien nong thon", "Sở Nông nghiệp và Phát triển nông thôn tỉnh %s"},
	{"so nong nghiep va moi truong", "Sở Nông nghiệp và Môi trường tỉnh %s"},
	{"so tai nguyen va moi truong", "Sở Tài nguyên và Môi trường tỉnh %s"},
	{"so cong thuong", "Sở Công Thương tỉnh %s"},
	{"so lao dong thuong binh va xa hoi", "Sở Lao động - Thương binh và Xã hội tỉnh %s"},
	{"so van hoa the thao va du lich", "Sở Văn hóa, Thể thao và Du lịch tỉnh %s"},
}

// provinceNames are the provincial units before the 2025 merger and the
// names kept after it, used when vntext.CanonicalProvince does not know a
// name.
var provinceNames = []string{
	"An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh",
	"Bến Tre", "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau",
	"Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
	"Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
	"Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang",
	"Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
	"Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
	"Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
	"Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Huế",
	"Tiền Giang", "Thành phố Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long",
	"Vĩnh Phúc", "Yên Bái",
}

// provinceKeys maps the ocrKey of each name of provinceNames (and of
// "Hồ Chí Minh" without "Thành phố") to the name. Built once, only read.
var provinceKeys = func() map[string]string {
	m := make(map[string]string, len(provinceNames)+1)
	for _, p := range provinceNames {
		k := ocrKey(p)
		m[k] = p
		m[strings.TrimPrefix(k, "thanh pho ")] = p
	}
	for alias, p := range provinceAliases {
		m[alias] = p
	}
	return m
}()

// provinceAliases are the short names the press uses for a province,
// keyed by their ocrKey ("TP.HCM", "TPHCM").
var provinceAliases = map[string]string{
	"hcm": "Thành phố Hồ Chí Minh", "tphcm": "Thành phố Hồ Chí Minh", "tp hcm": "Thành phố Hồ Chí Minh",
	"ba ria vung tau": "Bà Rịa - Vũng Tàu", "brvt": "Bà Rịa - Vũng Tàu",
}

// leadingProvince returns the province the first words of ws name, the
// longest name first (up to five words), and how many words it takes;
// "", 0 when they name none.
func leadingProvince(ws []string) (string, int) {
	for n := min(len(ws), 5); n >= 1; n-- { // "Bà Rịa - Vũng Tàu", "Thành phố Hồ Chí Minh": five words
		if prov, ok := canonicalProvince(strings.Join(ws[:n], " ")); ok {
			return prov, n
		}
	}
	return "", 0
}

// canonicalProvince maps a province name as written (any case, with or
// without diacritics) to its canonical name.
func canonicalProvince(name string) (string, bool) {
	name = strings.TrimSpace(name)
	if name == "" {
		return "", false
	}
	if c, ok := vntext.CanonicalProvince(name); ok {
		return c, true
	}
	key := ocrKey(name)
	key = strings.TrimPrefix(key, "tinh ")
	key = strings.TrimPrefix(key, "thanh pho ")
	p, ok := provinceKeys[key]
	return p, ok
}

// ocrKey folds s and keeps only letters and digits, one space between
// words, with the digits that OCR puts for letters inside words mapped
// back ("s6" → "so", "1y" → "ly", "hqc" stays): the key names are matched on.
func ocrKey(s string) string {
	return string(appendOCRKey(make([]byte, 0, len(s)), s))
}

// appendOCRKey appends the key of s (see ocrKey) to dst. Each word is
// written straight into dst, after a space when a word came before it; a
// run of lower-case ASCII letters, most of a folded line, is copied at
// once.
func appendOCRKey(dst []byte, s string) []byte {
	start := len(dst)
	word := -1 // where the current word starts in dst, -1 between words
	letters, digits := false, false
	for i := 0; i < len(s); {
		c := s[i]
		var r rune
		switch keyClass[c] {
		case keyLower:
			j := i + 1
			for j < len(s) && keyClass[s[j]] == keyLower {
				j++
			}
			if word < 0 {
				if len(dst) > start {
					dst = append(dst, ' ')
				}
				word = len(dst)
			}
			dst = append(dst, s[i:j]...)
			letters, i = true, j
			continue
		case keySep:
			// Any other rune separates words: end the word it ends.
			if word >= 0 && letters && digits {
				ocrDigits(dst[word:])
			}
			word, letters, digits = -1, false, false
			i++
			continue
		case keyUpper:
			r = rune(c + 'a' - 'A')
			i++
		case keyDigit:
			r = rune(c)
			i++
		default: // not ASCII
			var n int
			r, n = decodeRune(s[i:])
			i += n
			r = foldRune(r)
		}
		isLetter := r >= 'a' && r <= 'z' || r >= 0x80 && unicode.IsLetter(r)
		isDigit := !isLetter && (r >= '0' && r <= '9' || r >= 0x80 && unicode.IsDigit(r))
		if !isLetter && !isDigit {
			if word >= 0 && letters && digits {
				ocrDigits(dst[word:])
			}
			word, letters, digits = -1, false, false
			continue
		}
		if word < 0 {
			if len(dst) > start {
				dst = append(dst, ' ')
			}
			word = len(dst)
		}
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, r)
		}
		letters = letters || isLetter
		digits = digits || isDigit
	}
	if word >= 0 && letters && digits { // the last word
		ocrDigits(dst[word:])
	}
	return dst
}

// The classes of bytes appendOCRKey tells apart.
const (
	keySep   = iota // an ASCII byte that is no letter or digit
	keyLower        // a-z
	keyUpper        // A-Z
	keyDigit        // 0-9
	keyMulti        // a byte of a multi-byte rune
)

// keyClass is the class of each byte.
var keyClass = func() (t [256]byte) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = keyMulti
		case 'a' <= c && c <= 'z':
			t[c] = keyLower
		case 'A' <= c && c <= 'Z':
			t[c] = keyUpper
		case '0' <= c && c <= '9':
			t[c] = keyDigit
		}
	}
	return t
}()

// ocrDigits maps back, in place, the digits OCR puts for letters in a
// word of letters and digits ("s6" → "so").
func ocrDigits(word []byte) {
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

// extractMeta reads the plan's metadata from the first page (number,
// type, place and date, issuer, title, signer), fills what the header
// left out from the opening sentences, and reports what is missing.
func extractMeta(p *page, name string) (dataset.Plan, []dataset.Finding) {
	var m dataset.Plan
	head := min(len(p.lines), headLines)
	numLine, issuerCode := metaNumber(p, head, &m)
	dateLine := metaPlaceDate(p, head, numLine, &m)
	m.Issuer = issuerName(p, head, issuerCode, m.Province)
	if centralBody(m.Issuer) {
		m.Province = "" // the place of signing of a central document
	}
	if localName(m.Issuer) != "" && ocrKey(localName(m.Issuer)) == ocrKey(m.Province) {
		// "Hòa Bình, ngày …" under "UBND PHƯỜNG HÒA BÌNH": the ward's
		// place, not the province of that name.
		m.Province = provinceFromHead(p, head)
	}
	if m.Issuer == "" {
		if min := ministryIn(p, head); min != "" {
			m.Issuer, m.Province = min, "" // a ministry's place of issue is not its province
		}
	}
	m.Title = titleOf(p, head)
	m.Year = titleYear(m.Title)
	var fromAnnex []dataset.Finding
	if numLine < 0 && m.DocNumber == "" {
		if f, ok := fillFromAnnex(p, &m); ok {
			fromAnnex = append(fromAnnex, f)
		}
	}
	// What the header left out, from the opening sentences of an
	// excerpt or a report.
	fillFromProse(p, &m, numLine >= 0 || len(fromAnnex) > 0)
	selfReference(p, &m) // "Nghị quyết này …", "Bộ Chính trị yêu cầu …": a text without its heading block
	if named := issuerInTitle(m.Title); named != "" && (m.Issuer == "" || strings.HasPrefix(named, m.Issuer+" ")) {
		// "Kế hoạch … của Sở Y tế tỉnh Nghệ An" without its heading
		// block: the title names the issuer with its province.
		m.Issuer = named
	}
	if alias := committeeOfAlias(m.Issuer); alias != m.Issuer {
		m.Issuer = alias
		if m.Province == "" {
			m.Province = provinceOfCommittee(alias) // "UBND TPHCM": the committee of Thành phố Hồ Chí Minh
		}
	}
	m.Issuer = provinceSpeltAsRegister(bareCommitteeOf(departmentWrittenOut(m.Issuer), m.Province))
	if m.Year == 0 && m.Title != "" {
		m.Year = titleYear(m.Title) // the subject of the plan a press item names ("về chuyển đổi số thành phố Huế năm 2026")
	}
	if y := m.Year; y > 0 && runsTo(m.Title, y) && len(m.Date) >= 4 && m.Date[:4] < strconv.Itoa(y) {
		m.Year = 0 // "… đến năm 2025" issued in 2023: a plan for several years
	}
	if m.Year == 0 {
		m.Year = bodyYear(p, m) // "… trong năm 2025" of a directive or resolution
	}
	if m.Year == 0 {
		m.Year = campaignYear(p, m) // "(từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025)" of a campaign's plan
	}
	if multiYear(m.Title) {
		m.Year = 0 // "… giai đoạn 2021 - 2025", "… năm 2025 và các năm tiếp theo": the title says the plan is for several years
	}
	if noYearKind(m.DocType) {
		m.Year = 0 // a notice of conclusions or a report is for no year
	}
	signer, restored := signerOf(p)
	if signer != "" || restored != "" {
		m.Signer = signer
	}
	if m.DocNumber != "" {
		m.ID = m.DocNumber
	} else {
		m.ID = fileSlug(name)
	}
	return m, append(metaFindings(p, m, numLine, dateLine, restored), fromAnnex...)
}

// metaNumber reads the document number line ("Số: 265/KH-STC") into m's
// number and type, else the type from the type heading; it returns the
// 0-based line of the number (-1 when none) and the issuer part of the
// number, folded ("stc").
func metaNumber(p *page, head int, m *dataset.Plan) (numLine int, issuerCode string) {
	numLine = -1
	for i := 0; i < head && numLine < 0; i++ {
		line, f := numberLine(p, i)
		if !strings.Contains(f, "/") {
			continue // every form has a slash; most lines have none
		}
		glued := false
		sm := mdNumberRe.FindStringSubmatchIndex(f)
		if sm == nil {
			sm = mdNumberTableRe.FindStringSubmatchIndex(f)
		}
		if sm == nil && startsWithCapitalSo(line) {
			sm = mdNumberBareRe.FindStringSubmatchIndex(f) // "Số 45/QĐ-UBND"
		}
		if sm == nil {
			sm, glued = mdNumberGluedRe.FindStringSubmatchIndex(f), true
		}
		if sm == nil && startsWithCapitalSo(line) {
			if bm := mdNumberBodyOnlyRe.FindStringSubmatchIndex(f); bm != nil && !knownDocType(f[bm[4]:bm[5]]) {
				numLine, issuerCode = i, f[bm[4]:bm[5]]
				m.DocNumber = f[bm[2]:bm[3]] + "/" + issuerCodeText(line, f, bm[4], bm[5])
				continue
			}
		}
		if sm == nil {
			if sm = mdPartyNumberRe.FindStringSubmatchIndex(f); sm != nil && (startsWithCapitalSo(line) || strings.Contains(f[:sm[2]], ":")) {
				// Not "số 18-KL/TW của Trung ương, gửi …", a sentence
				// wrapped before the number it cites.
				numLine = i
				m.DocType = docTypeCode(f[sm[4]:sm[5]])
				m.DocNumber = f[sm[2]:sm[3]] + "-" + m.DocType + "/" + issuerCodeText(line, f, sm[6], sm[7])
				issuerCode = "party-" + strings.TrimRight(f[sm[6]:sm[7]], "0123456789") // "ĐĐQH15": the body, then its term
			}
			continue
		}
		numLine = i
		num := f[sm[2]:sm[3]]
		typ := f[sm[6]:sm[7]]
		// "UBND-VX": the issuer is the first part, the rest names a unit of it.
		issuerCode, _, _ = strings.Cut(f[sm[8]:sm[9]], "-")
		m.DocType = docTypeCode(typ)
		if num == "" {
			continue
		}
		if sm[4] >= 0 {
			num += "/" + f[sm[4]:sm[5]] // "30/2018/QĐ-UBND"
		}
		sep := "-"
		if glued {
			sep = "" // "1961/QĐUBND" as printed
		}
		m.DocNumber = num + "/" + m.DocType + sep + issuerCodeText(line, f, sm[8], sm[9])
		if bodyInTypeSlot(typ) {
			// "4975/VPCP-KSTT", "426/UBND-NC": a letter whose number
			// names its body where a type code stands has no type code;
			// the body is the issuer, the rest a unit of it.
			m.DocNumber = num + "/" + issuerCodeText(line, f, sm[6], sm[9])
			m.DocType, issuerCode = "", typ
		}
	}
	if m.DocType == "" {
		m.DocType = headingDocType(p, head)
	}
	return numLine, issuerCode
}

// bodyInTypeSlot reports whether the folded type part of a document
// number is the code of an issuing body (a central body's "vpcp", "ttg",
// "bnv", a province's "ubnd") rather than a kind of document.
func bodyInTypeSlot(typ string) bool {
	if _, ok := docTypes[typ]; ok {
		return false
	}
	if len(typ) > 4 {
		return true // "6225/BVHTTDL-VP", "2554/SGDĐT-GDPT": no type code is so long
	}
	_, central := centralCodes[typ]
	_, local := issuerCodes[typ]
	return central || local
}

// mdNumberOpenRe matches a number line whose number goes on on the next
// line: "Số:" alone, "Số: 45/", "Số: 45" (the rest, "/KH-UBND", below).
var mdNumberOpenRe = regexp.MustCompile(`^[\s|*]*s[o6ố0]\s*(?:hieu)?\s*[:.]?\s*(?:[0-9]+\s*/?)?\s*[|*]*\s*$`)

// mdNumberBareRe matches a number line without the colon: "Số 45/QĐ-UBND";
// its groups are those of mdNumberRe.
var mdNumberBareRe = regexp.MustCompile(`^[\s|*]*s[o6ố0]\s+([0-9]+)\s*/\s*(?:((?:19|20)[0-9]{2})\s*/\s*)?([a-z]{1,8})\s*-\s*([a-z&]{2,12}(?:-[a-z&]{1,10})*)`)

// numberLine returns line i and its folded form, joined with the next
// line of text when line i opens a number that goes on there ("Số:" over
// "123/KH-UBND", "Số: 45/" over "QĐ-UBND"). The two are joined the same
// way, so that they keep the same runes.
func numberLine(p *page, i int) (line, fold string) {
	line, fold = p.lines[i], p.fold[i]
	if !strings.HasPrefix(strings.TrimLeft(fold, " \t|*"), "s") || !mdNumberOpenRe.MatchString(fold) {
		return line, fold
	}
	if j := nextTextLine(p, i); j > 0 {
		// Pipes and emphasis between the two parts go, from both alike.
		const cut = " \t|*"
		return strings.TrimRight(line, cut) + " " + strings.TrimLeft(p.lines[j], cut),
			strings.TrimRight(fold, cut) + " " + strings.TrimLeft(p.fold[j], cut)
	}
	return line, fold
}

// startsWithCapitalSo reports a line that opens with "Số" or "SỐ" written
// with its capital, as a number line does; in a wrapped sentence "số 45/…"
// is a reference to another document.
func startsWithCapitalSo(line string) bool {
	t := strings.TrimLeft(line, " \t|*")
	return strings.HasPrefix(t, "Số") || strings.HasPrefix(t, "SỐ") || strings.HasPrefix(t, "So ") || strings.HasPrefix(t, "SO ")
}

// metaPlaceDate reads the place-and-date line ("Hà Tĩnh, ngày 16 tháng 01
// năm 2024", also broken after "ngày") into m's province and date, else
// the province from the issuer block and the date from a site's metadata
// table; it returns the 0-based line of the date, -1 when none.
func metaPlaceDate(p *page, head, numLine int, m *dataset.Plan) int {
	dateLine, date := -1, ""
	for i := 0; i < head && dateLine < 0; i++ {
		if p.skip[i] {
			continue
		}
		f := p.fold[i]
		if !strings.Contains(f, "ngay") {
			continue
		}
		if loc := mdDateRe.FindStringIndex(f); loc != nil {
			if !citedDate(f, loc[0]) && (numLine >= 0 || placeDateForm(f[:loc[0]])) {
				dateLine, date = i, f
			}
		} else if j := nextTextLine(p, i); j > 0 && dateRunsOn(f) && mdDateRe.MatchString(f+" "+p.fold[j]) {
			if !citedDate(f, strings.Index(f, "ngay")) {
				dateLine, date = i, f+" "+p.fold[j] // "Khánh Hòa, ngày" / "09 tháng 12 năm 2024"
			}
		} else if sm := mdDateNumRe.FindStringSubmatch(f); sm != nil {
			// "Gia Lai, ngày 20/12/2025", in the words of the usual form.
			dateLine, date = i, sm[1]+", ngay "+sm[2]+" thang "+sm[3]+" nam "+sm[4]
		}
	}
	if dateLine >= 0 {
		if sm := mdPlaceRe.FindStringSubmatchIndex(date); sm != nil {
			m.Province = provinceSuffix(date[sm[2]:sm[3]])
			if m.Province == "" && strings.TrimLeft(date[:sm[2]], " \t|*_") == "" {
				m.Province = brokenPlace(p, dateLine, date[sm[2]:sm[3]])
			}
		}
		sm := mdDateRe.FindStringSubmatch(date)
		m.Date = isoDate(sm[1], sm[2], sm[3])
	}
	if m.Date == "" && numLine >= 0 {
		// "Số: 05/KH-UBND ngày 05/01/2026": the date beside the number.
		if sm := mpDateFoldRe.FindStringSubmatch(p.fold[numLine]); sm != nil {
			m.Date = isoDate(sm[1], sm[2], sm[3])
		}
	}
	if m.Province == "" {
		m.Province = provinceFromHead(p, head)
	}
	if m.Date == "" {
		for i := 0; i < head; i++ {
			if sm := mdDateTableRe.FindStringSubmatch(p.fold[i]); sm != nil {
				m.Date = isoDate(sm[1], sm[2], sm[3])
				break
			}
		}
	}
	return dateLine
}

// dateRunsOn reports whether a folded line ends inside a date that the
// next line goes on with: its last "ngày" is followed by no more than the
// start of a date ("Khánh Hòa, ngày" / "09 tháng 12 năm 2024", "Vĩnh
// Long, ngày 16 tháng 11 năm" / "2025").
func dateRunsOn(f string) bool {
	k := strings.LastIndex(f, "ngay")
	return k >= 0 && mdDateStartRe.MatchString(f[k+len("ngay"):])
}

// mdDateStartRe matches what may follow "ngày" at the end of a line whose
// date the next line ends: nothing, the day, the day and month, "năm".
var mdDateStartRe = regexp.MustCompile(`^[\s|*_]*(?:[0-9]{1,2}(?:\s+thang(?:\s+[0-9]{1,2}(?:\s+nam)?)?)?)?[\s|*_]*$`)

// mdCitedRe matches, before the date of a line, the words that make it
// the date of a document the line cites ("Thực hiện Nghị định số
// 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018", "tại Thông báo số 07-TB/…
// ngày …"), not the place and date of the text itself.
var mdCitedRe = regexp.MustCompile(`\b(?:nghi dinh|quyet dinh|ke hoach|thong tu|luat|nghi quyet|chi thi|cong van|van ban|thong bao|cong dien|chuong trinh|hien phap)\b|\S.*\bso\s*[0-9]+\s*[-/]`)

// citedDate reports whether the date at byte at of the folded line f is
// the date of a document the line cites, or a time limit in its prose.
func citedDate(f string, at int) bool {
	if at <= 0 {
		return false
	}
	before := strings.TrimLeft(f[:at], " \t|*_(")
	return mdCitedRe.MatchString(before) || mdTimeLimitRe.MatchString(before) || mdEventTimeRe.MatchString(before)
}

// placeDateForm reports whether the folded words before a date are those
// of a place-and-date line ("Hà Nội, ", "TP. Hồ Chí Minh, ", none): a
// text without a number line of its own (a press item) states other
// dates in its sentences ("Đêm ngày 31 tháng 12 năm 2025 tại …").
func placeDateForm(before string) bool {
	if k := strings.LastIndex(before, "hanh phuc"); k >= 0 {
		before = before[k+len("hanh phuc"):] // the motto and the place-and-date line in one row
	}
	if k := strings.LastIndexByte(before, '|'); k >= 0 {
		before = before[k+1:]
	}
	b := strings.TrimSpace(strings.Trim(before, " \t|*_"))
	return b == "" || strings.HasSuffix(b, ",") && !strings.ContainsAny(b, ":;.") && len(b) <= 40
}

// mdEventTimeRe matches the words before a date that make it the time of
// an event the text schedules ("Thời gian: Từ 00 giờ 00 đến 00 giờ 15
// ngày 01 tháng 01 năm 2026"): a field of time, or an hour of the day.
var mdEventTimeRe = regexp.MustCompile(`^(?:thoi gian|thoi diem|dia diem)\b|gio\s*[0-9]{0,2}\s*$`)

// mdTimeLimitRe matches, right before a date, the word that makes it a
// time limit or a start in the text's prose ("… hồ sơ trước ngày 20 tháng
// 11 năm 2025", "kể từ ngày …"), not the date of the text.
var mdTimeLimitRe = regexp.MustCompile(`(?:^|\s)(?:truoc|tu|ke tu|den|sau|trong|cham nhat la)(?:\s+ngay)?\s*$`)

// brokenPlace returns the province of a place-and-date line whose place
// was broken over two lines ("Thành phố Hồ Chí" over "Minh, ngày 12 …"):
// the end of the line of text above, joined with the start of the date
// line; "" when the two name none.
func brokenPlace(p *page, dateLine int, start string) string {
	for i := dateLine - 1; i >= max(0, dateLine-2); i-- {
		if k := p.key[i]; k != "" {
			return provinceSuffix(k + " " + start)
		}
	}
	return ""
}

// nextTextLine returns the next line after i that holds text other than
// table pipes, -1 when none within three lines.
func nextTextLine(p *page, i int) int {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		if trimCell(p.lines[j]) != "" {
			return j
		}
	}
	return -1
}

// titleYear returns the year a title names last ("… năm 2025"), 0 when
// none or when the title is for a period ("giai đoạn 2021 - 2030").
func titleYear(title string) int {
	if multiYear(title) {
		return 0
	}
	f := issueYearsOut(mdTitleDateRe.ReplaceAllString(foldKeep(title), " ")) // "Nghị quyết 19-NQ/TW năm 2022": the year the cited text was issued
	sm := mdYearRe.FindAllStringSubmatchIndex(f, -1)
	last := 0
	for _, m := range sm {
		y, _ := strconv.Atoi(f[m[2]:m[3]])
		before := strings.TrimRight(f[:m[0]], " ")
		if last != 0 && (strings.HasSuffix(before, "den") || strings.HasSuffix(before, "den het")) {
			continue // "năm 2026, định hướng đến năm 2030": the plan's year is the first
		}
		last = y
	}
	if last == 0 {
		last = spanYear(foldKeep(title))
	}
	return last
}

// mdTitleSpanRe matches a span of days a title names: "từ ngày 01/6/2022
// đến ngày 31/8/2022", "từ ngày 01/6 đến ngày 31/8/2022", "từ ngày 1
// tháng 6 năm 2022 đến ngày 31 tháng 8 năm 2022".
var mdTitleSpanRe = regexp.MustCompile(`tu\s+ngay\s*[0-9]{1,2}\s*(?:thang\s*[0-9]{1,2}|[/.-]\s*[0-9]{1,2})\s*(?:(?:nam|[/.-])\s*((?:19|20)[0-9]{2}))?\s*(?:den|toi)\s+(?:het\s+)?ngay\s*[0-9]{1,2}\s*(?:thang\s*[0-9]{1,2}\s*nam|[/.-]\s*[0-9]{1,2}\s*[/.-])\s*((?:19|20)[0-9]{2})`)

// spanYear returns the year of a span of days within one year that a
// folded title names (a campaign "từ ngày 01/6/2022 đến ngày 31/8/2022"
// is for 2022), 0 when none or when the span crosses a year.
func spanYear(f string) int {
	sm := mdTitleSpanRe.FindStringSubmatch(f)
	if sm == nil || (sm[1] != "" && sm[1] != sm[2]) {
		return 0
	}
	y, _ := strconv.Atoi(sm[2])
	return y
}

// mdTitleDateRe matches a date inside a title ("… tại phiên họp ngày 19
// tháng 7 năm 2023", "Quyết định số 12/QĐ-TTg ngày 2/3/2025"): its year is
// not the year the plan is for.
var mdTitleDateRe = regexp.MustCompile(`ngay\s*[0-9]{1,2}\s*(?:thang\s*[0-9]{1,2}\s*nam|[/.-]\s*[0-9]{1,2}\s*[/.-])\s*(?:19|20)[0-9]{2}`)

// mdPeriodRe matches a period of years: "giai đoạn 2021 - 2030", "2021-2025".
var mdPeriodRe = regexp.MustCompile(`(?:giai doan\s*)?(?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}`)

// multiYear reports whether a title is for a period of years: a plan for
// several years has no single year.
func multiYear(title string) bool {
	f := foldKeep(title)
	if mdYearsOnRe.MatchString(f) {
		return true // "… năm 2025 và các năm tiếp theo": the year it starts, and the years after
	}
	return mdPeriodRe.MatchString(f) && !mdYearRe.MatchString(mdPeriodRe.ReplaceAllString(f, ""))
}

// mdYearsOnRe matches, folded, a year and the years after it: "năm 2025
// và các năm tiếp theo", "năm 2026 và những năm tiếp theo".
var mdYearsOnRe = regexp.MustCompile(`(?:19|20)[0-9]{2} va (?:cac|nhung) nam (?:tiep theo|sau)\b`)

// mdTowardRe matches the year a plan runs to: "đến năm 2025".
var mdTowardRe = regexp.MustCompile(`den (?:het )?nam ((?:19|20)[0-9]{2})\b`)

// towardYear returns the year a title says its plan runs to ("… đến năm
// 2025"), 0 when none: the horizon of its aims, not of the outlook
// beyond it ("đến năm 2025, định hướng đến năm 2030" runs to 2025).
func towardYear(title string) int {
	f := foldKeep(title)
	sm := mdTowardRe.FindAllStringSubmatchIndex(f, -1)
	if len(sm) == 0 {
		return 0
	}
	last := sm[len(sm)-1]
	for _, m := range sm {
		if !outlookBefore(f[:m[0]]) {
			last = m
			break
		}
	}
	y, _ := strconv.Atoi(f[last[2]:last[3]])
	return y
}

// periodEnd returns the last year of the period a title names ("giai đoạn
// 2026 - 2030", "đến năm 2025"), 0 when none.
func periodEnd(title string) int {
	m := mdPeriodRe.FindAllString(foldKeep(title), -1)
	if len(m) == 0 {
		return towardYear(title)
	}
	last := m[len(m)-1]
	y, _ := strconv.Atoi(last[len(last)-4:])
	return y
}

// metaFindings says which metadata the document lacks or leaves blank.
func metaFindings(p *page, m dataset.Plan, numLine, dateLine int, restored string) []dataset.Finding {
	var fs []dataset.Finding
	miss := func(msg i18n.Msg, line int) {
		f := finding(dataset.Finding{Kind: "missing_metadata", Text: msg, Lines: []int{}})
		if line >= 0 {
			f.Lines = []int{line + 1}
		}
		fs = append(fs, f)
	}
	switch {
	case numLine < 0 && m.DocNumber == "":
		miss(i18n.Msgf("no document number (\"Số: …\") found on the first page"), -1)
	case m.DocNumber == "":
		miss(i18n.Msgf("document number is blank (%q); the plan ID is taken from the file name", trimCell(p.lines[numLine])), numLine)
	}
	switch {
	case m.Date == "" && dateLine >= 0:
		miss(i18n.Msgf("day and month of issue are blank or unreadable (%q); the date is left empty", strings.TrimSpace(trimCell(p.lines[dateLine]))), dateLine)
	case m.Date == "":
		miss(i18n.Msgf("no date of issue found on the first page"), -1)
	case len(m.Date) == 7:
		miss(i18n.Msgf("day of issue is blank; the date is given as %s", m.Date), dateLine)
	}
	if m.Issuer == "" {
		miss(i18n.Msgf("issuing body not recognised"), -1)
	}
	if m.Province == "" {
		miss(i18n.Msgf("province not recognised"), -1)
	}
	if m.Title == "" {
		miss(i18n.Msgf("no title found under the document type heading"), -1)
	}
	switch {
	case m.Year == 0 && periodEnd(m.Title) > 0:
		miss(i18n.Msgf("the plan is for a period (%q), not one year; targets without a year are for its last year", m.Title), -1)
	case m.Year == 0:
		miss(i18n.Msgf("the year the plan is for was not found"), -1)
	}
	if m.Signer == "" {
		miss(i18n.Msgf("no signer found"), -1)
	}
	if restored != "" {
		fs = append(fs, finding(dataset.Finding{Kind: "ocr_restored",
			Text:  i18n.Msgf("signer read as %q without diacritics; reported as %q from common spellings of Vietnamese names", restored, m.Signer),
			Lines: []int{}}))
	}
	return fs
}

// ministryIn returns the ministry whose heading stands in the first lines
// ("BỘ NỘI VỤ" → "Bộ Nội vụ"), "" when none.
func ministryIn(p *page, head int) string {
	for i := 0; i < min(head, 12); i++ {
		line := trimCell(p.lines[i])
		line = strings.TrimPrefix(line, "BỘ TRƯỞNG ")
		if !strings.HasPrefix(line, "BỘ ") || !isAllCaps(line) || utfLen(line) > 40 {
			continue
		}
		// "BỘ KẾ HOẠCH VÀ ĐẦU TƯ" → "Bộ Kế hoạch và Đầu tư": the first
		// word of the name and of each part after "và" keep their capital.
		ws := strings.Fields(strings.ToLower(line))
		for k := range ws {
			if k == 0 || k == 1 || ws[k-1] == "và" {
				rs := []rune(ws[k])
				rs[0] = unicode.ToUpper(rs[0])
				ws[k] = string(rs)
			}
		}
		return strings.Join(ws, " ")
	}
	return ""
}

// targetYear is the year a target stated without one is for: the plan's
// year, or the last year of the period a plan for several years covers.
func targetYear(m dataset.Plan) int {
	if m.Year != 0 {
		return m.Year
	}
	return periodEnd(m.Title)
}

// docTypeCode returns the canonical document type for a folded code.
func docTypeCode(f string) string {
	if c, ok := docTypes[f]; ok {
		return c
	}
	return strings.ToUpper(f)
}

// knownDocType reports whether a folded code is one of docTypes.
func knownDocType(f string) bool {
	_, ok := docTypes[f]
	return ok
}

// issuerCodeText returns the issuer part of a document number as printed
// (diacritics kept: "SKHĐT"), from the rune range of the folded match:
// upper case, unless printed in mixed case starting with a capital, as
// the Prime Minister's "TTg" is.
func issuerCodeText(line, fold string, from, to int) string {
	// fold and line have the same runes; convert the byte range of fold to runes.
	rs := []rune(line)
	a := len([]rune(fold[:from]))
	b := len([]rune(fold[:to]))
	if b > len(rs) || a > b {
		return strings.ToUpper(fold[from:to])
	}
	return codeCase(string(rs[a:b]))
}

// codeCase returns the issuer code of a document number in the case it
// is written in when that is capitals with a last small letter ("TTg")
// or capitals ("UBND-VP"); any other ("ubnd", "Ubnd") is put in capitals.
func codeCase(code string) string {
	for _, part := range strings.Split(code, "-") {
		rs := []rune(part)
		n := len(rs)
		if n == 0 || strings.ToUpper(part) == part {
			continue
		}
		// Only a last letter in lower case after capitals, as in "TTg".
		if n < 3 || !unicode.IsLower(rs[n-1]) || strings.ToUpper(string(rs[:n-1])) != string(rs[:n-1]) {
			return strings.ToUpper(code)
		}
	}
	return code
}

// headingDocType finds the type heading ("KẾ HOẠCH", "QUYẾT ĐỊNH") when
// the number line is missing.
func headingDocType(p *page, head int) string {
	for i := 0; i < head; i++ {
		k := p.key[i]
		for _, w := range docTypeWords {
			if k == w.heading {
				return w.code
			}
		}
	}
	return ""
}

// provinceSuffix returns the province named by the last one to four words of
// a folded place text ("s6:103 /kh-skhcn ha tinh" → "Hà Tĩnh").
func provinceSuffix(place string) string {
	words := strings.Fields(place)
	for n := min(len(words), 5); n >= 1; n-- {
		if c, ok := canonicalProvince(strings.Join(words[len(words)-n:], " ")); ok {
			return c
		}
	}
	return ""
}

// provinceFromHead finds "tỉnh X" / "UBND TỈNH X" / "THÀNH PHỐ X" / "| Cơ
// quan ban hành | Tỉnh X |" in the first lines, also a name broken over
// two heading lines ("TỈNH BÀ RỊA -" over "VŨNG TÀU").
func provinceFromHead(p *page, head int) string {
	for i := 0; i < head; i++ {
		for _, k := range headingBlocks(p, i) {
			if c := provinceAfterTinh(k); c != "" {
				return c
			}
			if c := brokenHeadingProvince(p, i, k); c != "" {
				return c
			}
		}
	}
	return ""
}

// brokenHeadingProvince returns the province of a heading block k of line
// i that ends in "tỉnh" or "thành phố" and the start of a name, the rest of
// which opens the next line ("TỈNH THỪA THIÊN" over "HUẾ"); "" when none.
func brokenHeadingProvince(p *page, i int, k string) string {
	if len(k) > headingLen || !(strings.Contains(k, "tinh ") || strings.Contains(k, "thanh pho ")) {
		return ""
	}
	j := nextTextLine(p, i)
	if j < 0 {
		return ""
	}
	next := headingBlocks(p, j)
	if len(next) == 0 || next[0] == "" || len(strings.Fields(next[0])) > 3 {
		return ""
	}
	return provinceAfterTinh(k + " " + next[0])
}

// headingLen is the longest key a heading block has; a longer one is a
// sentence naming a body or a province, not the issuer's heading.
const headingLen = 60

// headingBlocks returns the keys of the heading blocks of line i that are
// short enough to be a heading. A two-column header put on one line (a
// pipe row, tab-separated fields, or the issuer's name joined with
// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") is split into its blocks, so the
// length of the national motto on the right does not hide the issuer on
// the left. A long line without such a split is a sentence: no block.
func headingBlocks(p *page, i int) []string {
	k := p.key[i]
	if len(k) <= headingLen {
		return []string{k}
	}
	var cells []string
	if line := p.lines[i]; strings.ContainsAny(line, "|\t") {
		for _, c := range strings.FieldsFunc(line, func(r rune) bool { return r == '|' || r == '\t' }) {
			if c = ocrKey(c); c != "" {
				cells = append(cells, c)
			}
		}
	} else if j := strings.Index(k, " cong hoa xa hoi"); j > 0 {
		cells = []string{k[:j], k[j+1:]}
	}
	var out []string
	for _, c := range cells {
		if j := strings.Index(c, " cong hoa xa hoi"); j > 0 {
			c = c[:j] // "ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA …" in one cell
		}
		if len(c) <= headingLen {
			out = append(out, c)
		}
	}
	return out
}

// provinceAfterTinh returns the province named after "tỉnh" or "thành
// phố" in a heading key ("uy ban nhan dan tinh khanh hoa" → "Khánh Hòa",
// "thanh pho ho chi minh" → "Thành phố Hồ Chí Minh"), "" when none.
func provinceAfterTinh(k string) string {
	for _, word := range []string{"tinh ", "thanh pho "} {
		for j := strings.Index(k, word); j >= 0; {
			if c, _ := leadingProvince(strings.Fields(k[j+len(word):])); c != "" {
				return c
			}
			next := strings.Index(k[j+1:], word)
			if next < 0 {
				break
			}
			j += 1 + next
		}
	}
	return ""
}

// isoDate formats day, month and year; the day may be blank ("2023-12").
// A blank or unreadable month gives "": a year alone is no date.
func isoDate(d, mo, y string) string {
	year, err := strconv.Atoi(y)
	if err != nil || year < 1900 || year > 2200 {
		return ""
	}
	month, err := strconv.Atoi(mo)
	if err != nil || month < 1 || month > 12 {
		return "" // "ngày … tháng … năm 2026"
	}
	if d == "" {
		return fmt.Sprintf("%04d-%02d", year, month)
	}
	day, _ := strconv.Atoi(d)
	if day < 1 || day > daysIn(year, month) {
		return fmt.Sprintf("%04d-%02d", year, month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", year, month, day)
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// issuerName names the issuing body: from the issuer code of the document
// number, else from the heading block of the first page (or the issuer
// heading a converter moved to the end).
func issuerName(p *page, head int, code, province string) string {
	prov := province
	if name, ok := centralCodes[code]; ok {
		return name
	}
	if code == "party-tu" && prov != "" {
		if centralCities[prov] || strings.HasPrefix(prov, "Thành phố ") {
			return "Thành ủy " + prov
		}
		return "Tỉnh ủy " + prov // "Số 05-CT/TU": the provincial party committee
	}
	if code == "" || code == "ubnd" || code == "ctubnd" {
		if chairmanHeading(p, head) {
			return withProvince("Chủ tịch UBND tỉnh %s", prov) // "CHỦ TỊCH ỦY BAN NHÂN DÂN / TỈNH X"
		}
	}
	if code == "" || code == "ubnd" || code == "hdnd" {
		if c := communeIssuer(p, head); c != "" {
			return c // "ỦY BAN NHÂN DÂN / XÃ HƯNG THỊNH": a commune's committee
		}
	}
	if code != "" {
		if tpl, ok := issuerCodes[code]; ok {
			return withProvince(tpl, prov)
		}
	}
	try := func(i int) string {
		// A long line is a sentence that starts with a body's name, not a
		// heading, unless it is a header row split into blocks.
		for _, k := range headingBlocks(p, i) {
			for _, h := range issuerHeads {
				if fuzzyHasPrefix(k, h.words) {
					if h.name == "UBND tỉnh %s" && code != "ubnd" {
						if body := bodyUnder(p, i, prov); body != "" {
							return body // "UBND TỈNH X" over "BAN QUẢN LÝ KHU KINH TẾ"
						}
					}
					return withProvince(h.name, prov)
				}
			}
			if strings.HasPrefix(k, "ubnd tinh") || strings.HasPrefix(k, "ubnd thanh pho") {
				if code != "ubnd" {
					if body := bodyUnder(p, i, prov); body != "" {
						return body
					}
				}
				return withProvince("UBND tỉnh %s", prov)
			}
		}
		return ""
	}
	addressed := addressees(p)
	for i := 0; i < min(head, 20); i++ {
		if s := try(i); s != "" && !addressed[i] && !bylineBelowName(p, i) {
			return s
		}
	}
	for i := len(p.lines) - 1; i >= max(0, len(p.lines)-5); i-- {
		if s := try(i); s != "" && !addressed[i] && !bylineBelowName(p, i) {
			return s
		}
	}
	return ""
}

// bylineBelowName reports whether line i names the unit of an author's
// byline: the line with words on it above is the author's full name
// (bylineUnit).
func bylineBelowName(p *page, i int) bool {
	k := prevTextLine(p.lines, i)
	if k < 0 {
		return false
	}
	n := trimCell(p.lines[k])
	return isNameLike(n) && fullName(n) && bylineUnit(p, k)
}

// addressees returns the lines of the list under "Kính gửi:" at the top
// of a letter, whose bodies are those it is sent to, not its issuer: the
// label's line and the dashed or blank lines after it.
func addressees(p *page) map[int]bool {
	var out map[int]bool
	for i := 0; i < min(len(p.lines), 30); i++ {
		if !strings.HasPrefix(p.key[i], "kinh gui") {
			continue
		}
		out = map[int]bool{i: true}
		for j := i + 1; j < len(p.lines); j++ {
			t := strings.TrimSpace(strings.Trim(strings.TrimSpace(p.lines[j]), "|*_"))
			if t != "" && !strings.HasPrefix(t, "-") && !strings.HasPrefix(t, "+") {
				break
			}
			out[j] = true
		}
		break
	}
	return out
}

// bodyWords open the heading of a body under the provincial committee:
// a department, a board, an office, the inspectorate, a centre; the name
// of the body follows them.
var bodyWords = []string{"so ", "ban ", "van phong ", "thanh tra ", "trung tam ", "chi cuc ", "dai ", "bo chi huy ", "cong an "}

// bodyUnder returns the body whose heading stands under the provincial
// committee's heading at line i ("UBND TỈNH TÂY NINH" over "BAN QUẢN LÝ
// KHU KINH TẾ", "ỦY BAN NHÂN DÂN" / "TỈNH X" over "SỞ DÂN TỘC VÀ TÔN
// GIÁO"): the issuer of a document whose number names no known code. ""
// when the next heading lines name none.
func bodyUnder(p *page, i int, prov string) string {
	for n, j := 0, nextTextLine(p, i); n < 2 && j > 0 && j <= i+6; n, j = n+1, nextTextLine(p, j) {
		blocks := headingBlocks(p, j)
		if len(blocks) == 0 {
			return ""
		}
		k := blocks[0]
		if k == "" || strings.HasPrefix(k, "tinh ") || strings.HasPrefix(k, "thanh pho ") {
			n--
			continue // "TỈNH X" under "ỦY BAN NHÂN DÂN", a rule of dashes
		}
		for _, h := range issuerHeads {
			if strings.HasPrefix(h.words, "so ") && fuzzyHasPrefix(k, h.words) {
				return withProvince(h.name, prov)
			}
		}
		if !hasAnyPrefix(k+" ", bodyWords) {
			return ""
		}
		text := trimCell(p.lines[j])
		if c, _, ok := strings.Cut(text, "|"); ok {
			text = strings.TrimSpace(strings.Trim(c, "* "))
		}
		text = cutPlace(cutMotto(text))
		if !isAllCaps(text) || utfLen(text) > 60 || prov == "" {
			return ""
		}
		if ocrKey(text) == "van phong" {
			return withProvince("Văn phòng UBND tỉnh %s", prov) // the committee's office
		}
		return bodyName(text) + " " + withProvince("tỉnh %s", prov)
	}
	return ""
}

// cutPlace cuts a body's heading where the place it is of starts
// ("THANH TRA TỈNH", "CÔNG AN TỈNH TÂY NINH" → "THANH TRA", "CÔNG AN").
func cutPlace(s string) string {
	ws := strings.Fields(s)
	for k := 1; k < len(ws); k++ {
		if w := ocrKey(ws[k]); w == "tinh" || w == "thanh" && k+1 < len(ws) && ocrKey(ws[k+1]) == "pho" {
			return strings.Join(ws[:k], " ")
		}
	}
	return s
}

// bodyName writes the capitals of a body's heading as its name is written
// in a sentence: "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" → "Sở Văn hóa, Thể thao
// và Du lịch", "BAN QUẢN LÝ KHU KINH TẾ" → "Ban Quản lý khu kinh tế",
// "VĂN PHÒNG" → "Văn phòng": the first word, the first word of the name
// after the kind of body (bodyWords), and each word after "và" or a comma
// keep their capital.
func bodyName(heading string) string {
	ws := strings.Fields(strings.ToLower(heading))
	kind := 1
	k := ocrKey(heading) + " "
	for _, w := range bodyWords {
		if strings.HasPrefix(k, w) {
			kind = len(strings.Fields(w))
			break
		}
	}
	for k := range ws {
		if k == 0 || k == kind || ws[k-1] == "và" || strings.HasSuffix(ws[k-1], ",") {
			rs := []rune(ws[k])
			rs[0] = unicode.ToUpper(rs[0])
			ws[k] = string(rs)
		}
	}
	return strings.Join(ws, " ")
}

// cutMotto cuts a heading where the national motto joined to it starts
// ("XÃ TÂN BIÊN Độc lập - Tự do - Hạnh phúc", "UBND XÃ Y CỘNG HÒA …").
func cutMotto(s string) string {
	for _, m := range []string{"CỘNG HÒA", "CỘNG HOÀ", "Độc lập", "ĐỘC LẬP"} {
		if k := strings.Index(s, m); k > 0 {
			s = strings.TrimSpace(s[:k])
		}
	}
	return s
}

// communeLevels are the local units below a province whose committee or
// council issues documents of its own since the two-level reform.
var communeLevels = []struct{ key, word string }{{"xa ", "xã"}, {"phuong ", "phường"}, {"dac khu ", "đặc khu"}}

// communeIssuer returns the committee or council of a commune, ward or
// special zone named in the heading block ("ỦY BAN NHÂN DÂN XÃ HƯNG
// THỊNH", or "ỦY BAN NHÂN DÂN" over "XÃ HƯNG THỊNH", also in the first
// cell of a pipe table), "" when the heading names none.
func communeIssuer(p *page, head int) string {
	cell := func(i int) (string, string) {
		first, _, _ := strings.Cut(strings.TrimLeft(p.lines[i], " |*"), "|")
		first = cutMotto(strings.TrimSpace(strings.Trim(first, "*")))
		return first, ocrKey(first)
	}
	for i := 0; i < min(head, 12); i++ {
		text, k := cell(i)
		chair := "" // "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …": a decision of the chairman
		if ws := strings.Fields(text); len(ws) > 2 && strings.HasPrefix(k, "chu tich ") {
			text, k, chair = strings.Join(ws[2:], " "), ocrKey(strings.Join(ws[2:], " ")), "Chủ tịch "
		}
		body := ""
		switch {
		case strings.HasPrefix(k, "uy ban nhan dan"), strings.HasPrefix(k, "ubnd"):
			body = "UBND"
		case strings.HasPrefix(k, "hoi dong nhan dan"), strings.HasPrefix(k, "hdnd"):
			body = "HĐND"
		default:
			continue
		}
		words := strings.Fields(text)
		skip := 4 // "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN"
		if strings.HasPrefix(k, "ubnd") || strings.HasPrefix(k, "hdnd") {
			skip = 1
		}
		rest := ""
		if len(words) > skip {
			rest = strings.Join(words[skip:], " ")
		} else if j := nextTextLine(p, i); j > 0 {
			rest, _ = cell(j)
		}
		if name, found := communeHeading(body, rest); found {
			if name == "" {
				return ""
			}
			return chair + spelledAsInText(p, name)
		}
		if rk := ocrKey(rest); strings.HasPrefix(rk, "tinh ") || strings.HasPrefix(rk, "thanh pho ") {
			// "UBND TỈNH X" over "XÃ Y": the commune's line under its province's.
			if j := nextTextLine(p, i); j > 0 {
				next, _ := cell(j)
				if name, found := communeHeading(body, next); found {
					return name
				}
			}
		}
		// "ỦY BAN NHÂN DÂN TỈNH …": a commune's heading may follow.
	}
	return ""
}

// communeHeading reads the commune, ward or special zone a heading names
// after the committee's or council's name ("XÃ HƯNG THỊNH" → "UBND xã
// Hưng Thịnh" for body "UBND"); found is true when the heading names one,
// name is "" when its name is too long to be one.
func communeHeading(body, rest string) (name string, found bool) {
	rk := ocrKey(rest) + " "
	for _, lv := range communeLevels {
		if !strings.HasPrefix(rk, lv.key) || !isAllCaps(rest) && !unicode.IsUpper([]rune(rest)[0]) {
			continue
		}
		ws := strings.Fields(rest)[len(strings.Fields(lv.word)):]
		if len(ws) == 0 || len(ws) > 4 {
			return "", true
		}
		return body + " " + lv.word + " " + titleWords(ws), true
	}
	return "", false
}

// localName returns the name of the commune, ward or special zone whose
// committee or council an issuer is ("UBND phường Hòa Bình" → "Hòa
// Bình"), "" for any other issuer.
func localName(issuer string) string {
	for _, body := range []string{"UBND ", "HĐND "} {
		rest, ok := strings.CutPrefix(issuer, body)
		if !ok {
			continue
		}
		for _, lv := range communeLevels {
			if name, ok := strings.CutPrefix(rest, lv.word+" "); ok {
				return name
			}
		}
	}
	return ""
}

// spelledAsInText returns name with the words after its first two
// ("UBND xã", "HĐND phường") as the text's running lines spell them
// where they do so in mixed case: a heading in capitals does not tell
// "Đưng K’Nớ" from "Đưng K’nớ"; the place's name in a sentence does.
func spelledAsInText(p *page, name string) string {
	ws := strings.Fields(name)
	if len(ws) < 3 {
		return name
	}
	place := strings.Join(ws[2:], " ")
	low := strings.ToLower(place)
	for _, l := range p.lines {
		lower := strings.ToLower(l)
		k := strings.Index(lower, low)
		if k < 0 || len(lower) != len(l) {
			continue // the lower-case form must keep the byte offsets
		}
		if written := l[k : k+len(low)]; written != strings.ToUpper(written) {
			return strings.Join(ws[:2], " ") + " " + written
		}
	}
	return name
}

// titleWords joins words with each in title case: "HƯNG THỊNH" → "Hưng Thịnh".
func titleWords(ws []string) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		rs := []rune(strings.ToLower(w))
		rs[0] = unicode.ToUpper(rs[0])
		out[i] = string(rs)
	}
	return strings.Join(out, " ")
}

// committeeOfAlias writes a committee named by its province's short
// form or bare name ("UBND TPHCM", "UBND TP.HCM", "HĐND Hà Nội") as the
// parser writes committees ("UBND thành phố Hồ Chí Minh"); any other
// issuer, and one already naming "tỉnh" or "thành phố" (a city inside a
// province keeps its name), is returned as it is.
func committeeOfAlias(issuer string) string {
	for _, long := range []struct{ full, short string }{{"Ủy ban nhân dân ", "UBND "}, {"Uỷ ban nhân dân ", "UBND "}, {"Hội đồng nhân dân ", "HĐND "}} {
		if rest, ok := strings.CutPrefix(issuer, long.full); ok {
			if alias := committeeOfAlias(long.short + rest); alias != long.short+rest {
				return alias // "Ủy ban nhân dân TPHCM"
			}
		}
	}
	for _, body := range []string{"UBND ", "HĐND "} {
		rest, ok := strings.CutPrefix(issuer, body)
		if !ok {
			continue
		}
		f := asciiFold([]rune(strings.ToLower(rest)))
		if rest == "" || strings.HasPrefix(f, "tinh ") || strings.HasPrefix(f, "thanh pho ") || strings.HasPrefix(f, "cac ") {
			return issuer
		}
		if prov, ok := vntext.CanonicalProvince(rest); ok {
			return withProvince(body+"tỉnh %s", prov)
		}
	}
	return issuer
}

// departmentWrittenOut writes a provincial department named in short, as
// the press names it ("Sở GD&ĐT TPHCM", "Sở GD&ĐT TP. Hà Nội"), in full:
// its name as NormaliseAgency writes it and its province by its own name
// ("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "Sở Giáo dục và Đào
// tạo Hà Nội"). "tỉnh" or "thành phố" written before the province is
// kept; any other issuer is returned as it is.
func departmentWrittenOut(issuer string) string {
	if !strings.HasPrefix(issuer, "Sở ") {
		return issuer
	}
	s := NormaliseAgency(issuer)
	ws := strings.Fields(s)
	for n := min(len(ws)-2, 5); n >= 1; n-- {
		tail := ws[len(ws)-n:] // the longest place first: "TP HCM" before "HCM"
		name := strings.Join(tail, " ")
		short := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(name, "TP."), "TP "))
		if short == name && !isProvinceAlias(name) {
			continue // a place written out keeps its words
		}
		if prov, ok := canonicalProvince(short); ok {
			return strings.Join(ws[:len(ws)-n], " ") + " " + prov
		}
	}
	return s
}

// bareCommitteeOf returns a provincial committee or department a text
// names without its place ("UBND tỉnh đã khẩn trương xây dựng và ban hành
// kế hoạch …", "Sở TT&TT tỉnh") named with the province the text is of;
// any other issuer as it is.
func bareCommitteeOf(issuer, province string) string {
	f := asciiFold([]rune(issuer))
	switch f {
	case "ubnd tinh", "uy ban nhan dan tinh", "ubnd thanh pho", "uy ban nhan dan thanh pho":
		if named := withProvince("UBND tỉnh %s", province); named != "" {
			return named
		}
	}
	if strings.HasPrefix(f, "so ") && province != "" {
		// "mới được Sở TT&TT tỉnh ban hành": a department of the province.
		for _, level := range []string{" tỉnh", " thành phố"} { // as printed: "Hà Tĩnh" folds to "ha tinh"
			if n := len(level); len(issuer) > n && strings.EqualFold(issuer[len(issuer)-n:], level) {
				return withProvince(issuer[:len(issuer)-n]+" tỉnh %s", province)
			}
		}
	}
	return issuer
}

// opensWord reports whether the first mention of match in line opens
// a word: at the line's start or after a blank or a bracket, not inside
// a document number ("9/KH-UBND").
func opensWord(line, match string) bool {
	k := strings.Index(line, match)
	if k <= 0 {
		return k == 0
	}
	r, _ := utf8.DecodeLastRuneInString(line[:k])
	return unicode.IsSpace(r) || r == '(' || r == '"' || r == '“'
}

// provinceSpeltAsRegister returns the issuer with the province that ends
// it spelt as the register spells it, where the text places a tone mark
// the older way ("UBND tỉnh Khánh Hoà", "Sở Nội vụ tỉnh Thanh Hoá" →
// "Khánh Hòa", "Thanh Hóa"), so that one body is one issuer whichever way
// its texts are typed. Other names are left as they are.
func provinceSpeltAsRegister(issuer string) string {
	ws := strings.Fields(issuer)
	for n := min(len(ws)-1, 5); n >= 1; n-- {
		name := strings.Join(ws[len(ws)-n:], " ")
		prov, ok := canonicalProvince(name)
		if !ok || prov == name {
			continue
		}
		if vntext.Fold(name) == vntext.Fold(prov) && sameCapitals(name, prov) {
			return strings.Join(ws[:len(ws)-n], " ") + " " + prov
		}
	}
	return issuer
}

// sameCapitals reports whether two names of as many words capitalise the
// same words: "thành phố Hồ Chí Minh" as a text writes it is not respelt
// "Thành phố Hồ Chí Minh".
func sameCapitals(a, b string) bool {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		ra, _ := utf8.DecodeRuneInString(wa[i])
		rb, _ := utf8.DecodeRuneInString(wb[i])
		if unicode.IsUpper(ra) != unicode.IsUpper(rb) {
			return false
		}
	}
	return true
}

// isProvinceAlias reports whether name is a short name the press uses for
// a province ("TPHCM", "TP.HCM").
func isProvinceAlias(name string) bool {
	_, ok := provinceAliases[ocrKey(name)]
	return ok
}

// provinceOfCommittee returns the province a committee the parser wrote
// names ("UBND thành phố Hồ Chí Minh" → "Thành phố Hồ Chí Minh"), "" when
// it names none.
func provinceOfCommittee(issuer string) string {
	for _, body := range []string{"UBND ", "HĐND "} {
		rest, ok := strings.CutPrefix(issuer, body)
		if !ok {
			continue
		}
		for _, level := range []string{"tỉnh ", "thành phố "} {
			if name, ok := strings.CutPrefix(rest, level); ok {
				if prov, ok := vntext.CanonicalProvince(name); ok {
					return prov
				}
			}
		}
	}
	return ""
}

// issuerInTitle returns the body a title says the document is of, with
// its province, as the title writes it ("Cải cách hành chính năm 2026 của
// Sở Y tế tỉnh Nghệ An" → "Sở Y tế tỉnh Nghệ An"); "" when the title ends
// with no body of a province.
func issuerInTitle(title string) string {
	i := strings.LastIndex(title, " của ")
	if i < 0 {
		return ""
	}
	body := strings.TrimRight(strings.TrimSpace(title[i+len(" của "):]), ".;:")
	if !agStartsHead(body) || citesDocument(title[:i]) {
		return ""
	}
	for _, level := range []string{" tỉnh ", " thành phố "} {
		if k := strings.LastIndex(body, level); k > 0 {
			if _, ok := vntext.CanonicalProvince(body[k+len(level):]); ok {
				return body
			}
		}
	}
	return ""
}

// citesDocument reports whether the words before a title's "của" name a
// document they carry out ("Thực hiện Kế hoạch số 12/KH-UBND", "Triển
// khai Nghị quyết 57"): the body after "của" is that document's issuer.
func citesDocument(s string) bool {
	f := tkFold(s)
	if strings.Contains(s, "/") || citedNumberRe.MatchString(f) {
		return true
	}
	for kind := range mpKinds {
		// Not "kế hoạch" (a title may name its own kind), nor "báo cáo",
		// "hướng dẫn" (verbs of the plan's own work).
		if kind != "ke hoach" && kind != "bao cao" && kind != "huong dan" && strings.Contains(f, kind) {
			return true
		}
	}
	return false
}

// citedNumberRe matches, folded, a document's number: "số 12", "số: 12".
var citedNumberRe = regexp.MustCompile(`(?:^|\s)so\s*:?\s*\d`)

// withProvince fills the province into an issuer template ("Sở Tài chính
// tỉnh %s"); without a province the "tỉnh" is dropped.
func withProvince(tpl, prov string) string {
	switch {
	case prov == "" && strings.Contains(tpl, "%s"):
		return "" // "UBND" alone names no body
	case prov == "":
		return tpl
	case strings.HasPrefix(prov, "Thành phố "):
		return strings.Replace(fmt.Sprintf(tpl, prov), "tỉnh Thành phố ", "thành phố ", 1)
	case centralCities[prov]:
		return strings.Replace(fmt.Sprintf(tpl, prov), "tỉnh ", "thành phố ", 1)
	}
	return fmt.Sprintf(tpl, prov)
}

// centralCities are the provincial-level cities, whose bodies are "of the
// city" (thành phố), not "of the province" (tỉnh).
var centralCities = map[string]bool{"Hà Nội": true, "Hải Phòng": true, "Đà Nẵng": true, "Cần Thơ": true, "Huế": true}

// fuzzyHasPrefix reports whether the words of key start with the words of
// prefix, allowing one OCR error (a changed, dropped or added letter) in
// each word of four letters or more and in "hoc" ("hqc").
func fuzzyHasPrefix(key, prefix string) bool {
	for {
		var pw, kw string
		if pw, prefix = nextWord(prefix); pw == "" {
			return true
		}
		if kw, key = nextWord(key); kw == "" {
			return false
		}
		if kw != pw && !(len(pw) >= 3 && editDistance1(kw, pw)) {
			return false
		}
	}
}

// nextWord returns the first word of s (as strings.Fields splits) and what
// follows it, or "" when s has no word.
func nextWord(s string) (word, rest string) {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := strings.IndexFunc(s, unicode.IsSpace)
	if end < 0 {
		return s, ""
	}
	return s[:end], s[end:]
}

// editDistance1 reports whether a and b differ by at most one edit.
func editDistance1(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// titleEndRe matches a line that opens the body rather than continuing the
// title: a numbered or Roman-numbered heading ("I. MỤC ĐÍCH", "1. Tỷ lệ …").
var titleEndRe = regexp.MustCompile(`^[*_]*(?:[IVXLC]+|[0-9]+)[.)][*_]*\s`)

// titleOf returns the title under the document-type heading ("KẾ HOẠCH" on
// its own line): the following lines up to a blank line or the preamble.
// An all-capitals title is put in sentence case, keeping province names
// and acronyms.
func titleOf(p *page, head int) string {
	for i := 0; i < head; i++ {
		if p.skip[i] {
			continue
		}
		k := p.key[i]
		isType, split := false, false
		for _, w := range docTypeWords {
			if k == w.heading && !strings.HasSuffix(trimCell(p.lines[i]), ":") {
				isType = true // "QUYẾT ĐỊNH:" enacts the articles below it: no heading of a title
			}
			if i+1 < head && k != "" && k+" "+p.key[i+1] == w.heading && isAllCaps(trimCell(p.lines[i])) {
				isType, split = true, true // "QUYẾT" / "ĐỊNH": the heading wrapped after its first word
			}
		}
		var parts []string
		if !isType {
			rest := inlineTitle(p.lines[i])
			if rest == "" {
				continue
			}
			parts = append(parts, rest) // "KẾ HOẠCH Cải cách hành chính năm 2026"
		}
		j := i + 1
		if split {
			j++
		}
		for len(parts) == 0 && j < len(p.lines) && trimCell(p.lines[j]) == "" {
			j++
		}
		for ; j < len(p.lines) && len(parts) < 4; j++ {
			t := trimCell(p.lines[j])
			if t == "" || isPreamble(ocrKey(t), utfLen(t)) && !capsTitleOfAct(parts, t) || titleEndRe.MatchString(t) || opensBody(parts, t) || opensAct(t) {
				break
			}
			parts = append(parts, t)
		}
		if len(parts) == 0 {
			continue
		}
		title := strings.Join(parts, " ")
		if isAllCaps(title) {
			title = sentenceCase(title)
		}
		return title
	}
	return ""
}

// opensBody reports whether line t, after the title lines parts, is the
// first paragraph of the body rather than more of the title: the title so
// far is set in capitals and t is not, and t reads as prose (longer than
// a title line or ending a sentence inside it). A text whose blank line
// after the title was lost runs its title into "Trong thời gian qua, công
// tác cải cách hành chính ở tỉnh ta …".
func opensBody(parts []string, t string) bool {
	if len(parts) == 0 || !isAllCaps(parts[len(parts)-1]) || isAllCaps(t) {
		return false
	}
	return utfLen(t) > 150 || strings.Contains(t, ". ")
}

// capsTitleOfAct reports whether line t, the first under the type
// heading, is a title in capitals that names the act the plan carries
// out ("THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ …"),
// not the preamble that opens the body with the same words.
func capsTitleOfAct(parts []string, t string) bool {
	return len(parts) == 0 && isAllCaps(t) && hasAnyPrefix(ocrKey(t), []string{"thuc hien", "trien khai"})
}

// opensAct reports whether line t, under a title, is the opening sentence
// of the body that says what the text carries out ("Triển khai thực hiện
// Quyết định số 47/QĐ-UBND …, Ban Chỉ đạo … ban hành Kế hoạch …"): in
// sentence case, longer than a title line, opening with the words of
// such a sentence. A title in capitals may open with the same words.
func opensAct(t string) bool {
	if utfLen(t) <= 150 || isAllCaps(t) {
		return false
	}
	return hasAnyPrefix(ocrKey(t), []string{"trien khai", "de trien khai", "de thuc hien", "nham "})
}

// inlineTitle returns the title that follows the document-type heading on
// its own line ("KẾ HOẠCH Cải cách hành chính năm 2026", "**KẾ HOẠCH**
// Tuyên truyền …"), "" when the line is no such heading: the type words
// must be in capitals and open the line, and what follows is no number
// ("KẾ HOẠCH SỐ 12/…" cites a plan).
func inlineTitle(line string) string {
	t := trimCell(line)
	if utfLen(t) > 200 {
		return ""
	}
	ws := strings.Fields(t)
	headN, head, headKey := -1, "", "" // the first headN words of t, and their ocrKey
	for _, w := range docTypeWords {
		n := strings.Count(w.heading, " ") + 1 // a heading is a key: its words one space apart
		if len(ws) <= n {
			continue
		}
		if n != headN {
			headN, head = n, strings.Join(ws[:n], " ")
			headKey = ocrKey(head)
		}
		if headKey != w.heading || !isAllCaps(head) {
			continue
		}
		rest := strings.TrimSpace(strings.Trim(strings.Join(ws[n:], " "), "*:"))
		if k := ocrKey(rest); rest == "" || strings.HasPrefix(k, "so ") || mdRefRe.MatchString(k+" ") {
			return ""
		}
		return rest
	}
	return ""
}

// isPreamble reports lines that end a title: the legal basis ("Căn cứ
// …", "Thực hiện Kế hoạch số …"), the issuing authority's line, the
// numbering of the body. k is the line's ocrKey, n its length in runes.
func isPreamble(k string, n int) bool {
	for _, s := range []string{"thuc hien", "theo de nghi"} {
		if strings.HasPrefix(k, s) && (n > 150 || mdRefRe.MatchString(k)) {
			return true
		}
	}
	if mdPartRe.MatchString(k) {
		return true // "PHẦN I. KẾT QUẢ …": the body starts
	}
	for _, s := range []string{"can cu", "chu tich", "giam doc", "uy ban nhan dan", "kem theo", "ban hanh kem theo", "i ", "quyet dinh"} {
		if strings.HasPrefix(k, s) || k == strings.TrimSpace(s) {
			return true
		}
	}
	return false
}

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 0
}

// acronyms stay in capitals when an all-capitals title is put in sentence case.
var acronyms = map[string]bool{
	"cchc": true, "tthc": true, "ubnd": true, "hdnd": true, "pci": true, "ddci": true,
	"papi": true, "sipas": true, "dti": true, "iso": true, "cntt": true, "par": true, "index": true,
}

// sentenceCase lower-cases an all-capitals title, then restores the first
// letter, province names and acronyms.
func sentenceCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if acronyms[ocrKey(w)] || strings.ContainsRune(w, '/') && strings.ContainsAny(w, "0123456789") {
			continue // "48/NQ-CP": a document's number keeps its capitals
		}
		words[i] = strings.ToLower(w)
	}
	out := strings.Join(words, " ")
	// Province names after "tỉnh"/"thành phố".
	for _, prov := range provinceNames {
		low := strings.ToLower(prov)
		if idx := strings.Index(out, low); idx >= 0 {
			out = out[:idx] + prov + out[idx+len(low):]
		}
	}
	rs := []rune(out)
	if len(rs) > 0 {
		rs[0] = unicode.ToUpper(rs[0])
	}
	return string(rs)
}

// attachedNote reports whether line i opens the bracketed note under an
// annex's title that says which document it is attached to ("*(Kèm theo
// Quyết định số 01779/QĐ-UBND …)*", also with "(Kèm" alone on its line):
// the annex, and whatever titles of signers it names, starts there.
func attachedNote(p *page, i int) bool {
	if !strings.HasPrefix(strings.TrimLeft(p.lines[i], " *_"), "(") {
		return false // "… Phụ lục I kèm theo Nghị quyết này).": a sentence of the body
	}
	k := p.key[i]
	if strings.HasPrefix(k, "kem theo ") {
		return true
	}
	return k == "kem" && i+1 < len(p.lines) && strings.HasPrefix(p.key[i+1], "theo ")
}

// signatureWords mark the signature block's title lines.
var signatureWords = []string{"giam doc", "chu tich", "kt ", "tm ", "truong ban", "chanh van phong", "pho giam doc"}

// signerOf finds the signer: the "| Người ký | … |" row of a converted
// page, else the first name-like line after the last signature title
// before the annex. When the name has lost all its diacritics (OCR), it is
// restored from common spellings and the read form is returned as well.
func signerOf(p *page) (signer, readAs string) {
	for i := 0; i < min(len(p.lines), headLines); i++ {
		if !strings.Contains(p.fold[i], "nguoi ky") {
			continue // both forms name the field
		}
		sm := mdSignerTableRe.FindStringSubmatchIndex(p.fold[i])
		if sm == nil {
			sm = mdSignerColonRe.FindStringSubmatchIndex(p.fold[i])
		}
		if sm != nil {
			rs := []rune(p.lines[i])
			a, b := len([]rune(p.fold[i][:sm[2]])), len([]rune(p.fold[i][:sm[3]]))
			if name := strings.TrimSpace(string(rs[a:b])); isNameLike(name) {
				return name, ""
			}
		}
		if name := siteTableValueBelow(p, i); name != "" {
			return name, ""
		}
		if name := siteFieldAfterLabel(p, i); name != "" {
			return name, ""
		}
	}
	end := len(p.lines)
	for i := 0; i < len(p.lines); i++ {
		k := p.key[i]
		if k == "phu luc" || (strings.HasPrefix(k, "phu luc") && isAllCaps(trimCell(p.lines[i]))) || attachedNote(p, i) {
			if i > len(p.lines)/3 {
				end = i
				break
			}
		}
	}
	lastSig := -1
	for i := 0; i < end; i++ {
		if len(p.key[i]) >= 60 {
			continue // no title line, and not copied to be looked at
		}
		k := p.key[i] + " "
		for _, w := range signatureWords {
			if strings.HasPrefix(k, w) || strings.Contains(k, " "+w) {
				lastSig = i
				break
			}
		}
	}
	found := ""
	if lastSig >= 0 {
		for i := lastSig + 1; i < end && i <= lastSig+14; i++ {
			if n := trimCell(p.lines[i]); isNameLike(n) {
				found = boldNameGoesOn(p, i, n)
				break
			}
		}
	}
	if found == "" && !pressTagged(p) {
		// No signature title: a full name near the end signs, not an
		// author's byline ("Khánh Ly", "Minh H", "Theo Báo Thanh Hóa");
		// in a press item that opens with its source tag ("(BĐT) - …")
		// the name at the end is its author's.
		for i := end - 1; i >= max(0, end-8); i-- {
			if n := trimCell(p.lines[i]); isNameLike(n) && fullName(n) {
				if bylineUnit(p, i) {
					break // "Lê Văn Tiện" / "Sở Nội vụ": an author and the unit he writes for
				}
				found = n
				break
			}
		}
	}
	if found == "" {
		return "", ""
	}
	if restoredName, ok := restoreName(found); ok {
		return restoredName, found
	}
	return found, ""
}

// mdSourceTagRe matches a press item's source tag at the start of a line,
// printed or folded: "(BĐT) - ", "(PLO) -", "(Haiphong.gov.vn) - ",
// "(Chinhphu.vn) – ". Group 1 is the tag.
var mdSourceTagRe = regexp.MustCompile(`^\s*\(([\p{L}0-9.&\s]{2,30})\)\s*[-–—]\s*`)

// sourceTag returns the source tag a line opens with (mdSourceTagRe) and
// the offset where the words after it start; "", 0 when it opens with
// none.
func sourceTag(line string) (tag string, end int) {
	m := mdSourceTagRe.FindStringSubmatchIndex(line)
	if m == nil {
		return "", 0
	}
	return line[m[2]:m[3]], m[1]
}

// pressTagged reports whether one of the text's first lines with words
// opens with a press item's source tag and goes on after it (sourceTag).
func pressTagged(p *page) bool {
	seen := 0
	for _, l := range p.lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if tag, end := sourceTag(l); tag != "" && strings.TrimSpace(l[end:]) != "" {
			return true
		}
		if seen++; seen == pressTagReach {
			return false
		}
	}
	return false
}

// pressTagReach is how many of its first lines with words a press item's
// source tag may stand in: after its headline, date and sapo.
const pressTagReach = 6

// bylineUnit reports whether the name at line i is an author's byline:
// the next line with words on it, the text's last, names a body ("Sở Nội
// vụ"), as a department's site signs its articles; a signature names the
// signer last.
func bylineUnit(p *page, i int) bool {
	j := i + 1
	for j < len(p.lines) && strings.TrimSpace(p.lines[j]) == "" {
		j++
	}
	if j >= len(p.lines) || !startsAgency(p.fold[j]) {
		return false
	}
	for k := j + 1; k < len(p.lines); k++ {
		if strings.TrimSpace(p.lines[k]) != "" {
			return false
		}
	}
	return true
}

// siteFieldAfterLabel returns the signer a site's metadata gives on
// line i as its label, a space and the name, no colon ("Người ký Nguyễn
// Quỳnh Thiện"), among other labels so written ("Số hiệu 67/KH-UBND",
// "Ngày ban hành 13/06/2025" within three lines); "" otherwise.
func siteFieldAfterLabel(p *page, i int) string {
	rest, ok := strings.CutPrefix(p.fold[i], "nguoi ky ")
	if !ok {
		return ""
	}
	others := false
	for k := max(0, i-3); k < min(len(p.lines), i+4); k++ {
		if k != i && hasAnyPrefix(p.fold[k], []string{"so hieu ", "ngay ban hanh ", "loai van ban ", "co quan ban hanh ", "noi ban hanh "}) {
			others = true
		}
	}
	if !others {
		return ""
	}
	rs := []rune(p.lines[i])
	name := strings.TrimSpace(string(rs[len(rs)-utf8.RuneCountInString(rest):]))
	if !isNameLike(name) {
		return ""
	}
	return name
}

// siteTableValueBelow returns the signer of a site's metadata table whose
// field name stands alone on line i ("**Người ký:**") and whose value is
// the next line of text ("|" lines between them): "" when that line is no
// name.
func siteTableValueBelow(p *page, i int) string {
	if strings.Trim(p.fold[i], " \t|*:") != "nguoi ky" {
		return ""
	}
	j := i
	for n := 0; n < 3; n++ {
		if j = nextTextLine(p, j); j < 0 {
			return ""
		}
		if t := strings.TrimSpace(p.lines[j]); t != "|" && t != "" {
			if n := trimCell(t); isNameLike(n) {
				return n
			}
			return ""
		}
	}
	return ""
}

// boldNameGoesOn returns the signer's name found on line i, joined with
// the next line when the bold the name opens with closes only there
// ("**Nguyễn Quỳnh" over "Thiện**"): a name wrapped in the signature
// block.
func boldNameGoesOn(p *page, i int, name string) string {
	t := strings.TrimSpace(p.lines[i])
	if !strings.HasPrefix(t, "**") || strings.HasSuffix(t, "**") || i+1 >= len(p.lines) {
		return name
	}
	next := strings.TrimSpace(p.lines[i+1])
	if !strings.HasSuffix(next, "**") || strings.HasPrefix(next, "**") {
		return name
	}
	if joined := name + " " + trimCell(next); isNameLike(joined) && len(strings.Fields(joined)) <= 4 {
		return joined
	}
	return name
}

// familyNames are the folded family names of Vietnamese persons.
var familyNames = map[string]bool{
	"nguyen": true, "tran": true, "le": true, "pham": true, "hoang": true, "huynh": true, "phan": true, "vu": true,
	"vo": true, "dang": true, "bui": true, "do": true, "ho": true, "ngo": true, "duong": true, "ly": true, "dinh": true,
	"dao": true, "trinh": true, "luong": true, "mai": true, "ta": true, "ha": true, "luu": true, "cao": true,
	"chau": true, "truong": true, "lam": true, "thai": true, "quach": true, "to": true, "kieu": true, "tu": true,
	"doan": true, "vuong": true, "trieu": true, "la": true, "nong": true, "lo": true, "luc": true, "hua": true,
	"tang": true, "than": true, "hau": true, "ton": true, "khong": true, "chu": true, "giang": true, "lai": true,
	"ong": true, "phung": true, "kim": true, "vi": true, "mac": true, "au": true, "tong": true, "van": true,
}

// fullName reports whether a name-like line (isNameLike) is a person's
// full name as a signature gives it: three words or more, or two that
// open with a family name ("Mai Sơn"); not a given name alone or one cut
// to its initial ("Khánh Ly", "Minh H"), as a press item's byline is.
func fullName(s string) bool {
	words := strings.Fields(s)
	if utf8.RuneCountInString(words[len(words)-1]) < 2 {
		return false
	}
	return len(words) >= 3 || familyNames[ocrKey(words[0])]
}

// nameStop are words that make a capitalised line something else than a
// person's name.
var nameStop = map[string]bool{
	"noi": true, "luu": true, "hoach": true, "so": true, "giam": true, "doc": true,
	"tich": true, "uy": true, "quyet": true, "danh": true, "sach": true, "kinh": true, "gui": true,
	"theo": true, // "Theo Báo Thanh Hóa": a press item's source
}

// isNameLike reports a line that looks like a person's name: two to five
// capitalised words of letters only.
func isNameLike(s string) bool {
	words := strings.Fields(s)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		rs := []rune(w)
		if !unicode.IsUpper(rs[0]) {
			return false
		}
		for _, r := range rs[1:] {
			if !unicode.IsLetter(r) || !unicode.IsLower(r) {
				return false
			}
		}
		if len(rs) == 1 && strings.ContainsRune("IVX", rs[0]) {
			return false // a section number: "Phần I", "Chương V"
		}
		if nameStop[ocrKey(w)] {
			return false
		}
	}
	return true
}

// nameSyllables are the usual spellings of the syllables of Vietnamese
// personal names, keyed by their folded form; a syllable with several
// common spellings maps to the most frequent in names.
var nameSyllables = map[string]string{
	"nguyen": "Nguyễn", "tran": "Trần", "le": "Lê", "pham": "Phạm", "hoang": "Hoàng", "huynh": "Huỳnh",
	"phan": "Phan", "vu": "Vũ", "vo": "Võ", "dang": "Đặng", "bui": "Bùi", "do": "Đỗ", "ho": "Hồ",
	"ngo": "Ngô", "duong": "Dương", "ly": "Lý", "dinh": "Đình", "doan": "Đoàn", "truong": "Trương",
	"luong": "Lương", "mai": "Mai", "cao": "Cao", "lam": "Lâm", "ta": "Tạ", "thai": "Thái", "to": "Tô",
	"chu": "Chu", "van": "Văn", "thi": "Thị", "huu": "Hữu", "duc": "Đức", "cong": "Công", "quang": "Quang",
	"minh": "Minh", "trong": "Trọng", "xuan": "Xuân", "thanh": "Thanh", "hong": "Hồng", "ngoc": "Ngọc",
	"kim": "Kim", "duy": "Duy", "ba": "Bá", "chi": "Chí", "quoc": "Quốc", "the": "Thế", "tien": "Tiến",
	"trung": "Trung", "hai": "Hải", "son": "Sơn", "binh": "Bình", "hung": "Hùng", "dung": "Dũng",
	"tuan": "Tuấn", "anh": "Anh", "ha": "Hà", "lan": "Lan", "huong": "Hương", "hoa": "Hoa", "linh": "Linh",
	"hieu": "Hiếu", "long": "Long", "nam": "Nam", "phong": "Phong", "thang": "Thắng",
	"toan": "Toàn", "tu": "Tú", "vinh": "Vinh", "viet": "Việt", "khanh": "Khánh", "hanh": "Hạnh",
	"hang": "Hằng", "hien": "Hiền", "huy": "Huy", "khoa": "Khoa", "loc": "Lộc", "manh": "Mạnh",
	"nghia": "Nghĩa", "nhan": "Nhân", "phuc": "Phúc", "phuong": "Phương", "quan": "Quân", "quy": "Quý",
	"tai": "Tài", "tam": "Tâm", "thao": "Thảo", "thuy": "Thủy", "trang": "Trang", "tung": "Tùng",
	"yen": "Yến", "dat": "Đạt", "dong": "Đông", "giang": "Giang", "hao": "Hào", "hau": "Hậu",
	"kien": "Kiên", "luc": "Lực", "nhat": "Nhật", "tan": "Tân", "thinh": "Thịnh", "tin": "Tín",
	"tri": "Trí", "tuong": "Tường", "uyen": "Uyên", "an": "An", "bao": "Bảo", "cuong": "Cường",
	"dai": "Đại", "diep": "Diệp", "hoai": "Hoài", "khai": "Khải", "khiem": "Khiêm", "lieu": "Liêu",
	"loan": "Loan", "my": "Mỹ", "nga": "Nga", "ngan": "Ngân", "oanh": "Oanh", "quynh": "Quỳnh",
	"sang": "Sang", "thu": "Thu", "thuan": "Thuận", "tuyet": "Tuyết", "vuong": "Vương", "hue": "Huế",
}

// restoreName restores the diacritics of a name read without any
// ("Phan Trong Binh" → "Phan Trọng Bình"). It returns false when the name
// already has diacritics or a syllable is unknown.
func restoreName(name string) (string, bool) {
	for _, r := range name {
		if r >= 0x80 {
			return "", false
		}
	}
	words := strings.Fields(name)
	out := make([]string, len(words))
	changed := false
	for i, w := range words {
		s, ok := nameSyllables[strings.ToLower(w)]
		if !ok {
			return "", false
		}
		out[i] = s
		changed = changed || s != w
	}
	if !changed {
		return "", false
	}
	return strings.Join(out, " "), true
}
