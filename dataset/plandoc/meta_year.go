package plandoc

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
)

// Years in the opening prose that are not the year a plan is for.

// mdIssueYearRe matches a document number followed by the year it was
// issued, in folded prose: "Kế hoạch 01-KH/BCĐTW năm 2025", "Công điện
// 78/CĐ-TTg năm 2025", "Nghị quyết 244/2025/QH15". The year of issue is
// how legal-news sites name a document, not the year its aims are for.
var mdIssueYearRe = regexp.MustCompile(`\b[0-9]+[a-z]?(?:[-/][a-z0-9]+)*[-/][a-z][a-z0-9]*(?:-[a-z0-9]+)*\s+nam\s+(?:19|20)[0-9]{2}\b`)

// issueYearsOut blanks the years of issue that follow document numbers in
// a folded sentence, keeping its length.
func issueYearsOut(f string) string {
	return mdIssueYearRe.ReplaceAllStringFunc(f, func(s string) string {
		return strings.Repeat(" ", len(s))
	})
}

// mdYearListRe matches two years joined in a list after one year word:
// "năm 2025 và năm 2026", "năm 2025, 2026", "năm 2025 và 2026".
var mdYearListRe = regexp.MustCompile(`nam\s+((?:19|20)[0-9]{2})\s*(?:,|va|hoac)\s*(?:nam\s+)?((?:19|20)[0-9]{2})\b`)

// listedYears reports whether the year ys of a folded sentence is listed
// with another year ("chỉ tiêu năm 2025 và năm 2026"): the text is for
// both, not for one of them.
func listedYears(f, ys string) bool {
	for _, sm := range mdYearListRe.FindAllStringSubmatch(f, -1) {
		if sm[1] != sm[2] && (sm[1] == ys || sm[2] == ys) {
			return true
		}
	}
	return false
}

// mdLaterYearRe matches a later year an aim is set for in the same
// sentence, after "và" and the aim's verb: "… và phấn đấu lọt vào top 15
// vào năm 2025".
var mdLaterYearRe = regexp.MustCompile(`\bva\s+(?:phan dau|dat|muc tieu)\b[^.;]{0,80}?\bnam\s+((?:19|20)[0-9]{2})\b`)

// aimsForTwoYears reports whether a folded sentence sets aims for year ys
// and, after "và", for another year ("Với mục tiêu năm 2024 đạt vị trí 20
// - 25 … và phấn đấu lọt vào top 15 vào năm 2025"): no single year.
func aimsForTwoYears(f, ys string) bool {
	k := strings.Index(f, ys)
	if k < 0 {
		return false
	}
	sm := mdLaterYearRe.FindStringSubmatch(f[k+len(ys):])
	return sm != nil && sm[1] != ys
}

// capitalPlan reports whether the "kế hoạch" at f[k:] names planned
// capital or the plan a result is measured against, not a plan: "giải
// ngân vốn kế hoạch năm 2025", "kế hoạch vốn năm 2026", "đạt 57,9% kế
// hoạch".
func capitalPlan(f string, k int, cue string) bool {
	if cue != "ke hoach" {
		return false
	}
	before := strings.TrimRight(f[:k], " ")
	return strings.HasSuffix(before, " von") || before == "von" || strings.HasSuffix(before, "%") ||
		strings.HasPrefix(f[k+len(cue):], " von")
}

// runsTo reports whether a title names y as a year its plan runs to ("…
// đến năm 2025, định hướng đến năm 2030" runs to 2025 and to 2030).
func runsTo(title string, y int) bool {
	for _, sm := range mdTowardRe.FindAllStringSubmatch(foldKeep(title), -1) {
		if sm[1] == strconv.Itoa(y) {
			return true
		}
	}
	return false
}

