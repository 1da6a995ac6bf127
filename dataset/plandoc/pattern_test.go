package plandoc

import (
	"os"
	"path/filepath"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestRequiredLiteral(t *testing.T) {
	for _, tc := range []struct{ expr, want string }{
		{`abc`, "abc"},
		{`(?:co|gom) ([0-9]{1,3}) noi dung`, " noi dung"},
		{`^\s*ke hoach\b`, "ke hoach"},
		{`(ke) (hoach)`, "ke hoach"},
		{`(?:a|b)`, ""},
		{`x*`, ""},
		{`(?:abc)?def`, "def"},
		{`(?:nhiem vu)+`, "nhiem vu"},
		{`(?:muc tieu){2,}`, "muc tieu"},
		{`(?:muc tieu){0,2}`, ""},
		{`(?i)ke hoach`, ""},
		{`^(?i:đối với|giao)\s+x`, "x"},
		{`so\s*[0-9]+\s*/\s*qd`, "so"},
		{`[0-9]+%`, "%"},
		{`tỷ lệ`, "tỷ lệ"},
	} {
		re, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := requiredLiteral(re.Simplify()); got != tc.want {
			t.Errorf("requiredLiteral(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// TestPatternsAgreeWithRegexp runs every pattern of the package and its
// plain regexp over the lines of the seeds and the labelled texts, as
// written and folded, and fails where the two differ in any match.
func TestPatternsAgreeWithRegexp(t *testing.T) {
	var files []string
	for _, name := range seeds {
		files = append(files, seedPath(name))
	}
	sets, err := filepath.Glob(filepath.Join(corpusDir, "..", "*", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	files = append(files, sets...)
	var lines []string
	seen := map[string]bool{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ls := strings.Split(string(raw), "\n")
		p := newPage(ls)
		for _, l := range slices.Concat(ls, p.fold, p.key) {
			if !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
	}
	if len(allPatterns) < 100 {
		t.Fatalf("only %d patterns registered", len(allPatterns))
	}
	// Where the literal is present the pattern calls its regexp, so the
	// two can differ only where the literal rules a line out: there the
	// regexp must find no match.
	filtered := 0
	for _, p := range allPatterns {
		for _, l := range lines {
			if !p.cannotMatch(l) {
				continue
			}
			filtered++
			if loc := p.Regexp.FindStringIndex(l); loc != nil {
				t.Fatalf("pattern %q (required %q) ruled out %q, where its regexp matches %q",
					p.String(), p.need, l, l[loc[0]:loc[1]])
			}
		}
	}
	t.Logf("%d patterns, %d distinct lines: %d of %d searches ruled out by the required literal",
		len(allPatterns), len(lines), filtered, len(allPatterns)*len(lines))
}
