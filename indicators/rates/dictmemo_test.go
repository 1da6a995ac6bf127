package rates

import (
	"slices"
	"strings"
	"testing"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/array"
	"github.com/apache/arrow/go/v15/arrow/memory"
)

// TestDictMemo feeds one memo a sequence of dictionaries, as the records
// of a file bring them, and checks that each table is the dictionary's
// entries mapped through f, and that only entries the previous dictionary
// did not have (as a prefix, byte for byte) are mapped again.
func TestDictMemo(t *testing.T) {
	tests := []struct {
		name       string
		dict       []string
		slice      [2]int // when not zero: the dictionary is dict[slice[0]:slice[1]]
		large      bool   // a LargeString dictionary (never remembered)
		wantMapped []string
	}{
		{name: "first", dict: []string{"Sở Tư pháp", "UBND xã An Phú"}, wantMapped: []string{"Sở Tư pháp", "UBND xã An Phú"}},
		{name: "same again", dict: []string{"Sở Tư pháp", "UBND xã An Phú"}, wantMapped: nil},
		{name: "grown", dict: []string{"Sở Tư pháp", "UBND xã An Phú", "Sở Y tế"}, wantMapped: []string{"Sở Y tế"}},
		{name: "grown by an empty entry", dict: []string{"Sở Tư pháp", "UBND xã An Phú", "Sở Y tế", ""}, wantMapped: []string{""}},
		// The next row group: a new dictionary of the same length and bytes
		// cut in other places must be mapped afresh.
		{name: "same bytes, other entries", dict: []string{"Sở Tư", " pháp", "UBND xã An PhúSở Y tế", ""},
			wantMapped: []string{"Sở Tư", " pháp", "UBND xã An PhúSở Y tế", ""}},
		{name: "other first entry", dict: []string{"Sở Tư pháq", " pháp", "UBND xã An PhúSở Y tế", ""},
			wantMapped: []string{"Sở Tư pháq", " pháp", "UBND xã An PhúSở Y tế", ""}},
		{name: "shorter", dict: []string{"Sở Tư pháq"}, wantMapped: []string{"Sở Tư pháq"}},
		{name: "a slice whose entries extend the last", dict: []string{"x", "Sở Tư pháq", "Sở Nội vụ", "y"}, slice: [2]int{1, 3},
			wantMapped: []string{"Sở Nội vụ"}},
		{name: "large strings", dict: []string{"Sở Tư pháq", "Sở Nội vụ"}, large: true,
			wantMapped: []string{"Sở Tư pháq", "Sở Nội vụ"}},
		{name: "empty", dict: []string{}, wantMapped: nil},
		{name: "after empty", dict: []string{"Sở Tư pháq"}, wantMapped: []string{"Sở Tư pháq"}},
	}
	var m dictMemo[string]
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dict := stringDict(t, tt.dict, tt.large)
			want := tt.dict
			if tt.slice != [2]int{} {
				dict = array.NewSlice(dict, int64(tt.slice[0]), int64(tt.slice[1]))
				want = tt.dict[tt.slice[0]:tt.slice[1]]
			}
			defer dict.Release()
			var mapped []string
			tab, err := m.table(dict, func(s string) string {
				mapped = append(mapped, s)
				return strings.ToUpper(s)
			})
			if err != nil {
				t.Fatal(err)
			}
			var wantTab []string
			for _, s := range want {
				wantTab = append(wantTab, strings.ToUpper(s))
			}
			if !slices.Equal(tab, wantTab) {
				t.Errorf("table %q, want %q", tab, wantTab)
			}
			if !slices.Equal(mapped, tt.wantMapped) {
				t.Errorf("mapped %q, want %q", mapped, tt.wantMapped)
			}
		})
	}
	// A dictionary of numbers is no string dictionary.
	b := array.NewInt32Builder(memory.DefaultAllocator)
	b.Append(1)
	ints := b.NewArray()
	defer ints.Release()
	if _, err := m.table(ints, strings.ToUpper); err == nil {
		t.Error("a dictionary of int32: no error")
	}
}

func stringDict(t *testing.T, vals []string, large bool) arrow.Array {
	t.Helper()
	if large {
		b := array.NewLargeStringBuilder(memory.DefaultAllocator)
		defer b.Release()
		b.AppendValues(vals, nil)
		return b.NewArray()
	}
	b := array.NewStringBuilder(memory.DefaultAllocator)
	defer b.Release()
	b.AppendValues(vals, nil)
	return b.NewArray()
}
