package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// messageUse is one message id used in the module's source.
type messageUse struct {
	id, where string
}

// templateCall matches {{t "…"}} in a template held in a Go string.
var templateCall = regexp.MustCompile(`\{\{\s*t\s+("(?:[^"\\]|\\.)*")`)

// moduleMessages returns every message id the module's non-test Go files
// pass to Lang.T (a string literal, a string constant of the package or an
// exported one of another)
// or to {{t "…"}} in a template, and the calls whose id is neither.
func moduleMessages(t *testing.T, root string) (uses []messageUse, opaque []string) {
	t.Helper()
	fset := token.NewFileSet()
	dirs := map[string][]*ast.File{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); path != root && (name == "testdata" || strings.HasPrefix(name, ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		dirs[filepath.Dir(path)] = append(dirs[filepath.Dir(path)], f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Exported constants of every package, by "package.Name", for ids
	// given as another package's constant.
	exported := map[string]string{}
	for _, files := range dirs {
		for name, v := range stringConsts(files) {
			if ast.IsExported(name) {
				exported[files[0].Name.Name+"."+name] = v
			}
		}
	}
	for _, files := range dirs {
		consts := stringConsts(files)
		for _, f := range files {
			ast.Inspect(f, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.BasicLit:
					if n.Kind == token.STRING {
						s, _ := strconv.Unquote(n.Value)
						for _, m := range templateCall.FindAllStringSubmatch(s, -1) {
							id, err := strconv.Unquote(m[1])
							if err != nil {
								opaque = append(opaque, fset.Position(n.Pos()).String())
								continue
							}
							uses = append(uses, messageUse{id, fset.Position(n.Pos()).String()})
						}
					}
				case *ast.CallExpr:
					var name string
					switch fun := n.Fun.(type) {
					case *ast.SelectorExpr:
						name = fun.Sel.Name
					case *ast.Ident:
						name = fun.Name
					}
					if (name != "T" && name != "Msgf") || len(n.Args) == 0 || files[0].Name.Name == "i18n" {
						return true
					}
					where := fset.Position(n.Pos()).String()
					if id, ok := literalString(n.Args[0]); ok {
						uses = append(uses, messageUse{id, where})
						return true
					}
					switch a := n.Args[0].(type) {
					case *ast.Ident:
						if id, ok := consts[a.Name]; ok {
							uses = append(uses, messageUse{id, where})
							return true
						}
					case *ast.SelectorExpr:
						if pkg, ok := a.X.(*ast.Ident); ok {
							if id, ok := exported[pkg.Name+"."+a.Sel.Name]; ok {
								uses = append(uses, messageUse{id, where})
								return true
							}
						}
					}
					opaque = append(opaque, where)
				}
				return true
			})
		}
	}
	return uses, opaque
}

// literalString returns the value of a string literal, or of literals
// joined with +.
func literalString(e ast.Expr) (string, bool) {
	switch e := e.(type) {
	case *ast.BasicLit:
		if e.Kind != token.STRING {
			return "", false
		}
		s, err := strconv.Unquote(e.Value)
		return s, err == nil
	case *ast.BinaryExpr:
		if e.Op != token.ADD {
			return "", false
		}
		a, ok1 := literalString(e.X)
		b, ok2 := literalString(e.Y)
		return a + b, ok1 && ok2
	case *ast.ParenExpr:
		return literalString(e.X)
	}
	return "", false
}

// stringConsts returns the package-level string constants of a package
// that are given as one literal.
func stringConsts(files []*ast.File) map[string]string {
	out := map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.CONST {
				continue
			}
			for _, spec := range g.Specs {
				vs := spec.(*ast.ValueSpec)
				for i, name := range vs.Names {
					if i < len(vs.Values) {
						if lit, ok := vs.Values[i].(*ast.BasicLit); ok && lit.Kind == token.STRING {
							if s, err := strconv.Unquote(lit.Value); err == nil {
								out[name.Name] = s
							}
						}
					}
				}
			}
		}
	}
	return out
}

// verbs matches the fmt verbs of a message (not "%" followed by a space,
// as in "100% các").
var verbs = regexp.MustCompile(`%(?:\[\d+\])?[-+#0]*\d*(?:\.\d+)?[vTtbcdoOqxXUeEfFgGsp%]`)

// verbList returns the verbs of s without explicit argument indexes,
// sorted: a translation may reorder its arguments with %[n]s.
func verbList(s string) []string {
	var out []string
	for _, v := range verbs.FindAllString(s, -1) {
		out = append(out, regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v, ""))
	}
	sort.Strings(out)
	return out
}

// TestEveryMessageTranslated fails for any message id used in the module
// that lacks its Vietnamese form, and for any call of T whose id the
// check cannot read (an id must be a literal or a string constant).
func TestEveryMessageTranslated(t *testing.T) {
	root := filepath.Join("..", "..")
	if _, err := os.Stat(filepath.Join(root, "go.mod")); err != nil {
		t.Fatal(err)
	}
	uses, opaque := moduleMessages(t, root)
	for _, w := range opaque {
		t.Errorf("%s: the message id is not a literal or a constant: the check cannot see it", w)
	}
	ids := map[string]bool{}
	for _, u := range uses {
		ids[u.id] = true
		if !Translated(u.id) {
			t.Errorf("%s: no Vietnamese for %q", u.where, u.id)
		}
	}
	if len(uses) < 100 {
		t.Errorf("only %d message uses found: the scan is not reading the module", len(uses))
	}
	entries := 0
	var unused []string
	for _, c := range catalogues {
		entries += len(c)
		for id := range c {
			if !ids[id] {
				unused = append(unused, id)
			}
		}
	}
	t.Logf("%d message uses, %d distinct ids, %d catalogue entries", len(uses), len(ids), entries)
	sort.Strings(unused)
	for _, id := range unused {
		t.Errorf("catalogue entry %q is used nowhere", id)
	}
}

// TestCatalogue checks each entry: both forms non-empty, NFC, the same
// fmt verbs.
func TestCatalogue(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range catalogues {
		for en := range c {
			if seen[en] {
				t.Errorf("%q is in two parts of the catalogue", en)
			}
			seen[en] = true
		}
	}
	for en := range seen {
		vi, _ := lookup(en)
		if strings.TrimSpace(en) == "" || strings.TrimSpace(vi) == "" {
			t.Errorf("empty message: %q → %q", en, vi)
		}
		if !norm.NFC.IsNormalString(en) || !norm.NFC.IsNormalString(vi) {
			t.Errorf("%q: not NFC", en)
		}
		if a, b := verbList(en), verbList(vi); strings.Join(a, " ") != strings.Join(b, " ") {
			t.Errorf("%q: verbs %v, Vietnamese %v", en, a, b)
		}
	}
}

func TestT(t *testing.T) {
	if got := VI.T("line %d", 87); got != "dòng 87" {
		t.Errorf("VI.T = %q", got)
	}
	if got := EN.T("line %d", 87); got != "line 87" {
		t.Errorf("EN.T = %q", got)
	}
	if got := VI.T("no such message, %d", 1); got != "no such message, 1" {
		t.Errorf("an id without translation gives %q, want the English", got)
	}
}
