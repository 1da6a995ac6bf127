package score

import (
	"math"
	"testing"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// TestNoteIn scores targets of each kind and checks the note in both
// languages: the Vietnamese is the row's own Note, the English says the
// same with English words and decimal points.
func TestNoteIn(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	y2024 := 2024
	tests := []struct {
		name             string
		target           dataset.Target
		actual, baseline *float64
		vi, en           string
	}{
		{"met", dataset.Target{Comparator: ">=", Value: 35, Unit: "percent", Year: 2025}, f(38), nil,
			"đạt 38%, chỉ tiêu ≥ 35%", "actual 38%, target ≥ 35%"},
		{"not met, decimals", dataset.Target{Comparator: ">=", Value: 100, Unit: "percent", Year: 2025}, f(98.5), nil,
			"đạt 98,5%, chưa đạt chỉ tiêu ≥ 100%", "actual 98.5%, short of the target ≥ 100%"},
		{"range", dataset.Target{Comparator: "=", Value: 2, ValueMax: f(3), Year: 2025}, f(3), nil,
			"đạt 3, chỉ tiêu từ 2 đến 3", "actual 3, target from 2 to 3"},
		{"approx", dataset.Target{Comparator: "approx", Value: 2, Unit: "percent", Year: 2025}, f(1.9), nil,
			"đạt 1,9%, chỉ tiêu khoảng 2% (sai số cho phép ±0,2%)", "actual 1.9%, target about 2% (tolerance ±0.2%)"},
		{"change", dataset.Target{Comparator: ">=", Value: 28, Unit: "staff", Change: dataset.ChangeDecrease, BaselineYear: &y2024, Year: 2025},
			f(2980), f(3000), "giảm 20 so với 2024 (3.000 → 2.980), cần 28", "down 20 against 2024 (3000 → 2980), needs 28"},
		{"change the wrong way", dataset.Target{Comparator: ">", Value: 5, Change: dataset.ChangeIncrease, Year: 2025},
			f(8), f(10), "giảm 2 so với 2024 (10 → 8), cần tăng hơn 5", "down 2 against 2024 (10 → 8), needs up more than 5"},
		{"no data", dataset.Target{Comparator: ">=", Value: 90, Unit: "percent", Year: 2025}, nil, nil,
			"chưa có số liệu năm 2025", "no data for 2025"},
		{"no baseline", dataset.Target{Comparator: ">=", Value: 28, Change: dataset.ChangeDecrease, Year: 2025}, f(2980), nil,
			"thiếu số liệu năm 2024 để tính mức thay đổi", "no data for 2024 to measure the change against"},
		{"zero baseline", dataset.Target{Comparator: ">=", Value: 5, Unit: "percent", Change: dataset.ChangeIncrease, Year: 2025}, f(3), f(0),
			"số liệu năm 2024 bằng 0, không tính được mức thay đổi tương đối", "the value of 2024 is 0: no relative change can be measured"},
		{"bad comparator", dataset.Target{Comparator: "~", Value: 5, Year: 2025}, f(3), nil,
			"phép so sánh không hợp lệ: ~", "invalid comparison: ~"},
		{"no value", dataset.Target{Comparator: ">=", Value: math.NaN(), Year: 2025}, f(3), nil,
			"chỉ tiêu không có giá trị số", "the target has no numeric value"},
	}
	rules := DefaultRules()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := ScoreTarget(tc.target, tc.actual, tc.baseline, rules)
			if s.Note != tc.vi {
				t.Errorf("Note = %q, want %q", s.Note, tc.vi)
			}
			if got := NoteIn(tc.target, s, rules, i18n.VI); got != tc.vi {
				t.Errorf("NoteIn(vi) = %q, want %q", got, tc.vi)
			}
			if got := NoteIn(tc.target, s, rules, i18n.EN); got != tc.en {
				t.Errorf("NoteIn(en) = %q, want %q", got, tc.en)
			}
		})
	}
}
