package i18n

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"reflect"
	"testing"
)

// errorCases are the formats and arguments Errorf is checked on against
// fmt.Errorf.
func errorCases() []struct {
	name   string
	format string
	args   []any
} {
	inner := New("inner")
	pathErr := &fs.PathError{Op: "open", Path: "x.csv", Err: fs.ErrNotExist}
	return []struct {
		name   string
		format string
		args   []any
	}{
		{"plain", "no rows", nil},
		{"percent literal", "100%% done", nil},
		{"bad verb no args", "100% done", nil},
		{"string", "file %s", []any{"a.csv"}},
		{"quoted", "column %q: empty", []any{"tên"}},
		{"int", "line %d", []any{87}},
		{"float", "%.0f × %.0f pixels", []any{12.4, 3.6}},
		{"value", "value %v", []any{[]int{1, 2}}},
		{"missing arg", "%s and %s", []any{"one"}},
		{"extra arg", "%s", []any{"one", 2}},
		{"error as v", "cause %v", []any{io.EOF}},
		{"error as s", "cause %s", []any{io.EOF}},
		{"error as q", "cause %q", []any{io.EOF}},
		{"wrap", "reading: %w", []any{io.EOF}},
		{"wrap i18n", "reading: %w", []any{inner}},
		{"wrap nil", "reading: %w", []any{nil}},
		{"wrap not an error", "reading: %w", []any{"text"}},
		{"wrap path error", "%s: %w", []any{"plan", pathErr}},
		{"wrap first", "%w: no record", []any{io.ErrUnexpectedEOF}},
		{"two wraps", "%w: %w", []any{io.EOF, inner}},
		{"three wraps", "%w, %w and %w", []any{io.EOF, inner, fs.ErrNotExist}},
		{"same wrap twice", "%w then %w", []any{io.EOF, io.EOF}},
		{"reordered wraps", "%[2]w before %[1]w", []any{io.EOF, inner}},
		{"wrap and v", "%w: %v", []any{io.EOF, inner}},
		{"nested", "outer: %w", []any{Errorf("middle %d: %w", 2, Errorf("inner %q: %w", "x", io.EOF))}},
		{"nested multi", "top: %w", []any{Errorf("%w; %w", io.EOF, fs.ErrExist)}},
	}
}

func TestErrorfReadsAsFmt(t *testing.T) {
	for _, tc := range errorCases() {
		t.Run(tc.name, func(t *testing.T) {
			got, want := Errorf(tc.format, tc.args...), fmt.Errorf(tc.format, tc.args...)
			if got.Error() != want.Error() {
				t.Errorf("Error() = %q, fmt.Errorf gives %q", got.Error(), want.Error())
			}
			if g, w := errors.Unwrap(got), errors.Unwrap(want); g != w {
				t.Errorf("errors.Unwrap = %v, fmt.Errorf's %v", g, w)
			}
			type multi interface{ Unwrap() []error }
			gm, gok := got.(multi)
			wm, wok := want.(multi)
			if gok != wok || (gok && !reflect.DeepEqual(gm.Unwrap(), wm.Unwrap())) {
				t.Errorf("Unwrap() []error differs from fmt.Errorf's")
			}
			for _, target := range []error{io.EOF, fs.ErrNotExist, fs.ErrExist, io.ErrUnexpectedEOF} {
				if errors.Is(got, target) != errors.Is(want, target) {
					t.Errorf("errors.Is(%v) = %v, fmt.Errorf's %v", target, errors.Is(got, target), errors.Is(want, target))
				}
			}
			var gp, wp *fs.PathError
			if errors.As(got, &gp) != errors.As(want, &wp) || gp != wp {
				t.Errorf("errors.As(*fs.PathError) = %v, fmt.Errorf's %v", gp, wp)
			}
		})
	}
}

func TestNew(t *testing.T) {
	a, b := New("damaged file"), New("damaged file")
	if a.Error() != errors.New("damaged file").Error() {
		t.Errorf("New reads %q", a.Error())
	}
	if errors.Is(a, b) {
		t.Error("two calls of New give equal errors; a sentinel must be itself only")
	}
	if w := Errorf("x.parquet: %w", a); !errors.Is(w, a) || errors.Is(w, b) {
		t.Error("errors.Is does not tell the sentinels apart through a wrap")
	}
	if got := New("100% done").Error(); got != "100% done" {
		t.Errorf("New formats its text: %q", got)
	}
}

// viErrors is a catalogue part for the tests of ErrorIn.
var viErrors = map[string]string{
	"damaged file":        "tệp bị hỏng",
	"%w: %d values":       "%w: %d giá trị",
	"reading %s: %w":      "đọc %s: %w",
	"%s %q: %v":           "%s %q: %v",
	"%w; %w":              "%w; %w",
	"area %s is empty":    "lĩnh vực %s trống",
	"%d%% of %s":          "%d%% của %s",
	"status %s, cause %q": "tình trạng %s, nguyên nhân %q",
}

