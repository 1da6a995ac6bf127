package plandoc

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
// metadata; in a text with no header of its own (a stored page), short
// lines of the site's frame are not counted (siteShortLine), at most
// proseLinesMax lines in all.
const (
	proseLines    = 8
	proseLinesMax = 20
)

// siteShortLine reports whether a line at the top of a stored page is a
// short line of the site's frame or a counter, read but not counted
// among the opening lines: "Thống kê truy cập", "Lượt truy cập :
// 32.695.325", "• Inverts", "16:07 07/03/2019 | Lượt xem : 510".
func siteShortLine(t string) bool {
	return len(strings.Fields(t)) <= 4 || strings.Contains(t, "Lượt xem") || strings.Contains(t, "Lượt truy cập")
}

var (
	// An issuing body named in prose.
	// "UBND Thành phố Hồ Chí Minh", "Ủy ban nhân dân Tỉnh Gia Lai",
	// "UBND TP.HCM" also; a province named bare, as the press may ("Phó
	// Chủ tịch UBND Long An Huỳnh Văn Sơn"), is a province's committee.
	mpIssuerRe = regexp.MustCompile(`(?:UBND|Ủy ban [nN]hân dân|Uỷ ban [nN]hân dân|HĐND|Hội đồng [nN]hân dân)\s+(?:(tỉnh|Tỉnh|thành phố|Thành phố|TP\.|TP\s|xã|Xã|phường|Phường|thị xã|huyện|quận)\s*)?((?:\p{Lu}[\p{L}]*(?:\s?-\s?|\s)?)+)`)
	// A signer named in prose: "Ông Lê Ngọc Châu - Chủ tịch …".
	mpSignerRe = regexp.MustCompile(`(?:Ông|Bà)\s+((?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*)\s*[-–,]\s*(?:Phó\s+)?Chủ tịch`)
	// A signer named, in the course of a sentence, before the office and
	// the signing: "ông Hồ Quang Bửu, Phó Chủ tịch UBND thành phố Đà Nẵng,
	// đã ký văn bản …" (not "Theo ông …, Phó Chủ tịch …, để đạt …").
	// An office, the name and the post the signer signs in, then the
	// signing: "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo Trung ương về …
	// mới đây ký ban hành …".
	mpOfficeNamePostSignsRe = regexp.MustCompile(`(?:Tổng Bí thư|Bí thư|Thủ tướng|Phó Thủ tướng|Chủ tịch|Phó Chủ tịch|Bộ trưởng)[^,.;]{0,40}?\s((?:\p{Lu}\p{Ll}*\s){1,5}\p{Lu}\p{Ll}*)\s*,\s*(?:Trưởng|Phó Trưởng|Chủ tịch|Phó Chủ tịch)\s[^.;]{0,200}?\s(?:(?:mới đây|vừa|đã)\s+)*ký`)
	// "Chủ tịch UBND Tỉnh, ông Phạm Thiện Nghĩa vừa ký …": the office,
	// then the person after a comma.
	mpOfficeCommaNameSignsRe = regexp.MustCompile(`(?:Phó\s+)?Chủ tịch[^,.;]{0,40},\s*(?:ông|bà)\s+((?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*)\s+(?:(?:đã|vừa)\s+)*ký`)
	mpNamedSignsRe           = regexp.MustCompile(`(?:ông|bà)\s+((?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*)\s*,\s*(?:Phó\s+)?Chủ tịch[^,.;]{0,60},?\s*(?:(?:đã|vừa)\s+)*ký`)
	// A signer named after the office: "Thủ tướng Chính phủ Phạm Minh
	// Chính vừa ký", "Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương có văn bản";
	// the run of capitalised words may start with the province's name.
	mpOfficeSignerRe = regexp.MustCompile(`(?:Thủ tướng|Chủ tịch|Phó Chủ tịch|Bộ trưởng)[^,.;]{0,40}?\s((?:\p{Lu}\p{Ll}*\s){1,5}\p{Lu}\p{Ll}*)\s+(?:vừa\s+)?(?:đã\s+)?(?:ký|có văn bản|ban hành)`)
)

// mpKinds map the folded kind of a document to its type code.
var mpKinds = map[string]string{"ke hoach": "KH", "quyet dinh": "QĐ", "chi thi": "CT", "nghi quyet": "NQ",
	"cong dien": "CĐ", "chuong trinh": "CTr", "thong bao": "TB", "cong van": "", "van ban": "", "bao cao": "BC", "ket luan": "KL", "huong dan": "HD"}

// fillFromProse fills the empty fields of m from the opening sentences.
// numbered reports a "Số:" line in the header: its number, even blank,
// is the document's, and prose does not replace it. In a text with a
// header of its own, a body its opening names is its issuer; in a press
// text or a report, only the body that issues the document it names is.
func fillFromProse(p *page, m *dataset.Plan, numbered bool) {
	isDoc := numbered || m.DocType != "" || m.Date != ""
	var top []int
	for i, counted := 0, 0; i < len(p.lines) && counted < proseLines && len(top) < proseLinesMax; i++ {
		if t := trimCell(p.lines[i]); t != "" && !p.skip[i] && !siteResidue(t) {
			top = append(top, i)
			if isDoc || !siteShortLine(t) {
				counted++ // a page's frame, not a document's header, has lines not to count
			}
		}
	}
	if !numbered {
		ms := proseDoc(p, top, m)
		for k, mt := range ms {
			if k == 0 || mt.issued && m.Issuer == "" && (mt.number == "" || mt.number == ms[0].number) {
				mentionIssuer(p, top, mt, m)
			}
		}
		plainPlan(p, top, m)
		namedPlanOpens(p, top, m)
	}
	for _, i := range top {
		if strings.HasPrefix(p.key[i], "can cu") {
			continue
		}
		if isDoc && m.Issuer == "" {
			openingIssuer(p.lines[i], m) // "…, Ban Chỉ đạo … huyện Đăk R’lấp ban hành Kế hoạch …"
		}
		if isDoc {
			proseIssuer(p.lines[i], m)
		}
		if m.Signer == "" {
			m.Signer = proseSigner(p.lines[i])
		}
	}
	if !isDoc && m.Issuer == "" {
		actingCommittee(p, top, m)
	}
	if m.Year == 0 {
		m.Year = proseYear(p, top)
	}
	if centralBody(m.Issuer) {
		m.Province = ""
		return
	}
	if m.Province == "" {
		m.Province = proseProvince(p, top)
	}
	if code := issuerCodeOf(m.DocNumber); code == "ubnd" && !numbered && m.Issuer == "" && m.Province != "" && issuedByPlace(p, top) {
		// "Kế hoạch 16/KH-UBND … do thành phố Cần Thơ ban hành": the
		// committee of the place the text names as issuing it.
		m.Issuer = withProvince("UBND tỉnh %s", m.Province)
	} else if code != "ubnd" && (!numbered || m.Issuer == "" || strings.HasPrefix(m.Issuer, "UBND ")) {
		// Also a numbered letter whose header names no province: "Số
		// 924/SNV-CCHC" over a body that names it, the department of
		// that province.
		if tpl, ok := issuerCodes[code]; ok && (m.Issuer == "" || strings.HasPrefix(m.Issuer, "UBND ")) {
			prov := m.Province
			if prov == "" {
				prov = proseProvince(p, top) // "Sở Nội vụ tỉnh Long An ban hành Kế hoạch số 18/KH-SNV"
			}
			if name := withProvince(tpl, prov); name != "" {
				m.Issuer = name // "1888/KH-VPUBND": the office of the UBND
			}
		}
	}
}

// mpActingRe matches a people's committee, or its chairman, named as
// the subject of a clause that acts: it requires, directs, assigns,
// carries out or sets an aim ("UBND tỉnh An Giang yêu cầu UBND đặc khu
// Phú Quốc …", "Chủ tịch UBND tỉnh Bình Định yêu cầu khẩn trương …",
// "UBND tỉnh Phú Thọ đặt ra mục tiêu …", "UBND tỉnh giao …"). The name
// runs on capitalised words (a chairman's own name may follow it), or is
// a bare "tỉnh", the province the text names. The clause may follow a
// source's tag ("(PLO)- Chủ tịch UBND tỉnh An Giang giao …").
var mpActingRe = regexp.MustCompile(`(?:^|[,.:;]\s|\)-\s?|\) -\s)\s*(Chủ tịch\s+|Văn phòng\s+)?((?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:(?:tỉnh|thành phố|Thành phố|TP\.|TP\s|xã|phường)\s*(?:\p{Lu}[\p{L}.]*\s?)+|tỉnh\s|TPHCM\s|TP\.HCM\s|TP HCM\s))\s*(?:(?:đã|vừa|cũng|tiếp tục)\s+)*(?:yêu cầu|chỉ đạo|đề nghị|giao|triển khai|ban hành|đặt ra|đề ra|đặt mục tiêu|có văn bản|thông báo kết luận)\b`)

// actingCommittee fills m's issuer, in a text that names no document of
// its own (a press item), from the committee its opening lines name as
// acting: the body whose requests and aims the text reports, with its
// chairman when the chairman acts (not in a document numbered as the
// committee's, "421/UBND-NC"), or its office when the office gives
// notice of the conclusions ("Văn phòng UBND TPHCM thông báo kết luận
// của Phó Chủ tịch …").
func actingCommittee(p *page, top []int, m *dataset.Plan) {
	for k, i := range top {
		sm := mpActingRe.FindStringSubmatch(p.lines[i])
		if sm == nil {
			continue
		}
		var named dataset.Plan
		committee := strings.TrimSpace(sm[2])
		if alias := committeeOfAlias(committee); alias != committee {
			named.Issuer, named.Province = alias, provinceOfCommittee(alias) // "UBND TPHCM"
		} else if proseIssuer(committee, &named); named.Issuer == "" && strings.HasSuffix(committee, " tỉnh") && !strings.Contains(sm[0], " đã ") {
			// "Theo đó, UBND tỉnh giao Sở …": the committee of the province
			// the text names, acting now ("UBND tỉnh đã thành lập …"
			// reports).
			named.Province = proseProvince(p, top[:k+1]) // named before it, not only in a link after the item
			if named.Issuer = withProvince("UBND tỉnh %s", named.Province); named.Issuer == "" {
				continue
			}
		} else if named.Issuer == "" {
			continue
		}
		office := sm[1] // "Chủ tịch ", "Văn phòng " before the committee
		if strings.HasPrefix(office, "Chủ tịch") && issuerCodeOf(m.DocNumber) == "ubnd" {
			office = "" // "Tại văn bản số 421/UBND-NC, Chủ tịch UBND tỉnh yêu cầu …": a letter of the committee, which its chairman signs
		}
		m.Issuer = strings.TrimSpace(office + named.Issuer)
		if m.Province == "" {
			m.Province = named.Province
		}
		return
	}
}

// siteResidue reports whether a line at the top of a stored page is the
// site's, not the text's: a dash alone, a headline of another item in a
// list of links ("Khánh thành giai đoạn 1 nhà máy … Hạ Long -"), an image.
func siteResidue(t string) bool {
	return t == "-" || strings.HasSuffix(t, " -") || strings.HasPrefix(t, "![")
}

