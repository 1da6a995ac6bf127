package atomicfile

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestCheckDistinctIn checks the same-file error in Vietnamese and in
// English.
func TestCheckDistinctIn(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "obs.csv")
	if err := os.WriteFile(in, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := CheckDistinct([]string{in}, []string{in})
	if got, want := err.Error(), "output "+in+" is the same file as input "+in; got != want {
		t.Errorf("en: %s\nwant %s", got, want)
	}
	if got, want := i18n.ErrorIn(err, i18n.VI), "tệp đầu ra "+in+" là cùng một tệp với tệp đầu vào "+in; got != want {
		t.Errorf("vi: %s\nwant %s", got, want)
	}
}
