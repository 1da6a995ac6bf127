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
)

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
			Phrases: []string{"giai quyet dung han", "ho so dung han", "tra ket qua dung han"}},
		{ID: MetricOverdueOpen, NameVI: "Tỷ lệ hồ sơ đang giải quyết quá hạn",
			NameEN: "Overdue share of open dossiers", Unit: "percent", Direction: LowerIsBetter,
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"dang giai quyet qua han", "ho so qua han"}},
		{ID: MetricOnlinePayment, NameVI: "Tỷ lệ giao dịch thanh toán trực tuyến",
			NameEN: "Online payment rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"giao dich thanh toan truc tuyen", "ty le thanh toan truc tuyen"}},
		{ID: MetricDossierDigitisation, NameVI: "Tỷ lệ số hóa hồ sơ thủ tục hành chính",
			NameEN: "Dossier digitisation rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"so hoa ho so", "ho so dien tu"}},
		{ID: MetricResultDigitisation, NameVI: "Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính",
			NameEN: "Result digitisation rate", Unit: "percent",
			Area: dataset.AreaProcedures, Levels: all,
			Phrases: []string{"so hoa ket qua giai quyet", "so hoa ket qua"}},
	}
}
