package rates

import (
	"cmp"
	"slices"

	"github.com/cchc-lab/cchc/dataset/dossier"
)

// A national file is counted like one of our schema: each reading
// goroutine has a natWorker that keeps its own counts in a groupTable
// keyed by packed integer ids (agency and procedure interned, the level
// as MucDo + 1, the period as a number); mergeNational adds the workers'
// counts up by key, and the keys are sorted once, by the ranks of their
// texts.

// natPeriodBias keeps the years of a packed national period positive.
const natPeriodBias = 1 << 31

// natWorker holds one reading goroutine's counts of a national file.
type natWorker struct {
	opts       Options
	agency     *interner // nil when not grouped by agency
	procedure  *interner // nil when not grouped by procedure
	table      groupTable
	counts     blocks[NationalCounts]
	rows       int64
	notCounted NationalNotCounted
	days       dayCache[natDay] // what each day of receipt says
}

// natDay is what a day of receipt says about a dossier: its packed
// period, the last day of the period it is counted in, and whether it is
// in the period at all.
type natDay struct {
	per     uint64
	lastDay int64
	in      bool
}

func newNatWorker(opts Options) *natWorker {
	w := &natWorker{opts: opts, table: newGroupTable()}
	if opts.By.Agency {
		w.agency = newInterner()
	}
	if opts.By.Procedure {
		w.procedure = newInterner()
	}
	return w
}

// textID returns the id of s in t: 0 when not grouped by it or when s
// is empty (id 0 is the empty text).
func textID(t *interner, s string) uint64 {
	if t == nil || s == "" {
		return 0
	}
	return uint64(t.id(s))
}

// add counts one record that the reader accepted.
func (w *natWorker) add(n *dossier.National) {
	w.rows++
	switch n.Status {
	case dossier.StatusRegistered, dossier.StatusNotAccepted:
		w.notCounted.NotReceived++
		return
	case dossier.StatusWithdrawn:
		w.notCounted.Withdrawn++
		return
	}
	d := w.day(n.ReceivedAt)
	if !d.in {
		w.notCounted.OutsidePeriod++
		return
	}
	var level uint64
	if w.opts.By.Level {
		level = uint64(n.Level) + 1
	}
	k0 := textID(w.agency, n.Agency)<<32 | textID(w.procedure, n.Procedure)
	k1 := level<<56 | d.per
	g, added := w.table.get(k0, k1)
	if added {
		w.counts.add()
	}
	c := w.counts.at(g)
	c.Received++
	if n.Channel == dossier.NatChannelOnline {
		c.OnlineAny++
		if n.Level == dossier.LevelFullOnline {
			c.OnlineFull++
		}
	}
	if n.Level == dossier.LevelFullOnline {
		c.FullProcessReceived++
	}
	if n.Finished() {
		c.Finished++
	}
	if onTime(n, d.lastDay) {
		c.OnTime++
	}
	if n.Fee > 0 {
		c.FeeCharged++
		if n.PaidOnline == 1 || n.PaidOnline == 2 {
			c.PaidOnline++
		}
	}
	if n.Digitised {
		c.Digitised++
	}
}

// day returns what the day of the wall-clock time received says, from
// a table for days within about eleven years of the first one seen.
func (w *natWorker) day(received int64) natDay {
	day := dossier.DayOf(received)
	if d, ok := w.days.get(day); ok {
		return d
	}
	d := w.dayOf(received)
	w.days.put(day, d)
	return d
}

// dayOf works out natDay for a wall-clock time of receipt by the rules
// of nationalTally.period.
func (w *natWorker) dayOf(received int64) natDay {
	t := nationalTally{opts: w.opts}
	year, month, lastDay, in := t.period(received)
	if !in {
		return natDay{}
	}
	sub := 0
	switch w.opts.By.Period {
	case PeriodMonth:
		sub = month
	case PeriodQuarter:
		sub = 12 + (month+2)/3
	}
	return natDay{per: uint64(int64(year)+natPeriodBias)*20 + uint64(sub), lastDay: lastDay, in: true}
}

