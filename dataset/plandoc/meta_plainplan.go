package plandoc

import (
	"regexp"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// Plans named in prose without a number.
//
// A press item or an excerpt may name the plan it is about only in words:
// "kế hoạch hành động của Uỷ ban Quốc gia về chuyển đổi số đặt mục tiêu
// …", "…, Sở Công Thương xây dựng Kế hoạch cải cách hành chính năm 2022
// với những nội dung sau", or open with "Kế hoạch nêu rõ …". Such a text
// gives the type KH and, where stated, the body the plan is of, as the
// text names it.

// ppOfBodyRe matches, in the folded text, a plan named with the body it
// is of and what the plan does next: "ke hoach hanh dong cua uy ban quoc
// gia ve chuyen doi so dat muc tieu". Group 1 is the body.
var ppOfBodyRe = regexp.MustCompile(`\bke hoach(?: [a-z]+){0,4}? cua ((?:uy ban|ban chi dao|hoi dong|bo|so) [a-z ]{2,80}?) (?:dat muc tieu|dat ra|de ra|xac dinh|neu ro|dat chi tieu|yeu cau|phan dau)\b`)

// ppBuildsRe matches a body named as the subject of a clause that drafts
// the plan the text is: "so cong thuong xay dung ke hoach", "ubnd huyen x
// xay dung ke hoach". Group 1 is the body.
var ppBuildsRe = regexp.MustCompile(`(?:^|[,:;] )((?:so|ubnd|uy ban nhan dan|bo) [a-z ]{2,60}?) (?:da |vua )?(?:xay dung|ban hanh) ke hoach\b`)

// ppOpensRe matches a text that opens on the plan itself: "Kế hoạch nêu
// rõ …", "Kế hoạch đặt mục tiêu …", "Theo đó, kế hoạch đặt mục tiêu chung
// là …"; read on the first line only.
var ppOpensRe = regexp.MustCompile(`^(?:theo do,? )?ke hoach(?: nay)? (?:neu ro|dat muc tieu|dat ra|de ra|xac dinh|yeu cau|dat chi tieu)\b`)

// plainPlan fills m's empty type, and its issuer when empty, from a plan
// the opening lines name without a number. Sentences that cite a
// document as their basis ("Căn cứ …", "Thực hiện …") count only for the
// clause after their last comma, and a plan drafted by several bodies
// ("các sở xây dựng kế hoạch") is not the text's own.
func plainPlan(p *page, top []int, m *dataset.Plan) {
	if m.DocType != "" {
		return
	}
	for n, i := range top {
		rs := []rune(p.lines[i])
		f := asciiFold(rs)
		if n == 0 && ppOpensRe.MatchString(f) {
			m.DocType = "KH"
			return
		}
		if sm := ppOfBodyRe.FindStringSubmatchIndex(f); sm != nil && !citedBefore(f[:sm[0]]) {
			m.DocType = "KH"
			if m.Issuer == "" {
				m.Issuer = strings.TrimSpace(string(rs[sm[2]:sm[3]]))
			}
			return
		}
		if sm := ppBuildsRe.FindStringSubmatchIndex(f); sm != nil && !strings.HasPrefix(f[sm[2]:sm[3]], "cac ") {
			end := sm[2] + bodyBeforeAdverbs(f[sm[2]:sm[3]])
			body := f[sm[2]:end]
			if mpUnitsRe.MatchString(body) || !namedBody(body) {
				continue
			}
			m.DocType = "KH"
			if m.Issuer == "" {
				m.Issuer = strings.TrimSpace(string(rs[sm[2]:end]))
			}
			return
		}
	}
}

// bodyBeforeAdverbs returns how much of a folded body that ppBuildsRe
// read is the body: the words before an adverb of time or manner that
// stands between it and its verb ("ubnd tinh da khan truong xay dung va
// ban hanh ke hoach": "ubnd tinh").
func bodyBeforeAdverbs(body string) int {
	k := " " + body + " "
	end := len(body)
	for _, w := range []string{" da ", " vua ", " khan truong ", " tich cuc ", " chu dong ", " kip thoi ", " nhanh chong "} {
		if j := strings.Index(k, w); j >= 0 && j < end {
			end = j
		}
	}
	return end
}

// citedBefore reports whether the words before a mention in its sentence
// cite it as a basis: "Căn cứ kế hoạch …", "Thực hiện kế hoạch …".
func citedBefore(f string) bool {
	before := strings.TrimSpace(f[sentenceStart(f, len(f)):])
	for _, w := range []string{"can cu", "thuc hien", "trien khai", "theo"} {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	return false
}

// namedBody reports whether a folded subject names one body: a
// department or ministry known by its name, or a committee of a named
// place ("ubnd huyen muong nhe").
func namedBody(body string) bool {
	k := " " + body + " "
	for _, h := range issuerHeads {
		if strings.HasPrefix(body, h.words) && (strings.HasPrefix(h.words, "so ") || strings.HasPrefix(h.words, "bo ")) {
			return len(strings.Fields(body)) <= len(strings.Fields(h.words))+4
		}
	}
	return strings.Contains(k, " tinh ") || strings.Contains(k, " huyen ") || strings.Contains(k, " thanh pho ") || strings.Contains(k, " xa ") || strings.Contains(k, " phuong ")
}
