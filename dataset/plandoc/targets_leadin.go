package plandoc

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists of targets a sentence introduces.
//
// A text without a targets section often lists its targets under a line
// of its own that says what follows ("Mục tiêu cơ bản phát triển kinh tế
// số đến năm 2025:", "Chỉ tiêu thực hiện phong trào … được quy định như
// sau:", "Phấn đấu đến năm 2030:"), one target an item and no aim word
// in the items ("- Tỷ trọng kinh tế số đạt 20% GRDP."). The items of
// such a list state targets as the items of an objectives section do,
// and the year the lead-in names is theirs unless a stage within the
// list says another ("- Năm 2026:").

// leadInScan is the longest a lead-in line may be (runes): a longer line
// is a paragraph that happens to end with a colon.
const leadInScan = 250

// leadInWords are the folded words of a line that introduces targets.
var leadInWords = []string{"muc tieu", "chi tieu", "phan dau"}

// leadInNot are the folded words that make a line with a lead-in word
// introduce something else: results reached, the general aims (words,
// not figures), the tasks to reach the targets.
var leadInNot = []string{"dat duoc", "ket qua", "tong quat", "muc tieu chung", "nhiem vu", "giai phap",
	"de dat", "nham dat", "thuc hien muc tieu", "thuc hien cac muc tieu"}

// aimsToReachRe matches a lead-in of aims to be reached by a year ("mục
// tiêu cụ thể … đến năm 2025 đạt được như sau:"), whose "đạt được" names
// no result: the aim words, then "đến (hết) năm", then "đạt được".
var aimsToReachRe = regexp.MustCompile(` muc tieu .*\bden (?:het )?nam (?:19|20)[0-9]{2} .*\bdat duoc `)

// aimsToReach reports whether the folded lead-in f (spaces around) names
// aims to be reached by a year and no other word of leadInNot than "đạt
// được".
func aimsToReach(f string) bool {
	if !aimsToReachRe.MatchString(f) {
		return false
	}
	for _, w := range leadInNot {
		if w != "dat duoc" && strings.Contains(f, w) {
			return false
		}
	}
	return true
}

// leadInDocYearRe matches, in a folded lead-in, a document cited with its
// year ("188/kh-ubnd nam 2025"): the year is the document's, not its aims'.
var leadInDocYearRe = regexp.MustCompile(`[0-9]+/[a-z0-9/-]+ nam (?:19|20)[0-9]{2}`)

// leadInYearRe finds the years a lead-in names, with the period it may
// name ("giai đoạn 2025 - 2027", "năm học 2025 - 2026").
var leadInYearRe = regexp.MustCompile(`(?:giai doan (?:tu )?(?:nam )?|nam hoc |nam )((?:19|20)[0-9]{2})(?:\s*-\s*((?:19|20)[0-9]{2}))?`)

// leadIn reports whether a line (its folded form fold) introduces a list
// of targets, and the year it names for them: the end of the period it
// names, or the one year it names; 0 when it names none or several.
func leadIn(line, fold string) (ok bool, year int) {
	s := strings.TrimRight(strings.TrimSpace(line), "*_ ")
	if !strings.HasSuffix(s, ":") {
		return false, 0
	}
	if last := strings.TrimSpace(lastSentence(s)); len(last) < len(s) {
		// "… chịu trách nhiệm … về kết quả đạt được. Chủ tịch UBND cấp
		// huyện … giao chỉ tiêu … không thấp hơn chỉ tiêu quy định, cụ
		// thể:": the paragraph's last sentence introduces the list.
		return leadIn(last, foldKeep(last))
	}
	if runesOver(s, leadInScan) || strings.Contains(s, "%") {
		return false, 0
	}
	f := " " + strings.Join(strings.Fields(strings.Trim(fold, "*_ ")), " ") + " "
	if !containsAny(f, leadInWords) || containsAny(f, leadInNot) && !aimsToReach(f) {
		return false, 0
	}
	f = leadInDocYearRe.ReplaceAllString(f, " ") // "Kế hoạch 188/KH-UBND năm 2025": the year of a document cited
	if k := strings.LastIndex(f, " trong do"); k >= 0 && k+9 < len(f) && (f[k+9] == ' ' || f[k+9] == ',') {
		// "Căn cứ mục tiêu … giai đoạn từ năm 2025 đến năm 2030, trong
		// đó, đối với năm học 2025 - 2026, phấn đấu:": the period the
		// list is for is the one singled out.
		if rest := f[k:]; leadInYearRe.MatchString(rest) {
			f = rest
		}
	}
	for _, m := range leadInYearRe.FindAllStringSubmatch(f, -1) {
		y := m[1]
		if m[2] != "" {
			y = m[2]
		}
		n, _ := strconv.Atoi(y)
		switch {
		case year == 0:
			year = n
		case year != n:
			return true, 0 // "năm 2025 và năm 2026": the stages in the list say which
		}
	}
	return true, year
}

