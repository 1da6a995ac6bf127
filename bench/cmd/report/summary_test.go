package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestWriteSummary(t *testing.T) {
	results := []result{
		{Peer: "cchc", Query: "plm", Format: "parquet", Rows: 10_000_000, Median: 1.00, PeakMB: 72},
		{Peer: "duckdb", Query: "plm", Format: "parquet", Rows: 10_000_000, Median: 0.80, PeakMB: 70},
		{Peer: "polars", Query: "plm", Format: "parquet", Rows: 10_000_000, Median: 2.00, PeakMB: 500},
		{Peer: "cchc", Query: "plm", Format: "csv", Rows: 10_000_000, Median: 5.00, PeakMB: 60},
		{Peer: "duckdb", Query: "plm", Format: "csv", Rows: 10_000_000, Median: 6.00, PeakMB: 150},
		{Peer: "polars", Query: "plm", Format: "csv", Rows: 10_000_000, Median: 1.00, PeakMB: 900, Failed: "killed"},
		{Peer: "cchc", Query: "nat", Format: "national", Rows: 1_000_000, Median: 1.00, PeakMB: 100},
	}
	ours := map[key]result{}
	for _, r := range results {
		if r.Peer == "cchc" {
			ours[key{r.Rows, r.Format, r.Query}] = r
		}
	}
	var b bytes.Buffer
	writeSummary(&b, results, ours)
	got := b.String()
	for _, want := range []string{
		"lowest median wall time in 1 of the 2 cells where other",
		"no larger than DuckDB's in 1.",
		"| 1M | nat | national | none ran |  | 1.00 | only cchc | 100 |  | DuckDB did not run |",
		"| 10M | plm | parquet | DuckDB | 0.80 | 1.00 | **slower: cchc takes 25% longer** | 72 | 70 | **3% more** |",
		// polars failed in the CSV cell: it is not counted as faster.
		"| 10M | plm | csv | DuckDB | 6.00 | 5.00 | faster: it takes 20% longer | 60 | 150 | 60% less |",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("summary lacks %q:\n%s", want, got)
		}
	}
	if i, j := strings.Index(got, "| 1M |"), strings.Index(got, "| 10M | plm | parquet"); i > j {
		t.Errorf("rows out of order:\n%s", got)
	}
	if i, j := strings.Index(got, "| 10M | plm | parquet"), strings.Index(got, "| 10M | plm | csv"); i > j {
		t.Errorf("Parquet should come before CSV:\n%s", got)
	}
}
