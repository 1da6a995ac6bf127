package plandoc

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/cchc-lab/cchc/dataset"
)

// Planned actions in a press item.
//
// A press item on a plan or a meeting says what a body or the place will
// do, with no one assigning it: "Sở Khoa học và Công nghệ sẽ chủ trì …",
// "Bộ Tài chính sẽ tập trung hoàn thành …", "Trong thời gian tới, tỉnh
// Hậu Giang tiếp tục khai thác …". Each such sentence is a task: led by
// the body it names, without a lead when it names the place itself. A
// sentence after it that opens with a duty's verb ("Hoàn thành việc xây
// dựng mạng diện rộng …") goes on with the actions, in its paragraph and
// in the paragraph right after ("Cùng với đó, …"), as a sentence with a
// connector does right after a duty the readers of assignments took ("…
// các cấp, ngành cần đẩy nhanh …" / "Cùng với đó, tỉnh tiếp tục …"). Its
// clauses apart by semicolons that each open with a verb are tasks of
// their own.
//
// A sentence counts only when it says the action is to come: "sẽ" or "dự
// kiến" after its subject, or an opening that sets it in the time ahead
// ("Trong thời gian tới", "Năm 2026," in a text of 2026 or before). What
// was done ("đã", a past year) is no task.

// paFutureOpenings are the folded openings that set a sentence in the
// time ahead.
var paFutureOpenings = []string{"trong thoi gian toi", "thoi gian toi", "trong thoi gian sap toi", "thoi gian sap toi",
	"sap toi", "trong nam toi", "nam toi", "tu nay den cuoi nam", "tu nay den het nam"}

// connectorEnd returns the offset in folded f after the connector and
// comma it opens with (paConnectors: "Cùng với đó, …", "Mặt khác, …"), 0
// when none.
func connectorEnd(f string) int {
	return openerEnd(f, paConnectors)
}

// paNeutralOpenings are the folded openings, before a comma, that name
// the date what follows starts from, and set it neither ahead nor after
// the sentence before: "Từ ngày 1-7-2025", "Bắt đầu từ tháng 6/2025". (A
// body that reports it, "Theo UBND tỉnh", is read so too; "Theo lộ
// trình" is not.)
var paNeutralOpenings = []string{"tu ngay ", "ke tu ngay ", "tu thang ", "ke tu thang ", "bat dau tu ngay ", "bat dau tu thang "}

// paTimeOpeningRe matches, folded, an opening before a comma that names
// the year or period what follows is set in: "năm 2026", "trong năm
// 2026", "giai đoạn 2021 - 2025", "đến năm 2025", "trong quý IV/2022",
// "6 tháng cuối năm 2025", "từ quý III năm 2021".
var paTimeOpeningRe = regexp.MustCompile(`^(?:trong |den |den het |den cuoi |tu |ke tu )?(?:(?:nam|giai doan) (?:19|20)[0-9]{2}(?:\s*[-–]\s*(?:19|20)[0-9]{2})?|(?:quy [ivx1-4]+|thang [0-9]{1,2}|[0-9]+ thang (?:dau|cuoi))(?:\s*/\s*| nam )(?:19|20)[0-9]{2})$`)

// timeOpeningEnd returns the offset in folded f after the year or period
// it opens with and its comma (paTimeOpeningRe: "Năm 2025, …", "Giai đoạn
// 2021 - 2025, …"), the blanks after it skipped; 0 when it opens with
// none.
func timeOpeningEnd(f string) int {
	comma := strings.IndexByte(f, ',')
	if comma < 0 || !paTimeOpeningRe.MatchString(strings.TrimSpace(f[:comma])) {
		return 0
	}
	k := comma + 1
	for k < len(f) && f[k] == ' ' {
		k++
	}
	return k
}

// paPurposeOpenings are the folded openings, before a comma, that name
// what the action after them serves: "Để thực hiện mục tiêu trên, tỉnh …
// hướng đến …", "Để đạt được mục tiêu này, …".
var paPurposeOpenings = []string{"de thuc hien muc tieu", "de dat duoc muc tieu", "de dat muc tieu", "de hoan thanh muc tieu", "de thuc hien cac muc tieu"}