// opensListItem reports whether a line opens an item of a list: what
// opensItem says, or a number in brackets ("(1) Tỷ lệ …").
func opensListItem(line string) bool {
	s := strings.TrimLeft(line, "*_ ")
	if opensItem(s) {
		return true
	}
	if len(s) > 2 && s[0] == '(' {
		j := 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		return j > 1 && j < len(s) && s[j] == ')'
	}
	return false
}

// leadInLists returns, for each line of p, the list a lead-in introduces
// (leadIn) that it stands in, numbered from 1 (0: none), and the year the
// lead-in names (0 when none); nil slices when the text has no lead-in. A list holds the items
// after its lead-in, the lines that continue an item, blank lines and the
// stage lines within it; it ends at a heading, at a paragraph that is no
// item, or at the next lead-in.
func leadInLists(p *page) (lists []int, years []int) {
	return listsAfter(p, leadIn)
}

// resultsLeadIn reports whether a line introduces a list of results: it
// ends with a colon and speaks of results ("Theo kết quả xác định Chỉ số
// cải cách hành chính của tỉnh:", "Kết quả cụ thể như sau:"), not of
// aims.
func resultsLeadIn(line, fold string) (bool, int) {
	f := strings.TrimRight(fold, " *_")
	return strings.HasSuffix(f, ":") && strings.Contains(f, "ket qua") && !runesOver(line, leadInScan) &&
		!containsAny(f, []string{"muc tieu", "chi tieu", "phan dau", "ke hoach"}), 0
}

// resultLists returns, for each line of p, whether it stands in a list of
// results (resultsLeadIn): its figures report, they set no aim. nil when
// the text has none.
func resultLists(p *page) []bool {
	lists, _ := listsAfter(p, resultsLeadIn)
	if lists == nil {
		return nil
	}
	in := make([]bool, len(lists))
	for i, n := range lists {
		in[i] = n > 0
	}
	return in
}

// listsAfter numbers the lists that the lines opens reports as lead-ins
// introduce, and gives each line of a list the year its lead-in names
// (see leadInLists).
func listsAfter(p *page, opens func(line, fold string) (bool, int)) (lists []int, years []int) {
	open, year, n := false, 0, 0
	prevBlank := false
	for i := range p.lines {
		line := strings.Trim(trimCell(p.lines[i]), " ")
		if ok, y := opens(line, p.fold[i]); ok {
			if lists == nil {
				lists, years = make([]int, len(p.lines)), make([]int, len(p.lines))
			}
			n++
			open, year, prevBlank = true, y, false
			continue
		}
		if !open {
			continue
		}
		blank := strings.Trim(line, "*_ ") == ""
		level, words := p.headingAt(i)
		switch {
		case blank:
		case level > 0 && roleOfHeading(words) != "":
			open = false // "2. Nhiệm vụ": the next section
		case level > 0 && !opensListItem(line):
			open = false
		case opensListItem(line) || stageOpened(strings.Trim(line, "*_ "), p.fold[i]) > 0 || titledItem(line):
		case prevBlank:
			open = false // a paragraph after the list
		}
		if !open {
			continue
		}
		prevBlank = blank
		lists[i], years[i] = n, year
	}
	return lists, years
}

// titledItem reports whether a paragraph names what it sets before a
// colon, as the unmarked items of a list of targets do ("Hồ sơ TTHC được
// số hóa: Tối thiểu 70% …"): a short title with a capital, no full stop
// in it.
func titledItem(line string) bool {
	s := strings.TrimLeft(line, "*_ ")
	k := strings.Index(s, ": ")
	if k <= 0 || runesOver(s[:k], leadInTitleMax) || strings.ContainsAny(s[:k], ".!?") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// leadInTitleMax is the longest title, in runes, an unmarked item of a
// list of targets gives before its colon (titledItem).
const leadInTitleMax = 150
