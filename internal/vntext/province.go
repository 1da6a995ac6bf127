package vntext

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/cchc-lab/cchc/internal/i18n"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// mergerCSV is the 2025 reorganisation of provincial units: one row per
// pre-2025 unit (63) with the unit it became (34 in all), from Resolution
// 202/2025/QH15 (new local governments from 1 July 2025) and Resolution
// 175/2024/QH15 (Thừa Thiên Huế became the centrally-run city Huế on
// 1 January 2025). Each row cites its source. It is a copy of
// testdata/province_merger_2025.csv; a test keeps the two equal.
//
//go:embed data/province_merger_2025.csv
var mergerCSV []byte

// Dates of the boundary changes the register knows about.
var (
	// date2004 is when Điện Biên, Đắk Nông and Hậu Giang were created
	// (Resolution 22/2003/QH11, in force 1 January 2004).
	date2004 = time.Date(2004, 1, 1, 0, 0, 0, 0, time.UTC)
	// dateHaTay is when Hà Tây became part of Hà Nội
	// (Resolution 15/2008/QH12, in force 1 August 2008).
	dateHaTay = time.Date(2008, 8, 1, 0, 0, 0, 0, time.UTC)
	// dateHue is when Thừa Thiên Huế became the city Huế
	// (Resolution 175/2024/QH15, in force 1 January 2025).
	dateHue = time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	// dateMerger is when the 34 merged units began to operate
	// (Resolution 202/2025/QH15).
	dateMerger = time.Date(2025, 7, 1, 0, 0, 0, 0, time.UTC)
)

// FirstRegisterYear is the first year ProvincesIn answers for: the
// register records the boundary changes from 1 January 2004 (the creation
// of Điện Biên, Đắk Nông and Hậu Giang) on, and not the earlier ones.
const FirstRegisterYear = 2004

// Province is one provincial-level unit (tỉnh or thành phố trực thuộc
// trung ương) of Viet Nam, identified by its name. A name that survived the
// 2025 merger with a larger territory (Tuyên Quang, which took in Hà Giang)
// is one Province whose name never stopped existing; MergedFrom tells what
// it covers since then.
type Province struct {
	// Name is the canonical name with diacritics as the merger file
	// writes it: "Hà Tĩnh", "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu",
	// "Thành phố Hồ Chí Minh" (the only name that carries its
	// "Thành phố" prefix, as in the file).
	Name string
	// Kind is the kind of unit after the 2025 merger as the merger file
	// gives it: "tỉnh" or "thành phố trực thuộc trung ương"; empty for
	// units that no longer exist.
	Kind string
	// From is the first year the unit existed under this name (0 when it
	// existed before 2004, where the register starts).
	From int
	// Until is the last year it existed (0 while it exists). The units
	// merged away in 2025 have Until 2025: they existed until 30 June.
	Until int
	// Start is the first day the unit existed (zero before 2004).
	Start time.Time
	// End is the first day the unit no longer existed (zero while it exists).
	End time.Time
	// Successor is the unit that covers the territory from 1 July 2025
	// on: the name itself for units that still exist, "Hà Nội" for Hà Tây,
	// "Huế" for Thừa Thiên Huế.
	Successor string
}

// ExistsOn reports whether the unit existed on day t (UTC date).
func (p Province) ExistsOn(t time.Time) bool {
	d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if !p.Start.IsZero() && d.Before(p.Start) {
		return false
	}
	return p.End.IsZero() || d.Before(p.End)
}

// ExistedIn reports whether the unit existed at any time during year.
func (p Province) ExistedIn(year int) bool {
	return (p.From == 0 || year >= p.From) && (p.Until == 0 || year <= p.Until)
}

// provinceAliases lists spellings in real use that the folding in
// provinceKey does not already reduce to the canonical name: initialisms,
// older or variant spellings and English names. Folded forms ("Ha Tinh",
// "HÀ TĨNH"), administrative prefixes ("tỉnh", "thành phố", "TP", "TP.")
// and spacing around hyphens are handled for every name.
var provinceAliases = map[string][]string{
	"Thành phố Hồ Chí Minh": {"Hồ Chí Minh", "TPHCM", "HCM", "HCMC", "Ho Chi Minh City"},
	"Thừa Thiên Huế":        {"TT-Huế", "TT Huế"},
	"Bà Rịa - Vũng Tàu":     {"BRVT", "BR-VT"},
	"Đắk Lắk":               {"Đắc Lắk", "Đắk Lắc"},
	"Đắk Nông":              {"Đắc Nông"},
	"Bắc Kạn":               {"Bắc Cạn"},
}

