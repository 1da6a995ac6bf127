package dossier

import "bytes"

// csvRecordsEnd returns a cutter for recordChunker: the length of the
// longest prefix of b made of whole records as encoding/csv reads them
// with Comma = comma, LazyQuotes off and no comment character, b starting
// at a record's start. Records end where encoding/csv ends them, also
// after a syntax error (the rest of the line is dropped), so a
// csv.Reader over each chunk reads the same records, errors and (offset
// by the chunk's first line) line numbers as one over the whole stream.
// FuzzCSVRecordsEnd checks this against encoding/csv.
func csvRecordsEnd(comma byte) func([]byte) int {
	return func(b []byte) int {
		end := 0
		for end < len(b) {
			n := csvRecordLen(b[end:], comma)
			if n < 0 {
				break
			}
			end += n
		}
		return end
	}
}

// csvRecordLen returns the length of the record at the start of b, with
// its final newline, or -1 when b ends before the record does. An empty
// line counts as a record (encoding/csv skips it).
func csvRecordLen(b []byte, comma byte) int {
	nl := bytes.IndexByte(b, '\n')
	if nl < 0 {
		return -1
	}
	if bytes.IndexByte(b[:nl], '"') < 0 {
		return nl + 1 // the common case: no quote on the line
	}
	pos := 0
	for {
		// pos is at the start of a field.
		if pos >= len(b) || b[pos] != '"' {
			lineEnd := pos + bytes.IndexByte(b[pos:], '\n')
			if lineEnd < pos {
				return -1
			}
			i := bytes.IndexByte(b[pos:lineEnd], comma)
			field := b[pos:lineEnd]
			if i >= 0 {
				field = b[pos : pos+i]
			}
			if i < 0 || bytes.IndexByte(field, '"') >= 0 {
				return lineEnd + 1 // end of line, or a bare quote: the line ends the record
			}
			pos += i + 1
			continue
		}
		next, ok := csvQuotedFieldEnd(b, pos+1, comma)
		if next < 0 {
			return -1
		}
		if !ok {
			return next // the record ends with the line
		}
		pos = next
	}
}

// csvQuotedFieldEnd scans a quoted field whose text starts at pos. It
// returns the start of the next field and true after `",`; the end of
// the record and false after `"` and the line's end, or after an invalid
// quote (the rest of the line is dropped); -1 when b ends first.
func csvQuotedFieldEnd(b []byte, pos int, comma byte) (int, bool) {
	for {
		q := bytes.IndexByte(b[pos:], '"')
		if q < 0 {
			return -1, false
		}
		pos += q + 1
		switch {
		case pos >= len(b):
			return -1, false
		case b[pos] == '"':
			pos++ // "" is a quote
		case b[pos] == comma:
			return pos + 1, true
		case b[pos] == '\n':
			return pos + 1, false
		case b[pos] == '\r' && pos+1 >= len(b):
			return -1, false
		case b[pos] == '\r' && b[pos+1] == '\n':
			return pos + 2, false
		default:
			// An invalid quote: encoding/csv drops the rest of the line.
			nl := bytes.IndexByte(b[pos:], '\n')
			if nl < 0 {
				return -1, false
			}
			return pos + nl + 1, false
		}
	}
}
