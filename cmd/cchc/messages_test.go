package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// sinks are the calls that print a message or make an error, with the
// index of their first argument that is message text (the ones before
// are a writer or a command name).
var sinks = map[string]int{
	"fmt.Fprint": 1, "fmt.Fprintf": 1, "fmt.Fprintln": 1,
	"fmt.Print": 0, "fmt.Printf": 0, "fmt.Println": 0,
	"fmt.Sprint": 0, "fmt.Sprintf": 0, "fmt.Sprintln": 0,
	"fmt.Errorf": 0, "errors.New": 0, "io.WriteString": 1,
	"say": 2, "usageProblem": 3,
}

// translators are the calls whose string arguments are message ids of
// the catalogue: text inside them is translated.
var translators = map[string]bool{"T": true, "Msgf": true}

// notWords matches what a message may hold without being words to
// translate: fmt verbs, escapes and flag names ("--lang", "-o").
var notWords = regexp.MustCompile(`%(?:\[\d+\])?[-+#0 ]*\d*(?:\.\d+)?[a-zA-Z%]|\\[nrt]|(?:^|[\s(\[])--?[a-z][a-z0-9-]*`)

// hasWords reports whether a string literal holds words (letters outside
// fmt verbs, escapes and flag names).
func hasWords(lit string) bool {
	s, err := strconv.Unquote(lit)
	if err != nil {
		s = lit
	}
	s = notWords.ReplaceAllString(s, " ")
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// callName returns "pkg.Func" for a selector call on a package, or the
// name of a plain call or method.
func callName(call *ast.CallExpr) string {
	switch fun := call.Fun.(type) {
	case *ast.Ident:
		return fun.Name
	case *ast.SelectorExpr:
		if x, ok := fun.X.(*ast.Ident); ok && (x.Name == "fmt" || x.Name == "errors" || x.Name == "io") {
			return x.Name + "." + fun.Sel.Name
		}
		return fun.Sel.Name
	}
	return ""
}

// untranslated returns where a string literal with words reaches a sink
// in the file without going through a translator.
func untranslated(fset *token.FileSet, f *ast.File) []string {
	var out []string
	var visit func(n ast.Node, inSink bool) bool
	visit = func(n ast.Node, inSink bool) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			name := callName(n)
			if translators[name] {
				return false
			}
			first, isSink := sinks[name]
			for i, a := range n.Args {
				ast.Inspect(a, func(m ast.Node) bool { return visit(m, inSink || (isSink && i >= first)) })
			}
			return false
		case *ast.AssignStmt:
			// The message of an error value or the hint added to it:
			// e.Msg += "…", e.Hint = "…".
			for _, lhs := range n.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok && (sel.Sel.Name == "Msg" || sel.Sel.Name == "Message" || sel.Sel.Name == "Hint") {
					for _, r := range n.Rhs {
						ast.Inspect(r, func(m ast.Node) bool { return visit(m, true) })
					}
					return false
				}
			}
		case *ast.FuncLit:
			// A function literal's body is not an argument's value.
			ast.Inspect(n.Body, func(m ast.Node) bool { return visit(m, false) })
			return false
		case *ast.BasicLit:
			if inSink && n.Kind == token.STRING && hasWords(n.Value) {
				out = append(out, fset.Position(n.Pos()).String()+": "+n.Value)
			}
		}
		return true
	}
	ast.Inspect(f, func(n ast.Node) bool { return visit(n, false) })
	return out
}

// TestMessagesThroughCatalogue fails when a string literal with words
// reaches a print or error call of the command (fmt's, errors.New,
// say, usageProblem) or the message of an error (e.Msg) without going through the catalogue (Lang.T,
// i18n.Msgf): every message the command prints must have its
// Vietnamese form. It also fails when flag.PrintDefaults is called: the
// help of each command lists its flags itself, in its language.
func TestMessagesThroughCatalogue(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	checked := 0
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for _, where := range untranslated(fset, f) {
			t.Errorf("%s: a message not in the catalogue (wrap it in l.T or i18n.Msgf)", where)
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel.Name == "PrintDefaults" {
				t.Errorf("%s: PrintDefaults prints English flag help; list the flags in the command's usage", fset.Position(sel.Pos()))
			}
			return true
		})
	}
	if checked < 15 {
		t.Errorf("only %d files checked", checked)
	}
}

