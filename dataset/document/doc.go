// Package document reads plan documents as files — Word (DOCX, and DOC
// through LibreOffice), PDF with a text layer (through poppler) or scanned
// (through Tesseract OCR), web pages saved from legal-text portals, and
// plain UTF-8 text — into one text model: paragraphs with their list
// labels as the reader sees them ("I.", "1.", "a)"), and tables as rows of
// cells with merged cells resolved. Every block keeps where it came from:
// the page and line of a PDF, the paragraph of a DOCX.
//
// Detect names a file's format from its content (magic bytes), never from
// its extension. Read turns the bytes into a *Document; Render lays the
// document out as the text lines that dataset/plandoc parses, tables one
// row a line ("| a | b | c |"), with a map from each line to its source.
//
// The external programs (pdftotext, pdftoppm, tesseract, soffice) are
// looked up on PATH and run with a time limit; a missing one gives an
// error that names the program and the Debian package that brings it.
package document
