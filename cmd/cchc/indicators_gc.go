package main

import (
	"os"
	"runtime/debug"
)

// indicatorsGCPercent is the garbage collector's target while the rates
// are computed: a collection when the heap has grown by half of what the
// last one kept, instead of Go's default of all of it.
//
// Reading dossiers makes short-lived buffers (every record, page and
// dictionary of the file) next to a small live set (the readers' buffers
// and the groups' counts), so the peak memory is mostly garbage waiting
// for the next collection; collecting twice as often lowers the peak by a
// quarter to a third at little cost in time (the live set to mark is small).
const indicatorsGCPercent = 50

// lowerGCPercent sets the collector's target to indicatorsGCPercent unless
// the GOGC environment variable sets one, and returns what restores the
// previous target.
func lowerGCPercent() (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	old := debug.SetGCPercent(indicatorsGCPercent)
	return func() { debug.SetGCPercent(old) }
}
