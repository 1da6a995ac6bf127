package plots

import (
	"fmt"
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
		return nil, fmt.Errorf("plots: %w: no scorecard rows match the selection", ErrEmpty)
	}
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
		return nil, optionsError(fmt.Sprintf("the scorecard holds %d plan/entity/year combinations (%s); choose one", len(unitList), strings.Join(unitList, "; ")), "PlanID", "Entity", "Year")
	}
	sort.SliceStable(rows, func(i, j int) bool { return areaOrder(rows[i].area) < areaOrder(rows[j].area) })
	lang := opts.Lang
	if lang != "en" {
		lang = "vi"
	}
	nAreas := 0
	prev := "\x01"
	for _, r := range rows {
		if r.area != prev {
			nAreas++
			prev = r.area
		}
	}
	R := len(rows) + nAreas
	o := opts.Common.withDefaults(20*vg.Centimeter, vg.Length(R)*vg.Points(18)+vg.Points(150))
	capPct := opts.Cap
	if capPct <= 0 {
		capPct = 150
	}
	f, rec2 := newFrame(o)
	p := f.plot
	tick := p.Y.Tick.Label
	lw := opts.LabelWidth
	if lw <= 0 || lw > 0.8 {
		lw = 0.42
	}
	labelW := o.Width * vg.Length(lw)
	bars := &rects{style: f.style(o.Font.Size*0.75, false, color.Gray{0x22})}
	var yt []plot.Tick
	row := 0
	prev = "\x01"
	seen := map[string]bool{}
	maxX := 100.0
	past := 100.0 + 1.5 // labels start right of the target line
	labels := rowLabels(rows, lang)
	for ri, r := range rows {
		if r.area != prev {
			prev = r.area
			y := float64(R - 1 - row)
			yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, strings.ToUpper(areaName(prev, lang)), labelW)})
			row++
		}
		y := float64(R - 1 - row)
		row++
		yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, labels[ri], labelW)})
		status := r.status
		if status == "" {
			status = dataset.StatusNoData
		}
		seen[status] = true
		pct, ok := ratio(r)
		label := valueText(r, lang)
		if !ok || status == dataset.StatusNoData {
			bars.items = append(bars.items, rectItem{x0: 0, x1: 8, y0: y - 0.32, y1: y + 0.32, fill: color.Gray{0xe4}, hatch: true,
				label: tr(lang, "không có số liệu", "no data") + targetText(r, lang), labelAt: labelRight, labelColor: color.Gray{0x55}, labelFrom: &past})
			seen[dataset.StatusNoData] = true
			continue
		}
		shown := math.Max(0, math.Min(pct, capPct))
		if pct > capPct {
			label = "› " + label
		}
		maxX = math.Max(maxX, shown)
		bars.items = append(bars.items, rectItem{x0: 0, x1: shown, y0: y - 0.32, y1: y + 0.32, fill: statusColour(status), label: label, labelAt: labelRight, labelFrom: &past})
	}
	p.Add(bars)
	tgt := &vmark{x: 100, style: draw.LineStyle{Color: color.Black, Width: vg.Points(1.4)}}
	p.Add(tgt)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
	p.Y.Tick.Length = 0
	p.Y.Min, p.Y.Max = -0.6, float64(R)-0.4
	p.X.Min = 0
	// Room on the right for the value labels.
	longest := vg.Length(0)
	for _, it := range bars.items {
		longest = max(longest, bars.style.Width(it.label))
	}
	plotW := o.Width - labelW - 40
	frac := float64(longest+8) / float64(plotW)
	if frac > 0.6 {
		frac = 0.6
	}
	p.X.Max = math.Max(maxX, past) / (1 - frac)
	p.X.Tick.Marker = percentTicks{upTo: maxX, lang: lang}
	p.X.Label.Text = axisLabel(o.XLabel, tr(lang, "Thực hiện so với mục tiêu (%)", "Actual as a share of the target (%)"))
	p.Y.Label.Text = axisLabel(o.YLabel, "")
	f.legend = append(f.legend, legendItem{label: tr(lang, "Mục tiêu (100%)", "Target (100%)"), thumbs: []plot.Thumbnailer{tgt}})
	for _, s := range []string{dataset.StatusMet, dataset.StatusNear, dataset.StatusOffTrack, dataset.StatusNoData} {
		if seen[s] {
			f.legend = append(f.legend, legendItem{label: statusName(s, lang), thumbs: []plot.Thumbnailer{swatch{fill: statusColour(s), hatch: s == dataset.StatusNoData}}})
		}
	}
	f.notes = append(f.notes, tr(lang,
		"Độ dài thanh: giá trị thực hiện so với mục tiêu; chỉ tiêu giảm/tăng so với năm gốc: mức thay đổi đạt được so với mức phải đạt; chỉ tiêu “≤”: mục tiêu chia cho thực hiện.",
		"Bar length: actual as a share of the target; change targets: the change achieved against the change required; “≤” targets: target divided by actual."))
	return f.chart(rec2), nil
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