// mergeNational adds the workers' counts up into t's groups, in the
// order of their keys, with the totals over levels when grouped by level.
func (t *nationalTally) mergeNational(ws []*natWorker) {
	res := t.res
	var agency, procedure *interner = newInterner(), newInterner()
	table := newGroupTable()
	var counts blocks[NationalCounts]
	addTo := func(k0, k1 uint64, c *NationalCounts) {
		g, added := table.get(k0, k1)
		if added {
			counts.add()
		}
		counts.at(g).add(c)
	}
	for _, w := range ws {
		res.Rows += w.rows
		res.NotCounted.NotReceived += w.notCounted.NotReceived
		res.NotCounted.Withdrawn += w.notCounted.Withdrawn
		res.NotCounted.OutsidePeriod += w.notCounted.OutsidePeriod
		ra, rp := remapIDs(w.agency, agency), remapIDs(w.procedure, procedure)
		for gi, k := range w.table.keys {
			a, p := ra[k[0]>>32], rp[k[0]&0xFFFFFFFF]
			addTo(a<<32|p, k[1], w.counts.at(int32(gi)))
		}
	}
	if t.opts.By.Level {
		n := len(table.keys)
		for gi := 0; gi < n; gi++ {
			res.Used += counts.at(int32(gi)).Received
			k := table.keys[gi]
			addTo(k[0], k[1]&^(0xFF<<56), counts.at(int32(gi)))
		}
	} else {
		for gi := range table.keys {
			res.Used += counts.at(int32(gi)).Received
		}
	}
	t.groupsInOrder(table, &counts, agency, procedure)
}

// remapIDs maps the ids of a worker's interner to ids of the common one
// (nil: not grouped by it, every id is 0).
func remapIDs(from, to *interner) []uint64 {
	if from == nil {
		return []uint64{0}
	}
	out := make([]uint64, len(from.names))
	for id, name := range from.names {
		if id > 0 {
			out[id] = uint64(to.id(name))
		}
	}
	return out
}

// natLevelNames are the group texts of the packed levels: 0 the totals,
// MucDo + 1 the others.
var natLevelNames = []string{"", serviceLevel(0), serviceLevel(1), serviceLevel(2), serviceLevel(3), serviceLevel(4)}

// groupsInOrder sets res.Groups from the merged groups, ordered as
// lessKey orders their keys: texts by the rank of their ids, then year
// and period by the packed period.
func (t *nationalTally) groupsInOrder(table groupTable, counts *blocks[NationalCounts], agency, procedure *interner) {
	ra, rp := nameRanks(agency.names, false), nameRanks(procedure.names, false)
	rl := nameRanks(natLevelNames, true)
	type sortKey struct {
		a, l, p int
		per     uint64
		g       int
	}
	keys := make([]sortKey, len(table.keys))
	for g, k := range table.keys {
		keys[g] = sortKey{a: ra[k[0]>>32], l: rl[k[1]>>56], p: rp[k[0]&0xFFFFFFFF], per: k[1] & (1<<56 - 1), g: g}
	}
	slices.SortFunc(keys, func(x, y sortKey) int {
		if c := cmp.Compare(x.a, y.a); c != 0 {
			return c
		}
		if c := cmp.Compare(x.l, y.l); c != 0 {
			return c
		}
		if c := cmp.Compare(x.p, y.p); c != 0 {
			return c
		}
		return cmp.Compare(x.per, y.per)
	})
	if len(keys) > 0 {
		t.res.Groups = make([]GroupRates, 0, len(keys))
	}
	for _, sk := range keys {
		k := table.keys[sk.g]
		per := sk.per
		year := int(int64(per/20) - natPeriodBias)
		key := GroupKey{Year: year, Agency: agency.names[k[0]>>32], Procedure: procedure.names[k[0]&0xFFFFFFFF],
			Level: natLevelNames[k[1]>>56]}
		if sub := int(per % 20); sub != 0 {
			month := sub
			if sub > 12 {
				month = (sub-12)*3 - 2
			}
			key.Period = t.periodText(year, month)
		}
		c := counts.at(int32(sk.g))
		g := GroupRates{Key: key, National: c}
		if !t.opts.CountsOnly {
			g.Rates = c.Rates()
		}
		t.res.Groups = append(t.res.Groups, g)
	}
}
