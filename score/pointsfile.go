package score

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// ErrBadPointRule: a row of a point-rules file cannot be read, repeats
// another rule, or names no target.
var ErrBadPointRule = i18n.New("bad point rule")

// PointRuleErrors lists the bad rows of a point-rules file (ReadPointRules,
// CheckPointRules), returned whole so every row can be fixed in one pass.
// Each InputError has Field set to the column at fault and Err to
// ErrBadPointRule (wrapping the parse error where there is one).
type PointRuleErrors []*InputError

// Error lists the errors, one a line (at most 20, then a count).
func (es PointRuleErrors) Error() string { return es.In(i18n.EN) }

// In returns the errors in the language l.
func (es PointRuleErrors) In(l i18n.Lang) string {
	return listInputErrors(l, i18n.Textf("%d bad point rule(s):", len(es)).In(l), es)
}

// Unwrap returns the errors, so errors.Is and errors.As see each of them.
func (es PointRuleErrors) Unwrap() []error { return unwrapInputErrors(es) }

// pointColumns are the columns of a point-rules file and the header names
// each accepts (compared folded, runs of other characters than letters and
// digits read as "_").
var pointColumns = []struct {
	name    string
	aliases []string
}{
	{"code", []string{"ma", "ma_chi_tieu", "target_code"}},
	{"metric", []string{"metric_id", "chi_so", "indicator"}},
	{"max_points", []string{"max", "points", "diem", "diem_toi_da", "max_point"}},
	{"kind", []string{"rule", "cach_tinh", "cach_cham", "loai"}},
	{"threshold", []string{"nguong", "muc_nguong", "x"}},
}

// pointNoteColumns are columns a point-rules file may carry for its readers
// (the target's wording, a note); they are not read.
var pointNoteColumns = []string{"note", "notes", "ghi_chu", "description", "mo_ta", "subject", "noi_dung", "chi_tieu", "name", "ten", "tieu_chi"}

// pointKind reads the kind column: the Point* ids, with "-" or spaces for
// "_", or the Vietnamese words "tỷ lệ", "ngưỡng", "đạt/không đạt". Blank is
// PointsProportional.
func pointKind(s string) (string, bool) {
	switch vntext.Key(s) {
	case "", "proportional", "ty_le", "ti_le":
		return PointsProportional, true
	case "threshold", "nguong":
		return PointsThreshold, true
	case "all_or_nothing", "dat_khong_dat", "dat_hoac_khong":
		return PointsAllOrNothing, true
	}
	return "", false
}

// ReadPointRules reads point rules from a CSV file: one rule a row, with
// the columns
//
//   - code: the target's code as the plan numbers it (II.3.2b), or blank;
//   - metric: a catalogue metric id, or blank;
//   - max_points (required): the maximum points, a number above 0;
//   - kind: proportional (attainment × max, the default when blank or when
//     the column is absent), threshold (Decision 766/QĐ-TTg: actual ≥ X
//     earns max, below actual × max / X) or all_or_nothing;
//   - threshold: X of a threshold rule; blank means the target's value.
//
// A file needs a code or a metric column. A row naming a code applies to
// that target, one naming only a metric to every target of that metric
// without a rule of its own, and a row with both blank to every other
// target. Header names are matched case- and diacritic-insensitively
// ("Mã chỉ tiêu", "Điểm tối đa", "Ngưỡng" are accepted); columns named
// note, ghi_chu, subject, noi_dung and the like are for the reader and
// are skipped; any other column is an error. Cells take a decimal comma or
// point and a "%" sign ("2,5", "60%"). The file may start with a UTF-8
// byte-order mark and with "#" comment lines, use CRLF line ends and ","
// or ";" as delimiter.
//
// It returns the rules in file order with the line of each. Bad rows are
// returned together as PointRuleErrors naming file, line and column, with
// the rules of the good rows (so that CheckPointRules can check them in
// the same pass); a file that cannot be read as a table gives a single
// error naming the file and no rules.
func ReadPointRules(r io.Reader, name string) ([]PointRule, []int, error) {
	cr, err := openPointRules(r, name)
	if err != nil {
		return nil, nil, err
	}
	pr := &pointRulesReader{name: name, cr: cr, seen: map[[2]string]int{}}
	if err := pr.readHeader(); err != nil {
		return nil, nil, err
	}
	if err := pr.readRules(); err != nil {
		return nil, nil, err
	}
	if len(pr.errs) > 0 {
		return pr.rules, pr.lines, pr.errs
	}
	if len(pr.rules) == 0 {
		return nil, nil, i18n.Errorf("%s: %w: no rules (the file has a header only)", name, ErrBadPointRule)
	}
	return pr.rules, pr.lines, nil
}

// openPointRules reads the file, checks it is UTF-8 and returns a CSV
// reader with the file's delimiter that skips '#' comment lines.
func openPointRules(r io.Reader, name string) (*csv.Reader, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, i18n.Errorf("%s: %w", name, err)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return nil, i18n.Errorf("%s: %w: the file is not UTF-8 text (save it as \"CSV UTF-8\")", name, ErrBadPointRule)
	}
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comment = '#'
	cr.FieldsPerRecord = -1
	cr.Comma = textfile.Delimiter(data)
	return cr, nil
}

