package dataset

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow/array"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/textfile"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// input is one cell as a reader found it: text (CSV, JSON strings) or a
// typed value (JSON numbers and booleans, Parquet and Arrow columns).
type input struct {
	null  bool     // blank, JSON null or Arrow null
	text  string   // text form when typed is false
	typed byte     // 0 text, 'n' number, 'b' bool, 'l' list
	num   float64  // typed number
	b     bool     // typed bool
	list  []string // typed list (items as text)
}

// cell is one parsed value, ready to append to a column builder.
type cell struct {
	null bool
	s    string
	i    int64
	f    float64
	b    bool
	ss   []string
	is   []int64
	pct  bool // the text had a % sign
	// notProvince: a province column held a name the register does not know.
	notProvince bool
}

// isBlank reports whether in holds no value.
func (in input) isBlank() bool {
	if in.null {
		return true
	}
	return in.typed == 0 && strings.TrimSpace(in.text) == ""
}

// display returns the cell as text for messages.
func (in input) display() string {
	switch in.typed {
	case 'n':
		return formatFloat(in.num)
	case 'b':
		return strconv.FormatBool(in.b)
	case 'l':
		return strings.Join(in.list, listSep)
	}
	return in.text
}

// parseCell reads in as a value of column c. A non-empty reason rejects the row.
func parseCell(c *colSpec, in input) (v cell, reason i18n.Text) {
	// CSV rows are checked whole before this; text from Parquet and Arrow
	// files is checked here.
	if in.typed == 0 && !utf8.ValidString(in.text) {
		return v, i18n.Textf("%q is not UTF-8 text", in.text)
	}
	for _, s := range in.list {
		if !utf8.ValidString(s) {
			return v, i18n.Textf("list item %q is not UTF-8 text", s)
		}
	}
	if in.isBlank() {
		switch {
		case c.required && !c.blankOK:
			return v, reasonBlank
		case c.nullable:
			v.null = true
		}
		return v, nil
	}
	switch c.typ {
	case colString, colDict:
		// A cell cchc's CSV writer guarded against formula injection
		// ("'=x") reads back as written before ("=x").
		s := textfile.UnescapeCell(strings.TrimSpace(vntext.NFC(in.display())))
		if c.rule == ruleProvince {
			p, ok := vntext.CanonicalProvince(s)
			if ok {
				s = p
			}
			v.s, v.notProvince = s, !ok
			break
		}
		s, reason = applyTextRule(c.rule, s)
		v.s = s
	case colInt:
		v.i, reason = parseInt(c, in)
	case colFloat:
		v.f, v.pct, reason = parseFloat(in)
	case colBool:
		v.b, reason = parseBool(in)
	case colStrings:
		if in.typed == 'l' {
			for _, s := range in.list {
				if s = strings.TrimSpace(vntext.NFC(s)); s != "" {
					v.ss = append(v.ss, s)
				}
			}
		} else {
			v.ss = splitList(textfile.UnescapeCell(strings.TrimSpace(in.display())))
		}
	case colInts:
		items := in.list
		if in.typed != 'l' {
			items = strings.FieldsFunc(textfile.UnescapeCell(strings.TrimSpace(in.display())), func(r rune) bool { return r == ';' || r == ',' || r == ' ' })
		}
		for _, s := range items {
			n, err := vntext.ParseCount(s)
			if err != nil {
				return v, i18n.Textf("list item: %v", err)
			}
			if n > math.MaxInt32 {
				return v, i18n.Textf("list item %d is too large", n)
			}
			v.is = append(v.is, n)
		}
	}
	return v, reason
}

func parseInt(c *colSpec, in input) (int64, i18n.Text) {
	// A year column that is not required holds 0 for "unknown", and
	// writes it as 0: read it back.
	if c.rule == ruleYear && !c.required && ((in.typed == 'n' && in.num == 0) || (in.typed == 0 && strings.TrimSpace(in.text) == "0")) {
		return 0, nil
	}
	if in.typed == 'n' {
		f := in.num
		if f != math.Trunc(f) || math.IsInf(f, 0) || math.IsNaN(f) {
			return 0, i18n.Textf("%v is not a whole number", f)
		}
		switch {
		case c.rule == ruleYear && (f < 1900 || f > 2200):
			return 0, i18n.Textf("year %v is not between 1900 and 2200", f)
		case c.rule == ruleCount && f < 0:
			return 0, i18n.Textf("negative count %v", f)
		case math.Abs(f) > math.MaxInt32:
			return 0, i18n.Textf("%v is too large", f)
		}
		return int64(f), nil
	}
	if in.typed != 0 {
		return 0, i18n.Textf("%q is not a whole number", in.display())
	}
	if c.rule == ruleYear {
		y, err := vntext.ParseYear(in.text)
		if err != nil {
			return 0, i18n.Textf("%v", err)
		}
		return int64(y), nil
	}
	n, err := vntext.ParseCount(in.text)
	if err != nil {
		if errors.Is(err, vntext.ErrRange) {
			if v, _, perr := vntext.ParseNumber(in.text); perr == nil && v < 0 {
				return 0, i18n.Textf("negative count %q", strings.TrimSpace(in.text))
			}
		}
		return 0, i18n.Textf("%v", err)
	}
	if n > math.MaxInt32 {
		return 0, i18n.Textf("%d is too large", n)
	}
	return n, nil
}

