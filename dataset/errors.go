package dataset

import (
	"fmt"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Errors a reader wraps; test for them with errors.Is.
var (
	// ErrEmptyFile: the file has no header line.
	ErrEmptyFile = i18n.New("the file is empty (no header line)")
	// ErrNotUTF8: the file is not UTF-8 text.
	ErrNotUTF8 = i18n.New("the file is not UTF-8")
	// ErrMissingColumn: a column the table kind requires is not in the header.
	ErrMissingColumn = i18n.New("required column missing")
	// ErrDuplicateColumn: two header cells name the same column.
	ErrDuplicateColumn = i18n.New("duplicated column")
	// ErrUnknownKind: the columns do not say which kind of table the file holds.
	ErrUnknownKind = i18n.New("cannot tell which table the file holds")
	// ErrFormat: the file's format cannot be told from its name, or its content does not match it.
	ErrFormat = i18n.New("unknown or unreadable file format")
)

// ReasonBlank is the RejectedRow.Reason of a row whose required column
// is blank: a row of a filled template whose value was left empty, which
// a caller may read as "no data".
const ReasonBlank = "required value is blank"

// reasonBlank is ReasonBlank as a reason the reader gives.
var reasonBlank = i18n.Textf(ReasonBlank)

// ParseError is an error reading a file as a whole (as opposed to one
// rejected row), in the style of encoding/csv's ParseError: it names the
// file, the 1-based line, the 1-based column number and the column's name
// where they are known.
type ParseError struct {
	// File is the file name as given to the reader.
	File string
	// Line is the 1-based line (for Parquet and Arrow files, the row number
	// counting the header as 1; 0 when the error is about the whole file).
	Line int
	// Column is the 1-based column number, 0 when not about one column.
	Column int
	// Field is the column's name as written in the header, if any.
	Field string
	// Sheet is the worksheet of a workbook, empty for other files.
	Sheet string
	// Cell is the cell of a workbook ("C12") the error is about, if any.
	Cell string
	// Err is the cause.
	Err error
}

// Error implements error: "file.csv:3: column 2 (\"province\"): cause".
func (e *ParseError) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l: the words sheet, row and
// column, and the cause, translated; names as they are.
func (e *ParseError) In(l i18n.Lang) string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	switch {
	case e.Sheet != "":
		b.WriteString(": " + sheetPlace(l, e.Sheet, e.Cell, e.Line))
	case e.Line > 0:
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	switch {
	case e.Column > 0 && e.Field != "":
		b.WriteString(i18n.Textf("column %d (%q): ", e.Column, e.Field).In(l))
	case e.Column > 0:
		b.WriteString(i18n.Textf("column %d: ", e.Column).In(l))
	case e.Field != "":
		b.WriteString(i18n.Textf("column %q: ", e.Field).In(l))
	}
	if e.Err != nil {
		b.WriteString(i18n.ErrorIn(e.Err, l))
	}
	return b.String()
}

// sheetPlace names a place in a worksheet in the language l: "sheet S,
// C12" for a cell, "sheet S, row 12" for a row (row > 0), else "sheet S".
func sheetPlace(l i18n.Lang, sheet, cell string, row int) string {
	switch {
	case cell != "":
		return i18n.Textf("sheet %s, %s", sheet, cell).In(l)
	case row > 0:
		return i18n.Textf("sheet %s, row %d", sheet, row).In(l)
	}
	return i18n.Textf("sheet %s", sheet).In(l)
}

// Unwrap returns the cause.
func (e *ParseError) Unwrap() error { return e.Err }

// RejectedRow is an input row that could not be read into the table, with
// the reason. Every input row ends up either in the table or here.
type RejectedRow struct {
	// File is the file name as given to the reader.
	File string
	// Line is the 1-based line where the row starts (for Parquet and Arrow
	// files, the row number counting the header as 1; for JSON, the line
	// where the record's object starts).
	Line int
	// Column is the header name of the column at fault, empty when the
	// fault is the row's shape (too many or too few fields, a blank row).
	Column string
	// Reason says what is wrong, in words.
	Reason string
	// Raw is the row as it stood in the input (without the line break),
	// cut at 1000 bytes.
	Raw string
	// Sheet is the worksheet of a workbook (Line is then the sheet's row
	// number), empty for other files.
	Sheet string
	// Cell is the workbook cell at fault ("C12"), empty when the fault is
	// the row's or the file is not a workbook.
	Cell string
	// why is Reason as the reader made it, kept to be written in another
	// language (ReasonIn); nil for a row made elsewhere.
	why i18n.Text
}

// ReasonIn returns Reason in the language l. A row made outside this
// package's readers (or whose Reason was changed) gives Reason as it is.
func (r RejectedRow) ReasonIn(l i18n.Lang) string {
	if l == i18n.EN || r.why == nil || r.why.In(i18n.EN) != r.Reason {
		return r.Reason
	}
	return r.why.In(l)
}

// Where says where the row stands: "file:line", or "file: sheet S, C12"
// (or "…, row 12") for a workbook.
func (r RejectedRow) Where() string { return r.WhereIn(i18n.EN) }

// WhereIn is Where in the language l.
func (r RejectedRow) WhereIn(l i18n.Lang) string {
	switch {
	case r.Sheet != "" && r.Cell != "":
		return r.File + ": " + i18n.Textf("sheet %s, %s", r.Sheet, r.Cell).In(l)
	case r.Sheet != "":
		return r.File + ": " + i18n.Textf("sheet %s, row %d", r.Sheet, r.Line).In(l)
	}
	return fmt.Sprintf("%s:%d", r.File, r.Line)
}

// String formats the rejected row as "file:line: column "x": reason", or
// for a workbook "file: sheet S, C12: column "x": reason".
func (r RejectedRow) String() string { return r.In(i18n.EN) }

// In is String in the language l.
func (r RejectedRow) In(l i18n.Lang) string {
	if r.Column != "" {
		return r.WhereIn(l) + ": " + i18n.Textf("column %q: ", r.Column).In(l) + r.ReasonIn(l)
	}
	return r.WhereIn(l) + ": " + r.ReasonIn(l)
}
