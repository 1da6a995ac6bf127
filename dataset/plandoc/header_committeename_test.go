package plandoc

import "testing"

// TestIssuerNameWithCommas covers a press text on a document a committee's
// head signed, the committee's name holding commas and an aside in
// brackets ("Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ,
// đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) mới đây ký …"): the
// issuer is the committee, whole, the signer the name before the post;
// the commas of the aside cut no issuer out of it. Negative: a named
// person's office with no body after it gives no issuer.
func TestIssuerNameWithCommas(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{name: "a committee's head signs a programme",
			text: "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số (KHCN, ĐMST, CĐS) mới đây ký ban hành chương trình công tác năm 2026 của Ban chỉ đạo.\n\nChương trình đề ra mục tiêu kinh tế số đạt 14,5% GDP.\n",
			typ:  "CTr", issuer: "Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", year: 2026},
		{name: "a body named in one clause",
			text: "Sáng 5/1, Ban Chỉ đạo chuyển đổi số tỉnh (BCĐ) vừa ban hành Kế hoạch chuyển đổi số năm 2026.\n",
			typ:  "KH", issuer: "Ban Chỉ đạo chuyển đổi số tỉnh", year: 2026},
	})
	for _, tc := range []struct{ name, line, want string }{
		{"office, name, post, signing", "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo Trung ương về phát triển khoa học, công nghệ (KHCN) mới đây ký ban hành chương trình.", "Tô Lâm"},
		{"vice-chairman heading a committee", "Phó Chủ tịch UBND tỉnh Nguyễn Văn An, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh vừa ký ban hành Kế hoạch.", "Nguyễn Văn An"},
		{"a name with no signing", "Tổng Bí thư Tô Lâm, Trưởng Ban chỉ đạo, phát biểu tại hội nghị.", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := proseSigner(tc.line); got != tc.want {
				t.Errorf("proseSigner(%q) = %q, want %q", tc.line, got, tc.want)
			}
		})
	}
}
