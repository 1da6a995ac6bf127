package plandoc

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
)

// Duties listed per agency without a duties heading.
//
// A directive (chỉ thị, công điện) or a plan's closing part often lists
// its duties per agency under numbered headings that name only the
// agency, with no "TỔ CHỨC THỰC HIỆN" above them:
//
//	**1. Sở Nội vụ**            (or "1. Sở Nội vụ:", the bold heading
//	a) Tiếp tục tham mưu …       sometimes broken over two lines:
//	b) Kịp thời …                "**3. Sở Nội" / "vụ**")
//	**2. Văn phòng UBND tỉnh**
//	- Theo dõi, kiểm tra …
//
// Each lettered or dashed duty is a task led by its heading's agency.
// Two such headings, each followed by its duties, make a list; a single
// numbered line naming an agency does not (it may be a task of a list).

// agencyDuties reads the duties listed per agency in a document with no
// duties section: from the first numbered heading that names only an
// agency and is followed by lettered or dashed duties, to the end of the
// list (a Roman-numbered heading, the closing lines, a numbered line that
// names no agency). memo holds the plan year and the agency names read.
func agencyDuties(lines, folded []string, memo *taskMemo) []dataset.Task {
	lines, folded = joinBoldBreaks(lines, folded)
	lines, folded = joinHeadingBreaks(lines, folded)
	lines, folded = joinWrappedHeadings(lines, folded)
	lines, folded = numberMarkedHeadings(lines, folded)
	lines, folded = frontedTimesMoved(lines, folded)
	start, heads := -1, 0
	for i := range lines {
		if agencyHeadingAt(lines, i) {
			if start < 0 {
				start = i
			}
			heads++
		}
	}
	if heads < 2 && (heads == 0 || !oneAgencysDuties(lines, folded, start)) {
		return nil
	}
	dr := dutyReader{memo: memo, section: dutySectionAbove(lines, start)}
	end := len(lines)
	dutyNo := 0 // the number of the last duty numbered anew under its agency
	for i := start; i < len(lines); i++ {
		raw := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[i]), "*"))
		if raw == "" {
			continue
		}
		if (tkRomanHead.MatchString(raw) || mdHeading(lines[i]) && !agencyHeadingAt(lines, i)) && agencyHeadingNear(lines, i) {
			// "II. VỀ CUNG CẤP DỊCH VỤ CÔNG TRỰC TUYẾN" between agencies: a
			// section of the list.
			dr.flush()
			dr.section = cellClean(raw)
			continue
		}
		// The closing lines ("Yêu cầu …", "Nơi nhận") start a paragraph; a
		// wrapped line of a duty may start with the same words.
		closing := tkDutyEnd.MatchString(folded[i]) && (i == 0 || endsDutyParagraph(lines[i-1])) || endsDutyList(folded[i])
		if tkRomanHead.MatchString(raw) || closing || mdHeading(lines[i]) && !agencyHeadingAt(lines, i) {
			end = i
			break
		}
		if tkItem.MatchString(raw) && !tkSubNum.MatchString(raw) {
			if numberedDutyAt(raw, strconv.Itoa(dutyNo+1)) && !agencyHeadingAt(lines, i) {
				// "2. Sở Tư pháp" / "1. Chủ trì, phối hợp Sở Nội vụ …" /
				// "2. Hướng dẫn …": the agency's duties numbered anew.
				dutyNo++
				dr.line(i, "- "+tkItem.FindStringSubmatch(raw)[2])
				continue
			}
			if !agencyHeadingAt(lines, i) {
				end = i
				break // a numbered line that names no agency: the list has ended
			}
			raw, _, _ = agencyItem(raw)
			dutyNo = 0
		}
		dr.line(i, raw)
	}
	dr.flush()
	if t, ok := closingAssignment(lines, end, memo); ok {
		dr.tasks = append(dr.tasks, t)
	}
	return dr.tasks
}

