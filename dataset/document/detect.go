package document

import (
	"archive/zip"
	"bytes"
	"unicode/utf8"
)

// Detect names the format of a file from its first bytes: a zip archive
// holding word/document.xml is DOCX, "%PDF-" is PDF, an OLE compound file
// is DOC, markup that opens with <!DOCTYPE html>, <html> or another HTML
// tag is HTML, and anything else that is valid UTF-8 without NUL bytes is
// text. A zip archive that is not a Word document (an XLSX, an ODT) and
// other binary data give FormatUnknown. data may be only the start of a
// file for every format but DOCX, which needs the whole archive to look
// inside.
func Detect(data []byte) Format {
	switch {
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		if isDOCX(data) {
			return FormatDOCX
		}
		return FormatUnknown
	case hasPDFMagic(data):
		return FormatPDF
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return FormatDOC
	case looksHTML(data):
		return FormatHTML
	case looksText(data):
		return FormatText
	}
	return FormatUnknown
}

// hasPDFMagic reports "%PDF-" within the first kilobyte (some files carry
// a few bytes of junk before it, which readers accept).
func hasPDFMagic(data []byte) bool {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	return bytes.Contains(head, []byte("%PDF-"))
}

// isDOCX reports whether a zip archive holds a Word main part.
func isDOCX(data []byte) bool {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		// A damaged archive that still names word/ parts early on is
		// reported as DOCX so that the reader explains what is wrong.
		return bytes.Contains(data[:min(len(data), 4096)], []byte("word/"))
	}
	for _, f := range zr.File {
		if f.Name == "word/document.xml" || f.Name == "word/document2.xml" {
			return true
		}
	}
	return false
}

// looksHTML reports a document that opens (after white space, a
// byte-order mark and comments) with a doctype or an HTML tag.
func looksHTML(data []byte) bool {
	head := data
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if !bytes.HasPrefix(head, []byte("<")) {
		// Markup opens with '<', which no other rune lower-cases to: a
		// text is told apart without lower-casing its first kilobytes.
		return false
	}
	head = bytes.ToLower(head)
	for bytes.HasPrefix(head, []byte("<!--")) || bytes.HasPrefix(head, []byte("<?xml")) {
		end := bytes.Index(head, []byte(">"))
		if end < 0 {
			return false
		}
		head = bytes.TrimLeft(head[end+1:], " \t\r\n")
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<div", "<table", "<p>", "<p "} {
		if bytes.HasPrefix(head, []byte(p)) {
			return true
		}
	}
	return false
}

// looksText reports UTF-8 (allowing a character cut at the end of a
// partial read) without NUL bytes, or UTF-16 with a byte-order mark.
func looksText(data []byte) bool {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return true
	}
	if bytes.IndexByte(data, 0) >= 0 {
		return false
	}
	if utf8.Valid(data) {
		return true
	}
	// A read cut in the middle of a character.
	for cut := 1; cut <= 3 && cut < len(data); cut++ {
		if utf8.Valid(data[:len(data)-cut]) {
			return true
		}
	}
	return false
}
