package plandoc

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/cchc-lab/cchc/dataset"
)

// Items under a lead-in that names who carries them out.
//
// A press item or a directive often lists demands under one sentence
// that names the bodies asked ("Thủ tướng Chính phủ yêu cầu Bộ trưởng,
// Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành
// phố trực thuộc trung ương tập trung triển khai một số nội dung sau:",
// "Để thực hiện tốt … thì các huyện, thành ủy, đảng ủy trực thuộc, ban
// cán sự đảng, đảng đoàn lãnh đạo, chỉ đạo … các nhiệm vụ, giải pháp
// sau:"). The items are paragraphs without a marker: a demand with its
// short title before a colon ("Cập nhật cơ sở dữ liệu quốc gia về TTHC
// trước 10/6/2025: Bao gồm …"), an ordinal ("Thứ nhất, nâng cao …") or a
// duty. Each is a task led by the bodies the lead-in names, unless it
// names its own body ("Văn phòng Chính phủ sẽ giám sát …"). An item that
// only says who answers for a shortfall ("… chịu trách nhiệm trước Chính
// phủ nếu không đạt chỉ tiêu …") is a standing rule, not a task.

// liAskWords are the folded words after which a lead-in names the bodies
// asked: "yêu cầu Bộ trưởng, …", "giao các sở, …", "… thì các huyện, …".
var liAskWords = []string{"yeu cau ", "giao cho ", "giao ", "de nghi ", "chi dao ", "thi "}

// liRequestWords are the folded words inside the name of a lead-in's
// bodies after which the bodies asked stand, the body before them asking
// or stressing what they are to do ("Bộ trưởng nhấn mạnh các đơn vị cần
// …").
// Each stands also with a comma or a colon after it ("Bộ trưởng nhấn
// mạnh, các đơn vị cần …", "Chủ tịch UBND tỉnh yêu cầu: Thủ trưởng các cơ
// quan, đơn vị tổ chức …").
var liRequestWords = withCommaForms([]string{" de nghi ", " yeu cau ", " nhan manh ", " luu y "})

// withCommaForms returns words, each followed by its forms with a comma
// and with a colon for its trailing space.
func withCommaForms(words []string) []string {
	out := make([]string, 0, 3*len(words))
	for _, w := range words {
		out = append(out, w, strings.TrimSuffix(w, " ")+", ", strings.TrimSuffix(w, " ")+": ")
	}
	return out
}

// askedFrom returns where, in the folded words f[from:end] that name who
// does a duty, the bodies asked start: after the last request word
// (liRequestWords) — the body that asks is not a doer — else from.
func askedFrom(f string, from, end int) int {
	at := from
	for _, w := range liRequestWords {
		if k := strings.LastIndex(f[from:end], w); k >= 0 && from+k+len(w) > at {
			at = from + k + len(w)
		}
	}
	return at
}

// liPartyHeads are the folded words the names of Party bodies open with,
// which a lead-in may name as doers besides the state's agencies (see
// agHeads): "các huyện, thành ủy", "đảng ủy trực thuộc", "ban cán sự đảng",
// "Thường trực Tỉnh ủy".
var liPartyHeads = []string{"cac cap uy", "cap uy", "cac huyen", "huyen uy", "thanh uy", "tinh uy", "thi uy", "quan uy",
	"dang uy", "cac dang uy", "dang doan", "cac dang doan", "ban can su", "cac ban can su", "ban thuong vu", "thuong truc "}

// liLeadVerbs are the folded verbs and adverbs, besides those of
// asVerbs, that end the names of the bodies in a lead-in: Party bodies
// lead and direct ("… đảng đoàn lãnh đạo, chỉ đạo …"), the bodies asked
// attend to the items ("… các sở, ngành quan tâm thực hiện …", "… tích
// cực triển khai …"), a body sets out its own tasks ("Sở Công Thương đề ra
// các nhiệm vụ …, cụ thể như sau:").
var liLeadVerbs = []string{" lanh dao", " quan tam", " tich cuc", " de ra ", " dat ra "}