// centralNames are central bodies as prose names them, longest first so
// that "Văn phòng Chính phủ" is not read as "Chính phủ".
var centralNames = func() []string {
	var ns []string
	for _, n := range centralCodes {
		ns = append(ns, n)
	}
	sort.Slice(ns, func(i, j int) bool {
		if len(ns[i]) != len(ns[j]) {
			return len(ns[i]) > len(ns[j])
		}
		return ns[i] < ns[j]
	})
	return ns
}()

// mentionIssuer fills m's issuer from a document the text names: the
// central body its number's code names ("-TTg", "-BXD", "-VPCP",
// "NQ-CP"), else the body its sentence names ("Chủ tịch UBND TP. Hải
// Phòng vừa ký ban hành Quyết định …", "Bộ Xây dựng ban hành …"), else
// "UBND tỉnh" completed with the province the sentence names ("UBND tỉnh
// ban hành Kế hoạch … tỉnh Bình Định năm 2023"), or else the opening
// lines. A bare "UBND tỉnh" whose province the text does not name gives
// no issuer.
func mentionIssuer(p *page, top []int, mt proseMention, m *dataset.Plan) {
	if m.Issuer != "" {
		return
	}
	if name, ok := centralCodes[issuerCodeOf(mt.number)]; ok {
		m.Issuer = name
		return
	}
	rs := []rune(p.lines[mt.line])
	f := asciiFold(rs)
	end := len(f)
	if k := strings.Index(f[mt.end:], ". "); k >= 0 {
		end = mt.end + k
	}
	sentence := string(rs[mt.sentenceAt:end])
	if body := ofBodyAfter(f[mt.end:end], string(rs[mt.end:end])); body != "" {
		m.Issuer = body // "Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, …"
		return
	}
	if body := ofPartyCommitteeAfter(f[mt.end:end], string(rs[mt.end:end])); body != "" {
		m.Issuer = body // "… Kế hoạch số 41-KH/TU ngày 12-01-2022 của Tỉnh ủy"
		return
	}
	if cityIssuer(p, top, rs, mt, sentence, m) {
		return
	}
	if mentionSubjectIssuer(rs, f, mt, m) {
		return
	}
	if sm := mpIssuedPassiveRe.FindStringSubmatchIndex(f[mt.end:end]); sm != nil {
		m.Issuer = strings.TrimSpace(string(rs[mt.end+sm[2] : mt.end+sm[3]])) // "… vừa được UBND tỉnh ban hành": the body, its place added once known (bareCommitteeOf)
		return
	}
	proseIssuer(sentence, m)
	if m.Issuer != "" {
		return
	}
	if issuerCodeOf(mt.number) == "ubnd" {
		localIssuer(p, top, rs, mt, sentence, m)
		return // "Chỉ thị số 01/CT-UBND": a people's committee, whatever central body the sentence cites
	}
	rest := sentence
	for _, n := range centralNames {
		if strings.Contains(rest, "của "+n) {
			// "… Nghị định số 61/2018/NĐ-CP của Chính phủ": the body of a
			// cited document, and no shorter name inside it ("Quyết định
			// 1012/QĐ-TTg của Thủ tướng Chính phủ" names no "Chính phủ").
			rest = strings.ReplaceAll(rest, "của "+n, " ")
			continue
		}
		if strings.Contains(rest, n) {
			m.Issuer = n
			return
		}
	}
	if strings.Contains(rest, "Chính phủ") && !strings.Contains(rest, "Thủ tướng") {
		m.Issuer = "Chính phủ"
		return
	}
	localIssuer(p, top, rs, mt, sentence, m)
	if m.Issuer == "" && mt.kind == "NQ" {
		sessionCouncil(p, top, m)
	}
}

// sessionCouncil fills m's issuer, for a resolution a press item names
// without its body, from the council whose session the opening lines
// report ("Kỳ họp thứ 7 … của HĐND tỉnh Lâm Đồng khóa X đã bế mạc …
// thông qua 21 nghị quyết, trong đó có Nghị quyết về …"): a people's
// council passes resolutions.
func sessionCouncil(p *page, top []int, m *dataset.Plan) {
	for _, i := range top {
		if !strings.Contains(p.fold[i], "ky hop") {
			continue
		}
		for _, sm := range mpIssuerRe.FindAllString(p.lines[i], -1) {
			if strings.HasPrefix(sm, "HĐND") || strings.HasPrefix(sm, "Hội đồng") {
				proseIssuer(sm, m)
				return
			}
		}
	}
}

// localIssuer fills m's issuer from a department or a bare provincial
// committee named before the mention ("Sở Nội vụ tỉnh Gia Lai ban hành
// Kế hoạch …", "UBND tỉnh ban hành …"), completed with the province the
// sentence, the header or the opening lines name; a bare committee whose
// province the text never names gives no issuer.
func localIssuer(p *page, top []int, rs []rune, mt proseMention, sentence string, m *dataset.Plan) {
	before := string(rs[mt.sentenceAt:mt.at])
	if tpl := departmentIn(before); tpl != "" {
		prov := proseProvinceIn(sentence)
		if prov == "" {
			prov = proseProvince(p, top)
		}
		m.Issuer = withProvince(tpl, prov)
		if m.Province == "" {
			m.Province = prov
		}
		return
	}
	if !mpBareUBNDRe.MatchString(before) {
		return
	}
	prov := proseProvinceIn(sentence)
	if prov == "" {
		prov = m.Province
	}
	if prov == "" {
		prov = proseProvince(p, top)
	}
	if prov != "" {
		m.Issuer = withProvince("UBND tỉnh %s", prov)
		if m.Province == "" {
			m.Province = prov
		}
	}
}

// cityIssuer fills m's issuer when the clause that issues the mention
// names a bare "UBND thành phố" ("…; Ủy ban nhân dân thành phố đã ban
// hành Kế hoạch số 102/KH-UBND …") that stands for a city inside a
// province (provincialCity), before any committee the rest of the
// sentence names for another document ("… Kế hoạch của Ủy ban nhân dân
// tỉnh Sóc Trăng"); it reports whether it did.
func cityIssuer(p *page, top []int, rs []rune, mt proseMention, sentence string, m *dataset.Plan) bool {
	clause := string(rs[mt.sentenceAt:mt.at])
	if k := strings.LastIndexAny(clause, ";"); k >= 0 {
		clause = clause[k+1:]
	}
	bare := mpBareUBNDRe.FindString(clause)
	if bare == "" {
		return false
	}
	prov := proseProvinceIn(sentence)
	if prov == "" {
		prov = m.Province
	}
	if prov == "" {
		prov = proseProvince(p, top)
	}
	city := provincialCity(p, top, bare, prov)
	if city == "" {
		return false
	}
	m.Issuer = "UBND thành phố " + city
	if m.Province == "" {
		m.Province = prov
	}
	return true
}

// mpCityRe matches a city named in prose: "thành phố Sóc Trăng",
// "Thành phố Sóc Trăng triển khai …".
var mpCityRe = regexp.MustCompile(`(?:^|[^\p{L}])[Tt]hành phố\s+((?:\p{Lu}\p{Ll}*\s?){1,3})`)

// provincialCity returns the name of the city a bare "UBND thành phố"
// (bare, as matched by mpBareUBNDRe) stands for when that city is not a
// province of its own: the province prov is a tỉnh and the opening lines
// name "thành phố X" with X the province's name (thành phố Sóc Trăng of
// tỉnh Sóc Trăng), so the committee is the city's. "" otherwise.
func provincialCity(p *page, top []int, bare, prov string) string {
	if !strings.Contains(bare, "thành phố") && !strings.Contains(bare, "TP") || centralCities[prov] || strings.HasPrefix(prov, "Thành phố ") {
		return ""
	}
	for _, i := range top {
		for _, sm := range mpCityRe.FindAllStringSubmatch(p.lines[i], -1) {
			ws := strings.Fields(sm[1])
			for n := len(ws); n >= 1; n-- {
				name := strings.Join(ws[:n], " ")
				if c, ok := canonicalProvince(name); ok && c == prov {
					return name
				}
			}
		}
	}
	return ""
}

// departmentIn returns the issuer template of the provincial department
// a text names ("Sở Tư pháp" → "Sở Tư pháp tỉnh %s"), "" when none.
func departmentIn(text string) string {
	if !strings.Contains(text, "Sở ") {
		return ""
	}
	k := " " + ocrKey(text) + " "
	for _, h := range issuerHeads {
		if strings.HasPrefix(h.words, "so ") && strings.Contains(k, " "+h.words+" ") {
			return h.name
		}
	}
	return ""
}

// mpBareUBNDRe matches a provincial people's committee named without its
// province: "UBND tỉnh", "Ủy ban nhân dân tỉnh", "UBND thành phố", "Chủ
// tịch UBND Tỉnh, ông …".
var mpBareUBNDRe = regexp.MustCompile(`(?:UBND|Ủy ban [nN]hân dân|Uỷ ban [nN]hân dân)\s+(?:[tT]ỉnh|[tT]hành phố|TP\.?)(?:[\s,]|$)`)

// mpPlaceRe matches a province named in prose: "tỉnh Thái Nguyên",
// "thành phố Cần Thơ", "TP. Hải Phòng".
var mpPlaceRe = regexp.MustCompile(`(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?)\s+((?:\p{Lu}\p{Ll}*(?:\s?-\s?|\s)?){1,4})`)

// proseProvince returns the province the opening lines are about: the
// first named after "tỉnh" or "thành phố", or after the province's police
// ("Công an Quảng Nam"), or the one a title opens with ("Quảng Ninh xếp
// thứ hạng cao …"); "" when none. When the lines speak of
// all provinces ("các tỉnh, thành phố", "cả nước", "32/34 địa phương")
// before they name one, that one counts only when named again: a national
// text names provinces as examples, a provincial one names its own often.
func proseProvince(p *page, top []int) string {
	national := false
	opening := true // the line is the text's first, or follows only a site's "#" tag line ("# chỉ số cạnh tranh cấp tỉnh")
	for _, i := range top {
		line := p.lines[i]
		first := opening
		opening = opening && strings.HasPrefix(strings.TrimSpace(line), "# ") && !strings.ContainsAny(line, ".:")
		at, prov := provinceAt(line)
		if nat := nationalAt(p.fold[i]); nat >= 0 && !alongsideNation(p.fold[i], nat) {
			// Compare in runes: the folded line is shorter in bytes.
			if prov == "" || utf8.RuneCountInString(p.fold[i][:nat]) < utf8.RuneCountInString(line[:at]) {
				national = true
			}
		}
		if prov == "" && first {
			prov = provinceOpening(line)
		}
		if prov == "" {
			prov = bodyProvinceIn(line) // "… là nhiệm vụ nặng nề của Công an Quảng Nam"
		}
		if prov == "" {
			continue
		}
		if national && namedTimes(p, top, prov) < 2 {
			return ""
		}
		return prov
	}
	if prov := bareProvince(p, top); prov != "" {
		return prov
	}
	return portalProvince(p, top)
}

// portalProvince returns the province whose portal an opening line names
// as its source tag ("(Haiphong.gov.vn) - Chủ tịch UBND thành phố vừa …",
// sourceTag), when they name one and no other; "" otherwise. An address
// the text gives for a service ("tại địa chỉ: dichvucong.vinhphuc.gov.vn")
// is no source.
func portalProvince(p *page, top []int) string {
	found := ""
	for _, i := range top {
		tag, _ := sourceTag(p.lines[i])
		host, ok := strings.CutSuffix(strings.ToLower(tag), ".gov.vn")
		if !ok {
			continue
		}
		prov, ok := canonicalProvince(host[strings.LastIndexByte(host, '.')+1:]) // "sonoivu.angiang": the province's name as one word
		if !ok {
			continue
		}
		if found != "" && prov != found {
			return ""
		}
		found = prov
	}
	return found
}

