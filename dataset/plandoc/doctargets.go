package plandoc

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// Targets outside the targets section.
//
// Every sentence of the document is a candidate; where it stands decides
// its role (see lineRoles). Objectives state targets as targets do; a task,
// an annex or plain prose states one only with a word that makes it one
// ("phấn đấu", "tối thiểu", "đạt", "bảo đảm", a sign, "100%"); results of
// past years and assessments are left out, as are statements that restate
// a target already read.

// tgCues are the folded words that make a value outside the targets and
// objectives sections a target.
var tgCues = []string{"phan dau", "dam bao", "bao dam", "toi thieu", "it nhat", "tro len", "khong qua",
	"khong vuot", "toi da", "khong duoi", "khong thap hon", " duoi ", "dat", "muc tieu", "chi tieu", "top ", "nhom", "giam", "tang",
	"hoan thanh", "huong toi", "huong den", "duy tri", "nang", "cat giam", "rut ngan", ">", "<",
	string(rune(foldGE)), string(rune(foldLE))}

// tgForward are the folded words that make a statement in prose (a
// report, a press article) speak of the future: a value with none of them
// in its sentence is a fact, not a target. A cut approved ("phê duyệt
// giảm thời gian … xuống còn 4,5 ngày") is one to be made; what a place
// orients to ("tỉnh định hướng chỉ số ICT Index thuộc nhóm 10 …"), an aim.
var tgForward = []string{"phan dau", "muc tieu", "chi tieu", "dat ra", "de ra", "den nam", "den het nam",
	"bao dam", "dam bao", "toi thieu", "it nhat", "tro len", "khong qua", "khong vuot", "toi da",
	"khong duoi", "khong thap hon", "top ", "huong toi", "huong den", "can dat", "phai dat", "ke hoach", "se ", "yeu cau", "du kien",
	"phe duyet giam", "phe duyet cat giam", "dinh huong "}

// headlineResult reports whether line i is a press item's headline that
// reports a figure reached ("Tỷ lệ hồ sơ … của cả nước đạt 39,5%"): no
// word of an aim (tgForward) and no year ahead in it.
func headlineResult(p *page, i int) bool {
	if i < 0 || i >= len(p.lines) || !headline(p, i) {
		return false
	}
	f := " " + p.fold[i] + " "
	return strings.Contains(f, " dat ") && !containsAny(f, tgForward) && !strings.Contains(f, " nam 20")
}

// tgPast are folded words that make a statement a result already reached,
// not a target.
var tgPast = []string{"dat duoc", "ket qua dat", "ket qua thuc hien", "ket qua cho thay", "ket qua xep hang",
	"ket qua danh gia", "ket qua khao sat", "ket qua nam", "dat ket qua", "gom cac", "xep thu", "hien nay", "hien co", "vua qua",
	"nam qua", "dao dong", "so voi cung ky", "ghi nhan", "duoc chia", "tren bang xep hang", "cuoi bang xep hang", "cong bo ket qua", "khong dat muc tieu", "khong dat chi tieu",
	" tu dau nam den ", " uoc dat ", " uoc tinh ", " uoc thuc hien ", " uoc ty le ", "toan tinh co", "toan thanh pho co", " lan dau tien "}

// tgPastClause are folded words that report a result in their own
// clause ("… còn thấp, vì vậy năm 2026 phấn đấu …", "… mới đạt 45%"); a
// plan also uses them in a target's noun ("giảm tỷ lệ hồ sơ chưa đạt yêu
// cầu xuống dưới 2%"), so they count only as pastByMarker says.
var tgPastClause = []string{"moi dat", "moi chi dat", "chi moi dat", "chua dat", "con thap"}

// tgPastProse are folded words that make a sentence of prose report
// results from where they stand: "Theo kết quả do Bộ Nội vụ công bố …,
// năm 2024: …", "Tuy nhiên, theo báo cáo của Bộ …, … mới đạt …".
var tgPastProse = []string{"theo ket qua", "theo bao cao"}

// tgMarkerForward are the folded words that, after a past marker, turn a
// sentence to what is to be done: "… còn thấp, vì vậy năm 2026 phấn đấu
// đạt tối thiểu 50%", "Theo báo cáo …, tỉnh đặt mục tiêu …".
var tgMarkerForward = []string{"phan dau", "muc tieu", "den nam", "den het nam", " phai ", "bao dam", "dam bao",
	"huong toi", "huong den", "dat ra", "de ra", "can dat", "du kien", " se "}

// pastByMarker reports whether a past marker of markers makes the value
// at byte offset at of the folded sentence f (one byte a rune) a result.
// With no forward word in the sentence, any marker does. Otherwise only a
// marker before the value counts, and not when a forward word stands
// between them; a marker of its own clause (clause) counts only in the
// value's clause, and not when a forward word opens that clause ("tỉnh
// phấn đấu giảm tỷ lệ hồ sơ chưa đạt yêu cầu xuống dưới 2%").
func pastByMarker(f string, at int, markers []string, clause bool) bool {
	at = min(max(at, 0), len(f))
	found := false
	for _, w := range markers {
		if strings.Contains(f, w) {
			found = true
			break
		}
	}
	if !found {
		return false
	}
	if !containsAny(f, tgMarkerForward) {
		return true
	}
	from := 0
	if clause {
		from = strings.LastIndexAny(f[:at], ",;:") + 1
	}
	for _, w := range markers {
		m := strings.LastIndex(f[from:at], w)
		if m < 0 {
			continue
		}
		m += from
		if clause && containsAny(f[from:m], tgMarkerForward) {
			continue
		}
		if !containsAny(f[m+len(w):at], tgMarkerForward) {
			return true
		}
	}
	return false
}

// tgSuperlatives are folded phrases that make "ít nhất" a superlative of
// a result ("nơi giảm ít nhất là 0,21%"), not a comparator.
var tgSuperlatives = strings.NewReplacer("it nhat la", "", "nhieu nhat la", "", "cao nhat la", "",
	"thap nhat la", "", "manh nhat la", "")

// tgAimReached are folded phrases holding "đạt được" that speak of an
// aim to reach, not of a result: "để đạt được mục tiêu tăng trưởng 8%",
// "nhằm đạt được …", "… cần đạt được là 51%"; "xếp thứ hạng cao",
// which names the group an aim enters ("nhóm 30 tỉnh, thành phố xếp thứ
// hạng cao"), not a place reported; and a place to keep ("giữ nguyên vị
// trí xếp thứ 5"), whose "xếp thứ" reports nothing.
var tgAimReached = strings.NewReplacer("de dat duoc", "de dat", "nham dat duoc", "nham dat",
	"dat duoc muc tieu", "dat muc tieu", "dat duoc chi tieu", "dat chi tieu", "can dat duoc", "can dat",
	"phai dat duoc", "phai dat", "xep thu hang cao", "thu hang cao", "giu nguyen vi tri xep thu", "giu nguyen vi tri thu",
	"giu vung vi tri xep thu", "giu vung vi tri thu", "duy tri vi tri xep thu", "duy tri vi tri thu")

// tgNotForward are folded phrases holding a forward word that do not
// speak of the future: "hoàn thành 3/3 tiêu chí theo yêu cầu" is a result
// reached as required; "chỉ tiêu biên chế" names posts of the staff
// establishment ("đã giảm 203 chỉ tiêu biên chế"), no aim.
var tgNotForward = strings.NewReplacer("theo yeu cau", "", "chi tieu bien che", "")

// tgAssessed are folded phrases holding a forward word that assess what
// was done against a standard ("chưa đạt yêu cầu", "chưa đảm bảo chất
// lượng", "đáp ứng yêu cầu"): a report's findings, no requirement. Each is
// blanked to as many spaces, so offsets in the text keep.
var tgAssessed = blankReplacer("chua dat yeu cau", "chua dap ung yeu cau", "dap ung yeu cau", "dat yeu cau",
	"chua dam bao", "chua bao dam", "khong dam bao", "khong bao dam")

// tgEffects are folded phrases of "sẽ" and a verb of effect that, after
// a value, say what the value will bring about ("Trị giá trên 16% trong
// GDP sẽ khẳng định vai trò …"): the value is the subject of a prediction
// about its effect, and this "sẽ" states no target.
var tgEffects = []string{" se khang dinh ", " se gop phan ", " se giup ", " se tao ", " se mo ra ", " se dong gop ",
	" se the hien ", " se thuc day "}

// blankReplacer returns a replacer that turns each of words into as many
// spaces.
func blankReplacer(words ...string) *strings.Replacer {
	var pairs []string
	for _, w := range words {
		pairs = append(pairs, w, strings.Repeat(" ", len(w)))
	}
	return strings.NewReplacer(pairs...)
}

// pastMarked reports whether the value at rune offset pos of text is
// marked as reached by "đã" ("đã đạt", "đã hoàn thành") in its sentence:
// after the last forward word before it ("phấn đấu", "mục tiêu", …) and
// before the end of its clause. "Tỉnh đã phát động thi đua …, phấn đấu
// năm 2025 … đạt từ 8% trở lên" states a target: its "đã" speaks of the
// movement, before the aim.
func pastMarked(text []rune, pos int) bool {
	from, to := sentenceBounds(text, pos)
	pos = min(max(pos, from), to)
	lower := []rune(strings.ToLower(string(text[from:to])))
	if len(lower) != to-from {
		return saysDone(string(lower))
	}
	folded := foldKeep(string(text[from:pos]))
	start := 0
	for _, w := range tgForward {
		if i := strings.LastIndex(folded, w); i >= 0 {
			if w == "top " && strings.TrimSpace(folded[i+len(w):]) == "" {
				continue // "đã có sự trở lại … trong tốp 5": the rank word of the value itself, no aim
			}
			if slices.Contains(tgAimComparators, w) && strings.TrimSpace(folded[i+len(w):]) == "" ||
				slices.Contains(tgAimHeads, w) && valueRightAfterAim(folded[i+len(w):]) {
				// "giảm tối thiểu 20% thông tin … dữ liệu đã được số
				// hóa", "Mục tiêu đến năm 2025, 80% các hệ thống … đã đưa
				// vào vận hành": after an aim's comparator, or right after
				// the aim and its year, "đã" only qualifies the noun
				// counted.
				return false
			}
			start = max(start, utf8.RuneCountInString(folded[:i])+utf8.RuneCountInString(w))
		}
	}
	end := len(lower)
	purpose := purposeOpening(text[from:pos], folded)
	for i := pos - from; i < len(lower); i++ {
		if lower[i] == ';' || purpose && lower[i] == ',' {
			end = i
			break
		}
	}
	return start <= end && saysDone(string(lower[start:end]))
}

// tgPurposeOpenings are the folded words that open a sentence with its
// aim, before the clause that says what was done for it ("Với mục tiêu
// năm 2024 đạt vị trí 20 - 25 …, Nghệ An đã ra Công văn …").
var tgPurposeOpenings = []string{"voi muc tieu ", "de dat muc tieu ", "de dat duoc muc tieu ", "nham dat muc tieu ", "huong toi muc tieu "}

// purposeOpening reports whether the text of a sentence before a value
// opens with its aim (tgPurposeOpenings), at the sentence's start or
// with a capital after a headline that runs on into it without a stop
// ("… cấp tỉnh" / "Với mục tiêu năm 2024 …"): the "đã" of the clause
// after the aim's comma speaks of what was done for it, not of the aim.
// folded is foldKeep of before (one rune a rune).
func purposeOpening(before []rune, folded string) bool {
	lead := len(folded) - len(strings.TrimLeft(folded, " *_-"))
	for _, w := range tgPurposeOpenings {
		for at := 0; ; {
			i := strings.Index(folded[at:], w)
			if i < 0 {
				break
			}
			i += at
			k := utf8.RuneCountInString(folded[:i])
			if i == lead || k < len(before) && unicode.IsUpper(before[k]) {
				return true
			}
			at = i + len(w)
		}
	}
	return false
}

