package plandoc

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
