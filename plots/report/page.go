package report

import (
	"html/template"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
	"github.com/cchc-lab/cchc/internal/vntext"
	"github.com/cchc-lab/cchc/score"
)

// page is what the template lays out: every value already in words.
type page struct {
	Lang         string
	Title        string
	Subtitle     string
	Fonts        template.CSS
	Header       []field
	Illustrative bool
	Headlines    []headline
	Ranking      []headline
	Multiples    []chartView
	AreaRows     []areaRow
	Heatmap      chartView
	Areas        []areaSection
	Findings     []findingView
	Unmatched    []obsView
	// Scored is false for a plan without numeric targets: the page then
	// shows its tasks instead of scores.
	Scored bool
	Tasks  []taskView
	Method method
}

// field is one labelled value of the header or the method.
type field struct{ Label, Value string }

// headline is the outcome of one entity and year: the plan's score and
// the counts by status.
type headline struct {
	Rank, Entity, Year, Score, Coverage  string
	Targets, Met, Near, OffTrack, NoData int
	Points                               string
}

// areaRow is one line of the per-area table.
type areaRow struct {
	Entity, Year, Area, Score, Coverage, Points string
	Targets, Met, Near, OffTrack, NoData        int
	Plan                                        bool
}

// areaSection is one CCHC area: its chart and its targets.
type areaSection struct {
	ID, Name string
	Rows     []areaRow
	Chart    chartView
	Targets  []targetView
}

// targetView is one scorecard row in words.
type targetView struct {
	Code, Subject, Entity, Year, Target, Actual, Baseline, Attainment string
	Status, StatusName, Note, Source, Points                          string
}

// taskView is one task of a plan, in words.
type taskView struct{ Code, Task, Lead, Deadline, Line string }

// findingView is one finding about the plan document.
type findingView struct{ Kind, Message, Lines string }

// obsView is one observation that matched no target.
type obsView struct{ Entity, Level, Year, Period, Metric, Value, Unit, Source string }

// method is the last section: how the scores were made.
type method struct {
	Rules   []field
	Points  []field
	Sources []Source
	Version string
	Made    string
}

// buildPage turns the input into the page's words and charts.
func buildPage(in Input) (*page, error) {
	l := in.Lang
	res := in.Result
	p := &page{Lang: string(l), Illustrative: in.Illustrative}
	if !in.SystemFonts {
		p.Fonts = fontFaces()
	}
	p.Title, p.Subtitle = titles(in)
	p.Header = header(in)
	p.Findings = append(findings(in.Findings, l), warnings(res, l)...)
	p.Method = methodOf(in)
	if res == nil || len(res.Scores) == 0 {
		p.Tasks = tasks(in.Tasks)
		return p, nil
	}
	p.Scored = true
	multi := len(res.Plans) > 1
	for _, a := range res.Plans {
		p.Headlines = append(p.Headlines, headlineOf(a, l))
	}
	if multi {
		p.Ranking = ranking(res.Plans, l)
	}
	p.AreaRows = areaRows(res, l, multi)
	var err error
	if p.Heatmap, err = heatmapChart(res.Scores, l); err != nil {
		return nil, err
	}
	if multi {
		if p.Multiples, err = smallMultiples(res, l); err != nil {
			return nil, err
		}
	}
	if p.Areas, err = areaSections(in, p.AreaRows, multi); err != nil {
		return nil, err
	}
	p.Unmatched = unmatched(res.Unmatched, l)
	return p, nil
}

// titles are the page's title and subtitle.
func titles(in Input) (string, string) {
	l := in.Lang
	if in.Plan == nil {
		return l.T("CCHC scorecard report"), in.Label
	}
	pl := in.Plan
	var title string
	switch scored := in.Result != nil && len(in.Result.Scores) > 0; {
	case !scored && pl.Year != 0:
		title = l.T("CCHC plan for %d: no numeric targets, nothing to score", pl.Year)
	case !scored:
		title = l.T("CCHC plan: no numeric targets, nothing to score")
	case pl.Year != 0:
		title = l.T("Results of the CCHC plan for %d", pl.Year)
	default:
		title = l.T("Results of the CCHC plan")
	}
	sub := pl.Title
	if sub == "" {
		sub = pl.ID
	}
	return title, sub
}

