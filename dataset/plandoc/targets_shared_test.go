package plandoc

import (
	"slices"
	"testing"
)

// TestSharedHeadSubjects: one value stated for several subjects that share
// the words before their list gives one target per subject, each with the
// shared words: indices named after one "Chỉ số" ("Chỉ số PAR INDEX,
// SIPAS, PAPI đều …") and parts each opened by the same "về" or "đối
// với". A list whose later part does not repeat the word, or that names
// other things than indices, stays one target.
func TestSharedHeadSubjects(t *testing.T) {
	tests := []struct {
		name, item string
		subjects   []string
	}{
		{"indices after one Chỉ số", "- Chỉ số PAR INDEX, SIPAS, PAPI đều nằm trong nhóm 10 địa phương dẫn đầu.",
			[]string{"Chỉ số PAR INDEX", "Chỉ số SIPAS", "Chỉ số PAPI"}},
		{"indices joined by và", "- Các chỉ số PAR INDEX, SIPAS và PCI đều đạt trên 85 điểm.",
			[]string{"Các chỉ số PAR INDEX", "Các chỉ số SIPAS", "Các chỉ số PCI"}},
		{"parts opened by về", "- Mức độ hài lòng về thủ tục hành chính, về cung cấp dịch vụ công đều ở mức 100%.",
			[]string{"Mức độ hài lòng về thủ tục hành chính", "Mức độ hài lòng về cung cấp dịch vụ công"}},
		{"parts opened by đối với", "- Mức độ hài lòng đối với dịch vụ y tế và đối với dịch vụ giáo dục đạt tối thiểu 90%.",
			[]string{"Mức độ hài lòng đối với dịch vụ y tế", "Mức độ hài lòng đối với dịch vụ giáo dục"}},
		{"a later part without về is one subject", "- Tỷ lệ hồ sơ về đất đai và tài nguyên đạt 90%.",
			[]string{"Tỷ lệ hồ sơ về đất đai và tài nguyên"}},
		{"names that are not indices", "- Chỉ số hài lòng, mức độ tin cậy đạt trên 85%.",
			[]string{"Chỉ số hài lòng, mức độ tin cậy"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := parseText(t, kindPlan("Điện Biên", 2026, "II. MỤC TIÊU\n"+tc.item))
			var got []string
			for _, g := range d.Targets {
				got = append(got, g.Subject)
			}
			if !slices.Equal(got, tc.subjects) {
				t.Errorf("subjects %q, want %q", got, tc.subjects)
			}
		})
	}
}

// TestDoneNounAfterAim: "đã" after an aim's comparator and value only
// qualifies the noun counted ("tối thiểu 50% dữ liệu đã được số hóa");
// before the value, or without a comparator, it reports a result.
func TestDoneNounAfterAim(t *testing.T) {
	tests := []struct {
		name, item string
		want       []kt
	}{
		{"a noun done before, after the aim", "- Tái sử dụng tối thiểu 50% dữ liệu đã được số hóa.", []kt{{">=", 50, "percent", 2026}}},
		{"done before the value", "- Đã cắt giảm tối thiểu 30% thời gian giải quyết.", nil},
		{"a result without comparator", "- Năm 2025, 100% hồ sơ đã được giải quyết đúng hạn.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkKinds(t, kindPlan("Điện Biên", 2026, "II. MỤC TIÊU\n"+tc.item), tc.want)
		})
	}
}
