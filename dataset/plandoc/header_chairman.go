package plandoc

import "strings"

// chairmanHeading reports whether the heading block of the first page
// names the chairman of a provincial committee as the issuer: "CHỦ TỊCH
// ỦY BAN NHÂN DÂN" over "TỈNH X", also broken after "ỦY BAN" ("CHỦ TỊCH
// ỦY BAN" / "NHÂN DÂN") or abbreviated ("CHỦ TỊCH UBND TỈNH X"). A
// commune's chairman ("… NHÂN DÂN XÃ Y") is not a province's. Only the
// block above the number and the type heading counts: the line "CHỦ TỊCH
// ỦY BAN NHÂN DÂN TỈNH X" under a decision's title names the authority
// the committee's decisions are enacted by, not another issuer.
func chairmanHeading(p *page, head int) bool {
	for i := 0; i < min(head, 20); i++ {
		if k := p.key[i]; k == "so" || strings.HasPrefix(k, "so ") || typeHeading(k) {
			return false
		}
		for _, k := range headingBlocks(p, i) {
			rest, ok := "", false
			switch {
			case fuzzyHasPrefix(k, "chu tich uy ban nhan dan"):
				rest, ok = afterWords(k, 6), true
			case fuzzyHasPrefix(k, "chu tich ubnd"):
				rest, ok = afterWords(k, 3), true
			case k == "chu tich uy ban":
				if j := nextTextLine(p, i); j > 0 && strings.HasPrefix(p.key[j], "nhan dan") {
					rest, ok = afterWords(p.key[j], 2), true
				}
			}
			if ok {
				return !hasAnyPrefix(rest+" ", []string{"xa ", "phuong ", "dac khu "})
			}
		}
	}
	return false
}

// afterWords returns key without its first n words.
func afterWords(key string, n int) string {
	ws := strings.Fields(key)
	if n >= len(ws) {
		return ""
	}
	return strings.Join(ws[n:], " ")
}

// typeHeading reports whether a heading key opens with the name of a kind
// of document ("QUYẾT ĐỊNH", "KẾ HOẠCH …").
func typeHeading(k string) bool {
	for _, w := range docTypeWords {
		if k == w.heading || strings.HasPrefix(k, w.heading+" ") {
			return true
		}
	}
	return false
}
