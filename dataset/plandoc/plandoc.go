package plandoc

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/dataset/document"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"golang.org/x/text/unicode/norm"
)

// Document is one parsed plan: its metadata, quantitative targets, tasks and
// the findings about the document. Targets, tasks and findings carry the
// plan's ID in their PlanID.
type Document struct {
	// Plan is the plan's metadata.
	Plan dataset.Plan
	// Targets are the quantitative targets, in document order.
	Targets []dataset.Target
	// Tasks are the annex rows and duties, in document order.
	Tasks []dataset.Task
	// Findings are conflicts, gaps and other remarks about the document.
	Findings []dataset.Finding
}

// Errors wrapped by ParseError for input that is not text.
var (
	// ErrEmpty is reported for input without any text.
	ErrEmpty = i18n.New("no text")
	// ErrBinary is reported for input holding NUL bytes or other control
	// characters that plain text does not contain.
	ErrBinary = i18n.New("binary data, not text")
	// ErrInvalidUTF8 is reported for input that is not valid UTF-8.
	ErrInvalidUTF8 = i18n.New("invalid UTF-8")
)

// ParseError reports input that cannot be read as a plan document: empty,
// binary or not UTF-8. It names the file, the line and the byte column
// (both 1-based) of the first bad byte, like encoding/csv's ParseError.
type ParseError struct {
	// File is the name the input was given (a path, or "-" for stdin).
	File string
	// Line is the 1-based line of the first bad byte, 0 for empty input.
	Line int
	// Column is the 1-based byte column of the first bad byte in its line, 0 when none.
	Column int
	// Err is ErrEmpty, ErrBinary, ErrInvalidUTF8 or a read error.
	Err error
}

// Error implements error.
func (e *ParseError) Error() string {
	var de *document.Error
	if errors.As(e.Err, &de) && de.File == e.File {
		return de.Error() // it names the file already
	}
	switch {
	case e.Line > 0 && e.Column > 0:
		return fmt.Sprintf("%s:%d:%d: %v", e.File, e.Line, e.Column, e.Err)
	case e.Line > 0:
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// MetricMatcher names the catalogue metrics a piece of text speaks of,
// best match first. indicators.Catalogue satisfies it; the parser takes it
// as an interface so that it imports nothing above the dataset layer.
type MetricMatcher interface {
	// MetricRefs returns every metric with a phrase in text, best first.
	MetricRefs(text string) []dataset.MetricRef
}

// ParseFile reads and parses the plan document at path, whatever its
// format: plain UTF-8 text, DOCX, DOC, PDF (its text layer, or OCR for
// scanned pages) or a saved web page, recognised from the content (see
// dataset/document). A nil matcher leaves every target's metric empty;
// pass indicators.Default() to match targets to the catalogue.
func ParseFile(path string, cat MetricMatcher) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &ParseError{File: path, Err: err}
	}
	return parseBytes(data, path, cat)
}

// Parse reads a plan document from r and extracts its metadata, targets,
// tasks and findings. The document may be of any format ParseFile reads.
// name identifies the input in errors and, when the document's number is
// blank, gives the plan its ID (a slug of the file name). A nil matcher
// leaves every target's metric empty; pass indicators.Default() to match
// targets to the catalogue.
//
// Parse fails only for input that cannot be read as text: plain text that
// is empty, binary or not UTF-8 gives a *ParseError naming the file and
// the line of the first bad byte; a DOCX, DOC, PDF or web page that cannot
// be read gives a *ParseError wrapping the *document.Error that names the
// part or page at fault. A text that is not a plan still parses: the
// findings then say what was not found.
func Parse(r io.Reader, name string, cat MetricMatcher) (*Document, error) {
	// The bytes are read once; a text is made a string once more by
	// parseBytes, and its lines share that string.
	var buf bytes.Buffer
	if l, ok := r.(interface{ Len() int }); ok {
		buf.Grow(l.Len() + bytes.MinRead) // ReadFrom wants MinRead bytes free to see the end
	}
	if _, err := buf.ReadFrom(r); err != nil {
		return nil, &ParseError{File: name, Err: i18n.Errorf("reading: %w", err)}
	}
	return parseBytes(buf.Bytes(), name, cat)
}

// parseString parses the text of one document.
func parseString(text, name string, cat MetricMatcher) (*Document, error) {
	lines, err := splitText(text, name)
	if err != nil {
		return nil, err
	}
	if cat == nil {
		cat = noMetrics{}
	}
	return parseLines(lines, name, cat), nil
}

// splitText checks that text is UTF-8 and not binary and returns its
// lines, NFC, without line terminators and without a leading byte-order
// mark. The lines share the text.
func splitText(text, name string) ([]string, error) {
	text = strings.TrimPrefix(text, "\xef\xbb\xbf")
	if len(strings.TrimSpace(text)) == 0 {
		return nil, &ParseError{File: name, Err: ErrEmpty}
	}
	if plain, isNFC := plainNFC(text); plain {
		// The common case: valid UTF-8 without control characters.
		// A text in NFC has its lines in NFC: a line feed or carriage
		// return never composes with what stands next to it.
		lines := strings.Split(text, "\n")
		if len(lines) > 1 && lines[len(lines)-1] == "" {
			lines = lines[:len(lines)-1]
		}
		for i, l := range lines {
			l = strings.TrimSuffix(l, "\r")
			if !isNFC {
				l = vntext.NFC(l)
			}
			lines[i] = l
		}
		return lines, nil
	}
	var lines []string
	// A NUL byte makes the input binary at once; other control characters
	// only when they are more than one in a hundred characters (a stray
	// ESC or a C1 quote from a mis-converted file is kept as text).
	controls, runes := 0, 0
	firstLine, firstCol := 0, 0
	var firstRune rune
	for n := 1; ; n++ {
		line, rest, more := strings.Cut(text, "\n")
		text = rest
		line = strings.TrimSuffix(line, "\r")
		for col := 0; col < len(line); {
			r, size := utf8.DecodeRuneInString(line[col:])
			if r == utf8.RuneError && size <= 1 {
				return nil, &ParseError{File: name, Line: n, Column: col + 1,
					Err: i18n.Errorf("%w: byte 0x%02x", ErrInvalidUTF8, line[col])}
			}
			runes++
			if r == 0 {
				return nil, &ParseError{File: name, Line: n, Column: col + 1,
					Err: i18n.Errorf("%w: NUL byte", ErrBinary)}
			}
			if isBinaryRune(r) {
				if controls == 0 {
					firstLine, firstCol, firstRune = n, col+1, r
				}
				controls++
			}
			col += size
		}
		lines = append(lines, vntext.NFC(line))
		if !more || text == "" {
			break // no line after a final line feed
		}
	}
	if controls > 0 && controls*100 > runes {
		return nil, &ParseError{File: name, Line: firstLine, Column: firstCol,
			Err: i18n.Errorf("%w: %d control characters, the first %U", ErrBinary, controls, firstRune)}
	}
	return lines, nil
}

