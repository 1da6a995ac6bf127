package indicators

import (
	"fmt"
	"testing"
)

func TestIndices(t *testing.T) {
	want := []string{"PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "766", "DDCI"}
	got := Indices()
	if len(got) != len(want) {
		t.Fatalf("%d indices, want %d", len(got), len(want))
	}
	for i, x := range got {
		if x.Name != want[i] || x.Publisher == "" || x.Scale == "" || x.NameVI == "" || x.NameEN == "" || len(x.Caveats) == 0 || !(x.Max > x.Min) {
			t.Errorf("index %d: %+v", i, x)
		}
	}
}

func TestLookupIndex(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"PAR INDEX", "PAR INDEX", true},
		{"par  index", "PAR INDEX", true},
		{"Chỉ số cải cách hành chính", "PAR INDEX", true},
		{"chi so cai cach hanh chinh", "PAR INDEX", true},
		{"pci", "PCI", true},
		{"Sipas", "SIPAS", true},
		{"papi", "PAPI", true},
		{"Chỉ số chuyển đổi số", "DTI", true},
		{"ddci", "DDCI", true},
		{"Bộ chỉ số 766", "766", true},
		{"766 total", "766", true},
		{"GDP", "", false},
		{"", "", false},
	}
	for _, tc := range tests {
		x, ok := LookupIndex(tc.in)
		if ok != tc.ok || x.Name != tc.want {
			t.Errorf("LookupIndex(%q) = %q, %v; want %q, %v", tc.in, x.Name, ok, tc.want, tc.ok)
		}
	}
}

func TestIndexScaleAndRanks(t *testing.T) {
	papi, _ := LookupIndex("PAPI")
	if papi.Comparable(2017, 2018) || !papi.Comparable(2018, 2023) || !papi.Comparable(2011, 2017) || papi.Comparable(2019, 2016) {
		t.Error("PAPI scale break in 2018 not honoured")
	}
	pci, _ := LookupIndex("PCI")
	if !pci.Ranked(2022, 45) || pci.Ranked(2023, 31) || !pci.Ranked(2023, 30) || pci.Ranked(2024, 0) {
		t.Error("PCI top-30 ranking from 2023 not honoured")
	}
}

func ExampleLookupIndex() {
	x, _ := LookupIndex("papi")
	fmt.Println(x.Name, "-", x.Publisher)
	fmt.Println("2017 and 2018 comparable:", x.Comparable(2017, 2018))
	// Output:
	// PAPI - UNDP Việt Nam with CECODES and partners
	// 2017 and 2018 comparable: false
}
