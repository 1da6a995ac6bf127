// Package dossiercsv reads past the "#" lines that open the dossier CSV
// files cchc gen dossiers writes (the SYNTHETIC label and the generator's
// settings), for the benchmark programs whose libraries cannot.
package dossiercsv

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// SkipComments returns a reader positioned at the header line of a dossier
// CSV file, past the leading lines starting with '#', and how many such
// lines there were. A UTF-8 byte-order mark before the first line is
// dropped.
func SkipComments(r io.Reader) (io.Reader, int, error) {
	br := bufio.NewReaderSize(r, 1<<20)
	n := 0
	for {
		line, err := br.ReadBytes('\n')
		if n == 0 {
			line = bytes.TrimPrefix(line, []byte("\ufeff"))
		}
		if len(line) == 0 || line[0] != '#' {
			if err != nil && !errors.Is(err, io.EOF) {
				return nil, n, err
			}
			return io.MultiReader(bytes.NewReader(line), br), n, nil
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				return bytes.NewReader(nil), n + 1, nil
			}
			return nil, n, err
		}
		n++
	}
}
