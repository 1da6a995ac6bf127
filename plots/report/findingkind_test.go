package report

import (
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestFindingKindNames checks that the kinds of header findings the plan
// parser reports have a name of their own in both languages, and that an
// unknown kind is shown as it is.
func TestFindingKindNames(t *testing.T) {
	for _, kind := range []string{"missing_metadata", "ocr_restored", "header_from_annex"} {
		vi, en := findingKind(kind, i18n.VI), findingKind(kind, i18n.EN)
		if vi == kind || en == kind || vi == en {
			t.Errorf("finding kind %q: vi %q, en %q; want a name in each language", kind, vi, en)
		}
	}
	if got := findingKind("no_such_kind", i18n.VI); got != "no_such_kind" {
		t.Errorf("unknown kind shown as %q", got)
	}
}
