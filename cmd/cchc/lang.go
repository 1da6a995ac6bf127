package main

import (
	"flag"
	"strings"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// runLang returns the language of a run's messages: the value of --lang
// (--lang X, --lang=X, -lang X) among args, else CCHC_LANG, else the
// locale (i18n.FromEnv). It is read before the flags are parsed, so that
// help and usage errors come in that language too.
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
		return i18n.Parse(value)
	}
	return i18n.FromEnv(), nil
}

// langFlag declares --lang on fs; runLang reads its value.
func langFlag(fs *flag.FlagSet) {
	fs.String("lang", "", "vi or en: the language of messages (default: CCHC_LANG, then the locale)")
}
