// Package dataset holds the columnar model of cchc: typed Go structs and
// Apache Arrow schemas for plans, targets, tasks, findings, observations,
// index series and scorecards; conversions between them; readers and
// writers for CSV, JSON, Parquet and Arrow IPC that report every rejected
// row with its file, line, column and reason; and text/HTML rendering of
// tables for terminals and notebooks.
//
// dataset knows nothing of scoring or plotting.
package dataset
