package plandoc

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// Metadata stated in prose.
//
// An excerpt, a press report or a plan body that starts below its header
// has no "Số:" line and no place-and-date line; its opening sentences name
// the document instead: "UBND tỉnh Thanh Hóa vừa ban hành Kế hoạch cải
// cách hành chính năm 2026", "Ông Lê Ngọc Châu - Chủ tịch UBND TP. Hải
// Phòng vừa ký ban hành Quyết định số 5256/QĐ-UBND về kế hoạch …". The
// fields the header left empty are read from there.

// proseLines is how many non-blank lines at the top are read for prose
// metadata.
const proseLines = 8

var (
	// A document named in prose: its kind, then its number.
	mpDocRe = regexp.MustCompile(`(?i)\b(kế hoạch|quyết định|chỉ thị|nghị quyết|công điện|chương trình)(?:\s+số)?(?:\s+([0-9]+[a-z]?(?:/[0-9]{4})?/[A-ZĐ]+(?:-[A-ZĐa-z0-9]+)*|[0-9]+)\b)?`)
	// An issuing body named in prose.
	mpIssuerRe = regexp.MustCompile(`(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân|HĐND|Hội đồng nhân dân)\s+(tỉnh|thành phố|TP\.?|xã|phường)\s+((?:\p{Lu}[\p{L}]*\s?)+)`)
	// A signer named in prose: "Ông Lê Ngọc Châu - Chủ tịch …".
	mpSignerRe = regexp.MustCompile(`(?:Ông|Bà)\s+((?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*)\s*[-–,]\s*(?:Phó\s+)?Chủ tịch`)
	// A signer named after the office: "Thủ tướng Chính phủ Phạm Minh
	// Chính vừa ký", "Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương có văn bản";
	// the run of capitalised words may start with the province's name.
	mpOfficeSignerRe = regexp.MustCompile(`(?:Thủ tướng|Chủ tịch|Phó Chủ tịch|Bộ trưởng)[^,.;]{0,40}?\s((?:\p{Lu}\p{Ll}*\s){1,5}\p{Lu}\p{Ll}*)\s+(?:vừa\s+)?(?:đã\s+)?(?:ký|có văn bản|ban hành)`)
	// A date in prose: "ngày 22/5/2025", "Ngày 30/12/2025".
	mpDateRe = regexp.MustCompile(`(?i)ngày\s+([0-9]{1,2})[/-]([0-9]{1,2})[/-]((?:19|20)[0-9]{2})`)
)

// mpKinds map the folded kind of a document to its type code.
var mpKinds = map[string]string{"ke hoach": "KH", "quyet dinh": "QĐ", "chi thi": "CT", "nghi quyet": "NQ",
	"cong dien": "CĐ", "chuong trinh": "CTr"}

// fillFromProse fills the empty fields of m from the opening sentences.
// numbered reports a "Số:" line in the header: its number, even blank,
// is the document's, and prose does not replace it.
func fillFromProse(p *page, m *dataset.Plan, numbered bool) {
	var top []int
	for i := 0; i < len(p.lines) && len(top) < proseLines; i++ {
		if trimCell(p.lines[i]) != "" && !p.skip[i] {
			top = append(top, i)
		}
	}
	for _, i := range top {
		line := p.lines[i]
		f := p.fold[i]
		if strings.HasPrefix(p.key[i], "can cu") {
			continue
		}
		if !numbered {
			proseDoc(line, f, m)
		}
		proseIssuer(line, m)
		if m.Signer == "" {
			m.Signer = proseSigner(line)
		}
	}
	if m.Year == 0 {
		m.Year = proseYear(p, top)
	}
	if code := issuerCodeOf(m.DocNumber); code != "ubnd" && !numbered {
		if tpl, ok := issuerCodes[code]; ok && (m.Issuer == "" || strings.HasPrefix(m.Issuer, "UBND ")) {
			m.Issuer = withProvince(tpl, m.Province) // "1888/KH-VPUBND": the office of the UBND
		}
	}
	if m.Province == "" && !strings.HasPrefix(m.Issuer, "Bộ ") && !strings.HasPrefix(m.Issuer, "Thủ tướng") && m.Issuer != "Chính phủ" {
		m.Province = proseProvince(p, top)
	}
}

