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
// The national sync schema — the payload every provincial one-stop system
// sends to the national portal (MaHoSo, MucDo, KenhThucHien, NgayTiepNhan,
// TrangThaiHoSo, …), and the same records as provinces export them to
// Excel with Vietnamese labels — is read by ReadNational from CSV, XLSX or
// JSON into National records (SchemaOf tells the two schemas apart from a
// file's header). Every record that does not read or breaks a rule (an
// unknown status, a due day before the received day, a date that does not
// parse, status 9 without any end date, …) goes to the reject callback
// with its reason (NationalRejectReasons), its line or sheet and cell.
// NationalCSVWriter and NationalXLSXWriter write the schema.
//
// Parquet files store the times as local timestamps (isAdjustedToUTC =
// false); files that marked them as UTC still read as wall-clock times.
//
// Rates computed from these records live in package indicators/rates; the
// synthetic generator in dossier/gen. The data flow and layers are in
// docs/design.md.
package dossier
