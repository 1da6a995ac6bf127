package plandoc

import (
	"strings"
	"testing"
)

// TestReportedParagraphsNotTasks checks that a section of unmarked
// paragraphs reporting what happened (a news report of a meeting, a
// review of results) gives no task, whatever its heading, while a
// section whose unmarked paragraphs open as duties, or that has marked
// items or field lines, keeps its tasks.
func TestReportedParagraphsNotTasks(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int // tasks read
	}{
		{
			name: "news page of a ministry meeting under 'Nội dung chính'",
			text: `# Bộ Tư pháp hoàn thành 48/50 nhiệm vụ trong quý I

### Nội dung chính

Quang cảnh buổi làm việc.

Tham dự buổi làm việc có các Thứ trưởng và lãnh đạo các đơn vị thuộc Bộ.

Phát biểu tại buổi làm việc, Bộ trưởng ghi nhận các đơn vị đã nỗ lực hoàn thành nhiệm vụ.

Thứ nhất, việc sắp xếp tổ chức bộ máy được chuẩn bị kỹ lưỡng, chu đáo.

Thứ hai, công tác xây dựng thể chế đạt nhiều kết quả quan trọng.

Ảnh: Toàn cảnh buổi làm việc.
`,
			want: 0,
		},
		{
			name: "provincial conference report under a 'Nội dung' heading",
			text: `## Nội dung

Sáng 12/3, UBND tỉnh Lạng Sơn tổ chức hội nghị sơ kết công tác quý I.

Theo báo cáo, trong quý vừa qua toàn tỉnh đã tiếp nhận 12.500 hồ sơ.

Kết quả, tỷ lệ hồ sơ giải quyết đúng hạn đạt 98%.

Nhiều ý kiến tại hội nghị cho rằng cần có thêm thời gian chuẩn bị.
`,
			want: 0,
		},
		{
			name: "a quoted direction among the report's paragraphs does not make it a list",
			text: `### Nội dung chính

Toàn cảnh hội nghị.

Dự hội nghị có đại diện lãnh đạo các sở, ngành.

Số liệu cho thấy các chỉ số đều tăng so với năm trước.

Tăng cường kiểm tra là điều được nhiều đại biểu nhắc tới.

Buổi làm việc kết thúc lúc 11 giờ.
`,
			want: 0,
		},
		{
			name: "unmarked paragraphs that open with duty verbs are tasks",
			text: `II. NHIỆM VỤ TRỌNG TÂM

Tăng cường công tác kiểm tra cải cách hành chính tại các cơ quan, đơn vị.

Đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính.

Rà soát, đơn giản hóa thủ tục hành chính nội bộ.
`,
			want: 3,
		},
		{
			name: "unmarked paragraphs opening with an agency and its duty are tasks",
			text: `III. NỘI DUNG THỰC HIỆN

Các sở, ngành triển khai thực hiện nghiêm các quy định về cải cách thủ tục hành chính.

Sở Nội vụ theo dõi, đôn đốc việc thực hiện kế hoạch.

Văn phòng UBND tỉnh hướng dẫn việc số hóa hồ sơ.
`,
			want: 3,
		},
		{
			name: "dashed items are kept whatever they open with",
			text: `II. NỘI DUNG

- Về cải cách thể chế: hoàn thiện các văn bản quy phạm pháp luật.

- Về cải cách tổ chức bộ máy: sắp xếp các đơn vị sự nghiệp.
`,
			want: 2,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := parseString(tc.text, "t.txt", nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Tasks) != tc.want {
				t.Errorf("got %d tasks, want %d:\n%s", len(d.Tasks), tc.want, strings.Join(taskRows(d), "\n"))
			}
		})
	}
}

// TestDutyParagraphOpens checks the openings of a paragraph read as a
// duty and those read as a report.
func TestDutyParagraphOpens(t *testing.T) {
	for text, want := range map[string]bool{
		"Tăng cường công tác thanh tra.":                      true,
		"“Rà soát toàn bộ thủ tục hành chính.":                true,
		"Các sở, ngành triển khai thực hiện nghiêm quy định.": true,
		"Sở Tư pháp chủ trì thẩm định văn bản.":               true,
		"Toàn cảnh Hội nghị.":                                 false,
		"Tham dự Hội nghị có các Thứ trưởng.":                 false,
		"Thứ nhất, việc hợp nhất được chuẩn bị kỹ lưỡng.":     false,
		"Sở Nội vụ thường xuyên là cơ quan thường trực.":      false,
		"Quang cảnh buổi làm việc.":                           false,
		"":                                                    false,
		"Sáng 12/3, UBND tỉnh tổ chức hội nghị sơ kết quý I.": false,
	} {
		if got := dutyParagraphOpens(text); got != want {
			t.Errorf("dutyParagraphOpens(%q) = %v, want %v", text, got, want)
		}
	}
}
