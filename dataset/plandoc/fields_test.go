package plandoc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFieldHelpers checks firstField, fieldsOver and runesOver against
// strings.Fields and utf8.RuneCountInString on lines of every shape.
func TestFieldHelpers(t *testing.T) {
	ins := []string{
		"", " ", "\t \u00a0 ", "a", " a", "a ", "II. MỤC TIÊU", "2.1. Mục tiêu cụ thể",
		"  \u3000Kế hoạch\u2003số 12/KH-UBND  ", "x\xffy z", "\xff", strings.Repeat("ố ", 30),
		strings.Repeat("word ", 14), strings.Repeat("word ", 15), strings.Repeat("ế", 90),
		strings.Repeat("ế", 91), strings.Repeat("a", 361), strings.Repeat("𝐀", 91),
	}
	for _, s := range ins {
		ws := strings.Fields(s)
		want := ""
		if len(ws) > 0 {
			want = ws[0]
		}
		if got := firstField(s); got != want {
			t.Errorf("firstField(%q) = %q, want %q", s, got, want)
		}
		for _, n := range []int{0, 1, 2, 3, 14, 15, 29, 30} {
			if got := fieldsOver(s, n); got != (len(ws) > n) {
				t.Errorf("fieldsOver(%q, %d) = %v, want %v", s, n, got, len(ws) > n)
			}
		}
		for _, n := range []int{0, 1, 2, 59, 89, 90, 91} {
			if got, want := runesOver(s, n), utf8.RuneCountInString(s) > n; got != want {
				t.Errorf("runesOver(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestAnnexColumnNumbered checks that a header cell opening with a column
// number reads as the same column as the cell without it, and that a
// header without a number is read as it is.
func TestAnnexColumnNumbered(t *testing.T) {
	for _, h := range []string{"Nhiệm vụ", "Cơ quan chủ trì", "Thời gian hoàn thành", "Sản phẩm", "Kinh phí"} {
		want := annexColumn(h)
		if want == colNone {
			t.Fatalf("annexColumn(%q) = colNone", h)
		}
		for _, pre := range []string{"1. ", " 3) ", "12 - ", "\t7."} {
			if got := annexColumn(pre + h); got != want {
				t.Errorf("annexColumn(%q) = %d, want %d", pre+h, got, want)
			}
		}
	}
	for _, h := range []string{"", "Ghi chú", "STT", "TT", "Hoạt động"} {
		_ = annexColumn(h) // must not panic
	}
	if annexColumn("Ghi chú") != colNote || annexColumn("STT") != colCode {
		t.Error("annexColumn misreads a header without a number")
	}
}

// TestNumberedAtWhole checks numberedAt, which runs tgNumRe on the start
// of a line only, against tgNumRe on the whole line, for every line of up
// to five runes over digits, dots, brackets, spaces and letters, and for
// numbered lines with long text after the number.
func TestNumberedAtWhole(t *testing.T) {
	alphabet := []string{"1", "23", ".", ")", " ", "\t", "\v", "x", "ế", "-"}
	var lines []string
	var grow func(prefix string, n int)
	grow = func(prefix string, n int) {
		lines = append(lines, prefix)
		if n == 0 {
			return
		}
		for _, a := range alphabet {
			grow(prefix+a, n-1)
		}
	}
	grow("", 5)
	for _, l := range []string{"2.1. Mục tiêu cụ thể", "12) Hoàn thành", "3.4.5 Chỉ tiêu", "7.", "9.\u00a0Tăng",
		"100. Không phải", "4 .5 x", "5.6.7.8.9.10 y"} {
		lines = append(lines, l, l+strings.Repeat(" tiếp theo", 40))
	}
	for _, l := range lines {
		if got, want := numberedAt(l), tgNumRe.FindString(l); got != want {
			t.Errorf("numberedAt(%q) = %q, want %q", l, got, want)
		}
	}
}

// TestNumberLenPattern checks numberLen against tgNumRe itself on every
// string of up to six bytes over digits, dots, brackets, white space and
// a letter, and on long runs of numbered parts.
func TestNumberLenPattern(t *testing.T) {
	alphabet := []byte{'1', '2', '3', '.', ')', ' ', '\t', '\v', 'x', '\n', '\r'}
	check := func(s string) {
		want := -1
		if loc := tgNumRe.FindStringIndex(s); loc != nil {
			want = loc[1]
		}
		if got := numberLen(s); got != want {
			t.Errorf("numberLen(%q) = %d, want %d", s, got, want)
		}
	}
	var grow func(prefix []byte, n int)
	grow = func(prefix []byte, n int) {
		check(string(prefix))
		if n == 0 {
			return
		}
		for _, c := range alphabet {
			grow(append(prefix, c), n-1)
		}
	}
	grow(make([]byte, 0, 6), 6)
	for _, s := range []string{"1.11.11.11.11.11.11.11.11.11.11.11x", "11.111. a", "12.34.56) x", "99.99.99.99.99.", "123 "} {
		check(s)
	}
}
