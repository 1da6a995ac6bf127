package main

import (
	"fmt"
	"io"
)

func runIndicatorsCompute(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "cchc indicators: not built yet")
	return 1
}
