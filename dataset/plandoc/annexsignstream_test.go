package plandoc

import (
	"strings"
	"testing"
)

// signStreamText is a plan whose addressees and signature are printed as
// a pipe stream that runs on, past an empty bold mark (mark), into the
// annex heading and the annex's own stream: cells one a line, a lone "|"
// before each, cells broken over lines, Roman-numeral section rows.
func signStreamText(province, mark, lead2 string) string {
	return `**ỦY BAN NHÂN DÂN**
TỈNH ` + strings.ToUpper(province) + `
Số: 15/KH-UBND
**KẾ HOẠCH**
Triển khai nhiệm vụ năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. Các sở, ngành thực hiện Kế hoạch này./.
|
Nơi nhận:
- Chủ tịch UBND tỉnh;
- Lưu: VT.
|
**TM. ỦY BAN NHÂN
DÂN **
KT. CHỦ TỊCH
Trần Văn Bình
|
` + mark + `
**PHỤ LỤC**
DANH MỤC NHIỆM VỤ
*(Kèm theo Kế hoạch số 15/KH-UBND của UBND tỉnh ` + province + `)*
|
**TT**
|
**Nội dung thực
hiện**
|
**Cơ quan chủ trì**
|
**Cơ quan phối hợp**
|
**Thời gian hoàn
thành**
|
**Sản phẩm dự kiến**
|
|
**I**
|
**HOÀN THIỆN
CƠ CHẾ CHỈ ĐẠO**
|
|
1
|
Kiện toàn Ban Chỉ đạo cấp tỉnh,
cấp xã; ban hành quy chế hoạt động
|
Sở Nội vụ; ` + lead2 + `
|
Các sở, ban, ngành
|
Trước ngày
30/11/2026
|
Quyết định của Chủ
tịch UBND tỉnh
|
|
**II**
|
**TRIỂN KHAI VĂN BẢN**
|
|
1
|
Hướng dẫn mức chi
đặc thù cho hoạt động của Ban Chỉ đạo.
|
Sở Tài chính
|
Cơ quan, địa
phương liên quan
|
Thường xuyên
|
|
|
2
|
Hướng dẫn thống kê phù hợp
với lĩnh vực quản lý các ngành
|
Sở Y tế
|
Cơ quan liên quan
|
2026
|
|
`
}

// TestSignStreamAnnex reads the annex task table that follows a pipe
// stream of addressees and signature: an empty bold mark before the
// annex heading does not join the two streams, and each multi-line row
// runs until the next numbered row.
func TestSignStreamAnnex(t *testing.T) {
	for _, c := range []struct{ province, mark, lead2 string }{
		{"Nghệ An", "** **", "UBND cấp xã"},
		{"Hà Tĩnh", "**", "UBND các xã, phường"},
		{"Lào Cai", "__", "Công an tỉnh"},
		{"Cà Mau", "* *", "UBND cấp xã"},
	} {
		t.Run(c.province+" "+c.mark, func(t *testing.T) {
			d := parseText(t, signStreamText(c.province, c.mark, c.lead2))
			var got []string
			for _, x := range d.Tasks {
				got = append(got, strings.Join(x.Lead, ";")+"|"+strings.Join(strings.Fields(x.Task)[:2], " ")+"|"+x.Deadline.Text)
			}
			want := []string{
				"Sở Nội vụ;" + c.lead2 + "|Kiện toàn|Trước ngày 30/11/2026",
				"Sở Tài chính|Hướng dẫn|Thường xuyên",
				"Sở Y tế|Hướng dẫn|2026",
			}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
	for _, c := range []struct {
		s    string
		want bool
	}{{"** **", true}, {"**", true}, {"__", true}, {"* *", true}, {"**I**", false}, {"PHỤ LỤC", false}, {"", false}, {"- **", false}} {
		if got := emphasisOnly(c.s); got != c.want {
			t.Errorf("emphasisOnly(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}
