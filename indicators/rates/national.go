package rates

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/cchc-lab/cchc/dataset/dossier"
	"github.com/cchc-lab/cchc/indicators"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// Schemas of Result.Schema.
const (
	SchemaCCHC     = dossier.SchemaCCHC
	SchemaNational = dossier.SchemaNational
)

// Service levels (MucDo) as group keys when a national file is grouped by
// level.
const (
	ServiceLevelFull        = "full_online"    // MucDo 4, toàn trình
	ServiceLevelPartial     = "partial_online" // MucDo 3, một phần
	ServiceLevelInfo        = "public_service" // MucDo 2, dịch vụ công
	ServiceLevelUnspecified = "unspecified"    // MucDo empty
)

// ProgressMaxPoints is the weight of the tiến độ giải quyết group of the
// Decision 766 index.
const ProgressMaxPoints = 20

// ProgressPoints returns the 766 points of the tiến độ giải quyết group:
// ProgressMaxPoints × onTime / received (0 when nothing was received).
func ProgressPoints(onTime, received int64) float64 {
	if received == 0 {
		return 0
	}
	return ProgressMaxPoints * float64(onTime) / float64(received)
}

// Group766 is one group of the Decision 766 service index.
type Group766 struct {
	// Name is the group's Vietnamese name; MaxPoints its weight.
	Name      string
	MaxPoints float64
	// Metric is the id of the points cchc computes, empty when the group
	// is not computed; Why says why not, WhyVI the same in Vietnamese.
	Metric, Why, WhyVI string
}

// Groups766 returns the six groups of the 766 index with what cchc does
// with each.
func Groups766() []Group766 {
	const noFormula = "not computed: the portal publishes no formula for it"
	const noFormulaVI = "không tính: Cổng không công bố công thức của nhóm này"
	return []Group766{
		{Name: "Công khai, minh bạch", MaxPoints: 18,
			Why:   noFormula + "; it needs the portal's checks of published procedures, not dossier records",
			WhyVI: noFormulaVI + "; cần kết quả kiểm tra việc công khai thủ tục của Cổng, không phải hồ sơ"},
		{Name: "Tiến độ giải quyết", MaxPoints: 20, Metric: indicators.MetricProgress766Points},
		{Name: "Dịch vụ công trực tuyến", MaxPoints: 12,
			Why:   noFormula + "; it also counts procedures offered online, not only dossiers",
			WhyVI: noFormulaVI + "; nhóm này còn tính các thủ tục được cung cấp trực tuyến, không chỉ hồ sơ"},
		{Name: "Thanh toán trực tuyến", MaxPoints: 10,
			Why:   noFormula + "; it also counts procedures that offer online payment",
			WhyVI: noFormulaVI + "; nhóm này còn tính các thủ tục có thanh toán trực tuyến"},
		{Name: "Mức độ hài lòng", MaxPoints: 18,
			Why:   noFormula + "; it needs ratings and petitions, which the sync schema does not carry",
			WhyVI: noFormulaVI + "; cần đánh giá và phản ánh, kiến nghị mà dữ liệu đồng bộ không có"},
		{Name: "Số hóa hồ sơ", MaxPoints: 22,
			Why:   noFormula + "; its sub-items (reused data, e-copies) are not in the sync schema",
			WhyVI: noFormulaVI + "; các tiêu chí thành phần (tái sử dụng dữ liệu, bản sao điện tử) không có trong dữ liệu đồng bộ"},
	}
}

// NationalCounts are the counts of one group of national-schema records.
type NationalCounts struct {
	// Received: status not 1, 3 or 7 and received in the period.
	Received int64
	// OnlineAny: received with KenhThucHien 2.
	OnlineAny int64
	// OnlineFull: received with KenhThucHien 2 and MucDo 4.
	OnlineFull int64
	// FullProcessReceived: received with MucDo 4.
	FullProcessReceived int64
	// Finished: received with status 8, 9 or 10.
	Finished int64
	// OnTime: received and on time by the tiến độ rule (see package doc).
	OnTime int64
	// FeeCharged: received with a fee above 0; PaidOnline: of those, paid
	// online (DuocThanhToanTrucTuyen 1 or 2).
	FeeCharged, PaidOnline int64
	// Digitised: received with HoSoCoThanhPhanSoHoa 1.
	Digitised int64
}

