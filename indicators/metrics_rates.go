package indicators

import "github.com/cchc-lab/cchc/dataset"

// Metric ids of the rates computed from dossier records (see ComputeRates).
// online_submission_rate and satisfaction_rate are in the default list;
// rateMetrics defines the others.
const (
	MetricOnlineSubmission    = "online_submission_rate"
	MetricOnlineAnySubmission = "online_any_submission_rate"
	MetricOntimeCompletion    = "ontime_completion_rate"
	MetricOverdueOpen         = "overdue_open_rate"
	MetricOnlinePayment       = "online_payment_rate"
	MetricDossierDigitisation = "dossier_digitisation_rate"
	MetricResultDigitisation  = "result_digitisation_rate"
	MetricSatisfaction        = "satisfaction_rate"
	// MetricFullProcessEligibleOnline is the share of dossiers of
	// full-process (MucDo 4) procedures submitted online (766 item).
	MetricFullProcessEligibleOnline = "full_process_eligible_online_rate"
	// MetricProgress766Points is the tiến độ giải quyết group of the
	// Decision 766 index, 0..20 points.
	MetricProgress766Points = "index766_progress_points"
)

// UnitPoints is the unit of MetricProgress766Points (out of ProgressMaxPoints in package rates).
const UnitPoints = "points"

// NationalRateMetricIDs returns the ids of the rates computed from records
// in the national sync schema, in the order rate tables list them.
func NationalRateMetricIDs() []string {
	return []string{MetricOnlineSubmission, MetricOnlineAnySubmission, MetricFullProcessEligibleOnline,
		MetricOntimeCompletion, MetricProgress766Points, MetricOnlinePayment, MetricDossierDigitisation}
}

// RateMetricIDs returns the ids of the dossier rates, in the order rate
// tables list them.
func RateMetricIDs() []string {
	return []string{MetricOnlineSubmission, MetricOnlineAnySubmission, MetricOntimeCompletion,
		MetricOverdueOpen, MetricOnlinePayment, MetricDossierDigitisation, MetricResultDigitisation,
		MetricSatisfaction}
}

// rateMetrics returns the catalogue entries of the dossier rates that the
// default list does not define itself.
func rateMetrics() []Metric {
	all := []string{dataset.LevelProvince, dataset.LevelDistrict, dataset.LevelCommune}
	return []Metric{
		{ID: MetricOnlineAnySubmission, NameVI: "Tỷ lệ hồ sơ nộp trực tuyến (toàn trình và một phần)",
			NameEN: "Online submission rate (full and partial process)", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"truc tuyen toan trinh va mot phan", "truc tuyen toan trinh, mot phan", "ho so truc tuyen mot phan"}},
		{ID: MetricOntimeCompletion, NameVI: "Tỷ lệ hồ sơ giải quyết đúng hạn",
			NameEN: "On-time completion rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"giai quyet dung han", "ho so dung han", "tra ket qua dung han",
				// "giải quyết trước và đúng hạn", "hồ sơ TTHC được giải quyết đúng và trước hạn".
				"truoc va dung han", "dung va truoc han", "truoc han va dung han", "ho so * dung han"}},
		{ID: MetricOverdueOpen, NameVI: "Tỷ lệ hồ sơ đang giải quyết quá hạn",
			NameEN: "Overdue share of open dossiers", Unit: "percent", Direction: LowerIsBetter,
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"dang giai quyet qua han", "ho so qua han", "giai quyet qua han", "ho so tre han"}},
		{ID: MetricOnlinePayment, NameVI: "Tỷ lệ giao dịch thanh toán trực tuyến",
			NameEN: "Online payment rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"giao dich thanh toan truc tuyen", "ty le thanh toan truc tuyen", "thanh toan truc tuyen"}},
		{ID: MetricDossierDigitisation, NameVI: "Tỷ lệ số hóa hồ sơ thủ tục hành chính",
			NameEN: "Dossier digitisation rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"so hoa ho so", "ho so dien tu", "ho so * duoc so hoa"}},
		{ID: MetricFullProcessEligibleOnline, NameVI: "Tỷ lệ hồ sơ trực tuyến toàn trình trên hồ sơ của TTHC đủ điều kiện toàn trình",
			NameEN: "Online share of dossiers of full-process-eligible procedures", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"thu tuc du dieu kien toan trinh", "dvc du dieu kien truc tuyen toan trinh"}},
		{ID: MetricProgress766Points, NameVI: "Điểm tiến độ giải quyết (Bộ chỉ số 766)",
			NameEN: "Processing progress points (Decision 766 index)", Unit: UnitPoints,
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"diem tien do giai quyet", "tien do giai quyet 766"}},
		{ID: MetricResultDigitisation, NameVI: "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính",
			NameEN: "Result digitisation rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"so hoa ket qua giai quyet", "so hoa ket qua",
				// "Tỷ lệ cấp kết quả điện tử", "kết quả giải quyết TTHC điện tử".
				"cap ket qua dien tu", "tra ket qua dien tu", "ket qua giai quyet tthc dien tu",
				"ket qua giai quyet thu tuc hanh chinh dien tu", "ket qua dien tu"}},
	}
}
