package dataset

import (
	"math"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/xuri/excelize/v2"
)

// excelErrors are the values a formula shows when it fails.
var excelErrors = map[string]bool{
	"#NULL!": true, "#DIV/0!": true, "#VALUE!": true, "#REF!": true, "#NAME?": true,
	"#NUM!": true, "#N/A": true, "#GETTING_DATA": true, "#SPILL!": true, "#CALC!": true,
}

// style returns the number format of a cell.
func (wb *workbook) style(c xlsxCell) cellStyle {
	if c.s > 0 && c.s < len(wb.styles) {
		return wb.styles[c.s]
	}
	return cellStyle{decimals: -1}
}

// cellInput turns a cell into the input of a reader for column c: text
// cells as text (parsed by the column's rules, as in a CSV file), numbers,
// booleans and dates typed, so that a year, a count or a value needs no
// parsing and a percent-formatted 0.985 reads as the 98.5% it shows. A
// non-empty reason rejects the row.
func (wb *workbook) cellInput(cell xlsxCell, c *colSpec) (input, i18n.Text) {
	switch cell.t {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(cell.v))
		if err != nil || i < 0 || i >= len(wb.strings) {
			return input{}, i18n.Textf("shared string %q is not in the workbook's table of strings (a damaged file)", cell.v)
		}
		return input{text: wb.strings[i]}, nil
	case "inlineStr", "str":
		return errorOrText(cell)
	case "b":
		switch strings.TrimSpace(cell.v) {
		case "1", "true":
			return input{typed: 'b', b: true}, nil
		case "0", "false":
			return input{typed: 'b', b: false}, nil
		case "":
			return input{null: true}, nil
		}
		return input{}, i18n.Textf("boolean cell holds %q", cell.v)
	case "e":
		return input{}, formulaErrorReason(cell.v)
	case "d":
		return dateInput(c, cell.v), nil
	case "", "n":
		return wb.numberInput(cell, c)
	}
	return input{}, i18n.Textf("unknown cell type %q", cell.t)
}

// errorOrText reads a text cell; the text a failed formula shows is an error.
func errorOrText(cell xlsxCell) (input, i18n.Text) {
	if cell.formula && excelErrors[strings.TrimSpace(cell.v)] {
		return input{}, formulaErrorReason(cell.v)
	}
	return input{text: cell.v}, nil
}

func formulaErrorReason(v string) i18n.Text {
	return i18n.Textf("the formula gives the error %s: fix it in the workbook (or type the value)", strings.TrimSpace(v))
}

// dateInput reads an ISO date-time cell (t="d") for column c.
func dateInput(c *colSpec, v string) input {
	v = strings.TrimSpace(v)
	if c.rule == ruleYear && len(v) >= 4 {
		return input{text: v[:4]}
	}
	if len(v) >= 10 && (c.rule == ruleDate || c.typ == colString || c.typ == colDict) {
		return input{text: v[:10]}
	}
	return input{text: v}
}

// numberInput reads a number cell for column c, by its number format.
func (wb *workbook) numberInput(cell xlsxCell, c *colSpec) (input, i18n.Text) {
	v := strings.TrimSpace(cell.v)
	if v == "" {
		return input{null: true}, nil
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil || math.IsInf(f, 0) || math.IsNaN(f) {
		return input{}, i18n.Textf("number cell holds %q (a damaged file)", cell.v)
	}
	st := wb.style(cell)
	textCol := c.typ == colString || c.typ == colDict || c.typ == colStrings
	switch {
	case st.date:
		return wb.serialDateInput(f, c)
	case st.percent && c.typ == colFloat && c.name != "attainment":
		// What the user sees and means: 98.5%, in a column of percents.
		return input{text: formatFloat(roundSignificant(f*100, 12)) + "%"}, nil
	case st.percent && textCol:
		return input{text: formatFloat(roundSignificant(f*100, 12)) + "%"}, nil
	case textCol && st.decimals > 0:
		// A code typed as a number shows its format's decimals: 2.10.
		return input{text: strconv.FormatFloat(f, 'f', st.decimals, 64)}, nil
	case textCol:
		return input{text: formatFloat(roundSignificant(f, 15))}, nil
	}
	return input{typed: 'n', num: f}, nil
}

// serialDateInput reads a number shown as a date (an Excel serial date).
func (wb *workbook) serialDateInput(f float64, c *colSpec) (input, i18n.Text) {
	if f < 0 || f > 2958465 {
		return input{}, i18n.Textf("%v is not a date Excel can show", f)
	}
	t, err := excelize.ExcelDateToTime(f, wb.date1904)
	if err != nil {
		return input{}, i18n.Textf("%v is not a date Excel can show", f)
	}
	day := t.Format("2006-01-02")
	switch {
	case c.rule == ruleYear:
		return input{typed: 'n', num: float64(t.Year())}, nil
	case c.typ == colFloat || c.typ == colInt || c.typ == colBool || c.typ == colInts:
		return input{}, i18n.Textf("the cell is a date (%s), not a number", t.Format("02/01/2006"))
	}
	return input{text: day}, nil
}

// roundSignificant rounds v to n significant digits, dropping the binary
// noise of a product such as 0.985 × 100.
func roundSignificant(v float64, n int) float64 {
	if v == 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', n, 64), 64)
	if err != nil {
		return v
	}
	return r
}

// cellDisplay is the text of a cell as a header or a message shows it.
func (wb *workbook) cellDisplay(cell xlsxCell) string {
	in, reason := wb.cellInput(cell, &colSpec{typ: colString})
	if reason != nil {
		return strings.TrimSpace(cell.v)
	}
	return in.display()
}
