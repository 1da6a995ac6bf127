package plots

import (
	"fmt"
	"image/color"
	"sort"
	"strconv"
	"strings"

	"github.com/apache/arrow/go/v15/arrow"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"github.com/cchc-lab/cchc/internal/vntext"
)

// WorkloadOptions configures Workload.
type WorkloadOptions struct {
	Common
	// Lead is the column listing each task's lead agencies: list<utf8>, or
	// text joined with "; " (default "lead").
	Lead string
	// PlanIDColumn and PlanID keep only one plan's tasks (default column
	// "plan_id"; PlanID "" keeps all).
	PlanIDColumn string
	PlanID       string
	// Max is the most agencies drawn (default 20); the rest are summed in
	// one last bar.
	Max int
	// LabelWidth is the share of the chart width given to agency names
	// (default 0.45).
	LabelWidth float64
}

// Workload draws the number of tasks each lead agency carries, as
// horizontal bars sorted from the busiest. A task led jointly by several
// agencies counts once for each of them; tasks without a lead agency get
// their own bar, so every task is accounted for.
func Workload(rec arrow.Record, opts WorkloadOptions) (*Chart, error) {
	if rec == nil {
		return nil, fmt.Errorf("plots: %w: no record", ErrEmpty)
	}
	if opts.Lead == "" {
		opts.Lead = "lead"
	}
	if opts.PlanIDColumn == "" {
		opts.PlanIDColumn = "plan_id"
	}
	if opts.Max <= 0 {
		opts.Max = 20
	}
	lead, err := listColumn(rec, opts.Lead)
	if err != nil {
		return nil, fmt.Errorf("plots: workload: %w", err)
	}
	var plan stringGetter
	if opts.PlanID != "" {
		if plan, err = stringColumn(rec, opts.PlanIDColumn); err != nil {
			return nil, fmt.Errorf("plots: workload: %w", err)
		}
	}
	lang := opts.Lang
	if lang != "en" {
		lang = "vi"
	}
	counts := map[string]int{}
	names := map[string]string{}
	tasks, shared, none := 0, 0, 0
	for i := 0; i < int(rec.NumRows()); i++ {
		if plan != nil {
			if id, _ := plan(i); vntext.Fold(id) != vntext.Fold(opts.PlanID) {
				continue
			}
		}
		tasks++
		ls := lead(i)
		if len(ls) == 0 {
			none++
			continue
		}
		if len(ls) > 1 {
			shared++
		}
		seen := map[string]bool{}
		for _, a := range ls {
			k := vntext.Fold(a)
			if seen[k] {
				continue
			}
			seen[k] = true
			if _, ok := names[k]; !ok {
				names[k] = vntext.NFC(a)
			}
			counts[k]++
		}
	}
	if tasks == 0 {
		return nil, fmt.Errorf("plots: %w: no tasks match the selection", ErrEmpty)
	}
	type bar struct {
		name  string
		n     int
		fill  color.Color
		hatch bool
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if counts[keys[i]] != counts[keys[j]] {
			return counts[keys[i]] > counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	o0 := opts.Common.withDefaults(0, 0)
	base := o0.Colors[0]
	var bars []bar
	for i, k := range keys {
		if i == opts.Max-1 && len(keys) > opts.Max {
			rest, n := 0, len(keys)-i
			for _, k2 := range keys[i:] {
				rest += counts[k2]
			}
			bars = append(bars, bar{name: tr(lang, fmt.Sprintf("%d cơ quan khác", n), fmt.Sprintf("%d other agencies", n)), n: rest, fill: lighten(base, 0.5)})
			break
		}
		bars = append(bars, bar{name: names[k], n: counts[k], fill: base})
	}
	if none > 0 {
		bars = append(bars, bar{name: tr(lang, "(không ghi cơ quan chủ trì)", "(no lead agency given)"), n: none, fill: color.Gray{0xcc}, hatch: true})
	}
	R := len(bars)
	o := opts.Common.withDefaults(20*vg.Centimeter, vg.Length(R)*vg.Points(17)+vg.Points(130))
	f, rec2 := newFrame(o)
	p := f.plot
	lw := opts.LabelWidth
	if lw <= 0 || lw > 0.8 {
		lw = 0.45
	}
	labelW := o.Width * vg.Length(lw)
	tick := p.Y.Tick.Label
	rs := &rects{style: f.style(o.Font.Size*0.8, false, color.Gray{0x22})}
	var yt []plot.Tick
	maxN := 1
	for i, b := range bars {
		y := float64(R - 1 - i)
		yt = append(yt, plot.Tick{Value: y, Label: shorten(tick, b.name, labelW)})
		rs.items = append(rs.items, rectItem{x0: 0, x1: float64(b.n), y0: y - 0.35, y1: y + 0.35, fill: b.fill, hatch: b.hatch, label: strconv.Itoa(b.n), labelAt: labelRight})
		maxN = max(maxN, b.n)
	}
	p.Add(rs)
	p.Y.Tick.Marker = plot.ConstantTicks(yt)
	p.Y.Tick.Length = 0
	p.Y.Min, p.Y.Max = -0.6, float64(R)-0.4
	p.X.Min, p.X.Max = 0, float64(maxN)*1.08+0.5
	p.X.Tick.Marker = intTicks{}
	p.X.Label.Text = axisLabel(o.XLabel, tr(lang, "Số nhiệm vụ chủ trì", "Tasks led"))
	p.Y.Label.Text = axisLabel(o.YLabel, "")
	var note []string
	note = append(note, tr(lang, fmt.Sprintf("%d nhiệm vụ", tasks), plural(tasks, "task", "tasks")))
	if shared > 0 {
		note = append(note, tr(lang,
			fmt.Sprintf("%d nhiệm vụ có nhiều cơ quan chủ trì, được tính cho mỗi cơ quan", shared),
			plural(shared, "task has several lead agencies and counts", "tasks have several lead agencies and count")+" for each"))
	}
	if none > 0 {
		note = append(note, tr(lang,
			fmt.Sprintf("%d nhiệm vụ không ghi cơ quan chủ trì", none),
			plural(none, "task names", "tasks name")+" no lead agency"))
	}
	f.notes = append(f.notes, strings.Join(note, "; ")+".")
	return f.chart(rec2), nil
}

// plural writes n with the singular or plural English words.
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// intTicks labels whole numbers, about six of them.
type intTicks struct{}

// Ticks returns the ticks.
func (intTicks) Ticks(min, max float64) []plot.Tick {
	span := max - min
	step := 1
	for _, s := range []int{1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000} {
		step = s
		if span/float64(s) <= 8 {
			break
		}
	}
	var ts []plot.Tick
	for v := 0; float64(v) <= max; v += step {
		if float64(v) >= min {
			ts = append(ts, plot.Tick{Value: float64(v), Label: strconv.Itoa(v)})
		}
	}
	return ts
}
