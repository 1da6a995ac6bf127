package plandoc

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

var (
	// "Danh sách này có 03 nội dung chính và 15 nhiệm vụ cụ thể"
	fdContentsTasksRe = regexp.MustCompile(`(?:co|gom|gom co) ([0-9]{1,3}) noi dung(?: chinh)?(?: va| voi) ([0-9]{1,3}) nhiem vu`)
	// "gồm 15 nhiệm vụ", "có 15 nhiệm vụ cụ thể"
	fdTasksRe = regexp.MustCompile(`(?:co|gom|gom co|tong cong|tong so) ([0-9]{1,3}) nhiem vu`)
)

// conflictFindings compares the statements of targets outside the targets
// section (annex objectives, restatements in the body) with the targets:
// the same metric at the same level, unit and change with another value
// is a conflict.
func conflictFindings(p *page, tr targetResult, year int, cat MetricMatcher) []dataset.Finding {
	if tr.from < 0 || len(tr.targets) == 0 {
		return nil
	}
	rs := restatements{p: p, tr: tr, year: year, cat: cat, byKey: map[metricKey][]dataset.Target{}, onlyPercent: true, metrics: map[string]bool{}}
	for _, t := range tr.targets {
		if t.Metric == "" {
			continue
		}
		k := metricKey{t.Metric, t.Level, t.Unit, t.Change}
		rs.byKey[k] = append(rs.byKey[k], t)
	}
	// Only percentages can restate targets that are all percentages.
	for k := range rs.byKey {
		if k.unit != "percent" {
			rs.onlyPercent = false
		}
		rs.metrics[k.metric] = true
	}
	// The lines are read in parts at once: a finding names its line, so
	// the parts never give the same one twice. The figures that restate
	// targets gather in a few places (a summary, an annex), so the parts
	// are more than the cores.
	parts := make([][]dataset.Finding, conflictParts)
	inParts(p.lines, conflictParts, func(k, from, to int) { parts[k] = rs.conflicts(from, to) })
	return slices.Concat(parts...)
}

// conflictParts is how many parts conflictFindings reads at once.
const conflictParts = 8

// restatements is what conflictFindings compares the lines with: the
// targets of the section by metric, level, unit and change (byKey), their
// metrics, and whether all are percentages.
type restatements struct {
	p           *page
	tr          targetResult
	year        int
	cat         MetricMatcher
	byKey       map[metricKey][]dataset.Target
	onlyPercent bool
	metrics     map[string]bool
}

// conflicts returns the conflicts of lines [from, to) outside the targets
// section with the section's targets.
func (rs restatements) conflicts(from, to int) []dataset.Finding {
	p, tr, year, cat, byKey, onlyPercent, metrics := rs.p, rs.tr, rs.year, rs.cat, rs.byKey, rs.onlyPercent, rs.metrics
	var fs []dataset.Finding
	seen := map[string]bool{}
	for i := from; i < to; i++ {
		line := p.lines[i]
		if p.skip[i] || (i >= tr.from && i < tr.to) {
			continue
		}
		if onlyPercent && !strings.Contains(line, "%") || !strings.ContainsAny(line, "0123456789") {
			continue
		}
		for rest := line; rest != ""; {
			// The cells: the text between tabs and '|', empty ones left out.
			cell := rest
			if j := strings.IndexAny(rest, "\t|"); j >= 0 {
				cell, rest = rest[:j], rest[j+1:]
			} else {
				rest = ""
			}
			if cell == "" {
				continue
			}
			cell = trimCell(cell)
			if sm := numberedAt(cell); sm != "" && strings.ContainsAny(sm, ".)") {
				cell = cell[len(sm):]
			}
			if !mayHoldValue(cell) || !namesAnyMetric(cat, cell, metrics) {
				continue
			}
			it := item{text: []rune(cell), starts: []int{0}, lines: []int{i}}
			for _, c := range valuesIn(it, year, cat) {
				if c.t.Metric == "" {
					continue
				}
				for _, t := range byKey[metricKey{c.t.Metric, c.t.Level, c.t.Unit, c.t.Change}] {
					if sameValue(t, c.t) || !restatesTarget(c, cell, t) {
						continue
					}
					id := fmt.Sprintf("%s|%d", t.Code, i)
					if seen[id] {
						continue
					}
					seen[id] = true
					fs = append(fs, finding(dataset.Finding{Kind: "conflict",
						Text: i18n.Msgf("%s (%s%s): the targets section says %s (line %d) but line %d says %s",
							t.Code, t.Metric, levelNote(t.Level), describe(t), t.Source.Line, i+1, describe(c.t)),
						Lines: []int{t.Source.Line, i + 1}}))
				}
			}
		}
	}
	return fs
}

