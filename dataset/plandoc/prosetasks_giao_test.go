package plandoc

import (
	"slices"
	"testing"
)

// TestAssignmentAfterGiaoNoun reads the assignment of a sentence whose
// topic holds "giao" as part of a noun ("ngành Giáo dục", "giao thông")
// before the "Giao" that assigns; a sentence with only the noun assigns
// nothing, and "giao" before a body still assigns.
func TestAssignmentAfterGiaoNoun(t *testing.T) {
	tests := []struct {
		name, sentence string
		want           []string // nil: no assignment
	}{
		{"education in the topic", "3. Về bố trí nguồn lực cho ngành Giáo dục và Đào tạo của tỉnh: Giao Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo nghiên cứu kiến nghị", []string{"Sở Tài chính"}},
		{"traffic in the topic", "Về dự án giao thông kết nối vùng: giao Sở Xây dựng chủ trì lập báo cáo nghiên cứu tiền khả thi", []string{"Sở Xây dựng"}},
		{"only the noun", "Ngành giáo dục tiếp tục đổi mới phương pháp dạy học", nil},
		{"a board assigned", "Giao Ban Quản lý dự án chủ trì triển khai thi công", []string{"Ban Quản lý dự án"}},
	}
	memo := newTaskMemo(2025)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := assignment(tc.sentence, memo, 2025)
			if tc.want == nil {
				if ok {
					t.Errorf("assignment = lead %q, want none", got.Lead)
				}
				return
			}
			if !ok || !slices.Equal(got.Lead, tc.want) {
				t.Errorf("assignment = lead %q ok %v, want %q", got.Lead, ok, tc.want)
			}
		})
	}
}