// TestUntranslatedFound runs the check on a file with a message of each
// kind: it must find exactly the ones that skip the catalogue.
func TestUntranslatedFound(t *testing.T) {
	src := `package main
func f() {
	fmt.Fprintf(w, "%s: %d\n", a, b)                   // no words
	fmt.Fprintln(w, "wrote " + path)                    // found
	fmt.Fprintln(w, l.T("wrote %s", path))              // translated
	say(w, "plot trend", "unknown chart")               // found (the text, not the command)
	say(w, "plot trend", l.T("unknown chart"))          // translated
	return fmt.Errorf("%s: %w", name, err)              // no words
	return errors.New("no rows")                        // found
	return newError(i18n.Msgf("no rows %d", n))         // translated
	usageProblem(w, l, "gen", "--rows: " + x)           // a flag name only
	fmt.Fprint(w, fmt.Sprintf("%d rows", n))            // found
	fs.StringVar(&x, "plan", "", "plan document")      // not printed
	e.Msg += "; keep one"                               // found
	e.Msg += l.T("; keep one")                          // translated
	e.Hint = " (see the list)"                          // found
	e.Hint = i18n.Msgf(" (see the list)")               // translated
}`
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "x.go", src, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := untranslated(fset, f)
	want := []string{`"wrote "`, `"unknown chart"`, `"no rows"`, `"%d rows"`, `"; keep one"`, `" (see the list)"`}
	if len(got) != len(want) {
		t.Fatalf("found %q, want %q", got, want)
	}
	for i := range want {
		if !strings.HasSuffix(got[i], want[i]) {
			t.Errorf("finding %d = %q, want %q", i, got[i], want[i])
		}
	}
}

// TestHelpAndUsageErrors runs every subcommand with --help and with an
// unknown flag, in both languages: the help goes to stdout in the
// language asked for, and the usage error is one line prefixed
// "cchc <command>: " followed by the hint to --help.
func TestHelpAndUsageErrors(t *testing.T) {
	t.Setenv("CCHC_LANG", "")
	for _, tc := range []struct {
		args   []string
		prefix string
	}{
		{[]string{"scorecard"}, "cchc scorecard: "},
		{[]string{"report"}, "cchc report: "},
		{[]string{"template"}, "cchc template: "},
		{[]string{"parse"}, "cchc parse: "},
		{[]string{"validate"}, "cchc validate: "},
		{[]string{"indicators"}, "cchc indicators: "},
		{[]string{"indicators", "list"}, "cchc indicators list: "},
		{[]string{"progress"}, "cchc progress: "},
		{[]string{"plot", "trend"}, "cchc plot trend: "},
		{[]string{"gen", "dossiers"}, "cchc gen dossiers: "},
		{[]string{"version"}, "cchc version: "},
	} {
		for _, lang := range []struct{ code, usage, unknown, hint string }{
			{"en", "usage: cchc ", "unknown flag -nope", "for the flags"},
			{"vi", "cách dùng: cchc ", "không có tùy chọn -nope", "để xem các tùy chọn"},
		} {
			name := strings.Join(tc.args, " ") + "/" + lang.code
			args := append(append([]string(nil), tc.args...), "--lang", lang.code)
			code, stdout, stderr := runCmd(t, append(args, "--help")...)
			if code != 0 || !strings.HasPrefix(stdout, lang.usage) || stderr != "" {
				t.Errorf("%s --help: exit %d, stdout %.40q, stderr %q", name, code, stdout, stderr)
			}
			if lang.code == "vi" && strings.Contains(stdout, "usage:") {
				t.Errorf("%s --help: English in the Vietnamese help", name)
			}
			code, stdout, stderr = runCmd(t, append(args, "--nope")...)
			lines := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n")
			if code != 2 || stdout != "" || len(lines) != 2 || lines[0] != tc.prefix+lang.unknown || !strings.Contains(lines[1], lang.hint) {
				t.Errorf("%s --nope: exit %d, stdout %q, stderr %q", name, code, stdout, stderr)
			}
		}
	}
}

// TestReportNoticesPrefixed: the notices of "cchc report" name the
// report, not the scorecard whose steps it shares.
func TestReportNoticesPrefixed(t *testing.T) {
	t.Setenv("CCHC_LANG", "")
	plan := filepath.Join("..", "..", "testdata", "plans", "003_a5b74ff242722c67.txt")
	out := filepath.Join(t.TempDir(), "r.html")
	code, _, stderr := runCmd(t, "report", "--plan", plan, "--lang", "vi", "-o", out)
	if code != 0 || stderr != "cchc report: không có --actuals: mọi chỉ tiêu được chấm là chưa có số liệu\n" {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}
