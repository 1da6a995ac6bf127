package damagetest

import "sync"

// ReuseAllocator is an arrow memory.Allocator that fills every freed
// buffer with 0xFF and hands it out again to a later allocation of the
// same size, as a pooling allocator would: a buffer still read after it
// was freed then shows wrong values. Wrap it in memory.NewCheckedAllocator
// to also see leaks and double frees.
type ReuseAllocator struct {
	mu   sync.Mutex
	free map[int][][]byte
}

// Allocate returns a zeroed buffer of n bytes, a freed one when there is one.
func (a *ReuseAllocator) Allocate(n int) []byte {
	a.mu.Lock()
	defer a.mu.Unlock()
	if l := a.free[n]; len(l) > 0 {
		b := l[len(l)-1]
		a.free[n] = l[:len(l)-1]
		clear(b)
		return b
	}
	return make([]byte, n)
}

// Reallocate returns a buffer of n bytes holding b's bytes, and frees b.
func (a *ReuseAllocator) Reallocate(n int, b []byte) []byte {
	nb := a.Allocate(n)
	copy(nb, b)
	a.Free(b)
	return nb
}

// Free poisons b and keeps it for a later allocation of its size.
func (a *ReuseAllocator) Free(b []byte) {
	for i := range b {
		b[i] = 0xFF
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.free == nil {
		a.free = map[int][][]byte{}
	}
	a.free[len(b)] = append(a.free[len(b)], b)
}

// Overwrite fills every freed buffer not yet handed out again with c, as
// later allocations writing into them would.
func (a *ReuseAllocator) Overwrite(c byte) {
	a.mu.Lock()
	defer a.mu.Unlock()
	for _, l := range a.free {
		for _, b := range l {
			for i := range b {
				b[i] = c
			}
		}
	}
}