// plainNFC reports whether text is plain (plainText) and, if it is,
// whether it is in NFC. The two halves of the text, cut at the line feed
// nearest its middle, are checked at once, the second on a goroutine of
// its own: a line feed is a character of its own in UTF-8 and never
// composes with its neighbours, so the text passes each check when both
// halves do.
func plainNFC(text string) (plain, isNFC bool) {
	cut := strings.IndexByte(text[len(text)/2:], '\n')
	if cut < 0 {
		return plainNFCPart(text)
	}
	cut += len(text) / 2
	var plain2, nfc2 bool
	done := make(chan struct{})
	go func() {
		defer close(done)
		plain2, nfc2 = plainNFCPart(text[cut:])
	}()
	plain, isNFC = plainNFCPart(text[:cut])
	<-done
	return plain && plain2, isNFC && nfc2
}

// plainNFCPart is plainNFC of one part of a text, on this goroutine.
func plainNFCPart(text string) (plain, isNFC bool) {
	plain, stable := scanPlain(text)
	if !plain {
		return false, false
	}
	// Text of runes that are NFC whatever stands next to them is NFC
	// without a second pass over it.
	return true, stable || vntext.NFC(text) == text
}

// plainText reports whether text is valid UTF-8 without any control
// character other than tab, line feed, carriage return, form feed and
// vertical tab (C0, DEL or C1).
func plainText(text string) bool {
	plain, _ := scanPlain(text)
	return plain
}

