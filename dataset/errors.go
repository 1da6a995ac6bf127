package dataset

import (
	"errors"
	"fmt"
	"strings"
)

// Errors a reader wraps; test for them with errors.Is.
var (
	// ErrEmptyFile: the file has no header line.
	ErrEmptyFile = errors.New("the file is empty (no header line)")
	// ErrNotUTF8: the file is not UTF-8 text.
	ErrNotUTF8 = errors.New("the file is not UTF-8")
	// ErrMissingColumn: a column the table kind requires is not in the header.
	ErrMissingColumn = errors.New("required column missing")
	// ErrDuplicateColumn: two header cells name the same column.
	ErrDuplicateColumn = errors.New("duplicated column")
	// ErrUnknownKind: the columns do not say which kind of table the file holds.
	ErrUnknownKind = errors.New("cannot tell which table the file holds")
	// ErrFormat: the file's format cannot be told from its name, or its content does not match it.
	ErrFormat = errors.New("unknown or unreadable file format")
)

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
	if e.Line > 0 {
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
}

// String formats the rejected row as "file:line: column "x": reason".
func (r RejectedRow) String() string {
	if r.Column != "" {
		return fmt.Sprintf("%s:%d: column %q: %s", r.File, r.Line, r.Column, r.Reason)
	}
	return fmt.Sprintf("%s:%d: %s", r.File, r.Line, r.Reason)
}