func parseFloat(in input) (float64, bool, i18n.Text) {
	switch in.typed {
	case 'n':
		return in.num, false, nil
	case 0:
	default:
		return 0, false, i18n.Textf("%q is not a number", in.display())
	}
	v, pct, err := vntext.ParseNumber(in.text)
	if err != nil {
		return 0, false, i18n.Textf("%v", err)
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false, i18n.Textf("%q is not a finite number", in.text)
	}
	return v, pct, nil
}

func parseBool(in input) (bool, i18n.Text) {
	switch in.typed {
	case 'b':
		return in.b, nil
	case 'n':
		if in.num == 0 || in.num == 1 {
			return in.num == 1, nil
		}
	case 0:
		switch vntext.Fold(strings.TrimSpace(in.text)) {
		case "true", "t", "yes", "y", "1", "x", "co", "dat":
			return true, nil
		case "false", "f", "no", "n", "0", "khong", "khong dat":
			return false, nil
		}
	}
	return false, i18n.Textf("%q is not true or false", in.display())
}

// applyTextRule canonicalises or checks a text cell by its column rule.
func applyTextRule(r rule, s string) (string, i18n.Text) {
	switch r {
	case ruleComparator:
		return canonicalComparator(s)
	case ruleStatus:
		switch k := columnKey(s); k {
		case StatusMet, StatusNear, StatusOffTrack, StatusNoData:
			return k, nil
		}
		// The words a workbook written with --lang vi shows: "chưa đạt".
		for _, id := range i18n.StatusIDs() {
			if columnKey(i18n.VI.StatusName(id)) == columnKey(s) || columnKey(i18n.EN.StatusName(id)) == columnKey(s) {
				return id, nil
			}
		}
		return s, i18n.Textf("status %q is not one of met, near, off_track, no_data", s)
	case ruleChange:
		switch vntext.Fold(s) {
		case "decrease", "giam":
			return ChangeDecrease, nil
		case "increase", "tang":
			return ChangeIncrease, nil
		}
		return s, i18n.Textf("change %q is not decrease or increase", s)
	case ruleArea:
		return canonicalArea(s), nil
	case ruleLevel:
		switch vntext.Fold(s) {
		case "province", "tinh", "cap tinh":
			return "province", nil
		case "district", "huyen", "cap huyen":
			return "district", nil
		case "commune", "xa", "cap xa":
			return "commune", nil
		}
		return s, nil
	case ruleDate:
		return canonicalDate(s)
	}
	return s, nil
}

func canonicalComparator(s string) (string, i18n.Text) {
	switch strings.ReplaceAll(s, " ", "") {
	case ">=", "≥", "=>":
		return CmpGE, nil
	case ">":
		return CmpGT, nil
	case "<=", "≤", "=<":
		return CmpLE, nil
	case "<":
		return CmpLT, nil
	case "=", "==":
		return CmpEQ, nil
	case "~", "≈":
		return CmpApprox, nil
	}
	switch vntext.Fold(s) {
	case "approx", "khoang", "about":
		return CmpApprox, nil
	case "ge", "toi thieu", "it nhat", "tu":
		return CmpGE, nil
	case "le", "toi da", "khong qua", "duoi":
		return CmpLE, nil
	}
	return s, i18n.Textf("comparator %q is not one of >=, >, <=, <, =, approx", s)
}

// canonicalArea maps Vietnamese area names to area ids; other text is kept.
func canonicalArea(s string) string {
	k := vntext.Fold(s)
	for _, a := range Areas() {
		if k == a || columnKey(s) == a || columnKey(s) == columnKey(i18n.VI.AreaName(a)) || columnKey(s) == columnKey(i18n.EN.AreaName(a)) {
			return a
		}
	}
	switch k {
	case "chi dao dieu hanh", "cong tac chi dao dieu hanh":
		return AreaDirection
	case "the che", "cai cach the che":
		return AreaInstitutions
	case "thu tuc hanh chinh", "cai cach thu tuc hanh chinh", "tthc":
		return AreaProcedures
	case "to chuc bo may", "cai cach to chuc bo may":
		return AreaOrganisation
	case "cong vu", "cai cach che do cong vu", "civil service":
		return AreaCivilService
	case "tai chinh cong", "cai cach tai chinh cong", "public finance":
		return AreaPublicFinance
	case "chinh quyen dien tu", "chinh quyen so", "chinh phu dien tu", "chinh phu so", "digital government":
		return AreaDigitalGovernment
	case "tuyen truyen", "thong tin tuyen truyen":
		return AreaCommunication
	}
	return s
}

