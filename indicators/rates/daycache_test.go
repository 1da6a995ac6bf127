package rates

import "testing"

// TestDayCache checks that a day is stored and found within the table,
// and that days outside it are never stored (the caller works them out).
func TestDayCache(t *testing.T) {
	var c dayCache[int]
	tests := []struct {
		day    int64
		put    bool
		wantOK bool
	}{
		{day: 20000, put: true, wantOK: true},                  // the first day sets the table around it
		{day: 20000 - dayCacheDays/2, put: true, wantOK: true}, // first day of the table
		{day: 20000 + dayCacheDays/2 - 1, put: true, wantOK: true},
		{day: 20000 + dayCacheDays/2, put: true, wantOK: false}, // just outside
		{day: -5, put: true, wantOK: false},
		{day: 20001, put: false, wantOK: false}, // within, never stored
	}
	if _, ok := c.get(20000); ok {
		t.Fatal("empty cache found a value")
	}
	for _, tt := range tests {
		if tt.put {
			c.put(tt.day, int(tt.day)*3)
		}
		v, ok := c.get(tt.day)
		if ok != tt.wantOK || (ok && v != int(tt.day)*3) {
			t.Errorf("day %d: got %d, %v; want ok %v", tt.day, v, ok, tt.wantOK)
		}
	}
}