// leadInBodies returns the bodies that a lead-in sentence (a line ending
// with a colon) names as those who carry out the items after it: the
// words between the word that asks them ("yêu cầu", "giao", "đề nghị",
// "chỉ đạo", or "thì" after the purpose "Để …") and their first verb, or
// the words the sentence opens with when it opens with a body; "" when
// it names none.
func leadInBodies(line string) string {
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*_"))
	if last := lastSentence(line); len(last) < len(line) {
		// A paragraph whose last sentence is the lead-in ("Xác định … .
		// Sở Công Thương đề ra các nhiệm vụ …, cụ thể như sau:"): that
		// sentence names the bodies, or else the whole.
		if name := leadInBodies(last); name != "" {
			return name
		}
	}
	if !strings.HasSuffix(line, ":") || runesOver(line, 700) {
		return "" // a lead-in hard-wrapped over lines is read whole (sentenceEndingAt)
	}
	rs := []rune(strings.TrimSuffix(line, ":"))
	f := asciiFold(rs) // one byte a rune
	for _, w := range liAskWords {
		k := strings.Index(" "+f, " "+w)
		if k < 0 || w == "yeu cau " && nounYeuCau(f[:k]) {
			continue
		}
		if name := leadInNameAt(rs, f, k+len(w)); name != "" {
			return name
		}
	}
	if strings.HasPrefix(f, "de ") {
		// "Để tiếp tục vận hành …, hiệu quả, thành phố Đà Nẵng cần tập
		// trung …": the bodies stand after the purpose, after one of its
		// commas.
		for k := strings.Index(f, ", "); k > 0; {
			if name := bodiesOrPlaceAt(rs, f, k+2); name != "" {
				return name
			}
			next := strings.Index(f[k+2:], ", ")
			if next < 0 {
				break
			}
			k += 2 + next
		}
		return ""
	}
	if k := timeOpeningEnd(f); k > 0 {
		return bodiesOrPlaceAt(rs, f, k) // "Năm 2026, Sở Y tế đề ra các nhiệm vụ …:"
	}
	if k := openerEnd(f, liConnectives); k > 0 {
		// "Theo đó, Chủ tịch UBND các quận, huyện, thị xã tập trung
		// chỉ đạo … các nội dung sau:"
		return bodiesOrPlaceAt(rs, f, k)
	}
	return leadInNameAt(rs, f, 0)
}

// bodiesOrPlaceAt returns the bodies the words from rs[from:] open with
// (leadInNameAt), or else the committee of the place they name as the
// doer (placeBodyAt); "" when neither.
func bodiesOrPlaceAt(rs []rune, f string, from int) string {
	if name := leadInNameAt(rs, f, from); name != "" {
		return name
	}
	return placeBodyAt(rs, f, from)
}

// liConnectives are the folded words, before their comma, that a lead-in
// may open with before the bodies it names.
var liConnectives = []string{"theo do", "dong thoi", "ben canh do", "ngoai ra", "cu the"}

// liPlaceRe matches, in folded text, a province or city named as the
// doer of what a lead-in asks, before the modal or verb it does it with:
// "thành phố Đà Nẵng cần tập trung …", "tỉnh Lai Châu phải …".
var liPlaceRe = regexp.MustCompile(`^(?:tinh|thanh pho) [a-z]+(?: [a-z]+){0,3} (?:can|phai|tiep tuc|tap trung|khan truong|chu dong)\b`)

