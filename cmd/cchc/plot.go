package main

import (
	"fmt"
	"io"
)

func runPlot(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "cchc plot: not built yet")
	return 1
}