// scanPlain is plainText, and besides reports whether every rune of the
// text is one that is in NFC whatever stands next to it
// (vntext.NFCStable), in the same pass.
func scanPlain(text string) (plain, stable bool) {
	stable = true
	for i := 0; i < len(text); {
		b := text[i]
		switch {
		case b < utf8.RuneSelf:
			if b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != '\v' || b == 0x7f {
				return false, false
			}
			i++
			continue
		case b >= 0xc2 && b <= 0xdf && i+1 < len(text) && text[i+1]&0xc0 == 0x80:
			// Two bytes, U+0080..U+07FF, of which U+0080..U+009F are C1
			// and those from U+0300 (lead CC) not all NFC stable.
			if b == 0xc2 && text[i+1] < 0xa0 {
				return false, false
			}
			stable = stable && b <= 0xcb
			i += 2
			continue
		case b >= 0xe1 && b <= 0xef && b != 0xed && i+2 < len(text) && text[i+1]&0xc0 == 0x80 && text[i+2]&0xc0 == 0x80:
			// Three bytes that cannot be too long a form or a surrogate
			// (lead E0 or ED): the Vietnamese letters, punctuation.
			if stable && !(b == 0xe1 && text[i+1] >= 0xb8 && text[i+1] <= 0xbb) {
				stable = vntext.NFCStable(rune(b&0x0f)<<12 | rune(text[i+1]&0x3f)<<6 | rune(text[i+2]&0x3f))
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && n == 1 {
			return false, false
		}
		stable = stable && vntext.NFCStable(r)
		i += n
	}
	return true, stable
}

// isBinaryRune reports control characters that text files do not hold
// (tab, form feed, vertical tab and carriage return they do).
func isBinaryRune(r rune) bool {
	if r == '\t' || r == '\f' || r == '\v' || r == '\r' {
		return false
	}
	return r == 0 || (r < 0x20) || r == 0x7f || (r >= 0x80 && r < 0xa0 && unicode.IsControl(r))
}

// parseLines runs the extractors over the lines of one document.
func parseLines(lines []string, name string, cat MetricMatcher) *Document {
	p := newPage(markersRead(lines))
	d := &Document{}
	var fs []dataset.Finding
	fs = append(fs, p.duplicateFindings()...)

	// The task extractor, the longest step, starts before the header is
	// read: it reads its tables before it needs the plan's year.
	yearRead := &pending[int]{done: make(chan struct{})}
	taskRun := inBackground(func() taskResult {
		tasks, findings := p.tasks(yearRead.wait)
		return taskResult{tasks, findings}
	})
	meta, metaFindings := extractMeta(p, name)
	d.Plan = meta
	fs = append(fs, metaFindings...)

	year := targetYear(meta)
	yearRead.set(year)
	levelRun := inBackground(func() []string { return levelsUnderHeadings(p) })
	tr := extractTargets(p, year, pastUpTo(meta), cat)
	fs = append(fs, tr.findings...)
	conflictRun := inBackground(func() []dataset.Finding { return conflictFindings(p, tr, year, cat) })
	roles := lineRoles(p, tr)
	proseRun := inBackground(func() []dataset.Task { return proseTasks(p, roles, year) })
	annexTs, annexFs, annexSpans := annexTargets(p, year, cat)
	// Every sentence is a candidate, but for the time and budget cells
	// of the tasks, whatever the table's layout (left out below, once the
	// tasks are known). A plan with a targets section states its targets
	// there: what its annex says of them is compared with them
	// (conflictFindings), and what its body says besides is kept with
	// its role (an aim in its purposes or inside a task).
	candRun := inBackground(func() []docCandidate {
		return docCandidates(p, roles, year, firstAimYear(meta), pastUpTo(meta), cat, len(tr.targets) == 0, tr.stages)
	})

	run := taskRun.wait()
	tasks, taskFindings := run.tasks, run.findings
	if len(tasks) == 0 {
		// No annex table and no duties: a task list in prose; but where
		// a list under a lead-in that names who carries it out ("Đề nghị
		// Thường trực Tỉnh ủy … nội dung trọng tâm sau:") gives more tasks
		// a lead, and as many tasks or the prose reader none with a lead,
		// that list is read.
		tasks = withStatedLeads(proseRun.wait(), year)
		if len(tasks) > 0 {
			if listed := listedTasks(p, roles, year); leads(listed) > leads(tasks) && (len(listed) >= len(tasks) || leadsAmong(tasks, listed)) {
				tasks = listed
			}
		}
	} else {
		// A plan may list tasks in its body with their own lines for the
		// lead agency and timing besides an annex or a duties section:
		// those are tasks too.
		tasks = addFieldTasks(p, tasks, proseRun.wait(), year)
		if !p.taskAnnex() {
			// Without an annex, a few duties read where a list under a
			// lead-in that names the bodies asked ("Chính phủ yêu cầu các
			// Bộ trưởng, … những nội dung sau:" / "a) …" … "o) …") gives
			// at least twice as many tasks with a lead, and five or more:
			// that list is the text's tasks.
			if listed := listedTasks(p, roles, year); leads(listed) >= 2*len(tasks) && leads(listed) >= 5 {
				tasks = listed
			}
		}
	}
	if len(tasks) == 0 {
		// Nor a task list under a heading: the lists a sentence
		// introduces ("Các nhiệm vụ trọng tâm gồm:").
		tasks = listedTasks(p, roles, year)
	}
	if len(tasks) == 0 {
		// Nor a task list: the sentences that assign work to an agency,
		// and those that say what a body or the place will do.
		tasks = withPlannedActions(p, roles, year, assignedTasks(p, roles, year))
	}
	if len(tasks) == 0 {
		// Nor any assignment: a numbered list of duties with nothing
		// above it (an excerpt that begins at its first item).
		tasks = dutyListTasks(p, roles, year)
	}
	if len(tasks) == 0 {
		// Nor that: tasks a sentence lists after its colon ("Các nhiệm vụ
		// trọng tâm … gồm: thúc đẩy …; cải thiện …").
		tasks = inlineTaskLists(p, roles, year)
	}
	tasks = slices.DeleteFunc(tasks, func(t dataset.Task) bool {
		return emptyTask(t) || figureItem(t) || specItem(t) || // "...", "" under a list: marks; "Giáo viên THCS: 872 chỉ tiêu;": a figure, no task
			approvalItem(t) || // "1. Đồng ý tổ chức Hội nghị …": what a leader approves
			accountabilityItem(t) || // "… phải chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu …": whom a body answers to
			inSpans(t.Source.Line, annexSpans) // a row of a table of targets, its bodies numbered ("1. Các bộ, … 2. Bộ Tài chính đầu mối")
	})
	for k := range tasks {
		tasks[k].Task = withoutEmphasis(tasks[k].Task)
	}
	tasks = withoutRepeatedTasks(tasks)
	d.Tasks = tasks
	fs = append(fs, taskFindings...)

	var more []dataset.Target
	var moreFindings []dataset.Finding
	if cands := candRun.wait(); len(cands) > 0 {
		more, moreFindings = keepDocTargets(cands, taskTimeCells(tasks), tr.targets)
	}
	if len(annexTs) > 0 {
		// An annex of targets states them in its own table; what the body
		// says of the same targets is left to the dedupe of keepDocTargets.
		more, _ = dedupeTargets(more, annexTs)
		more = append(annexTs, more...)
	}
	d.Targets = mergeTargets(tr.targets, uniqueCodes(more))
	carryHeadingYears(p, d.Targets, levelRun.wait())
	withCommuneLevel(p, d.Plan.Issuer, d.Targets)
	dropRuleLines(p, d)
	fs = append(fs, moreFindings...)
	fs = append(fs, annexFs...)

	fs = append(fs, conflictRun.wait()...)
	if !hasKind(taskFindings, "missing_annex") {
		fs = append(fs, annexFindings(p, len(d.Tasks))...)
	}
	// The task extractor checks its own totals; keep only the checks it
	// did not make (a line it did not report on).
	for _, f := range countFindings(p, d.Tasks) {
		if !reportsLine(taskFindings, f.Kind, f.Lines) {
			fs = append(fs, f)
		}
	}
	fs = append(fs, planShapeFindings(p, d, tr)...)

	for i := range d.Targets {
		d.Targets[i].PlanID = meta.ID
	}
	for i := range d.Tasks {
		d.Tasks[i].PlanID = meta.ID
	}
	for i := range fs {
		fs[i].PlanID = meta.ID
	}
	d.Findings = sortFindings(fs)
	return d
}

// markersRead returns the lines as the readers take them: without a page
// store's date mark, with Markdown bullets as dashes, item numbers in
// square brackets as dotted numbers, item numbers in bold as plain ones,
// a site's metadata printed one cell a line as table rows and a
// gazette's page furniture made page breaks (withoutRunningHeaders). Each
// rewrites only the lines it names, so a line keeps its number; the
// rewritten lines are what a target's or task's source text quotes.
func markersRead(lines []string) []string {
	return withSiteFieldsJoined(withPlainNumbers(withDottedNumbers(withDashBullets(withoutBareMarks(withoutPhotoCaptions(withoutRunningHeaders(withoutStoreDate(lines))))))))
}

// runningHeaderRe matches a page's running header in a gazette's text,
// with the page's number before or after it: "CÔNG BÁO/Số 302/Ngày
// 02-06-2026", "CÔNG BÁO/Số 302/Ngày 02-06-2026 52".
var runningHeaderRe = regexp.MustCompile(`^\s*(?:\d{1,4}\s+)?(?:CÔNG BÁO|Công báo)\s*/\s*Số\s*\d+\s*/\s*Ngày\s*[0-9./-]+(?:\s+\d{1,4})?\s*$`)

// withoutRunningHeaders returns the lines with each page's running header
// (runningHeaderRe), the page's number on the line right before or after
// it and the footnotes of the page above them (footnotesAbove) made page
// breaks (pageBreak): they stand between two lines of the text where a
// PDF's page breaks. The lines themselves when there is none.
//
// A page break is a blank line to every reader; a line that goes on
// with the sentence above it looks past the page break and the blank
// lines around it (lineAbove).
func withoutRunningHeaders(lines []string) []string {
	out := lines
	for i, l := range lines {
		if !strings.Contains(l, "/") || !runningHeaderRe.MatchString(l) {
			continue
		}
		if &out[0] == &lines[0] {
			out = slices.Clone(lines)
		}
		from, to := i, i
		if k := i - 1; k >= 0 && pageNumber.MatchString(strings.TrimSpace(lines[k])) {
			from = k
		}
		if k := i + 1; k < len(lines) && pageNumber.MatchString(strings.TrimSpace(lines[k])) {
			to = k
		}
		for k := footnotesAbove(lines, from); k <= to; k++ {
			out[k] = pageBreak
		}
	}
	return out
}

// pageBreak is the line that stands for a page's furniture: a form feed,
// which trims to a blank line.
const pageBreak = "\f"

// lineAbove returns the index of the line above line i that a sentence
// broken there goes on from: the line right above, or, past the blank
// lines around a page break (pageBreak), the last line of the page
// before; -1 when none.
func lineAbove(lines []string, i int) int {
	k := i - 1
	brk := false
	for k >= 0 && strings.TrimSpace(lines[k]) == "" {
		brk = brk || lines[k] == pageBreak
		k--
	}
	if !brk {
		return i - 1
	}
	return k
}

// prevTextLine returns the index of the last line before i with text on
// it, -1 when none.
func prevTextLine(lines []string, i int) int {
	for k := i - 1; k >= 0; k-- {
		if strings.TrimSpace(lines[k]) != "" {
			return k
		}
	}
	return -1
}

// footnoteRe matches the opening of a footnote: its number, a space and a
// capital ("1 Nghị quyết số 66-NQ/TW ngày …").
var footnoteRe = regexp.MustCompile(`^\s*\d{1,2}\s+\p{Lu}`)

// footnoteLines is the most lines the footnotes of a page may take.
const footnoteLines = 8

// footnotesAbove returns the first line of the footnotes that end right
// above line brk (blank lines between them and brk passed over): a block
// of at most footnoteLines lines that a blank line opens, its first line
// a footnote's (footnoteRe); brk when there is none.
func footnotesAbove(lines []string, brk int) int {
	k := prevTextLine(lines, brk)
	end := k
	for k >= 0 && strings.TrimSpace(lines[k]) != "" {
		if end-k >= footnoteLines {
			return brk
		}
		k--
	}
	if top := k + 1; top <= end && k >= 0 && footnoteRe.MatchString(lines[top]) {
		return top
	}
	return brk
}

// photoCaptionRe matches a press item's photo caption: a line that ends
// with the photo's credit ("… nâng cao kết quả đánh giá (Ảnh: Công
// Bính).", "… trao bản cam kết cho bí thư các chi bộ thôn. Ảnh: Tống
// Bình") or that says only that a photo illustrates ("Ảnh minh họa").
var photoCaptionRe = regexp.MustCompile(`(?:\((?:Ảnh|ẢNH|Ảnh minh họa|Ảnh minh hoạ)\s*:?[^()]{0,60}\)\.?|[.,]\s+(?:Ảnh|ẢNH)\s*:\s*(?:\p{Lu}[\p{L}.]*\s?){1,5}|^\s*(?:Ảnh|ẢNH)(?: minh họa| minh hoạ|\s*:[^.]{0,60})\.?)\s*$`)

// captionTail is how many bytes at the end of a line may hold a photo's
// credit (photoCaptionRe).
const captionTail = 100

// mayBeCaption reports whether a line names a photo ("Ảnh", "ẢNH") where
// a caption does, at its start or in its last captionTail bytes, so that
// the captions' pattern runs on few lines and the rest of each line is
// not scanned.
func mayBeCaption(l string) bool {
	t := strings.TrimLeft(l, " *_(")
	return strings.HasPrefix(t, "Ả") || strings.Contains(l[max(0, len(l)-captionTail):], "Ả")
}

// sourceCreditRe matches the end of a short caption that credits its
// photo's source: "Ông Nguyễn Mạnh Hùng - Phó Chủ tịch Thường trực UBND
// tỉnh Tây Ninh. Nguồn: báo Tây Ninh".
var sourceCreditRe = regexp.MustCompile(`[.,]\s+Nguồn\s*:\s*(?:\p{L}[\p{L}.]*\s?){1,5}\s*$`)

// maxCreditedCaption is how many runes a line may have to be a caption
// that credits its source (sourceCreditRe), not a paragraph that closes
// by naming where its figures come from.
const maxCreditedCaption = 200

// withoutPhotoCaptions returns the lines with a press item's photo
// captions (photoCaptionRe, or a short line crediting its source,
// sourceCreditRe) blank: they repeat or illustrate what the item says,
// they state no aim and give no duty, and name the people shown, not who
// signed; the lines themselves when there is none.
func withoutPhotoCaptions(lines []string) []string {
	lines = withoutImageFiles(lines)
	return rewriteMarked(lines, 1, func(l string) bool {
		return mayBeCaption(l) && photoCaptionRe.MatchString(l) ||
			strings.Contains(l, "Nguồn:") && !runesOver(l, maxCreditedCaption) && sourceCreditRe.MatchString(l)
	}, func(string) string { return "" })
}

// imageFileRe matches a line that is only the file name of a photo a page
// stored in place of the photo: "z5060175717522_22792a2a….jpg".
var imageFileRe = regexp.MustCompile(`^\s*[\w.-]{1,200}\.(?:jpe?g|png|gif|webp)\s*$`)

// withoutImageFiles returns the lines with a photo's file name (imageFileRe)
// blank, and its caption with it: the first line after it, past blank
// lines, when short and no item, heading or lead-in ("Hình ảnh người dân
// giải quyết TTHC tại Trung tâm …"); the lines themselves when there is
// no such file name.
func withoutImageFiles(lines []string) []string {
	var out []string
	for i, l := range lines {
		if !strings.Contains(l, ".") || !imageFileRe.MatchString(l) {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		out[i] = ""
		for j := i + 1; j < len(lines); j++ {
			next := strings.TrimSpace(lines[j])
			if next == "" {
				continue
			}
			if !runesOver(next, maxCreditedCaption) && !strings.HasSuffix(next, ":") && !startsItem(next) && !isAllCaps(next) {
				out[j] = ""
			}
			break
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// withoutBareMarks returns the lines with those made only of emphasis
// marks ("**" closing a bold heading on the line after it: "**(1) Đề
// nghị UBND các xã, phường liên quan:" / "**") blank, as the blank lines
// they stand for; the lines themselves when there is none.
func withoutBareMarks(lines []string) []string {
	return rewriteMarked(lines, 1, func(l string) bool {
		t := strings.TrimSpace(l)
		return t != "" && strings.Trim(t, "*_") == ""
	}, func(string) string { return "" })
}

// boldNumberRe matches an item number set in bold or italics on its own
// at the start of a line, the item's text after it ("**2.** Bộ Xây
// dựng:", "*3.* Bộ Tài chính chủ trì …").
var boldNumberRe = regexp.MustCompile(`^(\s*)(\*{1,2}|_{1,2})(\d{1,2}(?:\.\d{1,2})*\.)(\*{1,2}|_{1,2})\s+`)

// withPlainNumbers returns the lines with the item numbers a text sets in
// bold or italics apart from the item's text ("**2.** Bộ Xây dựng:",
// "**2.** **Sở Y tế:**") written plain ("2. Bộ Xây dựng:"), as the
// readers know them; the lines themselves when there is none.
func withPlainNumbers(lines []string) []string {
	return rewriteMarked(lines, 1, func(l string) bool {
		t := strings.TrimLeft(l, " ")
		return (strings.HasPrefix(t, "*") || strings.HasPrefix(t, "_")) && boldNumberRe.MatchString(l)
	}, func(l string) string {
		return boldNumberRe.ReplaceAllString(l, "$1$3 ")
	})
}

// storeDateRe matches the date mark a page store sets before the first
// line of a stored page (" date 2025-08-11 Thông báo số …").
var storeDateRe = regexp.MustCompile(`^\s*date [0-9]{4}-[0-9]{2}(?:-[0-9]{2})?\s*`)

// withoutStoreDate returns the lines with the date mark a page store
// sets before a stored page's first line (" date 2025-10-16 UBND TPHCM
// vừa có văn bản …") left out: the page's date, no words of the text.
func withoutStoreDate(lines []string) []string {
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		if m := storeDateRe.FindStringIndex(l); m != nil && m[1] < len(l) {
			out := slices.Clone(lines)
			out[i] = l[m[1]:]
			return out
		}
		return lines
	}
	return lines
}

// bracketNumberRe matches an item number in square brackets at the start
// of a line, as legal-information sites print the items of a quoted
// article ("[2] Giao Trung tâm Chuyển đổi số …").
var bracketNumberRe = regexp.MustCompile(`^(\s*)\[(\d{1,2})\]\s+`)

// withDottedNumbers returns the lines with the item numbers in square
// brackets of a text that numbers its items so ("[2] Giao …", "[3] Sở
// Khoa học và Công nghệ chủ trì …", two lines or more) written as the
// numbers the readers know ("2. Giao …"); the lines themselves otherwise.
func withDottedNumbers(lines []string) []string {
	return rewriteMarked(lines, 2, func(l string) bool {
		return strings.HasPrefix(strings.TrimLeft(l, " "), "[") && bracketNumberRe.MatchString(l)
	}, func(l string) string {
		return bracketNumberRe.ReplaceAllString(l, "$1$2. ")
	})
}

// withDashBullets returns the lines with the Markdown bullets of a text
// that lists with them ("*   Quán triệt sâu sắc …", "* Chủ trì thẩm tra
// …": an asterisk and a space, which no emphasis opens with) written as
// dashes, the bullet the readers know; the lines themselves when the text
// has fewer than three such lines (a footnote mark is no list).
func withDashBullets(lines []string) []string {
	return rewriteMarked(lines, 3, starBullet, func(l string) string {
		k := strings.IndexByte(l, '*')
		return l[:k] + "-" + l[k+1:]
	})
}

// rewriteMarked returns the lines with each line that marked reports
// rewritten by rewrite, when at least least lines are marked; the lines
// themselves, uncopied, otherwise.
func rewriteMarked(lines []string, least int, marked func(string) bool, rewrite func(string) string) []string {
	var at []int
	for i, l := range lines {
		if marked(l) {
			at = append(at, i)
		}
	}
	if len(at) < least {
		return lines
	}
	out := slices.Clone(lines)
	for _, i := range at {
		out[i] = rewrite(out[i])
	}
	return out
}

// starBullet reports whether a line opens with a Markdown bullet: an
// asterisk, after indentation only, followed by a space.
func starBullet(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return len(t) > 2 && t[0] == '*' && t[1] == ' ' && strings.TrimSpace(t[2:]) != ""
}

// emptyTask reports whether a task holds no word at all: no letter in
// its text and no objective, activity, product, lead, partner or deadline
// (an annex row may state its task only in its objective or product).
func emptyTask(t dataset.Task) bool {
	return !strings.ContainsFunc(t.Task, unicode.IsLetter) && t.Objective == "" && t.Activity == "" && !hasFields(t)
}

// figureItemRe matches an item that only gives a figure for a label:
// "Giáo viên THCS: 872 chỉ tiêu;", "Nhà ở xã hội: 491,12 tỷ đồng."
var figureItemRe = regexp.MustCompile(`^[^:;.]{1,80}:\s*(?:khoảng |trên |dưới )?[0-9][0-9.,]*\s*(?:\pL+\s*){0,3}[;.]?$`)

// figureItem reports whether a task read from a list only gives a figure
// for a label (figureItemRe) and has no field of its own.
func figureItem(t dataset.Task) bool {
	return !hasFields(t) && figureItemRe.MatchString(strings.TrimSpace(t.Task))
}

// approvalOpeners are the folded verbs by which a leader approves what a
// body proposed ("Đồng ý tổ chức Hội nghị toàn quốc …", "Chấp thuận chủ
// trương …", "Nhất trí với đề xuất …"): an item that opens with one gives
// no one a duty.
var approvalOpeners = []string{"dong y ", "chap thuan ", "nhat tri "}

// approvalItem reports whether a task names no body and its text opens
// with one of approvalOpeners.
func approvalItem(t dataset.Task) bool {
	return len(t.Lead) == 0 && len(t.Partners) == 0 && hasAnyPrefix(tkFold(strings.Trim(t.Task, tkTrim))+" ", approvalOpeners)
}

// accountabilityRe matches, folded, a duty that only says whom a body
// answers to should it fail: "phải chịu trách nhiệm trước Chủ tịch UBND
// tỉnh nếu để xảy ra vi phạm …" — a rule of accountability, no task (one
// that answers "về kết quả …" is).
var accountabilityRe = regexp.MustCompile(`^(?:phai )?chiu trach nhiem truoc [^;]*?\bneu\b`)

// accountabilityItem reports whether a task's text is only a rule of
// accountability (accountabilityRe).
func accountabilityItem(t dataset.Task) bool {
	return accountabilityRe.MatchString(tkFold(strings.Trim(t.Task, tkTrim)))
}

// repeatWords is how many words a task's text must have for a later task
// that opens with the same words to be its repeat (withoutRepeatedTasks).
const repeatWords = 8

// withoutRepeatedTasks returns the tasks without those that repeat an
// earlier one: a press item's body that says again what its opening
// asked ("tập trung mọi nguồn lực, làm việc kể cả ngày nghỉ để xử lý dứt
// điểm hồ sơ tồn đọng" / "Tập trung mọi nguồn lực, … hồ sơ tồn đọng, báo
// cáo …"), a task read from prose whose text opens with the whole text,
// of repeatWords words or more, of a task before it read from prose; and
// without the opening's tasks that the body restates with their bodies
// (summarisedTasks).
func withoutRepeatedTasks(tasks []dataset.Task) []dataset.Task {
	folded := make([]string, len(tasks))
	for i, t := range tasks {
		folded[i] = strings.Trim(tkFold(t.Task), " .;,")
	}
	summary := summarisedTasks(tasks, folded)
	var seen []string
	out := tasks[:0]
	for i, t := range tasks {
		if summary[i] {
			continue
		}
		if t.Code != "" || t.Section != "" {
			out = append(out, t) // an item of a list or a section: two items may name the same work in two stages
			continue
		}
		if slices.ContainsFunc(seen, func(s string) bool { return strings.HasPrefix(folded[i], s) }) {
			continue
		}
		if len(strings.Fields(folded[i])) >= repeatWords {
			seen = append(seen, folded[i])
		}
		out = append(out, t)
	}
	return out
}

// summarisedTasks marks the tasks of a press item's opening that its
// body states again with the bodies that carry them out: "Chủ tịch UBND
// tỉnh yêu cầu khẩn trương kiểm tra, làm rõ …" (no lead) before "… đã yêu
// cầu Chủ tịch UBND các huyện … chủ trì, phối hợp … khẩn trương kiểm tra,
// làm rõ …". A task without a lead, of repeatWords words or more, whose
// text (folded, as in folded) a later task with a lead holds whole is
// that task's summary.
func summarisedTasks(tasks []dataset.Task, folded []string) []bool {
	summary := make([]bool, len(tasks))
	for i, t := range tasks {
		if len(t.Lead) > 0 || t.Code != "" || t.Section != "" || len(strings.Fields(folded[i])) < repeatWords {
			continue
		}
		for j := i + 1; j < len(tasks); j++ {
			if len(tasks[j].Lead) > 0 && strings.Contains(folded[j], folded[i]) {
				summary[i] = true
				break
			}
		}
	}
	return summary
}

// specItemRe matches, folded, an item that sets out a field of a duty
// rather than a duty: "Đối tượng thực hiện báo cáo: cơ quan, tổ chức …",
// "Nội dung báo cáo: …", "Hình thức và thời gian nộp báo cáo:".
var specItemRe = regexp.MustCompile(`^(?:doi tuong|noi dung|hinh thuc|pham vi|thoi gian|thoi han|dia diem|thanh phan|cach thuc)\b[^:;.]{0,50}:`)

// specItem reports whether a task read from a list only sets out a field
// of the duty above it (specItemRe) and has no lead of its own.
func specItem(t dataset.Task) bool {
	return len(t.Lead) == 0 && specItemRe.MatchString(tkFold(withoutEmphasis(strings.TrimSpace(t.Task))))
}

// withoutEmphasis returns a task's text without the Markdown emphasis
// marks of a converted document ("Từ ngày 15 tháng 9 năm 2025**, phối hợp
// … **hướng dẫn****"), its words joined by single spaces.
func withoutEmphasis(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	return joinFields(strings.ReplaceAll(s, "*", ""))
}

// leads returns how many of tasks have a lead.
func leads(tasks []dataset.Task) int {
	n := 0
	for _, t := range tasks {
		if len(t.Lead) > 0 {
			n++
		}
	}
	return n
}

// leadsAmong reports whether every lead the tasks name is a lead of the
// tasks of other too (none when they name none): "Đề nghị Thường trực
// Huyện ủy tập trung …; trong đó lưu ý một số nội dung trọng tâm sau:"
// read as prose is a task of the body the list under it gives each item.
func leadsAmong(tasks, other []dataset.Task) bool {
	in := map[string]bool{}
	for _, t := range other {
		for _, l := range t.Lead {
			in[l] = true
		}
	}
	for _, t := range tasks {
		for _, l := range t.Lead {
			if !in[l] {
				return false
			}
		}
	}
	return true
}

// mergeTargets puts the targets of the targets section and those found
// elsewhere in document order.
func mergeTargets(section, more []dataset.Target) []dataset.Target {
	all := append(append([]dataset.Target(nil), section...), more...)
	sort.SliceStable(all, func(i, j int) bool { return all[i].Source.Line < all[j].Source.Line })
	return all
}

// fileSlug turns a file name into a plan ID: the base name without its
// extension, lower case, with runs of other characters than letters,
// digits, '_' and '-' replaced by '-'.
func fileSlug(name string) string {
	base := filepath.Base(name)
	if ext := filepath.Ext(base); ext != "" && ext != base {
		base = base[:len(base)-len(ext)]
	}
	base = vntext.Fold(base)
	var b []byte
	dash := false
	for _, r := range base {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9', r == '_':
			if dash && len(b) > 0 {
				b = append(b, '-')
			}
			dash = false
			b = append(b, byte(r))
		default:
			dash = true
		}
	}
	if len(b) == 0 {
		return "plan"
	}
	return string(b)
}

// page holds the lines of one document with their folded forms and the
// lines that repeat an earlier block (doubled pages), which the
// extractors skip so that nothing is counted twice.
type page struct {
	lines []string // NFC lines; lines[i] is line i+1
	fold  []string // foldKeep(lines[i]): lower case, no diacritics, same runes
	key   []string // ocrKey(lines[i]): folded words, punctuation dropped
	task  []string // taskFold(i): the line as the task extractor reads it
	skip  []bool   // line repeats an earlier block
	dups  []dupBlock
	heads []lineHeading // heads[i]: headingAt of line i
	first int           // the first line with words on it, -1 when none
}

// dupBlock is a run of lines that repeats an earlier run.
type dupBlock struct {
	first, last         int // 0-based lines of the repeat
	origFirst, origLast int // 0-based lines of the original
}

func newPage(lines []string) *page {
	p := &page{lines: lines, fold: make([]string, len(lines)), key: make([]string, len(lines)), task: make([]string, len(lines)),
		skip: make([]bool, len(lines)), heads: make([]lineHeading, len(lines))}
	p.foldLines()
	p.findDuplicates()
	p.first = slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
	return p
}

// foldLines fills fold and key, the two halves of the text at once; each
// line is folded on its own, so the halves give what one pass gives.
func (p *page) foldLines() {
	inHalves(p.lines, func(_, from, to int) { p.foldRange(from, to) })
}

// inHalves runs step on the lines of the text's first half (by bytes)
// on this goroutine and on those of its second half on another (half 0
// and 1), and returns once both have ended.
func inHalves(lines []string, step func(half, from, to int)) {
	inParts(lines, 2, step)
}

// inParts cuts the lines into n runs of about as many bytes each and runs
// step on each run (part 0 to n-1, lines [from, to)), the first on this
// goroutine and each other on one of its own, and returns once all have
// ended. Steps whose work is not spread evenly over the bytes (a table
// of figures at the end of a text) are cut into more parts than there
// are cores, so that no one part is left to run alone.
func inParts(lines []string, n int, step func(part, from, to int)) {
	cuts := partCuts(lines, n)
	var wg sync.WaitGroup
	for k := 1; k < n; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			step(k, cuts[k], cuts[k+1])
		}()
	}
	step(0, cuts[0], cuts[1])
	wg.Wait()
}

// partCuts returns the n+1 bounds of n runs of lines of about as many
// bytes each: run k is lines [cuts[k], cuts[k+1]), a line standing in the
// run its middle byte falls in.
func partCuts(lines []string, n int) []int {
	total := 0
	for _, l := range lines {
		total += len(l)
	}
	cuts := make([]int, n+1)
	k, sum := 1, 0
	for i, l := range lines {
		for k < n && (sum+len(l)/2)*n >= total*k {
			cuts[k] = i
			k++
		}
		sum += len(l)
	}
	for ; k <= n; k++ {
		cuts[k] = len(lines)
	}
	return cuts
}

// foldRange fills fold, key, task and heads of lines [from, to). The folds
// of the lines are written into one string and the keys into another,
// each sliced per line, instead of two strings per line (packLines). The
// task extractor's folds are made here, on both halves of the text at
// once, rather than on its own goroutine, whose step is the longest.
func (p *page) foldRange(from, to int) {
	var scratch []byte
	packLines(p.fold[from:to], p.lines[from:to], &scratch, appendFoldKeep)
	for i := from; i < to; i++ {
		if l := p.lines[i]; asciiFoldedPrefix(l) == len(l) {
			p.fold[i] = l // as foldKeep: an unchanged line shares its text
		}
	}
	packLines(p.key[from:to], p.fold[from:to], &scratch, appendOCRKey)
	for i := from; i < to; i++ {
		p.task[i] = p.taskFold(i)
	}
	for i := from; i < to; i++ {
		level, words := p.headingOf(i)
		p.heads[i] = lineHeading{level, words}
	}
}

// packLines sets out[i] to appendLine of in[i], all written into one
// string and sliced per line: each line goes through the scratch buffer
// into one builder, whose String makes no further copy.
func packLines(out, in []string, scratch *[]byte, appendLine func([]byte, string) []byte) {
	size := 0
	for _, l := range in {
		size += len(l)
	}
	ends := make([]int, len(in))
	var b strings.Builder
	b.Grow(size)
	for i, l := range in {
		*scratch = appendLine((*scratch)[:0], l)
		b.Write(*scratch)
		ends[i] = b.Len()
	}
	packed, from := b.String(), 0
	for i := range out {
		out[i] = packed[from:ends[i]]
		from = ends[i]
	}
}

// pending is a step of a parse running on a goroutine of its own while
// the parse goes on: the steps run this way only read the page (which is
// not changed after newPage), the catalogue and the package's tables, so
// a parse uses a second core where there is one.
type pending[T any] struct {
	done  chan struct{}
	value T
}

// inBackground starts step on a goroutine of its own.
func inBackground[T any](step func() T) *pending[T] {
	r := &pending[T]{done: make(chan struct{})}
	go func() {
		defer close(r.done)
		r.value = step()
	}()
	return r
}

// wait returns the step's value once it has ended.
func (r *pending[T]) wait() T {
	<-r.done
	return r.value
}

// set ends a step the parse runs itself, with its value v.
func (r *pending[T]) set(v T) {
	r.value = v
	close(r.done)
}

// taskResult is what the task extractor returns.
type taskResult struct {
	tasks    []dataset.Task
	findings []dataset.Finding
}

// taskLines returns the lines with the repeated blocks blanked, so that a
// doubled page yields its tasks once; line numbers are kept.
func (p *page) taskLines() []string {
	if len(p.dups) == 0 {
		return p.lines
	}
	return blankRepeats(p.lines, p.skip, p.dups)
}

// tasks runs the task extractor over the page, doubled pages blanked,
// with the lines folded for it by newPage (taskFold).
func (p *page) tasks(year func() int) ([]dataset.Task, []dataset.Finding) {
	lines := p.taskLines()
	if tkHasCR(lines) {
		return extractTasks(lines, year())
	}
	folded := make([]string, len(lines))
	for i, l := range lines {
		if l != "" {
			folded[i] = p.task[i]
		}
	}
	return extractTasksFolded(lines, folded, year)
}

// taskFold is tkFold(strings.Trim(lines[i], tkTrim)), line i as the task
// extractor reads it. It is folded from the page's folded line, which
// gives what folding the line itself gives (see TestTaskFoldOfFold) but
// reads mostly ASCII; a line with the Angstrom sign (U+212B), whose lower
// case "å" folds further, is folded from the line itself.
func (p *page) taskFold(i int) string {
	switch l := p.lines[i]; {
	case l == "":
		return ""
	case strings.ContainsRune(l, '\u212b'):
		return tkFold(strings.Trim(l, tkTrim))
	}
	return tkFold(strings.Trim(p.fold[i], tkTrim))
}

// findDuplicates marks runs of non-blank lines that repeat an earlier run
// word for word. A run counts as a doubled page when it has at least four
// lines and enough text (300 characters, two lines of 60) that table
// cells which happen to repeat ("Năm 2025", "Sở Nội vụ") do not qualify.
func (p *page) findDuplicates() {
	// The non-blank lines, each as the number of its text (its trimmed
	// fold): lines compare by number.
	nb := make([]int, 0, len(p.fold))       // indices of non-blank lines
	texts := make([]string, 0, len(p.fold)) // texts[k] is the text of line nb[k]
	for i, f := range p.fold {
		if t := trimCell(f); t != "" {
			nb = append(nb, i)
			texts = append(texts, t)
		}
	}
	ids, distinct := numberTexts(texts) // ids[k] numbers the text of line nb[k]
	// The earlier lines with the same text: last[id] is 1 + the latest
	// k seen with that text (0 for none), prev[k] the one before k (-1).
	last := make([]int, distinct)
	prev := make([]int, len(nb))
	see := func(k int) {
		prev[k] = last[ids[k]] - 1
		last[ids[k]] = k + 1
	}
	for a := 0; a < len(nb); {
		// The latest 8 earlier lines with this text, oldest first.
		var buf [8]int
		cands := buf[:0]
		for b := last[ids[a]] - 1; b >= 0 && len(cands) < len(buf); b = prev[b] {
			cands = append(cands, b)
		}
		best, bestLen := -1, 0
		for c := len(cands) - 1; c >= 0; c-- {
			b := cands[c]
			n := 0
			for b+n < a && a+n < len(nb) && ids[a+n] == ids[b+n] {
				n++
			}
			if n > bestLen {
				best, bestLen = b, n
			}
		}
		if best >= 0 && bestLen >= 4 && p.substantial(nb[a:a+bestLen]) {
			for k := a; k < a+bestLen; k++ {
				p.skip[nb[k]] = true
			}
			p.dups = append(p.dups, dupBlock{first: nb[a], last: nb[a+bestLen-1],
				origFirst: nb[best], origLast: nb[best+bestLen-1]})
			for k := a; k < a+bestLen; k++ {
				see(k)
			}
			a += bestLen
			continue
		}
		see(a)
		a++
	}
}

// numberTexts numbers the texts in the order they first appear: ids[k] is
// the number of texts[k], the same for equal texts, and n how many texts
// differ. The texts are found by their hash in a table of slots, which
// holds less than a map of the texts would.
func numberTexts(texts []string) (ids []int, n int) {
	size := 1
	for size < 2*len(texts) {
		size <<= 1
	}
	slots := make([]int32, size) // 1 + the k of the first text of a number, 0 for a free slot
	ids = make([]int, len(texts))
	seed := maphash.MakeSeed()
	for k, t := range texts {
		for i := maphash.String(seed, t) & uint64(size-1); ; i = (i + 1) & uint64(size-1) {
			first := slots[i]
			if first == 0 {
				slots[i] = int32(k + 1)
				ids[k] = n
				n++
				break
			}
			if texts[first-1] == t {
				ids[k] = ids[first-1]
				break
			}
		}
	}
	return ids, n
}

func (p *page) substantial(idx []int) bool {
	total, long := 0, 0
	for _, i := range idx {
		n := utf8.RuneCountInString(p.lines[i])
		total += n
		if n >= 60 {
			long++
		}
	}
	return total >= 300 && long >= 2
}

// duplicateFindings reports the doubled pages.
func (p *page) duplicateFindings() []dataset.Finding {
	var fs []dataset.Finding
	for _, d := range p.dups {
		fs = append(fs, finding(dataset.Finding{Kind: "duplicate_pages",
			Text: i18n.Msgf("lines %d-%d repeat lines %d-%d word for word (a doubled page); they are counted once",
				d.first+1, d.last+1, d.origFirst+1, d.origLast+1),
			Lines: []int{d.first + 1, d.last + 1}}))
	}
	return fs
}

// trimCell trims white space and the table decorations ('|', '*') that
// converted documents leave around cells.
func trimCell(s string) string {
	if s == "" || (cellEdge(s[0]) && cellEdge(s[len(s)-1])) {
		return s
	}
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '|' || r == '*' })
}

