package score

import (
	"math"
	"strconv"
	"unsafe"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
)

// noteBuf builds notes without fmt, which matters when millions of rows are
// scored. Finished notes are copied into an arena of large chunks, so that
// a scorecard of millions of rows makes a few allocations for its notes
// rather than one per row; an arena chunk is never written again where a
// note already points into it.
type noteBuf struct {
	// w are the words of the notes: Vietnamese (viNote) when nil.
	w     *noteWords
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
func (n *noteBuf) num(v float64) { n.b = n.words().number(n.b, v) }

// words returns the words of the notes.
func (n *noteBuf) words() *noteWords {
	if n.w == nil {
		return &viNote
	}
	return n.w
}
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

// noteWords are the words a note is made of, in one language.
type noteWords struct {
	// number appends a number as the language writes it.
	number func(b []byte, v float64) []byte
	// about is the approx comparator's word.
	about string
	// decrease and increase start a change ("giảm ", "tăng ").
	decrease, increase string
	// against, needs and more are the words of a change's note:
	// "giảm 20 so với 2024 (…), cần hơn 28".
	against, needs, more string
	// actual, target and short start the parts of a level's note:
	// "đạt 38%, chỉ tiêu ≥ 35%", "…, chưa đạt chỉ tiêu ≥ 35%".
	actual, target, short string
	// from and to write a range; tolerance the approx target's margin.
	from, to, tolerance string
	// badComparator, noValue, noData, noBaseline, baselineTail, zeroBaseline
	// and zeroBaselineTail are the notes of a row that could not be scored.
	badComparator, noValue, noData, noBaseline, noBaselineTail, zeroBaseline, zeroBaselineTail string
}

// viNote are the words of the notes in Vietnamese: the notes of the
// scorecard's rows (CSV, Parquet, JSON, workbook, terminal).
var viNote = noteWords{
	number: vntext.AppendNumber,
	about:  "khoảng ", decrease: "giảm ", increase: "tăng ",
	against: " so với ", needs: "), cần ", more: "hơn ",
	actual: "đạt ", target: ", chỉ tiêu ", short: ", chưa đạt chỉ tiêu ",
	from: "từ ", to: " đến ", tolerance: " (sai số cho phép ±",
	badComparator: "phép so sánh không hợp lệ: ", noValue: "chỉ tiêu không có giá trị số",
	noData: "chưa có số liệu năm ", noBaseline: "thiếu số liệu năm ", noBaselineTail: " để tính mức thay đổi",
	zeroBaseline: "số liệu năm ", zeroBaselineTail: " bằng 0, không tính được mức thay đổi tương đối",
}

// enNote are the words of the notes in English (NoteIn).
var enNote = noteWords{
	number: func(b []byte, v float64) []byte {
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return strconv.AppendFloat(b, v, 'f', -1, 64)
		}
		return strconv.AppendFloat(b, math.Round(v*100)/100, 'f', -1, 64)
	},
	about: "about ", decrease: "down ", increase: "up ",
	against: " against ", needs: "), needs ", more: "more than ",
	actual: "actual ", target: ", target ", short: ", short of the target ",
	from: "from ", to: " to ", tolerance: " (tolerance ±",
	badComparator: "invalid comparison: ", noValue: "the target has no numeric value",
	noData: "no data for ", noBaseline: "no data for ", noBaselineTail: " to measure the change against",
	zeroBaseline: "the value of ", zeroBaselineTail: " is 0: no relative change can be measured",
}

// NoteIn returns the note of the scorecard row s of target t, scored
// under the rules r, in the language l. The row's Note is the
// Vietnamese; the English is written by scoring the row's actual and
// baseline again with the words of English, so it says the same thing.
func NoteIn(t dataset.Target, s dataset.Score, r Rules, l i18n.Lang) string {
	if l != i18n.EN {
		return s.Note
	}
	var again dataset.Score
	var slab [3]float64
	nb := noteBuf{w: &enNote}
	scoreInto(&again, &t, s.Year, s.Actual, s.Baseline, &r, slab[:], &nb)
	return again.Note
}

// comparatorWord returns the comparator as it reads in a note.
func (w *noteWords) comparatorWord(c string) string {
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
		return w.about
	}
	return c + " "
}

// writeNote writes the note of a scored target: what was observed, what the
// target asks, and for a change target the change against the baseline year
// ("giảm 20 so với 2024, cần 28").
func writeNote(n *noteBuf, t *dataset.Target, cmp string, year int, actual, measured float64, baseline *float64, e evaluation, tol float64) {
	w := n.words()
	if isChange(t) {
		verb, other := w.decrease, w.increase
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
		n.str(w.against)
		n.int(baselineYear(t, year))
		n.str(" (")
		n.num(*baseline)
		n.str(" → ")
		n.num(actual)
		n.str(w.needs)
		if measured < 0 {
			n.str(verb)
		}
		switch cmp {
		case dataset.CmpGE:
		case dataset.CmpGT:
			n.str(w.more)
		default:
			n.str(w.comparatorWord(cmp))
		}
		n.numU(t.Value, t.Unit)
		return
	}
	n.str(w.actual)
	n.numU(actual, t.Unit)
	if e.met {
		n.str(w.target)
	} else {
		n.str(w.short)
	}
	if t.ValueMax != nil {
		n.str(w.from)
		n.numU(t.Value, t.Unit)
		n.str(w.to)
		n.numU(*t.ValueMax, t.Unit)
		return
	}
	n.str(w.comparatorWord(cmp))
	n.numU(t.Value, t.Unit)
	if cmp == dataset.CmpApprox {
		n.str(w.tolerance)
		n.numU(tol*math.Abs(t.Value), t.Unit)
		n.str(")")
	}
}
