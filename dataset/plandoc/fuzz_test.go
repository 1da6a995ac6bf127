package plandoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// mutations returns damaged copies of a plan the way real files come:
// lines cut, diacritics dropped (each line folded), pages doubled.
func mutations(text string) []string {
	lines := strings.Split(text, "\n")
	var out []string
	// Every third line cut.
	var cut []string
	for i, l := range lines {
		if i%3 != 2 {
			cut = append(cut, l)
		}
	}
	out = append(out, strings.Join(cut, "\n"))
	// Cut in the middle of a line.
	out = append(out, text[:len(text)/2])
	// Diacritics dropped, line by line.
	folded := make([]string, len(lines))
	for i, l := range lines {
		folded[i] = vntext.Fold(l)
	}
	out = append(out, strings.Join(folded, "\n"))
	// The first page doubled.
	n := min(len(lines), 60)
	doubled := append(append(append([]string(nil), lines[:n]...), lines[:n]...), lines[n:]...)
	out = append(out, strings.Join(doubled, "\n"))
	return out
}

// FuzzParse checks that no input makes the parser panic, that it fails
// only with a *ParseError, and that what it returns is consistent: the
// same bytes for the same input, lines within the input, ranges ordered,
// comparators and units from the vocabulary. Seeds: the five seed plans
// and their mutations (cut lines, dropped diacritics, doubled pages), the
// texts of other provinces (testdata/plans/corpus and heldout2) and the
// layout passages, plus the corpus in testdata/fuzz/FuzzParse.
//
// Every seed goes in pieces of at most fuzzPieceBytes, cut at line ends
// (the whole documents are parsed by the golden tests): the fuzzer
// minimises each input that finds new code for up to a minute, and on a
// seed plan of 100 KB it spent all its time doing that (128 executions
// in a minute, none after the first seconds).
func FuzzParse(f *testing.F) {
	add := func(raw []byte) {
		for _, piece := range fuzzPieces(raw, fuzzPieceBytes) {
			f.Add(piece)
		}
	}
	for _, name := range seeds {
		raw, err := os.ReadFile(seedPath(name))
		if err != nil {
			f.Fatal(err)
		}
		add(raw)
		for _, m := range mutations(string(raw)) {
			add([]byte(m))
		}
	}
	// The corpus of other provinces' texts and the layout passages.
	var texts []string
	for _, dir := range []string{corpusDir, filepath.Join(corpusDir, "..", "heldout2"), filepath.Join(corpusDir, "..", "heldout3")} {
		found, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		texts = append(texts, found...)
	}
	layouts, _ := filepath.Glob(filepath.Join("testdata", "layout_*.txt"))
	for _, p := range append(texts, layouts...) {
		if raw, err := os.ReadFile(p); err == nil {
			add(raw)
		}
	}
	cat := indicators.Default()
	cmps := map[string]bool{">=": true, ">": true, "<=": true, "<": true, "=": true, "approx": true}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(bytes.NewReader(data), "fuzz.txt", cat)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("error %v is not a *ParseError", err)
			}
			return
		}
		nlines := len(strings.Split(strings.TrimSuffix(string(data), "\n"), "\n"))
		for _, tg := range d.Targets {
			if tg.Source.Line < 1 || tg.Source.Line > nlines {
				t.Errorf("target %s at line %d of %d", tg.Code, tg.Source.Line, nlines)
			}
			if !cmps[tg.Comparator] || tg.Unit == "" {
				t.Errorf("target %s: comparator %q unit %q", tg.Code, tg.Comparator, tg.Unit)
			}
			if tg.ValueMax != nil && *tg.ValueMax < tg.Value {
				t.Errorf("target %s: range %v..%v", tg.Code, tg.Value, *tg.ValueMax)
			}
			if tg.Change != "" && tg.Change != dataset.ChangeDecrease && tg.Change != dataset.ChangeIncrease {
				t.Errorf("target %s: change %q", tg.Code, tg.Change)
			}
		}
		for _, fd := range d.Findings {
			for _, l := range fd.Lines {
				if l < 1 || l > nlines {
					t.Errorf("finding %s at line %d of %d", fd.Kind, l, nlines)
				}
			}
		}
		a, err := d.JSON()
		if err != nil || !json.Valid(a) {
			t.Fatalf("JSON: %v", err)
		}
		d2, err := Parse(bytes.NewReader(data), "fuzz.txt", cat)
		if err != nil {
			t.Fatalf("second parse failed: %v", err)
		}
		b, _ := d2.JSON()
		if !bytes.Equal(a, b) {
			t.Fatal("two parses of the same input differ")
		}
	})
}

// fuzzPieceBytes is the largest seed FuzzParse starts from.
const fuzzPieceBytes = 4096

// fuzzPieces cuts raw into pieces of at most max bytes, each ending at a
// line end where there is one within the piece; a text of max bytes or
// less is one piece.
func fuzzPieces(raw []byte, max int) [][]byte {
	var out [][]byte
	for len(raw) > max {
		cut := bytes.LastIndexByte(raw[:max], '\n') + 1
		if cut == 0 {
			cut = max
		}
		out = append(out, raw[:cut])
		raw = raw[cut:]
	}
	if len(raw) > 0 {
		out = append(out, raw)
	}
	return out
}