// mpPlaceRe matches a province named in prose: "tỉnh Thái Nguyên",
// "thành phố Cần Thơ", "TP. Hải Phòng".
var mpPlaceRe = regexp.MustCompile(`(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+((?:\p{Lu}\p{Ll}*\s?){1,4})`)

// proseProvince returns the first province the opening lines name after
// "tỉnh" or "thành phố", "" when none.
func proseProvince(p *page, top []int) string {
	for _, i := range top {
		for _, sm := range mpPlaceRe.FindAllStringSubmatch(p.lines[i], -1) {
			ws := strings.Fields(sm[1])
			for n := len(ws); n >= 1; n-- {
				if prov, ok := canonicalProvince(strings.Join(ws[:n], " ")); ok {
					return prov
				}
			}
		}
	}
	return ""
}

// issuerCodeOf returns the folded issuer part of a document number
// ("1888/KH-VPUBND" → "vpubnd"), "" when none.
func issuerCodeOf(number string) string {
	_, rest, ok := strings.Cut(number, "/")
	if !ok {
		return ""
	}
	_, code, ok := strings.Cut(rest, "-")
	if !ok {
		return ""
	}
	code, _, _ = strings.Cut(code, "-")
	return foldKeep(code)
}

// proseSigner returns the name of the person a line says signed or
// issued the document, "" when none.
func proseSigner(line string) string {
	if !strings.Contains(line, "Chủ tịch") && !strings.Contains(line, "Thủ tướng") && !strings.Contains(line, "Bộ trưởng") {
		return "" // what the signer patterns cannot match, without running them
	}
	if sm := mpSignerRe.FindStringSubmatch(line); sm != nil {
		return sm[1]
	}
	sm := mpOfficeSignerRe.FindStringSubmatch(line)
	if sm == nil {
		return ""
	}
	ws := strings.Fields(sm[1])
	for n := min(4, len(ws)-2); n >= 1; n-- {
		if _, ok := canonicalProvince(strings.Join(ws[:n], " ")); ok {
			ws = ws[n:] // "Bắc Giang Lê Ánh Dương"
			break
		}
	}
	if len(ws) < 2 || len(ws) > 4 || ws[0] == "Chính" || ws[0] == "UBND" {
		return ""
	}
	return strings.Join(ws, " ")
}

// proseDate reads the date of issue a line gives next to the document it
// names: "Công điện số 69/CĐ-TTg ngày 22/5/2025", "Ngày 30/12/2025, … đã
// ban hành Kế hoạch số …".
func proseDate(line string, docAt int) string {
	for _, sm := range mpDateRe.FindAllStringSubmatchIndex(line, -1) {
		if sm[0] == 0 || (sm[0] > docAt && sm[0]-docAt < 60) || sm[0] < docAt && sm[0] < 3 {
			return isoDate(line[sm[2]:sm[3]], line[sm[4]:sm[5]], line[sm[6]:sm[7]])
		}
	}
	return ""
}

// proseDoc reads the number and type of the document a line says was
// issued ("vừa ban hành Kế hoạch số 22/KH-UBND").
func proseDoc(line, f string, m *dataset.Plan) {
	if m.DocNumber != "" && m.DocType != "" {
		return
	}
	if !strings.Contains(f, "ban hanh") && !strings.Contains(f, " ky ") && !strings.Contains(f, "phe duyet") {
		return
	}
	for _, sm := range mpDocRe.FindAllStringSubmatchIndex(line, -1) {
		before := foldKeep(line[max(0, sm[0]-40):sm[0]])
		if strings.Contains(before, "can cu") || strings.Contains(before, "thuc hien") || strings.Contains(before, "theo ") {
			continue
		}
		if sm[4] < 0 && generalMention(line[:sm[0]]) {
			continue // "việc ban hành quyết định": no document of its own
		}
		kind := mpKinds[foldKeep(line[sm[2]:sm[3]])]
		if m.Date == "" {
			m.Date = proseDate(line, sm[0])
		}
		if sm[4] >= 0 {
			num := line[sm[4]:sm[5]]
			if m.DocNumber == "" {
				m.DocNumber = num
			}
			if _, code, ok := strings.Cut(num, "/"); ok {
				code, _, _ = strings.Cut(code, "-")
				if docTypeCode(foldKeep(code)) != "" {
					kind = strings.ToUpper(code)
				}
			}
		}
		if m.DocType == "" {
			m.DocType = kind
		}
		return
	}
}