// tgBeforeAfter are the folded phrases of the calculation that goes with
// a plan to simplify a procedure: its cost or time before and after the
// change.
var tgBeforeAfter = []string{"truoc khi don gian hoa", "sau khi don gian hoa"}

// savingsReach is how many lines above a value a line of its calculation
// may stand.
const savingsReach = 8

// inSavingsCalculation reports whether line i stands in the calculation of
// what a simplification saves ("Chi phí tuân thủ TTHC trước khi đơn giản
// hóa: 18.509.608 đồng/năm. … sau khi đơn giản hóa: 0 đồng/năm. … Tỷ lệ
// cắt giảm chi phí: 100%."): a line of savingsReach lines above it, not
// the line itself, gives a figure before or after the change. Its figures
// are the effect worked out for an approved change, not aims.
func inSavingsCalculation(p *page, i int) bool {
	for j := i - 1; j >= 0 && j >= i-savingsReach; j-- {
		if containsAny(p.fold[j], tgBeforeAfter) || containsAny(p.fold[j]+" "+p.fold[j+1], tgBeforeAfter) {
			return true // "… trước" / "khi đơn giản hóa: …": the words broken over two lines
		}
	}
	return false
}

// tgPartOpeners are the folded words that open a sentence breaking down
// the whole the sentence before it states.
var tgPartOpeners = []string{"trong do", "trong so do"}

// partOfReported reports whether the sentence of text starting at rune
// offset from breaks down ("Trong đó, có 28 trạm 5G …") a whole that the
// sentence before it reports as reached or present (a tgPast marker:
// "Hiện nay, tổng số trạm … là 87 trạm."; or "đã đạt"): the part is no
// more an aim than the whole.
func partOfReported(text []rune, from int) bool {
	if from <= 0 || from > len(text) {
		return false
	}
	head := strings.TrimLeft(asciiFold(text[from:min(len(text), from+20)]), " *_-+")
	opens := false
	for _, w := range tgPartOpeners {
		if strings.HasPrefix(head, w) && (len(head) == len(w) || !isASCIILetter(head[len(w)])) {
			opens = true
		}
	}
	if !opens {
		return false
	}
	pf, pt := sentenceBounds(text, from-1)
	prev := text[pf:min(pt, from)]
	f := " " + asciiFold(prev) + " "
	if containsAny(f, tgMarkerForward) {
		return false
	}
	for _, w := range tgPast {
		if containsPast(f, w) {
			return true
		}
	}
	return saysDone(strings.ToLower(string(prev)))
}

// docCandidate is a target docCandidates read, with the key of the cell
// (item) it stands in and the object it speaks of.
type docCandidate struct {
	t      dataset.Target
	object string // objectKey
	cell   string // cellKey of the item's text
	list   int    // the list a lead-in introduces that it stands in (leadInLists), 0: none
}

// aimWindows returns, of the runs of a plan with a targets section, the
// stretches of lines of its objectives and tasks around the lines that
// may state an aim (mayStateAim), each from the start of the item such a line
// stands in to the start of the next, and those lines: the rest of the
// body (dates, document numbers and deadlines, which most of its numbers
// are) is not read.
func aimWindows(p *page, runs []roleRun) ([]roleRun, []bool) {
	aims := make([]bool, len(p.lines))
	var out []roleRun
	for _, run := range runs {
		if run.role != roleObjectives && run.role != roleTask {
			continue // the annex is compared with the section instead (conflictFindings); prose beside a section reports
		}
		for i := run.from; i < run.to; i++ {
			if !mayStateAim(p, i) {
				continue
			}
			aims[i] = true
			from, to := i, i+1
			for from > run.from && i-from < aimWindowLines && !opensItemAt(p, from) {
				from--
			}
			for to < run.to && to-i < aimWindowLines && !opensItemAt(p, to) {
				to++
			}
			if n := len(out); n > 0 && out[n-1].role == run.role && out[n-1].to >= from {
				out[n-1].to = max(out[n-1].to, to)
			} else {
				out = append(out, roleRun{from: from, to: to, role: run.role})
			}
		}
	}
	return out, aims
}

// aimWindowLines bounds how far aimWindows looks for the start of an item.
const aimWindowLines = 12

// opensItemAt reports whether line i starts an item: it is blank, a
// heading, or opens with a number, a letter or a bullet.
func opensItemAt(p *page, i int) bool {
	line := strings.TrimSpace(p.lines[i])
	if line == "" || startsItem(strings.TrimLeft(line, "*_ ")) {
		return true
	}
	level, _ := p.headingAt(i)
	return level > 0
}

// mayStateAim reports whether line i may state an aim beside a targets
// section: a share or a count with its unit (mayHoldValue), or a rank
// ("nằm trong nhóm 20 tỉnh dẫn đầu", "top 10", "xếp thứ 5").
func mayStateAim(p *page, i int) bool {
	if !strings.ContainsAny(p.lines[i], "0123456789") {
		return false
	}
	return mayHoldValue(p.lines[i]) || containsAny(p.fold[i], []string{"top ", "nhom ", "xep thu", "xep hang", "vi tri", "thu hang", "bac "})
}

// keepDocTargets returns the targets outside the targets section, each
// with its role, and the findings about them. It leaves out the
// candidates that stand in a task's time or budget cell (notTargets: a
// count in "Thường xuyên, 6 tháng đầu năm ít nhất có 02 tin, bài" says
// when and how often a task is done, and a table laid out one cell per
// line does not otherwise tell its cells apart from prose), and those
// that repeat one another — a statement repeated with another value than
// the first is left out with a finding — or one of the targets section's
// (known; left to conflictFindings). A parse reads the candidates while
// its tasks are still being read and keeps them once the tasks are known.
func keepDocTargets(cands []docCandidate, notTargets map[string]bool, known []dataset.Target) ([]dataset.Target, []dataset.Finding) {
	var found []dataset.Target
	var objects []string
	var lists []int
	for _, c := range cands {
		if notTargets[c.cell] {
			continue // a task's time or budget cell
		}
		found = append(found, c.t)
		objects = append(objects, c.object)
		lists = append(lists, c.list)
	}
	return dedupeObjects(found, objects, lists, known)
}

// docCandidates reads the targets that stand outside the targets section
// from every item with a number, whatever cell it stands in; the annex
// only when withAnnex (a plan with a targets section compares its annex
// with it instead, conflictFindings). firstAim is the first year whose
// values are aims (firstAimYear), issued the year the document was
// issued (0 when unknown): a plan to 2025 issued in 2023 may require a
// value for 2023. stages are the lines' stageYears when the caller has
// them (nil: read here).
func docCandidates(p *page, roles []string, year, firstAim, issued int, cat MetricMatcher, withAnnex bool, stages []int) []docCandidate {
	var cands []docCandidate
	runs := roleRuns(p, roles)
	var aims []bool // beside a targets section: the lines that may state an aim
	if !withAnnex {
		if runs, aims = aimWindows(p, runs); len(runs) == 0 {
			return nil
		}
	}
	if stages == nil {
		stages = stageYears(p, year, issued)
	}
	var annexes []annexYear // the annexes' years, read when the annex is
	if withAnnex {
		annexes = annexYears(p)
	}
	used := make([]bool, len(p.lines)) // table rows, read cell by cell
	listed, listYears := leadInLists(p)
	results := resultLists(p)
	requested := requestedLines(p, roles)
	var headYears []int
	for _, run := range runs {
		aimsEnd := -1           // the last line of the paragraph before that stated aims
		var prevAims statedAims // what that paragraph states
		lastPos := 0            // where the value of the last candidate stands in its item
		for _, it := range docItems(p, run.from, run.to, used) {
			if !slices.ContainsFunc(it.text, unicode.IsDigit) {
				continue // no number, no target
			}
			continued := aimsEnd >= 0 && run.role == roleProse && aimsGoOnAfter(p, aimsEnd, it.lines[0])
			inherited := 0 // the year taken from the paragraph before
			found := len(cands)
			if aims != nil && !slices.ContainsFunc(it.lines, func(l int) bool { return aims[l] }) {
				continue // beside a targets section, only a share, a count or a rank is read
			}
			if results != nil && results[it.lines[0]] {
				continue // "Theo kết quả xác định Chỉ số …:" / "- Sở Tư pháp … đứng top 03 …": results reported
			}
			if explainsChange(asciiFold(it.text)) {
				continue // "Lý do: Thời gian giải quyết … là 07 ngày": why, not what to reach
			}
			if procedureStep(it.text) {
				continue // "Bước 1. Công dân nộp hồ sơ trực tuyến … 100% …": how a procedure runs
			}

			cell := "" // the item's cellKey, made for its first candidate
			def, pastBefore, staged := year, firstAim, false
			var ax annexYear
			if annexes != nil {
				ax = annexes[it.lines[0]]
			}
			if run.role == roleAnnex && ax.year > 0 {
				def = ax.year // the annex title's year ("… CHỈ TIÊU … ĐẾN NĂM 2030") wins
			}
			if y := stages[it.lines[0]]; y > 0 {
				// A stage of the plan ("Năm 2026, …", "Giai đoạn 2026 -
				// 2027, …") sets the years of its paragraphs and speaks of
				// what is to be done; a year before the plan's is a result
				// ("Năm 2025, tỷ lệ … đạt 97%." in a plan for 2026) unless
				// the sentence requires it.
				def, staged = y, !pastStage(y, year, issued)
				if staged {
					pastBefore = 0
				}
			} else if run.role == roleObjectives {
				// The year of the heading of a list of aims or
				// indicators ("Dự báo các chỉ tiêu … đến năm 2026") is
				// the year of its values, unless it is past.
				if headYears == nil {
					headYears = headingYears(p)
				}
				if y := headYears[it.lines[0]]; y > 0 && !pastStage(y, year, issued) {
					def, pastBefore = y, y
				}
			}
			if continued && (def == 0 || def == year && stages[it.lines[0]] == 0 && ax.year == 0) {
				// "Mục tiêu đến năm 2025, 80% …" / "100% chế độ báo cáo …":
				// a paragraph that goes on with the aims of the one before,
				// without a year of its own, is of that one's year, rather
				// than of the plan's ("… trong giai đoạn 2026 - 2027, Bộ
				// phấn đấu 100% …" / "Tỷ lệ … hài lòng … kỳ vọng đạt mức
				// 90%" in a plan to 2030).
				if y := prevAims.yearFor(it.text); def == 0 || y > 0 && y < def {
					def, inherited = y, y // a stage inside the plan's period, not an aim beyond it ("góp phần đến năm 2025 …" in a plan for 2022)
				}
			}
			if def == 0 && (run.role == roleTask || run.role == roleProse) {
				// "… bảo đảm cắt giảm ít nhất 20% số quy định … Hoàn thành
				// trước ngày 30/9/2023.": an aim of a duty with only its
				// deadline for a year is for the deadline's year.
				def = deadlineYear(string(it.text))
			}
			list := 0
			if listed != nil {
				list = listed[it.lines[0]]
			}
			if list > 0 {
				// An item of a list of targets a line introduces
				// ("Mục tiêu … đến năm 2025:"): a target as in an
				// objectives section, of the lead-in's year unless a
				// stage says another.
				if y := listYears[it.lines[0]]; y > 0 && stages[it.lines[0]] == 0 && !pastStage(y, year, issued) {
					def, pastBefore = y, 0
				}
				staged = true
			}
			accepted := struct {
				from, to       int
				subject, level string
			}{-1, -1, "", ""} // the sentence, subject and level of the last value taken
			var unmarked []proseFigure // figures of prose left before any value was taken
			for _, c := range valuesIn(it, def, cat) {
				if headlineResult(p, c.t.Source.Line-1) {
					continue // "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của cả nước đạt 39,5%": a press item's news
				}
				lead := leadUpTo(it.text, c.pos)
				if staged && (stageMakesAim(run.role, list, year, issued) || planStage(p, it.lines[0], def)) || continued && c.t.Year > 0 {
					// A stage of the plan, or a paragraph that goes on with
					// the aims of the one before ("… đặt chỉ tiêu … đạt
					// 48,1%." / "Tỷ lệ … bảo hiểm thất nghiệp đạt 37,07%."),
					// of a year: what it says "đạt" is an aim.
					lead = "muc tieu " + lead
				}
				past := pastMarked(it.text, c.pos)
				from, to := sentenceBounds(it.text, c.pos)
				if run.role == roleProse && issued > 0 && opensWithYear(asciiFold(it.text[from:to])) > issued {
					// "… thiếu tính khả thi. Năm 2026, cắt giảm 50% thời gian …"
					// in a letter of 2025: a sentence set in a year after the
					// text's says what is to be reached then.
					lead = "muc tieu " + lead
				}
				if run.role != roleProse {
					past = saysDone(strings.ToLower(c.t.Source.Text))
					if past && c.explicitCmp {
						// "tái sử dụng tối thiểu 50% dữ liệu đã được số hóa": after
						// an aim's comparator, "đã" only qualifies the noun counted.
						past = saysDone(strings.ToLower(string(it.text[from:c.pos])))
					}
				}
				sentence := string(it.text[from:to])
				if !c.explicitCmp && inSavingsCalculation(p, it.lines[0]) {
					continue // "Chi phí tiết kiệm: …; Tỷ lệ cắt giảm chi phí: 100%."
				}
				if partOfReported(it.text, from) {
					continue // "… hiện nay … là 87 trạm. Trong đó, có 28 trạm 5G …"
				}
				before := pastBefore
				if issued > 0 && issued < before && c.t.Year >= issued && statesRequirement(sentence) {
					before = issued // "yêu cầu … trong năm 2023 phải đảm bảo tối thiểu 80%" in a plan to 2025 of 2023
				}
				role := run.role
				if role == roleAnnex && ax.targets {
					role = roleObjectives // every value of an annex of targets is one
				}
				if requested[it.lines[0]] {
					role = roleTask // a duty a request lists, as in a tasks section
				}
				if list > 0 && role == roleProse {
					role = roleObjectives // an item of a list of targets a line introduces
				}
				// "Khi đó, 100% hồ sơ … đối với cấp tỉnh; 90% đối với cấp
				// huyện; 70% đối với cấp xã": a value of the sentence that
				// shares the subject of one taken is as much an aim.
				sameList := from == accepted.from && to == accepted.to &&
					(sharedSubject(c.t.Subject, accepted.subject) || otherLevel(c.t.Level, accepted.level))
				if past || !sameList && !isDocTarget(c, sentence, c.pos-from, lead, role, before) {
					if !past && role == roleProse && len(cands) == found && c.t.Year == 0 {
						unmarked = append(unmarked, proseFigure{c, sentence, c.pos - from, lead, before})
					}
					continue
				}
				accepted.from, accepted.to, accepted.subject, accepted.level = from, to, c.t.Subject, c.t.Level
				t := c.t
				t.Code = it.code
				t.Role = run.role
				if list > 0 && run.role == roleProse {
					t.Role = roleObjectives
				}
				if cell == "" {
					cell = cellKey(string(it.text))
				}
				cands = append(cands, docCandidate{t: t, object: objectKey(it.text, c.end), cell: cell, list: list})
				lastPos = c.pos
			}
			if len(cands) > found && len(unmarked) > 0 {
				cands = slices.Insert(cands, found, figuresBeforeAim(unmarked, cands[found].t.Year, issued, it.code)...)
			}
			aimsEnd = -1
			if len(cands) > found {
				aimsEnd = it.lines[len(it.lines)-1]
				prevAims = newStatedAims(it.text, lastPos, cands[found:], inherited)
			}
		}
	}
	return withoutNamedSets(p, cands)
}

