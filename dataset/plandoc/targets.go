package plandoc

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// targetResult is what the target extractor found: the targets, the
// findings about the targets section, and where that section stands.
type targetResult struct {
	targets  []dataset.Target
	findings []dataset.Finding
	// from, to are the 0-based lines of the targets section (heading
	// included, to exclusive); from is -1 when there is none.
	from, to int
	// stages are the years of the stages the lines stand in
	// (stageYears), read for a text with a targets section.
	stages []int
}

var (
	tgRomanRe  = regexp.MustCompile(`^([IVX][IVXl1]*)\s*(?:\.|[-–]\s)\s*`)
	tgArabicRe = regexp.MustCompile(`^([0-9]{1,2})\s*\.\s+`)
	// "1.1.", "1.1 ", "3.", "2)", "1.2.3."
	tgNumRe       = regexp.MustCompile(`^([0-9]{1,2}(?:\.[0-9]{1,2})*)(?:\.|\))?(?:\s+|$)`)
	tgLetterRe    = regexp.MustCompile(`^([a-zđ])\)\s*`)
	tgBulletRe    = regexp.MustCompile(`^[-–—•+]\s*`)
	tgNumberRe    = regexp.MustCompile(`[0-9]+(?:[.,][0-9]+)*`)
	tgRangeRe     = regexp.MustCompile(`^\s*(?:%\s*)?(?:den|toi|-)\s*([0-9]+(?:[.,][0-9]+)?)`)
	tgBaseRe      = regexp.MustCompile(`so voi (?:cung ky )?(?:nam|cuoi nam) ([0-9]{4})`)
	tgPrevRe      = regexp.MustCompile(`so voi (?:cung ky )?nam truoc`)
	tgThousandsRe = regexp.MustCompile(`^[0-9]{1,3}(?:\.[0-9]{3})+$`)
	tgOrLater     = regexp.MustCompile(`^\s*(?:%\s*)?tro len\b`)
)

// tgWindow is how many bytes before a number are read for its comparator,
// change and qualifiers.
const tgWindow = 80

// tgComparators are the words before a value that state its comparator,
// longest first; they are matched on folded words. "dưới" is "<=" (the
// labels' convention: a ceiling to stay under), "ít hơn" and "thấp hơn"
// are "<".
var tgComparators = []struct{ words, cmp string }{
	{"khoang tren", dataset.CmpApprox}, {"khoang hon", dataset.CmpApprox}, // "khoảng trên 1.700 km": about
	{"khong vuot qua", dataset.CmpLE}, {"khong qua", dataset.CmpLE}, {"toi da", dataset.CmpLE},
	{"khong duoi", dataset.CmpGE}, {"khong it hon", dataset.CmpGE}, {"khong thap hon", dataset.CmpGE},
	{"khong cao hon", dataset.CmpLE}, {"khong nhieu hon", dataset.CmpLE}, {"khong lon hon", dataset.CmpLE},
	{"khong vuot", dataset.CmpLE}, {"it nhat", dataset.CmpGE},
	{"toi thieu", dataset.CmpGE}, {"nhieu hon", dataset.CmpGT}, {"cao hon", dataset.CmpGT},
	{"tren", dataset.CmpGT}, {"vuot", dataset.CmpGT},
	{"it hon", dataset.CmpLT}, {"thap hon", dataset.CmpLT}, {"duoi", dataset.CmpLE}, {"hon", dataset.CmpGT},
	{"khoang", dataset.CmpApprox}, {"xap xi", dataset.CmpApprox}, {"gan", dataset.CmpApprox}, // "gần 380.000 tỉ đồng": nearly
}

// tgFillers are words between a subject and its value that carry no meaning
// for the target ("đạt", "có", "là", "đạt tỷ lệ", "đạt yêu cầu").
var tgFillers = []string{"dat ty le", "dat muc", "dat yeu cau", "ty le", "dat", "co", "la", "o muc", "duoc", "bang", "them",
	"hang nam", "moi nam", "binh quan hang nam", "binh quan moi nam"}

// tgYearly are the folded words before a value that say how often, not
// which year ("giảm hàng năm 1%-1,5%", "tăng mỗi năm 10%").
var tgYearly = []string{"hang nam", "moi nam"}

// yearly reports whether the words before a value end with a word of
// tgYearly: "năm" there names no year.
func yearly(ws []string) bool {
	return endsWithAnyWords(ws, tgYearly)
}

// tgChanges are the verbs that make a value a change against a baseline.
var tgChanges = []struct{ words, change string }{
	{"cat giam", dataset.ChangeDecrease}, {"tinh gian", dataset.ChangeDecrease}, {"giam dan", dataset.ChangeDecrease}, {"giam", dataset.ChangeDecrease},
	{"tang them", dataset.ChangeIncrease}, {"tang dan", dataset.ChangeIncrease}, {"tang", dataset.ChangeIncrease},
}

// tgUnits are the nouns after a bare number that make it a counted target,
// with the unit they give; a number followed by another word ("40 tuổi",
// "03 cấp") is not a target.
var tgUnits = []struct{ noun, unit string }{
	{"bien che", "staff"}, {"nguoi", "people"}, {"lan", "times"}, {"luot", "lượt"},
	{"sang kien", "count"}, {"cuoc", "count"}, {"don vi", "count"}, {"co quan", "count"},
	{"tin bai", "count"}, {"tin", "count"}, {"bai", "count"}, {"lop", "count"}, {"truong", "count"},
	{"ho so", "count"}, {"thu tuc", "count"}, {"tthc", "count"}, {"van ban", "count"}, {"vbqppl", "count"},
	{"doanh nghiep", "count"}, {"mo hinh", "count"}, {"giai phap", "count"}, {"hoi nghi", "count"},
	{"chuyen de", "count"}, {"chuyen muc", "count"}, {"chuyen trang", "count"}, {"de an", "count"},
	{"ubnd", "count"}, {"xa", "count"}, {"trung tam", "count"},
	{"ban", "count"}, {"phong su", "count"}, {"video", "count"}, {"an pham", "count"},
	{"huyen", "count"}, {"phuong", "count"}, {"thi tran", "count"}, {"dac khu", "count"}, {"tram", "count"},
	{"giao vien", "people"}, {"giang vien", "people"}, {"nghien cuu sinh", "people"}, {"sinh vien", "people"},
	{"hoc sinh", "people"}, {"hoc vien", "people"}, {"chuyen gia", "people"}, {"can nha", "count"}, {"can ho", "count"},
	{"bac si", "bác sĩ"}, {"bac sy", "bác sĩ"}, {"giuong benh", "giường bệnh"}, // before "bac": "15,3 bác sĩ" is no rank
	{"bac", "rank"}, {"hang", "rank"},
	{"can bo", "staff"}, {"cong chuc", "staff"}, {"vien chuc", "staff"}, {"usd", "USD"}, {"do la my", "USD"},
	{"bo du lieu", "count"}, {"tap du lieu", "count"}, {"kich ban", "count"}, {"nen tang", "count"},
	{"ngay lam viec", "days"}, {"ngay", "days"}, {"dang vien", "count"},
	{"dong", "đồng"}, {"vnd", "đồng"}, {"mbps", "Mbps"}, {"gbps", "Gbps"}, // access speeds
	{"cong trinh", "count"}, {"co so du", ""}, {"co so", "count"}, {"vung", "count"}, {"san pham", "count"},
	{"thuong hieu", "count"}, {"dai dien", "count"}, {"hop tac xa", "count"}, {"ung dung", "count"},
	{"he thong", "count"}, {"phu nu", "people"}, {"ho kinh doanh", "count"}, {"ho gia dinh", "count"},
	{"chinh sach", "count"}, {"he sinh thai", "count"}, {"tai khoan", "count"},
	{"km", "km"}, {"ha", "ha"}, {"hecta", "ha"}, {"g m3", "μg/m3"}, // "μg/m3": μ folds to no letter; "cơ sở dữ liệu" (three words read) is no unit
}

// tgGluedUnits are the folded units a number may be written against
// ("1.700km", "500ha").
var tgGluedUnits = []string{"km", "ha"}

// gluedUnitAt reports whether f at e opens a unit written against the
// number before it (tgGluedUnits), as a word of its own.
func gluedUnitAt(f string, e, to int) bool {
	for _, u := range tgGluedUnits {
		if strings.HasPrefix(f[e:to], u) && (e+len(u) == to || !isASCIILetter(f[e+len(u)])) {
			return true
		}
	}
	return false
}

// tgNotBefore are words after which a number is an identifier, a date part
// or a qualifier, never a target value.
var tgNotBefore = []string{"nam", "so", "ngay", "thang", "quy", "nhom", "muc do", "khoa", "lan thu",
	"dieu", "khoan", "chuong", "phu luc", "giai doan", "cap do", "tuoi", "iso", "tcvn", "hang", "thu",
	"thuoc", "tai", "de an", "nghi quyet", "ket luan", "chi thi", "quyet dinh", "thong tu", "nghi dinh",
	"cong van", "thong bao", "cong dien"}

// tgLevels are the level phrases of a target, folded.
var tgLevels = []struct{ words, level string }{
	{"cap tinh", "province"}, {"cap so", "province"}, {"cap thanh pho", "province"},
	{"cap huyen", "district"}, {"cap xa", "commune"}, {"cap phuong", "commune"},
}

// tgWideLevels add to tgLevels the bodies that stand for a level outside
// a targets section, where a report or an excerpt names them instead of
// the level ("các sở, ban ngành, UBND cấp huyện, cấp xã", "cơ quan thuộc
// khối sở", "đơn vị sự nghiệp trực thuộc UBND tỉnh").
var tgWideLevels = append(append([]struct{ words, level string }(nil), tgLevels...),
	struct{ words, level string }{"so, ban", "province"}, struct{ words, level string }{"so ban nganh", "province"},
	struct{ words, level string }{"so, nganh", "province"}, struct{ words, level string }{"so, ban cua tinh", "province"},
	struct{ words, level string }{"cac huyen", "district"}, struct{ words, level string }{"cac xa", "commune"},
	struct{ words, level string }{"cac phuong", "commune"},
	struct{ words, level string }{"co quan thanh pho", "province"}, struct{ words, level string }{"co quan tinh", "province"},
	struct{ words, level string }{"khoi so", "province"}, struct{ words, level string }{"truc thuoc ubnd tinh", "province"})

// tgAreas map the folded words of a heading to a CCHC area.
var tgAreas = []struct{ words, area string }{
	{"chi dao dieu hanh", dataset.AreaDirection}, {"cong tac chi dao", dataset.AreaDirection},
	{"the che", dataset.AreaInstitutions}, {"thu tuc hanh chinh", dataset.AreaProcedures},
	{"to chuc bo may", dataset.AreaOrganisation}, {"cong vu", dataset.AreaCivilService},
	{"cong chuc", dataset.AreaCivilService}, {"tai chinh cong", dataset.AreaPublicFinance},
	{"chinh quyen dien tu", dataset.AreaDigitalGovernment}, {"chinh quyen so", dataset.AreaDigitalGovernment},
	{"chinh phu dien tu", dataset.AreaDigitalGovernment}, {"chinh phu so", dataset.AreaDigitalGovernment},
	{"iso", dataset.AreaDigitalGovernment}, {"tuyen truyen", dataset.AreaCommunication},
}

// item is one numbered, lettered or bulleted paragraph of the targets
// section, its wrapped lines joined by spaces.
type item struct {
	// wide marks an item outside the targets section: one value for
	// several levels is one target per level, and the bodies of a level
	// name it (tgWideLevels).
	wide    bool
	code    string
	heading bool
	text    []rune
	starts  []int // rune offset where each joined line starts
	lines   []int // 0-based line of each joined line
}

// lineOf returns the 0-based line where rune offset off of the item stands.
func (it *item) lineOf(off int) int {
	k := sort.SearchInts(it.starts, off+1) - 1
	if k < 0 {
		k = 0
	}
	return it.lines[k]
}

// cand is one value found in a clause: a target or, outside the targets
// section, a statement compared with the targets.
type cand struct {
	t            dataset.Target
	explicitCmp  bool
	sharedChange bool // the change, and a baseline it lacks, are the value before's
	pos          int  // rune offset of the value's number in its item
	end          int  // rune offset after the value's expression
}

// extractTargets finds the targets section ("3. Chỉ tiêu cụ thể", "II. CÁC
// CHỈ TIÊU CHỦ YẾU") and reads one target per value and level from each of
// its items; items without a number become findings.
//
// issued is the year the plan was issued (0 when unknown): the items of a
// stage before the plan's year, up to that year, report results.
func extractTargets(p *page, year, issued int, cat MetricMatcher) targetResult {
	res := targetResult{from: -1, to: -1}
	from, to, base := findTargetsSection(p)
	if from < 0 {
		return res
	}
	res.from, res.to = from, to
	planYear := year
	if y := sectionHeadingYear(p.fold[from]); y > 0 {
		year = y // "2. Mục tiêu cụ thể đến năm 2030", "II. CÁC CHỈ TIÊU NĂM 2026"
	}
	stages := stageYears(p, planYear, issued)
	res.stages = stages
	all, tableFindings, used := targetTable(p, from+1, to, base, year, cat)
	res.findings = append(res.findings, tableFindings...)
	items := collectItems(p, from+1, to, base, used, 0)
	if it, ok := gluedItem(p, from); ok {
		items = append([]item{it}, items...)
	}
	area := ""
	general := false // the items are under a heading of the general aims ("Mục tiêu chung")
	for i, it := range items {
		if i+1 < len(items) && it.code != "" && strings.HasPrefix(items[i+1].code, it.code+".") {
			it.heading = true
		}
		if it.heading {
			area = areaOf(ocrKey(string(it.text)))
			continue
		}
		def := year
		if y := stages[it.lines[0]]; y > 0 {
			def = y // "b) Đến năm 2030:", "- Giai đoạn 2028 - 2030: …"
		}
		read := valuesIn(it, def, cat)
		if len(read) == 0 && introducesStage(strings.TrimSpace(string(it.text))) {
			continue // "b) Đến năm 2030:" opens the items below it
		}
		cands := read[:0] // read's values kept in place
		for _, c := range read {
			if !pastStage(c.t.Year, planYear, issued) || statesRequirement(valuePhrase(it.text, c)) {
				cands = append(cands, c) // not "năm 2025 đạt 97%" in a plan for 2026
			}
		}
		if len(read) > 0 && len(cands) == 0 {
			continue // results only
		}
		if len(cands) == 0 && sectionHeading(string(it.text)) {
			general = generalAimHeading(string(it.text))
			continue // "1. Chỉ tiêu chung" over lettered items: a heading, not a target
		}
		if len(cands) == 0 && general {
			continue // "1. Mục tiêu chung" / "Xây dựng nền hành chính …": an aim in words, no target
		}
		if len(cands) == 0 {
			res.findings = append(res.findings, finding(dataset.Finding{Kind: "target_without_number",
				Text:  i18n.Msgf("%s: target stated without a number: %q", codeOrLine(it), shorten(string(it.text), 160)),
				Lines: []int{it.lines[0] + 1}}))
			continue
		}
		for _, c := range cands {
			t := c.t
			t.Code = it.code
			if area != "" {
				t.Area = area
			}
			all = append(all, t)
		}
	}
	// Table rows were read first; put every target in document order.
	sort.SliceStable(all, func(i, j int) bool { return all[i].Source.Line < all[j].Source.Line })
	for i := range all {
		all[i].Role = roleSection
	}
	res.targets = uniqueCodes(all)
	return res
}

// valuePhrase returns the words of a value's own phrase in its item's
// text: from the comma, semicolon or colon before it to the end of its
// expression ("năm 2026 phấn đấu đạt 98%" in "… năm 2025 đạt 97%, năm
// 2026 phấn đấu đạt 98%").
func valuePhrase(text []rune, c cand) string {
	from := 0
	for i := min(c.pos, len(text)) - 1; i >= 0; i-- {
		if text[i] == ',' || text[i] == ';' || text[i] == ':' {
			from = i + 1
			break
		}
	}
	return string(text[from:max(from, min(c.end, len(text)))])
}

// tgGluedItemRe finds where a target starts on the heading line of the
// targets section, after its title: a colon or a dash ("II. CHỈ TIÊU CỤ
// THỂ: Tỷ lệ …", "2. Mục tiêu cụ thể - Tỷ lệ …") or the number of a first
// item ("I. MỤC TIÊU 1. Tỷ lệ …").
var tgGluedItemRe = regexp.MustCompile(`(?::|\s[-–]|\s[0-9]{1,2}[.)])\s+`)

// gluedItem returns the text that stands on the heading line i of the
// targets section after the heading's title, when it holds a number: a
// target glued to its heading by the line breaks of a conversion. The
// item's subject does not hold the heading.
func gluedItem(p *page, i int) (item, bool) {
	line := trimCell(p.lines[i])
	numbering := romanAt(line)
	if numbering == "" {
		numbering = numberedAt(line)
	}
	skip := min(len(line), len(numbering)+1)
	m := tgGluedItemRe.FindStringIndex(line[skip:])
	if m == nil {
		return item{}, false
	}
	rest := strings.TrimSpace(line[skip+m[1]:])
	if !strings.ContainsAny(rest, "0123456789") || len(strings.Fields(rest)) < 3 {
		return item{}, false
	}
	return item{text: []rune(rest), starts: []int{0}, lines: []int{i}}, true
}

// sectionHeadingYear returns the year the folded heading of the targets
// section names for what stands under it ("muc tieu cu the den nam 2030",
// "cac chi tieu nam 2026", "giai doan 2026 - 2030"), 0 when none.
func sectionHeadingYear(f string) int {
	if !strings.Contains(f, "nam ") && !strings.Contains(f, "giai doan ") {
		return 0
	}
	return lastYear(f)
}

func codeOrLine(it item) string {
	if it.code != "" {
		return it.code
	}
	return fmt.Sprintf("line %d", it.lines[0]+1)
}

// areaOf returns the CCHC area a heading names, "" when none.
func areaOf(k string) string {
	for _, a := range tgAreas {
		if strings.Contains(" "+k+" ", " "+a.words+" ") {
			return a.area
		}
	}
	return ""
}

// findTargetsSection returns the 0-based lines of the targets section
// (from: its heading; to: exclusive) and the code prefix of its items
// ("II", "I.3"); from is -1 when there is none.
func findTargetsSection(p *page) (from, to int, base string) {
	// A section of chỉ tiêu; failing that, one of specific objectives
	// ("Mục tiêu cụ thể"), where many plans state their targets.
	for _, heads := range [][]string{
		{"chi tieu", "cac chi tieu", "muc tieu chi tieu", "muc tieu va chi tieu"},
		{"muc tieu cu the", "cac muc tieu cu the"},
	} {
		if from, to, base = findSection(p, heads); from >= 0 {
			return from, to, base
		}
	}
	return -1, -1, ""
}

// findSection returns the first section whose heading (after its number)
// starts with one of heads; see findTargetsSection.
func findSection(p *page, heads []string) (from, to int, base string) {
	from = -1
	roman := ""
	isArabic := false
	for i := range p.lines {
		if p.skip[i] {
			continue
		}
		line := trimCell(p.lines[i])
		r := romanAt(line)
		if r != "" {
			roman = r
		}
		var arabic []string
		if r == "" {
			if arabic = arabicAt(line); arabic == nil {
				continue
			}
		}
		if utfLen(line) > 90 {
			continue
		}
		k := p.key[i]
		rest := k
		if r != "" {
			if ws := strings.Fields(k); len(ws) > 0 {
				rest = strings.TrimSpace(strings.TrimPrefix(k, ws[0]))
			}
			isArabic = false
		} else {
			rest = strings.TrimSpace(strings.TrimPrefix(k, arabic[1]))
			isArabic = true
		}
		if hasAnyPrefix(rest, heads) {
			from = i
			if isArabic {
				if roman == "" && hasLaterRoman(p, i) {
					roman = "I"
				}
				base = joinCode(roman, arabic[1])
			} else {
				base = roman
			}
			break
		}
	}
	if from < 0 {
		return -1, -1, ""
	}
	// An arabic heading ("3. Chỉ tiêu cụ thể") ends at the next heading
	// with a higher number; items numbered from 1 again stay inside.
	headNum := 0
	if isArabic {
		headNum, _ = strconv.Atoi(tgArabicRe.FindStringSubmatch(trimCell(p.lines[from]))[1])
	}
	to = len(p.lines)
	for j := from + 1; j < len(p.lines); j++ {
		line := trimCell(p.lines[j])
		k := p.key[j]
		if romanAt(line) != "" || k == "phu luc" || strings.HasPrefix(k, "noi nhan") {
			to = j
			break
		}
		if isArabic {
			if sm := arabicAt(line); sm != nil {
				if n, _ := strconv.Atoi(sm[1]); n > headNum {
					to = j
					break
				}
			}
		}
	}
	return from, to, base
}

// numberedAt returns tgNumRe's match at the start of line ("1.2. "), ""
// when none.
func numberedAt(line string) string {
	if line == "" || !isDigit(line[0]) {
		return "" // what tgNumRe cannot match, without running it
	}
	// tgNumRe reads digits, dots and a bracket, then spaces: it is run on
	// them and one byte more (so that its $ still sees whether the line
	// goes on), not on the whole of a long line.
	k := 0
	for k < len(line) && (isDigit(line[k]) || line[k] == '.' || line[k] == ')') {
		k++
	}
	for k < len(line) && (line[k] == ' ' || line[k] == '\t' || line[k] == '\n' || line[k] == '\f' || line[k] == '\r') {
		k++
	}
	if k < len(line) {
		k++
	}
	if n := numberLen(line[:k]); n >= 0 {
		return line[:n]
	}
	return ""
}

// numberLen returns the length of tgNumRe's match in s, -1 when it has
// none. It reads the pattern as the regexp package does, trying each
// choice in the order of preference (more digits, more ".N" parts, the
// final dot or bracket taken) and keeping the first that matches, without
// running it.
func numberLen(s string) int {
	if len(s) > 1 && isDigit(s[0]) && isDigit(s[1]) {
		if n := numberParts(s, 2); n >= 0 {
			return n
		}
	}
	if s != "" && isDigit(s[0]) {
		return numberParts(s, 1)
	}
	return -1
}

// numberParts matches (?:\.[0-9]{1,2})* and what follows it in tgNumRe
// from s[p:]: the end of the match, -1 when none.
func numberParts(s string, p int) int {
	if p+1 < len(s) && s[p] == '.' && isDigit(s[p+1]) {
		if p+2 < len(s) && isDigit(s[p+2]) {
			if n := numberParts(s, p+3); n >= 0 {
				return n
			}
		}
		if n := numberParts(s, p+2); n >= 0 {
			return n
		}
	}
	if p < len(s) && (s[p] == '.' || s[p] == ')') {
		if n := numberEnd(s, p+1); n >= 0 {
			return n
		}
	}
	return numberEnd(s, p)
}

// numberEnd matches tgNumRe's (?:\s+|$) from s[p:]: the end of the
// match, -1 when none.
func numberEnd(s string, p int) int {
	if p == len(s) {
		return p
	}
	if !isRESpace(s[p]) {
		return -1
	}
	for p < len(s) && isRESpace(s[p]) {
		p++
	}
	return p
}

// isRESpace reports whether c is white space as the regexp package's \s
// reads it: space, tab, line feed, form feed or carriage return.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// romanOCR reads the letters OCR puts for "I" in a Roman numeral.
var romanOCR = strings.NewReplacer("l", "I", "1", "I")

// romanAt returns the Roman numeral opening a heading line ("II." → "II",
// the OCR "Il." → "II"), "" when none.
func romanAt(line string) string {
	if line == "" || (line[0] != 'I' && line[0] != 'V' && line[0] != 'X') {
		return "" // what tgRomanRe cannot match, without running it
	}
	if sm := tgRomanRe.FindStringSubmatch(line); sm != nil {
		return romanOCR.Replace(sm[1])
	}
	return ""
}

// arabicAt returns tgArabicRe's submatches for a line opening with an
// arabic number ("3. Chỉ tiêu"), nil when none.
func arabicAt(line string) []string {
	if line == "" || !isDigit(line[0]) {
		return nil // what tgArabicRe cannot match, without running it
	}
	return tgArabicRe.FindStringSubmatch(line)
}

