// Package dataset holds the columnar model of cchc: typed Go structs and
// Apache Arrow schemas for plans, targets, tasks, findings, observations,
// index series and scorecards; conversions between them; readers and
// writers for CSV, JSON, Parquet and Arrow IPC that report every rejected
// row with its file, line, column and reason; and text/HTML rendering of
// tables for terminals and notebooks.
//
// # Tables
//
// Each table kind (Kind: plans, targets, tasks, findings, observations,
// index_values, scores) has a fixed Arrow schema (Schema, described column
// by column by Columns) and a Go struct. PlansToRecord, TargetsToRecord,
// ... build a record from structs; PlansFromRecord, TargetsFromRecord, ...
// read them back. Repeating strings are dictionary-encoded; nullable
// struct fields (pointers) are Arrow nulls. Whoever builds a record
// releases it.
//
// # Reading
//
// ReadFile and Read load a file as a Loaded table: the record of the rows
// read with the input line of each (Lines), the rows rejected
// (RejectedRow: file, line, column, reason, raw text) and the count of
// rows read, which always equals the two together. CSV files may start
// with comment lines ('#' first), skipped and counted in line numbers.
// Whole-file problems (empty, not UTF-8, a required column missing, a
// duplicated column) are a *ParseError wrapping ErrEmptyFile, ErrNotUTF8,
// ErrMissingColumn, ErrDuplicateColumn, ErrUnknownKind or ErrFormat. The
// reading rules — Vietnamese number formats, header aliases, canonical
// province names, NFC text — are documented on Read. ReadTargets,
// ReadObservations, ReadIndexValues and the like return structs directly;
// FromArrow reads a record from elsewhere (DuckDB, pandas, a DataFrame)
// into a cchc schema with the same rules.
//
// # Writing
//
// Write and WriteFile write any record as CSV (optionally with a UTF-8
// byte-order mark for Excel), JSON, Parquet or Arrow IPC; WriteFile never
// leaves a half-written file.
//
// Parquet tables need package dataset/parquetio linked in, which a
// program does by importing it for its effect:
//
//	import _ "github.com/cchc-lab/cchc/dataset/parquetio"
//
// Without it Read and Write refuse Parquet with ErrFormat, and the
// program does not link Arrow's pqarrow (with its compute kernels, Flight
// and gRPC): the dossier rates of indicators/rates read Parquet through
// dataset/dossier's own column reader and stay small.
//
// dataset knows nothing of scoring or plotting.
//
// The data flow, the layers and the vocabulary are in docs/design.md.
package dataset
