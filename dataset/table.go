package dataset

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// Loaded is a table read from a file: the record of the rows that were
// read with the input line of each, the rows that were rejected and why,
// and the count of input rows. RowsRead == Record.NumRows() +
// len(Rejected) + Skipped + Checked and len(Lines) == Record.NumRows()
// always hold.
type Loaded struct {
	// Kind is the table kind (given, or detected from the columns).
	Kind Kind
	// Record holds the rows read, in Schema(Kind). Release it with Release.
	Record arrow.Record
	// Rejected lists the input rows that could not be read, in input order.
	Rejected []RejectedRow
	// Lines gives the input line of each row of Record, in order
	// (len(Lines) == Record.NumRows()), numbered as RejectedRow.Line is:
	// for CSV the 1-based line of the file where the row starts (comment,
	// blank and "sep=" lines before the header, and line breaks inside
	// quoted fields, counted); for JSON the line where the record's object
	// starts; for Parquet, Arrow and FromArrow the row number counting the
	// header as 1. Error messages about a row (a bad value found after
	// reading, a duplicate) use it to name the row's line.
	Lines []int
	// RowsRead counts the input rows (the header not included).
	RowsRead int
	// Skipped counts the rows a ReadFiltered filter left out: read, but
	// neither kept nor rejected.
	Skipped int
	// Checked counts the rows ReadOptions.CheckOnly read well but did not
	// keep: RowsRead == Record.NumRows() + len(Rejected) + Skipped + Checked.
	Checked int
	// IgnoredColumns lists header names that match no column of Kind; their
	// cells are not read.
	IgnoredColumns []string
	// UnknownProvinces lists, once each in input order, the names in
	// province columns (province, entity) that the province register does
	// not know: they are kept as written, since an entity may be an agency,
	// but a typo ("Ha Tnih") shows up here.
	UnknownProvinces []string
	// Defaults holds, by column name, the values given in
	// ReadOptions.Defaults for columns the file lacks: every row took them.
	Defaults map[string]string
	// Sheet is the worksheet read, for a workbook.
	Sheet string
}

// Release releases the record. It is safe to call more than once.
func (l *Loaded) Release() {
	if l != nil && l.Record != nil {
		l.Record.Release()
		l.Record = nil
	}
}

// headerMap is how a file's columns map onto a table kind.
type headerMap struct {
	kind    Kind
	cs      []colSpec
	src     []int    // src[j]: index in the file of spec column j, -1 when absent
	names   []string // names[j]: the header name of spec column j as written (the spec name when absent)
	ignored []string // header names matching no column
	// defaults[j], when set, is the text of spec column j for every row:
	// the column is not in the file and the caller gave its value.
	defaults map[int]string
}

// absent returns the input of spec column j when the file has no such
// column: the caller's default, or a null.
func (m *headerMap) absent(j int) input {
	if d, ok := m.defaults[j]; ok {
		return input{text: d}
	}
	return input{null: true}
}

// detectKind tells which table kind a header belongs to: of the kinds whose
// required columns are all present, the one matching the most columns.
func detectKind(header []string) (Kind, error) {
	type cand struct {
		k       Kind
		matched int
		share   float64
	}
	var cands []cand
	var partial cand // the kind matching most columns, required ones or not
	partialTie := false
	for _, k := range Kinds() {
		cs := specs(k)
		seen := make([]bool, len(cs))
		matched := 0
		for _, h := range header {
			if j := lookupColumn(cs, h); j >= 0 && !seen[j] {
				seen[j] = true
				matched++
			}
		}
		switch {
		case matched > partial.matched:
			partial, partialTie = cand{k, matched, 0}, false
		case matched == partial.matched:
			partialTie = true
		}
		ok := true
		for j, c := range cs {
			if c.required && !seen[j] {
				ok = false
			}
		}
		if ok && matched > 0 {
			cands = append(cands, cand{k, matched, float64(matched) / float64(len(cs))})
		}
	}
	if len(cands) == 0 && partial.matched >= 2 && !partialTie {
		// Most columns of one kind are there: read as that kind, so the
		// error names the columns it lacks.
		return partial.k, nil
	}
	if len(cands) == 0 {
		return "", i18n.Errorf("%w: columns %s match the required columns of no table kind (%s); name the kind to see what is missing",
			ErrUnknownKind, quoteList(header), kindRequirements())
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].matched != cands[b].matched {
			return cands[a].matched > cands[b].matched
		}
		return cands[a].share > cands[b].share
	})
	if len(cands) > 1 && cands[0].matched == cands[1].matched && cands[0].share == cands[1].share {
		return "", i18n.Errorf("%w: the columns fit both %s and %s; name the kind", ErrUnknownKind, cands[0].k, cands[1].k)
	}
	return cands[0].k, nil
}

func kindRequirements() string {
	var parts []string
	for _, k := range Kinds() {
		var req []string
		for _, c := range specs(k) {
			if c.required {
				req = append(req, c.name)
			}
		}
		parts = append(parts, fmt.Sprintf("%s: %s", k, strings.Join(req, ", ")))
	}
	return strings.Join(parts, "; ")
}

