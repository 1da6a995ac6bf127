package main

import "io"

// runIndicators dispatches "cchc indicators list" (the catalogue) and
// "cchc indicators --dossiers FILE ..." (rates from dossier records).
func runIndicators(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] == "list" {
		return runIndicatorsList(args[1:], stdout, stderr)
	}
	return runIndicatorsCompute(args, stdout, stderr)
}
