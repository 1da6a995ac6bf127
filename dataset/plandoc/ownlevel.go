package plandoc

import (
	"regexp"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// A commune's own aims.
//
// A province's aims for itself (its growth, its share of online
// dossiers) have no level: they are the province's figures, not those of
// a tier of its bodies. A commune or ward that sets aims for itself — in
// its own plan ("UBND xã Phú Lâm"), or as a press item reports ("xã Ân
// Tường đặt mục tiêu …", "Năm 2026, phường đặt mục tiêu …") — sets them
// for the commune tier: they take level commune, as "cấp xã" would give
// them, so that a user comparing communes finds them there.

// communeIssuerRe matches, folded, an issuer that is a commune's or a
// ward's own body: its people's committee, council or party committee
// ("UBND xã Thanh Hương", "Đảng ủy phường Phú Lợi"); not a town ("thị
// xã", a district's tier) nor a body whose name holds "xã" ("Bảo hiểm xã
// hội").
var communeIssuerRe = regexp.MustCompile(`^(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|dang uy|bch dang bo|ban chap hanh dang bo)\s+(?:xa|phuong|thi tran|dac khu)\b`)

// communeSetsAimsRe matches a commune or a ward that sets aims for
// itself, named ("xã Ân Tường đặt mục tiêu", "xã Thiệu Hóa đề ra 23 chỉ
// tiêu") or not ("phường đặt mục tiêu", "xã phấn đấu"). The word before
// it must not make it many places ("các xã", "100% xã") or a town ("thị
// xã"): manyPlacesBefore.
var communeSetsAimsRe = regexp.MustCompile(`\b(?:xã|phường|Xã|Phường)(?:\s+\p{Lu}[\p{L}’']*){0,3}\s+(?:đặt mục tiêu|đặt ra mục tiêu|phấn đấu|đề ra(?:\s+\d+)?\s+(?:chỉ tiêu|mục tiêu))`)

// higherSetsAimsRe matches a province, city or district that sets aims
// for itself ("tỉnh phấn đấu", "Thành phố đặt mục tiêu", "huyện Ba Vì đề
// ra …"): a text where one does speaks of more than a commune's aims.
var higherSetsAimsRe = regexp.MustCompile(`(?i)(?:tỉnh|thành phố|huyện|quận|thị xã)(?:\s+\p{Lu}[\p{L}’']*){0,3}\s+(?:đặt mục tiêu|đặt ra mục tiêu|phấn đấu|đề ra(?:\s+\d+)?\s+(?:chỉ tiêu|mục tiêu))`)

// manyPlacesWords are the words before "xã" or "phường" that make it many
// places or another tier, not the one commune that sets its aims.
var manyPlacesWords = map[string]bool{"các": true, "mỗi": true, "những": true, "số": true, "%": true, "thị": true,
	"cả": true, "từng": true, "nhiều": true, "100%": true, "Các": true, "Mỗi": true}

// manyPlacesBefore reports whether the text before "xã" or "phường" ends
// in a word of manyPlacesWords ("các ", "100% "); a clause's start ("Theo
// …, xã …") does not.
func manyPlacesBefore(before string) bool {
	ws := strings.Fields(before)
	return len(ws) > 0 && manyPlacesWords[ws[len(ws)-1]]
}

// communeSetsOwnAims reports whether the text is a commune's or a ward's
// setting of its own aims: its issuer is the commune's body, or a line
// has a commune set aims and none has a province, city or district do
// so.
func communeSetsOwnAims(p *page, issuer string) bool {
	if issuer != "" {
		return communeIssuerRe.MatchString(strings.ToLower(asciiFold([]rune(issuer))))
	}
	found := false
	for i, l := range p.lines {
		if p.skip[i] || !strings.Contains(p.fold[i], "muc tieu") && !strings.Contains(p.fold[i], "phan dau") && !strings.Contains(p.fold[i], "chi tieu") {
			continue
		}
		if higherSetsAimsRe.MatchString(l) {
			return false
		}
		for _, m := range communeSetsAimsRe.FindAllStringIndex(l, -1) {
			if !manyPlacesBefore(l[:m[0]]) {
				found = true
			}
		}
	}
	return found
}

// withCommuneLevel gives each target without a level the level commune
// when the text is a commune's setting of its own aims
// (communeSetsOwnAims).
func withCommuneLevel(p *page, issuer string, ts []dataset.Target) {
	if !communeSetsOwnAims(p, issuer) {
		return
	}
	for k := range ts {
		if ts[k].Level == "" {
			ts[k].Level = "commune"
		}
	}
}
