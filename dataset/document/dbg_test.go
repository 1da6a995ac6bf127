package document

import (
	"context"
	"fmt"
	"os"
	"testing"
)

func TestDbgCols(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("F"))
	os.WriteFile("/tmp/in.pdf", data, 0o644)
	out, _ := run(context.Background(), DefaultTimeout, "pdftotext", "-bbox-layout", "/tmp/in.pdf", "-")
	pages, _ := parseBBox(out)
	for pi, p := range pages {
		lines := pageLines(p.words)
		for i, l := range lines {
			if isTableHeader(l) {
				b, _, cols, ok := tableAt(lines, i, pi+1); for _, hl := range lines[i:i+3] { for _, w := range hl.words { fmt.Printf("%.1f %q; ", w.x0, w.text) }; fmt.Println() }
				fmt.Println("page", pi+1, ok, len(b.Rows))
				for _, c := range cols {
					fmt.Printf("  %.1f-%.1f text %.1f\n", c.left, c.right, c.text)
				}
				for _, c := range b.Rows[0] {
					fmt.Printf("  H %q\n", c.Text)
				}
			}
		}
	}
}
