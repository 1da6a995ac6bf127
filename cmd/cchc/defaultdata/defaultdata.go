package defaultdata

import _ "embed" // for go:embed

// PlanName is the file name of the embedded plan.
const PlanName = "003_a5b74ff242722c67.txt"

// Plan is the text of the Hà Tĩnh 2025 CCHC plan (a copy of testdata/plans/003_a5b74ff242722c67.txt).
//
//go:embed 003_a5b74ff242722c67.txt
var Plan []byte

// ObservationsName is the file name of the embedded illustrative observations.
const ObservationsName = "illustrative_observations_ha_tinh_2025.csv"

// Observations is a CSV of illustrative observations for Hà Tĩnh, 2024 and
// 2025 (a copy of testdata/observations/illustrative_observations_ha_tinh_2025.csv).
// Its name and every row's source say that the values are illustrative,
// not published figures (testdata/observations/README.md says more); it
// has no comment lines, so that any CSV reader opens it.
//
//go:embed illustrative_observations_ha_tinh_2025.csv
var Observations []byte
