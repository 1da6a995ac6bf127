// Package dossier holds the records of administrative-procedure dossiers
// (hồ sơ thủ tục hành chính) as a province's one-stop system keeps them:
// the Arrow schema (Schema, Columns), the Dossier row type and its
// Builder, and the readers and writers of dossier files in CSV, Parquet
// and Arrow IPC (Open, Create).
//
// A File is read in parts that run in parallel; every row that cannot be
// read is reported as a *RowError with its line (CSV) or row (Parquet,
// Arrow) and the field, never dropped silently. Times are Viet Nam
// wall-clock times (see WallSeconds).
//
// Rates computed from these records live in package indicators/rates; the
// synthetic generator in dossier/gen. The data flow and layers are in
// docs/design.md.
package dossier
