package plandoc

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// ParseDeadline reads a deadline cell as plans write it ("Quý II-III/2024",
// "Tháng 01/2025", "trước 30/11/2024", "Thường xuyên trong năm 2024",
// "Tối thiểu 01 lần/năm", "Sau khi ... công bố", "Năm 2025", "6 tháng đầu
// năm", "- Nhiệm vụ 6 tháng: tháng 5/2024; - Nhiệm vụ cả năm: tháng
// 10/2024") and returns the text with its kind and the ISO dates the text
// fixes. year is the plan year, used where the text names a period or day
// without its year ("Quý I", "Thường xuyên", "Trong năm", "trước ngày
// 15/01"); 0 means unknown, and then such periods get a kind but no dates.
//
// Kinds:
//   - conditional: the text starts with "Sau khi"/"Khi"/"Theo ..." (except
//     "Theo kế hoạch ... hằng năm", recurring) or names no period but a
//     condition; no dates.
//   - continuous: "Thường xuyên", "liên tục"; Start/End span the year named
//     in the text, else the plan year.
//   - recurring: "01 lần/năm", "hằng năm", "định kỳ", "hàng quý"; Start/End
//     span the year as for continuous.
//   - date: one day; "trước 30/11/2024" and "đến 30/6/2025" fix only End,
//     "từ ngày 1/7/2025" only Start, a bare "30/11/2024" Start and End;
//     with several days of which one is a "before" date, End is the latest
//     and Start stays empty.
//   - range: quarters, months, half-years, years, several fixed days
//     ("Từ 01/3/2025 đến 31/5/2025"), or several of these; Start is the
//     earliest first day, End the latest last day.
//
// When nothing is recognised Kind is empty. ParseDeadline never panics and
// never invents a date: impossible days such as 31/02/2024 are ignored.
func ParseDeadline(text string, year int) dataset.Deadline {
	text = strings.TrimSpace(vntext.NFC(text))
	d := dataset.Deadline{Text: text}
	if text == "" {
		return d
	}
	f := deadlineFold(text)
	if !dlValidYear(year) {
		year = 0
	}

	if dlAfterStart.MatchString(f) {
		d.Kind = dataset.DeadlineConditional
		return d
	}
	if dlMayMatch(f, "thuong xuyen", "lien tuc", "hang ngay") && dlContinuous.MatchString(f) {
		d.Kind = dataset.DeadlineContinuous
		d.Start, d.End = dlYearOf(dlExplicitYear(f, year))
		return d
	}
	if dlMayMatch(f, "lan", "hang ", "moi ", "dinh ky") && dlRecurring.MatchString(f) {
		d.Kind = dataset.DeadlineRecurring
		d.Start, d.End = dlYearOf(dlExplicitYear(f, year))
		return d
	}
	if dlAccordStart.MatchString(f) {
		d.Kind = dataset.DeadlineConditional
		return d
	}
	if kind, start, end, ok := deadlinePeriods(f, year); ok {
		d.Kind, d.Start, d.End = kind, start, end
		return d
	}
	if dlCondAny.MatchString(f) {
		d.Kind = dataset.DeadlineConditional
	}
	return d
}

// deadlineFold folds text for matching: lower case, no diacritics, one
// space between words, every dash written as "-".
func deadlineFold(s string) string {
	s = plainDashes(s)
	s = cellStripTags(s)
	return tkFold(s)
}

// dlDashes writes every dash as "-".
var dlDashes = strings.NewReplacer("–", "-", "—", "-", "−", "-", "‐", "-", "‑", "-")

// plainDashes applies dlDashes. Each dash it replaces is encoded with a
// leading byte E2, which most text does not hold at all.
func plainDashes(s string) string {
	if strings.IndexByte(s, 0xe2) < 0 {
		return s
	}
	return dlDashes.Replace(s)
}

