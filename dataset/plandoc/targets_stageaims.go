package plandoc

import "regexp"

// stageMakesAim reports whether a stage ("Năm 2026, …", "Giai đoạn 2026 -
// 2027, …") or a list lead-in (list > 0) that stands over a value makes it
// an aim, as a targets heading would. A lead-in always does; so does a
// stage in a text with a plan year or a date of its own (year, issued),
// against which a stage before it is already read as a result. In prose of
// a text with neither (a report, a press item) a stage does not: such a
// text gives its results under a year ("Năm 2021, Sóc Trăng … xếp thứ
// 9/63", "… đạt 86.45%, tăng 13,2% so với năm 2020") as a plan gives its
// stages, and only an aim word of the value's own ("phấn đấu", "mục tiêu",
// "đến năm", "top", …) tells them apart.
func stageMakesAim(role string, list, year, issued int) bool {
	return list > 0 || year > 0 || issued > 0 || role != roleProse
}

// tgPlanStageRe matches, folded, a line that opens a stage with the plan a
// report quotes: "Theo quy hoạch, đến năm 2030, …", "Theo kế hoạch, đến
// năm 2025, …", "Theo Đề án, giai đoạn 2026 - 2030, …".
var tgPlanStageRe = regexp.MustCompile(`^\s*theo (?:quy hoach|ke hoach|chuong trinh|de an|nghi quyet)[^,.;:]{0,80}, (?:den (?:het )?nam|giai doan) `)

// planStage reports whether the stage of year y that line i stands in
// (stageYears) was opened by a line that quotes a plan (tgPlanStageRe):
// in a press item, what the stage then says is the plan's aims, as a
// targets heading would make it.
func planStage(p *page, i, y int) bool {
	for j := i; j >= 0; j-- {
		if stageOpened(p.lines[j], p.fold[j]) == y {
			return tgPlanStageRe.MatchString(p.fold[j])
		}
	}
	return false
}