// pointRulesReader is the state of one ReadPointRules call.
type pointRulesReader struct {
	name   string
	cr     *csv.Reader
	header []string
	col    map[string]int // column name → field index

	rules []PointRule
	lines []int
	errs  PointRuleErrors
	seen  map[[2]string]int // code, metric → line of the first rule

	// the row being read
	row, line int
}

// readHeader reads the header and maps its columns (English or Vietnamese
// names; note columns left for the reader).
func (pr *pointRulesReader) readHeader() error {
	name := pr.name
	header, err := pr.cr.Read()
	if err == io.EOF {
		return i18n.Errorf("%s: %w: the file is empty (want a header with code or metric, and max_points)", name, ErrBadPointRule)
	}
	if err != nil {
		return i18n.Errorf("%s: %w", name, err)
	}
	headerLine, _ := pr.cr.FieldPos(0)
	pr.header, pr.col = header, map[string]int{}
	for i, h := range header {
		found, note := pointColumn(vntext.Key(h))
		if note {
			continue
		}
		if found == "" {
			return i18n.Errorf("%s:%d: %w: unknown column %q (known: code, metric, max_points, kind, threshold, and note columns)", name, headerLine, ErrBadPointRule, h)
		}
		if j, dup := pr.col[found]; dup {
			return i18n.Errorf("%s:%d: %w: columns %q and %q both name %s", name, headerLine, ErrBadPointRule, header[j], h, found)
		}
		pr.col[found] = i
	}
	if _, ok := pr.col["max_points"]; !ok {
		return i18n.Errorf("%s:%d: %w: no max_points column (the maximum points of each rule)", name, headerLine, ErrBadPointRule)
	}
	_, hasCode := pr.col["code"]
	_, hasMetric := pr.col["metric"]
	if !hasCode && !hasMetric {
		return i18n.Errorf("%s:%d: %w: no code or metric column (which targets each rule applies to)", name, headerLine, ErrBadPointRule)
	}
	return nil
}

// pointColumn returns the column a header key names, or note true for a
// column left for the reader.
func pointColumn(key string) (found string, note bool) {
	for _, c := range pointColumns {
		if key == c.name {
			return c.name, false
		}
		for _, a := range c.aliases {
			if key == a {
				found = c.name
			}
		}
	}
	if found != "" {
		return found, false
	}
	for _, n := range pointNoteColumns {
		if key == n {
			return "", true
		}
	}
	return "", false
}

// readRules reads every row: a rule, or an error with its line and field.
// Only a read error that ends the file is returned.
func (pr *pointRulesReader) readRules() error {
	for pr.row = 1; ; pr.row++ {
		rec, err := pr.cr.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				pr.errs = append(pr.errs, &InputError{File: pr.name, Row: pr.row, Line: pe.StartLine, Msg: pe.Err.Error(), Err: i18n.Errorf("%w: %w", ErrBadPointRule, err)})
				if pe.Err == csv.ErrQuote || pe.Err == csv.ErrBareQuote {
					continue
				}
			}
			return i18n.Errorf("%s: %w", pr.name, err)
		}
		pr.line, _ = pr.cr.FieldPos(0)
		if len(rec) != len(pr.header) {
			pr.bad("", strings.Join(rec, string(pr.cr.Comma)), i18n.Errorf("%d fields, the header has %d", len(rec), len(pr.header)), nil)
			continue
		}
		if blankRow(rec) {
			continue
		}
		if p, ok := pr.rule(rec); ok && pr.firstOfItsKind(p) {
			pr.rules = append(pr.rules, p)
			pr.lines = append(pr.lines, pr.line)
		}
	}
}

// bad records an error in the row being read.
func (pr *pointRulesReader) bad(field, value string, msg, cause error) {
	err := ErrBadPointRule
	if cause != nil {
		err = i18n.Errorf("%w: %w", ErrBadPointRule, cause)
	}
	pr.errs = append(pr.errs, newInputError(pr.name, pr.row, pr.line, field, value, msg, err))
}

