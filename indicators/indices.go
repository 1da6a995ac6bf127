package indicators

import (
	"strings"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// Index describes a national index series that ranks provinces (and for
// some, ministries): who publishes it, on what scale, since when, and what
// to watch for when comparing values.
type Index struct {
	// Name is the short name used in data files: "PAR INDEX", "SIPAS", "PAPI", "PCI", "DTI", "DDCI".
	Name string
	// Aliases are other names the index goes by (matched without diacritics or case).
	Aliases []string
	// NameVI is the Vietnamese name.
	NameVI string
	// NameEN is the English name.
	NameEN string
	// Publisher is the body that publishes the index, in English.
	Publisher string
	// PublisherVI is the publisher as Vietnamese sources name it.
	PublisherVI string
	// Scale says in words how values are expressed, in English.
	Scale string
	// ScaleVI is Scale in Vietnamese.
	ScaleVI string
	// Min and Max bound the values on the current scale.
	Min, Max float64
	// Unit is the unit of a value ("points", "percent", "index 0-1").
	Unit string
	// FirstYear is the first edition's year (0 when it varies by province).
	FirstYear int
	// ScaleBreaks are the years from which a new, incomparable scale
	// applies: never join one series across them.
	ScaleBreaks []int
	// RankedTopOnlyFrom is the first year from which only the top
	// RankedTop units are ranked publicly (0: all units are ranked).
	RankedTopOnlyFrom int
	// RankedTop is how many units are ranked from RankedTopOnlyFrom.
	RankedTop int
	// Level is "province" for provincial rankings, "department" for DDCI.
	Level string
	// Caveats are the notes an analyst needs before comparing values, in
	// English.
	Caveats []string
	// CaveatsVI are the same notes in Vietnamese, one for one.
	CaveatsVI []string
}

// Comparable reports whether values of years a and b lie on one scale
// (no scale break between them).
func (x Index) Comparable(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for _, y := range x.ScaleBreaks {
		if a < y && y <= b {
			return false
		}
	}
	return true
}

// Ranked reports whether a province's rank is published for year y when
// its rank is r: from RankedTopOnlyFrom only the top RankedTop are.
func (x Index) Ranked(y, r int) bool {
	if r <= 0 {
		return false
	}
	return x.RankedTopOnlyFrom == 0 || y < x.RankedTopOnlyFrom || r <= x.RankedTop
}

// Indices returns the national index definitions, in a fixed order.
func Indices() []Index {
	return []Index{
		{
			Name: "PAR INDEX", Aliases: []string{"PAR", "Chỉ số CCHC", "Chỉ số cải cách hành chính"},
			NameVI:      "Chỉ số cải cách hành chính",
			NameEN:      "Public Administration Reform Index",
			Publisher:   "Bộ Nội vụ (Ministry of Home Affairs)",
			PublisherVI: "Bộ Nội vụ",
			Scale:       "points out of 100 (often written as a percentage)",
			ScaleVI:     "điểm trên thang 100 (thường ghi dưới dạng phần trăm)",
			Min:         0, Max: 100, Unit: "points", FirstYear: 2012, Level: "province",
			Caveats: []string{
				"Published for provinces and for ministries; the two rankings are separate.",
				"Criteria and weights have been revised over the years: compare ranks rather than points across revisions.",
				"Part of the score comes from the SIPAS and other surveys, so PAR INDEX and SIPAS are not independent.",
			},
			CaveatsVI: []string{
				"Công bố cho các tỉnh và cho các bộ; hai bảng xếp hạng tách riêng.",
				"Tiêu chí và trọng số đã được sửa đổi qua các năm: giữa các lần sửa đổi nên so sánh thứ hạng thay vì điểm.",
				"Một phần điểm lấy từ SIPAS và các cuộc điều tra khác, nên PAR INDEX và SIPAS không độc lập với nhau.",
			},
		},
		{
			Name: "SIPAS", Aliases: []string{"Chỉ số hài lòng", "Chỉ số hài lòng về sự phục vụ hành chính"},
			NameVI:      "Chỉ số hài lòng về sự phục vụ hành chính",
			NameEN:      "Satisfaction Index of Public Administrative Services",
			Publisher:   "Bộ Nội vụ (Ministry of Home Affairs)",
			PublisherVI: "Bộ Nội vụ",
			Scale:       "percent of respondents satisfied (0-100%)",
			ScaleVI:     "tỷ lệ phần trăm người được hỏi hài lòng (0-100%)",
			Min:         0, Max: 100, Unit: "percent", FirstYear: 2017, Level: "province",
			Caveats: []string{
				"A survey of people and organisations who used administrative services: sampling error applies, small differences between provinces are not significant.",
				"Not the same measure as a province's own satisfaction rate from its one-stop system (satisfaction_rate).",
			},
			CaveatsVI: []string{
				"Là điều tra xã hội học người dân, tổ chức đã sử dụng dịch vụ hành chính công: có sai số chọn mẫu, chênh lệch nhỏ giữa các tỉnh không có ý nghĩa.",
				"Không cùng thước đo với tỷ lệ hài lòng do tỉnh tự ghi nhận trên hệ thống một cửa (satisfaction_rate).",
			},
		},
		{
			Name: "PAPI", Aliases: []string{"Chỉ số PAPI"},
			NameVI:      "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh",
			NameEN:      "Provincial Governance and Public Administration Performance Index",
			Publisher:   "UNDP Việt Nam with CECODES and partners",
			PublisherVI: "UNDP Việt Nam phối hợp với CECODES và các đối tác",
			Scale:       "sum of dimension scores, each 1-10: 6 dimensions (6-60) until 2017, 8 dimensions (8-80) from 2018",
			ScaleVI:     "tổng điểm các chỉ số nội dung, mỗi chỉ số 1-10: 6 chỉ số nội dung (6-60) đến năm 2017, 8 chỉ số nội dung (8-80) từ năm 2018",
			Min:         8, Max: 80, Unit: "points", FirstYear: 2009, ScaleBreaks: []int{2018}, Level: "province",
			Caveats: []string{
				"Scale break in 2018 (6 → 8 dimensions): never draw one series across it; compare dimensions or ranks instead.",
				"A citizen survey: UNDP publishes confidence intervals, and provinces whose intervals overlap are not different.",
				"National coverage from 2011; earlier editions covered a few provinces.",
			},
			CaveatsVI: []string{
				"Thang điểm thay đổi năm 2018 (6 → 8 chỉ số nội dung): không nối thành một chuỗi qua mốc này; hãy so sánh từng chỉ số nội dung hoặc thứ hạng.",
				"Là khảo sát người dân: UNDP công bố khoảng tin cậy, các tỉnh có khoảng tin cậy chồng lấn nhau thì không khác biệt.",
				"Khảo sát toàn quốc từ năm 2011; các kỳ trước chỉ ở một số tỉnh.",
			},
		},
		{
			Name: "PCI", Aliases: []string{"Chỉ số năng lực cạnh tranh cấp tỉnh"},
			NameVI:      "Chỉ số năng lực cạnh tranh cấp tỉnh",
			NameEN:      "Provincial Competitiveness Index",
			Publisher:   "VCCI (Liên đoàn Thương mại và Công nghiệp Việt Nam)",
			PublisherVI: "Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI)",
			Scale:       "weighted score out of 100",
			ScaleVI:     "điểm có trọng số trên thang 100",
			Min:         0, Max: 100, Unit: "points", FirstYear: 2005, RankedTopOnlyFrom: 2023, RankedTop: 30, Level: "province",
			Caveats: []string{
				"From PCI 2023 VCCI ranks only the top 30 provinces: a missing rank is not a low rank.",
				"42 provinces in 2005, 64 in 2006-2008 (Hà Tây merged into Hà Nội in 2008), 63 from 2009.",
				"The 2025 merger of 63 provinces into 34 breaks every provincial series: compare merged units only with care.",
			},
			CaveatsVI: []string{
				"Từ PCI 2023, VCCI chỉ công bố thứ hạng của 30 tỉnh đứng đầu: không có thứ hạng không có nghĩa là thứ hạng thấp.",
				"42 tỉnh năm 2005, 64 tỉnh năm 2006-2008 (Hà Tây hợp nhất vào Hà Nội năm 2008), 63 tỉnh từ năm 2009.",
				"Việc sắp xếp 63 tỉnh thành 34 tỉnh năm 2025 làm đứt mọi chuỗi số liệu cấp tỉnh: chỉ so sánh các đơn vị sau sắp xếp một cách thận trọng.",
			},
		},
		{
			Name: "DTI", Aliases: []string{"Chỉ số chuyển đổi số", "Digital Transformation Index"},
			NameVI:      "Chỉ số chuyển đổi số cấp tỉnh",
			NameEN:      "Provincial Digital Transformation Index",
			Publisher:   "Bộ Thông tin và Truyền thông (from 2025 Bộ Khoa học và Công nghệ)",
			PublisherVI: "Bộ Thông tin và Truyền thông (từ năm 2025 là Bộ Khoa học và Công nghệ)",
			Scale:       "index from 0 to 1",
			ScaleVI:     "chỉ số từ 0 đến 1",
			Min:         0, Max: 1, Unit: "index 0-1", FirstYear: 2020, Level: "province",
			Caveats: []string{
				"Values lie between 0 and 1, not 0 and 100: rescale before putting DTI beside PCI or PAR INDEX.",
				"Published for provinces and for ministries; the components change between editions.",
				"DTI 2024 was published for the merged provinces of 2025.",
			},
			CaveatsVI: []string{
				"Giá trị nằm trong khoảng 0 đến 1, không phải 0 đến 100: cần quy đổi trước khi đặt DTI cạnh PCI hay PAR INDEX.",
				"Công bố cho các tỉnh và cho các bộ; các chỉ số thành phần thay đổi giữa các kỳ.",
				"DTI 2024 được công bố theo các tỉnh sau sắp xếp năm 2025.",
			},
		},
		{
			Name: "766", Aliases: []string{"Bộ chỉ số 766", "Chỉ số 766", "766 total", "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp"},
			NameVI:      "Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg)",
			NameEN:      "Index of direction, administration and service quality for citizens and businesses (Decision 766/QĐ-TTg)",
			Publisher:   "Government Office, on the National Public Service Portal (dichvucong.gov.vn)",
			PublisherVI: "Văn phòng Chính phủ, trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn)",
			Scale:       "points out of 100, the sum of six groups: publicity 18, processing progress 20, online services 12, online payment 10, satisfaction 18, digitisation 22",
			ScaleVI:     "điểm trên thang 100, tổng của sáu nhóm: công khai, minh bạch 18; tiến độ giải quyết 20; dịch vụ công trực tuyến 12; thanh toán trực tuyến 10; mức độ hài lòng 18; số hóa hồ sơ 22",
			Min:         0, Max: 100, Unit: "points", FirstYear: 2022, Level: "province",
			Caveats: []string{
				"Computed from the dossiers the service portals record, not from a survey; provinces, ministries and departments are scored separately.",
				"Published per period (month, quarter, year): compare values of the same period only (cchc reads them with dataset/index766).",
			},
			CaveatsVI: []string{
				"Tính từ hồ sơ ghi nhận trên các cổng dịch vụ công, không phải từ điều tra; tỉnh, bộ và sở được đánh giá riêng.",
				"Công bố theo kỳ (tháng, quý, năm): chỉ so sánh các giá trị cùng kỳ (cchc đọc bằng dataset/index766).",
			},
		},
		{
			Name: "DDCI", Aliases: []string{"Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương"},
			NameVI:      "Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương",
			NameEN:      "Department and District Competitiveness Index",
			Publisher:   "each provincial People's Committee (most with VCCI's method)",
			PublisherVI: "Ủy ban nhân dân từng tỉnh (phần lớn theo phương pháp của VCCI)",
			Scale:       "points out of 100, ranking the departments and districts of one province",
			ScaleVI:     "điểm trên thang 100, xếp hạng các sở, ban, ngành và địa phương trong một tỉnh",
			Min:         0, Max: 100, Unit: "points", Level: "department",
			Caveats: []string{
				"Run by each province for its own departments and districts: values are not comparable between provinces.",
				"Provinces adopted DDCI in different years (FirstYear is 0: it varies) and adapt the questionnaire; check the province's own report.",
			},
			CaveatsVI: []string{
				"Mỗi tỉnh tự đánh giá các sở, ban, ngành và địa phương của mình: giá trị không so sánh được giữa các tỉnh.",
				"Các tỉnh áp dụng DDCI vào những năm khác nhau (FirstYear là 0: không cố định) và điều chỉnh bảng hỏi; cần xem báo cáo của chính tỉnh đó.",
			},
		},
	}
}

// LookupIndex finds an index by name or alias, ignoring case and
// diacritics ("par index", "Chỉ số cải cách hành chính", "pci").
func LookupIndex(name string) (Index, bool) {
	f := strings.Join(strings.Fields(vntext.Fold(name)), " ")
	if f == "" {
		return Index{}, false
	}
	for _, x := range Indices() {
		if vntext.Fold(x.Name) == f {
			return x, true
		}
		for _, a := range x.Aliases {
			if vntext.Fold(a) == f {
				return x, true
			}
		}
	}
	return Index{}, false
}
