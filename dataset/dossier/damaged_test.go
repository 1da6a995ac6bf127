package dossier

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/apache/arrow/go/v15/parquet"
	"github.com/apache/arrow/go/v15/parquet/compress"
	"github.com/apache/arrow/go/v15/parquet/pqarrow"

	"github.com/cchc-lab/cchc/internal/binread"
	"github.com/cchc-lab/cchc/internal/damagetest"
)

// damagedRows is a record of n sample dossiers with varied text.
func damagedRows(n int) arrow.Record {
	var rows []Dossier
	for i := 0; i < n; i++ {
		d := sampleDossiers()[i%3]
		d.ID = strings.Repeat("H", i%17) + d.ID
		d.Agency = d.Agency + strings.Repeat(" x", i%13)
		rows = append(rows, d)
	}
	return ToRecord(memory.DefaultAllocator, rows)
}

// readAll opens path and reads every part, returning the rows read or the
// first error. It fails the test when reading takes more than a minute:
// a hang is a failure whatever the file holds.
func readAll(t *testing.T, path string) (int64, error) {
	t.Helper()
	return readAllWith(t, path, ReadOptions{})
}

// readAllWith is readAll with the options given (batches of 1000 rows).
func readAllWith(t *testing.T, path string, opts ReadOptions) (int64, error) {
	t.Helper()
	opts.BatchSize = 1000
	return damagetest.Within(t, time.Minute, path, nil, func() (int64, error) {
		f, err := Open(path, opts)
		if err != nil {
			return 0, err
		}
		ps, err := f.Parts(2)
		if err != nil {
			return 0, err
		}
		var rows int64
		var first error
		for _, p := range ps {
			for p.Next() {
				rows += p.Record().NumRows()
			}
			if err := p.Err(); err != nil && first == nil {
				first = err
			}
			p.Release()
		}
		return rows, first
	})
}

// writeParquetPlain writes rec as Parquet without cchc's checksum, as
// another tool would.
func writeParquetPlain(t testing.TB, path string, rec arrow.Record) {
	data := damagetest.PlainParquet(t, rec, parquet.NewWriterProperties(parquet.WithCompression(compress.Codecs.Snappy), parquet.WithMaxRowGroupLength(1000), parquet.WithDataPageSize(2048)), pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestDossierDamagedParquet damages dossier Parquet files: those cchc
// writes carry a checksum, so every damage is an error naming the file;
// those of other tools must give an error naming the file or every row
// they declare (never fewer rows without an error, never a panic or a
// hang).
func TestDossierDamagedParquet(t *testing.T) {
	dir := t.TempDir()
	rec := damagedRows(3000)
	defer rec.Release()
	cchcFile := filepath.Join(dir, "cchc.parquet")
	w, err := Create(cchcFile, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	plainFile := filepath.Join(dir, "plain.parquet")
	writeParquetPlain(t, plainFile, rec)
	for _, tc := range []struct {
		name     string
		path     string
		checksum bool
		opts     ReadOptions
	}{
		{"cchc", cchcFile, true, ReadOptions{}},
		{"cchc, checked while reading", cchcFile, true, ReadOptions{VerifyWhileReading: true}},
		{"other tools", plainFile, false, ReadOptions{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if rows, err := readAllWith(t, tc.path, tc.opts); err != nil || rows != 3000 {
				t.Fatalf("undamaged: %d rows, %v", rows, err)
			}
			good, err := os.ReadFile(tc.path)
			if err != nil {
				t.Fatal(err)
			}
			outcomes := map[string]int{}
			for seed := uint64(1); seed <= 200; seed++ {
				bad := filepath.Join(dir, fmt.Sprintf("bad-%d.parquet", seed))
				if err := os.WriteFile(bad, damagetest.Bytes(good, seed, seed, 8), 0o644); err != nil {
					t.Fatal(err)
				}
				rows, err := readAllWith(t, bad, tc.opts)
				switch {
				case err != nil && !strings.Contains(err.Error(), bad):
					t.Fatalf("seed %d: error %v does not name the file", seed, err)
				case err != nil && errors.Is(err, binread.ErrChecksum):
					outcomes["checksum"]++
				case err != nil:
					outcomes["other error"]++
				case tc.checksum:
					t.Fatalf("seed %d: a damaged cchc file read (%d rows) without an error", seed, rows)
				case rows != 3000:
					t.Fatalf("seed %d: %d rows read without an error from a file declaring 3000", seed, rows)
				default:
					outcomes["all rows"]++
				}
				os.Remove(bad)
			}
			t.Logf("200 damaged files: %v", outcomes)
		})
	}
}

// TestDossierCSVFormulaInjection writes dossiers whose text starts like a
// spreadsheet formula: the CSV writer quotes them with a leading '.
func TestDossierCSVFormulaInjection(t *testing.T) {
	rows := sampleDossiers()
	rows[0].Agency = "=HYPERLINK(\"http://x\",\"y\")"
	rows[1].Procedure = "-5%"
	rows[2].ID = "@cmd"
	rec := ToRecord(memory.DefaultAllocator, rows)
	defer rec.Release()
	var buf bytes.Buffer
	w := NewCSVWriter(&buf, nil)
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`"'=HYPERLINK(""http://x"",""y"")"`, ",'-5%,", "'@cmd,"} {
		if !strings.Contains(out, want) {
			t.Errorf("CSV lacks %s:\n%s", want, out)
		}
	}
	for _, bad := range []string{",=", ",-5%", "\n@"} {
		if strings.Contains(out, bad) {
			t.Errorf("CSV holds %q unquoted:\n%s", bad, out)
		}
	}
}

// TestDossierTruncatedCSV cuts a generated CSV (with its "cchc.rows"
// metadata) short at several places: each read ends in an error, never
// in fewer rows.
func TestDossierTruncatedCSV(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "d.csv")
	rec := damagedRows(3000)
	defer rec.Release()
	w, err := Create(path, map[string]string{"cchc.rows": "3000"})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(rec); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if rows, err := readAll(t, path); err != nil || rows != 3000 {
		t.Fatalf("whole file: %d rows, %v", rows, err)
	}
	good, _ := os.ReadFile(path)
	for _, frac := range []float64{0.2, 0.5, 0.9, 0.999} {
		cut := filepath.Join(dir, fmt.Sprintf("cut-%g.csv", frac))
		os.WriteFile(cut, good[:int(float64(len(good))*frac)], 0o644)
		// The row count is in the CSV's metadata sidecar, which goes with it.
		if meta, err := os.ReadFile(MetaSidecar(path)); err == nil {
			os.WriteFile(MetaSidecar(cut), meta, 0o644)
		}
		rows, err := readAll(t, cut)
		if err == nil || !strings.Contains(err.Error(), cut) {
			t.Errorf("cut at %g: %d rows, err %v", frac, rows, err)
		}
		// Reading on past bad rows, the count still tells.
		f, err := Open(cut, ReadOptions{OnReject: func(*RowError) {}})
		if err != nil {
			t.Fatal(err)
		}
		ps, _ := f.Parts(2)
		var last error
		for _, p := range ps {
			for p.Next() {
			}
			if p.Err() != nil {
				last = p.Err()
			}
			p.Release()
		}
		if last == nil || !strings.Contains(last.Error(), "cut short") {
			t.Errorf("cut at %g, bad rows passed over: err %v", frac, last)
		}
	}
}
