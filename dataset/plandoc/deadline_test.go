package plandoc

import (
	"fmt"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
)

// TestParseDeadlineSeeds covers every deadline text of the five seed plans
// (annex cells and duties), with the dates checked by hand.
func TestParseDeadlineSeeds(t *testing.T) {
	const (
		date = dataset.DeadlineDate
		rng  = dataset.DeadlineRange
		cont = dataset.DeadlineContinuous
		rec  = dataset.DeadlineRecurring
		cond = dataset.DeadlineConditional
	)
	tests := []struct {
		text             string
		year             int
		kind, start, end string
	}{
		// 000, Sở Tài chính Hà Tĩnh, plan year 2024.
		{"Thường xuyên trong năm 2024", 2024, cont, "2024-01-01", "2024-12-31"},
		{"Quý II-III/2024", 2024, rng, "2024-04-01", "2024-09-30"},
		{"Quý III/2024", 2024, rng, "2024-07-01", "2024-09-30"},
		{"Tối thiểu 01 lần/năm", 2024, rec, "2024-01-01", "2024-12-31"},
		// 001 and 002 duties.
		{"Định kỳ theo quý", 2024, rec, "2024-01-01", "2024-12-31"},
		{"dinh ky hang quy", 2023, rec, "2023-01-01", "2023-12-31"},
		{"định kỳ hàng tháng", 2024, rec, "2024-01-01", "2024-12-31"},
		// 003, plan year 2025.
		{"Tháng 12/2024", 2025, rng, "2024-12-01", "2024-12-31"},
		{"Tháng 01/2025", 2025, rng, "2025-01-01", "2025-01-31"},
		{"Năm 2025", 2025, rng, "2025-01-01", "2025-12-31"},
		{"Thường xuyên", 2025, cont, "2025-01-01", "2025-12-31"},
		{"Theo Kế hoạch của Bộ Nội vụ", 2025, cond, "", ""},
		{"Sau khi các cơ quan TW công bố chỉ số PAPI, PARINDE X, SIPAS", 2025, cond, "", ""},
		{"Sau khi các cơ quan liên quan công bố chỉ số PCI năm 2025", 2025, cond, "", ""},
		{"Sau khi Bộ Thông tin và Truyền thông công bố chỉ số DTI năm 2025", 2025, cond, "", ""},
		{"Quý II, III/2025", 2025, rng, "2025-04-01", "2025-09-30"},
		{"Theo kế hoạch thẩm định hằng năm", 2025, rec, "2025-01-01", "2025-12-31"},
		{"Quý I", 2025, rng, "2025-01-01", "2025-03-31"},
		{"Quý II", 2025, rng, "2025-04-01", "2025-06-30"},
		{"Quý IV năm 2025", 2025, rng, "2025-10-01", "2025-12-31"},
		{"Quý I/2025", 2025, rng, "2025-01-01", "2025-03-31"},
		{"Quý I, II năm 2025", 2025, rng, "2025-01-01", "2025-06-30"},
		{"Theo lộ trình đề án được phê duyệt", 2025, cond, "", ""},
		{"Quý I- IV năm 2025", 2025, rng, "2025-01-01", "2025-12-31"},
		{"Quý I-IV năm 2025", 2025, rng, "2025-01-01", "2025-12-31"},
		{"Quý II- IV năm 2025", 2025, rng, "2025-04-01", "2025-12-31"},
		{"Theo kế hoạch thẩm định hằng năm", 0, rec, "", ""},
		// 004, Sở GTVT Quảng Trị, plan year 2024.
		{"Tháng 01/2024", 2024, rng, "2024-01-01", "2024-01-31"},
		{"Quý 1/2024 (sau khi KH được ban hành)", 2024, rng, "2024-01-01", "2024-03-31"},
		{"Quý 1/2024 (<i>sau khi KH được ban hành</i>)", 2024, rng, "2024-01-01", "2024-03-31"},
		{"- Nhiệm vụ 6 tháng: tháng 5/2024; - Nhiệm vụ cả năm: tháng 10/2024", 2024, rng, "2024-05-01", "2024-10-31"},
		{"- Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu 05 ngày); - Báo cáo năm trước 26/11/2024", 2024, date, "", "2024-11-26"},
		{"- Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu) câu); - Báo cáo năm: Trước 30/11/2024", 2024, date, "", "2024-11-30"},
		{"Thường xuyên", 2024, cont, "2024-01-01", "2024-12-31"},
		{"Quý 2 – Quý 3 năm 2024", 2024, rng, "2024-04-01", "2024-09-30"},
		{"Thường xuyên trong đó 6 tháng đầu năm ít nhất có 02 tin, bài đảm bảo nội dung", 2024, cont, "2024-01-01", "2024-12-31"},
		{"Thường xuyên trong đó 6 tháng đầu năm ít nhất có 01 tin, bài đảm bảo nội dung", 2024, cont, "2024-01-01", "2024-12-31"},
		{"Thường xuyên trong đó 6 tháng đầu năm ít nhất có 02 tin, bài đảm bảo", 2024, cont, "2024-01-01", "2024-12-31"},
		// 2.4 with its sub-row (lines 110, 111 and 114) as one cell.
		{"- Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu 05 ngày); - Báo cáo năm trước 26/11/2024; - Báo cáo 6 tháng (trước thời gian UBND tỉnh yêu cầu) câu); - Báo cáo năm: Trước 30/11/2024", 2024, date, "", "2024-11-30"},
		{"Thường xuyên, ngay sau khi phát sinh nội dung cần tuyên truyền trong đó 6 tháng đầu năm ít nhất có 01 tin, bài đảm bảo nội dung", 2024, cont, "2024-01-01", "2024-12-31"},
		{"trước ngày 30/11/2024", 2024, date, "", "2024-11-30"},
		{"trước 20/11/2024", 2024, date, "", "2024-11-20"},
	}
	for _, tc := range tests {
		d := ParseDeadline(tc.text, tc.year)
		if d.Kind != tc.kind || d.Start != tc.start || d.End != tc.end {
			t.Errorf("ParseDeadline(%q, %d) = %s %q..%q, want %s %q..%q",
				tc.text, tc.year, d.Kind, d.Start, d.End, tc.kind, tc.start, tc.end)
		}
		if d.Text != tc.text {
			t.Errorf("ParseDeadline(%q).Text = %q, want the text as written", tc.text, d.Text)
		}
	}
}

