package document

import (
	"strings"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// readText reads UTF-8 text as one paragraph a line.
func readText(data []byte, name string) *Document {
	s := strings.TrimPrefix(string(data), "\xef\xbb\xbf")
	s = strings.TrimSuffix(s, "\n")
	d := &Document{Name: name, Format: FormatText}
	for i, l := range strings.Split(s, "\n") {
		d.Blocks = append(d.Blocks, Block{Kind: Paragraph, Text: vntext.NFC(strings.TrimSuffix(l, "\r")), Source: Loc{Line: i + 1}})
	}
	return d
}
