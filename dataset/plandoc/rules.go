package plandoc

import "strings"

// Rules are not plans.
//
// A decision that sets rules (grading of officials, awards, evaluation)
// states numbers as conditions: "Đạt được tất cả các tiêu chí sau đây thì
// xếp loại … hoàn thành xuất sắc nhiệm vụ: a) Có tổng số điểm trên 90
// điểm … d) … ít nhất 70% hoàn thành tốt", "đạt các tiêu chuẩn sau đây: …
// Có 100% cá nhân … ít nhất là 70% …". Such a number is a threshold, not a
// target, and the criteria are not tasks. A rule opens at an article or
// heading that names criteria, standards or conditions of grading or
// awards, or at a sentence that introduces them ("… sau đây thì xếp
// loại …:", "… đạt các tiêu chuẩn sau đây:"), and holds until the next
// heading of the same or a higher rank.

// ruleWords are the folded words of a heading or sentence that states
// criteria, standards or conditions.
var ruleWords = []string{"tieu chi", "tieu chuan", "dieu kien"}

// ruleOfWords are the folded words that make criteria those of a grading,
// an award or an evaluation.
var ruleOfWords = []string{"xep loai", "danh hieu", "khen thuong"}

// ruleLines returns, for each line of p, whether it stands in a rule
// (grading, award or evaluation criteria); nil when the text has none.
func ruleLines(p *page) []bool {
	var in []bool
	ruleRank := rankNone // the rank of the heading that opened the rule
	for i := 0; i < len(p.lines); i++ {
		if ruleRank != rankNone {
			if rank := articleRank(p, i); rank != rankNone && rank <= ruleRank {
				ruleRank = rankNone
			}
		}
		if ruleRank == rankNone && containsAny(p.fold[i], ruleOfWords) {
			if rank := articleRank(p, i); opensRule(p, i, rank) {
				ruleRank = rank
				if rank == rankNone {
					// A sentence introducing criteria: up to the next
					// heading of the rank it stands under.
					ruleRank = enclosingRank(p, i)
				}
			}
		}
		if ruleRank != rankNone {
			if in == nil {
				in = make([]bool, len(p.lines))
			}
			in[i] = true
		}
	}
	return in
}

// articleRank is headingRank with an article of a legal text ("Điều 7.")
// ranked with Roman-numbered parts.
func articleRank(p *page, i int) int {
	if strings.HasPrefix(p.key[i], "dieu ") && len(p.key[i]) > 5 && isDigit(p.key[i][5]) {
		return rankRoman
	}
	return headingRank(p, i)
}

// enclosingRank returns the rank of the nearest heading above line i, or
// rankNumber when there is none.
func enclosingRank(p *page, i int) int {
	for j := i - 1; j >= 0 && j >= i-40; j-- {
		if r := articleRank(p, j); r != rankNone && r != rankLetter {
			return r
		}
	}
	return rankNumber
}

// opensRule reports whether line i opens a rule: a heading (an article,
// a numbered or lettered item) whose title starts with criteria,
// standards or conditions of a grading or an award ("Điều 7. Tiêu chí xếp
// loại …", "b) Tiêu chuẩn: Danh hiệu …"), or a sentence that introduces
// them ("Đạt được tất cả các tiêu chí sau đây thì xếp loại …").
func opensRule(p *page, i, rank int) bool {
	f := p.fold[i]
	if !containsAny(f, ruleOfWords) {
		return false
	}
	if rank != rankNone {
		if strings.HasSuffix(strings.TrimRight(p.lines[i], " *_"), ".") {
			return false // a sentence numbered as an item, not a heading
		}
		title := ruleTitle(p.key[i])
		for _, w := range ruleWords {
			if strings.HasPrefix(title, w) {
				return true
			}
		}
		return false
	}
	return containsAny(f, ruleWords) && strings.Contains(f, "sau day")
}

// ruleTitle returns folded key k without its numbering ("dieu 7 ", "2 1 ",
// "b ").
func ruleTitle(k string) string {
	ws := strings.Fields(k)
	for len(ws) > 0 && (isDigit(ws[0][0]) || ws[0] == "dieu" || len(ws[0]) == 1) {
		ws = ws[1:]
	}
	return strings.Join(ws, " ")
}

// dropRuleLines drops the targets and tasks that stand in a rule.
func dropRuleLines(p *page, d *Document) {
	in := ruleLines(p)
	if in == nil {
		return
	}
	at := func(line int) bool { return line >= 1 && line <= len(in) && in[line-1] }
	ts := d.Targets[:0]
	for _, t := range d.Targets {
		if !at(t.Source.Line) {
			ts = append(ts, t)
		}
	}
	d.Targets = ts
	ks := d.Tasks[:0]
	for _, k := range d.Tasks {
		if !at(k.Source.Line) {
			ks = append(ks, k)
		}
	}
	d.Tasks = ks
}
