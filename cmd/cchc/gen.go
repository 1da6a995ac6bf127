package main

import (
	"fmt"
	"io"
)

func runGen(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "cchc gen: not built yet")
	return 1
}