// blankRow says whether every field of a row is blank.
func blankRow(rec []string) bool {
	for _, v := range rec {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// rule reads the rule of one row; false when a field is bad (reported).
func (pr *pointRulesReader) rule(rec []string) (PointRule, bool) {
	cell := func(c string) string {
		if i, ok := pr.col[c]; ok {
			return strings.TrimSpace(vntext.NFC(rec[i]))
		}
		return ""
	}
	p := PointRule{Code: cell("code"), Metric: cell("metric")}
	ok := true
	if s := cell("max_points"); s == "" {
		pr.bad("max_points", "", i18n.New("max_points is blank"), nil)
		ok = false
	} else if v, _, err := vntext.ParseNumber(s); err != nil {
		pr.bad("max_points", s, i18n.New("not a number"), err)
		ok = false
	} else if !(v > 0) {
		pr.bad("max_points", s, i18n.New("max_points must be above 0"), nil)
		ok = false
	} else {
		p.Max = v
	}
	kind, known := pointKind(cell("kind"))
	if !known {
		pr.bad("kind", cell("kind"), i18n.New("unknown kind (want proportional, threshold or all_or_nothing)"), nil)
		ok = false
	}
	p.Kind = kind
	if s := cell("threshold"); s != "" {
		v, _, err := vntext.ParseNumber(s)
		switch {
		case err != nil:
			pr.bad("threshold", s, i18n.New("not a number"), err)
			ok = false
		case known && kind != PointsThreshold:
			pr.bad("threshold", s, i18n.Errorf("a threshold is used by kind threshold only, not %s", kind), nil)
			ok = false
		case !(v > 0) || math.IsInf(v, 0):
			pr.bad("threshold", s, i18n.New("threshold must be above 0 (blank: the target's value)"), nil)
			ok = false
		default:
			p.Threshold = v
		}
	}
	return p, ok
}

// firstOfItsKind reports a rule that repeats the code and metric of an
// earlier one (two catch-all rules among them) and returns false for it.
func (pr *pointRulesReader) firstOfItsKind(p PointRule) bool {
	k := [2]string{p.Code, p.Metric}
	first, dup := pr.seen[k]
	if !dup {
		pr.seen[k] = pr.line
		return true
	}
	field, value := "code", p.Code
	if p.Code == "" {
		field, value = "metric", p.Metric
	}
	msg := i18n.Errorf("repeats the rule of line %d", first)
	if p.Code == "" && p.Metric == "" {
		field, msg = "code", i18n.Errorf("a second rule with code and metric blank (line %d has one): only one rule may apply to every other target", first)
	}
	pr.bad(field, value, msg, nil)
	return false
}

// CheckPointRules checks point rules read from file against the targets
// they are meant for: a rule whose code names no target, or whose metric
// no target uses (with the closest catalogue ids when the metric is
// unknown), would never apply and is an error; so is a threshold rule
// that applies to a "≤" or "<" target (a ceiling is not reached by going
// over a threshold), or one without a threshold that applies to a target
// whose value is not above 0. lines are the rules' input lines (from
// ReadPointRules), nil to number the rules from 1; cat may be nil
// (indicators.Default()). The errors come back together as
// PointRuleErrors.
func CheckPointRules(rules []PointRule, lines []int, file string, targets []dataset.Target, cat *indicators.Catalogue) error {
	if cat == nil {
		cat = indicators.Default()
	}
	var errs PointRuleErrors
	line := func(i int) int {
		if i < len(lines) {
			return lines[i]
		}
		return 0
	}
	bad := func(i int, field, value string, msg error) {
		errs = append(errs, newInputError(file, i+1, line(i), field, value, msg, ErrBadPointRule))
	}
	codes := map[string]bool{}
	metrics := map[string]bool{}
	pairs := map[[2]string]bool{}
	for _, t := range targets {
		codes[t.Code] = true
		metrics[t.Metric] = true
		pairs[[2]string{t.Code, t.Metric}] = true
	}
	for i, p := range rules {
		switch {
		case p.Code != "" && !codes[p.Code]:
			bad(i, "code", p.Code, i18n.New("no target has this code"))
		case p.Code != "" && p.Metric != "" && !pairs[[2]string{p.Code, p.Metric}]:
			bad(i, "metric", p.Metric, i18n.Errorf("target %s does not measure this metric", p.Code))
		case p.Code == "" && p.Metric != "" && !metrics[p.Metric]:
			if _, known := cat.Lookup(p.Metric); known {
				bad(i, "metric", p.Metric, i18n.New("no target measures this metric"))
				break
			}
			msg := unknownMetric(cat.Suggest(p.Metric))
			bad(i, "metric", p.Metric, msg)
		}
	}
	r := Rules{Points: rules}
	reported := map[int]bool{}
	for ti := range targets {
		t := &targets[ti]
		p, ok := r.pointRule(t)
		if !ok || p.Kind != PointsThreshold {
			continue
		}
		i := ruleIndex(rules, p)
		if reported[i] {
			continue
		}
		switch cmp := effectiveComparator(t); {
		case cmp == dataset.CmpLE || cmp == dataset.CmpLT:
			bad(i, "kind", p.Kind, i18n.Errorf("target %s is a ceiling (%s %s): a threshold rule gives full points above X; use proportional or all_or_nothing",
				targetName(t), t.Comparator, vntext.FormatNumber(t.Value)))
			reported[i] = true
		case p.Threshold == 0 && !(t.Value > 0):
			bad(i, "threshold", "", i18n.Errorf("blank, and the value of target %s is %s: give the threshold", targetName(t), vntext.FormatNumber(t.Value)))
			reported[i] = true
		}
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// ruleIndex returns the position of p in rules.
func ruleIndex(rules []PointRule, p PointRule) int {
	for i := range rules {
		if rules[i] == p {
			return i
		}
	}
	return -1
}

// targetName names a target in messages: its code, else its metric.
func targetName(t *dataset.Target) string {
	if t.Code != "" {
		return t.Code
	}
	if t.Metric != "" {
		return t.Metric
	}
	return "(no code)"
}
