package rates

import (
	"testing"
	"unsafe"
)

// TestInternerCopies checks that the interner keeps copies of the texts
// it is given (which may point into a record's buffers), in NFC or not,
// so that overwriting the bytes afterwards changes no name or lookup.
func TestInternerCopies(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{name: "NFC", text: "Sở Tư pháp", want: "Sở Tư pháp"},
		{name: "decomposed", text: "So\u031b\u0309 Y te\u0302\u0301", want: "Sở Y tế"},
		{name: "ASCII", text: "UBND xa An Phu", want: "UBND xa An Phu"},
	}
	in := newInterner()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			buf := []byte(tt.text)
			id := in.id(unsafe.String(&buf[0], len(buf)))
			for i := range buf {
				buf[i] = 'x'
			}
			if got := in.names[id]; got != tt.want {
				t.Errorf("name = %q after its bytes were overwritten, want %q", got, tt.want)
			}
			if again := in.id(tt.text); again != id {
				t.Errorf("id of %q again = %d, want %d", tt.text, again, id)
			}
			if _, stale := in.raw[string(buf)]; stale {
				t.Errorf("the overwritten bytes %q are a key", buf)
			}
		})
	}
}
