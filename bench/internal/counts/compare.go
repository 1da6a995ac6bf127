package counts

import "fmt"

// Compare returns one line per group whose counts differ between ours and
// peer, or that only one of them has, in key order. Duplicate keys in
// either file are differences too.
func Compare(ours, peer []Row) []string {
	index := func(rows []Row, name string, diffs *[]string) map[Key][NumCounts]int64 {
		m := make(map[Key][NumCounts]int64, len(rows))
		for _, r := range rows {
			if _, dup := m[r.Key]; dup {
				*diffs = append(*diffs, fmt.Sprintf("%v: twice in %s", r.Key, name))
			}
			m[r.Key] = r.Counts
		}
		return m
	}
	var diffs []string
	a := index(ours, "ours", &diffs)
	b := index(peer, "peer", &diffs)
	keys := make([]Row, 0, len(a)+len(b))
	for k := range a {
		keys = append(keys, Row{Key: k})
	}
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, Row{Key: k})
		}
	}
	Sort(keys)
	for _, r := range keys {
		ca, inA := a[r.Key]
		cb, inB := b[r.Key]
		switch {
		case !inB:
			diffs = append(diffs, fmt.Sprintf("%v: missing from peer (ours %v)", r.Key, ca))
		case !inA:
			diffs = append(diffs, fmt.Sprintf("%v: only in peer (peer %v)", r.Key, cb))
		case ca != cb:
			for i := range ca {
				if ca[i] != cb[i] {
					diffs = append(diffs, fmt.Sprintf("%v: %s ours %d peer %d", r.Key, Header[5+i], ca[i], cb[i]))
					break
				}
			}
		}
	}
	return diffs
}
