package dataset

import "github.com/cchc-lab/cchc/internal/i18n"

// Plan is one plan document (kế hoạch CCHC): its metadata as printed on the
// first page. Fields the document leaves blank stay empty; nothing is invented.
type Plan struct {
	// ID is the document number (e.g. "3098/QĐ-UBND"), or a slug of the file
	// name when the number is blank (as in "Số: /KH-UBND").
	ID string `json:"id"`
	// DocNumber is the number as printed, empty when blank.
	DocNumber string `json:"doc_number"`
	// DocType is the kind of document: "KH" (kế hoạch), "QĐ" (quyết định), ...
	DocType string `json:"doc_type"`
	// Issuer is the issuing body, canonical Vietnamese (e.g. "UBND tỉnh Hà Tĩnh").
	Issuer string `json:"issuer"`
	// Province is the canonical province name with diacritics.
	Province string `json:"province"`
	// Date is the ISO date of issue: "2024-12-31", or "2023-12" when the day is blank.
	Date string `json:"date"`
	// Year is the year the plan is for.
	Year int `json:"year"`
	// Title is the document title.
	Title string `json:"title"`
	// Signer is the person who signed the document.
	Signer string `json:"signer"`
}

// Source points at the line of an input file where a value stands.
type Source struct {
	// Line is the 1-based line number in the input file.
	Line int `json:"line"`
	// Text is the text of that line (or of the sentence), NFC.
	Text string `json:"text"`
	// Page is the 1-based page of a PDF the line stands on, 0 for other
	// formats. Line then counts the lines of the document's text as
	// "cchc parse --text" prints it.
	Page int `json:"page,omitempty"`
}

// Comparator values of a Target.
const (
	CmpGE     = ">="
	CmpGT     = ">"
	CmpLE     = "<="
	CmpLT     = "<"
	CmpEQ     = "="
	CmpApprox = "approx"
)

// Change values of a Target stated as a change against a baseline year.
const (
	ChangeDecrease = "decrease"
	ChangeIncrease = "increase"
)

// Target is one quantitative target (chỉ tiêu) of a plan: one value at one level.
type Target struct {
	// PlanID is the ID of the plan the target belongs to (empty for a standalone target).
	PlanID string `json:"plan_id,omitempty"`
	// Code is the target's number as written in the plan, e.g. "II.3.2".
	Code string `json:"code"`
	// Area is the CCHC area id (see the Area* constants).
	Area string `json:"area"`
	// Metric is the catalogue metric id, empty when no metric matches.
	Metric string `json:"metric"`
	// Subject is the plan's own words for what is measured.
	Subject string `json:"subject"`
	// Comparator is one of ">=", ">", "<=", "<", "=", "approx".
	Comparator string `json:"comparator"`
	// Value is the target value (the lower bound of a range).
	Value float64 `json:"value"`
	// ValueMax is the upper bound of a range ("từ 02 đến 03"), nil otherwise.
	ValueMax *float64 `json:"value_max"`
	// Unit is "percent", "count", "staff", "people", "times", ...
	Unit string `json:"unit"`
	// Level is "province", "district", "commune" or empty.
	Level string `json:"level"`
	// Change is empty, or "decrease"/"increase" for targets stated as a change.
	Change string `json:"change"`
	// BaselineYear is the year the change is measured against, nil when none.
	BaselineYear *int `json:"baseline_year"`
	// Year is the year the target is for.
	Year int `json:"year"`
	// Weight is the target's weight in aggregates (0 means the default, 1).
	Weight float64 `json:"weight,omitempty"`
	// Role says where in the document the target was found:
	// "targets_section", "objectives", "task", "annex" or "prose".
	Role string `json:"role"`
	// Source is where the target stands in the plan document.
	Source Source `json:"source"`
}

// Deadline kinds.
const (
	DeadlineDate        = "date"
	DeadlineRange       = "range"
	DeadlineRecurring   = "recurring"
	DeadlineContinuous  = "continuous"
	DeadlineConditional = "conditional"
)

