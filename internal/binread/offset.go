package binread

import (
	"io"

	"github.com/cchc-lab/cchc/internal/i18n"
)

// OffsetWriter gives an io.Writer the Seek(0, io.SeekCurrent) that the
// Arrow IPC file writer asks for, so that an Arrow file can be written to
// a pipe, a device or a checksumming writer as well as to a regular file.
// Any other seek is an error.
type OffsetWriter struct {
	w   io.Writer
	off int64
}

// NewOffsetWriter returns an OffsetWriter writing to w from offset 0.
func NewOffsetWriter(w io.Writer) *OffsetWriter { return &OffsetWriter{w: w} }

// Write writes p to the underlying writer and counts the bytes written.
func (o *OffsetWriter) Write(p []byte) (int, error) {
	n, err := o.w.Write(p)
	o.off += int64(n)
	return n, err
}

// Seek reports the bytes written so far for Seek(0, io.SeekCurrent) and
// refuses every other seek.
func (o *OffsetWriter) Seek(offset int64, whence int) (int64, error) {
	if offset == 0 && whence == io.SeekCurrent {
		return o.off, nil
	}
	return 0, i18n.New("the Arrow file writer cannot seek this writer")
}