func hasAnyPrefix(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func hasLaterRoman(p *page, i int) bool {
	for j := i + 1; j < len(p.lines); j++ {
		if romanAt(trimCell(p.lines[j])) != "" {
			return true
		}
	}
	return false
}

func joinCode(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "." + b
}

func utfLen(s string) int { return utf8.RuneCountInString(s) }

// collectItems splits lines [from, to) into items. A numbered line starts
// an item with its number; a lettered or bulleted line starts one under
// the current number ("I.3-2" is the second bullet of I.3); other
// non-blank lines continue the current item; a blank line ends it. With
// itemParagraphs, a line that ends a sentence ends its item too: the
// lines of a report or an excerpt are its paragraphs, and a line that
// does not end a sentence is wrapped. With itemNumbersOnly, an item
// without a digit is left out (it can state no value).
func collectItems(p *page, from, to int, base string, used []bool, mode itemMode) []item {
	var items []item
	var cur *pendingItem
	number := base
	bullets := 0
	headingAbove := false // the last line added to cur names a section
	flush := func() {
		if cur != nil {
			if it, ok := cur.item(mode&itemNumbersOnly != 0); ok {
				items = append(items, it)
			}
		}
		cur = nil
	}
	blank := false // blank lines stand between cur and this line
	for i := from; i < to; i++ {
		if p.skip[i] || (used != nil && used[i]) {
			continue
		}
		line := trimCell(p.lines[i])
		if line == "" {
			blank = true
			continue
		}
		if blank && cur != nil && lineAbove(p.lines, i) != cur.lines[len(cur.lines)-1] {
			flush() // a blank line ends the item; a page break after its last line does not ("… của" / page furniture / "các sở, ngành …")
		}
		blank = false
		code, body, ok := "", line, false
		if sm := tgNumRe.FindStringSubmatch(line); sm != nil && (strings.Contains(sm[1], ".") || strings.ContainsAny(line[len(sm[1]):min(len(line), len(sm[1])+1)], ".)")) {
			number = joinCode(base, strings.TrimSuffix(sm[1], "."))
			bullets = 0
			code, body, ok = number, line[len(sm[0]):], true
		} else if sm := tgLetterRe.FindStringSubmatch(line); sm != nil {
			bullets++
			code, body, ok = number+"-"+sm[1], line[len(sm[0]):], true
		} else if sm := tgBulletRe.FindString(line); sm != "" {
			bullets++
			code, body, ok = number+"-"+strconv.Itoa(bullets), line[len(sm):], true
		}
		body = strings.TrimSpace(body)
		heading := sectionHeading(body)
		if ok {
			flush()
			cur = &pendingItem{code: code}
		} else if cur != nil && (headingAbove || mode&itemParagraphs != 0 && (endsParagraph(p.lines[cur.lines[len(cur.lines)-1]]) || heading)) {
			flush() // a heading that names a section stands alone: "I. MỤC TIÊU", "1. Mục tiêu chung" over its first paragraph
		}
		if cur == nil {
			cur = &pendingItem{code: number}
		}
		cur.lines = append(cur.lines, i)
		cur.bodies = append(cur.bodies, body)
		headingAbove = heading
	}
	flush()
	return items
}

// itemMode says how collectItems reads its lines.
type itemMode int

const (
	// itemParagraphs ends an item at a line that ends a sentence.
	itemParagraphs itemMode = 1 << iota
	// itemNumbersOnly leaves out the items without a digit.
	itemNumbersOnly
)

// pendingItem is an item collectItems is reading: its code and the
// lines it has joined so far, with the text each adds.
type pendingItem struct {
	code   string
	lines  []int
	bodies []string
}

// sectionHeading reports whether the text of a line names a section
// ("I. MỤC TIÊU", "2. Yêu cầu", "Mục tiêu cụ thể"), its number left out:
// the paragraphs before and under it are items of their own, not one
// with the heading.
func sectionHeading(line string) bool {
	if len(line) > 12*sectionHeadingWords {
		return false // longer than six words of Vietnamese: a paragraph's line
	}
	if romanAt(line) != "" {
		if m := tgRomanRe.FindStringIndex(line); m != nil {
			line = line[m[1]:] // "I. MỤC TIÊU": the words after the numeral
		}
	}
	line = strings.TrimLeft(line, " *_#")
	if r, _ := utf8.DecodeRuneInString(line); !unicode.IsUpper(r) || strings.ContainsAny(line, "0123456789") {
		return false // "… đáp ứng\nyêu cầu đề ra.", "Phấn đấu 100% cơ sở cai\nnghiện …": a sentence wrapped
	}
	k := ocrKey(line)
	words := len(strings.Fields(k))
	switch {
	case words > sectionHeadingWords || roleOfHeading(k) == "":
		return false
	case k == "phan dau" || strings.HasPrefix(k, "phan dau "):
		return false // "Phấn đấu trợ giúp pháp lý …", "6.2. Phấn đấu" / "100% …": the verb of an aim, wrapped
	}
	t := strings.TrimRight(line, " *_")
	return words <= 4 || strings.HasSuffix(t, ":") || strings.ToUpper(t) == t
}

// generalAimHeading reports whether a section heading names the plan's
// general aims or purposes ("Mục tiêu chung", "Mục đích", "Yêu cầu"),
// under which an aim in words is no target wanting its number.
func generalAimHeading(heading string) bool {
	return containsAny(ocrKey(heading), []string{"muc tieu chung", "muc dich", "yeu cau", "quan diem"})
}

// sectionHeadingWords is how many words a heading that names a section
// may have; a longer line is the opening of an item that goes on. One of
// more than four words is a heading only in capitals or before a colon.
const sectionHeadingWords = 6

// item returns the item the lines make, their texts joined by spaces;
// not ok for an item of white space only, or, with numbersOnly, without
// a digit.
func (pi *pendingItem) item(numbersOnly bool) (item, bool) {
	size, digits := 0, false
	for _, b := range pi.bodies {
		size += utf8.RuneCountInString(b) + 1
		digits = digits || strings.ContainsAny(b, "0123456789")
	}
	if numbersOnly && !digits {
		return item{}, false
	}
	it := item{code: pi.code, lines: pi.lines, starts: make([]int, 0, len(pi.bodies)), text: make([]rune, 0, size)}
	for _, b := range pi.bodies {
		if len(it.text) > 0 {
			it.text = append(it.text, ' ')
		}
		it.starts = append(it.starts, len(it.text))
		for _, r := range b {
			it.text = append(it.text, r)
		}
	}
	return it, !blankRunes(it.text)
}

// blankRunes reports whether rs holds nothing but white space.
func blankRunes(rs []rune) bool {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return true
}

// endsParagraph reports whether a line ends its paragraph: it ends a
// sentence, or it is a table cell closed by '|' (cells one a line).
func endsParagraph(line string) bool {
	return endsSentence(line) || strings.HasSuffix(strings.TrimRight(line, " "), "|")
}

// clause is a rune range of an item's text.
type clause struct{ from, to int }

// clausesOf splits text at semicolons and at full stops that end a
// sentence, never inside parentheses.
func clausesOf(text []rune) []clause {
	var out []clause
	depth, start := 0, 0
	for i, r := range text {
		switch r {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth == 0 {
				out = append(out, clause{start, i})
				start = i + 1
			}
		case '.':
			if depth == 0 && sentenceEnd(text, i) {
				out = append(out, clause{start, i})
				start = i + 1
			}
		}
	}
	if start < len(text) {
		out = append(out, clause{start, len(text)})
	}
	return out
}

// sentenceEnd reports whether the full stop at i ends a sentence: it is
// followed by the end, or by space and a capital letter or a dash.
func sentenceEnd(text []rune, i int) bool {
	j := i + 1
	if j >= len(text) {
		return true
	}
	if text[j] == '/' {
		return false
	}
	if !unicode.IsSpace(text[j]) {
		return false
	}
	for j < len(text) && unicode.IsSpace(text[j]) {
		j++
	}
	if j >= len(text) {
		return true
	}
	// A sentence opens with a capital, a dash or a number ("… NĐ-CP. 100%
	// CBCC …").
	return unicode.IsUpper(text[j]) || text[j] == '-' || text[j] == '–' || (text[j] >= '0' && text[j] <= '9')
}

// asciiFold folds runes one to one into bytes: letters lose their
// diacritics and case, white space becomes ' ', and any rune still outside
// ASCII becomes '#'. Byte i of the result stands for rune i of the input.
func asciiFold(rs []rune) string {
	var b strings.Builder // its String makes no copy of the bytes
	b.Grow(len(rs))
	for _, r := range rs {
		b.WriteByte(asciiFoldRune(r))
	}
	return b.String()
}

// Bytes asciiFold writes for the comparator signs "≥" and "≤", which
// have no ASCII form of one byte.
const (
	foldGE = '\x01'
	foldLE = '\x02'
)

// asciiFoldRune is the byte asciiFold folds r to: "≥" and "≤" to foldGE
// and foldLE, the dashes "–" and "—" to '-'.
func asciiFoldRune(r rune) byte {
	if r >= 0 && int(r) < len(asciiFoldTab) {
		return asciiFoldTab[r]
	}
	return asciiFoldSlow(r)
}

// asciiFoldTab holds asciiFoldRune of the runes U+0000..U+1EFF, those of
// Vietnamese text; built once, read only.
var asciiFoldTab = func() (t [0x1f00]byte) {
	for r := range t {
		t[r] = asciiFoldSlow(rune(r))
	}
	return t
}()

// asciiFoldSlow is asciiFoldRune worked out rune by rune.
func asciiFoldSlow(r rune) byte {
	switch r {
	case '≥', '⩾':
		return foldGE
	case '≤', '⩽':
		return foldLE
	case '–', '—', '−':
		return '-'
	}
	f := foldRune(r)
	switch {
	case unicode.IsSpace(f):
		return ' '
	case f < 0x80:
		return byte(f)
	}
	return '#'
}

// parenDepth returns, for each rune, how many parentheses are open there.
// The depths are only read: a text without '(' shares noParens.
func parenDepth(f string) []int32 {
	if len(f) <= len(noParens) && strings.IndexByte(f, '(') < 0 {
		return noParens[:len(f):len(f)]
	}
	d := make([]int32, len(f))
	n := int32(0)
	for i := 0; i < len(f); i++ {
		if f[i] == '(' {
			n++
		}
		d[i] = n
		if f[i] == ')' && n > 0 {
			n--
		}
	}
	return d
}

// noParens is parenDepth of any text without '(' up to its length: zeros,
// never written.
var noParens [4096]int32

// valuesIn reads the values of an item, clause by clause. The same grammar
// reads the targets section and, elsewhere (annex objectives,
// restatements), the statements compared with the targets.
func valuesIn(it item, year int, cat MetricMatcher) []cand {
	var out []cand
	f := withWordNumbers(it.text, withAimsSet(it.text, asciiFold(it.text)))
	it.text, f = withBreakdownsOpened(it.text, f)
	it.text, f = withLevelListsJoined(it.text, f)
	depth := parenDepth(f)
	var carry *rawValue
	for _, cl := range clausesOf(it.text) {
		cs, last := valuesInClause(it, f, depth, cl, year, cat, carry)
		cs = ranksOverSameIndices(cs, out, f, cl)
		respectiveLevels(cs, f, depth, cl)
		for k := range cs {
			carryBaseline(&cs[k], out, cs[:k])
		}
		out = append(out, cs...)
		if last != nil {
			carry = last
		}
	}
	inheritSubjects(out, cat)
	if it.wide {
		withLabelLevel(it, f, depth, out)
	}
	return out
}

// withBreakdownsOpened returns text and its fold f with the brackets of
// a breakdown by the bodies of each level opened: "… trên môi trường mạng
// (đối với các sở, ngành … đạt 100%; đối với … cấp huyện đạt 95%; đối với
// UBND cấp xã đạt 80%)" states three aims, not an aside, so its "(" reads
// as a space and its ")" as the end of a clause. Copies are returned when
// there is one; one byte of f a rune of text still.
func withBreakdownsOpened(text []rune, f string) ([]rune, string) {
	if !strings.Contains(f, "(doi voi ") {
		return text, f
	}
	var rs []rune
	var b []byte
	for from := 0; ; {
		k := strings.Index(f[from:], "(doi voi ")
		if k < 0 {
			break
		}
		open := from + k
		end := strings.IndexByte(f[open:], ')')
		if end < 0 {
			break
		}
		shut := open + end
		from = shut
		inside := f[open+1 : shut]
		if strings.IndexByte(inside, '(') >= 0 || !strings.Contains(inside, "%") || !strings.Contains(inside, "; doi voi ") {
			continue // an aside, or one body's share: "(đối với hồ sơ trực tuyến đạt 50%)"
		}
		if rs == nil {
			rs, b = slices.Clone(text), []byte(f)
		}
		rs[open], b[open] = ' ', ' '
		rs[shut], b[shut] = ';', ';'
	}
	if rs == nil {
		return text, f
	}
	return rs, string(b)
}

// withLevelListsJoined returns text and its fold f with a semicolon
// that parts the bodies of one value's levels read as a comma: "Tối
// thiểu 10% đối với Sở, ban, ngành; UBND cấp huyện và cấp xã" sets the
// one value for all three levels, the part after the semicolon naming
// only bodies of levels (no figure, no verb, at most levelListReach
// runes) after a part that ends with one. Copies are returned when there
// is one; one byte of f a rune of text still.
func withLevelListsJoined(text []rune, f string) ([]rune, string) {
	if strings.IndexByte(f, ';') < 0 {
		return text, f
	}
	depth := parenDepth(f)
	var rs []rune
	var b []byte
	for from := 0; ; {
		k := strings.IndexByte(f[from:], ';')
		if k < 0 {
			break
		}
		semi := from + k
		from = semi + 1
		end := len(f)
		if j := strings.IndexAny(f[from:], ";."); j >= 0 {
			end = from + j
		}
		after := f[from:end]
		if len(after) > levelListReach || strings.ContainsAny(after, "0123456789") || firstVerb(" "+after, 0) != len(after)+1 {
			continue
		}
		if len(levelsIn(f, depth, from, end, tgWideLevels)) == 0 || len(levelsIn(f, depth, max(0, semi-levelListReach), semi, tgWideLevels)) == 0 {
			continue
		}
		if before := f[max(0, semi-levelListReach):semi]; !strings.Contains(before, "%") && !strings.Contains(before, "doi voi") {
			continue
		}
		if rs == nil {
			rs, b = slices.Clone(text), []byte(f)
		}
		rs[semi], b[semi] = ',', ','
	}
	if rs == nil {
		return text, f
	}
	return rs, string(b)
}

// levelListReach is how many runes the bodies of levels after a semicolon
// (withLevelListsJoined) and the words before it that end with a level
// may have.
const levelListReach = 60

// respectiveLevels gives the values of a clause listed after "tương ứng"
// the levels the clause lists before it, in order ("… thuộc thẩm quyền
// cấp tỉnh, cấp huyện, cấp xã đạt tỷ lệ tối thiểu tương ứng là 30%, 20%,
// 15%"), when there are as many of each.
func respectiveLevels(cs []cand, f string, depth []int32, cl clause) {
	if len(cs) < 2 || !strings.Contains(f[cl.from:cl.to], "tuong ung") {
		return
	}
	at := cl.from + strings.Index(f[cl.from:cl.to], "tuong ung")
	var after []int
	for k, c := range cs {
		if c.pos > at && c.pos <= cl.to {
			after = append(after, k)
		}
	}
	levels := levelsIn(f, depth, cl.from, at, tgWideLevels)
	if len(after) < 2 || len(levels) != len(after) {
		return
	}
	for i, k := range after {
		cs[k].t.Level = levels[i]
	}
}

// ranksOverSameIndices makes the one rank of a clause that names no index
// of its own one rank per index of the clause before, when that clause
// ranked several ("… các chỉ số PAR Index, PCI, PAPI, SIPAS thuộc nhóm 40
// tỉnh, thành phố; đảm bảo mục tiêu đến năm 2025 thuộc nhóm 30 …"): the
// later aim is for the same indices. cs is the clause's values, earlier
// the item's values before it, f the item folded.
func ranksOverSameIndices(cs, earlier []cand, f string, cl clause) []cand {
	if len(cs) != 1 || cs[0].t.Unit != "rank" || len(earlier) < 2 {
		return cs
	}
	last := earlier[len(earlier)-1]
	group := 0
	for k := len(earlier) - 1; k >= 0 && earlier[k].pos == last.pos && earlier[k].t.Unit == "rank"; k-- {
		group++
	}
	if group < 2 || cs[0].pos > len(f) || cs[0].pos < cl.from {
		return cs
	}
	if before := f[cl.from:cs[0].pos]; strings.Contains(before, "chi so") || namesAnyIndex(before) {
		return cs
	}
	out := make([]cand, 0, group)
	for _, e := range earlier[len(earlier)-group:] {
		d := cs[0]
		d.t.Subject, d.t.Metric, d.t.Area = e.t.Subject, e.t.Metric, e.t.Area
		out = append(out, d)
	}
	return out
}

// namesAnyIndex reports whether folded s names an index by its acronym
// (tgIndexNames).
func namesAnyIndex(s string) bool {
	for _, names := range tgIndexNames {
		if wordIndex(s, names[0]) >= 0 {
			return true
		}
	}
	return false
}

// withLabelLevel gives the targets of an item that opens with the bodies
// it is for and a colon ("Đối với các UBND huyện: … đạt tối thiểu 80%;
// Tỷ lệ hồ sơ … đạt tối thiểu 50%.", "Các Sở, Ban, Ngành: … đạt 80%")
// that level when they name none of their own.
func withLabelLevel(it item, f string, depth []int32, cs []cand) {
	colon := strings.IndexByte(f, ':')
	if colon <= 0 || colon > labelLevelReach {
		return
	}
	level := ""
	switch ls := levelsIn(f, depth, 0, colon, tgWideLevels); {
	case len(ls) == 1:
		level = ls[0]
	case len(ls) == 0:
		if bl := bodyLevels(it.text[:colon], f[:colon]); len(bl) == 1 {
			level = bl[0]
		}
	}
	if level == "" {
		return
	}
	for k := range cs {
		if cs[k].t.Level == "" && cs[k].pos > colon {
			cs[k].t.Level = level
		}
	}
}

// labelLevelReach is how far into an item, in bytes of its fold, the
// colon after the bodies it is for may stand.
const labelLevelReach = 80

// carryBaseline gives a value that shares the change of the value before
// it and states no baseline that value's baseline ("giảm 5% số người
// làm việc so với năm 2025 và 10% số đơn vị sự nghiệp"; "giảm tối thiểu
// 15% văn bản so với năm 2025; 10% hội nghị"): the last value of the
// clause (this clause's, else the earlier clauses') with the same change.
func carryBaseline(c *cand, earlier, clause []cand) {
	if !c.sharedChange || c.t.BaselineYear != nil {
		return
	}
	prev := clause
	if len(prev) == 0 {
		prev = earlier
	}
	if len(prev) == 0 {
		return
	}
	if p := prev[len(prev)-1].t; p.Change == c.t.Change && p.BaselineYear != nil {
		y := *p.BaselineYear
		c.t.BaselineYear = &y
	}
}

// tgStageWordsRe matches a stage's words in a subject: "năm 2025",
// "giai đoạn 2026 - 2030", with the words of an aim around them.
var tgStageWordsRe = regexp.MustCompile(`(?i)\s*(?:(?:đến|trong)\s+)?(?:hết\s+)?(?:năm|giai đoạn)\s+[0-9]{4}(?:\s*-\s*[0-9]{4})?`)

// inheritSubjects gives a value whose own words name no subject ("Năm
// 2025, tỷ lệ hài lòng đạt 88%; năm 2026 đạt trên 90%", "… năm 2025 đạt
// 97%, năm 2026 phấn đấu đạt 98%") the subject of the value before it in
// its item, without that value's year; one whose words name only its
// level or the bodies it is for ("cấp xã đạt 60%", "đối với UBND cấp xã
// đạt 80%") that subject at its level or for its bodies.
func inheritSubjects(cs []cand, cat MetricMatcher) {
	for i := 1; i < len(cs); i++ {
		if subjectless(cs[i-1].t.Subject) {
			continue
		}
		var subj string
		subjectBefore := cs[i].t.Subject
		switch {
		case subjectless(cs[i].t.Subject):
			subj = cleanSubject(tgStageWordsRe.ReplaceAllString(cs[i-1].t.Subject, ""))
		case cs[i].t.Level != "" && onlyLevel(cs[i].t.Subject) && cs[i-1].t.Level != cs[i].t.Level:
			// "Tỷ lệ … đạt ≥ 80% ở cấp tỉnh; cấp xã đạt ≥ 60%", "Tối thiểu
			// 80% hồ sơ được số hóa …; cấp xã đạt tối thiểu 70%": the
			// subject before at this level.
			subj = cleanSubject(withoutLevelEnd(cs[i-1].t.Subject) + " " + cs[i].t.Subject)
		case strings.HasPrefix(cs[i].t.Subject, "đối với ") && strings.Index(cs[i-1].t.Subject, " đối với ") > 0:
			// "… trên môi trường mạng (đối với các sở … đạt 100%; đối với
			// UBND cấp xã đạt 80%)" (withBreakdownsOpened): the words
			// before the "đối với" of the value before, for these bodies.
			prev := cs[i-1].t.Subject
			subj = cleanSubject(prev[:strings.Index(prev, " đối với ")] + " " + cs[i].t.Subject)
			cs[i].t.Metric = "" // read again on the whole subject
		default:
			continue
		}
		if subj == "" {
			continue
		}
		cs[i].t.Subject = subj
		if cs[i].t.Level == "" && subjectless(subjectBefore) {
			cs[i].t.Level = cs[i-1].t.Level // "tỷ lệ cấp xã … đạt 80%; đến năm 2027 đạt 100%": the same level's
		}
		if cs[i].t.Metric == "" {
			if m, ok := pickMetric(cat, subj, cs[i].t.Unit, cs[i].t.Change); ok {
				cs[i].t.Metric, cs[i].t.Area = m.ID, m.Area
			}
		}
	}
}

// onlyLevel reports whether a subject names a level of government and
// nothing else ("cấp xã", "ở cấp xã", "đối với cấp huyện").
func onlyLevel(subject string) bool {
	k := " " + ocrKey(subject) + " "
	found := false
	for _, l := range tgLevels {
		if strings.Contains(k, " "+l.words+" ") {
			k = strings.ReplaceAll(k, " "+l.words+" ", " ")
			found = true
		}
	}
	for _, w := range strings.Fields(k) {
		if w != "o" && w != "tai" && w != "doi" && w != "voi" && w != "va" && w != "con" && w != "rieng" {
			return false
		}
	}
	return found
}

// withoutLevelEnd returns subject without the level it ends with ("Tỷ lệ
// … ở cấp tỉnh" → "Tỷ lệ …"); subject as it is when it ends with none.
func withoutLevelEnd(subject string) string {
	ws := strings.Fields(subject)
	for n := min(len(ws)-1, 4); n >= 2; n-- {
		if onlyLevel(strings.Join(ws[len(ws)-n:], " ")) {
			return strings.Join(ws[:len(ws)-n], " ")
		}
	}
	return subject
}

// subjectless reports whether a subject holds no word but a stage's and
// an aim's ("năm 2026", "phấn đấu", "").
func subjectless(subject string) bool {
	for _, w := range strings.Fields(ocrKey(subject)) {
		switch {
		case w == "nam" || w == "giai" || w == "doan" || w == "phan" || w == "dau" || w == "dat" || w == "den" ||
			w == "het" || w == "trong" || w == "va":
		case len(w) == 4 && isDigit(w[0]):
		default:
			return false
		}
	}
	return true
}

// rawValue is a number of a clause before it becomes a target.
type rawValue struct {
	numFrom, numTo int // the number
	spanFrom       int // where the comparator/change words start
	spanTo         int // end of the value expression (%, range, "trở lên")
	value          float64
	valueMax       *float64
	percent        bool
	unit           string
	cmp            string
	explicit       bool
	change         string
	// unitFrom, unitTo: the text's own unit of a ratio ("con/phụ nữ"), in
	// the text; unitTo is 0 when the unit is one of ours.
	unitFrom, unitTo int
	// sharedChange: the change is the value before's ("giảm 5% … so với
	// năm 2025 và 10% …"), and so is its baseline when it states none.
	sharedChange bool
	// attained: the value is one to reach ("đạt 90%", "phấn đấu 80%"),
	// and so are the values that share its predicate ("đạt 100% …; 60%
	// …, 50% …").
	attained bool
	// closing: the value's comparator closes it ("từ 50% trở lên"), and so
	// is not one the values after it share.
	closing bool
	// strived: a "phấn đấu" before the value leads the list it opens
	// ("phấn đấu 100% …; 90% hồ sơ … được xử lý …"), across semicolons.
	strived bool
}

// valuesInClause reads the values of one clause. carry is the last value
// of the clause before, whose comparator and change a clause that opens
// with its value shares ("giảm tối thiểu 15% văn bản; 10% hội nghị"); the
// clause's own last value is returned for the next.
func valuesInClause(it item, f string, depth []int32, cl clause, year int, cat MetricMatcher, carry *rawValue) ([]cand, *rawValue) {
	raws := withoutAddressees(f, cl, readValues(f, depth, cl, carry))
	if len(raws) == 0 {
		return nil, nil
	}
	pieces := piecesOf(f, depth, cl)
	var out []cand
	for k, rv := range raws {
		c := clauseTarget(it, f, depth, cl, rv, raws, pieces, year, cat)
		if k > 0 && len(out) > 0 && onlyTimeWords(c.t.Subject) {
			// "70% học sinh được dạy … và đạt tỷ lệ 90% vào năm 2035":
			// the later value names no subject, the earlier one's is its.
			c.t.Subject = out[len(out)-1].t.Subject
		}
		from := cl.from
		if k > 0 {
			from = raws[k-1].spanTo
		}
		if subjects := listedSubjects(f, depth, from, rv.spanFrom); len(subjects) > 1 {
			for _, sc := range perSubject(c, it.text, f, depth, subjects, rv, cat) {
				if it.wide {
					out = append(out, perLevel(sc, f, depth, cl, len(raws))...)
				} else {
					out = append(out, sc)
				}
			}
			continue
		}
		if len(raws) == 1 && rv.percent {
			if obj, preds := predicatesAfter(f, depth, rv.spanTo, cl.to); len(preds) > 1 {
				out = append(out, perPredicate(c, it.text, obj, preds, cat)...)
				continue
			}
		}
		if rv.unit == "rank" {
			if parts := indicesAfter(f, depth, rv.spanTo, cl.to); len(parts) > 1 {
				out = append(out, perIndex(c, it.text, parts, cat)...)
				continue
			}
		}
		if ms := measuresAfter(f, depth, rv.spanTo, cl.to); len(ms) > 0 {
			out = append(out, perMeasure(c, it.text, f, ms, cl.to, cat)...)
			continue
		}
		if fields := listedFields(f, depth, from, rv.spanFrom); len(fields) > 1 {
			out = append(out, perField(c, it.text, fields, from, cat)...)
			continue
		}
		if parts := sharedHeadParts(f, depth, from, rv.spanFrom); len(parts) > 1 {
			out = append(out, perField(c, it.text, parts, from, cat)...)
			continue
		}
		if it.wide {
			out = append(out, perLevel(c, f, depth, cl, len(raws))...)
			continue
		}
		out = append(out, c)
	}
	return out, &raws[len(raws)-1]
}

// readValues reads the values of a clause, each with the predicate it
// states or shares with the value before it.
func readValues(f string, depth []int32, cl clause, carry *rawValue) []rawValue {
	cf := f[cl.from:cl.to]
	// Values after "không bao gồm" / "trừ" are exclusions, not targets.
	for _, w := range []string{"khong bao gom", " tru "} {
		if i := strings.Index(cf, w); i >= 0 && !(w == " tru " && minusOfNouns(cf[i:])) {
			cf = cf[:i]
		}
	}
	var raws []rawValue
	consumedTo := -1
	for _, m := range numberSpans(cf) {
		s, e := cl.from+m[0], cl.from+m[1]
		if s < consumedTo {
			continue
		}
		rv, ok := readValue(f, depth, cl, s, e)
		if !ok || startOfReduction(f[cl.from:rv.numFrom], f[rv.spanTo:cl.to]) {
			continue // "giảm từ 23 … xuống 18 …": 23 is where the cut starts
		}
		prev := carry
		if len(raws) > 0 {
			prev = &raws[len(raws)-1]
			if !afterSeparator(f[cl.from:rv.spanFrom]) {
				prev = nil // "…, tỷ trọng đạt 25%": the value has its own predicate
			}
		} else if strings.TrimSpace(f[cl.from:rv.spanFrom]) != "" || ownPredicateAfter(f[rv.spanTo:cl.to]) {
			if carry != nil && (carry.strived || aimLeadsList(f, carry)) && cl.from > 0 && f[cl.from-1] == ';' && strings.TrimSpace(f[cl.from:rv.spanFrom]) == "" {
				strive(&rv) // "phấn đấu 100% …; 90% hồ sơ … được xử lý …": the aim goes on
			}
			prev = nil // the clause states its own predicate, before or after the value
		}
		sharePredicate(&rv, prev)
		raws = append(raws, rv)
		consumedTo = rv.spanTo
	}
	return raws
}

// perUnitEnd returns the end of what an amount is per, written after its
// unit at i: one or two slashes, each before one or two words ("/người",
// "/người/năm", "/ha/năm", "/lao động"); 0 when f has no slash at i.
func perUnitEnd(f string, i, to int) int {
	end := 0
	for n := 0; n < 2 && i < to && f[i] == '/'; n++ {
		j := i + 1
		for w := 0; w < 2; w++ {
			k := j
			for k < to && f[k] >= 'a' && f[k] <= 'z' {
				k++
			}
			if k == j {
				break
			}
			end, j = k, k
			if w == 1 || j+1 >= to || f[j] != ' ' || !perSecondWord(f[j+1:to]) {
				break
			}
			j++
		}
		if end <= i {
			return 0
		}
		i = end
	}
	return end
}

// amountPer reports whether a unit of the text's own, folded, is an
// amount per head, area or time ("dong/nguoi/nam", "usd/nguoi"), which a
// label's colon states as plainly as an amount ("GRDP bình quân đầu
// người: 2.300 USD/người").
func amountPer(unit string) bool {
	return strings.HasPrefix(unit, "dong/") || strings.HasPrefix(unit, "usd/")
}

// perSecondWord reports whether the words at the start of s are the second
// word of what an amount is per ("lao động" after "/lao", "tháng" is not).
func perSecondWord(s string) bool {
	return strings.HasPrefix(s, "dong") && (len(s) == 4 || !isASCIILetter(s[4]))
}

// ratioUnit returns the end of the unit of a ratio that starts after the
// value at from, before to; 0 when none: one to four words, a slash, an
// optional base and as many words as before the slash, at least two where
// the text has them ("2,1 con/phụ nữ", "109 bé trai/100 bé gái sinh ra
// sống" ends after "gái", "107 trẻ sơ sinh trai/100 trẻ sơ sinh gái", "15
// bác sĩ/vạn dân").
func ratioUnit(f string, from, to int) int {
	i := from
	if i >= to || f[i] != ' ' {
		return 0
	}
	for i < to && f[i] == ' ' {
		i++
	}
	num := 0
	for num < 4 {
		j := i
		for j < to && f[j] >= 'a' && f[j] <= 'z' {
			j++
		}
		if j == i {
			return 0
		}
		num++
		i = j
		if i < to && f[i] == '/' {
			break
		}
		if i >= to || f[i] != ' ' {
			return 0
		}
		i++
	}
	if i >= to || f[i] != '/' {
		return 0
	}
	i++
	if j := ratioBase(f, i, to); j > i {
		i = j
	}
	if end := baseWords(f, i, to, max(num, 2)); end > i {
		return end
	}
	return 0
}

// ratioBase returns the end of the base of a ratio at i ("100 ", "1.000
// ", "vạn " folded "van "), i when none.
func ratioBase(f string, i, to int) int {
	j := i
	for j < to && (isDigit(f[j]) || (f[j] == '.' || f[j] == ',') && j+1 < to && isDigit(f[j+1])) {
		j++
	}
	if j > i && j < to && f[j] == ' ' {
		return j + 1
	}
	if strings.HasPrefix(f[i:to], "1 van ") {
		return i + len("1 van ")
	}
	if strings.HasPrefix(f[i:to], "van ") {
		return i + len("van ")
	}
	return i
}

// tgRatioStops are the folded words that end the noun of a ratio's base:
// what follows speaks of when or where ("… trẻ sinh ra còn sống vào năm
// 2025").
var tgRatioStops = map[string]bool{"vao": true, "nam": true, "trong": true, "den": true, "tai": true, "tren": true, "va": true}

// baseWords returns the end of at most n words of letters from i (after a
// base's number), stopping before a word of tgRatioStops; i when none.
func baseWords(f string, i, to, n int) int {
	end := i
	for k := 0; k < n && i < to; k++ {
		j := i
		for j < to && f[j] >= 'a' && f[j] <= 'z' {
			j++
		}
		if j == i || tgRatioStops[f[i:j]] {
			break
		}
		end = j
		if j >= to || f[j] != ' ' {
			break
		}
		i = j + 1
	}
	return end
}

// tgPopulationNouns are the folded nouns of a ratio's base that count
// people: the noun a ratio to them counts is its subject's ("tỷ lệ doanh
// nghiệp … trên 0,7/1.000 dân").
var tgPopulationNouns = map[string]bool{"dan": true, "nguoi dan": true, "dan so": true, "nguoi": true, "ho dan": true}

// perPopulation returns the end of the base of a ratio written against the
// number ending at e ("0,7/1.000 dân", "4/100.000 trẻ sinh ra còn sống",
// "32/vạn dân"), before to: a slash, a base of 100 to 100,000 or "vạn",
// and the words of the base up to one of tgRatioStops; 0 when none.
func perPopulation(f string, e, to int) int {
	if e >= to || f[e] != '/' {
		return 0
	}
	i := e + 1
	if i < to && f[i] == ' ' {
		i++
	}
	j := ratioBase(f, i, to)
	if j == i {
		return 0
	}
	switch strings.TrimSpace(f[i:j]) {
	case "100", "1.000", "10.000", "100.000", "1 van", "van":
	default:
		return 0
	}
	if end := baseWords(f, j, to, 6); end > j {
		return end
	}
	return 0
}

// populationBase reports whether a ratio's unit as the text writes it
// ("/1.000 dân") is to the population.
func populationBase(unit string) bool {
	_, rest, ok := strings.Cut(unit, " ")
	return ok && tgPopulationNouns[strings.TrimSpace(asciiFold([]rune(rest)))]
}

// ratioNoun returns the noun a ratio to the population counts, from its
// subject: the two words after "tỷ lệ", "số lượng", "số" or "mật độ"
// ("tỷ lệ doanh nghiệp công nghệ số" → "doanh nghiệp"); "" when the
// subject opens with none of them.
func ratioNoun(subject string) string {
	ws := strings.Fields(subject)
	fs := strings.Fields(asciiFold([]rune(subject)))
	for k := 0; k+1 < len(fs) && len(fs) == len(ws); k++ {
		n := 0
		switch {
		case fs[k] == "ty" && fs[k+1] == "le", fs[k] == "so" && fs[k+1] == "luong", fs[k] == "mat" && fs[k+1] == "do":
			n = k + 2
		case fs[k] == "so":
			n = k + 1
		default:
			continue
		}
		if n+1 < len(ws) {
			return ws[n] + " " + ws[n+1]
		}
		return ""
	}
	return ""
}

// minusOfNouns reports whether "trừ" at the start of rest subtracts one
// noun from another in a subject with a share of its own ("Thuế sản phẩm
// trừ trợ cấp sản phẩm chiếm khoảng 3,83%"), not an exclusion ("trừ hồ sơ
// mật"): "chiếm" follows it in the clause.
func minusOfNouns(rest string) bool {
	return strings.Contains(rest, " chiem ")
}

// clauseTarget makes the target of one value of a clause: its subject
// (the clause, or the value's piece of a clause with several values), its
// metric, level, baseline and year.
func clauseTarget(it item, f string, depth []int32, cl clause, rv rawValue, raws []rawValue, pieces []clause, year int, cat MetricMatcher) cand {
	if rv.unitTo > rv.unitFrom && rv.unitTo <= len(it.text) {
		rv.unit = string(it.text[rv.unitFrom:rv.unitTo]) // "con/phụ nữ": the text's own word
	}
	perBase := strings.HasPrefix(rv.unit, "/") // "/1.000 dân": the noun it counts is in the subject
	t := dataset.Target{Comparator: rv.cmp, Value: rv.value, ValueMax: rv.valueMax, Unit: rv.unit,
		Change: rv.change, Year: yearOfValue(f, cl, rv, year)}
	if t.ValueMax != nil && t.Comparator == dataset.CmpEQ {
		t.Comparator = dataset.CmpGE // "chiếm 20 - 25% GRDP", "gấp 3,5 - 4 lần": a range is reached from its low end
	}
	pc := pieceAt(pieces, rv.numFrom)
	// Subject and the text the metric is matched on.
	var subj, lead string
	if len(raws) == 1 {
		subj = cleanSubject(joinText(it.text, subjectFrom(it.text, cl, rv), rv.spanFrom, rv.spanTo, cl.to))
	} else {
		subj = cleanSubject(joinText(it.text, pc.from, rv.spanFrom, rv.spanTo, pc.to))
		if firstPiece := pieceAt(pieces, raws[0].numFrom); firstPiece.from > cl.from {
			lead = cleanSubject(string(it.text[cl.from:firstPiece.from]))
		}
	}
	m, ok := pickMetric(cat, subj, rv.unit, rv.change)
	if lead != "" && (contentWords(subj) < 3 || !ok) {
		if m2, ok2 := pickMetric(cat, lead+" "+subj, rv.unit, rv.change); ok2 || contentWords(subj) < 3 {
			subj = lead + " " + subj
			m, ok = m2, ok2
		}
	}
	if !ok && len(raws) == 1 {
		m, ok = pickMetric(cat, string(it.text[cl.from:cl.to]), rv.unit, rv.change)
	}
	if rv.unit == "rank" && !namesIndex(strings.TrimPrefix(subjectKey(subj), "subject:")) {
		if name := indexBefore(it.text, f, rv.numFrom); name != "" {
			subj = name + " " + subj // "…Chỉ số SIPAS đạt 85%; nằm trong nhóm 20/63 …"
		}
	}
	t.Subject = subj
	if perBase && populationBase(rv.unit) {
		if noun := ratioNoun(subj); noun != "" {
			t.Unit = noun + rv.unit // "doanh nghiệp/1.000 dân"
		}
	}
	if len(raws) == 1 {
		t.Level = levelIn(f, depth, cl.from, cl.to, levelsFor(it))
	} else {
		t.Level = levelIn(f, depth, pc.from, pc.to, levelsFor(it))
	}
	if span := pc; t.Level == "" && it.wide {
		if len(raws) == 1 {
			span = cl
		}
		if ls := bodyLevels(it.text[span.from:span.to], f[span.from:span.to]); len(ls) == 1 && len(levelsIn(f, depth, span.from, span.to, tgWideLevels)) == 0 {
			t.Level = ls[0] // "… đạt tối thiểu 90% đối với Sở Thông tin và Truyền thông": the department's level
		}
	}
	if t.Change != "" {
		t.BaselineYear = baselineOf(f[rv.spanTo:cl.to], year)
	}
	t.Subject = withoutStatedFields(t.Subject, t)
	if ok {
		t.Metric = m.ID
		t.Area = m.Area
		if !rv.explicit && t.Change == "" && m.LowerIsBetter {
			t.Comparator = dataset.CmpLE
		}
	}
	line := it.lineOf(rv.numFrom)
	t.Source = dataset.Source{Line: line + 1, Text: strings.TrimSpace(string(it.text[cl.from:cl.to]))}
	return cand{t: t, explicitCmp: rv.explicit, sharedChange: rv.sharedChange, pos: rv.numFrom, end: rv.spanTo}
}

// countOrMore reports whether the words after a counted value are its
// counting noun and "trở lên" ("7 xã trở lên", "2 cán bộ trở lên"): the
// count is a floor.
func countOrMore(after string) bool {
	rest := strings.TrimLeft(after, " ")
	for _, u := range tgUnits {
		if strings.HasPrefix(rest, u.noun+" tro len") {
			return true
		}
	}
	return false
}

// withoutStatedFields returns a target's subject without the words whose
// meaning the target holds in fields of its own, so that the subject
// names only what is measured: the baseline once BaselineYear is set
// ("giảm 10% thời gian … so với năm 2024" is "thời gian …"; "so với cùng
// kỳ năm 2025", "so với năm trước liền kề") and a rank's word for its
// steps ("Chỉ số SIPAS tăng 2 bậc": "Chỉ số SIPAS", not "Chỉ số SIPAS
// bậc"). A comparison with anything else ("so với tổng số tuyển dụng
// mới") is what the share is of, and stays.
func withoutStatedFields(subject string, t dataset.Target) string {
	rs := []rune(subject)
	f := foldKeep(subject)
	if len([]rune(f)) != len(rs) {
		return subject
	}
	var cuts [][]int
	if t.BaselineYear != nil {
		cuts = append(cuts, tgSubjectBaseRe.FindAllStringIndex(f, -1)...)
	}
	if t.Unit == "rank" {
		for _, m := range tgRankWordRe.FindAllStringSubmatchIndex(f, -1) {
			word := strings.ToLower(string(rs[utf8.RuneCountInString(f[:m[2]]):utf8.RuneCountInString(f[:m[3]])]))
			if word != "bậc" && word != "hạng" {
				continue // "hàng đầu", "Bắc Ninh": the fold's other words
			}
			if !strings.HasSuffix(f[:m[2]], "xep ") { // "Xếp hạng Chỉ số …" names the index's ranking
				cuts = append(cuts, m[2:4])
				break
			}
		}
	}
	if len(cuts) == 0 {
		return subject
	}
	// foldKeep gives one rune for each rune: a match's rune offsets in f
	// are those of its words in subject.
	fr := []rune(f)
	keep := make([]bool, len(fr))
	for i := range keep {
		keep[i] = true
	}
	for _, c := range cuts {
		from, to := len([]rune(f[:c[0]])), len([]rune(f[:c[1]]))
		for i := from; i < to; i++ {
			keep[i] = false
		}
	}
	var b strings.Builder
	for i, r := range rs {
		if keep[i] {
			b.WriteRune(r)
		}
	}
	if out := cleanSubject(b.String()); out != "" {
		return out
	}
	return subject
}

var (
	// tgSubjectBaseRe is a baseline year in a subject, folded.
	tgSubjectBaseRe = regexp.MustCompile(`\s*\b(?:` + tgBaseRe.String() + `|` + tgPrevRe.String() + `(?: lien ke)?)\b`)
	// tgRankWordRe is the word of a rank's steps in a subject, folded:
	// "bậc" or "hạng" (withoutStatedFields keeps "xếp hạng").
	tgRankWordRe = regexp.MustCompile(`(?:^|[^a-z])((?:bac|hang)(?: tro len)?)\b`)
)

// subjectFrom returns where the subject of a clause's one value starts:
// the clause's start, or, when the value opens a list after a colon and
// words follow it ("… đã đề ra các yêu cầu: 100% dịch vụ công …"), after
// the colon — what stands before it introduces the list.
func subjectFrom(text []rune, cl clause, rv rawValue) int {
	colon := -1
	for i := rv.spanFrom - 1; i >= cl.from; i-- {
		if text[i] == ':' {
			colon = i
			break
		}
	}
	if colon < 0 || strings.TrimSpace(string(text[colon+1:rv.spanFrom])) != "" ||
		contentWords(string(text[rv.spanTo:cl.to])) < 3 {
		return cl.from
	}
	return colon + 1
}

// tgIndexNames are the folded names of the indices plans rank the
// province on, each index's acronym first, then its Vietnamese names
// ("Chỉ số cải cách hành chính (PAR INDEX)", "Chỉ số hài lòng của người
// dân", "Chỉ số năng lực cạnh tranh cấp tỉnh").
var tgIndexNames = [][]string{
	{"par index", "chi so cai cach hanh chinh"},
	{"sipas", "chi so hai long"},
	{"papi", "chi so hieu qua quan tri va hanh chinh cong"},
	{"pci", "chi so nang luc canh tranh cap tinh", "chi so nang luc canh tranh"},
	{"dti", "chi so chuyen doi so"},
	{"ddci", "chi so nang luc canh tranh cap so, ban, nganh", "chi so nang luc canh tranh cap so"},
	{"pgi", "chi so xanh cap tinh", "chi so xanh"},
}

// indexBefore returns the name of the one index the sentence of text
// names before rune offset pos, as the text writes it (its acronym when
// it gives one); "" when it names none or several ("Chỉ số PAR Index, DTI
// và PCI … hướng tới top 3"). A rank stated after the index's score in
// the same sentence ranks that index.
func indexBefore(text []rune, f string, pos int) string {
	from, _ := sentenceBounds(text, pos)
	seg := f[from:pos]
	group, at, end := -1, -1, 0
	for g, names := range tgIndexNames {
		for _, n := range names {
			i := wordIndex(seg, n)
			if i < 0 {
				continue
			}
			if group >= 0 && group != g {
				return "" // several indices
			}
			group, at, end = g, i, i+len(n)
			break // the acronym, else the first name found
		}
	}
	if at < 0 {
		return ""
	}
	return string(text[from+at : from+end])
}

// wordIndex returns the byte of the first occurrence of n in seg as whole
// words, -1 when none.
func wordIndex(seg, n string) int {
	for i := strings.Index(seg, n); i >= 0; {
		if (i == 0 || !isASCIILetter(seg[i-1])) && (i+len(n) == len(seg) || !isASCIILetter(seg[i+len(n)])) {
			return i
		}
		k := strings.Index(seg[i+1:], n)
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return -1
}

// baselineOf reads the baseline year of a change from the text after its
// value ("so với năm 2024"; "so với năm trước" is the year before year),
// nil when none.
func baselineOf(after string, year int) *int {
	if sm := tgBaseRe.FindStringSubmatch(after); sm != nil {
		y, _ := strconv.Atoi(sm[1])
		return &y
	}
	if tgPrevRe.MatchString(after) && year > 0 {
		y := year - 1
		return &y
	}
	return nil
}

// tgListHeads are the folded words that open each subject of a list that
// one value is stated for ("Chỉ số PAR Index, Chỉ số DTI và Chỉ số PCI
// phấn đấu thuộc nhóm 5 …").
var tgListHeads = []string{"chi so", "ty le", "muc do", "so luong"}

// tgListVerbs are the folded words that end a list of subjects and open
// its predicate.
var tgListVerbs = []string{" phan dau", " dat ", " deu ", " nam trong", " thuoc nhom", " duoc ", " tang ", " giam "}

// listedSubjects returns the subjects a value is stated for when the text
// [from, to) before it lists several with the same head word ("Chỉ số A,
// Chỉ số B và Chỉ số C phấn đấu …"), as rune ranges of text; nil when it
// lists fewer than two. f is the folded text, one byte a rune.
func listedSubjects(f string, depth []int32, from, to int) []clause {
	if to <= from {
		return nil
	}
	seg := f[from:to]
	end := -1
	for _, v := range tgListVerbs {
		if i := strings.LastIndex(seg, v); i > end {
			end = i
		}
	}
	if end <= 0 {
		return nil
	}
	var parts []clause
	start := from
	for i := from; i < from+end; i++ {
		switch {
		case depth[i] > 0:
		case f[i] == ',':
			parts = append(parts, clause{start, i})
			start = i + 1
		case strings.HasPrefix(f[i:from+end], " va "):
			parts = append(parts, clause{start, i})
			start = i + 4
		}
	}
	parts = append(parts, clause{start, from + end})
	head := ""
	last := strings.TrimSpace(f[parts[len(parts)-1].from:parts[len(parts)-1].to])
	for _, h := range tgListHeads {
		if strings.HasPrefix(last, h+" ") {
			head = h
		}
	}
	if head == "" {
		return nil
	}
	var run []clause
	for k := len(parts) - 1; k >= 0; k-- {
		p := parts[k]
		t := f[p.from:p.to]
		trimmed := strings.TrimLeft(t, " ")
		if strings.HasPrefix(trimmed, head+" ") {
			run = append(run, clause{p.from + len(t) - len(trimmed), p.to})
			continue
		}
		if i := strings.LastIndex(t, " "+head+" "); i >= 0 {
			run = append(run, clause{p.from + i + 1, p.to}) // "… như Chỉ số PAR Index"
		}
		break
	}
	if len(run) < 2 {
		return nil
	}
	slices.Reverse(run)
	return run
}

// tgSecondPredicates are the folded words that open a second predicate
// of one value after "và": "100% TTHC … được cung cấp trực tuyến toàn
// trình và được số hóa kết quả", "… được chuẩn hóa, công khai và thực hiện
// phi địa giới hành chính".
var tgSecondPredicates = []string{" va duoc ", " va thuc hien "}

// predicateWords is how many words the first of two predicates may have:
// a longer one ends in nouns that "và" may join ("… trong hoạt động quản
// lý nhà nước và cung cấp dịch vụ công").
const predicateWords = 12

// predicatesAfter returns, for the one value of a clause whose words after
// it ([from, to) of f) hold a passive predicate ("được …") and a second
// one joined by "và" (tgSecondPredicates) after at most predicateWords
// words of the first, the object between the value
// and the first predicate and the predicates, as byte ranges of f (one
// byte a rune); no predicates when there is no second one.
func predicatesAfter(f string, depth []int32, from, to int) (object clause, preds []clause) {
	seg := f[from:to]
	p1 := strings.Index(seg, " duoc ")
	if p1 < 0 {
		return clause{}, nil
	}
	p2, n := -1, 0
	for _, w := range tgSecondPredicates {
		if i := strings.Index(seg[p1+1:], w); i >= 0 && (p2 < 0 || p1+1+i < p2) {
			p2, n = p1+1+i, len(" va ")
		}
	}
	if p2 < 0 || depth[from+p2] > 0 || strings.ContainsAny(seg[p1:p2], ";") || strings.Count(seg[p1+1:p2], " ") > predicateWords {
		return clause{}, nil
	}
	end := len(seg)
	if i := strings.IndexAny(seg[p2:], ",;"); i >= 0 {
		end = p2 + i
	}
	return clause{from, from + p1}, []clause{{from + p1 + 1, from + p2}, {from + p2 + n, from + end}}
}

// perPredicate makes one target of the value per predicate (rune ranges
// of text), each with the object the value counts as subject's head
// ("TTHC của tỉnh được số hóa kết quả giải quyết").
func perPredicate(c cand, text []rune, object clause, preds []clause, cat MetricMatcher) []cand {
	obj := strings.TrimSpace(string(text[object.from:object.to]))
	out := make([]cand, 0, len(preds))
	for _, p := range preds {
		d := c
		d.t.Subject = cleanSubject(obj + " " + strings.TrimSpace(string(text[p.from:p.to])))
		remetric(&d.t, cat)
		out = append(out, d)
	}
	return out
}

// tgMeasures are the folded nouns of what a reform of procedures cuts:
// one value before several of them ("tối thiểu 30% thời gian và chi phí
// thực hiện TTHC") is one target per noun.
var tgMeasures = []string{"thoi gian", "chi phi", "giay to", "dieu kien kinh doanh", "quy dinh"}

// tgCutAfter are the folded passive verbs after the measures of a value
// that make it a decrease ("… thời gian và chi phí … được cắt giảm").
var tgCutAfter = []string{" duoc cat giam", " duoc giam", " duoc rut ngan", " se duoc cat giam"}

// measuresAfter returns the measures a value counts when the words right
// after it (after a "về" of what is measured) list at least two of
// tgMeasures joined by "và" or commas (each may have up to four words of
// its own: "thời gian giải quyết, chi phí tuân thủ"), or one followed by
// a passive verb of cutting; as byte ranges of f (one byte a rune), nil
// when none.
func measuresAfter(f string, depth []int32, from, to int) []clause {
	seg := f[from:min(to, from+160)]
	if !strings.Contains(seg, "thoi gian") && !strings.Contains(seg, "chi phi") && !strings.Contains(seg, "giay to") &&
		!strings.Contains(seg, "dieu kien") && !strings.Contains(seg, "quy dinh") {
		return nil
	}
	var out []clause
	i := skipAbout(f, from, to)
	for {
		for i < to && f[i] == ' ' {
			i++
		}
		m := ""
		for _, w := range tgMeasures {
			if strings.HasPrefix(f[i:to], w) && (i+len(w) == to || !isASCIILetter(f[i+len(w)])) {
				m = w
			}
		}
		if m == "" || depth[i] > 0 {
			break
		}
		start := i
		i += len(m)
		next, words := -1, 0
		j := i
		for ; j < to; j++ {
			if f[j] == ',' && depth[j] == 0 {
				next = j + 1
				break
			}
			if strings.HasPrefix(f[j:to], " va ") {
				next = j + 4
				break
			}
			if f[j] == ';' || f[j] == ' ' && j+1 < to && f[j+1] != ' ' && words+1 > 4 {
				break
			}
			if f[j] == ' ' && j+1 < to && f[j+1] != ' ' {
				words++
			}
		}
		if next < 0 {
			end := j
			for end < to && f[end] != ',' && f[end] != ';' && !strings.HasPrefix(f[end:to], " va ") {
				end++
			}
			out = append(out, clause{start, end})
			break
		}
		out = append(out, clause{start, j})
		i = next
	}
	if len(out) >= 2 {
		return out
	}
	if len(out) == 1 && cutAfter(f[out[0].from:to]) {
		return out
	}
	return nil
}

// skipAbout returns where the measures after a value start in f[from:to]:
// after a "về" ("in terms of") right after the value ("giảm ít nhất 30%
// về thời gian giải quyết, chi phí tuân thủ …"), else from.
func skipAbout(f string, from, to int) int {
	i := from
	for i < to && f[i] == ' ' {
		i++
	}
	if strings.HasPrefix(f[i:to], "ve ") {
		return i + len("ve ")
	}
	return from
}

// cutAfter reports whether a folded text holds a passive verb of cutting.
func cutAfter(s string) bool {
	for _, v := range tgCutAfter {
		if strings.Contains(s, v) {
			return true
		}
	}
	return false
}

// perMeasure makes one target of the value per measure (byte ranges of
// the fold f, rune ranges of text), each with the words after the last
// measure ("thực hiện TTHC được cắt giảm"); a passive verb of cutting
// makes them decreases.
func perMeasure(c cand, text []rune, f string, ms []clause, to int, cat MetricMatcher) []cand {
	last := ms[len(ms)-1]
	tail := strings.TrimSpace(string(text[last.from+len(tgMeasureAt(f, last.from)) : last.to]))
	cut := cutAfter(f[ms[0].from:to])
	out := make([]cand, 0, len(ms))
	for k, m := range ms {
		d := c
		subj := strings.TrimSpace(string(text[m.from:m.to]))
		if k < len(ms)-1 && tail != "" {
			subj += " " + tail // "thời gian [thực hiện TTHC được cắt giảm]"
		}
		d.t.Subject = cleanSubject(subj)
		if cut && d.t.Change == "" {
			d.t.Change = dataset.ChangeDecrease
		}
		remetric(&d.t, cat)
		out = append(out, d)
	}
	return out
}

// tgMeasureAt returns the measure of tgMeasures at f[i:], "" when none.
func tgMeasureAt(f string, i int) string {
	for _, w := range tgMeasures {
		if strings.HasPrefix(f[i:], w) {
			return w
		}
	}
	return ""
}

// listedFields returns the fields a value is stated for when the text
// [from, to) before it names several after "lĩnh vực" ("… thủ tục hành
// chính lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 90%"), each of
// one to three words, as rune ranges; nil when fewer than two.
func listedFields(f string, depth []int32, from, to int) []clause {
	if to <= from {
		return nil
	}
	seg := f[from:to]
	at := strings.LastIndex(seg, "linh vuc ")
	if at < 0 || at > 0 && isASCIILetter(seg[at-1]) {
		return nil
	}
	start := from + at + len("linh vuc ")
	end := -1
	for _, v := range tgListVerbs {
		if i := strings.Index(f[start:to], v); i >= 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		end = len(strings.TrimRight(f[start:to], " "))
	}
	parts := listParts(f, depth, start, start+end)
	if len(parts) < 2 {
		return nil
	}
	for _, pt := range parts {
		ws := strings.Fields(f[pt.from:pt.to])
		if len(ws) > 3 || hasAnyPrefix(f[pt.from:pt.to], []string{"bao dam", "dam bao", "phan dau", "nham "}) {
			return nil // "… lĩnh vực còn lại, bảo đảm giảm …": the predicate, no field
		}
		for _, w := range ws {
			if !isASCIILetter(w[0]) {
				return nil
			}
		}
	}
	return parts
}

// tgIndicesListRe matches, folded, the words after a rank that open the
// list of indices it is the rank on: "… dẫn đầu cả nước về các chỉ số:",
// "về các chỉ số", "về 4 Chỉ số", "nâng ít nhất một bậc đối với chỉ số".
var tgIndicesListRe = regexp.MustCompile(`\b(?:ve|doi voi) (?:cac |[0-9]{1,2} )?chi so:? `)

// indicesAfter returns the indices a rank is stated for when the words
// after it list them ("… top 10 địa phương dẫn đầu cả nước về các chỉ
// số: cải cách hành chính, sẵn sàng phát triển và ứng dụng công nghệ
// thông tin, chuyển đổi số"), as byte ranges of f; nil when fewer than
// two.
func indicesAfter(f string, depth []int32, from, to int) []clause {
	m := tgIndicesListRe.FindStringIndex(f[from:to])
	if m == nil {
		return nil
	}
	start := from + m[1]
	end := to
	for k := start; k < to; k++ {
		if f[k] == ';' || f[k] == '.' && (k+1 == to || f[k+1] == ' ') {
			end = k
			break
		}
	}
	end = len(strings.TrimRight(f[:end], " ."))
	// Commas part the indices; "và" only the last two ("PAR INDEX, SIPAS
	// và PCI"), since a name may hold it ("sẵn sàng phát triển và ứng dụng
	// công nghệ thông tin, chuyển đổi số").
	var parts []clause
	p := start
	for k := start; k <= end; k++ {
		if k == end || f[k] == ',' && depth[k] == 0 {
			parts = append(parts, trimClause(f, clause{p, k}))
			p = k + 1
		}
	}
	if last := parts[len(parts)-1]; len(parts) > 1 {
		if k := strings.LastIndex(f[last.from:last.to], " va "); k >= 0 {
			parts = append(parts[:len(parts)-1], trimClause(f, clause{last.from, last.from + k}), trimClause(f, clause{last.from + k + 4, last.to}))
		}
	}
	for k, pc := range parts {
		if strings.HasPrefix(f[pc.from:pc.to], "chi so ") {
			parts[k].from += len("chi so ") // "… đối với chỉ số “A”, chỉ số “B”": each named again
		}
		if parts[k].to <= parts[k].from {
			return nil
		}
	}
	return parts
}

// trimClause returns c without the spaces at its ends.
func trimClause(f string, c clause) clause {
	for c.from < c.to && f[c.from] == ' ' {
		c.from++
	}
	for c.to > c.from && f[c.to-1] == ' ' {
		c.to--
	}
	return c
}

// perIndex makes one target of a rank per index listed after it, each
// with "chỉ số" and the index's name as subject.
func perIndex(c cand, text []rune, parts []clause, cat MetricMatcher) []cand {
	out := make([]cand, 0, len(parts))
	for _, pc := range parts {
		d := c
		d.t.Subject = cleanSubject("chỉ số " + string(text[pc.from:pc.to]))
		remetric(&d.t, cat)
		out = append(out, d)
	}
	return out
}

// tgSharedPreps are the folded words after which the subjects of one
// value share the words before them: "Mức độ hài lòng về A và về B đều
// đạt 100%".
var tgSharedPreps = []string{"ve ", "doi voi "}

// sharedHeadParts returns the parts of a list of subjects that share the
// words before it, for a value stated for each (rune ranges, the shared
// words then being the text from from to the first part): indices named
// after one "Chỉ số" ("Chỉ số PAR INDEX, SIPAS, PAPI đều nằm trong nhóm
// 10 …"), or parts each opened by the same "về" or "đối với" ("Mức độ
// hài lòng về thủ tục hành chính, về cung cấp dịch vụ công đều ở mức
// 100%", the word left out of the parts after the first); nil when the
// text [from, to) lists no such thing.
func sharedHeadParts(f string, depth []int32, from, to int) []clause {
	if to <= from {
		return nil
	}
	seg := f[from:to]
	end := -1
	for _, v := range tgListVerbs {
		if i := strings.Index(seg, v); i >= 0 && (end < 0 || i < end) {
			end = i
		}
	}
	if end < 0 {
		end = len(strings.TrimRight(seg, " ")) // the predicate opens with the value's own words ("tối thiểu 90%")
	}
	if end <= 0 {
		return nil
	}
	if parts := indicesListed(f, depth, from, to); parts != nil {
		return parts
	}
	for _, prep := range tgSharedPreps {
		at := strings.Index(seg[:end], " "+prep)
		if at < 0 {
			continue
		}
		if parts := preppedParts(f, depth, prep, from+at+1+len(prep), from+end); parts != nil {
			return parts
		}
		break
	}
	if at := strings.LastIndex(seg, " deu "); at > 0 {
		// "Tỉnh đặt mục tiêu Chỉ số PAR INDEX, SIPAS đều …": the list ends
		// at "đều" ("đặt" folds as "đạt" does).
		if ci := wordIndex(seg[:at], "chi so"); ci >= 0 {
			if parts := listParts(f, depth, from+ci+len("chi so "), from+at); allIndexNames(f, parts) {
				return parts
			}
		}
		return distributedParts(f, depth, from, from+at)
	}
	return nil
}

// tgEnteringWords are the folded words that may close a list of indices
// before the group or rank it enters ("… PAPI, SIPAS thuộc nhóm 40").
var tgEnteringWords = []string{" thuoc", " nam trong", " vao", " trong", " o"}

// indicesListed returns the indices named after one "chỉ số" in the
// text [from, to) of f before a value ("Chỉ số PAR INDEX, SIPAS, PAPI
// đều nằm trong nhóm 10 …", "… đặt ra mục tiêu phấn đấu các chỉ số PAR
// Index, PCI, PAPI, SIPAS thuộc nhóm 40 …"): the list runs from its "chỉ
// số" to the first word of the predicate after it (tgListVerbs) or to
// the value, less a word entering the group; nil unless every part is a
// known index (tgIndexNames) and there are two or more.
func indicesListed(f string, depth []int32, from, to int) []clause {
	seg := f[from:to]
	at := wordIndex(seg, "chi so")
	if at < 0 {
		return nil
	}
	start := at + len("chi so ")
	if start >= len(seg) {
		return nil
	}
	end := len(strings.TrimRight(seg, " "))
	for _, v := range tgListVerbs {
		if i := strings.Index(seg[start:], v); i >= 0 && start+i < end {
			end = start + i
		}
	}
	for _, w := range tgEnteringWords {
		if strings.HasSuffix(seg[:end], w) {
			end -= len(w)
			break
		}
	}
	if end <= start {
		return nil
	}
	if parts := listParts(f, depth, from+start, from+end); allIndexNames(f, parts) {
		return parts
	}
	return nil
}

// preppedParts returns the parts of the list [start, end) of f when each
// after the first opens with prep too ("về thủ tục hành chính, về cung
// cấp dịch vụ công"), without it; nil when the list has fewer than two
// parts or a later one does not.
func preppedParts(f string, depth []int32, prep string, start, end int) []clause {
	parts := listParts(f, depth, start, end)
	if len(parts) < 2 {
		return nil
	}
	for k := 1; k < len(parts); k++ {
		if !strings.HasPrefix(f[parts[k].from:parts[k].to], prep) {
			return nil
		}
		parts[k].from += len(prep)
	}
	return parts
}

// distributedParts returns the parts of the list of subjects that ends
// just before "đều" at end ("Mức độ hài lòng đối với dịch vụ y tế, giáo
// dục đều ở mức 90%"): "đều" says the value holds for each of them. The
// first part keeps as many words as the last has, the words before it
// being shared ("dịch vụ y tế", "dịch vụ giáo dục"). nil when fewer than
// two parts, a later part is longer than tgDistributedWords words, or a
// part names a level of government (perLevel reads those).
func distributedParts(f string, depth []int32, from, end int) []clause {
	start := from
	if k := strings.LastIndexAny(f[from:end], ";:("); k >= 0 {
		start = from + k + 1
	}
	parts := listParts(f, depth, start, end)
	if len(parts) < 2 {
		return nil
	}
	n := len(strings.Fields(f[parts[len(parts)-1].from:parts[len(parts)-1].to]))
	for _, pt := range parts[1:] {
		if len(strings.Fields(f[pt.from:pt.to])) > tgDistributedWords {
			return nil
		}
	}
	if len(levelsIn(f, depth, start, end, tgWideLevels)) > 0 {
		return nil
	}
	first := f[parts[0].from:parts[0].to]
	ws := strings.Fields(first)
	if len(ws) < n {
		return nil
	}
	// The first part's last n words: its start moves past the shared ones.
	for k := 0; k < len(ws)-n; k++ {
		i := strings.IndexByte(f[parts[0].from:parts[0].to], ' ')
		parts[0].from += i + 1
		for parts[0].from < parts[0].to && f[parts[0].from] == ' ' {
			parts[0].from++
		}
	}
	return parts
}

// tgDistributedWords is how many words each later subject of a list before
// "đều" may have: a longer part is a clause of its own, not a name.
const tgDistributedWords = 5

// listParts splits [start, end) of f at commas and "và" outside brackets
// into trimmed parts; nil when a part is empty or brackets open inside.
func listParts(f string, depth []int32, start, end int) []clause {
	var parts []clause
	p := start
	for i := start; i <= end; i++ {
		switch {
		case i < end && depth[i] > 0:
			return nil
		case i == end || f[i] == ',':
			parts = append(parts, clause{p, i})
			p = i + 1
		case strings.HasPrefix(f[i:end], " va "):
			parts = append(parts, clause{p, i})
			p = i + 4
			i += 3
		}
	}
	for k, pt := range parts {
		if parts[k] = trimClause(f, pt); parts[k].to <= parts[k].from {
			return nil
		}
	}
	return parts
}

// allIndexNames reports whether there are two parts or more and each
// names one index by its acronym (tgIndexNames: "PAR INDEX", "SIPAS").
func allIndexNames(f string, parts []clause) bool {
	if len(parts) < 2 {
		return false
	}
	for _, pt := range parts {
		name := strings.TrimPrefix(f[pt.from:pt.to], "chi so ")
		known := false
		for _, names := range tgIndexNames {
			known = known || name == names[0]
		}
		if !known {
			return false
		}
	}
	return true
}

// perField makes one target of the value per listed field (rune ranges
// of text), each with the words before the list and its field as subject
// ("mức độ hài lòng … lĩnh vực đất đai").
func perField(c cand, text []rune, fields []clause, from int, cat MetricMatcher) []cand {
	lead := strings.TrimSpace(string(text[from:fields[0].from]))
	out := make([]cand, 0, len(fields))
	for _, fc := range fields {
		d := c
		d.t.Subject = cleanSubject(lead + " " + string(text[fc.from:fc.to]))
		remetric(&d.t, cat)
		out = append(out, d)
	}
	return out
}

// remetric matches the metric of a target again on its own subject, once
// a value has been split over several subjects.
func remetric(t *dataset.Target, cat MetricMatcher) {
	t.Metric, t.Area = "", ""
	if m, ok := pickMetric(cat, t.Subject, t.Unit, t.Change); ok {
		t.Metric, t.Area = m.ID, m.Area
	}
}

// perSubject makes one target of the value per listed subject (rune
// ranges of text, whose fold is f), each with its own metric and level.
func perSubject(c cand, text []rune, f string, depth []int32, subjects []clause, rv rawValue, cat MetricMatcher) []cand {
	out := make([]cand, 0, len(subjects))
	for _, sc := range subjects {
		d := c
		d.t.Subject = cleanSubject(string(text[sc.from:sc.to]))
		d.t.Level = levelIn(f, depth, sc.from, sc.to, tgWideLevels)
		d.t.Metric, d.t.Area = "", ""
		if m, ok := pickMetric(cat, d.t.Subject, rv.unit, rv.change); ok {
			d.t.Metric, d.t.Area = m.ID, m.Area
		}
		out = append(out, d)
	}
	return out
}

// tgBodyLevels match, in lower case with the diacritics (a folded "so"
// is "số" as often as "sở"), the bodies of one level a target outside a
// targets section is set for: departments named after a word that
// counts or singles them out ("đối với Sở …", "16 Sở của tỉnh", "các
// Sở còn lại"), the districts' or the communes' committees.
var tgBodyLevels = []struct {
	re    *regexp.Regexp
	level string
}{
	{regexp.MustCompile(`(?:^|[^\pL])(?:đối với|với|các|\d+) sở(?:[\s,]|$)`), "province"},
	{regexp.MustCompile(`(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) (?:các )?(?:huyện|quận|thị xã)`), "district"},
	{regexp.MustCompile(`(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân) (?:các )?(?:xã|phường)`), "commune"},
}

// bodyLevels returns the levels whose bodies (tgBodyLevels) a clause's
// text names, each once, in the order of tgBodyLevels; f is the text
// folded, one byte a rune.
func bodyLevels(text []rune, f string) []string {
	if !strings.Contains(f, "so") && !strings.Contains(f, "ubnd") && !strings.Contains(f, "uy ban") {
		return nil // none of tgBodyLevels can match (f, the text folded): the text need not be lower-cased
	}
	lower := strings.ToLower(string(text))
	var out []string
	for _, b := range tgBodyLevels {
		if b.re.MatchString(lower) {
			out = append(out, b.level)
		}
	}
	return out
}

// tgLevelSpan matches a span of levels ("từ cấp xã đến cấp tỉnh", "từ
// tỉnh đến cơ sở"): every level between, which names no one level.
var tgLevelSpan = regexp.MustCompile(`\btu (?:cap )?(?:trung uong|tinh|thanh pho|huyen|xa|co so)\b[^,;.]{0,30}?\bden (?:cap )?(?:trung uong|tinh|thanh pho|huyen|xa|co so|dia phuong)\b`)

// perLevel splits the target of the one value of a clause that names
// several levels into one target per level ("100% TTHC của các sở, ban,
// ngành, UBND cấp huyện, cấp xã được …": province, district, commune); a
// span of levels ("từ cấp xã đến cấp tỉnh") stays one target, and so does
// an amount of money, a sum for all of them ("dự kiến chi hơn 195 tỷ đồng
// thực hiện 77 nhiệm vụ, dự án chuyển đổi số cấp tỉnh, huyện").
func perLevel(c cand, f string, depth []int32, cl clause, values int) []cand {
	if values != 1 || c.t.Level != "" || c.t.Unit == "đồng" || c.t.Unit == "USD" {
		return []cand{c}
	}
	from := ownPredicateFrom(f, cl, c.pos)
	if tgLevelSpan.MatchString(f[from:cl.to]) {
		return []cand{c} // "từ cấp xã đến cấp tỉnh": every level, one target
	}
	levels := levelsIn(f, depth, from, cl.to, tgWideLevels)
	if len(levels) < 2 {
		return []cand{c}
	}
	out := make([]cand, len(levels))
	for i, l := range levels {
		out[i] = c
		out[i].t.Level = l
	}
	return out
}

// ownPredicateFrom returns where the predicate of the value at byte pos
// of clause cl of f starts: after the last "và" before it that joins a
// predicate of its own ("tái cấu trúc … dịch vụ công cấp tỉnh, cấp xã …
// và tích hợp 100% dịch vụ": the levels qualify the first predicate's
// noun), not another level ("cấp tỉnh và cấp xã đạt 100%") nor a number;
// the clause's start when none.
func ownPredicateFrom(f string, cl clause, pos int) int {
	pos = min(max(pos, cl.from), cl.to)
	for end := pos; end > cl.from; {
		i := strings.LastIndex(f[cl.from:end], " va ")
		if i < 0 {
			break
		}
		i += cl.from
		next := wordsOf(f[i+len(" va "):pos], 1)
		if next != "" && next != "cap" && !isDigit(next[0]) && !levelWord(next) {
			return i + len(" va ")
		}
		end = i
	}
	return cl.from
}

// levelWord reports whether a folded word opens the name of a level's
// bodies ("các", "sở", "UBND", "xã", "huyện", "phường").
func levelWord(w string) bool {
	switch w {
	case "cac", "so", "ubnd", "xa", "huyen", "phuong", "tinh", "thanh", "dac", "ban", "nganh", "uy":
		return true
	}
	return false
}

// numberSpans returns the byte spans of the numbers in s, as
// tgNumberRe.FindAllStringIndex finds them: a run of digits with the
// groups of digits that follow it after a '.' or ','.
func numberSpans(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i + 1
		for {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
				j++
				continue
			}
			break
		}
		out = append(out, [2]int{i, j})
		i = j - 1
	}
	return out
}