// canonicalDate accepts ISO dates (2024-12-31), year-months (2023-12) and
// years, and converts the day-first forms of Vietnamese spreadsheets
// (31/12/2024, 12/2023).
func canonicalDate(s string) (string, i18n.Text) {
	ok := func(y, m, d int) bool {
		if y < 1900 || y > 2200 || m < 1 || m > 12 {
			return false
		}
		if d == 0 {
			return true
		}
		days := [...]int{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
		if m == 2 && !(y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
			days = 28
		}
		return d >= 1 && d <= days
	}
	num := func(t string, width int) (int, bool) {
		if len(t) < 1 || len(t) > width {
			return 0, false
		}
		n, err := strconv.Atoi(t)
		return n, err == nil && t[0] != '+' && t[0] != '-'
	}
	bad := i18n.Textf("date %q is not YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY", s)
	if strings.Contains(s, "-") {
		p := strings.Split(s, "-")
		if len(p[0]) != 4 || len(p) > 3 {
			return s, bad
		}
		y, ok1 := num(p[0], 4)
		m, d := 1, 0
		ok2, ok3 := true, true
		if len(p) > 1 {
			m, ok2 = num(p[1], 2)
			ok2 = ok2 && len(p[1]) == 2
		}
		if len(p) > 2 {
			d, ok3 = num(p[2], 2)
			ok3 = ok3 && len(p[2]) == 2
		}
		if !ok1 || !ok2 || !ok3 || !ok(y, m, d) {
			return s, bad
		}
		return s, nil
	}
	if strings.Contains(s, "/") || strings.Contains(s, ".") {
		p := strings.FieldsFunc(s, func(r rune) bool { return r == '/' || r == '.' })
		switch len(p) {
		case 3:
			d, ok1 := num(p[0], 2)
			m, ok2 := num(p[1], 2)
			y, ok3 := num(p[2], 4)
			if ok1 && ok2 && ok3 && len(p[2]) == 4 && ok(y, m, d) {
				return fmt.Sprintf("%04d-%02d-%02d", y, m, d), nil
			}
		case 2:
			m, ok2 := num(p[0], 2)
			y, ok3 := num(p[1], 4)
			if ok2 && ok3 && len(p[1]) == 4 && ok(y, m, 0) {
				return fmt.Sprintf("%04d-%02d", y, m), nil
			}
		}
		return s, bad
	}
	if y, err := vntext.ParseYear(s); err == nil {
		return strconv.Itoa(y), nil
	}
	return s, bad
}

// countUnits are units whose values are whole counts: in their value
// cells "1.234" is read as one thousand two hundred thirty-four.
var countUnits = map[string]bool{
	"count": true, "people": true, "staff": true, "times": true, "persons": true,
	"cases": true, "dossiers": true, "documents": true, "procedures": true, "units": true,
	"nguoi": true, "luot": true, "ho so": true, "cuoc": true, "van ban": true, "lan": true,
	"thu tuc": true, "bien che": true, "don vi": true, "cai": true, "so": true,
}

// thousandsLike reports whether s is digits grouped by dots in threes
// ("1.234", "12.500.000"), the way counts are written in Vietnamese.
func thousandsLike(s string) bool {
	s = strings.TrimSpace(s)
	groups := strings.Split(s, ".")
	if len(groups) < 2 || len(groups[0]) == 0 || len(groups[0]) > 3 {
		return false
	}
	for i, g := range groups {
		if i > 0 && len(g) != 3 {
			return false
		}
		for _, r := range g {
			if r < '0' || r > '9' {
				return false
			}
		}
	}
	return true
}

// appendCell appends v to the builder of column c.
func appendCell(b array.Builder, c *colSpec, v cell) {
	if v.null {
		b.AppendNull()
		return
	}
	switch c.typ {
	case colString, colDict:
		appendString(b, v.s)
	case colInt:
		b.(*array.Int32Builder).Append(int32(v.i))
	case colFloat:
		b.(*array.Float64Builder).Append(v.f)
	case colBool:
		b.(*array.BooleanBuilder).Append(v.b)
	case colStrings:
		appendStrings(b, v.ss)
	case colInts:
		lb := b.(*array.ListBuilder)
		lb.Append(true)
		vb := lb.ValueBuilder().(*array.Int32Builder)
		for _, n := range v.is {
			vb.Append(int32(n))
		}
	}
}

// filterText is the text a RowFilter sees for the input: as the reader
// reads a text column, trimmed NFC (a typed value written out).
func (in input) filterText() string {
	if in.isBlank() {
		return ""
	}
	return textfile.UnescapeCell(strings.TrimSpace(vntext.NFC(in.display())))
}
