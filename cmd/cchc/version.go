package main

import (
	"fmt"
	"io"
	"runtime/debug"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// version is the release of cchc; builds from a checkout report the module version too.
const version = "0.1.0"

// runVersion implements "cchc version".
func runVersion(args []string, stdout, stderr io.Writer) int {
	l, lerr := runLang(args)
	fs := newFlagSet("version")
	rest, err := parseFlags(fs, args)
	if code, done := flagsDone(err, lerr, rest, l, "version", l.T(i18n.VersionUsage), stdout, stderr); done {
		return code
	}
	fmt.Fprintln(stdout, progName+" "+versionString())
	return 0
}

// versionString is the version, with the revision of the build's checkout
// when known.
func versionString() string {
	v := version
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	return v
}