// frontedTimesMoved returns lines with the time a numbered item opens
// with moved to its end ("4. Ngay sau khi UBND tỉnh ban hành Kế hoạch,
// giao các sở … xây dựng …" → "4. Giao các sở … xây dựng …, ngay sau khi
// …"), so that the item names its bodies first, as an agency's heading
// does, and the time is its duty's deadline; lines as they are when no
// item opens so.
func frontedTimesMoved(lines, folded []string) ([]string, []string) {
	var outL, outF []string
	for i, l := range lines {
		m := tkItem.FindStringSubmatch(strings.TrimSpace(l))
		if m == nil || !asItemTimeRe.MatchString(m[2]) {
			continue
		}
		moved := timeToEnd(m[2], asItemTimeRe)
		if moved == m[2] {
			continue
		}
		if outL == nil {
			outL = append([]string(nil), lines...)
			outF = append([]string(nil), folded...)
		}
		outL[i] = m[1] + ". " + agUpperFirst(moved)
		outF[i] = tkFold(strings.Trim(outL[i], tkTrim))
	}
	if outL == nil {
		return lines, folded
	}
	return outL, outF
}

// oneAgencysDuties reports whether the one agency heading at line i
// heads a list of that agency's duties: lettered duties below it under a
// request or a tasks heading, or lettered or dashed duties below it right
// under a decision's article ("Điều 2. …" / "1. Sở Tài chính." / "- Làm
// đầu mối …"; an excerpt may hold only the first agency of its list).
func oneAgencysDuties(lines, folded []string, i int) bool {
	if letteredDutiesAfter(lines, i) && (requestAbove(folded, i) || tasksHeadingAbove(lines, i)) {
		return true
	}
	return articleAbove(lines, i) && dutyBelow(lines, i)
}

// articleAbove reports whether the line above line i, past blank lines,
// is a decision's article ("Điều 1. Phê duyệt …").
func articleAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return asArticle.MatchString(t)
		}
	}
	return false
}

// dutyBelow reports whether the line below line i, past blank lines, is
// a lettered or dashed duty.
func dutyBelow(lines []string, i int) bool {
	for j := i + 1; j < len(lines); j++ {
		if t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*")); t != "" {
			_, _, ok := subDutyAt(t)
			return ok || tkSubDash.MatchString(t)
		}
	}
	return false
}

// letteredDutiesAfter reports whether the agency heading at line i is
// followed by a lettered duty or more ("a) …", "b) …") before the next
// numbered or Roman heading: with a request above it (see requestAbove),
// a list of one agency's duties (an excerpt may hold only the first
// agency of its list, and be cut off inside its first duty).
func letteredDutiesAfter(lines []string, i int) bool {
	n := 0
	for j := i + 1; j < len(lines) && j <= i+80; j++ {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*"))
		if t == "" {
			continue
		}
		if tkItem.MatchString(t) || tkRomanHead.MatchString(t) {
			break
		}
		if _, _, ok := subDutyAt(t); ok {
			n++
		}
	}
	return n >= 1
}

// requestAbove reports whether one of the few non-blank lines above line
// i is a request that introduces what follows ("Chủ tịch UBND tỉnh yêu
// cầu Thủ trưởng các sở … tập trung thực hiện các nội dung sau:"), with
// at most a section heading between them.
func requestAbove(folded []string, i int) bool {
	seen := 0
	for j := i - 1; j >= 0 && seen < 4; j-- {
		f := strings.TrimRight(folded[j], " *_")
		if f == "" {
			continue
		}
		seen++
		if strings.HasSuffix(f, "sau:") || strings.HasSuffix(f, "nhu sau:") {
			return containsAny(f, ltAskWords) || j > 0 && containsAny(folded[j-1], ltAskWords)
		}
	}
	return false
}

// tasksHeadingAbove reports whether the nearest non-blank line above line
// i is a Roman-numbered heading of a tasks section ("II. NỘI DUNG THỰC
// HIỆN", "III. NHIỆM VỤ VÀ GIẢI PHÁP"): an excerpt that holds only the
// first agency of the list under it.
func tasksHeadingAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*"))
		if t == "" {
			continue
		}
		if !tkRomanHead.MatchString(t) {
			return false
		}
		words := tkFold(strings.Trim(t[strings.IndexAny(t, ".)")+1:], tkTrim))
		return roleOfHeading(words) == roleTask
	}
	return false
}

