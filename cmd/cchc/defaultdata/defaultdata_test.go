package defaultdata

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The embedded files are copies of the files in testdata: they must not drift.
func TestCopiesMatchTestdata(t *testing.T) {
	for _, tc := range []struct {
		embedded []byte
		path     string
	}{
		{Plan, filepath.Join("..", "..", "..", "testdata", "plans", PlanName)},
		{Observations, filepath.Join("..", "..", "..", "testdata", "observations", ObservationsName)},
	} {
		want, err := os.ReadFile(tc.path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(tc.embedded, want) {
			t.Errorf("embedded copy differs from %s", tc.path)
		}
	}
}

func TestObservationsSayIllustrative(t *testing.T) {
	if !strings.Contains(ObservationsName, "illustrative") {
		t.Errorf("name %q does not say illustrative", ObservationsName)
	}
	first, _, _ := strings.Cut(string(Observations), "\n")
	if !strings.HasPrefix(first, "#") || !strings.Contains(first, "ILLUSTRATIVE") || !strings.Contains(first, "NOT PUBLISHED") {
		t.Errorf("header comment %q does not say the values are illustrative", first)
	}
}
