package dossier

import (
	"testing"
	"time"
)

// TestCivilDaysMatchesTime compares civilDays and monthDays with package
// time over every day of 0000..2400 and some far years.
func TestCivilDaysMatchesTime(t *testing.T) {
	for _, y := range append(yearsRange(0, 2400), 9999, 4000, 1) {
		for mo := 1; mo <= 12; mo++ {
			first := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, time.UTC)
			if got, want := monthDays(y, mo), first.AddDate(0, 1, -1).Day(); got != want {
				t.Fatalf("%d-%02d: %d days, want %d", y, mo, got, want)
			}
			if got, want := civilDays(y, mo, 1)*86400, first.Unix(); got != want {
				t.Fatalf("%d-%02d-01: %d, want %d", y, mo, got, want)
			}
		}
	}
}

func yearsRange(from, to int) []int {
	var ys []int
	for y := from; y <= to; y++ {
		ys = append(ys, y)
	}
	return ys
}

// TestParseTimeEdges checks dates at the edges that ParseTime reads
// without package time: leap days, a leap second, day ends.
func TestParseTimeEdges(t *testing.T) {
	for _, tc := range []struct {
		in       string
		endOfDay bool
		want     string // time.DateTime of the result, or "error"
	}{
		{"2024-02-29 10:00:00", false, "2024-02-29 10:00:00"},
		{"2025-02-29", false, "error"},
		{"1900-02-29", false, "error"},
		{"2000-02-29", true, "2000-02-29 23:59:59"},
		{"31/12/2025", true, "2025-12-31 23:59:59"},
		{"2025-12-31 23:59:60", false, "2026-01-01 00:00:00"},
		{"2025-04-31", false, "error"},
		{"0001-01-01 00:00", false, "0001-01-01 00:00:00"},
		{"5/3/2025 8:05", false, "2025-03-05 08:05:00"},
		{"05/03/2025 8:05:09", false, "2025-03-05 08:05:09"},
		{"05/03/2025 8:5", false, "error"},
		{"05/03/2025 8:05:9", false, "error"},
		{"05/03/2025 x:05", false, "error"},
	} {
		got, err := ParseTime(tc.in, tc.endOfDay)
		s := "error"
		if err == nil {
			s = FromWallSeconds(got).Format(time.DateTime)
		}
		if s != tc.want {
			t.Errorf("ParseTime(%q, %v) = %s, want %s", tc.in, tc.endOfDay, s, tc.want)
		}
	}
}

func BenchmarkParseTime(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := ParseTime("2025-03-27 08:43:31", false); err != nil {
			b.Fatal(err)
		}
	}
}
