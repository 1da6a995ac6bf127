// Package score scores plan targets (chỉ tiêu) against observations and
// builds scorecards, aggregates, progress assessments and composite indices.
//
// The rules follow the project design (docs/design.md) and every default
// can be changed through Rules:
//
//   - ">= v": met when actual ≥ v; attainment = min(actual/v, 1). "> v" alike
//     with a strict comparison (an actual equal to v is then not met, with
//     attainment 1: status near).
//   - "<= v": met when actual ≤ v; attainment = min(v/actual, 1), and 1 when
//     actual is 0. "< v" alike with a strict comparison.
//   - "= v": a plan's bare planned figure ("90% hồ sơ công việc tại UBND
//     cấp huyện"), which is a level to reach: scored as ">= v", and "= 0"
//     ("0 hồ sơ quá hạn") as "<= 0". This is our reading of how plans word
//     their aims. With Rules.ExactEquals it is met only when actual equals
//     v (to EqualTolerance relative, 1e-9); attainment = 1 − |actual −
//     v|/|v|, clamped to [0, 1].
//   - "approx v" ("khoảng 02%"): met when |actual − v| ≤ ApproxTolerance·|v|
//     (default 10% of v); otherwise attainment = 1 − |actual − v|/|v|.
//   - Ranges ("từ 02 đến 03"): the lower bound (Target.Value) is the target;
//     ValueMax is kept for display only.
//   - Change targets (Target.Change = "decrease"/"increase" with a
//     BaselineYear): the observed change is baseline − actual for a decrease
//     (actual − baseline for an increase), in the target's unit; when the
//     target's unit is "percent" the change is relative, in percent of the
//     baseline. The comparator then applies to the change; "=" on a change
//     ("giảm 28 biên chế") is read as "at least" (a plan that asks to cut 28
//     posts is not missed by cutting 30). A missing baseline gives no_data
//     with a note naming the missing year.
//   - Status: met; else near when attainment ≥ NearThreshold (0.9); else
//     off_track; no observation gives no_data, whose attainment is nil and
//     which never counts as zero in an aggregate.
//
// Points are optional: Rules.Points holds PointRule values (attainment ×
// max, all-or-nothing, or the threshold-capped rule of Decision 766/QĐ-TTg)
// chosen per target by code, then metric, then a rule naming neither;
// ReadPointRules reads them from a CSV file and CheckPointRules reports
// the rules that would never apply.
//
// Scorecard scores a whole table of targets against a table of observations,
// one row per (target, entity, year), and checks the observations for unknown
// metric ids, unit mismatches, out-of-range values and conflicting duplicates.
// AggregateScores summarises a scorecard per area and per plan (Scorecard
// does it too); ScorecardRecord and AggregatesToRecord work on Arrow
// records. Progress assesses a series over years with the Statistics Canada
// / Open SDG method, ProgressTargets every target of a plan;
// SeriesFromObservations and SeriesFromIndexValues build the series (a
// year with two different values named, not resolved), ProgressOfSeries
// assesses them against targets and ProgressToRecord makes the table of
// results; Composite and
// CompositeUncertainty build composite indices in the manner of the JRC's
// COINr package.
//
// # Conformance with the peers
//
// The peers' own results are in testdata/peers (with their sources and
// licences) and are run as tests (conformance_*_test.go):
//
//   - Progress, against the 243 series Statistics Canada assessed with
//     sdg-build 2.4.0 (statcan_gif_indicator_calculation_components.yml):
//     243 of 243 reproduced, class, progress value and score to 1e-9
//     (33 of them trend-only series with a natural limit, through
//     ProgressInput.NaturalLimit). Nine series whose target equals the
//     base value have no progress value there (the required growth is
//     zero); Progress leaves Ratio NaN for them too and, as there, an
//     achieved target still scores 5.
//   - Composite, against COINr v1.1.14 on its ASEM example data and small
//     data (composite_coinr.json): the 10 cases (min-max, z-score,
//     geometric mean, goalposts, distance-to-target with and without
//     cap_max, unequal weights, dat_thresh, COINr's example coin, ties)
//     reproduced on all 27,111 normalised values, group scores, index
//     values and ranks, the largest difference 9.8e-13; the 19 single
//     calls of COINr functions reproduced to 1e-13.
//
// Where the defaults differ from the peer, an option gives the peer's
// behaviour, and the doc of the option gives the reason:
//
//   - ProgressInput.BaseYear 0 takes each series' first year (sdg-build's
//     default is 2015; a plan states its own base year).
//   - ProgressOptions.UseDataAfterTargetYear: ProgressTargets drops values
//     after a target's year (a target is for its year); sdg-build uses the
//     latest year with data.
//   - CompositeSpec.DistToTargetUncapped: distance-to-target is capped by
//     default, and a unit at or beyond the target gets the top of the
//     scale whatever the others do. COINr's cap_max = TRUE caps only
//     values above 1, so a target below every unit gives 0, −1, −3 for
//     n_dist2targ(c(5, 6, 8), targ = 4, cap_max = TRUE) where the capped
//     default here gives 1, 1, 1 (the COINr literal d2t_below_min; the
//     uncapped option reproduces it).
//   - CompositeSpec.MinCoverage (share of all indicators) stays beside
//     COINr's GroupDataThreshold and IndexDataThreshold.
//
// The other conventions follow the peer by default, with an option for
// the stricter reading: ProgressConventions (base year moved forward to
// the next year with data, only base value and target replaced when zero,
// signs checked on the base and latest values only) and CompositeSpec's
// ConstantMidScale (constant columns NaN with a warning) and
// RankTolerance (ties on exact values).
package score
