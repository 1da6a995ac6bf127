package i18n

import (
	"fmt"
)

// T returns the message en in the language l, formatted with args as
// fmt.Sprintf does. The English text is the message id: for English it is
// used as it is, for Vietnamese its translation is looked up in the
// catalogue (an id without one falls back to the English text; the
// package's tests fail when any id used in the module lacks one).
func (l Lang) T(en string, args ...any) string {
	msg := en
	if l == VI {
		if vi, ok := lookup(en); ok {
			msg = vi
		}
	}
	if len(args) == 0 {
		return msg
	}
	copied := false
	for i, a := range args {
		if t, ok := a.(Text); ok {
			if !copied {
				args, copied = append([]any(nil), args...), true // the caller's slice stays as it was
			}
			args[i] = t.In(l)
		}
	}
	return fmt.Sprintf(msg, args...)
}

// catalogues are the parts of the catalogue, one per part of cchc.
var catalogues = []map[string]string{catalogue, catalogueCmd, catalogueUsage, catalogueFindings}

// lookup returns the Vietnamese form of the message id en.
func lookup(en string) (string, bool) {
	for _, c := range catalogues {
		if vi, ok := c[en]; ok {
			return vi, true
		}
	}
	return "", false
}

// Translated reports whether the message id en has a Vietnamese form.
func Translated(en string) bool {
	_, ok := lookup(en)
	return ok
}