// Deadline is a task's deadline as written plus what the text fixes.
type Deadline struct {
	// Text is the deadline as written in the plan.
	Text string `json:"text"`
	// Kind is "date", "range", "recurring", "continuous", "conditional" or empty.
	Kind string `json:"kind"`
	// Start is the ISO start date where the text fixes it, else empty.
	Start string `json:"start"`
	// End is the ISO end date where the text fixes it, else empty.
	End string `json:"end"`
}

// Budget is a task's budget as written plus its number.
type Budget struct {
	// Text is the budget cell as written.
	Text string `json:"text"`
	// Amount is the number in the text, nil when none.
	Amount *float64 `json:"amount"`
	// Unit is the unit the document states (e.g. "triệu đồng"), else empty.
	Unit string `json:"unit"`
}

// Task is one task (nhiệm vụ) of a plan: an annex row or a duty.
type Task struct {
	// PlanID is the ID of the plan the task belongs to.
	PlanID string `json:"plan_id,omitempty"`
	// Code is the task's number as written.
	Code string `json:"code"`
	// Section is the annex section (e.g. "I. CẢI CÁCH THỂ CHẾ").
	Section string `json:"section"`
	// Objective is the objective the task serves.
	Objective string `json:"objective"`
	// Task is the task text.
	Task string `json:"task"`
	// Activity is the activity text, when the annex splits tasks into activities.
	Activity string `json:"activity"`
	// Product is the expected product(s).
	Product string `json:"product"`
	// Lead lists the lead agencies (normalised names).
	Lead []string `json:"lead"`
	// Partners lists the partner agencies (normalised names).
	Partners []string `json:"partners"`
	// Deadline is the task's deadline.
	Deadline Deadline `json:"deadline"`
	// Budget is the task's budget.
	Budget Budget `json:"budget"`
	// Source is where the task starts in the plan document.
	Source Source `json:"source"`
}

// Finding is something the parser noticed about a plan: a conflict between
// two statements, a missing annex, a count that disagrees with the document's
// own total, a target without a number.
type Finding struct {
	// PlanID is the ID of the plan the finding is about.
	PlanID string `json:"plan_id,omitempty"`
	// Kind is "conflict", "missing_annex", "count_mismatch", "target_without_number", ...
	Kind string `json:"kind"`
	// Message says what was found, in words.
	Message string `json:"message"`
	// Lines are the 1-based input lines involved.
	Lines []int `json:"lines"`
	// Text is Message kept with its arguments, so that a report can write
	// it in Vietnamese (Text.In("vi")); empty for findings read from a
	// file. It is not part of any file.
	Text i18n.Msg `json:"-"`
}

// Observation is one observed value of a metric for an entity and year.
type Observation struct {
	// Entity is a province (canonical name) or an agency.
	Entity string `json:"entity"`
	// Level is "province", "district", "commune" or empty.
	Level string `json:"level"`
	// Year is the year observed.
	Year int `json:"year"`
	// Period is an optional sub-year period: "2025-06", "2025-Q2".
	Period string `json:"period"`
	// Metric is the catalogue metric id, or a target code when no metric applies.
	Metric string `json:"metric"`
	// Value is the observed value.
	Value float64 `json:"value"`
	// Unit is the value's unit ("percent", "count", "staff", ...).
	Unit string `json:"unit"`
	// Source says where the value comes from.
	Source string `json:"source"`
}

// IndexValue is one row of a national index series (PCI, PAR INDEX, SIPAS, ...).
type IndexValue struct {
	// Index is the index name: "PCI", "PAR INDEX", "SIPAS", "PAPI", "DTI", "DDCI".
	Index string `json:"index"`
	// Province is the canonical province name with diacritics.
	Province string `json:"province"`
	// Year is the year of the index edition.
	Year int `json:"year"`
	// Value is the published value.
	Value float64 `json:"value"`
	// Rank is the published rank, nil when none was given.
	Rank *int `json:"rank"`
	// Unit is the unit as published ("points (0-100)", "%", ...).
	Unit string `json:"unit"`
	// Source is where the value was read (URL or reference), may be empty.
	Source string `json:"source"`
	// Period is the span of years a cumulative value covers, as written
	// ("2015-2023"; Year is then its last year), empty for a single year.
	Period string `json:"period,omitempty"`
}

