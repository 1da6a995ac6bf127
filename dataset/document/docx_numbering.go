package document

import (
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
)

// xmlUnmarshal decodes XML without fetching anything and without a
// charset other than UTF-8 (a DOCX part is UTF-8 or UTF-16 by the
// standard; UTF-16 parts are refused).
func xmlUnmarshal(data []byte, v any) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = false
	dec.CharsetReader = nil
	return dec.Decode(v)
}

type xVal struct {
	Val string `xml:"val,attr"`
}

type xLvl struct {
	Ilvl    string `xml:"ilvl,attr"`
	Start   *xVal  `xml:"start"`
	NumFmt  *xVal  `xml:"numFmt"`
	LvlText *xVal  `xml:"lvlText"`
	IsLgl   *xVal  `xml:"isLgl"`
}

type xNumbering struct {
	Abstracts []struct {
		ID   string `xml:"abstractNumId,attr"`
		Lvls []xLvl `xml:"lvl"`
	} `xml:"abstractNum"`
	Nums []struct {
		ID       string `xml:"numId,attr"`
		Abstract xVal   `xml:"abstractNumId"`
		Over     []struct {
			Ilvl  string `xml:"ilvl,attr"`
			Start *xVal  `xml:"startOverride"`
			Lvl   *xLvl  `xml:"lvl"`
		} `xml:"lvlOverride"`
	} `xml:"num"`
}

const numLevels = 9

// numLevel is one level of a list: its first number, its number format
// and its label text ("%1.", "%1.%2", "a)" as "%1)").
type numLevel struct {
	start  int
	format string
	text   string
	legal  bool // isLgl: the numbers of upper levels in decimal
}

// numDef is a list instance (w:num): its abstract list and overrides.
type numDef struct {
	abstract string
	levels   [numLevels]*numLevel // overriding levels, nil when none
	restart  [numLevels]int       // startOverride+1, 0 when none
	started  [numLevels]bool
}

// numCounters are the running numbers of an abstract list, shared by
// the list instances that use it.
type numCounters struct {
	val [numLevels]int
	set [numLevels]bool
}

// numbering renders the list labels of a DOCX as Word shows them.
type numbering struct {
	abstracts map[string]*[numLevels]*numLevel
	nums      map[string]*numDef
	counters  map[string]*numCounters
}

func parseNumbering(data []byte) (*numbering, error) {
	n := &numbering{abstracts: map[string]*[numLevels]*numLevel{}, nums: map[string]*numDef{}, counters: map[string]*numCounters{}}
	if data == nil {
		return n, nil
	}
	var x xNumbering
	if err := xmlUnmarshal(data, &x); err != nil {
		return n, err
	}
	for _, a := range x.Abstracts {
		var lv [numLevels]*numLevel
		for _, l := range a.Lvls {
			if i, ok := levelIndex(l.Ilvl); ok {
				lv[i] = newNumLevel(l)
			}
		}
		n.abstracts[a.ID] = &lv
	}
	for _, x := range x.Nums {
		d := &numDef{abstract: x.Abstract.Val}
		for _, o := range x.Over {
			i, ok := levelIndex(o.Ilvl)
			if !ok {
				continue
			}
			if o.Lvl != nil {
				d.levels[i] = newNumLevel(*o.Lvl)
			}
			if o.Start != nil {
				if s, err := strconv.Atoi(o.Start.Val); err == nil && s >= 0 {
					d.restart[i] = s + 1
				}
			}
		}
		n.nums[x.ID] = d
	}
	return n, nil
}

func levelIndex(s string) (int, bool) {
	i, err := strconv.Atoi(strings.TrimSpace(s))
	return i, err == nil && i >= 0 && i < numLevels
}

func newNumLevel(l xLvl) *numLevel {
	lv := &numLevel{start: 1, format: "decimal"}
	if l.Start != nil {
		if s, err := strconv.Atoi(l.Start.Val); err == nil && s >= 0 && s < 1e6 {
			lv.start = s
		}
	}
	if l.NumFmt != nil {
		lv.format = l.NumFmt.Val
	}
	if l.LvlText != nil {
		lv.text = l.LvlText.Val
	}
	lv.legal = l.IsLgl != nil && l.IsLgl.Val != "0" && l.IsLgl.Val != "false"
	return lv
}

// level returns the definition of level i of a list instance.
func (n *numbering) level(d *numDef, i int) *numLevel {
	if d.levels[i] != nil {
		return d.levels[i]
	}
	if a := n.abstracts[d.abstract]; a != nil && a[i] != nil {
		return a[i]
	}
	return nil
}

