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

	"github.com/cchc-lab/cchc/internal/i18n"
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
		return nil, i18n.Errorf("plots: %w: no record", ErrEmpty)
	}
	opts = opts.withDefaults()
	lang := opts.Lang
	if lang != "en" {
		lang = "vi"
	}
	n, err := countLeads(rec, opts)
	if err != nil {
		return nil, err
	}
	if n.tasks == 0 {
		return nil, i18n.Errorf("plots: %w: no tasks match the selection", ErrEmpty)
	}
	bars := workloadBars(n, opts, lang)
	o := opts.Common.withDefaults(20*vg.Centimeter, vg.Length(len(bars))*vg.Points(17)+vg.Points(130))
	f, rec2 := newFrame(o)
	drawWorkload(f, bars, opts, lang)
	f.notes = append(f.notes, n.note(lang))
	return f.chart(rec2), nil
}

// withDefaults fills the zero fields of the workload options.
func (opts WorkloadOptions) withDefaults() WorkloadOptions {
	if opts.Lead == "" {
		opts.Lead = "lead"
	}
	if opts.PlanIDColumn == "" {
		opts.PlanIDColumn = "plan_id"
	}
	if opts.Max <= 0 {
		opts.Max = 20
	}
	return opts
}

// leadCounts are the tasks each lead agency leads.
type leadCounts struct {
	counts              map[string]int    // folded agency name → tasks led
	names               map[string]string // folded → as first written
	tasks, shared, none int               // tasks, led jointly, without a lead
}

// countLeads counts the tasks (of one plan, when opts.PlanID is given) per
// lead agency; a task led jointly counts for each agency.
func countLeads(rec arrow.Record, opts WorkloadOptions) (*leadCounts, error) {
	lead, err := listColumn(rec, opts.Lead)
	if err != nil {
		return nil, i18n.Errorf("plots: workload: %w", err)
	}
	var plan stringGetter
	if opts.PlanID != "" {
		if plan, err = stringColumn(rec, opts.PlanIDColumn); err != nil {
			return nil, i18n.Errorf("plots: workload: %w", err)
		}
	}
	n := &leadCounts{counts: map[string]int{}, names: map[string]string{}}
	for i := 0; i < int(rec.NumRows()); i++ {
		if plan != nil {
			if id, _ := plan(i); vntext.Fold(id) != vntext.Fold(opts.PlanID) {
				continue
			}
		}
		n.add(lead(i))
	}
	return n, nil
}

// add counts one task led by the agencies ls.
func (n *leadCounts) add(ls []string) {
	n.tasks++
	if len(ls) == 0 {
		n.none++
		return
	}
	if len(ls) > 1 {
		n.shared++
	}
	seen := map[string]bool{}
	for _, a := range ls {
		k := vntext.Fold(a)
		if seen[k] {
			continue
		}
		seen[k] = true
		if _, ok := n.names[k]; !ok {
			n.names[k] = vntext.NFC(a)
		}
		n.counts[k]++
	}
}

// note says how many tasks there are and how joint and missing leads
// were counted.
func (n *leadCounts) note(lang string) string {
	note := []string{tr(lang, fmt.Sprintf("%d nhiệm vụ", n.tasks), plural(n.tasks, "task", "tasks"))}
	if n.shared > 0 {
		note = append(note, tr(lang,
			fmt.Sprintf("%d nhiệm vụ có nhiều cơ quan chủ trì, được tính cho mỗi cơ quan", n.shared),
			plural(n.shared, "task has several lead agencies and counts", "tasks have several lead agencies and count")+" for each"))
	}
	if n.none > 0 {
		note = append(note, tr(lang,
			fmt.Sprintf("%d nhiệm vụ không ghi cơ quan chủ trì", n.none),
			plural(n.none, "task names", "tasks name")+" no lead agency"))
	}
	return strings.Join(note, "; ") + "."
}

// workloadBar is one bar of the workload chart.
type workloadBar struct {
	name  string
	n     int
	fill  color.Color
	hatch bool
}

// workloadBars returns the bars, most tasks first: at most opts.Max, the
// agencies past it summed in one lighter bar, then a hatched bar for the
// tasks without a lead.
func workloadBars(n *leadCounts, opts WorkloadOptions, lang string) []workloadBar {
	keys := make([]string, 0, len(n.counts))
	for k := range n.counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if n.counts[keys[i]] != n.counts[keys[j]] {
			return n.counts[keys[i]] > n.counts[keys[j]]
		}
		return keys[i] < keys[j]
	})
	base := opts.Common.withDefaults(0, 0).Colors[0]
	var bars []workloadBar
	for i, k := range keys {
		if i == opts.Max-1 && len(keys) > opts.Max {
			rest, others := 0, len(keys)-i
			for _, k2 := range keys[i:] {
				rest += n.counts[k2]
			}
			bars = append(bars, workloadBar{name: tr(lang, fmt.Sprintf("%d cơ quan khác", others), fmt.Sprintf("%d other agencies", others)), n: rest, fill: lighten(base, 0.5)})
			break
		}
		bars = append(bars, workloadBar{name: n.names[k], n: n.counts[k], fill: base})
	}
	if n.none > 0 {
		bars = append(bars, workloadBar{name: tr(lang, "(không ghi cơ quan chủ trì)", "(no lead agency given)"), n: n.none, fill: color.Gray{0xcc}, hatch: true})
	}
	return bars
}

// drawWorkload draws the bars, one a row, with their counts, and labels
// the axes.
func drawWorkload(f *frame, bars []workloadBar, opts WorkloadOptions, lang string) {
	p, o, R := f.plot, f.o, len(bars)
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
