package score

import (
	"math"
	"strconv"
	"unsafe"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// noteBuf builds notes without fmt, which matters when millions of rows are
// scored. Finished notes are copied into an arena of large chunks, so that
// a scorecard of millions of rows makes a few allocations for its notes
// rather than one per row; an arena chunk is never written again where a
// note already points into it.
type noteBuf struct {
	b     []byte
	arena []byte
	// bulk turns the arena on (set for table scoring only: a single
	// target must not hold a 64 KiB chunk for one note).
	bulk bool
}

const arenaChunk = 64 << 10

func (n *noteBuf) reset()       { n.b = n.b[:0] }
func (n *noteBuf) str(s string) { n.b = append(n.b, s...) }
func (n *noteBuf) int(i int)    { n.b = strconv.AppendInt(n.b, int64(i), 10) }
func (n *noteBuf) string() string {
	if len(n.b) == 0 {
		return ""
	}
	if !n.bulk || len(n.b) > arenaChunk/8 {
		return string(n.b)
	}
	if cap(n.arena)-len(n.arena) < len(n.b) {
		n.arena = make([]byte, 0, arenaChunk)
	}
	start := len(n.arena)
	n.arena = append(n.arena, n.b...)
	return unsafe.String(&n.arena[start], len(n.b))
}
func (n *noteBuf) num(v float64) { n.b = vntext.AppendNumber(n.b, v) }
func (n *noteBuf) unit(u string) { n.b = appendUnit(n.b, u) }
func (n *noteBuf) numU(v float64, u string) {
	n.num(v)
	n.unit(u)
}

func appendUnit(b []byte, u string) []byte {
	if u == "percent" || u == "%" {
		return append(b, '%')
	}
	return b
}

// comparatorWord returns the comparator as it reads in a note.
func comparatorWord(c string) string {
	switch c {
	case dataset.CmpGE:
		return "≥ "
	case dataset.CmpGT:
		return "> "
	case dataset.CmpLE:
		return "≤ "
	case dataset.CmpLT:
		return "< "
	case dataset.CmpEQ:
		return "= "
	case dataset.CmpApprox:
		return "khoảng "
	}
	return c + " "
}

// writeNote writes the note of a scored target: what was observed, what the
// target asks, and for a change target the change against the baseline year
// ("giảm 20 so với 2024, cần 28").
func writeNote(n *noteBuf, t *dataset.Target, cmp string, year int, actual, measured float64, baseline *float64, e evaluation, tol float64) {
	if isChange(t) {
		verb, other := "giảm ", "tăng "
		if t.Change == dataset.ChangeIncrease {
			verb, other = other, verb
		}
		m := measured
		if m < 0 {
			n.str(other)
			m = -m
		} else {
			n.str(verb)
		}
		n.numU(m, t.Unit)
		n.str(" so với ")
		n.int(baselineYear(t, year))
		n.str(" (")
		n.num(*baseline)
		n.str(" → ")
		n.num(actual)
		n.str("), cần ")
		if measured < 0 {
			n.str(verb)
		}
		switch cmp {
		case dataset.CmpGE:
		case dataset.CmpGT:
			n.str("hơn ")
		default:
			n.str(comparatorWord(cmp))
		}
		n.numU(t.Value, t.Unit)
		return
	}
	n.str("đạt ")
	n.numU(actual, t.Unit)
	if e.met {
		n.str(", chỉ tiêu ")
	} else {
		n.str(", chưa đạt chỉ tiêu ")
	}
	if t.ValueMax != nil {
		n.str("từ ")
		n.numU(t.Value, t.Unit)
		n.str(" đến ")
		n.numU(*t.ValueMax, t.Unit)
		return
	}
	n.str(comparatorWord(cmp))
	n.numU(t.Value, t.Unit)
	if cmp == dataset.CmpApprox {
		n.str(" (sai số cho phép ±")
		n.numU(tol*math.Abs(t.Value), t.Unit)
		n.str(")")
	}
}