// closingAssignment reads the paragraph at line i that closes a list of
// duties when it assigns the document to agencies ("Chủ tịch UBND tỉnh
// yêu cầu Thủ trưởng các sở, ban, ngành … tổ chức quán triệt, triển khai
// … Chỉ thị này"): a task, as any assignment is.
func closingAssignment(lines []string, i int, memo *taskMemo) (dataset.Task, bool) {
	var para []string
	for j := i; j < len(lines) && j < i+8; j++ {
		t := strings.TrimSpace(lines[j])
		if t == "" || strings.HasPrefix(t, "|") {
			break
		}
		para = append(para, t)
	}
	if len(para) == 0 {
		return dataset.Task{}, false
	}
	rs := []rune(strings.Join(para, " "))
	ss := sentencesOf(rs)
	if len(ss) == 0 {
		return dataset.Task{}, false
	}
	t, ok := assignment(string(rs[ss[0].from:ss[0].to]), memo, memo.year)
	if !ok {
		return dataset.Task{}, false
	}
	t.Source = dataset.Source{Line: i + 1, Text: para[0]}
	return t, true
}

// introPhrase reports whether the words after a heading's bodies, up to
// its colon, only introduce the duties below it: the bodies' remit
// ("căn cứ chức năng, nhiệm vụ, quyền hạn được giao", "theo chức năng,
// nhiệm vụ …") or a pointer to the list ("tập trung thực hiện các nhiệm
// vụ sau", "… như sau"), with no duty of their own.
func introPhrase(text string) bool {
	f := strings.TrimSpace(strings.Trim(tkFold(text), " ,;:"))
	return hasAnyPrefix(f, []string{"can cu chuc nang", "theo chuc nang", "trong pham vi", "theo tham quyen"}) && !runesOver(f, 80) ||
		hasAnySuffix(f, []string{"sau", "cu the"}) && !runesOver(f, 160)
}

// agencyHeadingAt reports whether line i is a numbered heading that names
// an agency ("1. Sở Nội vụ", "2. Văn phòng UBND tỉnh:", "3. Thủ trưởng
// các sở, ban, ngành; Chủ tịch UBND các xã, phường") followed, past blank
// lines, by a lettered or dashed duty, or a numbered item that opens with
// an agency and states its duty ("4. Sở Tài chính: bố trí kinh phí …",
// "5. Sở Nội vụ chủ trì, phối hợp …").
func agencyHeadingAt(lines []string, i int) bool {
	raw := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[i]), "*"))
	if raw == "" || !isDigit(raw[0]) || runesOver(raw, 1000) {
		return false
	}
	_, head, ok := agencyItem(raw)
	if !ok || !agStartsHead(agUpperFirst(head)) {
		return false
	}
	if lead, text := dutyLead(head); lead != "" && text != "" {
		// "2. Sở Tài chính: bố trí kinh phí …", "3. Sở Nội vụ chủ trì …": the
		// agency and its duty on one line, the duty as long as it is.
		return !runesOver(lead, 200) && agStartsHead(agUpperFirst(lead)) && !strings.ContainsAny(lead, ".")
	}
	if runesOver(raw, 200) {
		return false // a paragraph, not a heading
	}
	introduces := strings.HasSuffix(head, ":") && !ptFieldRe.MatchString(tkFold(head)) // not a field's label ("Cơ quan thực hiện:")
	head = strings.TrimSuffix(strings.TrimSuffix(head, ":"), ".")                      // "1. Sở Tài chính." closes the name with a full stop
	if head == "" || strings.ContainsAny(head, ".:") {
		return false
	}
	if lead, text := dutyLead(head); lead == "" || text != "" && !(introduces && (!runesOver(text, 30) && bracketedBelow(lines, i) || rolePhrase(text) || introPhrase(text))) {
		// The heading states a duty, not only its agency (or the verb that
		// introduces its duties numbered in brackets, "… chủ trì:" / "(1)
		// …", or its role and partners, "… chủ trì, phối hợp với các bộ,
		// cơ quan liên quan:").
		return false
	}
	for j := i + 1; j < len(lines) && j <= i+8; j++ {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*"))
		if t == "" {
			continue // a blank line, or a line of the heading joined to it
		}
		// A lettered or dashed duty, the first of duties numbered anew
		// ("1. Chủ trì, phối hợp Sở …"), or the duty as a paragraph of its
		// own ("Tập trung chỉ đạo …"); not another agency or a heading.
		_, _, sub := subDutyAt(t)
		return sub || tkSubDash.MatchString(t) || numberedDutyAt(t, "1") || introduces && bracketedBelow(lines, i) ||
			startsItemText(t) && !isDigit(t[0]) && !isAllCaps(t) && romanAt(t) == "" || dutyParagraph(t)
	}
	return false
}