// outlookBefore reports whether the folded words before a year a plan
// runs to name an outlook beyond its aims: "định hướng", "tầm nhìn".
func outlookBefore(before string) bool {
	before = strings.TrimRight(before, " ,")
	return strings.HasSuffix(before, "dinh huong") || strings.HasSuffix(before, "tam nhin")
}

// mdWithinYearRe matches the year a directive or resolution sets its aims
// and duties within: "trong năm 2025", "ngay trong năm 2026".
var mdWithinYearRe = regexp.MustCompile(`\btrong nam ((?:19|20)[0-9]{2})\b`)

// bodyYear returns the year a directive, a dispatch or a resolution whose
// title and opening name none is for, as its body states it: "bảo đảm cắt
// giảm ít nhất 30% … trong năm 2025", "Trong năm 2025, mọi thủ tục …".
// Every "trong năm" of the text must name the same year, the year of
// issue or the next; 0 otherwise, and for plans and other kinds, whose
// year their title states.
func bodyYear(p *page, m dataset.Plan) int {
	if m.DocType != "CT" && m.DocType != "CĐ" && m.DocType != "NQ" || len(m.Date) < 4 || periodEnd(m.Title) > 0 {
		return 0
	}
	issued, err := strconv.Atoi(m.Date[:4])
	if err != nil {
		return 0
	}
	year := 0
	for i, f := range p.fold {
		if p.skip[i] || !strings.Contains(f, "trong nam ") {
			continue
		}
		for _, sm := range mdWithinYearRe.FindAllStringSubmatch(f, -1) {
			y, _ := strconv.Atoi(sm[1])
			if year != 0 && y != year || y != issued && y != issued+1 {
				return 0
			}
			year = y
		}
	}
	return year
}

// mdCampaignRe matches, folded, a period of days a plan's activities run
// over: "từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025",
// "từ ngày 08 đến ngày 10 tháng 12 năm 2025", "từ 01/6/2022 đến
// 31/8/2022"; its last group is the year the period ends in, and the
// first, when given, the year it starts in.
var mdCampaignRe = regexp.MustCompile(`\btu (?:ngay )?[0-9]{1,2}(?:(?:/| thang )[0-9]{1,2}(?:(?:/| nam )((?:19|20)[0-9]{2}))?)? (?:den|toi) (?:het )?(?:ngay )?[0-9]{1,2}(?:/| thang )[0-9]{1,2}(?:/| nam )((?:19|20)[0-9]{2})\b`)

// campaignYear returns the year a plan whose title names none is for, as
// the periods of days its activities run over state it ("Tổ chức … trong
// 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm
// 2025)"): every such period begins and ends in one year, the year of
// issue; 0 otherwise, and for other kinds of document.
func campaignYear(p *page, m dataset.Plan) int {
	if m.DocType != "KH" || len(m.Date) < 4 || titleYear(m.Title) > 0 || periodEnd(m.Title) > 0 {
		return 0
	}
	issued, err := strconv.Atoi(m.Date[:4])
	if err != nil {
		return 0
	}
	var b strings.Builder
	for i, f := range p.fold {
		if !p.skip[i] && !strings.HasPrefix(p.key[i], "can cu") {
			b.WriteString(f)
			b.WriteByte(' ')
		}
	}
	text := strings.Join(strings.Fields(b.String()), " ") // periods broken over lines
	year := 0
	for _, sm := range mdCampaignRe.FindAllStringSubmatch(text, -1) {
		end, _ := strconv.Atoi(sm[2])
		if sm[1] != "" && sm[1] != sm[2] || end != issued || year != 0 && end != year {
			return 0
		}
		year = end
	}
	return year
}

// noYearKind reports the kinds of document that are for no year, whatever
// year their title names: a notice of conclusions (TB: "Kết luận … tại Hội
// nghị tổng kết năm 2025") and a report (BC: "Kết quả … năm 2025") look
// back at a year; they set no aims for one.
func noYearKind(docType string) bool {
	return docType == "TB" || docType == "BC"
}