var (
	dlAfterStart  = regexp.MustCompile(`^[-\s(]*(ngay )?(sau khi|khi )`)
	dlAccordStart = regexp.MustCompile(`^[-\s(]*(theo|tuy theo|can cu) `)
	dlCondAny     = regexp.MustCompile(`(sau khi|khi co|khi phat sinh|theo ke hoach|theo lo trinh|theo yeu cau|theo tien do|theo chi dao|theo huong dan|theo quy dinh|cong bo)`)
	dlContinuous  = regexp.MustCompile(`(thuong xuyen|lien tuc|hang ngay)`)
	dlRecurring   = regexp.MustCompile(`(\blan\s*/\s*(nam|quy|thang|tuan)|\blan (moi|mot) (nam|quy|thang)|\b(hang|moi) (nam|quy|thang|tuan)\b|dinh ky)`)

	dlDay         = regexp.MustCompile(`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`)
	dlMonthBefore = regexp.MustCompile(`(thang|quy)\s*$`)
	dlDayNoYear   = regexp.MustCompile(`(?:ngay|truoc|den|cham nhat)\s*(\d{1,2})\s*/\s*(\d{1,2})\b`)
	dlUntil       = regexp.MustCompile(`(den|toi)\s*(ngay\s*)?[:]?\s*$`)
	dlBareYear    = regexp.MustCompile(`^\s*(\d{4})\s*$`)
	dlDayWords    = regexp.MustCompile(`ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})`)
	dlBefore      = regexp.MustCompile(`(truoc|cham nhat|han chot|khong qua|hoan thanh)\s*(ngay\s*)?[:]?\s*$`)
	dlFrom        = regexp.MustCompile(`\btu\s*(ngay\s*)?$`)
	dlQuarter     = regexp.MustCompile(`quy\s*([ivx]+|[1-4])\b((?:\s*(?:-|,|va|den)\s*(?:quy\s*)?(?:[ivx]+|[1-4])\b)*)(\s*(?:/|nam)\s*(\d{4}))?`)
	dlQuarterN    = regexp.MustCompile(`[ivx]+|[1-4]`)
	dlMonth       = regexp.MustCompile(`thang\s*(\d{1,2})\b(?:\s*(?:-|den)\s*(?:thang\s*)?(\d{1,2})\b)?(\s*(?:/|nam)\s*(\d{4}))?`)
	dlMonthBar    = regexp.MustCompile(`(?:^|[^\d/])(\d{1,2})\s*/\s*(\d{4})\b`)
	dlHalf        = regexp.MustCompile(`6 thang (dau|cuoi) nam(\s*(\d{4}))?`)
	dlYearSpan    = regexp.MustCompile(`(\d{4})\s*-\s*(\d{4})`)
	dlYear        = regexp.MustCompile(`nam\s*(\d{4})\b`)
	dlThisYear    = regexp.MustCompile(`(trong nam|ca nam|nam nay)`)
)

// dlSpan is a stretch of days; an empty start means "up to end".
type dlSpan struct{ start, end time.Time }

// deadlinePeriods finds every day, month, quarter, half-year and year the
// folded text names and merges them into one kind and span.
//
// Each reader runs only when the text holds what every match of its
// patterns holds (a digit, "quy", "thang", "nam", '/'): a reader that
// cannot match would leave the text as it is, and blanking what a reader
// read never adds a letter, digit or '/' to the text.
func deadlinePeriods(f string, year int) (kind, start, end string, ok bool) {
	sc := dlScan{rest: f, year: year, onlyDays: true}
	digits := strings.ContainsAny(f, "0123456789")
	if digits {
		sc.days()
	}
	if strings.Contains(f, "quy") {
		sc.quarters()
	}
	if strings.Contains(f, "thang") {
		sc.halves()
		if digits {
			sc.months()
		}
	}
	if digits && strings.IndexByte(f, '/') >= 0 {
		sc.monthBars()
	}
	if digits {
		sc.years()
	}
	if strings.Contains(f, "nam") {
		sc.thisYear()
	}
	return sc.result()
}

// dlMayMatch reports whether the folded text holds one of lits: the
// literal one of which every match of a pattern holds, checked before
// the pattern is run.
func dlMayMatch(f string, lits ...string) bool {
	for _, l := range lits {
		if strings.Contains(f, l) {
			return true
		}
	}
	return false
}

// dlScan is the state of reading the periods of a deadline text: the text
// not yet read (each period read is blanked out, so that a shorter form
// does not read it again), the plan year, the periods read and what the
// text held besides.
type dlScan struct {
	rest       string
	year       int
	spans      []dlSpan
	onlyDays   bool // every period read is a day
	undatedDay bool // a day named without its year, the plan year unknown
	yearless   bool // a period named without its year, the plan year unknown
}

