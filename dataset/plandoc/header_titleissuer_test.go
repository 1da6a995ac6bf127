package plandoc

import "testing"

// TestIssuerInTitle covers a plan without its heading block whose title
// says whose plan it is ("… của Sở Y tế tỉnh Nghệ An"): the issuer is that
// body with its province, also when the body alone was read from the
// text. TestIssuerInTitleNames has the titles that name no issuer.
func TestIssuerInTitle(t *testing.T) {
	tests := []struct{ name, text, issuer string }{
		{"issuer only in the title",
			"KẾ HOẠCH\nCải cách hành chính năm 2026 của Sở Y tế tỉnh Nghệ An\n\nI. MỤC TIÊU\n- 100% thủ tục hành chính được công khai.\n",
			"Sở Y tế tỉnh Nghệ An"},
		{"the body read from the text, its province from the title",
			"KẾ HOẠCH\nCải cách hành chính năm 2026 của Sở Tài nguyên và Môi trường tỉnh Lào Cai\n\nThực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở Tài nguyên và Môi trường ban hành Kế hoạch cải cách hành chính năm 2026 như sau:\n",
			"Sở Tài nguyên và Môi trường tỉnh Lào Cai"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := parseText(t, tc.text).Plan.Issuer; got != tc.issuer {
				t.Errorf("issuer = %q, want %q", got, tc.issuer)
			}
		})
	}
}

// TestIssuerInTitleNames covers which titles name their issuer with its
// province. Negatives: a title that carries out another body's document
// names that document's issuer; a district's body is no province's; a
// title without "của".
func TestIssuerInTitleNames(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Cải cách hành chính năm 2026 của Sở Y tế tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"},
		{"Chuyển đổi số năm 2026 của Sở Nội vụ thành phố Hải Phòng", "Sở Nội vụ thành phố Hải Phòng"},
		// negatives
		{"Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Nghệ An", ""},
		{"Triển khai Nghị quyết về cải cách hành chính của Tỉnh ủy tỉnh Nghệ An", ""},
		{"Cải cách hành chính năm 2026 của UBND huyện Nghi Lộc", ""},
		{"Cải cách hành chính năm 2026", ""},
	}
	for _, tc := range tests {
		if got := issuerInTitle(tc.title); got != tc.want {
			t.Errorf("issuerInTitle(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
