package plandoc

import (
	"testing"
)

// TestSharedValueLists: one comparator and verb shared by a list of
// values ("giảm ít nhất 30% thời gian …, 30% chi phí …, 30% điều kiện …")
// or one value shared by a list of measures ("giảm ít nhất 30% về thời
// gian …, chi phí … và điều kiện …") is one target per item, each with
// the comparator, the change and the year; a list of nouns that are not
// measures of a cut stays one target.
func TestSharedValueLists(t *testing.T) {
	tests := []struct {
		name     string
		section  bool // in a targets section (planWith), else prose (proseWith)
		text     string
		want     []string
		subjects []string // nil: not checked
	}{
		{"three values, commas", false,
			"Tập trung thực thi các phương án cắt giảm, đơn giản hóa TTHC theo 14 Quyết định của Thủ tướng Chính phủ, bảo đảm năm 2025 cắt giảm ít nhất 30% thời gian giải quyết TTHC, 30% chi phí tuân thủ TTHC, 30% điều kiện kinh doanh.",
			[]string{">= 30 percent decrease 2025", ">= 30 percent decrease 2025", ">= 30 percent decrease 2025"}, nil},
		{"three values, và last", false,
			"Chính phủ đặt mục tiêu, năm 2025 cắt giảm ít nhất 30% thời gian giải quyết, 30% chi phí tuân thủ và 30% điều kiện kinh doanh theo 14 Quyết định của Thủ tướng.",
			[]string{">= 30 percent decrease 2025", ">= 30 percent decrease 2025", ">= 30 percent decrease 2025"}, nil},
		{"one value about three measures", false,
			"Cắt gảm mạnh TTHC trong năm 2025: Giảm ít nhất 30% về thời gian giải quyết, chi phí tuân thủ và điều kiện kinh doanh.",
			[]string{">= 30 percent decrease 2025", ">= 30 percent decrease 2025", ">= 30 percent decrease 2025"},
			[]string{"thời gian giải quyết", "chi phí tuân thủ", "điều kiện kinh doanh"}},
		{"one value about two measures, in the section", true,
			"1.1. Cắt giảm tối thiểu 20% về thời gian và chi phí thực hiện thủ tục hành chính.",
			[]string{">= 20 percent decrease 2025", ">= 20 percent decrease 2025"}, nil},
		// Not a list of measures: one target.
		{"về of a topic is no measure list", true,
			"1.1. 100% cán bộ, công chức được bồi dưỡng về thời gian làm việc và kỹ năng giao tiếp.",
			[]string{"= 100 percent 2025"}, nil},
		{"một lần về thời gian stays one", true,
			"1.1. Tỷ lệ hồ sơ giải quyết đúng hạn về thời gian đạt 98%.",
			[]string{">= 98 percent 2025"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := checkTargetBriefs(t, tc.text, tc.section, tc.want)
			if tc.subjects == nil {
				return
			}
			checkSubjects(t, ts, tc.subjects)
		})
	}
}
