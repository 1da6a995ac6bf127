package plandoc

import "strings"

// Results that reports state as a plan states its stages.
//
// A report or a press item gives its figures under a year ("Năm 2021,
// tỉnh … xếp thứ 9/63") as a plan gives its aims under a stage ("Năm
// 2026, …"). When the text has no plan year of its own, the year cannot
// tell one from the other; a rank then is a target only with an aim word.

// tgStanding are the words (lower case, with their marks: "đứng" folds
// as "đúng" and "dùng" do) that state where an index stands or how far
// it moved: "xếp thứ 9/63", "đứng vị trí 18/63", "hạng 63/63", "tăng 5
// bậc".
var tgStanding = []string{"xếp", "đứng", "hạng", "vị trí", "bậc"}

// reportedRank reports whether the rank c, read in prose under a stage
// year of a text with no plan year, is a reported result: its paragraph
// up to the end of its sentence (lead) says where the index stands with a
// word of tgStanding and holds no aim word (tgForward: "phấn đấu", "mục
// tiêu", "top", "đến năm", …).
func reportedRank(c cand, lead string) bool {
	if c.t.Unit != "rank" {
		return false
	}
	if !containsAny(strings.ToLower(lead), tgStanding) {
		return false
	}
	f := tgNotForward.Replace(tgSuperlatives.Replace(" " + asciiFold([]rune(lead)) + " "))
	return !containsAny(f, tgForward)
}