// label advances the counter of list numID at level ilvl and returns the
// label of the paragraph, "" when the list is unknown or numbers nothing.
func (n *numbering) label(numID string, ilvl int) string {
	d := n.nums[numID]
	if d == nil || numID == "0" || ilvl < 0 || ilvl >= numLevels {
		return ""
	}
	lv := n.level(d, ilvl)
	if lv == nil {
		return ""
	}
	c := n.counters[d.abstract]
	if c == nil {
		c = &numCounters{}
		n.counters[d.abstract] = c
	}
	switch {
	case d.restart[ilvl] > 0 && !d.started[ilvl]:
		c.val[ilvl] = d.restart[ilvl] - 1
	case !c.set[ilvl]:
		c.val[ilvl] = lv.start
	default:
		c.val[ilvl]++
	}
	d.started[ilvl] = true
	c.set[ilvl] = true
	for j := ilvl + 1; j < numLevels; j++ {
		c.set[j] = false
	}
	if lv.format == "bullet" {
		return bulletLabel(lv.text)
	}
	return n.expand(d, c, lv, ilvl)
}

// expand replaces %1..%9 in a level's text by the numbers of the levels.
func (n *numbering) expand(d *numDef, c *numCounters, lv *numLevel, ilvl int) string {
	var b strings.Builder
	t := lv.text
	for i := 0; i < len(t); i++ {
		if t[i] == '%' && i+1 < len(t) && t[i+1] >= '1' && t[i+1] <= '9' {
			k := int(t[i+1] - '1')
			i++
			other := n.level(d, k)
			val := c.val[k]
			if !c.set[k] && other != nil {
				val = other.start
			}
			format := "decimal"
			if other != nil && !(lv.legal && k < ilvl) {
				format = other.format
			}
			b.WriteString(formatNumber(val, format))
			continue
		}
		b.WriteByte(t[i])
	}
	return strings.TrimSpace(b.String())
}

// bulletLabel renders a bullet: the dash or plus Vietnamese documents use
// stays, a symbol-font character (private use area) or an empty bullet
// becomes "-".
func bulletLabel(text string) string {
	t := strings.TrimSpace(text)
	switch t {
	case "-", "+", "•", "*":
		return t
	case "–", "—", "":
		return "-"
	}
	for _, r := range t {
		if r >= 0xE000 && r <= 0xF8FF {
			return "-"
		}
	}
	return t
}

// formatNumber writes n in a Word number format.
func formatNumber(n int, format string) string {
	switch format {
	case "upperRoman":
		return roman(n)
	case "lowerRoman":
		return strings.ToLower(roman(n))
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "none":
		return ""
	}
	return strconv.Itoa(n)
}

// letters writes n as Word does: a..z, then aa..zz, then aaa...
func letters(n int, base rune) string {
	if n <= 0 {
		return strconv.Itoa(n)
	}
	k := (n-1)/26 + 1
	if k > 10 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(base+rune((n-1)%26)), k)
}

// roman writes n in Roman numerals; 0, negatives and numbers over 3999
// stay decimal.
func roman(n int) string {
	if n <= 0 || n > 3999 {
		return strconv.Itoa(n)
	}
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range vals {
		for n >= v {
			b.WriteString(syms[i])
			n -= v
		}
	}
	return b.String()
}

// styleNum is the numbering a paragraph style gives its paragraphs.
type styleNum struct {
	basedOn string
	numID   string
	ilvl    string
}

func parseStyles(data []byte) map[string]styleNum {
	out := map[string]styleNum{}
	if data == nil {
		return out
	}
	var x struct {
		Styles []struct {
			ID      string `xml:"styleId,attr"`
			BasedOn *xVal  `xml:"basedOn"`
			NumPr   *struct {
				Ilvl  *xVal `xml:"ilvl"`
				NumID *xVal `xml:"numId"`
			} `xml:"pPr>numPr"`
		} `xml:"style"`
	}
	if xmlUnmarshal(data, &x) != nil {
		return out
	}
	for _, s := range x.Styles {
		var sn styleNum
		if s.BasedOn != nil {
			sn.basedOn = s.BasedOn.Val
		}
		if s.NumPr != nil {
			if s.NumPr.NumID != nil {
				sn.numID = s.NumPr.NumID.Val
			}
			if s.NumPr.Ilvl != nil {
				sn.ilvl = s.NumPr.Ilvl.Val
			}
		}
		out[s.ID] = sn
	}
	return out
}

// styleNumbering returns the list a style (or the styles it is based on)
// numbers its paragraphs with.
func styleNumbering(styles map[string]styleNum, id string) (numID, ilvl string) {
	for depth := 0; depth < 16 && id != ""; depth++ {
		s, ok := styles[id]
		if !ok {
			break
		}
		if s.numID != "" {
			return s.numID, s.ilvl
		}
		id = s.basedOn
	}
	return "", ""
}