// readValue decides whether the number at [s,e) of f is a target value
// and reads its comparator, change, unit and range.
func readValue(f string, depth []int32, cl clause, s, e int) (rawValue, bool) {
	rv := rawValue{numFrom: s, numTo: e, spanFrom: s, spanTo: e}
	if e < cl.to && (f[e] == '/' || f[e] == ' ' || f[e] == '-') && depth[s] == 0 && mayBeFraction(f[e:cl.to]) {
		if rank, ok := fractionRank(f, cl, rv); ok {
			return rank, true
		}
	}
	dashHi, dashLen, dashOK := dashRange(f[e:cl.to])
	if !standsAlone(f, depth, cl, s, e, dashOK || perPopulation(f, e, cl.to) > 0 || countDashRange(f, s, e, cl.to)) {
		return rv, false
	}
	// The words that qualify a value stand right before it; looking at a
	// bounded window keeps long clauses with many numbers linear.
	before := strings.TrimSpace(f[max(cl.from, s-tgWindow):s])
	beforeWords := strings.Fields(before)
	if rank, ok := rankValue(f, beforeWords, rv, cl); ok {
		return rank, true
	}
	for _, w := range tgNotBefore {
		if endsWithWords(beforeWords, w) && !endsWithWords(beforeWords, "cap "+w) && !yearly(beforeWords) && !strings.HasSuffix(before, ",") && !strings.HasSuffix(before, ";") {
			// "số 5", "năm 2025"; but "cấp sở 100%" is a level's value,
			// and "về phát triển chính quyền số, 100% …" a value after a
			// comma
			return rv, false
		}
	}
	v, _, err := vntext.ParseNumber(f[s:e])
	if err != nil {
		return rv, false
	}
	rv.value = v
	hasTu := endsWithWords(beforeWords, "tu") && !endsWithWords(beforeWords, "dau tu") // "Vốn đầu tư: 26.500 - …": "tư", not "từ"
	readPercentOrRange(&rv, f, cl, hasTu, dashHi, dashLen, dashOK)
	if rv.percent && (ownershipShare(f[rv.spanTo:cl.to]) || supportRate(beforeWords, f[rv.spanTo:cl.to])) {
		return rv, false
	}
	if !rv.percent && !readCount(&rv, f, cl) {
		return rv, false
	}
	if (rv.unit == "đồng" || rv.unit == "USD") && endsWithWords(beforeWords, "ho tro") {
		return rv, false // "Hỗ trợ 5 nghìn tỷ đồng": what a policy spends, as a support rate, no aim
	}
	orLater := false
	if m := tgOrLater.FindStringIndex(f[rv.spanTo:cl.to]); m != nil {
		rv.spanTo += m[1]
		rv.closing, orLater = true, true
	} else if !rv.percent && rv.unit != "" {
		orLater = countOrMore(f[rv.spanTo:cl.to]) // "tăng thêm 7 xã trở lên"
	}
	readPredicate(&rv, f, cl, before, hasTu)
	if orLater && (!rv.explicit || rv.cmp == dataset.CmpEQ) {
		rv.cmp, rv.explicit = dataset.CmpGE, true
	}
	if (rv.unit == "đồng" || rv.unit == "USD") && (!rv.explicit || rv.cmp == dataset.CmpApprox) && fundsNeeded(f[cl.from:rv.numFrom]) {
		// "Vốn ngân sách: 342,72 tỷ đồng, dự kiến nhu cầu:", "Tổng kinh
		// phí thực hiện Đề án gần 1.300 tỷ đồng": what a plan costs, about
		// or exactly, no aim.
		return rv, false
	}
	if depth[s] > 0 && exceedsAimFigure(f, depth, s) {
		rv.cmp, rv.explicit = dataset.CmpGT, true // "vượt mục tiêu … giao (10%)"
	}
	if conditionValue(f[cl.from:rv.spanFrom], f[rv.spanTo:cl.to]) {
		return rv, false // "nếu trả lời đúng từ 50% số câu hỏi trở lên thì …": a condition of a rule, no aim
	}
	if !rv.percent && endsWithWords(beforeWords, "tat ca") {
		return rv, false // "tại tất cả 124 Trung tâm …": every one of a set, its size, no aim
	}
	if stillOutstanding(beforeWords, f[rv.spanTo:cl.to], rv) {
		return rv, false // "còn 29 văn bản chưa ban hành": what is still not done, a status
	}
	if sizeOfPlace(f[cl.from:rv.spanFrom], f[rv.spanFrom:rv.numFrom], rv) {
		return rv, false // "với diện tích hơn 9.400km², quy mô dân số khoảng 3,6 triệu người": what a place is
	}
	if thresholdOfNoun(f[cl.from:rv.spanFrom], f[rv.spanFrom:rv.numFrom], rv) {
		return rv, false // "doanh nghiệp có dưới 50 người lao động": which enterprises, not how many
	}
	if rv.unitTo > 0 && rv.spanFrom == rv.numFrom && !amountPer(f[rv.unitFrom:rv.unitTo]) {
		return rv, false // "trong 3 ngày/hồ sơ": a ratio is a target only after "đạt", a comparator or a change
	}
	if rv.unit == "days" && !rv.explicit {
		return rv, false // "trong 05 ngày": a time to act, a target only with a comparator ("không quá 05 ngày")
	}
	if rv.unit == "days" && timeLimitRule(f[cl.from:rv.numFrom]) {
		return rv, false // "Thời hạn thẩm định … tối đa là 48 ngày": a procedure's time limit, not an aim
	}
	return rv, true
}

