package plandoc

import (
	"strings"
	"testing"

	"github.com/cchc-lab/cchc/indicators"
)

// TestSignerWrappedAndTableBelow covers a signer's name whose bold runs
// over two lines ("**Nguyễn Quỳnh" / "Thiện**") and a site's metadata table
// whose "Người ký:" field has its value on a line below; and negatives:
// a closed bold name keeps its words, and a line after it is not added.
func TestSignerWrappedAndTableBelow(t *testing.T) {
	body := "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\nĐiều 1. Công bố kèm theo Quyết định này.\n|\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n|\n"
	cases := []signerCase{
		{"bold over two lines, deputy", body + "**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Nguyễn Quỳnh\nThiện**\n|\n", "Nguyễn Quỳnh Thiện"},
		{"bold over two lines, director", body + "**GIÁM ĐỐC**\n**Trần Thị\nHồng Nhung**\n", "Trần Thị Hồng Nhung"},
		{"bold over two lines, chairman", body + "**TM. ỦY BAN NHÂN DÂN**\n**CHỦ TỊCH**\n**Hoàng Văn\nNghiệm**\n", "Hoàng Văn Nghiệm"},
		{"site table, value on a line below", "#\n**Số hiệu:**\n|\n2637/QĐ-UBND\n|\n**Người ký:**\n|\nLê Văn Hưởng\n|\n**Ngày ban hành:**\n|\n16/11/2025\n|\n" + body, "Lê Văn Hưởng"},
		{"site table, value after two bar lines", "**Người ký:**\n|\n|\nPhạm Anh Tuấn\n|\n" + body, "Phạm Anh Tuấn"},
		{"an annex whose note has 'Kèm' alone on its line, titles of signers inside", body + "**KT. CHỦ TỊCH **\nPHÓ CHỦ TỊCH\n**Nguyễn Minh Luân**\n|\n\n" +
			"**DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n\n*(Kèm\ntheo Quyết định số: 01779/QĐ-UBND ngày 19/11/2025 của Chủ tịch Ủy ban nhân dân tỉnh Cà Mau)*\n\n" +
			strings.Repeat("- Tổ chức, cá nhân gửi hồ sơ đến Trung tâm Phục vụ hành chính công.\n", 12) + "Chủ tịch Ủy ban nhân dân tỉnh\nTrả kết quả\n", "Nguyễn Minh Luân"},
		// negatives
		{"a body sentence 'kèm theo' opens no annex", body + strings.Repeat("Nội dung.\n", 4) + "chi tiết tại Phụ lục I\nkèm theo Nghị quyết này).\n" + strings.Repeat("Nội dung.\n", 4) +
			"**TM. HỘI ĐỒNG NHÂN DÂN**\n**CHỦ TỊCH**\nPhùng Thị Hồng Hà\n", "Phùng Thị Hồng Hà"},
		{"closed bold name, next line not added", body + "**KT. CHỦ TỊCH**\nPHÓ CHỦ TỊCH\n**Nguyễn Văn An**\n**Hà Nội**\n", "Nguyễn Văn An"},
		{"open bold whose next line is no name", body + "**GIÁM ĐỐC**\n**Nguyễn Văn An\n(đã ký)**\n", "Nguyễn Văn An"},
		{"site table field without a name below", "**Người ký:**\n|\nĐang cập nhật\n|\n" + body + "**GIÁM ĐỐC**\nLê Thị Mai\n", "Lê Thị Mai"},
	}
	checkSigners(t, cases)
}

// TestSignerNotByline covers the last lines of a text without a signature
// title: a full name signs ("Phạm Minh Chính", "Mai Sơn" with its family
// name), while a press item's byline does not: a given name alone, a
// name cut to its initial, the newspaper it is taken from, any name at
// the end of an item that opens with its source tag ("(BĐT) - …").
func TestSignerNotByline(t *testing.T) {
	body := "UBND tỉnh yêu cầu các sở, ngành tập trung giải quyết hồ sơ quá hạn.\n\n"
	cases := []signerCase{
		{"a full name at the end", body + "Phạm Minh Chính\n", "Phạm Minh Chính"},
		{"two words opening with a family name", body + "Mai Sơn\n", "Mai Sơn"},
		// negatives
		{"a byline of a given name", body + "Khánh Ly\n", ""},
		{"a byline cut to its initial", body + "                Minh H\n", ""},
		{"the source newspaper", body + "Theo Báo Thanh Hóa\n", ""},
		{"a photo's caption names the one shown", "Tây Ninh quyết đẩy mạnh cải cách hành chính\nÔng Nguyễn Mạnh Hùng - Phó Chủ tịch Thường trực UBND tỉnh Tây Ninh. Nguồn: báo Tây Ninh\n\n" + body, ""},
		{"a full name under a press item that opens with its source tag", "Hà Nội quyết tâm cải cách thủ tục hành chính\n\n(BĐT) - " + body + "Trần Kiên\n", ""},
	}
	checkSigners(t, cases)
}

// TestSignerNamedInSentence covers a press item that names the signer in
// the course of a sentence, before the office and the signing ("ông Hồ
// Quang Bửu, Phó Chủ tịch UBND thành phố Đà Nẵng, đã ký văn bản …");
// negative: a deputy chairman quoted ("Theo ông …, Phó Chủ tịch …, để đạt
// …") signs nothing.
func TestSignerNamedInSentence(t *testing.T) {
	cases := []signerCase{
		{"named before the office and the signing", "Ngày 14/11, ông Hồ Quang Bửu, Phó Chủ tịch UBND thành phố Đà Nẵng, đã ký văn bản yêu cầu các sở, ngành nâng cao kết quả đánh giá.\n", "Hồ Quang Bửu"},
		// negatives
		{"a deputy chairman quoted", "Theo ông Huỳnh Minh Tuấn, Phó Chủ tịch UBND tỉnh Đồng Tháp, để đạt các chỉ tiêu đề ra, tỉnh sẽ triển khai nhiều giải pháp.\n", ""},
	}
	checkSigners(t, cases)
}

// signerCase is a text and the signer its header should name.
type signerCase struct{ name, text, want string }

// checkSigners parses each case and compares the signer read.
func checkSigners(t *testing.T, cases []signerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(strings.NewReader(tc.text), "t.txt", indicators.Default())
			if err != nil {
				t.Fatal(err)
			}
			if d.Plan.Signer != tc.want {
				t.Errorf("signer = %q, want %q", d.Plan.Signer, tc.want)
			}
		})
	}
}
