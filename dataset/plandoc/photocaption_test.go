package plandoc

import (
	"slices"
	"testing"
)

// TestWithoutPhotoCaptions checks that a press item's photo captions are
// blank lines to the readers (a caption that repeats a request gives no
// second task), and that a sentence that only names a photo in its words
// stays.
func TestWithoutPhotoCaptions(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"a credit in brackets", []string{"UBND thành phố yêu cầu các sở nâng cao kết quả đánh giá (Ảnh: Công Bính).", "Nội dung."},
			[]string{"", "Nội dung."}},
		{"a credit after the sentence", []string{"Thường trực Ủy ban MTTQ xã trao bản cam kết cho các thôn. Ảnh: Tống Bình"}, []string{""}},
		{"an illustration", []string{"Ảnh minh họa", "Theo đó, tỉnh yêu cầu …"}, []string{"", "Theo đó, tỉnh yêu cầu …"}},
		{"a photo's file name and its caption", []string{"Hồ sơ được số hóa: Tối thiểu 70%;", "", "z5060175717522_22792a2abc7225fefd84cdcd900cd1e5.jpg", "", "Hình ảnh người dân giải quyết TTHC tại Trung tâm", "", "Đơn giản hóa: Tối thiểu 10%;"},
			[]string{"Hồ sơ được số hóa: Tối thiểu 70%;", "", "", "", "", "", "Đơn giản hóa: Tối thiểu 10%;"}},
		// negatives
		{"a file name in a sentence", []string{"Các đơn vị gửi tệp baocao.pdf và anh.jpg về Sở Nội vụ."}, []string{"Các đơn vị gửi tệp baocao.pdf và anh.jpg về Sở Nội vụ."}},
		{"a sentence on photos", []string{"Các đơn vị cập nhật ảnh chân dung công chức lên hệ thống."}, []string{"Các đơn vị cập nhật ảnh chân dung công chức lên hệ thống."}},
		{"a credit in the middle", []string{"(Ảnh: Q.Huy) Sở Nội vụ tổ chức hội nghị."}, []string{"(Ảnh: Q.Huy) Sở Nội vụ tổ chức hội nghị."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := withoutPhotoCaptions(tc.in); !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
