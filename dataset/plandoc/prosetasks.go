package plandoc

import (
	"maps"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
)

// Task lists in prose.
//
// A plan without an annex table or duties section may list its tasks as
// paragraphs under a tasks heading ("II. NỘI DUNG, NHIỆM VỤ CẢI CÁCH HÀNH
// CHÍNH", "1. Công tác chỉ đạo, điều hành"), each with its own lines for
// the lead agency, partners, timing and product ("Cơ quan chủ trì: …",
// "Thời gian: …"). Each paragraph is a task of the subsection it stands
// under.

// ptFieldRe matches a field line of a prose task and names the field:
// "- Cơ quan chủ trì: …", "Thời hạn: …", "*Đơn vị chủ trì thực hiện: *…",
// "**Thời gian hoàn thành:** …" (the emphasis marks around the label are
// dropped).
var ptFieldRe = regexp.MustCompile(`^(?:[a-zđ]\)\s*)?(?:[-+•*_]\s*)*(?:(?:co quan|don vi)(?:\s*[,/]\s*(?:co quan|don vi))?\s+)?(chu tri(?: tham muu)?|thuc hien|trach nhiem(?: thuc hien)?|phoi hop|thoi gian(?: thuc hien| hoan thanh| du kien(?: hoan thanh)?)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?|san pham(?:\s*[/,]\s*ket qua)?|ket qua(?: du kien| dau ra)?(?:\s*[/,]\s*san pham)?|kinh phi|nguon kinh phi)(?:\s+thuc hien)?\s*[*_]*\s*:\s*[*_]*\s*`)

// ptTaskFieldRe matches the line that gives a task's own text as a field
// ("a) Nhiệm vụ: Tham mưu …", "- Nội dung:", "a) Hoạt động: Rà soát …",
// "**Tên nhiệm vụ:**"): the task opens there and the dashed items under
// it are its parts.
var ptTaskFieldRe = regexp.MustCompile(`^(?:[a-zđ]\)\s*)?(?:[-+•*_]\s*)*(?:(?:ten )?nhiem vu(?: cu the)?|noi dung(?: nhiem vu| cong viec)?|(?:ten )?hoat dong|cong viec)\s*[*_]*\s*:\s*[*_]*\s*`)

// proseTasks reads the task paragraphs of the lines whose role is a task
// section, up to the recipients of the document (tkRecipients).
func proseTasks(p *page, roles []string, year int) []dataset.Task {
	memo := newTaskMemo(year)
	var out []dataset.Task
	var cur *dataset.Task
	section := ""
	flush := func() {
		if cur != nil {
			if len(cur.Lead) == 0 && len(cur.Partners) == 0 {
				bracketFields(cur, memo, year)
			}
			cur.Lead, cur.Partners = nonNil(cur.Lead), nonNil(cur.Partners)
			out = append(out, *cur)
		}
		cur = nil
	}
	duties := false         // under "TỔ CHỨC THỰC HIỆN", read by extractDuties
	var field, value string // the field line read last, for a value broken over lines
	inTask := false         // under "Nhiệm vụ:", whose dashed items are one task
	var head *dataset.Task  // the numbered heading read last, a task if field lines follow it
	// A block: the dashed items read since the heading or since the last
	// block of field lines, which one block of field lines makes one task
	// (see mergeBlock).
	var blk fieldBlock
	// The task a heading became with the one dashed item of its first
	// block (merge), and that item: when a second block follows under
	// the same heading, the heading only names a group and the item is
	// the task ("1. Cải cách thể chế" / "- Rà soát …" / "Cơ quan chủ trì:
	// …" / "- Kiểm tra …" / "Cơ quan chủ trì: …").
	groupAt, groupItem := -1, dataset.Task{}
	recipients := false // in the recipients and signature of a document
	for i := 0; i < len(p.lines); i++ {
		line := trimCell(p.lines[i])
		if tkRecipients.MatchString(p.fold[i]) {
			// "Nơi nhận:": recipients and signature, no task, up to the
			// next section (a decision's recipients stand above the plan
			// it issues).
			flush()
			field, inTask, head, recipients = "", false, nil, true
			continue
		}
		if recipients {
			if level, _ := p.headingAt(i); level != 1 || romanAt(strings.Trim(line, "* ")) == "" {
				continue
			}
			recipients = false
		}
		if roles[i] != roleTask || p.skip[i] || line == "" {
			continue
		}
		wrapped := wrapsAbove(p, i)
		if wrapped && cur == nil && field == "" {
			continue // "1. Hoàn thành mục tiêu đưa vào" / "khai thác trên …": the heading goes on
		}
		if capsWrapOfHeading(p, i) {
			continue // "DUNG**" under "**II. NỘI": the heading read on its first line
		}
		if level, k := p.headingAt(i); level > 0 && !wrapped && !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ";") {
			k = p.wrappedHeading(i, k, p.key)
			flush()
			field, inTask, groupAt = "", false, -1
			end := boldHeadingEnd(p, i)
			head = headingTask(joinedLines(p, i, end), section, i)
			blk = fieldBlock{start: len(out), head: head}
			i = end
			if level == 1 {
				duties = strings.HasPrefix(k, "to chuc thuc hien")
			}
			if level == 2 || section == "" {
				section = line
			}
			continue
		}
		if duties {
			continue
		}
		if onlyNamesIndex(line) {
			// "1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ
			// sở”.": the index the tasks under it raise, no task.
			flush()
			field, inTask, head = "", false, nil
			continue
		}
		f := strings.TrimLeft(p.fold[i], " -+•*_")
		if jl, jf, ok := brokenFieldLabel(p, i, f); ok {
			// "*Đơn vị chủ trì tham mưu thực" / "hiện: *Sở Tư pháp."
			line, f = jl, jf
			i++
		}
		if sm := ptTaskFieldRe.FindStringIndex(f); sm != nil {
			flush()
			field, inTask = "", true
			code, _ := itemMarker(line)
			cur = &dataset.Task{Code: code, Section: section, Task: valueAfter(line, f, sm[1]), Source: dataset.Source{Line: i + 1, Text: line}}
			blk.mixed = true // the task is the labelled one
			continue
		}
		sm := ptFieldRe.FindStringSubmatchIndex(f)
		isField := sm != nil
		if isField && cur == nil && head != nil {
			cur, section = head, head.Section // "1. Công khai thủ tục hành chính" / "- Cơ quan chủ trì: …"
		}
		head = nil
		if isField && cur != nil && !blk.inFields {
			item := *cur
			cur, out = blk.merge(cur, out)
			blk.inFields = true
			if blk.head != nil && blk.dashes == 1 && cur.Source.Line != item.Source.Line && groupHeading(blk.head.Task) {
				groupAt, groupItem = len(out), item // the heading's task, flushed next
			}
		}
		if isField && cur != nil {
			field, value, inTask = f[sm[2]:sm[3]], valueAfter(line, f, sm[1]), false
			field, value = setProseFields(cur, field, value, memo)
			continue
		}
		if field != "" && cur != nil && !startsItem(line) && (value == "" || !endsSentence(p.lines[i-1])) {
			// "Sở Khoa học" / "và Công nghệ.", or the value on a line of
			// its own under its label ("- Cơ quan chủ trì:" / "Sở Nội vụ").
			value = strings.TrimSpace(value + " " + strings.TrimRight(strings.Trim(line, " *_"), " .;"))
			setProseField(cur, field, value, memo)
			continue
		}
		field = ""
		if blk.inFields {
			blk = fieldBlock{start: -1} // the block has ended: the next starts at the next task
		}
		if inTask && cur != nil {
			text := strings.TrimSpace(strings.TrimLeft(line, "-+•* "))
			switch {
			case cur.Task == "":
				cur.Task = text
			case startsItem(line):
				cur.Task += "; " + text
			default:
				cur.Task += " " + text
			}
			continue
		}
		if name, label := fieldLabelAbove(p, i); cur != nil && name != "" && !startsItem(line) {
			// "Sở Tư pháp chủ trì … pháp luật. Thời gian hoàn thành:" /
			// "Quý IV/2026.": the field's value under its label, which
			// closed the task's paragraph.
			cur.Task = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(cur.Task), label))
			field, value = setProseFields(cur, name, strings.TrimRight(strings.Trim(line, " *_"), " .;"), memo)
			continue
		}
		if cur != nil && (wrapped || !startsItem(line) && (!endsSentence(textAbove(p, i)) || opensLower(line))) {
			cur.Task += " " + strings.TrimSpace(line) // a wrapped line; "… địa phương;" / "giữa các cấp …": the item goes on
			continue
		}
		flush()
		code, text := itemMarker(line)
		cur = &dataset.Task{Code: code, Section: section, Task: text, Source: dataset.Source{Line: i + 1, Text: line}}
		if groupAt >= 0 && groupAt < len(out) && blk.start < 0 && code == "" && tgBulletRe.MatchString(line) {
			// A second block under the heading: its first block's item
			// was the task, the heading its group.
			g := &out[groupAt]
			section = g.Source.Text // the group's heading
			g.Task, g.Code, g.Source, g.Section = groupItem.Task, groupItem.Code, groupItem.Source, section
			cur.Section = section
			groupAt = -1
		}
		if blk.start < 0 {
			blk.start = len(out)
		}
		switch {
		case code == "" && tgBulletRe.MatchString(line):
			blk.dashes++
		case code != "" || blk.dashes == 0:
			// A numbered or lettered item, or a paragraph under the
			// heading: a task of its own. A line without a marker after
			// a dash continues that dash's item.
			blk.mixed = true
		}
	}
	flush()
	return dropReportedParagraphs(withHeadingBodies(p, withBodyItems(fieldParagraphsJoined(out, memo), memo), memo))
}

// fieldLabelRunes is how many runes of a paragraph are read for a
// field's label.
const fieldLabelRunes = 60

// fieldParagraphsJoined gives a task the fields that paragraphs read as
// tasks of their own state ("Thời" / "gian hoàn thành: Tháng 12/2025."
// below a dashed duty, a label broken over lines) and leaves those
// paragraphs out: a field is no task.
func fieldParagraphsJoined(tasks []dataset.Task, memo *taskMemo) []dataset.Task {
	out := tasks[:0]
	for _, t := range tasks {
		if len(out) == 0 || len(t.Lead) > 0 || t.Code != "" {
			out = append(out, t)
			continue
		}
		text := strings.TrimSpace(t.Task)
		f := foldKeep(firstRunes(text, fieldLabelRunes)) // a label stands at the start
		if sm := ptFieldRe.FindStringSubmatchIndex(f); sm != nil {
			setProseFields(&out[len(out)-1], f[sm[2]:sm[3]], valueAfter(text, f, sm[1]), memo)
			continue
		}
		out = append(out, t)
	}
	return out
}

// withHeadingBodies gives each task that has no lead the bodies the
// numbered heading above it names when that heading names nothing else
// ("*1.2.*" / "*Sở Tài chính - Cơ quan thường trực Ban Chỉ đạo*" over
// dashed duties, under "IV. NHIỆM VỤ CỤ THỂ"): the nearest numbered
// line above the task, within headingBodiesReach lines, decides.
func withHeadingBodies(p *page, tasks []dataset.Task, memo *taskMemo) []dataset.Task {
	for k := range tasks {
		t := &tasks[k]
		if len(t.Lead) > 0 || t.Code != "" {
			continue
		}
		for j := t.Source.Line - 2; j >= 0 && j >= t.Source.Line-1-headingBodiesReach; j-- {
			line := strings.TrimSpace(withoutEmphasis(p.lines[j]))
			if line == "" || !startsItem(line) || bulletAt(line) {
				continue
			}
			if bodies := headingBodies(p, j, line); bodies != "" {
				t.Lead = memo.agencies(bodies)
			}
			break
		}
	}
	return tasks
}

// headingBodiesReach is how many lines above a task its body's heading
// may stand.
const headingBodiesReach = 60

// ptSubHeadingRe matches a sub-numbered heading, its text (group 1) maybe
// on the next line: "1.2. Sở Tài chính", "1.2.".
var ptSubHeadingRe = regexp.MustCompile(`^\d{1,2}\.\d{1,2}\.?(?:\s+(.*))?$`)

// headingBodies returns the bodies a numbered heading at line j names
// when it names nothing else, its number maybe alone on its line with
// the name on the next ("1.2." / "Sở Tài chính - Cơ quan thường trực Ban
// Chỉ đạo": the body, then its role after the dash); "" otherwise.
func headingBodies(p *page, j int, line string) string {
	m := ptSubHeadingRe.FindStringSubmatch(line)
	if m == nil {
		return ""
	}
	text := strings.TrimSpace(m[1])
	if text == "" && j+1 < len(p.lines) {
		text = strings.TrimSpace(withoutEmphasis(p.lines[j+1]))
	}
	return headingBodiesOf(text)
}

// withBodyItems returns the tasks with each lettered or numbered item, or
// paragraph ("Đề nghị Ủy ban nhân dân xã, phường, đặc khu"), that only
// names bodies ("a) Ủy ban nhân dân các tỉnh, thành phố trực thuộc
// trung ương", "c) Đề nghị Trung ương Mặt trận Tổ quốc Việt Nam") over
// dashed items left out, its bodies the lead of the dashed items under it
// that name none of their own.
func withBodyItems(tasks []dataset.Task, memo *taskMemo) []dataset.Task {
	out := tasks[:0]
	var lead []string
	for k, t := range tasks {
		if t.Code != "" || !dashedTask(t) {
			lead = nil
			if bodies := onlyBodies(t.Task); bodies != "" && len(t.Lead) == 0 && k+1 < len(tasks) && tasks[k+1].Code == "" && dashedTask(tasks[k+1]) {
				lead = splitAgencies(bodies, memo.agency)
				continue
			}
		} else if len(lead) > 0 && len(t.Lead) == 0 {
			t.Lead = append([]string{}, lead...)
		}
		out = append(out, t)
	}
	return out
}

// dashedTask reports whether a task was read from a dashed item ("- …",
// "+ …").
func dashedTask(t dataset.Task) bool {
	return bulletAt(strings.TrimLeft(t.Source.Text, " \t*_"))
}

// groupHeading reports whether a numbered heading names a field of work
// rather than a duty: an area of the reform ("Cải cách thể chế", "Công
// tác chỉ đạo, điều hành") or words that open no duty ("Hạ tầng số"). A
// heading that opens with the verb of a duty ("Nâng cao năng lực …") is
// one.
func groupHeading(text string) bool {
	f := asciiFold([]rune(strings.TrimSpace(strings.Trim(text, " *_"))))
	if runesOver(f, 120) {
		return false
	}
	if hasAnyPrefix(f, []string{"cai cach ", "cong tac ", "xay dung chinh quyen", "xay dung va phat trien chinh quyen", "phat trien chinh quyen"}) {
		for _, a := range tgAreas {
			if strings.Contains(f, a.words) {
				return true
			}
		}
	}
	return !opensWithDutyVerb(f)
}

// bracketFields gives a task the lead, partners and time that the
// bracket closing its text states, and takes the bracket off the task:
// "Rà soát văn bản … (Sở Tư pháp chủ trì, phối hợp với các sở, ngành;
// thời gian: Quý II/2026)." or "(Cơ quan chủ trì: Sở Tư pháp; thời gian
// hoàn thành: tháng 10/2026)". A bracket that names no lead is left as
// it is.
func bracketFields(t *dataset.Task, memo *taskMemo, year int) {
	text := strings.TrimRight(strings.TrimSpace(t.Task), " .;")
	if !strings.HasSuffix(text, ")") {
		return
	}
	open := strings.LastIndexByte(text, '(')
	if open <= 0 || strings.ContainsAny(text[open+1:len(text)-1], "()") {
		return
	}
	inner := strings.TrimSpace(text[open+1 : len(text)-1])
	var got dataset.Task
	if f := foldKeep(inner); ptFieldRe.MatchString(f) {
		sm := ptFieldRe.FindStringSubmatchIndex(f)
		setProseFields(&got, f[sm[2]:sm[3]], valueAfter(inner, f, sm[1]), memo)
	} else if ts := sentenceAssignments(inner, memo, year, true); len(ts) > 0 && bracketNamesLead(inner, ts[0].Lead) {
		got = ts[0]
		parts := strings.Split(inner, ";")
		if len(got.Partners) == 0 {
			got.Partners = bracketPartners(parts[0], memo)
		}
		for _, part := range parts[1:] {
			if d := memo.deadline(strings.TrimSpace(part)); got.Deadline.Text == "" && d.Kind != "" {
				got.Deadline = d // "(UBND các xã thực hiện; thường xuyên)"
			}
		}
	}
	if len(got.Lead) == 0 {
		return
	}
	t.Lead, t.Partners = got.Lead, got.Partners
	if t.Deadline.Text == "" {
		t.Deadline = got.Deadline
	}
	if t.Product == "" {
		t.Product = got.Product
	}
	t.Task = strings.TrimSpace(text[:open])
}

// bracketPartners returns the partners a bracket's clause names after
// "phối hợp với", up to the clause's end ("Sở Tư pháp chủ trì, phối hợp
// với các sở, ngành").
func bracketPartners(clause string, memo *taskMemo) []string {
	fr := tkFoldRunes(clause)
	m := tkPartner.FindStringIndex(fr.s)
	if m == nil {
		return nil
	}
	return splitAgencies(strings.TrimRight(clause[fr.orig(m[1]):], " .,"), memo.agency)
}

// bracketNamesLead reports whether a bracket after a task opens with the
// lead read from it and says that it leads ("Sở Tư pháp chủ trì",
// "Sở Nội vụ thực hiện"), not a body the task only mentions ("(theo
// hướng dẫn của Bộ Nội vụ)").
func bracketNamesLead(inner string, lead []string) bool {
	l, rest := dutyLead(inner)
	if l == "" || len(lead) == 0 {
		return false
	}
	f := tkFold(rest)
	return hasAnyPrefix(f, []string{"chu tri", "thuc hien", "chiu trach nhiem", "tham muu", "trien khai"})
}

// withStatedLeads gives each task of a prose task list that no field line
// gave a lead the lead its first sentence states (statedLead). Only for a
// list that stands alone: beside an annex or a duties section, a prose
// task counts as one of its own by its field lines (addFieldTasks).
func withStatedLeads(tasks []dataset.Task, year int) []dataset.Task {
	memo := newTaskMemo(year)
	for k := range tasks {
		statedLead(&tasks[k], memo, year)
	}
	return tasks
}

// statedLead gives a task item that no field line gave a lead or
// partners the bodies its first sentence assigns it to or opens with
// ("c) Bộ Quốc phòng chỉ đạo các quân khu hỗ trợ …", "b) Giao Sở Xây
// dựng chủ trì, phối hợp với …"), and the deadline that sentence states
// when it has none.
func statedLead(t *dataset.Task, memo *taskMemo, year int) {
	if len(t.Lead) > 0 || len(t.Partners) > 0 {
		return
	}
	rs := []rune(t.Task)
	ss := sentencesOf(rs)
	if len(ss) == 0 {
		return
	}
	ts := sentenceAssignments(strings.TrimSpace(string(rs[ss[0].from:ss[0].to])), memo, year, true)
	if len(ts) == 0 || len(ts[0].Lead) == 0 || listOpensLead(ts[0].Lead) {
		return
	}
	t.Lead, t.Partners = ts[0].Lead, ts[0].Partners
	if t.Deadline.Text == "" {
		t.Deadline = ts[0].Deadline
	}
}

// listOpensLead reports whether a lead read from a sentence holds the
// colon that opens a list of places ("UBND các tỉnh, thành phố: Tuyên
// Quang, Đồng Nai …"): the bodies are named by the list, which the
// sentence reader does not spell out.
func listOpensLead(lead []string) bool {
	for _, name := range lead {
		if strings.Contains(name, ":") {
			return true
		}
	}
	return false
}

// wrapsAbove reports whether line i of a hard-wrapped text goes on with
// the line right above it (or the page's last before a page break:
// lineAbove), which ends no sentence: it opens in lower case
// but not with an item's letter ("khai thác trên 3.000 km …" under "1.
// Hoàn thành mục tiêu đưa vào"), or with a number that is no item's
// marker but a date's or a count's part ("12 năm 2025." under "… vào
// ngày 19 tháng").
func wrapsAbove(p *page, i int) bool {
	above := strings.TrimSpace(textAbove(p, i))
	if above == "" || endsSentence(above) {
		return false
	}
	line := strings.TrimLeft(strings.TrimSpace(p.lines[i]), "*_")
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(r) && !startsItem(line) || ptBareNumberRe.MatchString(line)
}

// textAbove returns the line that line i goes on from when a sentence
// runs over them (lineAbove): the line right above, or the page's last
// before a page break; "" when none.
func textAbove(p *page, i int) string {
	if k := lineAbove(p.lines, i); k >= 0 {
		return p.lines[k]
	}
	return ""
}

// opensLower reports whether a line opens with a small letter (emphasis
// marks passed over): no task or sentence starts so.
func opensLower(line string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(strings.TrimSpace(line), "*_"))
	return unicode.IsLower(r)
}

// ptBareNumberRe matches a line that opens with a number followed by a
// word, not by the dot or bracket of an item's marker: "12 năm 2025.",
// "04 tháng 9 năm 2025; …".
var ptBareNumberRe = regexp.MustCompile(`^\d{1,4}\s+\pL`)

