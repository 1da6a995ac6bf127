package rates

import (
	"bytes"
	"fmt"
	"math"
	mathbits "math/bits"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"golang.org/x/text/unicode/norm"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// The group-by is a loop over the raw column buffers: dictionary indices
// are mapped to group ids once per record through a small table, times are
// read from the value slices, and each row's group is found in an
// open-addressing hash table keyed by two machine words. Each worker keeps
// its own table and counts; mergeWorkers adds them up by key.
//
// A worker counts in 32 bits (half the memory of Counts per group). No
// count of a group can exceed the rows the worker counted since its last
// spill, and a worker spills (adds its 32-bit counts to 64-bit ones and
// starts them again from zero) before that number would pass spillRows, so
// the 32-bit counts never overflow.

// spillRows is the most rows a worker counts between spills.
const spillRows = math.MaxUint32

// spillEvery is the spillAt of new workers: spillRows (tests lower it to
// make workers spill).
var spillEvery int64 = spillRows

// narrowCounts are a worker's counts of one group since its last spill
// (the fields of Counts, in 32 bits).
type narrowCounts struct {
	received, onlineFull, onlineAny, finished, onTime, feeRequired, paidOnline,
	digitised, resultDigitised, rated, satisfied, openAsOf, overdueAsOf uint32
}

// addNarrow adds o to c.
func (c *Counts) addNarrow(o *narrowCounts) {
	c.Received += int64(o.received)
	c.OnlineFull += int64(o.onlineFull)
	c.OnlineAny += int64(o.onlineAny)
	c.Finished += int64(o.finished)
	c.OnTime += int64(o.onTime)
	c.FeeRequired += int64(o.feeRequired)
	c.PaidOnline += int64(o.paidOnline)
	c.Digitised += int64(o.digitised)
	c.ResultDigitised += int64(o.resultDigitised)
	c.Rated += int64(o.rated)
	c.Satisfied += int64(o.satisfied)
	c.OpenAsOf += int64(o.openAsOf)
	c.OverdueAsOf += int64(o.overdueAsOf)
}

// Channel codes.
const (
	chanFull    int8 = 0
	chanPartial int8 = 1
	chanPerson  int8 = 2
	chanPostal  int8 = 3
	chanUnknown int8 = -1
	chanNull    int8 = -2
)

func channelCode(s string) int8 {
	switch s {
	case dossier.ChannelOnlineFull:
		return chanFull
	case dossier.ChannelOnlinePartial:
		return chanPartial
	case dossier.ChannelInPerson:
		return chanPerson
	case dossier.ChannelPostal:
		return chanPostal
	}
	t := strings.ToLower(strings.TrimSpace(s))
	if t != s {
		return channelCode(t)
	}
	return chanUnknown
}

// nullID marks a null grouping value.
const nullID = ^uint32(0)

// interner gives each distinct (NFC) text of one dimension a small id.
type interner struct {
	raw   map[string]uint32
	canon map[string]uint32
	names []string
}

func newInterner() *interner {
	return &interner{raw: map[string]uint32{}, canon: map[string]uint32{}, names: []string{""}}
}

func (t *interner) id(s string) uint32 {
	if id, ok := t.raw[s]; ok {
		return id
	}
	// s may point into a record's buffer: the interner keeps copies, so
	// that it does not hold a released record's buffer alive.
	raw := strings.Clone(s)
	c := raw
	if !norm.NFC.IsNormalString(c) {
		c = norm.NFC.String(c)
	}
	id, ok := t.canon[c]
	if !ok {
		id = uint32(len(t.names))
		t.names = append(t.names, c)
		t.canon[c] = id
	}
	t.raw[raw] = id
	return id
}

// groupTable maps a two-word key to a dense group index.
type groupTable struct {
	slots []int32
	keys  [][2]uint64
	mask  uint64
}

func newGroupTable() groupTable {
	t := groupTable{slots: make([]int32, 1024), mask: 1023}
	for i := range t.slots {
		t.slots[i] = -1
	}
	return t
}

func hashKey(k0, k1 uint64) uint64 {
	h := k0*0x9E3779B97F4A7C15 ^ (k1+0x632BE59BD9B4E019)*0xC2B2AE3D27D4EB4F
	return h ^ h>>31
}

// get returns the index of key (k0, k1), adding it when new; added
// reports whether it was.
func (t *groupTable) get(k0, k1 uint64) (idx int32, added bool) {
	i := hashKey(k0, k1) & t.mask
	for {
		s := t.slots[i]
		if s < 0 {
			break
		}
		if k := t.keys[s]; k[0] == k0 && k[1] == k1 {
			return s, false
		}
		i = (i + 1) & t.mask
	}
	idx = int32(len(t.keys))
	t.keys = append(t.keys, [2]uint64{k0, k1})
	t.slots[i] = idx
	if uint64(len(t.keys))*2 > t.mask {
		t.grow()
	}
	return idx, true
}

func (t *groupTable) grow() {
	n := len(t.slots) * 2
	t.slots = make([]int32, n)
	for i := range t.slots {
		t.slots[i] = -1
	}
	t.mask = uint64(n - 1)
	for idx, k := range t.keys {
		i := hashKey(k[0], k[1]) & t.mask
		for t.slots[i] >= 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = int32(idx)
	}
}

// Dimension slots in a worker.
const (
	dimProvince = iota
	dimAgency
	dimLevel
	dimProcedure
	numDims
)

// dimColumn returns the dossier column of a dimension slot.
func dimColumn(d int) string {
	return [numDims]string{dossier.ColProvince, dossier.ColAgency,
		dossier.ColLevel, dossier.ColProcedure}[d]
}

// worker holds one goroutine's partial counts.
type worker struct {
	by      GroupBy
	hasAsOf bool
	asOf    int64
	maxEx   int
	onBad   func(BadRecord)
	dims    [numDims]*interner
	table   groupTable
	counts  blocks[narrowCounts] // by group of table, since the last spill
	spilled blocks[Counts]       // by group of table, up to the last spill (empty before one)
	// sinceSpill is the number of rows counted since the last spill;
	// spillAt the most there may be (spillRows, less in tests).
	sinceSpill, spillAt int64
	rows                int64
	bad                 [numReasons]int64
	exN                 [numReasons]int
	// examples in this worker's input order (which is file order: parts
	// take chunks in increasing order).
	examples []BadRecord

	// per-record scratch
	gids           [numDims][]uint32
	recv, due, fin []int64
	chn            []int8
	flags          []uint8
	rating         []int32
	periods        dayCache[uint32]          // the period of each day of receipt
	dimDicts       [numDims]dictMemo[uint32] // the group ids of each dimension's last dictionary
	chanDict       dictMemo[int8]            // the channel codes of the last channel dictionary
}

func newRateWorker(by GroupBy, hasAsOf bool, asOf int64, maxEx int, onBad func(BadRecord)) *worker {
	w := &worker{by: by, hasAsOf: hasAsOf, asOf: asOf, maxEx: maxEx, table: newGroupTable(), onBad: onBad,
		spillAt: spillEvery}
	on := [numDims]bool{by.Province, by.Agency, by.Level, by.Procedure}
	for d := range on {
		if on[d] {
			w.dims[d] = newInterner()
		}
	}
	return w
}

const (
	flagFee uint8 = 1 << iota
	flagPaid
	flagDig
	flagResDig
	flagRecvNull
	flagDueNull
	flagFinNull
	flagRatingNull
)

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

func column(rec arrow.Record, name string) (arrow.Array, error) {
	idx := rec.Schema().FieldIndices(name)
	if len(idx) == 0 {
		return nil, i18n.Errorf("rates: missing dossier column %q", name)
	}
	return rec.Column(idx[0]), nil
}

// process counts the rows of one record.
func (w *worker) process(b batch) error {
	rec := b.rec
	n := int(rec.NumRows())
	if n == 0 {
		return nil
	}
	w.flags = grow(w.flags, n)
	clear(w.flags)
	for d := 0; d < numDims; d++ {
		if w.dims[d] == nil {
			continue
		}
		col, err := column(rec, dimColumn(d))
		if err != nil {
			return err
		}
		w.gids[d] = grow(w.gids[d], n)
		if err := w.groupIDs(col, w.dims[d], &w.dimDicts[d], w.gids[d]); err != nil {
			return i18n.Errorf("rates: column %q: %w", dimColumn(d), err)
		}
	}
	var err error
	if w.recv, err = w.times(rec, dossier.ColReceivedAt, w.recv, flagRecvNull); err != nil {
		return err
	}
	if w.due, err = w.times(rec, dossier.ColDueAt, w.due, flagDueNull); err != nil {
		return err
	}
	if w.fin, err = w.times(rec, dossier.ColFinishedAt, w.fin, flagFinNull); err != nil {
		return err
	}
	if err := w.channels(rec); err != nil {
		return err
	}
	for _, bc := range []struct {
		name string
		flag uint8
	}{{dossier.ColFeeRequired, flagFee}, {dossier.ColPaidOnline, flagPaid},
		{dossier.ColDigitised, flagDig}, {dossier.ColResultDigitised, flagResDig}} {
		if err := w.bools(rec, bc.name, bc.flag); err != nil {
			return err
		}
	}
	if err := w.ratings(rec); err != nil {
		return err
	}
	w.rows += int64(n)
	for lo := 0; lo < n; {
		hi := n
		if room := w.spillAt - w.sinceSpill; room <= 0 {
			w.spill()
			continue
		} else if int64(hi-lo) > room {
			hi = lo + int(room)
		}
		w.count(b, lo, hi)
		w.sinceSpill += int64(hi - lo)
		lo = hi
	}
	return nil
}

// spill adds the 32-bit counts to the 64-bit ones and sets them to zero.
func (w *worker) spill() {
	for g := 0; g < w.counts.len(); g++ {
		if g >= w.spilled.len() {
			w.spilled.add()
		}
		c := w.counts.at(int32(g))
		w.spilled.at(int32(g)).addNarrow(c)
		*c = narrowCounts{}
	}
	w.sinceSpill = 0
}

// groupCounts adds the counts of group g to c.
func (w *worker) groupCounts(g int32, c *Counts) {
	if int(g) < w.spilled.len() {
		c.add(w.spilled.at(g))
	}
	c.addNarrow(w.counts.at(g))
}

// count is the hot loop: it counts rows lo to hi-1 of b.
func (w *worker) count(b batch, lo, hi int) {
	n := hi
	var gp, ga, gl, gr []uint32
	if w.dims[dimProvince] != nil {
		gp = w.gids[dimProvince][:n]
	}
	if w.dims[dimAgency] != nil {
		ga = w.gids[dimAgency][:n]
	}
	if w.dims[dimLevel] != nil {
		gl = w.gids[dimLevel][:n]
	}
	if w.dims[dimProcedure] != nil {
		gr = w.gids[dimProcedure][:n]
	}
	recv, due, fin := w.recv[:n], w.due[:n], w.fin[:n]
	chn, flags, rating := w.chn[:n], w.flags[:n], w.rating[:n]
	const nullFlags = flagRecvNull | flagDueNull
	lastK0, lastK1 := ^uint64(0), ^uint64(0)
	var c *narrowCounts
	var cg int32 = -1
	for i := lo; i < n; i++ {
		f := flags[i]
		var p, a, l, r uint32
		if gp != nil {
			p = gp[i]
		}
		if ga != nil {
			a = ga[i]
		}
		if gl != nil {
			l = gl[i]
		}
		if gr != nil {
			r = gr[i]
		}
		ch := chn[i]
		rt := rating[i]
		reason := -1
		switch {
		case f&nullFlags != 0 || ch == chanNull || p == nullID || a == nullID || l == nullID || r == nullID:
			reason = reasonIdxMissing
		case f&flagFinNull == 0 && fin[i] < recv[i]:
			reason = reasonIdxFinished
		case due[i] < recv[i]:
			reason = reasonIdxDue
		case ch == chanUnknown:
			reason = reasonIdxChannel
		case f&flagRatingNull == 0 && (rt < dossier.RatingMin || rt > dossier.RatingMax):
			reason = reasonIdxRating
		}
		if reason >= 0 {
			w.reject(b, i, reason)
			continue
		}
		per := w.period(recv[i])
		k0 := uint64(p)<<32 | uint64(a)
		k1 := uint64(l)<<56 | uint64(r)<<24 | uint64(per)
		if k0 != lastK0 || k1 != lastK1 {
			g, added := w.table.get(k0, k1)
			if added {
				w.counts.add()
			}
			cg = g
			lastK0, lastK1 = k0, k1
		}
		c = w.counts.at(cg)
		c.received++
		switch ch {
		case chanFull:
			c.onlineFull++
			c.onlineAny++
		case chanPartial:
			c.onlineAny++
		}
		finished := f&flagFinNull == 0
		if finished {
			c.finished++
			if fin[i] <= due[i] {
				c.onTime++
			}
			if f&flagResDig != 0 {
				c.resultDigitised++
			}
		}
		if f&flagFee != 0 {
			c.feeRequired++
			if f&flagPaid != 0 {
				c.paidOnline++
			}
		}
		if f&flagDig != 0 {
			c.digitised++
		}
		if f&flagRatingNull == 0 {
			c.rated++
			if rt >= dossier.RatingSatisfied {
				c.satisfied++
			}
		}
		if w.hasAsOf && recv[i] <= w.asOf && (!finished || fin[i] > w.asOf) {
			c.openAsOf++
			if due[i] < w.asOf {
				c.overdueAsOf++
			}
		}
	}
}

// period returns year*20 + sub, where sub is 0 (year), 1..12 (month) or
// 13..16 (quarter), for a wall-clock time in seconds. Days within about
// eleven years of the first one seen are looked up in a table.
func (w *worker) period(secs int64) uint32 {
	day := secs / 86400
	if secs%86400 < 0 {
		day--
	}
	if v, ok := w.periods.get(day); ok {
		return v
	}
	v := w.periodOf(day)
	w.periods.put(day, v)
	return v
}

func (w *worker) periodOf(day int64) uint32 {
	y, m := civil(day)
	per := int64(y) * 20
	switch w.by.Period {
	case PeriodMonth:
		per += int64(m)
	case PeriodQuarter:
		per += 13 + int64(m-1)/3
	}
	if per < 0 || per >= 1<<24 {
		per = 0
	}
	return uint32(per)
}

// civil returns the year and month of a day counted from 1970-01-01
// (proleptic Gregorian; H. Hinnant's algorithm).
func civil(z int64) (int, int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), int(m)
}

