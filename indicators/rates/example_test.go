package rates_test

import (
	"fmt"
	"time"

	"github.com/apache/arrow/go/v15/arrow"
	"github.com/apache/arrow/go/v15/arrow/memory"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/indicators/rates"
)

// ExampleComputeRecords computes the rates of three dossiers held in
// memory and prints them with their numerators and denominators.
func ExampleComputeRecords() {
	t0 := time.Date(2025, 6, 2, 8, 0, 0, 0, time.UTC)
	day := 24 * time.Hour
	rows := []dossier.Dossier{
		{ID: "1", Province: "Hà Tĩnh", Agency: "Sở Tư pháp", Level: "province", Procedure: "1.000001",
			ReceivedAt: t0, DueAt: t0.Add(3 * day), FinishedAt: t0.Add(2 * day), Channel: "online_full",
			FeeRequired: true, PaidOnline: true, Digitised: true, ResultDigitised: true, Rated: true, Rating: 5},
		{ID: "2", Province: "Hà Tĩnh", Agency: "UBND xã Thạch Kênh", Level: "commune", Procedure: "2.000002",
			ReceivedAt: t0, DueAt: t0.Add(day), FinishedAt: t0.Add(4 * day), Channel: "in_person",
			Digitised: true, Rated: true, Rating: 2},
		{ID: "3", Province: "Hà Tĩnh", Agency: "UBND xã Thạch Kênh", Level: "commune", Procedure: "2.000002",
			ReceivedAt: t0, DueAt: t0.Add(day), Channel: "kiosk"}, // unknown channel: kept out
	}
	rec := dossier.ToRecord(memory.DefaultAllocator, rows)
	defer rec.Release()
	res, err := rates.ComputeRecords([]arrow.Record{rec}, rates.Options{
		By: rates.GroupBy{Province: true}, Source: "example"})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, g := range res.Groups {
		for _, r := range g.Rates {
			if r.Valid {
				fmt.Printf("%s %d %-27s %5.1f%% (%d/%d)\n", g.Key.Province, g.Key.Year, r.Metric, r.Value, r.Numerator, r.Denominator)
			} else {
				fmt.Printf("%s %d %-27s  null (%s)\n", g.Key.Province, g.Key.Year, r.Metric, r.Reason)
			}
		}
	}
	fmt.Println("kept out:", res.Bad.ByReason[rates.ReasonUnknownChannel])
	// Output:
	// Hà Tĩnh 2025 online_submission_rate       50.0% (1/2)
	// Hà Tĩnh 2025 online_any_submission_rate   50.0% (1/2)
	// Hà Tĩnh 2025 ontime_completion_rate       50.0% (1/2)
	// Hà Tĩnh 2025 online_payment_rate         100.0% (1/1)
	// Hà Tĩnh 2025 dossier_digitisation_rate   100.0% (2/2)
	// Hà Tĩnh 2025 result_digitisation_rate     50.0% (1/2)
	// Hà Tĩnh 2025 satisfaction_rate            50.0% (1/2)
	// kept out: 1
}