// standsAlone reports whether the number at [s,e) can be a value: not in
// parentheses, not part of a date, a code, a document number or a word.
func standsAlone(f string, depth []int32, cl clause, s, e int, dashRange bool) bool {
	if depth[s] > 0 && !aimInParens(f, depth, s) {
		return false
	}
	if s > cl.from {
		c := f[s-1]
		if c == '/' || c == '-' || c == ':' || c == '.' || c == ',' || isASCIILetter(c) || c == '#' {
			return false
		}
	}
	if e < cl.to && !dashRange {
		c := f[e]
		next := byte(' ')
		if e+1 < cl.to {
			next = f[e+1]
		}
		if c == '/' || (c == ':' && isDigit(next)) || (c == '-' && (isDigit(next) || isASCIILetter(next))) || isASCIILetter(c) && !gluedUnitAt(f, e, cl.to) || c == '#' {
			return false
		}
	}
	return true
}

// aimInParens reports whether the number at byte s of f stands in
// parentheses that open with an aim of their own ("đẩy mạnh giải ngân
// (phấn đấu giải ngân đạt 100% kế hoạch vốn)"): a clause, not an aside;
// or that give the figure of the aim named before them (figureOfAim).
func aimInParens(f string, depth []int32, s int) bool {
	open := strings.LastIndexByte(f[:s], '(')
	if open < 0 || depth[open] != depth[s] {
		return false
	}
	inside := strings.TrimLeft(f[open+1:s], " ")
	return strings.HasPrefix(inside, "phan dau ") || inside == "it nhat " || inside == "toi thieu " || figureOfAim(f, open, s) || aimsListedIn(f, open)
}

// aimsListedIn reports whether the parentheses opening at byte open of f
// list the aims named right before them ("… đã đặt ra 6 mục tiêu cụ thể
// về phát triển KTS (Tỷ trọng KTS đạt 20% GDP; … đạt tối thiểu 10%; …)"):
// an aim noun in the words before, and aims reached ("đạt") separated by
// semicolons inside.
func aimsListedIn(f string, open int) bool {
	if !containsAny(f[max(0, open-80):open], tgAimNouns) {
		return false
	}
	inner := f[open+1:]
	if k := strings.IndexByte(inner, ')'); k >= 0 {
		inner = inner[:k]
	}
	return strings.Contains(inner, ";") && strings.Contains(inner, "dat ")
}

// tgAimNouns are the folded nouns of an aim whose figure parentheses may
// give right after them ("vượt mục tiêu Chính phủ giao (10%)").
var tgAimNouns = []string{"muc tieu", "chi tieu"}

// aimNounReach is how many words may stand between an aim noun and the
// parentheses that give its figure.
const aimNounReach = 5