func (w *worker) decodeKey(k [2]uint64) GroupKey {
	var key GroupKey
	name := func(d int, id uint64) string {
		if w.dims[d] == nil || id >= uint64(len(w.dims[d].names)) {
			return ""
		}
		return w.dims[d].names[id]
	}
	key.Province = name(dimProvince, k[0]>>32)
	key.Agency = name(dimAgency, k[0]&0xFFFFFFFF)
	key.Level = name(dimLevel, k[1]>>56)
	key.Procedure = name(dimProcedure, k[1]>>24&0xFFFFFFFF)
	per := k[1] & 0xFFFFFF
	key.Year = int(per / 20)
	switch sub := per % 20; {
	case sub >= 1 && sub <= 12:
		key.Period = fmt.Sprintf("%04d-%02d", key.Year, sub)
	case sub >= 13:
		key.Period = fmt.Sprintf("%04d-Q%d", key.Year, sub-12)
	}
	return key
}

func (w *worker) reject(b batch, i, reason int) {
	w.bad[reason]++
	example := w.exN[reason] < w.maxEx
	if !example && w.onBad == nil {
		return
	}
	pos, kind := b.position(i)
	ts := func(s int64) string { return dossier.FromWallSeconds(s).Format("2006-01-02 15:04:05") }
	var why i18n.Text
	switch reason {
	case reasonIdxMissing:
		var cols []string
		f := w.flags[i]
		if f&flagRecvNull != 0 {
			cols = append(cols, dossier.ColReceivedAt)
		}
		if f&flagDueNull != 0 {
			cols = append(cols, dossier.ColDueAt)
		}
		if w.chn[i] == chanNull {
			cols = append(cols, dossier.ColChannel)
		}
		for d := 0; d < numDims; d++ {
			if w.dims[d] != nil && w.gids[d][i] == nullID {
				cols = append(cols, dimColumn(d))
			}
		}
		why = i18n.Textf("no value in %s", strings.Join(cols, ", "))
	case reasonIdxFinished:
		why = i18n.Textf("finished_at %s is before received_at %s", ts(w.fin[i]), ts(w.recv[i]))
	case reasonIdxDue:
		why = i18n.Textf("due_at %s is before received_at %s", ts(w.due[i]), ts(w.recv[i]))
	case reasonIdxChannel:
		s, _ := stringValue(b.rec, dossier.ColChannel, i)
		s = strings.Clone(s) // kept in why: not a reference into the record
		why = i18n.Textf("channel %q is not one of %s", s, strings.Join(dossier.Channels(), ", "))
	case reasonIdxRating:
		why = i18n.Textf("rating %d is outside %d..%d", w.rating[i], dossier.RatingMin, dossier.RatingMax)
	}
	br := badRecord(BadReasons()[reason], pos, kind, why)
	if example {
		w.exN[reason]++
		w.examples = append(w.examples, br)
	}
	if w.onBad != nil {
		w.onBad(br)
	}
}