// header lists the plan's identity, each line only when known.
func header(in Input) []field {
	l := in.Lang
	if in.Plan == nil {
		return []field{{l.T("Targets from"), in.Label}}
	}
	pl := in.Plan
	var out []field
	add := func(label, v string) {
		if v == "" {
			v = "—"
		}
		out = append(out, field{label, v})
	}
	add(l.T("Number"), pl.DocNumber)
	add(l.T("Issuer"), pl.Issuer)
	add(l.T("Date"), dateText(pl.Date, l))
	year := ""
	if pl.Year != 0 {
		year = strconv.Itoa(pl.Year)
	}
	add(l.T("Year"), year)
	add(l.T("Signer"), pl.Signer)
	return out
}

// dateText writes an ISO date ("2024-12-31", "2023-12") the way the
// language reads it.
func dateText(iso string, l i18n.Lang) string {
	parts := strings.Split(iso, "-")
	if l != i18n.VI || len(parts) < 2 {
		return iso
	}
	if len(parts) == 2 {
		return l.T("month %s of %s", parts[1], parts[0])
	}
	return parts[2] + "/" + parts[1] + "/" + parts[0]
}

func headlineOf(a score.Aggregate, l i18n.Lang) headline {
	h := headline{Entity: a.Entity, Year: yearText(a.Year), Score: scoreText(a.Score, l),
		Coverage: percentText(a.Coverage, l), Targets: a.Targets, Met: a.Met, Near: a.Near,
		OffTrack: a.OffTrack, NoData: a.NoData, Points: pointsText(a, l)}
	if a.Rank != nil {
		h.Rank = strconv.Itoa(*a.Rank)
	} else {
		h.Rank = "—"
	}
	return h
}

// ranking orders the plans' aggregates by rank, unranked last.
func ranking(plans []score.Aggregate, l i18n.Lang) []headline {
	sorted := score.ByRank(plans)
	out := make([]headline, len(sorted))
	for i, a := range sorted {
		out[i] = headlineOf(a, l)
	}
	return out
}

// areaRows are the per-area aggregates, each entity's plan line after its areas.
func areaRows(res *score.Result, l i18n.Lang, multi bool) []areaRow {
	var out []areaRow
	row := func(a score.Aggregate, name string, plan bool) areaRow {
		return areaRow{Entity: a.Entity, Year: yearText(a.Year), Area: name, Score: scoreText(a.Score, l),
			Coverage: percentText(a.Coverage, l), Points: pointsText(a, l), Targets: a.Targets, Met: a.Met,
			Near: a.Near, OffTrack: a.OffTrack, NoData: a.NoData, Plan: plan}
	}
	for _, p := range res.Plans {
		for _, a := range res.Areas {
			if a.Entity == p.Entity && a.Year == p.Year && a.PlanID == p.PlanID {
				out = append(out, row(a, l.AreaName(a.Area), false))
			}
		}
		out = append(out, row(p, l.T("Whole plan"), true))
	}
	return out
}

// areaSections groups the scorecard rows by CCHC area, in the plans' order.
func areaSections(in Input, rows []areaRow, multi bool) ([]areaSection, error) {
	l := in.Lang
	src := targetIndex(in.Targets)
	byArea := map[string][]dataset.Score{}
	var ids []string
	for _, s := range in.Result.Scores {
		if _, ok := byArea[s.Area]; !ok {
			ids = append(ids, s.Area)
		}
		byArea[s.Area] = append(byArea[s.Area], s)
	}
	sort.SliceStable(ids, func(i, j int) bool { return areaOrder(ids[i]) < areaOrder(ids[j]) })
	var out []areaSection
	for _, id := range ids {
		sec := areaSection{ID: id, Name: l.AreaName(id)}
		for _, r := range rows {
			if !r.Plan && r.Area == sec.Name {
				sec.Rows = append(sec.Rows, r)
			}
		}
		chart, err := areaChart(byArea[id], sec.Name, multi, l)
		if err != nil {
			return nil, err
		}
		sec.Chart = chart
		for _, s := range byArea[id] {
			sec.Targets = append(sec.Targets, targetOf(s, src, in.Rules, l))
		}
		out = append(out, sec)
	}
	return out, nil
}

