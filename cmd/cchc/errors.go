package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// progName is the name messages start with.
const progName = "cchc"

// prefix is what a message of the command cmd starts with: "cchc cmd: ",
// or "cchc: " for the command itself.
func prefix(cmd string) string {
	if cmd == "" {
		return progName + ": "
	}
	return progName + " " + cmd + ": "
}

// say prints one message of the command cmd, already in the user's
// language: "cchc cmd: text".
func say(w io.Writer, cmd, text string) {
	fmt.Fprintln(w, prefix(cmd)+text)
}

// sayError prints an error of the command cmd in the language l.
func sayError(w io.Writer, l i18n.Lang, cmd string, err error) {
	say(w, cmd, errorText(err, l))
}

// cmdError is an error the command makes: its message is a catalogue
// message, written in the user's language when printed (errorText). An
// argument that is an error is its cause (Unwrap) and is written by
// errorText too.
type cmdError struct{ msg i18n.Msg }

// newError returns the error of the message m.
func newError(m i18n.Msg) error { return &cmdError{msg: m} }

// Error returns the message in English.
func (e *cmdError) Error() string { return e.msg.String() }

// Unwrap returns the first argument that is an error.
func (e *cmdError) Unwrap() error {
	for _, a := range e.msg.Args {
		if err, ok := a.(error); ok {
			return err
		}
	}
	return nil
}

// In writes the message in the language l, its error arguments through
// errorText.
func (e *cmdError) In(l i18n.Lang) string {
	args := make([]any, len(e.msg.Args))
	for i, a := range e.msg.Args {
		if err, ok := a.(error); ok {
			a = errorText(err, l)
		}
		args[i] = a
	}
	return i18n.Msg{Format: e.msg.Format, Args: args}.In(l)
}

// flagError is an error of the flag package while parsing a command
// line (an unknown flag, a bad value).
type flagError struct{ err error }

func (e *flagError) Error() string { return e.err.Error() }
func (e *flagError) Unwrap() error { return e.err }

// In writes the flag package's error in the catalogue's words in the
// language l (as it is when the catalogue has no message for it).
func (e *flagError) In(l i18n.Lang) string {
	if m, ok := flagMessage(e.err); ok {
		return m.In(l)
	}
	return e.err.Error()
}

// flagMessages are the errors of the flag package, matched to the
// catalogue message that says them (the groups are its arguments).
var flagMessages = []struct {
	re  *regexp.Regexp
	msg i18n.Msg
}{
	{regexp.MustCompile(`^flag provided but not defined: (-\S*)$`), i18n.Msgf("unknown flag %s")},
	{regexp.MustCompile(`^flag needs an argument: (-\S*)$`), i18n.Msgf("the flag %s needs a value")},
	{regexp.MustCompile(`^invalid value ("(?:[^"\\]|\\.)*") for flag (-\S*): (.*)$`), i18n.Msgf("invalid value %s for the flag %s: %s")},
	{regexp.MustCompile(`^invalid boolean value ("(?:[^"\\]|\\.)*") for (-\S*): (.*)$`), i18n.Msgf("invalid value %s for the flag %s: %s")},
	{regexp.MustCompile(`^bad flag syntax: (.*)$`), i18n.Msgf("bad flag syntax: %s")},
}

// flagMessage returns the catalogue message of a flag package error.
func flagMessage(err error) (i18n.Msg, bool) {
	s := err.Error()
	for _, m := range flagMessages {
		if g := m.re.FindStringSubmatch(s); g != nil {
			args := make([]any, len(g)-1)
			for i, a := range g[1:] {
				args[i] = a
			}
			if len(args) == 3 {
				args[2] = flagReason(g[3])
			}
			return i18n.Msg{Format: m.msg.Format, Args: args}, true
		}
	}
	return i18n.Msg{}, false
}

