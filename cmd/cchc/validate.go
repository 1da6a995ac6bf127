package main

import (
	"fmt"
	"io"
)

func runValidate(args []string, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "cchc validate: not built yet")
	return 1
}
