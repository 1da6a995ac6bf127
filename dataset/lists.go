package dataset

import (
	"strings"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// listSep joins list cells (Lead, Partners, Lines) in CSV files.
const listSep = "; "

// splitList splits a list cell at ";" (and line breaks, as a cell typed in
// a spreadsheet may hold one agency per line), trimming each item and
// dropping empty ones. Items are NFC. A blank cell gives nil.
func splitList(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '\n' || r == '\r' })
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, vntext.NFC(p))
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}