// metricKey is what a restatement must share with a target to be
// compared with it: metric, level, unit and change.
type metricKey struct{ metric, level, unit, change string }

// namesAnyMetric reports whether a cell speaks of one of the metrics: a
// statement read from the cell has its metric matched on words of the
// cell, so a cell that names none of them cannot restate their targets
// (and its values need not be read).
func namesAnyMetric(cat MetricMatcher, cell string, metrics map[string]bool) bool {
	if n, ok := cat.(metricNamer); ok {
		return n.NamesAny(cell, metrics)
	}
	for _, m := range cat.MetricRefs(cell) {
		if metrics[m.ID] {
			return true
		}
	}
	return false
}

// metricNamer is a MetricMatcher that can tell whether a text names one
// of some metrics without listing and ranking every metric it names
// (indicators.Catalogue is one).
type metricNamer interface {
	// NamesAny reports whether text names a metric whose id is set in ids.
	NamesAny(text string, ids map[string]bool) bool
}

func levelNote(l string) levelText { return levelText(l) }

// levelText is ", <level>" after a metric in a finding, or nothing.
type levelText string

// In writes the level in the language l.
func (t levelText) In(l i18n.Lang) string {
	if t == "" {
		return ""
	}
	return ", " + l.LevelName(string(t))
}

// String writes the level id, as the finding's English message has it.
func (t levelText) String() string {
	if t == "" {
		return ""
	}
	return ", " + string(t)
}

// sameValue reports whether two statements give the same target.
func sameValue(a, b dataset.Target) bool {
	if a.Value != b.Value {
		return false
	}
	if (a.ValueMax == nil) != (b.ValueMax == nil) {
		return false
	}
	return a.ValueMax == nil || *a.ValueMax == *b.ValueMax
}

// describe writes a target's value in words: "≥ 60 percent", "2-3 count".
func describe(t dataset.Target) targetText { return targetText{t} }

// targetText is a target as a finding states it: ">= 60 percent" in the
// English message, "≥ 60%" in Vietnamese.
type targetText struct{ t dataset.Target }

// String writes the target with its ids (comparator, unit, change).
func (d targetText) String() string {
	t := d.t
	v := strconv.FormatFloat(t.Value, 'f', -1, 64)
	if t.ValueMax != nil {
		v += "-" + strconv.FormatFloat(*t.ValueMax, 'f', -1, 64)
	}
	s := t.Comparator + " " + v + " " + t.Unit
	if t.Change != "" {
		s = t.Change + " " + s
	}
	return s
}

// In writes the target in the language l; English keeps the ids.
func (d targetText) In(l i18n.Lang) string {
	if l != i18n.VI {
		return d.String()
	}
	t := d.t
	v := vntext.FormatNumber(t.Value)
	if t.ValueMax != nil {
		v += "–" + vntext.FormatNumber(*t.ValueMax)
	}
	s := l.ComparatorText(t.Comparator) + v + l.UnitSuffix(t.Unit)
	switch t.Change {
	case dataset.ChangeDecrease:
		s = l.T("decrease") + " " + s
	case dataset.ChangeIncrease:
		s = l.T("increase") + " " + s
	}
	return s
}

