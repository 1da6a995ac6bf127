// Package rates computes the rates CCHC plans target (online submission,
// on-time completion, overdue open dossiers, online payment, digitisation
// of dossiers and results, satisfaction) from dossier records
// (dataset/dossier), grouped by province, agency, level and period, with
// each rate's numerator and denominator, and turns them into observations
// the scorer reads.
//
// Compute, ComputeRecords and ComputeFile read the records in parallel
// parts and merge the per-worker groups; a record that cannot be counted is
// kept out of every rate and reported in BadReport with its reason
// (Reason*), never dropped silently. The metric ids are the catalogue's
// (indicators.RateMetricIDs). The data flow and layers are in
// docs/design.md.
package rates
