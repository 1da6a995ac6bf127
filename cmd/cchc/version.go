package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// version is the release of cchc; builds from a checkout report the module version too.
const version = "0.1.0"

func runVersion(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintf(stdout, "cchc %s\n", versionString())
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
