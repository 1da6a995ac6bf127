package i18n

import (
	"errors"
	"fmt"
	"strings"
)

// Errorf returns an error that reads exactly as fmt.Errorf(format,
// args...) and wraps what it wraps (one %w: Unwrap returns it; several:
// Unwrap returns them all, as fmt does), and that keeps its format and
// arguments, so that ErrorIn can write it in another language. The
// English format is the message id of the error catalogue.
func Errorf(format string, args ...any) error {
	m := message{format: format, args: args, formatted: true}
	err := fmt.Errorf(format, args...)
	switch w := err.(type) {
	case interface{ Unwrap() error }:
		return &wrapError{m, err.Error(), w.Unwrap()}
	case interface{ Unwrap() []error }:
		return &wrapErrors{m, err.Error(), w.Unwrap()}
	default:
		return &textError{m, err.Error()}
	}
}

// New returns an error that reads exactly as errors.New(text) and whose
// text ErrorIn writes in another language. Each call gives a distinct
// error, so that it can serve as a sentinel for errors.Is.
func New(text string) error {
	return &textError{message{format: text}, text}
}

// Textf keeps a piece of an error's text, a format and its arguments,
// to be written in a language later: the words a typed error writes
// around its fields, or a phrase passed as an argument of Errorf. Its
// String method gives fmt.Sprintf(format, args...); In looks the format
// up in the error catalogue as ErrorIn does and writes its arguments that
// are errors or Text in the language. (Lang.T and Msgf do the same from
// the catalogue of the commands and reports.)
func Textf(format string, args ...any) Text {
	return errorText{format: format, args: args, formatted: true}
}

// errorText is a piece of error text (Textf).
type errorText message

// String returns the text in English.
func (t errorText) String() string { return fmt.Sprintf(t.format, t.args...) }

// In returns the text in the language l.
func (t errorText) In(l Lang) string {
	if l != VI {
		return t.String()
	}
	return message(t).in(l, "")
}

// ErrorIn returns err written in the language l. In English it is
// err.Error(). In Vietnamese each error of the chain that carries its
// format (made by Errorf or New) is written from the Vietnamese form of
// its format, with its arguments that are errors written by ErrorIn in
// turn and those that are Text in the language; an error that has an
// In(Lang) method is written by it; the errors of errors.Join one a line;
// an error made elsewhere that ends with the text of the error it wraps
// ("reading x: " + cause) keeps its own words and has the cause written
// in the language. A format without a Vietnamese form is used as it is
// (its arguments still written in the language); any other error reads
// as err.Error(). A nil error gives "".
func ErrorIn(err error, l Lang) string {
	if err == nil {
		return ""
	}
	if l != VI {
		return err.Error()
	}
	if t, ok := err.(Text); ok {
		return t.In(l)
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok && fmt.Sprintf("%T", err) == "*errors.joinError" {
		var parts []string
		for _, e := range j.Unwrap() {
			parts = append(parts, ErrorIn(e, l))
		}
		return strings.Join(parts, "\n")
	}
	msg := err.Error()
	if cause := errors.Unwrap(err); cause != nil {
		if c := cause.Error(); c != "" && strings.HasSuffix(msg, c) {
			return msg[:len(msg)-len(c)] + ErrorIn(cause, l)
		}
	}
	return msg
}

// message is the format and arguments an error was made from.
type message struct {
	format    string
	args      []any
	formatted bool // made by Errorf: the format is formatted even without args
}

// in writes the message in the language l; english is its English text.
func (m message) in(l Lang, english string) string {
	if l != VI {
		return english
	}
	format, ok := lookupError(m.format)
	if !ok {
		format = m.format
	}
	if !m.formatted {
		return format
	}
	args := make([]any, len(m.args))
	for i, a := range m.args {
		switch a := a.(type) {
		case error:
			args[i] = translatedError{a, ErrorIn(a, l)}
		case Text:
			args[i] = a.In(l)
		default:
			args[i] = a
		}
	}
	return fmt.Errorf(format, args...).Error()
}

// translatedError stands for an error argument written in another
// language: it prints as the translation, under %v, %s, %q and %w alike.
type translatedError struct {
	err  error
	text string
}

func (e translatedError) Error() string { return e.text }
func (e translatedError) Unwrap() error { return e.err }

// textError is an error wrapping nothing, as errors.New and fmt.Errorf
// without %w give.
type textError struct {
	m   message
	msg string
}

func (e *textError) Error() string { return e.msg }

// In returns the error in the language l.
func (e *textError) In(l Lang) string { return e.m.in(l, e.msg) }

// wrapError is an error wrapping one error, as fmt.Errorf with one %w
// gives.
type wrapError struct {
	m   message
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

// Unwrap returns the wrapped error.
func (e *wrapError) Unwrap() error { return e.err }

// In returns the error in the language l.
func (e *wrapError) In(l Lang) string { return e.m.in(l, e.msg) }

// wrapErrors is an error wrapping several errors, as fmt.Errorf with
// several %w gives.
type wrapErrors struct {
	m    message
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

// Unwrap returns the wrapped errors.
func (e *wrapErrors) Unwrap() []error { return e.errs }

// In returns the error in the language l.
func (e *wrapErrors) In(l Lang) string { return e.m.in(l, e.msg) }

// lookupError returns the Vietnamese form of an error format: from the
// error catalogue, else from the other parts of the catalogue.
func lookupError(en string) (string, bool) {
	if vi, ok := catalogueErrors[en]; ok {
		return vi, true
	}
	return lookup(en)
}

// ErrorTranslated reports whether the error format en has a Vietnamese
// form.
func ErrorTranslated(en string) bool {
	_, ok := lookupError(en)
	return ok
}