// areaOrder is the report order of an area id (unknown areas last).
func areaOrder(id string) int {
	for i, a := range dataset.Areas() {
		if a == id {
			return i
		}
	}
	return len(dataset.Areas())
}

// targetKey identifies a target among a plan's targets.
func targetKey(plan, code, subject, level, cmp string, value float64) string {
	return strings.Join([]string{plan, code, subject, level, cmp, strconv.FormatFloat(value, 'g', -1, 64)}, "\x00")
}

// targetIndex maps each target's key to the target.
func targetIndex(ts []dataset.Target) map[string]dataset.Target {
	m := make(map[string]dataset.Target, len(ts))
	for _, t := range ts {
		m[targetKey(t.PlanID, t.Code, t.Subject, t.Level, t.Comparator, t.Value)] = t
	}
	return m
}

// targetOf writes one scorecard row in words.
// The note is in the page's language when the row's target is known (the
// row's own note, in Vietnamese, otherwise).
func targetOf(s dataset.Score, targets map[string]dataset.Target, rules score.Rules, l i18n.Lang) targetView {
	v := targetView{Code: s.Code, Subject: s.Subject, Entity: s.Entity, Year: yearText(s.Year),
		Target: targetText(s, l), Actual: "—", Baseline: "—", Attainment: "—",
		Status: s.Status, StatusName: l.StatusName(s.Status), Note: s.Note}
	if s.Actual != nil {
		v.Actual = numberText(*s.Actual, l) + l.UnitSuffix(s.Unit)
	}
	if s.Baseline != nil {
		v.Baseline = numberText(*s.Baseline, l) + l.UnitSuffix(s.Unit)
	}
	if s.Attainment != nil {
		v.Attainment = percentText(*s.Attainment, l)
	}
	if s.Points != nil && s.MaxPoints != nil {
		v.Points = numberText(*s.Points, l) + "/" + numberText(*s.MaxPoints, l)
	}
	t, ok := targets[targetKey(s.PlanID, s.Code, s.Subject, s.Level, s.Comparator, s.Target)]
	if !ok {
		return v
	}
	v.Note = score.NoteIn(t, s, rules, l)
	if so := t.Source; so.Line > 0 {
		v.Source = l.T("line %d", so.Line)
		if so.Text != "" {
			v.Source += ": " + so.Text
		}
	}
	return v
}

// targetText writes a target: "≥ 90%", "giảm ≥ 28 biên chế", "cấp xã: ≥ 80%".
func targetText(s dataset.Score, l i18n.Lang) string {
	t := l.ComparatorText(s.Comparator) + numberText(s.Target, l) + l.UnitSuffix(s.Unit)
	switch s.Change {
	case dataset.ChangeDecrease:
		t = l.T("decrease") + " " + t
	case dataset.ChangeIncrease:
		t = l.T("increase") + " " + t
	}
	if s.Level != "" {
		t = l.LevelName(s.Level) + ": " + t
	}
	return t
}

