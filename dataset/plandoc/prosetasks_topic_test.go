package plandoc

import (
	"slices"
	"testing"
)

// TestAgencyDutyAfterTopic reads the body and duty that follow the topic
// of a notice's item ("2. Về …: Bộ … khẩn trương …"), however long the
// topic; a topic followed by no body's duty gives none.
func TestAgencyDutyAfterTopic(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []string // nil: no task
	}{
		{"a long topic, then a body and its duty", "2. Về dự án đầu tư xây dựng công trình nạo vét luồng tàu vào khu bến cảng tại Khu kinh tế của tỉnh: Sở Xây dựng khẩn trương rà soát, sớm bàn giao dự án", []string{"Sở Xây dựng"}},
		{"a short topic", "Về tập huấn: Sở Nội vụ chủ trì tổ chức các lớp tập huấn", []string{"Sở Nội vụ"}},
		{"a topic followed by a finding", "3. Về đề nghị mở rộng cụm công nghiệp: Hội nghị ghi nhận đề xuất của huyện", nil},
		{"a topic followed by a report of what was done", "Về kết quả: Sở Xây dựng đã hoàn thành việc rà soát", nil},
	}
	memo := newTaskMemo(2025)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := agencyDutySentence(tc.sentence, memo, 2025)
			if tc.want == nil {
				if ok {
					t.Errorf("agencyDutySentence = lead %q, want no task", got.Lead)
				}
				return
			}
			if !ok || !slices.Equal(got.Lead, tc.want) {
				t.Errorf("agencyDutySentence = lead %q ok %v, want %q", got.Lead, ok, tc.want)
			}
		})
	}
}