// TestParseDeadlineForms covers forms the seeds do not use.
func TestParseDeadlineForms(t *testing.T) {
	tests := []struct {
		text             string
		year             int
		kind, start, end string
	}{
		{"30/11/2024", 2024, dataset.DeadlineDate, "2024-11-30", "2024-11-30"},
		{"ngày 15 tháng 3 năm 2025", 2025, dataset.DeadlineDate, "2025-03-15", "2025-03-15"},
		{"Từ 01/3/2025 đến 31/5/2025", 2025, dataset.DeadlineRange, "2025-03-01", "2025-05-31"},
		{"từ ngày 1-7-2025", 2025, dataset.DeadlineDate, "2025-07-01", ""},
		{"Kể từ ngày 01/7/2025", 2025, dataset.DeadlineDate, "2025-07-01", ""},
		{"15/01/2025; 05/02/2025", 2025, dataset.DeadlineRange, "2025-01-15", "2025-02-05"},
		{"Đến 30/6/2025", 2025, dataset.DeadlineDate, "", "2025-06-30"},
		{"Trước ngày 15/01", 2025, dataset.DeadlineDate, "", "2025-01-15"},
		{"Trước 15/12", 2026, dataset.DeadlineDate, "", "2026-12-15"},
		{"Chậm nhất 31/3", 2026, dataset.DeadlineDate, "", "2026-03-31"},
		{"Ngày 20/5", 2026, dataset.DeadlineDate, "2026-05-20", "2026-05-20"},
		{"Trước ngày 15/01", 0, dataset.DeadlineDate, "", ""},
		{"ngày 15/01/20", 2025, "", "", ""},
		{"2025", 2024, dataset.DeadlineRange, "2025-01-01", "2025-12-31"},
		{"Quý IV/2024 - Quý I/2025", 2025, dataset.DeadlineRange, "2024-10-01", "2025-03-31"},
		{"Tháng 12/2024 - Tháng 01/2025", 2025, dataset.DeadlineRange, "2024-12-01", "2025-01-31"},
		{"Quý I và Quý III", 2025, dataset.DeadlineRange, "2025-01-01", "2025-09-30"},
		{"29/02/2024", 2024, dataset.DeadlineDate, "2024-02-29", "2024-02-29"},
		{"31/02/2024", 2024, "", "", ""},    // no such day: nothing invented
		{"29/02/2023", 2023, "", "", ""},    // not a leap year
		{"Tháng 13/2024", 2024, "", "", ""}, // no such month
		{"6 tháng đầu năm", 2024, dataset.DeadlineRange, "2024-01-01", "2024-06-30"},
		{"6 tháng cuối năm 2025", 2024, dataset.DeadlineRange, "2025-07-01", "2025-12-31"},
		{"6 tháng đầu năm", 0, dataset.DeadlineRange, "", ""},
		{"Trong năm", 2025, dataset.DeadlineRange, "2025-01-01", "2025-12-31"},
		{"Trong năm", 0, dataset.DeadlineRange, "", ""},
		{"Năm 2024-2025", 2024, dataset.DeadlineRange, "2024-01-01", "2025-12-31"},
		{"Tháng 3-4/2025", 2025, dataset.DeadlineRange, "2025-03-01", "2025-04-30"},
		{"Tháng 5", 2025, dataset.DeadlineRange, "2025-05-01", "2025-05-31"},
		{"06/2025", 2025, dataset.DeadlineRange, "2025-06-01", "2025-06-30"},
		{"QUÝ IV/2024", 2024, dataset.DeadlineRange, "2024-10-01", "2024-12-31"},
		{"Quy II-III/2024", 2024, dataset.DeadlineRange, "2024-04-01", "2024-09-30"}, // no diacritics
		{"Quý I", 0, dataset.DeadlineRange, "", ""},
		{"Thường xuyên", 0, dataset.DeadlineContinuous, "", ""},
		{"Liên tục", 2024, dataset.DeadlineContinuous, "2024-01-01", "2024-12-31"},
		{"Hằng năm", 2024, dataset.DeadlineRecurring, "2024-01-01", "2024-12-31"},
		{"02 lần/năm", 2025, dataset.DeadlineRecurring, "2025-01-01", "2025-12-31"},
		{"Khi có yêu cầu", 2025, dataset.DeadlineConditional, "", ""},
		{"Kịp thời, ngay khi có văn bản công bố", 2025, dataset.DeadlineConditional, "", ""},
		{"", 2025, "", "", ""},
		{"   ", 2025, "", "", ""},
		{"Chưa xác định", 2025, "", "", ""},
		{"Quý V/2025", 2025, "", "", ""},
		{"Năm 20245", 2025, "", "", ""},
		{"năm 1066", 2025, "", "", ""},
		{"Ðến 30/6/2025", 2025, dataset.DeadlineDate, "", "2025-06-30"}, // Ð (U+00D0) for Đ
	}
	for _, tc := range tests {
		d := ParseDeadline(tc.text, tc.year)
		if d.Kind != tc.kind || d.Start != tc.start || d.End != tc.end {
			t.Errorf("ParseDeadline(%q, %d) = %q %q..%q, want %q %q..%q",
				tc.text, tc.year, d.Kind, d.Start, d.End, tc.kind, tc.start, tc.end)
		}
	}
}

// TestParseDeadlineNFC checks that decomposed input is read like composed.
func TestParseDeadlineNFC(t *testing.T) {
	composed := ParseDeadline("Quý II-III/2024", 2024)
	decomposed := ParseDeadline("Qu\u0079\u0301 II-III/2024", 2024)
	if composed != decomposed {
		t.Errorf("decomposed input: %+v, want %+v", decomposed, composed)
	}
}

func ExampleParseDeadline() {
	for _, s := range []string{
		"Quý II-III/2024",
		"trước 30/11/2024",
		"Thường xuyên",
		"Tối thiểu 01 lần/năm",
		"Sau khi các cơ quan TW công bố chỉ số PAPI",
	} {
		d := ParseDeadline(s, 2024)
		fmt.Printf("%s | %s | %s | %s\n", s, d.Kind, d.Start, d.End)
	}
	// Output:
	// Quý II-III/2024 | range | 2024-04-01 | 2024-09-30
	// trước 30/11/2024 | date |  | 2024-11-30
	// Thường xuyên | continuous | 2024-01-01 | 2024-12-31
	// Tối thiểu 01 lần/năm | recurring | 2024-01-01 | 2024-12-31
	// Sau khi các cơ quan TW công bố chỉ số PAPI | conditional |  |
}