// bareProvince returns the province the lines name by its bare name
// ("Năm 2023, Phú Yên quyết tâm …", "… sau khi Phú Yên liên tục ở nhóm
// …"), as a press item names the province it is about, when they name it
// more than once, or once and speak of "tỉnh" alone as a subject, and
// name no other that way; "" otherwise.
func bareProvince(p *page, top []int) string {
	found, times := "", 0
	for _, i := range top {
		ws := strings.Fields(p.lines[i])
		for k := 0; k < len(ws); k++ {
			if r, _ := utf8.DecodeRuneInString(ws[k]); !unicode.IsUpper(r) {
				continue
			}
			prov, n := leadingProvince(capitalisedRun(ws[k:]))
			if prov == "" || !actsAfter(ws[k+n-1:]) {
				continue
			}
			if found != "" && prov != found {
				return "" // several provinces: none is the text's by this reading
			}
			found, times = prov, times+1
			k += n - 1
		}
	}
	if times < 2 && !(times == 1 && speaksOfTheProvince(p, top)) {
		return ""
	}
	return found
}

// mpTheProvinceActsRe matches, folded, "tỉnh" alone as the subject of a
// clause: "Cụ thể, tỉnh đặt ra mục tiêu …", "Tỉnh sẽ hình thành …".
var mpTheProvinceActsRe = regexp.MustCompile(`(?:^|[,.;:] )tinh (?:se|da|dat|de ra|phan dau|tiep tuc|co ban|dang|quyet tam|tap trung)\b`)

// speaksOfTheProvince reports whether the lines speak of "tỉnh" alone as
// a subject (mpTheProvinceActsRe): a press item about one province, which
// one bare naming of a province then names.
func speaksOfTheProvince(p *page, top []int) bool {
	for _, i := range top {
		if mpTheProvinceActsRe.MatchString(p.fold[i]) {
			return true
		}
	}
	return false
}

// actsAfter reports whether the name that ends with ws[0] is the subject
// of a verb after it: it is not closed by punctuation and the next word is
// a lower-case word other than "và" ("Phú Yên quyết tâm …", not "Báo Đắk
// Lắk và …", "… Truyền hình Đắk Lắk;", the names of bodies).
func actsAfter(ws []string) bool {
	if len(ws) < 2 || strings.TrimRight(ws[0], ",.;:!?)”\"'(") != ws[0] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(ws[1])
	return unicode.IsLower(r) && ws[1] != "và"
}

// capitalisedRun returns the words of ws up to four that open with a
// capital, the first of them included, each without the punctuation
// after it; the run stops after a word that punctuation closes.
func capitalisedRun(ws []string) []string {
	var out []string
	for _, w := range ws[:min(len(ws), 4)] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			break
		}
		bare := strings.TrimRight(w, ",.;:!?)”\"'")
		out = append(out, bare)
		if bare != w {
			break
		}
	}
	return out
}

// mpBodyPlaceRe matches a province's police named with its province and
// no "tỉnh" ("Công an Quảng Nam"); its group is the words where the
// province's name stands. (A Party committee's province is not the text's,
// and "UBND Hòa Bình" may be a ward's committee.)
var mpBodyPlaceRe = regexp.MustCompile(`Công an ((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,2})`)

// bodyProvinceIn returns the province a line names after its police's
// name (mpBodyPlaceRe), "" when none.
func bodyProvinceIn(line string) string {
	for _, sm := range mpBodyPlaceRe.FindAllStringSubmatch(line, -1) {
		if prov, _ := leadingProvince(strings.Fields(sm[1])); prov != "" {
			return prov
		}
	}
	return departmentProvinceIn(line)
}

// departmentProvinceIn returns the province a line names right after a
// provincial department's name, with no "tỉnh" ("Sở Thông tin và Truyền
// thông (TT&TT) An Giang tổ chức …"): the first capitalised words, within
// mpDeptReach words of "Sở", that name a province; "" when none.
func departmentProvinceIn(line string) string {
	ws := strings.Fields(line)
	for i, w := range ws {
		if w != "Sở" {
			continue
		}
		for k := i + 2; k < len(ws) && k <= i+mpDeptReach; k++ {
			if strings.ContainsAny(ws[k-1], ";.:") {
				break // the sentence or clause has ended ("Sở Văn hóa, Thể thao và Du lịch" holds a comma)
			}
			if r, _ := utf8.DecodeRuneInString(ws[k]); !unicode.IsUpper(r) {
				continue
			}
			if prov, _ := leadingProvince(ws[k:]); prov != "" {
				return prov
			}
		}
	}
	return ""
}

// mpDeptReach is how many words after "Sở" departmentProvinceIn looks for
// the province: the longest department's name and its abbreviation.
const mpDeptReach = 10

// namedTimes counts how often the lines name a province.
func namedTimes(p *page, top []int, prov string) int {
	n := 0
	for _, i := range top {
		n += strings.Count(p.lines[i], prov)
	}
	return n
}

// proseProvinceIn returns the first province a text names after "tỉnh" or
// "thành phố", "" when none.
func proseProvinceIn(s string) string {
	_, prov := provinceAt(s)
	return prov
}

// provinceAt returns the first province a line names after "tỉnh" or
// "thành phố" and the byte where the name stands; -1 and "" when none.
func provinceAt(line string) (int, string) {
	for _, sm := range mpPlaceRe.FindAllStringSubmatchIndex(line, -1) {
		if prov, _ := leadingProvince(strings.Fields(line[sm[2]:sm[3]])); prov != "" {
			return sm[0], prov
		}
	}
	return -1, ""
}

// provinceOpening returns the province whose name opens a title line
// ("Quảng Ninh xếp thứ hạng cao …", "ĐIỆN BIÊN"), after the year a
// headline may open with (timeOpeningEnd; a sentence with a full stop is
// no headline), "" when none.
func provinceOpening(line string) string {
	line = trimCell(line)
	if !strings.ContainsAny(line, ".;") {
		rs := []rune(line)
		line = string(rs[timeOpeningEnd(asciiFold(rs)):]) // a headline, without a full stop: "Năm 2025, Khánh Hòa phấn đấu …"
	}
	ws := strings.Fields(line)
	if prov, n := leadingProvince(ws); prov != "" {
		if n < len(ws) && strings.HasPrefix(ws[n], "(") {
			return "" // "Hà Nội (TTXVN 26/5)": where a news agency wrote
		}
		return prov
	}
	return ""
}

// mpNationalRe matches words by which a text speaks of all provinces.
var mpNationalRe = regexp.MustCompile(`cac tinh,? thanh(?: pho)?|ca nuoc|toan quoc|[0-9]+/(?:34|63) (?:dia phuong|tinh)|(?:34|63) tinh, thanh`)

// mpAlongside are the folded words before a national phrase that set a
// province beside the nation rather than make the text national: "Cùng
// với cả nước, tỉnh Hà Nam …", "Hòa chung với các tỉnh, thành phố, …",
// "so với cả nước".
var mpAlongside = []string{"cung voi", "cung", "hoa chung voi", "hoa chung cung", "hoa chung", "nhu",
	"giong nhu", "so voi", "dong hanh cung"}

// alongsideNation reports whether the national phrase at byte nat of the
// folded line f only sets the text's province beside the nation.
func alongsideNation(f string, nat int) bool {
	return hasAnySuffix(strings.TrimRight(f[:nat], " "), mpAlongside)
}

// nationalAt returns the byte of a folded line where it first speaks of
// all provinces, -1 when it does not.
func nationalAt(f string) int {
	if !strings.Contains(f, "tinh") && !strings.Contains(f, "nuoc") && !strings.Contains(f, "dia phuong") {
		return -1
	}
	if loc := mpNationalRe.FindStringIndex(f); loc != nil {
		return loc[0]
	}
	return -1
}

// issuerCodeOf returns the folded issuer part of a document number
// ("1888/KH-VPUBND" → "vpubnd"; an official letter's "1234/BNV-CCHC",
// which has no type, → "bnv"), "" when none.
func issuerCodeOf(number string) string {
	_, rest, ok := strings.Cut(number, "/")
	if !ok {
		return ""
	}
	if k := strings.LastIndexByte(rest, '/'); k >= 0 {
		rest = rest[k+1:] // "30/2018/QĐ-UBND"
	}
	first, code, ok := strings.Cut(rest, "-")
	if !ok {
		// "244/2025/QH15": a law or resolution of the National Assembly,
		// its code closed by the number of its term.
		if c := strings.TrimRight(foldKeep(rest), "0123456789"); c != foldKeep(rest) && centralCodes[c] != "" {
			return c
		}
		return ""
	}
	if _, isType := docTypes[foldKeep(first)]; !isType {
		return foldKeep(first) // "BNV-CCHC": the issuer, then its unit
	}
	code, _, _ = strings.Cut(code, "-")
	if c := strings.TrimRight(foldKeep(code), "0123456789"); c != foldKeep(code) && centralCodes[c] != "" {
		return c // "1656/NQ-UBTVQH15"
	}
	return foldKeep(code)
}

// proseSigner returns the name of the person a line says signed or
// issued the document, "" when none.
func proseSigner(line string) string {
	if !strings.Contains(line, "Chủ tịch") && !strings.Contains(line, "Thủ tướng") && !strings.Contains(line, "Bộ trưởng") && !strings.Contains(line, "Bí thư") {
		return "" // what the signer patterns cannot match, without running them
	}
	if sm := mpOfficeNamePostSignsRe.FindStringSubmatch(line); sm != nil {
		return nameAfterOffice(sm[1])
	}
	if sm := mpSignerRe.FindStringSubmatch(line); sm != nil {
		return sm[1]
	}
	if sm := mpNamedSignsRe.FindStringSubmatch(line); sm != nil {
		return sm[1]
	}
	if sm := mpOfficeCommaNameSignsRe.FindStringSubmatch(line); sm != nil {
		return sm[1]
	}
	sm := mpOfficeSignerRe.FindStringSubmatch(line)
	if sm == nil {
		return ""
	}
	return nameAfterOffice(sm[1])
}

// nameAfterOffice returns the person's name in the capitalised words
// after an office, without the province they may start with ("Bắc Giang
// Lê Ánh Dương"); "" when they are no name of two to four words.
func nameAfterOffice(words string) string {
	ws := strings.Fields(words)
	for n := min(4, len(ws)-2); n >= 1; n-- {
		if _, ok := canonicalProvince(strings.Join(ws[:n], " ")); ok {
			ws = ws[n:] // "Bắc Giang Lê Ánh Dương"
			break
		}
	}
	if len(ws) < 2 || len(ws) > 4 || ws[0] == "Chính" || ws[0] == "UBND" {
		return ""
	}
	if _, ok := canonicalProvince(strings.Join(ws, " ")); ok {
		return "" // "Chủ tịch UBND tỉnh Quảng Trị ký …": the province, no name
	}
	return strings.Join(ws, " ")
}