// joinFields returns strings.Join(strings.Fields(s), " "): the words of s
// with one space between them. Text already in that form, as most is, is
// returned without splitting it, and so is text in that form but for
// white space at its ends.
func joinFields(s string) string {
	s = strings.TrimSpace(s)
	space := true // at the start or after a space
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' && !space:
				space = true
			case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
				// A space at the start or after another, or other white space.
				return strings.Join(strings.Fields(s), " ")
			default:
				space = false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if isSpace(r) {
			return strings.Join(strings.Fields(s), " ")
		}
		space = false
		i += n
	}
	if space && s != "" {
		return strings.Join(strings.Fields(s), " ") // a space at the end
	}
	return s
}

// cellEdge reports whether a cell that starts or ends with byte c keeps
// it when trimmed: c is ASCII and neither white space, '|' nor '*'.
func cellEdge(c byte) bool {
	return c > ' ' && c < utf8.RuneSelf && c != '|' && c != '*'
}

// foldTab maps the runes U+0000..U+1EFF to their folded form: lower case,
// diacritics removed, 'đ' (and the look-alike 'ð') to 'd'. It is built
// once and only read.
var foldTab = buildFoldTab()

func buildFoldTab() []rune {
	t := make([]rune, 0x1f00)
	for r := range t {
		t[r] = foldSlow(rune(r))
	}
	return t
}

