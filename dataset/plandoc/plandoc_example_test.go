package plandoc_test

import (
	"fmt"
	"strings"

	"github.com/cchc-lab/cchc/dataset/plandoc"
	"github.com/cchc-lab/cchc/indicators"
)

const examplePlan = `Số: 12/KH-UBND
Hà Tĩnh, ngày 20 tháng 12 năm 2024

KẾ HOẠCH
Cải cách hành chính năm 2025

I. MỤC ĐÍCH, YÊU CẦU
Nâng cao chất lượng phục vụ người dân, doanh nghiệp.

II. CÁC CHỈ TIÊU CHỦ YẾU
1. Cải cách thủ tục hành chính
1.1. Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%. Mức độ hài lòng của người dân đạt từ 95% trở lên.
1.2. Số hóa hồ sơ đạt tỷ lệ tương ứng: cấp tỉnh 100%, cấp huyện 100%, cấp xã 95%.
2. Cải cách tổ chức bộ máy
2.1. Phấn đấu năm 2025 giảm 28 biên chế công chức so với năm 2024.

III. TỔ CHỨC THỰC HIỆN
1. Sở Nội vụ: Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.
`

func ExampleParse() {
	doc, err := plandoc.Parse(strings.NewReader(examplePlan), "ke-hoach-2025.txt", indicators.Default())
	if err != nil {
		fmt.Println(err)
		return
	}
	p := doc.Plan
	fmt.Println(p.ID, p.Issuer, p.Date, p.Year)
	for _, t := range doc.Targets {
		fmt.Printf("%-7s line %d  %-24s %-9s %s %v %s", t.Code, t.Source.Line, t.Metric, t.Level, t.Comparator, t.Value, t.Unit)
		if t.Change != "" {
			fmt.Printf(" (%s vs %d)", t.Change, *t.BaselineYear)
		}
		fmt.Println()
	}
	// Output:
	// 12/KH-UBND UBND tỉnh Hà Tĩnh 2024-12-20 2025
	// II.1.1a line 12  online_submission_rate             >= 90 percent
	// II.1.1b line 12  satisfaction_rate                  >= 95 percent
	// II.1.2  line 13  dossier_digitisation_rate province  = 100 percent
	// II.1.2  line 13  dossier_digitisation_rate district  = 100 percent
	// II.1.2  line 13  dossier_digitisation_rate commune   = 95 percent
	// II.2.1  line 15  civil_servant_headcount            >= 28 staff (decrease vs 2024)
}

func ExampleParse_notUTF8() {
	_, err := plandoc.Parse(strings.NewReader("KẾ HOẠCH\nH\xe0 T\xecnh\n"), "latin1.txt", indicators.Default())
	fmt.Println(err)
	// Output:
	// latin1.txt:2:2: invalid UTF-8: byte 0xe0
}

func ExampleDocument_JSON() {
	doc, _ := plandoc.Parse(strings.NewReader(examplePlan), "ke-hoach-2025.txt", indicators.Default())
	b, _ := doc.JSON()
	// The first target, as "cchc parse" prints it.
	s := string(b)
	start := strings.Index(s, `    {`+"\n"+`      "code": "II.1.1a"`)
	end := strings.Index(s[start:], "\n    },") + start
	fmt.Println(s[start : end+6])
	// Output:
	//     {
	//       "code": "II.1.1a",
	//       "area": "procedures",
	//       "metric": "online_submission_rate",
	//       "subject": "Tỷ lệ nộp hồ sơ trực tuyến toàn trình",
	//       "comparator": ">=",
	//       "value": 90,
	//       "value_max": null,
	//       "unit": "percent",
	//       "level": "",
	//       "change": "",
	//       "baseline_year": null,
	//       "year": 2025,
	//       "role": "targets_section",
	//       "source": {
	//         "line": 12,
	//         "text": "Tỷ lệ nộp hồ sơ trực tuyến toàn trình đạt 90%"
	//       }
	//     }
}