// mpDocFoldRe matches a document named in prose, on the asciiFold of a
// line: its kind, then its number ("Quyết định số 282/QĐ-TTg", "Thông
// báo 596/TB-VPCP", "công văn số 9228/UBND-VP", "Kế hoạch 12", "Hướng dẫn
// 11127/HD-UBND", "Kết luận 219-KL/TW", "Kế hoạch số 68/KH - UBND" with
// the issuer's code set apart, "Công văn s 3605/UBND-HCC" in a text that
// lost its letters ố, ạ, ệ …).
var mpDocFoldRe = regexp.MustCompile(`\b(ke hoach|quyet dinh|chi thi|nghi quyet|cong dien|chuong trinh|thong bao|cong van|van ban|bao cao|ket luan|huong dan)(?:\s+so?\b)?(?:\s+([0-9]+[a-z]?(?:/(?:19|20)[0-9]{2})?/[a-z]+[0-9]*(?:-[a-z0-9]+|\s-\s(?:ubnd|hdnd|ttg|cp|vpcp|bnv))*|[0-9]+-[a-z]{1,4}/[a-z]+(?:-[a-z]+)*|[0-9]+)\b)?`)

// mpIssueVerbRe matches, at the end of the words before a document, the
// verb by which a body issues it: "UBND tỉnh vừa ban hành", "Thủ tướng
// đã ký", "HĐND thành phố thông qua", "Văn phòng UBND tỉnh có", "Bộ Tài
// chính đã ra", "Bộ Nội vụ vừa gửi", "UBND tỉnh ra Quyết định số …".
var mpIssueVerbRe = regexp.MustCompile(`(?:^|[^a-z])(?:ban hanh|ky|thong qua|co|(?:da|vua) (?:ra|gui)|(?:ubnd|uy ban nhan dan|chu tich|thu tuong|chinh phu)(?: [a-z]+){0,6} ra)\s*$`)

// mpLeadRe matches the words that open a sentence naming the document a
// press text reports on: "Theo Quyết định …", "Tại Thông báo …",
// "Mục tiêu tại Nghị quyết …", "Theo quy định tại Mục I Kế hoạch …",
// "Tại nội dung tiểu mục 3 Mục I Nghị quyết …", the purpose of carrying
// out its tasks ("Để thực hiện tốt các nhiệm vụ theo Kế hoạch số …"), or
// nothing ("Quyết định 282/QĐ-TTg về …").
var mpLeadRe = regexp.MustCompile(`^(?:ngay [0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{4})?\s*,\s*)?(?:(?:theo(?: quy dinh| noi dung)?(?: tai)?|tai(?: noi dung)?|muc tieu (?:tai|cua|theo)|cac muc tieu (?:tai|cua|theo)|de (?:thuc hien|trien khai)(?: tot| hieu qua)?(?: cac nhiem vu(?:, giai phap)?)? theo)\s*(?:(?:tieu muc|muc|phan|chuong|dieu|khoan|diem)\s+[0-9ivxlc]+[a-z]?\s*,?\s*)*)?$`)

// mpDateFoldRe matches a date in the asciiFold of prose: "ngày
// 22/5/2025", "Ngày 30-12-2025", "ngày 20.12.2025", "ngày 20 tháng 12 năm
// 2025".
var mpDateFoldRe = regexp.MustCompile(`ngay\s+([0-9]{1,2})(?:[/.-]|\s+thang\s+)([0-9]{1,2})(?:[/.-]|\s+nam\s+)((?:19|20)[0-9]{2})\b`)

// mpDocNumberRe matches, folded, a document's number: "02/nq-cp",
// "30/2018/qd-ubnd", "226-kl/tw".
var mpDocNumberRe = regexp.MustCompile(`[0-9]+(?:/[0-9]{4})?[/-][a-z]{1,6}(?:[/-][a-z0-9]{1,10})?\b`)

// proseDate reads the date of issue a line gives next to the document it
// names, from the asciiFold f of the line: "Công điện số 69/CĐ-TTg ngày
// 22/5/2025", "Ngày 30/12/2025, … đã ban hành Kế hoạch số …". A date
// after another document's number that follows the mention (docEnd) is
// that document's ("Kế hoạch hành động thực hiện Nghị quyết số 02/NQ-CP
// ngày 8/1/2026").
func proseDate(f string, docAt, docEnd int) string {
	for _, sm := range mpDateFoldRe.FindAllStringSubmatchIndex(f, -1) {
		after := sm[0] > docAt && sm[0]-docAt < 60 && !(docEnd < sm[0] && mpDocNumberRe.MatchString(f[docEnd:sm[0]]))
		if sm[0] == 0 || after || sm[0] < docAt && sm[0] < 3 || datesIssue(f, sm[0], sm[1], docAt) {
			return isoDate(f[sm[2]:sm[3]], f[sm[4]:sm[5]], f[sm[6]:sm[7]])
		}
	}
	return ""
}

// datesIssue reports whether the date at f[from:to] opens the clause that
// issues the document at docAt: "…, ngày 14/01/2026, Chủ tịch UBND tỉnh X
// đã ban hành công văn số …". The date of a document the line cites
// ("Kết luận số 226-KL/TW ngày 11/12/2025") follows that document, not a
// comma, and the words up to the mention hold no other date or end of
// sentence.
func datesIssue(f string, from, to, docAt int) bool {
	if from >= docAt || docAt-to > 90 || docAt > len(f) {
		return false
	}
	before := strings.TrimRight(f[:from], " ")
	if before != "" && !strings.HasSuffix(before, ",") {
		return false
	}
	between := f[to:docAt]
	if strings.ContainsAny(between, ".;") || strings.Contains(between, "ngay ") {
		return false
	}
	return mpIssueVerbRe.MatchString(strings.TrimSpace(between))
}

// A proseMention is a document a line of prose names, as the text's own.
type proseMention struct {
	line       int    // index of the line
	at, end    int    // rune range of the mention in the line
	kind       string // type code from the kind word ("QĐ"), "" for a công văn
	number     string // as printed, "" when none
	issued     bool   // named as issued ("ban hành Quyết định …"), not only as the source of a report
	sentenceAt int    // rune where the mention's sentence starts
}

// proseMentionsIn returns the documents a line names as the one the text
// is about: one named with the verb that issues it ("UBND tỉnh vừa ban
// hành Kế hoạch …", "… Quyết định số 12/QĐ-UBND do UBND tỉnh ban hành"),
// or a numbered one opening a sentence as the source of what follows
// ("Theo Quyết định 282/QĐ-TTg ban hành Kế hoạch …", "Mục tiêu tại Nghị
// quyết số 66/NQ-CP … là …"; issued false). Documents cited as a basis,
// inside brackets or as where something was approved ("phê duyệt tại
// Quyết định số …") are not the text's own, nor are documents named in
// general ("ban hành các kế hoạch"), a party's resolution ("Nghị quyết số
// 04-NQ/TU") or a decision that publishes results ("Quyết định …
// phê duyệt và công bố Chỉ số …").
//
// headlined holds the folded numbers of the party documents the text's
// headline names ("# Toàn văn Công văn 9671-CV/BTCTW 2025 …"): a legal
// news item on such a document reports it, and the body that issues it
// in the item's prose issues the text's own document.
func proseMentionsIn(rs []rune, f string, headlined map[string]bool) []proseMention {
	var out []proseMention
	prevEnd, prevOut := -1, -1 // the last numbered mention: its end, its index in out
	for _, sm := range mpDocFoldRe.FindAllStringSubmatchIndex(f, -1) {
		at, end := sm[0], sm[1]
		prev, prevAt := prevOut, prevEnd
		if sm[4] >= 0 {
			prevEnd, prevOut = end, -1
		}
		numbered := sm[4] >= 0
		bracketed := false
		if strings.Count(f[:at], "(") > strings.Count(f[:at], ")") {
			if !numbered || !namesApproved(f, at) {
				continue // "(được … phê duyệt tại Quyết định số …)"
			}
			bracketed = true // "UBND tỉnh phê duyệt Đề án … (Quyết định số 1495/QĐ-UBND, ngày 28/7/2021)"
		}
		if kind := f[sm[2]:sm[3]]; (kind == "bao cao" || kind == "huong dan" || kind == "ket luan") && (!numbered || !strings.ContainsAny(f[sm[4]:sm[5]], "/-")) &&
			(kind == "bao cao" || !strings.HasSuffix(strings.TrimSpace(f[:at]), "ban hanh")) {
			// "báo cáo", "hướng dẫn", "kết luận" are also verbs: only a
			// numbered one ("báo cáo số 42/BC-SNV", "Hướng dẫn
			// 11127/HD-UBND") is a document, or one a body issues ("UBND
			// tỉnh Nghệ An vừa ban hành Hướng dẫn tiêu chí …").
			continue
		}
		if numbered && end < len(f) && (f[end] == '-' || f[end] == '/') {
			continue // "04-NQ/TU": a party document, or a number not read whole
		}
		after := f[end:min(len(f), end+120)]
		sent := sentenceStart(f, at)
		before := strings.TrimSpace(f[sent:at])
		if strings.Contains(after, "cong bo") && (strings.Contains(after, "chi so") || strings.Contains(after, "ket qua")) && !asCommitteeRe.MatchString(before) {
			// A decision that publishes results, the source of a report;
			// not one a province's committee issues on its own bodies'
			// ranking ("Chủ tịch UBND tỉnh … ký ban hành Quyết định số
			// 488/QĐ-UBND về việc phê duyệt và công bố kết quả …"), the
			// text's own with the requests it makes.
			continue
		}
		if plannedSteps(before) {
			continue // "Dự kiến, lộ trình thực hiện đề án … : …; ngày 26/4/2025, HĐND … thông qua nghị quyết": a step still to come
		}
		clause := before
		if k := strings.LastIndexAny(clause, ",;:"); k >= 0 {
			clause = strings.TrimSpace(clause[k+1:])
		}
		mt := proseMention{at: at, end: end, kind: mpKinds[f[sm[2]:sm[3]]], sentenceAt: sent}
		if numbered {
			mt.number = strings.ReplaceAll(string(rs[sm[4]:sm[5]]), " - ", "-") // "68/KH - UBND" as printed
		}
		if numbered && partyNumber(f[sm[4]:sm[5]]) {
			// A party document ("Nghị quyết số 05-NQ/TU") is the text's
			// own only where the text says it quotes it ("Theo quy định
			// tại Mục I Kế hoạch 01-KH/BCĐTW, …"), its headline names it,
			// or its headline says a party committee issues one of its
			// kind and the text's prose has the committee issue it
			// ("Tỉnh ủy Bắc Giang ban hành Nghị quyết về chuyển đổi số …"
			// / "Ngày 11/6/2021, Tỉnh ủy Bắc Giang đã ban hành Nghị quyết
			// số 111-NQ/TU …"); issued or cited otherwise, it is the basis
			// of a plan of the government.
			if before != "" && mpLeadRe.MatchString(before) {
				prevEnd, prevOut = end, len(out)
				out = append(out, mt)
			} else if (headlined[f[sm[4]:sm[5]]] || headlined["kind:"+f[sm[2]:sm[3]]] && partyIssues(clause)) && mpIssueVerbRe.MatchString(clause) {
				mt.issued = true
				prevEnd, prevOut = end, len(out)
				out = append(out, mt)
			}
			continue
		}
		clause = mpPartsRe.ReplaceAllString(clause, "") // "ban hành mục II Điều 1 Quyết định …": the parts cited of the document issued
		issuedBy := mpIssueVerbRe.MatchString(clause) && !strings.HasSuffix(clause, "nhiem ky") && !issuedByMany(clause) ||
			numbered && strings.HasSuffix(clause, "ban hanh kem theo") || // "Chương trình … ban hành kèm theo Quyết định 1717/QĐ-TTg", not "… Quyết định này"
			!numbered && mpCommitteeImplementsRe.MatchString(clause) && !mpOfBodyRe.MatchString(clauseOf(after)) // "UBND xã Thanh Hương triển khai Kế hoạch chuyển đổi số năm 2025", not "… Kế hoạch … của UBND tỉnh"
		if issuedBy && hasAnyPrefix(clause, []string{"sau khi ", "ngay sau khi ", "truoc khi "}) {
			continue // "Ngay sau khi HĐND tỉnh ban hành Nghị quyết số 51/NQ-HĐND …, Sở … sẽ triển khai …": what came before the news
		}
		if issuedBy && (strings.HasSuffix(clause, " ve ban hanh") || clause == "ve ban hanh") {
			continue // "Quyết định số 47/QĐ-UBND … về ban hành Kế hoạch …": the subject of a cited document
		}
		if issuedBy && !numbered && hasAnySuffix(strings.TrimSuffix(clause, " ban hanh"), mpToIssueWords) {
			continue // "giao Văn phòng Chính phủ … hoàn thiện ban hành Kết luận …": a document still to be issued, a duty
		}
		if issuedBy && prevAt >= sent && at-prevAt <= 40 {
			// "Quyết định 282/QĐ-TTg ban hành Kế hoạch …": the decision
			// is the document, the plan what it issues.
			if prev >= 0 {
				out[prev].issued = true
			}
			continue
		}
		switch {
		case issuedBy && !numbered && (generalMention(string(rs[:at])) || listedDocs(clause, after, f[sm[2]:sm[3]])):
			continue // "ban hành các kế hoạch", "11 đơn vị đã ban hành kế hoạch", "Kế hoạch A, Kế hoạch B"
		case bracketed || issuedBy || (numbered && (mpIssuedAfterRe.MatchString(after) || mpFromBodyRe.MatchString(after) || before == "" && mpIssuedOnRe.MatchString(after))) ||
			!numbered && before == "" && mpIssuedByRightAfterRe.MatchString(after) || // "Kế hoạch do Phó Chủ tịch UBND tỉnh … ký ban hành, …"
			!numbered && mpIssuedPassiveRe.MatchString(after): // "Kế hoạch CCHC năm 2025 vừa được UBND tỉnh ban hành"
			mt.issued = true
		case numbered && strings.Contains(mt.number, "/") && mpLeadRe.MatchString(untagged(before)): // "(BNP) - Tại văn bản số 421/UBND-NC, …"
		case numbered && strings.Contains(mt.number, "/") && (clause == "tai" || strings.HasSuffix(clause, " tai")) && conveys(before):
			// "Văn phòng UBND tỉnh truyền đạt ý kiến của đồng chí …, tại
			// Công văn số 2881/VP-KGVX, ngày 07/5/2025", "Chủ tịch UBND
			// thành phố vừa có ý kiến chỉ đạo tại Văn bản 518/UBND-KSTTHC":
			// the body conveys its direction in the document named.
			mt.issued = true
		case !numbered && mpLeadRe.MatchString(untagged(before)) && mpOfBodyRe.MatchString(titleClauseOf(after)):
			// "Theo Kế hoạch cải cách hành chính năm 2026 của UBND tỉnh X, …",
			// "(ĐHXIII) – Theo chương trình hành động thực hiện chuyển đổi
			// số, đô thị thông minh … của UBND tỉnh X, …"
		default:
			continue
		}
		if numbered {
			prevOut = len(out)
		}
		out = append(out, mt)
	}
	return out
}