// bracketedBelow reports whether the first line of text after line i
// opens an item numbered in brackets ("(1) Phối hợp với …").
func bracketedBelow(lines []string, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*")); t != "" {
			return tkSubParen.MatchString(t)
		}
	}
	return false
}

// numberedDutyAt reports whether line t is a duty numbered no under an
// agency heading ("1. Chủ trì, phối hợp Sở Nội vụ rà soát …", "2. Hướng
// dẫn …"): the item does not open with an agency.
func numberedDutyAt(t, no string) bool {
	m := tkItem.FindStringSubmatch(strings.TrimSpace(strings.Trim(t, "*")))
	if m == nil || m[1] != no || tkSubNum.MatchString(t) {
		return false
	}
	text := trimLeadingMatch(agIntro, strings.TrimSpace(m[2]))
	return !agStartsHead(agUpperFirst(text)) && !isAllCaps(text)
}

// agencyHeadingNear reports whether one of the few non-blank lines after
// line i is an agency heading: a Roman-numbered heading there opens a
// section of the list rather than ending it.
func agencyHeadingNear(lines []string, i int) bool {
	seen := 0
	for j := i + 1; j < len(lines) && seen < 4; j++ {
		if strings.TrimSpace(lines[j]) == "" {
			continue
		}
		seen++
		if agencyHeadingAt(lines, j) {
			return true
		}
	}
	return false
}

// dutyParagraph reports whether line t, under a heading that names only
// an agency, opens the agency's duty as a paragraph of its own ("Tập
// trung chỉ đạo …", "Khẩn trương rà soát …"): a capital letter that opens
// no numbered item and no other agency.
func dutyParagraph(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(r) || tkItem.MatchString(t) || tkRomanHead.MatchString(t) || agStartsHead(t) {
		return false
	}
	lead, _ := dutyLead(t)
	return lead == "" || !agStartsHead(agUpperFirst(lead))
}

// joinedHeadingAt reports whether line i of lines (a copy of the
// caller's own), were it joined with the next into joined, would be an
// agency heading; lines is left as it was.
func joinedHeadingAt(lines []string, i int, joined string) bool {
	a, b := lines[i], lines[i+1]
	lines[i], lines[i+1] = joined, ""
	ok := agencyHeadingAt(lines, i)
	lines[i], lines[i+1] = a, b
	return ok
}

// continuesLine reports whether line goes on with the line above it,
// prev, in an item broken over lines: it opens with a small letter, or
// prev ends with a comma, or with a semicolon between the bodies of a
// list and line opens with a body ("3. Các bộ, cơ quan ngang bộ, cơ quan
// thuộc Chính phủ;" / "Ủy ban nhân dân các tỉnh, …").
func continuesLine(prev, line string) bool {
	t := strings.TrimLeft(line, " \t*_")
	r, _ := utf8.DecodeRuneInString(t)
	if unicode.IsLower(r) {
		return true
	}
	p := strings.TrimRight(prev, " \t*_")
	return strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") && agStartsHead(t)
}