func quoteList(ss []string) string {
	const most = 40 // a message names at most this many, then counts the rest
	q := make([]string, 0, min(len(ss), most+1))
	for i, s := range ss {
		if i == most {
			q = append(q, fmt.Sprintf("and %d more", len(ss)-most))
			break
		}
		if len(s) > 200 {
			s = s[:200] + "..."
		}
		q = append(q, fmt.Sprintf("%q", s))
	}
	return strings.Join(q, ", ")
}

// MaxColumns is the most columns a table file may have: cchc's tables
// have fewer than 20, and an export with extra columns a few hundred.
const MaxColumns = 10000

// mapHeader maps header names onto the columns of kind (detected when
// empty). It fails on a duplicated column and on missing required columns.
func mapHeader(file string, header []string, kind Kind) (*headerMap, error) {
	return mapHeaderDefaults(file, header, kind, nil)
}

// mapHeaderDefaults is mapHeader where the columns of defaults (by column
// name) that the header lacks take their value from it.
func mapHeaderDefaults(file string, header []string, kind Kind, defaults map[string]string) (*headerMap, error) {
	if len(header) > MaxColumns {
		return nil, &ParseError{File: file, Line: 1, Err: i18n.Errorf("%w: the header has %d columns; a table has at most %d (is this the right file, and the right delimiter?)", ErrFormat, len(header), MaxColumns)}
	}
	for i, h := range header {
		header[i] = strings.TrimSpace(vntext.NFC(h))
	}
	// Duplicates among the names as written (folded).
	first := map[string]int{}
	for i, h := range header {
		key := columnKey(h)
		if key == "" {
			continue
		}
		if p, dup := first[key]; dup {
			return nil, &ParseError{File: file, Line: 1, Column: i + 1, Field: h,
				Err: i18n.Errorf("%w: %q repeats column %d (%q)", ErrDuplicateColumn, h, p+1, header[p])}
		}
		first[key] = i
	}
	if kind == "" {
		k, err := detectKind(header)
		if err != nil {
			return nil, &ParseError{File: file, Line: 1, Err: err}
		}
		kind = k
	}
	cs := specs(kind)
	if cs == nil {
		return nil, &ParseError{File: file, Err: i18n.Errorf("%w: %q", ErrUnknownKind, kind)}
	}
	m := &headerMap{kind: kind, cs: cs, src: make([]int, len(cs)), names: make([]string, len(cs))}
	for j := range m.src {
		m.src[j] = -1
		m.names[j] = cs[j].name
	}
	for i, h := range header {
		j := lookupColumn(cs, h)
		if j < 0 {
			if h == "" {
				h = fmt.Sprintf("(column %d, no name)", i+1)
			}
			m.ignored = append(m.ignored, h)
			continue
		}
		if m.src[j] >= 0 {
			p := m.src[j]
			return nil, &ParseError{File: file, Line: 1, Column: i + 1, Field: h,
				Err: i18n.Errorf("%w: %q and column %d (%q) both name the %s column %q", ErrDuplicateColumn, h, p+1, header[p], kind, cs[j].name)}
		}
		m.src[j] = i
		m.names[j] = h
	}
	for j, c := range cs {
		if d, ok := defaults[c.name]; ok && m.src[j] < 0 {
			if m.defaults == nil {
				m.defaults = map[int]string{}
			}
			m.defaults[j] = d
		}
	}
	var missing []string
	for j, c := range cs {
		if _, def := m.defaults[j]; c.required && m.src[j] < 0 && !def {
			missing = append(missing, c.name)
		}
	}
	if len(missing) > 0 {
		what := fmt.Sprintf("column %q", missing[0])
		if len(missing) > 1 {
			what = "columns " + quoteList(missing)
		}
		return nil, &ParseError{File: file, Line: 1, Field: missing[0],
			Err: i18n.Errorf("%w: the %s table needs %s; the header has %s", ErrMissingColumn, kind, what, quoteList(header))}
	}
	return m, nil
}

// tableBuilder appends input rows to a record, rejecting the rows that
// cannot be read.
type tableBuilder struct {
	file        string
	m           *headerMap
	rb          *array.RecordBuilder
	vals        []cell
	unit        int // spec index of the unit column, -1 when none
	seenUnknown map[string]bool
	year        int // spec index of the year column, -1 when none
	period      int // spec index of the period column, -1 when none
	keep        keepRule
	loaded      Loaded
}

func newTableBuilder(file string, m *headerMap, mem memory.Allocator, keep keepRule) *tableBuilder {
	if mem == nil {
		mem = memory.DefaultAllocator
	}
	t := &tableBuilder{file: file, m: m, rb: array.NewRecordBuilder(mem, Schema(m.kind)),
		vals: make([]cell, len(m.cs)), unit: -1, year: -1, period: -1, keep: keep}
	for j, c := range m.cs {
		switch c.name {
		case "unit":
			t.unit = j
		case "year":
			t.year = j
		case "period":
			t.period = j
		}
	}
	t.loaded.Kind = m.kind
	t.loaded.IgnoredColumns = m.ignored
	for j, c := range m.cs {
		if d, ok := m.defaults[j]; ok {
			if t.loaded.Defaults == nil {
				t.loaded.Defaults = map[string]string{}
			}
			t.loaded.Defaults[c.name] = d
		}
	}
	return t
}

