package plandoc

import "testing"

// TestThingsAreNoAgencies tells the bodies a list may open with ("Các
// sở, ban, ngành", "các cơ quan, đơn vị") from the things a rule's
// clauses are about ("Các hệ thống thông tin …", "Các trang thiết bị …").
func TestThingsAreNoAgencies(t *testing.T) {
	for _, s := range []string{"Các sở, ban, ngành", "các cơ quan, đơn vị", "Các Bộ: Tài chính, Y tế", "Các đơn vị sự nghiệp",
		"Các thành viên Ban Chỉ đạo", "Các xã, phường", "Các doanh nghiệp viễn thông", "Sở Nội vụ"} {
		if !agStartsHead(s) {
			t.Errorf("agStartsHead(%q) = false", s)
		}
	}
	for _, s := range []string{"Các hệ thống thông tin phục vụ công tác chuyên ngành", "Các trang thiết bị hỗ trợ", "các thủ tục hành chính",
		"Các dữ liệu", "Các nội dung, nhiệm vụ", "Các trường hợp", "Các tài khoản người dùng", "Các bước giám sát", "Các phương pháp đánh giá",
		"Các tiêu chí", "Các báo cáo định kỳ"} {
		if agStartsHead(s) {
			t.Errorf("agStartsHead(%q) = true", s)
		}
	}
}

// TestRuleClausesAreNoDuties reads the numbered clauses of a regulation
// about its systems and equipment: they name no agency, so they are no
// list of duties per agency.
func TestRuleClausesAreNoDuties(t *testing.T) {
	text := `QUY CHẾ
Quản lý, vận hành Hệ thống thông tin giải quyết thủ tục hành chính tỉnh Hà Giang

**Điều 8. Nâng cấp, mở rộng Hệ thống**

1. Hệ thống thông tin giải quyết
thủ tục hành chính tỉnh thường xuyên được rà soát, nâng cấp.

2. Các hệ thống thông tin phục
vụ công tác chuyên ngành có tham gia vào quy trình giải quyết hồ sơ
phải đảm bảo khả năng tích hợp, chia sẻ dữ liệu.

3. Các trang thiết bị hỗ trợ,
phục vụ công tác giải quyết thủ tục hành chính khi đầu tư mới phải đảm
bảo theo đúng các quy định của pháp luật.

4. Các phần mềm chuyên ngành
khi nâng cấp phải bảo đảm kết nối với Hệ thống.
`
	checkTasks(t, parseText(t, text), nil)
}
