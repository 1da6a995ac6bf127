package binread

import (
	"bytes"
	"encoding/base64"
	"runtime"

	"github.com/apache/arrow/go/v15/arrow/memory"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// ErrDamaged is wrapped by every error this package returns about a
// file's content.
var ErrDamaged = i18n.New("damaged file")

// limitAllocator refuses, by panicking, an allocation larger than limit:
// a damaged Parquet or Arrow file can declare a buffer of terabytes, which
// would end the program with a fatal out-of-memory error instead of a
// panic the readers recover from.
type limitAllocator struct {
	memory.Allocator
	limit int
}

// allocationRefused is the panic value of a refused allocation.
type allocationRefused struct{ size, limit int }

// String returns the refusal in English.
func (a allocationRefused) String() string { return a.In(i18n.EN) }

// In returns the refusal in the language l.
func (a allocationRefused) In(l i18n.Lang) string {
	return i18n.Textf("a buffer of %d bytes declared, more than the %d bytes a file of this size can need", a.size, a.limit).In(l)
}

func (a limitAllocator) check(n int) {
	if n > a.limit || n < 0 {
		panic(allocationRefused{n, a.limit})
	}
}

// Allocate implements memory.Allocator.
func (a limitAllocator) Allocate(n int) []byte {
	a.check(n)
	return a.Allocator.Allocate(n)
}

// Reallocate implements memory.Allocator.
func (a limitAllocator) Reallocate(n int, b []byte) []byte {
	a.check(n)
	return a.Allocator.Reallocate(n, b)
}

// AllocationLimit is the largest single buffer a reader of a file of size
// bytes may allocate: 64 times the size plus 64 MiB, more than any
// decompression of real data needs.
func AllocationLimit(size int64) int {
	return int(min(64*max(size, 0)+64<<20, 1<<40))
}

// Cap returns an allocator that refuses, by a panic Recovered turns into
// an error, any single allocation larger than AllocationLimit(size).
func Cap(mem memory.Allocator, size int64) memory.Allocator {
	return limitAllocator{Allocator: mem, limit: AllocationLimit(size)}
}

// Recovered turns the value a reader's deferred recover() returned into
// an error wrapping ErrDamaged, nil when r is nil. A runtime error that
// is not about the input (out of memory is not one: it cannot be
// recovered) is reported the same way, since it comes from decoding it.
func Recovered(r any) error {
	if r == nil {
		return nil
	}
	if re, ok := r.(runtime.Error); ok {
		return i18n.Errorf("%w: the decoder failed on it (%v)", ErrDamaged, re)
	}
	return i18n.Errorf("%w: %v", ErrDamaged, r)
}

// CheckStoredSchema checks the Arrow schema that a Parquet file stores,
// base64-encoded, under the key "ARROW:schema" (an IPC stream message),
// before pqarrow decodes it. A value that is not base64 is left to
// pqarrow, which reports it.
func CheckStoredSchema(value string) error {
	decoded, err := base64.StdEncoding.DecodeString(value)
	if err != nil || len(decoded) == 0 {
		decoded, err = base64.RawStdEncoding.DecodeString(value)
	}
	if err != nil {
		return nil
	}
	if err := CheckIPCStream(bytes.NewReader(decoded), int64(len(decoded))); err != nil {
		return i18n.Errorf("%w: the Arrow schema stored in the Parquet metadata: %v", ErrDamaged, err)
	}
	return nil
}
