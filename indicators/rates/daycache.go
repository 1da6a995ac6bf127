package rates

// dayCache remembers what a day says (its period, the period's last day)
// for the days within about eleven years of the first day it is asked
// about: a table of 8192 days around that day. Days outside it are worked
// out each time by the caller. A worker keeps one and asks it per record.
type dayCache[T any] struct {
	index  []int32 // day - base → position in values + 1; 0 when not yet stored
	base   int64
	values []T
}

// dayCacheDays is the number of days the table holds.
const dayCacheDays = 8192

// get returns the value stored for day, and false when there is none.
func (c *dayCache[T]) get(day int64) (T, bool) {
	if c.index == nil {
		c.index = make([]int32, dayCacheDays)
		c.base = day - dayCacheDays/2
	}
	if i := day - c.base; uint64(i) < uint64(len(c.index)) {
		if j := c.index[i]; j != 0 {
			return c.values[j-1], true
		}
	}
	var zero T
	return zero, false
}

// put stores v for day when the day is within the table.
func (c *dayCache[T]) put(day int64, v T) {
	if i := day - c.base; uint64(i) < uint64(len(c.index)) {
		c.values = append(c.values, v)
		c.index[i] = int32(len(c.values))
	}
}
