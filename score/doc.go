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
//   - "= v": met when actual equals v (to 1e-9 relative); attainment =
//     1 − |actual − v|/|v|, clamped to [0, 1].
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
// / Open SDG method, ProgressTargets every target of a plan; Composite and
// CompositeUncertainty build composite indices in the manner of the JRC's
// COINr package.
package score