// joinWrappedHeadings returns the lines with a numbered agency heading
// broken over two lines joined on its first line ("2. Bộ trưởng các Bộ,
// Thủ trưởng cơ quan ngang bộ," / "Chủ tịch Ủy ban nhân dân các tỉnh,
// thành phố"; "3. Chủ tịch … thành phố trực" / "thuộc Trung ương tập
// trung …"), the lines it took blanked: the next lines go on with the
// numbered one (continuesLine), up to two, and only the joined line is an
// agency heading. The inputs when there is none.
func joinWrappedHeadings(lines, folded []string) ([]string, []string) {
	var outL []string // a copy of lines, made at the first candidate and changed in place
	var outF []string
	for i := 0; i+1 < len(lines); i++ {
		t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[i]), "*"))
		next := strings.TrimSpace(lines[i+1])
		if t == "" || next == "" || !isDigit(t[0]) || !tkItem.MatchString(t) || runesOver(t, 160) {
			continue
		}
		if tkItem.MatchString(next) || tkSubLetter.MatchString(next) || tkSubDash.MatchString(next) || tkRomanHead.MatchString(next) {
			continue
		}
		if !continuesLine(t, next) && endsSentence(t) {
			continue
		}
		if outL == nil {
			outL = append([]string(nil), lines...)
		}
		if agencyHeadingAt(outL, i) {
			continue
		}
		// The heading may take a third line before its agency's verb:
		// "2. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan" / "trực
		// thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố
		// trực thuộc" / "trung ương chủ trì, phối hợp …".
		joined, end := t+" "+next, i+1
		for !joinedHeadingAt(outL, i, joined) {
			if end+1 >= len(outL) || end+1 > i+2 || !continuesLine(outL[end], outL[end+1]) {
				end = -1
				break
			}
			end++
			joined += " " + strings.TrimSpace(outL[end])
		}
		if end < 0 {
			continue
		}
		if outF == nil {
			outF = append([]string(nil), folded...)
		}
		outL[i], outF[i] = joined, tkFold(strings.Trim(joined, tkTrim))
		for j := i + 1; j <= end; j++ {
			outL[j], outF[j] = "", ""
		}
		i = end
	}
	if outF == nil {
		return lines, folded
	}
	return outL, outF
}

// dutySectionAbove returns the heading the list stands under: the
// nearest Roman-numbered or Markdown heading above line start, "" when
// none.
func dutySectionAbove(lines []string, start int) string {
	for i := start - 1; i >= 0; i-- {
		t := strings.TrimSpace(lines[i])
		if mdHeading(t) || tkRomanHead.MatchString(strings.Trim(t, "* ")) {
			return cellClean(strings.Trim(t, tkTrim))
		}
	}
	return ""
}

// agMarkedHeadRe matches an agency heading numbered in brackets or
// lettered ("**(1) Bộ Công an:**", "a) Bộ Tài chính:"): the marker and
// the words after it.
var agMarkedHeadRe = regexp.MustCompile(`^\*{0,2}(?:\((\d{1,2})\)|([a-zđ])\))\*{0,2}\s*(\S.*)$`)

// numberMarkedHeadings returns the lines with each agency heading
// numbered in brackets or lettered ("**(1) Bộ Công an:**", "a) Bộ Tài
// chính:") written as a numbered one ("1. Bộ Công an:"), so that
// agencyHeadingAt reads it, and their folds; the inputs when there is
// none. A line whose words do not open with an agency keeps its marker:
// "(1) Rà soát …" is a duty. An item in brackets may state its agency's
// duty on its own line ("(4) Ủy ban nhân dân thành phố … chủ trì …"), as
// a numbered one may; a lettered one names only its agency.
func numberMarkedHeadings(lines, folded []string) ([]string, []string) {
	var outL, outF []string
	unmarked := 0 // the agency headings without a marker read so far
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if head, ok := unmarkedAgencyHead(lines, i, unmarked > 0); ok {
			unmarked++
			if outL == nil {
				outL = append([]string(nil), lines...)
				outF = append([]string(nil), folded...)
			}
			outL[i] = strconv.Itoa(unmarked) + ". " + head
			outF[i] = tkFold(strings.Trim(outL[i], tkTrim))
			continue
		}
		if t == "" || (t[0] != '(' && t[0] != '*' && (t[0] < 'a' || t[0] > 'z') && !strings.HasPrefix(t, "đ)")) {
			continue
		}
		m := agMarkedHeadRe.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		head := strings.TrimSpace(strings.Trim(m[3], "* "))
		named := trimLeadingMatch(agIntro, head) // "(1) Đối với BHXH cấp tỉnh:"
		if !agStartsHead(agUpperFirst(named)) {
			continue
		}
		if !markedAgencyHead(named, m[1] != "", named != head) {
			continue
		}
		no := m[1]
		if no == "" {
			no = strconv.Itoa(letterNumber(m[2]))
		}
		if outL == nil {
			outL = append([]string(nil), lines...)
			outF = append([]string(nil), folded...)
		}
		outL[i] = no + ". " + head
		outF[i] = tkFold(strings.Trim(outL[i], tkTrim))
	}
	if outL == nil {
		return lines, folded
	}
	return outL, outF
}