// annexFindings reports an annex that the text refers to ("Phụ lục kèm
// theo", "tại Phụ lục đính kèm") but that the document does not contain.
func annexFindings(p *page, nTasks int) []dataset.Finding {
	var refs []int
	present := false
	for i, k := range p.key {
		if p.skip[i] || !strings.Contains(k, "phu luc") {
			continue
		}
		if strings.HasPrefix(k, "phu luc") && len([]rune(trimCell(p.lines[i]))) <= 40 {
			present = true
			continue
		}
		if strings.Contains(k, "phu luc") && (strings.Contains(k, "kem theo") || strings.Contains(k, "dinh kem") ||
			strings.Contains(k, "tai phu luc") || strings.Contains(k, "theo phu luc") || strings.Contains(k, "co phu luc")) {
			refs = append(refs, i+1)
		}
	}
	if present || len(refs) == 0 {
		return nil
	}
	return []dataset.Finding{finding(dataset.Finding{Kind: "missing_annex",
		Text: i18n.Msgf("the text refers to an annex (phụ lục) at line %s but the document contains none; the tasks are taken from the body (%d found)",
			joinInts(refs), nTasks),
		Lines: refs})}
}

func joinInts(xs []int) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = strconv.Itoa(x)
	}
	return strings.Join(s, ", ")
}

// countFindings compares the document's own totals ("03 nội dung chính và
// 15 nhiệm vụ cụ thể") with the tasks found.
func countFindings(p *page, tasks []dataset.Task) []dataset.Finding {
	var fs []dataset.Finding
	objectives := map[string]bool{}
	for _, t := range tasks {
		if o := strings.TrimSpace(t.Objective); o != "" {
			objectives[o] = true
		}
	}
	for i, k := range p.key {
		if p.skip[i] || !countBefore(k, "nhiem vu") {
			continue
		}
		if !strings.Contains(k, "noi dung") && !strings.HasPrefix(k, "danh sach") &&
			!strings.Contains(k, "phu luc") && !strings.Contains(k, "tong cong") {
			continue
		}
		if sm := fdContentsTasksRe.FindStringSubmatch(k); sm != nil {
			nc, _ := strconv.Atoi(sm[1])
			nt, _ := strconv.Atoi(sm[2])
			if len(objectives) > 0 && nc != len(objectives) {
				fs = append(fs, finding(dataset.Finding{Kind: "count_mismatch",
					Text:  i18n.Msgf("the document says %d contents (nội dung) but the annex has %d", nc, len(objectives)),
					Lines: []int{i + 1}}))
			}
			if nt != len(tasks) {
				fs = append(fs, finding(dataset.Finding{Kind: "count_mismatch",
					Text:  i18n.Msgf("the document says %d tasks (nhiệm vụ) but %d were found", nt, len(tasks)),
					Lines: []int{i + 1}}))
			}
			continue
		}
		if sm := fdTasksRe.FindStringSubmatch(k); sm != nil && (strings.HasPrefix(k, "danh sach") || strings.Contains(k, "phu luc") || strings.Contains(k, "tong cong")) {
			nt, _ := strconv.Atoi(sm[1])
			if nt != len(tasks) {
				fs = append(fs, finding(dataset.Finding{Kind: "count_mismatch",
					Text:  i18n.Msgf("the document says %d tasks (nhiệm vụ) but %d were found", nt, len(tasks)),
					Lines: []int{i + 1}}))
			}
		}
	}
	return fs
}

