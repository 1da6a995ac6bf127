package plandoc

import "testing"

// TestFuzzyHasPrefix checks the word-by-word prefix match of folded
// headings, with one OCR error allowed in each word of three letters or
// more, and whitespace of any kind between the words.
func TestFuzzyHasPrefix(t *testing.T) {
	tests := []struct {
		key, prefix string
		want        bool
	}{
		{"uy ban nhan dan tinh ha tinh", "uy ban nhan dan", true},
		{"uy  ban\tnhan dan", "uy ban nhan dan", true},
		{"  uy ban nhan dan", "uy ban nhan dan", true},
		{"uy ban nhan dan", "uy ban nhan dan tinh", false},
		{"uy ban nhạn dan", "uy ban nhan dan", false}, // "nhạn" is two bytes off
		{"uy ban nhin dan", "uy ban nhan dan", true},  // one letter changed
		{"uy ban nhn dan", "uy ban nhan dan", true},   // one letter dropped
		{"uy bam nhan dan", "uy ban nhan dan", true},  // "ban": three letters
		{"uy ba nhan dan", "uy ban nhan dan", true},
		{"ux ban nhan dan", "uy ban nhan dan", false}, // "uy": two letters, exact
		{"uy ban nhandan", "uy ban nhan dan", false},
		{"", "uy", false},
		{"uy", "", true},
		{"so noi vu", "so noi vu", true},
	}
	for _, tt := range tests {
		if got := fuzzyHasPrefix(tt.key, tt.prefix); got != tt.want {
			t.Errorf("fuzzyHasPrefix(%q, %q) = %v, want %v", tt.key, tt.prefix, got, tt.want)
		}
	}
}
