package plandoc

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestLeadInBodies(t *testing.T) {
	tests := []struct {
		name, line, want string
	}{
		{"heads of ministries and provinces asked", "Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung triển khai một số nội dung sau:",
			"Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"},
		{"party bodies after the purpose", "Để thực hiện tốt các nhiệm vụ theo Kế hoạch số 41-KH/TU ngày 12-01-2022 của Tỉnh ủy thì các huyện, thành ủy, đảng ủy trực thuộc, ban cán sự đảng, đảng đoàn lãnh đạo, chỉ đạo tổ chức quán triệt; căn cứ chức năng, nhiệm vụ triển khai thực hiện nghiêm túc các nhiệm vụ, giải pháp sau:",
			"các huyện, thành ủy, đảng ủy trực thuộc, ban cán sự đảng, đảng đoàn"},
		{"a lead-in that opens with the bodies", "Các sở, ngành triển khai các nhiệm vụ sau:", "Các sở, ngành"},
		{"a body that sets out its own tasks, last sentence of a paragraph", "Xác định cải cách hành chính là nhiệm vụ trọng tâm của ngành. Sở Y tế đề ra các nhiệm vụ cải cách hành chính năm 2026, cụ thể như sau:", "Sở Y tế"},
		{"the one who speaks is no lead", "Để hoàn thành việc cập nhật dữ liệu, Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:", ""},
		{"a city named after a purpose with commas", "Để tiếp tục vận hành chính quyền địa phương 02 cấp hoạt động hiệu lực, hiệu quả, thành phố Đà Nẵng cần tập trung thực hiện tốt một số nhiệm vụ, giải pháp sau đây:", "UBND thành phố Đà Nẵng"},
		{"bodies after a connective", "Theo đó, Chủ tịch UBND các quận, huyện, thị xã tập trung chỉ đạo, triển khai đồng bộ các nội dung sau:", "Chủ tịch UBND các quận, huyện, thị xã"},
		{"a province named before its modal", "Để hoàn thành mục tiêu, tỉnh Lai Châu phải tập trung các giải pháp sau:", "UBND tỉnh Lai Châu"},
		{"a place in small letters is no name", "Để hoàn thành mục tiêu, tỉnh ta cần tập trung các giải pháp sau:", ""},
		{"an assignment", "Giao các sở, ngành triển khai các nhiệm vụ sau:", "các sở, ngành"},
		{"an adverb before the verb", "UBND tỉnh yêu cầu các sở, ngành, UBND cấp xã quan tâm thực hiện tốt các nội dung sau:", "các sở, ngành, UBND cấp xã"},
		{"a standing committee asked", "Đề nghị Thường trực Tỉnh ủy tập trung lãnh đạo, chỉ đạo, tập trung thực hiện các nhiệm vụ, giải pháp trên các lĩnh vực trong 02 tháng cuối năm 2025; trong đó lưu ý một số nội dung trọng tâm sau:", "Thường trực Tỉnh ủy"},
		{"a standing body not asked", "Hội nghị do Thường trực HĐND tỉnh chủ trì đã thống nhất các nhiệm vụ, giải pháp trong thời gian tới; trong đó lưu ý một số nội dung trọng tâm sau:", ""},
		{"no body asked", "Kế hoạch đề ra các nhiệm vụ trọng tâm sau:", ""},
		{"a body whose guidance is quoted, not asked", "Theo đó, Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh có nội dung hướng dẫn triển khai dạy học Tin học như sau:", ""},
		{"a meeting that agreed, no body asked", "Hội nghị thống nhất các nhiệm vụ, giải pháp trong những tháng đầu năm 2026; trong đó lưu ý một số nội dung trọng tâm sau:", ""},
		{"a request without its addressee", "Chủ tịch UBND tỉnh yêu cầu:", ""},
		{"the body that sets the solutions, not who carries them out", "Để thực hiện mục đích trên, Bộ Tư pháp xác định ba nhóm giải pháp chủ yếu như sau:", ""},
		{"no colon: not a lead-in", "Chính phủ yêu cầu các bộ, cơ quan tiếp tục hướng dẫn nghiệp vụ.", ""},
		{"a lead-in citing the document whose duties it lists", "Theo Công văn 4832/UBND-KTN, để có cơ sở chỉ đạo đối với công tác quản lý nhà ở sau khi sáp nhập tỉnh, Chủ tịch UBND tỉnh Bắc Ninh giao Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan thực hiện các nội dung sau:", "Sở Xây dựng"},
		{"a requirement, not a request", "Đối với trường hợp yêu cầu phải cấp giấy phép, các sở thực hiện như sau:", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := leadInBodies(tc.line); got != tc.want {
				t.Errorf("leadInBodies = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestLeadInItem(t *testing.T) {
	tests := []struct {
		name, line string
		want       leadInItemKind
	}{
		{"a demand with its title and deadline", "Cập nhật cơ sở dữ liệu quốc gia về TTHC trước 10/6/2025: Bao gồm kết quả thống kê TTHC, điều kiện kinh doanh, chi phí và thời gian tuân thủ.", liTitled},
		{"a demand whose title opens with no duty verb", "Chuyển đổi phương thức quản lý: Giảm cơ chế “xin - cho”, xóa bỏ rào cản hành chính, thúc đẩy hậu kiểm thay vì tiền kiểm.", liTitled},
		{"an ordinal item", "Thứ nhất, nâng cao vai trò trách nhiệm của các cấp ủy đảng, tổ chức đảng, chính quyền trong lãnh đạo, chỉ đạo, điều hành", liOrdinal},
		{"a body with the modal and its duty", "Văn phòng Chính phủ sẽ giám sát việc triển khai và báo cáo Thủ tướng hàng tháng về kết quả thực hiện.", liDuty},
		{"a duty", "Tăng cường kiểm tra việc thực hiện thủ tục hành chính.", liDuty},
		{"a report of the meeting: the list has ended", "Ông Lâm Minh Thành, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh (giữa) chủ trì Hội nghị", liNone},
		{"a sentence whose colon comes after a full stop", "Hội nghị đã diễn ra. Kết quả như sau: 12 văn bản.", liNone},
		{"a body reported in the future, no duty", "Bộ Nội vụ sẽ là cơ quan thường trực của Ban Chỉ đạo.", liNone},
		{"a quote, not a demand's title", "Phó Chủ tịch UBND tỉnh nhấn mạnh: đây là nhiệm vụ trọng tâm của năm.", liNone},
		{"a speaker's account, not a demand", "Ông Nguyễn Văn A cho biết: tỉnh đã hoàn thành nhiều nhiệm vụ.", liNone},
		{"a body's own item", "Sở Nội vụ: chủ trì tham mưu kiểm tra công vụ trong quý II/2026.", liTitled},
	}
	memo := newTaskMemo(2025)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got, _ := leadInItem(tc.line, memo); got != tc.want {
				t.Errorf("leadInItem = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestWithoutModal(t *testing.T) {
	tests := []struct {
		line     string
		wantLead []string
	}{
		{"Văn phòng Chính phủ sẽ giám sát việc triển khai và báo cáo Thủ tướng hàng tháng về kết quả thực hiện.", []string{"Văn phòng Chính phủ"}},
		{"Sở Nội vụ sẽ chủ trì tổng hợp kết quả thực hiện.", []string{"Sở Nội vụ"}},
		{"Bộ Nội vụ sẽ là cơ quan thường trực.", nil},
		{"Sở Nội vụ chủ trì, sẽ báo cáo kết quả.", nil}, // a verb before "sẽ": read as it stands
		{"Tập trung thực thi các phương án cắt giảm.", nil},
	}
	memo := newTaskMemo(2025)
	for _, tc := range tests {
		t.Run(tc.line, func(t *testing.T) {
			task, ok := withoutModal(tc.line, memo)
			if ok != (tc.wantLead != nil) || ok && !slices.Equal(task.Lead, tc.wantLead) {
				t.Errorf("withoutModal = %v %q, want lead %q", ok, task.Lead, tc.wantLead)
			}
		})
	}
}

func TestStandingRule(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Ràng buộc trách nhiệm người đứng đầu: Bộ trưởng, Chủ tịch UBND tỉnh, thành phố chịu trách nhiệm trước Chính phủ nếu không đạt chỉ tiêu cắt giảm, đơn giản hóa TTHC.", true},
		{"Thủ trưởng cơ quan chịu trách nhiệm trước Chủ tịch UBND tỉnh nếu để xảy ra chậm trễ.", true},
		{"Giám đốc Sở Nội vụ chịu trách nhiệm trước Chủ tịch UBND tỉnh về kết quả thực hiện Kế hoạch.", false},
		{"Cập nhật cơ sở dữ liệu quốc gia về TTHC trước 10/6/2025.", false},
	}
	for _, tc := range tests {
		if got := standingRule(tc.text); got != tc.want {
			t.Errorf("standingRule(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestLeadInTasks(t *testing.T) {
	heads := []string{"Bộ trưởng", "Thủ trưởng cơ quan ngang bộ", "Chủ tịch UBND các tỉnh, thành phố trực thuộc trung ương"}
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"demands with titles, a standing rule, a body's own duty", `Theo báo cáo đến ngày 20/5/2025, cả nước hiện có hơn 6.300 TTHC.
Thủ tướng Chính phủ yêu cầu Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương tập trung triển khai một số nội dung sau:
Cập nhật cơ sở dữ liệu quốc gia về TTHC trước 10/6/2025: Bao gồm kết quả thống kê TTHC, điều kiện kinh doanh, chi phí và thời gian tuân thủ.
Chuyển đổi phương thức quản lý: Giảm cơ chế “xin - cho”, xóa bỏ rào cản hành chính, thúc đẩy hậu kiểm thay vì tiền kiểm.
Ràng buộc trách nhiệm người đứng đầu: Bộ trưởng, Chủ tịch UBND tỉnh, thành phố chịu trách nhiệm trước Chính phủ nếu không đạt chỉ tiêu cắt giảm, đơn giản hóa TTHC.
Văn phòng Chính phủ sẽ giám sát việc triển khai và báo cáo Thủ tướng hàng tháng về kết quả thực hiện.
`, []taskSummary{{3, "", heads}, {4, "", heads}, {6, "", []string{"Văn phòng Chính phủ"}}}},
		{"an ordinal solution under party bodies, its dashed point part of it", `Để thực hiện tốt các nhiệm vụ theo Kế hoạch số 41-KH/TU ngày 12-01-2022 của Tỉnh ủy thì các huyện, thành ủy, đảng ủy trực thuộc, ban cán sự đảng, đảng đoàn lãnh đạo, chỉ đạo tổ chức quán triệt; căn cứ chức năng, nhiệm vụ triển khai thực hiện nghiêm túc các nhiệm vụ, giải pháp sau:
Thứ nhất, nâng cao vai trò trách nhiệm của các cấp ủy đảng, tổ chức đảng, chính quyền trong lãnh đạo, chỉ đạo, điều hành
- Các cấp ủy, tổ chức đảng, chính quyền và người đứng đầu các cơ quan, tổ chức, đơn vị phải xác định công tác cải cách hành chính là một trong ba khâu đột phá.
`, []taskSummary{{2, "", []string{"Các huyện, thành ủy", "Đảng ủy trực thuộc", "Ban cán sự đảng", "Đảng đoàn"}}}},
		{"a lead-in citing the document, its dashed items", `Theo Công văn 4832/UBND-KTN, Chủ tịch UBND tỉnh Bắc Ninh giao Sở Xây dựng chủ trì, phối hợp với các đơn vị liên quan thực hiện các nội dung sau:
- Tổng hợp, đánh giá kết quả thực hiện Chương trình phát triển nhà ở của tỉnh.
- Báo cáo bằng văn bản gửi UBND tỉnh trước ngày 30/11/2025.
`, []taskSummary{{2, "", []string{"Sở Xây dựng"}}, {3, "", []string{"Sở Xây dựng"}}}},
		{"a leader's approval is no duty", `Xét đề nghị của Bộ Nội vụ tại Tờ trình số 3291/TTr-BNV ngày 22 tháng 9 năm 2010, Thủ tướng Chính phủ có ý kiến chỉ đạo như sau:
1. Đồng ý tổ chức Hội nghị toàn quốc vào tháng 12 năm 2010 tại Hà Nội để tổng kết thực hiện Chương trình tổng thể cải cách hành chính.
2. Bộ Nội vụ hoàn thiện Báo cáo tổng kết thực hiện Chương trình, trình Thủ tướng Chính phủ trước ngày 01 tháng 12 năm 2010.
`, []taskSummary{{3, "2", []string{"Bộ Nội vụ"}}}},
		{"a lead-in naming no body: paragraphs are not read as its items", `Kế hoạch đề ra các nhiệm vụ trọng tâm sau:
Cập nhật cơ sở dữ liệu quốc gia về TTHC: Bao gồm kết quả thống kê TTHC.
`, nil},
		{"a body's own item, and a quote that ends the list", `Chủ tịch UBND tỉnh yêu cầu các sở, ngành, UBND cấp xã tập trung triển khai một số nội dung sau:
Sở Nội vụ: chủ trì tham mưu kiểm tra công vụ trong quý II/2026.
Cải cách thủ tục hành chính: rà soát, đơn giản hóa các thủ tục hành chính.
Phó Chủ tịch UBND tỉnh nhấn mạnh: đây là nhiệm vụ trọng tâm của năm.
Tăng cường kiểm tra việc thực hiện thủ tục hành chính.
`, []taskSummary{{2, "", []string{"Sở Nội vụ"}}, {3, "", []string{"Các sở, ngành", "UBND cấp xã"}}}},
		{"the list ends at a paragraph that reports", `Các sở, ngành triển khai các nhiệm vụ sau:
Tăng cường kiểm tra việc thực hiện thủ tục hành chính.
Ông Nguyễn Văn A, Giám đốc Sở Nội vụ cho biết năm qua tỉnh đã hoàn thành nhiều nhiệm vụ.
Đẩy mạnh thanh toán trực tuyến.
`, []taskSummary{{2, "", []string{"Các sở, ngành"}}}},
		{"numbered groups of lettered duties: each duty a task, the group none", `Theo đó, Kế hoạch đề ra 09 nhóm nhiệm vụ, giải pháp chủ yếu cần tập trung thực hiện trong năm 2025:
1. Công tác chỉ đạo, điều hành
a) Ban hành các văn bản chỉ đạo về thực hiện CCHC.
b) Ban hành và tổ chức thực hiện Kế hoạch tuyên truyền công tác CCHC năm 2025.
2. Cải cách thể chế
a) Rà soát văn bản quy phạm pháp luật.
`, []taskSummary{{3, "1.a", nil}, {4, "1.b", nil}, {6, "2.a", nil}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

func TestUnassignedDutyCarriesAssignment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"a body's duty after a duty that names none", `Đối với vận hành chính quyền địa phương 2 cấp, cải cách thủ tục hành chính, Chính phủ yêu cầu các bộ, cơ quan tiếp tục hướng dẫn nghiệp vụ, hỗ trợ địa phương, nhất là tại cấp xã.

Tập trung thực thi các phương án cắt giảm, đơn giản hóa TTHC theo 14 Quyết định của Thủ tướng Chính phủ.

Các địa phương bố trí đầy đủ nhân lực, cơ sở vật chất, trang thiết bị cho xã, phường.
`, []taskSummary{{1, "", []string{"Các bộ, cơ quan"}}, {3, "", []string{"Các bộ, cơ quan"}}, {5, "", []string{"Các địa phương"}}}},
		{"a paragraph that goes on after a connective",
			"UBND tỉnh giao Sở Khoa học và Công nghệ chủ trì tổng hợp, báo cáo Chủ tịch UBND tỉnh số liệu thực hiện năm 2025.\n\nĐồng thời, phối hợp Sở Tài chính tham mưu xây dựng dự thảo Nghị quyết.\n",
			[]taskSummary{{1, "", []string{"Sở Khoa học và Công nghệ"}}, {3, "", []string{"Sở Khoa học và Công nghệ"}}}},
		{"'các cơ quan' refers back to the bodies directed; a basis, then 'để' and the duty", `Chủ tịch UBND tỉnh vừa có chỉ đạo các sở, cơ quan ngang sở, Ban Quản lý Khu kinh tế tỉnh thực hiện nhiệm vụ rà soát, đơn giản hóa thủ tục hành chính nội bộ.

Theo đó, các cơ quan nghiên cứu, vận dụng Hướng dẫn của Văn phòng Chính phủ để thực hiện các nhiệm vụ công bố, công khai thủ tục hành chính nội bộ.

Trên cơ sở danh mục thủ tục hành chính nội bộ do Văn phòng Chính phủ tổng hợp và căn cứ tình hình thực tế tại tỉnh để tham mưu, trình Chủ tịch UBND tỉnh công bố bổ sung thủ tục hành chính nội bộ; hoàn thành trước ngày 30/5/2024.
`, []taskSummary{{1, "", []string{"Các sở, cơ quan ngang sở", "Ban Quản lý Khu kinh tế tỉnh"}}, {3, "", []string{"Các sở, cơ quan ngang sở", "Ban Quản lý Khu kinh tế tỉnh"}},
			{5, "", []string{"Các sở, cơ quan ngang sở", "Ban Quản lý Khu kinh tế tỉnh"}}}},
		{"'các đơn vị' refers back to bodies named one by one", `Để đạt được mục tiêu này, UBND tỉnh giao Trung tâm Phục vụ hành chính công tỉnh, Bộ phận một cửa thuộc UBND cấp huyện, UBND cấp xã in, cấp phát tài liệu hướng dẫn người dân thực hiện thủ tục hành chính trực tuyến.
Các đơn vị hướng dẫn tạo tài khoản, đăng ký tài khoản đăng nhập Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.
`, []taskSummary{{1, "", []string{"Trung tâm Phục vụ hành chính công tỉnh", "Bộ phận một cửa thuộc UBND cấp huyện", "UBND cấp xã"}},
			{2, "", []string{"Trung tâm Phục vụ hành chính công tỉnh", "Bộ phận một cửa thuộc UBND cấp huyện", "UBND cấp xã"}}}},
		{"'các đơn vị' after a class of bodies stays", `Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành, địa phương khẩn trương rà soát việc số hóa hồ sơ.
Đồng thời, các đơn vị phải thường xuyên rà soát các hồ sơ thủ tục hành chính đã được xử lý.
`, []taskSummary{{1, "", []string{"Các sở, ban, ngành, địa phương"}}, {2, "", []string{"Các đơn vị"}}}},
		{"a request with no addressee asks the bodies its asker asked before", `(BNP) - Tại văn bản số 421/UBND-NC, Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan, chính quyền các cấp từ tỉnh đến xã tiếp tục tăng cường kỷ luật, kỷ cương hành chính.

Theo đó, Chủ tịch UBND tỉnh yêu cầu tiếp tục quán triệt, chỉ đạo cán bộ, công chức, viên chức thực hiện nghiêm Chỉ thị số 26/CT-TTg.
`, []taskSummary{{1, "", []string{"Người đứng đầu các cơ quan, chính quyền các cấp từ tỉnh đến xã"}}, {3, "", []string{"Người đứng đầu các cơ quan, chính quyền các cấp từ tỉnh đến xã"}}}},
		{"a request with no addressee by another asker names none", `Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan tiếp tục tăng cường kỷ luật, kỷ cương hành chính.

Thủ tướng Chính phủ yêu cầu tiếp tục cắt giảm thủ tục hành chính.
`, []taskSummary{{1, "", []string{"Người đứng đầu các cơ quan"}}, {3, "", []string{}}}},
		{"a paragraph that reports between: the run of demands ends", `Chính phủ yêu cầu các bộ, cơ quan tiếp tục hướng dẫn nghiệp vụ, hỗ trợ địa phương.

Năm 2024, cả nước đã cắt giảm hơn 400 thủ tục hành chính.

Các địa phương bố trí đầy đủ nhân lực, cơ sở vật chất, trang thiết bị cho xã, phường.
`, []taskSummary{{1, "", []string{"Các bộ, cơ quan"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

func TestUnassignedDuty(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Tập trung thực thi các phương án cắt giảm, đơn giản hóa TTHC theo 14 Quyết định của Thủ tướng Chính phủ.", true},
		{"Các địa phương bố trí đầy đủ nhân lực.", false},
		{"Năm 2024, cả nước đã cắt giảm hơn 400 thủ tục hành chính.", false},
		{"Đồng thời, phối hợp Sở Tài chính tham mưu.", false}, // a paragraph's, not a sentence's (unassignedParagraph)
	}
	for _, tc := range tests {
		if got := unassignedDuty([]rune(tc.text)); got != tc.want {
			t.Errorf("unassignedDuty(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if got := unassignedParagraph([]rune(tc.text)); got != (tc.want || strings.HasPrefix(tc.text, "Đồng thời")) {
			t.Errorf("unassignedParagraph(%q) = %v", tc.text, got)
		}
	}
}

func TestLeadInListKeepsOtherAssignments(t *testing.T) {
	text := `Ngày 12/3, UBND tỉnh giao Sở Nội vụ chủ trì tổng hợp kết quả cải cách hành chính quý I.

Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung triển khai một số nội dung sau:
Cải cách thủ tục hành chính: rà soát, đơn giản hóa các thủ tục hành chính.
Tăng cường kiểm tra việc thực hiện thủ tục hành chính.
`
	checkTasks(t, parseText(t, text), []taskSummary{{1, "", []string{"Sở Nội vụ"}}, {4, "", []string{"Các sở, ngành"}}, {5, "", []string{"Các sở, ngành"}}})
}

// TestHeadingLeadIn reads the items under a heading that names tasks
// when the paragraph between them, broken over lines, names the bodies
// asked: they lead every item (TestLeadInBodies has the paragraphs that
// name none), and the assignments the text makes outside the list are
// tasks besides them.
func TestHeadingLeadIn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"a standing committee asked in a paragraph broken over lines", `**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG
TÂM THỜI GIAN TỚI**

Đề nghị Thường trực Huyện ủy tập trung lãnh đạo, chỉ
đạo thực hiện các nhiệm vụ, giải pháp trong những tháng đầu năm 2026;
trong đó lưu ý một số nội dung trọng tâm sau:

1. Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư.

2. Chăm lo đời sống vật chất, tinh thần của Nhân dân.
`, []taskSummary{{8, "1", []string{"Thường trực Huyện ủy"}}, {10, "2", []string{"Thường trực Huyện ủy"}}}},
		{"provincial departments asked", `II. MỘT SỐ NHIỆM VỤ TRONG THỜI GIAN TỚI
Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tập trung thực hiện
một số nội dung sau:
1. Rà soát, đơn giản hóa thủ tục hành chính nội bộ.
2. Tăng cường kiểm tra công vụ.
`, []taskSummary{{4, "1", []string{"Các sở, ban, ngành"}}, {5, "2", []string{"Các sở, ban, ngành"}}}},
		{"the assignments of a later section are tasks too", `**II. NHIỆM VỤ, GIẢI PHÁP TRỌNG
TÂM THỜI GIAN TỚI**

Đề nghị Thường trực Huyện ủy tập trung lãnh đạo, chỉ đạo thực hiện
các nhiệm vụ, giải pháp; trong đó lưu ý một số nội dung trọng tâm sau:

1. Đẩy mạnh cải cách thủ tục hành chính, cải thiện môi trường đầu tư.

2. Chăm lo đời sống vật chất, tinh thần của Nhân dân.

**III. VỀ MỘT SỐ KIẾN NGHỊ CỦA HUYỆN**

1. Về đề nghị hỗ trợ kinh phí sửa chữa trường học: giao Sở Tài chính
chủ trì, phối hợp với Sở Giáo dục và Đào tạo nghiên cứu, báo cáo Ủy ban nhân dân tỉnh trong tháng 12 năm 2025.

2. Về đề nghị mở rộng cụm công nghiệp: Hội nghị ghi nhận.
`, []taskSummary{{7, "1", []string{"Thường trực Huyện ủy"}}, {9, "2", []string{"Thường trực Huyện ủy"}}, {13, "", []string{"Sở Tài chính"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestLeadInOverLines checks that a request hard-wrapped over seven lines
// ("…, Thủ tướng Chính phủ yêu cầu Bộ trưởng, … thực hiện một số nhiệm vụ
// trọng tâm cấp bách sau:") leads the numbered duties after it.
func TestLeadInOverLines(t *testing.T) {
	text := `- Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.
Thiết thực lập thành tích chào mừng Đại hội lần thứ
XIV của Đảng và khắc phục khó khăn nhất là ảnh hưởng của thảm họa thiên tai,
bão lũ vừa qua để tăng tốc, bứt phá hoàn thành thắng lợi các mục tiêu, nhiệm
vụ năm 2025 và Nghị quyết Đại hội lần thứ XIII của Đảng đã đề ra, Thủ tướng
Chính phủ yêu cầu Bộ trưởng, Thủ trưởng Cơ quan ngang Bộ, Thủ trưởng Cơ quan
thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung
ương thực hiện một số nhiệm vụ trọng tâm cấp bách sau:
1. Khẩn trương thực hiện quyết liệt, đồng bộ các
nhiệm vụ, giải pháp để khắc phục khó khăn.
2. Tiếp tục phát huy truyền thống tốt đẹp tương
thân tương ái, kịp thời hỗ trợ các địa phương bị thiên tai.`
	tasks := parseText(t, text).Tasks
	if len(tasks) != 2 {
		t.Fatalf("%d tasks, want 2", len(tasks))
	}
	for _, x := range tasks {
		if len(x.Lead) != 4 || x.Lead[0] != "Bộ trưởng" {
			t.Errorf("line %d: lead %q, want the four heads asked", x.Source.Line, x.Lead)
		}
	}
}

// TestFrontedTimeLimits covers press paragraphs that open with a time
// limit before the body they give a duty ("Trước ngày 30/6/2025, Bộ Nội
// vụ chủ trì …", the body in bold), and a duty paragraph that names no
// body right after one: it is that body's too.
func TestFrontedTimeLimits(t *testing.T) {
	text := `Trong đó, Chính phủ giao Bộ Nội vụ tham mưu, trình Chính phủ dự thảo Nghị quyết trước ngày 08/4/2025.

Trước ngày 30/6/2025, Bộ Nội vụ chủ trì, phối hợp với các bộ, ngành, địa phương trình Chính phủ ban hành Nghị định.

Trình Chính phủ ban hành Nghị định quy định số lượng Phó Chủ tịch UBND.

Trước ngày 10/4/2025, **Bộ Tư pháp** ban hành hướng dẫn xử lý vấn đề phát sinh thuộc lĩnh vực hộ tịch.
`
	d := parseText(t, text)
	checkTasks(t, d, []taskSummary{{1, "", []string{"Bộ Nội vụ"}}, {3, "", []string{"Bộ Nội vụ"}}, {5, "", []string{"Bộ Nội vụ"}}, {7, "", []string{"Bộ Tư pháp"}}})
	if len(d.Tasks) == 4 && d.Tasks[1].Deadline.Text != "trước ngày 30/6/2025" {
		t.Errorf("deadline of line 3 = %q, want %q", d.Tasks[1].Deadline.Text, "trước ngày 30/6/2025")
	}
}

// TestTimedDutyStandsAlone covers a press paragraph that opens with the
// plan it quotes and a time limit before a body's duty ("Theo Kế hoạch,
// trước ngày 18/4/2025, Bộ Nội vụ chủ trì …") with no assignment before
// it: the body's duty is a task of its own; a body that reports without a
// time limit ("Bộ Nội vụ cho biết …") gives none.
func TestTimedDutyStandsAlone(t *testing.T) {
	text := `Tổng kết việc sắp xếp ĐVHC các cấp trước ngày 20/9/2025

Theo Kế hoạch, trước ngày 18/4/2025, Bộ Nội vụ chủ trì, phối hợp với các Bộ, ngành liên quan tổ chức Hội nghị toàn quốc.

Bộ Nội vụ cho biết đã hoàn thành hồ sơ đề án.
`
	checkTasks(t, parseText(t, text), []taskSummary{{3, "", []string{"Bộ Nội vụ"}}})
}

func TestTimeToEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Trước ngày 30/6/2025, Bộ Nội vụ chủ trì trình Chính phủ.", "Bộ Nội vụ chủ trì trình Chính phủ, trước ngày 30/6/2025."},
		{"Theo Kế hoạch, trước ngày 18/4/2025, Bộ Nội vụ chủ trì", "Bộ Nội vụ chủ trì, trước ngày 18/4/2025"},
		{"Bộ Nội vụ chủ trì trước ngày 30/6/2025.", "Bộ Nội vụ chủ trì trước ngày 30/6/2025."},
		{"Trước ngày 30/6/2025,", "Trước ngày 30/6/2025,"},
	}
	for _, tc := range tests {
		if got := timeToEnd(tc.in, asFrontedTimeRe); got != tc.want {
			t.Errorf("timeToEnd(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestDutyRunGoesOn covers a run of bodies' duties in press prose broken
// by a duty paragraph that names no body and opens with "Tháo gỡ", or by a
// paragraph that only states the time of the duty above ("Thời gian hoàn
// thành …", its deadline): the run goes on, and the bodies after it lead
// their own duties.
func TestDutyRunGoesOn(t *testing.T) {
	text := `Trong đó, Chính phủ giao Bộ Công an chủ trì, phối hợp với các Bộ, ngành liên quan ban hành hướng dẫn trước ngày 10/4/2025.

Tháo gỡ vướng mắc về lý lịch tư pháp khi sắp xếp đơn vị hành chính.

Trước ngày 10/4/2025, **Bộ Quốc phòng** chủ trì, phối hợp với các Bộ, ngành liên quan ban hành hướng dẫn xây dựng lực lượng dân quân tự vệ.

**Bộ Tài chính** chủ trì, phối hợp với các Bộ, ngành liên quan ban hành văn bản hướng dẫn việc thực hiện nguồn vốn.

Thời gian hoàn thành trước ngày 10/4/2025.

**Bộ Y tế** ban hành hướng dẫn về sắp xếp, tổ chức cơ sở y tế.
`
	d := parseText(t, text)
	checkTasks(t, d, []taskSummary{{1, "", []string{"Bộ Công an"}}, {3, "", []string{"Bộ Công an"}}, {5, "", []string{"Bộ Quốc phòng"}},
		{7, "", []string{"Bộ Tài chính"}}, {11, "", []string{"Bộ Y tế"}}})
	if len(d.Tasks) == 5 && d.Tasks[3].Deadline.Text == "" {
		t.Error("the time line after Bộ Tài chính's duty is not its deadline")
	}
}

// TestTopicDashes checks dashed duties under numbered topics that end no
// sentence ("1. Công tác chỉ đạo, điều hành"): each dash is a task, led
// by the body the lead-in names, and the topic is none.
func TestTopicDashes(t *testing.T) {
	d := parseText(t, "Năm 2026, Sở Y tế đề ra các nhiệm vụ cải cách hành chính, cụ thể như sau:\n"+
		"1. Công tác chỉ đạo, điều hành\n"+
		"- Ban hành kế hoạch kiểm tra cải cách hành chính năm 2026.\n"+
		"- Đẩy mạnh tuyên truyền về cải cách hành chính đến công chức.\n"+
		"2. Cải cách thủ tục hành chính\n"+
		"- Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền.\n")
	var got []string
	for _, tk := range d.Tasks {
		got = append(got, fmt.Sprintf("%s %v %s", tk.Code, tk.Lead, tk.Task))
	}
	want := []string{
		"1.1 [Sở Y tế] Ban hành kế hoạch kiểm tra cải cách hành chính năm 2026.",
		"1.2 [Sở Y tế] Đẩy mạnh tuyên truyền về cải cách hành chính đến công chức.",
		"2.1 [Sở Y tế] Rà soát, đơn giản hóa thủ tục hành chính thuộc thẩm quyền.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("tasks\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestLeadBeforeAdverbAfterPlace checks that a body named with its area
// ("các đơn vị trên địa bàn") ends before the adverb that opens its duty:
// "địa bàn" ends as "Ban" does but heads no name.
func TestLeadBeforeAdverbAfterPlace(t *testing.T) {
	d := parseText(t, "UBND TP. Hà Nội vừa ban hành Kế hoạch cải cách hành chính.\n\nUBND TP. Hà Nội yêu cầu các đơn vị trên địa bàn chủ động nghiên cứu, áp dụng những giải pháp mới.\n")
	if len(d.Tasks) != 1 || !slices.Equal(d.Tasks[0].Lead, []string{"Các đơn vị trên địa bàn"}) || !strings.HasPrefix(d.Tasks[0].Task, "chủ động nghiên cứu") {
		t.Errorf("tasks %+v", d.Tasks)
	}
}

// TestAssignedWithModal checks a body assigned a duty with the modal
// "cần" after its name ("chỉ đạo Giám đốc Trung tâm … cần chuẩn bị …"):
// the name ends before the modal, the duty starts after it.
func TestAssignedWithModal(t *testing.T) {
	d := parseText(t, "Để bảo đảm cho việc triển khai đạt hiệu quả Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo Giám đốc Sở Nội vụ cần chuẩn bị đầy đủ các điều kiện cần thiết phục vụ cho việc triển khai.\n")
	if len(d.Tasks) != 1 || !slices.Equal(d.Tasks[0].Lead, []string{"Sở Nội vụ"}) || !strings.HasPrefix(d.Tasks[0].Task, "chuẩn bị đầy đủ") {
		t.Errorf("tasks %+v", d.Tasks)
	}
}

// TestIndexSetIsNoMinistry checks that a set of indices named "Bộ Chỉ số"
// ("Bộ Chỉ số cải cách hành chính của các sở, ban, ngành áp dụng đánh
// giá …") leads no task: it folds as "Bộ" does but is no ministry.
func TestIndexSetIsNoMinistry(t *testing.T) {
	d := parseText(t, "UBND tỉnh vừa có Quyết định ban hành Bộ Chỉ số cải cách hành chính của các sở, ban, ngành; UBND cấp huyện.\n\n"+
		"Theo đó, Bộ Chỉ số cải cách hành chính của các sở, ban, ngành, áp dụng đánh giá công tác cải cách hành chính của các cơ quan chuyên môn thuộc UBND tỉnh.\n\n"+
		"Bộ Chỉ số cải cách hành chính của UBND cấp huyện, áp dụng đánh giá công tác cải cách hành chính của UBND các huyện.\n")
	for _, tk := range d.Tasks {
		if len(tk.Lead) > 0 && strings.HasPrefix(tk.Lead[0], "Bộ Chỉ số") {
			t.Errorf("task led by an index set: %+v", tk)
		}
	}
}

// TestApprovalIsNoDuty checks that a chairman who approves a department's
// proposal ("chấp thuận ý kiến đề xuất của Sở Tài chính …") is given no
// duty, while the assignment after it is read.
func TestApprovalIsNoDuty(t *testing.T) {
	d := parseText(t, "UBND tỉnh vừa có công văn về việc xử lý trụ sở dôi dư.\n\n"+
		"Theo đó, Chủ tịch UBND tỉnh Nguyễn Văn Út chấp thuận ý kiến đề xuất của Sở Tài chính về việc không tiếp tục chuyển giao các trụ sở dôi dư.\n\n"+
		"UBND tỉnh giao Sở Tài chính tiếp tục chủ trì, phối hợp với UBND các xã, phường rà soát hồ sơ.\n")
	if len(d.Tasks) != 1 || !slices.Equal(d.Tasks[0].Lead, []string{"Sở Tài chính"}) || d.Tasks[0].Source.Line != 5 {
		t.Errorf("tasks %+v", d.Tasks)
	}
}

// TestDirectionReportedNoTask: what a province or its committee "đã chỉ
// đạo" (directed) is reported, no duty; a report that opens a paragraph
// ("Báo cáo từ tỉnh … cho biết") does not go on with the duties above it.
// A direction in the present stays a duty.
func TestDirectionReportedNoTask(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"a committee's direction reported",
			"Trong năm 2025, UBND tỉnh đã chỉ đạo các cấp, các ngành tập trung triển khai công tác chuyển đổi số.\n", nil},
		{"a report after a request",
			"UBND tỉnh yêu cầu các sở, ngành khẩn trương giải quyết thủ tục hành chính trên môi trường điện tử.\n\n" +
				"Báo cáo từ tỉnh Long An cho biết, năm 2022, tỉnh xác định CCHC là nhiệm vụ trọng tâm. Tỉnh đã chỉ đạo các cơ quan, đơn vị tập trung khắc phục những tồn tại, hạn chế.\n",
			[]taskSummary{{1, "", []string{"Các sở, ngành"}}}},
		{"a direction in the present stays",
			"UBND tỉnh chỉ đạo các sở, ngành tập trung triển khai công tác chuyển đổi số.\n",
			[]taskSummary{{1, "", []string{"Các sở, ngành"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestConnectiveThenAssignment: "Đồng thời, giao …" (also with Ð, the
// eth typed for Đ) assigns as "giao …" does; bodies asked apart ("… và đề
// nghị Giám đốc Ngân hàng …") are each a lead; a name that holds a deed
// ("Tổ kiểm tra việc thực thi công vụ …") keeps its verb.
func TestConnectiveThenAssignment(t *testing.T) {
	tests := []struct {
		name, text string
		want       []taskSummary
	}{
		{"bodies asked apart, then 'Ðồng thời, giao'",
			"Chủ tịch UBND thành phố giao giám đốc các sở; chủ tịch UBND quận, huyện và đề nghị Giám đốc Ngân hàng Nhà nước Việt Nam Chi nhánh căn cứ chức năng, nhiệm vụ được giao triển khai thực hiện Nghị quyết số 02-NQ/TU. Ðồng thời, giao Giám đốc Sở Thông tin và Truyền thông tham mưu UBND thành phố chỉ đạo thực hiện.\n",
			[]taskSummary{{1, "", []string{"Các sở", "Chủ tịch UBND quận, huyện", "Giám đốc Ngân hàng Nhà nước Việt Nam Chi nhánh"}}, {1, "", []string{"Sở Thông tin và Truyền thông"}}}},
		{"a name that holds a deed",
			"Cùng với đó, giao Tổ kiểm tra việc thực thi công vụ trong phòng, chống dịch bệnh Covid-19 tăng cường kiểm tra để kịp thời chấn chỉnh.\n",
			[]taskSummary{{1, "", []string{"Tổ kiểm tra việc thực thi công vụ trong phòng, chống dịch bệnh Covid-19"}}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkTasks(t, parseText(t, tc.text), tc.want)
		})
	}
}

// TestDocumentSaysDuty covers a press paragraph that quotes what the
// document it reports says ("Chỉ thị nêu rõ: …", "Kế hoạch yêu cầu: …")
// before the bodies and their duty: the duty is a task led by those
// bodies; what a body has done ("… đã hoàn thành …") is none.
func TestDocumentSaysDuty(t *testing.T) {
	text := `UBND tỉnh ban hành Chỉ thị về đẩy mạnh cải cách hành chính

Chỉ thị nêu rõ: Thủ trưởng các sở, ban, ngành tỉnh, Chủ tịch UBND các huyện, thành phố tiếp tục đẩy mạnh cải cách hành chính, lấy cải thiện môi trường đầu tư là nhiệm vụ trọng tâm.

Kế hoạch nêu rõ: Sở Nội vụ đã hoàn thành việc rà soát các thủ tục hành chính.
`
	checkTasks(t, parseText(t, text), []taskSummary{{3, "", []string{"Các sở, ban, ngành tỉnh", "Chủ tịch UBND các huyện, thành phố"}}})
}

// TestItemBodiesApart covers the numbered items under a lead-in whose
// sentences each give other bodies their duty ("2. Về Thể chế số: Sở
// Tài chính chủ trì … . Sở Thông tin và Truyền thông chủ trì …"): each
// sentence is a task led by its bodies, a portal and a broadcaster among
// them; an item whose later sentence names a class of bodies ("Các đơn
// vị thực hiện nghiêm túc …") stays one task.
func TestItemBodiesApart(t *testing.T) {
	text := `Theo đó, Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị, địa phương tập trung vào một số nhiệm vụ trọng tâm, cụ thể như sau:
1. Về Nhận thức số: Cổng thông tin điện tử tỉnh, Đài Phát thanh và Truyền hình tỉnh tiếp tục duy trì các chuyên mục riêng về chuyển đổi số.
2. Về Thể chế số: Sở Tài chính chủ trì, phối hợp Sở Thông tin và Truyền thông hướng dẫn về các nhiệm vụ chi cho chuyển đổi số. Sở Thông tin và Truyền thông chủ trì, phối hợp Sở Nội vụ tham mưu chính sách thuê chuyên gia.
3. Về Hạ tầng số: Sở Thông tin và Truyền thông triển khai các nền tảng dùng chung của tỉnh. Các đơn vị thực hiện nghiêm túc việc kết nối.
`
	checkTasks(t, parseText(t, text), []taskSummary{
		{2, "1", []string{"Cổng thông tin điện tử tỉnh", "Đài Phát thanh và Truyền hình tỉnh"}},
		{3, "2", []string{"Sở Tài chính"}}, {3, "2", []string{"Sở Thông tin và Truyền thông"}},
		{4, "3", []string{"Sở Thông tin và Truyền thông"}}})
}