// proseFigure is a value of a paragraph of prose not taken as an aim
// when it was read, with what isDocTarget was asked of it.
type proseFigure struct {
	c        cand
	sentence string
	at       int
	lead     string
	before   int
}

// figuresBeforeAim returns, as aims of year, the figures of a paragraph
// of prose that stand before its first aim, of that year, when the year is
// after the text's (issued; 0 unknown): "Tốc độ tăng trưởng … bình quân
// đạt 10%. Quy mô GRDP … 589.730 tỷ đồng. GRDP bình quân đầu người đến
// năm 2030 là 169,46 triệu đồng." states the term's figures, the year
// set once. A figure that names no year was kept (proseFigure); one a
// result's words mark stays out, as isDocTarget says of it as an aim.
func figuresBeforeAim(figs []proseFigure, year, issued int, code string) []docCandidate {
	if year == 0 || year <= issued {
		return nil
	}
	var out []docCandidate
	for _, fg := range figs {
		if !isDocTarget(fg.c, fg.sentence, fg.at, "muc tieu "+fg.lead, roleProse, fg.before) {
			continue
		}
		t := fg.c.t
		t.Year, t.Code, t.Role = year, code, roleProse
		out = append(out, docCandidate{t: t, object: objectKey([]rune(fg.sentence), min(len([]rune(fg.sentence)), fg.at)), cell: cellKey(fg.sentence)})
	}
	return out
}

// statedAims is what a paragraph of aims states: the year of its last
// aim when the clause of that aim writes it ("Mục tiêu đến năm 2025, 80%
// …", not "… các mục tiêu … đến năm 2025 đề ra tại nghị quyết …; duy trì
// chỉ số DTI nằm trong top 10 …") or the words that set the aims before
// it do ("… tỉnh đã đề ra mục tiêu đến năm 2025, … Theo đó, 90% …"); 0
// otherwise), and the first words of its aims' subjects and its text,
// folded.
type statedAims struct {
	year  int
	heads []string
	fold  string
}

// newStatedAims is the statedAims of a paragraph (text) and its aims,
// the last of which has its value at rune offset pos; inherited is the
// year the paragraph took from the one before (0: none), which goes on
// to the next as well ("… đến năm 2025, … 90% …" / "Bên cạnh đó, phấn
// đấu 100% …" / "… ít nhất 70% …").
func newStatedAims(text []rune, pos int, aims []docCandidate, inherited int) statedAims {
	y := aims[len(aims)-1].t.Year
	if y == 0 {
		return statedAims{}
	}
	from, to := sentenceBounds(text, pos)
	clause := string(text[from:to])
	at := len(string(text[from:min(max(pos, from), to)])) // the value's byte offset in the sentence
	if k := strings.LastIndexByte(clause[:at], ';'); k >= 0 {
		clause, at = clause[k+1:], at-k-1
	}
	if k := strings.IndexByte(clause[at:], ';'); k >= 0 {
		clause = clause[:at+k]
	}
	if y != inherited && !strings.Contains(clause, strconv.Itoa(y)) && aimsYearBefore(asciiFold(text[:min(max(pos, 0), len(text))])) != y &&
		!periodBefore(text[:min(max(pos, 0), len(text))], y) {
		return statedAims{}
	}
	a := statedAims{year: y, fold: foldedWords(text)}
	for _, c := range aims {
		if head := wordsOf(asciiFold([]rune(c.t.Subject)), 4); strings.Count(head, " ") == 3 {
			a.heads = append(a.heads, head)
		}
	}
	return a
}

// periodBefore reports whether the text before an aim names the period
// that ends in the aim's year y ("Kế hoạch … giai đoạn 2018-2020. Theo
// đó, các chỉ tiêu hàng năm …"): the year the paragraph sets its aims in.
func periodBefore(text []rune, y int) bool {
	for _, m := range tgPeriodRe.FindAllStringSubmatch(asciiFold(text), -1) {
		if m[1] == strconv.Itoa(y) {
			return true
		}
	}
	return false
}

// tgPeriodRe matches, folded, a period of years: "giai đoạn 2018-2020",
// "giai đoạn 2021 - 2025"; its last year is the submatch.
var tgPeriodRe = regexp.MustCompile(`\bgiai doan (?:19|20)[0-9]{2}\s*[-–]\s*((?:19|20)[0-9]{2})\b`)

// tgAimsYearRe matches, folded, the words that set the year of the aims
// after them: "đã đề ra mục tiêu đến năm 2025", "phấn đấu đến hết năm
// 2025", "chỉ tiêu trong năm 2026"; tgAimsCitedRe the words after that
// year that make the aims another document's ("… đến năm 2025 đề ra tại
// Nghị quyết …").
var (
	tgAimsYearRe  = regexp.MustCompile(`\b(?:muc tieu|phan dau|chi tieu)(?: [a-z]+){0,3}? (?:den|trong|vao) (?:het |cuoi )?nam ((?:19|20)[0-9]{2})\b`)
	tgAimsCitedRe = regexp.MustCompile(`^\s*(?:(?:da )?de ra |duoc giao )?(?:tai|theo|cua) `)
)

// aimsYearBefore returns the year the last aims' words in folded f set
// for the aims after them (tgAimsYearRe), unless another document's
// aims (tgAimsCitedRe); 0 when none.
func aimsYearBefore(f string) int {
	ms := tgAimsYearRe.FindAllStringSubmatchIndex(f, -1)
	if ms == nil {
		return 0
	}
	m := ms[len(ms)-1]
	if tgAimsCitedRe.MatchString(f[m[1]:]) {
		return 0
	}
	y, _ := strconv.Atoi(f[m[2]:m[3]])
	return y
}

// yearFor returns the year a paragraph that goes on with these aims and
// has no year of its own (text) takes from them ("Mục tiêu đến năm 2025,
// 80% …" / "100% chế độ báo cáo … 90% hồ sơ công việc cấp tỉnh …"): 0
// when it states one of them again (a later stage: "… tỷ trọng thương
// mại điện tử … đạt 7% trở lên" / "Tỷ trọng thương mại điện tử … đạt 10%
// trở lên", of a year the text does not give): a subject of theirs
// stands in it, or its first four words stand in theirs.
func (a statedAims) yearFor(text []rune) int {
	if a.year == 0 {
		return 0
	}
	f := foldedWords(text)
	for _, h := range a.heads {
		if strings.Contains(f, h) {
			return 0
		}
	}
	if opening := wordsOf(letterWords(f), 4); strings.Count(opening, " ") == 3 && strings.Contains(a.fold, opening) {
		return 0
	}
	return a.year
}

// foldedWords is a text folded, its words (wordsOf) single spaced without
// punctuation.
func foldedWords(text []rune) string {
	return wordsOf(asciiFold(text), len(text))
}

// letterWords returns the words of f made of letters only: numbers and
// values left out.
func letterWords(f string) string {
	return strings.Join(slices.DeleteFunc(strings.Fields(f), func(w string) bool { return !isASCIIWord(w) }), " ")
}

// aimsGoOnAfter reports whether the aims of line a may go on at line b:
// only blank lines stand between them, or one paragraph without a figure
// ("Xây dựng kho dữ liệu dùng chung …" between two paragraphs of aims).
func aimsGoOnAfter(p *page, a, b int) bool {
	paragraphs := 0
	for i := a + 1; i < b; i++ {
		l := strings.Trim(p.lines[i], " \t|")
		if l == "" {
			continue
		}
		if paragraphs++; paragraphs > 1 || strings.ContainsAny(l, "0123456789") {
			return false
		}
	}
	return a < b
}

// blankBetween reports whether only blank lines stand between lines a
// and b (a before b); a line of bars alone ("|", what is left of a
// photo's frame in a press item) is blank.
func blankBetween(p *page, a, b int) bool {
	for i := a + 1; i < b; i++ {
		if strings.Trim(p.lines[i], " \t|") != "" {
			return false
		}
	}
	return a < b
}

// tgNamedSetTimes is how many times a text must name a count with its noun
// ("02 công trình dự án") for the count to be the set the text speaks of.
const tgNamedSetTimes = 4

// otherLevel reports whether a value is set for another level than the
// value taken before it in its sentence, both naming one ("100% cấp tỉnh,
// 80% cấp huyện thực hiện họp …"): the same aim told of another level.
func otherLevel(level, before string) bool {
	return level != "" && before != "" && level != before
}

