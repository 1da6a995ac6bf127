package plandoc

import (
	"strings"
	"testing"
)

// TestDutyIntros reads the duty lists a line introduces by naming who is
// asked ("Giao Sở …:", "… đề nghị các sở, ngành:", "Các cơ quan, đơn
// vị:", "Chủ tịch UBND tỉnh yêu cầu:"), duties numbered anew under an
// agency heading ("2. Sở Tư pháp" / "1. Chủ trì, phối hợp Sở …"), and
// the whole registered name of an agency whose name holds a duty verb
// ("Sở Xây dựng chủ trì …").
func TestDutyIntros(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "a request to the departments and an assignment, each over dashed duties",
			text: `ỦY BAN NHÂN DÂN TỈNH GIA LAI
Số: 12/CT-UBND
CHỈ THỊ
Về đẩy mạnh chuyển đổi số

Chủ tịch UBND tỉnh đề nghị các sở, ngành:
- Quán triệt, triển khai nghiêm Chỉ thị này.
- Báo cáo kết quả trước ngày 20/11/2026.

Giao Sở Khoa học và Công nghệ:
- Chủ trì, phối hợp Sở Nội vụ xây dựng kho dữ liệu dùng chung.
- Hướng dẫn các xã triển khai nền tảng số.
`,
			want: []string{"7|Các sở, ngành|Quán triệt, triển khai|", "8|Các sở, ngành|Báo cáo kết quả|2026-11-20",
				"11|Sở Khoa học và Công nghệ|Chủ trì, phối hợp|", "12|Sở Khoa học và Công nghệ|Hướng dẫn các xã|"},
		},
		{
			name: "a request without its agency, each item naming its own",
			text: `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 45/CT-UBND
CHỈ THỊ
Về tăng cường kỷ luật hành chính

Chủ tịch UBND tỉnh yêu cầu:
- Sở Nội vụ chủ trì kiểm tra công vụ, hoàn thành trong quý III/2026.
- Các cơ quan, đơn vị nghiêm túc chấp hành giờ giấc làm việc.
`,
			want: []string{"7|Sở Nội vụ|chủ trì kiểm tra|2026-09-30", "8|Các cơ quan, đơn vị|nghiêm túc chấp hành|"},
		},
		{
			name: "agencies as the line's only words",
			text: `ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 9/CĐ-UBND
CÔNG ĐIỆN

Các cơ quan, đơn vị:
- Rà soát hồ sơ trễ hạn.
- Xin lỗi người dân khi giải quyết trễ hạn.
`,
			want: []string{"6|Các cơ quan, đơn vị|Rà soát hồ sơ|", "7|Các cơ quan, đơn vị|Xin lỗi người dân|"},
		},
		{
			name: "a line listing what was found is no request",
			text: `ỦY BAN NHÂN DÂN TỈNH AN GIANG
Số: 10/BC-UBND
BÁO CÁO

Các yêu cầu về hồ sơ gồm:
- Tờ khai theo mẫu.
- Bản sao giấy tờ tùy thân.
`,
			want: nil,
		},
		{
			name: "duties numbered anew under agency headings",
			text: `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ
Số: 46/CT-UBND
CHỈ THỊ
Về cải cách hành chính năm 2026

1. Sở Nội vụ
a) Chủ trì, phối hợp Sở Tư pháp kiểm tra công vụ.
b) Tổng hợp kết quả chỉ số cải cách hành chính.

2. Sở Tư pháp
1. Chủ trì, phối hợp Sở Nội vụ rà soát văn bản quy phạm pháp luật.
2. Hướng dẫn kiểm soát thủ tục hành chính.

3. Sở Xây dựng
a) Rà soát thủ tục cấp phép xây dựng.
`,
			want: []string{"7|Sở Nội vụ|Chủ trì, phối hợp|", "8|Sở Nội vụ|Tổng hợp kết quả|",
				"11|Sở Tư pháp|Chủ trì, phối hợp|", "12|Sở Tư pháp|Hướng dẫn kiểm soát|", "15|Sở Xây dựng|Rà soát thủ tục|"},
		},
		{
			name: "a duties section whose items open with agencies named after a field, or with a verb",
			text: `ỦY BAN NHÂN DÂN TỈNH TÂY NINH
Số: 33/KH-UBND
KẾ HOẠCH
Cải cách hành chính năm 2026

IV. TỔ CHỨC THỰC HIỆN
1. Sở Xây dựng chủ trì rà soát thủ tục cấp phép xây dựng.
2. Chủ trì, phối hợp Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.
3. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì tuyên truyền.
4. Bộ Xây dựng hướng dẫn định mức.
`,
			want: []string{"7|Sở Xây dựng|chủ trì rà soát|", "8||Chủ trì, phối hợp|", "9|Sở Văn hóa, Thể thao và Du lịch|chủ trì tuyên truyền.|", "10|Bộ Xây dựng|hướng dẫn định mức.|"},
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
}
