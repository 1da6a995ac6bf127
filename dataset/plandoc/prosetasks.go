package plandoc

import (
	"regexp"
	"strings"

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

// ptFieldRe matches a field line of a prose task and names the field.
var ptFieldRe = regexp.MustCompile(`^(?:[-+•*]\s*)?(?:(?:co quan|don vi)\s+)?(chu tri|phoi hop|thoi gian(?: thuc hien| hoan thanh)?|thoi han|san pham|ket qua(?: du kien)?|kinh phi|nguon kinh phi)(?:\s+thuc hien)?\s*:\s*`)

// proseTasks reads the task paragraphs of the lines whose role is a task
// section.
func proseTasks(p *page, roles []string, year int) []dataset.Task {
	memo := newTaskMemo(year)
	var out []dataset.Task
	var cur *dataset.Task
	section := ""
	flush := func() {
		if cur != nil {
			cur.Lead, cur.Partners = nonNil(cur.Lead), nonNil(cur.Partners)
			out = append(out, *cur)
		}
		cur = nil
	}
	for i := range p.lines {
		line := trimCell(p.lines[i])
		if roles[i] != roleTask || p.skip[i] || line == "" {
			continue
		}
		if level, _ := headingAt(line, p.key[i]); level > 0 && !strings.HasSuffix(line, ".") && !strings.HasSuffix(line, ";") {
			flush()
			if level == 2 || section == "" {
				section = line
			}
			continue
		}
		f := strings.TrimLeft(p.fold[i], " -+•*")
		if sm := ptFieldRe.FindStringSubmatchIndex(f); sm != nil && cur != nil {
			setProseField(cur, f[sm[2]:sm[3]], valueAfter(line, f, sm[1]), memo)
			continue
		}
		if cur != nil && !startsItem(line) && !endsSentence(p.lines[i-1]) {
			cur.Task += " " + strings.TrimSpace(line) // a wrapped line
			continue
		}
		flush()
		cur = &dataset.Task{Section: section, Task: strings.TrimSpace(strings.TrimLeft(line, "-+•* ")),
			Source: dataset.Source{Line: i + 1, Text: line}}
	}
	flush()
	return out
}

// valueAfter returns the text of line after the field name, which ends at
// byte off of its fold f.
func valueAfter(line, f string, off int) string {
	// The fold keeps one rune per rune: count runes, not bytes.
	n := len([]rune(f[:off]))
	rs := []rune(strings.TrimLeft(line, " -+•*"))
	if n > len(rs) {
		return ""
	}
	return strings.TrimSpace(string(rs[n:]))
}

// setProseField sets the field a field line names.
func setProseField(t *dataset.Task, field, value string, memo *taskMemo) {
	switch {
	case field == "chu tri":
		t.Lead = memo.agencies(value)
	case field == "phoi hop":
		t.Partners = memo.agencies(value)
	case strings.HasPrefix(field, "thoi"):
		t.Deadline = memo.deadline(value)
	case strings.HasPrefix(field, "san pham") || strings.HasPrefix(field, "ket qua"):
		t.Product = value
	default:
		t.Budget = dataset.Budget{Text: value}
	}
}

// startsItem reports whether a line opens an item: a number, a letter or
// a bullet.
func startsItem(line string) bool {
	return numberedAt(line) != "" || tgLetterRe.MatchString(line) || tgBulletRe.MatchString(line)
}

// endsSentence reports whether a line ends a sentence or a list item.
func endsSentence(line string) bool {
	line = strings.TrimRight(line, " |*")
	return line == "" || strings.HasSuffix(line, ".") || strings.HasSuffix(line, ";") || strings.HasSuffix(line, ":")
}