// sharedSubject reports whether two values' subjects are one subject
// told of other levels or bodies ("hồ sơ … đối với cấp tỉnh", "hồ sơ …
// đối với cấp huyện"): they share all but their last words, and at
// least sharedSubjectRunes runes.
func sharedSubject(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	n := 0
	for n < len(ra) && n < len(rb) && ra[n] == rb[n] {
		n++
	}
	return n >= sharedSubjectRunes && n >= min(len(ra), len(rb))-sharedSubjectTail
}

// sharedSubjectRunes and sharedSubjectTail bound sharedSubject: the runes
// two subjects must share, and the most runes either may end with
// besides.
const (
	sharedSubjectRunes = 15
	sharedSubjectTail  = 15
)

// withoutNamedSets returns the candidates without the small counts that
// name the set a text speaks of rather than an aim: a notice on two
// hospitals' building sites says "02 công trình dự án", "02 bệnh viện"
// line after line ("hoàn thành 02 công trình dự án" is those two, not two
// more). A count whose number and the two words after it stand in the
// text tgNamedSetTimes times or more (lines repeated word for word
// counted once) is such a name.
func withoutNamedSets(p *page, cands []docCandidate) []docCandidate {
	var text string // the folded lines joined, made at the first count
	out := cands[:0:0]
	for _, c := range cands {
		t := c.t
		if t.Unit == "count" && t.Value >= 2 && t.Value <= 20 && t.Value == math.Trunc(t.Value) && t.Source.Line > 0 && t.Source.Line <= len(p.fold) &&
			timesWritten(p.fold, strconv.Itoa(int(t.Value))) >= tgNamedSetTimes {
			if text == "" {
				text = joinFields(strings.Join(distinctLines(p.fold), " "))
			}
			if namesSet(text, joinFields(strings.Join(p.fold[t.Source.Line-1:min(len(p.fold), t.Source.Line+1)], " ")), int(t.Value)) {
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// timesWritten counts the lines' occurrences of the number num as a word
// of its own ("2", "02"), at most tgNamedSetTimes: a quick bound before
// the text is joined.
func timesWritten(lines []string, num string) int {
	plain, padded := " "+num+" ", " 0"+num+" "
	n := 0
	for _, l := range lines {
		if n += strings.Count(l, plain) + strings.Count(l, padded); n >= tgNamedSetTimes {
			break
		}
	}
	return n
}

// distinctLines returns the lines without those that repeat an earlier
// one (a page's headline printed again and again): long lines whose first
// 60 letters, past their marks, are an earlier line's.
func distinctLines(lines []string) []string {
	seen := make(map[string]bool, len(lines))
	out := make([]string, 0, len(lines))
	for _, l := range lines {
		// Copies differ in their marks and where the page cut them: the
		// words of a line's opening tell them apart.
		k := strings.TrimLeft(l, " #*_-+>|")
		k = firstRunes(k, 60)
		if len(k) < 60 || !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	return out
}

// namesSet reports whether a count n of the folded line, with the two
// words after it, stands in the folded text tgNamedSetTimes times or more.
func namesSet(text, line string, n int) bool {
	num := strconv.Itoa(n)
	for i := 0; i < len(line); {
		j := strings.Index(line[i:], num)
		if j < 0 {
			break
		}
		at, end := i+j, i+j+len(num)
		i = end
		for at > 0 && line[at-1] == '0' {
			at-- // "02"
		}
		if at > 0 && (isDigit(line[at-1]) || strings.IndexByte(".,/", line[at-1]) >= 0) || end < len(line) && line[end] != ' ' {
			continue // part of another number
		}
		words := strings.Fields(line[end:min(len(line), end+40)])
		if len(words) < 2 {
			continue
		}
		words[1] = strings.TrimRight(words[1], ",.;:)")
		if !isASCIIWord(words[0]) || !isASCIIWord(words[1]) {
			continue
		}
		phrase := " " + words[0] + " " + words[1]
		if strings.Count(text, " 0"+num+phrase)+strings.Count(text, " "+num+phrase) >= tgNamedSetTimes {
			return true
		}
	}
	return false
}

// isASCIIWord reports whether w is made of ASCII letters only (a folded
// word, no figure or mark).
func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isASCIILetter(w[i]) {
			return false
		}
	}
	return w != ""
}

// firstAimYear returns the first year whose values a plan states as
// aims rather than results: its year, for a plan of one year; for a plan
// of a period ("từ nay đến năm 2030", its targets of the period's last
// year), the year it was issued, whose later stages ("đến năm 2025, … trong
// nhóm 15 …") are aims as well; 0 when neither is known.
func firstAimYear(m dataset.Plan) int {
	if m.Year != 0 {
		return m.Year
	}
	return issueYear(m)
}

// pastUpTo returns the last year whose stages a plan states as past
// results (pastStage): the year it was issued (issueYear), or the year
// before when its title's period starts in the year of issue (a decision
// of March 2022 "giai đoạn 2022-2025" sets "Năm 2022: 94 xã" as an aim of
// its first year, where a plan for 2026 of December 2025 reports "Năm
// 2025, … đạt 97%" as done).
func pastUpTo(m dataset.Plan) int {
	issued := issueYear(m)
	if sm := tgTitleSpanRe.FindStringSubmatch(foldKeep(m.Title)); sm != nil && issued > 0 && sm[1] == strconv.Itoa(issued) {
		return issued - 1
	}
	return issued
}

// tgTitleSpanRe matches the period a title names: "giai đoạn 2022-2025",
// "2026 - 2030".
var tgTitleSpanRe = regexp.MustCompile(`\b((?:19|20)[0-9]{2}) ?[-–] ?(?:19|20)[0-9]{2}\b`)

// issueYear returns the year of a plan's date ("2023-11-14"), 0 when it
// has none.
func issueYear(m dataset.Plan) int {
	if len(m.Date) < 4 {
		return 0
	}
	y, err := strconv.Atoi(m.Date[:4])
	if err != nil {
		return 0
	}
	return y
}

// tgRequirements are the folded words that make a sentence require a
// value rather than report it.
var tgRequirements = []string{" phai ", " yeu cau ", " phan dau ", " muc tieu ", " chi tieu "}

// statesRequirement reports whether a sentence requires what it states
// ("yêu cầu …", "phải bảo đảm …", "phấn đấu …").
func statesRequirement(sentence string) bool {
	f := " " + asciiFold([]rune(sentence)) + " "
	for _, w := range tgRequirements {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// annexYear is what the title of the annex a line stands in says: the
// year it names and whether it is an annex of targets ("chỉ tiêu").
type annexYear struct {
	year    int
	targets bool
}

// annexYears gives each line the title of the annex ("PHỤ LỤC …") it
// stands in; the zero value before the first annex.
func annexYears(p *page) []annexYear {
	out := make([]annexYear, len(p.lines))
	cur := annexYear{}
	for i := range p.lines {
		if strings.HasPrefix(p.key[i], "phu luc") {
			title, _ := annexTitle(p, i)
			cur = annexYear{targets: strings.Contains(title, "chi tieu")}
			if y := lastYear(title); y > 0 {
				cur.year = y
			}
		}
		out[i] = cur
	}
	return out
}

// tgApprovals are the lower-case verbs of an approval that, after "đã
// được" and the approving body ("đã được Thủ tướng Chính phủ phê duyệt"),
// qualify a noun after a value rather than say the value was reached:
// "thực thi 100% phương án … đã được phê duyệt tại Quyết định …", "giấy
// tờ … đã được chấp nhận khi thực hiện thành công TTHC trước đó".
var tgApprovals = []string{"phê duyệt", "ban hành", "giao", "thông qua", "cấp có thẩm quyền", "đề ra", "quy định", "chấp nhận"}

// tgApprovalReach is how many words the approving body may take between
// "đã được" and the approval's verb.
const tgApprovalReach = 6

// saysDone reports whether a lower-case statement says its value was
// reached ("đã đạt", "đã hoàn thành"); approvals of what the value counts
// ("đã được UBND tỉnh phê duyệt", "nhiệm vụ đã đề ra") do not.
//
// Nor does a relative clause ("dữ liệu mà người dùng đã cung cấp"): its
// "đã" speaks of the noun it qualifies.
func saysDone(lower string) bool {
	for rest := lower; ; {
		i := strings.Index(rest, "đã ")
		if i < 0 {
			return false
		}
		relative := inRelativeClause(rest[:i])
		rest = rest[i+len("đã "):]
		if !relative && !approvesNoun(rest) {
			return true
		}
	}
}

// inRelativeClause reports whether the lower-case text before a verb ends
// in a relative clause that opens with "mà" a few words before it ("mà
// người dùng").
func inRelativeClause(before string) bool {
	ws := strings.Fields(before)
	for k := len(ws) - 1; k >= max(0, len(ws)-4); k-- {
		if strings.ContainsAny(ws[k], ",;:.") {
			return false
		}
		if ws[k] == "mà" {
			return true
		}
	}
	return false
}

// approvesNoun reports whether the words after "đã" are an approval of
// the noun before it: "được" and, within tgApprovalReach words of the
// same clause, a verb of tgApprovals; or "đề ra" at once.
func approvesNoun(rest string) bool {
	if strings.HasPrefix(rest, "đề ra") {
		return true
	}
	after, ok := strings.CutPrefix(rest, "được ")
	if !ok {
		return false
	}
	for j := 0; j <= tgApprovalReach && after != ""; j++ {
		for _, v := range tgApprovals {
			if strings.HasPrefix(after, v) {
				return true
			}
		}
		word, more, _ := strings.Cut(after, " ")
		if strings.ContainsAny(word, ",;.:") {
			return false // the clause ends before an approval
		}
		after = more
	}
	return false
}

// objectWords is how many words after a value name what it counts, for
// finding the same target restated in other words around it.
const objectWords = 8

// objectKey returns the first words after a value's expression at rune
// offset end of text, up to the end of its clause — what the value counts
// ("50% thủ tục đầu tư xây dựng nhà ở xã hội") — folded, abbreviations
// spelt out, "các" and "hành chính" after "thủ tục" and asides in
// brackets left out; "" when fewer than objectWords.
func objectKey(text []rune, end int) string {
	if end < 0 || end >= len(text) {
		return ""
	}
	tail := make([]rune, 0, 160)
	depth := 0 // inside brackets: an aside, not what the value counts ("4,5 ngày làm việc (giảm 2,5 ngày làm việc)")
	for i, r := range text[end:min(len(text), end+160)] {
		if r == ';' || r == '.' && sentenceEnd(text, end+i) {
			break
		}
		switch {
		case r == '(':
			depth++
		case r == ')' && depth > 0:
			depth--
		case depth == 0:
			tail = append(tail, r)
		}
	}
	var ws []string
	for _, w := range strings.Fields(wordsOf(asciiFold(tail), 3*objectWords)) {
		if long, ok := tgAbbreviations[w]; ok {
			ws = append(ws, strings.Fields(long)...)
			continue
		}
		ws = append(ws, w)
	}
	var out []string
	for i := 0; i < len(ws) && len(out) < objectWords; i++ {
		switch {
		case ws[i] == "cac" || ws[i] == "nhung":
			continue
		case ws[i] == "hanh" && i+1 < len(ws) && ws[i+1] == "chinh" && len(out) >= 2 &&
			out[len(out)-2] == "thu" && out[len(out)-1] == "tuc":
			i++
			continue
		}
		out = append(out, ws[i])
	}
	if len(out) < objectWords {
		return ""
	}
	return strings.Join(out, " ")
}

// roleRun is a run of lines [from, to) with one role.
type roleRun struct {
	from, to int
	role     string
}

// roleRuns splits the lines into runs of one role, leaving out the
// targets section and the lines no target is read from.
func roleRuns(p *page, roles []string) []roleRun {
	var out []roleRun
	for i := 0; i < len(roles); {
		j := i + 1
		for j < len(roles) && roles[j] == roles[i] {
			j++
		}
		if roles[i] != roleSection && roles[i] != roleNone {
			out = append(out, roleRun{from: i, to: j, role: roles[i]})
		}
		i = j
	}
	return out
}

// docItems splits lines [from, to) into items as collectItems does, and
// reads a table row that stands on one line (cells between tabs or '|')
// cell by cell.
// used marks the table rows (indexed by line), shared by the runs.
func docItems(p *page, from, to int, used []bool) []item {
	var out []item
	var cols []int // the columns of the task table the rows stand in
	for i := from; i < to; i++ {
		if p.skip[i] {
			continue
		}
		cells := tableCells(p.lines[i])
		if cells == nil {
			continue
		}
		used[i] = true
		if hc, _, ok := annexHeader(cells); ok {
			cols = hc
			continue
		}
		for k, c := range cells {
			if k < len(cols) && !holdsTargets(cols[k]) {
				continue // who, when and how much of a task are not targets
			}
			c = trimCell(c)
			if c == "" || !strings.ContainsAny(c, "0123456789") {
				continue
			}
			if sm := numberedAt(c); sm != "" && strings.ContainsAny(sm, ".)") {
				c = c[len(sm):]
			}
			if !strings.ContainsFunc(c, unicode.IsLetter) {
				c = rowSubject(cells, k) + " " + c // "| Dịch vụ công … có ứng dụng AI | 30% | 100% |": the value of the row's indicator
			}
			out = append(out, item{wide: true, text: []rune(strings.TrimSpace(c)), starts: []int{0}, lines: []int{i}})
		}
	}
	for _, it := range collectItems(p, from, to, "", used, itemParagraphs|itemNumbersOnly) {
		it.wide = true
		out = append(out, it)
	}
	return out
}

// rowSubject returns the text of a table row that a bare value in cell
// skip is the value of: the row's first cell of two words or more (the
// indicator's name stands before its unit, values and notes), its
// closing stop left out; "" when none.
func rowSubject(cells []string, skip int) string {
	for k, c := range cells {
		if c = trimCell(c); k != skip && strings.ContainsFunc(c, unicode.IsLetter) && len(strings.Fields(c)) >= 2 {
			return strings.TrimRight(c, " .;:")
		}
	}
	return ""
}

// holdsTargets reports whether a column of a task table may state
// targets: its contents, tasks, activities and products, not its agencies,
// times, budget or notes.
func holdsTargets(kind int) bool {
	switch kind {
	case colLead, colPartners, colDeadline, colBudget, colNote, colCode:
		return false
	}
	return true
}

// onlyInTitle reports whether the past word w of folded f stands only in
// the title an item of a list of targets gives before its colon ("Kết
// quả thực hiện nhiệm vụ được … giao: Phải hoàn thành đúng hạn 100% …"):
// the title names the indicator, the words after the colon set its aim.
func onlyInTitle(f, w string) bool {
	k := strings.Index(f, ": ")
	return k > 0 && containsPast(f[:k], w) && !containsPast(f[k:], w)
}

// isDocTarget decides whether a value read outside the targets section is
// a target: not a result of a past year, and, outside objectives, stated
// with a word that makes it a target.
//
// at is the rune offset of the value in sentence.
func isDocTarget(c cand, sentence string, at int, lead, role string, year int) bool {
	text := c.t.Source.Text
	if role == roleProse {
		text = sentence // a report states its results sentence by sentence
	}
	f := tgAimReached.Replace(" " + asciiFold([]rune(text)) + " ")
	for _, w := range tgPast {
		if containsPast(f, w) && !listAfterValue(w, sentence, at, role) && !(role == roleObjectives && onlyInTitle(f, w)) {
			return false
		}
	}
	fs := " " + asciiFold([]rune(sentence)) + " "
	if role == roleProse {
		fs = tgAssessed.Replace(fs)
	}
	if pastByMarker(fs, at+1, tgPastClause, true) {
		return false
	}
	if role == roleProse && pastByMarker(fs, at+1, tgPastProse, false) {
		return false
	}
	if baselineClause(sentence, at) {
		return false // "… mốc tinh giản biên chế năm 2021 là 2.677 biên chế; năm 2022 là …": the baseline of a roadmap
	}
	if inCitedTitle(fs, at+1) {
		return false // "… Quyết định số 2411/QĐ-UBND … về việc Phê duyệt 100% thủ tục …"
	}
	if backlog(c, []rune(sentence), at) || reviewScope(c, []rune(sentence), at) || includedScope(c, []rune(sentence), at) ||
		plansObject(c, []rune(sentence), at) {
		return false
	}
	if year > 0 && c.t.Year > 0 && c.t.Year < year {
		return false // "năm 2024 đạt 85%" in a plan for 2025
	}
	if c.t.Unit == "percent" && hundredths(c.t.Value) && (role != roleObjectives || c.t.Comparator != dataset.CmpApprox) &&
		!(role == roleProse && aimBefore(fs, at)) {
		// "88,37%": a measurement, targets are not stated to the
		// hundredth; a forecast share among aims is ("chiếm khoảng
		// 27,31%"), and so is a figure the sentence sets as an aim
		// ("đề ra mục tiêu tăng trưởng từ 10,71%", "phấn đấu khu vực II
		// tăng 21,52%").
		return false
	}
	if strings.Contains(f, "lan/") || strings.Contains(f, "lan /") {
		return false // a frequency ("01 lần/năm") times a task, it is not a target
	}
	if role == roleObjectives {
		return true
	}
	if c.t.Unit == "percent" && c.t.Value == 100 {
		return true
	}
	if role == roleProse && opensWithValue(c, sentence, at) {
		return true // "Trên 90% doanh nghiệp nhỏ và vừa được tiếp cận …"
	}
	cues := tgCues
	if role == roleProse {
		cues = tgForward
		f = tgAssessed.Replace(tgNotForward.Replace(tgSuperlatives.Replace(" " + asciiFold([]rune(lead)) + " ")))
		if at >= 0 && at+1 <= len(fs) {
			for _, w := range tgEffects {
				if strings.Contains(fs[at+1:], w) {
					f = strings.ReplaceAll(f, w, strings.Repeat(" ", len(w)))
				}
			}
		}
	}
	for _, w := range cues {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// aimBefore reports whether the folded sentence fs (a space before it)
// sets an aim before the value at rune offset at: "mục tiêu" or "phấn
// đấu" stand before it.
func aimBefore(fs string, at int) bool {
	before := fs[:min(max(at+1, 0), len(fs))]
	return strings.Contains(before, " muc tieu ") || strings.Contains(before, " phan dau ")
}

// baselineClause reports whether the value at rune offset at of a
// sentence stands in a clause (from the semicolon before it) that names
// the baseline ("mốc", with its diacritics: "máy móc" folds alike) a
// roadmap starts from: "Mốc tinh giản số lượng người làm việc … năm 2021
// là 26.407 người; năm 2022 …".
func baselineClause(sentence string, at int) bool {
	if !strings.Contains(sentence, "ốc") && !strings.Contains(sentence, "ỐC") {
		return false // no "mốc": the sentence need not be lower-cased
	}
	rs := []rune(sentence)
	at = min(max(at, 0), len(rs))
	clause := string(rs[:at])
	if k := strings.LastIndexByte(clause, ';'); k >= 0 {
		clause = clause[k+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		if strings.Trim(w, ",.:()") == "mốc" {
			return true
		}
	}
	return false
}

// listAfterValue reports whether the past word w of a sentence of prose
// is "gồm các" standing only in a later clause than the value at rune
// offset at, past a semicolon: a list another aim takes in ("… 90% hồ sơ
// …; kết nối … bao gồm các cơ sở dữ liệu về dân cư, …"), not the classes
// of a result ("Nhóm A gồm các … đạt 90%", "Đạt dưới 90% gồm các sở: …").
func listAfterValue(w, sentence string, at int, role string) bool {
	if w != "gom cac" || role != roleProse || at < 0 {
		return false
	}
	f := asciiFold([]rune(sentence))
	at = min(at, len(f))
	if strings.Contains(f[:at], "gom cac") {
		return false
	}
	k := strings.Index(f[at:], "gom cac")
	return k >= 0 && strings.Contains(f[at:at+k], ";")
}

// tgOpeningComparators are the folded comparators a sentence may open
// with before its value, as an aim does: "Trên 90% doanh nghiệp …",
// "Tối thiểu 80% …", "Ít nhất 05 …", "Từ 40% trở lên …". "Hơn" is not
// one: "Hơn 3.000 người dân tham gia …" reports as often as it aims.
var tgOpeningComparators = []string{"tren", "toi thieu", "it nhat", "khong duoi", "tu"}

// opensWithValue reports whether the value c (at rune offset at of
// sentence), with an explicit comparator, opens the sentence after one of
// tgOpeningComparators, or opens a later clause of a sentence that opens
// so ("Trên 90% doanh nghiệp …, trên 30% doanh nghiệp …"): the form of an
// aim. A result is reported by what reached it ("Năm 2024, tỷ lệ … đạt
// 85%"), an aim states the level first.
func opensWithValue(c cand, sentence string, at int) bool {
	if !c.explicitCmp || at <= 0 {
		return false
	}
	rs := []rune(sentence)
	if at > len(rs) {
		return false
	}
	f := asciiFold(rs)
	clause := f[:at]
	if i := strings.LastIndexAny(clause, ",;"); i >= 0 {
		clause = clause[i+1:]
		if !opensWithComparator(f) {
			return false // the sentence itself opens otherwise
		}
	}
	return slices.Contains(tgOpeningComparators, strings.Trim(clause, " *_-+•"))
}

// opensWithComparator reports whether a folded sentence opens with one of
// tgOpeningComparators and a number.
func opensWithComparator(f string) bool {
	f = strings.TrimLeft(f, " *_-+•")
	for _, w := range tgOpeningComparators {
		if rest, ok := strings.CutPrefix(f, w+" "); ok && rest != "" && isDigit(rest[0]) {
			return true
		}
	}
	return false
}

// containsPast reports whether the folded text f holds the past marker w
// of tgPast. "hiện có", "hiện nay" after "thực" are no markers: "thực
// hiện có hiệu quả" is a verb and its manner, no "hiện có" (existing);
// nor is "hiện có", or the whole place's "toàn tỉnh có" ("Toàn tỉnh có
// 14 cơ quan chuyên môn …": what exists), without a count after it
// (countFollows).
func containsPast(f, w string) bool {
	if !strings.HasPrefix(w, "hien ") && !strings.HasPrefix(w, "toan ") {
		return strings.Contains(f, w)
	}
	for rest := f; ; {
		i := strings.Index(rest, w)
		if i < 0 {
			return false
		}
		if !strings.HasSuffix(rest[:i], "thuc ") && (!strings.HasSuffix(w, " co") || countFollows(rest[i+len(w):])) {
			return true
		}
		rest = rest[i+len(w):]
	}
}

// countFollows reports whether a folded text opens with a count, maybe
// after an approximation ("85%", "hơn 6.300 TTHC"): what "hiện có" reports
// ("tỉnh hiện có 85% …"), where after a noun it only names what exists
// ("cắt giảm … 10% thủ tục hành chính hiện có").
func countFollows(f string) bool {
	f = strings.TrimLeft(f, " ")
	for _, w := range []string{"hon ", "tren ", "khoang ", "gan ", "tong cong ", "tong so "} {
		f = strings.TrimPrefix(f, w)
	}
	return f != "" && isDigit(f[0])
}

// tgAimHeads are the folded words that open an aim, the value right
// after them or after their year ("Mục tiêu đến năm 2025, 80% …",
// "phấn đấu 100% …").
var tgAimHeads = []string{"phan dau", "muc tieu", "den nam", "den het nam"}

// valueRightAfterAim reports whether what stands between an aim's head
// (tgAimHeads) and its value is at most a year and a comma or colon.
func valueRightAfterAim(between string) bool {
	t := strings.TrimSpace(between)
	if _, ok := yearAt(t, 0); ok {
		t = strings.TrimSpace(t[4:])
	}
	return t == "" || t == "," || t == ":"
}

// tgAimComparators are the comparators of tgForward that state an aim's
// bound right before its value ("tối thiểu 20%").
var tgAimComparators = []string{"toi thieu", "it nhat", "khong duoi", "khong thap hon", "khong qua", "khong vuot", "toi da"}

// tgReviewVerbs are the folded verbs of a review: a count they govern is
// what is to be reviewed ("rà soát, cắt giảm, đơn giản hoá 361 thủ tục
// hành chính"), the scope of the work, not a level to reach.
var tgReviewVerbs = []string{"ra soat", "kiem tra", "danh gia lai", "tong hop"}

// reviewScope reports whether a count at rune offset at of sentence,
// stated without a comparator, is the scope of a review: its clause (from
// the last ';' or ':' before it) opens its verbs with a review verb and
// says no aim ("phấn đấu", "ít nhất") before the count.
func reviewScope(c cand, sentence []rune, at int) bool {
	if c.t.Unit == "percent" || c.explicitCmp || at < 0 || at > len(sentence) {
		return false
	}
	before := asciiFold(sentence[:at])
	if i := strings.LastIndexAny(before, ";:"); i >= 0 {
		before = before[i+1:]
	}
	before = " " + strings.TrimLeft(strings.TrimSpace(before), "-+*•() 0123456789.") + " "
	verbs := strings.FieldsFunc(before, func(r rune) bool { return r == ' ' || r == ',' || r == '*' || r == '_' })
	if len(verbs) > 14 || containsAny(before, []string{"phan dau", "muc tieu", "chi tieu", "it nhat", "toi thieu"}) {
		return false
	}
	// The review verb stands among the first words (after an adverb:
	// "Khẩn trương rà soát, …").
	head := " " + strings.Join(verbs[:min(len(verbs), 4)], " ") + " "
	for _, v := range tgReviewVerbs {
		if strings.Contains(head, " "+v+" ") {
			return true
		}
	}
	return false
}

// tgIncludes are the folded words that open what a duty or a plan takes
// in ("Bao gồm thực hiện 307 TTHC …", "gồm 45 thủ tục …"), with a space
// before each.
var tgIncludes = []string{" bao gom ", " gom "}

// tgScopeAims are the folded words that make a count after tgIncludes a
// level to reach all the same ("phấn đấu …, gồm tối thiểu 05 mô hình").
var tgScopeAims = []string{"phan dau", "muc tieu", "chi tieu", "it nhat", "toi thieu", "tro len", "khong duoi", "khong thap hon"}

// includeWords is how many words may stand between "gồm" and the count it
// takes in ("Bao gồm thực hiện 307 TTHC").
const includeWords = 3

// includedScope reports whether a count at rune offset at of sentence,
// stated without a comparator, names what a duty takes in: it follows
// "bao gồm" or "gồm" (not "thu gom") by at most includeWords words in its
// clause (from the last ';' or ':' before it), and no aim word stands
// before it in that clause. "Hoàn tất phân cấp xử lý TTHC trước 30/6/2025:
// Bao gồm thực hiện 307 TTHC đã được phê duyệt …" sets the duty's scope;
// it is no level to reach.
func includedScope(c cand, sentence []rune, at int) bool {
	if c.t.Unit == "percent" || c.explicitCmp || at < 0 || at > len(sentence) {
		return false
	}
	before := " " + asciiFold(sentence[:at])
	if i := strings.LastIndexAny(before, ";:"); i >= 0 {
		before = " " + before[i+1:]
	}
	if containsAny(before, tgScopeAims) {
		return false
	}
	for _, w := range tgIncludes {
		i := strings.LastIndex(before, w)
		if i < 0 || w == " gom " && strings.HasSuffix(before[:i], " thu") {
			continue
		}
		if len(strings.Fields(before[i+len(w):])) <= includeWords {
			return true
		}
	}
	return false
}

// plansReach is how many words may stand between "phương án" and a count
// that says what the plans do ("các phương án cắt giảm, đơn giản hóa 2.163
// TTHC").
const plansReach = 6

// plansObject reports whether a count at rune offset at of sentence,
// stated without a comparator, says what plans already drawn up cover:
// "phương án" stands at most plansReach words before it, in the same
// sentence part (no ';' between), with no aim word between them. "… để
// thực thi các phương án cắt giảm, đơn giản hóa 2.163 TTHC … đã được Thủ
// tướng Chính phủ phê duyệt" names the plans; the aim is elsewhere.
func plansObject(c cand, sentence []rune, at int) bool {
	if c.t.Unit == "percent" || c.explicitCmp || at < 0 || at > len(sentence) {
		return false
	}
	before := asciiFold(sentence[:at])
	if i := strings.LastIndexAny(before, ";"); i >= 0 {
		before = before[i+1:]
	}
	i := strings.LastIndex(before, "phuong an ")
	if i < 0 || i > 0 && isASCIILetter(before[i-1]) {
		return false
	}
	between := before[i+len("phuong an "):]
	return len(strings.Fields(between)) <= plansReach && !containsAny(between, tgScopeAims)
}

// backlog reports whether a count at rune offset at of sentence is what
// remains to be done ("2.244 TTHC cần chuẩn hóa", "còn 15 hồ sơ cần bổ
// sung"): its noun is followed by "cần" within a few words, and its clause
// states no aim before it ("ưu tiên hoàn thành ngay 319 VBQPPL cần phải
// sửa đổi" is one).
func backlog(c cand, sentence []rune, at int) bool {
	if c.t.Unit == "percent" || at < 0 || at >= len(sentence) {
		return false
	}
	after := strings.Fields(strings.ToLower(string(sentence[at:min(len(sentence), at+60)])))
	needs := false
	for k := 1; k < len(after) && k <= 4; k++ {
		if after[k] == "cần" { // not "cán" (bộ): the words keep their marks
			needs = true
			break
		}
		if strings.ContainsAny(after[k], ",;:") {
			break
		}
	}
	if !needs {
		return false
	}
	before := asciiFold(sentence[:at])
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	return !containsAny(" "+before+" ", tgCues)
}

// restatesTarget reports whether a statement c read from cell (a line or
// a table cell outside the targets section) may state target t again, so
// that another value is a conflict: a statement of the same year that is
// not a result ("Năm 2025, tỷ lệ … đã đạt 45%", "… năm 2024 là 30%" and
// "đến năm 2030 … đạt 80%" do not restate a target for 2026).
func restatesTarget(c cand, cell string, t dataset.Target) bool {
	if c.t.Year != 0 && t.Year != 0 && c.t.Year != t.Year {
		return false
	}
	if saysDone(strings.ToLower(cell)) {
		return false
	}
	f := " " + asciiFold([]rune(cell)) + " "
	return !containsAny(f, tgPast)
}

// targetKey identifies what a target measures, for finding the same
// target stated twice.
type targetKey struct {
	what, level, unit, change string
	year                      int
}

func keyOf(t dataset.Target) targetKey {
	what := t.Metric
	if what == "" {
		what = subjectKey(t.Subject)
	}
	return targetKey{what, t.Level, t.Unit, t.Change, t.Year}
}

// tgAbbreviations spell out the abbreviations plans use, so that "thời
// gian giải quyết TTHC" and "thời gian giải quyết thủ tục hành chính" are
// the same subject.
var tgAbbreviations = map[string]string{
	"tthc": "thu tuc hanh chinh", "cchc": "cai cach hanh chinh", "cbcc": "can bo cong chuc",
	"cbccvc": "can bo cong chuc vien chuc", "ubnd": "uy ban nhan dan", "hdnd": "hoi dong nhan dan",
	"dvc": "dich vu cong", "dvctt": "dich vu cong truc tuyen", "csdl": "co so du lieu",
}

// subjectKey is the key of a subject without a metric: its folded words,
// abbreviations spelt out.
func subjectKey(subject string) string {
	ws := strings.Fields(ocrKey(subject))
	for i, w := range ws {
		if long, ok := tgAbbreviations[w]; ok {
			ws[i] = long
		}
	}
	return "subject:" + strings.Join(ws, " ")
}

// dedupeTargets is dedupeObjects without the words after the values.
func dedupeTargets(found, known []dataset.Target) ([]dataset.Target, []dataset.Finding) {
	return dedupeObjects(found, nil, nil, known)
}

// dedupeObjects drops the targets that state again a target of known or
// one found before them: the same value silently, another value with a
// finding. Restatements of known targets with another value are reported
// by conflictFindings.
//
// objects are the objectKeys of found (nil: none known): a target with the same value,
// predicate, level and year as an earlier one and the same words after its
// value is the earlier one restated (a headline, a numbered item and a
// summary of one press text). The targets of one statement are all kept.
//
// lists are the lead-in lists of found (docCandidate.list; nil: none
// known): two items of one list are two targets, whatever their metric
// ("- 80% cán bộ … có kỹ năng số", "- 80% người dân … có kỹ năng số").
func dedupeObjects(found []dataset.Target, objects []string, lists []int, known []dataset.Target) ([]dataset.Target, []dataset.Finding) {
	listAt := map[int]int{} // source line of a found target → its list
	seen := map[targetKey]dataset.Target{}
	fromKnown := map[targetKey]bool{}
	for _, t := range known {
		k := keyOf(t)
		if _, ok := seen[k]; !ok {
			seen[k] = t
			fromKnown[k] = true
		}
	}
	var out []dataset.Target
	var outObjects []string
	var fs []dataset.Finding
	for i, t := range found {
		obj := ""
		if i < len(objects) {
			obj = objects[i]
		}
		if _, dup := sameCell(t, known); dup {
			continue // a table row of the annex read again as prose
		}
		k := keyOf(t)
		first, ok := seen[k]
		if ok && first.Source.Line == t.Source.Line && first.Value == t.Value && first.Comparator == t.Comparator &&
			first.Subject == t.Subject {
			continue // the same aim read twice from its item
		}
		if ok && !fromKnown[k] && first.Source.Line == t.Source.Line &&
			(first.Source.Text == t.Source.Text || subjectKey(first.Subject) != subjectKey(t.Subject)) {
			// "đạt tối thiểu 95%, trong đó, … lĩnh vực đất đai, xây dựng
			// đạt tối thiểu 90%"; "mức độ hài lòng của người dân … đạt
			// trên 80%; mức độ hài lòng của cá nhân, tổ chức đối với sự
			// phục vụ … đạt trên 80%": a line does not restate its own
			// aims in other words.
			ok = false
		}
		if !ok && t.Metric != "" {
			// The same metric stated without a metric-less twin.
			if kk := (targetKey{subjectKey(t.Subject), t.Level, t.Unit, t.Change, t.Year}); seen[kk].Unit != "" {
				first, ok, k = seen[kk], true, kk
			}
		}
		recalled := false
		if !ok {
			if prev, dup := aimRecalled(t, out); dup {
				first, ok, recalled = prev, true, true
			} else if prev, dup := restated(t, out); dup {
				first, ok = prev, true
			}
		}
		if !ok && obj != "" {
			if j := sameObject(t, obj, out, outObjects); j >= 0 && !otherItems(out[j], t) {
				first, ok = out[j], true
			}
		}
		list := 0
		if i < len(lists) {
			list = lists[i]
		}
		if ok && list > 0 && listAt[first.Source.Line] == list && first.Source.Line != t.Source.Line {
			ok = false // another item of the same list
		}
		if ok && otherPopulations(first.Subject, t.Subject) {
			ok = false // "100% cán bộ, công chức … có kỹ năng số", "100% học sinh … có kỹ năng số": one metric, two groups
		}
		if ok && otherFields(first.Subject, t.Subject) {
			ok = false // "hài lòng … về giải quyết thủ tục hành chính đạt 90%", "hài lòng … về dịch vụ y tế, giáo dục đạt 85%": one metric, two fields
		}
		if list > 0 {
			if _, seenLine := listAt[t.Source.Line]; !seenLine {
				listAt[t.Source.Line] = list
			}
		}
		switch {
		case !ok:
			if _, taken := seen[k]; !taken {
				seen[k] = t
			}
			out = append(out, t)
			outObjects = append(outObjects, obj)
		case sameValue(first, t) && first.Comparator == t.Comparator:
		case fromKnown[k]:
		case recalled && (t.Comparator == dataset.CmpEQ || t.Comparator == dataset.CmpApprox):
			// "… hoàn thành mục tiêu 3.000 km …": the aim recalled by its
			// figure alone, the comparator of the first kept.
		case t.Metric == "" && !recalled && !(roundedAlike(first.Value, t.Value) && !sameValue(first, t)):
			out = append(out, t) // two subjects in the same words: keep both (not one figure rounded twice: "10,7%", "10,71%")
			outObjects = append(outObjects, obj)
		default:
			fs = append(fs, finding(dataset.Finding{Kind: "conflict",
				Text: i18n.Msgf("%s%s is stated twice: %s (line %d) and %s (line %d); the first is kept",
					metricOrSubject(t), levelNote(t.Level), describe(first), first.Source.Line, describe(t), t.Source.Line),
				Lines: []int{first.Source.Line, t.Source.Line}}))
		}
	}
	return out, fs
}

// tgPopulations are the folded nouns of the groups of people an aim
// counts a share of.
var tgPopulations = []string{"can bo", "cong chuc", "vien chuc", "hoc sinh", "sinh vien", "giao vien", "nguoi dan",
	"nguoi lao dong", "doanh nghiep", "ho gia dinh", "hop tac xa", "tre em", "phu nu", "nguoi cao tuoi"}

// otherPopulations reports whether two subjects count shares of other
// groups of people: each names a group (tgPopulations), and the first
// group each names differs ("cán bộ, công chức … và người lao động trong
// khu vực công" and "người lao động trong các doanh nghiệp").
func otherPopulations(a, b string) bool {
	ga, gb := firstPopulation(a), firstPopulation(b)
	return ga != "" && gb != "" && ga != gb
}

// tgSectors are the folded names of the sectors of public service an
// aim may be set for.
var tgSectors = []string{"y te", "giao duc", "dat dai", "xay dung", "dau tu", "thue", "hai quan", "bao hiem xa hoi", "tu phap",
	"giao thong", "nuoc sach"}

// otherFields reports whether two subjects set aims for other fields of
// public service: the fields each names (fieldsOf) share none ("mức độ
// hài lòng … về giải quyết thủ tục hành chính" and "mức độ hài lòng … về
// dịch vụ cung cấp y tế").
func otherFields(a, b string) bool {
	fa, fb := fieldsOf(a), fieldsOf(b)
	return len(fa) > 0 && len(fb) > 0 && !slices.ContainsFunc(fa, func(f string) bool { return slices.Contains(fb, f) })
}

// fieldsOf returns the fields of public service a subject names: the
// sectors (tgSectors), else the procedures in general ("thủ tục hành
// chính"); none when it names neither.
func fieldsOf(subject string) []string {
	f := " " + ocrKey(subject) + " "
	var out []string
	for _, w := range tgSectors {
		if strings.Contains(f, " "+w+" ") {
			out = append(out, w)
		}
	}
	if len(out) == 0 && strings.Contains(f, " thu tuc hanh chinh ") {
		out = append(out, "thu tuc hanh chinh")
	}
	return out
}

// firstPopulation returns the group of people a subject names first, ""
// when it names none.
func firstPopulation(subject string) string {
	return firstNamed(subject, tgPopulations)
}

// firstNamed returns the folded name of words a subject names first, ""
// when it names none.
func firstNamed(subject string, names []string) string {
	f := " " + ocrKey(subject) + " "
	first, at := "", len(f)
	for _, w := range names {
		if k := strings.Index(f, " "+w+" "); k >= 0 && k < at {
			first, at = w, k
		}
	}
	return first
}

// metricOrSubject names a target in a finding: its metric, else its
// subject, shortened.
func metricOrSubject(t dataset.Target) string {
	if t.Metric != "" {
		return t.Metric
	}
	return shorten(t.Subject, 60)
}

// otherItems reports whether two targets stand in two numbered items of
// one part of the text (the same role, both with an item code, other
// codes): "1. 100% đội ngũ cán bộ, công chức xây dựng chính sách, pháp
// luật … có trình độ đại học Luật" and "5. 100% đội ngũ cán bộ, công chức
// xây dựng chính sách, pháp luật được tập huấn" are two aims of one list,
// whatever words they open with.
func otherItems(a, b dataset.Target) bool {
	return a.Role == b.Role && a.Code != "" && b.Code != "" && a.Code != b.Code
}

// sameCell returns the known target that t, read from the same line with
// the same value and unit, repeats: the value cell of a table row the
// annex reader has read (which knows from its column what a bare figure
// means: its comparator may differ).
func sameCell(t dataset.Target, known []dataset.Target) (dataset.Target, bool) {
	for _, k := range known {
		if k.Source.Line == t.Source.Line && sameValue(k, t) && k.Unit == t.Unit {
			return k, true
		}
	}
	return dataset.Target{}, false
}

// sameObject returns the index of the earlier target of out that t
// restates: the same value, unit, comparator, change, level and year, and
// the same words after the value (object, of t; objects, of out), in
// another statement; -1 when none.
func sameObject(t dataset.Target, object string, out []dataset.Target, objects []string) int {
	for j, e := range out {
		if objects[j] == object && e.Source.Text != t.Source.Text && sameValue(e, t) && sameIndex(e, t) && e.Unit == t.Unit && e.Comparator == t.Comparator &&
			e.Change == t.Change && e.Level == t.Level && e.Year == t.Year {
			return j
		}
	}
	return -1
}

// sameIndex reports whether two targets may measure the same: not two
// metrics, nor ranks of two indices ("SIPAS … vị trí 5/14 tỉnh vùng …"
// and "PAR INDEX … vị trí 5/14 tỉnh vùng …").
func sameIndex(a, b dataset.Target) bool {
	if a.Metric != "" && b.Metric != "" && a.Metric != b.Metric {
		return false
	}
	return strings.EqualFold(subjectIndex(a.Subject), subjectIndex(b.Subject))
}

// subjectIndex returns the one index a subject names, "" when none or
// several.
func subjectIndex(subject string) string {
	rs := []rune(subject)
	return indexBefore(rs, asciiFold(rs), len(rs))
}

// leadUpTo returns the text of a paragraph from its start to the end of
// the sentence that holds rune offset pos: "Tỉnh phấn đấu …. Đồng thời,
// chỉ số PAR Index nằm trong nhóm 10 …" states a target in its second
// sentence by the verb of its first.
func leadUpTo(text []rune, pos int) string {
	for i := pos; i < len(text); i++ {
		if text[i] == '.' && sentenceEnd(text, i) {
			return string(text[:i])
		}
	}
	return string(text)
}

// sentenceOf returns the sentence of text that holds rune offset pos:
// from the full stop before it to the one after it.
func sentenceOf(text []rune, pos int) string {
	from, to := sentenceBounds(text, pos)
	return string(text[from:to])
}

// sentenceBounds returns the rune range of the sentence of text that
// holds rune offset pos.
func sentenceBounds(text []rune, pos int) (from, to int) {
	from, to = 0, len(text)
	for i := min(pos, len(text)) - 1; i >= 0; i-- {
		if text[i] == '.' && sentenceEnd(text, i) {
			from = i + 1
			break
		}
	}
	for i := pos; i < len(text); i++ {
		if text[i] == '.' && sentenceEnd(text, i) {
			to = i
			break
		}
	}
	return from, to
}

// stageRe matches a line that opens a stage of a plan: "Giai đoạn 2026 -
// 2027, …", "Đến năm 2030:", "Đến hết năm 2025, …", "Năm 2026, …",
// "Đối với năm 2025, …", "Tiếp đó, giai đoạn 2028-2030 sẽ …", "Phấn đấu
// đến năm 2030, …", "Theo quy hoạch, đến năm 2030, …", and a line that
// is the stage alone ("b) Đến năm 2030", the second line of "2. Mục tiêu
// cụ thể\nđến năm 2027") or names the aims of one ("Định hướng đến năm
// 2030:", "Mục tiêu cụ thể đến năm 2025:") or steps into one ("Bước sang
// giai đoạn 2028 - 2030, …").
var stageRe = regexp.MustCompile(`^(?:[-+•*]\s*)?(?:\(?[a-z0-9]{1,2}[.)]\s*)?(?:(?:theo do|trong do|cu the|dong thoi|tiep do|tiep theo|sau do|phan dau|theo quy hoach|theo ke hoach|dinh huong|tam nhin|muc tieu cu the|muc tieu|buoc sang|buoc vao),?\s*)?(?:giai doan|(?:den |trong |doi voi |rieng |sang |)(?:het |cuoi )?nam) ((?:19|20)[0-9]{2})(?:\s*-\s*((?:19|20)[0-9]{2}))?\s*(?:[,:]|se |$)`)

// numberedStageRe matches a line that opens a numbered stage by the time
// it ends: "Giai đoạn 1 hoàn thành trong quý 2-2026, …", "Giai đoạn 2
// (đến hết năm 2027): …"; its year is the stage's.
var numberedStageRe = regexp.MustCompile(`^(?:[-+•*]\s*)?(?:giai doan|dot) (?:[1-9]|i{1,3}|iv)\b[^.;:]{0,40}?(?:nam|quy [1-4]\s*[-/]|thang [0-9]{1,2}\s*[-/])\s*((?:19|20)[0-9]{2})\b`)

// numberedPeriodRe matches a line that opens a numbered stage by its
// period in brackets: "a) Giai đoạn 1 (2026 - 2028)", "Giai đoạn II
// (2029-2031):"; its year is the period's last.
var numberedPeriodRe = regexp.MustCompile(`^(?:[-+•*]\s*)?(?:[a-z0-9]{1,2}[.)]\s*)?giai doan (?:[1-9]|i{1,3}|iv)\s*\(\s*(?:tu\s+)?(?:nam\s+)?((?:19|20)[0-9]{2})(?:\s*-\s*((?:19|20)[0-9]{2}))?\s*\)\s*(?::|$)`)

// stageScan is how many runes of a line stageRe reads: a stage stands at
// the start of its line.
const stageScan = 60

// mayOpenStage reports whether a folded line has a year word near its
// start, as every stage line has: what stageRe cannot match, without
// running it.
func mayOpenStage(f string) bool {
	head := f[:min(len(f), 60)]
	return strings.Contains(head, "nam ") || strings.Contains(head, "giai doan ")
}

// stageYears gives each line the year of the stage it stands in; 0
// outside any stage. A period gives its last year. A paragraph that opens
// with a stage ("Theo đó, giai đoạn 2026 - 2027, hoàn thành …") or a line
// that introduces one ("b) Đến năm 2030:", "đến năm 2027" alone) sets the
// year of the lines after it, up to the next stage or heading. A stage
// stated within one item of a list ("- Giai đoạn 2025-2027: 80% …;") holds
// for that item only, not for the items after it; and a stage that is
// past when the plan is made (pastStage of year and issued: "Năm 2025,
// tỷ lệ … đạt 97%." in a plan for 2026) reports a result and holds for
// its own item or paragraph only.
func stageYears(p *page, year, issued int) []int {
	years := make([]int, len(p.lines))
	stage, item := 0, 0 // the stage of the list, and of the current item
	for i := range p.lines {
		line := strings.Trim(trimCell(p.lines[i]), "*_ ")
		if level, _ := headingAt(line, p.key[i]); level > 0 && !runesOver(line, 59) {
			stage = 0 // a heading of under 60 runes ends the stage
		}
		if line == "" || opensItem(line) {
			item = 0 // the item of a stage ends where its paragraph or the next item does
		}
		if y := stageOpened(line, p.fold[i]); y > 0 {
			switch {
			case introducesStage(line) && !pastStage(y, year, issued):
				stage, item = y, 0
			case opensItem(line) || pastStage(y, year, issued):
				item = y
			default:
				stage, item = y, 0
			}
		}
		years[i] = stage
		if item > 0 {
			years[i] = item
		}
	}
	return years
}

// stageOpened returns the year of the stage a line opens with (the last
// year of a period), 0 when it opens none.
func stageOpened(line, fold string) int {
	if !mayOpenStage(fold) {
		return 0
	}
	head := line
	if utfLen(line) > stageScan {
		head = firstRunes(line, stageScan) + "…" // not the end of the line
	}
	f := asciiFold([]rune(strings.Trim(head, "*_ ")))
	if y := endYear(stageRe.FindStringSubmatch(f)); y > 0 {
		return y
	}
	if y := endYear(numberedPeriodRe.FindStringSubmatch(f)); y > 0 {
		return y
	}
	return endYear(numberedStageRe.FindStringSubmatch(f))
}

// pastStage reports whether a stage of year y in a plan for year, issued
// in issued (0 when unknown), is past when the plan is made: before the
// plan's year and not after its issue ("Năm 2025, …" in a plan for 2026
// of December 2025; not "Năm 2026, …" in a plan to 2030 of 2025).
func pastStage(y, year, issued int) bool {
	return year > 0 && y < year && (issued == 0 || y <= issued)
}

// introducesStage reports whether a stage line introduces what follows
// it: it ends with a colon, or it is the stage alone ("Đến năm 2030",
// "Giai đoạn 2026 - 2027", "a) Giai đoạn 1 (2026 - 2028)").
func introducesStage(line string) bool {
	s := strings.TrimRight(line, "*_ ")
	if strings.HasSuffix(s, ":") {
		return true
	}
	f := asciiFold([]rune(s))
	return (stageRe.MatchString(f) || numberedPeriodRe.MatchString(f)) && utfLen(s) <= 40 && !strings.ContainsAny(s, "%")
}

// opensItem reports whether a line opens an item of a list: a bullet, a
// number ("1.", "2.1.", "3)") or a letter ("a)").
func opensItem(line string) bool {
	if line == "" {
		return false
	}
	if bulletAt(line) || numberedAt(line) != "" {
		return true
	}
	return letterAt(line)
}

// bulletAt reports whether tgBulletRe matches line: whether it opens with
// one of the bullets the pattern names (the spaces after it may be none).
func bulletAt(line string) bool {
	switch {
	case line == "":
		return false
	case line[0] == '-' || line[0] == '+':
		return true
	case line[0] != 0xe2: // the first byte of "–", "—" and "•"
		return false
	}
	return strings.HasPrefix(line, "–") || strings.HasPrefix(line, "—") || strings.HasPrefix(line, "•")
}

// letterAt reports whether tgLetterRe matches line: a letter a–z or "đ"
// and a closing bracket at its start.
func letterAt(line string) bool {
	if len(line) >= 2 && 'a' <= line[0] && line[0] <= 'z' {
		return line[1] == ')'
	}
	return strings.HasPrefix(line, "đ)")
}

// hundredths reports whether v has a digit in the hundredths.
func hundredths(v float64) bool {
	c := math.Round(v * 100)
	return math.Abs(v*100-c) < 1e-6 && int64(c)%10 != 0
}

// roundedAlike reports whether two values differ only by rounding: the
// one stated with more decimals, rounded to the decimals of the other,
// is the other ("10,7%" and "10,71%").
func roundedAlike(a, b float64) bool {
	if a == b {
		return true
	}
	for d := 0; d <= 2; d++ {
		p := math.Pow(10, float64(d))
		if x, y := math.Round(a*p)/p, math.Round(b*p)/p; x == a && y == a || x == b && y == b {
			return math.Abs(a-b) < 1/p
		}
	}
	return false
}

// restated finds an earlier target that t states again in other words:
// the same value (or one that rounds alike: "10,7%" and "10,71%"), unit,
// comparator, change, level and year, and a subject
// that holds the other's ("thời gian giải quyết TTHC" in "Chính phủ đặt
// mục tiêu … thời gian giải quyết thủ tục hành chính"), or, for a rank, a
// subject that names no index ("hướng tới mục tiêu vào top 3").
func restated(t dataset.Target, earlier []dataset.Target) (dataset.Target, bool) {
	kt := strings.TrimPrefix(subjectKey(t.Subject), "subject:")
	for _, e := range earlier {
		if !sameValue(e, t) && !roundedAlike(e.Value, t.Value) || e.Unit != t.Unit || e.Comparator != t.Comparator || e.Change != t.Change ||
			e.Level != t.Level || e.Year != t.Year {
			continue
		}
		if !sameValue(e, t) && t.Unit == "rank" {
			continue
		}
		if t.Unit == "rank" && t.Metric == "" && !namesIndex(kt) {
			return e, true
		}
		ke := strings.TrimPrefix(subjectKey(e.Subject), "subject:")
		if len(strings.Fields(kt)) >= 3 && len(strings.Fields(ke)) >= 3 &&
			(strings.Contains(" "+ke+" ", " "+kt+" ") || strings.Contains(" "+kt+" ", " "+ke+" ")) {
			return e, true
		}
		if (t.Unit == "đồng" || t.Unit == "USD") && sameValue(e, t) && sharesWords(ke, kt, moneyRestatedWords) {
			return e, true // "Gia Lai dự kiến chi hơn 195 tỷ đồng thực hiện chuyển đổi số …" / "…; trong đó, dự kiến chi hơn 195 tỷ đồng thực hiện 77 nhiệm vụ …"
		}
	}
	return dataset.Target{}, false
}

// moneyRestatedWords is how many words in a row the subjects of one
// amount of money stated twice share: an amount is distinctive, so a
// headline's and a lead's few words in common ("dự kiến chi … thực
// hiện") make it one aim.
const moneyRestatedWords = 3

// sharesWords reports whether folded a and b share n words in a row.
func sharesWords(a, b string, n int) bool {
	wa := strings.Fields(a)
	padded := " " + b + " "
	for k := 0; k+n <= len(wa); k++ {
		if strings.Contains(padded, " "+strings.Join(wa[k:k+n], " ")+" ") {
			return true
		}
	}
	return false
}

// aimRecalled finds the earlier target that t recalls as an aim already
// set ("… góp phần hoàn thành mục tiêu 3.000 km đường bộ cao tốc" after
// "đưa vào khai thác trên 3.000 km đường bộ cao tốc"): t's clause names
// "mục tiêu", and the earlier target, on another line, has the same
// value, unit and year and a subject that holds four words in a row of
// what t's subject names after "mục tiêu", whatever comparator the
// recall writes. A share is too common a figure to recall an aim by.
func aimRecalled(t dataset.Target, earlier []dataset.Target) (dataset.Target, bool) {
	if t.Unit == "percent" || !strings.Contains(asciiFold([]rune(t.Source.Text)), "muc tieu") {
		return dataset.Target{}, false // "mục tiêu 100% TTHC …": a share recalls no aim by its figure alone
	}
	key := strings.TrimPrefix(subjectKey(t.Subject), "subject:")
	at := strings.LastIndex(key, "muc tieu")
	if at < 0 {
		return dataset.Target{}, false
	}
	kt := key[at+len("muc tieu"):] // what the aim recalled counts
	for _, e := range earlier {
		if !sameValue(e, t) || e.Unit != t.Unit || e.Year != t.Year || e.Change != t.Change || e.Source.Line == t.Source.Line {
			continue // a line states each of its aims once: two values of one line are two aims
		}
		if sharesWords(kt, strings.TrimPrefix(subjectKey(e.Subject), "subject:"), 4) {
			return e, true
		}
	}
	return dataset.Target{}, false
}

// namesIndex reports whether a folded subject names an index ("chỉ số",
// PAR Index, SIPAS, PAPI, PCI, DTI).
func namesIndex(k string) bool {
	for _, w := range []string{"chi so", "par", "sipas", "papi", "pci", "dti", "ddci", "index"} {
		if strings.Contains(" "+k+" ", " "+w+" ") {
			return true
		}
	}
	return false
}

// taskTimeCells returns the keys (cellKey) of the deadline and budget
// texts of the tasks.
func taskTimeCells(tasks []dataset.Task) map[string]bool {
	keys := map[string]bool{}
	for _, t := range tasks {
		for _, s := range []string{t.Deadline.Text, t.Budget.Text} {
			if k := cellKey(s); k != "" {
				keys[k] = true
			}
		}
	}
	return keys
}

// cellKey is a cell's text for comparison: table pipes, list labels and
// spacing left out, folded.
func cellKey(s string) string {
	return strings.Join(strings.Fields(foldKeep(trimCell(s))), " ")
}

// tgExplainFields are the folded labels of the fields of a plan to cut or
// simplify a procedure that explain it ("Lý do:", "Lợi ích:", "Kiến nghị
// thực thi:", "Nội dung cắt giảm, đơn giản hóa:"): the times and rates
// they state are the procedure's as it is or as decided, not targets.
var tgExplainFields = []string{"ly do", "loi ich", "kien nghi thuc thi", "noi dung cat giam", "noi dung don gian hoa"}

// explainsChange reports whether a folded item opens, after its letter
// or number ("b.", "c)", "-"), with a field of tgExplainFields and a colon.
func explainsChange(f string) bool {
	s := strings.TrimLeft(f, " *_-+")
	if i := strings.IndexAny(s, ".)"); i > 0 && i <= 3 && !strings.Contains(s[:i], " ") {
		s = strings.TrimLeft(s[i+1:], " *_")
	}
	colon := strings.IndexByte(s, ':')
	if colon < 0 || colon > 40 {
		return false
	}
	label := strings.Trim(s[:colon], " *_")
	return hasAnyPrefix(label, tgExplainFields)
}

// tgCitedDocs are the folded names of documents whose title a text may
// cite after their number.
var tgCitedDocs = []string{"quyet dinh", "nghi quyet", "ke hoach", "chi thi", "thong tu", "nghi dinh", "cong van", "thong bao"}

// inCitedTitle reports whether the value at byte offset at of the folded
// sentence f stands in the title of a document the sentence cites: after
// "về việc" that follows a document's name ("Quyết định số … về việc Phê
// duyệt 100% thủ tục …"), with no ';' between.
func inCitedTitle(f string, at int) bool {
	if at < 0 || at > len(f) {
		return false
	}
	before := f[:at]
	v := strings.LastIndex(before, " ve viec ")
	if v < 0 || strings.ContainsAny(before[v:], ";") {
		return false
	}
	head := before[:v]
	for _, d := range tgCitedDocs {
		if i := strings.LastIndex(head, d+" so "); i >= 0 && !strings.ContainsAny(head[i:], ";") {
			return true
		}
	}
	return false
}

// procedureStepRe matches the step of a procedure an item opens with:
// "Bước 1.", "Bước 2:", "**Bước 3 -".
var procedureStepRe = regexp.MustCompile(`^[\s*_]*Bước\s+[0-9]{1,2}\s*[.:)-]`)

// procedureStep reports whether an item is a step of a published
// procedure ("Bước 1. Công dân nộp hồ sơ …"): its figures say how the
// procedure runs, not what is to be reached.
func procedureStep(text []rune) bool {
	if len(text) < 6 {
		return false
	}
	return procedureStepRe.MatchString(string(text[:min(len(text), 16)]))
}

// deadlineYear returns the year of the deadline a duty's text states
// ("Hoàn thành trước ngày 30/9/2023", "trong tháng 10 năm 2025"), 0 when
// it states none with a year.
func deadlineYear(text string) int {
	d := statedDeadline(text, 0)
	if len(d.End) < 4 {
		return 0
	}
	y, err := strconv.Atoi(d.End[:4])
	if err != nil || y < 1990 || y > 2100 {
		return 0
	}
	return y
}
