package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestCountRangeWithDash covers a range of ranks or counts written with a
// dash and no spaces ("tăng 2-3 bậc"), also as the least value in
// parentheses ("tăng dần (ít nhất 1-2 bậc)"), and places counted in
// "điểm" ("số lượng điểm chấp nhận thanh toán … 7.500 điểm"), officials
// counted as persons (trained) or as posts (cut). Negatives: an
// index's score in "điểm" stays points; a date with its
// month ("ngày 2-3/2026") and a party document's number ("04-NQ/TU") are
// no ranges, and an aside in parentheses is no aim.
func TestCountRangeWithDash(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string // comparator|value|value_max|unit|change
	}{
		{"a rise of places", "Chỉ số PAR INDEX năm 2026 tăng 2-3 bậc so với năm 2025.", []string{">=|2|3|rank|increase"}},
		{"the least rise in parentheses", "Chỉ số DTI năm 2026 tăng dần (ít nhất 1-2 bậc) theo từng năm.", []string{">=|1|2|rank|increase"}},
		{"a range of people", "Năm 2026, mỗi xã bố trí 2-3 người làm công tác chuyển đổi số.", []string{">=|2|3|people|"}},
		{"places counted in 'điểm'", "Năm 2026, tăng số lượng điểm chấp nhận thanh toán không dùng tiền mặt lên trên 7.500 điểm.", []string{">|7500|<nil>|count|"}},
		{"an access speed", "Năm 2026, tốc độ truy cập đạt tối thiểu 150 Mbps cho hộ gia đình.", []string{">=|150|<nil>|Mbps|"}},
		{"officials trained are people", "Năm 2026, đào tạo kiến thức về AI cho tối thiểu 1.000 cán bộ, chuyên gia.", []string{">=|1000|<nil>|people|"}},
		{"officials cut are posts", "Năm 2026, tinh giản 605 cán bộ, công chức, viên chức.", []string{"=|605|<nil>|staff|decrease"}},
		// negatives
		{"an index's score", "Chỉ số PAR INDEX năm 2026 đạt trên 88 điểm.", []string{">|88|<nil>|points|"}},
		{"a date", "Ngày 2-3/2026, tỷ lệ hồ sơ trực tuyến năm 2026 đạt 90%.", []string{">=|90|<nil>|percent|"}},
		{"a party document", "Thực hiện Nghị quyết 04-NQ/TU, tỷ lệ hồ sơ trực tuyến năm 2026 đạt 90%.", []string{">=|90|<nil>|percent|"}},
		{"an aside in parentheses", "Chỉ số DTI năm 2026 tăng 2 bậc (năm 2025 tăng 1-2 bậc).", []string{"=|2|<nil>|rank|increase"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, tg := range parseText(t, "I. MỤC TIÊU\n- "+tc.line+"\n").Targets {
				var hi any = nil
				if tg.ValueMax != nil {
					hi = *tg.ValueMax
				}
				got = append(got, fmt.Sprintf("%s|%g|%v|%s|%s", tg.Comparator, tg.Value, hi, tg.Unit, tg.Change))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("targets = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBareValueCellSubject checks that a value standing alone in a cell
// of a table without its header row ("| Dịch vụ công … có ứng dụng AI |
// 30% | 100% |") takes the row's indicator, its first cell of words, as
// its subject; negative: a value with words of its own keeps them.
func TestBareValueCellSubject(t *testing.T) {
	text := "Chỉ tiêu thực hiện kế hoạch hành động năm 2026:\n\n" +
		"1 | Dịch vụ công trực tuyến toàn trình có ứng dụng AI hỗ trợ người dân. | 30% | Số lượng dịch vụ công có ứng dụng AI |\n" +
		"2 | Cán bộ được đào tạo kiến thức về AI | tối thiểu 1.000 cán bộ | Số người được đào tạo |\n"
	var got []string
	for _, tg := range parseText(t, text).Targets {
		got = append(got, tg.Subject)
	}
	const want = "Dịch vụ công trực tuyến toàn trình có ứng dụng AI hỗ trợ người dân"
	if len(got) == 0 || !strings.HasPrefix(got[0], want) {
		t.Errorf("subjects = %q, want the first to open with %q", got, want)
	}
	for _, s := range got {
		if strings.TrimSpace(s) == "" {
			t.Errorf("a target without a subject: %q", got)
		}
	}
}