// plannedSteps reports whether the folded words of a sentence before a
// document it names stand in a list of steps still to come, after a
// colon that a time line or a forecast opens ("Dự kiến, lộ trình thực
// hiện đề án sẽ được triển khai theo mốc thời gian …:").
func plannedSteps(before string) bool {
	k := strings.IndexByte(before, ':')
	if k < 0 {
		return false
	}
	lead := before[:k]
	return strings.Contains(lead, "lo trinh") || strings.Contains(lead, "moc thoi gian") || strings.HasPrefix(lead, "du kien")
}

// mpToIssueWords are the folded words before "ban hành" that make the
// document named after it one still to be issued, a body's duty ("hoàn
// thiện ban hành Kết luận", "tham mưu ban hành Kế hoạch", "sẽ ban hành"),
// not the text's own.
var mpToIssueWords = []string{"hoan thien", "tham muu", "trinh", "se", "de", "khan truong", "som", "can", "chuan bi", "xay dung va"}

// mpCommitteeImplementsRe matches, folded, a committee named as the
// subject that carries out a plan of its own the words after name:
// "UBND xã Thanh Hương triển khai …", "UBND tỉnh An Giang vừa triển khai
// …".
var mpCommitteeImplementsRe = regexp.MustCompile(`^(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho|tp|xa|phuong|huyen|thi xa|quan|dac khu) [a-z' ]{1,40}?(?:vua |da )?trien khai$`)

// mpConveysRe matches the folded words of a sentence whose subject, a
// body, conveys a direction before it names the document it does so in:
// "Văn phòng UBND tỉnh truyền đạt ý kiến của …", "UBND tỉnh có ý kiến chỉ
// đạo …"; not a direction it follows ("theo chỉ đạo của …").
var mpConveysRe = regexp.MustCompile(`^(?:ngay [0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{4})?\s*,\s*)?(?:van phong |ubnd |uy ban nhan dan |so |bo |chu tich )[a-z0-9 ,.]{0,60}?\b(?:vua |da )?(?:truyen dat y kien|co y kien chi dao|co y kien)\b`)

// conveys reports whether the folded words before a document, after a
// press item's source tag (sourceTag: "(haiphong.gov.vn) - "), open with a
// body conveying its direction (mpConveysRe).
func conveys(before string) bool {
	_, k := sourceTag(before)
	return mpConveysRe.MatchString(before[k:])
}

// mpPartsRe matches, at the end of the folded words before a document,
// the parts of it a text cites: "mục II Điều 1", "khoản 2 Điều 3".
var mpPartsRe = regexp.MustCompile(`(?:\s+(?:tieu muc|muc|phan|chuong|dieu|khoan|diem)\s+[0-9ivxlc]+[a-z]?,?)+\s*$`)

// mpApprovesRe matches a sentence that opens with a body approving or
// issuing a document: "UBND tỉnh phê duyệt Đề án …", "Chủ tịch UBND tỉnh
// vừa ban hành Kế hoạch …".
var mpApprovesRe = regexp.MustCompile(`^(?:ubnd|uy ban nhan dan|chu tich|thu tuong|chinh phu|hdnd|hoi dong nhan dan|bo |so )[a-z0-9 ,.]{0,60}?\b(?:vua |da )?(?:phe duyet|ban hanh)\b`)

// namesApproved reports whether the document at f[at] opens a bracket
// that follows a sentence in which a body approves or issues what the
// bracket numbers: "UBND tỉnh phê duyệt Đề án cải cách … (Quyết định số
// 1495/QĐ-UBND, ngày 28/7/2021)". A bracket that cites a document inside
// other words ("(được phê duyệt tại Quyết định số …)") does not.
func namesApproved(f string, at int) bool {
	open := strings.LastIndex(f[:at], "(")
	if open < 0 || strings.TrimSpace(f[open+1:at]) != "" {
		return false
	}
	sent := sentenceStart(f, open)
	return mpApprovesRe.MatchString(strings.TrimSpace(f[sent:open]))
}

// mpManyIssueRe matches, at the end of the words before a document, a
// verb of issuing that many bodies share: "các cấp đều có", "các sở đều
// đã ban hành".
var mpManyIssueRe = regexp.MustCompile(`(?:^|\s)deu (?:da |vua )?(?:co|ban hanh|ky|gui)$`)

// issuedByMany reports whether the words before a document (clause,
// folded) say that many bodies each issued one ("Đối với các hồ sơ trễ
// hạn, Bộ phận Một cửa các cấp đều có thông báo xin lỗi"): documents in
// general, not the one the text names.
func issuedByMany(clause string) bool {
	return mpManyIssueRe.MatchString(clause)
}

// mpPlaceIssuesRe matches, folded, a province or city said to issue a
// document: "do thành phố Cần Thơ ban hành", "tỉnh Lào Cai ban hành".
var mpPlaceIssuesRe = regexp.MustCompile(`\b(?:do )?(?:tinh|thanh pho) [a-z]+(?: [a-z]+){0,3} (?:vua |da )?(?:ban hanh|ky)\b`)

// issuedByPlace reports whether one of the opening lines says a province
// or city issued the document (mpPlaceIssuesRe).
func issuedByPlace(p *page, top []int) bool {
	for _, i := range top {
		if mpPlaceIssuesRe.MatchString(p.fold[i]) {
			return true
		}
	}
	return false
}

// mpIssuedAfterRe matches what follows a numbered document issued by the
// body named after it: "… ngày 12/02/2026 do Thủ tướng Chính phủ ban hành".
var mpIssuedAfterRe = regexp.MustCompile(`^[^.;]{0,100}?\bdo [^.;]{2,60}?\b(?:ban hanh|ky)\b`)

// mpIssuedByRightAfterRe matches a document's issuer and issuing right
// after its kind word, when a sentence opens with it: "Kế hoạch do Phó
// Chủ tịch UBND tỉnh Lê Trường Sơn ký ban hành, …".
var mpIssuedByRightAfterRe = regexp.MustCompile(`^\s*do [^.;,]{2,80}?\b(?:ky ban hanh|ban hanh|ky)\b`)

// mpFromBodyRe matches the body a numbered document is said to come from:
// "Thông báo số 56 từ Văn phòng Chính phủ", "Công văn số 12 từ Bộ Nội vụ",
// "… từ UBND tỉnh X". "từ ngày …" names no body.
var mpFromBodyRe = regexp.MustCompile(`^\s*tu (?:van phong chinh phu|chinh phu|thu tuong|bo [a-z]|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|so [a-z])`)

// mpIssuedOnRe matches, folded, the date of issue a sentence gives right
// after the numbered document it opens with: "Kế hoạch số 5913/KH-UBND,
// ban hành ngày 2/10/2025, thể hiện …".
var mpIssuedOnRe = regexp.MustCompile(`^\s*,?\s*(?:duoc |vua duoc )?ban hanh (?:vao )?ngay [0-9]`)

// mpIssuedPassiveRe matches, folded, what follows a document named
// without a number that a body is said to have issued in the passive:
// "… năm 2025 vừa được UBND tỉnh ban hành", "… được Chủ tịch UBND tỉnh
// phê duyệt". Group 1 is the body.
var mpIssuedPassiveRe = regexp.MustCompile(`^[^.;,]{0,100}?\b(?:vua |da |moi )?duoc ((?:ubnd|uy ban nhan dan|chu tich|hdnd|hoi dong nhan dan|thu tuong|chinh phu|bo |so )[^.;,]{0,60}?) (?:vua |da )?(?:ky ban hanh|ban hanh|phe duyet|thong qua)\b`)

