// Package gen generates synthetic dossier records (hồ sơ thủ tục hành chính)
// with the shapes real one-stop exports have, for tests, demonstrations and
// benchmarks. The output is deterministic: the same options give the same
// rows, and the same bytes once written, on any machine and with any number
// of cores. Every file it writes says SYNTHETIC in its metadata.
//
// The model (all shares are probabilities per dossier):
//
//   - Provinces: the units that existed on the first day of the month of
//     receipt (vntext.ProvincesOn: the 63 until June 2025, the 34 from
//     1 July 2025, Resolution 202/2025/QH15), or the one given (and then
//     the unit it was merged into).
//     Each province has a fixed "digital maturity" offset of −8..+8
//     percentage points on online submission, taken from a hash of its name.
//   - Levels, in two eras of the local administrative map: dossiers
//     received before 1 July 2025 go 22% to the province, 28% to the
//     district and 50% to the commune level; from 1 July 2025 there is no
//     district level (two-level local government, Resolution 202/2025/QH15)
//     and they go 35% to the province and 65% to the commune level.
//   - Agencies: 14 provincial departments (Sở ..., Công an tỉnh) in both
//     eras; before 1 July 2025 8–15 district people's committees (the real
//     districts for Hà Tĩnh) with 10–17 communes each; from then 80–255
//     communes numbered across the province ("UBND xã số 017, tỉnh …").
//   - Procedures: 200 provincial, 150 district and 100 commune procedures
//     with national-style codes (1.00xxxx); a few are very common (the
//     draw is skewed to low indices); 45% charge a fee; 10% of the less
//     common ones cannot be done fully online; statutory times of 1 to 30
//     days.
//   - Month of receipt: seasonal, with a dip in February (Tết) and peaks in
//     January and December; times of day within office hours.
//   - Channel: full-process online with a base share of 62% at province,
//     48% at district and 30% at commune level, growing by 1.2 points a
//     month through the year, plus the province offset; 15% partly online;
//     2% postal; the rest at the one-stop desk.
//   - Processing time: the statutory time times a log-normal factor; about
//     4% of provincial and 6% of commune dossiers finish late; 0.3% are
//     stuck and never finish; dossiers that would finish after the end of
//     the year are still open (finished_at null).
//   - Online payment (among fee-charging dossiers): 80% of full-process
//     online dossiers, 45% of partly online, 12% at the desk, 5% postal.
//   - Digitisation: every full-process online dossier; otherwise 85%, 75%
//     and 62% at province, district and commune level. Result
//     digitisation (finished dossiers only): 90%, 80%, 70%.
//   - Rating: 45% of online and 25% of other dossiers are rated, on 1..5;
//     92% of ratings are 4 or 5, fewer after a late finish.
//   - Bad records: Options.BadPerMillion of the rows carry one of the four
//     faults the rates code rejects (finished before received, due before
//     received, unknown channel "kiosk", rating out of range).
//
// Rows are built in batches of Options.BatchSize; batch b draws from a PCG
// generator seeded with (Seed, b), so batches can be built in parallel and
// the result does not depend on the number of workers.
package gen