func foldSlow(r rune) rune {
	// Ð and ð (eth) stand for Đ in texts typed or scanned with the wrong letter.
	if r == 'đ' || r == 'Đ' || r == 'Ð' || r == 'ð' {
		return 'd'
	}
	if r < 0x80 {
		return unicode.ToLower(r)
	}
	s := norm.NFD.String(string(r))
	base, _ := utf8.DecodeRuneInString(s)
	if base == utf8.RuneError {
		return r
	}
	if unicode.Is(unicode.Mn, base) {
		return r
	}
	return unicode.ToLower(base)
}

// foldRune folds one rune: lower case, no diacritics.
func foldRune(r rune) rune {
	if r >= 0 && int(r) < len(foldTab) {
		return foldTab[r]
	}
	return unicode.ToLower(r)
}

// foldKeep folds s rune by rune (lower case, no diacritics, 'đ' to 'd') and
// keeps every other rune, so the i-th rune of the result is the fold of
// the i-th rune of s. Combining marks left over in non-NFC text are kept.
func foldKeep(s string) string {
	i := asciiFoldedPrefix(s)
	if i == len(s) {
		return s
	}
	return string(appendFoldKeep(make([]byte, 0, len(s)), s))
}

// asciiFoldedPrefix is the length of the start of s that folding leaves
// as it is (ASCII without capitals).
func asciiFoldedPrefix(s string) int {
	i := 0
	for i < len(s) && s[i] < 0x80 && !(s[i] >= 'A' && s[i] <= 'Z') {
		i++
	}
	return i
}

