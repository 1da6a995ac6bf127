package main

import (
	"fmt"
	"io"
)

func runIndicatorsList(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "cchc indicators: not built yet")
	return 1
}
