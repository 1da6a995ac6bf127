package main

import (
	"os"
	"runtime/debug"
	"testing"
)

// TestLowerGCPercent checks that the collector's target is lowered while
// the rates are computed and restored after, and left alone when GOGC
// sets it.
func TestLowerGCPercent(t *testing.T) {
	tests := []struct {
		name string
		gogc string // "" leaves GOGC unset
		want int
	}{
		{name: "unset", want: indicatorsGCPercent},
		{name: "set by the user", gogc: "200", want: 137},
		{name: "turned off by the user", gogc: "off", want: 137},
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
			restore := lowerGCPercent()
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
