package plandoc

import "testing"

// TestHeaderQuotedDocuments checks the document a press item or a report
// names as its source: a resolution of the National Assembly whose code
// carries its term, a party plan quoted "theo quy định tại Mục …" under
// a headline repeated in bold, an official letter a ministry "đã ra" or
// "vừa gửi", a party letter its headline names and its opening issues;
// and negatives: a party document issued or cited as a basis,
// a number of the Assembly cited inside a sentence.
func TestHeaderQuotedDocuments(t *testing.T) {
	headline := "# Chỉ tiêu chuyển đổi số ra sao?\n\n**Chỉ tiêu chuyển đổi số ra sao?**\n\n**Chỉ tiêu chuyển đổi số là gì?**\n\n"
	checkHeaderCases(t, []headerCase{
		{"assembly resolution passed", "Ngày 13/11/2025, Quốc hội khóa XV, kỳ họp thứ 10 đã thông qua Nghị quyết 244/2025/QH15 về Kế hoạch phát triển kinh tế xã hội năm 2026.\n",
			"244/2025/QH15", "NQ", "Quốc hội", "", "2025-11-13", 2026},
		{"assembly resolution, other term and number", "Ngày 8/6/2021, Quốc hội đã thông qua Nghị quyết số 16/2021/QH14 về kế hoạch đầu tư công năm 2022.\n",
			"16/2021/QH14", "NQ", "Quốc hội", "", "2021-06-08", 2022},
		{"standing committee resolution", "Ngày 3/4/2025, Ủy ban Thường vụ Quốc hội đã thông qua Nghị quyết 1656/NQ-UBTVQH15 về sắp xếp đơn vị hành chính cấp xã.\n",
			"1656/NQ-UBTVQH15", "NQ", "Ủy ban Thường vụ Quốc hội", "", "2025-04-03", -1},
		{"party plan quoted by section under a headline", headline + "Theo quy định tại Mục I Kế hoạch 01-KH/BCĐTW năm 2025, cụ thể như sau:\n",
			"01-KH/BCĐTW", "KH", "", "", "", 0},
		{"party resolution quoted by article", "Theo nội dung Điều 2 Nghị quyết 57-NQ/TW, đến năm 2030 có 100% hồ sơ được số hóa.\n",
			"57-NQ/TW", "NQ", "", "", "", -1},
		{"letter a ministry issued", "Ngày 28/11/2025, Bộ Tài chính đã ra Công văn 18590/BTC-PTHT năm 2025 về báo cáo giải ngân vốn đầu tư công.\n",
			"18590/BTC-PTHT", "", "Bộ Tài chính", "", "2025-11-28", 0},
		{"letter a ministry sent", "Ngày 2/3/2026, Bộ Nội vụ vừa gửi Công văn 812/BNV-CCHC đến các bộ, ngành về cải cách hành chính.\n",
			"812/BNV-CCHC", "", "Bộ Nội vụ", "", "2026-03-02", -1},
		{"party letter its headline names, issued in the opening", "# Toàn văn Công văn 19197-CV/VPTW 2025 về tập huấn thế nào?\n\n**Toàn văn Công văn 19197-CV/VPTW 2025 về tập huấn thế nào?**\n\nNgày 28/11/2025, Văn phòng Ban chấp hành trung ương ban hành Công văn 19197-CV/VPTW năm 2025 về việc tập huấn.\n",
			"19197-CV/VPTW", "", "Văn phòng Ban chấp hành trung ương", "", "2025-11-28", -1},
		{"a time limit in the prose is not the date of issue", "Ngày 02/12/2025, Ủy ban nhân dân thành phố Cần Thơ ban hành Kế hoạch 177/KH-UBND về kê khai tài sản.\n\nCác cơ quan hoàn thành kê khai trước ngày 31 tháng 12 năm 2025.\n",
			"177/KH-UBND", "KH", "UBND thành phố Cần Thơ", "Cần Thơ", "2025-12-02", -1},
		// Negatives: a party document issued or cited as a basis is not
		// the text's own (unless the headline names it); nor is a law
		// cited in a sentence.
		{"party resolution issued, another in the headline", "# Toàn văn Công văn 19197-CV/VPTW 2025 về tập huấn thế nào?\n\nBan Thường vụ Tỉnh ủy Lai Châu ban hành Nghị quyết số 07-NQ/TU ngày 3/3/2024 về chuyển đổi số.\n",
			"", "", "", "", "", -1},
		{"party resolution issued", "Ban Thường vụ Tỉnh ủy Lai Châu ban hành Nghị quyết số 07-NQ/TU ngày 3/3/2024 về chuyển đổi số.\n",
			"", "", "", "", "", -1},
		{"party resolution as a basis", "Thực hiện Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy, các sở triển khai chuyển đổi số.\n",
			"", "", "", "", "", -1},
		{"party resolution opening a line", "Nghị quyết số 13-NQ/TU ngày 06/9/2023 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.\n",
			"", "", "", "", "", -1},
		{"an annex whose sentence wraps before a party number it cites",
			"Phụ lục \nNHIỆM VỤ CỤ THỂ GIAO CÁC BỘ, CƠ QUAN, ĐỊA PHƯƠNG \n(Kèm theo Nghị quyết số 122/NQ-CP ngày 06 tháng 5 năm 2026 \ncủa Chính phủ) \n" +
				"a) Khẩn trương rà soát các chỉ tiêu tăng trưởng theo Kết luận \nsố 18-KL/TW của Trung ương, gửi Bộ Tài chính trước ngày 06 tháng 5 năm 2026.\n",
			"122/NQ-CP", "NQ", "Chính phủ", "", "2026-05-06", -1},
		{"source quoted below two lines of prose", "Chuyển đổi số là động lực phát triển.\n\nNhiều tỉnh đã có kết quả tốt.\n\nTheo quy định tại Mục II Kế hoạch 03-KH/BCĐTW, các cấp ủy triển khai.\n",
			"", "", "", "", "", -1},
		{"law cited", "Luật số 72/2025/QH15 quy định về tổ chức chính quyền địa phương hai cấp.\n",
			"", "", "", "", "", -1},
	})
}

