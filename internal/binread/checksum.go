package binread

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"hash"
	"hash/crc32"
	"io"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// Arrow v15's Parquet writer leaves the CRC of each page header unset and
// its reader never checks one, so page checksums cannot be had from it.
// cchc protects its own Parquet files with one CRC-32C (Castagnoli) of
// the whole file instead, kept in the footer's key-value metadata under
// ChecksumKey: it covers every byte but the last eight (footer length and
// "PAR1"), with its own eight hex digits counted as "00000000". Files
// from other tools have no such key and are read unchecked.

// ChecksumKey is the Parquet key-value metadata key of the file checksum.
const ChecksumKey = "cchc.crc32c"

// ChecksumPlaceholder is the value a writer gives ChecksumKey before
// closing; ChecksumWriter.Finish replaces it with the checksum.
const ChecksumPlaceholder = "00000000"

// checksumMark is how ChecksumKey and its value's start look in the
// Thrift compact encoding of the footer: the key's bytes, the field
// header of "value" (field 2, binary: 0x18) and the value's length (8).
var checksumMark = []byte(ChecksumKey + "\x18\x08")

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// ErrChecksum is wrapped by the error of a file whose checksum does not match.
var ErrChecksum = i18n.New("checksum mismatch")

// ChecksumWriter passes a Parquet file through to w while summing it. The
// writer of the file appends ChecksumKey = ChecksumPlaceholder to its
// key-value metadata, calls Hold before closing the Parquet writer (so
// the last pages and the footer are kept back), then Finish, which
// writes the checksum into the footer and the kept bytes to w.
type ChecksumWriter struct {
	w    io.Writer
	sum  hash.Hash32
	hold bool
	held bytes.Buffer
}

// NewChecksumWriter returns a ChecksumWriter writing to w.
func NewChecksumWriter(w io.Writer) *ChecksumWriter {
	return &ChecksumWriter{w: w, sum: crc32.New(castagnoli)}
}

// Write implements io.Writer.
func (c *ChecksumWriter) Write(p []byte) (int, error) {
	if c.hold {
		return c.held.Write(p)
	}
	c.sum.Write(p)
	return c.w.Write(p)
}

// Hold keeps what is written from now on until Finish.
func (c *ChecksumWriter) Hold() { c.hold = true }

// Finish puts the checksum in the footer kept since Hold and writes the
// kept bytes.
func (c *ChecksumWriter) Finish() error {
	b := c.held.Bytes()
	if len(b) < 8 || string(b[len(b)-4:]) != "PAR1" {
		return i18n.New("checksum: the Parquet footer was not written after Hold")
	}
	flen := int(binary.LittleEndian.Uint32(b[len(b)-8:]))
	start := len(b) - 8 - flen
	if start < 0 {
		return i18n.New("checksum: the Parquet footer began before Hold")
	}
	at := bytes.LastIndex(b[start:len(b)-8], checksumMark)
	if at < 0 {
		return i18n.Errorf("checksum: no %s in the Parquet footer", ChecksumKey)
	}
	value := start + at + len(checksumMark)
	if string(b[value:value+8]) != ChecksumPlaceholder {
		return i18n.Errorf("checksum: %s holds %q, not the placeholder", ChecksumKey, b[value:value+8])
	}
	c.sum.Write(b[:len(b)-8])
	hex.Encode(b[value:value+8], binary.BigEndian.AppendUint32(nil, c.sum.Sum32()))
	c.hold = false
	_, err := c.w.Write(b)
	c.held.Reset()
	return err
}

// VerifyParquetChecksum checks the checksum cchc keeps in a Parquet
// file's footer: it reports whether the file has one, and an error
// wrapping ErrChecksum when the file's bytes do not match it. The value
// is found in the footer's bytes, not in the decoded metadata, so that a
// damaged footer that decodes to other metadata is still caught; a
// footer holding the key's bytes with one byte changed counts as damaged.
func VerifyParquetChecksum(ra io.ReaderAt, size int64) (bool, error) {
	if size < 12 {
		return false, nil // too short for Parquet: the reader says so
	}
	var tail [8]byte
	if _, err := ra.ReadAt(tail[:], size-8); err != nil {
		return false, err
	}
	flen := int64(binary.LittleEndian.Uint32(tail[:]))
	if flen > size-12 {
		return false, nil // the reader reports the impossible footer
	}
	footer := make([]byte, flen)
	if _, err := ra.ReadAt(footer, size-8-flen); err != nil {
		return false, err
	}
	at := bytes.LastIndex(footer, checksumMark)
	if at < 0 {
		if nearMark(footer) {
			return true, i18n.Errorf("%w: %w: the footer's %s entry is damaged", ErrDamaged, ErrChecksum, ChecksumKey)
		}
		return false, nil
	}
	start := at + len(checksumMark)
	if start+8 > len(footer) {
		return true, i18n.Errorf("%w: %w: the footer ends inside %s", ErrDamaged, ErrChecksum, ChecksumKey)
	}
	value := string(footer[start : start+8])
	want, err := hex.DecodeString(value)
	if err != nil {
		return true, i18n.Errorf("%w: %w: %s is %q, not eight hex digits", ErrDamaged, ErrChecksum, ChecksumKey, value)
	}
	copy(footer[start:], ChecksumPlaceholder)
	sum := crc32.New(castagnoli)
	if _, err := io.Copy(sum, io.NewSectionReader(ra, 0, size-8-flen)); err != nil {
		return true, err
	}
	sum.Write(footer)
	if got := sum.Sum32(); got != binary.BigEndian.Uint32(want) {
		return true, i18n.Errorf("%w: %w: the file's CRC-32C is %08x where its footer says %s: it changed after cchc wrote it", ErrDamaged, ErrChecksum, got, value)
	}
	return true, nil
}

// nearMark reports whether footer holds checksumMark with one byte changed.
func nearMark(footer []byte) bool {
	for i := 0; i+len(checksumMark) <= len(footer); i++ {
		diff := 0
		for j, c := range checksumMark {
			if footer[i+j] != c {
				if diff++; diff > 1 {
					break
				}
			}
		}
		if diff <= 1 {
			return true
		}
	}
	return false
}