// appendFoldKeep appends foldKeep(s) to dst, byte by byte for ASCII and
// with the two- and three-byte runes of Vietnamese text decoded in place.
func appendFoldKeep(dst []byte, s string) []byte {
	dst = slices.Grow(dst, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = append(dst, asciiLower[c])
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		i += n
		r = foldRune(r)
		if r < utf8.RuneSelf {
			dst = append(dst, byte(r))
		} else {
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// asciiLower maps each ASCII byte to its lower case.
var asciiLower = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		t[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			t[c] += 'a' - 'A'
		}
	}
	return t
}()

// decodeRune is utf8.DecodeRuneInString of a string that starts with a
// byte outside ASCII, reading the two- and three-byte forms that are
// always valid (no lead E0 or ED, which may start too long a form or a
// surrogate) without a call.
func decodeRune(s string) (rune, int) {
	c := s[0]
	switch {
	case c >= 0xc2 && c <= 0xdf && len(s) > 1 && s[1]&0xc0 == 0x80:
		return rune(c&0x1f)<<6 | rune(s[1]&0x3f), 2
	case c >= 0xe1 && c <= 0xef && c != 0xed && len(s) > 2 && s[1]&0xc0 == 0x80 && s[2]&0xc0 == 0x80:
		return rune(c&0x0f)<<12 | rune(s[1]&0x3f)<<6 | rune(s[2]&0x3f), 3
	}
	return utf8.DecodeRuneInString(s)
}

func hasKind(fs []dataset.Finding, kind string) bool {
	for _, f := range fs {
		if f.Kind == kind {
			return true
		}
	}
	return false
}

// reportsLine reports whether fs holds a finding of the kind about the
// first of lines.
func reportsLine(fs []dataset.Finding, kind string, lines []int) bool {
	for _, f := range fs {
		if f.Kind == kind && len(f.Lines) > 0 && len(lines) > 0 && f.Lines[0] == lines[0] {
			return true
		}
	}
	return false
}

// IsPlan reports whether the document looks like a plan at all: it has a
// document number line or a type heading ("KẾ HOẠCH", "QUYẾT ĐỊNH"), a
// targets section, or tasks. A text that is none of these still parses,
// and its findings say what was not found; "cchc parse" refuses it.
func (d *Document) IsPlan() bool {
	if d.Plan.DocType != "" || len(d.Targets) > 0 || len(d.Tasks) > 0 {
		return true
	}
	for _, f := range d.Findings {
		if f.Kind == "target_without_number" || f.Kind == "no_numeric_targets" {
			return true
		}
	}
	return false
}

// noMetrics is the matcher of a nil MetricMatcher: it matches nothing.
type noMetrics struct{}

// MetricRefs implements MetricMatcher.
func (noMetrics) MetricRefs(string) []dataset.MetricRef { return nil }
