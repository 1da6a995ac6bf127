package plandoc

import (
	"strings"
	"testing"
)

// TestLetterDuties reads the duties of a letter or notice to all
// agencies: a request to the heads of every ministry and province
// ("đề nghị Đồng chí Bộ trưởng, … Chủ tịch UBND tỉnh … chỉ đạo …") is a
// task without a lead; a request that only asks to carry out the duties
// ("tập trung chỉ đạo, tổ chức triển khai nghiêm túc các nhiệm vụ trọng
// tâm") and what is asked of people ("công chức được yêu cầu phải …") are
// not tasks.
func TestLetterDuties(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{
			name: "đề nghị the heads of every ministry and province",
			text: "Kính gửi các bộ, địa phương.\n\nVăn phòng Chính phủ đề nghị Đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương chỉ đạo rà soát thủ tục hành chính nội bộ.\n",
			want: []string{"3||chỉ đạo rà soát|"},
		},
		{
			name: "đề nghị the chairs of the provinces: the collective kept as written",
			text: "Kính gửi các địa phương.\n\nBộ Nội vụ đề nghị Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương khẩn trương hoàn thiện cơ sở dữ liệu cán bộ.\n",
			want: []string{"3|Chủ tịch UBND các tỉnh, thành phố trực thuộc Trung ương|khẩn trương hoàn thiện|"},
		},
		{
			name: "yêu cầu các bộ, ngành, địa phương thay đổi …",
			text: "Tin về chuyển đổi số.\n\nThủ tướng yêu cầu các bộ, ngành, địa phương thay đổi phương pháp làm việc theo hướng hiện đại.\n",
			want: []string{"3|Các bộ, ngành;Địa phương|thay đổi phương pháp|"},
		},
		{
			name: "negative: a call to carry out the key duties",
			text: "Tin về công văn.\n\nChủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành tập trung chỉ đạo, tổ chức triển khai nghiêm túc, đồng bộ các nhiệm vụ trọng tâm.\n",
		},
		{
			name: "negative: a call to carry out the plan",
			text: "Tin về kế hoạch.\n\nUBND tỉnh giao các sở, ngành tổ chức triển khai thực hiện Kế hoạch này.\n",
		},
		{
			name: "negative: what is asked of people",
			text: "Tin về chuyển đổi số.\n\nĐến ngày 30/6/2026, toàn thể cán bộ, công chức được yêu cầu phải thực hiện xử lý hồ sơ trên môi trường điện tử.\n",
		},
		{
			name: "đề nghị the ministries and provinces",
			text: "Kính gửi các bộ, địa phương.\n\nBộ Tư pháp đề nghị các bộ, ngành, địa phương tập trung rà soát văn bản quy phạm pháp luật.\n",
			want: []string{"3|Các bộ, ngành;Địa phương|tập trung rà soát|"},
		},
		{
			name: "negative: đề nghị some bodies in a news item",
			text: "Tin về kế hoạch.\n\nSau khi sắp xếp bộ máy, đề nghị các cơ quan chủ trì thực hiện rà soát nhiệm vụ.\n",
		},
		{
			name: "negative: đề nghị a person, no body",
			text: "Tin về hội nghị.\n\nĐại biểu đề nghị ông Nguyễn Văn C tập trung trình bày kết quả.\n",
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

// TestGeneralDuty checks the duties that only ask to carry out the text.
func TestGeneralDuty(t *testing.T) {
	for _, c := range []struct {
		f    string
		want bool
	}{
		{"tap trung chi dao, to chuc trien khai nghiem tuc, dong bo cac nhiem vu trong tam.", true},
		{"to chuc trien khai thuc hien ke hoach nay.", true},
		{"thuc hien nghiem tuc cac noi dung tren", true},
		{"trien khai quyet liet, hieu qua cac nhiem vu duoc giao", true},
		{"xay dung ke hoach va to chuc thuc hien.", true},
		{"trien khai thuc hien nghiem tuc", true},
		{"xay dung ke hoach trien khai thi hanh nghi dinh trong pham vi quan ly", false},
		{"to chuc quan triet sau rong noi dung ket luan so 226", false},
		{"tap trung ra soat, khac phuc cac han che", false},
		{"trien khai cac nhiem vu chuyen doi so nam 2026", false},
	} {
		if got := generalDuty(c.f); got != c.want {
			t.Errorf("generalDuty(%q) = %v, want %v", c.f, got, c.want)
		}
	}
	for _, c := range []struct {
		f    string
		want bool
	}{
		{"dong chi bo truong, thu truong co quan ngang bo, chu tich uy ban nhan dan tinh, thanh pho truc thuoc trung uong", true},
		{"chu tich ubnd cac tinh", true},
		{"ong nguyen van c", false},
		{"so noi vu", false},
	} {
		if got := headsOfAll(c.f); got != c.want {
			t.Errorf("headsOfAll(%q) = %v, want %v", c.f, got, c.want)
		}
	}
}