// mpOfBodyRe matches the body a document named without a number is of:
// "… của UBND tỉnh X", "… của Chính phủ", "… của Bộ Nội vụ", "… do UBND
// tỉnh X ban hành".
var mpOfBodyRe = regexp.MustCompile(`\b(?:cua|do) (?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|chinh phu|thu tuong|bo [a-z])`)

// clauseOf returns the start of a folded text up to its first comma,
// semicolon or full stop.
func clauseOf(f string) string {
	if k := strings.IndexAny(f, ",;."); k >= 0 {
		return f[:k]
	}
	return f
}

// titleClauseOf returns the start of the folded words after a document
// named without a number up to the end of its title: its first clause
// (clauseOf), or its first two where the second goes on with the title
// to the body it is of ("chương trình hành động thực hiện chuyển đổi số,
// đô thị thông minh gắn với cải cách hành chính của UBND tỉnh X"), short
// and with no word of a clause of its own before that body.
func titleClauseOf(f string) string {
	first := clauseOf(f)
	if len(first) == len(f) || f[len(first)] != ',' {
		return first
	}
	second := clauseOf(f[len(first)+1:])
	at := mpOfBodyRe.FindStringIndex(second)
	if at == nil || at[0] > mpTitleGoesOn || containsAny(" "+second[:at[0]]+" ", mpClauseActs) {
		return first
	}
	return f[:len(first)+1+at[1]]
}

// mpTitleGoesOn is how far, in bytes, the second clause of a title may
// run before the body it is of (titleClauseOf).
const mpTitleGoesOn = 80

// mpClauseActs are folded words that make the words after a comma a
// clause of their own, not the rest of a title: a subject's acts and
// aims ("…, tỉnh đặt mục tiêu …", "…, UBND tỉnh sẽ …").
var mpClauseActs = []string{" se ", " da ", " vua ", " dat muc tieu ", " de ra ", " dat ra ", " phan dau ", " yeu cau ", " giao ", " chi dao ", " ubnd ", " uy ban "}

// untagged returns folded words without the press item's source tag
// they may open with ("(đhxiii) – theo …": sourceTag).
func untagged(f string) string {
	_, k := sourceTag(f)
	return f[k:]
}

// sentenceStart returns where the sentence that holds f[at] starts: after
// the last ". " before it that does not end an abbreviation ("TP. Hải
// Phòng"), 0 when none.
func sentenceStart(f string, at int) int {
	for k := strings.LastIndex(f[:at], ". "); k >= 0; k = strings.LastIndex(f[:k], ". ") {
		w := k
		for w > 0 && f[w-1] >= 'a' && f[w-1] <= 'z' {
			w--
		}
		if k-w > 2 {
			return k + 2
		}
	}
	return 0
}

// listedDocs reports a document named without a number among several
// issued together: the subject before the verb counts units ("11 đơn vị
// cấp huyện đã ban hành kế hoạch") or the same kind follows in a list
// ("ban hành Kế hoạch …, Kế hoạch tuyên truyền …").
func listedDocs(clause, after, kind string) bool {
	if mpUnitsRe.MatchString(clause) {
		return true
	}
	if k := strings.IndexAny(after, ".;"); k >= 0 {
		after = after[:k]
	}
	return strings.Contains(after, ", "+kind) || strings.Contains(after, " va "+kind)
}

// mpUnitsRe matches a subject that counts several bodies: "11 đơn vị cấp
// huyện", "các sở, ngành", "100% xã".
var mpUnitsRe = regexp.MustCompile(`\b(?:[0-9]+%?|cac) (?:don vi|co quan|so|nganh|xa|phuong|huyen|dia phuong|tinh)\b`)

// mpPartyIssuerRe matches, folded, a local Party committee or its
// executive as the one that issues a document: "Tỉnh ủy Bắc Giang", "Ban
// Thường vụ Thành ủy", "Ban Chấp hành Đảng bộ tỉnh".
var mpPartyIssuerRe = regexp.MustCompile(`(?:^|[^a-z])(?:tinh uy|thanh uy|huyen uy|ban thuong vu|ban chap hanh dang bo)\b`)

// partyIssues reports whether the folded clause before a document names a
// party committee as its issuer (mpPartyIssuerRe).
func partyIssues(clause string) bool {
	return mpPartyIssuerRe.MatchString(clause)
}

// headlinedPartyNumbers returns the folded numbers of the party documents
// ("9671-CV/BTCTW") that the headline lines among the opening lines top
// name, and "kind:" and the folded kind of each document the text's
// first line, a headline (at most 200 runes, no stop at its end), says a
// party committee issues ("Tỉnh ủy Bắc Giang ban hành Nghị quyết về …":
// "kind:nghi quyet"); nil when none.
func headlinedPartyNumbers(p *page, top []int) map[string]bool {
	var out map[string]bool
	add := func(k string) {
		if out == nil {
			out = map[string]bool{}
		}
		out[k] = true
	}
	for n, i := range top {
		f := asciiFold([]rune(p.lines[i]))
		if line := strings.TrimSpace(p.lines[i]); n == 0 && !runesOver(line, 200) && !strings.HasSuffix(line, ".") && partyIssues(f) {
			for _, sm := range mpDocFoldRe.FindAllStringSubmatchIndex(f, -1) {
				if mpIssueVerbRe.MatchString(strings.TrimSpace(f[:sm[0]])) {
					add("kind:" + f[sm[2]:sm[3]])
				}
			}
		}
		if !headlineLine(p.lines[i]) {
			continue
		}
		for _, sm := range mpDocFoldRe.FindAllStringSubmatchIndex(f, -1) {
			if sm[4] >= 0 && partyNumber(f[sm[4]:sm[5]]) {
				add(f[sm[4]:sm[5]])
			}
		}
	}
	return out
}

// proseDoc reads the number, type and date of the document the opening
// lines name as the text's own (see proseMentionsIn), filling what m
// lacks, and returns the mentions, the one read first: the first named
// as issued with its number, else the first named as issued, else one
// opening the first two lines as the source of a report.
func proseDoc(p *page, top []int, m *dataset.Plan) []proseMention {
	var ms []proseMention
	headlined := headlinedPartyNumbers(p, top)
	n := -1 // the index of the line among the lines of prose
	for _, i := range top {
		if !headlineLine(p.lines[i]) && !captionLine(p.lines[i]) {
			n++
		}
		if strings.HasPrefix(p.key[i], "can cu") || !namesDocument(p.fold[i]) {
			continue
		}
		rs := []rune(p.lines[i])
		for _, mt := range proseMentionsIn(rs, asciiFold(rs), headlined) {
			if mt.issued || n < 2 || headlineLine(p.lines[i]) && n < 0 {
				mt.line = i
				ms = append(ms, mt)
			}
		}
	}
	if len(ms) == 0 {
		return nil
	}
	best := -1
	for k, mt := range ms {
		switch {
		case best < 0:
			best = k
		case mt.issued && mt.number != "" && (!ms[best].issued || ms[best].number == ""):
			best = k
		case mt.issued && !ms[best].issued:
			best = k
		}
	}
	ms[0], ms[best] = ms[best], ms[0]
	readMention(p, ms[0], m)
	for _, mt := range ms[1:] {
		if m.Date == "" && mt.number != "" && mt.number == ms[0].number {
			// The headline names the document, the lead its date: "Đã có
			// Công văn 3628/…?" / "Ngày 12/9/2025, Sở … ban hành Công văn
			// 3628/…".
			readMention(p, mt, m)
		}
	}
	if ms[0].number == "" {
		// "UBND tỉnh X vừa ban hành kế hoạch …" / "Theo Kế hoạch số
		// 114/KH-UBND, tỉnh X sẽ …": the plan issued is the one the
		// report then quotes by its number.
		for _, mt := range ms[1:] {
			if mt.number != "" && !mt.issued && mt.kind == ms[0].kind && mt.line > ms[0].line {
				m.DocNumber = mt.number
				break
			}
		}
	}
	return ms
}

// mpPartyCommitteeRe matches the name of a local Party committee as
// printed at the start of a text, with the province or place it may name
// after it: "Tỉnh ủy", "Thành ủy Cần Thơ", "Ban Thường vụ Tỉnh ủy".
var mpPartyCommitteeRe = regexp.MustCompile(`^(?:Ban [Tt]hường vụ )?(?:Tỉnh|Thành|Huyện|Thị|Quận) (?:ủy|uỷ)(?: (?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,2})?`)

// ofPartyCommitteeAfter returns the local Party committee named by "của"
// right after a document the text names as its own (f folded, text as
// printed, one rune a byte of f): "… ngày 12-01-2022 của Tỉnh ủy", kept
// as written; a place after it that is no province is left out. ""
// when none.
func ofPartyCommitteeAfter(f, text string) string {
	name := mpPartyCommitteeRe.FindString(afterOfBodyLead(f, text))
	if name == "" {
		return ""
	}
	ws := strings.Fields(name)
	n := 0 // the words up to the committee's "ủy"
	for n < len(ws) && ws[n] != "ủy" && ws[n] != "uỷ" {
		n++
	}
	if n+1 < len(ws) {
		if _, ok := canonicalProvince(strings.Join(ws[n+1:], " ")); ok {
			return name // "Tỉnh ủy Kiên Giang"
		}
	}
	return strings.Join(ws[:n+1], " ")
}

// mpNamedPlanRe matches a folded line that opens on a plan named by its
// subject and year, as the subject of its sentence: "Kế hoạch cải cách
// hành chính năm 2026 được xây dựng với …", "Kế hoạch chuyển đổi số năm
// 2025 tập trung …".
var mpNamedPlanRe = regexp.MustCompile(`^ke hoach (?:[a-z]+ ){1,12}?nam (?:19|20)[0-9]{2} (?:duoc|co|tap trung|gom|dat|de|xac dinh|neu|nham|huong)\b`)

// namedPlanOpens fills m's empty type from the first line of prose,
// after a press item's source tag, when it opens on a plan named by its
// subject and year (mpNamedPlanRe) with a capital, or on what such a
// plan sets out (mpAfterNamedPlanRe): the text is about that plan.
func namedPlanOpens(p *page, top []int, m *dataset.Plan) {
	if m.DocType != "" || len(top) == 0 {
		return
	}
	line := p.lines[top[0]]
	_, k := sourceTag(line)
	line = strings.TrimSpace(line[k:])
	if strings.HasPrefix(line, "Kế hoạch ") && mpNamedPlanRe.MatchString(asciiFold([]rune(line))) ||
		hasAnyPrefix(line, []string{"Theo Kế hoạch ", "Theo kế hoạch ", "Trong Kế hoạch ", "Trong kế hoạch "}) && mpAfterNamedPlanRe.MatchString(asciiFold([]rune(line))) {
		m.DocType = "KH"
	}
}

// mpAfterNamedPlanRe matches a folded line that opens with what a plan
// named by its subject sets out: its period closes the name ("Theo Kế
// hoạch Nâng cao Chỉ số cải cách hành chính … giai đoạn 2023 – 2025,
// tỉnh Bình Định …"), or the place after the name sets an aim ("Trong kế
// hoạch hành động thực hiện khâu đột phá về “…”, Thanh Hóa đặt mục tiêu
// …").
var mpAfterNamedPlanRe = regexp.MustCompile(`^theo ke hoach [a-z][a-z ,()]{0,250}?(?:nam (?:19|20)[0-9]{2}|giai doan (?:19|20)[0-9]{2}\s*[-–]\s*(?:19|20)[0-9]{2}),|^(?:theo|trong) ke hoach [a-z][^.;:]{0,250}?, (?:tinh |thanh pho )?[a-z]+(?: [a-z]+){0,3} (?:dat muc tieu|de ra muc tieu|phan dau)\b`)

