package plandoc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// prefilterAlphabet is the runes the byte checks before a pattern look at,
// with their near neighbours.
var prefilterAlphabet = []string{"-", "+", "–", "—", "•", "‐", "a", "z", "đ", "Đ", "A", "ă", ")", "(", " ", "1", "."}

// prefilterLines returns every line of up to three runes over
// prefilterAlphabet, and each of them with a tail of text.
func prefilterLines() []string {
	lines := []string{""}
	for n, prev := 0, []string{""}; n < 3; n++ {
		var next []string
		for _, p := range prev {
			for _, r := range prefilterAlphabet {
				next = append(next, p+r)
			}
		}
		lines = append(lines, next...)
		prev = next
	}
	for _, l := range lines[:len(lines):len(lines)] {
		lines = append(lines, l+" Nâng cao chất lượng")
	}
	return lines
}

// TestBulletLetterAt checks the byte checks that stand in for tgBulletRe
// and tgLetterRe against the patterns.
func TestBulletLetterAt(t *testing.T) {
	for _, l := range prefilterLines() {
		if got, want := bulletAt(l), tgBulletRe.MatchString(l); got != want {
			t.Errorf("bulletAt(%q) = %v, tgBulletRe %v", l, got, want)
		}
		if got, want := letterAt(l), tgLetterRe.MatchString(l); got != want {
			t.Errorf("letterAt(%q) = %v, tgLetterRe %v", l, got, want)
		}
	}
}

// TestClosingClauseGuard checks that closingClause, which looks for the
// pattern's literals first, says what the pattern alone says.
func TestClosingClauseGuard(t *testing.T) {
	for _, s := range []string{
		"Các sở, ngành chịu trách nhiệm tổ chức triển khai thực hiện Kế hoạch này.",
		"UBND các huyện chịu trách nhiệm thực hiện Quyết định này;",
		"Sở Nội vụ chịu trách nhiệm triển khai thực hiện Chỉ thị này",
		"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, đề nghị phản ánh về Sở Nội vụ",
		"Nếu có phát sinh, các đơn vị gửi văn bản về Văn phòng",
		"Nếu có vướng mắc; báo cáo",                                  // the bracket stops at ';'
		"chịu trách nhiệm thực hiện kế hoạch này và báo cáo kết quả", // not at the end
		"Sở Tư pháp chủ trì, chịu trách nhiệm rà soát thủ tục",
		"Nâng cao chất lượng phục vụ người dân",
		"",
		"chiu  trach   nhiem thuc hien ke hoach nay",
	} {
		want := tkClosingRe.MatchString(tkFold(s))
		if got := closingClause(s); got != want {
			t.Errorf("closingClause(%q) = %v, pattern %v", s, got, want)
		}
	}
}

// allPeriods is deadlinePeriods with every reader run.
func allPeriods(f string, year int) (kind, start, end string, ok bool) {
	sc := dlScan{rest: f, year: year, onlyDays: true}
	sc.days()
	sc.quarters()
	sc.halves()
	sc.months()
	sc.monthBars()
	sc.years()
	sc.thisYear()
	return sc.result()
}

// TestDeadlineGuards checks that the literal checks before the deadline
// patterns change no result: every reader run gives what the guarded
// readers give, and the guarded kinds are the patterns' kinds.
func TestDeadlineGuards(t *testing.T) {
	texts := []string{
		"Quý II-III/2024", "Quý I năm 2025", "quý 2, 3 và 4", "Tháng 01/2025", "tháng 3-4/2025",
		"trước 30/11/2024", "Trước ngày 15/01", "đến 30/6/2025", "Từ 01/3/2025 đến 31/5/2025",
		"Thường xuyên trong năm 2024", "Liên tục", "Hằng ngày", "Tối thiểu 01 lần/năm", "01 lần mỗi quý",
		"Hằng năm", "Định kỳ 6 tháng", "Sau khi được phê duyệt", "Năm 2025", "2025", "2024-2025", "2024 - 2026",
		"6 tháng đầu năm", "6 tháng cuối năm 2025", "- Nhiệm vụ 6 tháng: tháng 5/2024; - Nhiệm vụ cả năm: tháng 10/2024",
		"ngày 12 tháng 3 năm 2025", "12.3.2025", "12-3-2025", "5/2024", "Trong năm", "Cả năm", "Năm nay",
		"Theo kế hoạch", "Khi có yêu cầu", "Công bố", "", "Tháng 13/2024", "31/02/2024", "quý V", "Quý IV/2024, tháng 12/2024",
		"Hàng quý", "Mỗi tháng", "lần/tuần", "Lần đầu",
	}
	for _, s := range texts {
		f := deadlineFold(s)
		for _, year := range []int{0, 2024, 2026} {
			k1, s1, e1, ok1 := deadlinePeriods(f, year)
			k2, s2, e2, ok2 := allPeriods(f, year)
			if k1 != k2 || s1 != s2 || e1 != e2 || ok1 != ok2 {
				t.Errorf("deadlinePeriods(%q, %d) = %q %q %q %v, all readers %q %q %q %v", f, year, k1, s1, e1, ok1, k2, s2, e2, ok2)
			}
		}
		if got, want := dlMayMatch(f, "thuong xuyen", "lien tuc", "hang ngay") && dlContinuous.MatchString(f), dlContinuous.MatchString(f); got != want {
			t.Errorf("continuous %q: guarded %v, pattern %v", f, got, want)
		}
		if got, want := dlMayMatch(f, "lan", "hang ", "moi ", "dinh ky") && dlRecurring.MatchString(f), dlRecurring.MatchString(f); got != want {
			t.Errorf("recurring %q: guarded %v, pattern %v", f, got, want)
		}
	}
	if !strings.Contains(deadlineFold("Quý II"), "quy") {
		t.Fatal("deadlineFold no longer folds to the literals the guards look for")
	}
}

// TestAppendFoldKeepRuns checks that appendFoldKeep, which copies runs of
// ASCII at once, folds each rune as a rune-by-rune fold does.
func TestAppendFoldKeepRuns(t *testing.T) {
	ref := func(s string) string {
		var b []byte
		for _, r := range s {
			switch {
			case 'A' <= r && r <= 'Z':
				b = append(b, byte(r+'a'-'A'))
			case r < 0x80:
				b = append(b, byte(r))
			default:
				b = utf8.AppendRune(b, foldRune(r))
			}
		}
		return string(b)
	}
	lines := append(prefilterLines(), "KẾ HOẠCH Cải cách hành chính năm 2025", "abc\xffDEF", "ĐẠT 100% TTHC", "x\u0301y", "Ångström")
	for _, l := range lines {
		if got, want := string(appendFoldKeep([]byte("pre"), l)), "pre"+ref(l); got != want {
			t.Errorf("appendFoldKeep(%q) = %q, want %q", l, got, want)
		}
	}
}
