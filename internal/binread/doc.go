// Package binread is the one guarded path for reading binary inputs:
// Parquet and Arrow IPC files, be they tables (package dataset) or
// dossier records (package dataset/dossier).
//
// Arrow v15's decoders trust the sizes a file declares and panic, loop
// or ask for terabytes on a damaged file. A reader that goes through
// this package:
//   - checks the flatbuffer metadata of Arrow IPC files and of the Arrow
//     schema stored in Parquet files before decoding them (CheckIPCFile,
//     CheckIPCStream, CheckStoredSchema), so that no declared length
//     larger than the file reaches an allocation;
//   - allocates through Cap, which refuses (by a panic the reader
//     recovers) any single buffer larger than the file could hold;
//   - recovers the decoder's panics at its boundary (Recovered);
//   - checks every record it gets (CheckRecord): buffer sizes, offsets,
//     dictionary indices, and UTF-8 in string columns;
//   - compares the rows it read with the rows the file declares;
//   - verifies the CRC-32C that cchc writes in the key-value metadata of
//     its own Parquet files (ChecksumWriter, VerifyParquetChecksum).
package binread