// unmarkedAgencyHead reads line i as an agency heading written without a
// marker: the agency with its role and partners, closed by a colon, over
// dashed duties ("*Bộ Giáo dục và Đào tạo chủ trì, phối hợp với các bộ, cơ
// quan liên quan:*" / "- Mở rộng …"); or, once such a heading has been
// read (after), a paragraph in emphasis that opens with an agency and
// states its duty ("*Bộ Công an hoàn thiện quy định …*"). It returns the
// heading's words without their emphasis.
func unmarkedAgencyHead(lines []string, i int, after bool) (string, bool) {
	t := strings.TrimSpace(lines[i])
	if t == "" || isDigit(t[0]) || t[0] == '(' || t[0] == '-' || t[0] == '+' || t[0] == '|' {
		return "", false
	}
	emphasised := strings.HasPrefix(t, "*") || strings.HasPrefix(t, "_")
	head := strings.TrimSpace(strings.Trim(t, "*_ "))
	colon := strings.HasSuffix(head, ":")
	if !colon && !(after && emphasised) || colon && !dashBelow(lines, i) {
		return "", false // neither a heading over dashes nor a duty in emphasis after one
	}
	if r, _ := utf8.DecodeRuneInString(head); !unicode.IsUpper(r) || runesOver(head, 600) || !agStartsHead(head) {
		return "", false
	}
	if prev := strings.TrimSpace(lines[max(0, i-1)]); i > 0 && prev != "" && !strings.ContainsAny(prev[len(prev)-1:], ".:;!?*") {
		return "", false // the line goes on with a sentence wrapped above it
	}
	lead, text := dutyLead(head)
	if lead == "" {
		return "", false
	}
	if colon {
		return head, text == "" && strings.Count(head, ":") == 1 && !runesOver(head, 250)
	}
	return head, after && emphasised && text != "" && !strings.Contains(head, ":")
}

// dashBelow reports whether the first line of text after line i opens a
// dashed item.
func dashBelow(lines []string, i int) bool {
	for j := i + 1; j < len(lines) && j <= i+3; j++ {
		if t := strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "*")); t != "" {
			return tkSubDash.MatchString(t)
		}
	}
	return false
}

// markedAgencyHead reports whether the words of an item marked in
// brackets or by a letter make an agency heading: the agency alone,
// closed by a colon ("Bộ Công an:"), or, in brackets only, the agency and
// its duty in a line without a colon ("Ủy ban nhân dân thành phố … chủ
// trì, phối hợp …") or the agency the duties below are for ("Đối với các
// đơn vị thuộc BHXH Việt Nam": introduced says the words opened so). "Bộ Tài chính giải quyết 03 vấn đề tồn đọng: (i) …"
// lists a duty's parts, and "c) Bộ Quốc phòng phát huy …" is a duty of
// a list.
func markedAgencyHead(head string, bracketed, introduced bool) bool {
	lead, text := dutyLead(head)
	if strings.HasSuffix(head, ":") {
		return lead != "" && text == "" && strings.Count(head, ":") == 1
	}
	if strings.Contains(head, ":") || !bracketed {
		return false
	}
	if text == "" {
		// "(2) Đối với các đơn vị thuộc BHXH Việt Nam", "(1) Thuế tỉnh
		// Đồng Nai", "(2) Bộ Khoa học và Công nghệ - Cơ quan thường trực
		// Ban Chỉ đạo …": named as the bodies the duties below are for
		// (agencyHeadingAt checks that duties follow).
		return !runesOver(head, 200)
	}
	return lead != ""
}

