package dossiercsv

import (
	"io"
	"strings"
	"testing"
)

func TestSkipComments(t *testing.T) {
	tests := []struct {
		name, in, rest string
		n              int
	}{
		{"comments then header", "# a\n# b\nid,x\n1,2\n", "id,x\n1,2\n", 2},
		{"byte-order mark", "\ufeff# a\nid\n", "id\n", 1},
		{"no comments", "id\n#1\n", "id\n#1\n", 0},
		{"comments only", "# a\n# b", "", 2},
		{"empty", "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, n, err := SkipComments(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			rest, _ := io.ReadAll(r)
			if n != tt.n || string(rest) != tt.rest {
				t.Errorf("got %d, %q; want %d, %q", n, rest, tt.n, tt.rest)
			}
		})
	}
}
