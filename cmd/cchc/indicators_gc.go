package main

import (
	"os"
	"runtime/debug"

	"github.com/cchc-lab/cchc/dataset/dossier"
)

// indicatorsGCPercent is the garbage collector's target while the rates
// of a Parquet or Arrow dossier file are computed: a collection when the
// heap has grown by half of what the last one kept, instead of Go's
// default of all of it.
//
// Decoding such a file makes short-lived buffers (every record, page and
// dictionary) next to a small live set (the readers' buffers and the
// groups' counts), so the peak memory is mostly garbage waiting for the
// next collection; collecting twice as often lowers the peak by a quarter
// to a third for a few per cent more CPU time. A CSV file keeps Go's
// default: its reader makes many small objects, collecting them twice as
// often cost about 16 % more CPU time when measured, and its peak is
// already below its peers'.
const indicatorsGCPercent = 50

// lowerGCPercent sets the collector's target to indicatorsGCPercent when
// path is a Parquet or Arrow file, unless the GOGC environment variable
// sets one, and returns what restores the previous target.
func lowerGCPercent(path string) (restore func()) {
	if _, set := os.LookupEnv("GOGC"); set {
		return func() {}
	}
	if f, err := dossier.FormatOf(path); err != nil || (f != dossier.FormatParquet && f != dossier.FormatArrow) {
		return func() {}
	}
	old := debug.SetGCPercent(indicatorsGCPercent)
	return func() { debug.SetGCPercent(old) }
}