// generalMention reports whether the text before a document named without
// a number speaks of documents in general, not of one: "việc ban hành
// quyết định", "ban hành các kế hoạch".
func generalMention(before string) bool {
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	f := strings.TrimSpace(foldKeep(before))
	return strings.Contains(f, "viec ban hanh") || strings.HasSuffix(f, " cac") || f == "cac"
}

// proseIssuer reads the issuing body a line names ("UBND tỉnh Thanh Hóa",
// "Chủ tịch UBND TP. Hải Phòng") and its province.
func proseIssuer(line string, m *dataset.Plan) {
	if m.Issuer != "" && m.Province != "" {
		return
	}
	sm := mpIssuerRe.FindStringSubmatch(line)
	if sm == nil {
		if m.Issuer == "" {
			switch {
			case strings.Contains(line, "Thủ tướng Chính phủ") && (strings.Contains(line, " ký") || strings.Contains(line, "ban hành")):
				m.Issuer = "Thủ tướng Chính phủ"
			case strings.Contains(line, "Chính phủ ban hành") || strings.Contains(line, "Chính phủ vừa ban hành"):
				m.Issuer = "Chính phủ"
			}
		}
		return
	}
	body := "UBND"
	if strings.HasPrefix(sm[0], "HĐND") || strings.HasPrefix(sm[0], "Hội đồng") {
		body = "HĐND"
	}
	level := sm[1]
	if strings.HasPrefix(level, "TP") {
		level = "thành phố"
	}
	name := strings.TrimSpace(sm[2])
	prov, ok := canonicalProvince(name)
	if !ok {
		// The name runs on into the next words: try shorter prefixes.
		ws := strings.Fields(name)
		for n := len(ws) - 1; n >= 1 && !ok; n-- {
			if prov, ok = canonicalProvince(strings.Join(ws[:n], " ")); ok {
				name = strings.Join(ws[:n], " ")
			}
		}
	}
	if !ok && level != "xã" && level != "phường" {
		return
	}
	if m.Issuer == "" {
		m.Issuer = body + " " + level + " " + name
	}
	if m.Province == "" && ok {
		m.Province = prov
	}
}

// mpPlanCues are the folded words after which the opening lines name the
// year a plan is for ("kế hoạch … năm 2026", "đặt mục tiêu năm 2025",
// "phấn đấu năm 2024").
var mpPlanCues = []string{"ke hoach", "chuong trinh", "muc tieu", "phan dau", "chi tieu", "de ra", "dat ra"}

// proseYear returns the year the document is for as its opening lines
// state it: the first year named after a word of planning in them, a
// period giving its last year; dates, baselines and the years of cited
// documents are skipped. 0 when none.
func proseYear(p *page, top []int) int {
	for _, i := range top {
		f := asciiFold([]rune(p.lines[i]))
		cue := -1
		for _, c := range mpPlanCues {
			if k := strings.Index(f, c); k >= 0 && (cue < 0 || k < cue) {
				cue = k
			}
		}
		if cue < 0 {
			continue
		}
		y := firstYear(f[cue:])
		if y == 0 {
			continue
		}
		if pm := mdPeriodRe.FindStringIndex(f[cue:]); pm != nil && strings.Contains(f[cue:][pm[0]:pm[1]], strconv.Itoa(y)) {
			return 0 // a plan for a period ("giai đoạn 2026 - 2030") has no single year
		}
		return y
	}
	return 0
}