// captionLine reports whether a line of a press text is a photo's
// caption between its paragraphs ("Ông Lâm Minh Thành, Phó Bí thư Tỉnh
// ủy, Chủ tịch UBND tỉnh (giữa) chủ trì Hội nghị"): short, ending no
// sentence, and naming no document. It is not one of the paragraphs
// that open the report.
func captionLine(line string) bool {
	t := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(line), "|"))
	if t == "" || utfLen(t) > 150 || strings.ContainsAny(t[len(t)-1:], ".:;!?") {
		return false
	}
	return !namesDocument(asciiFold([]rune(t)))
}

// namesDocument reports whether a folded line names a kind of document,
// before the regexp that reads the mention runs.
func namesDocument(f string) bool {
	for _, k := range []string{"ke hoach", "quyet dinh", "chi thi", "nghi quyet", "cong dien", "chuong trinh", "thong bao", "cong van", "van ban", "bao cao", "ket luan", "huong dan"} {
		if strings.Contains(f, k) {
			return true
		}
	}
	return false
}

// mpIssuesPlanRe matches, folded, the verb that issues the text in its
// opening sentence and the kind of document it issues: "ban hành Kế
// hoạch", "xây dựng kế hoạch", "ban hành Quyết định".
var mpIssuesPlanRe = regexp.MustCompile(`(?:^|[^a-z])(?:(?:da|vua) )?(?:ban hanh|xay dung) (?:ke hoach|quyet dinh|chi thi|chuong trinh)\b`)

// openingIssuer fills m's issuer from the body an opening sentence names
// as issuing the text ("Triển khai thực hiện Quyết định số 47/QĐ-UBND …
// của Ủy ban nhân dân tỉnh Đăk Nông …, Ban Chỉ đạo chuyển đổi số huyện
// Đăk R’lấp (sau đây gọi tắt là Ban Chỉ đạo) ban hành Kế hoạch …"): the
// words between the clause's start and the verb, without asides, when
// they name a body other than a people's committee (proseIssuer reads
// those, with their province).
func openingIssuer(line string, m *dataset.Plan) {
	rs := []rune(line)
	f := asciiFold(rs) // one byte a rune
	for _, loc := range mpIssuesPlanRe.FindAllStringIndex(f, -1) {
		if issuer := issuingSubject(rs, f, loc[0]); issuer != "" {
			m.Issuer = issuer
			return
		}
	}
}

// issuingSubject returns the body that stands as the subject of the
// issuing verb at rune at of line rs (f folded): the words from the
// clause's start, without asides and "đã", "vừa"; "" when they name no
// body, or a people's committee, or a person's office.
//
// A body whose name holds commas ("Ban chỉ đạo Trung ương về phát triển
// khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số") is read from
// an earlier comma of the sentence, up to three back, where its head
// word stands.
func issuingSubject(rs []rune, f string, at int) string {
	for back := 0; back <= 3; back++ {
		subject := subjectBefore(rs, f, at, back)
		if subject == "" {
			break
		}
		if mpIssuerRe.MatchString(subject) || mpBareUBNDRe.MatchString(subject+" ") {
			return ""
		}
		if otherBody(subject) {
			return subject
		}
	}
	return ""
}

// subjectBefore returns the words from the start of the clause that holds
// rune at of line rs (f folded) up to it, without an aside in brackets
// ("(sau đây gọi tắt là Ban Chỉ đạo)") and without "đã", "vừa" before the
// verb; back > 0 starts it that many commas earlier ("" when the clause
// starts before them).
func subjectBefore(rs []rune, f string, at, back int) string {
	if at > 0 && at < len(f) && f[at] == ' ' {
		at++
	}
	from := lastOutsideBrackets(f[:at], ",;:")
	for ; back > 0 && from >= 0; back-- {
		if f[from] != ',' {
			return "" // a clause's start: no further back
		}
		from = lastOutsideBrackets(f[:from], ",;:")
	}
	subject := string(rs[from+1 : at])
	if k := strings.IndexByte(subject, '('); k >= 0 {
		subject = subject[:k]
	}
	subject = strings.TrimSpace(subject)
	for _, w := range []string{" ký", " đã", " vừa", " mới đây", " vừa qua", " hôm nay"} {
		subject = strings.TrimSpace(strings.TrimSuffix(subject, w)) // "Sở … đã ký ban hành Công văn …", "… (KHCN, ĐMST, CĐS) mới đây ký …"
	}
	subject = mpDatelineRe.ReplaceAllString(subject, "") // "TP - Thủ tướng Chính phủ vừa ban hành …": the paper's mark
	return strings.TrimPrefix(subject, "Trưởng ")        // "Trưởng Ban chỉ đạo … ký": the body its head signs for
}

// mpDatelineRe matches the mark a paper opens an item with before a dash:
// "TP - ", "TPO - ", "VOV.VN - ", "VTV.vn - ".
var mpDatelineRe = regexp.MustCompile(`^\(?\p{Lu}[\p{Lu}.]{1,11}(?:\.[vV][nN])?\)?\s*[-–]\s+`)

// lastOutsideBrackets returns the index of the last byte of s in chars
// that stands outside brackets ("… (KHCN, ĐMST, CĐS) mới đây": not the
// commas of the aside), -1 when there is none.
func lastOutsideBrackets(s, chars string) int {
	depth := 0
	for i := len(s) - 1; i >= 0; i-- {
		switch c := s[i]; {
		case c == ')':
			depth++
		case c == '(' && depth > 0:
			depth--
		case depth == 0 && strings.IndexByte(chars, c) >= 0:
			return i
		}
	}
	return -1
}

// otherBody reports whether subject names a body as an issuer may be
// named: a body's head word in capitals, short, not a collective ("Các
// sở") and not a person's office (the signer's).
func otherBody(subject string) bool {
	if subject == "" || runesOver(subject, 100) || !agStartsHead(subject) || strings.HasPrefix(subject, "Các ") ||
		!unicode.IsUpper([]rune(subject)[0]) {
		return false
	}
	return !hasAnyPrefix(subject, []string{"Chủ tịch", "Giám đốc", "Thủ trưởng", "Thành viên", "Chánh ", "Phó Thủ tướng"})
}

// mentionSubjectIssuer fills m's issuer from the subject of the verb that
// issues the mention ("…, Ban Chỉ đạo … huyện Đăk R’lấp ban hành Kế
// hoạch …", "…, UBND huyện X ban hành Kế hoạch …"), before any body
// the rest of the sentence names for a document it cites; it reports
// whether it did.
func mentionSubjectIssuer(rs []rune, f string, mt proseMention, m *dataset.Plan) bool {
	before := strings.TrimRight(f[:mt.at], " ")
	verb := ""
	for _, v := range []string{"ban hanh", "vua co", "da co"} {
		if strings.HasSuffix(before, " "+v) {
			verb = v // "UBND TPHCM vừa có văn bản số 2891/UBND-HCC …"
			break
		}
	}
	if verb == "" {
		return false
	}
	for back := 0; back <= 3; back++ { // a body's name may hold commas (issuingSubject)
		subject := subjectBefore(rs, f, len(before)-len(verb), back)
		switch {
		case subject == "":
			return false
		case mpIssuerRe.MatchString(subject):
			proseIssuer(subject, m)
			return m.Issuer != ""
		case mpBareUBNDRe.MatchString(subject + " "):
			return false
		case subject == "Thủ tướng" || subject == "Thủ tướng Chính phủ":
			m.Issuer = "Thủ tướng Chính phủ" // "Thủ tướng vừa ban hành Chỉ thị …": the Prime Minister, written out
			return true
		case otherBody(subject):
			m.Issuer = subject
			return true
		}
	}
	return false
}

// readMention fills m's empty number, type and date from a mention.
func readMention(p *page, mt proseMention, m *dataset.Plan) {
	kind := mt.kind
	if mt.number == "" && mt.issued {
		mt.number = carryingDecision(p.lines[mt.line], mt.end)
	}
	if mt.number != "" {
		if m.DocNumber == "" {
			m.DocNumber = mt.number
		}
		if _, code, ok := strings.Cut(mt.number, "/"); ok {
			if k := strings.LastIndexByte(code, '/'); k >= 0 {
				code = code[k+1:] // "30/2018/QĐ-UBND"
			}
			code, _, _ = strings.Cut(code, "-")
			if c, ok := docTypes[foldKeep(code)]; ok {
				kind = c // the number's type code decides: "Quyết định … ban hành Kế hoạch" is a QĐ
			}
		}
	}
	if m.Date == "" {
		f := asciiFold([]rune(p.lines[mt.line]))
		if m.Date = proseDate(f, mt.at, mt.end); m.Date == "" {
			m.Date = proseMonthDate(f, mt.at)
		}
	}
	if m.DocType == "" {
		m.DocType = kind
	}
	if m.Title == "" {
		m.Title = mentionSubject(p.lines[mt.line], mt)
	}
}

// mpCarryingDecisionRe matches, folded, the decision that issues a plan
// named without a number, later in its sentence, in a clause of its own:
// "…, tại Quyết định số 187/QĐ-BTC", "… kèm theo Quyết định 12/QĐ-UBND";
// not the decision whose tasks the plan carries out ("Kế hoạch thực hiện
// các nhiệm vụ tại Quyết định số 766/QĐ-TTg"). Group 1 is the number.
var mpCarryingDecisionRe = regexp.MustCompile(`^[^.;]*?(?:, tai|\bkem theo) quyet dinh (?:so )?([0-9]+(?:/[0-9]{4})?/qd-[a-z0-9-]+)`)

// carryingDecision returns the number of the decision that issues the
// plan mentioned up to rune end of line ("Bộ Tài chính ban hành Kế hoạch
// hành động … tại Quyết định số 187/QĐ-BTC."), as printed; "" when its
// sentence names none.
func carryingDecision(line string, end int) string {
	rs := []rune(line)
	if end < 0 || end > len(rs) {
		return ""
	}
	f := asciiFold(rs[end:])
	sm := mpCarryingDecisionRe.FindStringSubmatchIndex(f)
	if sm == nil {
		return ""
	}
	return string(rs[end+sm[2] : end+sm[3]])
}

// mpMonthFoldRe matches a folded month of a year without its day:
// "tháng 3/2025", "tháng 03-2025".
var mpMonthFoldRe = regexp.MustCompile(`thang\s+([0-9]{1,2})\s*[/.-]\s*((?:19|20)[0-9]{2})\b`)

// proseMonthDate reads the month of issue a sentence opens with before
// the document at docAt of folded line f ("Tháng 3/2025, Chính phủ ban
// hành Nghị quyết 66/NQ-CP …" → "2025-03"); "" when none.
func proseMonthDate(f string, docAt int) string {
	for _, sm := range mpMonthFoldRe.FindAllStringSubmatchIndex(f, -1) {
		if sm[0] >= docAt {
			break
		}
		before := strings.TrimRight(f[:sm[0]], " ")
		if before != "" && !strings.HasSuffix(before, ".") && !strings.HasSuffix(before, ",") {
			continue
		}
		between := f[sm[1]:docAt]
		if strings.ContainsAny(between, ".;") || strings.Contains(between, "ngay ") || !strings.HasPrefix(between, ",") {
			continue
		}
		if mpIssueVerbRe.MatchString(strings.TrimSpace(between)) {
			return isoDate("", f[sm[2]:sm[3]], f[sm[4]:sm[5]])
		}
	}
	return ""
}

