package plandoc

import (
	"slices"
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestAsksBelowDuties reads the paragraphs under a request that names no
// addressee ("Văn phòng UBND tỉnh đề nghị:"): each sentence that opens
// with an agency and its duty is a task of that agency; a sentence that
// says what is done for a body ("… phải được bố trí …") is none, and
// paragraphs under anything else give no task.
func TestAsksBelowDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "a topic, then the office that asks; two duties of one agency",
			text: `Hướng dẫn vận hành Trung tâm Phục vụ hành chính công cấp xã

Về thành lập Trung tâm Phục vụ hành chính công cấp xã: Văn phòng UBND tỉnh đề nghị:

UBND cấp xã thành lập, ban hành quyết định quy định chức năng, nhiệm vụ của Trung tâm, hoàn thành trước ngày 01/7/2025. UBND cấp xã căn cứ quy định tại Điều 10 Nghị định số 118/2025/NĐ-CP xác định số lượng điểm tiếp nhận.

Trung tâm Phục vụ hành chính công phải được bố trí ở vị trí thuận lợi.
`,
			want: []string{"5|UBND cấp xã|thành lập, ban hành|2025-07-01", "5|UBND cấp xã|căn cứ quy định|"},
		},
		{
			name: "a department asks, other agencies and another province",
			text: `Sở Nội vụ tỉnh Hà Tĩnh hướng dẫn sắp xếp bộ phận một cửa

Sở Nội vụ đề nghị:
Các sở, ngành rà soát danh mục thủ tục hành chính trước ngày 15/9/2026.
Sở Tài chính bố trí kinh phí cho Bộ phận Một cửa.
`,
			want: []string{"4|Các sở, ngành|rà soát danh mục|2026-09-15", "5|Sở Tài chính|bố trí kinh phí|"},
		},
		{
			name: "the chairman asks",
			text: `Tin từ Cà Mau.

Chủ tịch UBND tỉnh yêu cầu:

UBND các xã, phường tiếp nhận hồ sơ trực tuyến toàn trình.
`,
			want: []string{"5|UBND các xã, phường|tiếp nhận hồ sơ|"},
		},
		{
			name: "negative: a colon that asks nothing",
			text: `Tin từ Cà Mau.

Kết quả đạt được như sau:

UBND các xã, phường tiếp nhận hồ sơ trực tuyến toàn trình.
`,
			want: nil,
		},
		{
			name: "negative: a report of what was done under the request",
			text: `Tin từ Cà Mau.

Văn phòng UBND tỉnh đề nghị:

UBND các xã đã tiếp nhận hồ sơ trực tuyến toàn trình.
`,
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "press.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			got := taskRows(d)
			if !slices.Equal(got, tc.want) {
				t.Errorf("tasks\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}
