package textfile

import "strings"

// formulaStarts are the first characters that make a spreadsheet (Excel,
// LibreOffice, Google Sheets) read a CSV cell as a formula or a command:
// = + - @, tab and carriage return (OWASP, "CSV injection").
const formulaStarts = "=+-@\t\r"

// FormulaLike reports whether a spreadsheet opening a CSV file would take
// text cell s for a formula.
func FormulaLike(s string) bool {
	return s != "" && strings.IndexByte(formulaStarts, s[0]) >= 0
}

// SafeCell returns text cell s as a CSV writer should write it: prefixed
// with a single quote when it starts like a formula ("=HYPERLINK(...)",
// "-5%", "@SUM(...)"), so that a spreadsheet shows it as text and never
// evaluates it; unchanged otherwise. Every CSV writer of cchc passes its
// text cells through SafeCell; numbers it formats itself (a negative
// value in a numeric column) are not text cells and are written as they
// are. Readers undo it with UnescapeCell, so that cchc reads back the
// text it wrote.
func SafeCell(s string) string {
	if FormulaLike(s) {
		return "'" + s
	}
	return s
}

// UnescapeCell undoes SafeCell: a cell that is a single quote followed by
// formula-like text loses the quote; any other cell is returned as it is.
func UnescapeCell(s string) string {
	if len(s) > 1 && s[0] == '\'' && FormulaLike(s[1:]) {
		return s[1:]
	}
	return s
}