// paConnectors are the folded openings that go on from the sentence
// before ("Cùng với đó, tỉnh … hoàn thành …").
var paConnectors = []string{"cung voi do", "dong thoi", "theo do", "ben canh do", "ngoai ra", "ngoai do", "them vao do", "mat khac"}

// paPlaceHeads are the folded words that open a place as a sentence's
// subject ("tỉnh Hậu Giang", "phường", "xã Ân Tường", "toàn tỉnh").
var paPlaceHeads = []string{"tinh", "thanh pho", "phuong", "xa", "huyen", "dac khu", "dia phuong", "toan tinh", "toan thanh pho"}

// paNotNameWords are folded words, besides those speaksOrAims finds, that
// no planned action's body holds: a subject read up to them asks ("…
// cũng đề nghị …").
var paNotNameWords = []string{" de nghi ", " yeu cau ", " cung "}

// plannedActions reads the planned actions (see above) of the lines of
// prose no task stands on (taken); year is the plan's.
func plannedActions(p *page, roles []string, year int, taken map[int]bool) []dataset.Task {
	memo := newTaskMemo(year)
	var out []dataset.Task
	paras := assignParagraphs(p, roles)
	chain := false     // the last sentence read was a planned action
	afterDuty := false // the last sentence stands on a line another reader took a duty from
	for k, para := range paras {
		if k > 0 && !adjacent(p, paras[k-1], para) {
			chain, afterDuty = false, false
		}
		opened := false // a sentence of this paragraph was read
		for _, s := range sentencesOf(para.text) {
			if line := para.lineAt(s.from); headline(p, line) {
				chain = false
				continue // "Thừa Thiên Huế sẽ đẩy mạnh chuyển đổi số toàn diện đến 2025": the item's headline
			}
			rs := []rune(strings.TrimSpace(string(para.text[s.from:s.to])))
			if !slices.ContainsFunc(rs, unicode.IsLetter) {
				continue // "…" after a sentence: no sentence of its own
			}
			// "… các cấp, ngành cần đẩy nhanh …" / "Cùng với đó, tỉnh tiếp
			// tục …": a connector goes on from the duties another reader
			// read in the sentence before.
			goesOn := chain || afterDuty && connectorEnd(asciiFold(rs)) > 0
			afterDuty = taken[para.lineAt(s.from)+1]
			lead, duty, ok := plannedAction(rs, year, goesOn)
			if !ok {
				if opened || !chain {
					chain = false
				}
				opened = true
				continue
			}
			opened, chain = true, true
			line := para.lineAt(s.from)
			if taken[line+1] {
				continue
			}
			opening := openingDeadline(rs, year) // "Từ ngày 1-7-2025, tỉnh sẽ …": the time of every action after it
			if len(lead) == 1 && strings.Contains(lead[0], ",") {
				lead = memo.agencies(lead[0]) // "Các sở, ban ngành, Ủy ban nhân dân các huyện, thành phố … sẽ …"
			}
			for _, c := range verbClauses(duty) {
				if strivesForFigures(asciiFold([]rune(c))) {
					continue // "…; Phấn đấu cải thiện vị trí xếp hạng … từ 1 - 2 bậc": an aim, read as a target
				}
				when := statedDeadline(c, year)
				if when.Text == "" {
					when = opening
				}
				out = append(out, dataset.Task{
					Task: c, Lead: lead, Partners: nonNil(dutyPartners(c, memo)), Deadline: when,
					Source: dataset.Source{Line: line + 1, Text: strings.TrimSpace(p.lines[line])},
				})
			}
		}
	}
	return out
}

// openingDeadline returns the time a sentence's openings set (openingOf:
// "Từ ngày 1-7-2025,", "Bắt đầu từ tháng 6/2025,"), empty when they set
// none.
func openingDeadline(rs []rune, year int) dataset.Deadline {
	at, _, _ := openingOf(asciiFold(rs), year)
	if at == 0 {
		return dataset.Deadline{}
	}
	return statedDeadline(string(rs[:at]), year)
}

