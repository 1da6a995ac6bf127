package plandoc

import (
	"slices"
	"strings"
)

// A legal-information site prints a document's metadata above it as a
// table of labels and values; stored as text, the table may come out one
// cell a line, a lone "|" between cells ("**Số hiệu:**" / "|" /
// "6225/BVHTTDL-VP" / "|" / "**Loại văn bản:**" / "|" / "Công văn").
// withSiteFieldsJoined writes each label and its value as the table row
// the header readers know ("| Số hiệu: | 6225/BVHTTDL-VP |").

// siteFieldLabels are the folded labels of a site's metadata table.
var siteFieldLabels = []string{"so hieu", "loai van ban", "noi ban hanh", "nguoi ky", "ngay ban hanh", "ngay hieu luc",
	"tinh trang", "ngay cong bao", "so cong bao", "linh vuc"}

// siteFieldLookahead is how many lines below its label a value may stand.
const siteFieldLookahead = 3

// withSiteFieldsJoined returns the lines with each metadata label that
// stands alone on its line and the value on a line below it (only "|"
// lines between them) written as one table row on the label's line, the
// value's line left blank; the lines themselves, uncopied, when the text
// holds fewer than two such labels (one label is no metadata table).
func withSiteFieldsJoined(lines []string) []string {
	var out []string
	found := 0
	for i := 0; i < len(lines); i++ {
		label, ok := siteFieldLabel(lines[i])
		if !ok {
			continue
		}
		j := siteFieldValue(lines, i)
		if j < 0 {
			continue
		}
		if out == nil {
			out = slices.Clone(lines)
		}
		found++
		out[i] = "| " + label + ": | " + strings.TrimSpace(strings.Trim(strings.TrimSpace(lines[j]), "|")) + " |"
		out[j] = ""
		i = j
	}
	if found < 2 {
		return lines
	}
	return out
}

// siteFieldLabel returns the label a line holds when it holds only a
// metadata label, in emphasis or not, with or without its colon.
func siteFieldLabel(line string) (string, bool) {
	t := strings.TrimSpace(strings.Trim(strings.TrimSpace(line), "|*_: "))
	if t == "" || strings.IndexByte("SLNTsltn", t[0]) < 0 || runesOver(t, 20) {
		return "", false // every label opens with one of these letters
	}
	f := tkFold(t)
	for _, l := range siteFieldLabels {
		if f == l {
			return t, true
		}
	}
	return "", false
}

// siteFieldValue returns the line of the value under the label on line
// i: the first line below it that holds more than "|" marks, when it is
// no label itself; -1 when there is none within siteFieldLookahead lines.
func siteFieldValue(lines []string, i int) int {
	for j := i + 1; j < len(lines) && j <= i+siteFieldLookahead; j++ {
		t := strings.Trim(strings.TrimSpace(lines[j]), "| ")
		if t == "" {
			continue
		}
		if _, isLabel := siteFieldLabel(lines[j]); isLabel || strings.Contains(t, "|") {
			return -1
		}
		return j
	}
	return -1
}
