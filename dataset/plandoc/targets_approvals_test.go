package plandoc

import (
	"slices"
	"testing"
)

// TestAcceptedNounNotDone: "đã được chấp nhận" after a value's noun says
// what was accepted before ("giấy tờ … đã được chấp nhận khi thực hiện
// thành công TTHC trước đó"), as "đã được phê duyệt" does; it reports no
// result. "đã đạt" and "đã được" with another verb still do.
func TestAcceptedNounNotDone(t *testing.T) {
	tests := []struct {
		name string
		item string // an item of a list of aims a press item quotes
		want []string
	}{
		{"accepted papers",
			"- 80% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó mà cơ quan nhà nước có thẩm quyền giải quyết TTHC đang quản lý.",
			[]string{"= 80 percent 2025"}},
		{"approved plans",
			"- Hoàn thành thực thi 100% phương án phân cấp đã được phê duyệt tại Quyết định số 1015/QĐ-TTg.",
			[]string{"= 100 percent 2025"}},
		// Results: "đã đạt", "đã được số hóa".
		{"reached", "- Tỷ lệ hồ sơ trực tuyến đã đạt 85%.", nil},
		{"done to the noun", "- 90% hồ sơ đã được số hóa.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text := "Theo đó, mục tiêu cụ thể đối với nội dung cải cách thủ tục hành chính đến năm 2025 đạt được như sau:\n" + tc.item + "\n"
			got := briefs(parseText(t, text).Targets)
			if !slices.Equal(got, tc.want) {
				t.Errorf("targets %q, want %q", got, tc.want)
			}
		})
	}
}