// TestPartyNumber checks the form of a party committee's number.
func TestPartyNumber(t *testing.T) {
	for f, want := range map[string]bool{"05-nq/tu": true, "01-kh/bcdtw": true, "57-nq/tw": true,
		"12/qd-ubnd": false, "244/2025/qh15": false, "a-b/c": false, "05-": false, "": false} {
		if got := partyNumber(f); got != want {
			t.Errorf("partyNumber(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestIssuerCodeOfTerms checks numbers whose issuer code carries the term
// of the National Assembly.
func TestIssuerCodeOfTerms(t *testing.T) {
	for n, want := range map[string]string{"244/2025/QH15": "qh", "1656/NQ-UBTVQH15": "ubtvqh", "72/2025/QH15": "qh",
		"12/QĐ-UBND": "ubnd", "1234/BNV-CCHC": "bnv", "5/2024/ABC12": "", "7/KH-X1": "x1"} {
		if got := issuerCodeOf(n); got != want {
			t.Errorf("issuerCodeOf(%q) = %q, want %q", n, got, want)
		}
	}
}

// TestHeaderSignedByName checks the Prime Minister, a deputy or a
// minister named with his name as signing the document a press item
// reports; and negatives: the Prime Minister named as asking or
// chairing, a minister of a body the parser does not know.
func TestHeaderSignedByName(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{"prime minister signs a directive", "(VTC News) -\n\nThủ tướng Phạm Minh Chính vừa ký Chỉ thị số 06 về nhiệm vụ trọng tâm sau kỳ nghỉ Tết năm 2026.\n",
			"06", "CT", "Thủ tướng Chính phủ", "", "", -1},
		{"deputy prime minister signs a decision", "Phó Thủ tướng Trần Hồng Hà đã ký ban hành Quyết định số 412 về kế hoạch chuyển đổi số năm 2026.\n",
			"412", "QĐ", "Thủ tướng Chính phủ", "", "", -1},
		{"minister signs a decision", "Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà vừa ký Quyết định số 77 về kế hoạch cải cách hành chính năm 2026.\n",
			"77", "QĐ", "Bộ Nội vụ", "", "", -1},
		{"minister of a long-named ministry", "Bộ trưởng Bộ Khoa học và Công nghệ Nguyễn Mạnh Hùng vừa ký Quyết định số 15 về chuyển đổi số năm 2026.\n",
			"15", "QĐ", "Bộ Khoa học và Công nghệ", "", "", -1},
		{"a chairman named after a comma, the province later in the sentence", "Chủ tịch UBND Tỉnh, ông Phạm Thiện Nghĩa vừa ký Quyết định số 861/QĐ-UBND-HC ngày 5/8/2022 ban hành Đề án chuyển đổi số tỉnh Đồng Tháp.\n",
			"861/QĐ-UBND-HC", "QĐ", "UBND tỉnh Đồng Tháp", "Đồng Tháp", "2022-08-05", -1},
		// Negatives.
		{"prime minister asks", "Thủ tướng Phạm Minh Chính yêu cầu các bộ thực hiện Chỉ thị số 06 về nhiệm vụ năm 2026.\n",
			"", "", "", "", "", -1},
		{"prime minister chairs", "Thủ tướng Phạm Minh Chính chủ trì phiên họp về Kế hoạch số 9 năm 2026.\n",
			"", "", "", "", "", -1},
		{"minister of an unknown body", "Bộ trưởng Bộ Ngoại thương Trần Văn A vừa ký Quyết định số 5 về xuất khẩu năm 2026.\n",
			"5", "QĐ", "", "", "", -1},
	})
}

// TestHeaderOfBodyAfterMention checks the issuer named by "của" right
// after the document a text names as its own, past its date or year: a
// body of the Party, the Government, a ministry; and negatives: a body
// named after another document later in the sentence, a provincial body
// (left to the other rules), nothing after the mention.
func TestHeaderOfBodyAfterMention(t *testing.T) {
	checkHeaderCases(t, []headerCase{
		{"party resolution of the Politburo", "Theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, đến năm 2030 có 100% hồ sơ được số hóa.\n",
			"57-NQ/TW", "NQ", "Bộ Chính trị", "", "2024-12-22", -1},
		{"party directive of the Secretariat, formal date", "Theo Chỉ thị số 45-CT/TW ngày 14 tháng 4 năm 2025 của Ban Bí thư, các cấp ủy tổ chức đại hội.\n",
			"45-CT/TW", "CT", "Ban Bí thư", "", "2025-04-14", -1},
		{"resolution of the Government by year", "Theo Nghị quyết 66/NQ-CP năm 2025 của Chính phủ, năm 2025 cắt giảm ít nhất 30% thời gian.\n",
			"66/NQ-CP", "NQ", "Chính phủ", "", "", -1},
		// Negatives.
		{"body of a later document", "Theo Kế hoạch số 9-KH/BCĐ, thực hiện Nghị quyết 57-NQ/TW của Bộ Chính trị, các sở triển khai.\n",
			"9-KH/BCĐ", "KH", "", "", "", -1},
		{"nothing after the mention", "Theo Kế hoạch 01-KH/BCĐTW, các địa phương phổ cập kỹ năng số.\n",
			"01-KH/BCĐTW", "KH", "", "", "", -1},
	})
}

// TestOfBodyAfter checks the words between a mention and its "của".
func TestOfBodyAfter(t *testing.T) {
	for text, want := range map[string]string{
		" ngày 22/12/2024 của Bộ Chính trị về khoa học": "Bộ Chính trị",
		" năm 2025 của Bộ Nội vụ":                       "Bộ Nội vụ",
		" của Văn phòng Chính phủ":                      "Văn phòng Chính phủ",
		" của Ban Chấp hành Trung ương Đảng khóa XIII":  "Ban Chấp hành Trung ương Đảng",
		" về cải cách, của Bộ Nội vụ":                   "",
		" của UBND tỉnh Nghệ An":                        "",
		"":                                              "",
	} {
		if got := ofBodyAfter(asciiFold([]rune(text)), text); got != want {
			t.Errorf("ofBodyAfter(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestProseSignerNotAProvince checks that the province after "Chủ tịch
// UBND tỉnh" is not read as the signer's name, while a name after it is.
func TestProseSignerNotAProvince(t *testing.T) {
	for line, want := range map[string]string{
		"Ngày 15/01/2026, Chủ tịch UBND tỉnh Quảng Trị ký Quyết định số 88/QĐ-CT.":               "",
		"Chủ tịch UBND tỉnh Bắc Giang Lê Ánh Dương có văn bản gửi các sở.":                       "Lê Ánh Dương",
		"Phó Chủ tịch UBND tỉnh Gia Lai Nguyễn Tuấn Anh vừa ký ban hành Kế hoạch số 33/KH-UBND.": "Nguyễn Tuấn Anh",
		"Chủ tịch UBND thành phố Hải Phòng đã ký Quyết định số 12/QĐ-UBND.":                      "",
	} {
		if got := proseSigner(line); got != want {
			t.Errorf("proseSigner(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestHeaderProseDateForms checks the date of issue beside the document a
// press item names, written with slashes, hyphens, dots or words; and
// negatives: a day and month without a year, a date far from the mention.
func TestHeaderProseDateForms(t *testing.T) {
	for _, tc := range []struct{ name, text, date string }{
		{"slashes", "UBND tỉnh Hà Nam vừa ban hành Kế hoạch số 7/KH-UBND ngày 20/12/2025 về cải cách hành chính.\n", "2025-12-20"},
		{"hyphens", "UBND tỉnh Hà Nam vừa ban hành Kế hoạch số 7/KH-UBND ngày 20-12-2025 về cải cách hành chính.\n", "2025-12-20"},
		{"dots", "UBND tỉnh Hà Nam vừa ban hành Kế hoạch số 7/KH-UBND ngày 20.12.2025 về cải cách hành chính.\n", "2025-12-20"},
		{"dots opening the line", "Ngày 5.1.2026, UBND tỉnh Hà Nam ban hành Kế hoạch số 7/KH-UBND về cải cách hành chính.\n", "2026-01-05"},
		{"words", "UBND tỉnh Hà Nam vừa ban hành Kế hoạch số 7/KH-UBND ngày 20 tháng 12 năm 2025 về cải cách hành chính.\n", "2025-12-20"},
		// Negatives.
		{"no year", "Ngày 8.6, UBND tỉnh Hà Nam ban hành Kế hoạch số 7/KH-UBND về cải cách hành chính.\n", ""},
		{"a decimal, not a date", "UBND tỉnh Hà Nam vừa ban hành Kế hoạch số 7/KH-UBND, tăng 20.12.2025 điểm.\n", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			checkHeader(t, tc.text, "7/KH-UBND", "KH", "UBND tỉnh Hà Nam", "Hà Nam", tc.date)
		})
	}
}

// TestCommitteeOfAlias checks how a committee named by its province's
// short form is written, and that a city inside a province keeps its name.
func TestCommitteeOfAlias(t *testing.T) {
	for in, want := range map[string]string{
		"UBND TPHCM":                   "UBND thành phố Hồ Chí Minh",
		"UBND TP.HCM":                  "UBND thành phố Hồ Chí Minh",
		"HĐND Hà Nội":                  "HĐND thành phố Hà Nội",
		"UBND Đồng Nai":                "UBND tỉnh Đồng Nai",
		"UBND tỉnh Đồng Nai":           "UBND tỉnh Đồng Nai",
		"UBND thành phố Sóc Trăng":     "UBND thành phố Sóc Trăng",
		"UBND các xã, phường":          "UBND các xã, phường",
		"Bộ Nội vụ":                    "Bộ Nội vụ",
		"UBND":                         "UBND",
		"Ủy ban nhân dân TPHCM":        "UBND thành phố Hồ Chí Minh",
		"Ủy ban nhân dân tỉnh Gia Lai": "Ủy ban nhân dân tỉnh Gia Lai",
	} {
		if got := committeeOfAlias(in); got != want {
			t.Errorf("committeeOfAlias(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDateRunsOn covers the lines whose date the next line ends.
func TestDateRunsOn(t *testing.T) {
	for f, want := range map[string]bool{
		"khanh hoa, ngay":                  true,
		"*vinh long, ngay 16 thang 11 nam": true,
		"gia lai, ngay 20 thang":           true,
		"ngay 02/12/2025, uy ban nhan dan thanh pho can tho ban hanh ke hoach": false,
		"khong co ngay nao": false,
	} {
		if got := dateRunsOn(f); got != want {
			t.Errorf("dateRunsOn(%q) = %v, want %v", f, got, want)
		}
	}
}

// TestDepartmentWrittenOut checks that a department the press names in
// short is written in full, its province by its own name, and that any
// other issuer is left as it is.
func TestDepartmentWrittenOut(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sở GD&ĐT TPHCM", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"},
		{"Sở GD&ĐT TP.HCM", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"},
		{"Sở Nội vụ TP HCM", "Sở Nội vụ Thành phố Hồ Chí Minh"},
		{"Sở GD&ĐT TP. Hà Nội", "Sở Giáo dục và Đào tạo Hà Nội"},
		{"Sở TT&TT tỉnh Lào Cai", "Sở Thông tin và Truyền thông tỉnh Lào Cai"},
		{"Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh"},
		{"Sở Nội vụ", "Sở Nội vụ"},
		{"UBND TPHCM", "UBND TPHCM"},
		{"Ban Chỉ đạo 389 quốc gia", "Ban Chỉ đạo 389 quốc gia"},
	}
	for _, tt := range tests {
		if got := departmentWrittenOut(tt.in); got != tt.want {
			t.Errorf("departmentWrittenOut(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestProvinceSpeltAsRegister checks that the province ending an issuer
// is respelt where only the place of a tone mark differs, and that other
// names (a city written in lower case, an alias) are kept.
func TestProvinceSpeltAsRegister(t *testing.T) {
	tests := []struct{ in, want string }{
		{"UBND tỉnh Khánh Hoà", "UBND tỉnh Khánh Hòa"},
		{"Sở Nội vụ tỉnh Thanh Hoá", "Sở Nội vụ tỉnh Thanh Hóa"},
		{"UBND tỉnh Khánh Hòa", "UBND tỉnh Khánh Hòa"},
		{"UBND thành phố Hồ Chí Minh", "UBND thành phố Hồ Chí Minh"},
		{"UBND TPHCM", "UBND TPHCM"},
		{"Bộ Nội vụ", "Bộ Nội vụ"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := provinceSpeltAsRegister(tt.in); got != tt.want {
			t.Errorf("provinceSpeltAsRegister(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSignerAfterComma checks the signer a press item names after the
// chairman's office and a comma ("Chủ tịch UBND Tỉnh, ông Phạm Thiện
// Nghĩa vừa ký …").
func TestSignerAfterComma(t *testing.T) {
	d := parseText(t, "Chủ tịch UBND Tỉnh, ông Phạm Thiện Nghĩa vừa ký Quyết định số 861/QĐ-UBND-HC ngày 5/8/2022 ban hành Đề án chuyển đổi số tỉnh Đồng Tháp.\n")
	if d.Plan.Signer != "Phạm Thiện Nghĩa" {
		t.Errorf("signer %q", d.Plan.Signer)
	}
}

// TestIssuerBeforeAdverbs checks that a committee named as the subject
// that drafted the plan stops before the adverbs that lead to its verb
// and is named with the text's province.
func TestIssuerBeforeAdverbs(t *testing.T) {
	d := parseText(t, "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy, UBND tỉnh đã khẩn trương xây dựng và ban hành kế hoạch phát triển chính quyền số tỉnh Bắc Kạn năm 2022.\n")
	if d.Plan.Issuer != "UBND tỉnh Bắc Kạn" || d.Plan.DocType != "KH" {
		t.Errorf("issuer %q, type %q; want UBND tỉnh Bắc Kạn, KH", d.Plan.Issuer, d.Plan.DocType)
	}
}

// TestPassiveIssuer checks a plan a press item names as issued in the
// passive ("vừa được UBND tỉnh ban hành") under a title that opens with
// the year before the province, or by a committee whose province is named
// bare ("UBND Long An"): the type, the committee and its place.
func TestPassiveIssuer(t *testing.T) {
	tests := []struct{ name, text, issuer, province string }{
		{"bare committee, province in the title", "Năm 2025, Khánh Hòa phấn đấu đạt mức độ hài lòng trên 90%\n\nĐây là một trong những mục tiêu trọng tâm trong Kế hoạch cải cách hành chính năm 2025 vừa được UBND tỉnh ban hành.\n", "UBND tỉnh Khánh Hòa", "Khánh Hòa"},
		{"named committee", "Kế hoạch chuyển đổi số năm 2026 đã được UBND tỉnh Lào Cai phê duyệt.\n", "UBND tỉnh Lào Cai", "Lào Cai"},
		{"a department of the province named bare", "Tiền Giang sẽ phát triển Chính quyền số. Đây là một mục tiêu trong Kế hoạch phát triển ngành TT&TT tỉnh Tiền Giang 5 năm từ 2021 – 2025 mới được Sở TT&TT tỉnh ban hành.\n", "Sở Thông tin và Truyền thông tỉnh Tiền Giang", "Tiền Giang"},
		{"committee of a province named bare", "Phó Chủ tịch UBND Long An Huỳnh Văn Sơn vừa ký ban hành Kế hoạch cải thiện Chỉ số PCI năm 2023.\n", "UBND tỉnh Long An", "Long An"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseText(t, tt.text)
			if d.Plan.Issuer != tt.issuer || d.Plan.Province != tt.province || d.Plan.DocType != "KH" {
				t.Errorf("issuer %q, province %q, type %q; want %q, %q, KH", d.Plan.Issuer, d.Plan.Province, d.Plan.DocType, tt.issuer, tt.province)
			}
		})
	}
}

// TestCommitteeRaDecision checks a decision a press item says a committee
// "ra" ("Ngày 30/6, UBND tỉnh ra Quyết định số 1076/QĐ-UBND …"): its
// number, type and issuer, with the province the item's title names.
func TestCommitteeRaDecision(t *testing.T) {
	d := parseText(t, "Kế hoạch nâng cao chỉ số cải cách hành chính tỉnh Gia Lai giai đoạn 2026-2030\n\nNgày 30/6, UBND tỉnh ra Quyết định số 176/QĐ-UBND về ban hành Kế hoạch nâng cao chỉ số cải cách hành chính tỉnh Gia Lai giai đoạn 2026-2030.\n")
	if d.Plan.DocNumber != "176/QĐ-UBND" || d.Plan.DocType != "QĐ" || d.Plan.Issuer != "UBND tỉnh Gia Lai" {
		t.Errorf("number %q, type %q, issuer %q", d.Plan.DocNumber, d.Plan.DocType, d.Plan.Issuer)
	}
}

// TestPortalSourceAndConveyedLetter checks a press item from a province's
// portal ("(Haiphong.gov.vn) - …") whose chairman conveys a direction in a
// letter named without "số" and without a comma before "tại": the letter's
// number, the city's committee and the city; an address given for a
// service names no province.
func TestPortalSourceAndConveyedLetter(t *testing.T) {
	tests := []struct{ name, text, number, issuer, province string }{
		{"portal source", "(Haiphong.gov.vn) - Chủ tịch UBND thành phố vừa có ý kiến chỉ đạo tại Văn bản 518/UBND-KSTTHC yêu cầu các Sở, ban, ngành rà soát thủ tục hành chính.\n",
			"518/UBND-KSTTHC", "UBND thành phố Hải Phòng", "Hải Phòng"},
		{"a service's address", "UBND tỉnh đề nghị nộp hồ sơ trực tuyến tại địa chỉ: dichvucong.vinhphuc.gov.vn.\n", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseText(t, tt.text)
			if d.Plan.DocNumber != tt.number || d.Plan.Issuer != tt.issuer || d.Plan.Province != tt.province {
				t.Errorf("number %q, issuer %q, province %q; want %q, %q, %q", d.Plan.DocNumber, d.Plan.Issuer, d.Plan.Province, tt.number, tt.issuer, tt.province)
			}
		})
	}
}

// TestPlanIssuedOnDate checks a press item whose sentence opens with the
// plan's number and gives its date of issue ("Kế hoạch số 5913/KH-UBND,
// ban hành ngày 2/10/2025, thể hiện …"): the plan is the text's.
func TestPlanIssuedOnDate(t *testing.T) {
	d := parseText(t, "Lai Châu nâng cao chất lượng dịch vụ công\n\n"+
		"Lấy sự hài lòng của người dân làm thước đo, Lai Châu đang quyết liệt triển khai dịch vụ công trực tuyến toàn trình với các mục tiêu cụ thể, đo đếm được. Từ hạ tầng số đến sự hưởng ứng của chính quyền cơ sở, cải cách hành chính ở Lai Châu đang cho thấy những chuyển động thực chất.\n\n"+
		"Với mục tiêu xây dựng nền hành chính phục vụ, tỉnh Lai Châu đang quyết liệt triển khai Kế hoạch số 5913/KH-UBND về nâng cao chất lượng cung cấp dịch vụ công trực tuyến.\n\n"+
		"Kế hoạch số 5913/KH-UBND, ban hành ngày 2/10/2025, thể hiện rõ quyết tâm của UBND tỉnh Lai Châu trong cải cách thủ tục hành chính.\n")
	if d.Plan.DocNumber != "5913/KH-UBND" || d.Plan.Date != "2025-10-02" || d.Plan.Issuer != "UBND tỉnh Lai Châu" {
		t.Errorf("number %q, date %q, issuer %q", d.Plan.DocNumber, d.Plan.Date, d.Plan.Issuer)
	}
}