func stringValue(rec arrow.Record, name string, i int) (string, bool) {
	col, err := column(rec, name)
	if err != nil || col.IsNull(i) {
		return "", false
	}
	switch c := col.(type) {
	case *array.String:
		return c.Value(i), true
	case *array.LargeString:
		return c.Value(i), true
	case *array.Dictionary:
		switch d := c.Dictionary().(type) {
		case *array.String:
			return d.Value(c.GetValueIndex(i)), true
		case *array.LargeString:
			return d.Value(c.GetValueIndex(i)), true
		}
	}
	return "", false
}

// dictTable maps each dictionary entry through f.
func dictTable[T any](dict arrow.Array, f func(string) T) ([]T, error) {
	switch d := dict.(type) {
	case *array.String:
		out := make([]T, d.Len())
		for j := range out {
			out[j] = f(d.Value(j))
		}
		return out, nil
	case *array.LargeString:
		out := make([]T, d.Len())
		for j := range out {
			out[j] = f(d.Value(j))
		}
		return out, nil
	}
	return nil, i18n.Errorf("dictionary of %s, want strings", dict.DataType())
}

// dictMemo remembers the table of the last string dictionary of a column.
// A Parquet reader hands every record of a row group the dictionary read
// so far, which only grows: the entries the previous dictionary had are
// recognised by comparing its bytes and offsets, and only the new entries
// go through f. Any other dictionary is mapped afresh.
type dictMemo[T any] struct {
	data    []byte  // the entries' bytes
	offsets []int32 // where each entry starts in data, and the end
	tab     []T
}

