package i18n

// Text is a value that reads differently by language. As an argument of
// T (or of a Msg) it is written as t.In(l); its String method, which fmt
// uses, should give the English.
type Text interface {
	In(l Lang) string
}

// Msg is a message kept with its arguments, to be written in a language
// later: a finding made where no language is known, shown in Vietnamese
// by a report. Its zero value is the empty message.
type Msg struct {
	// Format is the English format: the message id of the catalogue.
	Format string
	// Args are its arguments; those that are Text are written in the
	// language asked for.
	Args []any
}

// Msgf keeps the message format (an English text, the message id) with
// its arguments.
func Msgf(format string, args ...any) Msg { return Msg{Format: format, Args: args} }

// In returns the message in the language l.
func (m Msg) In(l Lang) string {
	if m.Format == "" {
		return ""
	}
	return l.T(m.Format, m.Args...)
}

// String returns the message in English.
func (m Msg) String() string { return m.In(EN) }