// plannedAction reads a sentence as a planned action: its lead (nil for
// the place itself), the action, and whether it is one. chain says the
// sentence before was one, which a sentence that opens with a duty's verb
// or a connector goes on with.
func plannedAction(rs []rune, year int, chain bool) ([]string, string, bool) {
	f := asciiFold(rs) // one byte a rune
	at, future, connected := openingOf(f, year)
	rest := f[at:]
	if chain && opensWithDutyVerb(rest) && !startsAgency(rest) {
		return nil, trimAction(string(rs[at:])), true // "Hoàn thành việc xây dựng mạng …"
	}
	if will, ok := strings.CutPrefix(rest, "se "); ok && chain && connected && opensWithDutyVerb(will) {
		return nil, trimAction(string(rs[len(f)-len(will):])), true // "Mặt khác, sẽ tiếp tục đẩy mạnh …": the same subject's
	}
	lead, subjEnd, ok := plannedSubject(rs, f, at)
	if !ok {
		return innerPlannedAction(rs, f)
	}
	after := strings.TrimLeft(f[subjEnd:], " ")
	if hasAnyPrefix(after, []string{"da ", "vua ", "cung da ", "da va dang "}) {
		return nil, "", false // "Tỉnh đã tổ chức …": done
	}
	will := false
	if rest, ok := strings.CutPrefix(after, "phan dau "); ok {
		// "Tây Ninh phấn đấu đến năm 2025 sẽ hoàn thiện …": striving, by a
		// time, for what it will do.
		if k := strings.Index(rest, " se "); k > 0 && paTimeOpeningRe.MatchString(rest[:k]) {
			after, will = rest[k+len(" se "):], true
		}
	}
	for _, w := range paWillWords {
		if will {
			break
		}
		if strings.HasPrefix(after, w) {
			after, will = after[len(w):], true
			break
		}
	}
	if !will && !future && !(connected && chain) {
		return nil, "", false
	}
	after = strings.TrimPrefix(after, "chinh thuc ") // "… sẽ chính thức triển khai …"
	if also, ok := strings.CutPrefix(after, "cung "); ok && opensWithDutyVerb(also) {
		after = also // "Bên cạnh đó, đoàn cũng kiểm tra …": going on from the sentence before
	}
	if !opensWithDutyVerb(after) && !strings.HasPrefix(after, "chu trong") || strivesForFigures(after) {
		return nil, "", false
	}
	return lead, trimAction(string(rs[len(f)-len(after):])), true
}

// paWillWords are the folded words after a sentence's subject that say
// its action is to come: "sẽ", "dự kiến" ("Trung tâm dự kiến triển khai
// nền tảng trợ lý ảo …"), "hướng đến" ("tỉnh Tây Ninh hướng đến tập trung
// cải thiện …"; a duty's verb must follow).
var paWillWords = []string{"se ", "cung se ", "van se ", "tiep tuc se ", "du kien ", "cung du kien ", "huong den ", "huong toi "}

// strivesForFigures reports whether a planned action (folded, from its
// verb) only strives for figures ("phấn đấu Chỉ số cải cách hành chính
// tăng từ 2 bậc trở lên …; Chỉ số PAPI tăng …") or changes one right
// after its verb ("dự kiến tinh giản 605 cán bộ …"): the place's aims,
// read as targets, no duty.
func strivesForFigures(action string) bool {
	if rest, ok := strings.CutPrefix(action, "phan dau "); ok {
		return strings.ContainsFunc(rest, unicode.IsDigit)
	}
	for _, v := range paChangeVerbs {
		if rest, ok := strings.CutPrefix(action, v+" "); ok {
			ws := strings.Fields(rest)
			return slices.ContainsFunc(ws[:min(len(ws), paFigureReach)], func(w string) bool { return isDigit(w[0]) })
		}
	}
	return false
}

// paChangeVerbs are the folded verbs of a change by a figure ("tinh giản
// 605 cán bộ, công chức", "cắt giảm 30% thời gian …"; not "triển khai 04
// dự án").
var paChangeVerbs = []string{"tinh gian", "cat giam", "giam", "tang"}

// paFigureReach is how many words after a verb of paChangeVerbs may stand
// before the figure that makes the action an aim.
const paFigureReach = 2