// release frees the builder (after finish, or on error).
func (t *tableBuilder) release() { t.rb.Release() }

// finish returns the Loaded table; the caller releases its record.
func (t *tableBuilder) finish() *Loaded {
	l := t.loaded
	l.Record = t.rb.NewRecord()
	return &l
}

func (t *tableBuilder) reject(line int, column string, reason i18n.Text, raw string) {
	t.loaded.Rejected = append(t.loaded.Rejected, RejectedRow{File: t.file, Line: line, Column: column, Reason: reason.In(i18n.EN), why: reason, Raw: cutRaw(raw)})
}

// add reads one input row: ins[j] is the input for spec column j.
// cellOf returns the cell lookup a RowFilter gets for the row ins.
func (t *tableBuilder) cellOf(ins []input) func(string) string {
	return func(column string) string {
		for j := range t.m.cs {
			if t.m.cs[j].name == column {
				return ins[j].filterText()
			}
		}
		return ""
	}
}

func (t *tableBuilder) add(line int, ins []input, raw func() string) {
	t.loaded.RowsRead++
	if t.keep.filter != nil && !t.keep.filter(t.cellOf(ins)) {
		t.loaded.Skipped++
		return
	}
	blank := true
	for j := range ins {
		if !ins[j].isBlank() {
			blank = false
			break
		}
	}
	if blank {
		t.reject(line, "", i18n.Textf("blank row (no value in the columns of the %s table)", t.m.kind), raw())
		return
	}
	if t.year >= 0 && t.period >= 0 && ins[t.year].typed == 0 && len(ins[t.year].text) > 4 && ins[t.period].isBlank() {
		// A cumulative value over years ("2015-2023") stands at its last
		// year, with the span kept as its period.
		if end, span, ok := yearSpan(ins[t.year].text); ok {
			ins[t.year] = input{text: end}
			ins[t.period] = input{text: span}
		}
	}
	for j := range t.m.cs {
		c := &t.m.cs[j]
		v, reason := parseCell(c, ins[j])
		if reason != nil {
			t.reject(line, t.m.names[j], reason, raw())
			return
		}
		t.vals[j] = v
	}
	if t.unit >= 0 {
		unit := &t.vals[t.unit]
		for j := range t.m.cs {
			c := &t.m.cs[j]
			if c.rule != ruleValue || t.vals[j].null {
				continue
			}
			// "1.234" people is one thousand two hundred thirty-four.
			if ins[j].typed == 0 && thousandsLike(ins[j].text) && countUnits[vntext.Fold(unit.s)] {
				n, err := vntext.ParseCount(ins[j].text)
				if err == nil {
					t.vals[j].f = float64(n)
				}
			}
			// A "%" sign in the value says the unit when the unit cell is blank.
			if t.vals[j].pct && unit.s == "" && !unit.null && (t.m.kind == KindTargets || t.m.kind == KindObservations) {
				unit.s = "percent"
			}
		}
	}
	t.noteUnknownProvinces()
	if t.keep.checkOnly && len(t.loaded.Lines) >= t.keep.keepFirst {
		t.loaded.Checked++
		return
	}
	t.loaded.Lines = append(t.loaded.Lines, line)
	for j := range t.m.cs {
		appendCell(t.rb.Field(j), &t.m.cs[j], t.vals[j])
	}
}

// noteUnknownProvinces lists the names of the row just read that the
// province register does not know, once each.
func (t *tableBuilder) noteUnknownProvinces() {
	for j := range t.m.cs {
		if v := &t.vals[j]; v.notProvince && v.s != "" && !t.seenUnknown[v.s] {
			if t.seenUnknown == nil {
				t.seenUnknown = map[string]bool{}
			}
			t.seenUnknown[v.s] = true
			t.loaded.UnknownProvinces = append(t.loaded.UnknownProvinces, v.s)
		}
	}
}

// cutRaw trims the line break off a raw row, replaces bytes that are not
// UTF-8 and cuts it at 1000 bytes.
func cutRaw(s string) string {
	s = strings.ToValidUTF8(strings.TrimRight(s, "\r\n"), "\uFFFD")
	if len(s) <= 1000 {
		return s
	}
	cut := 1000
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// yearSpan reads a span of years "2015-2023" (also with an en dash or
// spaces) and returns its last year and the span written "2015-2023".
func yearSpan(s string) (end, span string, ok bool) {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '–' || r == '—' })
	if len(parts) != 2 {
		return "", "", false
	}
	a, err1 := vntext.ParseYear(parts[0])
	b, err2 := vntext.ParseYear(parts[1])
	if err1 != nil || err2 != nil || a >= b {
		return "", "", false
	}
	return strconv.Itoa(b), fmt.Sprintf("%d-%d", a, b), true
}
