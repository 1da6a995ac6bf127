package plandoc

import (
	"strings"
	"testing"
)

// TestMarkedAgencyHeadings reads duties listed under agency headings
// numbered in brackets or lettered ("**(1) Bộ Công an:**", "a) Bộ Tài
// chính:"), a bracketed agency with its duty on its own line, and the
// "- Chỉ đạo …:" lines that pass "+" duties on to a body under the agency.
func TestMarkedAgencyHeadings(t *testing.T) {
	long := strings.Repeat("bảo đảm hạ tầng, thiết bị cần thiết, ", 8)
	tests := []struct {
		name string
		text string
		want []string // "line|lead;lead" per task
	}{
		{
			name: "bracketed headings in bold, a bold bullet that passes duties on",
			text: `Thủ tướng Chính phủ yêu cầu:

**(1) Bộ Công an:**

- Chủ trì, phối hợp với Bộ Xây dựng triển khai ứng dụng công nghệ sinh trắc học.

- Chủ trì xây dựng các tiện ích giao thông.

**(2) Bộ Tài chính:**

- Thực hiện đôn đốc các đơn vị trực thuộc.

**- Chỉ đạo Tổng công ty Cảng hàng không Việt Nam:**

**+ Khẩn trương hoàn tất thủ tục mua sắm** trang thiết bị.

**+ Từ ngày 15 tháng 9 năm 2025**, hướng dẫn hành khách sử dụng Căn cước.

**(3)** Ủy ban nhân dân thành phố Hà Nội chủ trì, phối hợp với Bộ Công an bố trí ngân sách ` + long + `.`,
			want: []string{"5|Bộ Công an", "7|Bộ Công an", "11|Bộ Tài chính", "15|Bộ Tài chính", "17|Bộ Tài chính", "19|UBND thành phố Hà Nội"},
		},
		{
			name: "lettered headings that name only their agency",
			text: `Chủ tịch UBND tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:
a) Sở Nội vụ:
- Tham mưu kế hoạch cải cách hành chính năm 2026.
- Theo dõi, đôn đốc việc thực hiện.
b) Sở Tài chính:
- Bố trí kinh phí thực hiện kế hoạch.`,
			want: []string{"3|Sở Nội vụ", "4|Sở Nội vụ", "6|Sở Tài chính"},
		},
		{
			name: "headings opened by 'Đối với', a dash naming its own body",
			text: `Để kịp thời chi trả các chế độ bảo hiểm thất nghiệp, BHXH Việt Nam đề nghị các đơn vị thực hiện một số nội dung sau:

**(1) Đối với BHXH cấp tỉnh:**

- Chủ động phối hợp với Sở Nội vụ hướng dẫn người lao động.

- Phân công, giao trách nhiệm cụ thể cho các đơn vị, cá nhân liên quan.

**(2) Đối với các đơn vị thuộc BHXH Việt Nam**

- Văn phòng BHXH Việt Nam công bố thủ tục hành chính trên Cổng Dịch vụ công quốc gia.

- Trung tâm Công nghệ thông tin và Chuyển đổi số nâng cấp các phần mềm nghiệp vụ.`,
			want: []string{"5|BHXH cấp tỉnh", "7|BHXH cấp tỉnh", "11|Văn phòng BHXH Việt Nam", "13|Trung tâm Công nghệ thông tin và Chuyển đổi số"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines, folded := foldedForTasks(tt.text)
			checkLeadLines(t, leadLines(agencyDuties(lines, folded, newTaskMemo(2026))), tt.want)
		})
	}
}

// TestMarkedAgencyHead covers which bracketed or lettered items are agency
// headings, and which are duties or parts of a duty that keep their marker.
func TestMarkedAgencyHead(t *testing.T) {
	tests := []struct {
		line string
		want string // the line numberMarkedHeadings makes, "" when unchanged
	}{
		{"**(1) Bộ Công an:**", "1. Bộ Công an:"},
		{"(2) Bộ Tài chính:", "2. Bộ Tài chính:"},
		{"b) Sở Tài chính:", "2. Sở Tài chính:"},
		{"đ) Sở Y tế:", "5. Sở Y tế:"},
		{"**(4)** Ủy ban nhân dân thành phố Hà Nội chủ trì, phối hợp với Bộ Công an bố trí ngân sách.",
			"4. Ủy ban nhân dân thành phố Hà Nội chủ trì, phối hợp với Bộ Công an bố trí ngân sách."},
		{"(1) Bộ Tài chính giải quyết 03 vấn đề tồn đọng: (i) Tích hợp dịch vụ", ""}, // the parts of one duty
		{"c) Bộ Quốc phòng phát huy phẩm chất “Bộ đội Cụ Hồ”", ""},                   // a lettered duty
		{"a) Sở Nội vụ chủ trì tham mưu kế hoạch.", ""},                              // a lettered duty naming its agency
		{"(1) Rà soát, đơn giản hóa thủ tục hành chính.", ""},                        // a duty without an agency
		{"(2) Các hệ thống thông tin:", ""},                                          // things, not bodies
		{"**(2) Đối với các đơn vị thuộc BHXH Việt Nam**", "2. Đối với các đơn vị thuộc BHXH Việt Nam"},
		{"b) Đối với các đơn vị thuộc BHXH Việt Nam", ""}, // lettered: only with its colon
		{"(1) Thuế tỉnh Đồng Nai", "1. Thuế tỉnh Đồng Nai"},
		{"(2) Bộ Khoa học và Công nghệ - Cơ quan thường trực Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ",
			"2. Bộ Khoa học và Công nghệ - Cơ quan thường trực Ban Chỉ đạo của Chính phủ về phát triển khoa học, công nghệ"},
		{"(3) Các Thành viên Ban Chỉ đạo của Chính phủ; Trưởng Ban Chỉ đạo của các bộ, ngành, địa phương",
			"3. Các Thành viên Ban Chỉ đạo của Chính phủ; Trưởng Ban Chỉ đạo của các bộ, ngành, địa phương"},
	}
	for _, tt := range tests {
		lines := []string{tt.line}
		out, _ := numberMarkedHeadings(lines, []string{tkFold(strings.Trim(tt.line, tkTrim))})
		got := out[0]
		if got == tt.line {
			got = ""
		}
		if got != tt.want {
			t.Errorf("%q: got %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestBoldBulletIsNoHeading checks that a bullet item set in bold is not
// read as a Markdown heading.
func TestBoldBulletIsNoHeading(t *testing.T) {
	for line, want := range map[string]bool{
		"**- Chỉ đạo Tổng công ty Cảng hàng không Việt Nam:**": false,
		"**+ Khẩn trương hoàn tất thủ tục**":                   false,
		"**Nhiệm vụ trọng tâm**":                               true,
		"**II. MỤC TIÊU**":                                     true,
	} {
		if got := mdHeading(line); got != want {
			t.Errorf("mdHeading(%q) = %v, want %v", line, got, want)
		}
	}
}