// table returns the table of dict (the memo's: valid until the next call).
func (m *dictMemo[T]) table(dict arrow.Array, f func(string) T) ([]T, error) {
	d, ok := dict.(*array.String)
	if !ok {
		return dictTable(dict, f)
	}
	n := d.Len()
	offs := d.ValueOffsets()
	data := d.ValueBytes()
	base := offs[0]
	keep := 0
	if k := len(m.tab); k > 0 && k <= n && sameOffsets(offs[:k+1], base, m.offsets) &&
		len(data) >= len(m.data) && bytes.Equal(data[:len(m.data)], m.data) {
		keep = k
	}
	m.tab = m.tab[:keep]
	for j := keep; j < n; j++ {
		m.tab = append(m.tab, f(d.Value(j)))
	}
	m.data = append(m.data[:0], data...)
	m.offsets = m.offsets[:0]
	for _, o := range offs {
		m.offsets = append(m.offsets, o-base)
	}
	return m.tab, nil
}

// sameOffsets reports whether offs, less base, equal want.
func sameOffsets(offs []int32, base int32, want []int32) bool {
	if len(offs) != len(want) {
		return false
	}
	for i, o := range offs {
		if o-base != want[i] {
			return false
		}
	}
	return true
}

// mapStrings sets out[i] to f(row i) through the dictionary when there is
// one (its table kept in memo), to null for nulls.
func mapStrings[T any](col arrow.Array, out []T, null T, memo *dictMemo[T], f func(string) T) error {
	hasNulls := col.NullN() > 0
	switch c := col.(type) {
	case *array.Dictionary:
		tab, err := memo.table(c.Dictionary(), f)
		if err != nil {
			return err
		}
		if idx, ok := c.Indices().(*array.Int32); ok {
			vals := idx.Int32Values()
			for i := range out {
				if hasNulls && c.IsNull(i) {
					out[i] = null
					continue
				}
				v := vals[i]
				if v < 0 || int(v) >= len(tab) {
					return i18n.Errorf("dictionary index %d out of range", v)
				}
				out[i] = tab[v]
			}
			return nil
		}
		for i := range out {
			if hasNulls && c.IsNull(i) {
				out[i] = null
				continue
			}
			v := c.GetValueIndex(i)
			if v < 0 || v >= len(tab) {
				return i18n.Errorf("dictionary index %d out of range", v)
			}
			out[i] = tab[v]
		}
		return nil
	case *array.String:
		for i := range out {
			if hasNulls && c.IsNull(i) {
				out[i] = null
				continue
			}
			out[i] = f(c.Value(i))
		}
		return nil
	case *array.LargeString:
		for i := range out {
			if hasNulls && c.IsNull(i) {
				out[i] = null
				continue
			}
			out[i] = f(c.Value(i))
		}
		return nil
	}
	return i18n.Errorf("type %s, want a string or a dictionary of strings", col.DataType())
}

