package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// leadLines returns "line|lead;lead" for each task: what the task tests
// of the later held-out kinds compare.
func leadLines(tasks []dataset.Task) []string {
	var out []string
	for _, x := range tasks {
		out = append(out, itoa(x.Source.Line)+"|"+strings.Join(x.Lead, ";"))
	}
	return out
}

// checkLeadLines fails the test when got and want differ, showing both.
func checkLeadLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// foldedForTasks returns the lines of text and their folds as the task
// extractor takes them.
func foldedForTasks(text string) (lines, folded []string) {
	lines = strings.Split(text, "\n")
	folded = make([]string, len(lines))
	for i, l := range lines {
		folded[i] = tkFold(strings.Trim(l, tkTrim))
	}
	return lines, folded
}