// tasks lists the tasks of a plan: number, text (with its activity),
// lead agencies, deadline as written and source line. A text that starts
// with the task's own number ("2.1. Xây dựng …") is shown without it,
// since the number has its column.
func tasks(ts []dataset.Task) []taskView {
	out := make([]taskView, 0, len(ts))
	for _, t := range ts {
		text := withoutOwnNumber(t.Task, t.Code)
		if t.Activity != "" {
			text = strings.TrimSpace(text + " — " + t.Activity)
		}
		line := ""
		if t.Source.Line > 0 {
			line = strconv.Itoa(t.Source.Line)
		}
		out = append(out, taskView{Code: t.Code, Task: text, Lead: strings.Join(t.Lead, "; "), Deadline: t.Deadline.Text, Line: line})
	}
	return out
}

// withoutOwnNumber returns text without a leading copy of the number
// code ("2.1." or "2.1" followed by a space or a closing parenthesis);
// any other text as it is.
func withoutOwnNumber(text, code string) string {
	if code == "" || !strings.HasPrefix(text, code) {
		return text
	}
	rest := strings.TrimPrefix(strings.TrimPrefix(text, code), ".")
	rest = strings.TrimPrefix(rest, ")")
	if rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return text
	}
	return strings.TrimSpace(rest)
}

// findings lists the remarks about the plan.
func findings(fs []dataset.Finding, l i18n.Lang) []findingView {
	out := make([]findingView, 0, len(fs))
	for _, f := range fs {
		lines := make([]string, len(f.Lines))
		for i, n := range f.Lines {
			lines[i] = strconv.Itoa(n)
		}
		msg := f.Message
		if f.Text.Format != "" {
			msg = f.Text.In(l)
		}
		out = append(out, findingView{Kind: findingKind(f.Kind, l), Message: msg, Lines: strings.Join(lines, ", ")})
	}
	return out
}

// warnings lists the scorecard's warnings (likely mistakes in the data,
// such as rates given as fractions) among the findings, in the language l.
func warnings(res *score.Result, l i18n.Lang) []findingView {
	if res == nil {
		return nil
	}
	out := make([]findingView, len(res.WarningTexts))
	for i, w := range res.WarningTexts {
		out[i] = findingView{Kind: l.T("warning about the data"), Message: w.In(l)}
	}
	return out
}

// findingKind names a kind of finding.
func findingKind(kind string, l i18n.Lang) string {
	switch kind {
	case "conflict":
		return l.T("conflicting statements")
	case "duplicate_pages":
		return l.T("doubled pages")
	case "missing_annex":
		return l.T("missing annex")
	case "count_mismatch":
		return l.T("counts disagree")
	case "no_targets_section":
		return l.T("no targets section")
	case "no_numeric_targets":
		return l.T("no numeric targets")
	case "no_tasks":
		return l.T("no tasks")
	case "no_metric":
		return l.T("target without a metric")
	case "target_without_number":
		return l.T("target without a number")
	case "task_without_lead":
		return l.T("task without a lead agency")
	case "task_without_deadline":
		return l.T("task without a deadline")
	case "missing_metadata":
		return l.T("missing metadata")
	case "annex_unreadable":
		return l.T("annex not readable")
	case "duplicate_task":
		return l.T("repeated tasks")
	case "ocr_restored":
		return l.T("restored from a scan")
	case "header_from_annex":
		return l.T("header read from an annex")
	}
	return kind
}

// unmatched lists the observations that matched no target.
func unmatched(obs []dataset.Observation, l i18n.Lang) []obsView {
	out := make([]obsView, 0, len(obs))
	for _, o := range obs {
		out = append(out, obsView{Entity: o.Entity, Level: l.LevelName(o.Level), Year: yearText(o.Year),
			Period: o.Period, Metric: o.Metric, Value: numberText(o.Value, l), Unit: l.UnitSuffix(o.Unit), Source: o.Source})
	}
	return out
}

