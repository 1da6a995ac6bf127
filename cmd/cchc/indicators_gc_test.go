package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestLowerGCPercent checks that the collector's target is lowered while
// the rates of a Parquet or Arrow file are computed and restored after,
// and left alone for other files or when GOGC sets it.
func TestLowerGCPercent(t *testing.T) {
	tests := []struct {
		name string
		path string
		gogc string // "" leaves GOGC unset
		want int
	}{
		{name: "parquet", path: "/data/ho_so_2025.parquet", want: indicatorsGCPercent},
		{name: "arrow", path: "dossiers.arrow", want: indicatorsGCPercent},
		{name: "parquet in capitals", path: "HO_SO.PARQUET", want: indicatorsGCPercent},
		{name: "csv", path: "dossiers.csv", want: 137},
		{name: "national xlsx", path: "Danh sach ho so.xlsx", want: 137},
		{name: "no extension", path: "dossiers", want: 137},
		{name: "parquet, GOGC set by the user", path: "d.parquet", gogc: "200", want: 137},
		{name: "arrow, GOGC off", path: "d.arrow", gogc: "off", want: 137},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.gogc != "" {
				t.Setenv("GOGC", tt.gogc)
			} else {
				t.Setenv("GOGC", "") // restored after the test
				os.Unsetenv("GOGC")
			}
			before := debug.SetGCPercent(137)
			defer debug.SetGCPercent(before)
			restore := lowerGCPercent(tt.path)
			if got := debug.SetGCPercent(-1); got != tt.want {
				t.Errorf("target while computing = %d, want %d", got, tt.want)
			}
			debug.SetGCPercent(tt.want)
			restore()
			if got := debug.SetGCPercent(137); got != 137 {
				t.Errorf("target after = %d, want 137 restored", got)
			}
		})
	}
}