// letterNumber returns the place of a list letter in the Vietnamese
// alphabet's order of list letters (a, b, c, d, đ, e, …), from 1.
func letterNumber(l string) int {
	n := 0
	for _, c := range []string{"a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y"} {
		n++
		if c == l {
			return n
		}
	}
	return 0
}

// joinBoldBreaks returns the lines with each bold span broken over lines
// ("**3. Sở Nội" / "vụ**") joined on its first line, the lines it took
// blanked, and their folds; the inputs when there is none.
func joinBoldBreaks(lines, folded []string) ([]string, []string) {
	var outL, outF []string
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if !strings.HasPrefix(t, "**") || strings.Contains(t[2:], "**") || runesOver(t, 120) {
			continue
		}
		end := -1
		for j := i + 1; j < len(lines) && j <= i+4; j++ {
			if strings.TrimSpace(lines[j]) == "" {
				break // a bold span stays in its paragraph
			}
			if strings.Contains(lines[j], "**") {
				end = j
				break
			}
		}
		if end < 0 {
			continue
		}
		if outL == nil {
			outL = append([]string(nil), lines...)
			outF = append([]string(nil), folded...)
		}
		parts := []string{t}
		for j := i + 1; j <= end; j++ {
			parts = append(parts, strings.TrimSpace(lines[j]))
			outL[j], outF[j] = "", ""
		}
		outL[i] = strings.Join(parts, " ")
		outF[i] = tkFold(strings.Trim(outL[i], tkTrim))
		i = end
	}
	if outL == nil {
		return lines, folded
	}
	return outL, outF
}

// withoutBasis returns an item's words without the basis they open with
// before the agency ("Trên cơ sở đề nghị của các Bộ, cơ quan liên quan,
// Bộ Tài chính khẩn trương …", "Căn cứ …, Sở Nội vụ …"): from the first
// comma that a capitalised agency's name follows; the words as they are
// when they open with no basis or name no agency after one.
func withoutBasis(head string) string {
	if !hasAnyPrefix(tkFold(firstRunes(head, 12)), asBasisOpeners) {
		return head
	}
	for k := strings.Index(head, ", "); k >= 0 && k < 400; {
		rest := head[k+2:]
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) && agStartsHead(rest) {
			return rest
		}
		next := strings.Index(rest, ", ")
		if next < 0 {
			break
		}
		k += 2 + next
	}
	return head
}

// agIntro matches the words that may open an agency item before the
// agency: "Đối với Sở Nội vụ", "Giao Sở Tài chính", "Trách nhiệm của …",
// "Đề nghị Ủy ban Mặt trận Tổ quốc …".
var agIntro = regexp.MustCompile(`^(?i:đối với|giao cho|giao|trách nhiệm của|nhiệm vụ của|đề nghị|yêu cầu)\s+`)

// agencyItem reads a numbered item line ("2. Đối với SỞ NỘI VỤ:"): it
// returns the line with the words before the agency dropped and a name in
// capitals written as names are ("2. Sở nội vụ:"), and the item's text
// after its number. ok is false for a line that is not a numbered item.
func agencyItem(raw string) (line, head string, ok bool) {
	m := tkItem.FindStringSubmatch(raw)
	if m == nil || tkSubNum.MatchString(raw) {
		return raw, "", false
	}
	head = strings.TrimSpace(strings.Trim(m[2], "* "))
	head = withoutBasis(trimLeadingMatch(agIntro, head))
	name, rest := head, ""
	if i := strings.Index(head, ":"); i >= 0 {
		name, rest = head[:i], head[i:]
	}
	if isAllCaps(name) {
		head = capsName(name) + rest
	}
	if rest == "" {
		head = markAgencyEnd(head)
	}
	return m[1] + ". " + head, head, true
}

