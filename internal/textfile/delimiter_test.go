package textfile

import "testing"

func TestDelimiter(t *testing.T) {
	tests := []struct {
		name, head string
		want       rune
	}{
		{"comma", "a,b,c\n1,2,3\n", ','},
		{"semicolon (Vietnamese Excel)", "Năm;Đơn vị;Tỷ lệ (%)\n2023;Sở Nội vụ;81,5\n", ';'},
		{"tab", "a\tb\tc\n", '\t'},
		{"pipe", "a|b|c\n", '|'},
		{"none", "value\n1\n", ','},
		{"empty", "", ','},
		{"quoted commas ignored", "\"a,b,c\";d;e\n", ';'},
		{"only the header line counts", "a;b\n1,2,3,4,5\n", ';'},
		{"comments and blank lines skipped", "# made by x, y, z\n\n  \na;b;c\n", ';'},
		{"quoted newline in header", "\"a\nb\";c;d\n1,2\n", ';'},
		{"tie goes to comma", "a,b;c\n", ','},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Delimiter([]byte(tc.head)); got != tc.want {
				t.Errorf("Delimiter(%q) = %q, want %q", tc.head, got, tc.want)
			}
		})
	}
}