// days reads dd/mm/yyyy and "ngày dd tháng mm năm yyyy"; days without
// their year ("trước ngày 15/01") take the plan year.
func (sc *dlScan) days() {
	for _, re := range []*regexp.Regexp{dlDayWords, dlDay, dlDayNoYear} {
		rest := sc.rest
		buf := []byte(rest)
		for _, m := range re.FindAllStringSubmatchIndex(rest, -1) {
			before := dlTail(rest, m[0])
			if re != dlDayWords && dlMonthBefore.MatchString(before) {
				continue // "tháng 3-4/2025", "quý 2-3/2024": not a day
			}
			if re == dlDayNoYear && m[1] < len(rest) && (rest[m[1]] == '/' || rest[m[1]] == '.' || rest[m[1]] == '-') {
				continue // a day with a malformed year
			}
			copy(buf[m[0]:m[1]], dlBlank(rest[m[0]:m[1]]))
			dd, _ := strconv.Atoi(rest[m[2]:m[3]])
			mm, _ := strconv.Atoi(rest[m[4]:m[5]])
			yy := sc.year
			if re != dlDayNoYear {
				yy, _ = strconv.Atoi(rest[m[6]:m[7]])
			} else if !dlValidYear(sc.year) {
				sc.undatedDay = true
				continue
			}
			t, good := dlDate(yy, mm, dd)
			if !good {
				continue
			}
			s := dlSpan{start: t, end: t}
			if re == dlDayNoYear {
				// The word dlDayNoYear opens with ("trước 15/12") is part of what
				// stands before the day.
				before = before + " " + strings.TrimSpace(rest[m[0]:m[2]])
			}
			// "trước 30/11/2024"; "đến 30/6/2025" unless a "từ" day came first.
			if dlBefore.MatchString(before) || (len(sc.spans) == 0 && dlUntil.MatchString(before)) {
				s.start = time.Time{}
			}
			if dlFrom.MatchString(before) && !strings.Contains(rest[m[1]:], "den") {
				s.end = time.Time{} // "từ ngày 1-7-2025", no end after it: the day it starts
			}
			sc.spans = append(sc.spans, s)
		}
		sc.rest = string(buf)
	}
}

// period adds the months m1..m2 of year y as a period that is not a day;
// a year that is not valid (the plan year unknown) adds none but marks
// the text as naming a period.
func (sc *dlScan) period(y, m1, m2 int) {
	sc.onlyDays = false
	if !dlValidYear(y) {
		sc.yearless = true
		return
	}
	s, _ := dlDate(y, m1, 1)
	sc.spans = append(sc.spans, dlSpan{s, dlMonthEnd(y, m2)})
}

// quarters reads "quý I/2025", "quý II, III năm 2025".
func (sc *dlScan) quarters() {
	rest := sc.rest
	for _, m := range dlQuarter.FindAllStringSubmatchIndex(rest, -1) {
		y := sc.year
		if m[8] >= 0 {
			y, _ = strconv.Atoi(rest[m[8]:m[9]])
		}
		qs := []int{dlQuarterNumber(rest[m[2]:m[3]])}
		if m[4] >= 0 {
			for _, q := range dlQuarterN.FindAllString(rest[m[4]:m[5]], -1) {
				qs = append(qs, dlQuarterNumber(q))
			}
		}
		lo, hi := 5, 0
		for _, q := range qs {
			if q == 0 {
				continue
			}
			lo, hi = min(lo, q), max(hi, q)
		}
		if hi == 0 {
			continue
		}
		sc.period(y, 3*lo-2, 3*hi)
	}
	sc.rest = dlQuarter.ReplaceAllStringFunc(rest, dlBlank)
}

// halves reads "6 tháng đầu năm", "6 tháng cuối năm 2025".
func (sc *dlScan) halves() {
	for _, m := range dlHalf.FindAllStringSubmatch(sc.rest, -1) {
		y := sc.year
		if m[3] != "" {
			y, _ = strconv.Atoi(m[3])
		}
		if m[1] == "dau" {
			sc.period(y, 1, 6)
		} else {
			sc.period(y, 7, 12)
		}
	}
	sc.rest = dlHalf.ReplaceAllStringFunc(sc.rest, dlBlank)
}

