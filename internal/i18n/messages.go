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
		if vi, ok := catalogue[en]; ok {
			msg = vi
		}
	}
	if len(args) == 0 {
		return msg
	}
	return fmt.Sprintf(msg, args...)
}

// Translated reports whether the message id en has a Vietnamese form.
func Translated(en string) bool {
	_, ok := catalogue[en]
	return ok
}

// MessageIDs returns the ids (English texts) of the catalogue, for tests
// that check translations.
func MessageIDs() []string {
	ids := make([]string, 0, len(catalogue))
	for id := range catalogue {
		ids = append(ids, id)
	}
	return ids
}
