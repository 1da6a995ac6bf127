package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// notConverted are the packages (folders under the module root) whose
// errors are still made by fmt.Errorf and errors.New, with why. Their
// errors read in English in either language, except where they wrap an
// error of a converted package (ErrorIn writes that part in the
// language). Take a package off this list when its errors are converted;
// the test then holds it to the rule.
var notConverted = map[string]string{
	// Not library errors.
	"cmd/cchc":             "the command's own messages go through Lang.T (catalogue_cmd.go)",
	"internal/i18n":        "Parse's error is about the language setting itself",
	"scripts/planfixtures": "builds test fixtures; read by developers only",
}

// errorCall is one call of i18n.Errorf, i18n.New or i18n.Textf, or of
// fmt.Errorf or errors.New with a literal text, in the module's source.
type errorCall struct {
	pkg, where, fun string
	format          string
	known           bool // format is a literal or a constant
}

// moduleErrorCalls returns the error-making calls of the module's non-test
// Go files, by package folder.
func moduleErrorCalls(t *testing.T, root string) []errorCall {
	t.Helper()
	fset, dirs := modulePackages(t, root)
	var calls []errorCall
	for pkg, files := range dirs {
		consts := stringConsts(files)
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) == 0 {
					return true
				}
				sel, ok := call.Fun.(*ast.SelectorExpr)
				if !ok {
					return true
				}
				x, ok := sel.X.(*ast.Ident)
				if !ok {
					return true
				}
				fun := x.Name + "." + sel.Sel.Name
				switch fun {
				case "i18n.Errorf", "i18n.New", "i18n.Textf", "fmt.Errorf", "errors.New":
				default:
					return true
				}
				c := errorCall{pkg: pkg, where: fset.Position(call.Pos()).String(), fun: fun}
				c.format, c.known = literalString(call.Args[0])
				if id, ok := call.Args[0].(*ast.Ident); ok && !c.known {
					c.format, c.known = consts[id.Name]
				}
				if strings.HasPrefix(fun, "i18n.") || c.known {
					calls = append(calls, c)
				}
				return true
			})
		}
	}
	return calls
}

// modulePackages parses the non-test Go files of the packages of the
// module at root, as the go command lists them (other modules, testdata
// and files excluded by build constraints left out), by folder relative
// to root.
func modulePackages(t *testing.T, root string) (*token.FileSet, map[string][]*ast.File) {
	t.Helper()
	cmd := exec.Command("go", "list", "-e", "-f", "{{.Dir}}\t{{join .GoFiles \"\\t\"}}", "./...")
	cmd.Dir = root
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	dirs := map[string][]*ast.File{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		fields := strings.Split(line, "\t")
		rel, err := filepath.Rel(abs, fields[0])
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range fields[1:] {
			f, err := parser.ParseFile(fset, filepath.Join(fields[0], name), nil, parser.SkipObjectResolution)
			if err != nil {
				t.Fatal(err)
			}
			dirs[filepath.ToSlash(rel)] = append(dirs[filepath.ToSlash(rel)], f)
		}
	}
	return fset, dirs
}

// TestEveryErrorTranslated fails for an error format given to Errorf,
// New or Textf that has no Vietnamese form or that the check cannot read, for a
// fmt.Errorf or errors.New with a literal text in a package that is not
// in notConverted, and for an entry of the error catalogue no call uses.
func TestEveryErrorTranslated(t *testing.T) {
	calls := moduleErrorCalls(t, filepath.Join("..", ".."))
	used := map[string]bool{}
	perPackage := map[string]int{}
	formats := map[string]map[string]bool{} // distinct formats by package
	for _, c := range calls {
		switch {
		case !strings.HasPrefix(c.fun, "i18n."):
			if _, ok := notConverted[c.pkg]; !ok {
				t.Errorf("%s: %s(%q) in %s: make it i18n.%s, and give the format its Vietnamese form in catalogue_errors.go",
					c.where, c.fun, c.format, c.pkg, strings.TrimPrefix(strings.TrimPrefix(c.fun, "fmt."), "errors."))
			}
		case !c.known:
			t.Errorf("%s: the format of %s is not a literal or a constant: the check cannot see it", c.where, c.fun)
		default:
			used[c.format] = true
			perPackage[c.pkg]++
			if formats[c.pkg] == nil {
				formats[c.pkg] = map[string]bool{}
			}
			formats[c.pkg][c.format] = true
			if !ErrorTranslated(c.format) {
				t.Errorf("%s: no Vietnamese for the error %q", c.where, c.format)
			}
		}
	}
	if len(perPackage) < 10 || len(used) < 150 {
		t.Errorf("only %d formats in %d packages found: the scan is not reading the module", len(used), len(perPackage))
	}
	var pkgs []string
	for p := range perPackage {
		pkgs = append(pkgs, p)
	}
	sort.Strings(pkgs)
	for _, p := range pkgs {
		t.Logf("%-20s %3d calls of i18n.Errorf, New and Textf, %3d formats", p, perPackage[p], len(formats[p]))
	}
	t.Logf("%d distinct formats, %d entries in the error catalogue", len(used), len(catalogueErrors))
	var unused []string
	for en := range catalogueErrors {
		if !used[en] {
			unused = append(unused, en)
		}
	}
	sort.Strings(unused)
	for _, en := range unused {
		t.Errorf("error catalogue entry %q is used nowhere", en)
	}
}

// verbSequence returns the fmt verbs of a format in their order; with
// explicit argument indexes ("%[2]s") a translation may reorder them,
// and the verbs are then compared sorted.
func verbSequence(s string) []string {
	vs := verbs.FindAllString(s, -1)
	if strings.Contains(s, "%[") {
		return verbList(s)
	}
	return vs
}

// TestErrorCatalogue checks each entry of the error catalogue: both forms
// non-empty and NFC, the same verbs in the same order, no id that
// another part of the catalogue also holds, the same white space at the
// ends, and Vietnamese words where the English has words.
func TestErrorCatalogue(t *testing.T) {
	word := regexp.MustCompile(`[a-z]{4,}`)
	for en, vi := range catalogueErrors {
		if strings.TrimSpace(en) == "" || strings.TrimSpace(vi) == "" {
			t.Errorf("empty message: %q → %q", en, vi)
		}
		if !norm.NFC.IsNormalString(en) || !norm.NFC.IsNormalString(vi) {
			t.Errorf("%q: not NFC", en)
		}
		if a, b := verbSequence(en), verbSequence(vi); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: verbs %v, Vietnamese %v", en, a, b)
		}
		if _, ok := lookup(en); ok {
			t.Errorf("%q is also in another part of the catalogue", en)
		}
		if edges(vi) != edges(en) || strings.Count(strings.TrimSpace(vi), "  ") != strings.Count(strings.TrimSpace(en), "  ") {
			t.Errorf("%q: white space of %q differs", en, vi)
		}
		if vi == en && word.MatchString(stripNames(en)) {
			t.Errorf("%q: the Vietnamese form is the English", en)
		}
	}
}

// edges returns the white space that starts and ends s.
func edges(s string) [2]string {
	t := strings.TrimSpace(s)
	i := strings.Index(s, t)
	return [2]string{s[:i], s[i+len(t):]}
}

// names are the words that stay as they are in Vietnamese: package,
// program, column and field names.
var names = regexp.MustCompile(`\b(plots|report|score|chromium|gotaconv|plandoc|dossier|dataset|gen|rates|province_merger_\d+\.csv|CCHC_CHROMIUM|xl/\w+\.xml)\b`)

// stripNames removes the names that are not translated from a format.
func stripNames(s string) string { return names.ReplaceAllString(s, "") }
