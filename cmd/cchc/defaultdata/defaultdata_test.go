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
	// The CSV has no comment lines (default readers of pandas, R and Excel
	// break on them): every row says it in its source column instead.
	lines := strings.Split(strings.TrimSpace(string(Observations)), "\n")
	if strings.HasPrefix(lines[0], "#") {
		t.Errorf("the file starts with a comment line: %q", lines[0])
	}
	for i, l := range lines[1:] {
		if !strings.HasSuffix(strings.TrimSpace(l), "minh họa - không phải số liệu công bố") {
			t.Errorf("line %d does not say in its source that it is illustrative: %q", i+2, l)
		}
	}
}