// exceedsAimFigure reports whether the value at byte s of f is the figure
// of an aim (figureOfAim) that the text asks to exceed: "vượt" right before
// the aim noun ("vượt mục tiêu Chính phủ giao (10%)": more than 10%).
func exceedsAimFigure(f string, depth []int32, s int) bool {
	open := strings.LastIndexByte(f[:s], '(')
	if open < 0 || depth[open] != depth[s] || !figureOfAim(f, open, s) {
		return false
	}
	before := f[max(0, open-60):open]
	for _, n := range tgAimNouns {
		if strings.Contains(before, "vuot "+n) {
			return true
		}
	}
	return false
}

// figureOfAim reports whether the parentheses opened at byte open of f
// hold only the value at byte s (and its percent sign) and follow an aim
// noun by at most aimNounReach words: "tăng trưởng kinh tế vượt mục tiêu
// Chính phủ giao (10%)" gives the aim's figure, not an aside.
func figureOfAim(f string, open, s int) bool {
	if strings.TrimSpace(f[open+1:s]) != "" {
		return false
	}
	closeAt := strings.IndexByte(f[s:], ')')
	if closeAt < 0 || strings.Trim(f[s:s+closeAt], "0123456789.,% ") != "" {
		return false
	}
	before := f[max(0, open-60):open]
	for _, n := range tgAimNouns {
		if i := strings.LastIndex(before, n); i >= 0 && len(strings.Fields(before[i+len(n):])) <= aimNounReach {
			return true
		}
	}
	return false
}

// readPercentOrRange reads the percent sign after a value and the upper
// bound of a range ("từ 30% đến 40%", "50% - 60%").
func readPercentOrRange(rv *rawValue, f string, cl clause, hasTu bool, dashHi float64, dashLen int, dashOK bool) {
	e := rv.numTo
	rest := f[e:cl.to]
	k := 0
	for k < len(rest) && rest[k] == ' ' {
		k++
	}
	if k < len(rest) && rest[k] == '%' {
		rv.percent = true
		rv.unit = "percent"
		rv.spanTo = e + k + 1
	}
	if dashOK {
		// "50% - 60%", "50-60%": a range of percentages.
		rv.valueMax, rv.percent, rv.unit = &dashHi, true, "percent"
		rv.spanTo = e + dashLen
	}
	if !hasTu && (!rv.percent || !percentRangeRe.MatchString(rest)) {
		return // "từ 02 đến 03 cuộc"; without "từ", only "70% đến 80%"
	}
	sm := tgRangeRe.FindStringSubmatchIndex(rest)
	if sm == nil {
		return
	}
	hi, err := parseBound(rest[sm[2]:sm[3]])
	if err != nil || hi < rv.value {
		return
	}
	rv.valueMax = &hi
	rv.spanTo = e + sm[1]
	rest2 := f[rv.spanTo:cl.to]
	if strings.HasPrefix(strings.TrimLeft(rest2, " "), "%") {
		rv.percent, rv.unit = true, "percent"
		rv.spanTo += strings.Index(rest2, "%") + 1
	}
}

// ownershipShare reports whether the text after a percentage makes it a
// share of capital ("doanh nghiệp do Nhà nước nắm giữ 100% vốn điều lệ"),
// which legal texts use to define a kind of enterprise, not a target.
func ownershipShare(after string) bool {
	a := strings.TrimLeft(after, " ")
	return strings.HasPrefix(a, "von dieu le") || strings.HasPrefix(a, "von nha nuoc") || strings.HasPrefix(a, "co phan")
}

// conditionValue reports whether a value stands in the condition of a
// rule: "nếu" (if) before it in its clause and "thì" (then) after it.
func conditionValue(before, after string) bool {
	k := strings.LastIndex(" "+before, " neu ")
	return k >= 0 && strings.Contains(" "+after+" ", " thi ")
}

// fundsNeeded reports whether the words of a clause before an amount of
// money state what a plan needs or spends rather than an aim: a
// capital need ("tổng nhu cầu vốn … là"), or a label and its colon
// ("Nhà ở xã hội:", "Vốn ngân sách:").
func fundsNeeded(before string) bool {
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, ":") && containsAny(b, tgEconomicAims) {
		return false // "Vốn đầu tư toàn xã hội: 26.500 - 27.000 tỷ đồng": an indicator of the economy, its aim
	}
	return strings.HasSuffix(b, ":") || strings.Contains(b, "nhu cau") || strings.Contains(b, "kinh phi") ||
		strings.Contains(b, "du toan")
}

// tgEconomicAims are the folded words of the indicators of a
// socio-economic plan whose amounts are aims, not funds a plan spends:
// the investment of the whole society, output per head, revenue, exports.
var tgEconomicAims = []string{"toan xa hoi", "grdp", "gdp", "dau nguoi", "thu ngan sach", "kim ngach", "xuat khau"}

// tgPaidCosts are the folded nouns of what a support rate pays ("hỗ trợ
// 100% chi phí", "hỗ trợ 50% lệ phí").
var tgPaidCosts = []string{"chi phi", "muc phi", "phi", "le phi", "kinh phi", "hoc phi", "tien", "gia"}

// supportRate reports whether a percentage is the rate at which a policy
// pays a cost ("Hỗ trợ 100% chi phí chuyển trả kết quả …"): "hỗ trợ"
// right before it (words, folded) and a cost's noun after it. A spending
// policy's rate is no aim.
func supportRate(words []string, after string) bool {
	n := len(words)
	if n == 0 {
		return false
	}
	last := words[n-1]
	if last == "da" || last == "toi" || last == "muc" { // "hỗ trợ tối đa 50%", "hỗ trợ mức 70%"
		n--
		if n > 0 && words[n-1] == "toi" {
			n--
		}
	}
	if n < 2 || words[n-2] != "ho" || words[n-1] != "tro" {
		return false
	}
	a := strings.TrimLeft(after, " ")
	for _, c := range tgPaidCosts {
		if strings.HasPrefix(a, c) && (len(a) == len(c) || !isASCIILetter(a[len(c)])) {
			return true
		}
	}
	return false
}

// timeLimitRule reports whether the clause before a number of days
// (folded) states the time limit of a procedure ("Trường hợp 1: Thời hạn
// thẩm định … tối đa là 48 ngày"): it opens with "thời hạn" and names no
// change or aim ("rút ngắn", "giảm", "phấn đấu").
func timeLimitRule(before string) bool {
	b := strings.TrimLeft(before, " -+*_")
	if i := strings.Index(b, ": "); i >= 0 && i < 20 {
		b = b[i+2:] // "Trường hợp 1: …"
	}
	if !strings.HasPrefix(b, "thoi han ") {
		return false
	}
	return !containsAny(b, []string{"rut ngan", "giam", "phan dau", "muc tieu"})
}

// percentRangeRe matches the upper bound of a range of percentages
// written without "từ" after the first value's number: "% đến 80%", "%
// tới 80 %".
var percentRangeRe = regexp.MustCompile(`^\s*%\s*(?:den|toi)\s*[0-9]{1,3}(?:[.,][0-9]+)?\s*%`)

// readCount reads the unit of a value without a percent sign from the
// noun after it ("3.000 người", "02 cuộc"); a number followed by no such
// noun, or a year, is not a value.
func readCount(rv *rawValue, f string, cl clause) bool {
	num := f[rv.numFrom:rv.numTo]
	if end := perPopulation(f, rv.numTo, cl.to); end > 0 {
		// "trên 0,7/1.000 dân": a ratio to the population, its unit the
		// text's ("/1.000 dân", completed with the subject's noun).
		rv.unit, rv.unitFrom, rv.unitTo, rv.spanTo = "ratio", rv.numTo, end, end
		return true
	}
	if tgThousandsRe.MatchString(num) {
		// "3.000 người": a dot between groups of three digits of a
		// count separates thousands.
		n, err := vntext.ParseCount(num)
		if err != nil {
			return false
		}
		rv.value = float64(n)
	}
	if sm := countRangeRe.FindStringSubmatchIndex(f[rv.spanTo:cl.to]); sm != nil && rv.valueMax == nil {
		// "5.400 - 5.500 USD", "giảm 1 - 1,5 điểm %": a range of counts.
		hi, err := parseBound(f[rv.spanTo+sm[2] : rv.spanTo+sm[3]])
		if err == nil && hi > rv.value {
			rv.valueMax = &hi
			rv.spanTo += sm[1]
		}
	}
	if n := pointsOfPercent(f[rv.spanTo:cl.to]); n > 0 {
		rv.unit = "percentage points" // "giảm 1 - 1,5 điểm %"
		rv.spanTo += n
		return true
	}
	scale := 1.0
	if n, mult := scaleWord(f[rv.spanTo:cl.to]); n > 0 {
		// "40 triệu người", "400 triệu USD": the value written out.
		scale = mult
		rv.spanTo += n
	}
	aw := wordsOf(strings.TrimLeft(f[rv.spanTo:cl.to], " "), 3)
	if strings.HasPrefix(aw, "truong hop") {
		return false // "468 trường hợp": cases, not schools
	}
	for _, u := range tgUnits {
		if strings.HasPrefix(aw+" ", u.noun+" ") {
			rv.unit = u.unit
			if partOfTotal(f[rv.spanTo:cl.to], u.noun) {
				return false // "3.071 TTHC/4.888 TTHC": a share of a total, not a target
			}
			if u.unit == "staff" && u.noun != "bien che" && !staffingBefore(f[cl.from:rv.numFrom]) {
				rv.unit = "people" // "đào tạo … cho tối thiểu 1.000 cán bộ": persons, not posts
			}
			if u.unit == "đồng" || u.unit == "USD" {
				// "6,3 triệu đồng/người/tháng", "2.300 USD/người": an
				// amount per head, area or time, its unit the text's.
				from := rv.spanTo + len(f[rv.spanTo:cl.to]) - len(strings.TrimLeft(f[rv.spanTo:cl.to], " "))
				if end := perUnitEnd(f, from+len(u.noun), cl.to); end > 0 {
					rv.unitFrom, rv.unitTo, rv.spanTo = from, end, end
				}
			}
			break
		}
	}
	if rv.unit == "" && strings.HasPrefix(aw+" ", "tieu chi ") && criteriaAimed(f[cl.from:rv.numFrom]) {
		rv.unit = "count" // "đặt mục tiêu hoàn thành 94 tiêu chí …": criteria to meet, aimed at
	}
	if rv.unit == "" && listedCount(f[rv.spanTo:cl.to]) {
		rv.unit = "count" // "06 sở và 45 xã": the first of two counts
	}
	if rv.unit == "" && paddedCount(num, aw, f[cl.from:rv.numFrom]) {
		rv.unit = "count" // "tối thiểu 01 sàn giao dịch dữ liệu"
	}
	if rv.unit == "" && scorePoints(f[rv.spanTo:cl.to], f[cl.from:rv.numFrom]) {
		rv.unit = "points"
		if strings.Contains(f[cl.from:rv.numFrom], "so luong diem ") {
			rv.unit = "count" // "tăng số lượng điểm chấp nhận thanh toán … lên trên 7.500 điểm": places, not a score
		}
		rv.spanTo += strings.Index(f[rv.spanTo:cl.to], "diem") + len("diem")
	}
	if rv.unit == "" {
		if end := ratioUnit(f, rv.spanTo, cl.to); end > 0 {
			rv.unit = "ratio"
			rv.unitFrom = rv.spanTo + len(f[rv.spanTo:end]) - len(strings.TrimLeft(f[rv.spanTo:end], " "))
			rv.unitTo, rv.spanTo = end, end
		}
	}
	if rv.unit == "" {
		return false
	}
	// A year written before a noun ("2025 nhiệm vụ") is not a count.
	if scale == 1 && rv.value >= 1900 && rv.value <= 2100 && !strings.ContainsAny(num, ".,") {
		return false
	}
	if scale != 1 {
		rv.value *= scale
		if rv.valueMax != nil {
			m := *rv.valueMax * scale
			rv.valueMax = &m
		}
	}
	return true
}

// parseBound reads the upper bound of a range: "5.500" is five thousand
// five hundred (groups of three digits), "1,5" one and a half.
func parseBound(text string) (float64, error) {
	if tgThousandsRe.MatchString(text) {
		n, err := vntext.ParseCount(text)
		return float64(n), err
	}
	v, _, err := vntext.ParseNumber(text)
	return v, err
}

// tgCountDashRe matches, right after a small count's number, the upper
// bound of a range written with a dash and no spaces and the noun
// counted: "-2 bậc", "-3 cuộc" ("tăng 1-2 bậc"), "-1 điểm" ("tăng 0,5-1
// điểm"); not a date ("2-3/2026") nor a code ("04-NQ").
var tgCountDashRe = regexp.MustCompile(`^-([0-9]{1,3}(?:,[0-9]{1,2})?) [a-z]`)

// countDashRange reports whether the number at [s,e) of f opens a range
// of counts or points written "1-2 bậc", "0,5-1 điểm" (tgCountDashRe),
// its upper bound greater.
func countDashRange(f string, s, e, to int) bool {
	sm := tgCountDashRe.FindStringSubmatch(f[e:to])
	if sm == nil || e-s > 4 {
		return false
	}
	lo, _, err1 := vntext.ParseNumber(f[s:e])
	hi, _, err2 := vntext.ParseNumber(sm[1])
	return err1 == nil && err2 == nil && hi > lo
}

// tgStaffingWords are the folded words before a count of officials that
// make it a count of posts (the unit "staff"): a cut, a recruitment, a
// quota of posts, the officials each body or office is to have ("Mỗi xã
// có tối thiểu 02 công chức làm việc tại bộ phận một cửa").
var tgStaffingWords = []string{"giam", "tinh gian", "bien che", "tuyen dung", "dinh bien", "vi tri viec lam", "bo tri",
	"moi xa", "moi phuong", "moi huyen", "moi so", "moi co quan", "moi don vi"}

// staffingBefore reports whether the folded words before a count of
// officials speak of posts (tgStaffingWords): "tinh giản 605 cán bộ",
// not "đào tạo 1.000 cán bộ".
func staffingBefore(before string) bool {
	return containsAny(before, tgStaffingWords)
}

// countRangeRe matches the upper bound of a range of counts after the
// first number: " - 5.500", "-1,5".
var countRangeRe = regexp.MustCompile(`^\s*-\s*([0-9]+(?:[.,][0-9]+)*)(?:\s|$)`)

// pointsOfPercentRe matches percentage points after a number: "điểm %",
// "điểm phần trăm".
var pointsOfPercentRe = regexp.MustCompile(`^\s*diem\s*(?:%|phan tram)`)

// pointsOfPercent returns how many bytes of the folded text after a
// number name percentage points, 0 when it does not.
func pointsOfPercent(after string) int {
	if m := pointsOfPercentRe.FindStringIndex(after); m != nil {
		return m[1]
	}
	return 0
}

// tgScales are the folded words after a number that multiply it, with
// their factor: "40 triệu người" is 40000000 people, "660.085 tỷ đồng"
// 660085000000000 đồng.
var tgScales = []struct {
	word string
	mult float64
}{{"ty", 1e9}, {"ti", 1e9}, {"trieu", 1e6}, {"nghin", 1e3}, {"ngan", 1e3}}

// scaleWord returns how many bytes of the folded text after a number its
// scale words take (their spaces before them included) and their factor:
// "tỷ" (or "tỉ") 1e9, "nghìn tỷ" 1e12; 0 when the text opens with none.
func scaleWord(after string) (n int, mult float64) {
	n, mult = 0, 1
	for {
		k, m := oneScaleWord(after[n:])
		if k == 0 {
			return n, mult
		}
		n, mult = n+k, mult*m
	}
}

// oneScaleWord is scaleWord of one scale word.
func oneScaleWord(after string) (n int, mult float64) {
	a := strings.TrimLeft(after, " ")
	for _, sc := range tgScales {
		if rest, ok := strings.CutPrefix(a, sc.word); ok && (rest == "" || !isWordByte(rest[0])) {
			if (sc.word == "ty" || sc.word == "ti") && strings.HasPrefix(strings.TrimLeft(rest, " "), "le") {
				continue // "tỷ lệ": a share named, not a scale
			}
			return len(after) - len(rest), sc.mult
		}
	}
	return 0, 1
}

// tgBodies are the folded nouns of bodies that a number counts only in a
// list of counts ("06 sở và 45 xã"): alone ("giao cho 13 sở") they say
// who, not how many are to be reached.
var tgBodies = []string{"so", "ban", "nganh", "so, nganh", "so, ban, nganh"}

// listedCountRe matches the text after a count's number that names a
// body and joins a second count: "sở và 45", "sở, 12".
var listedCountRe = regexp.MustCompile(`^\s*([a-z ,]{1,20}?)\s*(?:,|va)\s*[0-9]{1,4}\s+[a-z]`)

// listedCount reports whether the folded text after a number names a
// body (tgBodies) and goes on with another count ("sở và 45 xã").
func listedCount(after string) bool {
	sm := listedCountRe.FindStringSubmatch(after)
	return sm != nil && slices.Contains(tgBodies, strings.TrimSpace(sm[1]))
}

// partOfTotal reports whether the folded text after a count's number,
// which opens with its noun, goes on with "/" and another number: a part
// of a total written "3.071 TTHC/4.888 TTHC", which states the size of
// what is done or planned, not a target.
func partOfTotal(after, noun string) bool {
	a, ok := strings.CutPrefix(strings.TrimLeft(after, " *"), noun)
	if !ok {
		return false
	}
	a, ok = strings.CutPrefix(strings.TrimLeft(a, " "), "/")
	a = strings.TrimLeft(a, " ")
	return ok && a != "" && isDigit(a[0])
}

// tgClassNouns are the folded nouns of a class of people or bodies that a
// threshold qualifies ("doanh nghiệp có dưới 50 người lao động", "hộ gia
// đình có từ 03 người trở lên", "người trên 60").
var tgClassNouns = []string{"doanh nghiep", "ho", "ho gia dinh", "ho kinh doanh", "nguoi", "don vi", "co so",
	"xa", "gia dinh", "hop tac xa", "lao dong"}

// thresholdOfNoun reports whether a count right after a class noun (and
// "có") with a strict comparator or "từ" ("dưới", "trên", "từ … trở
// lên") is a threshold that says which of the class are meant, not a
// target. before is the folded clause up to the value's comparator,
// cmpWords the comparator's words.
// "Mỗi xã có tối thiểu 02 công chức" is a target: its comparator is one
// of a minimum, not of a threshold.
func thresholdOfNoun(before, cmpWords string, rv rawValue) bool {
	if rv.percent || rv.cmp != dataset.CmpLT && rv.cmp != dataset.CmpLE && rv.cmp != dataset.CmpGT && rv.cmp != dataset.CmpGE {
		return false
	}
	if rv.cmp == dataset.CmpLE && !onlyWords(cmpWords, "co", "duoi") {
		return false // "tối đa", "không quá": a ceiling to keep; "dưới 50 người" is a threshold
	}
	if rv.cmp == dataset.CmpGE && !onlyWords(cmpWords, "co", "tu") {
		return false // "tối thiểu", "ít nhất", "đạt": a minimum to reach; "từ 03 người trở lên" is a threshold
	}
	ws := plainWords(before)
	if len(ws) > 0 && ws[len(ws)-1] == "co" {
		ws = ws[:len(ws)-1]
	}
	return endsWithAnyWords(ws, tgClassNouns)
}

// stillOutstanding reports whether a count stands right after "còn" and
// its noun is followed by "chưa" within a few words ("còn 29 văn bản chưa
// ban hành"): what is still not done, unless the count is reduced to
// ("giảm còn", "xuống còn") or aimed at ("phấn đấu chỉ còn").
func stillOutstanding(beforeWords []string, after string, rv rawValue) bool {
	if rv.percent || len(beforeWords) == 0 || beforeWords[len(beforeWords)-1] != "con" {
		return false
	}
	if len(beforeWords) > 1 {
		switch beforeWords[len(beforeWords)-2] {
		case "giam", "xuong", "chi", "lai":
			return false
		}
	}
	ws := strings.Fields(after)
	for k := 0; k < len(ws) && k < 5; k++ {
		if ws[k] == "chua" {
			return true
		}
	}
	return false
}

// tgPlaceSizeNouns are the folded nouns a place's size is given by.
var tgPlaceSizeNouns = []string{"dien tich", "dien tich tu nhien", "dan so", "quy mo dan so"}

// sizeOfPlace reports whether a count of area or people stands right
// after a noun of a place's size with no aim ("với diện tích hơn
// 9.400km²", "quy mô dân số khoảng 3,6 triệu người"): cmpWords, between
// the noun and the number, hold at most about or over; "quy mô dân số
// đạt 3,6 triệu người" is an aim.
func sizeOfPlace(before, cmpWords string, rv rawValue) bool {
	if rv.percent || rv.unit != "km" && rv.unit != "ha" && rv.unit != "people" {
		return false
	}
	for _, w := range strings.Fields(cmpWords) {
		if w != "hon" && w != "khoang" && w != "gan" && w != "tren" && w != "la" {
			return false
		}
	}
	ws := plainWords(before)
	return endsWithAnyWords(ws, tgPlaceSizeNouns)
}

// criteriaAimed reports whether the folded words before a count of
// criteria aim at meeting them: "hoàn thành" or "đạt" right before the
// count, after an aim ("đặt mục tiêu hoàn thành 94 tiêu chí", "phấn đấu
// đạt 19 tiêu chí"); a count of an index's criteria ("gồm 41 tiêu chí")
// or of those met ("63 cơ quan hoàn thành 3 tiêu chí") is none.
func criteriaAimed(before string) bool {
	ws := plainWords(before)
	if !endsWithWords(ws, "hoan thanh") && !endsWithWords(ws, "dat") {
		return false
	}
	return aimToReach(before) || strings.Contains(before, "muc tieu")
}

// onlyWords reports whether the folded words of s, at least one, are all
// among ws and the last is ws's last.
func onlyWords(s string, ws ...string) bool {
	fs := strings.Fields(s)
	if len(fs) == 0 || fs[len(fs)-1] != ws[len(ws)-1] {
		return false
	}
	for _, f := range fs {
		if !slices.Contains(ws, f) {
			return false
		}
	}
	return true
}

// tgCountComparators are the folded comparator words that, right before
// a number written with a leading zero, make it a count of whatever noun
// follows ("tối thiểu 01 sàn giao dịch", "ít nhất 02 mô hình").
var tgCountComparators = []string{"toi thieu", "it nhat", "toi da", "khong qua", "khong duoi", "khong it hon", "khong thap hon"}

// paddedCount reports whether a number is a count by the way plans write
// counts: two digits with a leading zero ("01", "05"), a comparator word
// right before it, and a word after it (aw, the folded words after the
// number) that is not an age or a date part.
func paddedCount(num, aw, before string) bool {
	if len(num) != 2 || num[0] != '0' || num[1] == '0' || aw == "" || !isASCIILetter(aw[0]) {
		return false
	}
	switch wordsOf(aw, 1) {
	case "tuoi", "thang", "nam", "quy", "tuan", "gio", "phut":
		return false
	}
	ws := plainWords(before)
	return endsWithAnyWords(ws, tgCountComparators)
}

// scorePoints reports whether the text after a number makes it a score in
// points ("đạt trên 68,5 điểm", "85 điểm trở lên"): "điểm" that ends the
// phrase, not a place ("05 điểm tiếp nhận hồ sơ").
func scorePoints(after, before string) bool {
	a := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(a, "diem") {
		return false
	}
	a = a[len("diem"):]
	if a != "" && isASCIILetter(a[0]) {
		return false // "điểm" is part of a longer word
	}
	a = strings.TrimLeft(a, " ")
	if a == "" || !isASCIILetter(a[0]) {
		return true // "điểm", "điểm, xếp vị trí …"
	}
	switch wordsOf(a, 1) {
	case "tro", "so", "tren", "va", "vao", "nam", "den", "trong", "xep":
		return true // "85 điểm trở lên", "90 điểm vào năm 2030"
	}
	return scoredBefore(before) // "Chỉ số PAR INDEX đạt 88 điểm để nằm trong nhóm …"
}

// tgScoreWords are the folded words before a value that make the "điểm"
// after it a score rather than a place ("05 điểm tiếp nhận hồ sơ").
var tgScoreWords = []string{"chi so", "diem so", "par index", "sipas", "papi", "pci", "dti", "ddci", "pgi"}

// scoredBefore reports whether the folded clause before a value says it
// is a score: it names an index or a score, or the value is what is
// reached ("đạt 88 điểm").
func scoredBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if strings.HasSuffix(b, " dat") || b == "dat" {
		return true
	}
	return containsAny(b, tgScoreWords)
}

