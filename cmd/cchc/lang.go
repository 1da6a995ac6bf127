package main

import (
	"flag"
	"strconv"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// runLang returns the language of a run's messages: the value of --lang
// (--lang X, --lang=X, -lang X) among args, else CCHC_LANG, else the
// locale (i18n.FromEnv). It is read before the flags are parsed, so that
// help and usage errors come in that language too. A bad --lang value is
// an error, with the language of the environment.
func runLang(args []string) (i18n.Lang, error) {
	for i, a := range args {
		if a == "--" {
			break
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "lang" {
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				break
			}
			value = args[i+1]
		}
		l, err := i18n.Parse(value)
		if err != nil {
			return i18n.FromEnv(), newError(i18n.Msgf("--lang %q: want vi or en", value))
		}
		return l, nil
	}
	return i18n.FromEnv(), nil
}

// langFlag declares --lang on fs; runLang reads its value.
func langFlag(fs *flag.FlagSet) {
	fs.String("lang", "", "")
}

// decimal writes v with one decimal, with the decimal separator of the
// language l (a comma in Vietnamese).
func decimal(v float64, l i18n.Lang) string {
	s := strconv.FormatFloat(v, 'f', 1, 64)
	if l == i18n.VI {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