// placeBodyAt returns the People's Committee of the province or city the
// words from rs[from:] name as the doer (liPlaceRe): "UBND thành phố Đà
// Nẵng" for "thành phố Đà Nẵng cần …"; "" when they name none. The place
// must be written with capitals, as a name.
func placeBodyAt(rs []rune, f string, from int) string {
	m := liPlaceRe.FindStringIndex(f[from:])
	if m == nil {
		return ""
	}
	words := strings.Fields(string(rs[from : from+m[1]]))
	n := 1 // "tỉnh"
	if strings.EqualFold(words[0], "thành") {
		n = 2 // "thành phố"
	}
	name := n
	for name < len(words) && unicode.IsUpper([]rune(words[name])[0]) {
		name++
	}
	if name == n || name == len(words) {
		return "" // no name in capitals, or no modal after it
	}
	return "UBND " + strings.ToLower(strings.Join(words[:n], " ")) + " " + strings.Join(words[n:name], " ")
}

// leadInNameAt returns the names of bodies that runes from rs[from:]
// open with (f is its fold, one byte a rune), up to their first verb; ""
// when the words there do not open as a body's name or no verb follows.
func leadInNameAt(rs []rune, f string, from int) string {
	rest := f[from:]
	if !startsAgency(rest) && !hasAnyPrefix(rest, asTitles) && !hasAnyPrefix(rest, liPartyHeads) {
		return ""
	}
	end := firstVerb(f, from)
	if strings.Contains(f[from:end]+" ", " co y kien ") {
		return "" // "Chủ tịch UBND Thành phố có ý kiến chỉ đạo như sau:": the one who speaks, not who carries out
	}
	for _, v := range liLeadVerbs {
		if k := strings.Index(f[from:end], v); k >= 0 {
			end = from + k
		}
	}
	if end == len(f) || !leadSpan(f[from:end]) || clauseLead(f[from:end]) {
		return ""
	}
	from = askedFrom(f, from, end) // "Sở Nội vụ đề nghị các doanh nghiệp, cơ sở sản xuất … thực hiện …"
	return strings.Trim(string(rs[from:end]), " ,;:")
}

// liOrdinalRe matches the ordinal an item opens with: "Thứ nhất, ",
// "Thứ hai. ", "Một là, ".
var liOrdinalRe = regexp.MustCompile(`^(?:thu (?:nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) la)\s*[,.:]\s+`)

// liTitleMax is the longest title, in runes, a demand may give itself
// before its colon; liBodyMax the longest name of a body before its
// modal "sẽ".
const (
	liTitleMax = 120
	liBodyMax  = 120
)

// leadInItemKind says how a paragraph under a lead-in reads: as an
// ordinal item, as a demand with its title, as a duty, or as none of
// these (the list has ended).
type leadInItemKind int

const (
	liNone    leadInItemKind = iota
	liOrdinal                // "Thứ nhất, nâng cao …"
	liTitled                 // "Cắt giảm mạnh TTHC trong năm 2025: Giảm …"
	liDuty                   // "Tăng cường …", "Văn phòng Chính phủ sẽ giám sát …"
)

// leadInItem reads a paragraph under a lead-in: its kind and its text,
// the ordinal dropped.
func leadInItem(line string, memo *taskMemo) (leadInItemKind, string) {
	rs := []rune(line)
	f := asciiFold(rs)
	if m := liOrdinalRe.FindStringIndex(f); m != nil {
		return liOrdinal, strings.TrimSpace(string(rs[m[1]:]))
	}
	if k := strings.Index(f, ": "); k > 0 && k <= liTitleMax && !strings.ContainsAny(string(rs[:k]), ".;!?") && unicode.IsUpper(rs[0]) && !speechTitle(f[:k]) {
		return liTitled, line
	}
	if dutyParagraphOpens(line) || laterClauseIsDuty(f) {
		return liDuty, line
	}
	if _, ok := withoutModal(line, memo); ok {
		return liDuty, line
	}
	return liNone, line
}