func (c *NationalCounts) add(o *NationalCounts) {
	c.Received += o.Received
	c.OnlineAny += o.OnlineAny
	c.OnlineFull += o.OnlineFull
	c.FullProcessReceived += o.FullProcessReceived
	c.Finished += o.Finished
	c.OnTime += o.OnTime
	c.FeeCharged += o.FeeCharged
	c.PaidOnline += o.PaidOnline
	c.Digitised += o.Digitised
}

// Rates returns the rates of c in NationalRateMetricIDs order, the 766
// tiến độ points among them.
func (c NationalCounts) Rates() []Rate {
	const none = "no dossiers received"
	pts := mkRate(indicators.MetricProgress766Points, c.OnTime, c.Received, none)
	pts.Unit = indicators.UnitPoints
	if pts.Valid {
		pts.Value = ProgressPoints(c.OnTime, c.Received)
	}
	return []Rate{
		mkRate(indicators.MetricOnlineSubmission, c.OnlineFull, c.Received, none),
		mkRate(indicators.MetricOnlineAnySubmission, c.OnlineAny, c.Received, none),
		mkRate(indicators.MetricFullProcessEligibleOnline, c.OnlineFull, c.FullProcessReceived, "no dossiers of full-process (MucDo 4) procedures received"),
		mkRate(indicators.MetricOntimeCompletion, c.OnTime, c.Received, none),
		pts,
		mkRate(indicators.MetricOnlinePayment, c.PaidOnline, c.FeeCharged, "no dossiers with a fee above 0 received"),
		mkRate(indicators.MetricDossierDigitisation, c.Digitised, c.Received, none),
	}
}

// mkRate returns num/den as a percentage, null with reason why when den is 0.
func mkRate(id string, num, den int64, why string) Rate {
	r := Rate{Metric: id, Numerator: num, Denominator: den}
	if den == 0 {
		r.Reason = why
	} else {
		r.Valid = true
		r.Value = 100 * float64(num) / float64(den)
	}
	return r
}

// NationalNotCounted counts the national records that are read and keep
// the rules but fall outside every rate.
type NationalNotCounted struct {
	// NotReceived: status 1 (registered) or 3 (not accepted).
	NotReceived int64
	// Withdrawn: status 7, left out of every rate.
	Withdrawn int64
	// OutsidePeriod: received before or after the period.
	OutsidePeriod int64
}

// nationalTally is the state of one ComputeNationalFile run: the result
// so far, the examples kept per reason and the period texts made.
type nationalTally struct {
	opts     Options
	res      *Result
	examples map[string]int
	periods  map[int]string // period texts by year × 100 + month
}

// ComputeNationalFile reads a dossier file in the national sync schema
// (CSV, XLSX or JSON; see dossier.ReadNational) and computes its rates by
// the rules in the package doc, for opts.Year (every year of receipt when
// 0). Records rejected by the reader are counted in Result.Bad under
// their reason (dossier.NationalRejectReasons). A CSV file is counted by
// opts.Workers goroutines, each adding up its own records.
func ComputeNationalFile(ctx context.Context, path string, opts Options) (*Result, error) {
	if opts.Source == "" {
		opts.Source = "dossiers " + path
	}
	t := &nationalTally{opts: opts, examples: map[string]int{}, periods: map[int]string{},
		res: &Result{By: opts.By, Source: opts.Source, Schema: SchemaNational, Year: opts.Year,
			Bad: BadReport{ByReason: map[string]int64{}}}}
	for _, r := range dossier.NationalRejectReasons() {
		t.res.Bad.ByReason[r] = 0
	}
	var ws []*natWorker
	err := dossier.ReadNationalParallel(path, dossier.NationalOptions{OnReject: t.reject, RawText: true}, opts.workers(),
		func() func(*dossier.National, int64) error {
			w := newNatWorker(opts)
			ws = append(ws, w)
			return func(n *dossier.National, pos int64) error {
				if w.rows&0xFFFF == 0xFFFF {
					if err := ctx.Err(); err != nil {
						return err
					}
				}
				w.add(n)
				return nil
			}
		})
	if err != nil {
		return nil, err
	}
	t.mergeNational(ws)
	t.res.Rows += t.res.Bad.Excluded
	return t.res, nil
}