// innerPlannedAction reads the planned action of a sentence whose body
// and "sẽ" stand after what opens it, at the start of a later clause:
// "… cho biết: Ngay sau khi HĐND tỉnh ban hành Nghị quyết …, trong giai
// đoạn 2021 - 2025, Sở Thông tin và Truyền thông sẽ triển khai …". Only
// words reported (after a colon), a body named in full at a comma or the
// colon, and "sẽ" right after its name count; or a clause that opens with
// a year, then the place or a body and "sẽ" ("Với phương châm …, năm
// 2016 Quảng Ninh sẽ tập trung …").
func innerPlannedAction(rs []rune, f string) ([]string, string, bool) {
	for from := 0; ; {
		k := strings.Index(f[from:], " se ")
		if k < 0 {
			return nil, "", false
		}
		k += from
		from = k + len(" se ")
		start := strings.LastIndexAny(f[:k], ",:") + 1
		for start < k && f[start] == ' ' {
			start++
		}
		if start == 0 {
			continue
		}
		if t := timeWordsEnd(f[start:k]); t > 0 {
			// "…, năm 2016 Quảng Ninh sẽ tập trung …": a year, then the
			// place or a body that will act in it.
			if lead, end, ok := plannedSubject(rs, f, start+t); ok && end == k && opensWithDutyVerb(f[k+len(" se "):]) {
				return lead, trimAction(string(rs[k+len(" se "):])), true
			}
			continue
		}
		if !strings.Contains(f[:start], ": ") || !startsAgency(f[start:]) {
			continue
		}
		lead, end, ok := plannedSubject(rs, f, start)
		if !ok || end != k || len(lead) == 0 || len(strings.Fields(lead[0])) < 2 {
			continue
		}
		after := f[k+len(" se "):]
		if !opensWithDutyVerb(after) {
			continue
		}
		return lead, trimAction(string(rs[len(f)-len(after):])), true
	}
}

// timeWordsEnd returns the offset in folded f after the year or period
// its first words name (paTimeOpeningRe: "năm 2016 ", "trong quý
// IV/2022 "), before the clause's subject; 0 when none.
func timeWordsEnd(f string) int {
	end := 0
	for range 4 {
		k := strings.IndexByte(f[end:], ' ')
		if k < 0 {
			return 0
		}
		end += k + 1
		if paTimeOpeningRe.MatchString(f[:end-1]) {
			return end
		}
	}
	return 0
}

// openingOf returns the offset after the openings of a folded sentence
// (time ahead, connectors, each before a comma), whether one set it in
// the time ahead, and whether one goes on from the sentence before.
func openingOf(f string, year int) (at int, future, connected bool) {
	told := false // a report tells what follows ("Báo cáo từ tỉnh … cho biết, năm 2022, …"): its year sets nothing ahead
	for {
		rest := f[at:]
		comma := strings.IndexByte(rest, ',')
		reach := 40
		switch {
		case hasAnyPrefix(rest, asBasisOpeners):
			reach = asBasisReach // "Trên cơ sở Chỉ số … đã được phê duyệt và công bố, các sở, …"
		case strings.HasPrefix(rest, "doi voi "):
			reach = 120 // "Đối với các cơ quan đầu mối tham mưu CCHC, tỉnh sẽ …"
		case comma > 0 && strings.HasSuffix(rest[:comma], " cho biet"):
			reach = 120 // "Thông tin từ Ủy ban Nhân dân tỉnh Tuyên Quang cho biết, …"
		}
		if comma < 0 || comma > reach {
			return at, future, connected
		}
		head := strings.TrimSpace(rest[:comma])
		switch {
		case hasAnyPrefix(head, paFutureOpenings):
			future = true
		case hasAnyPrefix(head, paConnectors):
			connected = true
		case yearAhead(head, year) && !told:
			future = true
		case hasAnyPrefix(head, paNeutralOpenings), strings.HasPrefix(head, "theo ") && startsAgency(head[len("theo "):]), hasAnyPrefix(head, paPurposeOpenings),
			paTimeOpeningRe.MatchString(head), strings.HasPrefix(head, "ve "), hasAnyPrefix(head, asBasisOpeners),
			asReportedRe.MatchString(head + ", "), strings.HasPrefix(head, "doi voi "), strings.HasSuffix(head, " cho biet"):
			// "Theo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ …": the body that
			// says it, a date, a year or period ("Giai đoạn 2021 - 2025,
			// Tiền Giang sẽ …") or a topic ("Về giải pháp công nghệ,
			// Trung tâm dự kiến …"), the basis ("Trên cơ sở Chỉ số …
			// đã được công bố, các sở … sẽ …"), the document that says it
			// ("Theo kế hoạch, đoàn kiểm tra sẽ …"), whom it concerns
			// ("Đối với các cơ quan …, tỉnh sẽ …"), who tells it
			// ("Thông tin từ UBND tỉnh … cho biết, …") or what it serves
			// ("Để thực hiện mục tiêu trên, …") before the subject; "sẽ"
			// after it still decides.
		default:
			return at, future, connected
		}
		told = told || strings.HasSuffix(head, " cho biet")
		at += comma + 1
		for at < len(f) && f[at] == ' ' {
			at++
		}
	}
}