// readPredicate reads the comparator and the change of a value from the
// words before it and sets where the value's expression starts. A sign
// ("≥ 30%", "> 90%") or a comparator word ("tối thiểu", "không quá")
// states the comparator; otherwise bareComparator decides.
func readPredicate(rv *rawValue, f string, cl clause, before string, hasTu bool) {
	words := plainWords(clauseTail(before))
	start := len(words)
	if cmp, n := signBefore(words); cmp != "" {
		rv.cmp, rv.explicit = cmp, true
		start -= n
	}
	attained := false
	strip := func() {
		for {
			stripped := false
			for _, fl := range tgFillers {
				if n, ok := phraseBefore(words, start, fl); ok {
					start -= n
					stripped = true
					attained = attained || strings.HasPrefix(fl, "dat")
					break
				}
			}
			if !stripped {
				return
			}
		}
	}
	if hasTu && start > 0 {
		start--
	}
	strip()
	for _, c := range tgComparators {
		if rv.explicit {
			break
		}
		if n, ok := phraseBefore(words, start, c.words); ok && !marriageWord(words, start, c.words) {
			rv.cmp, rv.explicit = c.cmp, true
			start -= n
			break
		}
	}
	reduced := false
	if n := reducedTo(words, start); n > 0 && (!rv.explicit || rv.cmp == dataset.CmpLE || rv.cmp == dataset.CmpLT) {
		// "giảm còn 1,7 lần", "giảm xuống dưới 2%": the level to reach,
		// not the size of the cut; without a comparator of its own
		// ("xuống 18", "còn 1,7 lần") the level itself.
		if !rv.explicit {
			rv.cmp, rv.explicit = dataset.CmpEQ, true
		}
		start -= n
		reduced = true
	}
	if hasTu && !rv.explicit {
		rv.cmp, rv.explicit = dataset.CmpGE, true
	}
	strip()
	for _, c := range tgChanges {
		if n, ok := phraseBefore(words, start, c.words); ok {
			if !reduced {
				rv.change = c.change
			}
			start -= n
			break
		}
	}
	if n, ok := phraseBefore(words, start, "don gian hoa"); ok && rv.change == "" && !reduced {
		rv.change = coupledChange(words, start-n, before) // "đơn giản hóa" stays in the subject
	}
	if rv.cmp == "" {
		rv.cmp, rv.explicit = leadComparator(f[cl.from:rv.numFrom])
	}
	if rv.cmp == "" && start > 0 && words[start-1] == "chiem" {
		rv.cmp = dataset.CmpEQ // "kinh tế số chiếm 45% GRDP": the planned share itself
	}
	if rv.cmp == "" && start > 0 && words[start-1] == "gap" && rv.unit == "times" {
		rv.cmp, rv.explicit = dataset.CmpEQ, true // "gấp 30 lần GRDP": the multiple itself
		start--
		for _, c := range tgChanges {
			if n, ok := phraseBefore(words, start, c.words); ok && rv.change == "" {
				rv.change = c.change // "tăng gấp 2 lần so với năm 2020": a rise to twice the base
				start -= n
				break
			}
		}
	}
	rv.strived = strings.Contains(f[cl.from:rv.numFrom], "phan dau")
	if rv.cmp == "" {
		aim := attained || aimToReach(f[cl.from:rv.numFrom])
		rv.cmp = bareComparator(*rv, aim)
		rv.attained = aim
	}
	// spanFrom: the start of the first consumed word.
	// Emphasis marks count as no word (plainWords left them out).
	consumed := len(words) - start
	rv.spanFrom = rv.numFrom
	for rv.spanFrom > cl.from && emphasisMark(f[rv.spanFrom-1]) {
		rv.spanFrom-- // "**95%**"
	}
	for i := 0; i < consumed; {
		from := prevWordStart(f, cl.from, rv.spanFrom)
		if from == rv.spanFrom {
			break
		}
		if strings.Trim(f[from:rv.spanFrom], "*_ ") != "" {
			i++
		}
		rv.spanFrom = from
	}
}

// tgMarriage are the folded words before "hôn" that make it the noun of
// a marriage ("kết hôn", "tảo hôn"), which folding spells as "hơn".
var tgMarriage = []string{"ket", "tao", "ly", "dinh", "cau", "thanh"}

// marriageWord reports whether the comparator words cmp that end ws[:end]
// are "hon" of a marriage ("khám sức khỏe trước khi kết hôn đạt 90%"),
// not "hơn" (more than).
func marriageWord(ws []string, end int, cmp string) bool {
	if cmp != "hon" || end < 2 {
		return false
	}
	for _, w := range tgMarriage {
		if ws[end-2] == w {
			return true
		}
	}
	return false
}

// emphasisMark reports whether c marks markdown emphasis ('*', '_').
func emphasisMark(c byte) bool { return c == '*' || c == '_' }

// tgReducedTo are the folded words before a value that make it the level
// a quantity is brought down to ("giảm còn 1,7 lần", "giảm xuống dưới
// 2%", "chỉ còn 5%"), longest first.
var tgReducedTo = []string{"giam xuong con", "xuong con", "giam con", "chi con", "con", "giam xuong", "xuong"}

// tgReductionStartRe matches, folded, the text after the first value of
// "giảm từ A … xuống (còn) B" (or "tăng từ A lên B") up to B: A's unit or
// noun, then "xuống", "còn" or "lên" and a number.
var tgReductionStartRe = regexp.MustCompile(`^[^0-9;:]{0,60}?\b(?:xuong|con|len)(?: con| duoi| tren| muc)? [0-9]`)

// startOfReduction reports whether a value is where a change starts, not
// its aim: "từ" right before it (before, folded, up to the value) and
// "xuống", "còn" or "lên" with the level to reach after it ("giảm từ 23 ca
// sinh/1.000 phụ nữ xuống 18 ca sinh/1.000 phụ nữ", "tăng từ 30% lên
// 50%").
func startOfReduction(before, after string) bool {
	b := strings.TrimRight(before, " ")
	return (strings.HasSuffix(b, " tu") || b == "tu") && tgReductionStartRe.MatchString(after)
}

// reducedTo returns how many of the words ws[:end] say that the value
// after them is the level to reach downward, 0 when none: "còn" alone, or
// "xuống" (also before a comparator, which readPredicate has taken).
func reducedTo(ws []string, end int) int {
	for _, p := range tgReducedTo {
		if n, ok := phraseBefore(ws, end, p); ok {
			return n
		}
	}
	return 0
}

// plainWords returns the words of s without the markdown emphasis around
// them ("*Trên 80%", "**100%**"); marks that stand alone are left out.
func plainWords(s string) []string {
	ws := strings.Fields(s)
	out := ws[:0]
	for _, w := range ws {
		if w = strings.Trim(w, "*_"); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// tgLeadComparators are the comparator words that, earlier in a clause,
// apply to every value listed after them ("đạt tỷ lệ tối thiểu tương
// ứng: cấp tỉnh 100%, cấp huyện 100%, cấp xã 95%").
var tgLeadComparators = []struct{ words, cmp string }{
	{"toi thieu", dataset.CmpGE}, {"it nhat", dataset.CmpGE}, {"khong duoi", dataset.CmpGE},
	{"khong it hon", dataset.CmpGE}, {"khong thap hon", dataset.CmpGE}, {"toi da", dataset.CmpLE},
	{"khong vuot qua", dataset.CmpLE}, {"khong qua", dataset.CmpLE}, {"khong cao hon", dataset.CmpLE},
}

// leadComparator returns the comparator a clause states before a list of
// values, when the list follows a colon or "tương ứng"; "" when none.
func leadComparator(before string) (string, bool) {
	k := strings.LastIndex(before, ":")
	if j := strings.LastIndex(before, "tuong ung"); j > k {
		k = j
	}
	if k < 0 {
		return "", false
	}
	lead := " " + before[:k] + " "
	for _, c := range tgLeadComparators {
		if strings.Contains(lead, " "+c.words+" ") {
			return c.cmp, true
		}
	}
	return "", false
}

// withAimsSet returns the fold f of text with the "dat" of "đặt mục
// tiêu" / "đặt chỉ tiêu" (an aim set: "Lào Cai đặt mục tiêu … 99% thôn")
// written "det", so that it is not read as the "đạt mục tiêu" of an aim
// to reach (aimToReach), which folding spells the same; f itself when the
// text sets none.
func withAimsSet(text []rune, f string) string {
	if !strings.Contains(f, "dat muc tieu") && !strings.Contains(f, "dat chi tieu") && !strings.Contains(f, "dat ra muc tieu") {
		return f
	}
	b := []byte(f)
	for i := 0; i+3 <= len(b) && i+1 < len(text); i++ {
		if b[i] == 'd' && b[i+1] == 'a' && b[i+2] == 't' && (text[i+1] == 'ặ' || text[i+1] == 'Ặ') && (i == 0 || b[i-1] == ' ') {
			b[i+1] = 'e'
		}
	}
	return string(b)
}

// tgWordNumberRe matches, folded, a small number written in a word where
// a rank's steps or place is counted: "ít nhất một bậc", "tăng hai bậc",
// "vị trí xếp thứ năm" (not "Thứ Năm", a weekday, nor "năm 2025"); or
// where a minimum of people or models is aimed at ("phấn đấu …, mỗi hộ
// gia đình có ít nhất một người biết …"; not "ít nhất một lần", "tối
// thiểu một số").
var tgWordNumberRe = regexp.MustCompile(`\b(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) bac\b|\bvi tri (?:xep )?thu (hai|ba|tu|nam|sau|bay|tam|chin|muoi)\b|\b(?:it nhat|toi thieu) (mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) (?:nguoi|can bo|cong chuc|vien chuc|mo hinh|diem)\b`)

// tgWordNumbers are the values of the number words of tgWordNumberRe.
var tgWordNumbers = map[string]string{"mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4", "nam": "5", "sau": "6",
	"bay": "7", "tam": "8", "chin": "9", "muoi": "10"}

// withWordNumbers returns the fold f of text with the small numbers
// written in words where ranks or minimums are counted (tgWordNumberRe)
// written in digits, right-aligned in the word's place so that f keeps
// one byte a rune of text: "nâng ít nhất một bậc" is read as "… 1 bậc".
func withWordNumbers(text []rune, f string) string {
	if !strings.Contains(f, " bac") && !strings.Contains(f, "vi tri") && !strings.Contains(f, "it nhat") && !strings.Contains(f, "toi thieu") {
		return f
	}
	ms := tgWordNumberRe.FindAllStringSubmatchIndex(f, -1)
	if ms == nil {
		return f
	}
	b := []byte(f)
	for _, m := range ms {
		from, to := m[2], m[3]
		for g := 4; from < 0 && g+1 < len(m); g += 2 {
			from, to = m[g], m[g+1]
		}
		if unicode.IsUpper(text[from]) {
			continue // "Thứ Năm": a weekday
		}
		if m[6] >= 0 && !aimToReach(f[sentenceStart(f, from):from]) {
			continue // "giao … hướng dẫn để mỗi hộ có ít nhất một người …": a norm of a duty, no aim
		}
		digits := tgWordNumbers[f[from:to]]
		for k := from; k < to; k++ {
			b[k] = ' '
		}
		copy(b[to-len(digits):to], digits)
	}
	return string(b)
}

// tgAskWords are the folded verbs after which counted bodies are the ones
// asked or given a task: "yêu cầu 17 sở, ban, ngành và 10 UBND các huyện
// …", "giao cho 12 cơ quan".
var tgAskWords = []string{"yeu cau", "giao cho", "de nghi"}

// withoutAddressees returns the values of a clause without the counts of
// bodies a request is made to (tgAskWords right before the first, "và"
// or a comma before each next): whom the plan asks, not what it aims at.
func withoutAddressees(f string, cl clause, raws []rawValue) []rawValue {
	if len(raws) == 0 || !containsAny(f[cl.from:cl.to], tgAskWords) {
		return raws
	}
	out := raws[:0:0]
	asked := false
	for k, rv := range raws {
		if rv.percent || rv.unit != "count" {
			asked = false
			out = append(out, rv)
			continue
		}
		from := cl.from
		if k > 0 {
			from = raws[k-1].spanTo
		}
		before := strings.TrimSpace(f[from:rv.spanFrom])
		switch {
		case hasAnySuffix(before, tgAskWords):
			asked = true
		case asked && (strings.HasSuffix(before, " va") || strings.HasSuffix(before, ",")) && !strings.ContainsAny(before, ".;:"):
		default:
			asked = false
		}
		if !asked {
			out = append(out, rv)
		}
	}
	return out
}

// aimToReach reports whether the clause before a value says the value is
// to be reached: "phấn đấu …", an aim named as reached ("đạt được mục
// tiêu tăng trưởng kinh tế 8%", "đạt mục tiêu … 60%"), or a share to
// ensure ("Đảm bảo 70% người dân …", "bảo đảm 90% …").
func aimToReach(before string) bool {
	if strings.Contains(before, "phan dau") {
		return true
	}
	b := " " + before
	if strings.Contains(b, " dat duoc muc tieu ") || strings.Contains(b, " dat muc tieu ") {
		return true
	}
	ws := plainWords(before)
	_, ok1 := phraseBefore(ws, len(ws), "dam bao")
	_, ok2 := phraseBefore(ws, len(ws), "bao dam")
	if ok1 || ok2 {
		return true // "Đảm bảo 70% người dân …": a share to reach
	}
	// "đảm bảo đến ngày 15/12/2025 hoàn thành 70% khối lượng": a share to
	// reach by a time limit.
	_, done := phraseBefore(ws, len(ws), "hoan thanh")
	return done && (strings.Contains(b, " dam bao ") || strings.Contains(b, " bao dam ")) && deadlineDateYear(before) > 0
}

// bareComparator is the comparator of a value stated without one: "100%"
// is the whole ("="); a value the plan says is to be reached ("đạt 90%",
// "phấn đấu tăng 5 bậc") is a minimum; a bare change ("cắt giảm 50% thời
// gian", "tinh giản 605 biên chế") is the planned change itself ("=",
// which scoring reads as at least that change); any other figure ("90%
// hồ sơ", "02 hội nghị") is the planned figure itself ("=").
func bareComparator(rv rawValue, attained bool) string {
	switch {
	case rv.percent && rv.value == 100 && rv.valueMax == nil:
		return dataset.CmpEQ
	case attained:
		return dataset.CmpGE
	case rv.valueMax != nil:
		return dataset.CmpGE // a range: at least its lower bound ("giảm 1 - 1,5 điểm %")
	case rv.change != "":
		return dataset.CmpEQ
	}
	return dataset.CmpEQ
}

// phraseBefore reports whether the words ws[:end] end with phrase, whose
// words are separated by single spaces, and returns how many words the
// phrase has. It is strings.Join(ws[end-n:end], " ") == phrase without
// the join.
func phraseBefore(ws []string, end int, phrase string) (n int, ok bool) {
	n = strings.Count(phrase, " ") + 1
	if end < n {
		return n, false
	}
	rest := phrase
	for k, w := range ws[end-n : end] {
		if k > 0 {
			if rest == "" || rest[0] != ' ' {
				return n, false
			}
			rest = rest[1:]
		}
		if !strings.HasPrefix(rest, w) {
			return n, false
		}
		rest = rest[len(w):]
	}
	return n, rest == ""
}

// clauseTail returns the words of before that follow its last comma,
// colon or parenthesis: the comparator of a value stands next to it.
func clauseTail(before string) string {
	i := strings.LastIndexAny(before, ",:;()")
	if i < 0 {
		return before
	}
	if inside := strings.TrimSpace(before[i+1:]); before[i] == '(' && (inside == "it nhat" || inside == "toi thieu") {
		// "tăng dần (ít nhất 1-2 bậc)": the parentheses give the least
		// value of the change named before them.
		return clauseTail(before[:i]) + " " + inside
	}
	return before[i+1:]
}

// prevWordStart returns the start of the word before position pos (skipping spaces).
func prevWordStart(f string, from, pos int) int {
	i := pos
	for i > from && f[i-1] == ' ' {
		i--
	}
	for i > from && f[i-1] != ' ' {
		i--
	}
	return i
}

func isDigit(c byte) bool       { return c >= '0' && c <= '9' }
func isASCIILetter(c byte) bool { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }

// endsWithAnyWords reports whether the words ws end with the words of
// one of phrases (endsWithWords).
func endsWithAnyWords(ws []string, phrases []string) bool {
	for _, p := range phrases {
		if endsWithWords(ws, p) {
			return true
		}
	}
	return false
}

// endsWithWords reports whether the folded words ws end with the words of w
// (punctuation around the words of ws ignored).
func endsWithWords(ws []string, w string) bool {
	n := 0
	for range strings.FieldsSeq(w) {
		n++
	}
	if len(ws) < n {
		return false
	}
	i := len(ws) - n
	for word := range strings.FieldsSeq(w) {
		if strings.Trim(ws[i], ",.;:()") != word {
			return false
		}
		i++
	}
	return true
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	ws := strings.Fields(s)
	if len(ws) > n {
		ws = ws[len(ws)-n:]
	}
	return strings.Join(ws, " ")
}

// wordsOf returns the first n words of s with punctuation removed.
func wordsOf(s string, n int) string {
	// A word is a run of ASCII letters and digits; every byte of a rune
	// outside ASCII separates words. The scan stops after n words.
	var b strings.Builder
	for i, words := 0, 0; i < len(s) && words < n; {
		for i < len(s) && !isWordByte(s[i]) {
			i++
		}
		j := i
		for j < len(s) && isWordByte(s[j]) {
			j++
		}
		if j == i {
			break
		}
		if words > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[i:j])
		words++
		i = j
	}
	return b.String()
}

// isWordByte reports whether c is an ASCII letter or digit.
func isWordByte(c byte) bool { return isASCIILetter(c) || isDigit(c) }

// piecesOf splits a clause at commas, semicolons, colons and "và",
// outside parentheses and not at a decimal comma nor in "thuộc và trực
// thuộc" (one qualifier: "4 đơn vị thuộc và trực thuộc khối UBND cấp
// huyện"): the span a level or a subject of one value of a sentence with
// several is read from.
func piecesOf(f string, depth []int32, cl clause) []clause {
	var out []clause
	start := cl.from
	for i := cl.from; i < cl.to; i++ {
		if depth[i] > 0 {
			continue
		}
		switch {
		case f[i] == ',' || f[i] == ';' || f[i] == ':':
			if f[i] == ',' && i > cl.from && i+1 < cl.to && isDigit(f[i-1]) && isDigit(f[i+1]) {
				continue
			}
			out = append(out, clause{start, i})
			start = i + 1
		case f[i] == ' ' && strings.HasPrefix(f[i:cl.to], " va ") && !strings.HasPrefix(f[i:cl.to], " va truc thuoc"):
			out = append(out, clause{start, i})
			start = i + 4
		}
	}
	out = append(out, clause{start, cl.to})
	return out
}

func pieceAt(ps []clause, pos int) clause {
	for _, p := range ps {
		if pos >= p.from && pos < p.to {
			return p
		}
	}
	return ps[len(ps)-1]
}

// levelsIn returns the levels named in f[from:to] outside parentheses,
// each once, in the order of the text.
func levelsIn(f string, depth []int32, from, to int, words []struct{ words, level string }) []string {
	type at struct {
		pos   int
		level string
	}
	var found []at
	for _, l := range words {
		for i := from; i < to; {
			j := strings.Index(f[i:to], l.words)
			if j < 0 {
				break
			}
			pos := i + j
			endPos := pos + len(l.words)
			if levelStated(f, depth, from, to, pos, endPos) {
				found = append(found, at{pos, l.level})
				if strings.HasPrefix(l.words, "cap ") {
					// "ở cấp xã, huyện, tỉnh": one "cấp" over a list of levels.
					for k, lv := range sharedLevels(f[endPos:to]) {
						found = append(found, at{endPos + k + 1, lv})
					}
				}
			}
			i = endPos
		}
	}
	sort.Slice(found, func(a, b int) bool { return found[a].pos < found[b].pos })
	var out []string
	for _, x := range found {
		if !slices.Contains(out, x.level) {
			out = append(out, x.level)
		}
	}
	return out
}

// tgLevelsAsideRe matches, folded, an aside that names only levels:
// "(cấp xã, huyện)", "(cấp tỉnh và cấp xã)".
var tgLevelsAsideRe = regexp.MustCompile(`^\(\s*cap (?:xa|huyen|tinh)(?:(?:,|,? va) (?:cap )?(?:xa|huyen|tinh))*\s*\)`)

// levelsAside reports whether the level at byte pos of folded f stands
// in an aside of one depth that names only levels (tgLevelsAsideRe), as
// "40% đơn vị (cấp xã, huyện)" says which units it counts.
func levelsAside(f string, pos int) bool {
	open := strings.LastIndexByte(f[:pos], '(')
	if open < 0 || strings.IndexByte(f[open:pos], ')') >= 0 {
		return false
	}
	return tgLevelsAsideRe.MatchString(f[open:])
}

// tgSharedLevelRe matches, folded, the levels a list goes on with after
// one "cấp …" without repeating "cấp": ", huyện, tỉnh", " và tỉnh".
var tgSharedLevelRe = regexp.MustCompile(`^(?:(?:,|,? va| va) (?:xa|huyen|tinh|phuong)\b)+`)

// sharedLevels returns the levels the words right after a "cấp …" phrase
// list without their own "cấp" (tgSharedLevelRe), in their order.
func sharedLevels(after string) []string {
	m := tgSharedLevelRe.FindString(after)
	if m == "" {
		return nil
	}
	var out []string
	for _, w := range strings.FieldsFunc(m, func(r rune) bool { return r == ',' || r == ' ' }) {
		switch w {
		case "xa", "phuong":
			out = append(out, "commune")
		case "huyen":
			out = append(out, "district")
		case "tinh":
			out = append(out, "province")
		}
	}
	return out
}

// namesLevel reports whether the level phrase at f[pos:endPos] names the
// level of a target: whole words, not part of a name ("Chỉ số năng lực
// cạnh tranh cấp tỉnh", "Chỉ số hiệu quả quản trị và hành chính công cấp
// tỉnh"), a territory ("không phụ thuộc địa giới hành
// chính trong phạm vi cấp tỉnh": where a procedure is served), the body
// a text asks to act ("Bộ … yêu cầu UBND cấp tỉnh rà soát …") nor
// another word folded as the wards ("các phương án").
func namesLevel(f string, pos, endPos int) bool {
	if pos > 0 && isASCIILetter(f[pos-1]) || endPos < len(f) && isASCIILetter(f[endPos]) {
		return false
	}
	head := f[max(0, pos-16):pos]
	return !strings.HasSuffix(head, "canh tranh ") && !strings.HasSuffix(head, "hanh chinh cong ") && !strings.HasSuffix(head, "pham vi ") &&
		!strings.HasSuffix(head, "pham vi toan ") && !strings.HasSuffix(head, "yeu cau ubnd ") &&
		!otherPhuong(f, endPos) && !otherCap(f, pos, endPos)
}

// tgCapVerbs are the folded first syllables that make a folded "cấp"
// part of another word than a level: "trợ cấp" (an allowance), "cung
// cấp" (to provide), "phân cấp", "cấp phát".
var tgCapVerbs = []string{"tro ", "cung ", "phu ", "phan "}

// otherCap reports whether the level phrase at f[pos:endPos] ("cap xa",
// "cap so") is no level: "cấp" ends another word ("trợ cấp xã hội",
// "cung cấp số tài khoản"), or "xã" opens "xã hội".
func otherCap(f string, pos, endPos int) bool {
	if !strings.HasPrefix(f[pos:], "cap ") {
		return false
	}
	head := f[max(0, pos-6):pos]
	for _, w := range tgCapVerbs {
		if strings.HasSuffix(head, w) && (len(head) == len(w) || !isASCIILetter(head[len(head)-len(w)-1])) {
			return true
		}
	}
	return strings.HasSuffix(f[pos:endPos], " xa") && strings.HasPrefix(f[endPos:], " hoi")
}

// tgPhuongWords are the folded second syllables that make a folded
// "phuong" another word than "phường" (ward): "phương án", "phương thức",
// "phương tiện", "phương pháp", "phương hướng", "phương châm", "phương
// trình".
var tgPhuongWords = []string{"an", "thuc", "tien", "phap", "huong", "cham", "trinh"}

// otherPhuong reports whether a level phrase ending in "phuong" at endPos
// of the folded text f is the first syllable of another word
// (tgPhuongWords), not the wards.
func otherPhuong(f string, endPos int) bool {
	if !strings.HasSuffix(f[:endPos], "phuong") || !strings.HasPrefix(f[endPos:], " ") {
		return false
	}
	next := f[endPos+1:]
	for _, w := range tgPhuongWords {
		if strings.HasPrefix(next, w) && (len(next) == len(w) || !isASCIILetter(next[len(w)])) {
			return true
		}
	}
	return false
}

// tgListedLevels are the folded level nouns without "cấp" that, after a
// level and a comma or "và", make its "cấp" govern a list: "cấp tỉnh,
// ngành và địa phương", "cấp tỉnh, huyện, xã" name every level listed.
var tgListedLevels = []string{"huyen", "xa", "nganh", "dia phuong", "co so"}

// levelListFollows reports whether the folded text right after a level
// phrase goes on with another level of its list (tgListedLevels after a
// comma or "và").
func levelListFollows(after string) bool {
	var rest string
	switch {
	case strings.HasPrefix(after, ", "):
		rest = after[len(", "):]
	case strings.HasPrefix(after, " va "):
		rest = after[len(" va "):]
	default:
		return false
	}
	for _, w := range tgListedLevels {
		if strings.HasPrefix(rest, w) && (len(rest) == len(w) || !isASCIILetter(rest[len(w)])) {
			return true
		}
	}
	return false
}

// levelIn returns the one level named in f[from:to] outside parentheses,
// "" when none or several; "cấp" before a list of levels ("cấp tỉnh,
// ngành và địa phương") names several, and a level "trở lên" (upwards)
// every level from it.
func levelIn(f string, depth []int32, from, to int, words []struct{ words, level string }) string {
	found := ""
	for _, l := range words {
		for i := from; i < to; {
			j := strings.Index(f[i:to], l.words)
			if j < 0 {
				break
			}
			pos := i + j
			endPos := pos + len(l.words)
			if levelStated(f, depth, from, to, pos, endPos) {
				if found != "" && found != l.level || strings.HasPrefix(l.words, "cap ") && levelListFollows(f[endPos:to]) {
					return ""
				}
				if after := strings.TrimLeft(f[endPos:to], " "); strings.HasPrefix(after, "tro len") || strings.HasPrefix(after, "tro xuong") ||
					strings.HasPrefix(after, "den cap") {
					return "" // "từ cấp huyện trở lên", "từ cấp tỉnh đến cấp xã": every level from it, no one level
				}
				found = l.level
			}
			i = endPos
		}
	}
	return found
}

// levelStated reports whether the level words at [pos, endPos) of folded
// f, within [from, to), state the level of a value: whole words
// (namesLevel), outside brackets unless an aside of levels, not in a
// quoted name (quotedAt) and not departments listed with the localities
// (withLocalities).
func levelStated(f string, depth []int32, from, to, pos, endPos int) bool {
	return (depth[pos] == 0 || levelsAside(f, pos)) && namesLevel(f, pos, endPos) && !quotedAt(f, from, to, pos, endPos) && !withLocalities(f, endPos, to)
}

// withLocalities reports whether the departments named right before
// endPos of folded f go on with the localities ("sở, ngành, địa phương",
// "sở, ban, ngành và địa phương"): bodies of every level, no one level.
func withLocalities(f string, endPos, to int) bool {
	after := f[endPos:min(to, endPos+40)]
	for _, w := range []string{", ban", ", nganh"} {
		after = strings.TrimPrefix(after, w)
	}
	for _, w := range []string{", dia phuong", " va dia phuong", " dia phuong", ", cac dia phuong", " va cac dia phuong"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}

// quotedAt reports whether the words at [pos, endPos) of folded f stand
// in quotation marks (folded '#') that open and close within [from, to):
// a name quoted ("đợt cao điểm “Nâng cao hiệu quả chuyển đổi số cấp
// xã”"), which says no level of the value.
func quotedAt(f string, from, to, pos, endPos int) bool {
	return strings.Count(f[from:pos], "#")%2 == 1 && strings.IndexByte(f[endPos:to], '#') >= 0
}

// joinText returns text[from:to] without the value expression [cutFrom,cutTo).
func joinText(text []rune, from, cutFrom, cutTo, to int) string {
	cutFrom = max(cutFrom, from)
	cutTo = min(cutTo, to)
	return strings.TrimSpace(string(text[from:cutFrom])) + " " + strings.TrimSpace(string(text[cutTo:to]))
}

var subjectLead = regexp.MustCompile(`^(?:phan dau\s+)?(?:(?:(?:trong |den )(?:het )?)?nam [0-9]{4}[\s,:]+|giai doan [0-9]{4}\s*-\s*[0-9]{4}[\s,:]+)?`)

// cleanSubject trims punctuation, markdown emphasis and filler words
// around a subject: the leading "Phấn đấu", "năm 2025", "Đến hết năm
// 2026," and "Giai đoạn 2025-2027:", the trailing "đạt", "là", ":".
func cleanSubject(s string) string {
	s = joinFields(strings.ReplaceAll(s, "*", " "))
	for {
		before := s
		s = strings.Trim(s, " ,;:.-–")
		if f := foldKeep(firstRunes(s, 12)); strings.HasPrefix(f, "phan dau ") || strings.HasPrefix(f, "nam ") ||
			strings.HasPrefix(f, "trong nam ") || strings.HasPrefix(f, "den nam ") || strings.HasPrefix(f, "den het nam ") ||
			strings.HasPrefix(f, "giai doan ") {
			rs := []rune(s)
			if m := subjectLead.FindStringIndex(asciiFold(rs)); m != nil && m[1] > 0 && m[1] < len(rs) {
				s = string(rs[m[1]:])
				continue
			}
		}
		if rs := []rune(s); len(rs) > 9 && strings.EqualFold(string(rs[:8]), "trong đó") && (rs[8] == ' ' || rs[8] == ',') {
			s = string(rs[9:]) // "… đạt 35%, trong đó có ít nhất 6.000 nghiên cứu sinh": the part's own subject
			continue
		}
		s = withoutAimLead(s)
		for _, w := range []string{" đạt tỷ lệ", " đạt", " là", " có", " đều"} {
			if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
				s = s[:len(s)-len(w)]
			}
		}
		if s == before {
			return s
		}
	}
}

// tgAimLeads are the words, as written, with which a report's sentence
// states an aim before its subject: "Tỉnh cũng đặt mục tiêu Chỉ số …",
// "Theo kế hoạch, năm 2026 tỉnh phấn đấu thủ tục hành chính …".
var tgAimLeads = []string{"đặt ra mục tiêu ", "đề ra mục tiêu ", "đặt mục tiêu ", "hướng tới mục tiêu ", "phấn đấu "}

// tgSubjectHeads are the words, as written, that open a subject; a lead
// that holds one is the subject, not words before it.
var tgSubjectHeads = []string{"tỷ lệ", "Tỷ lệ", "chỉ số", "Chỉ số", "mức độ", "Mức độ", "số lượng", "Số lượng", "tốc độ", "Tốc độ"}

// withoutAimLead returns subject without the words of a report that lead
// to it: a short clause ending with the words that state an aim
// (tgAimLeads), when what follows has words of its own; subject as it
// is otherwise.
func withoutAimLead(subject string) string {
	for _, w := range tgAimLeads {
		i := strings.Index(subject, w)
		if i <= 0 {
			continue
		}
		lead, rest := subject[:i], strings.TrimSpace(subject[i+len(w):])
		if len(strings.Fields(lead)) > aimLeadWords || containsAny(lead, tgSubjectHeads) || len(strings.Fields(rest)) < 2 ||
			subjectless(rest) || hasAnyPrefix(foldKeep(rest), []string{"dat ", "den ", "toi ", "vao ", "trong ", "tu "}) {
			return subject // "… Huế đặt mục tiêu đến năm 2025", "Tốc độ tăng trưởng … phấn đấu đạt bình quân": the subject leads
		}
		return rest
	}
	return subject
}

// aimLeadWords is how many words a report's lead to an aim may have.
const aimLeadWords = 10

// firstRunes returns the first n runes of s (all of s when shorter).
func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// contentWords counts the words of s that are not level phrases.
func contentWords(s string) int {
	k := ocrKey(s)
	for _, l := range tgLevels {
		k = strings.ReplaceAll(k, l.words, "")
	}
	return len(strings.Fields(k))
}

// shorten cuts s to n runes, marking the cut with "…".
func shorten(s string, n int) string {
	rs := []rune(joinFields(s))
	if len(rs) <= n {
		return string(rs)
	}
	return string(rs[:n]) + "…"
}

// uniqueCodes makes the codes of the targets unique within a plan and a
// level: the values of one numbered item at different levels keep the
// item's code; several values at the same level get letters (II.1.2a,
// II.1.2b).
func uniqueCodes(ts []dataset.Target) []dataset.Target {
	type key struct{ code, level string }
	n := map[key]int{}
	for _, t := range ts {
		n[key{t.Code, t.Level}]++
	}
	seen := map[key]int{}
	for i := range ts {
		k := key{ts[i].Code, ts[i].Level}
		if n[k] > 1 {
			ts[i].Code += string(rune('a' + seen[k]%26))
			seen[k]++
		}
	}
	return ts
}

// tableCells splits a table row at tabs, or at '|' without the border
// pipes; it returns nil for a line with fewer than three cells.
func tableCells(line string) []string {
	var cells []string
	switch {
	case strings.Contains(line, "\t"):
		cells = strings.Split(line, "\t")
	case strings.Count(line, "|") >= 2:
		cells = strings.Split(strings.TrimSpace(line), "|")
		if len(cells) > 0 && strings.TrimSpace(cells[0]) == "" {
			cells = cells[1:]
		}
		if len(cells) > 0 && strings.TrimSpace(cells[len(cells)-1]) == "" {
			cells = cells[:len(cells)-1]
		}
	}
	if len(cells) < 3 {
		return nil
	}
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// tableHeader finds the columns of a table of targets from its header:
// the subject ("Chỉ tiêu", "Nội dung"), the value ("Kế hoạch năm 2025",
// "Mục tiêu", "Chỉ tiêu năm 2025", "Giá trị"), the unit ("Đơn vị tính") and
// the number ("STT", "TT"); -1 when a column is absent. ok is false when
// the row has no subject or no value column. A column of results ("Kết
// quả", "Kết quả cần đạt") holds the values when no other column does: in
// a table of targets, the result to reach.
func tableHeader(cells []string) (subject, value, unit, code int, ok bool) {
	subject, value, unit, code = -1, -1, -1, -1
	result := -1
	for i, c := range cells {
		k := ocrKey(c)
		isValue := strings.Contains(k, "ke hoach") || strings.Contains(k, "muc tieu") || strings.Contains(k, "gia tri") ||
			strings.Contains(k, "nam 20") || strings.Contains(k, "chi tieu nam")
		switch {
		case k == "stt" || k == "tt" || k == "so tt":
			code = i
		case strings.Contains(k, "don vi"):
			unit = i
		case subject < 0 && !isValue && (strings.Contains(k, "chi tieu") || strings.Contains(k, "noi dung")):
			subject = i
		case isValue:
			value = i
		case result < 0 && strings.HasPrefix(k, "ket qua"):
			result = i
		}
	}
	if value < 0 && result > subject {
		value = result
	}
	if subject >= 0 && value < 0 {
		// "Chỉ tiêu | ĐVT | 2026 | 2027": the last year's column.
		if ys := yearColumns(cells, subject, unit, code); len(ys) > 0 {
			value = ys[len(ys)-1].col
		}
	}
	if subject >= 0 && value < 0 {
		// "Chỉ tiêu | Đơn vị tính | Chỉ tiêu": the later column of the
		// same name holds the values.
		for i := len(cells) - 1; i > subject; i-- {
			if k := ocrKey(cells[i]); strings.Contains(k, "chi tieu") && i != unit {
				value = i
				break
			}
		}
	}
	return subject, value, unit, code, subject >= 0 && value >= 0
}

// yearColumn is a column of a table of targets that holds the values of
// one year.
type yearColumn struct{ col, year int }

// yearColumns returns the columns of a header row that each hold the
// values of one year ("Năm 2026", "Mục tiêu năm 2030", "Kế hoạch 2027",
// "2028"), in their order; the subject, unit and number columns are none,
// nor is a column of results ("Thực hiện năm 2025", "Ước đạt 2025": its
// words do not match).
func yearColumns(cells []string, subject, unit, code int) []yearColumn {
	var ys []yearColumn
	for i, c := range cells {
		if i == subject || i == unit || i == code {
			continue
		}
		sm := tgYearColumnRe.FindStringSubmatch(ocrKey(c))
		if sm == nil {
			continue
		}
		y, _ := strconv.Atoi(sm[1])
		ys = append(ys, yearColumn{i, y})
	}
	return ys
}

// tgYearColumnRe matches the key of a header cell naming the year whose
// values its column holds: "nam 2026", "muc tieu nam 2030", "ke hoach
// 2027", "2028", "chi tieu 2026 (ke hoach)".
var tgYearColumnRe = regexp.MustCompile(`^(?:(?:muc tieu|ke hoach|chi tieu|du kien|phan dau)(?: nam)? |nam )?((?:19|20)[0-9]{2})(?: ?\(?(?:ke hoach|muc tieu|du kien|chi tieu)\)?)?$`)

// unitNouns map the folded unit cell of a table of targets to the noun the
// value grammar reads after a number.
var unitNouns = []struct{ unit, noun string }{
	{"bien che", "biên chế"}, {"nguoi", "người"}, {"lan", "lần"}, {"luot", "lượt"}, {"cuoc", "cuộc"},
}

// targetTable reads a table of targets in lines [from,to) of the targets
// section: one target per row, its value from the value column (with
// "≥", "≤", ">", "<" or the comparator words), its unit from the unit
// column, its subject, metric and level from the subject column. used marks
// the lines of the table, which are not read again as items.
func targetTable(p *page, from, to int, base string, year int, cat MetricMatcher) ([]dataset.Target, []dataset.Finding, []bool) {
	used := make([]bool, len(p.lines))
	var ts []dataset.Target
	var fs []dataset.Finding
	subject, value, unit, code := -1, -1, -1, -1
	header := ""
	row := 0
	rowYear := year        // the year the value column names ("Chỉ tiêu năm 2027"), else year
	var years []yearColumn // the columns of several years' values ("Năm 2026 | Năm 2027 | Năm 2030")
	for i := from; i < to; i++ {
		if p.skip[i] {
			continue
		}
		cells := tableCells(p.lines[i])
		if cells == nil {
			if header != "" && trimCell(p.lines[i]) != "" {
				header = "" // the table ended
			}
			continue
		}
		if s, v, u, c, ok := tableHeader(cells); ok {
			subject, value, unit, code = s, v, u, c
			header = ocrKey(p.lines[i])
			rowYear = year
			if years = yearColumns(cells, s, u, c); len(years) < 2 {
				years = nil
			}
			if v >= 0 && v < len(cells) {
				if y := lastYear(asciiFold([]rune(cells[v]))); y > 0 {
					rowYear = y
				}
			}
			used[i] = true
			continue
		}
		if header == "" {
			continue
		}
		used[i] = true
		cell := func(k int) string {
			if k < 0 || k >= len(cells) {
				return ""
			}
			return cells[k]
		}
		subj, val := cell(subject), cell(value)
		if subj == "" && val == "" {
			continue
		}
		if strings.TrimSpace(val) == "" {
			if y := stageRow(subj); y > 0 {
				rowYear = y // a section row of a stage ("II | Giai đoạn 2028-2030"): the years of the rows under it
				continue
			}
		}
		if groupRow(cell(code), subj) {
			continue // "II | Hạ tầng số (05 chỉ tiêu)": a group of the rows under it, whatever number a cell holds
		}
		row++
		tcode := joinCode(base, strings.TrimSuffix(cell(code), "."))
		if cell(code) == "" {
			tcode = fmt.Sprintf("%s.%d", base, row)
		}
		src := dataset.Source{Line: i + 1, Text: trimCell(p.lines[i])}
		cols := []yearColumn{{value, rowYear}}
		if years != nil {
			cols = years
		}
		var rowTs []dataset.Target
		for _, yc := range cols {
			rowTs = append(rowTs, cellTargets(cell(yc.col), cell(unit), subj, tcode, i, yc.year, cat, src)...)
		}
		if len(rowTs) == 0 {
			fs = append(fs, finding(dataset.Finding{Kind: "target_without_number",
				Text:  i18n.Msgf("%s: target stated without a number: %q", tcode, shorten(subj+" | "+val, 160)),
				Lines: []int{i + 1}}))
			continue
		}
		ts = append(ts, rowTs...)
	}
	return ts, fs, used
}

// cellTargets returns the targets of the value cell val of line i of a
// table of targets, for year; unitCell is the row's unit cell, subj its
// subject cell.
func cellTargets(val, unitCell, subj, code string, i, year int, cat MetricMatcher, src dataset.Source) []dataset.Target {
	vt := tableValueText(val, unitCell)
	it := item{code: code, text: []rune(vt), starts: []int{0}, lines: []int{i}}
	cands := valuesIn(it, year, cat)
	if u := cellUnit(unitCell); u != "" {
		for k := range cands {
			if cands[k].t.Unit != "percent" {
				cands[k].t.Unit = u // "Thứ bậc" | "≤ 3": a rank; "Tbps" | "≥ 350": its own unit
			}
		}
	}
	return tableRowTargets(cands, subj, code, year, cat, src)
}

// cellUnit returns the unit a unit cell of a table of targets gives its
// row's values when it is no noun counted: "rank" for a place in a
// ranking ("Thứ bậc", "Thứ hạng", "Xếp hạng"), the cell's own words for a
// rate or a measure ("Người/vạn dân", "Tbps", "MW"); "" otherwise (a
// share, or a noun of things counted, which the value grammar reads).
func cellUnit(cellText string) string {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(cellText), "*_"))
	if t == "" || strings.Contains(t, "%") {
		return ""
	}
	switch f := asciiFold([]rune(t)); f {
	case "thu bac", "thu hang", "xep hang", "hang", "bac", "thu tu", "vi tri", "vi thu":
		return "rank"
	}
	if strings.Contains(t, "/") && !runesOver(t, 40) {
		return t // "Người/vạn dân", "Số doanh nghiệp/1000 dân"
	}
	for _, r := range t {
		if r >= utf8.RuneSelf || !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == ' ') {
			return "" // a word of Vietnamese: a noun the grammar counts
		}
	}
	if utf8.RuneCountInString(t) <= 12 {
		return t // "Tbps", "MW", "km"
	}
	return ""
}