// provinceKey reduces a province name to the key names are matched on:
// NFC, folded (no diacritics, lower case), parenthesised remarks dropped,
// punctuation and spaces removed, leading "tỉnh", "thành phố", "tp" and
// trailing "province", "city" dropped. "Tp. Hồ Chí Minh" → "hochiminh",
// "Bà Rịa-Vũng Tàu" → "bariavungtau".
func provinceKey(name string) string {
	s := Fold(name) // Fold decomposes: any normal form gives the same key
	// Drop parenthesised remarks: "Hà Nội (cũ)", "Ha Noi (post-merger
	// unit)"; an unclosed "(" drops the rest.
	if strings.IndexByte(s, '(') >= 0 {
		var b strings.Builder
		depth := 0
		for _, r := range s {
			switch {
			case r == '(':
				depth++
			case r == ')' && depth > 0:
				depth--
				if depth == 0 {
					b.WriteByte(' ')
				}
			case depth == 0:
				b.WriteRune(r)
			}
		}
		s = b.String()
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	switch {
	case len(words) > 1 && (words[0] == "tinh" || words[0] == "tp"):
		words = words[1:]
	case len(words) > 2 && words[0] == "thanh" && words[1] == "pho":
		words = words[2:]
	}
	if n := len(words); n > 1 && (words[n-1] == "city" || words[n-1] == "province") {
		words = words[:n-1]
	}
	return strings.Join(words, "")
}

// provinceRegister is the parsed, read-only register.
type provinceRegister struct {
	byName map[string]Province // canonical name → unit
	byKey  map[string]string   // match key → canonical name
	sorted []Province          // all units in Vietnamese alphabetical order
	old    []string            // the 63 units before 2025, in alphabetical order
	new    []string            // the 34 units from 1 July 2025
	from   map[string][]string // new unit → old units, in alphabetical order
	// renamed pairs the names of a unit renamed with its territory
	// unchanged, both ways: Thừa Thiên Huế ↔ Huế.
	renamed map[string]string
}

// registerOnce builds the register on first use; afterwards it is only read.
var registerOnce = sync.OnceValue(func() *provinceRegister {
	r, err := buildRegister(mergerCSV)
	if err != nil {
		// The file is compiled into the package and checked by its tests.
		panic(fmt.Sprintf("vntext: embedded province register: %v", err))
	}
	return r
})

// buildRegister parses the merger file and adds what it does not hold:
// Hà Tây, the city Huế's start date and the 2004 units' start date.
func buildRegister(data []byte) (*provinceRegister, error) {
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	rows, err := cr.ReadAll()
	if err != nil {
		return nil, i18n.Errorf("province_merger_2025.csv: %w", err)
	}
	if len(rows) < 2 || len(rows[0]) < 3 || rows[0][0] != "old_province" || rows[0][1] != "new_province" || rows[0][2] != "new_kind" {
		return nil, i18n.Errorf("province_merger_2025.csv: want header old_province,new_province,new_kind,...")
	}
	r := &provinceRegister{
		byName: map[string]Province{},
		byKey:  map[string]string{},
		from:   map[string][]string{},
	}
	kind := map[string]string{}
	successor := map[string]string{}
	for i, row := range rows[1:] {
		oldName, newName, k := NFC(strings.TrimSpace(row[0])), NFC(strings.TrimSpace(row[1])), NFC(strings.TrimSpace(row[2]))
		if oldName == "" || newName == "" {
			return nil, i18n.Errorf("province_merger_2025.csv:%d: empty province name", i+2)
		}
		if _, dup := successor[oldName]; dup {
			return nil, i18n.Errorf("province_merger_2025.csv:%d: %q listed twice", i+2, oldName)
		}
		if prev, ok := kind[newName]; ok && prev != k {
			return nil, i18n.Errorf("province_merger_2025.csv:%d: %q is both %q and %q", i+2, newName, prev, k)
		}
		successor[oldName] = newName
		kind[newName] = k
		r.old = append(r.old, oldName)
		r.from[newName] = append(r.from[newName], oldName)
	}
	for name := range kind {
		r.new = append(r.new, name)
	}
	for _, name := range r.old {
		p := Province{Name: name, Kind: kind[name], Successor: successor[name]}
		switch {
		case name == "Thừa Thiên Huế":
			p.Until, p.End = 2024, dateHue
		case kind[name] == "":
			p.Until, p.End = 2025, dateMerger
		}
		switch name {
		case "Điện Biên", "Đắk Nông", "Hậu Giang":
			p.From, p.Start = 2004, date2004
		}
		r.byName[name] = p
	}
	for _, name := range r.new {
		if _, ok := r.byName[name]; ok {
			continue
		}
		if name != "Huế" {
			return nil, i18n.Errorf("province_merger_2025.csv: new unit %q is none of the old ones; its start date is unknown", name)
		}
		r.byName[name] = Province{Name: name, Kind: kind[name], From: 2025, Start: dateHue, Successor: name}
	}
	if _, ok := r.byName["Hà Nội"]; !ok {
		return nil, i18n.Errorf("province_merger_2025.csv: Hà Nội missing")
	}
	r.byName["Hà Tây"] = Province{Name: "Hà Tây", Until: 2008, End: dateHaTay, Successor: "Hà Nội"}

	col := collate.New(language.Vietnamese)
	for name := range r.byName {
		r.sorted = append(r.sorted, r.byName[name])
	}
	slices.SortFunc(r.sorted, func(a, b Province) int { return col.CompareString(a.Name, b.Name) })
	slices.SortFunc(r.old, col.CompareString)
	slices.SortFunc(r.new, col.CompareString)
	r.renamed = map[string]string{}
	for newName, names := range r.from {
		slices.SortFunc(names, col.CompareString)
		if len(names) == 1 && names[0] != newName {
			r.renamed[names[0]], r.renamed[newName] = newName, names[0]
		}
	}

	add := func(alias, canonical string) error {
		key := provinceKey(alias)
		if key == "" {
			return i18n.Errorf("alias %q of %q has an empty key", alias, canonical)
		}
		if prev, ok := r.byKey[key]; ok && prev != canonical {
			return i18n.Errorf("alias %q matches both %q and %q", alias, prev, canonical)
		}
		r.byKey[key] = canonical
		return nil
	}
	for _, p := range r.sorted {
		if err := add(p.Name, p.Name); err != nil {
			return nil, err
		}
	}
	for canonical, aliases := range provinceAliases {
		if _, ok := r.byName[canonical]; !ok {
			return nil, i18n.Errorf("aliases given for unknown province %q", canonical)
		}
		for _, a := range aliases {
			if err := add(a, canonical); err != nil {
				return nil, err
			}
		}
	}
	return r, nil
}

// lookup resolves a name or alias to its unit.
func (r *provinceRegister) lookup(name string) (Province, bool) {
	if p, ok := r.byName[name]; ok { // already canonical: the common case
		return p, true
	}
	if canonical, ok := r.byKey[provinceKey(name)]; ok {
		return r.byName[canonical], true
	}
	// "Thua Thien Hue / Hue": several names for the same unit across a
	// rename or merger resolve to the one that absorbed the others.
	if !strings.Contains(name, "/") {
		return Province{}, false
	}
	parts := strings.Split(name, "/")
	var units []Province
	for _, part := range parts {
		p, ok := r.lookup(part)
		if !ok {
			return Province{}, false
		}
		units = append(units, p)
	}
	succ := units[0].Successor
	found := false
	for _, p := range units {
		if p.Successor != succ {
			return Province{}, false
		}
		found = found || p.Name == succ
	}
	if !found {
		return Province{}, false
	}
	return r.byName[succ], true
}

// CanonicalProvince maps a province name or alias to its canonical name
// with diacritics. It accepts folded and upper-case forms ("Ha Tinh",
// "HÀ TĨNH"), administrative prefixes and suffixes ("tỉnh Hà Tĩnh",
// "thành phố Hà Nội", "TP Hà Nội", "TP. Hà Nội", "Ho Chi Minh City"),
// any spacing or none around hyphens and between words ("Bà Rịa-Vũng Tàu",
// "Ba Ria - Vung Tau", "Daklak"), parenthesised remarks ("Hà Nội (cũ)"),
// the usual initialisms and variants ("TP.HCM", "TPHCM", "HCM", "TT-Huế",
// "BRVT", "Đắc Lắk", "Bắc Cạn"), and names of one unit joined by "/"
// across a rename ("Thua Thien Hue / Hue" → "Huế"). Units that no longer
// exist (Hà Tây, the 29 names merged away in 2025) resolve too: use
// ProvinceInYear to check a name against a year, MergedInto to follow it.
func CanonicalProvince(name string) (string, bool) {
	p, ok := registerOnce().lookup(name)
	return p.Name, ok
}

// LookupProvince is CanonicalProvince returning the whole register entry:
// the unit's years, its kind and its successor after the 2025 merger.
func LookupProvince(name string) (Province, bool) {
	return registerOnce().lookup(name)
}

// ProvinceInYear resolves name and checks that the unit existed at some
// time during year. A unit that was only renamed, with its territory
// unchanged, resolves to the name in force that year: "Huế" in 2019 is
// "Thừa Thiên Huế", "Thừa Thiên Huế" in 2025 is "Huế". Otherwise the
// error says why not: an unknown name, or the years the unit existed
// ("Hà Tây" in 2010 → it became part of Hà Nội on 1 August 2008).
func ProvinceInYear(name string, year int) (string, error) {
	r := registerOnce()
	p, ok := r.lookup(name)
	if !ok {
		return "", i18n.Errorf("%q is not a province or centrally-run city of Viet Nam", name)
	}
	if p.ExistedIn(year) {
		return p.Name, nil
	}
	if other, ok := r.renamed[p.Name]; ok && r.byName[other].ExistedIn(year) {
		return other, nil
	}
	switch {
	case p.From != 0 && year < p.From:
		return "", i18n.Errorf("%q (%s) did not exist in %d: it was created on %s", name, p.Name, year, p.Start.Format("2006-01-02"))
	default:
		return "", i18n.Errorf("%q (%s) did not exist in %d: it became part of %s on %s", name, p.Name, year, p.Successor, p.End.Format("2006-01-02"))
	}
}

// ProvincesIn lists, in Vietnamese alphabetical order, the canonical names
// of the units that existed on 1 January of year:
//
//   - 2004–2008: 64, with Hà Tây (it became part of Hà Nội on
//     1 August 2008; yearly series such as PCI 2008 still rank it);
//   - 2009–2024: 63;
//   - 2025: 63, with Huế in place of Thừa Thiên Huế — the merged units
//     began on 1 July 2025, so 2025 data may be by either set: ask
//     ProvincesOn for a day, or NewProvinces for the 34;
//   - 2026 on: the 34 units after the merger.
//
// Years before FirstRegisterYear give nil: the register does not record
// the boundaries of those years.
func ProvincesIn(year int) []string {
	if year < FirstRegisterYear {
		return nil
	}
	return ProvincesOn(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC))
}

