package indicators

import "github.com/cchc-lab/cchc/dataset"

// defaultMetrics is the built-in metric list. Phrases are folded (no diacritics, lower case).
func defaultMetrics() []Metric {
	return []Metric{
		{ID: "online_submission_rate", NameVI: "Tỷ lệ hồ sơ nộp trực tuyến toàn trình", NameEN: "Full-process online submission rate",
			Unit: "percent", Area: dataset.AreaProcedures, Levels: []string{"province", "district", "commune"},
			Phrases: []string{"truc tuyen toan trinh"}},
		{ID: "satisfaction_rate", NameVI: "Mức độ hài lòng của người dân, doanh nghiệp", NameEN: "Citizen and business satisfaction rate",
			Unit: "percent", Area: dataset.AreaProcedures, Phrases: []string{"muc do hai long"}},
		{ID: "civil_servant_headcount", NameVI: "Biên chế công chức", NameEN: "Civil-servant headcount",
			Unit: "staff", Direction: LowerIsBetter, Area: dataset.AreaOrganisation, Phrases: []string{"bien che cong chuc"}},
	}
}