// laterClauseIsDuty reports whether a paragraph (f, folded) that does
// not open with a duty verb goes on, after a semicolon or a full stop,
// with a clause that does: "Nêu gương đi đầu, tiên phong trong nhận thức
// …; chỉ đạo quyết liệt những nhiệm vụ chậm tiến độ …". Under a lead-in
// that names who carries them out, such a paragraph is a duty whose
// opening verb the duty verbs do not list.
func laterClauseIsDuty(f string) bool {
	for _, sep := range []string{"; ", ". "} {
		for rest := f; ; {
			k := strings.Index(rest, sep)
			if k < 0 {
				break
			}
			rest = rest[k+len(sep):]
			if opensWithDutyVerb(rest) {
				return true
			}
		}
	}
	return false
}

// liSpeechEnds are the folded words that, ending the words before a
// colon, make them the speaker of a quote rather than a demand's title:
// "Phó Chủ tịch UBND tỉnh nhấn mạnh:", "Ông Nguyễn Văn A cho biết:".
var liSpeechEnds = []string{"phat bieu", "neu ro", "chia se", "noi", "cho rang", "nhan dinh", "thong tin", "bay to"}

// speechTitle reports whether the folded words before an item's colon
// introduce what someone said (asClauseEnds, liSpeechEnds) instead of
// naming the demand.
func speechTitle(title string) bool {
	title = strings.TrimSpace(title)
	return hasAnySuffix(title, asClauseEnds) || hasAnySuffix(title, liSpeechEnds)
}

// withoutModal reads an item that opens with a body, the modal "sẽ" and
// the body's duty ("Văn phòng Chính phủ sẽ giám sát việc triển khai …"):
// in a list of demands the future states the duty. It returns the
// item's task, led by that body; ok is false for any other item.
func withoutModal(line string, memo *taskMemo) (dataset.Task, bool) {
	rs := []rune(line)
	f := asciiFold(rs) // one byte a rune
	if !startsAgency(f) {
		return dataset.Task{}, false
	}
	k := strings.Index(f, " se ")
	if k < 0 || k > liBodyMax || firstVerb(f, 0) < k {
		return dataset.Task{}, false // no "sẽ", or a verb before it: not the body's modal
	}
	return agencyDutySentence(string(rs[:k])+" "+string(rs[k+len(" se "):]), memo, memo.year)
}

// liRuleRe matches the folded words of a standing rule on who answers
// for a shortfall: "… chịu trách nhiệm trước Chính phủ nếu không đạt …".
var liRuleRe = regexp.MustCompile(`chiu trach nhiem truoc [^.;]{0,120}\bneu (?:khong|de|chua)\b`)

// standingRule reports whether an item states who answers for a
// shortfall (liRuleRe) rather than a duty.
func standingRule(text string) bool {
	return liRuleRe.MatchString(asciiFold([]rune(text)))
}

// leadInParagraphs reads, from line from, the paragraphs without a marker
// that a lead-in naming who carries them out introduces (leadInItem): it
// stops at a heading, a numbered item, a line of another role or a
// paragraph that reads as none of the kinds of item. Dashed lines under
// an item are parts of it; a standing rule (standingRule) is passed over.
// It returns the items and the index of the line it stopped at.
func leadInParagraphs(p *page, roles []string, from int, memo *taskMemo) ([]listItem, int) {
	var items []listItem
	i := from
	inItem := false // an item has been read: dashed lines under it are its parts
	for ; i < len(p.lines); i++ {
		raw, blank, end := bodyLine(p, roles, i)
		if blank {
			continue
		}
		if end {
			break
		}
		line := strings.TrimSpace(strings.Trim(raw, "*_"))
		if lv, _ := p.headingAt(i); lv > 0 || isAllCaps(line) {
			break
		}
		if tgBulletRe.MatchString(line) && inItem {
			continue // a point of the item above
		}
		if startsItem(line) {
			break
		}
		kind, text := leadInItem(line, memo)
		if kind == liNone {
			break
		}
		inItem = true
		if standingRule(text) {
			continue
		}
		items = append(items, listItem{line: i, text: text})
	}
	return items, i
}
