package plandoc

import "testing"

// TestProcedureSectionsGiveNoTargets: the parts of a published
// administrative procedure ("Yêu cầu, điều kiện thực hiện thủ tục hành
// chính", "Thời hạn giải quyết") and of a plan to simplify one, also in an
// annex ("Nội dung đơn giản hóa", "Lợi ích của phương án đơn giản hóa",
// with its calculation broken over lines), state conditions, time limits
// and savings: no targets. An aim under "Mục tiêu" still is one.
func TestProcedureSectionsGiveNoTargets(t *testing.T) {
	tests := []struct {
		name, body string
		want       []kt
	}{
		{"conditions of a procedure",
			"**2.10. Yêu cầu, điều kiện thực\nhiện thủ tục hành chính**\n\n- Xã vùng đồng bào dân tộc thiểu số là xã có từ 15% người dân tộc thiểu số trở lên sinh sống ổn định.\n\n**2.11. Thời hạn giải quyết**\n\nKhông quá 05 ngày làm việc.\n",
			nil},
		{"a simplification plan in an annex",
			"**PHỤ LỤC**\n\n**PHƯƠNG ÁN ĐƠN GIẢN HÓA THỦ TỤC HÀNH CHÍNH**\n\n**1.1. Nội dung đơn giản hóa**\n\nGiảm thời gian giải quyết thủ tục\nhành chính từ 10 ngày làm việc còn 09 ngày làm việc.\n\n**1.3. Lợi ích của phương án\nđơn giản hóa**\n\n- Chi phí tuân thủ TTHC trước\nkhi đơn giản hóa: 32.000.000 đồng/năm.\n\n- Tỷ lệ cắt giảm chi phí: 10%.\n",
			nil},
		{"an aim still is one", "II. MỤC TIÊU\n- Tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%.\n", []kt{{">=", 80, "percent", 2026}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkKinds(t, kindPlan("Đồng Nai", 2026, tc.body), tc.want) })
	}
}

// TestCapInOtherWords: "cấp" inside "trợ cấp", "cung cấp" and "xã" opening
// "xã hội" name no level; "cấp xã" does.
func TestCapInOtherWords(t *testing.T) {
	tests := []struct {
		text, level string
	}{
		{"người hưởng trợ cấp xã hội mở tài khoản", ""},
		{"người dân tự nguyện cung cấp số tài khoản", ""},
		{"hồ sơ của bảo hiểm xã hội cấp xã hội nhập", ""},
		{"hồ sơ cấp xã được số hóa", "commune"},
		{"thủ tục cấp tỉnh, cấp sở", "province"},
	}
	for _, tc := range tests {
		f := asciiFold([]rune(tc.text))
		if got := levelIn(f, parenDepth(f), 0, len(f), tgLevels); got != tc.level {
			t.Errorf("levelIn(%q) = %q, want %q", tc.text, got, tc.level)
		}
	}
}
