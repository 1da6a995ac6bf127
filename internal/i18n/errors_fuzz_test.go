package i18n

import (
	"errors"
	"fmt"
	"io"
	"testing"
)

// FuzzErrorf checks that Errorf reads as fmt.Errorf and wraps the same
// errors for any format, with a string, a number and two errors as
// arguments, and that ErrorIn never fails on it.
func FuzzErrorf(f *testing.F) {
	for _, s := range []string{"%s: %w", "%w: %d %q", "%[3]w %[4]w %[1]s", "100%", "%!", "%.*d", "%w %w %w %w %w", "%[9]v"} {
		f.Add(s, "a.csv", 3)
	}
	f.Fuzz(func(t *testing.T, format, s string, n int) {
		inner := New("damaged file")
		args := []any{s, n, inner, io.EOF}
		got, want := Errorf(format, args...), fmt.Errorf(format, args...)
		if got.Error() != want.Error() {
			t.Fatalf("Errorf(%q).Error() = %q, fmt.Errorf gives %q", format, got.Error(), want.Error())
		}
		if errors.Unwrap(got) != errors.Unwrap(want) {
			t.Fatalf("Errorf(%q): errors.Unwrap differs", format)
		}
		for _, target := range []error{inner, io.EOF} {
			if errors.Is(got, target) != errors.Is(want, target) {
				t.Fatalf("Errorf(%q): errors.Is(%v) differs", format, target)
			}
		}
		if ErrorIn(got, EN) != want.Error() {
			t.Fatalf("ErrorIn(EN) differs from Error()")
		}
		_ = ErrorIn(got, VI)
	})
}