// reject records a record the reader rejected.
func (t *nationalTally) reject(e *dossier.RowError) {
	reason := e.Reason
	if reason == "" {
		reason = dossier.RejectUnreadable
	}
	kind := "line"
	if e.Sheet != "" {
		kind = "row"
	}
	b := badRecord(reason, int64(e.Line), kind, i18n.Textf("%v", e))
	t.res.Bad.Excluded++
	t.res.Bad.ByReason[reason]++
	if t.examples[reason] < t.opts.examples() {
		t.examples[reason]++
		t.res.Bad.Examples = append(t.res.Bad.Examples, b)
	}
	if t.opts.OnBad != nil {
		t.opts.OnBad(b)
	}
}

// period returns the year and month a dossier received at wall-clock
// time received belongs to, the last day of its period (31 December of
// opts.Year, or of the year of receipt) and whether it is in the period.
func (t *nationalTally) period(received int64) (year, month int, lastDay int64, in bool) {
	y, m, _ := dossier.FromWallSeconds(received).Date()
	if t.opts.Year != 0 && y != t.opts.Year {
		return y, int(m), 0, false
	}
	return y, int(m), dossier.DayOf(time.Date(y, 12, 31, 0, 0, 0, 0, time.UTC).Unix()), true
}

// onTime is the tiến độ rule: a finished dossier whose end day is on or
// before its due day, or that has no due day; an unfinished one (or a
// finished one without any end date) whose due day is on or after the
// period's last day, or that has none. Days, not times, are compared.
func onTime(n *dossier.National, lastDay int64) bool {
	if n.DueAt == dossier.NoTime {
		return true
	}
	due := dossier.DayOf(n.DueAt)
	if end := n.EndAt(); n.Finished() && end != dossier.NoTime {
		return dossier.DayOf(end) <= due
	}
	return due >= lastDay
}

// periodText returns the text of the month or quarter of a year, made
// once per period.
func (t *nationalTally) periodText(year, month int) string {
	id := year*100 + month
	if p, ok := t.periods[id]; ok {
		return p
	}
	p := fmt.Sprintf("%d-%02d", year, month)
	if t.opts.By.Period == PeriodQuarter {
		p = fmt.Sprintf("%d-Q%d", year, (month+2)/3)
	}
	t.periods[id] = p
	return p
}

// serviceLevel names a MucDo as a group key.
func serviceLevel(mucDo int) string {
	switch mucDo {
	case dossier.LevelFullOnline:
		return ServiceLevelFull
	case dossier.LevelPartialOnline:
		return ServiceLevelPartial
	case dossier.LevelInfo:
		return ServiceLevelInfo
	case 0:
		return ServiceLevelUnspecified
	}
	return "mucdo_" + strconv.Itoa(mucDo)
}

// writeNationalReport writes the national records that are outside every
// rate by the rules.
func (r *Result) writeNationalReport(b *strings.Builder, l i18n.Lang) {
	period := i18n.Textf("every year of receipt").In(l)
	if r.Year != 0 {
		period = fmt.Sprintf("%d-01-01 … %d-12-31", r.Year, r.Year)
	}
	b.WriteString(i18n.Textf("national schema; period %s\n", period).In(l))
	b.WriteString(i18n.Textf("  not received (status 1, 3): %d; withdrawn (status 7): %d; received outside the period: %d\n",
		r.NotCounted.NotReceived, r.NotCounted.Withdrawn, r.NotCounted.OutsidePeriod).In(l))
}

// write766Groups says which groups of the 766 index are computed.
func write766Groups(b *strings.Builder, l i18n.Lang) {
	b.WriteString(i18n.Textf("766 index groups:\n").In(l))
	for _, g := range Groups766() {
		name := fmt.Sprintf("  %-24s %2.0f ", g.Name, g.MaxPoints)
		if g.Metric != "" {
			b.WriteString(name + i18n.Textf("points: %s = %d × on-time share\n", g.Metric, ProgressMaxPoints).In(l))
		} else {
			why := g.Why
			if l == i18n.VI {
				why = g.WhyVI
			}
			b.WriteString(name + i18n.Textf("points: %s\n", why).In(l))
		}
	}
}
