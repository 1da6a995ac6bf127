package plots

import (
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"github.com/cchc-lab/cchc/dataset"
	"github.com/cchc-lab/cchc/internal/i18n"
)

// AttainmentOptions configures Attainment.
type AttainmentOptions struct {
	Common
	// Columns names the scorecard columns (default: dataset.Score's JSON tags).
	Columns ScoreColumns
	// PlanID, Entity and Year pick one plan's scorecard for one entity and
	// year; each may be empty when the record holds only one.
	PlanID string
	Entity string
	Year   int
	// LabelWidth is the share of the chart width given to target labels
	// (default 0.42).
	LabelWidth float64
	// Cap is the largest share of the target drawn, in percent (default
	// 150); longer bars are cut and end in "›".
	Cap float64
}

// Attainment draws one plan's targets, actual against target: one
// horizontal bar per target, its length the actual as a percentage of the
// target (for change targets, the observed change as a percentage of the
// required change; for ≤ targets, how far under the ceiling the actual
// stays), a target tick at 100%, the bar coloured by status, and the actual
// and target printed after it. Targets without data get a hatched stub.
func Attainment(rec arrow.Record, opts AttainmentOptions) (*Chart, error) {
	rows, err := readScores(rec, opts.Columns)
	if err != nil {
		return nil, err
	}
	var ents []string
	if opts.Entity != "" {
		ents = []string{opts.Entity}
	}
	rows = filterScores(rows, opts.PlanID, ents, opts.Year, 0, 0)
	if len(rows) == 0 {
		return nil, i18n.Errorf("plots: %w: no scorecard rows match the selection", ErrEmpty)
	}
	if err := checkOneUnit(rows); err != nil {
		return nil, err
	}
	sort.SliceStable(rows, func(i, j int) bool { return areaOrder(rows[i].area) < areaOrder(rows[j].area) })
	a := &attainmentChart{opts: opts, rows: rows, lang: opts.Lang, capPct: opts.Cap, maxX: 100, past: 100 + 1.5}
	if a.lang != "en" {
		a.lang = "vi"
	}
	if a.capPct <= 0 {
		a.capPct = 150
	}
	a.nRows = len(rows) + countAreas(rows)
	a.o = opts.Common.withDefaults(20*vg.Centimeter, vg.Length(a.nRows)*vg.Points(18)+vg.Points(150))
	var rec2 *textRecorder
	a.f, rec2 = newFrame(a.o)
	a.drawBars()
	a.fitAxes()
	a.addLegend()
	return a.f.chart(rec2), nil
}

// checkOneUnit checks that the rows are of one plan, entity and year.
func checkOneUnit(rows []scoreRow) error {
	units := map[string]bool{}
	var unitList []string
	for _, r := range rows {
		k := r.planID + " · " + r.entity + " · " + strconv.Itoa(r.year)
		if !units[k] {
			units[k] = true
			unitList = append(unitList, k)
		}
	}
	if len(unitList) > 1 {
		return optionsError(i18n.Errorf("the scorecard holds %d plan/entity/year combinations (%s); choose one", len(unitList), strings.Join(unitList, "; ")), "PlanID", "Entity", "Year")
	}
	return nil
}

// countAreas counts the runs of one area in rows sorted by area.
func countAreas(rows []scoreRow) int {
	n, prev := 0, "\x01"
	for _, r := range rows {
		if r.area != prev {
			n++
			prev = r.area
		}
	}
	return n
}

// attainmentChart is the state of one Attainment call.
type attainmentChart struct {
	opts   AttainmentOptions
	rows   []scoreRow
	lang   string
	capPct float64
	nRows  int // targets plus one heading row per area
	o      Common
	f      *frame

	labelW vg.Length
	bars   *rects
	seen   map[string]bool // statuses drawn
	maxX   float64         // the longest bar, in percent
	past   float64         // where labels start: right of the target line
}

// drawBars draws an area heading before each area's targets and a bar per
// target: its length the actual as a share of the target (capped), its
// colour the status; a hatched stub for a target without data.
func (a *attainmentChart) drawBars() {
	p, o, lang := a.f.plot, a.o, a.lang
	tick := p.Y.Tick.Label
	lw := a.opts.LabelWidth
	if lw <= 0 || lw > 0.8 {
		lw = 0.42
	}
	a.labelW = o.Width * vg.Length(lw)
	a.bars = &rects{style: a.f.style(o.Font.Size*0.75, false, color.Gray{0x22})}
	a.seen = map[string]bool{}
	var yt []plot.Tick
	row, prev := 0, "\x01"
	labels := rowLabels(a.rows, lang)
	for ri, r := range a.rows {
		if r.area != prev {
			prev = r.area
			y := float64(a.nRows - 1 - row)
			yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, strings.ToUpper(areaName(prev, lang)), a.labelW)})
			row++
		}
		y := float64(a.nRows - 1 - row)
		row++
		yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, labels[ri], a.labelW)})
		a.bars.items = append(a.bars.items, a.bar(r, y))
	}
	p.Add(a.bars)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
}

// bar returns the bar of one target at height y.
func (a *attainmentChart) bar(r scoreRow, y float64) rectItem {
	lang := a.lang
	status := r.status
	if status == "" {
		status = dataset.StatusNoData
	}
	a.seen[status] = true
	pct, ok := ratio(r)
	if !ok || status == dataset.StatusNoData {
		a.seen[dataset.StatusNoData] = true
		return rectItem{x0: 0, x1: 8, y0: y - 0.32, y1: y + 0.32, fill: color.Gray{0xe4}, hatch: true,
			label: i18n.Lang(lang).StatusName(dataset.StatusNoData) + targetText(r, lang), labelAt: labelRight, labelColor: color.Gray{0x55}, labelFrom: &a.past}
	}
	label := valueText(r, lang)
	shown := math.Max(0, math.Min(pct, a.capPct))
	if pct > a.capPct {
		label = "› " + label
	}
	a.maxX = math.Max(a.maxX, shown)
	return rectItem{x0: 0, x1: shown, y0: y - 0.32, y1: y + 0.32, fill: statusColour(status), label: label, labelAt: labelRight, labelFrom: &a.past}
}

// fitAxes draws the target line at 100% and leaves room on the right for
// the value labels.
func (a *attainmentChart) fitAxes() {
	p, o, lang := a.f.plot, a.o, a.lang
	tgt := &vmark{x: 100, style: draw.LineStyle{Color: color.Black, Width: vg.Points(1.4)}}
	p.Add(tgt)
	a.f.legend = append(a.f.legend, legendItem{label: tr(lang, "Mục tiêu (100%)", "Target (100%)"), thumbs: []plot.Thumbnailer{tgt}})
	p.Y.Tick.Length = 0
	p.Y.Min, p.Y.Max = -0.6, float64(a.nRows)-0.4
	p.X.Min = 0
	longest := vg.Length(0)
	for _, it := range a.bars.items {
		longest = max(longest, a.bars.style.Width(it.label))
	}
	plotW := o.Width - a.labelW - 40
	frac := math.Min(float64(longest+8)/float64(plotW), 0.6)
	p.X.Max = math.Max(a.maxX, a.past) / (1 - frac)
	p.X.Tick.Marker = percentTicks{upTo: a.maxX, lang: lang}
	p.X.Label.Text = axisLabel(o.XLabel, tr(lang, "Thực hiện so với mục tiêu (%)", "Actual as a share of the target (%)"))
	p.Y.Label.Text = axisLabel(o.YLabel, "")
}

// addLegend gives the colour of each status drawn and explains the bars.
func (a *attainmentChart) addLegend() {
	lang := a.lang
	for _, s := range []string{dataset.StatusMet, dataset.StatusNear, dataset.StatusOffTrack, dataset.StatusNoData} {
		if a.seen[s] {
			a.f.legend = append(a.f.legend, legendItem{label: statusName(s, lang), thumbs: []plot.Thumbnailer{swatch{fill: statusColour(s), hatch: s == dataset.StatusNoData}}})
		}
	}
	a.f.notes = append(a.f.notes, tr(lang,
		"Độ dài thanh: giá trị thực hiện so với mục tiêu; chỉ tiêu giảm/tăng so với năm gốc: mức thay đổi đạt được so với mức phải đạt; chỉ tiêu “≤”: mục tiêu chia cho thực hiện.",
		"Bar length: actual as a share of the target; change targets: the change achieved against the change required; “≤” targets: target divided by actual."))
}

// ratio returns how far a target is reached, in percent of the target.
func ratio(r scoreRow) (float64, bool) {
	if !r.hasActual || !r.hasTarget {
		if r.hasAttainment {
			return r.attainment * 100, true
		}
		return 0, false
	}
	if r.change == "" && r.hasBaseline {
		// A change target whose direction the scorecard does not carry (a
		// file written before Score had a change column): its attainment
		// already compares the change with the target.
		if r.hasAttainment {
			return r.attainment * 100, true
		}
		return 0, false
	}
	if r.change != "" {
		if !r.hasBaseline || r.target == 0 {
			if r.hasAttainment {
				return r.attainment * 100, true
			}
			return 0, false
		}
		d := r.actual - r.baseline
		if r.change == dataset.ChangeDecrease {
			d = -d
		}
		if r.unit == "percent" && r.baseline != 0 {
			d = d / r.baseline * 100
		}
		return d / r.target * 100, true
	}
	switch r.comparator {
	case dataset.CmpLE, dataset.CmpLT:
		if r.actual == 0 {
			return 100, true
		}
		return r.target / r.actual * 100, true
	}
	if r.target == 0 {
		if r.hasAttainment {
			return r.attainment * 100, true
		}
		return 0, false
	}
	return r.actual / r.target * 100, true
}

// valueText is "92,5% / ≥ 90%": the actual and the target. For change
// targets (a baseline is given) it is "2.980 (gốc 3.000) / giảm ≥ 28": the
// levels, then the change required in its direction ("giảm"/"tăng", or
// "thay đổi" when the scorecard does not say).
func valueText(r scoreRow, lang string) string {
	a := "–"
	if r.hasBaseline {
		// The unit belongs to the change (a percent target is a relative
		// change), not to the levels.
		if r.hasActual {
			a = formatNumber(r.actual, 2, lang)
		}
		return a + " (" + tr(lang, "gốc ", "baseline ") + formatNumber(r.baseline, 2, lang) + ")" + targetText(r, lang)
	}
	if r.hasActual {
		a = formatNumber(r.actual, 2, lang) + unitText(r.unit, lang)
	}
	return a + targetText(r, lang)
}

func targetText(r scoreRow, lang string) string {
	if !r.hasTarget {
		return ""
	}
	t := comparatorText(r.comparator, lang) + formatNumber(r.target, 2, lang) + unitText(r.unit, lang)
	switch {
	case r.change == dataset.ChangeDecrease:
		t = tr(lang, "giảm ", "decrease ") + t
	case r.change == dataset.ChangeIncrease:
		t = tr(lang, "tăng ", "increase ") + t
	case r.hasBaseline:
		t = tr(lang, "thay đổi ", "change ") + t
	}
	return " / " + t
}

// percentTicks labels 0, 25, 50, ... up to upTo.
type percentTicks struct {
	upTo float64
	lang string
}

// Ticks returns the ticks.
func (t percentTicks) Ticks(min, max float64) []plot.Tick {
	var ts []plot.Tick
	step := 25.0
	if t.upTo > 200 {
		step = 50
	}
	for v := 0.0; v <= t.upTo+1e-9; v += step {
		ts = append(ts, plot.Tick{Value: v, Label: formatNumber(v, 0, t.lang)})
	}
	return ts
}
