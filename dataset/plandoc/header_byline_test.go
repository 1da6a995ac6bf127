package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestBylineNotSigner covers an article a department's site signs with
// its author and his unit ("Nguyễn Văn Hùng" / "Sở Nội vụ"): neither the
// signer nor the issuer of the text. Positives: a full name alone at the
// end, and the name under a signature title, sign.
func TestBylineNotSigner(t *testing.T) {
	article := "Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2024\n\nTheo Kế hoạch của UBND tỉnh, phấn đấu năm 2025 Chỉ số cải cách hành chính của tỉnh nằm trong nhóm 20 tỉnh dẫn đầu.\n\n"
	tests := []struct {
		name, text, signer, issuer string
	}{
		{"author and his department", article + "Nguyễn Văn Hùng\nSở Nội vụ\n", "", ""},
		{"author and his office, blank between", article + "Trần Thị Minh Hằng\n\nVăn phòng UBND tỉnh\n", "", ""},
		// positives
		{"a full name alone", article + "Nguyễn Văn Hùng\n", "Nguyễn Văn Hùng", ""},
		{"under a signature title", "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\n\nKẾ HOẠCH\nCải cách hành chính năm 2026\n\nPhấn đấu 100% hồ sơ được số hóa.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn Hùng\n", "Nguyễn Văn Hùng", "UBND tỉnh Bắc Ninh"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "t.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if d.Plan.Signer != tc.signer || d.Plan.Issuer != tc.issuer {
				t.Errorf("signer %q, issuer %q; want %q, %q", d.Plan.Signer, d.Plan.Issuer, tc.signer, tc.issuer)
			}
		})
	}
}
