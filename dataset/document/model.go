package document

import (
	"fmt"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Format is a document format recognised from a file's content.
type Format string

// The formats Detect recognises.
const (
	FormatText    Format = "text" // UTF-8 (or UTF-16 with a byte-order mark) plain text
	FormatDOCX    Format = "docx" // Word 2007+ (Office Open XML)
	FormatPDF     Format = "pdf"
	FormatDOC     Format = "doc"  // Word 97–2003 (OLE compound file)
	FormatHTML    Format = "html" // a saved web page
	FormatUnknown Format = ""     // binary data of no supported format
)

// BlockKind tells a paragraph from a table.
type BlockKind int

// Block kinds.
const (
	Paragraph BlockKind = iota
	Table
)

// Loc is where a block or a rendered line came from. Page and Line are
// 1-based for a PDF (Line counts the text lines of the page); Para is the
// 1-based paragraph (or table) of a DOCX body, in document order. Zero
// fields are unknown.
type Loc struct {
	// Page is the 1-based page of a PDF.
	Page int
	// Line is the 1-based line on the page of a PDF.
	Line int
	// Para is the 1-based block of a DOCX or HTML body.
	Para int
}

// String writes the location as "page 3, line 12" or "paragraph 40".
func (l Loc) String() string {
	switch {
	case l.Page > 0 && l.Line > 0:
		return fmt.Sprintf("page %d, line %d", l.Page, l.Line)
	case l.Page > 0:
		return fmt.Sprintf("page %d", l.Page)
	case l.Para > 0:
		return fmt.Sprintf("paragraph %d", l.Para)
	}
	return ""
}

// Cell is one cell of a table row. A cell covered by a merged cell (a
// vertical merge in Word, a row span in HTML) holds the merged cell's text
// and has Covered set; a horizontal merge repeats the cell in each grid
// column it spans, with Spanned set on the repeats.
type Cell struct {
	// Text is the cell's paragraphs joined by a space, list labels included.
	Text string
	// Covered marks a cell covered by a merged cell of a row above.
	Covered bool
	// Spanned marks a cell covered by a merged cell to its left.
	Spanned bool
}

// Block is a paragraph or a table.
type Block struct {
	// Kind is Paragraph or Table.
	Kind BlockKind
	// Label is a paragraph's list label as the reader sees it ("I.", "1.",
	// "a)", "-"), empty when none.
	Label string
	// Text is a paragraph's text; line breaks within it are "\n".
	Text string
	// Rows are a table's rows, every row as wide as the table's grid.
	Rows [][]Cell
	// Source is where the block starts.
	Source Loc
	// RowSource is where each row of a table starts (PDF tables).
	RowSource []Loc

	cont      bool // a PDF table going on from the page before
	openEnd   bool // a PDF paragraph that runs to the foot of its page
	pageStart bool // a PDF paragraph that opens its page
}

// Note is a remark about how a document was read, for the findings of the
// plan parsed from it: text recovered by OCR and its confidence, pages
// without text, parts that were left out.
type Note struct {
	// Kind is a machine id: "ocr_text", "no_text_page", "docx_part_skipped".
	Kind string
	// Message says what happened, in words, in English.
	Message string
	// Text is the same message, to be written in the reader's language
	// (Text.In(lang)).
	Text i18n.Msg
	// Page is the 1-based page the note is about, 0 for the whole document.
	Page int
}

// newNote returns a note of the kind on the page (0: the whole document)
// whose Message is text in English.
func newNote(kind string, page int, text i18n.Msg) Note {
	return Note{Kind: kind, Page: page, Message: text.String(), Text: text}
}

// Document is a file's text as blocks, with notes on the reading.
type Document struct {
	// Name identifies the file in errors and notes.
	Name string
	// Format is the format the content was read as.
	Format Format
	// Pages is the number of pages (PDF), 0 when unknown.
	Pages int
	// Blocks are the paragraphs and tables in reading order.
	Blocks []Block
	// Notes are remarks on the reading (OCR, skipped parts).
	Notes []Note
}

// HasText reports whether any block holds text other than white space.
func (d *Document) HasText() bool {
	for _, b := range d.Blocks {
		if strings.TrimSpace(b.Text) != "" {
			return true
		}
		for _, r := range b.Rows {
			for _, c := range r {
				if strings.TrimSpace(c.Text) != "" {
					return true
				}
			}
		}
	}
	return false
}

// Error reports a file that cannot be read: it names the file, the part
// (a DOCX part such as "word/document.xml", a PDF page, a program) and
// wraps the cause.
type Error struct {
	// File is the name the input was given.
	File string
	// Part is the part of the file, or the program, involved; may be empty.
	Part string
	// Err is the cause.
	Err error
}

// Error implements error.
func (e *Error) Error() string { return e.In(i18n.EN) }

// In returns the error in the language l (names of parts and programs
// stay as they are).
func (e *Error) In(l i18n.Lang) string {
	if e.Part != "" {
		return fmt.Sprintf("%s: %s: %s", e.File, partName(l, e.Part), i18n.ErrorIn(e.Err, l))
	}
	return fmt.Sprintf("%s: %s", e.File, i18n.ErrorIn(e.Err, l))
}

// partName returns the name of a part of a file in the language l: the
// words "zip archive" and "page N" are translated, names of parts
// ("word/document.xml") and programs are not.
func partName(l i18n.Lang, part string) string {
	var page int
	if n, err := fmt.Sscanf(part, "page %d", &page); n == 1 && err == nil && fmt.Sprint("page ", page) == part {
		return i18n.Textf("page %d", page).In(l)
	}
	if part == "zip archive" {
		return i18n.Textf("zip archive").In(l)
	}
	return part
}

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }
