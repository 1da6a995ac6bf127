// Package timing is the line bench/cmd/timeit appends to the results file
// for each program, size, format and query, and bench/cmd/report reads.
package timing

import "time"

// Result is one line of the results file (JSON).
type Result struct {
	Peer    string   `json:"peer"`
	Query   string   `json:"query"`
	Format  string   `json:"format"`
	Rows    int64    `json:"rows"`
	Command []string `json:"command"`
	// WallSeconds are the timed runs' wall times.
	WallSeconds []float64 `json:"wall_seconds"`
	// MaxRSSMB are the timed runs' peak resident memory, in MiB.
	MaxRSSMB []float64 `json:"max_rss_mb"`
	// Median is the median wall time.
	Median float64 `json:"median"`
	// PeakMB is the largest MaxRSSMB.
	PeakMB float64 `json:"peak_mb"`
	// Failed says why the runs stopped, empty when all succeeded.
	Failed string `json:"failed,omitempty"`
	// Load is /proc/loadavg before the first run.
	Load string `json:"load"`
	// Started is when the first run started.
	Started time.Time `json:"started"`
}
