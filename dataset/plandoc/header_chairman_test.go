package plandoc

import "testing"

// TestHeaderChairman checks decisions headed by the chairman of a
// provincial committee, whatever the number's code, with the heading on
// one line, broken over lines, in bold, abbreviated, for a city and for
// a commune; and negatives: the enacting line under a decision's title
// ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X" above "Căn cứ") and the committee's
// own heading signed "KT. CHỦ TỊCH" are the committee's.
func TestHeaderChairman(t *testing.T) {
	date := func(place string) string { return place + ", ngày 25 tháng 11 năm 2025\n" }
	body := "QUYẾT ĐỊNH\nBan hành Quy chế quản lý hệ thống thông tin\n"
	checkHeaderCases(t, []headerCase{
		{"one line, chairman's code", "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 163/2025/QĐ-CTUBND\n" + date("Ninh Bình") + body,
			"163/2025/QĐ-CTUBND", "QĐ", "Chủ tịch UBND tỉnh Ninh Bình", "Ninh Bình", "2025-11-25", -1},
		{"broken in bold, committee's code", "|\n**CHỦ TỊCH ỦY BAN\nNHÂN DÂN**\n**TỈNH THANH HÓA**\n-------\n|\n**CỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM**\n|\nSố:\n45/QĐ-UBND\n|\n*" + date("Thanh Hóa") + "*\n" + body,
			"45/QĐ-UBND", "QĐ", "Chủ tịch UBND tỉnh Thanh Hóa", "Thanh Hóa", "2025-11-25", -1},
		{"abbreviated, chairman's type", "CHỦ TỊCH UBND TỈNH LẠNG SƠN\nSố: 12/QĐ-CT\n" + date("Lạng Sơn") + body,
			"12/QĐ-CT", "QĐ", "Chủ tịch UBND tỉnh Lạng Sơn", "Lạng Sơn", "2025-11-25", -1},
		{"a city", "CHỦ TỊCH ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\nSố: 7/2025/QĐ-CTUBND\n" + date("Đà Nẵng") + body,
			"7/2025/QĐ-CTUBND", "QĐ", "Chủ tịch UBND thành phố Đà Nẵng", "Đà Nẵng", "2025-11-25", -1},
		{"chairman's code under the committee's heading", "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA\nSố: 9/2025/QĐ-CTUBND\n" + date("Sơn La") + body,
			"9/2025/QĐ-CTUBND", "QĐ", "Chủ tịch UBND tỉnh Sơn La", "Sơn La", "2025-11-25", -1},
		{"commune chairman", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HƯNG THỊNH\nSố: 3/QĐ-UBND\n" + date("Hưng Thịnh") + body,
			"3/QĐ-UBND", "QĐ", "Chủ tịch UBND xã Hưng Thịnh", "", "2025-11-25", -1},
		// Negatives.
		{"enacting line under the title", "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 1546/QĐ-UBND\n" + date("Quảng Ngãi") + "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI\nCăn cứ Luật Tổ chức chính quyền địa phương;\n",
			"1546/QĐ-UBND", "QĐ", "UBND tỉnh Quảng Ngãi", "Quảng Ngãi", "2025-11-25", -1},
		{"enacting line under a heading without a province", "ỦY BAN NHÂN DÂN\n|\nSố: 3098/QĐ-UBND |\n" + date("Hà Tĩnh") + "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH TỈNH HÀ TĨNH NĂM 2025\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n",
			"3098/QĐ-UBND", "QĐ", "UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "2025-11-25", -1},
		{"committee's heading signed for the chairman", "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 16/QĐ-UBND\n" + date("Ninh Bình") + body + "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nHà Lan Anh\n",
			"16/QĐ-UBND", "QĐ", "UBND tỉnh Ninh Bình", "Ninh Bình", "2025-11-25", -1},
	})
}

// TestProseChairmanCode checks a press item reporting a decision numbered
// with the chairman's code ("QĐ-CT", "QĐ-CTUBND"); and a negative: a
// directive of the committee, whose type is CT.
func TestProseChairmanCode(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{"chairman's code", "Ngày 15/01/2026, Chủ tịch UBND tỉnh Quảng Trị ký Quyết định số 88/QĐ-CT ban hành Kế hoạch cải cách hành chính năm 2026.\n",
			"88/QĐ-CT", "QĐ", "Chủ tịch UBND tỉnh Quảng Trị", "Quảng Trị", "2026-01-15", 2026},
		{"chairman's long code", "Ngày 3/2/2026, UBND tỉnh Tây Ninh ban hành Quyết định số 41/2026/QĐ-CTUBND về quy chế phối hợp.\n",
			"41/2026/QĐ-CTUBND", "QĐ", "Chủ tịch UBND tỉnh Tây Ninh", "Tây Ninh", "2026-02-03", -1},
		// Negative.
		{"committee's directive", "Ngày 3/2/2026, UBND tỉnh Tây Ninh ban hành Chỉ thị số 12/CT-UBND về kỷ luật hành chính.\n",
			"12/CT-UBND", "CT", "UBND tỉnh Tây Ninh", "Tây Ninh", "2026-02-03", -1},
	})
}
