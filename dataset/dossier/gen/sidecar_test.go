package gen

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset/dossier"
)

// A CSV file and its metadata sidecar are replaced together: a run that
// stops before the end leaves both as they were (no sidecar of the new run
// beside the old file), and no temporary file; a run that ends replaces
// both.
func TestCSVSidecarAllOrNone(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.csv")
	side := dossier.MetaSidecar(path)
	read := func() (csv, meta []byte) {
		t.Helper()
		c, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		m, err := os.ReadFile(side)
		if err != nil {
			t.Fatal(err)
		}
		return c, m
	}
	if _, err := Generate(context.Background(), path, Options{Rows: 50, Seed: 1}, nil); err != nil {
		t.Fatal(err)
	}
	csv1, meta1 := read()
	if !bytes.Contains(meta1, []byte(`"cchc.seed": "1"`)) {
		t.Fatalf("sidecar of seed 1:\n%s", meta1)
	}

	tests := []struct {
		name string
		ctx  func() context.Context
		seed uint64
		ok   bool
	}{
		{"stopped run", func() context.Context {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			return ctx
		}, 2, false},
		{"finished run", context.Background, 3, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Generate(tc.ctx(), path, Options{Rows: 50, Seed: tc.seed}, nil)
			if (err == nil) != tc.ok {
				t.Fatalf("error %v, want ok=%v", err, tc.ok)
			}
			csv, meta := read()
			if tc.ok {
				if bytes.Equal(csv, csv1) || !bytes.Contains(meta, []byte(`"cchc.seed": "3"`)) {
					t.Errorf("file or sidecar not replaced:\n%s", meta)
				}
			} else if !bytes.Equal(csv, csv1) || !bytes.Equal(meta, meta1) {
				t.Errorf("a stopped run changed the file or its sidecar:\n%s", meta)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.HasSuffix(e.Name(), ".tmp") {
					t.Errorf("temporary file %s left", e.Name())
				}
			}
		})
	}
}