func (w *worker) groupIDs(col arrow.Array, t *interner, memo *dictMemo[uint32], out []uint32) error {
	return mapStrings(col, out, nullID, memo, func(s string) uint32 {
		if s == "" {
			return nullID
		}
		return t.id(s)
	})
}

func (w *worker) channels(rec arrow.Record) error {
	col, err := column(rec, dossier.ColChannel)
	if err != nil {
		return err
	}
	w.chn = grow(w.chn, int(rec.NumRows()))
	if err := mapStrings(col, w.chn, chanNull, &w.chanDict, func(s string) int8 {
		if strings.TrimSpace(s) == "" {
			return chanNull
		}
		return channelCode(s)
	}); err != nil {
		return i18n.Errorf("rates: column %q: %w", dossier.ColChannel, err)
	}
	return nil
}

// times reads a time column into seconds, flagging nulls.
func (w *worker) times(rec arrow.Record, name string, out []int64, nullFlag uint8) ([]int64, error) {
	col, err := column(rec, name)
	if err != nil {
		return out, err
	}
	n := int(rec.NumRows())
	out = grow(out, n)
	hasNulls := col.NullN() > 0
	switch c := col.(type) {
	case *array.Timestamp:
		tt := c.DataType().(*arrow.TimestampType)
		vals := c.TimestampValues()
		if tt.Unit == arrow.Second {
			for i, v := range vals[:n] {
				out[i] = int64(v)
			}
		} else {
			for i, v := range vals[:n] {
				out[i] = dossier.UnitToSeconds(int64(v), tt.Unit)
			}
		}
		if tt.TimeZone != "" && n > 0 {
			// A zoned timestamp holds instants: shift them to wall-clock
			// time (by the zone's offset at the batch's first value).
			off, err := dossier.ZoneOffset(tt.TimeZone, out[0])
			if err != nil {
				return out, i18n.Errorf("rates: column %q: %w", name, err)
			}
			if off != 0 {
				for i := range out[:n] {
					out[i] += off
				}
			}
		}
	case *array.Date32:
		for i, v := range c.Date32Values()[:n] {
			out[i] = int64(v) * 86400
		}
	case *array.Date64:
		for i, v := range c.Date64Values()[:n] {
			out[i] = dossier.UnitToSeconds(int64(v), arrow.Millisecond)
		}
	default:
		return out, i18n.Errorf("rates: column %q: type %s, want a timestamp or date", name, col.DataType())
	}
	if hasNulls {
		for i := 0; i < n; i++ {
			if col.IsNull(i) {
				w.flags[i] |= nullFlag
			}
		}
	}
	return out, nil
}

