package indicators

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

// Every index names its publisher, scale and caveats in Vietnamese too,
// one caveat for one, in NFC.
func TestIndicesVietnamese(t *testing.T) {
	for _, x := range Indices() {
		t.Run(x.Name, func(t *testing.T) {
			texts := append([]string{x.NameVI, x.PublisherVI, x.ScaleVI}, x.CaveatsVI...)
			for _, s := range texts {
				if s == "" || !norm.NFC.IsNormalString(s) {
					t.Errorf("Vietnamese text %q is empty or not NFC", s)
				}
			}
			if len(x.CaveatsVI) != len(x.Caveats) {
				t.Errorf("%d Vietnamese caveats for %d English", len(x.CaveatsVI), len(x.Caveats))
			}
			for i, c := range x.CaveatsVI {
				if i < len(x.Caveats) && c == x.Caveats[i] {
					t.Errorf("caveat %d is not translated: %q", i, c)
				}
			}
			if x.ScaleVI == x.Scale {
				t.Errorf("scale not translated: %q", x.Scale)
			}
		})
	}
}
