package plandoc

import (
	"fmt"
	"strings"
	"testing"
)

// TestPlannedActions covers what a press item says a body or the place
// will do: a body with "sẽ" or "dự kiến" leads its action (also after a
// topic: "Về giải pháp công nghệ, …"); the place in the time
// ahead, or striving by a year for what it will do ("phấn đấu đến năm
// 2025 sẽ …"), leads none; a sentence that opens with a duty's verb after one,
// and the next paragraph's "Cùng với đó, …", go on with them; clauses
// apart by semicolons that open with a verb are tasks of their own, a
// list of short items is not cut; bodies listed apart by commas after the
// basis the sentence opens with ("Trên cơ sở …, các sở, ban ngành, Ủy ban
// nhân dân các huyện … sẽ …") lead together; a body that "cũng" does a
// duty after a connector goes on too, and a bare "đoàn" is the team named
// before ("Bên cạnh đó, đoàn cũng kiểm tra …"); a connector right after a
// duty another reader took goes on ("Cùng với đó, tỉnh tiếp tục …").
// Negatives: what was done ("đã"), a year after who tells it ("Báo cáo từ tỉnh … cho biết, năm 2022, …"), the
// headline and a sub-heading, a person's request, an aim being set, a
// change by a figure ("dự kiến tinh giản 605 cán bộ"), a sentence with no
// time ahead.
func TestPlannedActions(t *testing.T) {
	const lead = "Ngày 2/10, lãnh đạo tỉnh Hậu Giang có cuộc họp với các sở, ngành về chuyển đổi số.\n\n"
	tests := []struct {
		name, text string
		want       []string // "line lead|task's first words"
	}{
		{"a body will", lead + "Sở Khoa học và Công nghệ sẽ chủ trì rà soát, nâng cấp hệ thống hạ tầng kỹ thuật.\n",
			[]string{"3 Sở Khoa học và Công nghệ|chủ trì rà"}},
		{"a body also will", lead + "Sở Tài chính cũng sẽ bố trí kinh phí cho chuyển đổi số.\n",
			[]string{"3 Sở Tài chính|bố trí kinh"}},
		{"the home-affairs department will ('Nội' folds as 'nói')", lead + "Sở Nội vụ sẽ chủ trì rà soát, sắp xếp tổ chức bộ máy.\n",
			[]string{"3 Sở Nội vụ|chủ trì rà"}},
		{"the place in the time ahead, then on", lead + "Trong thời gian tới, tỉnh Hậu Giang tiếp tục khai thác tốt Trung tâm dữ liệu của tỉnh. Hoàn thành việc xây dựng mạng diện rộng của tỉnh; xây dựng và hoàn thiện hệ thống thông tin nguồn của tỉnh.\n\nCùng với đó, tỉnh Hậu Giang hoàn thành việc xây dựng các cơ sở dữ liệu ngành. Triển khai xây dựng các cơ sở dữ liệu về nông nghiệp; giáo dục; y tế.\n",
			[]string{"3 |tiếp tục khai", "3 |Hoàn thành việc", "3 |xây dựng và", "5 |hoàn thành việc", "5 |Triển khai xây"}},
		{"an inspection's clauses, one hearing reports", "Tin từ tỉnh.\n\nTheo đó, trong quý IV/2027, UBND tỉnh sẽ thành lập Đoàn kiểm tra công tác cải cách hành chính; nghe báo cáo giải trình về tình hình thực hiện của cơ quan, đơn vị; kiểm tra thực tế việc tiếp nhận, giải quyết thủ tục hành chính.\n",
			[]string{"3 UBND tỉnh|thành lập Đoàn", "3 UBND tỉnh|nghe báo cáo", "3 UBND tỉnh|kiểm tra thực"}},
		{"the team, then what it also does", "Tin từ tỉnh.\n\nTheo kế hoạch, đoàn kiểm tra của tỉnh sẽ kiểm tra toàn diện công tác cải cách hành chính tại các sở. Bên cạnh đó, đoàn cũng kiểm tra chuyên đề về tài chính công.\n",
			[]string{"3 đoàn kiểm tra của tỉnh|kiểm tra toàn", "3 đoàn kiểm tra của tỉnh|kiểm tra chuyên"}},
		{"another body, then what it also does", "Tin từ tỉnh.\n\nTheo đó, Sở Nội vụ sẽ chủ trì rà soát thủ tục hành chính. Bên cạnh đó, Sở Tư pháp cũng kiểm tra việc ban hành văn bản.\n",
			[]string{"3 Sở Nội vụ|chủ trì rà", "3 Sở Tư pháp|kiểm tra việc"}},
		{"a year ahead", "UBND phường Phú Lợi triển khai kế hoạch năm 2026.\n\nNăm 2026, phường tập trung đầu tư các công trình hạ tầng trọng điểm phục vụ phát triển đô thị.\n",
			[]string{"3 |tập trung đầu"}},
		{"a body reports it, from a date", "UBND tỉnh Đồng Nai triển khai mô hình chính quyền địa phương 2 cấp.\n\nTheo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã.\n",
			[]string{"3 |đưa vào vận"}},
		{"from a month, after a site's cell", "Thái Nguyên: Cú hích từ vốn ủy thác giúp hàng nghìn hộ vươn lên |\nBắt đầu từ tháng 6/2025, Thái Nguyên sẽ chính thức triển khai giải quyết thủ tục hành chính phi địa giới hành chính.\n",
			[]string{"2 |triển khai giải"}},
		{"'tỉnh này', then 'Mặt khác, sẽ …' (cut), an aim left out", "Tin từ tỉnh.\n\nThời gian tới, tỉnh này sẽ tiếp tục triển khai các nhiệm vụ theo Đề án; Phấn đấu cải thiện vị trí xếp hạng so với năm trước từ 1 - 2 bậc...\n\nMặt khác, sẽ tiếp tục đẩy mạnh công tác tuyên truyền về nhiệm vụ xây\n",
			[]string{"3 |tiếp tục triển", "5 |tiếp tục đẩy"}},
		{"a period before the place, then 'sẽ'", "Tin từ tỉnh Tiền Giang.\n\nGiai đoạn 2021 - 2025, Tiền Giang sẽ phát triển Chính quyền số theo hướng chính quyền tương tác; cung cấp các dịch vụ số mới dựa trên nhu cầu của người dân.\n",
			[]string{"3 |phát triển Chính", "3 |cung cấp các"}},
		{"a past year before the place, then 'sẽ'", "Tin từ tỉnh Tiền Giang.\n\nNăm 2020, Tiền Giang sẽ cung cấp các dịch vụ công trực tuyến mức độ 4.\n",
			[]string{"3 |cung cấp các"}},
		{"a topic before the body, then 'dự kiến'", "Trung tâm Hành chính công tỉnh Bình Thuận đặt mục tiêu năm 2025.\n\nVề giải pháp công nghệ, Trung tâm dự kiến triển khai nền tảng trợ lý ảo phục vụ người dân.\n",
			[]string{"3 Trung tâm|triển khai nền"}},
		{"striving, by a year, for what the place will do", "UBND tỉnh Tây Ninh ban hành chương trình chuyển đổi số.\n\nTheo đó, Tây Ninh phấn đấu đến năm 2025 sẽ hoàn thiện chính quyền điện tử và phát triển chính quyền số.\n",
			[]string{"3 |hoàn thiện chính"}},
		{"bodies listed after the basis, then 'sẽ'", "Ủy ban nhân dân tỉnh Quảng Ngãi công bố Chỉ số cải cách hành chính năm 2018.\n\nTrên cơ sở Chỉ số cải cách hành chính đã được phê duyệt và công bố, các sở, ban ngành, Ủy ban nhân dân các huyện, thành phố trên địa bàn tỉnh sẽ tổ chức quán triệt, rút kinh nghiệm.\n",
			[]string{"3 Các sở, ban, ngành,UBND các huyện, thành phố trên địa bàn tỉnh|tổ chức quán"}},
		{"a clause that opens with a year, then the place and 'sẽ'", "Quảng Ninh lấy sự hài lòng của người dân làm thước đo. Với phương châm người dân là “khách hàng”, năm 2016 Quảng Ninh sẽ tập trung xây dựng và thực hiện quyết liệt các giải pháp; rà soát lại các quy định.\n",
			[]string{"1 |tập trung xây", "1 |rà soát lại"}},
		{"a quarter before the body, then 'sẽ'", "Chủ tịch UBND tỉnh vừa ký Quyết định ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2022.\n\nTheo đó, trong quý IV/2022, UBND tỉnh sẽ thành lập Đoàn kiểm tra công tác cải cách hành chính.\n",
			[]string{"3 UBND tỉnh|thành lập Đoàn"}},
		{"an inspection team will; whom it concerns before the place", "UBND tỉnh Khánh Hòa vừa ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm 2022.\n\nTheo đó, đoàn kiểm tra của tỉnh sẽ kiểm tra công tác chỉ đạo, điều hành CCHC. Đối với các cơ quan đầu mối tham mưu CCHC, tỉnh sẽ kiểm tra thêm chức trách tham mưu.\n\nTheo kế hoạch, đoàn kiểm tra của tỉnh sẽ kiểm tra toàn diện công tác CCHC tại 5 cơ quan thuộc khối sở.\n",
			[]string{"3 đoàn kiểm tra của tỉnh|kiểm tra công", "3 |kiểm tra thêm", "5 đoàn kiểm tra của tỉnh|kiểm tra toàn"}},
		{"an inter-agency team will", "Chủ tịch UBND tỉnh vừa ký ban hành Quyết định thành lập đoàn kiểm tra liên ngành năm 2018.\n\nĐoàn liên ngành sẽ kiểm tra đột xuất, không báo trước tại trụ sở cơ quan, đơn vị.\n",
			[]string{"3 Đoàn liên ngành|kiểm tra đột"}},
		{"who tells it, a date, then the whole province", " date 2025-09-05 Thông tin từ Ủy ban Nhân dân tỉnh Tuyên Quang cho biết, từ ngày 1/10 tới, toàn tỉnh sẽ tổ chức tiếp nhận và trả kết quả thủ tục hành chính không phụ thuộc vào địa giới hành chính. Đ\n\nây là giải pháp đột phá của tỉnh.\n",
			[]string{"1 |tổ chức tiếp"}},
		{"a connector after a duty another reader took", "Tin từ tỉnh Đắk Lắk.\n\nBà Hồ Thị Nguyên Thảo nhấn mạnh, để đạt được 94 tiêu chí, các cấp, ngành, xã, phường cần đẩy nhanh hoàn thiện hạ tầng số và dữ liệu số.\n\nCùng với đó, tỉnh tiếp tục triển khai sâu rộng phong trào “Bình dân học vụ số”.\n",
			[]string{"3 Các cấp, ngành, xã, phường|đẩy nhanh hoàn", "5 |tiếp tục triển"}},
		{"what it serves, then the place heads for duties", "Tin từ tỉnh Tây Ninh.\n\nĐể thực hiện mục tiêu trên, tỉnh Tây Ninh hướng đến tập trung cải thiện các lĩnh vực trong nhóm đạt điểm thấp nhất; nâng cao chất lượng phục vụ người dân trong việc giải quyết các thủ tục hành chính.\n",
			[]string{"3 |tập trung cải", "3 |nâng cao chất"}},
		// negatives
		{"the place heads for an aim, no duty", "Tin từ tỉnh Tây Ninh.\n\nĐể thực hiện mục tiêu trên, tỉnh Tây Ninh hướng đến mục tiêu xây dựng chính quyền số.\n", nil},
		{"a connector after a report between", "Tin từ tỉnh Đắk Lắk.\n\nBà Hồ Thị Nguyên Thảo nhấn mạnh, các cấp, ngành, xã, phường cần đẩy nhanh hoàn thiện hạ tầng số.\n\nNăm 2024, tỉnh đã hoàn thành 80 tiêu chí.\n\nCùng với đó, tỉnh tiếp tục triển khai sâu rộng phong trào “Bình dân học vụ số”.\n",
			[]string{"3 Các cấp, ngành, xã, phường|đẩy nhanh hoàn"}},
		{"who tells it, then a year of what the place did", "Tin từ tỉnh Long An.\n\nBáo cáo từ tỉnh Long An cho biết, năm 2022, tỉnh xác định cải cách hành chính là nhiệm vụ trọng tâm.\n", nil},
		{"a clause that opens with a year, then what the place did", "Quảng Ninh lấy sự hài lòng của người dân làm thước đo. Với phương châm người dân là “khách hàng”, năm 2015 Quảng Ninh đã xây dựng Trung tâm hành chính công.\n", nil},
		{"a list of what the place will do is no list of bodies", lead + "Hệ thống, dữ liệu sẽ được nâng cấp.\n", nil},
		{"a change by a figure planned", "Tin từ tỉnh Lâm Đồng.\n\nTheo đó, trong năm 2026, tỉnh Lâm Đồng dự kiến tinh giản 605 cán bộ, công chức, viên chức.\n", nil},
		{"a period before what was done", "Tin từ tỉnh Tiền Giang.\n\nGiai đoạn 2016 - 2020, Tiền Giang đã cung cấp các dịch vụ công trực tuyến.\n", nil},
		{"done", lead + "Thời gian qua, Sở Khoa học và Công nghệ đã tổ chức tập huấn cho cán bộ.\n", nil},
		{"the headline", "Thừa Thiên Huế sẽ đẩy mạnh chuyển đổi số toàn diện đến 2025\n\n" + lead, nil},
		{"a sub-heading", lead + "Đồng Tháp sẽ xây dựng các hợp tác xã có ứng dụng công nghệ\n\nTheo kế hoạch, tỉnh đặt chỉ tiêu kinh tế số đạt 15% GRDP.\n", nil},
		{"an aim being set", lead + "Năm 2026, Trung tâm đặt mục tiêu nâng tỷ lệ tiếp nhận hồ sơ trực tuyến lên 100%.\n", nil},
		{"no time ahead", lead + "Tỉnh Hậu Giang tiếp tục khai thác tốt Trung tâm dữ liệu của tỉnh.\n", nil},
		{"a speaker's words", lead + "Giám đốc Sở Nội vụ nói, Sở sẽ chủ trì rà soát các thủ tục.\n", nil},
		{"striving for figures", "UBND tỉnh Yên Bái triển khai kế hoạch năm 2021.\n\nNăm 2021, tỉnh Yên Bái phấn đấu Chỉ số cải cách hành chính tăng từ 2 bậc trở lên so với năm 2020; tiếp tục cải thiện tốt 8 nội dung đánh giá.\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, k := range parseText(t, tc.text).Tasks {
				words := strings.Fields(k.Task)
				got = append(got, fmt.Sprintf("%d %s|%s", k.Source.Line, strings.Join(k.Lead, ","), strings.Join(words[:min(3, len(words))], " ")))
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("tasks\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestPlannedActionOpeningTime: the day or month a planned action's
// sentence opens with ("Từ ngày 1-7-2025, tỉnh sẽ …") is its time, the
// day it starts; a time of its own wins.
func TestPlannedActionOpeningTime(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the day it starts", "UBND tỉnh triển khai mô hình chính quyền địa phương 2 cấp.\n\nTheo UBND tỉnh, từ ngày 1-7-2025, tỉnh sẽ đưa vào vận hành các trung tâm phục vụ hành chính công cấp xã.\n",
			"từ ngày 1-7-2025|2025-07-01|"},
		{"a time of its own", "UBND tỉnh triển khai mô hình chính quyền địa phương 2 cấp.\n\nTừ ngày 1-7-2025, tỉnh sẽ hoàn thành sắp xếp trụ sở trước ngày 30/7/2025.\n",
			"trước ngày 30/7/2025||2025-07-30"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := parseText(t, tc.text).Tasks
			if len(ts) != 1 {
				t.Fatalf("%d tasks, want 1: %+v", len(ts), ts)
			}
			d := ts[0].Deadline
			if got := d.Text + "|" + d.Start + "|" + d.End; got != tc.want {
				t.Errorf("deadline %q, want %q", got, tc.want)
			}
		})
	}
}
