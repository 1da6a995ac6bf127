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
func (e *ParseError) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
	} else {
		b.WriteString("<input>")
	}
	switch {
	case e.Sheet != "" && e.Cell != "":
		fmt.Fprintf(&b, ": sheet %s, %s", e.Sheet, e.Cell)
	case e.Sheet != "" && e.Line > 0:
		fmt.Fprintf(&b, ": sheet %s, row %d", e.Sheet, e.Line)
	case e.Sheet != "":
		fmt.Fprintf(&b, ": sheet %s", e.Sheet)
	case e.Line > 0:
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	switch {
	case e.Column > 0 && e.Field != "":
		fmt.Fprintf(&b, "column %d (%q): ", e.Column, e.Field)
	case e.Column > 0:
		fmt.Fprintf(&b, "column %d: ", e.Column)
	case e.Field != "":
		fmt.Fprintf(&b, "column %q: ", e.Field)
	}
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	}
	return b.String()
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
}

// Where says where the row stands: "file:line", or "file: sheet S, C12"
// (or "…, row 12") for a workbook.
func (r RejectedRow) Where() string {
	switch {
	case r.Sheet != "" && r.Cell != "":
		return fmt.Sprintf("%s: sheet %s, %s", r.File, r.Sheet, r.Cell)
	case r.Sheet != "":
		return fmt.Sprintf("%s: sheet %s, row %d", r.File, r.Sheet, r.Line)
	}
	return fmt.Sprintf("%s:%d", r.File, r.Line)
}

// String formats the rejected row as "file:line: column "x": reason", or
// for a workbook "file: sheet S, C12: column "x": reason".
func (r RejectedRow) String() string {
	if r.Sheet != "" {
		if r.Column != "" {
			return fmt.Sprintf("%s: column %q: %s", r.Where(), r.Column, r.Reason)
		}
		return fmt.Sprintf("%s: %s", r.Where(), r.Reason)
	}
	if r.Column != "" {
		return fmt.Sprintf("%s:%d: column %q: %s", r.File, r.Line, r.Column, r.Reason)
	}
	return fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Reason)
}
