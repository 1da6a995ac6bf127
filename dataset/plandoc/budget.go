package plandoc

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
)

var (
	// bgBare is a cell that is only a number: "380", "1.500", "2,5".
	bgBare = regexp.MustCompile(`^\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s*$`)
	// bgUnit is a number followed by a money unit anywhere in the cell.
	bgUnit = regexp.MustCompile(`(?i)(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)\s*(triệu đồng|triệu|tr\.?đ|trđ|tỷ đồng|tỷ|nghìn đồng|ngàn đồng|nghìn|ngàn|đồng|vnđ|vnd|usd)(?:[\s.,;:)/]|$)`)
)

// ParseBudget reads a budget cell. Text is the cell as written (tags
// removed, white space collapsed). Amount is set when the cell is a bare
// number ("380", "1.500" = 1500, "2,5" = 2.5) or states an amount with a
// money unit ("50 triệu đồng"); Unit is then the unit as the document
// writes it ("triệu đồng"), and stays empty for a bare number unless
// headerUnit (the unit a column header states, e.g. "Kinh phí (triệu
// đồng)") is given. Cells that name a source instead of an amount ("Kinh
// phí thường xuyên", "Theo dự toán được cấp", "Thông tư số 92/2021/TT-BTC
// ...") have a nil Amount.
func ParseBudget(text, headerUnit string) dataset.Budget {
	t := joinFields(vntext.NFC(cellStripTags(text)))
	b := dataset.Budget{Text: t}
	if !strings.ContainsAny(t, "0123456789") {
		return b // no amount, and nothing the regexps below can match
	}
	// A bare number; t has no space around it to skip.
	if m := bgBareAt(t); m != nil {
		if v, ok := bgNumber(m[1]); ok {
			b.Amount = &v
			b.Unit = strings.TrimSpace(headerUnit)
		}
		return b
	}
	if m := bgUnit.FindStringSubmatch(t); m != nil {
		if v, ok := bgNumber(m[1]); ok {
			b.Amount = &v
			b.Unit = m[2]
		}
	}
	return b
}

// bgBareAt returns bgBare's submatches of t, whose first byte is not a
// space; nil when t does not start with a digit, without the regexp.
func bgBareAt(t string) []string {
	if t == "" || !isDigit(t[0]) {
		return nil
	}
	return bgBare.FindStringSubmatch(t)
}

// bgNumber parses a number written the Vietnamese way: dots group
// thousands, a comma marks decimals ("1.500,5"); a lone dot or comma
// dot followed by three digits groups thousands ("1.500"), any other lone
// dot or comma is a decimal mark ("2.5", "2,5", "1,500" = 1.5).
func bgNumber(s string) (float64, bool) {
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots > 0 && commas > 0:
		if strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
			s = strings.ReplaceAll(s, ".", "")
			s = strings.Replace(s, ",", ".", 1)
		} else {
			s = strings.ReplaceAll(s, ",", "")
		}
	case dots > 1:
		s = strings.ReplaceAll(s, ".", "")
	case commas > 1:
		s = strings.ReplaceAll(s, ",", "")
	case dots == 1:
		if len(s)-strings.Index(s, ".")-1 == 3 {
			s = strings.ReplaceAll(s, ".", "")
		}
	case commas == 1:
		s = strings.Replace(s, ",", ".", 1)
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}
