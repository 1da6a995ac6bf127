package plandoc

import (
	"slices"
	"testing"
)

// TestRequestedBodiesEndAtVerb checks that the bodies a request names end
// where the duty's verb starts, whichever verb it is ("chấn chỉnh",
// "tập trung"), so that no verb is read as part of a body's name, and
// that a body of a province named in full keeps the province ("Sở Nội vụ
// tỉnh Gia Lai", not "Sở Nội vụ tỉnh").
func TestRequestedBodiesEndAtVerb(t *testing.T) {
	tests := []struct {
		name, text string
		lead       []string
	}{
		{"a duty that opens with 'chấn chỉnh'",
			"Lãnh đạo UBND tỉnh vừa yêu cầu các sở, ban ngành liên quan và UBND xã, phường, đặc khu chấn chỉnh, khắc phục tình trạng hồ sơ giải quyết quá hạn.\n",
			[]string{"Các sở, ban, ngành liên quan", "UBND xã, phường, đặc khu"}},
		{"a duty that opens with 'tập trung'",
			"UBND tỉnh An Giang yêu cầu UBND đặc khu Phú Quốc tập trung mọi nguồn lực để xử lý dứt điểm hồ sơ tồn đọng.\n",
			[]string{"UBND đặc khu Phú Quốc"}},
		{"the leaders of a party committee and a committee asked",
			"UBND tỉnh An Giang yêu cầu lãnh đạo Đảng ủy và UBND đặc khu Phú Quốc chỉ đạo đưa nội dung xử lý hồ sơ quá hạn vào nghị quyết chuyên đề.\n",
			[]string{"Đảng ủy đặc khu Phú Quốc", "UBND đặc khu Phú Quốc"}},
		{"a department of a named province keeps the province",
			"UBND tỉnh Gia Lai giao Sở Nội vụ tỉnh Gia Lai công khai toàn bộ nội dung.\n",
			[]string{"Sở Nội vụ tỉnh Gia Lai"}},
		{"the committee's office of a named province keeps it",
			"UBND tỉnh Tây Ninh giao Văn phòng UBND tỉnh Tây Ninh công khai toàn bộ nội dung lên Cổng thông tin điện tử.\n",
			[]string{"Văn phòng UBND tỉnh Tây Ninh"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tasks := parseText(t, tc.text).Tasks
			if len(tasks) != 1 {
				t.Fatalf("got %d tasks, want 1: %+v", len(tasks), tasks)
			}
			if !slices.Equal(tasks[0].Lead, tc.lead) {
				t.Errorf("lead = %q, want %q", tasks[0].Lead, tc.lead)
			}
		})
	}
}