// ptIndexNameRe matches a line that only names an index, numbered or
// not: "1.1. Chỉ số nội dung “Tham gia của người dân ở cấp cơ sở”.",
// "Chỉ số thành phần 3: Công khai, minh bạch".
var ptIndexNameRe = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*\.?\s*)?(?i:chỉ số)(?:\s+(?:nội dung|thành phần|con))?(?:\s+(?:số\s+)?\d{1,2})?\s*(?:[“"«][^”"»]{1,120}[”"»]|:\s*[^.;:“"«]{1,100})\s*[.:]?$`)

// onlyNamesIndex reports whether a line of a task section only names the
// index the tasks under it raise (ptIndexNameRe), with no verb of a duty.
func onlyNamesIndex(line string) bool {
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*_"))
	if !ptIndexNameRe.MatchString(line) {
		return false
	}
	f := asciiFold([]rune(line))
	return firstVerb(" "+f, 0) == len(f)+1
}

// joinedLines returns lines from to to (inclusive) of the page, trimmed
// and joined by spaces.
func joinedLines(p *page, from, to int) string {
	if from == to {
		return trimCell(p.lines[from])
	}
	parts := make([]string, 0, to-from+1)
	for j := from; j <= to; j++ {
		parts = append(parts, strings.TrimSpace(p.lines[j]))
	}
	return strings.Join(parts, " ")
}

// fieldBlock is the run of dashed items a block of field lines closes:
// where its tasks start in the tasks read (-1 before its first), the
// numbered heading above it when it is the first block under that
// heading, how many dashed items it holds, whether an item of it is not
// dashed, and whether its field lines are being read.
type fieldBlock struct {
	start    int
	head     *dataset.Task
	dashes   int
	mixed    bool
	inFields bool
}

// merge makes the dashed items of a block one task when its first field
// line is read: the heading's for the first block under a numbered
// heading ("1. Rà soát, kiện toàn …" / "- …" / "- …" / "*Đơn vị chủ trì
// thực hiện:* …"), the first dash's for a further block of the same item
// that holds several. cur is the task being read (the last dash) and out
// the tasks read; it returns them as they become. A block with an item
// that is not dashed is left as it is: each item its own task.
func (b *fieldBlock) merge(cur *dataset.Task, out []dataset.Task) (*dataset.Task, []dataset.Task) {
	if b.mixed || b.start < 0 || b.start > len(out) {
		return cur, out
	}
	switch {
	case b.head != nil:
		h := *b.head
		return &h, out[:b.start]
	case b.start < len(out):
		first := out[b.start]
		return &first, out[:b.start]
	}
	return cur, out
}

// brokenFieldLabel reads a field line whose label is broken over two
// lines ("*Đơn vị chủ trì tham mưu thực" / "hiện: *Sở Tư pháp."): line i
// has no colon and only the label's first words, and the two lines
// joined open with a field label. It returns the joined line and its
// fold (trimmed as proseTasks trims them).
func brokenFieldLabel(p *page, i int, f string) (line, fold string, ok bool) {
	if i+1 >= len(p.lines) || strings.Contains(f, ":") || len(f) > 60 || ptFieldRe.MatchString(f) {
		return "", "", false
	}
	if !strings.HasPrefix(f, "don vi") && !strings.HasPrefix(f, "co quan") && !strings.HasPrefix(f, "thoi gian") {
		return "", "", false
	}
	next := trimCell(p.lines[i+1])
	if next == "" || !strings.Contains(next, ":") {
		return "", "", false
	}
	line = trimCell(p.lines[i]) + " " + next
	fold = strings.TrimLeft(asciiFold([]rune(line)), " -+•*_")
	if sm := ptFieldRe.FindStringIndex(fold); sm == nil || sm[1] <= len(f) {
		return "", "", false
	}
	return line, fold, true
}

// hasFields reports whether a task has any of the fields a field line or
// a table cell gives it: lead, partners, deadline or product.
func hasFields(t dataset.Task) bool {
	return len(t.Lead) > 0 || len(t.Partners) > 0 || t.Deadline.Text != "" || t.Product != ""
}

// addFieldTasks adds to tasks the prose tasks that have field lines of
// their own (a lead, partners, a time or a product), or that stand in a
// section of tasks and solutions (underDutiesHeading) of a text without
// an annex of tasks (which tables its tasks there; its body's section says
// what they serve), and stand on a line no task of tasks stands on, in the
// order of their lines; an added task that no field line gave a lead
// takes the one its first sentence states (statedLead).
func addFieldTasks(p *page, tasks, prose []dataset.Task, year int) []dataset.Task {
	taken := make(map[int]bool, len(tasks))
	for _, t := range tasks {
		taken[t.Source.Line] = true
	}
	var add []dataset.Task
	contents := map[int][]dataset.Task{} // the prose tasks under each contents heading (contentHeadingAbove)
	annex := -1                          // whether the text has an annex of tasks, read once when needed
	for _, t := range prose {
		if taken[t.Source.Line] {
			continue
		}
		if hasFields(t) {
			add = append(add, t)
			continue
		}
		if annex < 0 {
			annex = 0
			if p.taskAnnex() {
				annex = 1
			}
		}
		if annex == 0 && underDutiesHeading(p, t.Source.Line-1) {
			add = append(add, t)
			continue
		}
		if annex == 0 {
			if h := contentHeadingAbove(p, t.Source.Line-1); h >= 0 {
				contents[h] = append(contents[h], t)
			}
		}
	}
	for _, h := range slices.Sorted(maps.Keys(contents)) {
		ts := contents[h]
		if !dutyList(ts) || sectionNamesAnnex(p, h) {
			continue // "(Nhiệm vụ cụ thể tại Phụ lục đính kèm)": the contents describe, the annex lists the tasks
		}
		for _, t := range ts {
			if opensDutyItem(t.Task) {
				add = append(add, t) // "III. NỘI DUNG CỦA KẾ HOẠCH" / "- Triển khai …", "- Củng cố …"
			}
		}
	}
	return mergedByLine(tasks, withStatedLeads(add, year))
}

// mergedByLine returns tasks with add among them in the order of their
// lines (tasks themselves when add is empty).
func mergedByLine(tasks, add []dataset.Task) []dataset.Task {
	if len(add) == 0 {
		return tasks
	}
	out := append(append(make([]dataset.Task, 0, len(tasks)+len(add)), tasks...), add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Source.Line < out[b].Source.Line })
	return out
}

// headingTask is the task a numbered heading at line i names when field
// lines ("Cơ quan chủ trì: …", "Thời gian: …") follow it directly: the
// heading's text, of the section it stands in. A heading without a number
// or letter names no task.
func headingTask(line, section string, i int) *dataset.Task {
	code, text := itemMarker(strings.Trim(strings.TrimSpace(line), "*"))
	if code == "" || text == "" {
		return nil
	}
	return &dataset.Task{Code: code, Section: section, Task: strings.TrimRight(text, " :*"), Source: dataset.Source{Line: i + 1, Text: line}}
}

// boldHeadingEnd returns the last line of the heading at line i: a bold
// heading broken over lines ("**1.1. Xây" / "dựng các Chiến lược …:**")
// ends on the line that closes its bold, at most two lines on.
func boldHeadingEnd(p *page, i int) int {
	t := strings.TrimSpace(p.lines[i])
	if !strings.HasPrefix(t, "**") || strings.Contains(t[2:], "**") {
		return i
	}
	for j := i + 1; j < len(p.lines) && j <= i+2; j++ {
		if strings.Contains(p.lines[j], "**") {
			return j
		}
	}
	return i
}

// itemMarker splits the number or letter that opens a task item ("a)",
// "1.2.") from its text; a bullet is dropped.
func itemMarker(line string) (code, text string) {
	if sm := tgLetterRe.FindStringSubmatch(line); sm != nil {
		return sm[1], strings.TrimSpace(line[len(sm[0]):])
	}
	if n := numberedAt(line); n != "" {
		return strings.TrimRight(strings.TrimSpace(n), ".)"), strings.TrimSpace(line[len(n):])
	}
	return "", strings.TrimSpace(strings.TrimLeft(line, "-+•* "))
}

// valueAfter returns the text of line after the field name, which ends at
// byte off of its fold f.
func valueAfter(line, f string, off int) string {
	// The fold keeps one rune per rune: count runes, not bytes.
	n := len([]rune(f[:off]))
	rs := []rune(strings.TrimLeft(line, " -+•*_"))
	if n > len(rs) {
		return ""
	}
	return strings.TrimRight(strings.TrimSpace(string(rs[n:])), " .;")
}

// setProseFields sets the field a field line names to value, and the
// fields it names after semicolons ("Cơ quan chủ trì: Văn phòng Sở; Cơ
// quan phối hợp: Các phòng; Thời gian: Thường xuyên") to theirs; a part
// after a semicolon that names no field stays in the value before it
// ("Sở Nội vụ; Sở Tư pháp"). It returns the last field and its value,
// which a wrapped line goes on.
func setProseFields(t *dataset.Task, field, value string, memo *taskMemo) (string, string) {
	if strings.Contains(value, ";") {
		parts := strings.Split(value, ";")
		value = parts[0]
		for _, part := range parts[1:] {
			pf := foldKeep(strings.TrimSpace(part))
			if sm := ptFieldRe.FindStringSubmatchIndex(pf); sm != nil {
				setProseField(t, field, strings.TrimSpace(value), memo)
				field, value = pf[sm[2]:sm[3]], valueAfter(strings.TrimSpace(part), pf, sm[1])
				continue
			}
			value += ";" + part
		}
	}
	setProseField(t, field, strings.TrimRight(strings.TrimSpace(value), " .;"), memo)
	return field, value
}

// bodiesOfValue returns the bodies a lead field names when its value
// goes on to say what they do ("Cơ quan thực hiện: Sở Khoa học và Công
// nghệ tiến hành rà soát …; các sở, ngành liên quan rà soát …"): the
// bodies before the first clause's verb; the value as it is otherwise.
func bodiesOfValue(value string) string {
	first, _, _ := strings.Cut(value, ";")
	if l, text := dutyLead(first); l != "" && text != "" && strings.HasPrefix(first, l) {
		return l
	}
	return value
}

// setProseField sets the field a field line names.
func setProseField(t *dataset.Task, field, value string, memo *taskMemo) {
	switch {
	case strings.HasPrefix(field, "chu tri") || field == "thuc hien" || strings.HasPrefix(field, "trach nhiem"):
		t.Lead = memo.agencies(bodiesOfValue(value))
	case field == "phoi hop":
		t.Partners = memo.agencies(value)
	case strings.HasPrefix(field, "thoi") || strings.HasPrefix(field, "tien do"):
		t.Deadline = memo.deadline(value)
	case strings.HasPrefix(field, "san pham") || strings.HasPrefix(field, "ket qua"):
		t.Product = value
	default:
		t.Budget = ParseBudget(value, "")
	}
}

// startsItem reports whether a line opens an item: a number, a letter or
// a bullet.
func startsItem(line string) bool {
	return numberedAt(line) != "" || tgLetterRe.MatchString(line) || tgBulletRe.MatchString(line)
}

// fieldLabelAbove returns fieldLabelAtEnd of the line above line i.
func fieldLabelAbove(p *page, i int) (field, label string) {
	if i == 0 {
		return "", ""
	}
	return fieldLabelAtEnd(p.lines[i-1], p.fold[i-1])
}

// fieldLabelAtEnd returns the field whose label and colon end a line
// (folded being its fold), its value on the next line ("Sở Tư pháp chủ
// trì …. Thời gian hoàn thành:"), and the label as the line writes it;
// "" and "" when the line ends otherwise.
func fieldLabelAtEnd(line, folded string) (field, label string) {
	f := strings.TrimRight(folded, " *_")
	if !strings.HasSuffix(f, ":") {
		return "", ""
	}
	from := strings.LastIndexAny(f, ".;") + 1
	for from < len(f) && f[from] == ' ' {
		from++
	}
	sm := ptFieldRe.FindStringSubmatchIndex(f[from:])
	if sm == nil || from+sm[1] != len(f) {
		return "", ""
	}
	// The fold keeps one rune per rune: the label starts as many runes in.
	rs := []rune(line)
	n := utf8.RuneCountInString(folded[:from])
	if n > len(rs) {
		return "", ""
	}
	return f[from+sm[2] : from+sm[3]], strings.TrimSpace(string(rs[n:]))
}

// endsSentence reports whether a line ends a sentence or a list item.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " |*")
	return line == "" || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ";") || strings.HasSuffix(line, ":") ||
		strings.HasSuffix(line, ".”") || strings.HasSuffix(line, ".\"")
}

// Assignments in prose: a report or an excerpt that has neither an annex
// nor a task list still says who is to do what: "UBND tỉnh giao Sở Nội
// vụ chủ trì tham mưu …", "Sở Nội vụ được giao trình Đề án …", "Thủ
// tướng yêu cầu Bộ trưởng, Chủ tịch UBND các tỉnh … hoàn thành … trước
// ngày 10-6-2025". Each such sentence is a task led by the agency it
// names.

// agHeads are the folded words an agency named in prose starts with.
var agHeads = []string{"so ", "bo ", "ubnd", "uy ban", "van phong", "ban ", "cong an", "chu tich", "pho chu tich",
	"bo truong", "truong ", "thu truong", "giam doc", "cac so", "cac bo", "cac co quan", "cac don vi", "tat ca cac co quan", "tat ca cac don vi", "trung tam",
	"thanh tra", "kho bac", "cuc ", "tong cuc", "hdnd", "mat tran", "cac dia phuong", "cac nganh", "cac ban nganh", "cac ban, nganh", "cac xa", "cac phuong",
	"cac tinh", "cac huyen", "nguoi dung dau", "cong ty ", "dang uy ", "tinh uy ", "thanh uy ", "huyen uy ",
	"tap doan", "cac tap doan", "tong cong ty", "ngan hang", "bao hiem xa hoi", "bhxh", "kiem toan nha nuoc", "hoc vien", "benh vien",
	"thuong truc tinh uy", "thuong truc thanh uy", "thuong truc huyen uy", "thuong truc dang uy", "thuong truc hdnd",
	"thuong truc hoi dong", "thuong truc ubnd", "thuong truc uy ban", "cac cap",
	"to cong tac", "cac to cong tac", "to cong nghe", "cac to cong nghe", "to truong", "cac to truong", "to giup viec", "cac thanh vien to", "thanh vien to", "to kiem tra", "doan kiem tra", "doan cong tac", "doan lien nganh", "doan thanh tra", "doan giam sat", "vien nghien cuu", "vien kinh te", "vien quy hoach", "vien kiem sat", "co quan thue", "chi cuc",
	"cong thong tin dien tu", "dai phat thanh", "cac doanh nghiep vien thong", "doanh nghiep vien thong", "buu dien"}

// agFalseHeads are folded words that open like an agency of agHeads but
// are verbs ("bổ sung", "bố trí" fold to "bo …" as "Bộ" does; "ban hành"
// opens as "Ban" does), or sets of things a "Bộ" collects ("Bộ Chỉ số cải
// cách hành chính", "bộ tiêu chí", "bộ thủ tục").
var agFalseHeads = []string{"bo sung", "bo tri", "bo nhiem", "bo cuc", "bo tro", "ban hanh",
	"bo chi so", "bo chi tieu", "bo tieu chi", "bo cau hoi", "bo thu tuc", "bo tai lieu", "bo ho so", "bo du lieu", "bo cong cu"}

// startsAgency reports whether folded text f opens with an agency's name
// (agHeads), not with a verb that folds like one (agFalseHeads).
func startsAgency(f string) bool {
	return hasAnyPrefix(f, agHeads) && !hasAnyPrefix(f, agFalseHeads)
}

// asVerbs are the folded verbs that end an agency's name in an
// assignment ("giao Sở Nội vụ chủ trì").
var asVerbs = []string{" chu tri", " lanh dao, chi dao", " thuc hien", " tham muu", " phoi hop", " trien khai", " xay dung", " to chuc",
	" chi dao", " khan truong", " tap trung", " hoan thanh", " bao dam", " dam bao", " phai ", " trinh ",
	" huong dan", " theo doi", " nghien cuu", " ra soat", " tiep tuc", " duoc giao", " co trach nhiem", " co nhiem vu",
	" tang cuong", " tiep thu", " hoan thien", " thuong xuyen", " kip thoi", " chu dong", " nghiem tuc",
	" quan triet", " kiem tra", " de xuat", " bao cao", " don doc", " tong hop", " bo tri", " cung cap", " cap nhat",
	" cong khai", " giai quyet", " tiep nhan", " day manh", " nang cao", " ban hanh", " thuc thi", " tien hanh",
	" thay doi", " khac phuc", " cai thien", " ap dung", " thanh lap", " can cu ", " giam sat", " day nhanh",
	" quyet liet", " phat huy", " huy dong", " chiu trach nhiem", " xin thong bao", " giup ", " chuan bi", " truc tiep", " chan chinh", " cong bo",
	" lam viec", " xem xet", " trao doi", " xu ly", " gui ", " ho tro", " tuyen truyen", " van dong", " dieu chinh", " sua doi", " soan thao", " phe duyet", " thong bao", " tham tra", " tham dinh", " hoat dong tu ",
	" lam chu nhiem", " lam dau moi", " lap to ", " lap doan ", " lap ke hoach", " lap danh sach", " lap ho so", " lap du an", " lap de an",
	" lap bao cao", " lap quy hoach", " lap du toan", " lap phuong an", " in, cap phat", " in tai lieu", " in an pham", " cap phat"}

// asAdverbs are the words of asVerbs that say how a duty is done, not
// the duty: a task only when a verb follows them ("thường xuyên theo dõi
// …").
var asAdverbs = []string{" thuong xuyen", " kip thoi", " chu dong", " nghiem tuc"}

// asNotDuties are the folded words after an adverb that describe the
// agency instead of giving it a duty: "là cơ quan thường trực", "được
// khen thưởng", "có vai trò".
var asNotDuties = []string{"la ", "duoc ", "co ", "giu ", "dong vai tro ", "nam "}

// describesAgency reports whether the folded text from an agency's first
// verb (f, starting with a space) is an adverb of asAdverbs that goes on
// to describe the agency, or ends, or "tiếp tục" before a rank
// (asRankings), rather than give it a duty.
func describesAgency(f string) bool {
	for _, a := range asAdverbs {
		rest, ok := strings.CutPrefix(f, a)
		if !ok {
			continue
		}
		rest = strings.TrimLeft(rest, " ,")
		if rest == "" || !isASCIILetter(rest[0]) {
			return true
		}
		return hasAnyPrefix(rest+" ", asNotDuties)
	}
	if rest, ok := strings.CutPrefix(f, " tiep tuc "); ok && hasAnyPrefix(rest, asRankings) {
		return true // "Văn phòng UBND tỉnh và TP Thanh Hóa tiếp tục dẫn đầu xếp hạng DTI": a rank reported
	}
	return false
}

// asRankings are the folded words after "tiếp tục" that report where an
// agency stands in a ranking, no duty: "dẫn đầu", "đứng đầu", "xếp thứ".
var asRankings = []string{"dan dau", "dung dau", "xep thu", "xep hang", "dung thu", "nam trong nhom", "nam trong top", "giu vung vi tri"}

// asNameHeads are the folded words after which a verb of asVerbs names
// the agency's field instead: "Bộ Xây dựng", "Sở Xây dựng", or its task:
// "Đoàn kiểm tra", "Tổ kiểm tra"; or a deed a name holds: "Tổ kiểm tra
// việc thực thi công vụ".
var asNameHeads = []string{"bo", "so", "cuc", "vien", "phong", "ban", "trung tam", "tong cuc", "chi cuc", "doan", "to", "viec"}

// asNotNameHeads are the folded words that end as a word of asNameHeads
// does but are no head of a name: "Bộ Quốc phòng khẩn trương …" names the
// ministry of defence, not a "Phòng Khẩn trương"; "các bộ", "các sở" and
// "cơ quan ngang bộ" name many bodies, none by its name ("Bộ trưởng các
// bộ, thủ trưởng cơ quan ngang bộ khẩn trương rà soát …"); "Văn phòng Bộ
// tổng hợp …" is the ministry's office, not a "Bộ Tổng hợp".
var asNotNameHeads = []string{"quoc phong", "co so", "cac bo", "cac so", "ngang bo", "dia ban", "cac ban", "cac phong", "cac vien", "cac cuc", "van phong bo"}

// firstVerb returns the offset in f (folded, one byte a rune) of the
// first verb of asVerbs at or after from that is not part of an agency's
// name, nor a noun of a list of bodies ("các cơ quan, tổ chức …"), len(f)
// when none.
func firstVerb(f string, from int) int {
	end := len(f)
	for _, v := range asVerbs {
		for at := from; at < end; {
			j := strings.Index(f[at:], v)
			if j < 0 || at+j >= end {
				break
			}
			before := f[from : at+j]
			if v == " to chuc" && strings.HasSuffix(before, "co quan,") && hasAnyPrefix(f[at+j+len(v):], []string{" va ca nhan", ", ca nhan"}) {
				at += j + len(v)
				continue // "các cơ quan, tổ chức và cá nhân có liên quan": bodies, not the verb
			}
			if !hasAnySuffix(before, asNameHeads) || hasAnySuffix(before, asNotNameHeads) {
				end = at + j
				break
			}
			at += j + len(v)
		}
	}
	return end
}

// hasAnySuffix reports whether the words of s end with one of words.
func hasAnySuffix(s string, words []string) bool {
	for _, w := range words {
		if s == w || strings.HasSuffix(s, " "+w) {
			return true
		}
	}
	return false
}

// assignedTasks reads the assignment sentences of the lines no target
// section or results section holds. A sentence broken over lines (a
// hard-wrapped text: "Điều 2. Giao" / "Giám đốc Sở Nội vụ hướng dẫn, …")
// is read whole, at the line it starts on.
func assignedTasks(p *page, roles []string, year int) []dataset.Task {
	memo := newTaskMemo(year)
	memo.concludes = concludesMeeting(p)
	var out []dataset.Task
	lastAssigned := -2 // the paragraph of the last assignment read
	paras := assignParagraphs(p, roles)
	for k, para := range paras {
		if k > 0 && asksBelow(paras[k-1].text) && adjacent(p, paras[k-1], para) {
			// "Văn phòng UBND tỉnh đề nghị:" / "UBND cấp xã thành lập …":
			// the paragraphs under a request that names no addressee give
			// each agency its duty.
			lastAssigned = k - 1
		}
		article := false // the sentence before is an article's number ("Điều 2.")
		for _, s := range sentencesOf(para.text) {
			text := string(para.text[s.from:s.to])
			if m := asArticle.FindStringIndex(text); m != nil {
				article = true
				if text = text[m[1]:]; strings.TrimSpace(text) == "" {
					continue
				}
			}
			// "… giao Sở Nội vụ chủ trì …. Sở Tài chính bố trí …": the
			// sentences after an assignment that open with an agency and
			// its duty carry on assigning, and so does the article of a
			// decision that opens with one ("Điều 2. Trung tâm … chủ trì
			// …").
			if article {
				text = asBasisRe.ReplaceAllString(text, "") // "Điều 2. Căn cứ các chỉ tiêu kế hoạch giao, các sở …"
			}
			plain := strings.ReplaceAll(text, "**", "")
			text = timeToEnd(plain, asFrontedTimeRe) // "Trước ngày 10/4/2025, **Bộ Tư pháp** ban hành …"
			timed := text != plain                   // a time limit, then a body and its duty: a duty of its own
			ts := sentenceAssignments(strings.TrimLeft(text, " *_"), memo, year, lastAssigned >= k-1 || article || timed)
			article = false
			if body := strings.TrimLeft(text, " *_"); len(ts) == 0 && lastAssigned == k && carriedDuty(body) {
				// "… yêu cầu Sở Khoa học và Công nghệ chủ trì … . Rà soát,
				// báo cáo về kết quả … . Chủ trì, phối hợp …": a sentence
				// that opens with a duty's verb and names no body, after a
				// sentence of the same paragraph that gave a body its duty,
				// is that body's duty too.
				last := out[len(out)-1]
				ts = []dataset.Task{{Task: strings.TrimSpace(body), Lead: append([]string{}, last.Lead...), Partners: nonNil(dutyPartners(body, memo)), Deadline: statedDeadline(body, year)}}
			}
			for _, t := range ts {
				if len(t.Lead) == 0 && headlineRunOn(p, para, s) {
					continue // "Thủ tướng yêu cầu tiếp tục cắt giảm …, tạo điều kiện cho doanh nghiệp" / "Thủ tướng Chính phủ … vừa ký …"
				}
				i := para.lineAt(s.from)
				t.Source = dataset.Source{Line: i + 1, Text: strings.TrimSpace(p.lines[i])}
				if len(t.Lead) == 0 && len(out) > 0 {
					t.Lead = askedAgain(text, out[len(out)-1], t.Source.Line)
				}
				out = append(out, t)
				lastAssigned = k
			}
		}
		if lastAssigned != k-1 || k == 0 || !adjacent(p, paras[k-1], para) {
			continue
		}
		// The paragraph right after a run of duties that gave none itself.
		switch {
		case len(out) > 0 && timeLine(para.text):
			// "Thời gian hoàn thành trước ngày 10/4/2025.": the time of the
			// duty above; the run of duties goes on.
			if prev := &out[len(out)-1]; prev.Deadline.Text == "" {
				prev.Deadline = statedDeadline(string(para.text), year)
			}
			lastAssigned = k
		case unassignedParagraph(para.text):
			// "Bộ Nội vụ tham mưu, trình …" / "Trình Chính phủ ban hành
			// Nghị định …": a duty that names no body right after a
			// body's duty is that body's too; the next body named is
			// given its duty too ("Tập trung thực thi …" / "Các địa
			// phương bố trí …").
			if n := len(out); n > 0 && out[n-1].Source.Line <= paras[k-1].lines[0]+len(paras[k-1].lines) {
				lead := out[n-1].Lead
				for _, d := range carriedSentences(para.text) {
					text := strings.TrimSpace(string(para.text[d.from:d.to]))
					f := asciiFold([]rune(text))
					if k := max(connectiveEnd(f), basisEnd(f)); k > 0 {
						text = string([]rune(text)[k:]) // "Đồng thời, phối hợp …", "Trên cơ sở … để tham mưu …": the duty without its opening
					}
					i := para.lineAt(d.from)
					out = append(out, dataset.Task{Task: text, Lead: append([]string{}, lead...), Partners: nonNil(dutyPartners(text, memo)),
						Deadline: statedDeadline(text, year), Source: dataset.Source{Line: i + 1, Text: strings.TrimSpace(p.lines[i])}})
				}
			}
			lastAssigned = k
		case topicHeading(para.text):
			lastAssigned = k // the heading of the next topic ("2. Về tài khoản người dùng")
		}
	}
	return withBodiesReferredTo(out)
}

// asReferBack are the folded leads that only refer back to the bodies
// the duty before named: "Chủ tịch UBND tỉnh … chỉ đạo các sở, cơ quan
// ngang sở, Ban Quản lý Khu kinh tế tỉnh thực hiện …" / "Theo đó, các cơ
// quan nghiên cứu, vận dụng …".
var asReferBack = []string{"cac co quan", "cac co quan nay", "cac co quan tren", "cac don vi nay", "cac don vi tren"}

// asBackHeads are the folded heads of a name that, standing alone as a
// lead, refer back to the body of that head named before ("Theo kế
// hoạch, đoàn kiểm tra của tỉnh sẽ … Bên cạnh đó, đoàn cũng kiểm tra …").
var asBackHeads = []string{"doan", "to", "trung tam"}

// withBodiesReferredTo gives a task whose lead only refers back the
// leads of the task before it, when that one names bodies and stands at
// most four lines above: a lead of asReferBack; "các đơn vị" after
// bodies named one by one (namedOneByOne); or a bare head of asBackHeads
// when the one body before opens with it. The tasks right after it with
// the same lead take them too.
func withBodiesReferredTo(tasks []dataset.Task) []dataset.Task {
	for k := 1; k < len(tasks); k++ {
		t, prev := &tasks[k], tasks[k-1]
		if len(t.Lead) != 1 || len(prev.Lead) == 0 || t.Source.Line-prev.Source.Line > 4 {
			continue
		}
		lead, first := tkFold(strings.TrimSpace(t.Lead[0])), tkFold(strings.TrimSpace(prev.Lead[0]))
		referBack := slices.Contains(asReferBack, lead) && !slices.Contains(asReferBack, first) ||
			lead == "cac don vi" && namedOneByOne(prev.Lead)
		backHead := slices.Contains(asBackHeads, lead) && len(prev.Lead) == 1 && strings.HasPrefix(first, lead+" ")
		if !referBack && !backHead {
			continue
		}
		referred := t.Lead[0]
		for j := k; j < len(tasks) && len(tasks[j].Lead) == 1 && tasks[j].Lead[0] == referred; j++ {
			tasks[j].Lead = append([]string{}, prev.Lead...)
		}
	}
	return tasks
}

// namedOneByOne reports whether leads name several bodies, none of them
// a class ("các sở, ban, ngành"): "các đơn vị" after them means those
// bodies; after a class it is the class's own word.
func namedOneByOne(leads []string) bool {
	if len(leads) < 2 {
		return false
	}
	for _, l := range leads {
		if strings.HasPrefix(tkFold(strings.TrimSpace(l)), "cac ") {
			return false
		}
	}
	return true
}

// asAskerRe matches, folded, the one who asks and the verb of a request
// that names no addressee ("Theo đó, Chủ tịch UBND tỉnh yêu cầu tiếp tục
// quán triệt …"): group 1 the asker's last words with the verb.
var asAskerRe = regexp.MustCompile(`^(?:[a-z ]+, )?((?:[a-z]+ ){1,5}(?:yeu cau|de nghi|giao))\b`)

// askedAgain returns the bodies a request that names no addressee asks
// again: those of the task before, when it stands at most four lines
// above and its line has the same asker make a request ("Chủ tịch UBND
// tỉnh yêu cầu người đứng đầu các cơ quan … . Theo đó, Chủ tịch UBND tỉnh
// yêu cầu tiếp tục quán triệt …"); an empty lead otherwise.
func askedAgain(sentence string, prev dataset.Task, line int) []string {
	if len(prev.Lead) == 0 || line-prev.Source.Line > 4 || line < prev.Source.Line {
		return []string{}
	}
	m := asAskerRe.FindStringSubmatch(asciiFold([]rune(strings.TrimSpace(sentence))))
	if m == nil || !strings.Contains(asciiFold([]rune(prev.Source.Text)), " "+m[1]+" ") {
		return []string{}
	}
	return append([]string{}, prev.Lead...)
}

// carriedSentences returns the spans of the duties of a paragraph of
// duties that names no body: the paragraph's first sentence, and each
// later one that opens with a duty's verb (carriedDuty: "Triển khai
// thực hiện Kết luận số 121-KL/TW …. Tiếp tục thực hiện tinh gọn tổ chức
// …" are two); a sentence that opens otherwise goes on with the duty
// before it. (Clauses after a semicolon stay in their sentence: "Hướng
// dẫn về A; xây dựng B; …" lists the objects of one duty as often as
// "Tiếp tục A; lựa chọn B" lists two.)
func carriedSentences(text []rune) []clause {
	var out []clause
	for _, s := range sentencesOf(text) {
		if n := len(out); n > 0 && !carriedDuty(strings.TrimLeft(string(text[s.from:s.to]), " *_")) {
			out[n-1].to = s.to
			continue
		}
		out = append(out, s)
	}
	return out
}

// asCarriedNotDutyRe matches the folded sentences that open with a duty's
// verb but give none: what will come of the duties ("Cung cấp dịch vụ
// công sẽ chuyển từ …"), the basis of the next assignment ("Thực hiện
// Nghị quyết số 18-NQ/TW …, UBND tỉnh yêu cầu …") and the time a duty
// takes ("Hoàn thành xong trong thời hạn 03 ngày làm việc …").
var asCarriedNotDutyRe = regexp.MustCompile(`^(?:[^.]* se |thuc hien (?:theo )?(?:nghi quyet|ket luan|ke hoach|quyet dinh|chi thi|cong van|cong dien|thong bao|van ban|huong dan|y kien|chi dao)|hoan thanh (?:xong )?(?:trong|truoc) )`)

// carriedDuty reports whether a sentence of a paragraph, after one that
// gave a body its duty, goes on with that body's duties: it opens with a
// duty's verb and names no body (unassignedDuty), and it is none of
// asCarriedNotDutyRe.
func carriedDuty(sentence string) bool {
	rs := []rune(sentence)
	return unassignedDuty(rs) && !asCarriedNotDutyRe.MatchString(asciiFold(rs))
}

// asFrontedTimeRe matches a time limit a sentence opens with before the
// body it gives a duty ("Trước ngày 30/6/2025, Bộ Nội vụ chủ trì …",
// "Theo Kế hoạch, trước ngày 18/4/2025, …", "Chậm nhất ngày 15/10, …"):
// the words before the time (group 1) and the time (group 2).
var asFrontedTimeRe = regexp.MustCompile(`^(\s*(?:(?:Theo [Kk]ế hoạch|Theo đó|Đồng thời),\s*)?)(` + asFrontedTimes + `),\s*`)

// asItemTimeRe is asFrontedTimeRe for a numbered item of duties, which
// may also open with the event its duty follows ("4. Ngay sau khi UBND
// tỉnh ban hành Kế hoạch, giao …"); in prose "Sau khi sắp xếp bộ máy, …"
// sets the scene rather than the time of a duty.
var asItemTimeRe = regexp.MustCompile(`^(\s*)(` + asFrontedTimes + `|(?:[Nn]gay )?[Ss]au khi [^,;.]{4,80}?),\s*`)

// asFrontedTimes are the time limits asFrontedTimeRe reads.
const asFrontedTimes = `(?:[Tt]rước|[Cc]hậm nhất(?: là)?|[Tt]rong) (?:ngày|tháng|quý|năm)[^,;.]{1,40}?`

// timeToEnd moves a time limit a sentence opens with (as fronted matches
// it) to its end, where the reader of duties takes it for the deadline:
// "Trước ngày 30/6/2025, Bộ Nội vụ chủ trì …" → "Bộ Nội vụ chủ trì …,
// trước ngày 30/6/2025".
func timeToEnd(text string, fronted *regexp.Regexp) string {
	m := fronted.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	rest := strings.TrimSpace(text[m[1]:])
	if rest == "" {
		return text
	}
	end := strings.TrimRight(rest, " .")
	return end + ", " + strings.ToLower(text[m[4]:m[4]+1]) + text[m[4]+1:m[5]] + rest[len(end):]
}

// asBasisRe matches the basis an article states before the bodies it
// gives their duties: "Căn cứ các chỉ tiêu kế hoạch giao, …", "Trên cơ
// sở kế hoạch này, …".
var asBasisRe = regexp.MustCompile(`^[\s*_]*(?:Căn cứ|căn cứ|Trên cơ sở|trên cơ sở)[^,;.:]{1,150},\s*`)

// timeLine reports whether a paragraph only states the time of the duty
// above it ("Thời gian hoàn thành trước ngày 10/4/2025.", "Thời gian thực
// hiện: Quý II/2026").
func timeLine(text []rune) bool {
	f := asciiFold(text)
	return !runesOver(f, 120) && hasAnyPrefix(strings.TrimLeft(f, " -+*_"), asTimeLabels)
}

// asTimeLabels are the folded labels that open a statement of a duty's
// time: "Thời gian hoàn thành", "Thời gian thực hiện", "Thời hạn".
var asTimeLabels = []string{"thoi gian hoan thanh", "thoi gian thuc hien", "thoi han"}

// itemDetailWords are the folded labels of the lines under an item that
// say when, where or how it is done rather than what: "Hạn nộp báo cáo:",
// "Thời gian thực hiện:", "Hình thức:", "Thực hiện theo đường dẫn:".
var itemDetailWords = append([]string{"thoi gian:", "han nop", "han hoan thanh", "han gui", "hinh thuc:", "dia diem:",
	"thuc hien theo duong dan", "duong dan:", "link:"}, asTimeLabels...)

// itemDetailLine reports whether the text of a dashed line is only a
// detail of the item above it (itemDetailWords), short as such lines are.
func itemDetailLine(text string) bool {
	f := asciiFold([]rune(text))
	return !runesOver(f, 160) && hasAnyPrefix(strings.TrimLeft(f, " -+*_"), itemDetailWords)
}

// asTopicHeadRe matches the folded heading of a topic in the body of a
// text: "2. Về tài khoản người dùng", "b) Về tập huấn".
var asTopicHeadRe = regexp.MustCompile(`^(?:\d{1,2}[.)]|[a-z][)])?\s*ve [^.;:]{1,100}$`)

// topicHeading reports whether a paragraph is only the heading of the
// topic the paragraphs under it treat (asTopicHeadRe).
func topicHeading(text []rune) bool {
	return asTopicHeadRe.MatchString(strings.TrimSpace(strings.Trim(strings.TrimSpace(asciiFold(text)), "*_")))
}

// unassignedDuty reports whether a paragraph opens with the verb of a
// duty and names no body before it ("Tập trung thực thi các phương án
// cắt giảm …"): a demand that goes on with those before it.
func unassignedDuty(text []rune) bool {
	return opensDuty(asciiFold(text))
}

// unassignedParagraph reports whether a paragraph is an unassignedDuty,
// after a connective or not ("Cùng với đó, tổ chức rà soát …").
func unassignedParagraph(text []rune) bool {
	f := asciiFold(text)
	return opensDuty(f[connectiveEnd(f):]) || basisEnd(f) > 0
}

// asBasisOpeners are the folded words a paragraph of duties, an item or
// a sentence may open with to name what its duty rests on before the
// duty or the body (basisEnd, withoutBasis, openingOf): "Trên cơ sở danh
// mục … và căn cứ đặc thù … để tham mưu, trình …".
var asBasisOpeners = []string{"tren co so ", "can cu "}

// asBasisReach is how far, in folded bytes, the "để" that ends a basis
// may stand from the paragraph's start.
const asBasisReach = 400

// basisEnd returns the offset in f (folded, one byte a rune) of the duty
// after the basis a paragraph opens with (asBasisOpeners), when the duty
// follows "để" in the same sentence and opens with a duty's verb; 0 when
// f opens otherwise.
func basisEnd(f string) int {
	if !hasAnyPrefix(f, asBasisOpeners) {
		return 0
	}
	head := f[:min(len(f), asBasisReach)]
	if k := strings.IndexAny(head, ".;"); k >= 0 {
		head = head[:k]
	}
	k := strings.Index(head, " de ")
	if k < 0 || !opensDuty(f[k+4:]) {
		return 0
	}
	return k + 4
}

// asAsksRe matches the folded end of a sentence that asks for what the
// paragraphs under it say without naming whom it asks: "Văn phòng UBND
// tỉnh đề nghị:", "Chủ tịch UBND tỉnh yêu cầu:", "Về thành lập Trung tâm
// …: Sở Nội vụ đề nghị:".
var asAsksRe = regexp.MustCompile(`(?:^|[\s:.])(?:de nghi|yeu cau|chi dao)\s*:$`)

// asksBelow reports whether a paragraph ends with a request whose duties
// follow it (asAsksRe): its last sentence opens with a body, or with a
// topic and then a body ("Về …: Văn phòng UBND tỉnh đề nghị:").
func asksBelow(text []rune) bool {
	f := strings.TrimRight(asciiFold(text), " *_")
	if !asAsksRe.MatchString(f) {
		return false
	}
	ss := sentencesOf(text)
	last := asciiFold(text[ss[len(ss)-1].from:ss[len(ss)-1].to])
	last = strings.TrimSpace(last)
	if k := strings.LastIndex(strings.TrimSuffix(last, ":"), ": "); k >= 0 {
		last = last[k+2:] // "Về thành lập …: Văn phòng … đề nghị:"
	}
	return startsAgency(last) || hasAnyPrefix(last, asTitles)
}

// adjacent reports whether paragraph b follows paragraph a with nothing
// but blank lines between them.
func adjacent(p *page, a, b assignParagraph) bool {
	return blankBetween(p, a.lines[len(a.lines)-1], b.lines[0])
}

// asArticle matches the number a decision's article opens with ("**Điều
// 2. **", "Điều 12:", "Điều 2" when its sentence ended at the dot):
// the text after it (or the next sentence) is the
// article.
var asArticle = regexp.MustCompile(`^[\s*_]*(?:Điều|ĐIỀU)\s+\d{1,3}\s*(?:[.:][\s*_]*|$)`)

// sentenceAssignments reads the tasks one sentence assigns: the
// assignment it makes (or, when follows is set, the duty of the agency it
// opens with), and each clause after a semicolon that opens with another
// agency and its duty ("… giao Sở Nội vụ chủ trì …; Sở Tài chính bảo đảm
// kinh phí …; Sở Tư pháp thẩm định …"). A clause that names no agency
// stays with the duty before it.
func sentenceAssignments(sentence string, memo *taskMemo, year int, follows bool) []dataset.Task {
	sentence = requestAsidesSkipped(sentence) // "… yêu cầu, căn cứ kết quả …, thủ trưởng các sở …; Chủ tịch UBND các huyện …"
	if strings.Contains(sentence, ", giao ") {
		rs := []rune(sentence)
		if f := asciiFold(rs); strings.HasPrefix(f[connectiveEnd(f):], "giao ") {
			sentence = string(rs[connectiveEnd(f):]) // "Đồng thời, giao Giám đốc Sở …": the connective is no clause of its own
		}
	}
	clauses := dutyClauses(sentence)
	read := func(text string, first bool) (dataset.Task, bool) {
		if first {
			if t, ok := assignment(text, memo, year); ok {
				return t, true
			}
			if t, ok := statedDutySentence(text, memo, year); ok {
				return t, true
			}
			if t, ok := leaderDirective(text, memo, year); ok {
				return t, true
			}
			if t, ok := modalDutySentence(text, memo, year); ok {
				return t, true
			}
			if t, asked, ok := agencyDuty(text, memo, year); ok && asked {
				return t, true // "Các bộ, ngành được chỉ đạo phải …", "Các đơn vị cần …"
			}
			if !follows {
				return reportedDutySentence(text, memo, year)
			}
		}
		return agencyDutySentence(text, memo, year)
	}
	if executesDocument(sentence) {
		return nil // "… chịu trách nhiệm thi hành Quyết định này": the closing article, no task
	}
	if ts := plannedDuties(sentence, memo, year); ts != nil {
		return ts // "…, tỉnh Đồng Tháp sẽ triển khai … như: A; B; C"
	}
	var out []dataset.Task
	start := 0 // the first clause of the duty being read
	for k := 1; k <= len(clauses); k++ {
		if k < len(clauses) {
			if _, ok := agencyDutySentence(clauses[k].text, memo, year); !ok {
				continue // the same duty goes on
			}
			if openPartnerList(joinClauses(clauses[start:k])) {
				// "… phối hợp với các sở, ngành; UBND các xã; các cơ quan …
				// triển khai thực hiện Kế hoạch này": the partners go on.
				continue
			}
			if openAddresseeList(joinClauses(clauses[start:k])) {
				// "UBND tỉnh giao Thủ trưởng các sở, ban, ngành …; Chủ tịch
				// UBND các huyện, thành phố chỉ đạo …": the bodies assigned go on.
				continue
			}
		}
		if t, ok := read(joinClauses(clauses[start:k]), start == 0); ok {
			out = append(out, enumeratedDuties(t, joinClauses(clauses[start:k]), memo, year)...)
		} else if start == 0 {
			return nil // the sentence assigns nothing
		}
		start = k
	}
	return append(out, ledItems(sentence, memo, year)...)
}

// asLedItemRe matches, folded, an item of a list that names the body
// leading it after "do": "Kinh tế đô thị do Sở KH-ĐT chủ trì", "Đề án
// … do Sở Nội vụ chủ trì xây dựng"; its groups are the item and the body.
var asLedItemRe = regexp.MustCompile(`^(.{3,120}) do (.{3,80}?) chu tri(?: thuc hien| xay dung)?$`)

// ledItems reads the items of a list after "bao gồm:" or "gồm:" in an
// assignment's sentence that each name the body leading them ("… xây
// dựng các đề án nhánh, bao gồm: Kinh tế đô thị do Sở KH-ĐT chủ trì, …
// và Quản lý nhà nước do Sở Nội vụ chủ trì"): a task each, its lead that
// body. Only when every item names one.
func ledItems(sentence string, memo *taskMemo, year int) []dataset.Task {
	rs := []rune(strings.TrimSpace(sentence))
	f := asciiFold(rs)
	k := strings.Index(f, "gom: ")
	if k < 0 {
		return nil
	}
	list := strings.TrimRight(string(rs[k+len("gom: "):]), " .;")
	var items []string
	for _, part := range agSplitTop(list, ',') {
		for _, it := range strings.Split(part, " và ") {
			if it = strings.TrimSpace(it); it != "" {
				items = append(items, it)
			}
		}
	}
	if len(items) < 2 {
		return nil
	}
	out := make([]dataset.Task, 0, len(items))
	for _, it := range items {
		irs := []rune(it)
		fi := asciiFold(irs)
		sm := asLedItemRe.FindStringSubmatchIndex(fi)
		if sm == nil || !startsAgency(fi[sm[4]:sm[5]]) {
			return nil
		}
		out = append(out, dataset.Task{Task: string(irs[sm[2]:sm[3]]), Lead: memo.agencies(string(irs[sm[4]:sm[5]])),
			Partners: []string{}, Deadline: statedDeadline(sentence, year)})
	}
	return out
}

// openAddresseeList reports whether a clause ends in the bodies an
// assignment names before any verb of their duty ("Theo đó, UBND tỉnh
// giao Thủ trưởng các sở, ban, ngành, đơn vị thuộc UBND tỉnh"), or is
// only such bodies, the subject of the sentence ("Thủ trưởng các sở,
// ban, ngành; Chủ tịch UBND các huyện có trách nhiệm …"), which the
// clause after its semicolon goes on naming.
func openAddresseeList(text string) bool {
	f := asciiFold([]rune(text))
	for _, w := range asAssignWords[:4] {
		if k := assignWordAt(f, w); k >= 0 && (k == 0 || f[k-1] == ' ') {
			from := k + len(w)
			return startsAgency(f[from:]) && firstVerb(f, from) == len(f)
		}
	}
	// "Theo đó, từ quý III năm 2021, các sở, ban, ngành; UBND các huyện … thực hiện …"
	f = f[reportOpeningEnd(f):]
	return startsAgency(f) && firstVerb(f, 0) == len(f) && !strings.Contains(f, ":") // not "Các Sở, Ban, Ngành: Ban Quản lý …", a heading of bodies
}

// dutyClause is a part of a sentence that may give a body its duty: its
// text and what stands before it in the sentence (sep; "" for the first).
type dutyClause struct{ sep, text string }

// dutyClauseSeps are what stands between two bodies' duties in one
// sentence besides a semicolon: "Công an tỉnh đảm bảo …, trong khi Sở
// KH-CN chủ trì …", "… giao Văn phòng UBND tỉnh công khai … và giao Sở
// TT-TT công bố …". A clause is read as a duty of its own only when it
// opens with a body and its duty (sentenceAssignments); otherwise it
// goes on with the clause before.
var dutyClauseSeps = []string{";", ", trong khi ", ", còn ", ", đồng thời giao ", " đồng thời giao ", ", giao ", " và giao "}

// dutyClauses cuts a sentence at each of dutyClauseSeps.
func dutyClauses(sentence string) []dutyClause {
	out := []dutyClause{{}}
	for rest := sentence; ; {
		at, sep := -1, ""
		for _, s := range dutyClauseSeps {
			if k := strings.Index(rest, s); k >= 0 && (at < 0 || k < at) {
				at, sep = k, s
			}
		}
		if at < 0 {
			out[len(out)-1].text = rest
			return out
		}
		out[len(out)-1].text = rest[:at]
		out = append(out, dutyClause{sep: sep})
		rest = rest[at+len(sep):]
	}
}

// joinClauses is the text of consecutive clauses as the sentence has it,
// from the first clause's text on.
func joinClauses(cs []dutyClause) string {
	var b strings.Builder
	for k, c := range cs {
		if k > 0 {
			b.WriteString(c.sep)
		}
		b.WriteString(c.text)
	}
	return b.String()
}

// topicEnd returns the offset in f (folded, one byte a rune) after the
// marker and the topic an item of rules or of a notice opens with before
// the body it gives a duty to ("b) …", "3. Về tập huấn, hướng dẫn: …",
// "2. Về dự án đầu tư xây dựng công trình nạo vét luồng tàu …: Bộ Xây
// dựng khẩn trương …"), and whether there is a topic. The topic may be
// long: a project with its route, a sum with the resolution it comes from
// (up to asTopicReach runes).
func topicEnd(f string) (end int, topic bool) {
	if m := asItemMarkerRe.FindStringIndex(f); m != nil {
		end = m[1]
	}
	if !strings.HasPrefix(f[end:], "ve ") {
		return end, false
	}
	j := strings.IndexByte(f[end:], ':')
	if j < len("ve x") || j-len("ve ") > asTopicReach || !strings.HasPrefix(f[end+j:], ": ") {
		return end, false
	}
	return end + j + len(": "), true
}

// asItemMarkerRe matches, folded, the marker an item opens with: "b) ",
// "3. ".
var asItemMarkerRe = regexp.MustCompile(`^(?:[a-z]\)|\d{1,2}[.)]) `)

// asTopicReach is how many runes the topic of an item (topicEnd) may
// have.
const asTopicReach = 400

// statedDutySentence reads a sentence that states a body's duty in so
// many words, with no assignment before it, as rules and regulations do
// ("Sở Khoa học và Công nghệ có trách nhiệm chủ trì …", "Về tập huấn: Sở
// … có trách nhiệm …", "Thủ trưởng các cơ quan, đơn vị có trách nhiệm chỉ
// đạo …", "Tổ công tác có nhiệm vụ trực tiếp kiểm tra …"): the body's name
// is followed at once by "có trách nhiệm" or "có nhiệm vụ".
func statedDutySentence(sentence string, memo *taskMemo, year int) (dataset.Task, bool) {
	rs := []rune(strings.TrimSpace(sentence))
	f := asciiFold(rs)
	if k, _ := topicEnd(f); k > 0 {
		rs, f = rs[k:], f[k:]
	}
	end := firstVerb(f, 0)
	if end == len(f) || !hasAnyPrefix(f[end:], asStatedDutyWords) {
		if j := statedBodyAt(rs, f); j > 0 {
			// "1. Về dữ liệu: Toàn bộ dữ liệu của … Sở Khoa học và Công
			// nghệ có trách nhiệm xây dựng …": the body stands mid-sentence.
			return agencyDutySentence(string(rs[j:]), memo, year)
		}
		return dataset.Task{}, false
	}
	return agencyDutySentence(string(rs), memo, year)
}

// asStatedDutyWords are the folded words right after a body's name that
// state its duty: "có trách nhiệm", "có nhiệm vụ", before the duty or its
// colon.
var asStatedDutyWords = []string{" co trach nhiem ", " co trach nhiem:", " co nhiem vu ", " co nhiem vu:"}

// statedBodyAt returns the rune offset of a body's name, written with a
// capital, that stands inside a sentence (rs, folded f, one byte a rune)
// right before its "có trách nhiệm" or "có nhiệm vụ" (asStatedDutyWords),
// with no verb between; 0 when none.
func statedBodyAt(rs []rune, f string) int {
	k := -1
	for _, w := range asStatedDutyWords {
		if i := strings.Index(f, w); i >= 0 && (k < 0 || i < k) {
			k = i
		}
	}
	if k <= 0 {
		return 0
	}
	for j := 1; j < k; j++ {
		if f[j-1] != ' ' || !unicode.IsUpper(rs[j]) || k-j > 80 || !startsAgency(f[j:]) {
			continue
		}
		if firstVerb(f, j) == k {
			return j
		}
	}
	return 0
}

// openPartnerList reports whether text ends inside the list of partners
// it opens ("… chủ trì, phối hợp với các sở, ngành"): no verb of a duty
// follows its last "phối hợp".
func openPartnerList(text string) bool {
	f := asciiFold([]rune(text))
	k := strings.LastIndex(f, "phoi hop")
	if k < 0 {
		return false
	}
	rest := f[k+len("phoi hop"):]
	return firstVerb(rest, 0) == len(rest)
}

// asExecutes are the folded words of the closing article of a decision
// that names who executes it, which assigns no task.
var asExecutes = []string{"chiu trach nhiem thi hanh", "thi hanh quyet dinh nay", "thi hanh chi thi nay"}

// executesDocument reports whether a sentence is the closing article of a
// decision ("Chánh Văn phòng UBND tỉnh; Giám đốc Sở …; … chịu trách nhiệm
// thi hành Quyết định này").
func executesDocument(sentence string) bool {
	return containsAny(asciiFold([]rune(sentence)), asExecutes)
}

// agencyDutySentence reads a sentence that opens with an agency (or the
// post that heads it), after a connective or an item's topic (asTopicRe),
// followed by its duty ("Chánh Văn phòng UBND tỉnh thường xuyên theo dõi,
// đôn đốc …", "Các đơn vị chỉ đạo …", "2. Về dự án …: Bộ Xây dựng khẩn
// trương rà soát …"); ok is false for any other sentence and for one
// that reports what was done ("Sở Nội vụ đã tổ chức …").
func agencyDutySentence(sentence string, memo *taskMemo, year int) (dataset.Task, bool) {
	t, _, ok := agencyDuty(sentence, memo, year)
	return t, ok
}

// agencyDuty reads a sentence as agencyDutySentence does, and reports
// besides whether the sentence asks the duty of the body, in the passive
// (passiveRequest: "Các bộ, ngành được chỉ đạo phải …") or with a modal
// (modalBefore: "Các đơn vị cần …"), rather than stating what it does.
func agencyDuty(sentence string, memo *taskMemo, year int) (t dataset.Task, asked, ok bool) {
	s := strings.TrimSpace(sentence)
	f := asciiFold([]rune(s))
	if k := connectiveEnd(f); k > 0 {
		s, f = string([]rune(s)[k:]), f[k:] // "Theo đó, các bộ, cơ quan tiếp tục …"
	}
	if k, topic := topicEnd(f); topic {
		s, f = string([]rune(s)[k:]), f[k:] // "2. Về dự án …: Bộ Xây dựng khẩn trương …"
	}
	if k := leadingClauseEnd(s, f); k > 0 {
		s, f = string([]rune(s)[k:]), f[k:] // "Để xác định vị trí …, Ủy ban nhân dân tỉnh … phối hợp …"
	}
	if !startsAgency(f) && !hasAnyPrefix(f, asTitles) {
		return dataset.Task{}, false, false
	}
	end := firstVerb(f, 0)
	if end == len(f) || !leadSpan(f[:end]) {
		return dataset.Task{}, false, false
	}
	for _, w := range []string{" da ", " vua ", " dang "} {
		// Only the words before the verb: "Đăng ký" in a body's name
		// ("Văn phòng Đăng ký đất đai") folds as "đang" does.
		if strings.Contains(f[max(0, end-12):min(end+len(w), len(f))], w) {
			return dataset.Task{}, false, false // a report of what was done
		}
	}
	if describesAgency(f[end:]) {
		return dataset.Task{}, false, false // "Sở Nội vụ thường xuyên là cơ quan thường trực …"
	}
	if containsAny(" "+f[:end]+" ", asApprovals) {
		return dataset.Task{}, false, false // "Chủ tịch UBND tỉnh … chấp thuận ý kiến đề xuất của Sở Tài chính …": a decision, no duty
	}
	if speaksOrAims([]rune(s)[:end], f[:end]) {
		return dataset.Task{}, false, false // "Phó Chủ tịch UBND tỉnh … nêu rõ, mục tiêu hướng đến là đảm bảo …"
	}
	if quotaOf(f, end) {
		return dataset.Task{}, false, false // "… các xã, thị trấn cần có hồ sơ … đạt tỷ lệ từ 50% trở lên": a target for each
	}
	if strings.HasPrefix(f[end:], " phai duoc ") {
		return dataset.Task{}, false, false // "Trung tâm … phải được bố trí ở vị trí thuận lợi": what is done for it, no duty of its own
	}
	rs := []rune(s)
	from := askedFrom(f, 0, end) // "Sở Nội vụ TPHCM đề nghị các doanh nghiệp … sớm xây dựng …"
	bodyEnd, dutyFrom := end, end
	if k, d := passiveRequest(f, end); k > 0 {
		bodyEnd, dutyFrom, asked = k, d, true // "Các bộ, ngành được chỉ đạo phải đẩy nhanh …"
	} else if k := modalBefore(rs, f, end); k > 0 {
		bodyEnd, asked = k, true // "Các cơ quan, đơn vị cần tiếp tục …"
	}
	if strings.HasPrefix(f, "truong hop") {
		asked = false // "Trường hợp cần điều chỉnh …": a case, not a school
	}
	lead := agencyAt(rs, f, from, bodyEnd)
	if lead == "" {
		return dataset.Task{}, false, false
	}
	return dataset.Task{Task: strings.TrimSpace(string(rs[dutyFrom:])), Lead: memo.agencies(lead), Partners: nonNil(dutyPartners(s, memo)), Deadline: statedDeadline(s, year)}, asked, true
}

// asApprovals are the folded verbs by which the body a sentence opens
// with approves what another proposed ("chấp thuận ý kiến đề xuất", "đồng
// ý với đề xuất"): the verb of a duty after them is the proposal's.
var asApprovals = []string{" chap thuan ", " dong y "}

// asPassiveRe matches, in folded text after a body's words, a request
// made of the body in the passive: "được chỉ đạo phải", "được đề nghị",
// "được yêu cầu".
var asPassiveRe = regexp.MustCompile(`^ duoc (?:chi dao|yeu cau|de nghi)(?: phai)? `)

// passiveRequest returns, for a sentence whose folded text f has its
// body's first verb at end, where the body's name ends and its duty
// starts when the body is asked in the passive ("Các bộ, ngành được chỉ
// đạo phải đẩy nhanh …": the bodies "Các bộ, ngành", the duty "đẩy nhanh
// …"; "Bộ trưởng … được đề nghị tập trung …"); 0, 0 otherwise. The
// request stands right before the verb or is the verb ("chỉ đạo").
func passiveRequest(f string, end int) (bodyEnd, dutyFrom int) {
	k := strings.LastIndex(f[:min(end+1, len(f))], " duoc ")
	if k < 0 {
		return 0, 0
	}
	m := asPassiveRe.FindStringIndex(f[k:])
	if m == nil || k+m[1] < end {
		return 0, 0
	}
	return k, k + m[1]
}

// modalReach is how far, in folded bytes, the modal "cần" may stand
// before a body's first verb: adverbs may come between ("cần nhanh chóng
// rà soát").
const modalReach = 24

// modalBefore returns where a body's name ends when the words before its
// first verb (at end, of folded f; rs the runes f folds) hold the modal
// "cần" or "cũng cần" ("Các cơ quan, đơn vị cần tiếp tục …"); 0 when they
// do not. "căn cứ" folds as "cần" does and is no modal.
func modalBefore(rs []rune, f string, end int) int {
	k := strings.LastIndex(f[:end]+" ", " can ")
	if k <= 0 || end-k > modalReach || !modalCan(rs, k+1) {
		return 0
	}
	if strings.HasSuffix(f[:k], " cung") {
		k -= len(" cung")
	}
	return k
}

// modalCan reports whether the word at rune k of rs is "cần", as the
// modal stands inside a sentence: in small letters ("Cần Thơ" in a body's
// name is none).
func modalCan(rs []rune, k int) bool {
	return k+3 <= len(rs) && string(rs[k:k+3]) == "cần"
}

// modalDutySentence reads a sentence that, after words of its own (who
// spoke, a purpose, a time), gives bodies a duty with a modal: "…, trong
// thời gian tới, các cơ quan, đơn vị, địa phương cần tiếp tục thực hiện
// tốt …". The bodies stand after a comma or at the sentence's start,
// right before "cần" or "phải", and a duty's verb follows; the task is
// the rest of the sentence.
func modalDutySentence(sentence string, memo *taskMemo, year int) (dataset.Task, bool) {
	s := strings.TrimSpace(sentence)
	rs := []rune(s)
	f := asciiFold(rs) // one byte a rune
	for _, m := range []string{" can phai ", " can ", " phai "} {
		k := strings.Index(f, m)
		if k < 0 || !opensDuty(f[k+len(m):]) || m != " phai " && !modalCan(rs, k+1) || strings.HasSuffix(f[:k], " da") {
			continue
		}
		// Where the bodies may start: after the nearest comma whose words
		// up to the modal open as a body, reaching back over the commas
		// inside their list ("các cơ quan, đơn vị, địa phương"), or at the
		// sentence's start; after a request's word in either ("Thứ trưởng
		// … yêu cầu các đơn vị cần …").
		from := -1
		for j := strings.LastIndex(f[:k], ", "); j >= 0; j = strings.LastIndex(f[:j], ", ") {
			if bodiesUpTo(f, j+2, k) && !speaksOrAims(rs[j+2:k], f[j+2:k]) {
				from = j + 2
			} else if from >= 0 {
				break
			}
		}
		if from < 0 && bodiesUpTo(f, 0, k) && !speaksOrAims(rs[:k], f[:k]) {
			from = 0
		}
		if from < 0 {
			continue
		}
		lead := agencyAt(rs, f, askedFrom(f, from, k), k)
		if lead == "" {
			continue
		}
		return dataset.Task{Task: strings.TrimSpace(string(rs[k+len(m):])), Lead: memo.agencies(lead), Partners: nonNil(dutyPartners(s, memo)), Deadline: statedDeadline(s, year)}, true
	}
	return dataset.Task{}, false
}

// bodiesUpTo reports whether the folded words f[from:to] may name the
// bodies a duty is asked of: they open as a body or after a request's
// word, hold no verb, and are no case ("Trường hợp …").
func bodiesUpTo(f string, from, to int) bool {
	at := askedFrom(f, from, to)
	return (startsAgency(f[at:to]) || hasAnyPrefix(f[at:to], asTitles)) && !strings.HasPrefix(f[at:], "truong hop") && firstVerb(f, at) >= to
}

// opensDuty reports whether folded words open with a duty's verb
// (ptDutyOpeners) and not with a body or a post ("giám đốc" folds as
// "giảm" does).
func opensDuty(f string) bool {
	return opensWithDutyVerb(f) && !startsAgency(f) && !hasAnyPrefix(f, asTitles) && !ptBasisRe.MatchString(f)
}

// ptBasisRe matches, folded, the words a sentence opens with when it
// names the directive or document it acts on ("Thực hiện chỉ đạo của Ban
// Thường vụ …", "Thực hiện Công văn số 327-CV/ĐU …"): the basis of what
// follows, no duty.
var ptBasisRe = regexp.MustCompile(`^thuc hien (?:y kien )?(?:chi dao|cong van|cong dien|ke hoach|quyet dinh|nghi quyet|chi thi|thong bao|ket luan|van ban|thong tu|nghi dinh)(?: so \d| so:| cua | tai |,)`)

// asDirectorRe matches the folded words of a leader who directs in
// person, before "chỉ đạo": a post of one person (the Prime Minister, a
// minister, a chairman or vice-chairman), maybe with the name, not a
// body ("UBND tỉnh chỉ đạo …" gives the body's own duty).
var asDirectorRe = regexp.MustCompile(`^(?:(?:ong|ba|dong chi) )?(?:pho thu tuong|thu tuong|bo truong|pho chu tich|chu tich)(?: chinh phu)?(?: [a-z]+){0,4} chi dao `)

// leaderDirective reads a sentence in which a leader directs a duty
// without naming a body: "Thủ tướng chỉ đạo khẩn trương rà soát, sửa đổi
// các quy định …" is a task with no lead. A leader named with a body's
// words ("Chủ tịch UBND tỉnh chỉ đạo …") is left to the other readers.
func leaderDirective(sentence string, memo *taskMemo, year int) (dataset.Task, bool) {
	s := strings.TrimSpace(sentence)
	rs := []rune(s)
	f := asciiFold(rs)
	m := asDirectorRe.FindStringIndex(f)
	if m == nil || strings.Contains(f[:m[1]], "ubnd") || strings.Contains(f[:m[1]], "uy ban") || !opensDuty(f[m[1]:]) {
		return dataset.Task{}, false
	}
	return dataset.Task{Task: strings.TrimSpace(string(rs[m[1]:])), Lead: []string{}, Partners: nonNil(dutyPartners(s, memo)), Deadline: statedDeadline(s, year)}, true
}

// asEnumRe matches a marker of a duty enumerated inside a sentence:
// "(i)", "(ii)", "(1)", "(2)".
var asEnumRe = regexp.MustCompile(`(?:^|[\s:;,.])\(((?:i{1,3}|iv|vi{0,3}|ix|x)|\d{1,2})\)\s`)

// enumeratedDuties splits the duty t read from text into the duties text
// enumerates inline ("Các bộ, cơ quan, địa phương: (i) Tiếp tục cắt giảm
// …; (ii) Hoàn thành trong năm 2025 …"): one task per marker, with t's
// lead, each with its own partners and time. t alone when text
// enumerates fewer than two duties or does not start at (i) or (1).
func enumeratedDuties(t dataset.Task, text string, memo *taskMemo, year int) []dataset.Task {
	ms := asEnumRe.FindAllStringSubmatchIndex(text, -1)
	if len(ms) < 2 || (text[ms[0][2]:ms[0][3]] != "i" && text[ms[0][2]:ms[0][3]] != "1") {
		return []dataset.Task{t}
	}
	out := make([]dataset.Task, 0, len(ms))
	for k, m := range ms {
		end := len(text)
		if k+1 < len(ms) {
			end = ms[k+1][0]
		}
		part := strings.TrimRight(strings.TrimSpace(text[m[1]:end]), " ;,.")
		if part == "" {
			continue
		}
		d := t
		d.Code, d.Task = text[m[2]:m[3]], part
		d.Partners, d.Deadline = nonNil(dutyPartners(part, memo)), statedDeadline(part, year)
		out = append(out, d)
	}
	if len(out) < 2 {
		return []dataset.Task{t}
	}
	return out
}

// asLeadingClauses are the words, in small letters, that open a clause of
// purpose or of role a sentence may put before the body it gives a duty
// to: "Để xác định vị trí cụ thể của dự án, Ủy ban nhân dân tỉnh … phối
// hợp …", "với vai trò là chủ đầu tư, Tập đoàn … chủ động làm việc …",
// and of the basis it acts on: "trên cơ sở kế hoạch được duyệt, các cơ
// quan, đơn vị liên quan có trách nhiệm …". They are matched as written:
// "Đề nghị", "Đề xuất" fold as "Để" does.
var asLeadingClauses = []string{"để ", "nhằm ", "với vai trò ", "là cơ quan ", "trong quá trình ", "sau khi ", "khi ", "trên cơ sở ", "căn cứ "}

// leadingClauseEnd returns the offset in s (and in f, its fold, one byte
// a rune) of the body that stands after a leading clause of
// asLeadingClauses, at the first of its commas (within asLeadingReach
// runes) that a body follows; 0 when s opens with no such clause or no
// body follows.
func leadingClauseEnd(s, f string) int {
	opens := false
	for _, w := range asLeadingClauses {
		if len(s) >= len(w) && strings.ToLower(s[:len(w)]) == w {
			opens = true
			break
		}
	}
	if !opens {
		return 0
	}
	return max(bodyAfterComma(f, 0), 0)
}

// bodyAfterComma returns the offset in folded f after the first comma at
// or after from, within asLeadingReach runes of it, that a body follows
// (startsAgency): where the bodies a leading clause or an aside holds
// off stand; -1 when no body follows any.
func bodyAfterComma(f string, from int) int {
	for k := strings.Index(f[from:], ", "); k >= 0 && k <= asLeadingReach; {
		if startsAgency(f[from+k+len(", "):]) {
			return from + k + len(", ")
		}
		next := strings.Index(f[from+k+1:], ", ")
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return -1
}

// asLeadingReach is how many runes a leading clause (leadingClauseEnd)
// may have.
const asLeadingReach = 160

// asRequestWords are the folded words that ask a body for something:
// "yêu cầu", "đề nghị".
var asRequestWords = []string{"yeu cau ", "de nghi "}

// requestBefore reports whether folded f asks a body for something
// ("yêu cầu", "đề nghị") and names its duty's verb before offset at:
// "yêu cầu các đơn vị căn cứ … địa bàn được giao phụ trách" (but not
// "yêu cầu các đơn vị, địa phương được giao nhiệm vụ …", where "được
// giao" follows the bodies asked).
func requestBefore(f string, at int) bool {
	for _, w := range asRequestWords {
		if k := assignWordAt(f, w); k >= 0 && k < at && firstVerb(f, k+len(w)) < at {
			return true
		}
	}
	return false
}

// asConnectives are the folded words, before their comma, a sentence of
// a report may open with before the agency it gives a duty to.
var asConnectives = []string{"dong thoi", "ben canh do", "canh do", "ngoai ra", "cung voi do", "tiep theo", "theo do", "cu the"}

// connectiveEnd returns the offset in f (folded, one byte a rune) after
// the connective of asConnectives and the comma f opens with, 0 when
// none.
func connectiveEnd(f string) int {
	return openerEnd(f, asConnectives)
}

// openerEnd returns the offset in folded f after the word of openers it
// opens with and the comma and space after it ("Theo đó, …"), 0 when
// none. Each reader of duties in prose keeps its own openers.
func openerEnd(f string, openers []string) int {
	for _, c := range openers {
		if len(f) > len(c)+1 && strings.HasPrefix(f, c) && f[len(c)] == ',' && f[len(c)+1] == ' ' {
			return len(c) + 2
		}
	}
	return 0
}

// asReportedRe matches the words a report opens a sentence with when it
// goes on to say what the document it reports asks of an agency: "Theo
// đó, …", "Theo Kế hoạch, …", "Theo Chỉ thị này, …", "Chỉ thị nêu rõ: …".
var asReportedRe = regexp.MustCompile(`^(?:theo (?:do|` + asReportedKinds + `)(?: nay| tren)?, |(?:` + asReportedKinds + `)(?: nay| tren)? (?:neu ro|neu|chi ro|yeu cau|xac dinh|de ra): )`)

// asReportedKinds are the folded kinds of document a report says asks
// something (asReportedRe).
const asReportedKinds = `ke hoach|chi thi|cong dien|quyet dinh|thong bao|ket luan|van ban|cong van|nghi quyet`

// opensReport reports whether a line opens a sentence with the words a
// report goes on with ("Theo đó, …", "Đồng thời, …"), written with a
// capital: no sentence runs on into it from the line above.
func opensReport(line string) bool {
	rs := []rune(line)
	if len(rs) == 0 || !unicode.IsUpper(rs[0]) {
		return false
	}
	f := asciiFold(rs)
	return asReportedRe.MatchString(f) || connectiveEnd(f) > 0
}

// reportedDutySentence reads a sentence of a report that gives the duty
// of an agency as the document it reports states it, with no assignment
// before it ("Theo đó, các bộ, cơ quan tiếp tục hướng dẫn …").
func reportedDutySentence(sentence string, memo *taskMemo, year int) (dataset.Task, bool) {
	rs := []rune(strings.TrimSpace(sentence))
	end := reportOpeningEnd(asciiFold(rs)) // one byte a rune
	if end == 0 || strings.HasSuffix(string(rs), ":") {
		return dataset.Task{}, false
	}
	t, ok := agencyDutySentence(string(rs[end:]), memo, year)
	for _, l := range t.Lead {
		if runesOver(l, 80) || strings.ContainsAny(l, "0123456789") {
			return dataset.Task{}, false // "UBND tỉnh đặt ra 7 nhóm chỉ tiêu để triển khai …": no agency's name
		}
	}
	return t, ok
}

// reportOpeningEnd returns the offset in folded f after the words a
// report opens a sentence with (asReportedRe) and the time it sets what
// follows in ("Theo đó, từ quý III năm 2021, các sở …"); 0 when it opens
// with no such words.
func reportOpeningEnd(f string) int {
	m := asReportedRe.FindStringIndex(f)
	if m == nil {
		return 0
	}
	return m[1] + timeOpeningEnd(f[m[1]:])
}

// headlineRunOn reports whether sentence s of a paragraph runs from a
// line that ends with a word, no stop, into a line that opens with a
// capital: a press item's headline joined to its first sentence, whose
// request sums up the item rather than stating a task.
func headlineRunOn(p *page, para assignParagraph, s clause) bool {
	first, last := para.lineAt(s.from), para.lineAt(max(s.from, s.to-1))
	if first == last || first+1 >= len(p.lines) {
		return false
	}
	end := []rune(strings.TrimSpace(p.lines[first]))
	next := []rune(strings.TrimSpace(p.lines[first+1]))
	if len(end) == 0 || len(next) == 0 {
		return false
	}
	return unicode.IsLower(end[len(end)-1]) && unicode.IsUpper(next[0])
}

// assignParagraph is a run of lines read as one text: the lines joined
// with a space, and the rune offset each line starts at.
type assignParagraph struct {
	text   []rune
	starts []int // rune offset of each line in text
	lines  []int // 0-based line of each start
}

// lineAt returns the line that holds rune offset pos of the paragraph,
// passing over the spaces that join lines.
func (a assignParagraph) lineAt(pos int) int {
	for pos < len(a.text) && a.text[pos] == ' ' {
		pos++
	}
	k := 0
	for k+1 < len(a.starts) && a.starts[k+1] <= pos {
		k++
	}
	return a.lines[k]
}

// runsOnNumber reports whether a line that goes on an open sentence opens
// with a number of that sentence, not an item's: digits without a dot or
// bracket, then a word in small letters ("… báo cáo Thủ tướng Chính phủ
// trong tháng" / "12 năm 2025.").
func runsOnNumber(line string) bool {
	k := 0
	for k < len(line) && isDigit(line[k]) {
		k++
	}
	if k == 0 || k+1 >= len(line) || line[k] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(line[k+1:])
	return unicode.IsLower(r)
}

// assignParagraphs joins the lines an assignment may stand on into
// paragraphs: a line that ends no sentence continues on the next line,
// unless that one opens an item or stands in a section of another role.
func assignParagraphs(p *page, roles []string) []assignParagraph {
	var out []assignParagraph
	var cur *assignParagraph
	held := -1 // the paragraph a blank line cut in an open sentence, which the page after a page break goes on with
	for i := range p.lines {
		line := strings.TrimSpace(p.lines[i])
		if line == "" && cur != nil {
			held = len(out) - 1
		}
		if roles[i] == roleNone || roles[i] == roleSection || p.skip[i] || line == "" {
			cur = nil
			continue
		}
		if held >= 0 && cur == nil && lineAbove(p.lines, i) == out[held].lines[len(out[held].lines)-1] {
			cur = &out[held] // "… các bộ, cơ quan liên" / page furniture / "quan xem xét …"
		}
		held = -1
		if cur != nil && (startsItem(line) && !runsOnNumber(line) || roles[i] != roles[cur.lines[0]] || opensReport(line) || asArticle.MatchString(line)) {
			cur = nil // "Tập trung thực thi … TTHC" (a title) / "Theo đó, các bộ …" / "Điều 2. …" under "(Có kế hoạch … kèm theo)"
		}
		if cur == nil {
			out = append(out, assignParagraph{})
			cur = &out[len(out)-1]
		} else {
			cur.text = append(cur.text, ' ')
		}
		cur.starts = append(cur.starts, len(cur.text))
		cur.lines = append(cur.lines, i)
		cur.text = append(cur.text, []rune(line)...)
		if endsSentence(line) || asksBelow([]rune(line)) || strings.HasSuffix(line, "|") {
			cur = nil // "… trên nền tảng số |": a cell of the site's table ends with its line
		}
	}
	return out
}

// sentencesOf splits a line into sentences at the full stops that end one.
func sentencesOf(rs []rune) []clause {
	var out []clause
	start := 0
	for i, r := range rs {
		if r == '.' && sentenceEnd(rs, i) {
			out = append(out, clause{start, i})
			start = i + 1
		}
	}
	if start < len(rs) {
		out = append(out, clause{start, len(rs)})
	}
	return out
}

// statedDeadline reads the time a duty in prose states: a day or a
// recurrence as dutyDeadline reads them, else a completion time
// ("hoàn thành trong quý II/2026", "từ nay đến hết năm 2025").
func statedDeadline(text string, year int) dataset.Deadline {
	if d := dutyDeadline(text, year); d.Text != "" {
		return d
	}
	return proseDeadline(text, year)
}

// asGiaoNouns are the folded words after which "giao" is part of a noun,
// not the verb that assigns: "giáo dục", "giao thông", "giao dịch",
// "giao lưu", "giao tiếp", "giao kết", a briefing ("họp giao ban định
// kỳ", "giao ban hằng tuần").
var asGiaoNouns = []string{"duc", "thong", "dich", "luu", "tiep", "ket", "ban dinh ky", "ban hang ", "ban thuong ky", "ban truc tuyen"}

// asAssignWords are the folded words that assign a duty to the bodies
// after them ("giao Sở Nội vụ …", "yêu cầu các sở …"); the last, "chỉ đạo",
// only when a committee directs named bodies.
var asAssignWords = []string{"giao cho ", "giao ", "yeu cau ", "de nghi ", "chi dao "}

// asGivenDutyNouns are the folded words before "được giao" that make it
// describe duties already given ("các nhiệm vụ, giải pháp đã được giao",
// "chỉ tiêu được giao"), not a body being assigned.
var asGivenDutyNouns = []string{"nhiem vu", "giai phap", "chi tieu", "muc tieu", "ke hoach", "nhiem vu da", "giai phap da",
	"chi tieu da", "muc tieu da", "ke hoach da"}

// steeringCommitteeEnd reports whether folded words end with the "Ban"
// of "Ban chỉ đạo" (a steering committee), not with "văn bản" ("… có văn
// bản chỉ đạo các sở …").
func steeringCommitteeEnd(before string) bool {
	return (before == "ban " || strings.HasSuffix(before, " ban ")) && !strings.HasSuffix(before, "van ban ")
}

// requestAsidesSkipped returns s with what stands between a request set
// off by a comma or a colon and the bodies it asks left out ("Chủ tịch
// UBND tỉnh yêu cầu, trong thời gian tới, các sở, ngành tập trung …",
// "… yêu cầu, để tiếp tục triển khai …, Thủ trưởng các sở … dự thảo …"
// → "… yêu cầu các sở, ngành tập trung …"), so that the request names its
// bodies as assignment reads them; s as it is when no request is so set
// off or no body follows within asLeadingReach runes.
func requestAsidesSkipped(s string) string {
	if !strings.Contains(s, ", ") && !strings.Contains(s, ": ") {
		return s
	}
	rs := []rune(s)
	f := asciiFold(rs) // one byte a rune
	for _, w := range []string{"yeu cau", "de nghi"} {
		k := strings.Index(f, " "+w)
		if k < 0 || k+1+len(w)+2 > len(f) {
			continue
		}
		at := k + 1 + len(w)
		if f[at:at+2] != ", " && f[at:at+2] != ": " {
			continue
		}
		j := at + len(", ") // "yêu cầu: Các sở …", "yêu cầu, các sở …"
		if !startsAgency(f[j:]) {
			j = bodyAfterComma(f, j) // "yêu cầu, trong thời gian tới, các sở …"
		}
		if j >= 0 {
			return string(rs[:at]) + " " + string(rs[j:])
		}
	}
	return s
}

// assignWordAt returns the offset in folded f of the first word w ("giao
// ", "yêu cầu ", …) that assigns, passing over "giao" as part of a noun
// ("… cho ngành Giáo dục và Đào tạo …: Giao Bộ Giáo dục và Đào tạo chủ trì
// …") and "chỉ đạo" as part of "Ban chỉ đạo"; -1 when there is none.
func assignWordAt(f, w string) int {
	for from := 0; from < len(f); {
		k := strings.Index(f[from:], w)
		if k < 0 {
			return -1
		}
		k += from
		if w != "giao " && (w != "chi dao " || !steeringCommitteeEnd(f[:k])) || w == "giao " && !hasAnyPrefix(f[k+len(w):], asGiaoNouns) {
			return k // not "giao" of a noun ("giao dịch"), nor the "chỉ đạo" of "Ban chỉ đạo"
		}
		from = k + len(w)
	}
	return -1
}

// assignment reads one sentence as an assignment: the agency after "giao
// (cho)" or "yêu cầu", or before "được giao"; ok is false when the
// sentence assigns nothing.
func assignment(sentence string, memo *taskMemo, year int) (dataset.Task, bool) {
	s := requestAsidesSkipped(strings.TrimSpace(sentence))
	f := asciiFold([]rune(s)) // one byte per rune of s
	rs := []rune(s)
	var lead string
	duty := 0 // where the duty starts, after the agency and the words that assign it
	byGiao := strings.Index(f, " duoc giao ")
	if byGiao >= 0 && (assignWordAt(f, "giao ") < byGiao || requestBefore(f, byGiao)) {
		// "Giao Bộ Giáo dục và Đào tạo, Bộ Y tế nghiên cứu … liên quan
		// đến chức năng, nhiệm vụ được giao …", "UBND tỉnh yêu cầu các
		// đơn vị căn cứ … địa bàn được giao phụ trách …": the assignment
		// or request comes first; "được giao" only says what the body's
		// duties are.
		byGiao = -1
	}
	if byGiao >= 0 && hasAnySuffix(f[:byGiao], asGivenDutyNouns) {
		byGiao = -1 // "… hoàn thành các nhiệm vụ, giải pháp đã được giao tại …": the duties given before, no one assigned here
	}
	switch {
	case byGiao >= 0:
		k := byGiao
		from := strings.LastIndex(f[:k], " - ") + 1 // "TPO - Sở Nội vụ được giao"
		if from > 0 {
			from += 2
		}
		from += connectiveEnd(f[from:]) // "Theo đó, các tỉnh, thành phố được giao …"
		for _, w := range asRequestWords {
			if r := assignWordAt(f, w); r >= from && r < k {
				from = r + len(w) // "UBND tỉnh yêu cầu các đơn vị, địa phương được giao nhiệm vụ …": the bodies asked
			}
		}
		lead, duty = agencyAt(rs, f, from, k), k+len(" duoc giao ")
	case strings.Contains(f, "giao "), strings.Contains(f, "yeu cau "), strings.Contains(f, "de nghi "), strings.Contains(f, "chi dao "):
		for _, w := range asAssignWords {
			k := assignWordAt(f, w)
			if k < 0 || (k > 0 && (isASCIILetter(f[k-1]) || f[k-1] == '#')) {
				continue // "Giao" inside a word; after a space or marks ("**Giao") it assigns
			}
			if w == "chi dao " && (!startsAgency(f[k+len(w):]) || !directsBodies(f[:k]) && (k == 0 || connectiveEnd(f) != k)) {
				// "UBND tỉnh Hòa Bình chỉ đạo các Sở, ban, ngành … chủ động
				// triển khai …", "UBND tỉnh cũng chỉ đạo Sở Nội vụ chủ trì …":
				// a committee directs the bodies; not "Sở X chỉ đạo triển khai".
				// "Đồng thời, chỉ đạo Trung tâm …" goes on with the one who
				// directed in the sentence before.
				continue
			}
			if w == "chi dao " && strings.HasSuffix(f[:k], " da ") && directsBodies(f[:k]) {
				// "Trong năm 2025, UBND tỉnh đã chỉ đạo các cấp …", "Tỉnh đã
				// chỉ đạo các cơ quan, đơn vị tập trung …": what the province
				// did, reported.
				continue
			}
			if w == "yeu cau " && nounYeuCau(f[:k]) {
				continue // "trường hợp yêu cầu phải cấp giấy phép": a requirement, not a request
			}
			if w != "giao cho " && w != "giao " && strings.HasSuffix(f[:k], "duoc ") {
				continue // "… công chức được yêu cầu phải …": what is asked of people, not a body's duty
			}
			from := k + len(w)
			if w == "yeu cau " && opensDuty(f[from:]) && leaderAsks(f[:k]) && !quotesOther(f[:k]) {
				lead, duty = "-", from // "Thủ tướng … yêu cầu hoàn thành việc cắt giảm …": a leader's demand, no body named
				break
			}
			end := firstVerb(f, from)
			if end == len(f) {
				continue
			}
			if quotesOther(f[:k]) {
				break // "Theo Công văn số … của Bộ … yêu cầu …": another body's requirement
			}
			if strings.HasPrefix(f[from:], "nguoi dung dau") && strings.HasPrefix(strings.TrimLeft(f[end:], " "), "phai ") {
				break // "yêu cầu người đứng đầu các cơ quan … phải thể hiện trách nhiệm nêu gương": a call on the heads, not a duty
			}
			if appealsToPublic(f[end:]) {
				break // "yêu cầu các bộ, cơ quan, địa phương, tổ chức, cá nhân liên quan … phải khẩn trương …": an appeal to all
			}
			if w == "de nghi " && k > 0 && !headsOfAll(f[from:end]) && !strings.HasPrefix(f[from:], "cac bo") && !(memo.concludes && leaderAsks(f[:k])) &&
				!ownBodiesAsked(f[:k], f[from:end]) {
				break // "đề nghị" to one body or to some: read only in a letter to all ministries or provinces, or from a leader's conclusions
			}
			lead, duty = "", end
			bodyEnd := end
			if k := modalBefore(rs, f, end); k > from {
				bodyEnd = k // "chỉ đạo Giám đốc Trung tâm … cần chuẩn bị …": the modal ends the name
			}
			if w != "de nghi " || !strings.HasPrefix(f[from:], "dong chi ") || !headsOfAll(f[from:end]) {
				lead = agencyAt(rs, f, from, bodyEnd) // not "đề nghị Đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …"
			}
			if lead == "" && w == "yeu cau " && strings.HasPrefix(f[from:], "phai ") {
				lead, duty = "-", from // "yêu cầu phải bảo đảm …": a duty without its agency
			}
			if lead == "" && w == "de nghi " && headsOfAll(f[from:end]) {
				// "đề nghị Đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang
				// bộ, Chủ tịch UBND tỉnh … chỉ đạo …": a letter to every
				// ministry and province, a duty without a lead.
				lead, duty = "-", end
			}
			break
		}
	}
	if lead != "" && generalDuty(f[duty:]) {
		// "… tập trung chỉ đạo, tổ chức triển khai nghiêm túc các nhiệm vụ
		// trọng tâm": a call to carry out the duties, not one of them.
		return dataset.Task{}, false
	}
	// "UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp …": the task is the
	// duty; who assigns it and to whom stay in the source line and the lead.
	text := strings.TrimSpace(string(rs[duty:]))
	if lead == "" || strings.HasSuffix(text, ":") && !strings.Contains(text, ";") {
		// Nothing assigned, or "… yêu cầu các sở tập trung thực hiện các
		// nội dung sau:": the duties are the list after it.
		return dataset.Task{}, false
	}
	if text == "" {
		text = s
	}
	t := dataset.Task{Task: text, Lead: []string{}, Partners: nonNil(dutyPartners(s, memo)), Deadline: statedDeadline(s, year)}
	if lead != "-" {
		t.Lead = memo.agencies(lead)
	}
	return t, true
}

// ownBodiesAsked reports whether "đề nghị" asks the bodies under the
// one that asks (folded: before, the words before it; asked, the bodies
// after it): a committee or no one named, the words before it being a
// connective ("Theo đó, đề nghị …", "UBND tỉnh đề nghị …"), asking the
// departments, the districts or communes, or the units of the place
// ("các sở, ban, ngành và UBND các huyện …"); or an office asking the
// units it serves ("Văn phòng Bộ xin thông báo và đề nghị các đơn vị liên
// quan …"); or a department asking the units it writes to
// (departmentAsks).
func ownBodiesAsked(before, asked string) bool {
	if departmentAsks(before) && hasAnyPrefix(asked, []string{"cac co quan, don vi", "cac don vi"}) {
		return true // "Sở Nội vụ đề nghị các cơ quan, đơn vị nghiên cứu …": a department's letter to the units it writes to
	}
	if connectiveEnd(before) != len(before) && !asCommitteeRe.MatchString(before) && !officeAsks(before) {
		return false
	}
	return hasAnyPrefix(asked, asOwnBodies)
}

// departmentAsks reports whether the folded words before "đề nghị" are a
// department's name alone ("Sở Nội vụ"): a sentence of at most
// officeAskWords words that opens with "sở" and names one body.
func departmentAsks(before string) bool {
	b := strings.TrimSpace(before)
	return strings.HasPrefix(b, "so ") && !strings.Contains(b, ",") && len(strings.Fields(b)) <= officeAskWords
}

// officeAsks reports whether the folded words before "đề nghị" are an
// office's, of a ministry or a committee, that asks ("Văn phòng Bộ xin
// thông báo và", "Văn phòng UBND tỉnh"): a sentence of at most
// officeAskWords words that opens with "văn phòng".
func officeAsks(before string) bool {
	b := strings.TrimSpace(before)
	return strings.HasPrefix(b, "van phong ") && len(strings.Fields(b)) <= officeAskWords
}

// officeAskWords is how many words the office or department that asks,
// and what it says, may take before "đề nghị".
const officeAskWords = 10

// asOwnBodies are the folded openings of the bodies under a province's or
// a commune's committee: its departments, one named ("Sở TT-TT") or all,
// its districts, communes and units, the heads of those ("lãnh đạo
// các Sở, ngành", "Chủ tịch UBND các huyện"), and the provincial post
// office that takes and returns dossiers for its one-stop service.
var asOwnBodies = []string{"cac so", "so, ban", "so ", "cac co quan, don vi", "cac don vi", "ubnd cac", "uy ban nhan dan cac", "ubnd cap", "uy ban nhan dan cap", "cac dia phuong", "cac phong",
	"lanh dao cac so", "thu truong cac so", "giam doc cac so", "thu truong cac co quan", "chu tich ubnd cac", "chu tich uy ban nhan dan cac", "buu dien tinh"}

// asPlaceDirectsRe matches, folded, the words before "chỉ đạo" that make
// the province or city itself, or a steering committee, the one who
// directs: "Sau lễ công bố này, tỉnh …", "Tỉnh Bắc Giang tiếp tục …",
// "Ban chỉ đạo Đề án 30 của Chính phủ tiếp tục …".
var asPlaceDirectsRe = regexp.MustCompile(`(?:^|, )(?:(?:tinh|thanh pho)(?: [a-z]+){0,3}?|ban chi dao(?: [^,.;:]{0,60})?) (?:cung |tiep tuc |da |vua |se )*$`)

// directsBodies reports whether the folded words before "chỉ đạo" name
// one who directs the bodies after it: a people's committee or its
// chairman (asCommitteeRe), or the province itself or a steering
// committee (asPlaceDirectsRe); not "Sở X chỉ đạo triển khai …".
func directsBodies(before string) bool {
	return asCommitteeRe.MatchString(before) || asPlaceDirectsRe.MatchString(before)
}

// asCommitteeRe matches, folded, a people's committee or its chairman
// ("UBND tỉnh Hòa Bình", "Ủy ban nhân dân tỉnh", "Chủ tịch UBND thành
// phố"), which directs the bodies under it.
var asCommitteeRe = regexp.MustCompile(`\b(?:ubnd|uy ban nhan dan) (?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\b`)

// asPublicRe matches the folded words that, where the first verb of an
// assignment was taken to stand, go on with the addressees instead:
// "tổ chức, cá nhân" (organisations and individuals), the noun, not the
// verb "tổ chức".
var asPublicRe = regexp.MustCompile(`^ to chuc,? (?:va )?ca nhan\b`)

// appealsToPublic reports whether the folded text from an assignment's
// first verb goes on naming organisations and individuals among those
// asked ("yêu cầu các bộ, cơ quan, địa phương, tổ chức, cá nhân liên quan
// … phải khẩn trương …"): an appeal to everyone, not a body's duty.
func appealsToPublic(f string) bool {
	return asPublicRe.MatchString(f)
}

// asAllHeadsRe matches the addressees of a letter to the heads of every
// ministry or province: "Bộ trưởng, Thủ trưởng cơ quan ngang bộ", "Chủ
// tịch UBND các tỉnh, thành phố trực thuộc Trung ương".
var asAllHeadsRe = regexp.MustCompile(`^(?:dong chi )?(?:bo truong|thu truong|chu tich)[a-z ,]*(?:co quan ngang bo|truc thuoc trung uong|cac tinh|cac bo)`)

// asLeaderRe matches the folded clause before "đề nghị" when it names a
// leader who concludes a meeting or a notice that records the
// conclusions: "Phó Thủ tướng", "Thủ tướng Chính phủ", "Chủ tịch UBND
// tỉnh", "Bộ trưởng", "Lãnh đạo UBND tỉnh", "Thông báo", "Kết luận".
var asLeaderRe = regexp.MustCompile(`^(?:(?:ong|ba|dong chi) [a-z ]*?)?(?:pho thu tuong|thu tuong|pho chu tich|chu tich|bo truong|thu truong|lanh dao|thong bao|ket luan)\b`)

// concludesLines is how many lines from its top a text names itself a
// notice of conclusions in.
const concludesLines = 10

// concludesMeeting reports whether a text is a notice of a leader's
// conclusions, or a report of one: its first lines name a notice
// ("Thông báo", "…/TB-VPCP") and conclusions ("kết luận của Phó Thủ
// tướng …"). Its requests ("đề nghị …") are the tasks it sets.
func concludesMeeting(p *page) bool {
	notice, conclusions := false, false
	for i := 0; i < len(p.fold) && i < concludesLines; i++ {
		f := p.fold[i]
		notice = notice || strings.Contains(f, "thong bao") || strings.Contains(f, "/tb-")
		conclusions = conclusions || strings.Contains(f, "ket luan")
	}
	return notice && conclusions
}

// leaderAsks reports whether the folded text before "đề nghị" ends with a
// clause whose subject is a leader or the notice of a leader's
// conclusions ("Phó Thủ tướng đề nghị Thường trực Tỉnh ủy Lào Cai tập
// trung …"): a request of a conclusions notice, which is a task, not a
// body's proposal to another ("Sở Nội vụ đề nghị UBND tỉnh …").
func leaderAsks(before string) bool {
	if k := strings.LastIndexAny(before, ",;.:"); k >= 0 {
		before = before[k+1:]
	}
	return asLeaderRe.MatchString(strings.TrimSpace(before))
}

// headsOfAll reports whether the folded words between "đề nghị" and the
// verb name the heads of every ministry or province.
func headsOfAll(f string) bool {
	return asAllHeadsRe.MatchString(strings.TrimSpace(f))
}

// asGeneralRe matches a duty that only asks to carry out the duties of
// the text ("tập trung chỉ đạo, tổ chức triển khai nghiêm túc, đồng bộ
// các nhiệm vụ trọng tâm", "triển khai thực hiện Kế hoạch này", "xây
// dựng kế hoạch và tổ chức thực hiện", "căn cứ theo kế hoạch chủ động tổ
// chức triển khai thực hiện"): its words are verbs of carrying
// out and their manner, its object the duties, the document or none.
var asGeneralRe = regexp.MustCompile(`^(?:(?:tap trung|chi dao|to chuc|trien khai|thuc hien|nghiem tuc|dong bo|quyet liet|hieu qua|kip thoi|khan truong|co hieu qua|va)[ ,]+)+(?:cac |nhung )?(?:nhiem vu|noi dung)(?: trong tam| chu yeu| tren| neu tren| sau| duoc giao| nay)?$|^(?:(?:tap trung|chi dao|to chuc|trien khai|thuc hien|nghiem tuc|dong bo|quyet liet|hieu qua|va)[ ,]+)+(?:ke hoach|cong van|chi thi|van ban|ket luan|quyet dinh) nay$|^(?:can cu (?:theo |vao )?(?:ke hoach|noi dung ke hoach)(?: nay)?,? )?(?:chu dong )?(?:xay dung ke hoach(?: cu the)?,? (?:va )?)?(?:to chuc |trien khai )*thuc hien(?: nghiem tuc| hieu qua| dong bo)?$|^(?:(?:tang cuong|tap trung|kip thoi|khan truong|quyet liet|chi dao|khac phuc|chan chinh|va)[ ,]+)*(?:chi dao|khac phuc|chan chinh)$`)

// generalDuty reports whether the folded text of a duty (to the end of its
// sentence) only asks to carry out the duties or the document, or only
// to direct and remedy with nothing named to do ("tăng cường chỉ đạo,
// khắc phục").
func generalDuty(f string) bool {
	return asGeneralRe.MatchString(strings.TrimSpace(strings.TrimRight(f, " .;:/")))
}

// asQuoteRe matches the start of a sentence that reports what another
// document says: "Theo Công văn số 3109/BTTTT-CĐSQG …".
var asQuoteRe = regexp.MustCompile(`^\s*theo (?:cong van|cong dien|quyet dinh|ke hoach|nghi quyet|chi thi|thong tu|nghi dinh|van ban|thong bao)(?: so)? [0-9]`)

// quotesOther reports whether the folded text before an assignment's verb
// cites another document as the one that assigns.
func quotesOther(before string) bool {
	return asQuoteRe.MatchString(before)
}

// asTitles are the folded titles of an agency's head that an assignment
// may name instead of the agency ("yêu cầu Giám đốc Sở Nông nghiệp …",
// "Chánh Văn phòng UBND tỉnh": the head of Văn phòng UBND tỉnh).
var asTitles = []string{"giam doc ", "thu truong ", "chanh ", "dong chi ", "lanh dao "}

// asNounBefore are the folded words after which "yêu cầu" is a noun (a
// requirement), not a request made to an agency.
var asNounBefore = []string{"truong hop", "theo", "cac", "nhung", "dap ung", "dung", "du", "co", "la", "moi", "nhu"}

// nounYeuCau reports whether the "yêu cầu" that follows the folded text
// before is a noun: "đối với trường hợp yêu cầu phải cấp giấy phép".
func nounYeuCau(before string) bool {
	before = strings.TrimSpace(before)
	for _, w := range asNounBefore {
		if before == w || strings.HasSuffix(before, " "+w) {
			return true
		}
	}
	return false
}

// asClauseEnds are the folded words that, ending the words before a
// duty's verb, make them a clause instead of a body's name: a modal ("sẽ",
// "cần", "phải"), "cũng", or a verb of speaking ("đề nghị", "yêu cầu",
// "nhấn mạnh", "lưu ý", "chỉ đạo").
var asClauseEnds = []string{"se", "can", "cung", "de nghi", "yeu cau", "nhan manh", "luu y", "chi dao", "cho biet", "khang dinh",
	"co noi dung", "co van ban", "co cong van"}

// clauseLead reports whether the folded words f taken for an agency's
// name end as a clause does ("Bộ Nội vụ sẽ", "Các đơn vị cần", "Bộ
// trưởng … cũng đề nghị"): a lead is a body, never a clause with a verb.
func clauseLead(f string) bool {
	return hasAnySuffix(strings.TrimRight(f, " ,;:"), asClauseEnds)
}

// leadSpan reports whether the folded words taken for a lead are short
// enough to name bodies: one name of up to 120 runes, or a list of up to
// 240 runes in which at least two parts after a comma or semicolon open as
// a body does ("Sở Nông nghiệp và Môi trường, Thuế Thành phố …, UBND cấp
// xã, Văn phòng Đăng ký đất đai …"; "Giám đốc/Thủ trưởng đơn vị, các cơ
// quan …; Chủ tịch UBND các huyện …; Chủ tịch UBND các xã …").
func leadSpan(f string) bool {
	if len(f) <= 120 {
		return true
	}
	if len(f) > 240 {
		return false
	}
	n := 0
	for _, p := range strings.FieldsFunc(f, func(r rune) bool { return r == ',' || r == ';' })[1:] {
		if startsAgency(strings.TrimSpace(p)) {
			n++
		}
	}
	return n >= 2
}

// asSpokenAims are folded words that no body's name holds: words taken
// for a body up to its first verb that hold them report what a speaker
// said or name an aim ("Phó Chủ tịch UBND tỉnh … nêu rõ, mục tiêu hướng
// đến là đảm bảo …", "Trung tâm đặt mục tiêu …", "Giám đốc … chia sẻ, Bộ
// …"), no body given a duty.
var asSpokenAims = []string{" neu ro ", " cho biet ", " chia se ", " muc tieu "}

// speaksOrAims reports whether the words taken for a body (rs, folded
// f, one byte a rune) report a speaker or name an aim (asSpokenAims, and
// "nói", which folds as the "Nội" of "Sở Nội vụ" does).
func speaksOrAims(rs []rune, f string) bool {
	if containsAny(" "+strings.ReplaceAll(f, ",", " ")+" ", asSpokenAims) {
		return true
	}
	for k := strings.Index(f, "noi "); k >= 0; {
		if (k == 0 || f[k-1] == ' ') && rs[k] == 'n' && rs[k+1] == 'ó' {
			return true
		}
		next := strings.Index(f[k+1:], "noi ")
		if next < 0 {
			break
		}
		k += 1 + next
	}
	return false
}

// asQuotaRe matches, folded, the share a body is to reach after the verb
// of what it is to have: "… đạt tỷ lệ từ 50% trở lên", "… đạt 80%".
var asQuotaRe = regexp.MustCompile(`\bdat (?:ty le )?(?:tu |tren |toi thieu |it nhat )?[0-9]+(?:[.,][0-9]+)? ?%`)

// quotaOf reports whether a sentence (f, folded) whose bodies end at end
// gives them a quota, not a duty: the bodies "cần có" or "phải có" what
// then reaches a share ("Cụ thể, các cơ quan, đơn vị, các xã, thị trấn
// cần có hồ sơ thủ tục tiếp nhận, giải quyết qua dịch vụ công trực tuyến
// đạt tỷ lệ từ 50% trở lên"): a target set for each, read as a target.
func quotaOf(f string, end int) bool {
	head := f[:end]
	if !strings.Contains(head, " can co ") && !strings.Contains(head, " phai co ") {
		return false
	}
	return asQuotaRe.MatchString(f[end:])
}

// asRoleAsides are the folded words after a body's name that give the
// role it acts in ("… với vai trò là thành viên của tổ công tác", "… với
// tư cách là …"), no part of the name.
var asRoleAsides = []string{" voi vai tro ", ", voi vai tro ", " voi tu cach ", ", voi tu cach "}

// agencyAt returns the agency named by runes [from, to) of a sentence
// (f is its fold, one byte a rune), without a trailing province name
// named without "tỉnh" or "thành phố" before it; "" when the words do not
// start as an agency's name does.
func agencyAt(rs []rune, f string, from, to int) string {
	if from < 0 || to <= from || to > len(rs) || !leadSpan(f[from:to]) {
		return ""
	}
	for _, title := range asTitles {
		// "giao Giám đốc Sở Nội vụ": the agency is the Sở its head leads.
		if rest := from + len(title); strings.HasPrefix(f[from:to], title) && startsAgency(f[rest:to]) {
			from = rest
			break
		}
	}
	if !startsAgency(f[from:to]) {
		return ""
	}
	for _, w := range asRoleAsides {
		if k := strings.Index(f[from:to], w); k > 0 {
			to = from + k // "Chủ tịch UBND các xã, phường với vai trò là thành viên của tổ công tác": the body, not its role
		}
	}
	if strings.HasSuffix(f[from:to], " chi") {
		to -= len(" chi") // "… chỉ đạo Trung tâm … chỉ tiếp nhận hồ sơ trực tuyến": "only", no part of the name
	}
	if strings.HasSuffix(f[from:to], " nay") {
		return "" // "giao sở này": the agency of the sentence before
	}
	if clauseLead(f[from:to]) {
		return "" // "Bộ Nội vụ sẽ …", "các đơn vị cần …": a clause, not a body
	}
	name := strings.Trim(string(rs[from:to]), " ,;:")
	ws := strings.Fields(name)
	for n := 1; n <= 3 && n < len(ws); n++ {
		if _, ok := canonicalProvince(strings.Join(ws[len(ws)-n:], " ")); ok {
			if before := asciiFold([]rune(ws[len(ws)-n-1])); before == "tinh" || before == "pho" || before == "uy" {
				// "Ủy ban nhân dân tỉnh Hưng Yên", "Văn phòng UBND tỉnh Tây
				// Ninh", "Sở Nội vụ tỉnh Gia Lai", "Thường trực Tỉnh ủy Lào
				// Cai": the body of the province it names, not a body and a
				// place.
				return name
			}
			if strings.HasPrefix(asciiFold([]rune(name)), "cong ty ") {
				return name // "Công ty Điện lực Đồng Nai": the province is part of a company's name
			}
			return strings.Join(ws[:len(ws)-n], " ")
		}
	}
	return name
}

// Task lists introduced by a sentence.
//
// A press report or an excerpt lists tasks under a sentence that says
// what follows ("Các nhiệm vụ trọng tâm gồm:", "… quy định về nhiệm vụ cải
// cách thủ tục hành chính như sau:") rather than under a heading. Each
// item of the list that follows ("- …", "+ …", "(1) …", "a) …") is a task;
// an item that opens with an agency and its duty is led by it.

// ltIntroWords are the folded words an introducing sentence names tasks
// with; ltNotWords those that make it introduce something else
// (objectives, results).
var (
	ltIntroWords = []string{"nhiem vu", "giai phap", "tien do thuc hien"}
	ltNotWords   = []string{"muc tieu", "chi tieu", "muc dich, yeu cau", "muc dich yeu cau", "ket qua thuc hien", "ket qua dat duoc", "ket qua nhu sau", "da thuc hien", "da hoan thanh", "da trien khai", "dat duoc", "nam qua", "thoi gian qua", "tieu chi", "xep loai"}
)

// ltParenItem matches an item numbered in brackets: "(1) …", "(12) …".
var ltParenItem = regexp.MustCompile(`^\(\d{1,2}\)\s*`)

// listedTasks reads the items of the lists that a sentence naming tasks
// introduces, in the lines whose role is prose or a task section.
func listedTasks(p *page, roles []string, year int) []dataset.Task {
	memo := newTaskMemo(year)
	var out []dataset.Task
	var leadIns [][2]int // the lines of the lists read under a lead-in naming bodies, with the lead-in
	for i := 0; i < len(p.lines); i++ {
		from, atLeast := i+1, 1
		headingLeadIn := false // the items are those of a tasks heading whose introducing paragraph names who carries them out
		lead, asks := dutiesIntro(p, i)
		if !asks && !introducesTasks(p, i) {
			var ok bool
			var intro string
			if from, intro, ok = tasksHeadingList(p, i); !ok {
				continue
			}
			atLeast = 2 // a heading alone: a list, not one paragraph
			// "Đề nghị Thường trực Tỉnh ủy tập trung … ; trong đó lưu ý
			// một số nội dung trọng tâm sau:" under the heading, broken
			// over lines: the bodies it asks lead the items.
			lead = leadInBodies(intro)
			headingLeadIn = lead != ""
		}
		if groupsIntro(p, i) {
			atLeast = 2 // counted groups: a list, not one paragraph
		}
		if lead == "" && introducesTasks(p, i) {
			// "Thủ tướng Chính phủ yêu cầu Bộ trưởng, … tập trung triển
			// khai một số nội dung sau:": the bodies asked lead the items,
			// read in the whole sentence the line ends.
			lead = leadInBodies(sentenceEndingAt(p, i))
		}
		items, next := listItems(p, roles, from)
		if len(items) == 0 && (asks || introducesTasks(p, i)) {
			// "… nhiệm vụ trọng tâm CCHC, cụ thể:" / "Về công tác chỉ
			// đạo, điều hành" / paragraphs: each paragraph is a task.
			items, next = topicParagraphs(p, roles, from)
			atLeast = 2
		}
		if len(items) == 0 && lead != "" {
			// Demands without markers under a lead-in that names who
			// carries them out ("Cập nhật …: Bao gồm …", "Thứ nhất, …").
			items, next = leadInParagraphs(p, roles, from, memo)
			atLeast = 1
			if len(items) > 0 {
				leadIns = append(leadIns, [2]int{i, next})
			}
		}
		if len(items) < atLeast {
			continue
		}
		if headingLeadIn {
			// As under a lead-in without a heading: the assignments the
			// text makes elsewhere are tasks too.
			leadIns = append(leadIns, [2]int{i, next})
		}
		groupLead, groupCode, groupNo := "", "", 0 // the agency of the item whose dashed duties follow
		topic := ""                                // the code of the numbered item whose lettered duties follow
		parent := -1                               // the index in out of the last task of an item with a number or letter
		for k, it := range items {
			if it.bullet && parent >= 0 && groupCode == "" && itemDetailLine(it.text) {
				// "(1) Báo cáo tình hình …" over "- Hạn nộp báo cáo: Trước
				// ngày 25/11/2025.", "- Thực hiện theo đường dẫn: …": the
				// dashes say when and how the item is done, not other tasks.
				if out[parent].Deadline.Text == "" {
					out[parent].Deadline = statedDeadline(it.text, year)
				}
				continue
			}
			if it.dotted {
				topic = ""
				if k+1 < len(items) && items[k+1].sub {
					topic = it.code // a group of duties: its heading is no task
					continue
				}
			}
			if !it.bullet {
				groupLead, groupCode, groupNo = "", "", 0
				if gl, ok := dutiesHeadItem(items, k, memo); ok {
					// "(1) Bộ trưởng Bộ Xây dựng tập trung thực hiện:" over
					// "- …" duties: its agency leads them; it is no task.
					groupLead, groupCode = gl, it.code
					continue
				}
			}
			text, apart := bodiesApart(it.text, memo) // "1. Về Thể chế số: Sở Tài chính chủ trì … . Sở Thông tin và Truyền thông chủ trì …"
			t, ok := agencyDutySentence(text, memo, year)
			if ok && listOpensLead(t.Lead) {
				t.Lead = []string{} // "UBND các xã, phường: Tân An, …": the list names the bodies
			}
			if !ok {
				t, ok = withoutModal(text, memo)
			}
			if !ok && groupCode == "" && (lead == "" || opensAssignment(text)) {
				// "- Giao Sở Công Thương chủ trì, …": an item that assigns
				// its own duty, whoever the lead-in names (the one who
				// speaks: "Phó Chủ tịch UBND tỉnh … có ý kiến chỉ đạo như
				// sau:").
				t, ok = assignment(text, memo, year)
			}
			if !ok {
				t = dataset.Task{Task: text, Lead: []string{}, Partners: nonNil(dutyPartners(text, memo)), Deadline: statedDeadline(text, year)}
				switch {
				case it.bullet && groupCode != "":
					if groupLead != "" {
						t.Lead = memo.agencies(groupLead)
					}
				case lead != "":
					t.Lead = memo.agencies(lead)
				}
			}
			t.Code = it.code
			if it.sub && topic != "" {
				t.Code = topic + "." + it.code
			}
			if it.bullet && groupCode != "" {
				groupNo++
				t.Code = groupCode + "." + strconv.Itoa(groupNo)
			}
			t.Source = dataset.Source{Line: it.line + 1, Text: strings.TrimSpace(p.lines[it.line])}
			out = append(out, t)
			if !it.bullet {
				parent = len(out) - 1
			}
			for _, a := range apart {
				a.Code, a.Source = t.Code, t.Source
				out = append(out, a)
			}
		}
		i = next - 1
	}
	if len(leadIns) > 0 {
		out = withAssignmentsOutside(out, assignedTasks(p, roles, year), leadIns)
	}
	return withBodyItems(out, memo)
}

// bodiesApart splits an item whose sentences each give other bodies
// their duty ("Về Thể chế số: Sở Tài chính chủ trì, … . Sở Thông tin và
// Truyền thông chủ trì, …") into the first sentences and the tasks of
// the later ones (sentencesApart, ownDuty): only when the item opens with
// bodies and their duty, and each later sentence names other bodies; an
// item whose later sentence names its bodies again or a class of them
// ("Các đơn vị thực hiện nghiêm túc …") stays whole.
func bodiesApart(text string, memo *taskMemo) (string, []dataset.Task) {
	head, apart := sentencesApart(text, memo, ownDuty)
	if len(apart) == 0 {
		return text, nil
	}
	first, ok := agencyDutySentence(head, memo, memo.year)
	if !ok || len(first.Lead) == 0 {
		return text, nil
	}
	named := map[string]bool{} // the bodies named so far, folded
	for _, l := range first.Lead {
		named[asciiFold([]rune(strings.ToLower(l)))] = true
	}
	for _, t := range apart {
		for _, l := range t.Lead {
			key := asciiFold([]rune(strings.ToLower(l)))
			if named[key] || hasAnyPrefix(key, []string{"cac don vi", "nguoi dung dau", "cac bo truong", "cac co quan"}) {
				return text, nil
			}
			named[key] = true
		}
	}
	return head, apart
}

// opensAssignment reports whether an item opens by assigning its duty to
// the bodies it names ("Giao Sở …", "Yêu cầu các sở …", "Đề nghị UBND
// các xã …").
func opensAssignment(text string) bool {
	f := asciiFold([]rune(strings.TrimLeft(strings.TrimSpace(text), "-+•*_ ")))
	return hasAnyPrefix(f, []string{"giao ", "yeu cau ", "de nghi "})
}

// withAssignmentsOutside adds to the tasks of a text's lists the
// assignments its prose makes outside the lead-in lists (each a range of
// lines [from, to)), in the order of their lines: a text that lists
// demands under a lead-in may give other bodies their duties in its
// other paragraphs ("… giao Sở Nội vụ chủ trì …"), which a list read
// without them would lose.
func withAssignmentsOutside(listed, assigned []dataset.Task, leadIns [][2]int) []dataset.Task {
	out := listed
	for _, t := range assigned {
		line := t.Source.Line - 1
		inside := false
		for _, r := range leadIns {
			if line >= r[0] && line < r[1] {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, t)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Source.Line < out[b].Source.Line })
	return out
}

// topicSubheading reports whether a line is a subheading of the topic
// the paragraphs under it treat ("Về công tác chỉ đạo, điều hành cải
// cách hành chính"): short, ending no sentence, no item and no colon.
func topicSubheading(line string) bool {
	line = strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*_"))
	return line != "" && !runesOver(line, 150) && !endsSentence(line) && !strings.HasSuffix(line, ":") && !startsItem(line)
}

// topicParagraphs reads, from line from, paragraphs without markers under
// subheadings that name their topic, as a report lists a plan's tasks:
// the first line a subheading opened by "Về" and each paragraph (a line
// that ends a sentence) an item. It stops at a heading, an item, a line
// of another role or a subheading with no paragraph under it, and
// returns the items and the index of the line it stopped at.
func topicParagraphs(p *page, roles []string, from int) ([]listItem, int) {
	var items []listItem
	sub := false // a subheading read since the last paragraph
	i := from
	for ; i < len(p.lines); i++ {
		raw, blank, end := bodyLine(p, roles, i)
		if blank {
			continue
		}
		if end {
			break
		}
		line := strings.TrimSpace(strings.Trim(raw, "*_"))
		if lv, _ := p.headingAt(i); lv > 0 || startsItem(line) || isAllCaps(line) {
			break
		}
		if topicSubheading(line) {
			if sub || len(items) == 0 && !strings.HasPrefix(p.fold[i], "ve ") && !strings.HasPrefix(strings.TrimLeft(p.fold[i], "*_ "), "ve ") {
				break
			}
			sub = true
			continue
		}
		if len(items) == 0 && !sub {
			break
		}
		sub = false
		items = append(items, listItem{line: i, text: line})
	}
	if sub {
		// The last subheading has no paragraph: it is not part of the list.
		for i--; i > from && strings.TrimSpace(p.lines[i]) == ""; i-- {
		}
	}
	return items, i
}

// dutiesHeadItem reports whether item k of a list heads the dashed
// duties after it: it ends with a colon, a dashed item follows it, and it
// names who carries them out ("(1) Bộ trưởng Bộ Xây dựng tập trung thực
// hiện:", "b) Giám đốc Sở Tư pháp có trách nhiệm:"); lead is that agency,
// the body of a minister or director ("Bộ Xây dựng"), "" when the item
// opens with an agency the reader cannot name.
func dutiesHeadItem(items []listItem, k int, memo *taskMemo) (lead string, ok bool) {
	text := strings.TrimSpace(items[k].text)
	if !strings.HasSuffix(text, ":") || k+1 >= len(items) || !items[k+1].bullet || runesOver(text, 200) {
		return "", false
	}
	head := strings.TrimSpace(strings.TrimSuffix(text, ":"))
	if t, ok := agencyDutySentence(head+" ", memo, memo.year); ok && len(t.Lead) > 0 {
		return headOfBody(strings.Join(t.Lead, "; ")), true
	}
	if m := agIntro.FindStringIndex(head); m != nil && m[0] == 0 {
		// "(2) Giao Ban Quản lý dự án … và Ban Quản lý các dự án đầu tư
		// xây dựng tỉnh:": the bodies the item gives the duties below.
		if rest := strings.TrimSpace(head[m[1]:]); startsAgency(asciiFold([]rune(rest))) {
			if l, text := dutyLead(rest); l != "" && text == "" {
				return l, true
			}
		}
	}
	f := asciiFold([]rune(head))
	if startsAgency(f) || hasAnyPrefix(f, asTitles) {
		return "", true // an agency the reader cannot name alone: the duties keep no lead
	}
	return "", false
}

// introducesTasks reports whether line i is a sentence that introduces a
// list of tasks: it ends with a colon and names tasks, not objectives or
// results.
func introducesTasks(p *page, i int) bool {
	line := strings.TrimRight(strings.TrimSpace(p.lines[i]), "*_ ")
	if groupsIntro(p, i) {
		return true
	}
	if !strings.HasSuffix(line, ":") {
		return false
	}
	folded := strings.TrimRight(p.fold[i], "*_ ")
	if runesOver(line, 400) {
		// A long paragraph whose last sentence introduces the list
		// ("Xác định … . Sở Công Thương đề ra các nhiệm vụ … cụ thể như
		// sau:"): that sentence is read alone.
		last := lastSentence(line)
		if len(last) == len(line) || runesOver(last, 400) {
			return false
		}
		folded = asciiFold([]rune(last))
	}
	f := ltAimPurposeRe.ReplaceAllString(folded, " ")
	if containsAny(f, ltNotWords) {
		return false
	}
	// "… yêu cầu Giám đốc các sở … thực hiện các nội dung sau:": a request
	// whose list follows names its tasks without the word; "Tăng cường đầu
	// tư, hoàn thiện hạ tầng … được quy định tại tiểu mục 3 Mục II Chương
	// trình … cụ thể như sau:": a duty whose parts the document sets out.
	return namesTasks(f) || strings.HasSuffix(f, "sau:") && (containsAny(f, ltAskWords) || setOutDuty(f)) ||
		containsAny(f, ltAskWords) && ltCarryOutEndRe.MatchString(f)
}

// ltCarryOutEndRe matches, folded, the end of a request whose colon
// opens what the bodies asked are to carry out: "… đề nghị các Sở, ban,
// ngành …; UBND các xã, phường … nghiêm túc triển khai:".
var ltCarryOutEndRe = regexp.MustCompile(`(?:trien khai|thuc hien)(?: (?:cac|mot so|nhung) (?:noi dung|viec|nhiem vu))?(?: nhu)?:$`)

// ltSetOutRe matches, folded, a lead-in that opens with a duty's verbs
// and says which part of a document sets the duty out: "tăng cường đầu
// tư, hoàn thiện hạ tầng … được quy định tại tiểu mục 3 mục ii chương
// trình …".
var ltSetOutRe = regexp.MustCompile(`^(?:[-+*#]+ *)?(?:tang cuong|day manh|hoan thien|xay dung|phat trien|nang cao|thuc hien|trien khai|cai cach|thuc day|bao dam|dam bao)\b[^:]{0,200}\bduoc quy dinh tai\b`)

// setOutDuty reports whether the folded lead-in names a duty a document
// sets out (ltSetOutRe).
func setOutDuty(f string) bool {
	return ltSetOutRe.MatchString(f)
}

// ltAimPurposeRe matches, folded, the purpose a lead-in of tasks may give
// them: the objectives they serve ("Để đạt được các mục tiêu trên thì
// Chương trình đưa ra một số nhiệm vụ và giải pháp …:", "nhằm thực hiện
// các mục tiêu đề ra"), which names no objectives of its own.
var ltAimPurposeRe = regexp.MustCompile(`(?:de|nham) (?:dat duoc|dat|thuc hien|hoan thanh)(?: cac| nhung)? (?:muc tieu|chi tieu)(?: (?:tren|neu tren|de ra|nay|cua ke hoach|cua chuong trinh))?`)

// namesTasks reports whether the folded words of a lead-in name tasks or
// solutions, not objectives or results (ltIntroWords, ltNotWords).
func namesTasks(f string) bool {
	return containsAny(f, ltIntroWords) && !containsAny(f, ltNotWords)
}

// ltGroupsRe matches the words a report counts a plan's groups of
// solutions or tasks with: "tập trung vào 8 nhóm nội dung trọng tâm",
// "gồm năm nhóm giải pháp".
var ltGroupsRe = regexp.MustCompile(`(?:^|\s)(?:\d{1,2}|hai|ba|bon|nam|sau|bay|tam|chin|muoi) nhom (?:noi dung|giai phap|nhiem vu)`)

// groupsIntro reports whether line i is a paragraph of a report whose
// last sentence counts the groups of solutions or tasks of the plan it
// reports ("Kế hoạch … tập trung vào 8 nhóm nội dung trọng tâm, với các
// giải pháp cụ thể.") and whose next line opens the numbered groups
// ("1. Tham gia của người dân: …"): each group is a task without a lead.
func groupsIntro(p *page, i int) bool {
	if !strings.Contains(p.fold[i], "nhom ") {
		return false
	}
	rs := []rune(strings.TrimSpace(p.lines[i]))
	ss := sentencesOf(rs)
	if len(ss) == 0 {
		return false
	}
	last := ss[len(ss)-1]
	if last.to-last.from < 5 && len(ss) > 1 {
		last = ss[len(ss)-2] // a full stop at the end
	}
	f := asciiFold(rs[last.from:last.to])
	if !ltGroupsRe.MatchString(f) || !containsAny(f, ltIntroWords) && !strings.Contains(f, "nhom noi dung") || containsAny(f, ltNotWords) {
		return false
	}
	for j := i + 1; j < len(p.lines); j++ {
		if t := strings.TrimSpace(strings.Trim(strings.TrimSpace(p.lines[j]), "*")); t != "" {
			sm := tkItem.FindStringSubmatch(t)
			return sm != nil && sm[1] == "1"
		}
	}
	return false
}

// dutiesIntro reports whether line i opens a list of duties by naming
// who is asked: "Giao Sở Nội vụ:", "Chủ tịch UBND tỉnh đề nghị các sở,
// ngành:", "Các cơ quan, đơn vị:", or a request without its agency
// ("Chủ tịch UBND tỉnh yêu cầu:"); lead is the agency asked, "" when the
// line names none.
func dutiesIntro(p *page, i int) (lead string, ok bool) {
	line := strings.TrimSpace(strings.Trim(strings.TrimSpace(p.lines[i]), "*_"))
	if !strings.HasSuffix(line, ":") || runesOver(line, 200) || startsItem(line) {
		return "", false
	}
	line = strings.TrimSpace(strings.TrimSuffix(line, ":"))
	rs := []rune(line)
	f := asciiFold(rs)
	for _, w := range asAssignWords {
		k := strings.Index(" "+f+" ", " "+w)
		if k < 0 || w == "yeu cau " && nounYeuCau(f[:k]) {
			continue
		}
		from := k + len(w)
		if from >= len(f) {
			return "", true // "Chủ tịch UBND tỉnh yêu cầu:"
		}
		if firstVerb(f, from) < len(f) {
			return "", false // "… yêu cầu các sở thực hiện các nội dung sau:" is read as a request list
		}
		lead = agencyAt(rs, f, from, len(f))
		return lead, lead != ""
	}
	if bodiesHeading(line, f) {
		return line, true // "Các cơ quan, đơn vị:", "Bộ trưởng, Thủ trưởng cơ quan ngang bộ, …; Chủ tịch Ủy ban nhân dân các tỉnh, …:"
	}
	if f == "cu the" || f == "cu the nhu sau" {
		// "… Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường; các đơn
		// vị, cơ sở giáo dục …" / "Cụ thể:": the paragraph above asks the
		// bodies.
		if lead := askedInParagraphAbove(p, i); lead != "" {
			return lead, true
		}
	}
	return "", false
}

// bodiesHeading reports whether a line without its colon (f its fold,
// one byte a rune) names only the bodies, or the posts that head them,
// that the paragraphs below it are for: a body of up to
// bodyHeadingMax runes ("Các cơ quan, đơn vị"), or, up to
// bodiesHeadingMax, bodies in groups a semicolon parts ("Bộ trưởng, Thủ
// trưởng cơ quan ngang bộ, cơ quan thuộc Chính phủ; Chủ tịch Ủy ban nhân
// dân các tỉnh, thành phố trực thuộc Trung ương") with two groups or two
// parts that open as bodies. Each group opens with a body or a post and
// no verb follows.
func bodiesHeading(line, f string) bool {
	if strings.Contains(line, ".") || firstVerb(f, 0) < len(f) || !agStartsHead(agUpperFirst(line)) {
		return false
	}
	if !strings.Contains(f, ";") && startsAgency(f) && len(f) <= bodyHeadingMax {
		return true
	}
	groups := strings.Split(f, ";")
	parts := 0
	for _, g := range groups {
		g = strings.TrimSpace(g)
		if !startsAgency(g) && !hasAnyPrefix(g, asTitles) {
			return false
		}
		for _, p := range strings.Split(g, ",") {
			if p = strings.TrimSpace(p); startsAgency(p) || hasAnyPrefix(p, asTitles) {
				parts++
			}
		}
	}
	return len(f) <= bodiesHeadingMax && (len(groups) > 1 || parts > 1)
}

// bodyHeadingMax is the longest heading of one body (or a short list
// without semicolons), and bodiesHeadingMax the longest heading of
// bodies in groups, in runes, that bodiesHeading reads.
const (
	bodyHeadingMax   = 80
	bodiesHeadingMax = 240
)

// askedInParagraphAbove returns the bodies that the paragraph above line i
// asks ("… đề nghị UBND các xã, phường; các đơn vị …", up to their first
// verb), "" when it asks none.
func askedInParagraphAbove(p *page, i int) string {
	j := i - 1
	for j >= 0 && strings.TrimSpace(p.lines[j]) == "" {
		j--
	}
	if j < 0 {
		return ""
	}
	rs := []rune(withoutEmphasis(strings.TrimSpace(p.lines[j])))
	f := asciiFold(rs)
	for _, w := range []string{"yeu cau ", "de nghi "} {
		k := strings.LastIndex(f, " "+w)
		if k < 0 || w == "yeu cau " && nounYeuCau(f[:k+1]) {
			continue
		}
		from := k + 1 + len(w)
		if lead := agencyAt(rs, f, from, firstVerb(f, from)); lead != "" {
			return lead
		}
	}
	return ""
}

// ltHeadQuantifiers are the folded words a heading may put before the
// tasks it names: "MỘT SỐ NHIỆM VỤ, GIẢI PHÁP", "Về nhiệm vụ …".
var ltHeadQuantifiers = []string{"ve ", "mot so ", "nhung ", "cac "}

// ltHeadWords are the folded words that, opening a heading after its
// quantifiers, name the tasks listed under it.
var ltHeadWords = []string{"nhiem vu", "giai phap", "phuong huong nhiem vu", "cac nhiem vu"}

// tasksHeadingList reports whether line i is a heading that names tasks
// ("II. MỘT SỐ NHIỆM VỤ, GIẢI PHÁP TRONG THỜI GIAN TỚI", as a Government
// Office notice concluding a working session puts it; "3. Về nhiệm vụ
// thời gian tới") whose items follow it, and returns the line they start
// at: past the rest of the heading broken over lines and past at most
// one paragraph that introduces them ("… tập trung thực hiện một số nội
// dung trọng tâm sau:"), which it returns with its lines joined ("" when
// the items follow the heading directly).
func tasksHeadingList(p *page, i int) (from int, intro string, ok bool) {
	level, words := p.headingAt(i)
	if level == 0 || !tasksHeadingWords(words) {
		return 0, "", false
	}
	j := boldHeadingEnd(p, i) + 1
	for j < len(p.lines) && isAllCaps(trimCell(p.lines[j])) {
		j++ // "TRONG THỜI GIAN TỚI**": the heading goes on
	}
	var introLines []string
	for ; j < len(p.lines) && len(introLines) <= 12; j++ {
		line := trimCell(p.lines[j])
		if line == "" {
			continue
		}
		if startsItem(line) {
			return j, strings.Join(introLines, " "), true
		}
		if lv, _ := p.headingAt(j); lv > 0 {
			return 0, "", false // another heading: nothing listed here
		}
		introLines = append(introLines, line) // a line of the introducing paragraph
	}
	return 0, "", false
}

// tasksHeadingWords reports whether the folded words of a heading, its
// number dropped, name tasks.
func tasksHeadingWords(words string) bool {
	for changed := true; changed; {
		changed = false
		for _, q := range ltHeadQuantifiers {
			if rest, ok := strings.CutPrefix(words, q); ok {
				words, changed = rest, true
			}
		}
	}
	return hasAnyPrefix(words, ltHeadWords)
}

// ltAskWords are the folded verbs of a sentence that asks agencies to do
// what the list after it says.
var ltAskWords = []string{"yeu cau", "giao", "chi dao", "de nghi", "chi thi"}

// containsAny reports whether s contains one of words.
func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// listItem is one item of a list: its first line (0-based), its number or
// letter, and its text with the marker removed.
type listItem struct {
	line       int
	code, text string
	dotted     bool // numbered "1.", "2." (not "(1)")
	bullet     bool // opened by a dash or bullet, not a number or letter
	sub        bool // lettered under a numbered item ("1. …" then "a) …")
}

// listItems reads the items of a list from line from: lines opened by a
// bullet, a letter or a number in brackets, blank lines between them
// allowed, a line without a marker joined to the item above when that
// one did not end its sentence. It stops at the first other line, and
// returns the items and the index of that line.
func listItems(p *page, roles []string, from int) ([]listItem, int) {
	var items []listItem
	i := from
	for ; i < len(p.lines); i++ {
		raw, blank, end := bodyLine(p, roles, i)
		if blank {
			continue
		}
		if end {
			break
		}
		line := strings.TrimSpace(strings.Trim(raw, "*"))
		code, text := "", ""
		numbered := len(items) > 0 && items[0].dotted
		switch {
		case tkItem.MatchString(line) && !tkSubNum.MatchString(line):
			// "1. Tiếp tục quán triệt …": numbered items, in sequence.
			sm := tkItem.FindStringSubmatch(line)
			if want := strconv.Itoa(dottedItems(items) + 1); sm[1] != want || (len(items) > 0 && !numbered) {
				return items, i
			}
			code, text = sm[1], strings.TrimSpace(sm[2])
		case numbered && tkDutyEnd.MatchString(tkFold(line)):
			return items, i // the closing lines
		case numbered && (romanAt(line) != "" || isAllCaps(line) || mdHeading(raw)):
			return items, i // a heading: the list has ended
		case numbered && tgLetterRe.MatchString(line):
			// "1. Công tác chỉ đạo, điều hành" over "a) Ban hành …":
			// the lettered duties of the numbered group above.
			sm := tgLetterRe.FindStringSubmatch(line)
			if text = strings.TrimSpace(strings.Trim(strings.TrimSpace(line[len(sm[0]):]), "*_")); text != "" {
				items = append(items, listItem{line: i, code: sm[1], text: text, sub: true})
			}
			continue
		case numbered && tgBulletRe.MatchString(line) && underTopic(items):
			// "1. Công tác chỉ đạo, điều hành cải cách hành chính" over
			// "- Chỉ đạo thực hiện …": the dashed duties of the topic.
			if text = strings.TrimSpace(strings.Trim(strings.TrimSpace(line[len(tgBulletRe.FindString(line)):]), "*_")); text != "" {
				items = append(items, listItem{line: i, code: strconv.Itoa(subsAtEnd(items) + 1), text: text, sub: true})
			}
			continue
		case numbered:
			// A paragraph of the numbered item above.
			if n := len(items); !endsSentence(items[n-1].text) && strings.TrimSpace(p.lines[i-1]) != "" {
				items[n-1].text += " " + line
			}
			continue
		case tgBulletRe.MatchString(line):
			text = strings.TrimSpace(line[len(tgBulletRe.FindString(line)):])
		case tgLetterRe.MatchString(line):
			sm := tgLetterRe.FindStringSubmatch(line)
			code, text = sm[1], strings.TrimSpace(line[len(sm[0]):])
		case ltParenItem.MatchString(line):
			m := ltParenItem.FindString(line)
			code, text = strings.Trim(strings.TrimSpace(m), "()"), strings.TrimSpace(line[len(m):])
		default:
			if n := len(items); n > 0 && (!endsSentence(items[n-1].text) || opensLower(line)) && strings.TrimSpace(textAbove(p, i)) != "" {
				items[n-1].text += " " + line // a wrapped item; "… chi tiết;" / "giao Văn phòng Chính phủ …": the item goes on
				continue
			}
			if n := len(items); n > 0 && strings.HasPrefix(tkFold(line), "trong do, ") {
				items[n-1].text += " " + line // "Trong đó, ưu tiên …": a paragraph of the item above that singles out part of it
				continue
			}
			if n := len(items); n > 0 && items[n-1].bullet && bulletListGoesOn(p, roles, i) {
				items[n-1].text += " " + line // unmarked paragraphs between dashed items: the item above goes on
				continue
			}
			if n := len(items); n > 0 && letterNumber(items[n-1].code) > 0 && letterListGoesOn(p, roles, i, items[n-1].code) {
				items[n-1].text += " " + line // "e) Theo dõi …." / "Chuẩn bị kịch bản …." / "g) …": the lettered item goes on
				continue
			}
			return items, i
		}
		text = strings.TrimSpace(strings.Trim(text, "*_")) // "**(1)** Bộ …": the bold's closing marks
		if text != "" {
			items = append(items, listItem{line: i, code: code, text: text, dotted: tkItem.MatchString(line) && !tkSubNum.MatchString(line),
				bullet: code == "" && tgBulletRe.MatchString(line)})
		}
	}
	return items, i
}

// underTopic reports whether the items read so far end with a numbered
// topic, a title that ends no sentence ("1. Công tác chỉ đạo, điều hành
// cải cách hành chính"; topicSubheading), or with a duty under one. An
// item that names bodies ("1. Giao người đứng đầu các cơ quan …") is no
// topic: its dashes are their duties (dutiesHeadItem).
func underTopic(items []listItem) bool {
	k := len(items) - 1 - subsAtEnd(items) // the item the sub-items at the end stand under; the last when none
	if k < 0 {
		return false
	}
	head := items[k]
	f := asciiFold([]rune(head.text))
	return head.dotted && topicSubheading(head.text) && !opensAssignment(head.text) && !startsAgency(f)
}

// subsAtEnd returns how many of the items read so far, at their end, are
// the sub-items of the one above them.
func subsAtEnd(items []listItem) int {
	n := 0
	for k := len(items) - 1; k >= 0 && items[k].sub; k-- {
		n++
	}
	return n
}

// ltMaxUnmarked is how many unmarked paragraphs in a row a list of dashed
// items may hold as the paragraphs of its item above.
const ltMaxUnmarked = 4

// bulletListGoesOn reports whether, after the unmarked paragraph at line
// i (and at most ltMaxUnmarked-1 more), the dashed list goes on with a
// dashed item before the section ends ("- Ban hành Chương trình …;" /
// "Xây dựng cơ chế thử nghiệm …;" / "- Phát triển mạng lưới …"): those
// paragraphs belong to the item above, not after the list. A lead-in of
// a list of its own ("Giao Sở Khoa học và Công nghệ:") ends the run.
func bulletListGoesOn(p *page, roles []string, i int) bool {
	line, ok := markedAfter(p, roles, i, ltMaxUnmarked, false)
	return ok && tgBulletRe.MatchString(line)
}

// ltMaxParagraphs is how many unmarked paragraphs a lettered item may
// hold before the next letter of its list.
const ltMaxParagraphs = 6

// letterListGoesOn reports whether, after the unmarked paragraph at line
// i (and at most ltMaxParagraphs-1 more), the lettered list goes on with
// the letter after code ("e)" … "g)") before a heading or the section's
// end: those paragraphs belong to the item lettered code.
func letterListGoesOn(p *page, roles []string, i int, code string) bool {
	line, ok := markedAfter(p, roles, i, ltMaxParagraphs, true)
	sm := tgLetterRe.FindStringSubmatch(line)
	return ok && sm != nil && letterNumber(sm[1]) == letterNumber(code)+1
}

// markedAfter returns the first line from line i on that opens with an
// item's marker (a dash, a number, a letter, a bracketed number) or is a
// heading, passing over at most limit unmarked lines (paragraphs, when
// byParagraph: the lines that open a sentence); ok is false when the
// section ends, the limit is passed, or a line ends with a colon (a
// lead-in of its own list) first.
func markedAfter(p *page, roles []string, i, limit int, byParagraph bool) (string, bool) {
	unmarked, open := 0, false // the unmarked lines (or paragraphs) seen, and whether the last left its sentence open
	for j := i; j < len(p.lines); j++ {
		raw, blank, end := bodyLine(p, roles, j)
		if blank {
			continue
		}
		if end {
			return "", false
		}
		line := strings.TrimSpace(strings.Trim(raw, "*"))
		switch {
		case tgBulletRe.MatchString(line) || tkItem.MatchString(line) || tgLetterRe.MatchString(line) || ltParenItem.MatchString(line):
			return line, true
		case romanAt(line) != "" || isAllCaps(line) || mdHeading(raw):
			return line, false
		case strings.HasSuffix(line, ":") && !byParagraph:
			return line, false
		}
		if !byParagraph || !open {
			if unmarked++; unmarked > limit {
				return "", false
			}
		}
		open = !endsSentence(line)
	}
	return "", false
}

// dottedItems counts the numbered items ("1.", "2.") among items.
func dottedItems(items []listItem) int {
	n := 0
	for _, it := range items {
		if it.dotted {
			n++
		}
	}
	return n
}

// A section of unmarked paragraphs is a task list only when its
// paragraphs read as duties. A news report under a heading such as
// "Nội dung chính" ("Toàn cảnh Hội nghị.", "Tham dự Hội nghị có …",
// "Thứ nhất, việc hợp nhất … được chuẩn bị …") reports what happened:
// its paragraphs open with a subject, a time or an ordinal, not with the
// verb of a duty ("Tăng cường …", "Rà soát …") or an agency given one
// ("Các sở, ngành triển khai …").

// ptDutyOpeners are the folded verbs a duty paragraph opens with.
var ptDutyOpeners = []string{"tang cuong", "day manh", "nang cao", "nang cap", "tiep tuc", "thuc hien", "trien khai",
	"xay dung", "ra soat", "to chuc", "hoan thien", "hoan thanh", "kien toan", "cong khai", "doi moi", "ung dung",
	"phat trien", "nghien cuu", "tuyen truyen", "quan triet", "cai cach", "cai thien", "sap xep", "dao tao",
	"boi duong", "kiem tra", "theo doi", "duy tri", "chi dao", "dam bao", "bao dam", "thuong xuyen", "chu trong",
	"tap trung", "phat huy", "so hoa", "cat giam", "don gian hoa", "van hanh", "huong dan", "ban hanh", "tham muu",
	"phoi hop", "chu tri", "danh gia", "thuc day", "huy dong", "bo tri", "long ghep", "khuyen khich", "ho tro",
	"tiep nhan", "giai quyet", "thuc thi", "kiem soat", "de xuat", "tich cuc", "chu dong", "nghiem tuc", "khan truong",
	"tiep thu", "cap nhat", "cung cap", "tong hop", "bao cao", "don doc", "ket noi", "lien thong", "chuan hoa",
	"tinh gian", "quan ly", "xu ly", "thanh lap", "lua chon", "khai thac", "su dung", "thiet lap", "mo rong",
	"uu tien", "phan cong", "phan cap", "giao ", "yeu cau", "tham gia", "dau tu", "mua sam", "trang bi", "ky niem",
	"dang tai", "niem yet", "cu ", "lap ", "gui ", "trinh ", "xay lap", "rut ngan", "giam ", "tang ", "phan dau",
	"xac dinh", "de cao", "gan ", "siet chat", "chan chinh", "nhan rong", "khac phuc", "tao ", "lam tot", "phat dong",
	"thao go", "tham dinh", "xem xet", "nghe bao cao", "hinh thanh", "mo du lieu", "day nhanh", "chiu trach nhiem", "tam ngung", "tam dung", "dua vao van hanh", "dua vao su dung", "dua vao hoat dong"}

// ptNotDutyOpeners are folded words that open with one of ptDutyOpeners
// and are no verb of a duty: "Cụ thể, …" ("cử" folds as "cụ"), "cư dân",
// "giáo dục", "giao thông", "giao dịch", "tăng trưởng", "Chỉ đạo của
// UBND tỉnh thể hiện …" (the direction, a noun), "Báo cáo từ tỉnh Long
// An cho biết …" (a report, a noun).
var ptNotDutyOpeners = []string{"cu the", "cu dan", "giao duc", "giao thong", "giao dich", "tang truong", "chi dao cua", "bao cao tu ", "bao cao cua "}

// opensWithDutyVerb reports whether folded f opens with the verb of a
// duty (ptDutyOpeners, less ptNotDutyOpeners).
func opensWithDutyVerb(f string) bool {
	return hasAnyPrefix(f, ptDutyOpeners) && !hasAnyPrefix(f, ptNotDutyOpeners)
}

// dropReportedParagraphs drops from tasks the sections made only of
// unmarked paragraphs (no number, letter or bullet, no field lines) of
// which none opens as a duty (dutyParagraphOpens): a report of what
// happened, not a task list. A section with a marked item or a field
// line is kept whole.
func dropReportedParagraphs(tasks []dataset.Task) []dataset.Task {
	out := tasks[:0] // the kept runs, moved to the front in place
	for from := 0; from < len(tasks); {
		to := from + 1
		for to < len(tasks) && tasks[to].Section == tasks[from].Section {
			to++
		}
		run := tasks[from:to]
		if !reportedRun(run) {
			out = append(out, withoutClosingRemarks(run)...)
		}
		from = to
	}
	return out
}

// withoutClosingRemarks returns run without the unmarked paragraphs that
// follow its last marked item and open as no duty: the remarks and the
// site's closing lines after a list ("Đây là nội dung rất quan trọng, sẽ
// báo cáo Bộ Chính trị.", "Trên đây là …").
func withoutClosingRemarks(run []dataset.Task) []dataset.Task {
	marked := -1
	for k, t := range run {
		if t.Code != "" || startsItem(strings.TrimSpace(t.Source.Text)) {
			marked = k
		}
	}
	if marked < 0 {
		return run
	}
	end := len(run)
	for end > marked+1 {
		t := run[end-1]
		if hasFields(t) || dutyParagraphOpens(t.Task) {
			break
		}
		end--
	}
	return run[:end]
}

// reportedRun reports whether every task of run is an unmarked paragraph
// without fields and at most a third of them open as duties (a report
// quotes a direction or two among what it tells).
func reportedRun(run []dataset.Task) bool {
	duties := 0
	for _, t := range run {
		if t.Code != "" || hasFields(t) ||
			t.Budget.Text != "" || startsItem(strings.TrimSpace(t.Source.Text)) {
			return false
		}
		if dutyParagraphOpens(t.Task) {
			duties++
		}
	}
	return duties*3 <= len(run)
}

// dutyParagraphOpens reports whether a paragraph opens as a duty: with a
// duty verb (ptDutyOpeners), or with an agency whose first verb gives it
// one ("Các sở, ngành triển khai …").
func dutyParagraphOpens(text string) bool {
	f := asciiFold([]rune(strings.TrimLeft(text, " *_\"“")))
	if opensWithDutyVerb(f) {
		return true
	}
	if !startsAgency(f) {
		return false
	}
	v := firstVerb(f, 0)
	return v < len(f) && v < 80 && !describesAgency(f[v:])
}

// bodyLine reads line i of a run of body paragraphs, trimmed: blank when
// it holds nothing (a run passes over it), end when the run stops there
// (a line left out as repeated, or a line of another role than prose or
// task).
func bodyLine(p *page, roles []string, i int) (raw string, blank, end bool) {
	raw = strings.TrimSpace(p.lines[i])
	if raw == "" {
		return "", true, false
	}
	return raw, false, p.skip[i] || (roles[i] != roleProse && roles[i] != roleTask)
}

// dutyListTasks reads a numbered list of duties that a text begins with,
// without a heading or a lead-in above it (an excerpt cut above its first
// item, "1. Tập trung rà soát, cắt giảm …" / "2. Thực hiện nghiêm …"):
// two items or more numbered from 1 in sequence, in prose or a tasks
// section, at least two in three of which open as duties
// (dutyParagraphOpens) without naming a topic (topicItem: a list of
// aims by area, "1. Cải cách thể chế: Đảm bảo 100% …", "2. Cải cách thủ
// tục hành chính"). Each item is a task, led by the
// body its first sentence names, if any (statedLead). Further down a
// text, a numbered list without a heading is its purposes as often as
// its duties, and is left alone.
func dutyListTasks(p *page, roles []string, year int) []dataset.Task {
	memo := newTaskMemo(year)
	seen := 0 // non-blank lines above
	for i := 0; i < len(p.lines) && seen < dlLeadLines; i++ {
		if strings.TrimSpace(p.lines[i]) == "" {
			continue
		}
		seen++
		if roles[i] != roleProse && roles[i] != roleTask || p.skip[i] {
			continue
		}
		m := tkItem.FindStringSubmatch(strings.TrimSpace(strings.Trim(strings.TrimSpace(p.lines[i]), "*")))
		if m == nil || m[1] != "1" {
			continue
		}
		items, _ := listItems(p, roles, i)
		duties := 0
		for _, it := range items {
			if dutyParagraphOpens(it.text) && !topicItem(p.lines[it.line]) {
				duties++
			}
		}
		if len(items) < 2 || duties*3 < len(items)*2 {
			return nil
		}
		out := make([]dataset.Task, 0, len(items))
		for _, it := range items {
			t := dataset.Task{Code: it.code, Task: it.text, Lead: []string{}, Partners: nonNil(dutyPartners(it.text, memo)),
				Deadline: statedDeadline(it.text, year), Source: dataset.Source{Line: it.line + 1, Text: p.lines[it.line]}}
			statedLead(&t, memo, year)
			out = append(out, t)
		}
		return out
	}
	return nil
}

// dlLeadLines is how many non-blank lines a text may hold above the first
// item of a numbered list of duties it begins with (a headline, a line of
// the site).
const dlLeadLines = 3

// topicItem reports whether the first line of a numbered item names a
// topic rather than a duty: a few words alone ("2. Cải cách thủ tục hành
// chính") or a few words and a colon ("1. Cải cách thể chế: Đảm bảo …").
func topicItem(line string) bool {
	m := tkItem.FindStringSubmatch(strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "*")))
	if m == nil {
		return false
	}
	text := strings.TrimSpace(strings.Trim(m[2], "*_ "))
	if k := strings.Index(text, ":"); k >= 0 && !fieldsOver(text[:k], 6) {
		return true
	}
	return !fieldsOver(text, 8) && !strings.ContainsAny(text, ",;.")
}

// lastSentence returns the last sentence of a text: what follows its
// last full stop that ends a word of more than two letters (not "TP. ",
// "ThS. "), the whole text when there is none.
func lastSentence(s string) string {
	rs := []rune(s)
	f := asciiFold(rs) // one byte a rune
	return string(rs[sentenceStart(f, len(f)):])
}

// sentenceEndingAt returns the sentence that line i ends, with the lines
// it is hard-wrapped over above it joined (wrappedSentenceFrom).
func sentenceEndingAt(p *page, i int) string {
	from := wrappedSentenceFrom(p, i)
	if from == i {
		return p.lines[i]
	}
	parts := make([]string, 0, i-from+1)
	for j := from; j <= i; j++ {
		parts = append(parts, strings.TrimSpace(p.lines[j]))
	}
	return strings.Join(parts, " ")
}

// wrappedSentenceFrom returns the first line of the sentence that line i
// ends: the lines above it back to the last that is blank or ends a
// sentence or a clause, at most requestLeadInReach of them.
func wrappedSentenceFrom(p *page, i int) int {
	from := i
	for from > 0 && i-from < requestLeadInReach {
		prev := strings.TrimRight(p.fold[from-1], " \t*_|")
		if prev == "" || strings.ContainsAny(prev[len(prev)-1:], ".;:!?") {
			break
		}
		from--
	}
	return from
}

// underDutiesHeading reports whether line i stands under a first-level
// heading that names tasks and solutions ("III. NHIỆM VỤ, GIẢI PHÁP",
// "II. NHIỆM VỤ CỤ THỂ"), not contents, activities or the carrying out of
// the plan.
func underDutiesHeading(p *page, i int) bool {
	_, words := firstLevelHeadingAbove(p, i)
	return (strings.HasPrefix(words, "nhiem vu") || strings.HasPrefix(words, "cac nhiem vu")) && !strings.Contains(words, "to chuc thuc hien")
}

// firstLevelHeadingAbove returns the first-level heading line i stands
// under (line i itself when it is one) and its words; -1 and "" when none.
func firstLevelHeadingAbove(p *page, i int) (int, string) {
	for ; i >= 0; i-- {
		if level, words := p.headingAt(i); level == 1 {
			return i, words
		}
	}
	return -1, ""
}

// contentHeadingAbove returns the first-level heading line i stands
// under when it names the plan's contents ("III. NỘI DUNG CỦA KẾ HOẠCH",
// "II. NỘI DUNG THỰC HIỆN", "III. NỘI DUNG, HÌNH THỨC"); -1 otherwise.
func contentHeadingAbove(p *page, i int) int {
	if h, words := firstLevelHeadingAbove(p, i); strings.HasPrefix(words, "noi dung") {
		return h
	}
	return -1
}

// ctMoreVerbs are folded verbs that open the items of a plan's contents
// besides those of ptDutyOpeners ("Đưa nội dung …", "Phổ biến chính sách
// …", "Lắp đặt hệ thống cảnh báo …", "In ấn, phát hành tờ rơi …").
var ctMoreVerbs = []string{"dua ", "pho bien", "tap huan", "lap dat", "in an", "phat hanh", "truyen thong", "bieu duong",
	"khen thuong", "lay y kien", "doi thoai", "van dong", "cung co", "tiep can"}

// sectionNamesAnnex reports whether the first-level section whose heading
// is line h names an annex of its tasks ("Nhiệm vụ cụ thể tại Phụ lục
// đính kèm"; not "Khung kế hoạch các hoạt động … tại Phụ lục", the
// activities' timetable).
func sectionNamesAnnex(p *page, h int) bool {
	for i := h + 1; i < len(p.lines); i++ {
		if level, _ := p.headingAt(i); level == 1 {
			return false
		}
		if strings.Contains(p.fold[i], "phu luc") && strings.Contains(p.fold[i], "nhiem vu") {
			return true
		}
	}
	return false
}

// opensDutyItem reports whether an item of a plan's contents opens with a
// duty's verb (ptDutyOpeners, ctMoreVerbs), not with the rest of the item
// before it ("phóng viên, biên tập viên …" after a semicolon) or a note
// in brackets ("(Khung kế hoạch … kèm theo)").
func opensDutyItem(text string) bool {
	f := asciiFold([]rune(strings.TrimSpace(text)))
	return opensWithDutyVerb(f) || hasAnyPrefix(f, ctMoreVerbs)
}

// dutyList reports whether the items under a contents heading are duties:
// three or more, at least three in four opening with a duty's verb
// ("Triển khai …", "Củng cố …") and at most one in five a label and its
// value ("Số điểm quan trắc: 08 điểm", "Lắp đặt các trạm BTS 5G, mạng lõi:
// Đảm bảo …": a specification, not a duty).
func dutyList(ts []dataset.Task) bool {
	if len(ts) < 3 {
		return false
	}
	verbs, labels := 0, 0
	for _, t := range ts {
		if opensDutyItem(t.Task) {
			verbs++
		}
		if k := strings.IndexByte(t.Task, ':'); k >= 0 && k < 80 {
			labels++
		}
	}
	return verbs*4 >= len(ts)*3 && labels*5 <= len(ts)
}

// taskAnnex reports whether the text has an annex of tasks (taskAnnexAt),
// its heading and title folded as the task reader folds them.
func (p *page) taskAnnex() bool {
	for i, k := range p.key {
		if !strings.HasPrefix(k, "phu luc") {
			continue
		}
		var folded []string
		for j := i; j < len(p.lines) && j <= i+annexTitleLines; j++ {
			folded = append(folded, tkFold(strings.Trim(p.lines[j], tkTrim)))
		}
		if taskAnnexAt(folded, 0) {
			return true
		}
	}
	return false
}

// Tasks listed inside a sentence.
//
// A press item may list the tasks a plan sets in one sentence, after a
// colon, the items apart by semicolons: "Các nhiệm vụ trọng tâm được lưu ý
// gồm: thúc đẩy phục hồi tăng trưởng; cải thiện môi trường đầu tư, kinh
// doanh; đẩy nhanh giải ngân vốn đầu tư công; …". Each item is a task of
// the line, without a lead.

// itListRe matches, folded, the words that open a sentence's own list of
// tasks: "nhiệm vụ … gồm:", "giải pháp … sau:", "nhiệm vụ … là:",
// "nhiệm vụ, giải pháp trọng tâm … như phát triển …; …" (not "như cầu"),
// "trọng tâm … năm 2025 là tiếp tục …; sắp xếp …", a label that opens
// its line ("Các giải pháp trọng tâm thực hiện Kế hoạch: …") and a
// direction ("UBND tỉnh chỉ đạo triển khai thực hiện: Liên kết …; phát tờ
// rơi …"), whose lists must open with a duty's verb; and the contents
// to carry out ("Nội dung triển khai thực hiện gồm: Hoàn thành …; phối
// hợp …").
var itListRe = regexp.MustCompile(`\b(?:nhiem vu|giai phap|noi dung (?:trien khai|thuc hien))\b[^.;:]{0,80}?\b(?:(?:gom|bao gom|la|nhu sau|sau)\s*:|nhu\s+(?:[^c ]|c[^a]))\s*|\b(?:trong tam|nhiem vu(?: chung| trong tam| chu yeu)?)\b[^.;:]{0,80}?\bla\s+|^(?:cac )?(?:nhiem vu|giai phap)\b[^.;:]{0,80}?:\s*|\bchi dao(?: trien khai)?(?: thuc hien)?\s*:\s*`)

// labelsList reports whether the folded words that open a list end in a
// bare colon, as a label does ("Các giải pháp trọng tâm thực hiện Kế
// hoạch:"), with no word that says a list follows ("gồm:", "sau:").
func labelsList(opening string) bool {
	o := strings.TrimRight(opening, " ")
	return strings.HasSuffix(o, ":") && !hasAnySuffix(strings.TrimRight(o[:len(o)-1], " "), []string{"gom", "la", "sau"}) &&
		!strings.Contains(o, "chi dao") // "chỉ đạo triển khai thực hiện:" says duties follow
}

// inlineTaskLists reads the task lists of the lines of prose whose
// sentence lists two tasks or more after a colon, apart by semicolons.
func inlineTaskLists(p *page, roles []string, year int) []dataset.Task {
	var out []dataset.Task
	for i, f := range p.fold {
		if p.skip[i] || roles[i] != roleProse && roles[i] != roleTask || !strings.Contains(f, ";") && !strings.Contains(f, ", ") {
			continue
		}
		m := itListRe.FindStringIndex(f)
		if m == nil {
			continue
		}
		rs := []rune(p.lines[i])
		if f[m[1]-1] != ' ' && f[m[1]-1] != ':' {
			m[1] = strings.LastIndexByte(f[:m[1]], ' ') + 1 // "… như phát triển …": the list's first word, read back
		}
		if (strings.HasSuffix(strings.TrimRight(f[m[0]:m[1]], " "), " la") || labelsList(f[m[0]:m[1]])) && !opensWithDutyVerb(f[m[1]:]) {
			continue // "Trọng tâm của năm là người dân …": no list of duties
		}
		rest := string(rs[utf8.RuneCountInString(f[:m[1]]):])
		var more string // the sentences after the list's
		if k := strings.Index(rest, ". "); k >= 0 {
			rest, more = rest[:k], rest[k+2:]
		}
		items := inlineItems(rest)
		if !strings.Contains(rest, ";") {
			items = nil
			if namesDuties(f[m[0]:m[1]]) {
				items = commaDuties(rest) // "… nhiệm vụ trọng tâm là phát triển …, ưu tiên ứng dụng …"
			}
		}
		if len(items) < 2 {
			continue
		}
		items = append(items, listGoesOn(more)...)
		for _, it := range items {
			out = append(out, dataset.Task{Task: it, Lead: []string{}, Partners: []string{}, Deadline: statedDeadline(it, year),
				Source: dataset.Source{Line: i + 1, Text: strings.TrimSpace(p.lines[i])}})
		}
		out = append(out, dutyParagraphsAfter(p, roles, i, year)...)
	}
	return out
}

// dutyParagraphsAfter reads the paragraphs right after a list of tasks
// (line i) that go on with it: each opens with a duty's verb ("Tập trung
// triển khai …", "Đẩy mạnh cắt giảm …"), and each of its sentences that
// does, after a connector or not ("Đồng thời, hoàn thiện …"), is a task,
// up to the first that does not or strives for figures ("Phấn đấu đến
// hết năm 2025, 80% …", a target).
func dutyParagraphsAfter(p *page, roles []string, i, year int) []dataset.Task {
	var out []dataset.Task
	for j := i + 1; j < len(p.lines); j++ {
		if strings.TrimSpace(p.lines[j]) == "" {
			continue
		}
		if p.skip[j] || roles[j] != roleProse && roles[j] != roleTask || !opensDuty(p.fold[j]) {
			break
		}
		rs := []rune(p.lines[j])
		for _, sc := range sentencesOf(rs) {
			sentence := strings.TrimSpace(string(rs[sc.from:sc.to]))
			f := asciiFold([]rune(sentence))
			at := connectorEnd(f)
			if !opensWithDutyVerb(f[at:]) || strivesForFigures(f[at:]) {
				break
			}
			duty := strings.TrimRight(strings.TrimSpace(string([]rune(sentence)[at:])), ".…")
			out = append(out, dataset.Task{Task: duty, Lead: []string{}, Partners: []string{}, Deadline: statedDeadline(duty, year),
				Source: dataset.Source{Line: j + 1, Text: strings.TrimSpace(p.lines[j])}})
		}
	}
	return out
}

// listGoesOn returns the items of the sentences after a list of tasks
// that go on with it: each opens with a connector ("Cùng với đó, …") and
// a duty's verb, its items apart by semicolons ("Cùng với đó, đổi mới
// mạnh mẽ …; đẩy mạnh chuyển đổi số …"); the first that does not ends
// them.
func listGoesOn(s string) []string {
	var out []string
	for s != "" {
		sentence, rest, _ := strings.Cut(s, ". ")
		f := asciiFold([]rune(sentence))
		at := connectorEnd(f)
		if at == 0 || !opensWithDutyVerb(f[at:]) {
			break
		}
		items := inlineItems(string([]rune(sentence)[at:]))
		if items == nil {
			break
		}
		out = append(out, items...)
		s = rest
	}
	return out
}

// namesDuties reports whether the folded words that lead a list in a
// sentence name its items as duties ("một số nhiệm vụ trọng tâm là", "các
// nhiệm vụ cần thực hiện, đó là"), not aims or a focus ("là nhiệm vụ
// xuyên suốt …, với mục tiêu cốt lõi là", "nội dung trọng tâm … là").
func namesDuties(lead string) bool {
	return (strings.Contains(lead, "nhiem vu") || strings.Contains(lead, "giai phap")) && !strings.Contains(lead, "muc tieu")
}

// commaDuties splits the words after a list's lead-in into its duties
// at the commas that a duty's verb follows ("phát triển các nền tảng …,
// ưu tiên ứng dụng một số công nghệ … như trí tuệ nhân tạo (AI), chuỗi
// khối (blockchain) …": two duties, the names after "như" part of the
// second); none unless the words open with a duty's verb.
func commaDuties(s string) []string {
	var items []string
	for _, part := range agSplitTop(s, ',') {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		if opensWithDutyVerb(asciiFold([]rune(part))) || len(items) == 0 {
			items = append(items, part)
			continue
		}
		items[len(items)-1] += ", " + part
	}
	if len(items) == 0 || !opensWithDutyVerb(asciiFold([]rune(items[0]))) {
		return nil
	}
	for k, it := range items {
		if items[k] = strings.TrimRight(it, ".… "); runesOver(it, 300) || strings.Contains(it, ":") {
			return nil
		}
	}
	return items
}

// inlineItems splits the words after a list's colon into its items at
// the semicolons outside brackets; none when an item is too long to be
// one task or holds a colon of its own.
func inlineItems(s string) []string {
	var items []string
	for _, it := range agSplitTop(s, ';') {
		it = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(it), ".…"))
		if it == "" {
			continue
		}
		if runesOver(it, 300) || strings.Contains(it, ":") {
			return nil
		}
		items = append(items, it)
	}
	return items
}