// Score statuses.
const (
	StatusMet      = "met"
	StatusNear     = "near"
	StatusOffTrack = "off_track"
	StatusNoData   = "no_data"
)

// Score is one row of a scorecard: one target for one entity and year.
type Score struct {
	// PlanID is the plan the target belongs to.
	PlanID string `json:"plan_id"`
	// Code is the target's code.
	Code string `json:"code"`
	// Area is the target's CCHC area.
	Area string `json:"area"`
	// Metric is the target's metric id.
	Metric string `json:"metric"`
	// Subject is the target's wording.
	Subject string `json:"subject"`
	// Comparator is the target's comparator.
	Comparator string `json:"comparator"`
	// Target is the target value.
	Target float64 `json:"target"`
	// Unit is the target's unit.
	Unit string `json:"unit"`
	// Level is the target's level.
	Level string `json:"level"`
	// Change is the direction of a target stated as a change against a
	// baseline year, as in Target.Change: ChangeDecrease ("giảm 28 biên chế
	// so với năm 2024": a decrease of at least Target), ChangeIncrease, or
	// empty for a target on the level itself.
	Change string `json:"change"`
	// Entity is the entity scored.
	Entity string `json:"entity"`
	// Year is the year scored.
	Year int `json:"year"`
	// Actual is the observed value, nil when none.
	Actual *float64 `json:"actual"`
	// Baseline is the baseline value for change targets, nil otherwise.
	Baseline *float64 `json:"baseline"`
	// Attainment is in [0,1], nil when no_data.
	Attainment *float64 `json:"attainment"`
	// Met says whether the target was met.
	Met bool `json:"met"`
	// Status is "met", "near", "off_track" or "no_data".
	Status string `json:"status"`
	// Weight is the target's weight.
	Weight float64 `json:"weight"`
	// Points are the points earned, nil when no point rule applies.
	Points *float64 `json:"points"`
	// MaxPoints is the maximum points, nil when no point rule applies.
	MaxPoints *float64 `json:"max_points"`
	// Note says in words why the status is what it is.
	Note string `json:"note"`
}

// CCHC area ids.
const (
	AreaDirection         = "direction"
	AreaInstitutions      = "institutions"
	AreaProcedures        = "procedures"
	AreaOrganisation      = "organisation"
	AreaCivilService      = "civil_service"
	AreaPublicFinance     = "public_finance"
	AreaDigitalGovernment = "digital_government"
	AreaCommunication     = "communication"
)

// Areas lists the CCHC area ids in the order reports use.
func Areas() []string {
	return []string{AreaDirection, AreaInstitutions, AreaProcedures, AreaOrganisation,
		AreaCivilService, AreaPublicFinance, AreaDigitalGovernment, AreaCommunication}
}

// MetricRef is what a plan parser needs to know of a catalogue metric that
// a target's wording names: its id, CCHC area and unit, and whether lower
// values are better (so that "tỷ lệ hồ sơ trễ hạn 2%" reads as at most 2%).
type MetricRef struct {
	// ID is the metric's canonical id, e.g. "online_submission_rate".
	ID string
	// Area is the metric's CCHC area id.
	Area string
	// Unit is the metric's unit, e.g. "percent" or "staff".
	Unit string
	// LowerIsBetter is true when a lower value is the better one.
	LowerIsBetter bool
}

// Levels of government (cấp): of a target, an observation or a dossier's
// receiving unit.
const (
	LevelProvince = "province"
	LevelDistrict = "district"
	LevelCommune  = "commune"
)
