package plandoc

import (
	"regexp"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// The header of an annex given without its document.
//
// An annex stored on its own has no "Số:" line and no place-and-date
// line; its subtitle names the document it belongs to: "(Ban hành kèm
// theo Kế hoạch số 123/KH-UBND ngày 12/01/2026 của UBND tỉnh Quảng
// Ninh)", "Kèm theo Kế hoạch" over "số 45/KH-UBND ngày 05 tháng 02 năm
// 2026 của Ủy ban nhân dân tỉnh Lào Cai". That document's number, type,
// date, issuer and province are the header, and a finding says so.

// annexSubtitleLines is how many lines of text at the top are searched
// for the subtitle of an annex (an excerpt may open with its decision's
// title and one article over a dozen wrapped lines before the annex), and
// annexSubtitleSpan how many lines one subtitle may be broken over.
const (
	annexSubtitleLines = 20
	annexSubtitleSpan  = 3
)

// anSubtitleRe matches, on the asciiFold of a subtitle, the document the
// annex goes with: its kind and its number.
var anSubtitleRe = regexp.MustCompile(`\b(?:kem theo|kem|ban hanh theo|theo)\s+(ke hoach|quyet dinh|chuong trinh|nghi quyet|chi thi|de an|cong van|van ban)\s+(?:so\s*:?\s*)?([0-9]+\s*(?:/\s*(?:19|20)[0-9]{2}\s*)?/\s*[a-z]+(?:\s*-\s*[a-z0-9]+)*)`)

// anSubtitleOpenings are the folded words an annex's subtitle opens with:
// "(Ban hành kèm theo …", "Kèm theo …", "(Kèm Kế hoạch …", "(Ban hành
// theo Quyết định …".
var anSubtitleOpenings = []string{"kem theo ", "ban hanh kem theo ", "kem ke hoach ", "kem quyet dinh ", "ban hanh theo "}

// anDateRe matches the date of the document after its number: "ngày
// 12/01/2026", "ngày 05 tháng 02 năm 2026", "ngày 5-2-2026".
var anDateRe = regexp.MustCompile(`^[^()]{0,20}?\bngay\s*([0-9]{1,2})\s*(?:[/.-]|thang)\s*([0-9]{1,2})\s*(?:[/.-]|nam)\s*((?:19|20)[0-9]{2})`)

// annexKinds map the folded kind of the document an annex goes with to
// its type code.
var annexKinds = map[string]string{"ke hoach": "KH", "quyet dinh": "QĐ", "chuong trinh": "CTr",
	"nghi quyet": "NQ", "chi thi": "CT", "de an": "ĐA", "cong van": "", "van ban": ""}

// An annexParent is the document an annex's subtitle names.
type annexParent struct {
	line     int    // 0-based line where the subtitle starts
	title    string // the annex's own heading, above the subtitle
	number   string // "123/KH-UBND"
	kind     string // type code
	date     string // ISO
	issuer   string
	province string
}

// annexSubtitle finds the subtitle of an annex at the top of the text
// (a line that opens with "kèm theo" or "ban hành kèm theo", in brackets
// or emphasis or not, joined with the lines it is broken over) and reads
// the document it names; false when there is none or it gives no number.
func annexSubtitle(p *page) (annexParent, bool) {
	seen := 0
	for i := 0; i < len(p.lines) && seen < annexSubtitleLines; i++ {
		if p.key[i] == "" || p.skip[i] {
			continue
		}
		seen++
		k := p.key[i] + " "
		if !hasAnyPrefix(k, anSubtitleOpenings) && !bracketedTheo(p.lines[i], k) {
			continue
		}
		text := subtitleText(p, i)
		rs := []rune(text)
		f := asciiFold(rs)
		sm := anSubtitleRe.FindStringSubmatchIndex(f)
		if sm == nil {
			continue
		}
		ap := annexParent{line: i, title: annexHeadingAbove(p, i)}
		ap.number = strings.Join(strings.Fields(string(rs[sm[4]:sm[5]])), "")
		ap.kind = annexKinds[f[sm[2]:sm[3]]]
		if code := numberTypeCode(ap.number); code != "" {
			ap.kind = code
		}
		rest := f[sm[1]:]
		if dm := anDateRe.FindStringSubmatch(rest); dm != nil {
			ap.date = isoDate(dm[1], dm[2], dm[3])
		}
		ap.issuer, ap.province = annexIssuer(string(rs[sm[1]:]), ap.number)
		return ap, true
	}
	return annexParent{}, false
}

// bracketedTheo reports whether a line (k its key and a space) is a
// subtitle in brackets that opens with "Theo" ("(Theo Quyết định số
// 1/QĐ-UBND ngày … của UBND tỉnh)"): in brackets, not a sentence's
// "Theo đó, …".
func bracketedTheo(line, k string) bool {
	return strings.HasPrefix(k, "theo ") && strings.HasPrefix(strings.TrimLeft(line, " *_"), "(")
}

// subtitleText joins the line at i with the lines its subtitle is broken
// over: up to the closing bracket of a bracketed subtitle, else up to
// annexSubtitleSpan lines, stopping at a blank line or a table.
func subtitleText(p *page, i int) string {
	parts := []string{strings.TrimSpace(p.lines[i])}
	open := strings.Count(parts[0], "(") > strings.Count(parts[0], ")")
	for j := i + 1; j < len(p.lines) && len(parts) < annexSubtitleSpan; j++ {
		t := strings.TrimSpace(p.lines[j])
		if t == "" || strings.HasPrefix(t, "|") || open && strings.Contains(parts[len(parts)-1], ")") {
			break
		}
		parts = append(parts, t)
	}
	return strings.Join(parts, " ")
}

// annexHeadingAbove returns the heading of an annex: the lines of text above its
// subtitle after the "PHỤ LỤC" line, joined; "" when none.
func annexHeadingAbove(p *page, sub int) string {
	var parts []string
	for i := 0; i < sub; i++ {
		t := trimCell(p.lines[i])
		if t == "" || strings.HasPrefix(p.key[i], "phu luc") && len(strings.Fields(p.key[i])) <= 3 {
			continue
		}
		parts = append(parts, t)
	}
	title := strings.Join(parts, " ")
	if isAllCaps(title) {
		title = sentenceCase(title)
	}
	return title
}

// numberTypeCode returns the canonical type code of a document number
// ("45/QĐ-UBND" → "QĐ"), "" when the number has none.
func numberTypeCode(number string) string {
	_, rest, ok := strings.Cut(number, "/")
	if !ok {
		return ""
	}
	if k := strings.LastIndexByte(rest, '/'); k >= 0 {
		rest = rest[k+1:] // "30/2018/QĐ-UBND"
	}
	code, _, _ := strings.Cut(rest, "-")
	return docTypes[foldKeep(code)]
}

// annexIssuer reads the body that issued the document an annex goes
// with, from the words after its number ("… của UBND tỉnh Bắc Ninh", "…
// của Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng", "… của Sở Nội vụ tỉnh
// Lào Cai") and the number's issuer code, and the province.
func annexIssuer(after, number string) (issuer, province string) {
	if k := strings.Index(after, ")"); k >= 0 {
		after = after[:k]
	}
	var m dataset.Plan
	proseIssuer(after, &m)
	province = m.Province
	if province == "" {
		province = proseProvinceIn(after)
	}
	code := issuerCodeOf(number)
	if name, ok := centralCodes[code]; ok {
		return name, ""
	}
	if tpl, ok := issuerCodes[code]; ok && code != "ubnd" && province != "" {
		return withProvince(tpl, province), province
	}
	if tpl := departmentIn(after); tpl != "" && province != "" {
		return withProvince(tpl, province), province
	}
	if m.Issuer == "" {
		// "… CỦA UBND TỈNH LÀO CAI)" in capitals: the province after
		// "tỉnh", the body from the number's code.
		if province == "" {
			province = provinceAfterTinh(ocrKey(after))
		}
		if tpl, ok := issuerCodes[code]; ok && province != "" {
			return withProvince(tpl, province), province
		}
	}
	return m.Issuer, province
}

// fillFromAnnex fills the header of a text without a number line of its
// own from the subtitle of the annex it is, and returns the finding that
// says so; ok is false when the text has no such subtitle.
func fillFromAnnex(p *page, m *dataset.Plan) (dataset.Finding, bool) {
	ap, ok := annexSubtitle(p)
	if !ok {
		return dataset.Finding{}, false
	}
	m.DocNumber = ap.number
	if ap.kind != "" {
		m.DocType = ap.kind
	}
	if ap.date != "" {
		m.Date = ap.date
	}
	if ap.issuer != "" {
		m.Issuer = ap.issuer
	}
	if ap.province != "" {
		m.Province = ap.province
	}
	if centralBody(m.Issuer) {
		m.Province = ""
	}
	if m.Title == "" {
		m.Title = ap.title
		m.Year = titleYear(ap.title)
	}
	return finding(dataset.Finding{Kind: "header_from_annex",
		Text:  i18n.Msgf("the text is an annex or attachment without the document it goes with; the header (number, type, date, issuer) is read from its subtitle, which names that document"),
		Lines: []int{ap.line + 1}}), true
}