// mpYearCommaRe matches the folded year or period a document's subject
// ends with, then the comma after which a sentence goes on ("năm 2026,",
// "giai đoạn 2025-2026,").
var mpYearCommaRe = regexp.MustCompile(`(?:19|20)[0-9]{2},`)

// mpYearWithRe matches, folded, a year a document's subject ends with,
// then the words that go on to what it holds: "năm 2026 với các chỉ
// tiêu …".
var mpYearWithRe = regexp.MustCompile(`(?:19|20)[0-9]{2} voi (?:cac|nhung|muc|chi)`)

// mentionSubject returns what the document a press text names is about,
// as the words after its number say it ("Nghị quyết 66/NQ-CP về chương
// trình cắt giảm … giai đoạn 2025-2026." → "Về chương trình cắt giảm …
// giai đoạn 2025-2026"), up to the end of the sentence or the comma
// after its year; "" when those words do not open with "về".
func mentionSubject(line string, mt proseMention) string {
	rs := []rune(line)
	if mt.end > len(rs) {
		return ""
	}
	rest := rs[mt.end:]
	f := asciiFold(rest)
	if sm := mpDateFoldRe.FindStringIndex(f); sm != nil && strings.TrimSpace(f[:sm[0]]) == "" {
		rest, f = rest[sm[1]:], f[sm[1]:] // "… số 12/KH-UBND ngày 05/01/2026 về …"
	}
	k := 0
	for k < len(f) && (f[k] == ' ' || f[k] == ',') {
		k++
	}
	if !strings.HasPrefix(f[k:], "ve ") {
		return ""
	}
	end := len(f)
	if e := strings.IndexAny(f[k:], ";:"); e >= 0 {
		end = k + e
	}
	if y := mpYearWithRe.FindStringIndex(f[k:end]); y != nil {
		end = k + y[0] + 4 // "… năm 2026 với các chỉ tiêu đáng chú ý như …": the title ends with its year
	}
	if e := strings.Index(f[k:], ". "); e >= 0 && k+e < end {
		end = k + e
	}
	for _, y := range mpYearCommaRe.FindAllStringIndex(f[k:end], -1) {
		if after := strings.TrimLeft(f[k+y[1]:end], " "); strings.HasPrefix(after, "dinh huong") || strings.HasPrefix(after, "tam nhin") {
			continue // "… đến năm 2025, định hướng đến năm 2030": the title goes on
		}
		end = k + y[1] - 1 // "… năm 2026, tạo đột phá …": the title ends with its year
		break
	}
	subject := strings.TrimRight(strings.TrimSpace(string(rest[k:end])), ".,:")
	if runesOver(subject, 300) {
		return ""
	}
	return agUpperFirst(subject)
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
			case mpPrimeMinisterSignsRe.MatchString(line):
				m.Issuer = "Thủ tướng Chính phủ" // "Thủ tướng Phạm Minh Chính vừa ký Chỉ thị số 06"
			case ministerSigns(line) != "":
				m.Issuer = ministerSigns(line)
			case strings.Contains(line, "Chính phủ ban hành") || strings.Contains(line, "Chính phủ vừa ban hành"):
				m.Issuer = "Chính phủ"
			}
		}
		return
	}
	body := "UBND"
	if strings.HasPrefix(sm[0], "HĐND") || strings.HasPrefix(sm[0], "Hội đồng") {
		body = "HĐND"
	} else if k := strings.Index(line, sm[0]); k >= 0 && strings.HasSuffix(foldKeep(line[:k]), "van phong ") {
		body = "Văn phòng UBND" // the office of the committee
	}
	level := strings.ToLower(strings.TrimSpace(sm[1]))
	if strings.HasPrefix(level, "tp") {
		level = "thành phố"
	}
	name := strings.TrimSpace(sm[2])
	if first := strings.Fields(name)[0]; level == "" && (isAllCaps(first) && !isProvinceAlias(first) || !opensWord(line, sm[0])) {
		// "UBND PHƯỜNG HÒA BÌNH": a heading's level in capitals (not "UBND
		// TPHCM"); "Số:
		// 9/KH-UBND Hòa Bình, ngày …": a number and the place of issue.
		return
	}
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
	if !ok && level != "xã" && level != "phường" && level != "thị xã" && level != "huyện" && level != "quận" {
		return
	}
	if m.Issuer == "" {
		m.Issuer = body + " " + level + " " + name
		if _, short := provinceAliases[ocrKey(name)]; short && ok || level == "" {
			m.Issuer = withProvince(body+" tỉnh %s", prov) // "UBND TP.HCM"
		}
	}
	if m.Province == "" && ok {
		m.Province = prov
	}
}

// mpPlanCues are the folded words after which the opening lines name the
// year a plan is for ("kế hoạch … năm 2026", "đặt mục tiêu năm 2025",
// "phấn đấu năm 2024", "phê duyệt Phương án cắt giảm … năm 2025").
var mpPlanCues = append([]string{"ke hoach", "chuong trinh", "muc tieu", "phan dau", "chi tieu", "de ra", "dat ra", "phuong an"}, mpFocalCues...)

// mpFocalCues are the words of planning that name a year's focal tasks
// ("một số nhiệm vụ trọng tâm năm 2026", "hội nghị tổng kết năm 2019 và
// triển khai nhiệm vụ năm 2020"); mpPartYearRe matches, folded,
// the part of a year they may name instead ("6 tháng cuối năm 2023").
var (
	mpFocalCues  = []string{"nhiem vu trong tam", "giai phap trong tam", "nhiem vu, giai phap", "trien khai nhiem vu"}
	mpPartYearRe = regexp.MustCompile(`\b[0-9]{1,2} thang (?:dau|cuoi) nam (?:19|20)[0-9]{2}\b`)
)

// proseYear returns the year the document is for as its opening lines
// state it: the first year named after a word of planning in the same
// sentence, a period giving none; dates, baselines and the years of cited
// documents are skipped, and so are sentences that report progress ("Đến
// nay …", "Kết quả, năm 2021 …") and years a period runs to ("chuyển đổi
// số đến năm 2025"). 0 when none.
func proseYear(p *page, top []int) int {
	for _, i := range top {
		f := asciiFold([]rune(p.lines[i]))
		for len(f) > 0 {
			sent := f
			if k := strings.Index(f, ". "); k >= 0 {
				sent, f = f[:k], f[k+2:]
			} else {
				f = ""
			}
			y, period := sentenceYear(sent)
			if period {
				return 0 // a plan for a period ("giai đoạn 2026 - 2030") has no single year
			}
			if y > 0 {
				return y
			}
		}
	}
	return 0
}

// planCue returns where a folded sentence first names a word of planning
// for one plan, -1 when none: "các kế hoạch", "những chương trình" speak of
// plans in general, "các nhiệm vụ đã đề ra theo Nghị quyết …" of aims set
// before.
func planCue(sent, cue string) int {
	for from := 0; from < len(sent); {
		k := strings.Index(sent[from:], cue)
		if k < 0 {
			return -1
		}
		k += from
		if !strings.HasSuffix(sent[:k], "cac ") && !strings.HasSuffix(sent[:k], "nhung ") && !strings.HasSuffix(sent[:k], " da ") && !capitalPlan(sent, k, cue) {
			return k
		}
		from = k + len(cue)
	}
	return -1
}

// sentenceYear returns the year a folded sentence names after its first
// word of planning, 0 when none or when the sentence reports progress;
// period reports that the year ends a period the plan is for.
func sentenceYear(sent string) (year int, period bool) {
	cue := -1
	for _, c := range mpPlanCues {
		if k := planCue(sent, c); k >= 0 && (cue < 0 || k < cue) {
			cue = k
		}
	}
	if cue < 0 || strings.Contains(sent, "den nay") || strings.HasPrefix(strings.TrimSpace(sent), "ket qua") {
		return 0, false
	}
	rest := issueYearsOut(sent[cue:])
	y := firstYear(rest)
	if y == 0 {
		return openingYear(sent[:cue]), false
	}
	if hasAnyPrefix(rest, mpFocalCues) && mpPartYearRe.MatchString(rest) {
		return 0, false // "nhiệm vụ, giải pháp trọng tâm 6 tháng cuối năm 2023": a part of a year
	}
	ys := strconv.Itoa(y)
	if k := strings.Index(rest, ys); k >= 0 && completedIn(rest[:k]) {
		return 0, false // "đề ra 70 nhiệm vụ, trong đó … 11 nhiệm vụ phải hoàn thành trong năm 2021": the tasks' deadline
	}
	if k := strings.Index(rest, ys); k >= 0 && strings.HasPrefix(strings.TrimSpace(rest[k+len(ys):]), "cua cac ") {
		return 0, false // "Kế hoạch kiểm tra … năm 2026 của các đơn vị": the plans of several bodies, not the text
	}
	if pm := mdPeriodRe.FindStringIndex(rest); pm != nil && strings.Contains(rest[pm[0]:pm[1]], ys) {
		return 0, true
	}
	if listedYears(rest, ys) || aimsForTwoYears(rest, ys) {
		return 0, true // "chỉ tiêu năm 2025 và năm 2026": targets for several years
	}
	if strings.Contains(rest, "den nam "+ys) || strings.Contains(rest, "den het nam "+ys) || strings.Contains(rest, "toi nam "+ys) {
		return 0, false // the end of a period: "đến năm 2025", "tới năm 2025"
	}
	if k := strings.Index(rest, "tu nam "+ys); k >= 0 && !strings.Contains(rest[k:], " den ") {
		return 0, false // a beginning long past: "Chỉ số PAPI do Chương trình … khởi xướng từ năm 2009"
	}
	return y, false
}

// completedIn reports whether a folded text ends in the words that give a
// deadline to its year ("hoàn thành trong năm", "hoàn thành trước năm").
func completedIn(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	return n >= 4 && ws[n-1] == "nam" && (ws[n-2] == "trong" || ws[n-2] == "truoc") && ws[n-3] == "thanh" && ws[n-4] == "hoan"
}

// mpOpeningYearRe matches a year that opens a sentence: "Năm 2026, …",
// "Trong năm 2026, …", "Đối với năm 2025, …", "Sang năm 2026, …".
var mpOpeningYearRe = regexp.MustCompile(`^\s*(?:(?:trong|doi voi|rieng|sang)\s+)?nam\s+((?:19|20)[0-9]{2})\s*,`)

// openingYear returns the year that opens a folded sentence before its
// word of planning ("Năm 2026, tỉnh phấn đấu …"), 0 when none or when the
// words between report what was done ("Năm 2025, tỉnh đã đặt mục tiêu …").
func openingYear(before string) int {
	if strings.Contains(" "+before+" ", " da ") {
		return 0
	}
	return opensWithYear(before)
}

// opensWithYear returns the year a folded sentence opens with
// (mpOpeningYearRe: "Năm 2026, …", "Trong năm 2026, …"), 0 when none.
func opensWithYear(f string) int {
	sm := mpOpeningYearRe.FindStringSubmatch(f)
	if sm == nil {
		return 0
	}
	y, _ := strconv.Atoi(sm[1])
	return y
}
