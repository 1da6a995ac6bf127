package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// version is the release of cchc; builds from a checkout report the module version too.
const version = "0.1.0"

func runVersion(args []string, stdout, stderr io.Writer) int {
	v := version
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " (" + s.Value[:12] + ")"
			}
		}
	}
	fmt.Fprintf(stdout, "cchc %s\n", v)
	return 0
}