// withCatalogue runs f with extra entries in the error catalogue.
func withCatalogue(t *testing.T, extra map[string]string, f func()) {
	t.Helper()
	saved := catalogueErrors
	merged := map[string]string{}
	for k, v := range saved {
		merged[k] = v
	}
	for k, v := range extra {
		merged[k] = v
	}
	catalogueErrors = merged
	defer func() { catalogueErrors = saved }()
	f()
}

// textArg is a Text argument.
type textArg string

func (t textArg) In(l Lang) string { return l.Pick("vi:"+string(t), string(t)) }
func (t textArg) String() string   { return string(t) }

// typedError is an error of another package with an In method.
type typedError struct{ field string }

func (e *typedError) Error() string    { return "bad field " + e.field }
func (e *typedError) In(l Lang) string { return l.Pick("trường "+e.field+" sai", e.Error()) }

func TestErrorIn(t *testing.T) {
	damaged := New("damaged file")
	withCatalogue(t, viErrors, func() {
		tests := []struct {
			name   string
			err    error
			vi, en string
		}{
			{"nil", nil, "", ""},
			{"sentinel", damaged, "tệp bị hỏng", "damaged file"},
			{"wrapped sentinel", Errorf("%w: %d values", damaged, 3), "tệp bị hỏng: 3 giá trị", "damaged file: 3 values"},
			{"chain", Errorf("reading %s: %w", "a.parquet", Errorf("%w: %d values", damaged, 3)),
				"đọc a.parquet: tệp bị hỏng: 3 giá trị", "reading a.parquet: damaged file: 3 values"},
			{"error argument under %q and %v", Errorf("%s %q: %v", "cell", damaged, damaged),
				"cell \"tệp bị hỏng\": tệp bị hỏng", "cell \"damaged file\": damaged file"},
			{"several %w", Errorf("%w; %w", damaged, io.EOF), "tệp bị hỏng; EOF", "damaged file; EOF"},
			{"Text argument", Errorf("area %s is empty", textArg("procedures")), "lĩnh vực vi:procedures trống", "area procedures is empty"},
			{"percent", Errorf("%d%% of %s", 50, "x"), "50% của x", "50% of x"},
			{"unknown format stays English, its arguments not", Errorf("no such format %d: %w", 1, damaged), "no such format 1: tệp bị hỏng", "no such format 1: damaged file"},
			{"typed error argument", Errorf("status %s, cause %q", "x", &typedError{"unit"}), "tình trạng x, nguyên nhân \"trường unit sai\"", "status x, cause \"bad field unit\""},
			{"fmt wrap of a translatable error", fmt.Errorf("dataset: %s: %w", "a.csv", damaged), "dataset: a.csv: tệp bị hỏng", "dataset: a.csv: damaged file"},
			{"fmt wrap not at the end", fmt.Errorf("%w (in a.csv)", damaged), "damaged file (in a.csv)", "damaged file (in a.csv)"},
			{"errors.Join", errors.Join(damaged, Errorf("area %s is empty", "x")), "tệp bị hỏng\nlĩnh vực x trống", "damaged file\narea x is empty"},
			{"plain error", os.ErrNotExist, "file does not exist", "file does not exist"},
		}
		for _, tc := range tests {
			t.Run(tc.name, func(t *testing.T) {
				if got := ErrorIn(tc.err, VI); got != tc.vi {
					t.Errorf("vi: %q, want %q", got, tc.vi)
				}
				if got := ErrorIn(tc.err, EN); got != tc.en {
					t.Errorf("en: %q, want %q", got, tc.en)
				}
				if tc.err != nil && ErrorIn(tc.err, EN) != tc.err.Error() {
					t.Errorf("English differs from Error()")
				}
			})
		}
	})
}

func TestTextf(t *testing.T) {
	withCatalogue(t, viErrors, func() {
		text := Textf("%d%% of %s", 50, New("damaged file"))
		want := fmt.Sprintf("%d%% of %s", 50, "damaged file")
		if got := text.In(EN); got != want {
			t.Errorf("EN: %q, want %q", got, want)
		}
		if got := fmt.Sprint(text); got != want {
			t.Errorf("String: %q, want %q", got, want)
		}
		if got := text.In(VI); got != "50% của tệp bị hỏng" {
			t.Errorf("VI: %q", got)
		}
		if got := Textf("area %s is empty", textArg("x")).In(VI); got != "lĩnh vực vi:x trống" {
			t.Errorf("VI with Text: %q", got)
		}
		nested := Errorf("area %s is empty", Textf("%d%% of %s", 5, "y"))
		if got := ErrorIn(nested, VI); got != "lĩnh vực 5% của y trống" {
			t.Errorf("Textf argument of Errorf: %q", got)
		}
		if got, want := nested.Error(), "area 5% of y is empty"; got != want {
			t.Errorf("Textf argument of Errorf in English: %q, want %q", got, want)
		}
	})
}
