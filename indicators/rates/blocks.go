package rates

// blockShift sets the size of a block of a blocks list: 4096 items.
const blockShift = 12

// blocks is a list of items stored in fixed-size blocks: it grows by a
// block at a time, without copying what it holds, and pointers to its
// items stay valid as it grows.
type blocks[T any] struct {
	list [][]T
	n    int
}

// add appends a zero item and returns its index.
func (b *blocks[T]) add() int32 {
	if b.n>>blockShift == len(b.list) {
		b.list = append(b.list, make([]T, 1<<blockShift))
	}
	b.n++
	return int32(b.n - 1)
}

// at returns item i.
func (b *blocks[T]) at(i int32) *T {
	return &b.list[i>>blockShift][i&(1<<blockShift-1)]
}

// len returns the number of items.
func (b *blocks[T]) len() int { return b.n }