// months reads "tháng 5/2024", "tháng 01 năm 2025", "tháng 3-4/2025".
func (sc *dlScan) months() {
	rest := sc.rest
	for _, m := range dlMonth.FindAllStringSubmatchIndex(rest, -1) {
		m1, _ := strconv.Atoi(rest[m[2]:m[3]])
		m2 := m1
		if m[4] >= 0 {
			m2, _ = strconv.Atoi(rest[m[4]:m[5]])
		}
		if m1 < 1 || m1 > 12 || m2 < m1 || m2 > 12 {
			continue
		}
		y := sc.year
		if m[8] >= 0 {
			y, _ = strconv.Atoi(rest[m[8]:m[9]])
		}
		sc.period(y, m1, m2)
	}
	sc.rest = dlMonth.ReplaceAllStringFunc(rest, dlBlank)
}

// monthBars reads a bare "mm/yyyy".
func (sc *dlScan) monthBars() {
	for _, m := range dlMonthBar.FindAllStringSubmatch(sc.rest, -1) {
		mm, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		if mm < 1 || mm > 12 || !dlValidYear(y) {
			continue
		}
		sc.period(y, mm, mm)
	}
	sc.rest = dlMonthBar.ReplaceAllStringFunc(sc.rest, dlBlank)
}

// years reads year spans "2024-2025", years "năm 2025" and, failing
// those, a bare year.
func (sc *dlScan) years() {
	for _, m := range dlYearSpan.FindAllStringSubmatch(sc.rest, -1) {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[2])
		if !dlValidYear(y1) || !dlValidYear(y2) || y2 < y1 {
			continue
		}
		sc.onlyDays = false
		s, _ := dlDate(y1, 1, 1)
		sc.spans = append(sc.spans, dlSpan{s, dlMonthEnd(y2, 12)})
	}
	sc.rest = dlYearSpan.ReplaceAllStringFunc(sc.rest, dlBlank)
	for _, m := range dlYear.FindAllStringSubmatch(sc.rest, -1) {
		if y, _ := strconv.Atoi(m[1]); dlValidYear(y) {
			sc.period(y, 1, 12)
		}
	}
	sc.rest = dlYear.ReplaceAllStringFunc(sc.rest, dlBlank)
	if m := dlBareYear.FindStringSubmatch(sc.rest); m != nil {
		if y, _ := strconv.Atoi(m[1]); dlValidYear(y) {
			sc.period(y, 1, 12)
		}
	}
}

// thisYear reads "trong năm", "năm nay" as the plan year when nothing
// else was read.
func (sc *dlScan) thisYear() {
	if len(sc.spans) == 0 && dlThisYear.MatchString(sc.rest) {
		sc.period(sc.year, 1, 12)
	}
}

// result turns the periods read into the deadline's kind and its first
// and last days: a day, or a range from the earliest start to the latest
// end; ok is false when the text names no period.
func (sc *dlScan) result() (kind, start, end string, ok bool) {
	if len(sc.spans) == 0 {
		switch {
		case sc.yearless:
			return dataset.DeadlineRange, "", "", true
		case sc.undatedDay:
			return dataset.DeadlineDate, "", "", true
		}
		return "", "", "", false
	}
	var lo, hi time.Time
	openStart := false
	for _, s := range sc.spans {
		if s.start.IsZero() {
			openStart = true
		} else if lo.IsZero() || s.start.Before(lo) {
			lo = s.start
		}
		if s.end.After(hi) {
			hi = s.end
		}
	}
	if sc.onlyDays {
		switch {
		case hi.IsZero():
			// "từ ngày 1-7-2025": the text fixes the first day only.
			return dataset.DeadlineDate, dlISO(lo), "", true
		case openStart:
			// "trước 30/11/2024": the text fixes the last day only.
			return dataset.DeadlineDate, "", dlISO(hi), true
		case len(sc.spans) == 1:
			return dataset.DeadlineDate, dlISO(lo), dlISO(hi), true
		}
		// "Từ 01/3/2025 đến 31/5/2025", or several fixed days.
		return dataset.DeadlineRange, dlISO(lo), dlISO(hi), true
	}
	if !lo.IsZero() {
		start = dlISO(lo)
	}
	return dataset.DeadlineRange, start, dlISO(hi), true
}