// ProvincesOn lists, in Vietnamese alphabetical order, the canonical names
// of the units that existed on day t: ProvincesOn(2025-06-30) gives 63,
// ProvincesOn(2025-07-01) the 34 merged units. Days before 2004 give nil.
func ProvincesOn(t time.Time) []string {
	if t.Year() < FirstRegisterYear {
		return nil
	}
	var out []string
	for _, p := range registerOnce().sorted {
		if p.ExistsOn(t) {
			out = append(out, p.Name)
		}
	}
	return out
}

// OldProvinces lists the 63 units that existed before the 2025 merger
// (with Thừa Thiên Huế, as the merger file names it), in Vietnamese
// alphabetical order. The caller may modify the slice.
func OldProvinces() []string { return slices.Clone(registerOnce().old) }

// NewProvinces lists the 34 units that exist from 1 July 2025, in
// Vietnamese alphabetical order. The caller may modify the slice.
func NewProvinces() []string { return slices.Clone(registerOnce().new) }

// MergedInto follows a unit, given by any name or alias, across the
// mergers to the unit that covers its territory from 1 July 2025:
// "Hà Giang" → "Tuyên Quang", "Hà Tĩnh" → "Hà Tĩnh" (unchanged),
// "TT-Huế" → "Huế", "Hà Tây" → "Hà Nội" (merged in 2008). ok is false
// for a name that is not a province.
func MergedInto(oldName string) (string, bool) {
	p, ok := LookupProvince(oldName)
	if !ok {
		return "", false
	}
	return p.Successor, true
}

// MergedFrom lists, in Vietnamese alphabetical order, the pre-2025 units
// that formed a unit of the 2025 merger, given by any name or alias:
// "Tuyên Quang" → [Hà Giang, Tuyên Quang], "Huế" → [Thừa Thiên Huế],
// "Hà Tĩnh" → [Hà Tĩnh]. Hà Tây, merged into Hà Nội in 2008, is not
// listed for Hà Nội (use MergedInto for it). A name that is not one of
// the 34 units gives nil.
func MergedFrom(newName string) []string {
	r := registerOnce()
	p, ok := r.lookup(newName)
	if !ok {
		return nil
	}
	return slices.Clone(r.from[p.Name])
}
