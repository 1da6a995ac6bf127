package plandoc

import (
	"strings"
	"testing"
)

// TestClauseLeads checks that a lead is a body, never a clause with a
// verb: what a body will do ("Bộ Tài chính sẽ …") is led by the body, its
// name stopping before "sẽ" (plannedActions); a person's words at a
// meeting ("Thứ trưởng … cũng đề nghị …") give no task, while the same
// duties assigned to a body do; "yêu cầu các đơn vị cần …" asks the
// units, who lead the task. Bodies apart by a semicolon may open the
// sentence before their duty; a sentence saying only whom they answer to
// should they fail ("chịu trách nhiệm trước … nếu …") is no task. An
// office asks the units it serves ("Văn phòng Bộ … đề nghị các đơn vị
// liên quan …").
func TestClauseLeads(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "a body and sẽ: a planned action, its lead the body without sẽ",
			text: "Tin từ hội nghị.\n\nBộ Tài chính sẽ đẩy mạnh thực hiện công tác kiểm tra tài chính năm 2026.\n",
			want: []string{"3|Bộ Tài chính|đẩy mạnh thực hiện|"},
		},
		{
			name: "yêu cầu … cần: the units asked lead, the modal is no part of their name",
			text: "Tin từ hội nghị.\n\nThứ trưởng Nguyễn Văn A yêu cầu các đơn vị cần tập trung chuẩn bị nội dung báo cáo.\n",
			want: []string{"3|Các đơn vị|tập trung chuẩn bị|"},
		},
		{
			name: "a connective, then a speaker who cũng đề nghị",
			text: "Tin từ hội nghị.\n\nĐồng thời, Bộ trưởng Trần Văn B cũng đề nghị rà soát chính sách tiền lương.\n",
		},
		{
			name: "a speaker who nhấn mạnh",
			text: "Tin từ hội nghị.\n\nSở Nội vụ nhấn mạnh triển khai nhiệm vụ chuyển đổi số trong quý III.\n",
		},
		{
			name: "negative: the body assigned keeps its duty",
			text: "Kế hoạch của tỉnh.\n\nUBND tỉnh giao Sở Nội vụ chủ trì theo dõi việc thực hiện.\n",
			want: []string{"3|Sở Nội vụ|chủ trì theo dõi|"},
		},
		{
			name: "a comrade's title before the minister",
			text: "Kế hoạch của Chính phủ.\n\nThủ tướng Chính phủ giao đồng chí Bộ trưởng Bộ Xây dựng trực tiếp chỉ đạo rà soát các dự án.\n",
			want: []string{"3|Bộ trưởng Bộ Xây dựng|trực tiếp chỉ đạo|"},
		},
		{
			name: "a province names its committee",
			text: "Kế hoạch của tỉnh.\n\nThủ tướng Chính phủ giao Ủy ban nhân dân tỉnh Hưng Yên khẩn trương làm việc với các địa phương để thống nhất phương án.\n",
			want: []string{"3|UBND tỉnh Hưng Yên|khẩn trương làm việc|"},
		},
		{
			name: "the bodies assigned, apart by a semicolon, before their duty",
			text: "Tin từ tỉnh.\n\nTheo đó, UBND tỉnh giao Thủ trưởng các sở, ban, ngành, đơn vị thuộc UBND tỉnh; Chủ tịch UBND các huyện, thành phố chỉ đạo tập trung đẩy mạnh cải cách TTHC.\n",
			want: []string{"3|Các sở, ban, ngành, đơn vị thuộc UBND tỉnh;Chủ tịch UBND các huyện, thành phố|chỉ đạo tập trung|"},
		},
		{
			name: "the bodies apart by a semicolon open the sentence, then their duty",
			text: "Tin từ tỉnh.\n\nTại Công văn, Chủ tịch UBND tỉnh đã chỉ đạo:\nThủ trưởng các sở, ban, ngành; Chủ tịch UBND các huyện, thành phố có trách nhiệm tăng cường chỉ đạo tiếp nhận hồ sơ trực tuyến.\n",
			want: []string{"4|Các sở, ban, ngành;Chủ tịch UBND các huyện, thành phố|có trách nhiệm tăng|"},
		},
		{
			name: "the bodies end before 'in, cấp phát' (print and hand out)",
			text: "Tin từ tỉnh.\n\nUBND tỉnh giao Bộ phận một cửa thuộc UBND cấp huyện, UBND cấp xã in, cấp phát tài liệu hướng dẫn người dân.\n",
			want: []string{"3|Bộ phận một cửa thuộc UBND cấp huyện;UBND cấp xã|in, cấp phát tài|"},
		},
		{
			name: "a community technology team after an assignment",
			text: "Tin từ tỉnh.\n\nUBND tỉnh giao Sở Nội vụ chủ trì rà soát thủ tục.\nTổ công nghệ số cộng đồng tổ chức hướng dẫn người dân nộp hồ sơ trực tuyến.\n",
			want: []string{"3|Sở Nội vụ|chủ trì rà soát|", "4|Tổ công nghệ số cộng đồng|tổ chức hướng dẫn|"},
		},
		{
			name: "a ministry's office asks the units concerned",
			text: "Thông báo của Văn phòng.\n\nVăn phòng Bộ xin thông báo và đề nghị các đơn vị liên quan đảm bảo đúng kế hoạch được giao.\n",
			want: []string{"3|Các đơn vị liên quan|đảm bảo đúng kế|"},
		},
		{
			name: "a department asks the units it writes to",
			text: "Kính gửi các cơ quan, đơn vị.\n\nSở Nội vụ đề nghị các cơ quan, đơn vị nghiên cứu và tham gia ý kiến vào Dự thảo.\n",
			want: []string{"3|Các cơ quan, đơn vị|nghiên cứu và tham|"},
		},
		{
			name: "negative: a department's request to one body",
			text: "Tin từ tỉnh.\n\nSở Nội vụ đề nghị Sở Tài chính bố trí kinh phí.\n",
		},
		{
			name: "all the bodies asked",
			text: "Tin từ tỉnh.\n\nUBND tỉnh Long An yêu cầu tất cả các cơ quan, đơn vị trên địa bàn tỉnh khẩn trương triển khai giải quyết thủ tục trực tuyến.\n",
			want: []string{"3|Tất cả các cơ quan, đơn vị trên địa bàn tỉnh|khẩn trương triển khai|"},
		},
		{
			name: "negative: the direction praised after a duty, a noun",
			text: "Tin từ tỉnh.\n\nVăn phòng UBND tỉnh được giao làm đầu mối tổng hợp chung.\nChỉ đạo của UBND tỉnh thể hiện sự quyết tâm của lãnh đạo tỉnh.\n",
			want: []string{"3|Văn phòng UBND tỉnh|làm đầu mối tổng|"},
		},
		{
			name: "negative: whom the bodies answer to should they fail",
			text: "Tin từ tỉnh.\n\nGiám đốc Sở Nội vụ phải chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra vi phạm.\n",
		},
		{
			name: "negative: a heading of bodies before a colon",
			text: "Tin từ tỉnh.\n\nCác Sở, Ban, Ngành: Ban Quản lý các khu công nghiệp tỉnh; Ban Dân tộc được giao tỷ lệ hồ sơ trực tuyến đạt 80%.\n",
		},
		{
			name: "a committee directs the bodies",
			text: "Tin từ tỉnh.\n\nUBND tỉnh Hòa Bình chỉ đạo các Sở, ban, ngành và UBND các huyện, thành phố căn cứ vào chỉ tiêu được giao, chủ động triển khai đồng bộ các giải pháp.\n",
			want: []string{"3|Các sở, ban, ngành;UBND các huyện, thành phố|căn cứ vào chỉ|"},
		},
		{
			name: "negative: a committee directs, no body named",
			text: "Tin từ tỉnh.\n\nUBND tỉnh Hòa Bình chỉ đạo triển khai đồng bộ các giải pháp.\n",
		},
		{
			name: "negative: Cần Thơ in a body's name is no modal",
			text: "Kế hoạch của thành phố.\n\nUBND thành phố giao Sở Tư pháp thành phố Cần Thơ chủ trì rà soát văn bản.\n",
			want: []string{"3|Sở Tư pháp thành phố Cần Thơ|chủ trì rà soát|"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := taskRows(parseText(t, tt.text))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
	for _, c := range []struct {
		f    string
		want bool
	}{{"bo noi vu se", true}, {"cac don vi can", true}, {"so y te", false}, {"ubnd thanh pho can tho", false}, {"bo truong x cung de nghi", true}} {
		if got := clauseLead(c.f); got != c.want {
			t.Errorf("clauseLead(%q) = %v, want %v", c.f, got, c.want)
		}
	}
}