// groupRow reports whether a row of a table of targets is a group of the
// rows under it: numbered with a Roman numeral ("II") and naming how many
// targets the group holds ("Hạ tầng số (05 chỉ tiêu)"), whose cells a
// page printed one per line may have run into the next row's number.
func groupRow(code, subject string) bool {
	c := strings.Trim(strings.TrimSpace(code), ".*")
	if c == "" || strings.Trim(c, "IVXL") != "" {
		return false
	}
	return tgGroupCountRe.MatchString(asciiFold([]rune(subject)))
}

// tgGroupCountRe matches the folded count of targets a group row names
// ("(05 chỉ tiêu)", "gồm 3 chỉ tiêu").
var tgGroupCountRe = regexp.MustCompile(`\d+ chi tieu\)?\s*$`)

// stageRowRe matches the subject cell of a section row that names a stage
// of the plan: "Giai đoạn 2025-2027", "Năm 2026", "Đến năm 2030".
var stageRowRe = regexp.MustCompile(`^(?:(?:den |trong )?(?:het )?nam|giai doan) ((?:19|20)[0-9]{2})(?:\s*-\s*((?:19|20)[0-9]{2}))?$`)

// stageRow returns the year a section row of a table of targets names
// for the rows under it (the end of a period), 0 when it names none.
func stageRow(subject string) int {
	return endYear(stageRowRe.FindStringSubmatch(strings.Trim(asciiFold([]rune(strings.Trim(subject, "*_ :"))), " ")))
}

// endYear returns the year a stage's match names (sm[1], or the end of a
// period, sm[2]); 0 for no match.
func endYear(sm []string) int {
	if sm == nil {
		return 0
	}
	y := sm[1]
	if len(sm) > 2 && sm[2] != "" {
		y = sm[2]
	}
	n, _ := strconv.Atoi(y)
	return n
}

// tableValueText writes the value cell of a table of targets as the value
// grammar reads it: comparator signs as words, and the unit of the unit
// cell after the last number ("≥ 90" with "%" → " tối thiểu  90%").
func tableValueText(val, unitCell string) string {
	vt := strings.NewReplacer("≥", " tối thiểu ", ">=", " tối thiểu ", "≤", " không quá ", "<=", " không quá ",
		">", " trên ", "<", " dưới ").Replace(val)
	uk := ocrKey(unitCell)
	switch {
	case strings.Contains(unitCell, "%") || uk == "ty le" || uk == "phan tram":
		if !strings.Contains(vt, "%") {
			vt = afterLastNumber(vt, "%")
		}
	case !strings.Contains(vt, "%"):
		noun := "đơn vị"
		for _, u := range unitNouns {
			if strings.Contains(uk, u.unit) {
				noun = u.noun
				break
			}
		}
		vt = afterLastNumber(vt, " "+noun)
	}
	return vt
}

// tableRowTargets makes the targets of one row of a table of targets from
// the values read in its value cell: the subject, level, change (with its
// baseline) and metric come from the subject cell.
func tableRowTargets(cands []cand, subj, code string, year int, cat MetricMatcher, src dataset.Source) []dataset.Target {
	var ts []dataset.Target
	sk := foldKeep(subj)
	sf := asciiFold([]rune(subj))
	for _, c := range cands {
		t := c.t
		t.Code, t.Subject, t.Metric, t.Area = code, subj, "", ""
		t.Level = levelIn(sf, parenDepth(sf), 0, len(sf), tgLevels)
		if t.Change == "" {
			t.Change, t.BaselineYear = subjectChange(sk, sf, year)
		}
		if m, ok := pickMetric(cat, subj, t.Unit, t.Change); ok {
			t.Metric, t.Area = m.ID, m.Area
			if !c.explicitCmp && t.Change == "" && m.LowerIsBetter {
				t.Comparator = dataset.CmpLE
			}
		}
		t.Source = src
		ts = append(ts, t)
	}
	return ts
}

// coupledChange returns the change of a value whose words before it
// have "đơn giản hóa" at word k after a change verb, joined by "và"
// within the clause ("cắt giảm và đơn giản hóa ít nhất 10% …") or by the
// comma that opens it ("Cắt giảm, đơn giản hóa tối thiểu 20% …"): the cut
// is the change. It is "" otherwise; before is the folded text before
// the value.
func coupledChange(words []string, k int, before string) string {
	switch {
	case k > 0 && words[k-1] == "va":
		return changeEnding(words, k-1)
	case k == 0:
		if i := strings.LastIndexAny(before, ",:;()"); i >= 0 && before[i] == ',' {
			ws := plainWords(before[:i])
			return changeEnding(ws, len(ws))
		}
	}
	return ""
}

// changeEnding returns the change of the verb of tgChanges that words
// ws[:end] end with, "" when none.
func changeEnding(ws []string, end int) string {
	for _, c := range tgChanges {
		if _, ok := phraseBefore(ws, end, c.words); ok {
			return c.change
		}
	}
	return ""
}

// subjectChange reads the change a subject cell states ("Giảm biên chế …
// so với năm 2024"): sk is its fold keeping every rune, sf its ASCII fold.
// The baseline is the year after "so với năm", or the year before year
// for "so với năm trước".
func subjectChange(sk, sf string, year int) (change string, baseline *int) {
	for _, ch := range tgChanges {
		// "Giảm biên chế …", "Cắt giảm, đơn giản hóa thủ tục …"
		if strings.HasPrefix(sk, ch.words+" ") || strings.HasPrefix(sk, ch.words+",") {
			change = ch.change
			break
		}
	}
	if change == "" {
		return "", nil
	}
	if sm := tgBaseRe.FindStringSubmatch(sf); sm != nil {
		y, _ := strconv.Atoi(sm[1])
		return change, &y
	}
	if tgPrevRe.MatchString(sf) && year > 0 {
		y := year - 1
		return change, &y
	}
	return change, nil
}

// afterLastNumber inserts suffix after the last number of s ("từ 02 đến 03"
// → "từ 02 đến 03 cuộc"), so a range keeps one unit.
func afterLastNumber(s, suffix string) string {
	m := tgNumberRe.FindAllStringIndex(s, -1)
	if len(m) == 0 {
		return s
	}
	end := m[len(m)-1][1]
	return s[:end] + suffix + s[end:]
}

// pickMetric returns the best-matching metric of text whose unit fits a
// value read in unit: a percentage names a rate (or, for a change, the
// relative change of any amount); a count, staff or people names a metric
// that is not a rate.
func pickMetric(cat MetricMatcher, text, unit, change string) (dataset.MetricRef, bool) {
	for _, m := range cat.MetricRefs(text) {
		fits := m.Unit != "percent"
		if unit == "percent" {
			fits = m.Unit == "percent" || change != ""
		}
		if fits {
			return m, true
		}
	}
	return dataset.MetricRef{}, false
}

// dashRangeRe reads the upper bound of a range written with a dash after
// a value: "% - 60%", "-60%", " – 60 %" (the dash folded to '-'). One of
// the two values carries the percent sign.
var dashRangeRe = regexp.MustCompile(`^\s*(%?)\s*-\s*([0-9]{1,3}(?:[.,][0-9]+)?)\s*(%?)`)

// dashRange reads a range of percentages from the text after a value's
// number: the upper bound and how many bytes it takes, ok false when the
// text holds none.
func dashRange(rest string) (hi float64, n int, ok bool) {
	if len(rest) < 2 || (rest[0] != '-' && rest[0] != '%' && rest[0] != ' ') {
		return 0, 0, false
	}
	sm := dashRangeRe.FindStringSubmatchIndex(rest)
	if sm == nil || (sm[3] == sm[2] && sm[7] == sm[6]) {
		return 0, 0, false
	}
	v, _, err := vntext.ParseNumber(rest[sm[4]:sm[5]])
	if err != nil {
		return 0, 0, false
	}
	return v, sm[1], true
}

// signBefore returns the comparator a sign before a value states ("≥",
// ">=", ">", "≤", "<=", "<", alone or at the end of the last word) and
// how many words it takes; "" when none.
func signBefore(words []string) (cmp string, n int) {
	if len(words) == 0 {
		return "", 0
	}
	w := words[len(words)-1]
	for _, sg := range []struct{ sign, cmp string }{
		{">=", dataset.CmpGE}, {"<=", dataset.CmpLE}, {string(rune(foldGE)), dataset.CmpGE},
		{string(rune(foldLE)), dataset.CmpLE}, {">", dataset.CmpGT}, {"<", dataset.CmpLT},
	} {
		if strings.HasSuffix(w, sg.sign) {
			return sg.cmp, 1
		}
	}
	return "", 0
}

// rankValue reads a rank target: "top 10", "nằm trong top 10", "thuộc
// nhóm 5 địa phương dẫn đầu" are a rank of at most the number.
func rankValue(f string, beforeWords []string, rv rawValue, cl clause) (rawValue, bool) {
	n := len(beforeWords)
	if n == 0 {
		return rv, false
	}
	last := strings.Trim(beforeWords[n-1], ",.;:()\"“”'")
	if place, ok := aimedPlace(f, beforeWords, rv, cl); ok {
		return place, true
	}
	switch last {
	case "top":
	case "nhom":
		after := wordsOf(f[rv.numTo:cl.to], 6)
		if !strings.Contains(after, "dan dau") && !strings.Contains(after, "cao nhat") &&
			!strings.Contains(after, "tot nhat") && !strings.Contains(after, "dung dau") && !(strings.Contains(after, "hang dau") && enteredGroup(beforeWords)) &&
			!indexGroup(f[cl.from:rv.numFrom], after, beforeWords) && !doneWellGroup(f[rv.numTo:cl.to], beforeWords) {
			return rv, false
		}
	default:
		return rv, false
	}
	v, _, err := vntext.ParseNumber(f[rv.numFrom:rv.numTo])
	if err != nil || v <= 0 || v > 100 {
		return rv, false
	}
	rv.value, rv.unit, rv.cmp, rv.explicit = v, "rank", dataset.CmpLE, true
	rv.spanFrom = prevWordStart(f, cl.from, rv.numFrom)
	return rv, true
}

// doneWellGroup reports whether "nhóm N" after "thuộc", "vào" or "trong"
// names the places that do a thing well (folded after: "… tỉnh, thành phố
// thực hiện chuyển đổi số tốt"): "tốt" ends the group's words, within ten.
func doneWellGroup(after string, beforeWords []string) bool {
	n := len(beforeWords)
	entered := enteredGroup(beforeWords) || n >= 2 && beforeWords[n-2] == "thuoc"
	if k := strings.IndexAny(after, ";."); k >= 0 {
		after = after[:k]
	}
	return entered && strings.HasSuffix(" "+wordsOf(after, 10), " tot")
}

// indexGroup reports whether "nhóm N" places an index among the provinces
// without saying which end ("các chỉ số PAR Index, PCI … thuộc nhóm 40
// tỉnh, thành phố", "… nhóm 30 tỉnh, thành phố xếp thứ hạng cao", "các
// Chỉ số nội dung của PAPI … nằm trong nhóm 20 của cả nước"): the
// provinces or the country after the number, entered ("thuộc", "vào",
// "trong"), and an index named before or the field after ("vào nhóm 10 địa phương về
// chuyển đổi số"); or the group ranked high.
func indexGroup(before, after string, beforeWords []string) bool {
	if strings.Contains(after, "xep thu hang") || strings.Contains(after, "xep hang cao") {
		return true // "… nhóm 30 tỉnh, thành phố xếp thứ hạng cao"
	}
	n := len(beforeWords)
	entered := n >= 2 && (beforeWords[n-2] == "thuoc" || beforeWords[n-2] == "vao" || beforeWords[n-2] == "trong")
	if !hasAnyPrefix(after, []string{"tinh", "dia phuong", "cua ca nuoc", "ca nuoc", "tren ca nuoc", "toan quoc"}) || !entered {
		return false
	}
	if strings.Contains(before, "chi so") || namesAnyIndex(before) {
		return true
	}
	return tgGroupFieldRe.MatchString(after) // "… vào nhóm 10 địa phương về chuyển đổi số"
}