// dlTail returns the 40 bytes of s before i: enough to read the word
// before a date ("trước ngày", "tháng") without scanning the whole prefix.
func dlTail(s string, i int) string {
	return s[max(0, i-40):i]
}

// dlBlank replaces a match by spaces of the same length so later patterns
// do not read the same digits twice.
func dlBlank(s string) string { return strings.Repeat(" ", len(s)) }

// dlQuarterNumber reads "I".."IV" or "1".."4"; 0 when not a quarter.
func dlQuarterNumber(s string) int {
	switch s {
	case "1", "i":
		return 1
	case "2", "ii":
		return 2
	case "3", "iii":
		return 3
	case "4", "iv":
		return 4
	}
	return 0
}

// dlExplicitYear returns the year the folded text names ("năm 2024", "/2024"),
// else the plan year.
func dlExplicitYear(f string, year int) int {
	if m := dlYear.FindStringSubmatch(f); m != nil {
		if y, err := strconv.Atoi(m[1]); err == nil && dlValidYear(y) {
			return y
		}
	}
	return year
}

// dlYearOf returns the first and last day of year y, or empty strings when
// y is unknown.
func dlYearOf(y int) (string, string) {
	if !dlValidYear(y) {
		return "", ""
	}
	return fmt.Sprintf("%04d-01-01", y), fmt.Sprintf("%04d-12-31", y)
}

// dlValidYear reports whether y is a plausible plan year.
func dlValidYear(y int) bool { return y >= 1900 && y <= 2200 }

// dlDate builds a date, refusing impossible ones (31/02).
func dlDate(y, m, d int) (time.Time, bool) {
	if !dlValidYear(y) || m < 1 || m > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d || int(t.Month()) != m {
		return time.Time{}, false
	}
	return t, true
}

// dlMonthEnd is the last day of month m of year y.
func dlMonthEnd(y, m int) time.Time {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC)
}

// dlISO formats t as YYYY-MM-DD.
func dlISO(t time.Time) string { return t.Format("2006-01-02") }

// dlProseRe finds the time a duty written in prose is to be done by:
// "hoàn thành trong quý II/2026", "trước ngày 30/6/2026", "chậm nhất
// trong tháng 9/2026", "từ nay đến hết năm 2025", "trong năm 2026",
// "trước 15/12/2026"; or the day or month it starts from: "từ ngày
// 1-7-2025", "bắt đầu từ tháng 6/2025". The match runs on asciiFold (one
// byte a rune).
var dlProseRe = regexp.MustCompile(`(?:^|[\s,;(])(?:hoan thanh |xong )?((?:truoc|trong|cham nhat(?: (?:trong|truoc|vao|la))?|tu nay den(?: het)?|den het|vao) (?:ngay )?(?:\d{1,2} thang \d{1,2} nam \d{4}|quy [ivx1-4]{1,4}(?:\s*[/-]\s*| nam )\d{4}|thang \d{1,2}(?:\s*[/-]\s*| nam )\d{4}|nam \d{4}|6 thang (?:dau|cuoi) nam \d{4}|\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4})|(?:bat dau |ke )?tu (?:ngay \d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{4}|thang \d{1,2}\s*[/-]\s*\d{4}))`)

// proseDeadline reads the time a duty written in prose states ("UBND
// tỉnh giao Sở Nội vụ chủ trì …, hoàn thành trong quý II/2026"): the
// phrases that fix a time, as written, with the dates ParseDeadline gives
// them. An empty deadline (text "") when the duty states none.
func proseDeadline(text string, year int) dataset.Deadline {
	rs := []rune(vntext.NFC(text))
	f := asciiFold(rs)
	var parts []string
	for _, m := range dlProseRe.FindAllStringSubmatchIndex(f, 4) {
		parts = append(parts, string(rs[m[2]:m[3]]))
	}
	if len(parts) == 0 {
		return dataset.Deadline{}
	}
	return ParseDeadline(strings.Join(parts, "; "), year)
}
