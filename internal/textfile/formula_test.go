package textfile

import (
	"fmt"
	"testing"
)

func TestSafeCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Hà Tĩnh", "Hà Tĩnh"},
		{"=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"},
		{"+1+1", "'+1+1"},
		{"-5%", "'-5%"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"'=1", "'=1"},
		{" =1", " =1"},
		{"5-3", "5-3"},
		{">= 95%", ">= 95%"},
	} {
		if got := SafeCell(tc.in); got != tc.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if back := UnescapeCell(SafeCell(tc.in)); back != tc.in && tc.in != "'=1" {
			t.Errorf("UnescapeCell(SafeCell(%q)) = %q", tc.in, back)
		}
	}
}

func ExampleSafeCell() {
	fmt.Println(SafeCell("=1+1"), SafeCell("giảm 5%"))
	// Output: '=1+1 giảm 5%
}