// tgGroupFieldRe matches, folded, the words after a group's number that
// name the field it is ranked in: "địa phương về chuyển đổi số", "tỉnh,
// thành phố về chỉ số cải cách hành chính".
var tgGroupFieldRe = regexp.MustCompile(`^(?:tinh|dia phuong)[^.;:]*? ve (?:chi so|chuyen doi so|cai cach hanh chinh|nang luc canh tranh|hieu qua quan tri)`)

// placeRangeRe matches the upper end of a range of places after the
// first: " - 25", "-25" (not a place among a total, "- 25/63").
var placeRangeRe = regexp.MustCompile(`^\s*-\s*([0-9]{1,3})\b(?:\s*[^/\s0-9]|\s*$)`)

// tgPlaceVerbs are the folded words before "vị trí" that make a place an
// aim to reach or keep ("đạt vị trí 20", "giữ vững vị trí thứ 5", "vươn
// lên vị trí 10"), not a place reported ("xếp vị trí thứ 5").
var tgPlaceVerbs = []string{"dat", "giu", "vung", "nguyen", "len", "vao", "tri"}

// aimedPlace reads a place to reach among the ranked units, without its
// total: "đạt vị trí 20 - 25 trên toàn quốc" (a range of ranks),
// "giữ vững vị trí thứ 5", "giữ nguyên vị trí xếp thứ năm" (a rank of at
// most 5).
func aimedPlace(f string, beforeWords []string, rv rawValue, cl clause) (rawValue, bool) {
	ws := beforeWords
	if n := len(ws); n > 0 && ws[n-1] == "thu" {
		ws = ws[:n-1]
	}
	if n := len(ws); n > 0 && ws[n-1] == "xep" && len(ws) < len(beforeWords) {
		ws = ws[:n-1] // "giữ nguyên vị trí xếp thứ 5"
	}
	n := len(ws)
	if n < 3 || ws[n-2] != "vi" || ws[n-1] != "tri" || !slices.Contains(tgPlaceVerbs, ws[n-3]) {
		return rv, false
	}
	v, _, err := vntext.ParseNumber(f[rv.numFrom:rv.numTo])
	if err != nil || v <= 0 || v > 100 || v != float64(int(v)) {
		return rv, false
	}
	rv.value, rv.unit, rv.cmp, rv.explicit = v, "rank", dataset.CmpLE, true
	if sm := placeRangeRe.FindStringSubmatchIndex(f[rv.numTo:cl.to]); sm != nil {
		if hi, err := strconv.Atoi(f[rv.numTo+sm[2] : rv.numTo+sm[3]]); err == nil && float64(hi) > v && hi <= 100 {
			h := float64(hi)
			rv.valueMax, rv.cmp = &h, dataset.CmpGE
			rv.spanTo = rv.numTo + sm[3]
		}
	}
	rv.spanFrom = rv.numFrom // "vị trí" stays in the subject
	if len(ws) < len(beforeWords) {
		rv.spanFrom = prevWordStart(f, cl.from, rv.numFrom) // "thứ" goes with the place
	}
	return rv, true
}

// enteredGroup reports whether the words before "nhóm" say that the
// subject enters it ("đứng vào nhóm 20 quốc gia hàng đầu", "nằm trong
// nhóm …"), not that a counted thing belongs to it ("8 cơ sở thuộc nhóm
// 200 đại học hàng đầu": the group names what is counted).
func enteredGroup(beforeWords []string) bool {
	n := len(beforeWords)
	return n >= 2 && (beforeWords[n-2] == "vao" || beforeWords[n-2] == "trong")
}

// fractionRankRe matches a place among a total after its number: "/63",
// " - 15/63" (a range of places), spaces allowed around the signs.
var fractionRankRe = regexp.MustCompile(`^(?:\s*-\s*([0-9]{1,3}))?\s*/\s*([0-9]{1,3})\b`)

// tgRankWords are the folded words that say a place among a total is a
// rank ("xếp 20/63", "vị trí 5/14", "hạng 10/34", "nhóm 20/63").
var tgRankWords = []string{"xep", "vi tri", "hang", "nhom", "top", "thu", "dung"}

// tgRankPlaces are the folded nouns of a total of ranked units after a
// place ("20/63 tỉnh, thành phố", "5/14 tỉnh vùng …", "15/63 địa phương").
var tgRankPlaces = []string{"tinh", "dia phuong", "bo", "co quan", "don vi", "so", "xa", "huyen"}

// mayBeFraction reports whether the text after a number may continue it
// as a place among a total ("/63", " / 63", " - 15/63"): what
// fractionRankRe can match, without running it.
func mayBeFraction(rest string) bool {
	k := 0
	for k < len(rest) && rest[k] == ' ' {
		k++
	}
	if k < len(rest) && rest[k] == '/' {
		return true
	}
	if k >= len(rest) || rest[k] != '-' {
		return false
	}
	k++
	for k < len(rest) && rest[k] == ' ' {
		k++
	}
	n := 0
	for k < len(rest) && isDigit(rest[k]) {
		k++
		n++
	}
	for k < len(rest) && rest[k] == ' ' {
		k++
	}
	return n > 0 && k < len(rest) && rest[k] == '/'
}

// fractionRank reads a rank written as a place among a total: "xếp
// 20/63 tỉnh, thành phố", "nằm trong nhóm 20/63 địa phương dẫn đầu",
// "vị trí 5/14 tỉnh vùng …" are a rank of at most the place; a range of
// places ("xếp vị trí 10 - 15/63") is a range of ranks. A rank word must
// stand right before the place, or earlier in the clause with a noun of
// ranked units after the total ("…, 3/14 tỉnh vùng Bắc Trung bộ"). "3/3
// tiêu chí" (a share of criteria) is no rank.
func fractionRank(f string, cl clause, rv rawValue) (rawValue, bool) {
	s, e := rv.numFrom, rv.numTo
	if s > cl.from && (isASCIILetter(f[s-1]) || f[s-1] == '/' || f[s-1] == '-' || f[s-1] == '.' || f[s-1] == ',' && s-1 > cl.from && isDigit(f[s-2])) {
		return rv, false
	}
	sm := fractionRankRe.FindStringSubmatchIndex(f[e:cl.to])
	if sm == nil {
		return rv, false
	}
	v, err1 := strconv.Atoi(f[s:e])
	total, err2 := strconv.Atoi(f[e+sm[4] : e+sm[5]])
	if err1 != nil || err2 != nil || v <= 0 || total < 2 || total > 100 || v > total {
		return rv, false
	}
	hi := 0
	if sm[2] >= 0 {
		hi, _ = strconv.Atoi(f[e+sm[2] : e+sm[3]])
		if hi <= v || hi > total {
			return rv, false
		}
	}
	before := strings.Fields(f[max(cl.from, s-tgWindow):s])
	near := false
	for _, w := range tgRankWords {
		if endsWithWords(before, w) || endsWithWords(before, w+" thu") {
			near = true
		}
	}
	if !near {
		after := wordsOf(f[e+sm[1]:cl.to], 2) + " "
		placed := false
		for _, p := range tgRankPlaces {
			placed = placed || strings.HasPrefix(after, p+" ")
		}
		window := " " + strings.Join(before, " ") + " "
		ranked := strings.Contains(window, " xep ") || strings.Contains(window, " vi tri ") || strings.Contains(window, " hang ")
		if !placed || !ranked {
			return rv, false
		}
	}
	rv.value, rv.unit, rv.cmp, rv.explicit = float64(v), "rank", dataset.CmpLE, true
	if hi > 0 {
		h := float64(hi)
		rv.valueMax, rv.cmp = &h, dataset.CmpGE
	}
	rv.spanTo = e + sm[1]
	rv.spanFrom = s
	return rv, true
}

// afterSeparator reports whether the text before a value ends with a
// comma or "và": the value continues a list ("30% thời gian, 30% chi phí").
func afterSeparator(before string) bool {
	b := strings.TrimRight(before, " ")
	return strings.HasSuffix(b, ",") || strings.HasSuffix(b, " va") || strings.HasSuffix(b, " hoac")
}

// sharePredicate gives a value stated without comparator or change the
// ones of the value before it, whose predicate it shares ("giảm ít nhất
// 30% thời gian, 30% chi phí": the second is also a decrease of at least
// 30%). prev is nil when there is no value to share with.
func sharePredicate(rv *rawValue, prev *rawValue) {
	if prev == nil || rv.unit == "rank" || prev.unit == "rank" {
		return
	}
	if rv.change == "" && prev.change != "" {
		rv.change = prev.change // "giảm ít nhất 30% thời gian, ít nhất 30% chi phí"
		rv.sharedChange = true
		if !rv.explicit {
			rv.cmp = prev.cmp
		}
	}
	if !rv.explicit && !prev.explicit && prev.attained && !rv.attained && rv.change == "" && rv.cmp == dataset.CmpEQ {
		// "đạt 100% …; 100% …; 60% hồ sơ …": each value of the list is to
		// be reached (a whole stays "=": nothing is above it).
		rv.attained = true
		if !(rv.percent && rv.value == 100 && rv.valueMax == nil) {
			rv.cmp = dataset.CmpGE
		}
	}
	if !rv.explicit && prev.explicit && !prev.closing {
		rv.cmp, rv.explicit = prev.cmp, true
		if rv.cmp == dataset.CmpGT && rv.percent && rv.value == 100 && rv.valueMax == nil {
			rv.cmp = dataset.CmpEQ // "trên 80% trạm y tế …; 100% cơ sở …": nothing is above the whole
		}
	}
}

// aimLeadsList reports whether the value carried from the clause before
// was set as an aim that leads a list ("đặt mục tiêu đạt 100% …; 60% …;
// 70% …"): the words before it end with "mục tiêu đạt", not a subject's
// own verb ("tỷ lệ hồ sơ … đạt 95%; 90% hồ sơ …": the second states its own
// predicate).
func aimLeadsList(f string, carry *rawValue) bool {
	if !carry.attained {
		return false
	}
	before := f[max(0, carry.numFrom-40):carry.numFrom]
	return strings.HasSuffix(strings.TrimRight(before, " "), "muc tieu dat")
}

// strive makes a value stated bare one to reach, under the "phấn đấu"
// that leads its list: at least the value ("=" for the whole).
func strive(rv *rawValue) {
	rv.strived = true
	if rv.explicit || rv.change != "" || rv.cmp != dataset.CmpEQ {
		return
	}
	rv.attained = true
	if !(rv.percent && rv.value == 100 && rv.valueMax == nil) {
		rv.cmp = dataset.CmpGE
	}
}

// ownPredicateAfter reports whether the text after a value that opens a
// clause holds a verb of its own ("100% TTHC … phải được công bố"): the
// value does not share the predicate of the clause before.
func ownPredicateAfter(after string) bool {
	a := " " + after + " "
	for _, v := range []string{" duoc ", " phai ", " dat ", " hoan thanh ", " thuc hien ", " co ", " ap dung "} {
		if strings.Contains(a, v) {
			return true
		}
	}
	return false
}

// yearOfValue returns the year a value is for: the last year its clause
// names before it ("Đến hết năm 2025: có ≥ 30% …; đến năm 2030: …"), else
// a year the clause sets after it ("… đạt 90% vào năm 2030"), else the last
// year the item names before the clause (within tgYearReach bytes, or in
// the clause's sentence), else def (the plan's year), or
// when def is 0 a year the rest of the sentence sets.
// Baselines ("so với năm 2024") and dates ("tháng 12 năm 2025") are not
// years a value is for; a period gives its last year ("giai đoạn 2026 -
// 2027" → 2027).
func yearOfValue(f string, cl clause, rv rawValue, def int) int {
	if y := yearRightAfter(f[rv.spanTo:cl.to]); y > 0 {
		return y // "Đến năm 2030, 70% … và đạt tỷ lệ 90% vào năm 2035": the year set for this value
	}
	if y := lastYear(withoutPurpose(maskAsides(f[cl.from:rv.spanFrom]))); y > 0 {
		return y
	}
	if y := deadlineDateYear(f[cl.from:rv.spanFrom]); y > 0 {
		return y // "đảm bảo đến ngày 15/12/2025 hoàn thành 70% …"
	}
	if y := setYearAfter(beforeNextAim(f[rv.spanTo:cl.to])); y > 0 {
		return y
	}
	if y := lastYear(withoutPurpose(f[max(0, cl.from-tgYearReach):cl.from])); y > 0 {
		return y
	}
	if from := sentenceStart(f, cl.from); from < cl.from-tgYearReach {
		if y := lastYear(withoutPurpose(f[from:cl.from])); y > 0 {
			return y // "Tây Ninh phấn đấu đến năm 2025 … với 100% …; …; 100% hồ sơ …": a long list of aims after its sentence's year
		}
	}
	if y := colonYear(f[:cl.from]); y > 0 {
		return y // "mục tiêu cụ thể đến năm 2015 là: 60% …; …; 30% số hồ sơ …": the year over the list, however long
	}
	if def == 0 {
		// No year of the plan to fall back on: a year the sentence sets
		// at its end ("bảo đảm 100% TTHC … trực tuyến, giảm tối đa giấy
		// tờ; …, hoàn thành trong năm 2025.").
		if y := setYearAfter(f[cl.to:min(len(f), cl.to+300)]); y > 0 {
			return y
		}
		// Nor that: the year of what the value counts ("giải ngân 100% kế
		// hoạch vốn năm 2025").
		if y := firstYear(f[rv.spanTo:cl.to]); y > 0 {
			return y
		}
	}
	return def
}

// tgPurposeRe matches, folded, a clause that says what a list of aims
// serves, with the period of that purpose: "nhằm bảo đảm hoàn thành nhiệm
// vụ CĐS giai đoạn 2021 - 2025".
var tgPurposeRe = regexp.MustCompile(`\bnham (?:bao dam |dam bao )?(?:hoan thanh|thuc hien)[^:;.]*`)

// withoutPurpose returns folded s with the clauses that say what the aims
// after them serve (tgPurposeRe) blanked, its length kept: "10 chỉ tiêu
// cần tập trung chỉ đạo thực hiện nhằm bảo đảm hoàn thành nhiệm vụ …
// giai đoạn 2021 - 2025 gồm: …" sets no year of its own over the aims.
func withoutPurpose(s string) string {
	if !strings.Contains(s, "nham ") {
		return s
	}
	return tgPurposeRe.ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// deadlineDateRe matches, folded, a time limit set as a date before the
// value it is for, with the verb that reaches the value after it: "đến
// ngày 15/12/2025 hoàn thành", "trước ngày 30/6/2026 phải đạt".
var deadlineDateRe = regexp.MustCompile(`\b(?:den|truoc|cham nhat(?: den)?) (?:het )?ngay [0-9]{1,2}[/-][0-9]{1,2}[/-]((?:19|20)[0-9]{2})\b[^.;:]{0,30}?\b(?:hoan thanh|phai|dat)\b[^.;:]{0,20}$`)

// deadlineDateYear returns the year of the time limit the folded words
// before a value set for it (deadlineDateRe), 0 when none.
func deadlineDateYear(before string) int {
	if !strings.Contains(before, "ngay ") {
		return 0
	}
	if sm := deadlineDateRe.FindStringSubmatch(joinFields(strings.ReplaceAll(before, "*", " "))); sm != nil { // "đến **ngày 15/12/2025 **hoàn thành"
		y, _ := strconv.Atoi(sm[1])
		return y
	}
	return 0
}

// colonYearRe matches, folded, a year that a lead-in sets over what its
// colon opens: "mục tiêu cụ thể đến năm 2015 là:", "Đến hết năm 2026:".
var colonYearRe = regexp.MustCompile(`\b(?:den|trong|vao) (?:het |cuoi )?nam ((?:19|20)[0-9]{2})(?: la| nhu sau| cu the)?\s*:`)

// colonYear returns the year the last lead-in of folded s sets over the
// list its colon opens (colonYearRe), when no sentence has ended between
// the colon and the end of s; 0 otherwise.
func colonYear(s string) int {
	if !strings.Contains(s, ":") {
		return 0
	}
	ms := colonYearRe.FindAllStringSubmatchIndex(s, -1)
	if ms == nil {
		return 0
	}
	m := ms[len(ms)-1]
	if rest := s[m[1]:]; strings.Contains(rest, ". ") || strings.Contains(rest, ":") {
		return 0
	}
	y, _ := strconv.Atoi(s[m[2]:m[3]])
	return y
}

// maskAsides returns folded s with the text of its brackets blanked (its
// length kept) unless the brackets open with a year of their own ("(đến
// năm 2025)"): "Tỷ lệ số xã đạt chuẩn nông thôn mới (theo Bộ tiêu chí …
// giai đoạn 2026 - 2030) đạt tối thiểu 15%" names the criteria's period,
// not the target's year.
func maskAsides(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	b := []byte(s)
	for i := 0; i < len(b); i++ {
		if b[i] != '(' {
			continue
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			break
		}
		inner := strings.TrimLeft(s[i+1:i+j], " ")
		if !hasAnyPrefix(inner, []string{"den ", "nam ", "giai doan ", "trong nam ", "het nam ", "cuoi nam "}) {
			for k := i + 1; k < i+j; k++ {
				b[k] = ' '
			}
		}
		i += j
	}
	return string(b)
}

// tgYearReach is how many bytes before a value's clause are read for the
// year its item sets: a strategy quoted with its period may list long
// clauses after it.
const tgYearReach = 600

// yearAfterRe matches the phrases after a value that set its year ("đến
// năm 2030", and, as headlines write it, "đến hết 2026").
var yearAfterRe = regexp.MustCompile(`^[^:.]{0,250}?\b(?:(?:den|vao|trong|truoc|cuoi|het) (?:het |cuoi )?nam|den (?:het|cuoi)) ((?:19|20)[0-9]{2})\b`)

// tgTimeWordsRe matches, folded, a subject made only of the time a value
// is for ("vào năm 2035", "đến hết năm 2030").
var tgTimeWordsRe = regexp.MustCompile(`^(?:(?:vao|den|trong|cuoi|het) )*(?:nam|giai doan) (?:19|20)[0-9]{2}(?:\s*-\s*(?:19|20)[0-9]{2})?$`)

// onlyTimeWords reports whether a target's subject names nothing but the
// time its value is for, or nothing.
func onlyTimeWords(subject string) bool {
	f := strings.TrimSpace(strings.Trim(tkFold(subject), " .,;"))
	return f == "" || tgTimeWordsRe.MatchString(f)
}

// yearRightAfterRe matches a year set right after a value: "vào năm
// 2035", "đến năm 2030", "trong năm 2026".
var yearRightAfterRe = regexp.MustCompile(`^\s*(?:\)\s*)?(?:(?:vao|den|trong) (?:het |cuoi )?nam|den (?:het|cuoi)) ((?:19|20)[0-9]{2})\b`)

// yearRightAfter returns the year the words right after a value set for
// it (yearRightAfterRe), 0 when they set none: it wins over a year the
// clause names before the value, which another value may have set.
func yearRightAfter(s string) int {
	if sm := yearRightAfterRe.FindStringSubmatchIndex(s); sm != nil {
		y, _ := yearAt(s, sm[2]) // "trong năm 2025 và 2026": the last year of the two
		return y
	}
	return 0
}

// tgNextAims are the folded words that open, after a value, the next aim
// of its clause: "…tăng 10 bậc so với năm 2021, góp phần đến năm 2025
// nằm trong TOP 20 …", "… tăng 1%, phấn đấu đến năm 2025 đạt …".
var tgNextAims = []string{", gop phan ", ", phan dau ", " va phan dau ", ", dong thoi "}

// beforeNextAim returns the folded words after a value up to the next aim
// of its clause (tgNextAims), whose year is that aim's.
func beforeNextAim(s string) string {
	for _, w := range tgNextAims {
		if k := strings.Index(s, w); k >= 0 {
			s = s[:k]
		}
	}
	return s
}

// setYearAfter returns the year a phrase after a value sets ("vào năm
// 2030", "đến hết năm 2025"), 0 when none.
func setYearAfter(s string) int {
	if !strings.Contains(s, "nam ") && !strings.Contains(s, "den het ") && !strings.Contains(s, "den cuoi ") {
		return 0
	}
	if sm := yearAfterRe.FindStringSubmatchIndex(s); sm != nil {
		y, _ := yearAt(s, sm[2]) // "ngay trong năm 2025 và 2026": the last year of the two
		return y
	}
	return 0
}

// lastYear returns the last year s names as the year of what follows
// ("năm 2026", "đến hết năm 2025", "giai đoạn 2026 - 2027", and in a
// headline's short way "đến 2035", "đến hết 2025"), 0 when none;
// baselines and dates are skipped.
func lastYear(s string) int {
	for end := len(s); end > 0; {
		i := strings.LastIndex(s[:end], "nam ")
		j := strings.LastIndex(s[:end], "giai doan ")
		if j > i {
			i = j
		}
		if q := strings.LastIndex(s[:end], "quy "); q > i {
			i = q
		}
		bare := false // "đến 2035": a year right after "đến" or "hết", without "năm"
		for _, w := range []string{"den ", "het "} {
			if k := strings.LastIndex(s[:end], w); k > i {
				i, bare = k, true
			}
		}
		if i < 0 {
			return 0
		}
		end = i
		if i > 0 && isASCIILetter(s[i-1]) {
			continue // "tham ", "ngam "
		}
		if strings.HasPrefix(s[i:], "quy ") {
			if y := quarterYear(s[i:]); y > 0 {
				return y // "Giai đoạn 1 hoàn thành trong quý 2-2026, đảm bảo 100% …"
			}
			continue
		}
		at := afterYearWord(s, i)
		if bare {
			at = i + len("den ")
		}
		y, ok := yearAt(s, at)
		if !ok || notYearOf(s[:i]) {
			continue
		}
		return y
	}
	return 0
}

// quarterYearRe matches, folded, a quarter written with its year after a
// slash or a hyphen: "quý II/2026", "quý 2-2026", "quý IV / 2025" (with
// "năm" the year is read as any other).
var quarterYearRe = regexp.MustCompile(`^quy (?:[1-4]|i{1,3}|iv)\s*[/-]\s*((?:19|20)[0-9]{2})\b`)

// quarterYear returns the year of the quarter f opens with, 0 when f
// opens with none.
func quarterYear(f string) int {
	if sm := quarterYearRe.FindStringSubmatch(f); sm != nil {
		y, _ := strconv.Atoi(sm[1])
		return y
	}
	return 0
}

// firstYear returns the first year s names as the year of what follows,
// as lastYear reads years; 0 when none.
func firstYear(s string) int {
	for from := 0; from < len(s); {
		i := indexYearWord(s, from)
		if i < 0 {
			return 0
		}
		from = i + 1
		if i > 0 && isASCIILetter(s[i-1]) {
			continue
		}
		y, ok := yearAt(s, afterYearWord(s, i))
		if ok && !notYearOf(s[:i]) {
			return y
		}
	}
	return 0
}

// afterYearWord returns where the year stands after the "nam " or "giai
// doan " at s[i:].
func afterYearWord(s string, i int) int {
	if strings.HasPrefix(s[i:], "giai doan ") {
		return i + len("giai doan ")
	}
	return i + len("nam ")
}

// indexYearWord returns the first "nam " or "giai doan " of s at or
// after from, -1 when none.
func indexYearWord(s string, from int) int {
	i := strings.Index(s[from:], "nam ")
	j := strings.Index(s[from:], "giai doan ")
	switch {
	case i < 0 && j < 0:
		return -1
	case i < 0 || (j >= 0 && j < i):
		return from + j
	}
	return from + i
}

// yearAt reads a year at s[at:], or the last year of a period there
// ("2026 - 2027", "2026-2030").
func yearAt(s string, at int) (int, bool) {
	if at+4 > len(s) || !isDigit(s[at]) || (at+4 < len(s) && isDigit(s[at+4])) {
		return 0, false
	}
	y, err := strconv.Atoi(s[at : at+4])
	if err != nil || y < 1990 || y > 2100 {
		return 0, false
	}
	rest := strings.TrimLeft(s[at+4:], " ")
	if strings.HasPrefix(rest, "va ") && len(rest) >= 7 && rest[3] == '2' {
		rest = "-" + rest[3:] // "năm 2025 và 2026": the years of a two-year programme
	}
	if strings.HasPrefix(rest, "-") {
		rest = strings.TrimLeft(rest[1:], " ")
		if len(rest) >= 4 && isDigit(rest[0]) && (len(rest) == 4 || !isDigit(rest[4])) {
			if y2, err := strconv.Atoi(rest[:4]); err == nil && y2 > y && y2 <= 2100 {
				return y2, true
			}
		}
	}
	return y, true
}

// notYearOf reports whether the words before "năm" make its year a
// baseline ("so với năm"), a date ("tháng 12 năm") or a reference
// ("Kế hoạch … năm", "Nghị quyết … năm").
func notYearOf(before string) bool {
	ws := strings.Fields(before)
	n := len(ws)
	if n == 0 {
		return false
	}
	last := strings.Trim(ws[n-1], ",.;:()")
	for k := max(0, n-6); k+1 < n; k++ {
		if ws[k] == "so" && ws[k+1] == "voi" {
			return true // "so với tổng lượng năm 2025"
		}
	}
	if last == "den" && n >= 3 && (ws[n-2] == "huong" && ws[n-3] == "dinh" || ws[n-2] == "nhin" && ws[n-3] == "tam") &&
		strings.Contains(strings.Join(ws[max(0, n-8):n-3], " "), "giai doan") {
		return true // "giai đoạn 2021 - 2025, định hướng đến năm 2030": the aims are the period's
	}
	switch {
	case last == "voi" || last == "ky":
		return true
	case n >= 2 && strings.Trim(ws[n-2], ",.;:()") == "voi" && (last == "cuoi" || last == "dau"):
		return true
	case last == "":
		return false // a bracket alone ("( )")
	case isDigit(last[0]) && n >= 2 && strings.Trim(ws[n-2], ",.;:()") == "thang":
		return true // "tháng 12 năm 2025"
	case strings.Count(last, "/") >= 1 && isDigit(last[0]) && !strings.ContainsAny(ws[n-1][len(ws[n-1])-1:], ",;:"):
		return true // "ngày 15/7 năm 2025"; but "công bố ngày 06/4/2025, năm 2024: …" names a year
	}
	return false
}

// levelsFor returns the level phrases read in an item.
func levelsFor(it item) []struct{ words, level string } {
	if it.wide {
		return tgWideLevels
	}
	return tgLevels
}
