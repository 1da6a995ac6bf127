package dossier

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// openFiles counts this process's open file descriptors; -1 where
// /proc/self/fd cannot be read.
func openFiles() int {
	e, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return -1
	}
	return len(e)
}

// TestParquetDamagedFooterClosesFile opens Parquet files whose footer is
// damaged in several ways, each many times: every Open is an error
// naming the file or reads, and no file stays open.
func TestParquetDamagedFooterClosesFile(t *testing.T) {
	if openFiles() < 0 {
		t.Skip("no /proc/self/fd")
	}
	rec := damagedRows(60)
	defer rec.Release()
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.parquet")
	writeParquetPlain(t, plain, rec)
	good, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	footerLen := int(binary.LittleEndian.Uint32(good[len(good)-8:]))
	footer := len(good) - 8 - footerLen
	damages := map[string]func(b []byte) []byte{
		"flipped-footer-bytes": func(b []byte) []byte {
			for i := footer + footerLen/3; i < footer+footerLen/3+4; i++ {
				b[i] ^= 0x5a
			}
			return b
		},
		"zeroed-footer-half": func(b []byte) []byte {
			for i := footer + footerLen/2; i < len(b)-8; i++ {
				b[i] = 0
			}
			return b
		},
		"footer-length-too-long": func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[len(b)-8:], uint32(len(b)))
			return b
		},
		"footer-length-short": func(b []byte) []byte {
			binary.LittleEndian.PutUint32(b[len(b)-8:], uint32(footerLen/2))
			return b
		},
		"truncated-in-footer": func(b []byte) []byte { return append(b[:footer+footerLen/2:footer+footerLen/2], b[len(b)-8:]...) },
	}
	for name, damage := range damages {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), name+".parquet")
			if err := os.WriteFile(path, damage(append([]byte(nil), good...)), 0o644); err != nil {
				t.Fatal(err)
			}
			before := openFiles()
			for i := 0; i < 40; i++ {
				fuzzRead(t, filepath.Base(path), mustRead(t, path))
			}
			if after := openFiles(); after > before {
				t.Errorf("%d files open after, %d before", after, before)
			}
		})
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