// markAgencyEnd puts a colon after the agency that opens an item whose
// duty starts with a verb the duty reader does not split at ("Bộ trưởng
// Bộ Công Thương hoàn thành …" → "Bộ trưởng Bộ Công Thương: hoàn thành …").
func markAgencyEnd(head string) string {
	if _, text := dutyLead(head); text != "" {
		return head
	}
	rs := []rune(head)
	f := asciiFold(rs)
	k := firstVerb(f, 0)
	if k == len(f) || k == 0 || k > 120 || !agStartsHead(agUpperFirst(head)) {
		return head
	}
	return strings.TrimSpace(string(rs[:k])) + ": " + strings.TrimSpace(string(rs[k:]))
}

// capsAbbrevs are the abbreviations a name in capitals keeps in capitals.
var capsAbbrevs = map[string]bool{"UBND": true, "HĐND": true, "MTTQ": true, "TTHC": true, "CCHC": true,
	"VP": true, "TP": true, "BQL": true, "TT": true, "KCN": true, "CNTT": true, "TTTT": true, "TT&TT": true}

// capsName writes a name printed in capitals as names are written: lower
// case but for its first letter and its abbreviations ("VĂN PHÒNG UBND
// TỈNH" → "Văn phòng UBND tỉnh").
func capsName(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if !capsAbbrevs[strings.Trim(w, ",;")] {
			ws[i] = strings.ToLower(w)
		}
	}
	return agUpperFirst(strings.Join(ws, " "))
}

// tkListEnd matches the folded lines that end a list of duties whatever
// the line above: the recipients of the document ("Nơi nhận:", on its own
// or with its first recipient) and the next article of a decision
// ("Điều 3. Quyết định này có hiệu lực …"), which a wrapped line of a duty
// does not start with.
var tkListEnd = regexp.MustCompile(`^[|\s*]*(` + tkRecipientsWords + `|dieu\s+\d{1,2}\s*[.:])`)

// tkRecipientsWords is the folded label of the recipients of a document
// ("Nơi nhận:"); tkRecipients matches the line it opens, after which the
// document only lists who receives it and who signs it.
const tkRecipientsWords = `noi nhan\s*(:|$)`

var tkRecipients = regexp.MustCompile(`^[|\s*]*` + tkRecipientsWords)

// endsDutyList reports whether folded line f ends a list of duties (see
// tkListEnd).
func endsDutyList(f string) bool {
	return tkListEnd.MatchString(f)
}

// endsDutyParagraph reports whether a line is blank or ends a sentence with a
// full stop, so that the line after it starts a paragraph.
func endsDutyParagraph(line string) bool {
	t := strings.TrimRight(line, " *_")
	return t == "" || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ".”")
}

// joinHeadingBreaks returns the lines with each numbered agency heading
// broken after a comma ("2. Bộ trưởng các Bộ, Thủ trưởng cơ quan ngang
// bộ," / "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố") joined on its
// first line, when the next line names only agencies; the inputs when
// there is none.
func joinHeadingBreaks(lines, folded []string) ([]string, []string) {
	var outL, outF []string
	for i := 0; i+1 < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || !isDigit(t[0]) || !strings.HasSuffix(t, ",") || runesOver(t, 200) {
			continue
		}
		next := strings.TrimSpace(lines[i+1])
		if next == "" || !agStartsHead(next) || runesOver(next, 150) || strings.ContainsAny(next, ".:;") {
			continue
		}
		if _, text := dutyLead(next); text != "" {
			continue // the duty itself
		}
		if outL == nil {
			outL = append([]string(nil), lines...)
			outF = append([]string(nil), folded...)
		}
		outL[i] = t + " " + next
		outF[i] = tkFold(strings.Trim(outL[i], tkTrim))
		outL[i+1], outF[i+1] = "", ""
		i++
	}
	if outL == nil {
		return lines, folded
	}
	return outL, outF
}