// methodOf describes the rules in force, the sources and the run.
func methodOf(in Input) method {
	l := in.Lang
	r := in.Rules
	m := method{Version: in.Version, Made: madeText(in.Made, l)}
	for _, s := range in.Sources {
		s.Role = roleName(s.Role, l)
		m.Sources = append(m.Sources, s)
	}
	if m.Version == "" {
		m.Version = "—"
	}
	m.Rules = []field{
		{l.T("Met"), l.T("the actual satisfies the target's comparison (≥, >, ≤, <, =); for a change target, the change against the baseline year does")},
		{l.T("Near"), l.T("not met, with attainment of at least %s", percentText(r.NearThreshold, l))},
		{l.T("Off track"), l.T("not met, with attainment under %s", percentText(r.NearThreshold, l))},
		{l.T("No data"), l.T("no observation for the target: never counted as zero")},
		{l.T("Attainment"), l.T("actual ÷ target for ≥ and >, target ÷ actual for ≤ and <, the change ÷ the required change for change targets; between 0 and 1")},
		{l.T("About (≈)"), l.T("met within ±%s of the target value", percentText(r.ApproxTolerance, l))},
		{l.T("Score"), l.T("weighted mean attainment × 100 per area, then the mean of the areas for the plan (areas weigh equally unless given)")},
		{l.T("Coverage"), l.T("a unit with under %s of its targets observed gets no score (—), not a low one", percentText(r.MinCoverage, l))},
	}
	for _, p := range r.Points {
		m.Points = append(m.Points, pointRuleField(p, l))
	}
	return m
}

// The roles of a Source.
const (
	RolePlan         = "plan"
	RoleTargets      = "targets"
	RoleObservations = "observations"
	RolePoints       = "point rules"
)

// roleName is the word for a source's role.
func roleName(role string, l i18n.Lang) string {
	switch role {
	case RolePlan:
		return l.T("plan")
	case RoleTargets:
		return l.T("targets")
	case RoleObservations:
		return l.T("observations")
	case RolePoints:
		return l.T("point rules")
	}
	return role
}

// pointRuleField describes one point rule.
func pointRuleField(p score.PointRule, l i18n.Lang) field {
	var who string
	switch {
	case p.Code != "":
		who = l.T("target %s", p.Code)
	case p.Metric != "":
		who = l.T("metric %s", p.Metric)
	default:
		who = l.T("every other target")
	}
	var how string
	switch p.Kind {
	case score.PointsThreshold:
		th := l.T("the target value")
		if p.Threshold != 0 {
			th = numberText(p.Threshold, l)
		}
		how = l.T("at most %s points: full points from %s, below it the rate × maximum ÷ %s", numberText(p.Max, l), th, th)
	case score.PointsAllOrNothing:
		how = l.T("%s points when met, none otherwise", numberText(p.Max, l))
	default:
		how = l.T("attainment × %s points", numberText(p.Max, l))
	}
	return field{who, how}
}

// madeText writes when the report was made, in Viet Nam time.
func madeText(t time.Time, l i18n.Lang) string {
	vn := t.In(time.FixedZone("ICT", 7*3600))
	return vn.Format("2006-01-02 15:04") + " " + l.T("(Viet Nam time, UTC+7)")
}

func yearText(y int) string {
	if y == 0 {
		return "—"
	}
	return strconv.Itoa(y)
}

// numberText writes a number with at most two decimals: decimal comma and
// dot thousands in Vietnamese, decimal point in English.
func numberText(v float64, l i18n.Lang) string {
	if l == i18n.VI {
		return vntext.FormatNumber(v)
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// percentText writes a share in [0,1] as a percentage with at most one decimal.
func percentText(share float64, l i18n.Lang) string {
	return numberText(math.Round(share*1000)/10, l) + "%"
}

// scoreText writes an aggregate score, "—" when there is none.
func scoreText(s *float64, l i18n.Lang) string {
	if s == nil {
		return "—"
	}
	return numberText(math.Round(*s*10)/10, l)
}

// pointsText writes "earned/maximum", empty without point rules.
func pointsText(a score.Aggregate, l i18n.Lang) string {
	if a.Points == nil || a.MaxPoints == nil {
		return ""
	}
	return numberText(*a.Points, l) + "/" + numberText(*a.MaxPoints, l)
}
