package plandoc

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/cchc-lab/cchc/dataset"
)

// A press item on a plan often says what the place the plan is for will
// do under it, with no agency: "…, tỉnh Đồng Tháp sẽ triển khai nhiều
// nhiệm vụ và giải pháp trọng tâm như: A; B; C." and "Song song đó, tỉnh
// Đồng Tháp sẽ thúc đẩy phát triển …". Each listed duty, and each such
// sentence, is a task without a lead: the place itself carries it out.

// plPlaceWillRe matches, in a folded sentence, the place a press item
// speaks of and the future it sets: "tinh dong thap se ", "thanh pho cung
// se ", "xa se " at the start of the sentence or after a comma. The place
// word may be followed by its name; the verb comes after "sẽ".
var plPlaceWillRe = regexp.MustCompile(`(?:^|, )(?:tinh|thanh pho|huyen|xa|phuong|dia phuong)(?: [a-z]+){0,3} (?:cung |van |tiep tuc )?se `)

// plListLeadRe matches the folded words after "sẽ" that announce a list
// of duties: "triển khai nhiều nhiệm vụ và giải pháp trọng tâm như:",
// "tập trung thực hiện các nhiệm vụ sau:", "thực hiện 5 nhóm giải pháp,
// gồm:".
var plListLeadRe = regexp.MustCompile(`^(?:(?:trien khai|thuc hien|tap trung|tap trung thuc hien|trien khai thuc hien|day manh) )?(?:nhieu |cac |nhung |\d+ )?(?:nhom )?(?:nhiem vu|giai phap)[^:;.]{0,80}(?:nhu|gom|sau|bao gom|la)?\s*:\s*`)

// plannedDuties reads the duties a sentence of a press item says the
// place will carry out (see above): one task per item of a list the
// sentence announces, split at the semicolons, or one task for each
// clause of the sentence from its verb that opens with a duty's verb
// (verbClauses); nil when the sentence says no such thing. The
// place's own name in "tỉnh Đồng Tháp" is no agency: the tasks have no
// lead.
func plannedDuties(sentence string, memo *taskMemo, year int) []dataset.Task {
	rs := []rune(strings.TrimSpace(sentence))
	f := asciiFold(rs) // one byte a rune
	m := plPlaceWillRe.FindStringIndex(f)
	if m == nil || !placeNamedAt(rs, f, m[0]) {
		return nil
	}
	rest, frest := rs[m[1]:], f[m[1]:]
	if lm := plListLeadRe.FindStringIndex(frest); lm != nil {
		return listedDuties(string(rest[lm[1]:]), memo, year)
	}
	if !opensWithDutyVerb(frest) {
		return nil // "tỉnh sẽ vận hành sau ngày …", "xã sẽ có …": no duty
	}
	var out []dataset.Task
	for _, c := range verbClauses(string(rest)) {
		out = append(out, oneDuty(c, memo, year)...) // "… hình thành nền tảng dữ liệu …; mở dữ liệu cho …": a duty a clause
	}
	return out
}

// placeNamedAt reports whether the place word at offset at of the folded
// sentence f (after a ", " when at > 0) names a place of its own: the
// word itself at the sentence's start, or written with a capital name
// after it ("tỉnh Đồng Tháp"); "cấp tỉnh sẽ …" or a lower-case "xã sẽ"
// inside a sentence speaks of a level, not of the place.
func placeNamedAt(rs []rune, f string, at int) bool {
	if at > 0 {
		at += 2 // ", "
	}
	if at == 0 {
		return true
	}
	k := strings.IndexByte(f[at:], ' ')
	if k < 0 {
		return false
	}
	name := at + k + 1
	if strings.HasPrefix(f[at:], "thanh pho ") {
		name = at + len("thanh pho ")
	}
	return name < len(rs) && unicode.IsUpper(rs[name])
}

// listedDuties makes one task per item of a list written in one
// sentence, split at the semicolons ("đo lường …; tổ chức triển khai
// …; hỗ trợ …").
func listedDuties(list string, memo *taskMemo, year int) []dataset.Task {
	var out []dataset.Task
	for _, item := range strings.Split(list, ";") {
		out = append(out, oneDuty(item, memo, year)...)
	}
	return out
}

// oneDuty makes a task without a lead of a duty's text, with the partners
// and time it states; nil when the text is empty.
func oneDuty(text string, memo *taskMemo, year int) []dataset.Task {
	text = strings.TrimRight(strings.TrimSpace(text), " ;,.")
	if text == "" {
		return nil
	}
	return []dataset.Task{{
		Task:     text,
		Lead:     []string{},
		Partners: nonNil(dutyPartners(text, memo)),
		Deadline: statedDeadline(text, year),
	}}
}