// planShapeFindings says what a plan lacks: a targets section, numeric
// targets, tasks; and which targets no catalogue metric matches.
func planShapeFindings(p *page, d *Document, tr targetResult) []dataset.Finding {
	var fs []dataset.Finding
	switch {
	case tr.from < 0 && len(d.Targets) > 0:
		// A press item, a directive, an excerpt: its targets stand in its
		// prose, objectives or tasks.
		fs = append(fs, finding(dataset.Finding{Kind: "no_targets_section",
			Text: i18n.Msgf("no targets section (chỉ tiêu) found; the %d targets were read from the rest of the document (each target's role says where)", len(d.Targets)), Lines: []int{}}))
	case tr.from < 0:
		fs = append(fs, finding(dataset.Finding{Kind: "no_targets_section",
			Text: i18n.Msgf("no targets section (chỉ tiêu) found; no quantitative targets extracted"), Lines: []int{}}))
	case len(d.Targets) == 0:
		fs = append(fs, finding(dataset.Finding{Kind: "no_numeric_targets",
			Text: i18n.Msgf("the targets section states no quantitative target"), Lines: []int{tr.from + 1}}))
	}
	if len(d.Tasks) == 0 {
		fs = append(fs, finding(dataset.Finding{Kind: "no_tasks",
			Text: i18n.Msgf("no tasks found (no annex table and no numbered duties)"), Lines: []int{}}))
	}
	for _, t := range d.Targets {
		if t.Metric == "" {
			fs = append(fs, finding(dataset.Finding{Kind: "no_metric",
				Text:  i18n.Msgf("%s: no catalogue metric matches %q; score it by its code", t.Code, shorten(t.Subject, 120)),
				Lines: []int{t.Source.Line}}))
		}
	}
	return fs
}

// sortFindings orders findings for reading: document-wide ones first, then
// by line, kind and message. Nil line lists become empty ones.
func sortFindings(fs []dataset.Finding) []dataset.Finding {
	for i := range fs {
		if fs[i].Lines == nil {
			fs[i].Lines = []int{}
		}
	}
	first := func(f dataset.Finding) int {
		if len(f.Lines) == 0 {
			return 0
		}
		return f.Lines[0]
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if first(a) != first(b) {
			return first(a) < first(b)
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Message < b.Message
	})
	return fs
}

// mayHoldValue is a quick test that a cell may state a target value: a
// number followed by "%" or by a noun that counts (see tgUnits). Dates,
// document numbers and years fail it, which spares most annex cells the
// full grammar.
func mayHoldValue(cell string) bool {
	if strings.Contains(cell, "%") {
		return true
	}
	for i := 0; i < len(cell); i++ {
		if !isDigit(cell[i]) {
			continue
		}
		j := i
		for j < len(cell) && (isDigit(cell[j]) || cell[j] == '.' || cell[j] == ',') {
			j++
		}
		i = j
		if j >= len(cell) || cell[j] != ' ' {
			continue
		}
		rest := strings.TrimLeft(cell[j:], " ")
		if len(rest) > 40 {
			rest = rest[:40] // a cut rune becomes U+FFFD, which asciiFold maps to '#'
		}
		if startsWithUnit(rest) {
			return true
		}
	}
	return false
}

// startsWithUnit reports whether the first two words of text, folded as
// asciiFold folds and split as wordsOf splits, start with a noun of
// tgUnits: wordsOf(asciiFold([]rune(text)), 2)+" " has the prefix noun+" ".
func startsWithUnit(text string) bool {
	var buf [48]byte
	next := buf[:0]
	words, inWord := 0, false
	for _, r := range text {
		c := asciiFoldRune(r)
		if !isASCIILetter(c) && !isDigit(c) {
			inWord = false
			continue
		}
		if !inWord {
			if words == 2 {
				break
			}
			if words > 0 {
				next = append(next, ' ')
			}
			words++
			inWord = true
		}
		next = append(next, c)
	}
	next = append(next, ' ')
	for _, u := range tgUnits {
		if n := len(u.noun); len(next) > n && string(next[:n]) == u.noun && next[n] == ' ' {
			return true
		}
	}
	return false
}

// finding completes a finding made with its Text: Message is the Text in
// English.
func finding(f dataset.Finding) dataset.Finding {
	f.Message = f.Text.String()
	return f
}
