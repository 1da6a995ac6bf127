package plandoc

import (
	"regexp"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// Years stated by headings.
//
// A plan may state the year of its targets only once, in the heading of
// the section that lists them ("**2. Mục tiêu cụ thể đến năm 2030**",
// "II. CHỈ TIÊU NĂM 2026") or in the title of the annex that tables them
// ("PHỤ LỤC … CÁC CHỈ TIÊU … ĐẾN NĂM 2030"). That year holds for the
// lines below the heading until the next heading of the same or a higher
// rank (the next annex, for an annex title).

// Heading ranks, higher first: an annex, "I.", "1.", "1.1.", "1.1.1.",
// "a)".
const (
	rankAnnex = iota
	rankRoman
	rankNumber
	rankSub
	rankSubSub
	rankLetter
	rankNone
)

// maxHeadingLen is the longest a heading line may be (bytes, bold marks
// and spaces trimmed); longer numbered lines are items of a list.
const maxHeadingLen = 160

// headingYears returns, for each line of p, the year the innermost
// heading above it sets for its targets, 0 where none does.
func headingYears(p *page) []int {
	return underHeadings(p, headingYear)
}

// headingLevels returns, for each line of p, the level the innermost
// heading above it names ("2. Chuyển đổi số cấp xã" sets "commune" for
// the counts under it), "" where none does.
func headingLevels(p *page) []string {
	return underHeadings(p, headingLevel)
}

// underHeadings returns, for each line of p, the value of the innermost
// heading above it (valueOf of the heading's line and rank) that is not
// zero, the zero value where none has one.
func underHeadings[T comparable](p *page, valueOf func(p *page, i, rank int) T) []T {
	var zero T
	values := make([]T, len(p.lines))
	type open struct {
		rank  int
		value T
	}
	var stack []open
	for i := 0; i < len(p.lines); i++ {
		rank := headingRank(p, i)
		if rank != rankNone {
			for len(stack) > 0 && stack[len(stack)-1].rank >= rank {
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, open{rank, valueOf(p, i, rank)})
		}
		for k := len(stack) - 1; k >= 0; k-- {
			if stack[k].value != zero {
				values[i] = stack[k].value
				break
			}
		}
	}
	return values
}

// headingsNameLevels reports whether a line short enough to be a heading
// names a level ("cấp xã"): only then can a heading give one
// (headingLevels), and the pass over the headings is spared otherwise.
func headingsNameLevels(p *page) bool {
	for i, k := range p.key {
		if len(k) <= maxHeadingLen && strings.Contains(k, "cap ") && !p.skip[i] {
			for _, l := range tgLevels {
				if strings.Contains(k, l.words) {
					return true
				}
			}
		}
	}
	return false
}

// headingLevel returns the one level the heading on line i names ("cấp
// xã", "cấp huyện"), "" when it names none or several, or is an annex's
// title.
func headingLevel(p *page, i, rank int) string {
	if rank == rankAnnex {
		return ""
	}
	f := p.wrappedHeading(i, p.fold[i], p.fold)
	if k := strings.IndexByte(f, '%'); k >= 0 {
		// "b) Tối thiểu 80% hồ sơ …; cấp xã đạt tối thiểu 70%": a target
		// of its own, whose level after its first value is that value's
		// or a later one's, not the level of what stands under it.
		f = f[:k]
	}
	return levelIn(f, parenDepth(f), 0, len(f), tgLevels)
}

// headingRank returns the rank of the heading on line i, rankNone when
// the line is no heading.
func headingRank(p *page, i int) int {
	if p.skip[i] {
		return rankNone
	}
	if strings.HasPrefix(p.key[i], "phu luc") {
		return rankAnnex
	}
	s := strings.Trim(strings.TrimSpace(p.lines[i]), "* _")
	if s == "" || len(s) > maxHeadingLen {
		return rankNone
	}
	if strings.Contains(s, "**") {
		s = strings.ReplaceAll(s, "*", "") // "**3****. ****Tầm nhìn …**": bold marks inside the numbering
	}
	rank := rankNone
	if isHeadingStart(s[0]) || s[0] == '(' {
		rank = numberingRank(s)
	}
	if rank == rankNone && boldLine(p.lines[i]) && bulletAt(s) && containsAny(p.fold[i], []string{"muc tieu", "chi tieu", "tam nhin", "dinh huong"}) {
		// "**- Mục tiêu cụ thể đến năm 2030**", "**- Tầm nhìn đến năm
		// 2045**": a bullet in bold that names aims heads the list of them.
		return rankLetter
	}
	if rank == rankNone && mdHeading(p.lines[i]) && !strings.HasPrefix(strings.TrimSpace(p.lines[i]), "#") {
		// "**Mục tiêu cụ thể của chương trình … giai đoạn 2026-2030 ra
		// sao?**": a heading in bold without a number opens a section of
		// a legal-news item.
		return rankRoman
	}
	return rank
}

// isHeadingStart reports whether b may open a numbered heading: a digit
// or a capital Latin letter (Roman numerals) or a small one (a), b)).
func isHeadingStart(b byte) bool {
	return isDigit(b) || (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z')
}

// numberingRank returns the rank of the numbering s opens with ("II.",
// "2.", "2.1.", "2.1.1", "b)"; a number in brackets, "(1)", ranks as
// "2.1."), rankNone when it opens with none.
func numberingRank(s string) int {
	if bracketNumberAt(s) {
		return rankSub // "(1) Mục tiêu đến năm 2025"
	}
	j := 0
	for j < len(s) && strings.IndexByte("IVXL", s[j]) >= 0 {
		j++
	}
	if j > 0 && j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' {
		return rankRoman
	}
	if s[0] >= 'a' && s[0] <= 'z' && len(s) > 2 && s[1] == ')' && s[2] == ' ' {
		return rankLetter
	}
	parts := 0
	j = 0
	for j < len(s) && isDigit(s[j]) {
		k := j
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-k > 2 {
			return rankNone // a year or a count, not a numbering
		}
		parts++
		if j < len(s) && s[j] == '.' {
			j++
			continue
		}
		break
	}
	if parts == 0 || j >= len(s) || s[j] != ' ' || s[j-1] != '.' && parts == 1 {
		return rankNone
	}
	switch parts {
	case 1:
		return rankNumber
	case 2:
		return rankSub
	}
	return rankSubSub
}

// headingYear returns the year the heading on line i of the given rank
// sets for the targets below it: the year of a heading or annex title
// that speaks of aims or targets ("mục tiêu", "chỉ tiêu"), 0 otherwise.
func headingYear(p *page, i, rank int) int {
	title := p.fold[i]
	if rank == rankAnnex {
		_, body := annexTitle(p, i)
		title = strings.Join(p.fold[i:body], " ")
	} else {
		title = p.wrappedHeading(i, title, p.fold)
	}
	if !strings.Contains(title, "chi tieu") && !strings.Contains(title, "muc tieu") {
		return stageHeadingYear(title)
	}
	return lastYear(hyCitedYearRe.ReplaceAllString(title, " "))
}

// hyCitedYearRe matches, folded, a document a heading cites with its
// year ("Mục tiêu được đặt ra tại Nghị quyết 59 70 71 72 của Bộ Chính trị
// năm 2025"): the year of the document, not of the aims.
var hyCitedYearRe = regexp.MustCompile(`(?:nghi quyet|quyet dinh|ke hoach|chi thi|chuong trinh|thong tu|luat|cong van)\b[^,;:]{0,60}? nam (?:19|20)[0-9]{2}`)

// stageHeadingRe matches the folded words of a heading that only names a
// stage of the aims above it, its numbering and marks dropped: "Đến năm
// 2030", "Giai đoạn 2026 - 2030", "Định hướng đến năm 2035", "Năm 2026:".
var stageHeadingRe = regexp.MustCompile(`^(?:dinh huong |tam nhin )?(?:(?:den |trong )?(?:het )?nam|giai doan) ((?:19|20)[0-9]{2})(?:\s*-\s*((?:19|20)[0-9]{2}))?\W*$`)

// stageHeadingYear returns the year a heading that names a stage sets for
// the aims under it ("*2.1. Đến năm 2030*" → 2030, the end of a period);
// 0 for any other heading.
func stageHeadingYear(title string) int {
	// The marks and the numbering before the words, bold marks inside the
	// numbering too ("(3) Tầm nhìn …", "**3****. ****Tầm nhìn …").
	t := strings.TrimLeft(title, " *_#-+0123456789.()")
	return endYear(stageHeadingRe.FindStringSubmatch(strings.TrimSpace(strings.Trim(t, " *_"))))
}

// carryHeadingYears gives each target of year 0 the year its heading
// sets (headingYears), and each target without a level the level its
// heading names (levels, from headingLevels; nil when no heading names
// one), the line of its source telling where it stands.
func carryHeadingYears(p *page, ts []dataset.Target, levels []string) {
	var years []int
	for k := range ts {
		l := ts[k].Source.Line - 1
		if l < 0 || l >= len(p.lines) {
			continue
		}
		if ts[k].Year == 0 {
			if years == nil {
				years = headingYears(p)
			}
			ts[k].Year = years[l]
		}
		if ts[k].Level == "" && levels != nil {
			ts[k].Level = levels[l]
		}
	}
}

// levelsUnderHeadings returns headingLevels of p when a heading may name
// a level (headingsNameLevels), nil otherwise.
func levelsUnderHeadings(p *page) []string {
	if !headingsNameLevels(p) {
		return nil
	}
	return headingLevels(p)
}