// flagReason names why the flag package refused a value: strconv's
// reasons in the catalogue's words, any other (a flag's own) as it is.
func flagReason(s string) any {
	switch s {
	case "parse error":
		return i18n.Msgf("not a valid value")
	case "value out of range":
		return i18n.Msgf("out of range")
	}
	if g := whereReason.FindStringSubmatch(s); g != nil {
		return i18n.Msg{Format: whereMsg.Format, Args: []any{g[1]}}
	}
	return s
}

// whereMsg is the error of a bad --where value; the flag package keeps
// only its text, which whereReason reads back.
var (
	whereMsg    = i18n.Msgf("want COLUMN=VALUE[,VALUE...], got %s")
	whereReason = regexp.MustCompile(`^want COLUMN=VALUE\[,VALUE\.\.\.\], got (".*")$`)
)

// errorText is the one place an error reaches the user: it writes err in
// the language l (i18n.ErrorIn). The command's own errors (cmdError) and
// the flag package's (flagError) carry their catalogue message; the
// library's errors carry their format (i18n.Errorf), a missing Chromium
// its catalogue text; an error that wraps one of them ("file.csv: " +
// the error) keeps its own words and has the cause written in l.
// The flag package's own words are replaced in English too.
func errorText(err error, l i18n.Lang) string {
	var fe *flagError
	if errors.As(err, &fe) && strings.HasSuffix(err.Error(), fe.Error()) {
		return strings.TrimSuffix(err.Error(), fe.Error()) + fe.In(l)
	}
	return i18n.ErrorIn(err, l)
}

// parseFlags parses args with fs, flags and positional arguments in any
// order, and returns the positional ones. The flag package prints
// nothing: its errors come back as flagError, to be printed by errorText
// (flag.ErrHelp as it is, for -h).
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	fs.Usage = func() {}
	rest, err := parseInterspersed(fs, args)
	if err != nil && !errors.Is(err, flag.ErrHelp) {
		return nil, &flagError{err}
	}
	return rest, err
}

// usageProblem prints a usage error of the command cmd and the hint to
// read its help, and returns exit status 2.
func usageProblem(w io.Writer, l i18n.Lang, cmd, text string) int {
	say(w, cmd, text)
	fmt.Fprintln(w, l.T(`run "cchc %s --help" for the flags`, cmd))
	return 2
}

// newFlagSet returns an empty flag set of the command name with --lang
// declared (runLang reads its value before the flags are parsed).
func newFlagSet(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	langFlag(fs)
	return fs
}

// flagsDone ends a run after its flags were parsed when they ask for help
// (the help usage on stdout, status 0) or are wrong: a flag error (err),
// a bad --lang (lerr) or, when no positional arguments are wanted, one
// given (rest) — the error and the hint on stderr, status 2. usage is the
// help in the language l.
func flagsDone(err, lerr error, rest []string, l i18n.Lang, cmd, usage string, stdout, stderr io.Writer) (code int, done bool) {
	switch {
	case errors.Is(err, flag.ErrHelp):
		fmt.Fprint(stdout, usage)
		return 0, true
	case err != nil:
		return usageProblem(stderr, l, cmd, errorText(err, l)), true
	case lerr != nil:
		return usageProblem(stderr, l, cmd, errorText(lerr, l)), true
	case len(rest) > 0:
		return usageProblem(stderr, l, cmd, l.T("unexpected argument %q", rest[0])), true
	}
	return 0, false
}

// hintedError is an error followed, on a line of its own, by a hint
// already written in the user's language: "err\n(hint)". Its error is
// written in the language asked for, the hint as it is.
type hintedError struct {
	err  error
	hint string
}

// Error returns the error in English and the hint.
func (e *hintedError) Error() string { return e.err.Error() + "\n(" + e.hint + ")" }

// In returns the error in the language l and the hint.
func (e *hintedError) In(l i18n.Lang) string { return i18n.ErrorIn(e.err, l) + "\n(" + e.hint + ")" }

// Unwrap returns the error.
func (e *hintedError) Unwrap() error { return e.err }
