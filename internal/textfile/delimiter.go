package textfile

import "bytes"

// delimiters are the field separators Delimiter recognises, in the order
// that breaks ties.
var delimiters = [...]byte{',', ';', '\t', '|'}

// Delimiter returns the field separator of a delimited text file from its
// first bytes: the most frequent of ',', ';', tab and '|' outside quotes
// on the header line, which is the first line that is neither blank nor a
// '#' comment; ',' when none occurs. Spreadsheets saved in Vietnamese
// locales use ';'.
func Delimiter(head []byte) rune {
	var counts [len(delimiters)]int
	inQuote := false
	for _, c := range headerStart(head) {
		switch {
		case c == '"':
			inQuote = !inQuote
		case inQuote:
		case c == '\n':
			return mostFrequent(counts)
		default:
			for i, d := range delimiters {
				if c == d {
					counts[i]++
				}
			}
		}
	}
	return mostFrequent(counts)
}

// headerStart returns head from the first line that is neither blank nor
// a '#' comment.
func headerStart(head []byte) []byte {
	for len(head) > 0 {
		line, rest, _ := bytes.Cut(head, []byte("\n"))
		t := bytes.TrimSpace(line)
		if len(t) > 0 && t[0] != '#' {
			return head
		}
		head = rest
	}
	return nil
}

// mostFrequent returns the delimiter counted most often, ',' when none.
func mostFrequent(counts [len(delimiters)]int) rune {
	best, n := delimiters[0], 0
	for i, d := range delimiters {
		if counts[i] > n {
			best, n = d, counts[i]
		}
	}
	return rune(best)
}