// bools sets flag for rows whose value is true; nulls count as false.
func (w *worker) bools(rec arrow.Record, name string, flag uint8) error {
	col, err := column(rec, name)
	if err != nil {
		return err
	}
	c, ok := col.(*array.Boolean)
	if !ok {
		return i18n.Errorf("rates: column %q: type %s, want bool", name, col.DataType())
	}
	n := int(rec.NumRows())
	flags := w.flags[:n]
	if c.NullN() > 0 || len(c.Data().Buffers()) < 2 || c.Data().Buffers()[1] == nil {
		for i := range flags {
			if c.Value(i) && c.IsValid(i) {
				flags[i] |= flag
			}
		}
		return nil
	}
	// No nulls: the value bits, read straight from the bitmap.
	bits, off := c.Data().Buffers()[1].Bytes(), c.Data().Offset()
	shift := uint(mathbits.TrailingZeros8(flag))
	for i := range flags {
		j := off + i
		flags[i] |= (bits[j>>3] >> (j & 7) & 1) << shift
	}
	return nil
}

func (w *worker) ratings(rec arrow.Record) error {
	col, err := column(rec, dossier.ColRating)
	if err != nil {
		return err
	}
	n := int(rec.NumRows())
	w.rating = grow(w.rating, n)
	out := w.rating
	switch c := col.(type) {
	case *array.Int8:
		for i, v := range c.Int8Values()[:n] {
			out[i] = int32(v)
		}
	case *array.Int16:
		for i, v := range c.Int16Values()[:n] {
			out[i] = int32(v)
		}
	case *array.Int32:
		copy(out, c.Int32Values()[:n])
	case *array.Int64:
		for i, v := range c.Int64Values()[:n] {
			out[i] = clamp32(v)
		}
	case *array.Uint8:
		for i, v := range c.Uint8Values()[:n] {
			out[i] = int32(v)
		}
	case *array.Null:
		for i := range out {
			w.flags[i] |= flagRatingNull
		}
		return nil
	default:
		return i18n.Errorf("rates: column %q: type %s, want an integer", dossier.ColRating, col.DataType())
	}
	if col.NullN() > 0 {
		for i := 0; i < n; i++ {
			if col.IsNull(i) {
				w.flags[i] |= flagRatingNull
			}
		}
	}
	return nil
}

func clamp32(v int64) int32 {
	switch {
	case v > 1<<30:
		return 1 << 30
	case v < -1<<30:
		return -1 << 30
	}
	return int32(v)
}