// yearAhead reports whether a folded opening names a year ("năm 2026",
// "trong năm 2026") that is not before the plan's.
func yearAhead(head string, year int) bool {
	head = strings.TrimPrefix(head, "trong ")
	y, ok := strings.CutPrefix(head, "nam ")
	if !ok || len(y) != 4 {
		return false
	}
	n := 0
	for _, c := range y {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return year > 0 && n >= year
}

// plannedSubject reads the subject of a sentence at offset at of rs (f
// folded): a body ("Sở Khoa học và Công nghệ", its name up to "sẽ", "dự
// kiến" or its first verb), its lead; or the place ("tỉnh Hậu Giang",
// "phường", "Lâm Đồng"), no lead. It returns where the subject ends.
func plannedSubject(rs []rune, f string, at int) ([]string, int, bool) {
	rest := f[at:]
	if startsAgency(rest) {
		end := len(f)
		for _, w := range paWillWords {
			if k := strings.Index(rest, " "+w); k >= 0 && at+k < end {
				end = at + k // the subject ends where the words of a planned action start
			}
		}
		if v := firstVerb(f, at); v < end {
			end = v
		}
		if k := strings.Index(rest, " cung "); k >= 0 && at+k < end && opensWithDutyVerb(rest[k+len(" cung "):]) {
			end = at + k // "đoàn kiểm tra cũng kiểm tra …": "cũng" after the name
		}
		name := strings.TrimSpace(string(rs[at:end]))
		list := strings.Contains(name, ",") && namesBodies(f[at:end])
		if name == "" || runesOver(name, 80) && !list || strings.ContainsAny(name, ";:") || strings.Contains(name, ",") && !list || hasAnyPrefix(rest, asTitles) ||
			containsAny(" "+f[at:end]+" ", paNotNameWords) || speaksOrAims(rs[at:end], f[at:end]) {
			return nil, 0, false
		}
		return []string{name}, end, true
	}
	for _, h := range asBackHeads {
		if strings.HasPrefix(rest, h+" cung ") || strings.HasPrefix(rest, h+" se ") {
			return []string{string(rs[at : at+len(h)])}, at + len(h), true // "đoàn cũng kiểm tra …": the team named before (withBodiesReferredTo)
		}
	}
	for _, h := range paPlaceHeads {
		if rest == h || strings.HasPrefix(rest, h+" ") {
			end := at + len(h)
			for end < len(f) && f[end] == ' ' && end+1 < len(rs) && unicode.IsUpper(rs[end+1]) {
				end = wordEnd(f, end+1) // "tỉnh Hậu Giang"
			}
			if strings.HasPrefix(f[end:], " nay ") && rs[end+2] == 'à' {
				end += len(" nay") // "tỉnh này sẽ …"
			}
			return nil, end, true
		}
	}
	var ends []int // the ends of up to three capitalised words at at
	for i := at; len(ends) < 3 && i < len(f) && unicode.IsUpper(rs[i]); i++ {
		i = wordEnd(f, i)
		ends = append(ends, i)
		if i >= len(f) || f[i] != ' ' {
			break
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if _, ok := canonicalProvince(string(rs[at:ends[k]])); ok {
			return nil, ends[k], true // "Lâm Đồng cũng chú trọng …"
		}
	}
	return nil, 0, false
}

// namesBodies reports whether the folded words of a subject apart by
// commas list bodies: a part after a comma opens as a body does ("Các sở,
// ban ngành, Ủy ban nhân dân các huyện, thành phố …"), and the list is at
// most 160 bytes long.
func namesBodies(f string) bool {
	if len(f) > 160 {
		return false
	}
	parts := strings.Split(f, ",")
	return slices.ContainsFunc(parts[1:], func(p string) bool { return startsAgency(strings.TrimSpace(p)) })
}

// wordEnd returns the offset after the word of f at i.
func wordEnd(f string, i int) int {
	for i < len(f) && f[i] != ' ' && f[i] != ',' && f[i] != ';' && f[i] != '.' {
		i++
	}
	return i
}

// trimAction returns an action without the stop at its end.
func trimAction(s string) string {
	return strings.TrimRight(strings.TrimSpace(s), " .,")
}

// verbClauses cuts an action at its semicolons where the clause after one
// opens with a duty's verb ("Hoàn thành … ; xây dựng và hoàn thiện …"),
// not where it goes on with a list of nouns ("… về nông nghiệp; giáo
// dục; …").
//
// A list of short items ("… các cơ sở dữ liệu về nông nghiệp; giáo dục;
// y tế") is not cut, whatever word its items open with.
func verbClauses(action string) []string {
	parts := strings.Split(action, ";")
	for _, part := range parts[1:] {
		if len(strings.Fields(part)) <= 4 {
			return []string{trimAction(action)}
		}
	}
	var out []string
	for k, part := range parts {
		t := strings.TrimSpace(part)
		if k > 0 && len(out) > 0 && !opensWithDutyVerb(asciiFold([]rune(t))) {
			out[len(out)-1] += "; " + t
			continue
		}
		if t != "" {
			out = append(out, trimAction(t))
		}
	}
	return out
}

// withPlannedActions adds to the tasks read from assignments the planned
// actions on the lines none of them stands on, in the order of their
// lines.
func withPlannedActions(p *page, roles []string, year int, tasks []dataset.Task) []dataset.Task {
	taken := make(map[int]bool, len(tasks))
	for _, t := range tasks {
		taken[t.Source.Line] = true
	}
	return withBodiesReferredTo(mergedByLine(tasks, plannedActions(p, roles, year, taken)))
}

// headline reports whether line i is a press item's headline: the first
// line of the text with words on it, without a stop at its end.
//
// A line that repeats the headline (a photo's caption: "… đến 2025 - 1")
// is one too.
func headline(p *page, i int) bool {
	first := p.first
	if first < 0 || first > i {
		return false
	}
	head := strings.TrimRight(strings.TrimSpace(p.lines[first]), " *")
	if head != "" && !strings.HasSuffix(head, ".") && !holdsSentenceEnd(head) && (first == i || strings.HasPrefix(strings.TrimSpace(p.lines[i]), head)) {
		return true
	}
	return subheading(p, i)
}

// holdsSentenceEnd reports whether a line holds the end of a sentence
// and the start of the next ("… tại tất cả 124 Trung tâm … cấp xã. Đ"):
// a paragraph of the item cut at the store's line, no headline.
func holdsSentenceEnd(line string) bool {
	rs := []rune(line)
	for k := 0; k+2 < len(rs); k++ {
		if rs[k] == '.' && rs[k+1] == ' ' && unicode.IsUpper(rs[k+2]) && k > 0 && unicode.IsLower(rs[k-1]) {
			return true
		}
	}
	return false
}

// subheading reports whether line i is a press item's sub-heading: a
// line standing alone between blank lines, without a stop at its end or
// a list's marker at its start, of at most 150 runes ("Đồng Tháp sẽ xây
// dựng các hợp tác xã có ứng dụng công nghệ …").
func subheading(p *page, i int) bool {
	t := strings.TrimSpace(p.lines[i])
	if t == "" || runesOver(t, 150) || strings.HasSuffix(strings.TrimRight(t, " *"), ".") || startsItem(t) || strings.HasPrefix(t, "-") {
		return false
	}
	if connectorEnd(p.fold[i]) > 0 {
		return false // "Mặt khác, sẽ tiếp tục …" (cut): a sentence going on from the one before
	}
	blank := func(k int) bool { return k < 0 || k >= len(p.lines) || strings.TrimSpace(p.lines[k]) == "" }
	return blank(i-1) && blank(i+1)
}
