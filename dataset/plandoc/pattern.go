package plandoc

import (
	"regexp"
	"regexp/syntax"
	"strings"
)

// pattern is a compiled regular expression that knows a piece of literal
// text every match must hold (its required literal, if it has one): a
// line without that text cannot match, which strings.Contains tells far
// faster than the matcher, which tries every start in the line. Most
// lines of a plan match most of the package's patterns nowhere, so the
// check spares most of the matching. The methods the package calls are
// filtered; the others are the regexp's own.
type pattern struct {
	*regexp.Regexp
	need string // every match holds it; "" when no literal is required
}

// allPatterns lists the patterns of the package, for the test that
// checks each against its regexp on real lines.
var allPatterns []*pattern

// mustPattern compiles expr as regexp.MustCompile does and finds its
// required literal.
func mustPattern(expr string) *pattern {
	p := &pattern{Regexp: regexp.MustCompile(expr)}
	if re, err := syntax.Parse(expr, syntax.Perl); err == nil {
		p.need = requiredLiteral(re.Simplify())
	}
	allPatterns = append(allPatterns, p)
	return p
}

// requiredLiteral returns the longest literal text that every match of re
// holds ("" for none): the literal parts of a concatenation, joined where
// they are adjacent, and of what must occur at least once. Text matched
// without regard to case gives none.
func requiredLiteral(re *syntax.Regexp) string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return ""
		}
		return string(re.Rune)
	case syntax.OpCapture, syntax.OpPlus:
		return requiredLiteral(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return requiredLiteral(re.Sub[0])
		}
	case syntax.OpConcat:
		return concatLiteral(re.Sub)
	}
	return ""
}

// concatLiteral is requiredLiteral of a concatenation: the longest run of
// adjacent exact literals, or the longest literal a part requires.
func concatLiteral(subs []*syntax.Regexp) string {
	best, run := "", ""
	for _, sub := range subs {
		if lit, ok := exactLiteral(sub); ok {
			run += lit
			if len(run) > len(best) {
				best = run
			}
			continue
		}
		run = ""
		if lit := requiredLiteral(sub); len(lit) > len(best) {
			best = lit
		}
	}
	return best
}

// exactLiteral returns the text re matches when it matches one text only
// (a case-sensitive literal, or a group of one).
func exactLiteral(re *syntax.Regexp) (string, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase == 0 {
			return string(re.Rune), true
		}
	case syntax.OpCapture:
		return exactLiteral(re.Sub[0])
	}
	return "", false
}

// cannotMatch reports whether s lacks the required literal.
func (p *pattern) cannotMatch(s string) bool {
	return p.need != "" && !strings.Contains(s, p.need)
}

// MatchString is regexp.MatchString.
func (p *pattern) MatchString(s string) bool {
	return !p.cannotMatch(s) && p.Regexp.MatchString(s)
}

// FindString is regexp.FindString.
func (p *pattern) FindString(s string) string {
	if p.cannotMatch(s) {
		return ""
	}
	return p.Regexp.FindString(s)
}

// FindStringIndex is regexp.FindStringIndex.
func (p *pattern) FindStringIndex(s string) []int {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp.FindStringSubmatch.
func (p *pattern) FindStringSubmatch(s string) []string {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp.FindStringSubmatchIndex.
func (p *pattern) FindStringSubmatchIndex(s string) []int {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatchIndex(s)
}

// FindAllString is regexp.FindAllString.
func (p *pattern) FindAllString(s string, n int) []string {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindAllString(s, n)
}

// FindAllStringIndex is regexp.FindAllStringIndex.
func (p *pattern) FindAllStringIndex(s string, n int) [][]int {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp.FindAllStringSubmatch.
func (p *pattern) FindAllStringSubmatch(s string, n int) [][]string {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp.FindAllStringSubmatchIndex.
func (p *pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if p.cannotMatch(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp.ReplaceAllString.
func (p *pattern) ReplaceAllString(src, repl string) string {
	if p.cannotMatch(src) {
		return src
	}
	return p.Regexp.ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp.ReplaceAllStringFunc.
func (p *pattern) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if p.cannotMatch(src) {
		return src
	}
	return p.Regexp.ReplaceAllStringFunc(src, repl)
}
